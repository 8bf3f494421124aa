"""`redact eval`: scoring rules (pure), corpus errors, the CLI's exit codes and JSON, and the recall bar."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from redact.cli import app
from redact.corpus import Passage, parse_markup
from redact.evaluate import CorpusError, Ours, Predicted, read_corpus, score, score_groups
from tests.conftest import ROOT

runner = CliRunner()
CORPUS = ROOT / "tests" / "corpus" / "en.jsonl"
# The bar from issue 3, with --policy strict on the English development corpus.
RECALL_BAR = 0.98
OVER_REDACTION_BAR = 0.03


def passage(marked: str, lang: str = "en", pid: str = "t") -> Passage:
    text, spans = parse_markup(marked)
    return Passage(pid, lang, text, spans)


def at(p: Passage, surface: str, entity: str, nth: int = 0) -> Predicted:
    start = -1
    for _ in range(nth + 1):
        start = p.text.index(surface, start + 1)
    return Predicted(start, start + len(surface), entity)


def test_full_cover_counts_partial_cover_is_a_leak() -> None:
    p = passage("Mom, it's [Sergei Volkov](PERSON) from [Kedrovka](LOCATION).")
    full = score("x", [p], [[at(p, "Sergei Volkov", "PERSON"), at(p, "Kedrovka", "LOCATION")]])
    assert full.recall == 1.0 and full.leak_rate == 0.0 and full.typed_recall == 1.0
    partial = score("x", [p], [[at(p, "Sergei", "PERSON"), at(p, "Kedrovka", "LOCATION")]])
    assert partial.recall == 0.5 and partial.lenient_recall == 1.0 and partial.leaky_documents == 1


def test_pieces_that_leave_only_spaces_still_cover() -> None:
    p = passage("Signed [A. V. Petrov](PERSON).")
    preds = [at(p, "A", "PERSON"), at(p, "V", "PERSON"), at(p, "Petrov", "PERSON")]
    assert score("x", [p], [preds]).recall == 1.0


def test_typed_recall_needs_the_right_type_and_precision_counts_types() -> None:
    p = passage("call sign [Grom](CALL_SIGN) said hi")
    s = score("x", [p], [[at(p, "Grom", "PERSON")]])
    assert s.recall == 1.0 and s.typed_recall == 0.0
    by_type = {t.entity_type: t for t in s.per_type}
    assert by_type["PERSON"].precision == 0.0 and by_type["CALL_SIGN"].as_dict()["precision"] is None


def test_over_redaction_counts_plain_words_only() -> None:
    p = passage("We held the line near [Bakhmut](LOCATION~) with [Grom](CALL_SIGN) all night")
    preds = [at(p, "Bakhmut", "LOCATION"), at(p, "Grom", "CALL_SIGN"), at(p, "night", "PERSON")]
    s = score("x", [p], [preds])
    # plain words: We held the line near with all night = 8; "night" redacted; the ~ span is neither.
    assert (s.plain_tokens, s.redacted_plain_tokens) == (8, 1)
    assert s.gold == 1 and s.recall == 1.0


def test_groups_per_language_and_all() -> None:
    en, ru = passage("[Sergei](PERSON) here", "en", "a"), passage("это [Серёжа](PERSON)", "ru", "b")
    groups = score_groups([en, ru], {"s": [[at(en, "Sergei", "PERSON")], []]})
    assert list(groups) == ["en", "ru", "all"]
    assert groups["en"]["s"].recall == 1.0 and groups["ru"]["s"].recall == 0.0 and groups["all"]["s"].recall == 0.5


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": "a", "text": "ok"}\nnot json\n', "c.jsonl:2: not valid JSON"),
        ('{"id": "a", "text": "[Sergei](NAME) hi"}\n', "c.jsonl:1: unknown entity type 'NAME'"),
        ('{"id": "a"}\n', "c.jsonl:1: a record must be an object with a string 'text'"),
        ("\n\n", "holds no passages"),
    ],
)
def test_bad_corpus_names_file_and_line(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CorpusError) as exc:
        read_corpus(path)
    assert message in str(exc.value) and "Sergei" not in str(exc.value)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["eval", "{tmp}/missing.jsonl"], "does not exist"),
        (["eval", "{bad}"], "bad.jsonl:1: not valid JSON"),
        (["eval", "{good}", "--policy", "no-such-policy"], "unknown policy 'no-such-policy'"),
        (["eval", "{good}", "--format", "xml"], "--format must be table or json"),
    ],
)
def test_cli_usage_errors_exit_2_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "bad.jsonl").write_text("{oops\n", encoding="utf-8")
    (tmp_path / "good.jsonl").write_text('{"text": "[Sergei](PERSON)"}\n', encoding="utf-8")
    argv = [a.format(tmp=tmp_path, bad=tmp_path / "bad.jsonl", good=tmp_path / "good.jsonl") for a in args]
    result = runner.invoke(app, argv)
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0]


def test_cli_json_on_a_tiny_corpus(tmp_path: Path) -> None:
    corpus = tmp_path / "tiny.jsonl"
    rows = [
        {"id": "t1", "lang": "en", "text": "Mom, it's [Sergei Volkov](PERSON), call [+7 916 123-45-67](PHONE_NUMBER)."},
        {"id": "t2", "lang": "en", "text": "My call sign is [Taiga](CALL_SIGN), we're near [Bakhmut](LOCATION~)."},
    ]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = runner.invoke(app, ["eval", str(corpus), "--policy", "strict", "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["policy"] == "strict" and report["model"]
    systems = report["groups"]["en"]
    assert set(systems) == {"redact", "presidio"}
    ours = systems["redact"]
    for key in ("recall", "typed_recall", "lenient_recall", "precision", "leak_rate", "over_redaction", "per_type"):
        assert key in ours
    assert ours["documents"] == 2 and ours["gold"] == 3
    assert set(ours["per_type"]) >= {"PERSON", "PHONE_NUMBER", "CALL_SIGN"}
    assert ours["recall"] == 1.0
    assert "Volkov" not in result.output and "Taiga" not in result.output


def test_table_output_exit_0(tmp_path: Path) -> None:
    corpus = tmp_path / "tiny.jsonl"
    corpus.write_text('{"text": "it\'s [Sergei](PERSON)"}\n', encoding="utf-8")
    result = runner.invoke(app, ["eval", str(corpus), "--policy", "strict", "--no-baseline"])
    assert result.exit_code == 0, result.output
    assert "identifying recall" in result.stdout and "Sergei" not in result.stdout


def test_development_corpus_meets_the_bar(strict_policy, strict_redactor) -> None:
    """Identifying recall >= 0.98 and plain-word over-redaction <= 3% with --policy strict (issue 3)."""
    passages = [p for p in read_corpus(CORPUS) if p.lang == "en"]
    system = Ours(strict_policy.policy, redactor=strict_redactor)
    result = score("redact", passages, [system(p) for p in passages])
    assert result.recall >= RECALL_BAR, f"identifying recall {result.recall:.3f} < {RECALL_BAR}"
    assert result.over_redaction <= OVER_REDACTION_BAR, f"over-redaction {result.over_redaction:.3f}"
