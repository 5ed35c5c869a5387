"""`python -m bench [--smoke] [AREA ...]`: run the benchmarks and print one table."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

import bench
from bench.common import table


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument(
        "--smoke", action="store_true", help="small sizes, to check the benches run"
    )
    parser.add_argument("areas", nargs="*", help="only these bench_<area> modules")
    args = parser.parse_args()
    names = sorted(
        m.name for m in pkgutil.iter_modules(bench.__path__) if m.name.startswith("bench_")
    )
    results = []
    for name in names:
        if args.areas and name.removeprefix("bench_") not in args.areas:
            continue
        print(f"running {name} ...", file=sys.stderr, flush=True)
        results += importlib.import_module(f"bench.{name}").measure(args.smoke)
    print(table(results))
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
