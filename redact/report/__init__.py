"""The review report: one self-contained file showing every decision a run makes, and what it left in.

``build_report(paths, policy)`` redacts each document exactly as ``redact run``
would (the same :class:`~redact.pipeline.Redactor`), analyses it again with
threshold 0 and Presidio's decision process to explain each finding (the
recognizer, the pattern, the context word that raised its score) and to list
what fell under the threshold, and looks for residual risk
(:mod:`redact.report.residual`). ``render_html`` and ``render_md`` turn the
:class:`ReportData` into the page (inline CSS and JS, a Content-Security-Policy
that forbids every request, autoescaped by Jinja2) or Markdown for paper review.

The report holds the original text: it is PII. It says so in a banner, and the
command writes it with owner-only permissions.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import secrets
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redact.decisions import RECOGNIZER_NAME, Decisions, document_hash, normalise, text_hash
from redact.documents import Document, read
from redact.entities import ENTITIES
from redact.errors import RedactError, error_line
from redact.pipeline import Redactor
from redact.policy import LoadedPolicy
from redact.report.residual import KINDS, Candidate, Residual, counts_by_kind, find_residuals
from redact.screen import Screen

if TYPE_CHECKING:
    from redact.anonymize import RunContext

__all__ = [
    "ReportData",
    "DocReport",
    "FindingView",
    "ResidualView",
    "Piece",
    "PolicySummary",
    "build_report",
    "render_html",
    "render_md",
    "report_files",
    "KINDS",
]

SENSITIVE_BANNER = (
    "SENSITIVE: this report contains the original, unredacted text (names, numbers, places). "
    "Keep it on an encrypted disk, share it only with the reviewers, never publish it, delete it after sign-off."
)


@dataclass(frozen=True)
class PolicySummary:
    """What the report says about the policy applied."""

    name: str
    version: str
    sha256: str
    path: str
    description: str
    approved_by: str
    approved_on: str
    default_threshold: float
    rules: tuple[tuple[str, str, str], ...]  # (entity, operator with params, threshold)
    allow_entries: int


@dataclass(frozen=True)
class FindingView:
    """One withheld span with everything a reviewer needs to judge it."""

    idx: int
    start: int
    end: int
    line: int
    col: int
    locator: str
    text: str
    entity_type: str
    recognizer: str
    score: float
    threshold: float
    rule: str
    operator: str
    replacement: str
    context_word: str
    context_improvement: float
    original_score: float | None
    pattern_name: str
    explanation: str
    validation: str
    also: tuple[str, ...]
    sha256: str
    words: int


@dataclass(frozen=True)
class ResidualView:
    """One residual risk, located and hashed for the decisions file."""

    idx: int
    start: int
    end: int
    line: int
    col: int
    text: str
    kind: str
    reason: str
    suggested_entity: str
    score: float | None
    sha256: str
    words: int


@dataclass(frozen=True)
class Piece:
    """A run of text in the rendered document: plain, a finding (by index) or a residual (by index)."""

    text: str
    finding: int | None = None
    residual: int | None = None


@dataclass(frozen=True)
class DocReport:
    """Everything the report shows for one document."""

    name: str
    format: str
    language: str
    sha256: str
    findings: tuple[FindingView, ...]
    residuals: tuple[ResidualView, ...]
    original: tuple[Piece, ...]
    redacted: tuple[Piece, ...]
    counts: dict[str, int]
    residual_counts: dict[str, int]
    error: str | None = None


@dataclass(frozen=True)
class ReportData:
    """A whole report, ready to render."""

    policy: PolicySummary
    generated: str
    redact_version: str
    salt: str
    documents: tuple[DocReport, ...]
    totals: dict[str, int]
    residual_totals: dict[str, int]
    entity_types: tuple[str, ...]
    decisions: str | None = None
    failures: tuple[str, ...] = field(default_factory=tuple)


def report_files(paths: Sequence[Path]) -> list[tuple[Path, str]]:
    """(file, display name) for every transcript under ``paths``, as ``redact run`` would pick them."""
    from redact.inputs import discover

    out: list[tuple[Path, str]] = []
    for item in discover(paths):
        name = item.rel if item.folder is None else (Path(item.given.name) / item.rel).as_posix()
        out.append((item.path, name))
    return out


def _display_path(path: str) -> str:
    """A policy's path relative to the working folder when inside it (no home folders in the report)."""
    p = Path(path).resolve()
    try:
        return p.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return p.name


