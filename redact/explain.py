"""Policies in plain language, for the lawyers who approve them: ``explain`` and ``diff``.

Both build a small document model (headings, paragraphs, lists, tables) once
and render it as Markdown or as a self-contained HTML page, so the two formats
always say the same thing.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from redact.entities import ENTITIES
from redact.keys import KEYED_OPERATORS, needs_key
from redact.policy import AllowEntry, EntityRule, LoadedPolicy, Policy

__all__ = ["Block", "explain", "diff", "render", "describe_rule", "describe_pattern", "FORMATS"]

FORMATS = ("md", "html")
_LANG_NAMES = {"en": "English", "ru": "Russian", "uk": "Ukrainian"}
_PART_NAMES = {"given": "given names", "surname": "surnames", "patronymic": "patronymics"}


@dataclass(frozen=True)
class Block:
    """One piece of a plain-language document."""

    kind: Literal["h1", "h2", "p", "ul", "table"]
    text: str = ""
    items: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = field(default=())


def _quote(s: str) -> str:
    return f"“{s}”"


_PSEUDONYM_KIND = {
    "PERSON": "an invented name of the same kind (a given name for a given name, a surname for a surname, "
    "a patronymic for a patronymic, in the same gender and grammatical case)",
    "CALL_SIGN": "an invented call sign",
    "LOCATION": "an invented village name",
    "MILITARY_UNIT": "an invented unit number",
}
_GENERAL = {
    "LOCATION": "replaced by what kind of place it is and where, "
    "such as “a village in the Saratov region” or “a town in Russia”",
    "MILITARY_UNIT": "replaced by the kind of unit, such as “a motor rifle brigade”, or by “a military unit”",
    "DATE_OF_BIRTH": "replaced by the year of birth alone; a birthday with no year is withheld",
    "PERSON": "replaced by “a person”",
    "ORGANIZATION": "replaced by the kind of institution, such as “a school”, “an enlistment office” or "
    "“a cemetery”, in the language of the text",
}


def describe_rule(rule: EntityRule | None, entity: str = "") -> str:
    """What an operator and its parameters do to a finding of ``entity``, in one sentence fragment."""
    if rule is None or rule.operator == "keep":
        return "kept in the text (not withheld)"
    op, params = rule.operator, rule.params
    if op == "label":
        if not params.get("text") and not entity:
            return "replaced by a label naming its type, such as “<IMEI>”"
        return f"replaced by the label {_quote(params.get('text') or f'<{entity}>')}"
    if op == "remove":
        # What the run writes (redact/fit/): inside a sentence a short note keeps the sentence readable.
        from redact.fit import placeholder

        note = placeholder(entity, "en") if entity else "[number withheld]"
        return f"deleted from the text; inside a sentence a short note such as {_quote(note)} takes its place"
    if op == "mask":
        keep = int(params.get("keep_last", 0))
        char = params.get("char", "*")
        tail = f", except the last {keep} letters or digits" if keep else ", keeping no letters or digits"
        return f"masked with {_quote(str(char))}{tail}"
    if op == "numbered":
        label = params.get("label") or (entity.replace("_", " ") if entity else "PERSON")
        return (
            f"replaced by a numbered label such as “[{label} 4821]”; the same one gets the same number "
            "in every file and in every run with the same key"
        )
    if op == "pseudonym":
        kind = _PSEUDONYM_KIND.get(entity, "an invented substitute of the same shape")
        return (
            f"replaced by {kind}; the same one gets the same substitute in every file, in a Russian original and "
            "its English translation, and in every run with the same key"
        )
    if op == "generalize":
        return _GENERAL.get(entity, f"replaced by the label “<{entity or 'TYPE'}>”")
    if op == "trim":
        kept = [_PART_NAMES.get(p, p) for p in params.get("keep", ["given"])]
        rest = {"remove": "deleted", "initial": "reduced to an initial", "label": "replaced by a label"}[
            params.get("rest", "remove")
        ]
        return f"only the {' and '.join(kept)} are kept; every other part of the name is {rest}"
    return f"processed by the operator {_quote(op)}"


_SHORT_NAMES = {
    "PERSON": "names of people",
    "CALL_SIGN": "call signs",
    "MILITARY_UNIT": "military units",
    "PHONE_NUMBER": "phone numbers",
    "LOCATION": "identifying places",
    "COORDINATES": "coordinates",
    "ID_NUMBER": "document numbers",
    "VEHICLE_PLATE": "number plates",
    "CREDIT_CARD": "bank cards",
    "IMEI": "handset identifiers",
    "SOCIAL_HANDLE": "social-media handles",
    "EMAIL_ADDRESS": "e-mail addresses",
    "DATE_OF_BIRTH": "dates of birth",
    "ORGANIZATION": "local institutions",
}
_SHORT = {
    "pseudonym": "replaced by consistent invented substitutes",
    "numbered": "replaced by consistent numbered labels",
    "generalize": "replaced by their category",
    "label": "replaced by a label",
    "mask": "masked",
    "remove": "deleted",
    "trim": "cut down to the given name",
    "keep": "kept",
}


def _summary(p: Policy) -> list[str]:
    """One line per treatment: which kinds of detail get it."""
    groups: dict[str, list[str]] = {}
    for ent, desc in ENTITIES.items():
        rule = p.rule_for(ent)
        op = "keep" if rule is None else rule.operator
        groups.setdefault(op, []).append(_SHORT_NAMES.get(ent, desc.split(":")[0]))
    lines = []
    for op in ("pseudonym", "numbered", "trim", "generalize", "label", "mask", "remove", "keep"):
        if op in groups:
            what = groups[op]
            listed = what[0] if len(what) == 1 else ", ".join(what[:-1]) + " and " + what[-1]
            lines.append(f"{listed[:1].upper() + listed[1:]}: {_SHORT[op]}.")
    n = len(p.allow_list)
    lines.append(f"{n} exception{'s' if n != 1 else ''}, listed below." if n else "No exceptions.")
    if p.public is not None:
        lines.append(_public_short(p))
    lines.append("Approved." if p.metadata.approved else "Not yet approved.")
    return lines


_KIND_NAMES = {
    "person": "public figures",
    "media": "media",
    "body": "state bodies",
    "country": "countries",
    "region": "regions",
    "city": "large cities",
    "front": "front-line places",
}


def _public_short(p: Policy) -> str:
    """One line for the public register: which kinds of its entries stay in the text."""
    assert p.public is not None
    from redact.public import KINDS

    def listed(kinds: list[str]) -> str:
        names = [_KIND_NAMES[k] for k in kinds]
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]

    keep = [k for k in KINDS if p.public.treatment(k) == "keep"]
    home = [k for k in KINDS if p.public.treatment(k) == "unless-home"]
    parts = []
    if keep:
        parts.append(f"{listed(keep)} always")
    if home:
        parts.append(f"{listed(home)} unless named as someone's home")
    if not parts:
        return "Public register: nothing kept."
    withheld = [k for k in KINDS if p.public.treatment(k) == "withhold"]
    rest = f"; {listed(withheld)} withheld" if withheld else ""
    return f"Public register, kept as written: {'; '.join(parts)}{rest}."


def _threshold(policy: Policy, entity: str) -> str:
    rule = policy.rule_for(entity)
    if rule is None or rule.operator == "keep":
        return "—"
    return f"{policy.threshold_for(entity):.2f}"


_MAX_WORDS = 16  # a pattern that spells out more words than this is described, not listed
_LITERAL_ESCAPES = frozenset(" .-'’,&/()[]{}?*+|^$\\")


class _NotWords(Exception):
    """The pattern is not a list of literal words (with optional endings)."""


class _Words:
    """A tiny reader for allow-list patterns that are alternations of literal words.

    Understood: literal letters, digits, spaces, hyphens and apostrophes; escaped punctuation
    (``\\.``); one-letter choices (``[её]``); ``?`` after a letter, choice or group; groups
    ``(...)`` / ``(?:...)`` with alternatives; and, at the end of a top-level alternative,
    ``\\w*`` (any ending) or ``\\w+`` (at least one more letter). Everything else raises
    :class:`_NotWords`, and the pattern is shown as it is.
    """

    def __init__(self, pattern: str) -> None:
        self.s = pattern
        self.i = 0

    def alternatives(self) -> list[tuple[str, str]]:
        """(word, ending) pairs, ending "" (exactly), "*" (any ending) or "+" (a longer word)."""
        if self.s.startswith("(?i)"):
            self.i = 4
        out: list[tuple[str, str]] = []
        while True:
            words = self._sequence(top=True)
            ending = ""
            if self.s.startswith(("\\w*", "\\w+"), self.i):
                ending = self.s[self.i + 2]
                self.i += 3
            out += [(w, ending) for w in words]
            if len(out) > _MAX_WORDS:
                raise _NotWords
            if self.i == len(self.s):
                return out
            if self.s[self.i] != "|":
                raise _NotWords
            self.i += 1

    def _sequence(self, top: bool = False) -> list[str]:
        words = [""]
        while self.i < len(self.s) and self.s[self.i] not in "|)":
            if top and self.s.startswith(("\\w*", "\\w+"), self.i):
                break
            options = self._atom()
            if self.i < len(self.s) and self.s[self.i] == "?":
                self.i += 1
                options = ["", *options]
            words = [w + o for w in words for o in options]
            if len(words) > _MAX_WORDS:
                raise _NotWords
        if not any(w.strip() for w in words):
            raise _NotWords
        return words

    def _atom(self) -> list[str]:
        c = self.s[self.i]
        if c == "\\":
            nxt = self.s[self.i + 1 : self.i + 2]
            if nxt not in _LITERAL_ESCAPES or not nxt:
                raise _NotWords
            self.i += 2
            return [nxt]
        if c == "[":
            end = self.s.find("]", self.i + 1)
            chars = self.s[self.i + 1 : end]
            if end < 0 or not chars or not all(ch.isalnum() for ch in chars):
                raise _NotWords
            self.i = end + 1
            return list(dict.fromkeys(chars))
        if c == "(":
            self.i += 3 if self.s.startswith("(?:", self.i) else 1
            options: list[str] = []
            while True:
                options += self._sequence()
                if self.i >= len(self.s):
                    raise _NotWords
                if self.s[self.i] == ")":
                    self.i += 1
                    return options
                self.i += 1  # "|"
        if c.isalnum() or c in " -'’":
            self.i += 1
            return [c]
        raise _NotWords


def _either(words: Sequence[str]) -> str:
    quoted = [_quote(w) for w in words]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


def describe_pattern(pattern: str) -> str:
    """An allow-list regex in plain words, or a plain description with the pattern for the technical reader.

    ``Bakhmut|Artemovsk|Бахмут\\w*`` → “Bakhmut” or “Artemovsk” (exactly), and any word beginning
    with “Бахмут” (so every grammatical form of it). The words are matched ignoring capitals.
    """
    try:
        alternatives = _Words(pattern).alternatives()
    except (_NotWords, IndexError):
        return f"any text of the form given by the pattern `{pattern}` (a regular expression, for the technical reader)"
    exact = list(dict.fromkeys(w for w, end in alternatives if end == ""))
    any_ending = list(dict.fromkeys(w for w, end in alternatives if end == "*"))
    longer = list(dict.fromkeys(w for w, end in alternatives if end == "+"))
    parts = []
    if exact:
        parts.append(_either(exact) + (" (exactly)" if any_ending or longer else ""))
    if any_ending:
        them = "it" if len(any_ending) == 1 else "them"
        parts.append(f"any word beginning with {_either(any_ending)} (so every grammatical form of {them})")
    if longer:
        parts.append(f"any longer word beginning with {_either(longer)}")
    return ", and ".join(parts)


def _describe_allow(e: AllowEntry) -> str:
    langs = (
        "all languages"
        if set(e.languages) == set(_LANG_NAMES)
        else ", ".join(_LANG_NAMES[lang] for lang in e.languages)
    )
    ents = "any type of detail" if not e.entities else ", ".join(ENTITIES.get(x, x).split(":")[0] for x in e.entities)
    if e.text is not None:
        what = _quote(e.text) + (" in any grammatical case or spelling" if e.inflect else " (exactly)")
    else:
        what = describe_pattern(e.regex or "")
    note = f" ({e.note})" if e.note else ""
    return f"{what}, as {ents}, in {langs}{note}"


def _approval(policy: Policy) -> str:
    meta = policy.metadata
    if meta.approved:
        assert meta.approved_on is not None
        return f"Approved by {meta.approved_by} on {meta.approved_on.isoformat()}."
    return (
        "Not approved. No one has recorded an approval (approved_by and approved_on are empty); "
        "runs with --require-approved refuse this policy."
    )


def explain(loaded: LoadedPolicy) -> list[Block]:
    """A plain-language account of what a policy withholds, how, with which exceptions, and who approved it."""
    p = loaded.policy
    meta = p.metadata
    out: list[Block] = [Block("h1", f"Policy {_quote(meta.name)}, version {meta.version}")]
    if meta.description:
        out.append(Block("p", " ".join(meta.description.split())))
    out.append(Block("h2", "In short"))
    out.append(Block("ul", items=tuple(_summary(p))))
    out.append(Block("h2", "Approval"))
    facts = [_approval(p)]
    if meta.owner:
        facts.append(f"Maintained by {meta.owner}.")
    facts.append(
        f"Content hash (SHA-256) of the policy file: {loaded.sha256}. Any change to the file changes this hash; "
        "every audit record names the hash and approval of the policy that was applied."
    )
    out.append(Block("ul", items=tuple(facts)))

    out.append(Block("h2", "What is withheld and how"))
    out.append(
        Block(
            "p",
            "Each kind of identifying detail below is found by the tool's recognizers and then treated as stated. "
            "A finding counts only when the recognizer's confidence (0 to 1) reaches the minimum shown; lower "
            "minimums withhold more.",
        )
    )
    rows = [("Detail", "How it is withheld", "Minimum confidence")]
    for ent, desc in ENTITIES.items():
        rows.append((desc[:1].upper() + desc[1:], describe_rule(p.rule_for(ent), ent), _threshold(p, ent)))
    out.append(Block("table", rows=tuple(rows)))
    if p.unnamed_entities == "redact":
        other = f"Any other kind of detail the recognizers report is {describe_rule(p.unnamed_operator)}."
    else:
        other = "Any other kind of detail the recognizers report is kept in the text."
    out.append(Block("p", other))

    out.append(Block("h2", "Exceptions: what is never withheld"))
    if p.allow_list:
        out.append(
            Block(
                "p", "These are left in the text even when a recognizer reports them (capital letters do not matter):"
            )
        )
        out.append(Block("ul", items=tuple(_describe_allow(e) for e in p.allow_list)))
    else:
        out.append(Block("p", "None. Everything the recognizers report is withheld as above."))

    out.append(Block("h2", "Public register: what is kept as written"))
    if p.public is not None:
        from redact.public import public_register

        out.append(
            Block(
                "p",
                "Public figures, media, state bodies and the geography of the war are not identifying details. "
                "This policy reads its public register(s) ("
                + ", ".join(p.public.registers)
                + ") and, per kind of entry, keeps or withholds a mention as follows, whatever type a recognizer "
                "gave it:",
            )
        )
        out.append(Block("ul", items=tuple(public_register(p.public).describe())))
    else:
        out.append(
            Block("p", "None. This policy keeps no public figure, outlet or place: everything found is withheld.")
        )

    out.append(Block("h2", "Protected people (case registry)"))
    reg = (
        "A run may name a case registry (a file listing the protected people of one story: their names, nicknames, "
        "relatives, phone numbers, units and home places). Everything in it is always withheld, in every case form, "
        "spelling, diminutive and phone format, even where no recognizer fires and even where this policy would keep "
        "it. The registry's contents never appear in outputs, logs or the audit, which records only a hash of the file."
    )
    if p.case_registry:
        reg += f" This policy names a registry file by default: {p.case_registry}."
    out.append(Block("p", reg))

    out.append(Block("h2", "Keys"))
    if needs_key(p):
        ops = sorted({r.operator for r in [*p.entities.values(), p.unnamed_operator]} & KEYED_OPERATORS)
        out.append(
            Block(
                "p",
                f"This policy uses {' and '.join(ops)} replacements, which are derived from a secret key. The same key "
                "gives the same substitutes in every run; another key gives different ones. Runs without a key are "
                "refused; a one-off key (--ephemeral-key) keeps substitutes consistent within that run only. "
                "Keep the key secret: anyone with the key and a candidate name can test whether it was replaced.",
            )
        )
    else:
        out.append(Block("p", "No key is needed: nothing this policy does depends on a secret."))

    out.append(Block("h2", "Scope"))
    scope = [
        "Languages: " + ", ".join(_LANG_NAMES[lang] for lang in p.languages) + ".",
        f"English language model: {p.model}.",
        f"Default minimum confidence: {p.default_threshold:.2f}.",
    ]
    if p.recognizers:
        on = sorted(k for k, v in p.recognizers.items() if v)
        off = sorted(k for k, v in p.recognizers.items() if not v)
        if on:
            scope.append("Recognizers switched on: " + ", ".join(on) + ".")
        if off:
            scope.append(
                "Recognizers switched off: " + ", ".join(off) + ". Details only they would find are not withheld."
            )
    else:
        scope.append("All recognizers run with their default settings.")
    out.append(Block("ul", items=tuple(scope)))
    return out


def _allow_set(p: Policy) -> dict[str, str]:
    return {_describe_allow(e): _describe_allow(e) for e in p.allow_list}


def _public_summary(p: Policy) -> str:
    """One phrase for a policy's use of the public register (for ``policy diff``)."""
    if p.public is None:
        return "none (no public figure, outlet or place is kept)"
    keep = ", ".join(f"{kind} {how}" for kind, how in sorted(p.public.keep.items()))
    return f"{', '.join(p.public.registers)} (cities of at least {p.public.min_population:,} people; {keep})"


