"""``redact eval``: measure recall and over-redaction on a labelled corpus, ours beside vanilla Presidio."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

import typer

from redact.cli._app import app, handle_errors
from redact.cli._options import PolicyOption
from redact.errors import EXIT_OK

if TYPE_CHECKING:
    from redact.evaluate import EvalReport, SystemScore, TypeScore


@app.command("eval", short_help="Score recall and over-redaction on a labelled corpus.")
@handle_errors
def eval_(
    corpus: Annotated[
        list[Path],
        typer.Argument(metavar="CORPUS", help="One or more .jsonl corpora with [surface](TYPE) markup, or folders."),
    ],
    policy: PolicyOption = "strict",
    output_format: Annotated[
        Literal["table", "json", "md"], typer.Option("--format", case_sensitive=False, help="How to print the figures.")
    ] = "table",
    model: Annotated[str | None, typer.Option(help="spaCy model for both systems: md, sm or a package.")] = None,
    baseline: Annotated[bool, typer.Option(help="Also score vanilla Presidio on the same model.")] = True,
    key_file: Annotated[
        Path | None, typer.Option("--key-file", help="Secret key for pseudonyms and numbers (else $REDACT_KEY).")
    ] = None,
    ephemeral_key: Annotated[
        bool, typer.Option("--ephemeral-key", help="Use a random one-off key (pseudonymising policies need a key).")
    ] = False,
) -> None:
    """Score redact against a labelled corpus: recall, precision, F2, leaky documents, over-redaction, readability.

    redact runs as `redact run` does (policy operators, key); readability is measured on the text it writes:
    public mentions kept as written, public places and organisations misnamed as people, doubled determiners
    (English), identifying details withheld. Vanilla Presidio (predefined recognizers, same model, `<TYPE>`
    labels) is scored in the same run. The exit code is 0 whatever the figures (this is a measurement); 2 for a
    bad corpus, policy, key or option.
    """
    from redact.evaluate import evaluate
    from redact.keys import check_run_options
    from redact.policy import load_policy

    loaded = load_policy(policy)
    key, case = check_run_options(loaded, key_file=key_file, ephemeral=ephemeral_key, case=None, require_approved=False)
    report = evaluate(corpus, policy, model=model, baseline=baseline, key=key, case=case)
    if output_format == "json":
        typer.echo(json.dumps(report.as_dict(), indent=2, sort_keys=True))
    elif output_format == "md":
        typer.echo(markdown(report), nl=False)
    else:
        print_report(report)
    raise typer.Exit(EXIT_OK)


def _pct(x: float) -> str:
    return f"{100 * x:.1f}"


def print_report(report: EvalReport) -> None:
    """One summary table and one per-type table per language group (figures only, never text)."""
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False)
    for group, systems in report.groups.items():
        names = list(systems)
        summary = Table(title=f"redact eval ({group}): policy {report.policy}, model {report.model}")
        summary.add_column("figure")
        for name in names:
            summary.add_column(name, justify="right")
        for label, attr in _SUMMARY_ROWS:
            summary.add_row(label, *(_pct(getattr(systems[n], attr)) for n in names))
        summary.add_row("documents / identifying spans", *(f"{s.documents} / {s.gold}" for s in systems.values()))
        summary.add_row("plain words", *(str(s.plain_tokens) for s in systems.values()))
        summary.add_row(_RESTATED, *(str(s.articles_restated) for s in systems.values()))
        for label, cell in _readability_rows(group, systems):
            summary.add_row(label, *cell)
        console.print(summary)
        console.print(_type_table(group, systems))


_SUMMARY_ROWS = (
    ("identifying recall % (any type)", "recall"),
    ("typed recall %", "typed_recall"),
    ("lenient recall % (any character)", "lenient_recall"),
    ("precision %", "precision"),
    ("documents with a leak %", "leak_rate"),
    ("plain words redacted %", "over_redaction"),
)
# Articles a replacement took in and wrote anew ("the 35th brigade" → "a brigade"): not counted as plain words redacted.
_RESTATED = "articles restated by a replacement"


def _readability_rows(group: str, systems: dict[str, SystemScore]) -> list[tuple[str, list[str]]]:
    """Readability figures (rows of cells, one per system), or none when no system was run for them."""
    cols = [s.readability for s in systems.values()]
    if all(r is None for r in cols):
        return []
    rows: list[tuple[str, list[str]]] = [
        ("non-identifying kept as written %", [_pct(r.kept_share) if r else "-" for r in cols]),
        ("places/organisations misnamed", [str(r.misnamed) if r else "-" for r in cols]),
    ]
    if any(r is not None and r.english for r in cols):
        rows.append(("doubled determiners made (en)", [str(r.doubled) if r and r.english else "-" for r in cols]))
    rows.append(("identifying withheld in the output %", [_pct(r.withheld_share) if r else "-" for r in cols]))
    rows.append(("non-identifying spans", [str(r.public) if r else "-" for r in cols]))
    return rows


def markdown(report: EvalReport) -> str:
    """The summary figures as Markdown tables, one per language group (figures only, never text)."""
    lines = [f"# redact eval: policy {report.policy}, model {report.model}", "", f"Corpus: {report.corpus}", ""]
    for group, systems in report.groups.items():
        names = list(systems)
        lines += [f"## {group}", "", "| figure | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]
        rows = [(label, [_pct(getattr(systems[n], attr)) for n in names]) for label, attr in _SUMMARY_ROWS]
        rows.append(("documents / identifying spans", [f"{s.documents} / {s.gold}" for s in systems.values()]))
        rows.append((_RESTATED, [str(s.articles_restated) for s in systems.values()]))
        rows += _readability_rows(group, systems)
        lines += [f"| {label} | " + " | ".join(cells) + " |" for label, cells in rows]
        lines.append("")
    return "\n".join(lines)


def _type_table(group: str, systems: dict[str, SystemScore]) -> Any:
    from rich.table import Table

    names = list(systems)
    table = Table(title=f"per entity type ({group}): recall any type / typed recall / precision / F2, in %")
    table.add_column("entity")
    table.add_column("gold", justify="right")
    for name in names:
        table.add_column(name, justify="right")
    by_type: dict[str, dict[str, TypeScore]] = {}
    for name, sc in systems.items():
        for t in sc.per_type:
            by_type.setdefault(t.entity_type, {})[name] = t
    for entity, scores in by_type.items():
        cells = [_type_cell(scores.get(name)) for name in names]
        table.add_row(entity, str(max(t.gold for t in scores.values())), *cells)
    return table


def _type_cell(t: TypeScore | None) -> str:
    if t is None:
        return "-"
    precision = _pct(t.precision) if t.predicted else "-"
    recall = f"{_pct(t.recall)}/{_pct(t.typed_recall)}" if t.gold else "-/-"
    f2 = _pct(t.f2) if t.gold and t.predicted else "-"
    return f"{recall}/{precision}/{f2}"
