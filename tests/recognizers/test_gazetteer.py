"""The shared Aho-Corasick gazetteer: whole words, longest match, case-sensitive, loaded once."""

from __future__ import annotations

from redact.recognizers.nlp.gazetteer import Entry, Gazetteer, place_gazetteer, read_tsv


def surfaces(g: Gazetteer, text: str) -> list[str]:
    return [text[s:e] for s, e, _ in g.find(text)]


def test_whole_words_longest_match_case_sensitive() -> None:
    g = Gazetteer(
        [("Sosnovy", Entry("a")), ("Sosnovy Log", Entry("b")), ("Log", Entry("c")), ("Ust-Ilimsk", Entry("d"))]
    )
    text = "from Sosnovy Log, not Sosnovyi or log; Ust-Ilimsk and Ust-Ilimskiy and Ust-Ilimsk-2"
    assert surfaces(g, text) == ["Sosnovy Log", "Ust-Ilimsk"]
    assert [e.canonical for _, _, es in g.find("Sosnovy Log") for e in es] == ["b"]


def test_empty_gazetteer_finds_nothing() -> None:
    assert list(Gazetteer([]).find("anything")) == []


def test_place_gazetteer_is_shared_and_has_both_files() -> None:
    assert place_gazetteer() is place_gazetteer()
    assert read_tsv("regions.tsv") and read_tsv("places.tsv")
    kinds = {e.kind for _, _, es in place_gazetteer().find("Pskov Oblast and Ulan-Ude") for e in es}
    assert "region:oblast" in kinds and "city" in kinds


def test_russian_regions_have_their_ukrainian_names_in_shchyna() -> None:
    """The -щина name of a Russian oblast or krai (scripts/build_gazetteers.py, uk_shchyna): the Ukrainian adjective's
    -ськ- + щина, -цьк- → -ччина, -зьк- → -жчина, in every case form."""
    rows = {row["name"]: row for row in read_tsv("regions.tsv")}
    forms = {name: set(row["variants"].split("|")) | set(row["inflected"].split("|")) for name, row in rows.items()}
    assert {"Костромщина", "Костромщини", "Костромщині"} <= forms["Kostroma Oblast"]
    assert {"Липеччина", "Липеччини"} <= forms["Lipetsk Oblast"]
    assert {"Воронежчина", "Воронежчині"} <= forms["Voronezh Oblast"]
    assert {"Краснодарщина"} <= forms["Krasnodar Krai"]
    assert not any(f.endswith("щина") for f in forms["Jewish Autonomous Oblast"])
