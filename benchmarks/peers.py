"""teleworkrules beside the OpenFisca and polars peers, in one run, as ratios (issue 13).

    .venv/bin/python benchmarks/peers.py                       # 50,000 staff, median of 3
    .venv/bin/python benchmarks/peers.py --staff 10000 50000 --repeat 5 --markdown
    .venv/bin/python benchmarks/peers.py --million             # report on 1,000,000 staff, once

Per size N, on the peers' generated files (``gen_population.py --seed 1``) over 2021-01..2024-12
as known on 2025-01-01, four commands are run round-robin (run 1 of each, then run 2, ...) so
that background load falls on all alike: the OpenFisca peer, the polars peer, ``teleworkrules
entitlements`` (CSV) and ``teleworkrules report --format json``. teleworkrules' entitlements CSV
must be byte-identical to each peer's, else DIFFER and exit code 1. The peers' virtual
environments and data are built once under ``--venvs`` (as ``compare.sh`` does).

How each command is measured: this script starts itself as ``peers.py --measure -- CMD...``,
which times CMD (``time.perf_counter`` around its start and ``wait``), then reads
``getrusage(RUSAGE_CHILDREN).ru_maxrss``. When a parent waits for a child, Linux gives it the
child's own peak and the peaks of every descendant the child waited for, so this is the peak
resident set of the *largest single process*: the main process or one of teleworkrules'
``--jobs`` workers (forked, joined before exit). ``/usr/bin/time -f %M`` (``compare.sh``, the
peers' README) is wait4-based too and gives the same number (checked: a grandchild of 300 MB
shows as 300 MB in both; teleworkrules at 10,000 staff, --jobs 1: 57,056 KiB by %M, 56,840 by
this). Workers running side by side are not summed in it, so ``--measure`` also samples, every
0.1 s, the summed PSS (proportional set size: pages that forked processes share count once)
of CMD and its descendants from /proc: "tree MiB" (a sampled peak; PSS also splits shared
libraries with other processes, so one process's tree MiB is a little below its peak MiB).
Targets are judged on peak MiB, with tree MiB beside them. The sampler (a scan of
/proc/*/stat, about 1 ms of CPU a sample, about 1% of one core) runs alike for every command.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PERIOD = ["--from", "2021-01", "--to", "2024-12", "--as-known-on", "2025-01-01"]
OPENFISCA, POLARS = "OpenFisca peer", "polars peer"
ENTITLEMENTS, REPORT = "teleworkrules entitlements", "teleworkrules report (json)"
MILLION = 1_000_000
SAMPLE_EVERY = 0.1


def _tree_pss_kib(root: int) -> int:
    """Summed PSS (KiB) of ``root`` and all its descendants, from /proc (0 where unreadable)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as file:
                    stat = file.read()
            except OSError:
                continue
            children.setdefault(int(stat.rsplit(b")", 1)[1].split()[1]), []).append(int(entry))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, []))
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total


