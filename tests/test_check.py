"""`redact check`: exit codes, formats, no leaks, baselines, --changed-since, redacted-output round trip."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from redact.cli import app
from tests.conftest import SAMPLES, gold_strings

runner = CliRunner()
KEY = "test-key-not-secret-0123456789"
DATA = Path(__file__).resolve().parent / "data"

# Invented people and numbers; every one is found by the pinned pipeline.
NAMED = "SON: Mom, it's Sergei Volkov. Call me on +7 916 123-45-67.\nMOTHER: Sergei, be careful.\n"
CLEAN = "MOTHER: The bread was fresh and the weather was fine.\nSON: Good, we are all fine here.\n"


def _write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def _check(*args: str, key: str | None = KEY):
    # No job summary unless a test asks for one (these tests may themselves run in GitHub Actions).
    env: dict[str, str | None] = {"REDACT_KEY": key or "", "GITHUB_STEP_SUMMARY": None}
    return runner.invoke(app, ["check", *args], env=env)


# --- fingerprints and snippets ----------------------------------------------------------------


def _key(secret: str = KEY):
    from redact.fingerprint import load_key

    return load_key(environ={"REDACT_KEY": secret})


def test_fingerprint_normalises_and_is_keyed() -> None:
    import hashlib

    from redact.fingerprint import fingerprint

    k = _key()
    fp = fingerprint(k, "Сергей Волков", "PERSON")
    assert re.fullmatch(r"[0-9a-f]{16}", fp)
    assert fingerprint(k, "  сергей\n ВОЛКОВ ", "PERSON") == fp
    assert fingerprint(k, "Артём", "PERSON") == fingerprint(k, "артем", "PERSON")
    assert fingerprint(k, "+7 916 123-45-67", "PHONE_NUMBER") == fingerprint(k, "79161234567", "PHONE_NUMBER")
    assert fingerprint(k, "Сергей Волков", "CALL_SIGN") != fp
    assert fingerprint(_key("another-key-0123456789abc"), "Сергей Волков", "PERSON") != fp
    # Not a plain hash a dictionary attack could reproduce.
    for plain in ("Сергей Волков", "сергей волков", "PERSON\x1fсергей волков"):
        assert hashlib.sha256(plain.encode()).hexdigest()[:16] != fp


def test_without_a_key_fingerprints_are_ephemeral_and_baselines_refused(tmp_path: Path) -> None:
    from redact.errors import KeyRequiredError
    from redact.fingerprint import fingerprint, load_key

    a, b = load_key(environ={}), load_key(environ={})
    assert a.ephemeral and b.ephemeral
    assert fingerprint(a, "Sergei", "PERSON") != fingerprint(b, "Sergei", "PERSON")
    with pytest.raises(KeyRequiredError):
        load_key(environ={}, required=True)


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("Sergei Volkov", "S***** V*****"),
        ("+7 916 123-45-67", "+* *** ***-**-**"),
        ("в/ч 64217", "в/* *****"),
        ("Ростов-на-Дону", "Р*****-**-****"),
        ("ivan.k@mail.ru", "i***.*@****.**"),
    ],
)
def test_mask(text: str, masked: str) -> None:
    from redact.fingerprint import mask

    assert mask(text) == masked


@given(st.text(min_size=1, max_size=40))
def test_mask_keeps_at_most_the_first_letter_of_each_word_and_no_digit(text: str) -> None:
    from redact.fingerprint import mask

    out = mask(text)
    assert not any(c.isdigit() for c in out)
    for word in out.split():
        assert sum(c.isalpha() for c in word) <= 1


def test_markers_are_only_labels_redact_can_emit() -> None:
    from redact.check import marker_pattern
    from redact.policy import load_policy

    for name in ("strict", "withhold-identities"):
        pat = marker_pattern(load_policy(name).policy)
        for marker in ("<PERSON>", "[PERSON 3]", "<MILITARY UNIT>", "<PHONE_NUMBER>", "[CALL_SIGN 12]"):
            assert pat.fullmatch(marker), (name, marker)
        for text in ("<Ivan>", "[Sergei Volkov]", "PERSON", "<person>", "<PERSON Volkov>"):
            assert not pat.fullmatch(text), (name, text)


# --- exit codes -------------------------------------------------------------------------------


def test_exit_0_when_nothing_is_found(tmp_path: Path) -> None:
    p = _write(tmp_path / "clean.txt", CLEAN)
    result = _check(str(p), "--policy", "strict")
    assert result.exit_code == 0, result.output
    assert "0 finding(s)" in result.stdout


def test_exit_1_text_report_names_place_not_text(tmp_path: Path) -> None:
    p = _write(tmp_path / "named.txt", NAMED)
    result = _check(str(p), "--policy", "strict")
    assert result.exit_code == 1, result.output
    assert "Volkov" not in result.output and "916" not in result.output and "123-45-67" not in result.output
    lines = result.stdout.splitlines()
    person = [line for line in lines if "PERSON" in line and "S***** V*****" in line]
    assert person and re.match(
        r".*named\.txt:1:16: PERSON \(\w+ 0\.\d\d\) S\*\*\*\*\* V\*\*\*\*\*  fp=[0-9a-f]{16}$", person[0]
    )
    assert any("PHONE_NUMBER" in line and ":1:" in line for line in lines)
    assert "\x1b[" not in result.stdout, "no colour when not on a terminal"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["{named}", "--policy", "no-such-policy"], "unknown policy 'no-such-policy'"),
        (["{missing}", "--policy", "strict"], "no such file or folder"),
        (["{named}", "--policy", "strict", "--update-baseline"], "a baseline needs a fingerprint key"),
        (["{named}", "--policy", "strict", "--baseline", "{tmp}/b.yaml"], "a baseline needs a fingerprint key"),
        (["{named}", "--policy", "strict", "--lang", "fr"], "'fr' is not one of 'auto', 'en', 'ru', 'uk'"),
        (["{named}", "--policy", "strict", "--format", "xml"], "xml"),
    ],
)
def test_exit_2_usage_and_policy_errors(tmp_path: Path, args: list[str], message: str) -> None:
    named = _write(tmp_path / "named.txt", NAMED)
    argv = [a.format(named=named, missing=tmp_path / "missing.txt", tmp=tmp_path) for a in args]
    result = _check(*argv, key=None)
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert "Volkov" not in result.output


def test_update_baseline_without_baseline_file_is_exit_2(tmp_path: Path) -> None:
    named = _write(tmp_path / "named.txt", NAMED)
    result = _check(str(named), "--policy", "strict", "--update-baseline")
    assert result.exit_code == 2 and "--update-baseline needs --baseline" in result.output


def test_exit_3_unreadable_file_is_reported_and_others_still_count(tmp_path: Path) -> None:
    _write(tmp_path / "in" / "named.txt", NAMED)
    _write(tmp_path / "in" / "broken.txt", b"\xff\xfe caf\xe9 \x81")
    result = _check(str(tmp_path / "in"), "--policy", "strict", "--format", "json")
    assert result.exit_code == 3, result.output
    report = json.loads(result.stdout)
    assert report["exit_code"] == 3
    assert [e["file"].rsplit("/", 1)[-1] for e in report["errors"]] == ["broken.txt"]
    assert "not valid UTF-8" in report["errors"][0]["message"]
    assert {f["entity_type"] for f in report["findings"]} >= {"PERSON", "PHONE_NUMBER"}
    assert "broken.txt:line 1: not valid UTF-8" in result.stderr


def test_unsupported_file_named_explicitly_is_exit_3(tmp_path: Path) -> None:
    p = _write(tmp_path / "notes.pdf", b"%PDF-1.4")
    result = _check(str(p), "--policy", "strict")
    assert result.exit_code == 3
    assert "unsupported file type '.pdf'" in result.stderr


# --- formats ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def samples_outcome():
    """One check of every sample under the strict policy, with a key (rendered in every format below)."""
    from redact.check import run_check, select_files
    from redact.fingerprint import load_key
    from redact.policy import load_policy

    key = load_key(environ={"REDACT_KEY": KEY})
    return run_check(select_files([SAMPLES]), load_policy("strict"), key, workers=1)


def _all_renderings(outcome) -> dict[str, str]:
    from redact.check.formats import to_github, to_json, to_sarif

    return {"json": to_json(outcome), "sarif": to_sarif(outcome), "github": to_github(outcome)}


def test_samples_have_findings_in_every_transcript(samples_outcome) -> None:
    assert samples_outcome.findings and samples_outcome.exit_code in (1, 3)
    found_in = {f.file for f in samples_outcome.findings}
    assert len(found_in) >= 6


def test_no_gold_string_in_any_format(samples_outcome, tmp_path: Path) -> None:
    gold = gold_strings()
    assert len(gold) > 50
    outputs = _all_renderings(samples_outcome)
    result = _check(str(SAMPLES), "--policy", "strict", "--workers", "1")  # the text format, end to end
    outputs["text"] = result.output
    for name, out in outputs.items():
        leaks = sorted(s for s in gold if s in out)
        assert not leaks, f"{len(leaks)} gold strings leaked into the {name} report"


def test_sarif_is_valid_against_the_official_schema(samples_outcome) -> None:
    import jsonschema

    schema = json.loads((DATA / "sarif-2.1.0.schema.json").read_text(encoding="utf-8"))
    log = json.loads(_all_renderings(samples_outcome)["sarif"])
    jsonschema.validate(log, schema, cls=jsonschema.Draft7Validator)
    run = log["runs"][0]
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert "PERSON" in rules and "PHONE_NUMBER" in rules
    assert len(run["results"]) == len(samples_outcome.findings)
    for res in run["results"]:
        assert res["level"] == "error" and rules[res["ruleIndex"]] == res["ruleId"]
        region = res["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
        assert region["endColumn"] > region["startColumn"] or region.get("endLine", 0) > region["startLine"]
        assert re.fullmatch(r"[0-9a-f]{16}", res["partialFingerprints"]["redactFingerprint/v1"])


def test_sarif_with_errors_and_suppressions_is_valid(tmp_path: Path) -> None:
    import jsonschema

    _write(tmp_path / "in" / "named.txt", NAMED)
    _write(tmp_path / "in" / "broken.txt", b"\xff\xfe")
    result = _check(
        str(tmp_path / "in"), "--policy", "strict", "--format", "sarif", "--key-file", str(_write(tmp_path / "k", KEY))
    )
    assert result.exit_code == 3
    log = json.loads(result.stdout)
    schema = json.loads((DATA / "sarif-2.1.0.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(log, schema, cls=jsonschema.Draft7Validator)
    inv = log["runs"][0]["invocations"][0]
    assert inv["executionSuccessful"] is False and inv["exitCode"] == 3
    assert "broken.txt" in inv["toolExecutionNotifications"][0]["message"]["text"]


def test_github_annotations(tmp_path: Path) -> None:
    p = _write(tmp_path / "named.txt", NAMED)
    result = _check(str(p), "--policy", "strict", "--format", "github")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    pat = (
        r"::error file=[^,]*named\.txt,line=1,col=16,endColumn=29,title=redact PERSON::"
        r"PERSON \(\w+ 0\.\d\d\) S\*\*\*\*\* V\*\*\*\*\*"
    )
    assert any(re.fullmatch(pat, line) for line in lines), lines
    assert all(line.startswith("::error ") for line in lines[:-1])
    assert lines[-1] == "::error::redact check: 3 findings in 1 file"


def test_github_annotations_are_bounded_and_the_full_list_goes_to_the_job_summary(
    samples_outcome, tmp_path: Path
) -> None:
    from redact.check.formats import GITHUB_MAX_ANNOTATIONS, to_github

    n = len(samples_outcome.findings)
    assert n > GITHUB_MAX_ANNOTATIONS, "the samples must overflow the bound for this test to mean anything"
    lines = to_github(samples_outcome).splitlines()
    assert len(lines) == GITHUB_MAX_ANNOTATIONS + 1
    assert all(re.match(r"::(error|warning) \w", line) for line in lines[:-1])
    files = len({f.file for f in samples_outcome.findings})
    assert re.fullmatch(
        rf"::error::redact check: {n} findings in {files} files.*; first {GITHUB_MAX_ANNOTATIONS} of \d+ annotated, "
        r"full list with --format json or --sarif-output",
        lines[-1],
    ), lines[-1]

    summary = tmp_path / "step-summary.md"
    summary.write_text("## an earlier step\n", encoding="utf-8")
    result = runner.invoke(
        app,
        ["check", str(SAMPLES), "--policy", "strict", "--format", "github", "--workers", "1"],
        env={"REDACT_KEY": KEY, "GITHUB_STEP_SUMMARY": str(summary)},
    )
    assert result.exit_code == samples_outcome.exit_code, result.output
    out = result.stdout.splitlines()
    assert len(out) == GITHUB_MAX_ANNOTATIONS + 1 and out[-1].endswith("annotated, full list in the job summary")
    md = summary.read_text(encoding="utf-8")
    assert md.startswith("## an earlier step\n## redact check failed"), "appended, as GitHub expects"
    rows = [line for line in md.splitlines() if re.match(r"\| .* \| [0-9a-f]{16} \|$", line)]
    assert len(rows) == n
    assert {f.fingerprint for f in samples_outcome.findings} == {row.rsplit("|", 2)[1].strip() for row in rows}
    leaks = sorted(s for s in gold_strings() if s in md)
    assert not leaks, f"{len(leaks)} gold strings leaked into the job summary"


def test_step_summary_escapes_markdown_and_stays_under_githubs_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    from redact.check import CheckFinding, formats
    from redact.check.gate import Outcome

    f = CheckFinding("a|b.txt", 3, 5, 3, 18, "PERSON", "R", 0.9, "S***** V*****", "0123456789abcdef")
    o = Outcome((), (f,) * 40, (), (), (), "strict", "0" * 64, ("PERSON",), True)
    md = formats.to_step_summary(o)
    assert "| a\\|b.txt | 3 | 5 | PERSON | R | 0.90 | S\\*\\*\\*\\*\\* V\\*\\*\\*\\*\\* | 0123456789abcdef |" in md
    monkeypatch.setattr(formats, "STEP_SUMMARY_MAX_BYTES", 2000)
    small = formats.to_step_summary(o)
    assert len(small.encode("utf-8")) <= 2000 + 200
    listed = small.count("| 0123456789abcdef |")
    assert 0 < listed < 40 and f"{40 - listed} more findings not listed here" in small


def _cells(row: str) -> list[str]:
    """A Markdown table row's cells, split at unescaped pipes."""
    cells, cell, i = [], "", 0
    while i < len(row):
        if row[i] == "\\":
            cell += row[i : i + 2]
            i += 2
            continue
        if row[i] == "|":
            cells.append(cell)
            cell = ""
        else:
            cell += row[i]
        i += 1
    return [*cells, cell][1:-1]


