"""Identity: one identifier rule, one id per person, entity codes in any capitals.

Ids (employee ids, entity codes, item codes) are read in their NFC form and may not hold a
character a reader cannot see (zero-width, bidi override, byte order mark, C0 and C1
controls); the problem names it by its code point. Two staff rows whose ids differ only in
capitals or Unicode form are one problem naming both rows. References from other tables
match exactly. Entity codes match their policy whatever their capitals.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import attrs
import pytest

from teleworkrules import (
    DatasetError,
    Employee,
    InvalidFactError,
    InvalidParameterError,
    Month,
    Payment,
    Problem,
    Rulebook,
    evaluate,
    load_dataset,
)
from teleworkrules.facts import (
    Allowance,
    character_name,
    identity_key,
    is_identifier,
    normalise_identifier,
    refused_character,
)
from teleworkrules.inputs.cells import BadCell, identifier

from .conftest import AFTER_DECISION, problems

STAFF = "employee_id,hire_date,entity\n"
NFC_E = "Jos\u00e9"  # é as one code point
NFD_E = "Jose\u0301"  # e and a combining acute accent


def folder(tmp_path: Path, **tables: str) -> Path:
    data = tmp_path / "d"
    data.mkdir(exist_ok=True)
    for name, text in tables.items():
        (data / f"{name}.csv").write_text(text, encoding="utf-8")
    return data


def lines(found: list[Problem]) -> list[tuple[str, str]]:
    return [(p.text("en"), p.text("nl")) for p in found]


# The rule, once


@pytest.mark.parametrize(
    ("text", "position", "name"),
    [
        ("E\u200b1", 2, "U+200B ZERO WIDTH SPACE"),
        ("E1\u202e", 3, "U+202E RIGHT-TO-LEFT OVERRIDE"),
        ("\ufeffE1", 1, "U+FEFF ZERO WIDTH NO-BREAK SPACE"),
        ("E\x851", 2, "U+0085 <control>"),
        ("E\x9f1", 2, "U+009F <control>"),
        ("E\u20281", 2, "U+2028 LINE SEPARATOR"),
        ("E\u20291", 2, "U+2029 PARAGRAPH SEPARATOR"),
        ("E\u00a01", 2, "U+00A0 NO-BREAK SPACE"),
        ("E\ue0001", 2, "U+E000 <private use>"),
        ("E\ud8001", 2, "U+D800 <surrogate>"),
        ("E\u20601", 2, "U+2060 WORD JOINER"),
        ("E\ufe0f1", 2, "U+FE0F VARIATION SELECTOR-16"),
        ("E\t1", 2, "U+0009 <control>"),
    ],
)
def test_invisible_format_and_control_characters_are_refused_by_code_point(
    text: str, position: int, name: str
) -> None:
    """Every refused character is named by its code point and position."""
    assert (position, name) == refused_character(text)
    assert normalise_identifier(text) is None
    assert not is_identifier(text)


def test_identifiers_are_read_in_their_nfc_form() -> None:
    """A decomposed é reads as the composed one; printable ids pass as they are."""
    assert NFC_E == normalise_identifier(NFD_E)
    assert NFC_E == identifier(NFD_E)
    assert "E 001" == normalise_identifier("E 001")  # the ordinary space is allowed
    assert "Ærø-7" == normalise_identifier("Ærø-7")
    assert normalise_identifier("=1+1") is None
    assert normalise_identifier("x" * 64) == "x" * 64
    assert normalise_identifier("x" * 65) is None
    # 64 characters once composed, 65 as written: the NFC form counts
    assert normalise_identifier("e\u0301" + "x" * 63) == "\u00e9" + "x" * 63


def test_identity_keys_ignore_capitals_and_unicode_form() -> None:
    """E001 and e001, é composed and decomposed, name the same thing."""
    assert identity_key("E001") == identity_key("e001")
    assert identity_key(NFC_E) == identity_key(NFD_E) == identity_key("JOS\u00c9")
    assert identity_key("E001") != identity_key("E0001")
    assert "U+200B ZERO WIDTH SPACE" == character_name("\u200b")


def test_the_cell_converter_names_the_character() -> None:
    """The converter's problem carries the position and the code point."""
    with pytest.raises(BadCell) as info:
        identifier("E\u200b1")
    assert "identifier_character" == info.value.code
    assert {"position": 2, "character": "U+200B ZERO WIDTH SPACE"} == info.value.values
    with pytest.raises(BadCell) as info:
        identifier("=E1")
    assert "identifier" == info.value.code


# The Python API


def test_python_api_refuses_a_zero_width_space_in_an_employee_id() -> None:
    """Employee("E\\u200b1", ...) names the field, the value and the character."""
    with pytest.raises(InvalidFactError) as info:
        Employee("E\u200b1", date(2023, 1, 1))
    assert "employee_id" == info.value.field
    assert str(info.value) == (
        "employee_id: got 'E\\u200b1', expected an identifier without invisible, format or "
        "control characters (character 2 is U+200B ZERO WIDTH SPACE)"
    )


