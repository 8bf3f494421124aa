"""``redact policy``: validate, explain, diff and describe policies for the lawyers who approve them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Literal

import typer

from redact.cli._app import CONTEXT, app, err, handle_errors
from redact.cli._options import complete_policy
from redact.errors import EXIT_OK, EXIT_USAGE, PolicyError

policy_app = typer.Typer(
    name="policy",
    help="Validate, explain and compare policies.",
    no_args_is_help=True,
    rich_markup_mode=None,
    context_settings=CONTEXT,
    pretty_exceptions_show_locals=False,
    pretty_exceptions_enable=False,
)
app.add_typer(policy_app, name="policy")

FormatOption = Annotated[
    Literal["md", "html"],
    typer.Option("--format", case_sensitive=False, help="md (Markdown) or html (one self-contained page)."),
]


@policy_app.command("validate")
@handle_errors
def validate(
    files: Annotated[
        list[str],
        typer.Argument(
            metavar="NAME|FILE", help="Policy files (or shipped policy names) to check.", autocompletion=complete_policy
        ),
    ],
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


@policy_app.command("explain", short_help="Describe a policy in plain language.")
@handle_errors
def explain_cmd(
    policy: Annotated[
        str,
        typer.Argument(
            metavar="NAME|FILE", help="A shipped policy (e.g. strict) or a YAML file.", autocompletion=complete_policy
        ),
    ],
    fmt: FormatOption = "md",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write to this file instead of stdout.")] = None,
) -> None:
    """Describe a policy in plain language: what is withheld, how, the exceptions, thresholds, approval, hash."""
    from redact.explain import explain, render
    from redact.policy import load_policy

    _emit(render(explain(load_policy(policy)), fmt), out)


@policy_app.command("diff")
@handle_errors
def diff_cmd(
    old: Annotated[
        str, typer.Argument(metavar="OLD", help="The policy before the change.", autocompletion=complete_policy)
    ],
    new: Annotated[
        str, typer.Argument(metavar="NEW", help="The policy after the change.", autocompletion=complete_policy)
    ],
    fmt: FormatOption = "md",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write to this file instead of stdout.")] = None,
) -> None:
    """State in plain language what changed between two policies."""
    from redact.explain import diff, render
    from redact.policy import load_policy

    _emit(render(diff(load_policy(old), load_policy(new)), fmt), out)


@policy_app.command("schema")
@handle_errors
def schema() -> None:
    """Print the JSON Schema of policy files (for editors and CI)."""
    from redact.policy import policy_json_schema

    typer.echo(json.dumps(policy_json_schema(), indent=2, ensure_ascii=False, sort_keys=True))


def _emit(text: str, out: Path | None) -> None:
    if out is None:
        typer.echo(text, nl=False)
    else:
        from redact.output import atomic_write

        atomic_write(out, text.encode("utf-8"))