@given(file=st.text(min_size=1, max_size=30), snippet=st.text(max_size=30), recognizer=st.text(max_size=20))
def test_step_summary_row_keeps_its_columns_whatever_the_text(file: str, snippet: str, recognizer: str) -> None:
    from redact.check import CheckFinding
    from redact.check.formats import to_step_summary
    from redact.check.gate import Outcome

    f = CheckFinding(file, 2, 3, 2, 9, "PERSON", recognizer, 0.5, snippet, "0123456789abcdef")
    md = to_step_summary(Outcome((), (f,), (), (), (), "strict", "0" * 64, ("PERSON",), True))
    (row,) = [line for line in md.splitlines() if line.endswith("| 0123456789abcdef |")]
    assert len(_cells(row)) == 8 and "\n" not in row


def test_github_clean_run_is_a_notice() -> None:
    from redact.check.formats import to_github
    from redact.check.gate import Outcome

    clean = Outcome((), (), (), (), (), "strict", "0" * 64, ("PERSON",), True)
    assert to_github(clean) == "::notice::redact check: 0 findings in 0 files\n"


def test_json_shape_is_stable(tmp_path: Path) -> None:
    p = _write(tmp_path / "named.txt", NAMED)
    result = _check(str(p), "--policy", "strict", "--format", "json")
    report = json.loads(result.stdout)
    assert set(report) == {
        "schema",
        "tool",
        "policy",
        "fingerprints",
        "exit_code",
        "summary",
        "findings",
        "suppressed",
        "errors",
        "baseline",
    }
    assert report["schema"] == "redact-check/1" and report["fingerprints"] == "keyed"
    f = next(f for f in report["findings"] if f["entity_type"] == "PERSON")
    assert set(f) == {
        "file",
        "line",
        "column",
        "end_line",
        "end_column",
        "entity_type",
        "recognizer",
        "score",
        "snippet",
        "fingerprint",
        "locator",
    }
    assert (f["line"], f["column"], f["end_column"], f["snippet"]) == (1, 16, 29, "S***** V*****")


