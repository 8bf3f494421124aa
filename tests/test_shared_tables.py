"""The word lists several modules share are each derived from one table: what each module derives stays what it
used before the tables (a refactoring that changed no output), and a new row reaches every module that uses it.

When you add a form on purpose (a street type, a rank, an abbreviation), add it to the expected set here too: the
point is that each module's list changes only when its table does.
"""

from __future__ import annotations

import regex

from redact.recognizers import organization
from redact.recognizers.street_address import institution_streets


def _forms(alternation: str) -> set[str]:
    """The literal forms of a ``(?:a|b|c)`` alternation of escaped words."""
    assert alternation.startswith("(?:") and alternation.endswith(")")
    return {regex.sub(r"\\(.)", r"\1", a) for a in alternation[3:-1].split("|")}


# The street types of the institution grammar before they came from recognizers/data/street_types.tsv.
STREET_ANY = set(
    """ул. улице улица вул. вулиці пр. пр-те проспекте просп. проспекті пер. переулке провулку пл. площади площі б-ре
    бульваре бульварі ш. шоссе шосе наб. набережной набережній мкр. микрорайоне мікрорайоні""".split()
)
STREET_TAIL = set("вул. вулиці ул. улице пров. провулку пер. переулке".split())


def test_institution_streets_are_the_table_columns_as_they_were() -> None:
    on, by = institution_streets()
    assert _forms(on) == STREET_ANY
    assert _forms(by) == STREET_TAIL


def test_institution_street_forms_match_in_order_free_alternations() -> None:
    # No form is the start of another, so the order the table lists them in cannot change a match.
    for forms in (STREET_ANY, STREET_TAIL):
        assert not [(a, b) for a in forms for b in forms if a != b and b.startswith(a)]


def test_every_table_form_is_taken_after_an_institution() -> None:
    for form in sorted(STREET_ANY):
        assert organization._STREET_ANY.match(f" на {form} Кедровой", 0) is not None, form
    for form in sorted(STREET_TAIL):
        assert organization._STREET_TAIL.match(f" на {form} Кедровой", 0) is not None, form
    assert organization._STREET_TAIL.match(" на пр. Кедровой", 0) is None  # by_street has no avenue
    assert organization._STREET_ANY.match(" на пров. Кедровому", 0) is None  # on_street has no "пров."


# The rank lists before they came from recognizers/data/ranks.tsv.
NAMES_RANKS = set(
    """private corporal sergeant lance junior senior staff master chief sergeant-major lieutenant captain major
    colonel lieutenant-colonel general marshal admiral commander commanders commandant ensign praporshchik
    praporshik starshina efreitor yefreitor platoon company battalion brigade regiment squad unit officer
    officers soldier soldiers fighter fighters medic gunner driver sniper scout deputy komandir kombat
    kombrig rotny vzvodny politruk zampolit mr mrs ms miss dr doctor sir madam comrade father saint st""".split()
)
NAMES_ABBREVIATIONS = set("sgt sgts cpl pvt pfc lt capt cpt col maj gen brig adm cmdr cdr jr snr".split())
FRONT = {
    "stem": set(
        """солдат рядов сержант старшин лейтенант капітан капитан майор полковник підполковник подполковник генерал
        єфрейтор ефрейтор матрос мічман мичман прапорщик боєць бійц боец бойц воїн захисник військовослужбов
        военнослужащ мобілізован мобилизован доброволец добровол командир пан пані господин громадян граждан""".split()
    ),
    "word": set("private sergeant lieutenant captain major colonel corporal soldier serviceman fighter marine".split()),
    "abbr": set("Sgt Lt Capt Pvt Cpl Mr Mrs Ms Dr".split()),
}
REGISTER = {
    "stem": set(
        """рядов ефрейтор єфрейтор сержант старшин прапорщик лейтенант капитан капітан майор матрос мичман мічман
        солдат""".split()
    ),
    "word": set("private corporal sergeant lieutenant captain major ensign sailor seaman".split()),
    "abbr": set("Pvt Cpl Sgt Lt Capt Maj".split()),
}


