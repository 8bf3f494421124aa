"""``redact eval``: measure recall and over-redaction on a labelled corpus, ours beside vanilla Presidio."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from redact.cli._app import app, handle_errors
from redact.errors import EXIT_OK, UsageError

if TYPE_CHECKING:
    from redact.evaluate import EvalReport, SystemScore, TypeScore


@app.command("eval")
@handle_errors
def eval_(
    corpus: Annotated[Path, typer.Argument(help="A .jsonl corpus with [surface](TYPE) markup, or a folder.")],
    policy: Annotated[str, typer.Option(help="Policy name (e.g. strict) or path to a YAML file.")] = "strict",
    output_format: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
    model: Annotated[str | None, typer.Option(help="spaCy model for both systems: md, sm or a package.")] = None,
    baseline: Annotated[bool, typer.Option(help="Also score vanilla Presidio on the same model.")] = True,
) -> None:
    """Score redact against a labelled corpus: recall, precision, F2, leaky documents, over-redaction.

    Vanilla Presidio (predefined recognizers, same model) is scored in the same run. The exit code is 0
    whatever the figures (this is a measurement); 2 for a bad corpus, policy or option.
    """
    from redact.evaluate import evaluate

    if output_format not in {"table", "json"}:
        raise UsageError(f"--format must be table or json, not '{output_format}'")
    report = evaluate(corpus, policy, model=model, baseline=baseline)
    if output_format == "json":
        typer.echo(json.dumps(report.as_dict(), indent=2, sort_keys=True))
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
