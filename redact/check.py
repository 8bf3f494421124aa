"""The pre-publication gate: find what a policy withholds in files about to be published.

Plain functions, no output: :func:`select_files` turns paths (and optionally a git
revision) into files, :func:`check_files` analyses each with the same engines,
thresholds, allow list and span resolution as ``redact run`` (analysis only,
nothing is anonymised), and returns :class:`FileReport` objects whose findings
carry a masked snippet and a keyed fingerprint, never the found text.

What redact itself wrote is not a finding:

* **labels and numbered markers** (``<PERSON>``, ``[PERSON 3]``, ``<MILITARY UNIT>``):
  the marker vocabulary is built from the entity types and the policy's own
  label texts, and a finding is cut down to what lies outside markers;
* **pseudonyms and every other replacement**: ``redact run`` records in its
  ``audit.jsonl`` where each replacement landed in the output (``out_start``,
  ``out_end``) and an unkeyed digest of the replacement text (which is public
  in the output anyway). A finding is skipped only where the text still has
  the digest of what redact wrote: at a recorded place, or (when the file was
  edited or a writer moved text) inside any stretch of text whose digest equals
  one of the replacements redact emitted for that file. A real name inserted
  anywhere is still a finding.

Both kinds are **masked before analysis** (:func:`mask_own`): each letter and
digit of a marker or replacement becomes :data:`FILLER`, so offsets hold but
redact's own words neither are found nor lend context to their neighbours.
Without the mask, a pseudonym turns the word next to it into a name ("Tell"
before a surname-shaped "Sabina", "Як" before "Макар", "Grandma" before a
pseudonym spaCy takes whole) and name propagation spreads marker words
("MILITARY_UNIT" read as a PERSON makes every "Military" one). Labels are
still subtracted from findings afterwards, so whatever runs past them is
reported.
"""

from __future__ import annotations

import functools
import json
import os
import subprocess
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import regex

from redact.entities import ENTITIES
from redact.errors import DocumentError, RedactError, UsageError
from redact.fingerprint import FingerprintKey, fingerprint, mask, text_digest
from redact.policy import LoadedPolicy, Policy
from redact.resolve import Span

__all__ = [
    "CheckFinding",
    "FileReport",
    "Target",
    "select_files",
    "changed_files",
    "check_files",
    "marker_pattern",
    "default_workers",
    "PARALLEL_MIN_BYTES",
    "AUDIT_NAME",
    "Outcome",
    "run_check",
    "all_findings",
    "find_manifest",
    "Checker",
]

AUDIT_NAME = "audit.jsonl"  # the name redact run gives its audit trail (redact.batch.AUDIT_NAME)


@dataclass(frozen=True)
class CheckFinding:
    """One withheld entity found in a file, described without its text."""

    file: str
    line: int
    column: int
    end_line: int
    end_column: int
    entity_type: str
    recognizer: str
    score: float
    snippet: str
    fingerprint: str
    locator: str = ""

    def as_dict(self) -> dict[str, Any]:
        """The JSON form (see the README, "Pre-publication gate")."""
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "entity_type": self.entity_type,
            "recognizer": self.recognizer,
            "score": self.score,
            "snippet": self.snippet,
            "fingerprint": self.fingerprint,
            "locator": self.locator,
        }


@dataclass(frozen=True)
class FileReport:
    """The outcome for one file: its findings, or the one-line reason it could not be checked."""

    file: str
    findings: tuple[CheckFinding, ...] = ()
    error: str | None = None
    own_replacements_skipped: int = 0
    # The pipeline's spans (offsets and types, no text) before redact's own text is subtracted.
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Target:
    """A file to check and how reports name it."""

    path: Path
    display: str


# --- choosing files ------------------------------------------------------------------------


def _display(path: Path) -> str:
    """Paths under the working directory are shown relative to it (that is what baselines store)."""
    p = path.resolve()
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