def _policy_summary(loaded: LoadedPolicy) -> PolicySummary:
    pol = loaded.policy
    meta = pol.metadata
    rules = []
    for ent in ENTITIES:
        rule = pol.rule_for(ent)
        if rule is None:
            rules.append((ent, "kept (not named by the policy)", "–"))
            continue
        params = ", ".join(f"{k}={v}" for k, v in sorted(rule.params.items()))
        rules.append((ent, rule.operator + (f" ({params})" if params else ""), f"{pol.threshold_for(ent):.2f}"))
    return PolicySummary(
        name=meta.name,
        version=meta.version,
        sha256=loaded.sha256,
        path=_display_path(loaded.path),
        description=meta.description,
        approved_by=meta.approved_by or "",
        approved_on=meta.approved_on.isoformat() if meta.approved_on else "",
        default_threshold=pol.default_threshold,
        rules=tuple(rules),
        allow_entries=len(pol.allow_list),
    )


def _rule_text(loaded: LoadedPolicy, entity: str, recognizer: str) -> str:
    pol = loaded.policy
    if recognizer == "CaseRegistry":
        return "case registry: always withheld"
    if recognizer == RECOGNIZER_NAME:
        return f"reviewer decision: withhold, then {_rule_text(loaded, entity, '')}"
    if entity in pol.entities:
        rule = pol.entities[entity]
        where = f"entities → {entity}"
    else:
        rule = pol.unnamed_operator
        where = "unnamed_operator (unnamed_entities: redact)"
    params = ", ".join(f"{k}={v}" for k, v in sorted(rule.params.items()))
    return f"{where}: {rule.operator}" + (f" ({params})" if params else "")


def _line_col(text: str, pos: int) -> tuple[int, int]:
    line = text.count("\n", 0, pos) + 1
    return line, pos - (text.rfind("\n", 0, pos) + 1) + 1


def _locator(doc: Document, pos: int) -> str:
    for s in doc.segments:
        if s.start <= pos < s.end:
            return s.locator
    return ""


class _Explained:
    """The pipeline's raw results for one document, gathered through its ``explain`` hook.

    Every result of every analysed window (any score, with Presidio's decision process), in document
    offsets; and the spaCy doc when the document was analysed as one English window (residual hints
    read its POS tags).
    """

    def __init__(self) -> None:
        self.raw: list[RecognizerResult] = []
        self.tokens: list[tuple[str, Any]] = []

    def __call__(self, offset: int, language: str, results: list[RecognizerResult], artifacts: NlpArtifacts) -> None:
        for r in results:
            r.start += offset
            r.end += offset
            self.raw.append(r)
        self.tokens.append((language, artifacts.tokens))

    @property
    def spacy_doc(self) -> Any:
        if len(self.tokens) == 1 and self.tokens[0][0] == "en":
            return self.tokens[0][1]
        return None


def _rname(r: RecognizerResult) -> str:
    return str((r.recognition_metadata or {}).get("recognizer_name", "unknown"))


