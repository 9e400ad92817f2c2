"""Shared test helpers."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from teleworkrules import DatasetError, Problem, load_dataset

settings.register_profile(
    "ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=60, deadline=None)
settings.register_profile(
    "deep", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

AFTER_DECISION = date(2023, 10, 1)
"""An evaluation date after the home-working allowance was decided (2023-09-08)."""
BEFORE_DECISION = date(2023, 9, 7)
"""The last day before the home-working allowance was decided."""


@pytest.fixture(autouse=True)
def _no_language_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test starts in English: no TELEWORKRULES_LANG, an English (C) locale."""
    for name in ("TELEWORKRULES_LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


def problems(folder: Path) -> list[Problem]:
    """The problems of loading ``folder``, which must be invalid."""
    with pytest.raises(DatasetError) as info:
        load_dataset(folder)
    return list(info.value.problems)
