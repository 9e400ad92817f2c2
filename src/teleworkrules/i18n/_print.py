"""Texts of printed workbooks: headers, footers and the back-pay and what-if sheets."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

TEXTS: Final[Mapping[str, Mapping[str, str]]] = {}