def _doc_report(
    path: Path,
    name: str,
    redactor: Redactor,
    loaded: LoadedPolicy,
    ctx: RunContext | None,
    salt: str,
    decisions: Decisions | None,
) -> DocReport:
    from redact.allow import AllowMatcher
    from redact.errors import DocumentError
    from redact.inputs import special_file

    special = special_file(path)  # a FIFO would block forever: never opened
    if special is not None:
        raise DocumentError(name, special)
    doc = read(path)
    # The run's pipeline, watched: the findings are exactly the run's, the raw results explain them.
    seen = _Explained()
    redaction = redactor.redact(doc, ctx, explain=seen)
    text = doc.text
    language = redaction.language
    raw, spacy_doc = seen.raw, seen.spacy_doc
    policy = loaded.policy
    allow = AllowMatcher(policy)
    # The public register (redact/public.py): mentions it keeps are marked "kept: public (register)".
    register = Screen.for_policy(policy).public

    def public_kept(text_: str, start: int, end: int, entity: str, lang: str) -> bool:
        return register is not None and register.verdict(text_, start, end, entity, lang, front=True) is not None

    findings: list[FindingView] = []
    for i, rep in enumerate(redaction.replacements):
        s = rep.span
        overlapping = [r for r in raw if r.start < s.end and s.start < r.end]
        same = [r for r in overlapping if r.entity_type == s.entity_type and _rname(r) == s.recognizer]
        best = max(same, key=lambda r: r.score) if same else None
        expl = getattr(best, "analysis_explanation", None)
        also = tuple(
            sorted(
                {
                    f"{r.entity_type} by {_rname(r)} ({r.score:.2f})"
                    for r in overlapping
                    if r is not best and r.score >= policy.threshold_for(r.entity_type)
                }
            )
        )
        line, col = _line_col(text, s.start)
        surface = text[s.start : s.end]
        findings.append(
            FindingView(
                idx=i,
                start=s.start,
                end=s.end,
                line=line,
                col=col,
                locator=_locator(doc, s.start),
                text=surface,
                entity_type=s.entity_type,
                recognizer=s.recognizer,
                score=float(s.score),
                threshold=policy.threshold_for(s.entity_type),
                rule=_rule_text(loaded, s.entity_type, s.recognizer),
                operator=rep.operator,
                replacement=rep.new_text,
                context_word=str(getattr(expl, "supportive_context_word", "") or ""),
                context_improvement=float(getattr(expl, "score_context_improvement", 0.0) or 0.0),
                original_score=float(expl.original_score)
                if expl is not None and expl.original_score is not None
                else None,
                pattern_name=str(getattr(expl, "pattern_name", "") or ""),
                explanation=str(getattr(expl, "textual_explanation", "") or "")
                or (
                    "withheld because the reviewer's decisions file says so" if s.recognizer == RECOGNIZER_NAME else ""
                ),
                validation="" if expl is None or expl.validation_result is None else str(expl.validation_result),
                also=also,
                sha256=text_hash(salt, surface),
                words=max(1, len(normalise(surface).split())),
            )
        )

    candidates = [
        Candidate(
            r.start,
            r.end,
            r.entity_type,
            float(r.score),
            _rname(r),
            policy.threshold_for(r.entity_type),
            allow.allows(text[r.start : r.end], r.entity_type, language),
            public_kept(text, r.start, r.end, r.entity_type, language),
        )
        for r in raw
    ]

    def allowed_text(surface: str) -> bool:
        return any(allow.allows(surface, ent, language) for ent in ("LOCATION", "PERSON")) or (
            register is not None and register.match(surface, language) is not None
        )

    skip = None
    if decisions is not None:
        dec = decisions

        def skip(surface: str, entity: str | None) -> bool:
            return dec.keeps(surface, entity)

    residuals_raw: list[Residual] = find_residuals(
        text,
        language,
        redaction.spans,
        candidates,
        allowed_text=allowed_text,
        spacy_doc=spacy_doc,
        skip=skip,
    )
    residuals = []
    for j, r in enumerate(residuals_raw):
        line, col = _line_col(text, r.start)
        surface = text[r.start : r.end]
        residuals.append(
            ResidualView(
                idx=j,
                start=r.start,
                end=r.end,
                line=line,
                col=col,
                text=surface,
                kind=r.kind,
                reason=r.reason,
                suggested_entity=r.suggested_entity,
                score=r.score,
                sha256=text_hash(salt, surface),
                words=max(1, len(normalise(surface).split())),
            )
        )

    original, redacted = _pieces(text, findings, residuals)
    return DocReport(
        name=name,
        format=doc.format,
        language=language,
        sha256=document_hash(text),
        findings=tuple(findings),
        residuals=tuple(residuals),
        original=tuple(original),
        redacted=tuple(redacted),
        counts=dict(sorted(Counter(f.entity_type for f in findings).items())),
        residual_counts=counts_by_kind(residuals_raw),
    )