def test_rank_sets_are_what_each_module_read_before_the_table() -> None:
    from redact.recognizers._names import RANK_ABBREVIATIONS, RANKS
    from redact.recognizers.nlp.ranks import forms_for

    assert RANKS == NAMES_RANKS | NAMES_ABBREVIATIONS
    assert RANK_ABBREVIATIONS == NAMES_ABBREVIATIONS
    for kind in ("stem", "word", "abbr"):
        assert {f.form for f in forms_for("front", kind)} == FRONT[kind], kind
        assert {f.form for f in forms_for("register", kind)} == REGISTER[kind], kind
    modifiers = {f.form: f.modifiers for f in forms_for("register", "word") if f.modifiers}
    assert modifiers == {"sergeant": ("staff", "senior", "junior"), "lieutenant": ("senior", "junior")}


def test_register_ranks_are_those_below_lieutenant_colonel() -> None:
    from redact.recognizers.nlp.ranks import LIEUTENANT_COLONEL, rank_forms

    marked = [f for f in rank_forms() if f.register]
    assert {f.form for f in marked if f.seniority is not None and f.seniority >= LIEUTENANT_COLONEL} >= {
        "полковник",
        "генерал",
        "colonel",
    }
    assert all(f.seniority is not None for f in marked)  # a rank the register reads has a place on the scale


def test_rank_patterns_read_the_table() -> None:
    from redact.front import _RANK_BEFORE
    from redact.public import _LOW_RANK_BEFORE

    assert _RANK_BEFORE.search("служив сержантом ")
    assert _RANK_BEFORE.search("Sgt. ")
    assert not _RANK_BEFORE.search("sgt. ")  # an abbreviation only as written
    assert not _RANK_BEFORE.search("Maj. ")  # the disagreement the table records: front has no "Maj"
    assert _LOW_RANK_BEFORE.search("Maj. ")
    assert _LOW_RANK_BEFORE.search("staff sergeant ")
    assert not _LOW_RANK_BEFORE.search("полковника ")  # a colonel is no low rank
    assert not _LOW_RANK_BEFORE.search("soldier ")


# The abbreviation lists before they came from redact/data/abbreviations.tsv.
ABBREVIATIONS = {
    "sentence": set("с м г р д п ст пос смт пгт вул ул обл н им ім No no St b Gov Lt Sgt Mr Mrs Dr kv vul ul".split()),
    "clause": set("пос обл ул вул пр просп пер смт пгт р-н No no St кв буд".split()),
    "fit": set("ул пер пр просп тел пос обл кв им ст вул пров смт пгт р-н г-н п-т".split()),
}


def test_abbreviation_sets_are_what_each_module_read_before_the_table() -> None:
    from redact.abbreviations import COLUMNS, abbreviations

    assert set(COLUMNS) == set(ABBREVIATIONS)
    for column, expected in ABBREVIATIONS.items():
        assert set(abbreviations(column)) == expected, column


def test_abbreviation_patterns_read_the_table() -> None:
    from redact.fit.bounds import ABBREV_END as _ABBREV_END
    from redact.front import _STOP
    from redact.public import _CLAUSE_END

    assert regex.split(_CLAUSE_END, "біля смт. Кедрове") == ["біля смт. Кедрове"]
    assert regex.split(_CLAUSE_END, "бої тривали. Кедрове") == ["бої тривали", "Кедрове"]
    assert _STOP.search("вул. Садова") is None
    assert _STOP.search("Садова. Там") is not None
    assert _ABBREV_END.search("тел. ")
    assert not _ABBREV_END.search("Все. ")