def diff(old: LoadedPolicy, new: LoadedPolicy) -> list[Block]:
    """What changed between two policies, in the language of :func:`explain`."""
    a, b = old.policy, new.policy
    out: list[Block] = [
        Block(
            "h1",
            f"Changes from {_quote(a.metadata.name)} version {a.metadata.version} "
            f"to {_quote(b.metadata.name)} version {b.metadata.version}",
        ),
        Block(
            "ul", items=(f"Old file: {old.path} (SHA-256 {old.sha256})", f"New file: {new.path} (SHA-256 {new.sha256})")
        ),
    ]
    changes: list[str] = []
    if _approval(a) != _approval(b):
        changes.append(f"Approval: was “{_approval(a)}” Now “{_approval(b)}”")
    withheld: list[str] = []
    for ent, desc in ENTITIES.items():
        ra, rb = describe_rule(a.rule_for(ent), ent), describe_rule(b.rule_for(ent), ent)
        label = desc.split(":")[0]
        if ra != rb:
            withheld.append(f"{label[:1].upper() + label[1:]}: were {ra}; now {rb}.")
        ta, tb = _threshold(a, ent), _threshold(b, ent)
        own = any(r is not None and r.threshold is not None for r in (a.rule_for(ent), b.rule_for(ent)))
        if ta != tb and "—" not in (ta, tb) and own:  # a change of the default is stated once, below
            more = "more" if float(tb) < float(ta) else "less"
            withheld.append(f"{label[:1].upper() + label[1:]}: minimum confidence {ta} → {tb} (withholds {more}).")
    if (a.unnamed_entities, describe_rule(a.unnamed_operator)) != (
        b.unnamed_entities,
        describe_rule(b.unnamed_operator),
    ):
        was = describe_rule(a.unnamed_operator) if a.unnamed_entities == "redact" else "kept"
        now = describe_rule(b.unnamed_operator) if b.unnamed_entities == "redact" else "kept"
        withheld.append(f"Other kinds of detail: were {was}; now {now}.")
    allow_a, allow_b = _allow_set(a), _allow_set(b)
    added = [x for x in allow_b if x not in allow_a]
    removed = [x for x in allow_a if x not in allow_b]
    if a.public != b.public:
        changes.append(f"Public register: was {_public_summary(a)}; now {_public_summary(b)}.")
    if needs_key(a) != needs_key(b):
        changes.append("Keys: the new policy " + ("needs" if needs_key(b) else "no longer needs") + " a secret key.")
    scope: list[str] = []
    if a.languages != b.languages:
        scope.append(
            "Languages: "
            + ", ".join(_LANG_NAMES[x] for x in a.languages)
            + " → "
            + ", ".join(_LANG_NAMES[x] for x in b.languages)
            + "."
        )
    if a.model != b.model:
        scope.append(f"English language model: {a.model} → {b.model}.")
    if a.default_threshold != b.default_threshold:
        more = "more" if b.default_threshold < a.default_threshold else "less"
        scope.append(
            f"Default minimum confidence: {a.default_threshold:.2f} → {b.default_threshold:.2f} "
            f"(withholds {more} of every kind of detail without its own minimum)."
        )
    for name in sorted(set(a.recognizers) | set(b.recognizers)):
        va, vb = a.recognizers.get(name), b.recognizers.get(name)
        if va != vb:
            state = {True: "on", False: "off", None: "default"}
            scope.append(f"Recognizer {name}: {state[va]} → {state[vb]}.")
    if a.case_registry != b.case_registry:
        scope.append(f"Default case registry: {a.case_registry or 'none'} → {b.case_registry or 'none'}.")

    out.append(Block("h2", "What is withheld and how"))
    out.append(Block("ul", items=tuple(withheld)) if withheld else Block("p", "No change."))
    out.append(Block("h2", "Exceptions"))
    if added or removed:
        items = [f"Now allowed: {x}." for x in added] + [f"No longer allowed (now withheld): {x}." for x in removed]
        out.append(Block("ul", items=tuple(items)))
    else:
        out.append(Block("p", "No change."))
    out.append(Block("h2", "Approval, keys and scope"))
    rest = changes + scope
    out.append(Block("ul", items=tuple(rest)) if rest else Block("p", "No change."))
    return out


