"""`workshop-app demo FILE`: write the complete demo series."""

from workshop_app.core.demo import write_demo
from workshop_app.core.terminal import say


def register(sub) -> None:
    p = sub.add_parser("demo", help="write the demo series (3 workshops, 4 questions) to FILE")
    p.add_argument("file", help="the workshop file to create (must not exist)")
    p.set_defaults(run=run)


def run(args) -> int:
    wf = write_demo(args.file)
    say(
        f"Wrote the demo series to {args.file}: {len(wf.workshops())} workshops, "
        f"{len(wf.questions())} questions, {wf.note_count()} notes."
    )
    wf.close()
    return 0
