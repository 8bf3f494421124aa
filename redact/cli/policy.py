"""``redact policy``: validate, explain, diff and describe policies for the lawyers who approve them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from redact.cli._app import app, err, handle_errors
from redact.errors import EXIT_OK, EXIT_USAGE, PolicyError

policy_app = typer.Typer(
    name="policy",
    help="Validate, explain and compare policies.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    pretty_exceptions_enable=False,
)
app.add_typer(policy_app, name="policy")


@policy_app.command("validate")
@handle_errors
def validate(
    files: Annotated[list[str], typer.Argument(help="Policy files (or shipped policy names) to check.")],
) -> None:
    """Check policy files; print every problem with its location. Exit 0 when all are valid, 2 otherwise."""
    from redact.policy import load_policy

    bad = 0
    for f in files:
        try:
            loaded = load_policy(f)
        except PolicyError as exc:
            bad += 1
            if exc.issues:
                head = str(exc).split(": ", 1)[0]
                err(f"error: {head}")
                for issue in exc.issues:
                    typer.echo(f"{f}: {issue}", err=True)
            else:
                err(f"error: {exc}")
            continue
        approved = "approved" if loaded.policy.metadata.approved else "NOT approved"
        typer.echo(
            f"{f}: ok ({loaded.name} v{loaded.policy.metadata.version}, {approved}, sha256 {loaded.sha256[:12]})"
        )
    raise typer.Exit(EXIT_USAGE if bad else EXIT_OK)


@policy_app.command("explain")
@handle_errors
def explain_cmd(
    policy: Annotated[str, typer.Argument(help="Policy name (e.g. strict) or path to a YAML file.")],
    fmt: Annotated[str, typer.Option("--format", help="md or html.")] = "md",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write to this file instead of stdout.")] = None,
) -> None:
    """Describe a policy in plain language: what is withheld, how, the exceptions, thresholds, approval, hash."""
    from redact.explain import explain, render
    from redact.policy import load_policy

    _emit(render(explain(load_policy(policy)), _fmt(fmt)), out)


@policy_app.command("diff")
@handle_errors
def diff_cmd(
    old: Annotated[str, typer.Argument(help="The policy before the change.")],
    new: Annotated[str, typer.Argument(help="The policy after the change.")],
    fmt: Annotated[str, typer.Option("--format", help="md or html.")] = "md",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write to this file instead of stdout.")] = None,
) -> None:
    """State in plain language what changed between two policies."""
    from redact.explain import diff, render
    from redact.policy import load_policy

    _emit(render(diff(load_policy(old), load_policy(new)), _fmt(fmt)), out)


@policy_app.command("schema")
@handle_errors
def schema() -> None:
    """Print the JSON Schema of policy files (for editors and CI)."""
    from redact.policy import policy_json_schema

    typer.echo(json.dumps(policy_json_schema(), indent=2, ensure_ascii=False, sort_keys=True))


def _fmt(fmt: str) -> str:
    from redact.errors import UsageError
    from redact.explain import FORMATS

    if fmt not in FORMATS:
        raise UsageError(f"--format must be one of {', '.join(FORMATS)}, not '{fmt}'")
    return fmt


def _emit(text: str, out: Path | None) -> None:
    if out is None:
        typer.echo(text, nl=False)
    else:
        from redact.output import atomic_write

        atomic_write(out, text.encode("utf-8"))