def select_files(paths: Sequence[Path], changed_since: str | None = None) -> list[Target]:
    """Files named, files found in folders (as ``redact run`` walks them), or only those changed since a revision.

    A named file with an unsupported suffix is kept, so that it fails loudly
    rather than being skipped; files found by walking or through git are
    filtered to the formats redact reads.
    """
    from redact.documents import supported_suffixes
    from redact.inputs import walk

    if not paths:
        raise UsageError("no input paths given")
    for raw in paths:
        if not raw.exists():
            raise UsageError(f"{raw}: no such file or folder")
    found: dict[Path, None] = {}
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
        for raw in paths:
            src = raw.resolve()
            if src.is_dir():
                for p in walk(src):
                    found[p] = None
            else:
                found[src] = None
    return [Target(p, _display(p)) for p in found]


def _git(args: list[str], cwd: Path) -> str:
    try:
        proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except OSError:
        raise UsageError("--changed-since needs git, which is not installed") from None
    if proc.returncode != 0:
        first = (proc.stderr.strip().splitlines() or ["git failed"])[0]
        raise UsageError(f"--changed-since: git {args[0]} failed: {first}")
    return proc.stdout


def changed_files(rev: str, cwd: Path | None = None) -> list[Path]:
    """Existing files that differ from ``rev`` (committed, staged or not) plus untracked ones.

    Untracked files count: they are exactly what is about to be added and published.
    Deleted files do not.
    """
    here = (cwd or Path.cwd()).resolve()
    if rev.startswith("-"):
        raise UsageError(f"--changed-since: '{rev}' is not a revision")
    root = Path(_git(["rev-parse", "--show-toplevel"], here).strip())
    _git(["rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"], root)
    diff = _git(["diff", "--name-only", "-z", "--diff-filter=ACMRT", rev, "--"], root)
    untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], root)
    out: dict[Path, None] = {}
    for name in (diff + untracked).split("\0"):
        if name and (root / name).is_file():
            out[(root / name).resolve()] = None
    return list(out)


# Below this much input, starting worker processes (each importing Presidio and loading the
# models again) costs more than checking everything in this process.
PARALLEL_MIN_BYTES = 512 * 1024


def default_workers(n_files: int, total_bytes: int | None = None) -> int:
    """One worker per core, never more than files; one for small inputs."""
    if total_bytes is not None and total_bytes < PARALLEL_MIN_BYTES:
        return 1
    return max(1, min(os.cpu_count() or 1, n_files))


def _total_bytes(targets: Sequence[Target]) -> int:
    total = 0
    for t in targets:
        try:
            total += t.path.stat().st_size
        except OSError:
            continue  # reported when the file is checked
    return total


# --- what redact itself wrote ----------------------------------------------------------------


def marker_pattern(policy: Policy) -> regex.Pattern[str]:
    """Labels and numbered markers redact can emit under ``policy``: ``<PERSON>``, ``[PERSON 3]``, ``<PLACE>``.

    Only entity-type names and the policy's own label texts count, in capitals,
    inside <> or []: ``<Ivan>`` is not a marker.
    """
    words: set[str] = set()
    for ent in ENTITIES:
        words.update({ent, ent.replace("_", " ")})
    rules = [*policy.entities.values(), policy.unnamed_operator]
    for rule in rules:
        text = rule.params.get("text") if isinstance(rule.params, dict) else None
        if isinstance(text, str):
            m = regex.fullmatch(r"\s*[<\[]\s*(.+?)\s*(?:[#№-]?\s*\d+)?\s*[>\]]\s*", text)
            if m and not regex.search(r"\p{Ll}", m.group(1)):
                words.add(m.group(1))
    alts = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return regex.compile(rf"[<\[]\s*(?:{alts})(?:\s*[#№-]?\s*\d+)?\s*[>\]]")


