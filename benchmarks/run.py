"""Benchmarks: whole-population runs from CSV files, and one person-month via the API.

    python benchmarks/run.py                # 1k, 10k, 50k staff (and the API figure)
    python benchmarks/run.py --sizes 1000 10000 50000 200000
    python benchmarks/run.py --evaluate     # only one person-month through evaluate

Each run is a fresh ``teleworkrules`` process (so its peak memory is its own), on a
generated dataset (``benchmarks/generate.py``) over 48 months, 2021-01..2024-12:

* ``report``: from the CSV files to the JSON report (``teleworkrules report --format json``);
* ``entitlements``: the full entitlements CSV.

``--api N`` also compares, in one process on N staff, the command line's entitlements
(``teleworkrules.cli.main``) with the documented Python path (``load_dataset`` then
``entitlements`` then records, a pandas or a polars frame), pandas and polars imported
first as in a notebook; it prints each path's time as a ratio to the command line's.

Times are wall-clock seconds of the best of ``--repeat`` runs; memory is the peak
resident set size, also per staff member (KiB, the larger of the two runs). The machines
here are shared and noisy: compare ratios within one run.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import generate

PERIOD = ("--from", "2021-01", "--to", "2024-12", "--as-known-on", "2026-11-01")


def _measure(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one run of ``command`` in a child process."""
    script = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)\n"
        "s = time.perf_counter() - t\n"
        "m = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "print(s, m)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, *command], check=True, capture_output=True, text=True
    ).stdout.split()
    return float(out[0]), float(out[1])


def _best(command: list[str], repeat: int) -> tuple[float, float]:
    runs = [_measure(command) for _ in range(repeat)]
    return min(r[0] for r in runs), max(r[1] for r in runs)


def api_microseconds(count: int = 20000, *, repeat: int = 5, distinct: bool = False) -> float:
    """Microseconds to evaluate one person-month through ``teleworkrules.evaluate``.

    By default one person, with a forfait route and two telework days a week, is evaluated
    for every month of 2021-2024 in turn. ``distinct`` evaluates ``count`` different people
    once each instead (hire dates, route starts and planned days varied, each in a month of
    2023-2024, when both allowances are decided), so that only the steps that depend on
    the law and on values alone are shared between them. Best of ``repeat`` passes.
    """
    from datetime import timedelta
    from decimal import Decimal

    import teleworkrules as tr

    def person(i: int) -> tr.Employee:
        route = date(2021, 1, 1) + timedelta(days=i % 500)
        return tr.Employee(
            f"E{i}",
            date(2019, 1, 1) + timedelta(days=i % 700),
            internet=(tr.InternetRoute(route, None, tr.Route.FORFAIT),),
            telework=(tr.TeleworkArrangement(route, None, Decimal(1 + i % 4)),),
        )

    if distinct:
        pairs = [(person(i), tr.Month("2023-01") + i % 24) for i in range(count)]
    else:
        anna = tr.Employee(
            "E1",
            date(2019, 1, 1),
            internet=(tr.InternetRoute(date(2021, 1, 1), None, tr.Route.FORFAIT),),
            telework=(tr.TeleworkArrangement(date(2021, 1, 1), None, Decimal(2)),),
        )
        pairs = [(anna, tr.Month("2021-01") + i % 48) for i in range(count)]
    known = date(2026, 11, 1)
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for employee, month in pairs:
            tr.evaluate(employee, month, known_on=known)
        best = min(best, time.perf_counter() - started)
    return best / count * 1e6


def print_api_microseconds() -> None:
    """Both ``evaluate`` figures (:func:`api_microseconds`)."""
    print(
        "one person-month through teleworkrules.evaluate: "
        f"{api_microseconds():.1f} µs (one person, 48 months), "
        f"{api_microseconds(distinct=True):.1f} µs (20,000 different people)"
    )


_API_SCRIPT = """
import sys, time
import pandas, polars
import teleworkrules as tr
from teleworkrules.cli import main
folder, out, repeat = sys.argv[1], sys.argv[2], int(sys.argv[3])
period = ("2021-01", "2024-12")
def owed():
    return tr.entitlements(tr.load_dataset(folder), *period, known_on="2026-11-01")
paths = {
    "command line (CSV)": lambda: main(["entitlements", folder, "--from", period[0],
        "--to", period[1], "--as-known-on", "2026-11-01", "--quiet", "--output", out]),
    "iterate": lambda: sum(1 for _ in owed()),
    "to_records()": lambda: owed().to_records(),
    "to_pandas()": lambda: owed().to_pandas(),
    "to_polars()": lambda: owed().to_polars(),
}
best = dict.fromkeys(paths, float("inf"))
for _ in range(repeat):
    for name, path in paths.items():
        started = time.perf_counter()
        path()
        best[name] = min(best[name], time.perf_counter() - started)
for name, seconds in best.items():
    print(f"{name}\t{seconds}")
"""


def api_against_cli(size: int, repeat: int) -> None:
    """Print the documented Python path's times against the command line's, in one process."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "staff"
        generate(size, folder)
        lines = subprocess.run(
            [
                sys.executable,
                "-c",
                _API_SCRIPT,
                str(folder),
                str(Path(tmp) / "owed.csv"),
                str(repeat),
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.splitlines()
    times = dict(line.split("\t") for line in lines)
    cli = float(times["command line (CSV)"])
    print(f"{size:,} staff x 48 months, in one process, best of {repeat}:")
    print()
    print("| path | s | / command line |")
    print("|---|---:|---:|")
    for name, seconds in times.items():
        print(f"| {name} | {float(seconds):.2f} | {float(seconds) / cli:.2f} |")


def main() -> None:
    """Run the benchmarks and print a Markdown table."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--api",
        type=int,
        metavar="N",
        help="compare the Python path with the command line on N staff",
    )
    parser.add_argument(
        "--evaluate", action="store_true", help="only time one person-month through evaluate"
    )
    args = parser.parse_args()
    if args.evaluate:
        print_api_microseconds()
        return
    if args.api:
        api_against_cli(args.api, args.repeat)
        return
    cli = [sys.executable, "-m", "teleworkrules"]
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores; best of {args.repeat}")
    print()
    print(
        "| staff | person-months | report (JSON) s | report MB | entitlements CSV s "
        "| entitlements MB | rows | s per 1k staff (report) | peak KiB per staff |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            folder = Path(tmp) / f"staff-{size}"
            generate(size, folder)
            out = Path(tmp) / "owed.csv"
            report_s, report_mb = _best(
                [*cli, "report", str(folder), *PERIOD, "--format", "json", "--quiet"], args.repeat
            )
            ent_s, ent_mb = _best(
                [*cli, "entitlements", str(folder), *PERIOD, "--quiet", "--output", str(out)],
                args.repeat,
            )
            rows = sum(1 for _ in out.open(encoding="utf-8")) - 1
            print(
                f"| {size:,} | {size * 48:,} | {report_s:.2f} | {report_mb:.0f} | {ent_s:.2f} "
                f"| {ent_mb:.0f} | {rows:,} | {report_s / size * 1000:.3f} "
                f"| {max(report_mb, ent_mb) * 1024 / size:.1f} |",
                flush=True,
            )
    print()
    print_api_microseconds()


if __name__ == "__main__":
    main()
