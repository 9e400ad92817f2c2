"""Generate a synthetic staff dataset (CSV folder) of any size, for benchmarks.

    python benchmarks/generate.py 50000 /tmp/staff-50k --seed 1

Invented people with a realistic shape over 2021-2024: most in service for the whole
period, some hired or leaving, three quarters on an internet route (some switching once),
most with an approved telework arrangement, a tenth registering telework days for a few
months, a few absences. The same size and seed always give the same files.
"""

from __future__ import annotations

import argparse
import csv
import random
from datetime import date, timedelta
from pathlib import Path

START = date(2021, 1, 1)
END = date(2024, 12, 31)
SPAN = (END - START).days


def _day(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randint(0, max(0, (last - first).days)))


def generate(size: int, folder: Path, seed: int = 1) -> None:
    """Write the tables of a dataset of ``size`` staff members into ``folder``."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        name: (folder / f"{name}.csv").open("w", encoding="utf-8", newline="")
        for name in ("staff", "telework", "telework_days", "internet", "absences")
    }
    out = {name: csv.writer(handle, lineterminator="\n") for name, handle in files.items()}
    out["staff"].writerow(
        [
            "employee_id",
            "entity",
            "hire_date",
            "exit_date",
            "contract",
            "work_fraction",
            "smartphone_role",
        ]
    )
    out["telework"].writerow(["employee_id", "start", "end", "days_per_week", "approved"])
    out["telework_days"].writerow(["employee_id", "month", "days"])
    out["internet"].writerow(["employee_id", "start", "end", "route"])
    out["absences"].writerow(["employee_id", "start", "end", "salary_paid", "kind"])
    try:
        for n in range(1, size + 1):
            eid = f"E{n:07d}"
            if rng.random() < 0.8:
                hire = _day(rng, date(1995, 1, 1), date(2020, 12, 31))
            else:
                hire = _day(rng, START, END)
            exit_date = _day(rng, max(hire, START), END) if rng.random() < 0.1 else None
            last = exit_date or END
            contract = rng.choices(["statutory", "contractual", "student"], [60, 38, 2])[0]
            fraction = rng.choices(["1", "0.8", "0.5"], [80, 15, 5])[0]
            out["staff"].writerow(
                [
                    eid,
                    "DWSE",
                    hire,
                    exit_date or "",
                    contract,
                    fraction,
                    "true" if rng.random() < 0.1 else "false",
                ]
            )
            first = max(hire, START)
            if rng.random() < 0.75:
                route = rng.choice(["forfait", "third_party"])
                begin = _day(rng, first, min(last, date(2021, 12, 31)))
                if rng.random() < 0.2 and begin < last:
                    switch = _day(rng, begin + timedelta(days=1), last)
                    other = "third_party" if route == "forfait" else "forfait"
                    out["internet"].writerow([eid, begin, switch - timedelta(days=1), route])
                    out["internet"].writerow([eid, switch, "", other])
                else:
                    out["internet"].writerow([eid, begin, "", route])
            if rng.random() < 0.7:
                begin = _day(rng, first, min(last, date(2021, 9, 30)))
                days = rng.choice(["0.5", "1", "2", "2", "3"])
                approved = "true" if rng.random() < 0.95 else "false"
                if rng.random() < 0.15 and begin < last:
                    change = _day(rng, begin + timedelta(days=1), last)
                    out["telework"].writerow(
                        [eid, begin, change - timedelta(days=1), days, approved]
                    )
                    out["telework"].writerow([eid, change, "", rng.choice(["1", "2", "3"]), "true"])
                else:
                    out["telework"].writerow([eid, begin, "", days, approved])
            if rng.random() < 0.1:
                for month in sorted(rng.sample(range(24), 6)):
                    year, mon = 2023 + month // 12, month % 12 + 1
                    out["telework_days"].writerow([eid, f"{year}-{mon:02d}", rng.randint(0, 12)])
            if rng.random() < 0.05:
                begin = _day(rng, first, last)
                out["absences"].writerow(
                    [
                        eid,
                        begin,
                        begin + timedelta(days=rng.randint(1, 120)),
                        "true" if rng.random() < 0.7 else "false",
                        "sick",
                    ]
                )
    finally:
        for handle in files.values():
            handle.close()


def main() -> None:
    """Command line: size, folder and seed."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("size", type=int, help="number of staff members")
    parser.add_argument("folder", type=Path, help="where to write the CSV files")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    generate(args.size, args.folder, args.seed)


if __name__ == "__main__":
    main()
