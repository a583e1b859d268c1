"""Numbers as written: decimal comma or point, thousands separators, signs,
number words and ordinals (the words come from the language's rule pack)."""

from __future__ import annotations

import math
import unicodedata

import regex

__all__ = ["NUM_RE", "MAX_ABS_VALUE", "SIGNS", "fold", "parse_number", "parse_word_or_number"]

#: A written number: optional sign, digits, optional decimal/thousands groups. The
#: look-arounds stop it from starting or ending inside a longer number, or starting
#: at the thousands group of one written with spaces ("1 000").
NUM_RE = (
    r"(?<![\d.,])(?<!\d[ \u00a0\u202f](?=\d{3}(?!\d)))"
    r"[+\-−±]?\d+(?:[.,]\d+)?(?:[.,]\d+)?(?![\d\p{L}]|[.,]\d)"
)

#: a sign before a figure; typeset text writes a minus as an en dash too ("(–0,52 point)")
_SIGNS = {"+": 1.0, "-": -1.0, "−": -1.0, "–": -1.0, "±": 1.0}
#: the characters that sign a written figure (its own sign, not the pattern's)
SIGNS = "".join(c for c in _SIGNS if c != "±")

#: No index reports a figure this large: longer digit strings are noise (or an
#: attack: 400 zeros are ``inf`` as a float and crash ``int()``), not numbers.
MAX_ABS_VALUE = 1e15


_FOLDED: dict[int, str] = {}
#: The last long text folded, and its folding: an article's text is folded by the
#: topic gate, the rule engine and the metric resolver in turn, each time whole.
_LAST_FOLD: list[tuple[str, str]] = []
#: From this length on a text's folding is remembered (short ones are words, cheap).
_REMEMBER_CHARS = 500


#: Arrows that sign a change in infographics and fact boxes ("↑4,05%", "↓1,64 điểm"),
#: folded to the sign they stand for.
_ARROW_SIGNS = {"↑": "+", "▲": "+", "↓": "−", "▼": "−"}


def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    if ch in _ARROW_SIGNS:
        return _ARROW_SIGNS[ch]
    if ch in "’‘ʼ`´":  # one apostrophe: "Ea H’leo" and "Ea H'leo" are one name
        return "'"
    base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    low = base.lower()
    return low if len(low) == 1 else ch


def fold(text: str) -> str:
    """Lower-case, diacritic-free copy of ``text`` with the same length (offsets stay valid).

    ``đ`` folds to ``d``, an arrow up or down to the sign it stands for; any character
    whose folded form is not one character is kept.
    Each distinct character is folded once per process, then ``str.translate`` does the rest.
    """
    if _LAST_FOLD and _LAST_FOLD[0][0] == text:
        return _LAST_FOLD[0][1]
    for ch in set(text):
        if ord(ch) not in _FOLDED:
            _FOLDED[ord(ch)] = _fold_char(ch)
    folded = text.translate(_FOLDED)
    if len(text) >= _REMEMBER_CHARS:
        _LAST_FOLD[:] = [(text, folded)]
    return folded


def parse_number(written: str, decimal: str = ",") -> float:
    """Value of a written number; ``decimal`` is the language's usual decimal mark.

    Raises ValueError for a number that is not finite or over :data:`MAX_ABS_VALUE`.

    A separator followed by exactly three digits, after a non-zero integer part, is
    read as a thousands separator when it is not the language's decimal mark
    (``11,000`` in English, ``19.000`` in Vietnamese); anything else is a decimal mark.
    """
    value = _parse_number(written, decimal)
    if not math.isfinite(value) or abs(value) > MAX_ABS_VALUE:
        raise ValueError(f"number out of range: {written[:20]}...")
    return value


def _parse_number(written: str, decimal: str) -> float:
    s = written.strip().replace("\u00a0", "").replace(" ", "")
    sign = 1.0
    if s and s[0] in _SIGNS:
        sign = _SIGNS[s[0]]
        s = s[1:]
    seps = [c for c in s if c in ".,"]
    if not seps:
        return sign * float(s)
    if len(seps) == 2:
        # "1.234,56" or "1,234.56": the last separator is the decimal mark.
        last = max(s.rfind("."), s.rfind(","))
        return sign * float(s[:last].replace(".", "").replace(",", "") + "." + s[last + 1 :])
    sep = seps[0]
    head, tail = s.split(sep)
    thousands = "." if decimal == "," else ","
    if sep == thousands and len(tail) == 3 and head not in ("", "0"):
        return sign * float(head + tail)
    return sign * float(head + "." + tail)


#: The number a written figure or ordinal starts with ("12" of "12th").
_LEADING_NUMBER = regex.compile(r"^((?:[+\-−–]\s?)?\d+(?:[.,]\d+)?)")


def parse_word_or_number(written: str, words: dict[str, int], decimal: str = ",") -> float | None:
    """Value of a number, numeric ordinal (``4.``, ``3e``, ``12th``) or number word.

    ``words`` maps folded words (``fourth``, ``thu ba``, ``fjerde``) to values.
    Returns None when ``written`` is none of these, or a number out of range.
    """
    key = " ".join(fold(written).split())
    if key in words:
        return float(words[key])
    m = _LEADING_NUMBER.match(written.strip())
    if m is None:
        return None
    try:
        return parse_number(m.group(1), decimal)
    except ValueError:
        return None
