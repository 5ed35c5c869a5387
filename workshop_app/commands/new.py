"""`workshop-app new FILE`: a new series from a template."""

from workshop_app.core.templates import new_series_from_preset, preset_names
from workshop_app.core.terminal import say


def register(sub) -> None:
    p = sub.add_parser("new", help="create a new workshop series file from a template")
    p.add_argument("file", help="the workshop file to create (must not exist)")
    p.add_argument(
        "--template",
        default="smarta-landsbygder",
        choices=preset_names(),
        help="question template and perspectives (default: %(default)s)",
    )
    p.add_argument("--title", help="series title (default: the template's)")
    p.add_argument("--goal", help="the goal inside the questions, e.g. 'Smarta landsbygder'")
    p.add_argument("--language", choices=["sv", "en"], help="report language")
    p.set_defaults(run=run)


def run(args) -> int:
    wf = new_series_from_preset(
        args.file, args.template, title=args.title, goal=args.goal, language=args.language
    )
    count = len(wf.questions())
    wf.close()
    say(f"Created {args.file} with {count} questions.")
    return 0