def test_same_findings_with_two_workers(tmp_path: Path) -> None:
    _write(tmp_path / "in" / "a.txt", NAMED)
    _write(tmp_path / "in" / "b.txt", NAMED.replace("Sergei Volkov", "Pavel Morozov"))
    one = _check(str(tmp_path / "in"), "--policy", "strict", "--format", "json", "--workers", "1")
    two = _check(str(tmp_path / "in"), "--policy", "strict", "--format", "json", "--workers", "2")
    assert one.exit_code == two.exit_code == 1
    assert json.loads(one.stdout)["findings"] == json.loads(two.stdout)["findings"]


# --- baselines --------------------------------------------------------------------------------


def test_baseline_pending_approved_expired(tmp_path: Path) -> None:
    p = _write(tmp_path / "named.txt", NAMED)
    base = tmp_path / "baseline.yaml"
    first = _check(str(p), "--policy", "strict", "--baseline", str(base), "--update-baseline", "--format", "json")
    assert first.exit_code == 1, first.output  # pending entries suppress nothing
    text = base.read_text(encoding="utf-8")
    assert "Volkov" not in text and "916" not in text and "Sergei" not in text
    data = yaml.safe_load(text)
    n = len(json.loads(first.stdout)["findings"])
    assert len(data["suppressions"]) == n and all(
        e["justification"] == "" and e["approved_by"] == "" for e in data["suppressions"]
    )

    again = _check(str(p), "--policy", "strict", "--baseline", str(base), "--update-baseline")
    assert again.exit_code == 1 and len(yaml.safe_load(base.read_text())["suppressions"]) == n, "no duplicates"

    today = dt.date.today()
    for e in data["suppressions"]:
        e.update(
            justification="Invented test data",
            approved_by="Legal (test)",
            approved_on=today.isoformat(),
            expires=(today + dt.timedelta(days=30)).isoformat(),
        )
    base.write_text(yaml.safe_dump(data), encoding="utf-8")
    approved = _check(str(p), "--policy", "strict", "--baseline", str(base), "--format", "json")
    assert approved.exit_code == 0, approved.output
    assert json.loads(approved.stdout)["summary"]["suppressed"] == n

    data["suppressions"][0]["expires"] = today.isoformat()  # expires today: no longer suppresses
    base.write_text(yaml.safe_dump(data), encoding="utf-8")
    expired = _check(str(p), "--policy", "strict", "--baseline", str(base), "--format", "json")
    assert expired.exit_code == 1
    report = json.loads(expired.stdout)
    assert report["summary"]["findings"] == 1 and len(report["baseline"]["expired"]) == 1
    gh = _check(str(p), "--policy", "strict", "--baseline", str(base), "--format", "github")
    assert "::warning" in gh.stdout and "expired on" in gh.stdout

    other = _check(str(p), "--policy", "strict", "--baseline", str(base), key="a-different-key-0123456789")
    assert other.exit_code == 2 and "another key" in other.output


