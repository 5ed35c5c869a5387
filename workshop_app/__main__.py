from workshop_app.cli import main

raise SystemExit(main())
