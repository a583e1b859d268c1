"""Normalisation: one stored form, changes that cannot shift what a figure means."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsscores.normalize import normalize_line, normalize_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Ha\u0300 Nô\u0323i", "Hà Nội"),  # decomposed → NFC
        ("a\r\nb\rc\u2028d", "a\nb\nc\nd"),
        ("91,7\u00a0%  and\t\t93,94\u202fpoints", "91,7 % and 93,94 points"),
        ("line   \nnext\t \n", "line\nnext"),
        ("a\n\n\n\n\nb", "a\n\nb"),
        ("\n\n  lead and trail  \n\n", "lead and trail"),
        ("nation\u2019s \u201ctop\u201d", 'nation\'s "top"'),
        ("zero\u200bwidth soft\u00adhyphen\ufeff", "zerowidth softhyphen"),
        ("\u22120,07 điểm", "-0,07 điểm"),
        (
            "90\u201394 poeng \u2014 ok \u00abcit\u00e9\u00bb",
            "90\u201394 poeng \u2014 ok \u00abcit\u00e9\u00bb",
        ),
        ("\uff19\uff11 points", "\uff19\uff11 points"),  # full-width digits are left alone
    ],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


def test_normalize_line_joins_lines() -> None:
    assert normalize_line(" Title\u00a0one\nand two ") == "Title one and two"


@given(st.text())
def test_normalisation_is_idempotent_and_nfc(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert unicodedata.is_normalized("NFC", once)
    assert "\r" not in once and "\n\n\n" not in once
