"""The pure core: a Document in, a Redaction out, no I/O. The only place findings are made.

:func:`find` (``Redactor.find``) is every stage that decides what is withheld: the policy's recognizers
run per language run of the text in overlapping windows (so spaCy's length limit never bites and an
entity on a window border is still whole in one window), thresholds and the allow list apply, names and
numbers found once are propagated, the reviewer's decisions and the case registry are applied, overlaps
are resolved and spans clipped to the document's segments. :func:`replace` (``Redactor.replace``) applies
the policy's operators to those spans. ``redact run``, ``redact check`` and ``redact report`` all call
:func:`find`; the report watches the analysis through an ``explain`` hook instead of analysing again.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, overload

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redact.allow import AllowMatcher
from redact.anonymize import Anonymizer, RunContext
from redact.documents import Document, render
from redact.engine import Engines
from redact.entities import ENTITIES
from redact.fit import lines_of, split_at_lines, stripped
from redact.language import detect_language, language_runs
from redact.policy import Policy
from redact.propagate import RECOGNIZER as PROPAGATED_BY
from redact.propagate import propagate, propagate_numbers
from redact.resolve import Finding, Replacement, Span, clip_to_segments, resolve
from redact.screen import Screen

if TYPE_CHECKING:
    from redact.casefile import CaseRegistry
    from redact.decisions import Decisions

__all__ = [
    "CHUNK_CHARS",
    "CHUNK_OVERLAP",
    "Explain",
    "Found",
    "find",
    "replace",
    "Redaction",
    "Redactor",
    "Window",
    "analyze_piece",
    "analyze_text",
    "chunks",
    "windows",
]

# 20k-character windows: same NER throughput as 100k, and a worker's peak RSS on a 250 kB file
# drops from ~890 MB to ~520 MB (spaCy and Presidio hold per-window arrays and results).
CHUNK_CHARS = 20_000
CHUNK_OVERLAP = 1_000


@dataclass(frozen=True)
class Redaction:
    """What was found in one document and what replaced it."""

    document: Document
    language: str
    spans: tuple[Span, ...]
    replacements: tuple[Replacement, ...]
    output: bytes
    counts: dict[str, int] = field(default_factory=dict)
    # Every language analysed, dominant first, when the file mixes languages (else just ``language``).
    languages: tuple[str, ...] = ()
    # Mentions the policy's public register kept, per detected type (counts only, never text); None when
    # windows were analysed in worker processes, whose counts the parent does not see.
    kept_public: dict[str, int] | None = None


@dataclass(frozen=True)
class Window:
    """One piece of a long text: analyse ``text[lo:hi]``, keep findings that start in ``[core_start, core_end)``.

    Cores tile the text exactly; each piece adds up to ``overlap`` characters of context on both sides, so
    an entity that straddles a core border lies whole inside the piece whose core holds its start, with
    the words before it (context cues) in view, and is kept from that piece only.
    """

    lo: int
    core_start: int
    core_end: int
    hi: int


def windows(text: str, size: int | None = None, overlap: int | None = None) -> list[Window]:
    """Cut ``text`` into windows of about ``size`` characters (module defaults read at call time).

    Core borders prefer a line break, then a space, in the last quarter of a core.
    """
    size = CHUNK_CHARS if size is None else size
    overlap = CHUNK_OVERLAP if overlap is None else overlap
    n = len(text)
    out: list[Window] = []
    start = 0
    while start < n or not out:
        end = min(n, start + size)
        if end < n:
            window = text[start + size * 3 // 4 : end]
            cut = max(window.rfind("\n"), window.rfind(" "))
            if cut >= 0:
                end = start + size * 3 // 4 + cut + 1
        out.append(Window(max(0, start - overlap), start, end, min(n, end + overlap)))
        start = end
    return out


def chunks(text: str, size: int | None = None, overlap: int | None = None) -> Iterator[tuple[int, str]]:
    """Yield (offset, piece) for each window of ``text``; consecutive pieces overlap."""
    for w in windows(text, size, overlap):
        yield w.lo, text[w.lo : w.hi]


# The allow list (exact texts in every inflected form, and regexes) lives with the policy schema.
_AllowList = AllowMatcher


Explain = Callable[[int, str, list[RecognizerResult], NlpArtifacts], None]
"""The report's look into the analysis: called once per analysed window with the window's offset in the
document text, its language, every raw recognizer result (any score, with Presidio's decision process;
offsets in the window) and the window's NLP artifacts (spaCy tokens)."""

_PieceExplain = Callable[[list[RecognizerResult], NlpArtifacts], None]


# The recognizer name of a marker analyze_piece returns for a public mention it kept as written: counted by
# analyze_text (once, in its window's core) and never a finding.
KEPT_PUBLIC = "kept-public"


