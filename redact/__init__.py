"""redact: withhold names, call signs, units, phones and places from transcripts."""

from __future__ import annotations

from redact import _offline  # noqa: F401  (must run before Presidio is imported)

__version__ = "0.1.0"

__all__ = ["__version__"]
