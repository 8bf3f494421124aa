"""``redact run``: redact files and folders into an output folder."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import typer

from redact.cli._app import app, err, handle_errors, is_terminal
from redact.cli._options import LangOption, PolicyOption
from redact.errors import EXIT_FAILED, EXIT_OK


@app.command(short_help="Redact transcripts into an output folder, with an audit log.")
@handle_errors
def run(
    paths: Annotated[
        list[Path], typer.Argument(metavar="PATH", help="Transcript files or folders (searched recursively).")
    ],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Output folder; must not overlap any input (either way round).")
    ],
    policy: PolicyOption = "withhold-identities",
    lang: LangOption = "auto",
    workers: Annotated[int, typer.Option(min=1, max=64, help="Worker processes.")] = 1,
    executor: Annotated[
        Literal["local", "dask"],
        typer.Option(
            case_sensitive=False,
            help="local: --workers processes here; dask: a local Dask cluster of --workers processes.",
        ),
    ] = "local",
    cluster: Annotated[
        str | None, typer.Option(help="Address of a Dask scheduler (tcp://HOST:PORT) to spread the files over.")
    ] = None,
    model: Annotated[str | None, typer.Option(help="English spaCy model: md (default), sm, or a package name.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
    mute_spans: Annotated[
        bool,
        typer.Option(
            "--mute-spans",
            help="For timed formats (SRT, WebVTT, Whisper/turn JSON) also write <output>.mute.json: "
            "the time ranges holding redacted words, to mute or bleep the audio.",
        ),
    ] = False,
    key_file: Annotated[
        Path | None, typer.Option("--key-file", help="Secret key for pseudonyms and numbers (else $REDACT_KEY).")
    ] = None,
    ephemeral_key: Annotated[
        bool, typer.Option("--ephemeral-key", help="Use a random one-off key: pseudonyms will not match later runs.")
    ] = False,
    case: Annotated[
        Path | None, typer.Option("--case", help="Case registry YAML: people always withheld in every variant.")
    ] = None,
    require_approved: Annotated[
        bool, typer.Option("--require-approved", help="Refuse a policy without approved_by and approved_on.")
    ] = False,
    decisions: Annotated[
        Path | None,
        typer.Option("--decisions", help="Reviewer decisions from `redact report`: keep = allow, withhold = deny."),
    ] = None,
    follow_symlinks: Annotated[
        bool,
        typer.Option(
            "--follow-symlinks", help="Redact files that symbolic links in an input folder lead to outside it."
        ),
    ] = False,
) -> None:
    """Redact transcripts into --out, mirroring relative paths, and append to --out/audit.jsonl."""
    from redact.batch import plan, run_batch
    from redact.cli._setup import check_language, prepare, require_model

    check_language(lang)
    setup = prepare(
        policy,
        lang=lang,
        decisions=decisions,
        key_file=key_file,
        ephemeral_key=ephemeral_key,
        case=case,
        require_approved=require_approved,
    )
    loaded = setup.policy
    jobs = plan(paths, out, follow_symlinks=follow_symlinks)
    require_model(loaded, model)

    progress = None
    task = None
    if not quiet and is_terminal():
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        progress = Progress(
            TextColumn("redacting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), transient=True
        )
        progress.start()
        task = progress.add_task("files", total=len(jobs))

    def on_done(_res: object) -> None:
        if progress is not None and task is not None:
            progress.advance(task)

    try:
        result = run_batch(
            jobs,
            loaded,
            out,
            model=model,
            language=lang,
            workers=workers,
            on_done=on_done,
            mute_spans=mute_spans,
            key=setup.key,
            case=setup.case,
            decisions=setup.decisions,
            executor=executor,
            cluster=cluster,
        )
    finally:
        if progress is not None:
            progress.stop()

    for f in result.failures:
        err(f"error: {f.error}")
    if result.audit_error is not None:
        err(f"error: {result.audit_error}")
    if not quiet:
        from redact.cli._summary import print_summary

        print_summary(result, out)
    raise typer.Exit(EXIT_FAILED if result.failures or result.audit_error else EXIT_OK)
