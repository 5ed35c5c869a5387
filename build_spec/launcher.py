"""Entry point of the standalone app: the same `workshop-app` command, frozen."""

import multiprocessing
import sys

if __name__ == "__main__":
    # A frozen app that ever starts a worker process must re-enter here, not rerun main().
    multiprocessing.freeze_support()
    from workshop_app.cli import main

    sys.exit(main())
