"""Texts of outputs: report, back pay, what-if and Excel labels and definitions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

TEXTS: Final[Mapping[str, Mapping[str, str]]] = {}