def test_baseline_entry_for_another_file_does_not_suppress(tmp_path: Path) -> None:
    from redact.check import CheckFinding
    from redact.check.baseline import Baseline, Suppression, apply_baseline

    f = CheckFinding("a.txt", 1, 1, 1, 6, "PERSON", "R", 0.9, "S****", "0123456789abcdef")
    ok = dict(justification="j", approved_by="a", approved_on=dt.date(2026, 1, 1))
    assert apply_baseline(
        [f], Baseline(suppressions=[Suppression(fingerprint=f.fingerprint, entity_type="PERSON", file="b.txt", **ok)])
    ).findings == (f,)
    assert (
        apply_baseline(
            [f], Baseline(suppressions=[Suppression(fingerprint=f.fingerprint, entity_type="PERSON", **ok)])
        ).findings
        == ()
    )
    assert apply_baseline(
        [f], Baseline(suppressions=[Suppression(fingerprint=f.fingerprint, entity_type="LOCATION", **ok)])
    ).findings == (f,)
    no_date = dict(justification="j", approved_by="a")
    assert apply_baseline(
        [f], Baseline(suppressions=[Suppression(fingerprint=f.fingerprint, entity_type="PERSON", **no_date)])
    ).findings == (f,)


def test_missing_baseline_is_exit_2_unless_it_is_being_created(tmp_path: Path) -> None:
    p = _write(tmp_path / "named.txt", NAMED)
    missing = tmp_path / "missing.yaml"
    result = _check(str(p), "--policy", "strict", "--baseline", str(missing))
    assert result.exit_code == 2, result.output
    (line,) = result.stderr.splitlines()
    assert f"baseline {missing} does not exist" in line and "--update-baseline" in line
    assert not missing.exists()
    created = _check(str(p), "--policy", "strict", "--baseline", str(missing), "--update-baseline")
    assert created.exit_code == 1 and missing.exists()