def _pieces(
    text: str, findings: Sequence[FindingView], residuals: Sequence[ResidualView]
) -> tuple[list[Piece], list[Piece]]:
    """The original (findings and residuals marked) and the redacted text (replacements marked)."""
    marks: list[tuple[int, int, int | None, int | None]] = [(f.start, f.end, f.idx, None) for f in findings]
    last = -1
    for r in sorted(residuals, key=lambda r: (r.start, -r.end)):
        if r.start >= last:  # residuals never overlap findings; skip ones overlapping each other
            marks.append((r.start, r.end, None, r.idx))
            last = r.end
    marks.sort(key=lambda m: m[0])
    original: list[Piece] = []
    redacted: list[Piece] = []
    pos = 0
    for start, end, fi, ri in marks:
        if start < pos:
            continue
        if start > pos:
            original.append(Piece(text[pos:start]))
            redacted.append(Piece(text[pos:start]))
        original.append(Piece(text[start:end], finding=fi, residual=ri))
        if fi is not None:
            redacted.append(Piece(findings[fi].replacement, finding=fi))
        else:
            redacted.append(Piece(text[start:end]))
        pos = end
    if pos < len(text):
        original.append(Piece(text[pos:]))
        redacted.append(Piece(text[pos:]))
    return original, redacted


def build_report(
    paths: Sequence[Path],
    policy: LoadedPolicy,
    *,
    model: str | None = None,
    language: str = "auto",
    decisions: Decisions | None = None,
    ctx: RunContext | None = None,
    salt: str | None = None,
    now: dt.datetime | None = None,
    redactor: Redactor | None = None,
) -> ReportData:
    """Redact and explain every transcript under ``paths`` under ``policy``; a failing file is listed, not fatal.

    ``ctx`` is the run context (key, case registry) ``redact run`` would use, so
    pseudonyms match the run's. ``salt`` keys the text hashes of the decisions
    file (random per report unless given, for tests). A ``redactor`` built
    elsewhere (with the same policy and decisions) may be passed to reuse its engines.
    """
    import redact
    from redact.engine import Engines
    from redact.pipeline import Redactor

    files = report_files(paths)
    if redactor is None:
        # Runs drop spaCy's tagger for speed; the residual-risk check reads its proper-noun tags.
        # NER has its own tok2vec in the md/sm models, so the findings are the run's.
        engines = Engines(policy.policy, model, tagger=True)
        redactor = Redactor(policy.policy, model=model, language=language, decisions=decisions, engines=engines)
    salt = salt or secrets.token_hex(16)
    docs: list[DocReport] = []
    failures: list[str] = []
    for path, name in files:
        try:
            docs.append(_doc_report(path, name, redactor, policy, ctx, salt, decisions))
        except (RedactError, OSError) as exc:
            failures.append(error_line(name, exc))
    totals: Counter[str] = Counter()
    rtotals: Counter[str] = Counter()
    for d in docs:
        totals.update(d.counts)
        rtotals.update(d.residual_counts)
    types = sorted(
        {f.entity_type for d in docs for f in d.findings} | {r.suggested_entity for d in docs for r in d.residuals}
    )
    when = now or dt.datetime.now(dt.UTC)
    return ReportData(
        policy=_policy_summary(policy),
        generated=when.replace(microsecond=0).isoformat(),
        redact_version=redact.__version__,
        salt=salt,
        documents=tuple(docs),
        totals=dict(sorted(totals.items())),
        residual_totals={k: rtotals[k] for k in KINDS if rtotals[k]},
        entity_types=tuple(types),
        decisions=f"{decisions.reviewer}, {decisions.date}, {len(decisions.entries)} entries" if decisions else None,
        failures=tuple(failures),
    )


_TEMPLATES = Path(__file__).resolve().parent / "templates"