def _subtract(start: int, end: int, holes: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Parts of [start, end) outside every hole."""
    parts = [(start, end)]
    for h_start, h_end in holes:
        if h_end <= start or h_start >= end:
            continue
        nxt = []
        for a, b in parts:
            if h_end <= a or h_start >= b:
                nxt.append((a, b))
                continue
            if a < h_start:
                nxt.append((a, h_start))
            if h_end < b:
                nxt.append((h_end, b))
        parts = nxt
    return parts


_EDGE = regex.compile(r"^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$")


def _trim(text: str, a: int, b: int) -> tuple[int, int] | None:
    """Shrink [a, b) to start and end on a letter or digit; None when none is left."""
    piece = text[a:b]
    lead = _EDGE.match(piece)
    a2 = a + (lead.end() if lead else 0)
    trail = _EDGE.search(text[a2:b])
    b2 = a2 + (trail.start() if trail else b - a2)
    return (a2, b2) if b2 > a2 else None


# Token edges, for finding replacements whose recorded offsets no longer hold: a replacement starts at a
# word start or a symbol and ends at a word end or a symbol.
_TOKEN_START = regex.compile(r"(?<![\p{L}\p{N}])[\p{L}\p{N}]|[^\s\p{L}\p{N}]")
_TOKEN_END = regex.compile(r"[\p{L}\p{N}](?![\p{L}\p{N}])|[^\s\p{L}\p{N}]")

FILLER = "*"
"""What :func:`mask_own` writes over redact's own text: not a letter, digit or space, so recognizers find
nothing in it and a name pattern's ``\\s+`` cannot join the words on either side across it. spaCy reads a
run of it as a symbol, as it reads redact's own ``mask`` output; "_" and "-" runs, tried on the samples,
made spaCy tag the next capitalised word ("Lord") a PERSON."""


def mask_own(text: str, places: Iterable[tuple[int, int]]) -> str:
    """``text`` with every letter and digit inside ``places`` replaced by :data:`FILLER` (same length;
    whitespace and punctuation stay, so lines, sentences and offsets are unchanged)."""
    chars = list(text)
    for a, b in places:
        for i in range(max(0, a), min(b, len(chars))):
            if chars[i].isalnum():
                chars[i] = FILLER
    return "".join(chars)


SEARCH_RADIUS = 20_000
"""How far (in characters, either way) a replacement whose recorded offset no longer holds is looked for."""


def _nearest(
    text: str, at: int, length: int, digest: str, starts: list[int], ends: set[int], claimed: set[int]
) -> int | None:
    """The token-edge start nearest to ``at`` of an unclaimed stretch of ``length`` with ``digest``."""
    import bisect

    right = bisect.bisect_left(starts, at)
    left = right - 1
    while True:
        r = starts[right] if right < len(starts) and starts[right] - at <= SEARCH_RADIUS else None
        lo = starts[left] if left >= 0 and at - starts[left] <= SEARCH_RADIUS else None
        if r is not None and (lo is None or r - at <= at - lo):
            p, right = r, right + 1
        elif lo is not None:
            p, left = lo, left - 1
        else:
            return None  # nothing left within the radius
        if p not in claimed and p + length in ends and text_digest(text[p : p + length]) == digest:
            return p


@dataclass
class _Manifest:
    """What ``redact run`` recorded about one output file."""

    entries: list[tuple[int, int, str]] = field(default_factory=list)  # out_start, out_end, out_digest
    marks: set[tuple[int, str]] = field(default_factory=set)  # (length, digest) of each emitted replacement

    def places(self, text: str) -> list[tuple[int, int]]:
        """Where ``text`` still holds what redact wrote, one place per recorded replacement.

        A recorded place counts when its text still has the recorded digest. When it does not (the
        file was edited, or a format's writer moved text: Markdown escapes ``<``, JSON re-splits
        segments), the replacement is looked for by digest at the token edges nearest to where it
        should be, after the shift of the replacement before it, within :data:`SEARCH_RADIUS`. One
        place per replacement: a copy of a pseudonym pasted elsewhere is not masked, so a real name
        written next to it is analysed with its context.
        """
        found: list[tuple[int, int]] = []
        claimed: set[int] = set()
        starts: list[int] | None = None
        ends: set[int] = set()
        delta = 0  # how far the previous replacement moved
        for a, b, digest in sorted(self.entries):
            length = b - a
            for p in (a + delta, a):
                if (
                    p not in claimed
                    and 0 <= p
                    and p + length <= len(text)
                    and text_digest(text[p : p + length]) == digest
                ):
                    break
            else:
                if starts is None:
                    starts = [m.start() for m in _TOKEN_START.finditer(text)]
                    ends = {m.end() for m in _TOKEN_END.finditer(text)}
                hit = _nearest(text, a + delta, length, digest, starts, ends, claimed)
                if hit is None:
                    continue
                p = hit
            found.append((p, p + length))
            claimed.add(p)
            delta = p - a
        return found

    def emitted_around(self, text: str, a: int, b: int) -> bool:
        """Whether [a, b) lies inside some stretch of ``text`` that is one of the replacements redact emitted.

        For when recorded offsets no longer hold (the file was edited, or a format's
        writer moved text): every window of a recorded length covering [a, b) is
        compared by digest.
        """
        for length, digest in self.marks:
            if length < b - a:
                continue
            for p in range(max(0, b - length), min(a, len(text) - length) + 1):
                if text_digest(text[p : p + length]) == digest:
                    return True
        return False


@functools.lru_cache(maxsize=64)
def _audit_records(audit: Path, mtime_ns: int) -> dict[str, dict[str, Any]]:
    """Output name → audit record of an audit.jsonl (cached per file version)."""
    out: dict[str, dict[str, Any]] = {}
    try:
        lines = audit.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return out
    for line in lines:
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(rec, dict) and rec.get("status") == "ok" and isinstance(rec.get("output"), str):
            out[rec["output"]] = rec
    return out


def find_manifest(path: Path) -> _Manifest | None:
    """The record ``redact run`` wrote for ``path``, from an audit.jsonl in its folder or any parent."""
    p = path.resolve()
    for folder in p.parents:
        audit = folder / AUDIT_NAME
        if not audit.is_file():
            continue
        rec = _audit_records(audit, audit.stat().st_mtime_ns).get(p.relative_to(folder).as_posix())
        if rec is None:
            continue
        man = _Manifest()
        for f in rec.get("findings", []):
            if not isinstance(f, dict):
                continue
            start, end, digest = f.get("out_start"), f.get("out_end"), f.get("out_digest")
            if isinstance(start, int) and isinstance(end, int) and isinstance(digest, str) and end > start:
                man.entries.append((start, end, digest))
                man.marks.add((end - start, digest))
        return man
    return None


# --- positions ----------------------------------------------------------------------------------


class _Positions:
    """Map offsets in a document's flattened text to 1-based line and column in the source file."""

    def __init__(self, doc: Any, raw: str | None) -> None:
        self.doc = doc
        self.raw = raw
        self.pieces: list[tuple[int, int, int | None, str]] = []
        cursor = 0
        for seg in doc.segments:
            at: int | None = None
            if raw is not None:
                piece = doc.text[seg.start : seg.end]
                found = raw.find(piece, cursor) if piece else -1
                if found >= 0:
                    at = found
                    cursor = found + len(piece)
            self.pieces.append((seg.start, seg.end, at, seg.locator))
        self.line_starts: list[int] = [0]
        if raw is not None:
            self.line_starts += [i + 1 for i, c in enumerate(raw) if c == "\n"]

    def _raw_offset(self, pos: int) -> tuple[int | None, str]:
        for start, end, at, locator in self.pieces:
            if start <= pos <= end:
                return (at + pos - start if at is not None else None), locator
        return None, ""

    def line_col(self, pos: int) -> tuple[int, int, str]:
        """(line, column, locator) of ``pos``; (1, 1, locator) when the source has no lines to point at."""
        import bisect

        off, locator = self._raw_offset(pos)
        if off is None:
            return 1, 1, locator
        i = bisect.bisect_right(self.line_starts, off) - 1
        return i + 1, off - self.line_starts[i] + 1, locator


# --- checking ---------------------------------------------------------------------------------


_ENGINES: dict[tuple[str, str | None], Any] = {}


class Checker:
    """Engines for one policy, built once per worker; checks one file at a time."""

    def __init__(
        self,
        policy: LoadedPolicy,
        key: FingerprintKey,
        *,
        model: str | None = None,
        language: str = "auto",
        decisions: Any = None,
        case: Path | None = None,
        engines: Any = None,
    ):
        """``engines`` (a :class:`redact.engine.Engines` built for this policy, e.g. a Redactor's) saves
        loading the models again; by default one set per policy and model is built and kept per process."""
        from redact.engine import Engines
        from redact.pipeline import Redactor

        self.loaded = policy
        self.policy = policy.policy
        self.key = key
        self.language = language
        self.decisions = decisions  # reviewer decisions (redact.decisions): keep = allow, withhold = deny
        # The case registry: people always withheld, found even where no recognizer fires (as in `redact run`).
        self.case: Any = None
        if case is not None:
            from redact.casefile import load_case

            self.case = load_case(case)
        # One set of engines per policy and model in a process: models load once even when a
        # library caller (or the test suite) checks many times.
        cache_key = (policy.sha256, model)
        if engines is None and cache_key not in _ENGINES:
            _ENGINES[cache_key] = Engines(self.policy, model)
        self.engines = engines if engines is not None else _ENGINES[cache_key]
        # Findings are made by the same pipeline as `redact run` makes them (redact.pipeline.find).
        self.redactor = Redactor(self.policy, model=model, language=language, decisions=decisions, engines=self.engines)
        self.markers = marker_pattern(self.policy)
        self.withheld = frozenset(self.policy.withheld_entities())

    def check(self, target: Target) -> FileReport:
        """Check one file; any failure becomes a one-line error that names no text."""
        try:
            return self._check(target)
        except DocumentError as exc:
            msg = f"{exc.located(target.display)}: {exc.reason}" + (f" ({exc.hint})" if exc.hint else "")
        except RedactError as exc:
            msg = f"{target.display}: {exc}"
        except OSError as exc:
            msg = f"{target.display}: cannot read ({exc.strerror or type(exc).__name__})"
        except Exception as exc:  # noqa: BLE001 - fail closed, and never echo text-bearing messages
            msg = f"{target.display}: internal error ({type(exc).__name__}); file not checked"
        return FileReport(target.display, error=msg)

    def _check(self, target: Target) -> FileReport:
        from redact.documents import read

        data = target.path.read_bytes()
        doc = read(target.path)
        text = doc.text

        # What redact wrote: labels it could emit, and replacements whose text is still what it wrote.
        markers = [m.span() for m in self.markers.finditer(text)]
        manifest = find_manifest(target.path)
        own = manifest.places(text) if manifest is not None else []
        holes = sorted(markers + own)
        # Analysed with redact's own text masked, so that it is neither found nor context for its neighbours.
        masked = mask_own(text, holes)
        found = self.redactor.find(doc, self.case, masked=masked)
        # A ``keep`` rule finds but replaces nothing: what it keeps is not a leak.
        spans = [s for s in found.spans if s.entity_type in self.withheld or s.recognizer == "CaseRegistry"]

        try:
            raw: str | None = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raw = None
        where = _Positions(doc, raw)
        findings: list[CheckFinding] = []
        skipped = 0
        for span in spans:
            parts = [t for a, b in _subtract(span.start, span.end, holes) if (t := _trim(text, a, b))]
            if not parts:
                skipped += 1
                continue
            for a, b in parts:
                surface = text[a:b]
                if manifest is not None and manifest.emitted_around(text, a, b):
                    skipped += 1
                    continue
                line, col, locator = where.line_col(a)
                end_line, end_col, _ = where.line_col(b)
                if end_line == line and end_col <= col:
                    end_col = col + (b - a)
                findings.append(
                    CheckFinding(
                        file=target.display,
                        line=line,
                        column=col,
                        end_line=end_line,
                        end_column=end_col,
                        entity_type=span.entity_type,
                        recognizer=span.recognizer,
                        score=round(float(span.score), 2),
                        snippet=mask(surface),
                        fingerprint=fingerprint(self.key, surface, span.entity_type),
                        locator=locator if locator not in {"", "text"} else "",
                    )
                )
        return FileReport(target.display, tuple(findings), own_replacements_skipped=skipped, spans=found.spans)


_STATE: dict[str, Checker] = {}


def _init_worker(
    policy: LoadedPolicy,
    key: FingerprintKey,
    model: str | None,
    language: str,
    decisions: Any = None,
    case: Path | None = None,
) -> None:
    _STATE["checker"] = Checker(policy, key, model=model, language=language, decisions=decisions, case=case)


def _check_one(target: Target) -> FileReport:
    return _STATE["checker"].check(target)


def check_files(
    targets: Sequence[Target],
    policy: LoadedPolicy,
    key: FingerprintKey,
    *,
    model: str | None = None,
    language: str = "auto",
    workers: int | None = None,
    on_done: Callable[[FileReport], None] | None = None,
    decisions: Any = None,
    case: Path | None = None,
) -> list[FileReport]:
    """Check every target (in parallel when there are several) and return one report per file, in order."""
    if workers is None:
        n = default_workers(len(targets), _total_bytes(targets))
    else:
        n = max(1, min(workers, len(targets) or 1))
    reports: list[FileReport] = []
    if n <= 1:
        checker = Checker(policy, key, model=model, language=language, decisions=decisions, case=case)
        for t in targets:
            rep = checker.check(t)
            reports.append(rep)
            if on_done:
                on_done(rep)
        return reports
    with ProcessPoolExecutor(
        max_workers=n,
        mp_context=get_context("spawn"),
        initializer=_init_worker,
        initargs=(policy, key, model, language, decisions, case),
    ) as pool:
        for rep in pool.map(_check_one, targets):
            reports.append(rep)
            if on_done:
                on_done(rep)
    return reports


def all_findings(reports: Iterable[FileReport]) -> list[CheckFinding]:
    """Every finding of every file, in file order."""
    return [f for r in reports for f in r.findings]


# --- the whole gate -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """Everything a report needs: per-file results, the baseline's effect, and the exit code."""

    reports: tuple[FileReport, ...]
    findings: tuple[CheckFinding, ...]
    suppressed: tuple[tuple[CheckFinding, Any], ...]
    expired: tuple[Any, ...]
    pending_matched: tuple[Any, ...]
    policy_name: str
    policy_sha256: str
    withheld: tuple[str, ...]
    keyed: bool
    baseline: str | None = None
    baseline_added: int = 0

    @property
    def errors(self) -> list[str]:
        """One line per file that could not be checked."""
        return [r.error for r in self.reports if r.error is not None]

    @property
    def exit_code(self) -> int:
        """3 when any file could not be checked (the verdict is incomplete), else 1 when anything was found, else 0."""
        from redact.errors import EXIT_FAILED, EXIT_FOUND, EXIT_OK

        if self.errors:
            return EXIT_FAILED
        return EXIT_FOUND if self.findings else EXIT_OK


def run_check(
    targets: Sequence[Target],
    policy: LoadedPolicy,
    key: FingerprintKey,
    *,
    baseline: Path | None = None,
    update_baseline: bool = False,
    model: str | None = None,
    language: str = "auto",
    workers: int | None = None,
    today: Any = None,
    decisions: Any = None,
    case: Path | None = None,
) -> Outcome:
    """Check ``targets``, apply (and optionally extend) the baseline; the only write is the baseline file."""
    from redact.baseline import Baseline, apply_baseline, load_baseline, write_baseline
    from redact.baseline import update_baseline as extend

    if (baseline is not None or update_baseline) and key.ephemeral:
        from redact.errors import KeyRequiredError

        raise KeyRequiredError(
            "a baseline needs a fingerprint key",
            hint="pass --key-file or set REDACT_KEY; without a key fingerprints are not stable and could be guessed",
        )
    if update_baseline and baseline is None:
        raise UsageError("--update-baseline needs --baseline FILE")
    base = load_baseline(baseline, key.key_id) if baseline is not None else Baseline()
    reports = check_files(
        targets, policy, key, model=model, language=language, workers=workers, decisions=decisions, case=case
    )
    applied = apply_baseline(all_findings(reports), base, today)
    added = 0
    if update_baseline and baseline is not None:
        new, added = extend(base, applied.findings, key.key_id, today)
        write_baseline(baseline, new)
    return Outcome(
        reports=tuple(reports),
        findings=applied.findings,
        suppressed=applied.suppressed,
        expired=applied.expired,
        pending_matched=applied.pending_matched,
        policy_name=policy.name,
        policy_sha256=policy.sha256,
        withheld=tuple(policy.policy.withheld_entities()),
        keyed=not key.ephemeral,
        baseline=str(baseline) if baseline is not None else None,
        baseline_added=added,
    )
