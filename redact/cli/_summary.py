"""The summary table printed at the end of a run (counts only, never text)."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table

from redact.batch import AUDIT_NAME, BatchResult


def print_summary(result: BatchResult, out: Path) -> None:
    """Files, findings per entity type and failures."""
    console = Console(highlight=False)
    done = len(result.results) - len(result.failures)
    table = Table(title="redact run", show_header=True, header_style="bold")
    table.add_column("entity type")
    table.add_column("findings", justify="right")
    for entity, n in result.totals().items():
        table.add_row(entity, str(n))
    table.add_row("[bold]total[/bold]", f"[bold]{sum(result.totals().values())}[/bold]")
    console.print(table)
    console.print(f"files: {done} redacted, {len(result.failures)} failed; audit: {out / AUDIT_NAME}", soft_wrap=True)