def test_baseline_entries_show_line_and_masked_snippet_but_match_by_fingerprint(tmp_path: Path) -> None:
    p = _write(tmp_path / "named.txt", NAMED)
    base = tmp_path / "baseline.yaml"
    first = _check(str(p), "--policy", "strict", "--baseline", str(base), "--update-baseline", "--format", "json")
    findings = json.loads(first.stdout)["findings"]
    text = base.read_text(encoding="utf-8")
    assert "Volkov" not in text and "Sergei" not in text and "916" not in text
    entries = yaml.safe_load(text)["suppressions"]
    assert [(e["line"], e["snippet"]) for e in entries] == [(f["line"], f["snippet"]) for f in findings]
    assert (1, "S***** V*****") in [(e["line"], e["snippet"]) for e in entries]

    today = dt.date.today().isoformat()
    for e in entries:
        e.update(justification="Invented test data", approved_by="Legal (test)", approved_on=today)
    base.write_text(yaml.safe_dump({"version": 1, "suppressions": entries}), encoding="utf-8")
    _write(p, "MOTHER: A new first line.\n" + NAMED)  # every finding moves down a line: still approved
    moved = _check(str(p), "--policy", "strict", "--baseline", str(base), "--format", "json")
    assert moved.exit_code == 0, moved.output
    suppression = json.loads(moved.stdout)["suppressed"][0]["suppression"]
    assert suppression["line"] == findings[0]["line"] and suppression["snippet"] == findings[0]["snippet"]

    for e in entries:  # a baseline written before entries carried line and snippet still loads and suppresses
        del e["line"], e["snippet"]
    base.write_text(yaml.safe_dump({"version": 1, "suppressions": entries}), encoding="utf-8")
    old = _check(str(p), "--policy", "strict", "--baseline", str(base))
    assert old.exit_code == 0, old.output


