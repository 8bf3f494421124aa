"""Errors raised by redact. Only :mod:`redact.cli` turns them into exit codes.

::

    RedactError
    ├─ UsageError                     exit 2
    ├─ PolicyError(issues)            exit 2
    ├─ ModelNotInstalledError(model)  exit 2
    ├─ KeyRequiredError               exit 2
    └─ DocumentError(path, where)     exit 3
       ├─ UnsupportedFormatError
       ├─ DecodeError
       ├─ MalformedDocumentError
       └─ DocumentTooLargeError

Every error has a one-line ``message`` and an optional ``hint``. Messages name
files, places and fixes; they never contain transcript text.
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "EXIT_OK",
    "EXIT_FOUND",
    "EXIT_USAGE",
    "EXIT_FAILED",
    "RedactError",
    "UsageError",
    "no_such_path",
    "PolicyError",
    "ModelNotInstalledError",
    "KeyRequiredError",
    "DocumentError",
    "UnsupportedFormatError",
    "DecodeError",
    "MalformedDocumentError",
    "DocumentTooLargeError",
    "EXIT_INTERRUPTED",
    "printable",
]

EXIT_OK = 0
EXIT_FOUND = 1
EXIT_USAGE = 2
EXIT_FAILED = 3
EXIT_INTERRUPTED = 130  # SIGINT (Ctrl-C); SIGTERM gives 143 (128 + the signal number)


class RedactError(Exception):
    """Base class: a message safe to print, a hint, and the exit code it maps to."""

    exit_code = EXIT_USAGE

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message} ({self.hint})"


class UsageError(RedactError):
    """The command line asks for something impossible (bad path, --out inside an input)."""


_SWITCH_VALUES = frozenset({"true", "false", "yes", "no", "on", "off", "1", "0"})


def no_such_path(raw: object) -> UsageError:
    """A missing input path; ``--quiet true`` reads ``true`` as a path, so say that switches take no value."""
    hint = None
    if str(raw).lower() in _SWITCH_VALUES:
        hint = f"switches such as --quiet take no value: drop '{raw}'"
    return UsageError(f"{raw}: no such file or folder", hint=hint)


class PolicyError(RedactError):
    """A policy file is missing, unreadable or invalid; ``issues`` lists every problem."""

    def __init__(self, message: str, *, issues: list[str] | None = None, hint: str | None = None) -> None:
        self.issues = list(issues or [])
        full = message if not self.issues else message + ": " + "; ".join(self.issues)
        super().__init__(full, hint=hint)


class ModelNotInstalledError(RedactError):
    """The spaCy model a policy names is not installed (redact never downloads one)."""

    def __init__(self, model: str) -> None:
        self.model = model
        super().__init__(
            f"spaCy model '{model}' is not installed",
            hint=(
                "pip install redact-newsroom installs it (the md model is a dependency; 'redact-newsroom[sm]' "
                "adds sm); in a source checkout, make install. redact never downloads models"
            ),
        )


class KeyRequiredError(RedactError):
    """A policy uses keyed operators (pseudonyms, fingerprints) but no key was given."""


class DocumentError(RedactError):
    """One input file cannot be processed; the batch goes on with the others."""

    exit_code = EXIT_FAILED

    def __init__(self, path: Path | str, message: str, *, where: str | None = None, hint: str | None = None) -> None:
        self.path = str(path)
        self.where = where
        self.reason = message
        super().__init__(f"{self.located(self.path)}: {message}", hint=hint)

    def located(self, name: str) -> str:
        """``name`` followed by the place inside the file, if known."""
        return f"{name}:{self.where}" if self.where else name


class UnsupportedFormatError(DocumentError):
    """No reader is registered for the file's suffix."""


class DecodeError(DocumentError):
    """The file is binary or not valid UTF-8."""


class MalformedDocumentError(DocumentError):
    """The file's structure (SRT timing, JSON, DOCX zip) is broken."""


class DocumentTooLargeError(DocumentError):
    """The file exceeds the configured size limit."""


_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: str) -> str:
    """``text`` with control characters and line separators escaped as in ``repr`` (``\\n``, ``\\x1b``, ``\\u2028``).

    A file may be named ``a\\nredact: error: b``: every error line passes names through here, so it stays one
    line and cannot forge another (nor move a terminal's cursor).
    """
    import unicodedata

    if text.isprintable():
        return text
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif unicodedata.category(ch) in {"Cc", "Cf", "Cs", "Zl", "Zp"}:  # Cf: bidi overrides reorder a terminal line
            out.append(f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "".join(out)


def error_line(name: str, exc: Exception, *, io: str = "read", not_done: str = "not processed") -> str:
    """The one line that says why file ``name`` failed: never its text, never a traceback.

    ``io`` is what the command does with files ("read", "read or write"); ``not_done`` what a
    failure means for the file ("no output written", "file not checked"). Control characters in
    ``name`` are escaped (:func:`printable`): the line stays one line.
    """
    name = printable(name)
    if isinstance(exc, DocumentError):
        return f"{exc.located(name)}: {exc.reason}" + (f" ({exc.hint})" if exc.hint else "")
    if isinstance(exc, RedactError):
        return f"{name}: {exc}"
    if isinstance(exc, OSError):
        return f"{name}: cannot {io} ({exc.strerror or type(exc).__name__})"
    # Exception messages may quote the text being processed: only the type is named.
    return f"{name}: internal error ({type(exc).__name__}); {not_done}"