_APOSTROPHE_AS_READ = str.maketrans({"ʼ": "’"})


def analyze_piece(
    piece: str, language: str, engines: Engines, policy: Policy, explain: _PieceExplain | None = None
) -> list[Finding]:
    """Findings in one piece (at most a window long) above threshold and not allowed; offsets in ``piece``.

    With ``explain`` the same analysis also keeps Presidio's decision process and hands every raw
    result to it (after the findings are taken from them).
    """
    # The modifier-letter apostrophe Ukrainian orthography prescribes ("Камʼянка") is read as the typographic one
    # the recognizers know; one character for one, so every offset holds for the original text.
    piece = piece.translate(_APOSTROPHE_AS_READ)
    analyzer = engines.analyzer(language)
    wanted = [e for e in ENTITIES if policy.rule_for(e) is not None]
    allow = _AllowList(policy)
    screen = Screen.for_policy(policy)
    found: list[Finding] = []
    if explain is None:
        results = analyzer.analyze(piece, language=language, entities=wanted)
    else:
        artifacts = analyzer.nlp_engine.process_text(piece, language)
        results = analyzer.analyze(
            piece, language=language, entities=wanted, return_decision_process=True, nlp_artifacts=artifacts
        )
    for r in results:
        if r.score < policy.threshold_for(r.entity_type):
            continue
        surface = piece[r.start : r.end]
        if allow.allows(surface, r.entity_type, language):
            continue
        meta = r.recognition_metadata or {}
        name = str(meta.get("recognizer_name", "unknown"))
        for start, end in line_pieces(piece, r.start, r.end):
            # a public body run into a name ("Росгвардії Андрія Пермякова"): the body stays, the name is screened
            start = screen.person_start(piece, start, end, r.entity_type, language)
            # the army or fleet a unit's name ends with ("бригады морской пехоты Тихоокеанского флота"): kept
            unit_end = screen.unit_end(piece, start, end, r.entity_type)
            if unit_end < end:
                found.append(
                    Finding(end - len(piece[unit_end:end].lstrip(" \t,")), end, r.entity_type, 0.0, KEPT_PUBLIC)
                )
                screen.kept[r.entity_type] += 1
                end = unit_end
            # Type discipline and the public register (redact/screen.py): not a person, a place, or public.
            kept_before = screen.kept.total()
            entity = screen.entity(piece, start, end, r.entity_type, language)
            if entity is None and screen.kept.total() > kept_before:
                # a public mention kept as written: a marker, so the count survives windows analysed elsewhere
                found.append(Finding(start, end, r.entity_type, 0.0, KEPT_PUBLIC))
            if entity is None or policy.rule_for(entity) is None:
                continue
            found.append(Finding(start, end, entity, round(float(r.score), 4), name))
    if explain is not None:
        explain(results, artifacts)
    return found


_SPEAKER = regex.compile(r"[ \t]*\p{Lu}[\p{Lu}\p{M}'’ʼ .-]{0,30}:[ \t]*")


_CLOSERS = "»\"”)'’]"