def measure(command: list[str]) -> dict[str, float]:
    """Run ``command``: wall seconds, largest process's peak RSS and tree's peak PSS (KiB)."""
    peak, done = [0], threading.Event()
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)

    def sample() -> None:
        while not done.wait(SAMPLE_EVERY):
            peak[0] = max(peak[0], _tree_pss_kib(process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    code = process.wait()
    wall = time.perf_counter() - started
    done.set()
    sampler.join()
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"code": code, "wall": wall, "rss_kib": rss, "tree_kib": peak[0]}


@dataclass
class Result:
    """The runs of one command at one size."""

    name: str
    walls: list[float]
    rss_kib: list[int]
    tree_kib: list[int]

    @property
    def wall(self) -> float:
        """Median wall seconds."""
        return statistics.median(self.walls)

    @property
    def mib(self) -> float:
        """Peak RSS of the largest process over the runs, MiB."""
        return max(self.rss_kib) / 1024

    @property
    def tree_mib(self) -> float:
        """Peak summed PSS of the process tree over the runs, MiB (sampled)."""
        return max(self.tree_kib) / 1024


def table(results: dict[str, Result], markdown: bool) -> list[str]:
    """The table of one size: times, memory, and ratios to the peers."""
    head = ["command", "wall s median (min-max)", "peak MiB", "tree MiB"]
    head += ["/ OpenFisca wall", "/ polars wall", "/ OpenFisca memory"]
    of, pl = results.get(OPENFISCA), results.get(POLARS)
    rows = [head]
    for r in results.values():
        rows.append(
            [
                r.name,
                f"{r.wall:.2f} ({min(r.walls):.2f}-{max(r.walls):.2f})",
                f"{r.mib:.0f}",
                f"{r.tree_mib:.0f}",
                f"{r.wall / of.wall:.2f}" if of else "-",
                f"{r.wall / pl.wall:.2f}" if pl else "-",
                f"{r.mib / of.mib:.2f}" if of else "-",
            ]
        )
    if markdown:
        lines = ["| " + " | ".join(row) + " |" for row in rows]
        return [lines[0], "|---|" + "---:|" * (len(head) - 1), *lines[1:]]
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    return [
        "  ".join(
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        )
        for row in rows
    ]


def targets(results: dict[str, Result]) -> list[str]:
    """One line per issue-13 target, PASS or MISS."""
    of, ent, rep = results[OPENFISCA], results[ENTITLEMENTS], results[REPORT]
    lines = []
    for what, r, limit in (("entitlements", ent, 0.5), ("report", rep, 0.3)):
        ratio = r.wall / of.wall
        verdict = "PASS" if ratio <= limit else "MISS"
        lines.append(f"{verdict}  {what} wall <= {limit} x OpenFisca: {ratio:.2f} x")
    for r in (ent, rep):
        verdict = "PASS" if r.mib <= 150 else "MISS"
        lines.append(
            f"{verdict}  {r.name} peak memory <= 150 MiB: {r.mib:.0f} MiB"
            f" (whole process tree {r.tree_mib:.0f} MiB)"
        )
    return lines


def _run(command: list[str]) -> dict[str, float]:
    """Measure ``command`` in a fresh ``--measure`` process; exit on failure."""
    done = subprocess.run(
        [sys.executable, __file__, "--measure", "--", *command], capture_output=True, text=True
    )
    if done.returncode != 0:
        tail = "\n".join(done.stderr.splitlines()[-5:])
        sys.exit(f"FAILED ({done.returncode}): {' '.join(command)}\n{tail}")
    result: dict[str, float] = json.loads(done.stdout)
    return result


def _venvs(peers: Path, venvs: Path) -> None:
    """Build the peers' virtual environments under ``venvs`` if missing (as compare.sh)."""
    for peer in ("openfisca", "polars"):
        if not (venvs / peer / "bin" / "python").exists():
            print(f"building {venvs / peer} ...", file=sys.stderr, flush=True)
            subprocess.run(["python3", "-m", "venv", str(venvs / peer)], check=True)
            requirements = peers / f"{peer}_peer" / "requirements.txt"
            pip = venvs / peer / "bin" / "pip"
            subprocess.run([str(pip), "install", "-q", "-r", str(requirements)], check=True)


def _dataset(peers: Path, data: Path, size: int) -> Path:
    """The folder of the peers' generated dataset of ``size`` staff, made if missing."""
    folder = data / f"n{size}-s1"
    if not (folder / "staff.csv").exists():
        print(f"generating {size:,} staff in {folder} ...", file=sys.stderr, flush=True)
        generator = [sys.executable, str(peers / "gen_population.py"), "--employees", str(size)]
        generator += ["--seed", "1", "--out", str(folder)]
        subprocess.run(generator, check=True, stdout=subprocess.DEVNULL)
    return folder


def _load(label: str) -> str:
    """The load averages and how busy they make this machine."""
    one, five, fifteen = os.getloadavg()
    cores = os.cpu_count() or 1
    busy = "idle" if one < 0.5 else "busy" if one >= cores else "partly busy"
    return (
        f"load average {label}: {one:.2f} {five:.2f} {fifteen:.2f}"
        f" ({busy}: {one / cores:.1f} runnable per core of {cores})"
    )


def main() -> int:
    """Run the comparison and print the tables; 1 if an entitlements CSV differs."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--staff", type=int, nargs="+", default=[50000], metavar="N")
    parser.add_argument("--repeat", type=int, default=3, metavar="R", help="runs; median")
    parser.add_argument("--peers", type=Path, default=ROOT.parent / "shared" / "peers")
    parser.add_argument("--venvs", type=Path, default=Path("~/.cache/teleworkrules-peers"))
    parser.add_argument("--data", type=Path, help="default: VENVS/data")
    parser.add_argument("--jobs", type=int, help="teleworkrules --jobs (default: automatic)")
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    parser.add_argument("--million", action="store_true", help="report on 1,000,000 staff")
    args = parser.parse_args()
    peers, venvs = args.peers.expanduser().resolve(), args.venvs.expanduser()
    data = (args.data or venvs / "data").expanduser()
    tool = Path(sys.executable).with_name("teleworkrules")
    cli = [str(tool)] if tool.exists() else [sys.executable, "-m", "teleworkrules"]
    jobs = ["--jobs", str(args.jobs)] if args.jobs else []
    print(f"python {sys.version.split()[0]}, {len(os.sched_getaffinity(0))} cores for this run")
    print(_load("at start"))
    print(f"2021-01..2024-12 as known on 2025-01-01; teleworkrules --jobs {args.jobs or 'auto'}")
    print("wall: median of runs; peak MiB: largest single process (main or a worker), as")
    print("/usr/bin/time %M; tree MiB: summed PSS of the whole process tree, sampled every 0.1 s")
    differ = False
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        if args.million:
            folder = _dataset(peers, data, MILLION)
            # 2,480,206 telework-day rows: over the default reading limit of 2,000,000 rows
            # a table (a guard against hostile files), raised here as a user would.
            command = [*cli, "report", str(folder), *PERIOD, "--format", "json"]
            command += ["--limit", "max_rows=5000000"]
            run = _run([*command, *jobs, "--output", str(out / "tr.json"), "-q"])
            verdict = "PASS" if run["wall"] < 60 else "MISS"
            print(f"\n{MILLION:,} staff x 48 months, teleworkrules report (json), one run:")
            print(f"wall {run['wall']:.1f} s, peak {run['rss_kib'] / 1024:.0f} MiB", end="")
            print(f" (process tree {run['tree_kib'] / 1024:.0f} MiB)")
            print(f"{verdict}  report on 1,000,000 staff < 60 s")
            print(_load("at end"))
            return 0
        _venvs(peers, venvs)
        for size in args.staff:
            folder = _dataset(peers, data, size)
            commands = {
                OPENFISCA: [str(venvs / "openfisca" / "bin" / "python"),
                            str(peers / "openfisca_peer" / "run.py"), str(folder), *PERIOD,
                            "--out", str(out / "of.csv")],
                POLARS: [str(venvs / "polars" / "bin" / "python"),
                         str(peers / "polars_peer" / "run.py"), str(folder), *PERIOD,
                         "--out", str(out / "pl.csv")],
                ENTITLEMENTS: [*cli, "entitlements", str(folder), *PERIOD, *jobs,
                               "--output", str(out / "tr.csv"), "-q"],
                REPORT: [*cli, "report", str(folder), *PERIOD, "--format", "json", *jobs,
                         "--output", str(out / "tr.json"), "-q"],
            }  # fmt: skip
            results = {name: Result(name, [], [], []) for name in commands}
            for _ in range(args.repeat):
                for name, command in commands.items():
                    run = _run(command)
                    results[name].walls.append(run["wall"])
                    results[name].rss_kib.append(int(run["rss_kib"]))
                    results[name].tree_kib.append(int(run["tree_kib"]))
            print(f"\nN = {size:,} staff x 48 months, median of {args.repeat}:\n")
            print("\n".join(table(results, args.markdown)))
            print()
            mine = (out / "tr.csv").read_bytes()
            for peer, file in ((OPENFISCA, "of.csv"), (POLARS, "pl.csv")):
                same = mine == (out / file).read_bytes()
                differ |= not same
                verdict = "identical to" if same else "DIFFER from"
                print(f"entitlements CSV {verdict} the {peer}'s")
            print("\n".join(targets(results)))
    print()
    print(_load("at end"))
    return 1 if differ else 0


if __name__ == "__main__":
    if sys.argv[1:3] == ["--measure", "--"]:
        measured = measure(sys.argv[3:])
        print(json.dumps(measured))
        sys.exit(int(measured["code"]))
    else:
        sys.exit(main())
