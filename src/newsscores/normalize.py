"""Normalise an article's text once, before it is stored and every offset is taken.

Only changes that cannot shift what a figure means: Unicode NFC; one kind of newline;
exotic spaces (no-break, thin, ideographic) as plain spaces and runs of spaces as one;
invisible characters (zero-width space, soft hyphen, byte-order mark) removed; no
space at the ends of lines; at most one blank line in a row; curly quotes and the
minus sign as their ASCII forms. Dashes, guillemets, digits and punctuation stay as
written, so ``91,7`` and ``90–94`` reach the extractor unchanged.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["normalize_text", "normalize_line"]

_NEWLINES = re.compile(r"\r\n|[\r\u2028\u2029\u0085\x0b\x0c]")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b\u2060\ufeff\u00ad]")
_TRANSLATE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2212": "-",
    }
)
_BLANK_RUNS = re.compile(r"\n{3,}")


def normalize_line(line: str) -> str:
    """One line (a title, a caption) normalised as :func:`normalize_text` would."""
    return normalize_text(line).replace("\n", " ")


def normalize_text(text: str) -> str:
    """``text`` in the one form newsscores stores and points offsets into."""
    text = unicodedata.normalize("NFC", text)
    text = _NEWLINES.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    text = text.translate(_TRANSLATE)
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip("\n")
