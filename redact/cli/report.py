"""``redact report``: one self-contained review file for editors and lawyers."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import typer

from redact.cli._app import app, err, handle_errors
from redact.cli._options import LangOption, PolicyOption
from redact.errors import EXIT_FAILED, EXIT_OK


@app.command(short_help="A review report: every finding explained, original beside redacted.")
@handle_errors
def report(
    paths: Annotated[
        list[Path], typer.Argument(metavar="PATH", help="Transcript files or folders (searched recursively).")
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Report file to write (owner-only permissions).")],
    policy: PolicyOption = "withhold-identities",
    fmt: Annotated[
        Literal["html", "md"],
        typer.Option("--format", case_sensitive=False, help="html (interactive, one file) or md (for paper review)."),
    ] = "html",
    lang: LangOption = "auto",
    model: Annotated[str | None, typer.Option(help="English spaCy model: md (default), sm, or a package name.")] = None,
    decisions: Annotated[
        Path | None, typer.Option("--decisions", help="A reviewer's decisions file to apply before reporting.")
    ] = None,
    key_file: Annotated[
        Path | None, typer.Option("--key-file", help="Secret key for pseudonyms and numbers (else $REDACT_KEY).")
    ] = None,
    ephemeral_key: Annotated[
        bool, typer.Option("--ephemeral-key", help="Use a random one-off key: pseudonyms will not match the run's.")
    ] = False,
    case: Annotated[
        Path | None, typer.Option("--case", help="Case registry YAML: people always withheld in every variant.")
    ] = None,
) -> None:
    """Write a review report: every finding explained, original beside redacted, residual risk listed.

    The report holds the original text, so it is written with owner-only
    permissions (0600) and says so in a banner. Exit 3 if a file failed.
    """
    from redact.anonymize import RunContext
    from redact.cli._setup import prepare, require_model
    from redact.output import atomic_write
    from redact.report import build_report, render_html, render_md

    # The same key and case registry `redact run` would use, so replacements match the run's.
    setup = prepare(policy, lang=lang, decisions=decisions, key_file=key_file, ephemeral_key=ephemeral_key, case=case)
    loaded = setup.policy
    ctx = RunContext(setup.key, setup.case)
    reviewed = setup.decisions
    require_model(loaded, model)
    data = build_report(paths, loaded, model=model, language=lang, decisions=reviewed, ctx=ctx)
    text = render_html(data) if fmt == "html" else render_md(data)
    atomic_write(out, text.encode("utf-8"), mode=0o600)
    for failure in data.failures:
        err(f"error: {failure}")
    typer.echo(
        f"report: {len(data.documents)} document(s), {sum(data.totals.values())} finding(s), "
        f"{sum(data.residual_totals.values())} residual risk(s) -> {out} (SENSITIVE: holds the original text)",
        err=True,
    )
    raise typer.Exit(EXIT_FAILED if data.failures else EXIT_OK)
