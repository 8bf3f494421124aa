"""Case-registry errors name the file and the place (line, column, entry), never what the file says.

The registry lists the people a story must protect, so its contents must not reach stderr, a CI log or an
exception: every error the loader raises is tried here with an invented person who must not appear.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from redact.casefile import load_case
from redact.cli import app
from redact.errors import UsageError

NAME = "Злобин Евстигней Пафнутьевич"  # invented
WORDS = ("Злобин", "Евстигней", "Пафнутьевич", "Zlobin", "Evstignei")
PHONE = "8 (912) 604-33-17"  # invented

# (file text, what the message must say): one case per error the loader raises
CASES = [
    pytest.param(f"people:\n  - {NAME}:\n      phones: ['{PHONE}']\n", "line 2, column 5", id="person-as-key"),
    pytest.param(f"{NAME}: [{PHONE}]\n", "line 1, column 1 (an unknown key)", id="top-level-key"),
    pytest.param(f"people:\n  - names: [x]\n    {NAME}: 1\n", "line 3, column 5", id="unknown-field-named"),
    pytest.param(
        f"people:\n  - names:\n      {NAME}: '{PHONE}'\n",
        "line 3, column 7 (field 'people', entry 1",
        id="map-for-list",
    ),
    pytest.param(
        f"people:\n  - names: [a]\n  - nicknames: [{{{NAME}: 1}}]\n",
        "entry 2, field 'nicknames', item 1",
        id="map-in-list",
    ),
    pytest.param(f"people: [{NAME}]\n", "line 1, column 10 (field 'people', entry 1)", id="string-for-person"),
    pytest.param(f"people: {NAME}\n", "line 1, column 9", id="string-for-list"),
    pytest.param(f"{NAME}\n", "line 1, column 1", id="bare-string"),
    pytest.param(f"case: [{NAME}]\n", "field 'case'", id="list-for-case"),
    pytest.param(f"people:\n  - names: [{NAME}\n", "not valid YAML at line 3", id="unclosed-flow"),
    pytest.param(f"people: !!python/object:{NAME} {{}}\n", "not valid YAML at line 1", id="python-tag"),
    pytest.param(f"people:\n  - names: !{NAME} [a]\n", "not valid YAML at line 2", id="unknown-tag"),
    pytest.param(f"people:\n\t- names: [{NAME}]\n", "not valid YAML at line 2", id="tab-indent"),
    pytest.param(f"x: '{NAME}\x07'\n", "not valid YAML", id="control-character"),
    pytest.param(
        f"people:\n  - names: &n [{NAME}]\n    relatives: *n\n", "anchor/alias (anchored at line 2", id="alias"
    ),
    pytest.param(f"people:\n  - names: [{NAME}]\n    phones: [2024-13-45]\n", "could not be read", id="bad-date"),
    pytest.param("people: " + "[" * 5000 + NAME + "]" * 5000 + "\n", "not valid YAML", id="deep-nesting"),
    pytest.param(f"{NAME}\n".encode("cp1251"), "not valid UTF-8 (byte 1)", id="not-utf8"),
]


def _write(tmp_path: Path, text: str | bytes) -> Path:
    case = tmp_path / "case.yaml"
    case.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return case


def _no_contents(message: str) -> None:
    for word in (*WORDS, "912", "604", "33-17", "2024-13"):
        assert word not in message, word


@pytest.mark.parametrize(("text", "where"), CASES)
def test_every_loader_error_gives_the_place_not_the_value(tmp_path: Path, text: str | bytes, where: str) -> None:
    case = _write(tmp_path, text)
    with pytest.raises(UsageError) as caught:
        load_case(case)
    message = str(caught.value)
    assert str(case) in message and where in message, message
    assert "\n" not in message
    _no_contents(message)
    assert caught.value.__cause__ is None and caught.value.__context__ is None  # no parser error kept with values


def test_unreadable_case_file(tmp_path: Path) -> None:
    missing = tmp_path / f"{WORDS[0]}.yaml"  # the file name is the user's own choice: it is named
    with pytest.raises(UsageError, match="cannot read --case"):
        load_case(missing)


@pytest.mark.parametrize(("text", "where"), [CASES[0], CASES[9], CASES[-1]])
def test_cli_stderr_names_no_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str | bytes, where: str
) -> None:
    monkeypatch.delenv("REDACT_KEY", raising=False)
    case = _write(tmp_path, text)
    doc = tmp_path / "in.txt"
    doc.write_text("Hello.\n", encoding="utf-8")
    res = CliRunner().invoke(
        app, ["run", str(doc), "--out", str(tmp_path / "o"), "--ephemeral-key", "--case", str(case)]
    )
    assert res.exit_code == 2, res.output
    assert where in res.output
    _no_contents(res.output)
    assert not (tmp_path / "o").exists() or not any((tmp_path / "o").iterdir())


def test_a_valid_file_still_loads(tmp_path: Path) -> None:
    case = _write(tmp_path, f"case: story\npeople:\n  - names: [{NAME}]\n    phones: ['{PHONE}']\n")
    reg = load_case(case)
    assert reg.entries and reg.digits == [("PHONE_NUMBER", "9126043317")]