def test_invalid_baseline_is_exit_2(tmp_path: Path) -> None:
    p = _write(tmp_path / "named.txt", NAMED)
    base = _write(tmp_path / "b.yaml", "suppressions:\n  - fingerprint: NOT-HEX\n    entity_type: PERSON\n")
    result = _check(str(p), "--policy", "strict", "--baseline", str(base))
    assert result.exit_code == 2 and "suppressions -> 0 -> fingerprint" in result.output


# --- --changed-since --------------------------------------------------------------------------


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


def test_changed_since_checks_changed_and_untracked_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = tmp_path / "repo"
    _write(repo / "old.txt", NAMED)
    _write(repo / "edited.txt", CLEAN)
    _write(repo / "notes.py", "x = 1\n")
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "one")
    _write(repo / "edited.txt", CLEAN + NAMED)
    _write(repo / "sub" / "new.txt", NAMED)
    _write(repo / "notes.py", "x = 2\n")
    _write(repo / ".cache" / "hidden.txt", NAMED)  # hidden, as when walking a folder
    monkeypatch.chdir(repo)
    result = _check(".", "--policy", "strict", "--changed-since", "HEAD", "--format", "json")
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    assert report["summary"]["files"] == 2
    assert {f["file"] for f in report["findings"]} == {"edited.txt", "sub/new.txt"}
    assert all(f["line"] >= 3 for f in report["findings"] if f["file"] == "edited.txt")
    only_sub = json.loads(_check("sub", "--policy", "strict", "--changed-since", "HEAD", "--format", "json").stdout)
    assert only_sub["summary"]["files"] == 1
    bad = _check(".", "--policy", "strict", "--changed-since", "no-such-rev")
    assert bad.exit_code == 2, bad.output
    (line,) = bad.stderr.splitlines()
    assert "--changed-since: unknown revision 'no-such-rev'" in line and "fetch-depth: 0" in line
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "two")
    none = _check(".", "--policy", "strict", "--changed-since", "HEAD")
    assert none.exit_code == 0 and "of 0 file(s)" in none.stdout


