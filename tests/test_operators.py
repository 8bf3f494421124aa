"""Operators: determinism, never returning the input, and each operator's shape."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redact.anonymize import Generalize, Mask, Numbered, Pseudonym, RunContext, Trim
from redact.errors import KeyRequiredError
from redact.generalize import generalize
from redact.keys import Key
from redact.names import Linker

KEY = b"operator-test-key-0123456789abcdef"

names = st.sampled_from(
    [
        "Никита",
        "Бурцеву Никите",
        "Алёна",
        "Nikita Burtsev",
        "Zheka",
        "Lapin",
        "Оксанко",
        "Андреевич",
        "Yura",
        "Vera Pavlovna",
    ]
)
entities = st.sampled_from(["PERSON", "CALL_SIGN", "LOCATION", "MILITARY_UNIT", "PHONE_NUMBER"])
words = st.text(
    alphabet="абвгдежзиклмнопрстуфхцчшыэюяАБВГДabcdefghijklmnopqrstuvwxyz ", min_size=2, max_size=20
).filter(lambda s: s.strip() != "")


@settings(max_examples=80, deadline=None)
@given(entity=entities, text=st.one_of(names, words), lang=st.sampled_from(["en", "ru"]))
def test_pseudonym_is_deterministic_and_never_the_input(entity: str, text: str, lang: str) -> None:
    a = Linker(KEY).pseudonym(entity, text, lang)
    b = Linker(KEY).pseudonym(entity, text, lang)
    assert a == b
    assert a != text
    assert a.strip()


@settings(max_examples=40, deadline=None)
@given(digits=st.text(alphabet="0123456789", min_size=4, max_size=11))
def test_pseudonym_numbers_keep_shape_and_change(digits: str) -> None:
    out = Linker(KEY).pseudonym("PHONE_NUMBER", digits, "en")
    assert len(out) == len(digits) and out.isdigit() and out != digits


def _params(entity: str, lang: str = "en", **kw: object) -> dict[str, object]:
    ctx = RunContext(Key(KEY, "env"))
    return {"entity_type": entity, "_ctx": ctx.document(lang, []), **kw}


def test_pseudonym_without_key_refuses() -> None:
    with pytest.raises(KeyRequiredError):
        Pseudonym().operate("Nikita", {"entity_type": "PERSON", "_ctx": RunContext().document("en")})


def test_numbered_is_stable_and_labelled() -> None:
    op = Numbered()
    a = op.operate("Nikita Burtsev", _params("PERSON"))
    assert a.startswith("[PERSON ") and a.endswith("]")
    assert a == op.operate("Nikita Burtsev", _params("PERSON"))
    assert a == op.operate("Бурцев Никита", _params("PERSON", "ru"))
    assert op.operate("Filin", _params("CALL_SIGN", label="CALL SIGN")).startswith("[CALL SIGN ")


@pytest.mark.parametrize(
    ("entity", "text", "lang", "expected"),
    [
        ("DATE_OF_BIRTH", "14.03.1999", "en", "1999"),
        ("MILITARY_UNIT", "20th Motor Rifle Regiment", "en", "a motor rifle regiment"),
        ("MILITARY_UNIT", "155th Separate Guards Marine Brigade", "en", "a marine brigade"),
        ("MILITARY_UNIT", "military unit 64217", "en", "a military unit"),
        ("MILITARY_UNIT", "в/ч 64217", "ru", "[воинская часть]"),
        # Russian and Ukrainian labels take the case of what they replace, in the text's language.
        ("MILITARY_UNIT", "155-й бригаде", "ru", "[бригаде]"),
        ("MILITARY_UNIT", "155-ї бригади", "uk", "[бригади]"),
        ("MILITARY_UNIT", "в/ч 64217", "uk", "[військова частина]"),
        ("MILITARY_UNIT", "військової частини А1234", "uk", "[військової частини]"),
        ("LOCATION", "Ізюмі", "uk", "[місті, Харківська область]"),
        ("LOCATION", "Изюме", "ru", "[городе, Харьковская область]"),
        ("LOCATION", "Izium", "en", "a town in the Kharkiv Oblast"),
        ("DATE_OF_BIRTH", "7 червня 1995 року", "uk", "1995"),
        ("LOCATION", "Nowhereville-on-Nothing", "en", "a place"),
    ],
)
def test_generalize(entity: str, text: str, lang: str, expected: str) -> None:
    assert generalize(entity, text, lang) == expected
    assert Generalize().operate(text, _params(entity, lang)) == expected


def test_mask_keeps_last_n_or_nothing() -> None:
    assert Mask().operate("+7 916 123-45-67", {"keep_last": 2}) == "+* *** ***-**-67"
    assert Mask().operate("45 12 345678", {}) == "** ** ******"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Burtsev Nikita Andreyevich", "en", "Nikita"),
        ("Бурцеву Никите Андреевичу", "ru", "Никите"),
        ("Andrei Sergeyevich Lapin", "en", "Andrei"),
        ("Alyona", "en", "Alyona"),
        ("Lapin", "en", "<PERSON>"),
    ],
)
def test_trim_keeps_given_names_only(text: str, lang: str, expected: str) -> None:
    assert Trim().operate(text, _params("PERSON", lang)) == expected


def _same_identity_pairs() -> list[tuple[str, str]]:
    """(form, form) pairs of one given name from the gazetteer, e.g. ("Лёха", "Alyosha")."""
    from redact.names import is_cyrillic, split_person
    from redact.names.given import GAZETTEER_DIR

    path = GAZETTEER_DIR / "given_names.tsv"
    if not path.is_file():
        return [("Никита", "Nikita"), ("Лёха", "Alyosha")]
    rows = [ln.split("\t") for ln in path.read_text(encoding="utf-8").splitlines()]
    header, pairs = rows[0], []
    for row in rows[1:40]:
        d = dict(zip(header, row, strict=False))
        forms = [d["name"], *(x for c in ("diminutives", "latin", "uk") for x in d.get(c, "").split("|") if x)]
        keyed = [(f, split_person(f, "ru" if is_cyrillic(f) else "en")) for f in forms]
        keyed = [(f, p[0]) for f, p in keyed if len(p) == 1 and p[0].kind == "given"]
        for (a, pa), (b, pb) in zip(keyed, keyed[1:], strict=False):
            if pa.key == pb.key and pa.female == pb.female:
                pairs.append((a, b))
    return pairs


@settings(max_examples=60, deadline=None)
@given(pair=st.sampled_from(_same_identity_pairs()), key=st.binary(min_size=16, max_size=32))
def test_pseudonym_depends_only_on_key_and_identity(pair: tuple[str, str], key: bytes) -> None:
    from redact.names import is_cyrillic, latin, skeleton

    a, b = (Linker(key).pseudonym("PERSON", f, "ru" if is_cyrillic(f) else "en") for f in pair)
    assert skeleton(latin(a)) == skeleton(latin(b)), pair
    assert a not in pair and b not in pair


def test_the_schema_knows_the_anonymizers_operators() -> None:
    """redact.operators (what a policy may name) and the operators that run are the same table."""
    from redact.anonymize import CUSTOM_OPERATORS
    from redact.operators import OPERATORS, operator_names, validate_rule

    assert {cls.NAME: cls.PARAMS for cls in CUSTOM_OPERATORS} == OPERATORS
    assert operator_names() == [cls.NAME for cls in CUSTOM_OPERATORS]
    assert validate_rule("mask", {"char": "**"}) == [("params", "'char' must be a single character")]
    assert validate_rule("blur", {}) == [("operator", f"unknown operator 'blur' (known: {', '.join(OPERATORS)})")]
    assert validate_rule("trim", {"keep": ["surname"], "rest": "initial"}) == []
