"""Every word a user can see, in Dutch (``nl``) and English (``en``), keyed by code.

Labels, definitions, table headers, problem messages, explanation steps, CLI messages and
Excel texts live here and nowhere else; code stores a text's code and its values and
renders them when asked, in the language asked (:func:`~teleworkrules.i18n.catalogue.text`,
:func:`~teleworkrules.i18n.catalogue.render`).

May import: :mod:`teleworkrules.exceptions` and :mod:`teleworkrules.money` only.
"""

from teleworkrules.i18n.catalogue import (
    CATALOGUE,
    LANG_VARIABLE,
    LANGUAGES,
    SECTIONS,
    check_lang,
    default_lang,
    describe,
    render,
    text,
)

__all__ = [
    "CATALOGUE",
    "LANGUAGES",
    "LANG_VARIABLE",
    "SECTIONS",
    "check_lang",
    "default_lang",
    "describe",
    "render",
    "text",
]
