"""A finding never runs over a line break: each line's part is screened on its own (redact/pipeline.py).

spaCy may join a heading's last word and the next line's first name into one PERSON ("the Kremlin\\n\\nYelena");
screened whole, the public "Kremlin" was replaced as part of a person. Names are invented.
"""

from __future__ import annotations

from redact.pipeline import Redactor, analyze_text, line_pieces


def test_name_lines_cut_at_each_break_and_trim() -> None:
    text = "write to the Kremlin\n\n  Yelena Sorokhina from Kazan"
    start, end = text.index("Kremlin"), text.index(" from")
    assert [text[a:b] for a, b in line_pieces(text, start, end)] == ["Kremlin", "Yelena Sorokhina"]
    # a finding within one line keeps its span
    assert line_pieces(text, start, start + 7) == [(start, start + 7)]


def test_public_heading_word_is_kept_and_the_name_on_the_next_line_withheld(redactor: Redactor) -> None:
    text = (
        "The mothers who write to the Kremlin\n\nYelena Sorokhina from Kazan has not heard from her son since "
        'October.\n\n"They tell us to wait," Sorokhina told reporters.'
    )
    found = analyze_text(text, "en", redactor.engines, redactor.policy)
    kremlin = text.index("Kremlin")
    assert not any(f.start < kremlin + 7 and kremlin < f.end for f in found)
    name = text.index("Yelena")
    assert any(f.entity_type == "PERSON" and f.start <= name < f.end for f in found)