# --- rendering -------------------------------------------------------------------------------


def _md_cell(s: str) -> str:
    return s.replace("|", "\\|")


def _to_md(blocks: Sequence[Block]) -> str:
    lines: list[str] = []
    for b in blocks:
        if b.kind == "h1":
            lines += [f"# {b.text}", ""]
        elif b.kind == "h2":
            lines += [f"## {b.text}", ""]
        elif b.kind == "p":
            lines += [b.text, ""]
        elif b.kind == "ul":
            lines += [f"- {item}" for item in b.items] + [""]
        else:
            head, *body = b.rows
            lines.append("| " + " | ".join(_md_cell(c) for c in head) + " |")
            lines.append("|" + "|".join("---" for _ in head) + "|")
            lines += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in body]
            lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


_CSS = (
    "body{font-family:Georgia,serif;max-width:52em;margin:2em auto;line-height:1.5;color:#111}"
    "table{border-collapse:collapse;width:100%}"
    "th,td{border:1px solid #bbb;padding:.3em .5em;vertical-align:top;text-align:left}"
    "th{background:#eee}code{font-size:.9em}"
)


def _to_html(blocks: Sequence[Block]) -> str:
    esc = html.escape
    title = next((b.text for b in blocks if b.kind == "h1"), "Policy")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        f'<head><meta charset="utf-8"><title>{esc(title)}</title><style>{_CSS}</style></head>',
        "<body>",
    ]
    for b in blocks:
        if b.kind in {"h1", "h2", "p"}:
            parts.append(f"<{b.kind}>{esc(b.text)}</{b.kind}>")
        elif b.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in b.items) + "</ul>")
        else:
            head, *body = b.rows
            parts.append("<table>")
            parts.append("<tr>" + "".join(f"<th>{esc(c)}</th>" for c in head) + "</tr>")
            parts += ["<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in body]
            parts.append("</table>")
    parts += ["</body>", "</html>"]
    return "\n".join(parts) + "\n"


def render(blocks: Sequence[Block], fmt: str = "md") -> str:
    """Render blocks as Markdown (``md``) or a self-contained HTML page (``html``)."""
    if fmt == "html":
        return _to_html(blocks)
    return _to_md(blocks)
