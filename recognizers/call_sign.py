"""Call signs and nicknames introduced by a cue, in English.

Cues: "call sign", "callsign", "c/s", "callname", "pseudonym", "code-named", "nicknamed", "nickname",
"goes by", "known as", "knows him as", "referred to as", "they call him",
"everyone calls him", "a man they call "X"", "identified himself as".
The value is a quoted phrase of up to four words (“Crazy Professor”,
"Taiga", «Grom») or one to three Title-case words ("call sign
Taiga", "callsign Buran"); a few linking words may sit between cue and value
("his call sign is reported to be "Sever""). Inside a passage that talks
about call signs or nicknames, other short quoted Title-case phrases are call
signs too ("Mine is "Zubr", the sergeant's is "Vdova""), and so is a
Title-case word after a possessive ("my call sign is Taiga, the commander's
is Shaman"). Radio procedure
("Come in, Tundra, this is Granit") names both stations.
Without a cue: a quoted Title-case word as the object of a verb of speaking to someone ("Ask 'Shaman'") or the subject
of a verb ("'Lom' shot them", "'Tayga' is their commander"); a bare English common word after such a verb ("ask
Shaman, he knows") or after a Russian rank or a post ("kombat Shaman"); a Russian post in Latin letters, bare and
capitalised, as the subject of a verb in a transcript ("Kombat tore up the paper"); a bare Title-case English word
opening a sentence of a transcript as the subject of a man's act, perhaps after coming or going ("Then Magpie came and
took the drone"), or said to hold a post that closes the clause ("Sever is our platoon commander", "Ghost is our
commander now"); a quoted word inside a given name
and surname ('Oleh "Amber" Kovalchuk'); a station called twice ("Grom, Grom, this is Sokol") or addressed at the start
of a turn ("Fox, this is Bear, read you fine"); a numbered station anywhere in a radio exchange, its turns labelled or
dashed, but not a numbered position after "at" or "moving to" ("Yug-95 to Buran-30", "I'm Kedr-12", "this is Buran-30,
over", "said Buran-30"); an English common word owning a group of men ("Bear's guys", "Shaman's group went in"); an
English noun spoken to and asked or ordered ("Owl, where are you?"); English nouns taking turns as speaker labels in
speech ("Bear: Copy.\nFox: Moving.\nBear: Go."); the answer to a question about a call sign ("Q: Call sign? A:
Bear."). A word the English model tags as a place, a people or a body is none of these, nor a role, a relative, a
given name or a name the public register holds.
Records also give a quoted one-word name said to be him or mourned: "Now he is «Bars» in the 3rd company", "He was
«Ded» to everyone", "Farewell to «Bars»", "Rest in peace, «Kum»" (not a team's fan, a people or an award).
Known false positive: "known as" before a place or an organisation ("known
as Donbas Arena") tags it CALL_SIGN; it is still withheld.
Known false positive: a quoted film or book title as a subject ("'Leviathan' won prizes").
"""

from __future__ import annotations

from typing import Any, ClassVar

import regex
from presidio_analyzer import AnalysisExplanation, RecognizerResult

from redact.recognizers._names import KINSHIP, TITLE_WORD, NamePattern, RegexRecognizer, compile_pattern, is_not_name
from redact.recognizers.nlp.places import field_post_address, listed_place
from redact.recognizers.organization_en import quoted_institution_name

_CUE = (
    # "c/s Bars" (the abbreviation of records and lists), "pseudonym «Kum»", "pseudo "Tykhyi"" (the Ukrainian
    # "псевдо" translated), "callname Granit"
    r"(?:c/s(?![\p{L}/])|pseudo(?:nym)?s?(?![\p{L}-])|call[\s-]?names?|"
    r"call[\s-]?signs?|radio\s+names?|noms?\s+de\s+guerre|war\s+names?|alias|a\.k\.a\.?|aka|code[\s-]?named|codenamed?|code\s+names?|nick[\s-]?named|nick[\s-]?names?|"
    r"goes\s+by(?:\s+the\s+name)?|went\s+by|known\s+(?:only\s+)?as|"
    # whom he was known to, before "as": "better known to his brothers-in-arms as «Chaika»"
    r"known\s+to\s+(?:[\p{L}'’-]+\s+){1,4}as(?=\s+[\"“«])|"
    # anyone calling him by a quoted name: "his comrades called him «Lis»"
    r"call(?:s|ed)?\s+(?:him|her)(?=\s+[\"“«])|(?:they|everyone|everybody|we|guys|lads)\s+(?:here\s+)?"
    r"call(?:s|ed)?\s+(?:him|her|me|them)|(?:know|knows|knew|known)\s+(?:him|her|them|me)\s+as|"
    # the man's full name between the verb and "as": "everyone knew Vasyl Petrovych Moroz as "Kum""
    r"(?:know|knows|knew)\s+(?:\p{Lu}[\p{Ll}'’-]+\s+){1,4}as(?=\s+[\"“«„'‘])|"
    r"(?:is\s+|was\s+)?referred\s+to\s+as|(?:they|everyone|everybody|people|guys|lads|we)\s+call(?:s|ed)?(?=\s+[\"“«])|"
    r"(?:identif(?:y|ies|ied|ying)|introduc(?:e|es|ed|ing)|call(?:s|ed|ing)?|nam(?:e|es|ed|ing)|refer(?:s|red|ring)?\s+to)"
    r"\s+(?:himself|herself|myself|themselves)(?:\s+only)?\s+as|sign(?:s|ed|ing)?\s+(?:off|in|on)\s+as|"
    r"(?:identified|introduced|calls?|called)\s+(?:himself|herself|myself))"
)
# Words allowed between the cue and the value: "his call sign is reported to be", "call sign: ", and a comma before a
# value set off on both sides ("who gave only his call sign, Vityaz, said").
_LINK = (
    r"(?:\s*[:—–-]\s*|,\s+(?=[\"“«]?\p{Lu}\p{Ll}+[\"”»]?\s*[,.;—–])"
    r"|\s+(?:is|was|of|being|now|still|just|simply|only|reportedly|reported\s+to\s+be|said\s+to\s+be|"
)
_LINK += r"became|becomes|it's|its|here)(?=\s))*\s*"
_OPEN = r"[\"“«„'‘]"
_CLOSE = r"[\"”»“'’]"
# the number of a numbered station inside the quotes is part of it: call sign "Baikal-7", "Kedr 12"
_QUOTED = rf"{_OPEN}(?P<v>\p{{L}}[\p{{L}}\d'’ -]{{0,30}}?[\p{{L}}\d]|\p{{Lu}}){_CLOSE}"
# a numbered station keeps its number: "callsign Kedr-3"
_BARE = rf"(?P<v_bare>{TITLE_WORD}(?:\s{TITLE_WORD}){{0,2}}(?:-\d{{1,3}}(?!\d))?|\p{{Lu}}{{2,}}(?:-\d+)?)"
# A cue that names nothing but a call sign: after it even common English words in Title case are one ("his call sign
# was Old Man", "callsign Hunter"), where "known as a Hero" is a description.
_STRONG_CUE_BEFORE = regex.compile(
    r"(?i:call[\s-]?signs?|callsigns?|c/s|pseudo(?:nym)?s?(?![\p{L}-])|call[\s-]?names?|noms?\s+de\s+guerre|radio\s+names?"
    r"|code[\s-]?named|codenamed|nick[\s-]?named"
    r"|nick[\s-]?names?|goes\s+by|went\s+by)"
    r"(?:\s*[:—–-]\s*|,\s+(?=[\"“«]?\p{Lu}\p{Ll}+[\"”»]?\s*[,.;—–])|\s+(?:is|was|of|being|now|still|simply)(?=\s))*\s*$"
)
_VALUE = rf"(?:{_QUOTED}|{_BARE})"
_TOPIC = regex.compile(r"call[\s-]?signs?|callsigns?|nick[\s-]?names?|code[\s-]?names?|радио|позывн", regex.IGNORECASE)
_QUOTED_TITLE = regex.compile(rf"{_OPEN}(?P<v>\p{{Lu}}[\p{{L}}'’-]+(?:\s\p{{Lu}}[\p{{L}}'’-]+){{0,2}}){_CLOSE}")
# An award's title, quoted as the Soviet and Russian or Ukrainian ones are translated ('order "For Courage"', 'the
# medal "For Bravery"', 'badge "Honoured Miner"'): a title opening with "For", or a quote right after an award noun.
_AWARD_TITLE = regex.compile(r"For\s\p{Lu}")
_AWARD_BEFORE = regex.compile(
    r"(?i:\b(?:order|medal|cross|badge|decoration|award|insignia|title)s?)[ \t]+(?:of[ \t]+)?['‘\"“«]$"
)
# "the commander's is Shaman": the possessive stands for "call sign" already mentioned.
# A possessive pronoun stands for it too: "Mine is Taiga, his is Kaban".
_POSSESSIVE_IS = regex.compile(
    rf"(?:\w['’]s|(?<![\p{{L}}'’])(?i:his|mine|hers|theirs|yours|ours))\s+(?:is|was)\s+[\"“«]?(?P<v>{TITLE_WORD})"
)
# The same asked and answered: "Q: And your commander's? A: Tundra.", "- The sergeant's? - "Vdova"."
_POSSESSIVE_ASKED = regex.compile(
    r"\w['’]s\s*\?[ \t]*(?:\n[ \t]*)?(?:\(?\p{Lu}[\p{L}\d .]{0,20}\)?[ \t]*:[ \t]*)?(?:[—–-][ \t]*)?[\"“«]?"
    rf"(?P<v>{TITLE_WORD}(?:-\d{{1,3}}(?!\d))?)[\"”»]?(?=[ \t]*(?:[.!,;]|$))",
    regex.MULTILINE,
)