def _environment() -> Any:
    import jinja2

    # Transcript text is untrusted input: autoescaping is on for every template, whatever its suffix.
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(_TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_html(data: ReportData) -> str:
    """The report as one self-contained HTML page (no external requests, CSP forbids them)."""
    import markupsafe

    script = (_TEMPLATES / "report.js").read_text(encoding="utf-8")
    if "</script" in script.lower():  # pragma: no cover - a guard for whoever edits report.js
        raise RuntimeError("report.js must not contain a closing script tag")
    # The CSP allows exactly this script by its hash, so no injected script could run.
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    env = _environment()
    return str(
        env.get_template("report.html.j2").render(
            data=data,
            banner=SENSITIVE_BANNER,
            script=markupsafe.Markup(script),
            script_hash=f"sha256-{digest}",
            kinds=KINDS,
            entities=ENTITIES,
        )
    )


def _md_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("`", "\\`").replace("<", "&lt;")


def render_md(data: ReportData) -> str:
    """The report as Markdown, for printing and review on paper."""
    p = data.policy
    out = [
        "# Redaction review report",
        "",
        f"> **{SENSITIVE_BANNER}**",
        "",
        f"Generated {data.generated} by redact {data.redact_version}.",
        "",
        "## Policy",
        "",
        f"- Name: {_md_cell(p.name)}, version {_md_cell(p.version)}",
        f"- Content hash (sha256): `{p.sha256}`",
        f"- Approved by: {_md_cell(p.approved_by) or 'not approved'}"
        + (f" on {p.approved_on}" if p.approved_on else ""),
        f"- Default threshold: {p.default_threshold:.2f}; allow-list entries: {p.allow_entries}",
    ]
    if data.decisions:
        out.append(f"- Reviewer decisions applied: {_md_cell(data.decisions)}")
    out += ["", "| entity | operator | threshold |", "|---|---|---|"]
    out += [f"| {e} | {_md_cell(o)} | {t} |" for e, o, t in p.rules]
    out += ["", "## Counts", "", "| document | " + " | ".join(data.entity_types) + " | residual |"]
    out.append("|---" * (len(data.entity_types) + 2) + "|")
    for d in data.documents:
        cells = [str(d.counts.get(t, 0)) for t in data.entity_types]
        out.append(f"| {_md_cell(d.name)} | " + " | ".join(cells) + f" | {len(d.residuals)} |")
    cells = [str(data.totals.get(t, 0)) for t in data.entity_types]
    out.append("| **total** | " + " | ".join(cells) + f" | {sum(data.residual_totals.values())} |")
    for failure in data.failures:
        out.append(f"\n**Failed:** {_md_cell(failure)}")
    for d in data.documents:
        out += ["", f"## {_md_cell(d.name)}", "", f"Format {d.format}, language {d.language}.", ""]
        out += ["### Findings", ""]
        if d.findings:
            out += [
                "| # | line:col | type | text | recognizer | score | context | rule | replacement "
                "| ☐ keep ☐ withhold |",
                "|---|---|---|---|---|---|---|---|---|---|",
            ]
            for f in d.findings:
                out.append(
                    f"| {f.idx + 1} | {f.line}:{f.col} | {f.entity_type} | {_md_cell(f.text)} "
                    f"| {_md_cell(f.recognizer)} "
                    f"| {f.score:.2f} | {_md_cell(f.context_word) or '–'} | {_md_cell(f.rule)} "
                    f"| {_md_cell(f.replacement) or '(removed)'} | |"
                )
        else:
            out.append("No findings.")
        out += ["", "### Residual risk", ""]
        if d.residuals:
            out += ["| # | line:col | kind | text | why | ☐ keep ☐ withhold |", "|---|---|---|---|---|---|"]
            for r in d.residuals:
                out.append(
                    f"| {r.idx + 1} | {r.line}:{r.col} | {r.kind} | {_md_cell(r.text)} | {_md_cell(r.reason)} | |"
                )
        else:
            out.append("Nothing listed.")
        out += ["", "### Redacted text", "", "```text"]
        out.append("".join(pc.text for pc in d.redacted).replace("```", "ʼʼʼ").rstrip("\n"))
        out += ["```"]
    out += ["", "Reviewer: ____________________  Date: ____________  Signature: ____________________", ""]
    return "\n".join(out)