# The resident nouns before they came from recognizers/data/resident_nouns.tsv: recognizers/ru_person.py's lemmas
# (the union of every list), redact/home.py's lemmas (a subset of them) and recognizers/nlp/places.py's surface forms
# (every one now derived from a lemma).
RESIDENT_LEMMAS = set(
    """уродженець уродженка мешканець мешканка житель жителька вихідець вихідка уроженец уроженка жительница
    выходец выходка""".split()
)
HOME_RESIDENT_LEMMAS = set("житель жительница мешканець мешканка жителька".split())
RESIDENT_SURFACE = set(
    """мешканець мешканка мешканця мешканку мешканці мешканцю уродженець уродженка уродженця уродженку житель жителя
    жителю жительница жительницы жителька жительки уроженец уроженца уроженка уроженки уроженцу""".split()
)


def test_resident_nouns_are_one_table_of_lemmas() -> None:
    from redact.recognizers.nlp.places import resident_lemmas, resident_nouns

    assert resident_lemmas() == RESIDENT_LEMMAS
    assert HOME_RESIDENT_LEMMAS <= resident_lemmas()
    forms = resident_nouns()
    assert forms >= RESIDENT_SURFACE
    assert {"уроженцем", "мешканки", "жительницей", "выходца"} <= forms  # every singular case, from pymorphy3
    assert not {"жителей", "мешканців", "уроженцы"} & forms  # no plural: a town's people, not one person's home


# The rank lists of four more modules before they came from recognizers/data/ranks.tsv (its read_by column).
PERSON_RANKS = set(
    """рядовой ефрейтор сержант старшина прапорщик мичман лейтенант капитан майор подполковник полковник генерал
    солдат матрос командир комбат комроты комвзвода ротный взводный стрелок снайпер гранатомётчик пулемётчик
    санинструктор разведчик десантник штурмовик наводчик механик-водитель рядовий єфрейтор капітан підполковник
    боєць воїн захисник розвідник кулеметник гранатометник санінструктор навідник""".split()
)
OFFICIALS_RANKS = set(
    """private corporal sergeant lieutenant captain major colonel general lieutenant-colonel major-general
    рядовой ефрейтор сержант лейтенант капитан майор подполковник полковник генерал генерал-майор
    генерал-лейтенант солдат рядовий капітан підполковник""".split()
)
READ_BY_STEMS = {
    "initial": set(
        """солдат сержант лейтенант капітан капитан майор полковник підполковник подполковник рядов старшин прапорщик
        матрос""".split()
    ),
    "call_sign": set("сержант старшин лейтенант капитан капітан майор полковник прапорщик".split()),
    "military": set("солдат сержант лейтенант капітан капитан майор полковник рядов єфрейтор ефрейтор матрос".split()),
}


def test_read_by_rank_lists_are_what_each_module_held_before_the_table() -> None:
    from redact import officials
    from redact.recognizers import ru_person
    from redact.recognizers.nlp.ranks import forms_for

    assert ru_person._RANKS == PERSON_RANKS
    assert officials._RANKS == OFFICIALS_RANKS
    for column, expected in READ_BY_STEMS.items():
        assert {f.form for f in forms_for(column, "stem")} == expected, column
        # no stem is the start of another, so the order the table lists them in cannot change a match
        assert not [(a, b) for a in expected for b in expected if a != b and b.startswith(a)]


def test_read_by_rank_patterns_read_the_table() -> None:
    from redact.front import military_words
    from redact.recognizers import ru_call_sign, ru_person

    assert ru_person._CUED_INITIAL.search("підозрюваний прапорщик Ю. І.")
    assert not ru_person._CUED_INITIAL.search("ефрейтор Ю. І.")  # the cue never had a corporal
    assert ru_call_sign._ROLE_QUOTED.search("старшина наш, «Бабай»")
    assert not ru_call_sign._ROLE_QUOTED.search("матрос наш, «Бабай»")  # nor the call sign's roles a sailor
    assert military_words("ефрейтором служив, матрос теж")
    assert not military_words("старшина класу, мичман")  # military has no "старшин" or "мичман"