# A translator's gloss right after a call sign: "His is Kaban. Boar.", "they call him Chaika, seagull.", "Grom
# (thunder)". One or two words standing alone to the end of their sentence or bracket; the translation tells the
# call sign as surely as the transliteration.
_GLOSS = regex.compile(
    r"[\"”»’']?(?:,[ \t]*|\.[ \t]+|[ \t]*\([ \t]*|[ \t]*[—–][ \t]*)(?:meaning[ \t]+|i\.e\.,?[ \t]+)?[\"“«‘']?"
    r"(?P<v>\p{L}[\p{Ll}'’-]+(?:[ \t]\p{Ll}+)?)[\"”»’']?(?=[ \t]*(?:[.!)]|$))"
)


# A quoted Title-case word used as a man: the object of a verb of speaking to someone ("Ask 'Shaman'", "tell
# "Borodach" the car is here") or the subject of a verb ("'Lom' shot them", "'Kalash' says", "'Tayga' is their
# commander"). The apostrophe of "Tiger's" is no quote: a quote opens after a non-letter and closes before one.
_QUOTED_WORD = regex.compile(r"(?<![\p{L}\d])['‘\"“](?P<v>\p{Lu}\p{Ll}[\p{Ll}-]*)['’\"”](?![\p{L}\d])")
_ADDRESS_VERBS = frozenset(
    """ask asks asked tell tells told call calls called phone phones phoned ring rings rang text texts texted message
    thank thanks thanked warn warns warned remind reminds reminded pay pays paid""".split()
)
# A quoted word between a given name and a surname, or after both: 'Oleh "Amber" Kovalchuk', "Taras Hnatiuk
# 'Yavir'": the way reporting writes a soldier's call sign.
_NAME_QUOTED = regex.compile(
    r"(?<![\p{L}-])(?P<a>\p{Lu}\p{Ll}+)(?:\s+(?P<b>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?))?(?:\s+|(?P<comma>,\s*))"
    r"(?:['‘\"“«](?P<v>\p{Lu}\p{Ll}[\p{Ll}'’-]*(?:\s\p{Lu}\p{Ll}+)?)[,.]?['’\"”»]|\((?P<v>\p{Lu}\p{Ll}[\p{Ll}'’-]*)\))"
    r"(?![\p{L}\d])",
    regex.V1,
)
# The same verbs before a bare Title-case English word: "Ask Shaman, he knows", "tell Tiger to wait".
_ADDRESSED = regex.compile(
    r"(?<![\p{L}-])(?i:ask|asks|asked|asking|tell|tells|told|telling|call|called|phone|phoned|ring|text|texted|thank|thanked|warn|warned|"
    r"remind|reminded)\s+(?P<v>\p{Lu}\p{Ll}+(?:-\d{1,3}(?!\d))?)(?![\p{L}'’-])(?!\s+\p{Lu})"
)
_SACRED = frozenset("god lord jesus christ allah heaven heavens satan devil".split())
# A radio station: a Title-case word, with the number of its set when it has one ("Buran-30", "Kedr-3").
_STATION = rf"{TITLE_WORD}(?:-\d{{1,3}}(?!\d))?"
# Words that open a spoken turn before a comma and are no station: "Listen, this is Sasha", "Look, this is hell".
_OPENERS = (
    r"(?i:listen|look|hey|hello|hi|well|okay|ok|so|now|see|wait|yes|yeah|no|guys|man|dude|boys|lads|folks|sorry|"
    r"please|thanks|alright|right|oh|ah|damn|fuck|shit|christ|god|lord|jesus|mate|friend|friends|everyone|everybody)"
)
# An English common noun spoken to as a turn opens, then a question or an order to him: "Owl, where are you?",
# "Granite, cover the left!", "— Badger, do you hear me?": a man called by his call sign. The noun names no one when
# it is a greeting, a curse, a role or a relative (module :data:`_OPENERS`, :func:`is_not_name`).
_VOCATIVE = regex.compile(
    r"(?:^|(?<=[:—–]\s{0,3})|(?<=[.!?]\s{1,3}))(?P<v>\p{Lu}\p{Ll}{2,}),\s+(?:where\s+are\s+you|(?:are|do|did|can|will)\s+you"
    r"|you\s+(?:there|hear|copy|ok|okay|alive)|answer|come\s+(?:in|here|back|out)|get\s+(?:down|out|back|over)|move|cover"
    r"|pull\s+back|fall\s+back|hold|report|repeat|confirm|respond|wait\s+for|bring|take|tell\s+me|give\s+me|go\s+(?:left"
    r"|right|back|forward|around))\b",
    regex.MULTILINE,
)
_VOCATIVE_STOP = frozenset(
    "nurse stop help guy boss honey love sweetie dear dude kids children everyone people".split()
)
# Speaker labels that are roles, stations of no one or parts of a record, though English nouns: a radio exchange
# between "Bear:" and "Fox:" names two men, one between "Base:" and "Pilot:" names no one.
_LABEL_ROLES = frozenset(
    """defendant occupant occupier okupant invader girlfriend boyfriend subscriber interlocutor base control
    headquarters command
    station tower post observer pilot spotter bot reply note notes comment source status service unit rank address
    enemy orc victim suspect accused plaintiff lawyer neighbour neighbor colleague relative stranger passenger customer
    client patient nurse volunteer recruit conscript contractor deserter hostage detainee captive guard sentry cook
    radio radioman signaller signalman dispatcher duty staff group team crew squad platoon company battalion caller
    voice man woman boy girl child kid listener viewer reader author user member admin everyone all both
    other""".split()
)
# A turn that is speech: a person's pronoun, a question, an exclamation or a word of radio procedure.
_SPEECH = regex.compile(r"(?i:\b(?:i|i'm|you|we|me|us|my|your|our|copy|over|roger|received|moving)\b|[?!])")
# A relative spoken to: "Mom, it's Artyom" is a son on the phone, not a radio station.
_KIN = "(?i:" + "|".join(sorted((regex.escape(k) for k in KINSHIP), key=len, reverse=True)) + ")"
# An English common word owning a group of men is a commander's call sign: "Bear's guys took the village", "tell
# Wolf's boys to wait", "Shaman's group went in". The owner has no determiner ("the Army's men" is a body).
_OWNER = regex.compile(
    r"(?<![\p{L}-])(?P<v>\p{Lu}\p{Ll}{2,})['’]s\s+(?:(?:own|whole|new|old|assault|recon|drone|mortar)\s+)?"
    r"(?:guys|boys|lads|men|group|squad|platoon|crew|team|people|detachment|fighters|section|gang|outfit)\b"
)
# Bodies and abstractions that own men in speech without being anyone's call sign.
_OWNER_BODIES = frozenset(
    """army navy police church state government ministry kremlin command headquarters staff nation country
    people world father mother president commander general colonel major captain summer winter spring autumn fall
    today yesterday tomorrow""".split()
)
_AUXILIARIES = frozenset("is was were are be been has had have does did do will would can could may might".split())
_DETERMINERS = frozenset("the a an this that these those their our his her its my your whose which".split())
_ROLE_NOUNS = (
    r"commander|kombat|kombrig|deputy|sergeant|sarge|lieutenant|captain|medic|sniper|gunner|driver|chief|boss|"
    r"platoon\s+leader|squad\s+leader|company\s+commander|battalion\s+commander|senior|leader|officer"
)
# "'Tayga' is their commander", "'Borodach' was his deputy".
# Radio slang for the killed and wounded said of a quoted word, closing the clause: "'Kulyok' is 200.", "'Tankist'?
# Two hundred.", "'Sova' — three hundred, heavy" (a distance or a sum goes on with its noun: "'Kedr' is 200 metres").
_CASUALTY_EN = regex.compile(
    r"[ \t]*(?:\?[ \t]*)?(?:[—–-][ \t]*)?(?:(?:is|was|’s|'s)[ \t]+(?:now[ \t]+|also[ \t]+|already[ \t]+)?(?:a[ \t]+)?)?"
    r"(?:200|300|(?:[Tt]wo|[Tt]hree)[ \t-]hundred)(?:th|s)?(?=[ \t]*(?:[.,;!?…)\n]|$))"
)
_IS_ROLE = regex.compile(rf"\s+(?:is|was|'s)\s+(?:the|their|our|his|my|your|a)\s+(?:\p{{Ll}}+\s+)?(?:{_ROLE_NOUNS})\b")
# A rank or post in lower case (or opening the sentence) and a Title-case English word used as his name: "kombat
# Shaman", "our commander Tundra", "Kombat Grom ordered". A surname after a rank is PERSON's business.
_RANKED = regex.compile(
    rf"(?<![\p{{L}}-])(?:[Kk]ombat|[Kk]ombrig|[Kk]omroty|(?:(?<=\b(?:The|Our|My|Their|His|Her|Your)\s)|(?<![A-Z]\p{{L}}*\s))"
    rf"(?:{_ROLE_NOUNS}|soldier|fighter|serviceman))"
    rf"(?:\s+|(?P<comma>,\s+))(?P<v>\p{{Lu}}\p{{Ll}}+(?:-\d{{1,3}}(?!\d))?)(?![\p{{L}}'’-])"
)