def line_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A finding's span cut at every line break, each piece trimmed and less a speaker label that opens its line
    (the label's colon may lie past the span: "Zolotaya Griva.\nSOLDIER"), so no replacement crosses a break or
    a label. Each piece is screened on its own (a heading's last word and the next line's first name are not one
    name: "the Kremlin\n\nYelena") and every piece that stands is still withheld."""
    if "\n" not in text[start:end]:
        return [(start, end)]
    out = []
    for lo, hi in lines_of(text, start, end):
        a = lo
        if a > start:  # a later line: skip the speaker label that opens it
            label = _SPEAKER.match(text, a)
            if label is not None:
                a = min(label.end(), hi)
        b = hi
        if hi < end:  # the line's own end punctuation is the sentence's, not the finding's ("Griva." + break)
            while b > a and not (text[b - 1].isalnum() or text[b - 1] in _CLOSERS):
                b -= 1
        if any(c.isalnum() for c in text[a:b]):
            out.append(stripped(text, a, b))
    return out


class Pieces(Sequence[tuple[str, str]]):
    """The (piece, language) pairs of a text's windows, each sliced only when asked for.

    A list of all pieces would hold a second copy of the text (a 50 MB transcript: 50 MB more, or 200 MB
    when one character needs four bytes); mappers take them one at a time.
    """

    def __init__(self, text: str, wins: Sequence[Window], language: str) -> None:
        self._text = text
        self._wins = wins
        self._language = language

    def __len__(self) -> int:
        return len(self._wins)

    @overload
    def __getitem__(self, i: int) -> tuple[str, str]: ...
    @overload
    def __getitem__(self, i: slice) -> list[tuple[str, str]]: ...
    def __getitem__(self, i: int | slice) -> tuple[str, str] | list[tuple[str, str]]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        w = self._wins[i]
        return self._text[w.lo : w.hi], self._language


# Maps (piece, language) pairs to their analyze_piece findings, in order, e.g. over worker processes.
PieceMapper = Callable[[Sequence[tuple[str, str]]], list[list[Finding]]]


def analyze_text(
    text: str,
    language: str,
    engines: Engines,
    policy: Policy,
    mapper: PieceMapper | None = None,
    explain: Explain | None = None,
    offset: int = 0,
    kept: Counter[str] | None = None,
) -> list[Finding]:
    """Every finding of the policy's entities in ``text`` above its threshold; ``kept`` counts, by type, the
    public mentions the register kept as written (each once, from the window whose core holds it).

    The text is analysed window by window (:func:`windows`); with ``mapper`` the windows are
    analysed elsewhere (worker processes) and only merged here. ``explain`` (in this process only)
    sees each window's raw results; ``offset`` is where ``text`` starts in the document it reports on.
    """
    allow = _AllowList(policy)
    wins = windows(text)
    pieces = Pieces(text, wins, language)
    if explain is not None:
        results: Iterable[list[Finding]] = (
            analyze_piece(piece, lang, engines, policy, _at(explain, offset + w.lo, lang))
            for w, (piece, lang) in zip(wins, pieces, strict=True)
        )
    elif mapper is not None:
        results = mapper(pieces)
    else:
        results = (analyze_piece(piece, lang, engines, policy) for piece, lang in pieces)
    found: list[Finding] = []
    for w, piece_found in zip(wins, results, strict=True):
        for f in piece_found:
            if not w.core_start <= w.lo + f.start < w.core_end:
                continue
            if f.recognizer == KEPT_PUBLIC:
                if kept is not None:
                    kept[f.entity_type] += 1
                continue
            found.append(dataclasses.replace(f, start=w.lo + f.start, end=w.lo + f.end))
    # A name found once is withheld everywhere in the document (bare surnames, later repeats).
    found = propagate(
        text,
        found,
        language,
        floor=policy.threshold_for,
        allowed=lambda surface, entity: allow.allows(surface, entity, language),
    )
    # A propagated token never comes out of a known multi-word name ("York" of New York) nor a public mention.
    screen = Screen.for_policy(policy)
    kept_before = screen.kept.copy()
    found = [f for f in found if f.recognizer != PROPAGATED_BY or screen.keep_propagated(text, f, language)]
    if kept is not None:
        kept.update(screen.kept - kept_before)
    # A unit or phone number found once is withheld where it is read back (in digits or in words).
    return propagate_numbers(text, found, floor=policy.threshold_for)


def _at(explain: Explain, offset: int, language: str) -> _PieceExplain:
    def hook(results: list[RecognizerResult], artifacts: NlpArtifacts) -> None:
        explain(offset, language, results, artifacts)

    return hook


@dataclass(frozen=True)
class Found:
    """What :func:`find` decided for one document: the spans to replace, and the languages analysed."""

    spans: tuple[Span, ...]
    language: str  # the dominant language (pseudonyms and generalisations are written in it)
    languages: tuple[str, ...]  # every language analysed, dominant first
    # Mentions the public register kept as written, by type (counted where they were screened, worker or not).
    kept_public: dict[str, int] | None = None


class Redactor:
    """Everything needed to find and redact under one policy, built once per worker.

    ``engines`` (built for this policy) saves loading the models again, e.g. a gate that keeps one set
    per process, or the review report's set with the tagger on.
    """

    def __init__(
        self,
        policy: Policy,
        *,
        model: str | None = None,
        language: str = "auto",
        decisions: Decisions | None = None,
        engines: Engines | None = None,
    ) -> None:
        self.policy = policy
        self.language = language
        self.decisions = decisions  # a reviewer's keep/withhold decisions for this run (redact.decisions)
        self.engines = engines if engines is not None else Engines(policy, model)
        self.anonymizer = Anonymizer(policy)
        self._no_key = RunContext()
        # Set by the batch runner to analyse a large file's windows in worker processes (redact.executors).
        self.piece_mapper: PieceMapper | None = None

    def language_of(self, doc: Document) -> str:
        """The language to analyse ``doc`` in."""
        return detect_language(doc.text) if self.language == "auto" else self.language

    def runs_of(self, doc: Document) -> list[tuple[int, int, str]]:
        """(start, end, language) parts of ``doc`` to analyse, one per same-language run of lines.

        With ``--language`` fixed there is one run; with ``auto`` a file that
        quotes Russian inside an English translation gets each part analysed
        by the right pipeline (and loads only the pipelines it needs).
        """
        return self._runs(doc.text)

    def _runs(self, text: str) -> list[tuple[int, int, str]]:
        if self.language != "auto":
            return [(0, len(text), self.language)]
        return language_runs(text)

    def _analyze_runs(
        self, text: str, runs: list[tuple[int, int, str]], explain: Explain | None, kept: Counter[str]
    ) -> list[Finding]:
        if len(runs) == 1:
            if not text.strip():
                return []
            return analyze_text(text, runs[0][2], self.engines, self.policy, self.piece_mapper, explain, kept=kept)
        found: list[Finding] = []
        for start, end, lang in runs:
            piece = text[start:end]
            if not piece.strip():
                continue
            for f in analyze_text(piece, lang, self.engines, self.policy, self.piece_mapper, explain, start, kept=kept):
                found.append(dataclasses.replace(f, start=f.start + start, end=f.end + start))
        return found

    def find(
        self,
        doc: Document,
        case: CaseRegistry | None = None,
        *,
        masked: str | None = None,
        explain: Explain | None = None,
    ) -> Found:
        """Every span of ``doc`` the policy withholds: analyse, propagate, decisions, case registry, resolve, clip.

        ``case`` is the run's case registry. ``masked`` (same length as ``doc.text``) is analysed instead
        of the text, for the gate, which blanks out what redact itself wrote; the reviewer's decisions
        still see the document's own text (they are keyed to its hash). ``explain`` sees the raw results
        of every analysed window (the review report).
        """
        text = doc.text if masked is None else masked
        runs = self._runs(text)  # on the masked text: redact's own labels are no language of the document's
        share: Counter[str] = Counter()
        for start, end, lang in runs:
            share[lang] += end - start
        languages = tuple(lang for lang, _ in share.most_common())
        language = languages[0]
        kept: Counter[str] = Counter()
        findings = self._analyze_runs(text, runs, explain, kept)
        if self.decisions is not None:
            findings = self.decisions.apply(doc.text, findings)
        if case is not None and doc.text.strip():
            # The case registry is one more recognizer that no threshold or allow list can silence.
            findings.extend(case.find(text, language))
        # No replacement crosses a line break or a speaker label (each piece is still replaced).
        spans = split_at_lines(text, clip_to_segments(resolve(findings), doc.bounds()))
        spans = [s for s in spans if self.policy.rule_for(s.entity_type) is not None or s.recognizer == "CaseRegistry"]
        return Found(tuple(spans), language, languages, dict(sorted(kept.items())))

    def replace(self, doc: Document, found: Found, ctx: RunContext | None = None) -> Redaction:
        """Apply the policy's operators to the spans :meth:`find` chose; ``ctx`` as for :meth:`redact`."""
        ctx = ctx if ctx is not None else self._no_key
        spans = list(found.spans)
        language = found.language
        people = [doc.text[s.start : s.end] for s in spans if s.entity_type == "PERSON"]
        signs = [doc.text[s.start : s.end] for s in spans if s.entity_type == "CALL_SIGN"]
        _, replacements = self.anonymizer.anonymize(
            doc.text, spans, ctx.document(language, people, signs), bounds=doc.bounds()
        )
        counts = Counter(s.entity_type for s in spans)
        return Redaction(
            document=doc,
            language=language,
            spans=found.spans,
            replacements=tuple(replacements),
            output=render(doc, replacements),
            counts=dict(sorted(counts.items())),
            languages=found.languages,
            kept_public=found.kept_public,
        )

    def redact(self, doc: Document, ctx: RunContext | None = None, *, explain: Explain | None = None) -> Redaction:
        """Find, resolve and replace every identifying detail in ``doc``.

        ``ctx`` is the run's shared context (key, identity linker, case registry);
        without one, keyed operators refuse to run.
        """
        ctx = ctx if ctx is not None else self._no_key
        return self.replace(doc, self.find(doc, ctx.case, explain=explain), ctx)


def find(
    redactor: Redactor,
    doc: Document,
    case: CaseRegistry | None = None,
    *,
    masked: str | None = None,
    explain: Explain | None = None,
) -> list[Span]:
    """The spans of ``doc`` that ``redactor``'s policy withholds (:meth:`Redactor.find`)."""
    return list(redactor.find(doc, case, masked=masked, explain=explain).spans)


def replace(redactor: Redactor, doc: Document, found: Found, ctx: RunContext | None = None) -> Redaction:
    """``doc`` with ``found``'s spans replaced by the policy's operators (:meth:`Redactor.replace`)."""
    return redactor.replace(doc, found, ctx)
