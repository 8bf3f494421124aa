"""Which files the gate checks: files named, files found in folders, or those changed since a git revision."""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from pathlib import Path

from redact.check.findings import Target
from redact.errors import UsageError, no_such_path

__all__ = ["select_files", "changed_files"]


def _display(path: Path, *, resolve: bool = True) -> str:
    """Paths under the working directory are shown relative to it (that is what baselines store)."""
    p = path.resolve() if resolve else path.absolute()
    try:
        return p.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return p.as_posix()


def _inside(child: Path, parent: Path) -> bool:
    try:
        child.relative_to(parent)
    except ValueError:
        return False
    return True


def select_files(
    paths: Sequence[Path], changed_since: str | None = None, *, follow_symlinks: bool = False
) -> list[Target]:
    """Files named, files found in folders (as ``redact run`` walks them), or only those changed since a revision.

    A named file with an unsupported suffix is kept, so that it fails loudly
    rather than being skipped; files found by walking or through git are
    filtered to the formats redact reads. Special files and symlinks out of their folder are kept
    with ``refused`` set: each fails as "not checked" without being opened.
    """
    from redact.documents import supported_suffixes
    from redact.inputs import discover

    if not paths:
        raise UsageError("no input paths given")
    for raw in paths:
        if not raw.exists():
            raise no_such_path(raw)
    found: dict[Path, str | None] = {}
    if changed_since is not None:
        suffixes = set(supported_suffixes())
        roots = [p.resolve() for p in paths]
        for p in changed_files(changed_since):
            if p.suffix.lower() not in suffixes or p.name.endswith(".gold.json"):
                continue
            for r in roots:
                if p == r or (_inside(p, r) and not any(part.startswith(".") for part in p.relative_to(r).parts)):
                    found[p] = None  # hidden files and folders are skipped, as when walking a folder
                    break
    else:
        for item in discover(paths, follow_symlinks=follow_symlinks):
            found[item.path] = item.refused
    # A refused file is named as found (a link by its own name, not its target's).
    return [Target(p, _display(p, resolve=found[p] is None), found[p]) for p in found]


def _git(args: list[str], cwd: Path) -> str:
    try:
        proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except OSError:
        raise UsageError("--changed-since needs git, which is not installed") from None
    if proc.returncode != 0:
        first = (proc.stderr.strip().splitlines() or ["git failed"])[0]
        raise UsageError(f"--changed-since: git {args[0]} failed: {first}")
    return proc.stdout


def _verify_revision(rev: str, root: Path) -> None:
    """Refuse a revision this clone does not have, saying which one and how CI usually fixes it."""
    try:
        proc = subprocess.run(
            ["git", "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"],
            cwd=root,
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError:
        raise UsageError("--changed-since needs git, which is not installed") from None
    if proc.returncode != 0:
        raise UsageError(
            f"--changed-since: unknown revision '{rev}': no such commit, branch or tag in this "
            + ("shallow clone" if _is_shallow(root) else "clone"),
            hint="check the name and fetch it; in GitHub Actions give actions/checkout `fetch-depth: 0`, "
            "elsewhere run `git fetch --unshallow` or `git fetch origin <branch>`",
        )


def _is_shallow(root: Path) -> bool:
    try:
        proc = subprocess.run(
            ["git", "rev-parse", "--is-shallow-repository"], cwd=root, capture_output=True, text=True, check=False
        )
    except OSError:
        return False
    return proc.stdout.strip() == "true"


def changed_files(rev: str, cwd: Path | None = None) -> list[Path]:
    """Existing files that differ from ``rev`` (committed, staged or not) plus untracked ones.

    Untracked files count: they are exactly what is about to be added and published.
    Deleted files do not.
    """
    here = (cwd or Path.cwd()).resolve()
    if rev.startswith("-"):
        raise UsageError(f"--changed-since: '{rev}' is not a revision")
    root = Path(_git(["rev-parse", "--show-toplevel"], here).strip())
    _verify_revision(rev, root)
    diff = _git(["diff", "--name-only", "-z", "--diff-filter=ACMRT", rev, "--"], root)
    untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], root)
    out: dict[Path, None] = {}
    for name in (diff + untracked).split("\0"):
        if name and (root / name).is_file():
            out[(root / name).resolve()] = None
    return list(out)
