"""benchmarks/peers.py: the table's ratios and the issue-13 verdicts, on fixed numbers."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import peers  # type: ignore[import-not-found]  # noqa: E402


def results(entitlements: float, report: float, mib: int) -> dict[str, object]:
    def one(name: str, walls: list[float], kib: int) -> object:
        return peers.Result(name, walls, [kib, kib // 2], [kib, kib])

    return {
        peers.OPENFISCA: one(peers.OPENFISCA, [4.0, 5.0, 3.0], 700 * 1024),
        peers.POLARS: one(peers.POLARS, [1.0, 1.0, 1.0], 240 * 1024),
        peers.ENTITLEMENTS: one(peers.ENTITLEMENTS, [entitlements] * 3, mib * 1024),
        peers.REPORT: one(peers.REPORT, [report] * 3, mib * 1024),
    }


def test_table_shows_medians_and_ratios() -> None:
    lines = peers.table(results(2.0, 1.2, 140), markdown=True)
    assert lines[1] == "|---|---:|---:|---:|---:|---:|---:|"
    assert lines[2] == "| OpenFisca peer | 4.00 (3.00-5.00) | 700 | 700 | 1.00 | 4.00 | 1.00 |"
    assert lines[4] == (
        "| teleworkrules entitlements | 2.00 (2.00-2.00) | 140 | 140 | 0.50 | 2.00 | 0.20 |"
    )
    plain = peers.table(results(2.0, 1.2, 140), markdown=False)
    assert len({len(line) for line in plain}) == 1  # aligned columns


def test_targets_pass_at_the_limits() -> None:
    lines = peers.targets(results(2.0, 1.2, 150))
    assert [line.split()[0] for line in lines] == ["PASS"] * 4
    assert lines[0] == "PASS  entitlements wall <= 0.5 x OpenFisca: 0.50 x"


def test_targets_miss_above_them() -> None:
    lines = peers.targets(results(2.1, 1.3, 151))
    assert [line.split()[0] for line in lines] == ["MISS"] * 4
    assert lines[3].endswith("151 MiB (whole process tree 151 MiB)")
