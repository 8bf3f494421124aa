"""``redact check``: the pre-publication gate (exit 0 clean, 1 found, 2 usage/policy, 3 file not checked)."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from redact.cli._app import app, err, handle_errors
from redact.cli._options import LangOption, PolicyOption

if TYPE_CHECKING:
    from redact.check import Outcome


class Format(StrEnum):
    """Report formats."""

    text = "text"
    json = "json"
    sarif = "sarif"
    github = "github"


def _print_text(o: Outcome) -> None:
    """Findings one per line (colour only on a terminal), then a summary line."""
    from redact.check.formats import message

    lines: list[tuple[str, str]] = []
    for f in o.findings:
        lines.append((f"{f.file}:{f.line}:{f.column}: ", f"{message(f)}  fp={f.fingerprint}"))
    summary = (
        f"redact check: {len(o.findings)} finding(s) in {len({f.file for f in o.findings})} of {len(o.reports)} file(s)"
        f", {len(o.suppressed)} suppressed, {len(o.errors)} file(s) not checked; policy {o.policy_name}"
    )
    notes = [
        f"baseline: suppression {s.fingerprint} ({s.entity_type}{', ' + s.file if s.file else ''}) "
        f"expired on {s.expires.isoformat() if s.expires else '?'}"
        for s in o.expired
    ]
    notes += [
        f"baseline: suppression {s.fingerprint} ({s.entity_type}) matches but is not approved yet"
        for s in o.pending_matched
    ]
    if o.baseline is not None and o.baseline_added:
        notes.append(
            f"baseline: {o.baseline_added} pending entr{'y' if o.baseline_added == 1 else 'ies'} added to {o.baseline}"
        )
    if sys.stdout.isatty():
        from rich.console import Console
        from rich.text import Text

        # soft_wrap: a finding stays on one line whatever the terminal width (the terminal may fold it, but
        # `file:line:col` is never split by an inserted newline, so editors and grep still jump to it).
        console = Console(highlight=False, soft_wrap=True)
        for where, what in lines:
            console.print(Text(where, style="bold") + Text(what, style="red"))
        for n in notes:
            console.print(Text(n, style="yellow"))
        console.print(Text(summary, style="bold red" if o.exit_code else "bold green"))
    else:
        for where, what in lines:
            typer.echo(where + what)
        for n in notes:
            typer.echo(n)
        typer.echo(summary)


def _write_step_summary(o: Outcome) -> bool:
    """Append the full list to ``$GITHUB_STEP_SUMMARY`` when GitHub set it; whether it was written."""
    import os

    from redact.check.formats import to_step_summary

    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return False
    try:
        with open(target, "a", encoding="utf-8") as fh:  # appended: other steps' summaries share the file
            fh.write(to_step_summary(o))
    except OSError as exc:
        err(f"warning: cannot write the job summary to $GITHUB_STEP_SUMMARY ({exc.strerror or type(exc).__name__})")
        return False
    return True


@app.command(short_help="Fail when files about to be published still identify someone.")
@handle_errors
def check(
    paths: Annotated[
        list[Path], typer.Argument(metavar="PATH", help="Files or folders to check (folders are searched recursively).")
    ],
    policy: PolicyOption = "withhold-identities",
    format: Annotated[
        Format,
        typer.Option("--format", "-f", case_sensitive=False, help="text: one finding per line; github: annotations."),
    ] = Format.text,
    baseline: Annotated[Path | None, typer.Option(help="YAML file of approved suppressions (needs a key).")] = None,
    update_baseline: Annotated[
        bool, typer.Option("--update-baseline", help="Append pending entries for current findings to --baseline.")
    ] = False,
    changed_since: Annotated[
        str | None, typer.Option(help="Only files changed since this git revision (plus untracked files), under PATHS.")
    ] = None,
    key_file: Annotated[
        Path | None, typer.Option(help="Key for fingerprints (default: $REDACT_KEY; else a random one for this run).")
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            min=1,
            max=64,
            help="Worker processes (default: one per core, at most one per file; one below 512 KiB of input).",
        ),
    ] = None,
    lang: LangOption = "auto",
    model: Annotated[str | None, typer.Option(help="English spaCy model: md (default), sm, or a package name.")] = None,
    sarif_output: Annotated[
        Path | None, typer.Option(help="Also write a SARIF 2.1.0 report to this file (for code scanning).")
    ] = None,
    case: Annotated[
        Path | None,
        typer.Option(
            "--case", help="Case registry YAML: people always withheld (default: the policy's case_registry)."
        ),
    ] = None,
    decisions: Annotated[
        Path | None,
        typer.Option(
            "--decisions", help="Reviewer decisions exported from `redact report`: keep = allow, withhold = deny."
        ),
    ] = None,
    follow_symlinks: Annotated[
        bool,
        typer.Option("--follow-symlinks", help="Check files that symbolic links in a folder lead to outside it."),
    ] = False,
    allow_empty: Annotated[
        bool,
        typer.Option(
            "--allow-empty", help="Pass (exit 0) when PATHS hold no file to check, instead of failing with exit 2."
        ),
    ] = False,
) -> None:
    """Fail when files about to be published still contain what the policy withholds.

    Exit 0: nothing found; 1: something found; 2: usage, policy or key error, or nothing to check
    (without --allow-empty; with --changed-since no changed file is a pass); 3: a file could not be
    read or parsed (it is never skipped; other files are still checked). Output never contains the found
    text: a masked snippet, type, place, recognizer, score and a keyed fingerprint.
    """
    from redact.check import run_check, select_files
    from redact.cli._setup import prepare, require_model

    setup = prepare(
        policy,
        lang=lang,
        decisions=decisions,
        key_file=key_file,
        case=case,
        gate=True,
        key_required=baseline is not None or update_baseline,
    )
    loaded = setup.policy
    key = setup.fingerprint_key
    if key is None:  # pragma: no cover - prepare(gate=True) always reads one
        raise RuntimeError("no fingerprint key")
    reviewed = setup.decisions
    case = setup.case_file
    targets = select_files(paths, changed_since, follow_symlinks=follow_symlinks)
    if not targets and changed_since is None and not allow_empty:
        # A gate that checked nothing must not pass: a typo'd folder, or one of unsupported or hidden files.
        from redact.errors import UsageError

        raise UsageError(
            "nothing was checked: no supported transcript under the given paths",
            hint="pass --allow-empty if an empty selection should pass",
        )
    if targets:
        require_model(loaded, model)
    outcome = run_check(
        targets,
        loaded,
        key,
        baseline=baseline,
        update_baseline=update_baseline,
        model=model,
        language=lang,
        workers=workers,
        decisions=reviewed,
        case=case,
    )
    if sarif_output is not None:
        from redact.check.formats import to_sarif
        from redact.output import atomic_write

        atomic_write(sarif_output, to_sarif(outcome).encode("utf-8"))
    if format is Format.text:
        _print_text(outcome)
    elif format is Format.github:
        from redact.check.formats import to_github

        sys.stdout.write(to_github(outcome, step_summary=_write_step_summary(outcome)))
        sys.stdout.flush()
    else:
        from redact.check.formats import to_json, to_sarif

        sys.stdout.write({Format.json: to_json, Format.sarif: to_sarif}[format](outcome))
        sys.stdout.flush()
    for line in outcome.errors:
        err(f"error: {line}")
    raise typer.Exit(outcome.exit_code)