def test_python_api_refuses_a_bidi_override_in_an_entity_and_in_a_payment() -> None:
    """The entity code and the ids of other records follow the same rule."""
    with pytest.raises(InvalidFactError) as info:
        Employee("E1", date(2023, 1, 1), entity="DWSE\u202e")
    assert "entity" == info.value.field
    assert "character 5 is U+202E RIGHT-TO-LEFT OVERRIDE" in info.value.expected
    month = Month("2023-01")
    with pytest.raises(InvalidFactError) as info:
        Payment("E\x851", month, Allowance.INTERNET_FORFAIT, Decimal(20), month)
    assert "employee_id" == info.value.field
    assert "character 2 is U+0085 <control>" in info.value.expected


def test_python_api_stores_ids_in_their_nfc_form() -> None:
    """A decomposed id is kept composed, so it equals the composed one."""
    assert NFC_E == Employee(NFD_E, date(2023, 1, 1)).employee_id
    assert "DWSE" == Employee("E1", date(2023, 1, 1), entity="DWSE").entity
    with pytest.raises(InvalidFactError, match="entity code such as DWSE"):
        Employee("E1", date(2023, 1, 1), entity=" ")


# Datasets: CSV


def test_a_zero_width_space_in_a_csv_id_is_named(tmp_path: Path) -> None:
    """U+200B in a staff id: the exact problem in English and Dutch."""
    data = folder(tmp_path, staff=STAFF + "E\u200b1,2023-01-01,\n")
    assert lines(problems(data)) == [
        (
            "staff, row 2, column employee_id: got 'E\\u200b1', expected an identifier "
            "without invisible, format or control characters (character 2 is U+200B ZERO "
            "WIDTH SPACE)",
            "staff, rij 2, kolom employee_id: gevonden 'E\\u200b1', verwacht een code zonder "
            "onzichtbare tekens, opmaaktekens of stuurtekens (teken 2 is U+200B ZERO WIDTH "
            "SPACE)",
        )
    ]


def test_a_bidi_override_in_a_csv_entity_is_named(tmp_path: Path) -> None:
    """U+202E in an entity code: the exact problem in English and Dutch."""
    data = folder(tmp_path, staff=STAFF + "E1,2023-01-01,DW\u202eSE\n")
    assert lines(problems(data)) == [
        (
            "staff, row 2, column entity: got 'DW\\u202eSE', expected an identifier without "
            "invisible, format or control characters (character 3 is U+202E RIGHT-TO-LEFT "
            "OVERRIDE)",
            "staff, rij 2, kolom entity: gevonden 'DW\\u202eSE', verwacht een code zonder "
            "onzichtbare tekens, opmaaktekens of stuurtekens (teken 3 is U+202E "
            "RIGHT-TO-LEFT OVERRIDE)",
        )
    ]


def test_a_c1_control_in_a_csv_id_is_named(tmp_path: Path) -> None:
    """U+0085 (NEXT LINE, a C1 control) in a payments id: the exact problem."""
    data = folder(
        tmp_path,
        staff=STAFF + "E1,2023-01-01,\n",
        payments="employee_id,month,allowance,amount\nE\x851,2023-01,internet_forfait,20\n",
    )
    assert lines(problems(data)) == [
        (
            "payments, row 2, column employee_id: got 'E\\x851', expected an identifier "
            "without invisible, format or control characters (character 2 is U+0085 "
            "<control>)",
            "payments, rij 2, kolom employee_id: gevonden 'E\\x851', verwacht een code zonder "
            "onzichtbare tekens, opmaaktekens of stuurtekens (teken 2 is U+0085 <control>)",
        )
    ]


def test_ids_that_differ_only_in_capitals_are_one_duplicate(tmp_path: Path) -> None:
    """E001 and e001 are one person: one problem on the second row naming the first."""
    data = folder(tmp_path, staff=STAFF + "E001,2023-01-01,\ne001,2023-02-01,\n")
    assert lines(problems(data)) == [
        (
            "staff, row 3, column employee_id: got 'e001', expected a unique id (also on "
            "row 2, as E001: ids that differ only in capitals are the same id)",
            "staff, rij 3, kolom employee_id: gevonden 'e001', verwacht een unieke code (ook "
            "op rij 2, als E001: codes die alleen in hoofdletters verschillen, zijn dezelfde "
            "code)",
        )
    ]


def test_composed_and_decomposed_forms_of_one_id_are_one_duplicate(tmp_path: Path) -> None:
    """José with é as one code point and as e + accent: the same id, one problem."""
    data = folder(tmp_path, staff=STAFF + f"{NFC_E},2023-01-01,\n{NFD_E},2023-02-01,\n")
    assert lines(problems(data)) == [
        (
            "staff, row 3, column employee_id: got 'Jos\u00e9', expected a unique id (also "
            "on row 2)",
            "staff, rij 3, kolom employee_id: gevonden 'Jos\u00e9', verwacht een unieke code "
            "(ook op rij 2)",
        )
    ]


