"""Texts of the answer workbook's opening sheet: questions 1a-4 answered in sentences."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

TEXTS: Final[Mapping[str, Mapping[str, str]]] = {}
