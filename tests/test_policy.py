"""Policy schema, validation CLI, keys, approval, and the plain-language explain/diff golden files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from redact.cli import app
from redact.errors import PolicyError
from redact.explain import diff, explain, render
from redact.keys import load_key, needs_key
from redact.output import file_records
from redact.policy import load_policy, parse_policy, shipped_policies
from tests.conftest import GOLDEN

runner = CliRunner()
POLICY_GOLDEN = GOLDEN / "policy"
SHIPPED = sorted(shipped_policies())


def test_shipped_policies_are_valid_and_documented() -> None:
    assert {"strict", "withhold-identities", "first-names-only"} <= set(SHIPPED)
    readme = (Path(__file__).resolve().parent.parent / "policies" / "README.md").read_text(encoding="utf-8")
    for name in SHIPPED:
        load_policy(name)
        assert f"`{name}`" in readme


def test_schema_errors_are_all_collected_and_located() -> None:
    data = {
        "metadata": {"name": "x"},
        "entities": {
            "PERSON": {"operator": "mask2"},
            "FOO": {"operator": "label"},
            "PHONE_NUMBER": {"operator": "mask", "params": {"keep_last": 99}, "threshold": 2},
            "LOCATION": {"operator": "trim"},
        },
        "recognizers": {"no_such": True},
        "allow_list": [{"text": "a", "regex": "b"}, {"regex": "("}],
        "bogus": 1,
    }
    with pytest.raises(PolicyError) as exc:
        parse_policy(data)
    issues = exc.value.issues
    expected = [
        "[entities -> PERSON -> operator] unknown operator 'mask2'",
        "[entities -> FOO] unknown entity type 'FOO'",
        "[entities -> PHONE_NUMBER -> threshold]",
        "[entities -> PHONE_NUMBER -> params] 'keep_last' must be a whole number",
        "[entities -> LOCATION -> operator] 'trim' only applies to PERSON",
        "[recognizers -> no_such] unknown recognizer",
        "[allow_list -> 0] give exactly one of 'text' or 'regex'",
        "[allow_list -> 1 -> regex] invalid regular expression",
        "[bogus] Extra inputs are not permitted",
    ]
    for prefix in expected:
        assert any(i.startswith(prefix) for i in issues), (prefix, issues)


def test_validate_cli_exit_codes(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("metadata: {name: bad}\nentities:\n  PERSON: {operator: mask2}\n", encoding="utf-8")
    ok = runner.invoke(app, ["policy", "validate", "strict", "withhold-identities", "first-names-only"])
    assert ok.exit_code == 0, ok.output
    res = runner.invoke(app, ["policy", "validate", "strict", str(bad)])
    assert res.exit_code == 2
    assert "[entities -> PERSON -> operator] unknown operator 'mask2'" in res.output


def test_schema_command_prints_json_schema() -> None:
    res = runner.invoke(app, ["policy", "schema"])
    assert res.exit_code == 0
    schema = json.loads(res.output)
    assert schema["additionalProperties"] is False
    assert {"metadata", "entities", "allow_list", "unnamed_entities", "case_registry"} <= set(schema["properties"])


def test_schema_lists_operators_and_entity_types_from_the_tables_the_validator_uses() -> None:
    from redact.entities import ENTITIES
    from redact.operators import OPERATORS
    from redact.policy import DEFAULT_MODEL, NAME_PATTERN, Policy, policy_json_schema

    schema = policy_json_schema()
    defs = schema["$defs"]
    assert defs["EntityRule"]["properties"]["operator"]["enum"] == list(OPERATORS)
    assert schema["properties"]["entities"]["propertyNames"]["enum"] == list(ENTITIES)
    assert defs["AllowEntry"]["properties"]["entities"]["items"]["enum"] == list(ENTITIES)
    assert defs["Metadata"]["properties"]["name"]["pattern"] == NAME_PATTERN
    # The default is named as the shipped policies name it.
    assert schema["properties"]["model"]["default"] == DEFAULT_MODEL == "md"
    assert Policy.model_validate({"metadata": {"name": "p"}}).model == "md"
    assert {load_policy(name).policy.model for name in SHIPPED} == {"md"}


def test_every_shipped_policy_is_valid_against_the_json_schema() -> None:
    import jsonschema

    from redact import yamlio
    from redact.policy import policy_json_schema

    validator = jsonschema.Draft202012Validator(policy_json_schema())
    for name in SHIPPED:
        data = yamlio.load(Path(load_policy(name).path).read_text(encoding="utf-8"))  # as the loader reads it
        assert not list(validator.iter_errors(data)), name
    for bad in (
        {"metadata": {"name": "p"}, "entities": {"PERSON": {"operator": "mask2"}}},
        {"metadata": {"name": "p"}, "entities": {"PERSONS": {"operator": "label"}}},
        {"metadata": {"name": "p"}, "allow_list": [{"text": "Putin", "entities": ["PEOPLE"]}]},
        {"metadata": {"name": "My Policy"}},
    ):
        assert list(validator.iter_errors(bad)), bad
        with pytest.raises(PolicyError):
            parse_policy(bad)


@pytest.mark.parametrize("name", ["My Policy", "withhold_identities", "Strict", "-strict", "strict-", "a--b", ""])
def test_policy_name_must_be_kebab_case(name: str) -> None:
    with pytest.raises(PolicyError) as exc:
        parse_policy({"metadata": {"name": name}})
    (issue,) = exc.value.issues
    assert issue.startswith(f"[metadata -> name] '{name}' is not kebab-case: use lower-case letters and digits")


def test_kebab_case_names_are_accepted() -> None:
    for name in ("strict", "withhold-identities", "story-2026-11", "v2"):
        assert parse_policy({"metadata": {"name": name}}).metadata.name == name


@pytest.mark.parametrize(
    ("date", "says"),
    [
        ("2026-13-01", "'2026-13-01' is not a real date (month must be in 1..12); write it as YYYY-MM-DD"),
        ("2026-02-30", "'2026-02-30' is not a real date (day is out of range for month)"),
        ("next week", "'next week' is not a date; write it as YYYY-MM-DD"),
    ],
)
def test_impossible_approval_date_is_a_validation_problem(tmp_path: Path, date: str, says: str) -> None:
    bad = tmp_path / "dated.yaml"
    bad.write_text(f"metadata: {{name: dated, approved_by: Jane Counsel, approved_on: {date}}}\n", encoding="utf-8")
    res = runner.invoke(app, ["policy", "validate", str(bad)])
    assert res.exit_code == 2, res.output
    assert f"{bad}: [metadata -> approved_on] {says}" in res.stderr
    assert "internal error" not in res.output and "Traceback" not in res.output


def test_real_dates_still_load_quoted_or_not(tmp_path: Path) -> None:
    import datetime as dt

    for written in ("2026-11-20", "'2026-11-20'"):
        good = tmp_path / "good.yaml"
        good.write_text(f"metadata: {{name: dated, approved_by: J, approved_on: {written}}}\n", encoding="utf-8")
        assert load_policy(good).policy.metadata.approved_on == dt.date(2026, 11, 20)


def test_impossible_date_in_a_baseline_is_a_validation_problem(tmp_path: Path) -> None:
    from redact.check.baseline import load_baseline

    base = tmp_path / "baseline.yaml"
    base.write_text(
        "suppressions:\n  - {fingerprint: 0123456789abcdef, entity_type: PERSON, expires: 2027-02-29}\n",
        encoding="utf-8",
    )
    with pytest.raises(PolicyError) as exc:
        load_baseline(base, "k")
    assert exc.value.issues == [
        "[suppressions -> 0 -> expires] '2027-02-29' is not a real date (day is out of range for month); "
        "write it as YYYY-MM-DD"
    ]


@pytest.mark.parametrize(
    ("pattern", "plain"),
    [
        ("Kyiv|Kiev", "“Kyiv” or “Kiev”"),
        (
            r"Kherson|Херсон\w*",
            "“Kherson” (exactly), and any word beginning with “Херсон” (so every grammatical form of it)",
        ),
        (r"Арт[её]мовск\w*", "any word beginning with “Артемовск” or “Артёмовск” (so every grammatical form of them)"),
        (r"(?:Saint|St\.) Petersburg", "“Saint Petersburg” or “St. Petersburg”"),
        (r"Novo(-)?azovsk", "“Novoazovsk” or “Novo-azovsk”"),
        (r"Moscow\w+", "any longer word beginning with “Moscow”"),
        (r"\d+th brigade", "any text of the form given by the pattern `\\d+th brigade` (a regular expression, for the"),
        (r"Bakh.*", "any text of the form given by the pattern `Bakh.*`"),
        (r"Bakhmut\w* district", "the pattern `Bakhmut\\w* district`"),
        ("|".join(f"Town{i}" for i in range(20)), "the pattern `Town0|Town1|"),
    ],
)
def test_allow_list_patterns_are_rendered_as_plain_words(pattern: str, plain: str) -> None:
    from redact.explain import describe_pattern

    assert plain in describe_pattern(pattern)


def test_words_explain_lists_for_a_pattern_are_what_the_pattern_allows() -> None:
    """Every word named for an allow-list regex is allowed by it; a word named as a beginning allows endings."""
    import re

    import regex

    from redact.explain import describe_pattern

    # The shipped policies keep places through the public register now; these are the allow-list patterns
    # newsrooms write (the ones the default policy carried before the register), plus any a policy ships.
    patterns = [
        "Bakhmut|Artemovsk|Artyomovsk|Бахмут\\w*|Артёмовск\\w*|Артемовск\\w*",
        "Avdiivka|Avdeevka|Avdeyevka|Авдеевк\\w*|Авдіївк\\w*",
        "Donetsk|Донецк\\w*|Донецьк\\w*",
        "Kherson|Херсон\\w*",
        "Ukraine|Russia|Украин\\w*|Україн\\w*|Росси\\w*|Росі\\w*",
        "Moscow|Москв\\w*|Kyiv|Kiev|Киев\\w*|Київ\\w*",
    ]
    patterns += [e.regex for name in SHIPPED for e in load_policy(name).policy.allow_list if e.regex is not None]
    for pattern in patterns:
        plain = describe_pattern(pattern)
        assert "`" not in plain, f"shipped pattern {pattern!r} should read as words"
        compiled = regex.compile(pattern, regex.IGNORECASE)
        exact, _, beginnings = plain.partition("any word beginning with")
        for word in re.findall(r"“([^”]+)”", exact):
            assert compiled.fullmatch(word) and compiled.fullmatch(word.upper()), (pattern, word)
        for stem in re.findall(r"“([^”]+)”", beginnings):
            assert compiled.fullmatch(stem) and compiled.fullmatch(stem + "ами"), (pattern, stem)


def test_every_policy_command_has_help() -> None:
    for cmd in ("validate", "explain", "diff", "schema"):
        res = runner.invoke(app, ["policy", cmd, "--help"])
        assert res.exit_code == 0 and len(res.output) > 50


def test_allow_list_matches_inflected_forms() -> None:
    from redact.allow import AllowMatcher

    # The shipped default keeps public figures by the register (redact/data/public), not an allow list: a policy of
    # the newsroom's own lists them here.
    m = AllowMatcher(parse_policy({"metadata": {"name": "t"}, "allow_list": [{"text": "Putin"}, {"text": "Путин"}]}))
    assert m.allows("Путина", "PERSON", "ru") and m.allows("Путину", "PERSON", "ru")
    assert m.allows("Putin", "PERSON", "en")
    # An entry without `entities:` matches whatever type a recognizer gave the finding (issue 14, item 3).
    assert m.allows("Путина", "LOCATION", "ru")
    assert not m.allows("Бурцев", "PERSON", "ru")
    restricted = AllowMatcher(
        parse_policy({"metadata": {"name": "t"}, "allow_list": [{"text": "Бахмут", "entities": ["LOCATION"]}]})
    )
    assert restricted.allows("Бахмутом", "LOCATION", "ru") and not restricted.allows("Бахмутом", "PERSON", "ru")


def test_keyed_policy_needs_key() -> None:
    assert needs_key(load_policy("withhold-identities").policy)
    assert not needs_key(load_policy("strict").policy)
    assert load_key(None, env={}) is None
    assert load_key(None, env={"REDACT_KEY": "0123456789abcdef0123"}) is not None
    assert load_key(None, ephemeral=True, env={}).source == "ephemeral"  # type: ignore[union-attr]


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("SON: Mom, it's Sergei Volkov. Call +7 916 123-45-67.\n", encoding="utf-8")
    return d


def test_pseudonym_policy_without_key_is_refused(inbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REDACT_KEY", raising=False)
    out = tmp_path / "out"
    res = runner.invoke(app, ["run", str(inbox), "--out", str(out), "--policy", "withhold-identities", "-q"])
    assert res.exit_code == 2, res.output
    assert "key" in res.output and not out.exists()


def test_require_approved(inbox: Path, tmp_path: Path) -> None:
    res = runner.invoke(
        app, ["run", str(inbox), "--out", str(tmp_path / "o"), "--policy", "strict", "--require-approved", "-q"]
    )
    assert res.exit_code == 2 and "not approved" in res.output
    approved = tmp_path / "approved.yaml"
    text = (Path(load_policy("strict").path)).read_text(encoding="utf-8")
    approved.write_text(
        text.replace('approved_by: ""', "approved_by: Jane Counsel\n  approved_on: 2026-11-20"), encoding="utf-8"
    )
    assert load_policy(approved).policy.metadata.approved
    assert "Approved by Jane Counsel on 2026-11-20." in render(explain(load_policy(approved)))


@pytest.mark.parametrize("name", SHIPPED)
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_explain_golden(name: str, fmt: str, update_golden: bool) -> None:
    text = render(explain(load_policy(name)), fmt)
    _golden(POLICY_GOLDEN / f"{name}.explain.{fmt}", text, update_golden)
    assert "Content hash" in text and "Approval" in text


def test_diff_golden(update_golden: bool) -> None:
    old, new = load_policy("strict"), load_policy("withhold-identities")
    text = render(diff(old, new), "md")
    # Paths differ between checkouts: the golden file keeps only the names.
    text = text.replace(old.path, "policies/strict.yaml").replace(new.path, "policies/withhold-identities.yaml")
    _golden(POLICY_GOLDEN / "strict-to-withhold-identities.diff.md", text, update_golden)
    # the default policy keeps public figures through its register, with no allow list of its own
    assert "## Exceptions" in text and "needs a secret key" in text


def test_diff_cli_and_explain_cli() -> None:
    res = runner.invoke(app, ["policy", "diff", "strict", "first-names-only"])
    assert res.exit_code == 0 and "only the given names are kept" in res.output and "Now allowed" in res.output
    res = runner.invoke(app, ["policy", "explain", "strict", "--format", "html"])
    assert res.exit_code == 0 and res.output.startswith("<!DOCTYPE html>")
    assert runner.invoke(app, ["policy", "explain", "strict", "--format", "pdf"]).exit_code == 2


def _golden(path: Path, text: str, update: bool) -> None:
    if update or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{path.name} differs; review and rerun with --update-golden"


def test_key_from_env_or_ephemeral_and_policy_case_registry(
    inbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REDACT_KEY", "env-key-0123456789abcdef")
    policy = tmp_path / "story.yaml"
    text = Path(load_policy("withhold-identities").path).read_text(encoding="utf-8")
    policy.write_text(text + "case_registry: case.yaml\n", encoding="utf-8")
    (tmp_path / "case.yaml").write_text("people:\n  - names: [Sergei Volkov]\n", encoding="utf-8")
    out = tmp_path / "env"
    res = runner.invoke(app, ["run", str(inbox), "--out", str(out), "--policy", str(policy), "-q"])
    assert res.exit_code == 0, res.output
    rec = file_records(out / "audit.jsonl")[0]
    assert rec["key"]["source"] == "env" and len(rec["key"]["fingerprint"]) == 16
    assert len(rec["case_registry"]["sha256"]) == 64
    assert "Volkov" not in (out / "a.txt").read_text(encoding="utf-8")
    monkeypatch.delenv("REDACT_KEY")
    out = tmp_path / "eph"
    res = runner.invoke(
        app, ["run", str(inbox), "--out", str(out), "--policy", "withhold-identities", "--ephemeral-key", "-q"]
    )
    assert res.exit_code == 0, res.output
    assert file_records(out / "audit.jsonl")[0]["key"]["source"] == "ephemeral"


def test_diff_states_exactly_what_changed(tmp_path: Path) -> None:
    old = tmp_path / "old.yaml"
    new = tmp_path / "new.yaml"
    old.write_text(
        "metadata: {name: p, version: '1'}\nentities:\n  PERSON: {operator: label}\n"
        "allow_list:\n  - {text: Putin, entities: [PERSON]}\n",
        encoding="utf-8",
    )
    new.write_text(
        "metadata: {name: p, version: '2', approved_by: Jane Counsel, approved_on: 2026-11-20}\n"
        "entities:\n  PERSON: {operator: numbered, threshold: 0.3}\nallow_list: []\n",
        encoding="utf-8",
    )
    text = render(diff(load_policy(old), load_policy(new)))
    assert "Names of people: were replaced by the label “<PERSON>”; now replaced by a numbered label" in text
    assert "Names of people: minimum confidence 0.40 → 0.30 (withholds more)." in text
    assert "No longer allowed (now withheld): “Putin”" in text
    assert "Approved by Jane Counsel on 2026-11-20." in text and "needs a secret key" in text
    assert "Call signs" not in text  # unchanged kinds of detail are not mentioned


def test_allow_list_keys_are_cached_on_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The allow list's keys come from the cache on later runs, identical, and English needs no pymorphy3 then."""
    import subprocess
    import sys

    from redact import allow as allow_module
    from redact.allow import AllowMatcher

    monkeypatch.setenv("REDACT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(allow_module, "_ENTRY_KEYS", {})
    loaded = load_policy("first-names-only").policy  # the shipped policy with an allow list
    first = AllowMatcher(loaded)
    assert first.allows("Putin", "PERSON", "en") and first.allows("Путина", "PERSON", "ru")
    assert not first.allows("Putilov", "PERSON", "en")
    (cached,) = tmp_path.glob("allow-keys-*.json")
    monkeypatch.setattr(allow_module, "_ENTRY_KEYS", {})
    again = AllowMatcher(loaded)
    assert again._load_entry_keys() == {
        (t, lang): first._key(t, lang) for t in first._entry_texts for lang in ("ru", "uk")
    }
    probe = (
        "import sys; from redact.allow import AllowMatcher; from redact.policy import load_policy; "
        "m = AllowMatcher(load_policy('first-names-only').policy); "
        "assert m.allows('Zelenskyy', 'PERSON', 'en') and not m.allows('Zarechny', 'PERSON', 'en'); "
        "print('pymorphy3' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False", cached.name


@pytest.mark.parametrize("data", [None, {}, [["a", "ru"]], [["a", "ru", "k"]], [["a", "ru", [1]]], [[1, "ru", []]]])
def test_malformed_cached_allow_keys_are_rebuilt(data: object) -> None:
    from redact.allow import _keys_from_data

    assert _keys_from_data(data) is None
    assert _keys_from_data([["путин", "ru", ["putin"]]]) == {("путин", "ru"): ("putin",)}