def test_a_decomposed_reference_finds_the_composed_staff_id(tmp_path: Path) -> None:
    """Other tables' ids are read in NFC too, so they refer to the same person."""
    data = folder(
        tmp_path,
        staff=STAFF + f"{NFC_E},2023-01-01,\n",
        payments=f"employee_id,month,allowance,amount\n{NFD_E},2023-01,internet_forfait,20\n",
    )
    dataset = load_dataset(data)
    assert [NFC_E] == [p.employee_id for p in dataset.payments]


def test_references_match_exactly_and_name_the_staff_id(tmp_path: Path) -> None:
    """A payment for e001 does not pay E001: refused, saying how staff writes the id."""
    data = folder(
        tmp_path,
        staff=STAFF + "E001,2023-01-01,\n",
        payments="employee_id,month,allowance,amount\ne001,2023-01,internet_forfait,20\n",
    )
    assert lines(problems(data)) == [
        (
            "payments, row 2, column employee_id: got 'e001', expected an employee_id "
            "listed in staff (valid rows), written as there: staff has E001",
            "payments, rij 2, kolom employee_id: gevonden 'e001', verwacht een employee_id "
            "uit staff (geldige rijen), geschreven zoals daar: staff heeft E001",
        )
    ]


def test_a_duplicate_in_other_capitals_is_skipped_with_its_rows(tmp_path: Path) -> None:
    """Skipping keeps the first row; rows for the refused id are knock-on problems."""
    data = folder(
        tmp_path,
        staff=STAFF + "E001,2023-01-01,\ne001,2023-02-01,\n",
        payments="employee_id,month,allowance,amount\ne001,2023-01,internet_forfait,20\n",
    )
    dataset = load_dataset(data, skip_invalid=True)
    assert ["E001"] == [e.employee_id for e in dataset.employees]
    assert () == dataset.payments
    assert ["unique_id_case", "invalid_staff_rows"] == [p.code for p in dataset.skipped]


# Entity codes


def test_dwse_in_small_letters_gets_the_dwse_policy(tmp_path: Path) -> None:
    """A dwse row gets DWSE's default forfait for a 2023 hire; decisions name DWSE."""
    data = folder(tmp_path, staff=STAFF + "E1,2023-01-16,dwse\nE2,2023-01-16,Dwse\n")
    dataset = load_dataset(data)
    assert () == dataset.notes  # no "entity without policy" note
    for employee in dataset.employees:
        result = evaluate(employee, Month("2023-03"), known_on=AFTER_DECISION)
        assert "DWSE" == result.entity
        assert ["internet_forfait"] == [d.allowance.value for d in result.granted]


def test_an_entity_matching_no_policy_gets_the_law_only_with_a_note(tmp_path: Path) -> None:
    """Even case-insensitively unknown: the law only (no default forfait) and a note."""
    data = folder(tmp_path, staff=STAFF + "E1,2023-01-16,acme\n")
    dataset = load_dataset(data)
    assert [n.text("en") for n in dataset.notes] == [
        "staff: entity 'acme' (1 staff) has no policy: the law only (no default internet "
        "route, no material catalogue, no budgets, no third-party cost)"
    ]
    result = evaluate(dataset.employees[0], Month("2023-03"), known_on=AFTER_DECISION)
    assert ("acme", ()) == (result.entity, result.granted)


def test_the_rulebook_matches_entity_codes_whatever_their_capitals() -> None:
    """policy, with_default_entity and with_policy all read codes case-insensitively."""
    book = Rulebook.default()
    assert "DWSE" == book.policy("dwse").code
    assert "FED" == book.with_default_entity("fed").default_entity
    assert book.parameters("dwse") is book.parameters("DWSE")
    renamed = book.with_policy(attrs.evolve(book.policy("FED"), code="fed"))
    assert ["DWSE", "fed"] == sorted(renamed.policies)  # replaced, not added beside FED
    with pytest.raises(InvalidParameterError, match="differ only in capitals"):
        Rulebook(book.law, {**book.policies, "dwse": book.policy("DWSE")}, "DWSE")


def test_a_dataset_error_lists_every_identity_problem(tmp_path: Path) -> None:
    """A file with every kind of bad id: each row is named once."""
    data = folder(
        tmp_path,
        staff=STAFF + "E\u200b1,2023-01-01,\nE2,2023-01-01,\ne2,2023-01-01,\n",
    )
    with pytest.raises(DatasetError) as info:
        load_dataset(data)
    assert [(p.row, p.code) for p in info.value.problems] == [
        (2, "identifier_character"),
        (4, "unique_id_case"),
    ]