# A capitalised word and the lower-case word after it: a post as the subject of a verb ("Kombat tore up").
_RANK_SUBJECT = regex.compile(r"(?<![\p{L}'’-])(?P<v>\p{Lu}\p{Ll}+)[ \t]+(?P<w>\p{Ll}+)(?![\p{L}'’-])")

_REPLIES = frozenset(
    """
    yes no yeah yep nope okay ok right sure exactly true correct fine good nice indeed well period copy roger out end
    """.split()
)


def _given_name_from_place(words: list[str]) -> bool:
    """A known given name, "from" and a gazetteer place ("Styopa from Chita"): a person and his town introduced
    together, which the given-name and place recognizers find; an unknown first word stays one call sign."""
    if len(words) < 3 or words[1] != "from":
        return False
    from redact.recognizers.given_name import given_names

    return bool(given_names().get(words[0])) and listed_place(" ".join(words[2:]))


def _model_bodies(nlp_artifacts: Any) -> list[tuple[int, int]]:
    """Spans the English model tags as a place, a people, a body or a building (GPE, LOC, NORP, ORG, FAC)."""
    return [
        (e.start_char, e.end_char)
        for e in (getattr(nlp_artifacts, "entities", None) or ())
        if e.label_ in ("GPE", "LOC", "NORP", "ORG", "FAC")
    ]


def _demonym(word: str) -> bool:
    """Whether ``word`` is an English adjective of nationality or origin ("Russian", "Chinese", "Polish", "Uzbek" is
    not caught)."""
    from redact.recognizers.spacy_ner import _lemma_index

    w = word.casefold()
    return w.endswith(("ian", "an", "ese", "ish", "ic", "i")) and w in _lemma_index().get("adj", ())


def _plural(low: str) -> bool:
    """Whether the lower-case ``low`` is an English plural ("drones", "guys"; not "walrus", "boss")."""
    from redact.recognizers.spacy_ner import _lemma_index

    nouns = _lemma_index().get("noun", ())
    return low.endswith("s") and not low.endswith("ss") and (low[:-1] in nouns or low[:-2] in nouns or low not in nouns)


def _english_word(low: str) -> bool:
    """Whether the lower-case ``low`` is an English dictionary word of any part of speech, and no given name."""
    from redact.recognizers.given_name import given_names
    from redact.recognizers.spacy_ner import _lemma_index

    index = _lemma_index()
    return any(low in index.get(pos, ()) for pos in ("noun", "verb", "adj", "adv")) and not given_names().get(
        low.title()
    )


def _gloss_noun(word: str) -> bool:
    """Whether ``word`` is an English noun and neither adjective nor adverb ("seagull", "boar", "thunder")."""
    from redact.recognizers.spacy_ner import _lemma_index

    w = word.casefold().strip("'’.")
    index = _lemma_index()
    stem = w[:-1] if w.endswith("s") and w[:-1] in index.get("noun", ()) else w
    return stem in index.get("noun", ()) and stem not in index.get("adj", ()) and stem not in index.get("adv", ())