def test_changed_since_in_a_shallow_clone_says_to_fetch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    origin = tmp_path / "origin"
    _write(origin / "a.txt", CLEAN)
    _git(origin, "init", "-q")
    _git(origin, "add", ".")
    _git(origin, "commit", "-q", "-m", "one")
    _git(origin, "commit", "-q", "--allow-empty", "-m", "two")
    _git(tmp_path, "clone", "-q", "--depth", "1", origin.as_uri(), "shallow")
    monkeypatch.chdir(tmp_path / "shallow")
    result = _check(".", "--policy", "strict", "--changed-since", "HEAD~1")
    assert result.exit_code == 2, result.output
    assert "unknown revision 'HEAD~1': no such commit, branch or tag in this shallow clone" in result.stderr
    assert "fetch-depth: 0" in result.stderr


# --- redacted output passes; one real name or number inserted fails ----------------------------

ROUND_TRIP = (
    "MOTHER: Hello? Who is this?\n"
    "SON: Mom, it's Sergei Volkov. Write down the number of Pavel Morozov: +7 916 123-45-67.\n"
    "MOTHER: Sergei, where are you? Is Pavel with you?\n"
    "SON: Yes, Pavel Morozov is here. Call +7 916 123-45-67 if I go quiet.\n"
)


def _policies() -> list[str]:
    from redact.policy import shipped_policies

    return sorted(shipped_policies())


@pytest.mark.parametrize("policy", _policies())
def test_redacted_output_passes_and_an_inserted_name_fails(policy: str, tmp_path: Path) -> None:
    src = _write(tmp_path / "in" / "call.en.txt", ROUND_TRIP)
    out = tmp_path / "out"
    run = runner.invoke(
        app, ["run", str(src.parent), "--out", str(out), "--policy", policy, "-q"], env={"REDACT_KEY": KEY}
    )
    assert run.exit_code == 0, run.output
    redacted = out / "call.en.txt"
    text = redacted.read_text(encoding="utf-8")
    assert "Volkov" not in text and "123-45-67" not in text

    clean = _check(str(redacted), "--policy", policy, "--format", "json")
    assert clean.exit_code == 0, clean.stdout

    # Edited after the run (its sha256 no longer matches the audit): redact's own replacements are
    # recognised by digest, the inserted name or number is not.
    for leak in ("Nikolai Bondarenko", "+7 903 555-21-87"):
        edited = text.replace("\n", f" Also {leak} called.\n", 1)
        redacted.write_text(edited, encoding="utf-8")
        dirty = _check(str(redacted), "--policy", policy, "--format", "json")
        assert dirty.exit_code == 1, (policy, leak)
        report = json.loads(dirty.stdout)
        assert [f["line"] for f in report["findings"]] == [1], report["findings"]
        assert leak not in dirty.stdout
    redacted.write_text(text, encoding="utf-8")


SRT = (
    "1\n00:00:01,000 --> 00:00:03,000\nSERGEI: Mom, it's Sergei Volkov.\n\n"
    "2\n00:00:03,500 --> 00:00:06,000\nMOTHER: Sergei, write down Pavel Morozov's number:\n+7 916 123-45-67.\n\n"
    "3\n00:00:06,500 --> 00:00:08,000\nSERGEI: Pavel Morozov is here with me.\n"
)


@pytest.mark.parametrize("policy", ["strict", "withhold-identities"])
def test_redacted_subtitles_pass_where_the_writer_moves_text(policy: str, tmp_path: Path) -> None:
    src = _write(tmp_path / "in" / "call.en.srt", SRT)
    out = tmp_path / "out"
    run = runner.invoke(app, ["run", str(src), "--out", str(out), "--policy", policy, "-q"], env={"REDACT_KEY": KEY})
    assert run.exit_code == 0, run.output
    result = _check(str(out / "call.en.srt"), "--policy", policy, "--format", "json")
    assert result.exit_code == 0, result.stdout


def test_case_registry_people_are_found_as_in_run(tmp_path: Path) -> None:
    case = _write(
        tmp_path / "case.yaml", "case: test-story\npeople:\n  - names: [Pavel Morozov]\n    nicknames: [Filin]\n"
    )
    p = _write(tmp_path / "a.txt", CLEAN + "SON: Tell filin the bread was fresh.\n")
    with_case = _check(str(p), "--policy", "strict", "--case", str(case), "--format", "json")
    assert with_case.exit_code == 1
    (finding,) = json.loads(with_case.stdout)["findings"]
    assert (finding["recognizer"], finding["line"], finding["snippet"]) == ("CaseRegistry", 3, "f****")
    broken = _write(tmp_path / "broken.yaml", "people: [1, 2]\n")
    assert _check(str(p), "--policy", "strict", "--case", str(broken)).exit_code == 2
