"""Identity linking: one person, one pseudonym, across forms, files, languages and runs with one key."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from redact.cli import app
from redact.names import Linker, split_person
from redact.output import file_records

runner = CliRunner()
KEY = b"test-key-0123456789abcdef-not-secret"


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker(KEY)


@pytest.mark.parametrize(
    ("a", "lang_a", "b", "lang_b"),
    [
        ("Никита", "ru", "Nikita", "en"),  # original and translation
        ("Никитушка", "ru", "Никиту", "ru"),  # diminutive and case form
        ("Жеки", "ru", "Zheka", "en"),  # case form of a diminutive, transliterated
        ("Zheka", "en", "Евгений", "ru"),  # diminutive and full name
        ("Artyom", "en", "Tyoma", "en"),  # English diminutive
        ("Artyom", "en", "Artem", "en"),  # transliteration variants
        ("Юры", "ru", "Yury", "en"),
        ("Алёнкой", "ru", "Alyona", "en"),
        ("Лапина", "ru", "Lapin", "en"),  # surname the dictionary does not know, in the genitive
        ("Бурцеву", "ru", "Burtsev", "en"),
    ],
)
def test_same_identity_part_same_pseudonym(linker: Linker, a: str, lang_a: str, b: str, lang_b: str) -> None:
    pa, pb = split_person(a, lang_a)[0], split_person(b, lang_b)[0]
    assert pa.key == pb.key
    from redact.names import latin, skeleton

    # The pseudonyms are the same name, whatever script and case they are rendered in.
    ra, rb = linker.pseudonym("PERSON", a, lang_a), linker.pseudonym("PERSON", b, lang_b)
    assert ra != a and rb != b
    assert skeleton(ra)[:4] == skeleton(rb)[:4] or latin(ra)[:4].lower() == latin(rb)[:4].lower()


def test_full_name_parts_and_case(linker: Linker) -> None:
    parts = split_person("Бурцеву Никите Андреевичу", "ru")
    assert [p.kind for p in parts] == ["surname", "given", "patronymic"]
    out = linker.pseudonym("PERSON", "Бурцеву Никите Андреевичу", "ru")
    words = out.split()
    assert len(words) == 3 and all(w.endswith("у") for w in words), out  # dative kept
    en = linker.pseudonym("PERSON", "Burtsev Nikita Andreyevich", "en")
    assert en.split()[1] == linker.pseudonym("PERSON", "Nikita", "en")
    female = split_person("Бурцева Алёна", "ru")
    assert female[0].female and female[1].female


def test_whole_person_identity_links_partial_mentions_within_a_document() -> None:
    from redact.anonymize import RunContext
    from redact.keys import Key

    ctx = RunContext(Key(KEY, "env"))
    doc = ctx.document("en", ["Nikita Burtsev", "Nikita", "Burtsev", "Alyona"])
    assert (
        doc.identity("PERSON", "Nikita")
        == doc.identity("PERSON", "Nikita Burtsev")
        == doc.identity("PERSON", "Burtsev")
    )
    assert doc.identity("PERSON", "Alyona") != doc.identity("PERSON", "Nikita")
    ru = ctx.document("ru", ["Бурцеву Никите"])
    assert ru.identity("PERSON", "Бурцеву Никите") == doc.identity("PERSON", "Nikita Burtsev")


def test_other_key_other_pseudonyms() -> None:
    names = ["Никита", "Бурцев", "Алёна", "Евгений", "Тарас", "Оксана"]
    a = [Linker(KEY).pseudonym("PERSON", n, "ru") for n in names]
    b = [Linker(b"another-key-0123456789abcdef").pseudonym("PERSON", n, "ru") for n in names]
    assert a == [Linker(KEY).pseudonym("PERSON", n, "ru") for n in names]
    assert sum(x != y for x, y in zip(a, b, strict=True)) >= 4


def _run(inbox: Path, out: Path, key_file: Path, *extra: str) -> None:
    res = runner.invoke(app, ["run", str(inbox), "--out", str(out), "--key-file", str(key_file), "-q", *extra])
    assert res.exit_code == 0, res.output


@pytest.fixture
def pair(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "call.ru.txt").write_text("МАТЬ: Никитушка, это ты?\nСЫН: Да, мам. Передай Алёне привет.\n", encoding="utf-8")
    (d / "call.en.txt").write_text(
        "MOTHER: Nikitushka, is that you?\nSON: Yes, Mom. Say hi to Alyona.\n", encoding="utf-8"
    )
    (d / "other.en.txt").write_text("They buried Nikita's friend in the village. Alyona cried.\n", encoding="utf-8")
    case = tmp_path / "case.yaml"
    case.write_text("people:\n  - names: [Бурцев Никита Андреевич]\n    relatives: [Алёна Бурцева]\n", encoding="utf-8")
    return d


def test_same_person_same_pseudonym_across_files_languages_and_runs(pair: Path, tmp_path: Path) -> None:
    key = tmp_path / "k"
    key.write_bytes(KEY)
    case = str(tmp_path / "case.yaml")
    _run(pair, tmp_path / "o1", key, "--case", case, "--policy", "withhold-identities")
    _run(pair, tmp_path / "o2", key, "--case", case, "--policy", "withhold-identities", "--workers", "2")
    linker = Linker(KEY)
    nikita_en, nikita_ru = linker.pseudonym("PERSON", "Nikita", "en"), linker.pseudonym("PERSON", "Никита", "ru")
    alyona_en = linker.pseudonym("PERSON", "Alyona", "en")
    for o in ("o1", "o2"):
        ru = (tmp_path / o / "call.ru.txt").read_text(encoding="utf-8")
        en = (tmp_path / o / "call.en.txt").read_text(encoding="utf-8")
        other = (tmp_path / o / "other.en.txt").read_text(encoding="utf-8")
        assert "Никит" not in ru and "Nikit" not in en and "Nikit" not in other and "Alyon" not in en + other
        assert nikita_ru in ru and nikita_en in en and nikita_en in other
        assert alyona_en in en and alyona_en in other
    for name in ("call.ru.txt", "call.en.txt", "other.en.txt"):
        assert (tmp_path / "o1" / name).read_bytes() == (tmp_path / "o2" / name).read_bytes()
    # Another key giving other pseudonyms is shown without a third run in test_other_key_other_pseudonyms.


def test_registry_variants_withheld_and_never_in_audit(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    # No recognizer needs to fire: every variant comes from the registry.
    (d / "a.ru.txt").write_text(
        "Вчера видели Бурцева. Никитушке передали, Филином его зовут, с Филином всё хорошо. "
        "Звони 8-983-214-57-09 или в Тальниковку, в/ч 64217.\n",
        encoding="utf-8",
    )
    (d / "b.en.txt").write_text(
        "Burtsev's mother said Nikita (Filin) is fine; call +7 983 214 57 09. He is from Talnikovka.\n",
        encoding="utf-8",
    )
    case = tmp_path / "case.yaml"
    case.write_text(
        "case: test\npeople:\n  - names: [Бурцев Никита Андреевич]\n    nicknames: [Филин]\n"
        "    phones: ['8 (983) 214-57-09']\n    units: [в/ч 64217]\n    places: [Тальниковка]\n",
        encoding="utf-8",
    )
    key = tmp_path / "k"
    key.write_bytes(KEY)
    # strict labels everything anyway; these two are the policies that would otherwise keep or rewrite names.
    for policy in ("withhold-identities", "first-names-only"):
        out = tmp_path / policy
        _run(d, out, key, "--case", str(case), "--policy", policy)
        text = (out / "a.ru.txt").read_text(encoding="utf-8") + (out / "b.en.txt").read_text(encoding="utf-8")
        for leaked in (
            "Бурцев",
            "Никит",
            "Филин",
            "214",
            "57-09",
            "Тальников",
            "64217",
            "Burtsev",
            "Nikita",
            "Filin",
            "Talnikovka",
        ):
            assert leaked not in text, (policy, leaked)
        audit = (out / "audit.jsonl").read_text(encoding="utf-8")
        assert "Бурцев" not in audit and "Филин" not in audit and "Тальник" not in audit
        records = file_records(out / "audit.jsonl")
        assert all(len(r["case_registry"]["sha256"]) == 64 for r in records)
        assert any(f["recognizer"] == "CaseRegistry" for r in records for f in r["findings"])


def test_registry_links_every_mention_of_a_protected_person_to_one_number(tmp_path: Path) -> None:
    from redact.anonymize import Numbered, RunContext
    from redact.casefile import load_case
    from redact.keys import Key

    case = tmp_path / "case.yaml"
    case.write_text(
        "people:\n  - names: [Бурцев Никита Андреевич, Кит]\n    relatives: [Бурцева Алёна]\n", encoding="utf-8"
    )
    ctx = RunContext(Key(KEY, "env"), load_case(case))
    number = {
        t: Numbered().operate(t, {"entity_type": "PERSON", "_ctx": ctx.document(lang, [])})
        for t, lang in [("Nikita", "en"), ("Никитосу", "ru"), ("Бурцеву Никите", "ru"), ("Alyona", "en")]
    }
    assert number["Nikita"] == number["Никитосу"] == number["Бурцеву Никите"] != number["Alyona"]
    # A nickname no gazetteer knows is linked to the person by the registry alone.
    assert Linker(KEY).pseudonym("PERSON", "Кит", "ru") != Linker(KEY).pseudonym("PERSON", "Никита", "ru")
    assert ctx.linker.pseudonym("PERSON", "Кит", "ru") == ctx.linker.pseudonym("PERSON", "Никита", "ru")


def test_bad_case_file_error_names_field_not_content(tmp_path: Path) -> None:
    case = tmp_path / "case.yaml"
    case.write_text("people:\n  - names: [Бурцев Никита]\n    phone: ['8 983 214 57 09']\n", encoding="utf-8")
    res = runner.invoke(
        app, ["run", str(case), "--out", str(tmp_path / "o"), "--policy", "strict", "--case", str(case)]
    )
    assert res.exit_code == 2
    assert (
        "line 3, column 5 (field 'people', entry 1, an unknown key)" in res.output
        and "Бурцев" not in res.output
        and "983" not in res.output
    )