# A transcript: two lines or more open with a speaker mark ("(Z):", "SOLDIER:", "Wife:").
# A turn: a speaker label, or a chat's header line of sender and time ("Shaman 06:42", see recognizers/chat_header.py).
# A turn's label, perhaps quoted and numbered as translated radio logs write a station ("«Kedr-21»: Sit tight.").
_TURN_MARK = regex.compile(
    r"(?m)^[ \t]*(?:(?:\(\p{Lu}{1,3}\)|\p{Lu}[\p{L} .]{0,24}|[«\"“]\p{Lu}[\p{L} .]{0,24}(?:-\d{1,3})?[»\"”])[ \t]?:"
    r"|\p{Lu}[\p{L} .]{0,24}[ \t],?[ \t]*\[?[0-2]?\d:[0-5]\d\]?[ \t]*$)"
)
# In English a singular common noun needs a determiner to be a subject; one that opens a sentence bare before a verb
# of saying or acting is a name, as translations of calls render a call sign ("Shaman said we go again", "(Z): Boar
# took all the drone money").
_BARE_SUBJECT = regex.compile(
    r"(?:^|(?<=[.!?…]\s{1,3})|(?<=:\s{1,3})|(?<=[—–]\s{1,3}))"
    # a time word or a conjunction may open the sentence first: "Yesterday Prof took four guys", "And Bear said"
    r"(?:(?:Yesterday|Today|Then|Now|And|But|So|Later|Tonight|Last\s+night|This\s+morning),?\s+)?"
    r"(?P<v>\p{Lu}\p{Ll}{2,})\s+"
    # "Then Shaman came and took the drone": coming or going first, then the man's act
    r"(?:(?:came|went|comes|goes)\s+and\s+)?"
    r"(?:said|says|told|tells|ordered|orders|took|takes|sent|sends|asked|asks|promised|promises|yelled|shouted"
    r"|wants|wanted|called|calls|brought|gave|drove|led|decided|decides|lied|lies|swore|swears)\b",
    regex.MULTILINE,
)
# The same bare word opening a sentence of a transcript and said to hold a post, the post closing the clause: "Ghost is
# our commander now", "Sever is our platoon commander" (an English word of any part of speech: "sever" is a verb, the
# call sign Russian "north"); "Money is the chief problem" is none.
_BARE_ROLE = regex.compile(
    r"(?:^|(?<=[.!?…]\s{1,3})|(?<=:\s{1,3})|(?<=[—–]\s{1,3}))(?P<v>\p{Lu}\p{Ll}{2,})(?="
    + _IS_ROLE.pattern
    # the post closes the clause: "Money is the chief problem" is no man
    + r"(?=\s*(?:[.,!?;:—–-]|$)|\s+(?:now|here|there|again|too|of|in|from)\b))",
    regex.MULTILINE,
)
# An English common noun in Title case inside a sentence of a transcript, in a slot only a man fills: kept company
# with, told, asked, met, given to ("I went with Shaman", "gave the drones to Wolf", "ask Bear"), or beside "me" ("Me
# and Bear were on watch", "Monk, Bear and me"). English capitalises no common noun there unless it is a name.
_COMPANY_SLOT = regex.compile(
    r"(?:(?<=(?<![\p{L}'’-])(?i:with|and|to|from|for|about|without|behind|beside|near|tell|told|ask|asked|saw|see|met"
    r"|meet|call|called|phoned|texted|except|than|like)[ \t]+)(?P<v>\p{Lu}\p{Ll}{2,})(?![\p{L}'’\d-])(?![ \t]+\p{Lu})"
    r"|(?<![\p{L}'’-])(?P<v>\p{Lu}\p{Ll}{2,})(?=,?[ \t]+and[ \t]+(?:me|I)\b))",
    regex.V1,
)
# Weapons, drones, vehicles and systems soldiers name in Title case, with a model number or without: no one's call
# sign ("hit by Tornado", "an Orlan-10 was up", "the Lancet-3 got it").
_SYSTEMS = frozenset(
    """javelin stinger lancet hurricane tornado tulip peony hyacinth carnation acacia starlink bradley abrams leopard
    himars grad smerch uragan solntsepyok buratino shahed geran orlan krasnopol kalibr iskander kinzhal zala eleron
    granat leer krasukha molniya zoopark supercam forpost zil gaz uaz kamaz ural tigr covid""".split()
)
# A numbered station anywhere in a transcript: "They moved us under Kedr-3", "Buran-30 is not answering".
_NUMBERED = regex.compile(r"(?<![\p{L}\d-])(?P<v>\p{Lu}\p{Ll}{2,}-\d{1,3})(?![\p{L}\d-])")
# A dialogue written with dashes opening its turns, as translated radio exchanges often are ("- Zenit, I'm Kedr-12.\n-
# Kedr-12, Zenit listening."): two such lines that speak (a pronoun, a question, radio words: _SPEECH) make a transcript
# for its numbered stations; a record's bulleted list ("- Sergei Chernykh, 55, of the "Kurgan-1" detachment") does not.
_DASH_TURN = regex.compile(r"(?m)^[ \t]*[-—–][ \t]+(?P<t>\S[^\n]*)")
# A numbered position, not a station: after a preposition of place or a verb of moving to it ("at Berezka-4", "moving
# to Kust-3", "reached Opora-2", "near Lesopolosa-3"); "report to Kedr-3", "under Kedr-3" stay stations.
# A numbered name of a unit: a unit noun before its quotes or after them ("volunteer battalion "Alga-2"", "the
# "Kurgan-1" detachment").
_UNIT_BEFORE = regex.compile(
    r"(?i:\b(?:battalion|detachment|company|brigade|regiment|unit|group|squad|platoon|division|formation)[ \t]+)"
    r"[\"“«'‘]$"
)
_UNIT_AFTER = regex.compile(
    r"[\"”»'’][ \t]+(?i:battalion|detachment|company|brigade|regiment|unit|group|squad|platoon|division|formation)\b"
)
_PLACE_BEFORE = regex.compile(
    r"(?i:\b(?:at|near|outside|inside|behind|past|towards?|into|onto|reach(?:ed|ing)?|(?:mov(?:e|es|ed|ing)|go(?:es|ing)?"
    r"|went|gone|get|got|getting|back|crawl(?:ed|ing)?|run(?:ning)?|ran|drive|drove|driving|head(?:ed|ing)?|pull(?:ed|ing)?"
    r"|fall(?:ing)?|fell|retreat(?:ed|ing)?|return(?:ed|ing)?|come|came|coming)(?:\s+(?:back|over|up|down|out))?\s+to)"
    r"\s+$)"
)
# A turn asking who and the next turn opening with one Title-case word: "(W): Who's in charge?\n(R): Shaman. He ...".
_WHO_ANSWER = regex.compile(
    r"(?im)^[^\n]*\bwho(?:['’]s|m)?\b[^\n]*\?[ \t]*\n[ \t]*(?:\(?\p{Lu}[\p{L}\d .]{0,20}\)?[ \t]*:[ \t]*|[—–-][ \t]*)"
    r"[\"“«]?(?P<v>(?-i:\p{Lu}\p{Ll}{2,}))[\"”»]?(?=[ \t]*[.!,](?:[ \t]|$))"
)
# Nouns that do speak bare in a transcript: a body, a broadcast, a god, everyone.
_BARE_SPEAKERS = frozenset(
    "god command intelligence headquarters control base radio staff news television telegram moscow kyiv kremlin "
    "everyone everybody someone somebody nobody anybody mama papa mum mom dad granny grandma grandpa".split()
)


