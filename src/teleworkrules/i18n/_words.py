"""Labels: allowances, routes, confidences and the small words of explanations.

One label per allowance and language, used by every output (tables, Excel, explanations).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

TEXTS: Final[Mapping[str, Mapping[str, str]]] = {
    "allowance.internet_forfait": {"en": "internet forfait", "nl": "internet forfait"},
    "allowance.internet_third_party": {
        "en": "internet third-party payer",
        "nl": "internet derdebetaler",
    },
    "allowance.home_working": {"en": "home-working allowance", "nl": "thuiswerkvergoeding"},
    "route.forfait": {"en": "forfait", "nl": "forfait"},
    "route.third_party": {"en": "third-party payer", "nl": "derdebetalersregeling"},
    "confidence.confirmed": {"en": "confirmed", "nl": "bevestigd"},
    "confidence.reported": {"en": "reported", "nl": "gemeld"},
    "confidence.default": {"en": "default", "nl": "standaardlezing"},
    "word.none": {"en": "none", "nl": "geen"},
    "word.not_in_force": {"en": "not in force", "nl": "niet van kracht"},
    "word.from": {"en": "from", "nl": "vanaf"},
    "word.known_from": {"en": "known from", "nl": "gekend sinds"},
    "word.source": {"en": "source", "nl": "bron"},
}
