"""The repository holds no half-finished merge: no conflict marker in any tracked source, data or document file.

A marker inside a string or a word list still parses (one sat in an English word list for a release), so only a
test finds it.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import regex

ROOT = Path(__file__).resolve().parent.parent
_MARKER = regex.compile(r"^\s*(?:<{7}|>{7})(?:\s|$)|^={7}$", regex.M)
_SUFFIXES = {".py", ".tsv", ".yaml", ".yml", ".md", ".toml", ".txt", ".json", ".cfg", ".ini"}


def _tracked() -> list[Path]:
    try:
        out = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    return [ROOT / p for p in out.splitlines() if Path(p).suffix in _SUFFIXES]


def test_no_merge_conflict_markers() -> None:
    bad = [
        str(p.relative_to(ROOT)) for p in _tracked() if p.is_file() and _MARKER.search(p.read_text("utf-8", "replace"))
    ]
    assert bad == []


@pytest.mark.parametrize("text", ["a\n<<<<<<< HEAD\nb", "    >>>>>>> branch\n", "x\n=======\ny"])
def test_the_marker_pattern_sees_a_conflict(text: str) -> None:
    assert _MARKER.search(text)