class CallSignRecognizer(RegexRecognizer):
    """Call signs and nicknames after an English cue, quoted or Title-case."""

    ENTITIES: ClassVar[list[str]] = ["CALL_SIGN"]  # a numbered position ("moving to Kust-3") is field_position's
    PATTERNS: ClassVar[tuple[NamePattern, ...]] = (
        compile_pattern("cue_value", rf"(?i:\b{_CUE}{_LINK}){_VALUE}", 0.95),
        compile_pattern("cue_value_ci", rf"(?i:\b{_CUE}{_LINK}){_OPEN}(?P<v>[^\"”»\n]{{1,30}}?)[,.]?{_CLOSE}", 0.95),
        compile_pattern(
            "radio",
            rf"\b(?:[Cc]ome\s+in|[Tt]his\s+is|[Rr]eceived|[Cc]opy(?:\s+that)?|[Oo]ver\s+to),?\s+(?P<v>{_STATION})"
            rf"(?=\s*[,.!]\s*(?:[Tt]his\s+is|[Oo]ver|[Cc]ome\s+in|\p{{Lu}}\p{{Ll}}+\s+hears|[Hh]ow\s+copy|$))",
            0.9,
        ),
        compile_pattern(
            "come_in_this_is",
            rf"\b[Cc]ome\s+in,?\s+(?P<v>{_STATION}),?\s+this\s+is\s+(?P<v_2>{_STATION})\b",
            0.9,
        ),
        # A station addressed at the start of a turn, then the caller: "Fox, this is Bear, read you fine".
        compile_pattern(
            "addressed_this_is",
            rf"(?:^|(?<=[:—–]\s{{0,3}})|(?<=[.!?]\s{{1,3}}))[\"“«]?(?!{_OPENERS}\b)(?!{_KIN}\b)(?P<v>{_STATION}),\s+"
            rf"(?:[Tt]his\s+is|[Ii]t['’]s)\s+(?P<v_2>{_STATION})(?=\s*[,.!]|\s+(?:here|speaking|calling)\b)",
            0.85,
        ),
        # Two numbered stations, the caller to the called: "Yug-95 to Buran-30: cover the area".
        compile_pattern(
            "numbered_stations",
            r"(?<![\p{L}\d-])(?P<v>\p{Lu}\p{Ll}{2,}-\d{1,3})\s+(?:to|calling|for)\s+(?P<v_2>\p{Lu}\p{Ll}{2,}-\d{1,3})"
            r"(?![\p{L}\d-])",
            0.85,
        ),
        # A station called twice, then the caller: "Grom, Grom, this is Sokol", "Zenit, Zenit, I'm Kedr-12".
        compile_pattern(
            "called_twice",
            rf"(?<![\p{{L}}-])(?P<v>{TITLE_WORD}),\s+(?P=v)[,!]?\s+(?:[Tt]his\s+is|[Ii]t['’]s|I['’]m)\s+(?P<v_2>{_STATION})\b",
            0.9,
        ),
        compile_pattern("hears_you", rf"\b(?P<v>{TITLE_WORD}),?\s+hears\s+you\b", 0.9),
        # A station called twice and asked to answer: "Storm-1, Storm-1, respond", "Kedr, Kedr, do you copy?".
        compile_pattern(
            "called_twice_answer",
            rf"(?<![\p{{L}}-])(?!{_OPENERS}\b)(?P<v>{_STATION}),\s+(?P<v_2>(?P=v))[,!]?\s+"
            r"(?i:respond|answer|come\s+in|(?:do\s+you\s+|how\s+)?copy|(?:do\s+you\s+)?hear\s+me|over|receive)\b",
            0.85,
        ),
        # A station naming itself as a turn opens: "Zenit-2 here, two two-hundreds", "Granite here, moving".
        compile_pattern(
            "station_here",
            rf"(?:^|(?<=[:—–]\s{{0,3}}))(?!{_OPENERS}\b)(?P<v>{_STATION})\s+here(?=\s*[,.!—–])",
            0.8,
        ),
        # A numbered station speaking, spoken to or naming itself: "said Buran-30", "Buran-30 reported", "orders
        # Yug-95 to", "Zenit, I'm Kedr-12".
        compile_pattern(
            "numbered_speaker",
            # an adverb of sequence may stand between: "Yug-95 then responded", "Buran-30 again asked"
            r"(?<![\p{L}\d-])(?P<v>\p{Lu}\p{Ll}{2,}-\d{1,3})(?![\p{L}\d-])[\"”»]?"
            r"(?=\s+(?:(?:then|again|also|later|finally|just|still|immediately)\s+)?(?:said|says|told|tells|asked|asks|replied"
            r"|replies|reported|reports|answered|answers|ordered|orders|shouted|yelled|radioed|complained|complains"
            r"|responded|responds)\b)"
            r"|(?<=\b(?:said|says|told|asked|replied|reported|answered|ordered|orders|shouted|yelled|radioed|answers"
            r"|I['’]m|I\s+am|[Tt]his\s+is"
            # the man a numbered station is said to be: 'told soldier "Buran-30"', 'the commander, "Zenit-7",'
            r"|(?:soldier|officer|commander|fighter|gunner|operator|station|serviceman)\s*,?)\s+[\"“«]?)"
            r"(?P<v_2>\p{Lu}\p{Ll}{2,}-\d{1,3})(?![\p{L}\d-])",
            0.85,
        ),
        # The answer to a question about a call sign: "Q: Call sign? A: Hunter.", "- Your call sign? - "Nikel"".
        compile_pattern(
            "topic_reply",
            r"(?i:\b(?:call[\s-]?signs?|callsigns?|nick[\s-]?names?|code[\s-]?names?|radio\s+names?))[^?.!\n]{0,40}\?"
            r"[ \t]*(?:\n[ \t]*)?(?:\(?\p{Lu}[\p{L}\d .]{0,20}\)?[ \t]*:[ \t]*)?(?:[—–-][ \t]*)?[\"“«]?"
            rf"(?!{_OPENERS}\b)(?P<v>{_STATION}(?:\s{TITLE_WORD}){{0,2}})[\"”»]?(?=[ \t]*(?:[.!,;]|$))",
            0.85,
        ),
        # A quoted Title-case word said to be what he is, as obituaries and posts give the call sign: "Now he is
        # «Bars» in the 3rd company", 'He was "Ded" to everyone' (one word; not a team's fan: "he is «Zenit» fan").
        compile_pattern(
            "he_is_quoted",
            r"(?<![\p{L}'’])(?:[Hh]e|[Ss]he)(?:['’]s|\s+(?:is|was|became|remained|stayed))\s+(?:(?:still|always|just|simply"
            rf"|now|only)\s+)?[«\"“](?P<v>{TITLE_WORD}(?:-\d{{1,3}})?)[»\"”]"
            r"(?=\s*(?:[.,;:!?)—–]|$)|\s+(?:to|for|in|among|on|now|then|and|here|there|with|at|since|again)\b)",
            0.85,
        ),
        # A quoted one-word name mourned, as obituaries and brigade posts head their farewell: "Farewell to «Bars»",
        # "Rest in peace, «Kum»", "Eternal memory to our «Sych»", "in memory of brother «Lys»".
        compile_pattern(
            "mourned_quoted",
            r"(?i:\b(?:farewell\s+to|goodbye,?|rest\s+in\s+peace,?|RIP,?|eternal\s+memory\s+to|in\s+memory\s+of"
            r"|we\s+(?:will\s+)?remember|rest\s+easy,?)\s+(?:(?:our|my|brother|comrade|friend|dear)\s+){0,2})"
            rf"[«\"“](?P<v>{TITLE_WORD}(?:-\d{{1,3}})?)[»\"”]",
            0.85,
        ),
        # A quoted Title-case word beside a rank or role names him: 'His commander is "Tundra"',
        # 'the sergeant, "Babai", said', 'our platoon leader "Lesnik"'.
        compile_pattern(
            "role_quoted",
            r"(?i:\b(?:commander|commanding\s+officer|sergeant|sarge|lieutenant|captain|major|colonel|platoon\s+leader|"
            r"squad\s+leader|company\s+commander|kombat|sniper|medic|comrade|brother[\s-]in[\s-]arms|fellow\s+soldier|"
            r"deputy|officer)(?:['’]s)?)(?:\s+(?:is|was|(?:is|was)\s+called|named|called))?[\s,:—–-]+"
            rf"{_OPEN}(?P<v>{TITLE_WORD}(?:\s{TITLE_WORD})?){_CLOSE}",
            0.9,
        ),
    )
    # Cues like "known as" precede ordinary words too ("known as a hero"): a bare value must not be one.
    _BARE_STOP = frozenset("a an the his her their our my your one that this".split())
    _NO_ANSWER = frozenset("none nothing nobody unknown dunno forgot same never not".split())
    # Russian kinship slang that is a common call sign ("they call him Ded"); English kinship words are not.
    _SLANG_CALL_SIGNS = frozenset("ded batya bratan brat kum dyadya".split())

    def accept(self, text: str, start: int, end: int, pattern: NamePattern) -> bool:
        """Reject function, rank and kinship words as bare values."""
        words = text[start:end].split()
        if not words or words[0].casefold() in self._BARE_STOP:
            return False
        if pattern.name in ("topic_reply", "station_here", "addressed_this_is", "called_twice_answer") and any(
            w.casefold() in _REPLIES or w.casefold() in self._NO_ANSWER for w in words
        ):
            return False  # "Call sign? - None.", "Copy here."
        if pattern.name in ("addressed_this_is", "station_here", "called_twice_answer") and len(words) == 1:
            from redact.recognizers.given_name import given_names

            if given_names().get(words[0].title()):
                return False  # "Kostya, it's Nadya.": a sister and her brother, the name recognisers' people
        if pattern.name == "station_here" and not self._station_word(words[0]):
            return False  # "Come here.", "Stay here!": a verb, not a station
        if len(words) == 1 and _demonym(words[0]) and text[start - 1 : start] not in "\"“«'‘":
            return False  # "identified himself as Russian": a nationality, unquoted
        if pattern.name == "topic_quoted" and quoted_institution_name(text, start, end):
            return False  # 'a tractor driver at Agrofirm "Kedr-Agro" LLC': a company's name near a call sign's cue
        if pattern.name == "topic_quoted" and (
            _AWARD_TITLE.match(text, start, end) or _AWARD_BEFORE.search(text, max(0, start - 24), start)
        ):
            return False  # 'order "For Courage" III class', 'medal "Defender of the Fatherland"': an award's title
        if _given_name_from_place(words):
            return False  # 'introduced himself as "Styopa from Chita"': a given name and a town, found as such
        if all(w[:1].isupper() for w in words) and _STRONG_CUE_BEFORE.search(text, max(0, start - 40), start):
            return True
        if pattern.name in ("he_is_quoted", "mourned_quoted"):
            # quoted and said to be him: a word of the dictionary too ("«Bars»"), not an award's or a people's name
            return not (_AWARD_TITLE.match(text, start, end) or _demonym(words[0]))
        return not all(is_not_name(w) and w.casefold() not in self._SLANG_CALL_SIGNS for w in words)

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[Any]:
        """Cued call signs, plus quoted Title-case phrases in a passage about call signs."""
        results = super().analyze(text, entities, nlp_artifacts)
        if "CALL_SIGN" not in entities:
            return results
        results = results + self._glosses(text, [r for r in results if r.entity_type == "CALL_SIGN"], nlp_artifacts)
        taken0 = {(r.start, r.end) for r in results}
        results += [
            self._result(st, en, 0.85, "quoted_person")
            for st, en in self._quoted_people(text, nlp_artifacts)
            if (st, en) not in taken0
        ]
        results += [
            self._result(st, en, 0.85, "name_quoted") for st, en in self._name_quoted(text) if (st, en) not in taken0
        ]
        results += [
            self._result(st, en, 0.6, "bare_subject")
            for st, en in self._bare_subjects(text, nlp_artifacts)
            if (st, en) not in taken0
        ]
        results += [
            self._result(st, en, 0.7, "transcript_station")
            for st, en in self._transcript_stations(text, nlp_artifacts)
            if (st, en) not in taken0
        ]
        results += [
            self._result(st, en, 0.6, "rank_subject")
            for st, en in self._rank_subjects(text, nlp_artifacts)
            if (st, en) not in taken0
        ]
        results += [
            self._result(st, en, 0.6, "company")
            for st, en in self._company(text, nlp_artifacts)
            if (st, en) not in taken0
        ]
        results += [
            self._result(st, en, 0.6, "ranked")
            for st, en in self._ranked(text, nlp_artifacts)
            if (st, en) not in taken0
        ]
        results += [
            self._result(st, en, 0.6, "owner") for st, en in self._owners(text, nlp_artifacts) if (st, en) not in taken0
        ]
        results += [
            self._result(st, en, 0.7, "speaker_station")
            for st, en in self._speaker_stations(text)
            if (st, en) not in taken0
        ]
        results += [
            self._result(st, en, 0.6, "vocative")
            for st, en in self._vocatives(text, nlp_artifacts)
            if (st, en) not in taken0
        ]
        topic = [m.start() for m in _TOPIC.finditer(text)]
        if not topic:
            return results
        taken = {(r.start, r.end) for r in results}
        topical = NamePattern("topic_quoted", _QUOTED_TITLE, 0.9)
        extra = []
        for m in [*_QUOTED_TITLE.finditer(text), *_POSSESSIVE_IS.finditer(text), *_POSSESSIVE_ASKED.finditer(text)]:
            s, e = m.span("v")
            # Near a cue (within a few sentences after it) and short: a nickname, not a quotation.
            if (s, e) in taken or not any(0 <= s - t <= 300 for t in topic):
                continue
            if self.accept(text, s, e, topical):
                extra.append((s, e))
        extra = extra + [
            (r.start, r.end) for r in self._glosses(text, [self._result(s, e) for s, e in extra], nlp_artifacts)
        ]
        if not extra:
            return results
        for s, e in extra:
            results.append(
                RecognizerResult(
                    "CALL_SIGN",
                    s,
                    e,
                    topical.score,
                    analysis_explanation=AnalysisExplanation(self.label, topical.score, pattern_name=topical.name),
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self.label,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                )
            )
        return results

    def _bare_subjects(self, text: str, nlp_artifacts: Any = None) -> list[tuple[int, int]]:
        """An English singular common noun, capitalised and with no determiner, as the subject opening a sentence of
        a transcript (module :data:`_BARE_SUBJECT`): a call sign rendered by its meaning."""
        if len(_TURN_MARK.findall(text)) < 2:
            return []
        bodies = _model_bodies(nlp_artifacts)
        out: list[tuple[int, int]] = []
        for m in _BARE_SUBJECT.finditer(text):
            word = m.group("v")
            low = word.casefold()
            if low in _BARE_SPEAKERS or is_not_name(word) or low in self._BARE_STOP or _demonym(word):
                continue
            if _plural(low):
                continue  # "Drones took ...": a plural needs no determiner
            if not _gloss_noun(word) or any(s < m.end("v") and m.start("v") < e for s, e in bodies):
                continue  # a name the dictionary does not hold is the name recognisers'; a place or a body stays
            out.append(m.span("v"))
        for m in _BARE_ROLE.finditer(text):
            word = m.group("v")
            low = word.casefold()
            if low in _BARE_SPEAKERS or is_not_name(word) or low in self._BARE_STOP or _demonym(word) or _plural(low):
                continue
            if not _english_word(low) or any(s < m.end("v") and m.start("v") < e for s, e in bodies):
                continue  # "Petrov is our commander": a surname, the name recognisers'; a place or a body stays
            out.append(m.span("v"))
        return out

    @staticmethod
    def _numbered_in_dialogue(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """The numbered stations and the numbered positions (:data:`_PLACE_BEFORE`) of a transcript, labelled or
        dashed (module :data:`_NUMBERED`); no weapon, vehicle or thing after an article."""
        dashed = sum(1 for m in _DASH_TURN.finditer(text) if _SPEECH.search(m.group("t")))
        if len(_TURN_MARK.findall(text)) < 2 and dashed < 2:
            return [], []
        stations: list[tuple[int, int]] = []
        positions: list[tuple[int, int]] = []
        for m in _NUMBERED.finditer(text):
            base = m.group("v").split("-")[0]
            if regex.search(r"(?i:\bthe|\ba|\ban)\s+$", text[max(0, m.start() - 5) : m.start()]):
                continue  # "moving to the Lesopolosa-3": a numbered place or object takes an article, a station none
            if base.casefold() in _SYSTEMS or is_not_name(base):
                continue
            if field_post_address(m.group("v")):
                continue  # "Moscow-400": a field-post address (a city and a three-digit station), no radio name
            if _UNIT_BEFORE.search(text, max(0, m.start() - 20), m.start()) or _UNIT_AFTER.match(text, m.end()):
                continue  # "battalion "Alga-2"": a unit's name, the unit recognisers'
            if _PLACE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                positions.append(m.span("v"))  # "at Berezka-4", "moving to Kust-3": a numbered position
            else:
                stations.append(m.span("v"))
        return stations, positions

    def _rank_subjects(self, text: str, nlp_artifacts: Any = None) -> list[tuple[int, int]]:
        """In a transcript: a Russian rank or post written in Latin letters, capitalised, with no determiner, as the
        subject of a verb in the past or the third person ("Kombat tore up his paper", "then Starshina takes the
        phones"): the post used as the man's name, where "the kombat said" is the post."""
        if len(_TURN_MARK.findall(text)) < 2:
            return []
        from redact.recognizers.nlp.ranks import transliterated
        from redact.recognizers.spacy_ner import _lemma_index, past_verb

        ranks = transliterated()
        verbs = _lemma_index().get("verb", frozenset())
        out: list[tuple[int, int]] = []
        for m in _RANK_SUBJECT.finditer(text):
            if m.group("v").casefold() not in ranks:
                continue
            before = regex.search(r"(\p{L}+)[ \t]+$", text[max(0, m.start() - 12) : m.start()])
            if before and before.group(1).casefold() in _DETERMINERS:
                continue  # "the Kombat", "our Kombat": the post
            w = m.group("w")
            third = w.endswith("s") and (w[:-1] in verbs or (w.endswith("es") and w[:-2] in verbs))
            if (past_verb(w) or third) and w not in _AUXILIARIES:
                out.append(m.span("v"))
        return out

    def _transcript_stations(self, text: str, nlp_artifacts: Any = None) -> list[tuple[int, int]]:
        """In a transcript: a numbered station anywhere (:meth:`_numbered_in_dialogue`), and the one-word answer to
        a question asking who (:data:`_WHO_ANSWER`); no weapon, vehicle, place, body, given name, reply or role."""
        out, _ = self._numbered_in_dialogue(text)
        turns = len(_TURN_MARK.findall(text))
        from redact.recognizers.given_name import given_names

        bodies = _model_bodies(nlp_artifacts)
        if turns < 2:
            return out
        for m in _WHO_ANSWER.finditer(text):
            word = m.group("v")
            low = word.casefold()
            if low in _REPLIES or low in self._NO_ANSWER or low in _LABEL_ROLES or low in _BARE_SPEAKERS:
                continue
            if regex.fullmatch(_OPENERS, word) or is_not_name(word) or _demonym(word) or listed_place(word):
                continue
            if given_names().get(word) or any(s < m.end("v") and m.start("v") < e for s, e in bodies):
                continue  # "Sasha.", "Moscow.": a given name or a place, other recognisers'
            out.append(m.span("v"))
        return out

    def _company(self, text: str, nlp_artifacts: Any = None) -> list[tuple[int, int]]:
        """An English common noun in Title case in a slot only a man fills, inside a transcript (module
        :data:`_COMPANY_SLOT`): a name the dictionary does not hold is the name recognisers'; a place, a body, a
        weapon, a god, a role or a relative stays."""
        if len(_TURN_MARK.findall(text)) < 2:
            return []
        bodies = _model_bodies(nlp_artifacts)
        out: list[tuple[int, int]] = []
        for m in _COMPANY_SLOT.finditer(text):
            word = m.group("v")
            low = word.casefold()
            if low in _BARE_SPEAKERS or low in _OWNER_BODIES or low in _SACRED or low in _LABEL_ROLES:
                continue
            if low in _SYSTEMS or low in _REPLIES or low in self._BARE_STOP or regex.fullmatch(_OPENERS, word):
                continue
            if is_not_name(word) or _demonym(word) or listed_place(word) or not _gloss_noun(word):
                continue
            if _plural(low):
                continue  # "with Drones": a plural
            if any(s < m.end("v") and m.start("v") < e for s, e in bodies):
                continue
            out.append(m.span("v"))
        return out

    def _quoted_people(self, text: str, nlp_artifacts: Any = None) -> list[tuple[int, int]]:
        """Quoted Title-case words used as a man (module :data:`_QUOTED_WORD`)."""
        from redact.recognizers.spacy_ner import _irregular_verb_forms, _lemma_index

        verbs = _lemma_index().get("verb", frozenset())
        nouns = _lemma_index().get("noun", frozenset())
        irregular = _irregular_verb_forms()
        out: list[tuple[int, int]] = []
        bodies = _model_bodies(nlp_artifacts)
        for m in _QUOTED_WORD.finditer(text):
            word = m.group("v")
            if is_not_name(word) or word.casefold() in self._BARE_STOP:
                continue
            if any(s < m.end("v") and m.start("v") < e for s, e in bodies):
                continue  # "'Kommersant' reported": a paper, a place or a people the model knows
            prev = regex.search(r"(\p{L}+)[ \t]*$", text[max(0, m.start() - 30) : m.start()])
            prev_word = prev.group(1).casefold() if prev else ""
            if prev_word in _DETERMINERS:
                continue  # "the 'Pyatnashka'", "their 'Storm'": a unit or a thing named
            if prev_word in nouns and prev_word not in verbs and prev_word not in _ADDRESS_VERBS:
                continue  # "the word 'Liberation'", "the film 'Brother'": a noun names the quoted thing
            if prev_word in _ADDRESS_VERBS or _IS_ROLE.match(text, m.end()) or _CASUALTY_EN.match(text, m.end()):
                out.append(m.span("v"))
                continue
            nxt = regex.match(r"[ \t]+(\p{Ll}+)\b", text[m.end() :])
            if nxt is None or prev_word in ("of", "in", "on", "at", "from", "into", "near", "by"):
                continue
            w = nxt.group(1)
            if w in _AUXILIARIES:
                continue  # "'Liberation' is a lie": a copula says nothing of a person
            past_or_3sg = (
                w in irregular
                or (w.endswith("ed") and (w[:-2] in verbs or w[:-1] in verbs or w[:-3] in verbs))
                or (w.endswith("s") and w[:-1] in verbs and w not in ("is", "was", "has", "as", "us"))
                or (w.endswith("es") and w[:-2] in verbs)
            )
            if past_or_3sg:
                out.append(m.span("v"))
        return out

    def _name_quoted(self, text: str) -> list[tuple[int, int]]:
        """A quoted word inside or after a given name (module :data:`_NAME_QUOTED`)."""
        from redact.recognizers.given_name import given_names
        from redact.recognizers.spacy_ner import _lemma_index

        names = given_names()
        common = _lemma_index().get("all", frozenset())
        out: list[tuple[int, int]] = []
        for m in _NAME_QUOTED.finditer(text):
            first, second = m.group("a"), m.group("b")
            if not names.get(first) or any("ambiguous" in e.flags for e in names.get(first)):
                continue
            if second is not None and second.casefold() in common:
                continue  # "Ivan said 'Enough'": the word after the name is no surname
            word = m.group("v")
            if m.group("comma") and not regex.match(r"\s*[,;—–)]", text[m.end() :]):
                continue  # 'Ivan Kozlov, "Sever", deputy commander': an apposition is set off on both sides
            if not is_not_name(word) and not listed_place(word):
                out.append(m.span("v"))  # "Sergei Loznitsa 'Donbass'": a place (or a film) named after a man
        return out

    def _ranked(self, text: str, nlp_artifacts: Any = None) -> list[tuple[int, int]]:
        """A rank or post, or a verb of speaking to someone, and an English common word used as a name ("kombat
        Shaman", "ask Shaman": module :data:`_RANKED`, :data:`_ADDRESSED`)."""
        from redact.recognizers.spacy_ner import _lemma_index

        index = _lemma_index()
        nouns, adjectives = index.get("noun", frozenset()), index.get("adj", frozenset())
        out: list[tuple[int, int]] = []
        # The model's places, peoples and bodies ("tell Russia", "ask NATO") are no one's call sign.
        places = _model_bodies(nlp_artifacts)
        for m in [*_RANKED.finditer(text), *_ADDRESSED.finditer(text)]:
            word = m.group("v")
            if any(s < m.end("v") and m.start("v") < e for s, e in places):
                continue
            low = word.casefold()
            if is_not_name(word) or low in self._BARE_STOP or low in _SACRED or listed_place(word):
                continue
            if regex.search(r"\p{Ll}{2}-\d", word):
                out.append(m.span("v"))  # "tell Buran-30": a numbered station
            elif m.groupdict().get("comma"):
                # "the new kombat, Shaman, sends us": a word in apposition to a post, set off on both sides ("The
                # commander, Russia says, ..." is none); a given name is the person recognisers'
                from redact.recognizers.given_name import given_names

                if regex.match(r"\s*[,;—–)]", text[m.end() :]) and not given_names().get(word):
                    out.append(m.span("v"))
            elif low in nouns or low in adjectives or m.group().casefold().startswith(("kombat", "kombrig", "komroty")):
                out.append(m.span("v"))
        return out

    def _vocatives(self, text: str, nlp_artifacts: Any = None) -> list[tuple[int, int]]:
        """An English common noun spoken to as a turn opens, asked or ordered (module :data:`_VOCATIVE`). A name the
        dictionary does not hold is the name recognisers'; a place, a body, a plural stays."""
        from redact.recognizers.given_name import given_names

        bodies = _model_bodies(nlp_artifacts)
        out: list[tuple[int, int]] = []
        for m in _VOCATIVE.finditer(text):
            word = m.group("v")
            low = word.casefold()
            if regex.fullmatch(_OPENERS, word) or low in _VOCATIVE_STOP or low in _SACRED or low in _REPLIES:
                continue
            if low in _LABEL_ROLES:
                continue
            if is_not_name(word) or _demonym(word) or listed_place(word) or not _gloss_noun(word):
                continue
            if given_names().get(word) or given_names().get(word + "a"):
                continue  # "Sash, where are you?": Sasha's name cut short as Russians call, the person recogniser's
            if _plural(low):
                continue  # "Guys, where are you?": a plural calls a group
            if any(s < m.end("v") and m.start("v") < e for s, e in bodies):
                continue
            out.append(m.span("v"))
        return out

    def _speaker_stations(self, text: str) -> list[tuple[int, int]]:
        """English nouns as speaker labels taking turns in speech ("Bear: Copy that.\nFox: Moving.\nBear: Go."): a
        label said twice or more in a dialogue of two to four speakers, at least one of its turns speech
        (:data:`_SPEECH`); a record's field labels are many and hold data, roles (:data:`_LABEL_ROLES`) name no one."""
        from redact.recognizers.given_name import given_names
        from redact.recognizers.speaker_label import _labels

        labels = _labels(text)
        names = [v.casefold() for _, v in labels]
        if len(labels) < 3 or not 2 <= len(set(names)) <= 4:
            return []
        out: list[tuple[int, int]] = []
        once: list[tuple[int, int]] = []
        for start, label in labels:
            low = label.casefold()
            if " " in label or low in _LABEL_ROLES or is_not_name(label) or given_names().get(label.title()):
                continue  # "Marina:" is a woman's given name, the label recogniser's
            if not _gloss_noun(label) or listed_place(label):
                continue
            turns = [text[st + len(v) : text.find("\n", st) if "\n" in text[st:] else len(text)] for st, v in labels]
            if not any(_SPEECH.search(t) for (_, v), t in zip(labels, turns, strict=True) if v.casefold() == low):
                continue
            (out if names.count(low) >= 2 else once).append((start, start + len(label)))
        return out + once if out else []  # a station said once answers one said twice ("Fox: Moving.")

    def _owners(self, text: str, nlp_artifacts: Any = None) -> list[tuple[int, int]]:
        """An English common word owning a group of men, with no determiner before it (module :data:`_OWNER`):
        "Bear's guys". A name the dictionary does not hold is the name recognisers'; a body or a place stays."""
        from redact.recognizers.spacy_ner import _lemma_index

        index = _lemma_index()
        nouns, adjectives = index.get("noun", frozenset()), index.get("adj", frozenset())
        bodies = _model_bodies(nlp_artifacts)
        out: list[tuple[int, int]] = []
        matches = list(_OWNER.finditer(text))
        if not matches:
            return out
        for m in matches:
            word = m.group("v")
            low = word.casefold()
            prev = regex.search(r"(\p{L}+)[ \t]*$", text[max(0, m.start() - 30) : m.start()])
            if prev and prev.group(1).casefold() in _DETERMINERS:
                continue  # "the Army's men", "our Company's people"
            if low in _OWNER_BODIES or low in _BARE_SPEAKERS or low in _SACRED or low in self._BARE_STOP:
                continue
            if is_not_name(word) or _demonym(word) or listed_place(word):
                continue
            if any(s < m.end("v") and m.start("v") < e for s, e in bodies):
                continue  # "the Kremlin's people": a body the model reads as one
            if low in nouns or low in adjectives:
                out.append(m.span("v"))
        return out

    @staticmethod
    def _verb_only(word: str) -> bool:
        """Whether ``word`` is an English verb and neither noun nor adjective ("discuss", not "black" or "bear")."""
        from redact.recognizers.spacy_ner import _lemma_index

        index = _lemma_index()
        low = word.casefold()
        return low in index.get("verb", ()) and low not in index.get("noun", ()) and low not in index.get("adj", ())

    @staticmethod
    def _station_word(word: str) -> bool:
        """Whether ``word`` can name a station before "here": numbered ("Zenit-2"), a noun that is no verb
        ("Granite"), or a word the English dictionary does not hold ("Kedr"); "Come", "Stay", "Look" are verbs."""
        from redact.recognizers.spacy_ner import _lemma_index

        if regex.search(r"-\d", word):
            return True
        index = _lemma_index()
        low = word.casefold()
        if is_not_name(word) or listed_place(word):
            return False
        return low not in index.get("all", frozenset()) or (
            _gloss_noun(word) and low not in index.get("verb", frozenset())
        )

    def _result(
        self, start: int, end: int, score: float = 0.9, name: str = "topic_quoted", entity: str = "CALL_SIGN"
    ) -> RecognizerResult:
        return RecognizerResult(
            entity,
            start,
            end,
            score,
            analysis_explanation=AnalysisExplanation(self.label, score, pattern_name=name),
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.label,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )

    def _glosses(self, text: str, found: list[Any], nlp_artifacts: Any) -> list[RecognizerResult]:
        """The English gloss right after each call sign found (module :data:`_GLOSS`): a noun, not a rank, kinship or
        function word, nor a reply ("Grom, right?", "Taiga. Yes.")."""
        out = []
        for r in found:
            m = _GLOSS.match(text, r.end)
            if m is None:
                continue
            s, e = m.span("v")
            words = text[s:e].split()
            if any(is_not_name(w) or w.casefold() in self._BARE_STOP for w in words):
                continue
            if not _gloss_noun(words[-1]) or any(w.casefold() in _REPLIES for w in words):
                continue
            if len(words) > 1 and self._verb_only(words[0]):
                continue  # "call sign Ratnik, discuss operations.": a verb and its object, no gloss
            out.append(self._result(s, e, 0.85, "gloss"))
        return out
