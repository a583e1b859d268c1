"""Numbers as written: decimal marks, thousands, signs, words, and offset-preserving folding."""

from __future__ import annotations

import pytest

from newsscores.engine.numbers import fold, parse_number, parse_word_or_number


@pytest.mark.parametrize(
    ("written", "decimal", "value"),
    [
        ("91,7", ",", 91.7),
        ("91.7", ".", 91.7),
        ("91.7", ",", 91.7),  # a point followed by one digit is a decimal in any language
        ("0,7128", ",", 0.7128),
        ("11,000", ".", 11000),
        ("19.000", ",", 19000),
        ("0.500", ",", 0.5),  # a zero integer part is never thousands
        ("+1,53", ",", 1.53),
        ("-0,24", ",", -0.24),
        ("−0.24", ".", -0.24),
        ("1.234,56", ",", 1234.56),
        ("1,234.56", ".", 1234.56),
    ],
)
def test_parse_number(written: str, decimal: str, value: float) -> None:
    assert parse_number(written, decimal) == pytest.approx(value)


@pytest.mark.parametrize(
    ("written", "value"),
    [("fourth", 4), ("Thứ Ba", 3), ("12th", 12), ("3e", 3), ("23.", 23), ("nope", None)],
)
def test_words_and_ordinals(written: str, value: int | None) -> None:
    words = {"fourth": 4, "thu ba": 3}
    assert parse_word_or_number(written, words) == value


@pytest.mark.parametrize("text", ["Bắc Ninh đạt 91,7 điểm", "Đồng Nai", "Hoà Bình Ŝ", "İstanbul"])
def test_fold_keeps_length_and_strips_diacritics(text: str) -> None:
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded.isascii() or "İ" in text


def test_fold_examples() -> None:
    assert fold("Đồng Tháp xếp thứ nhất") == "dong thap xep thu nhat"
    assert fold("première") == "premiere"


def test_fold_of_a_remembered_text_is_its_own() -> None:
    """The last long text's folding is reused for that text only, never for another."""
    first = "Đồng Tháp xếp thứ nhất. " * 40
    second = "Bắc Ninh đạt 9,7 điểm! " * 40
    assert min(len(first), len(second)) >= 500  # long enough to be remembered
    for _ in range(2):
        assert fold(first) == "dong thap xep thu nhat. " * 40
        assert fold(second) == "bac ninh dat 9,7 diem! " * 40
    assert fold("Đồng") == "dong"
    assert fold(first[:-1] + "Đ") == ("dong thap xep thu nhat. " * 40)[:-1] + "d"


def test_a_thousands_group_written_with_a_space_is_no_number() -> None:
    """"une échelle de 1 000 points": neither "000" nor a score of 0."""
    import regex

    from newsscores.engine.numbers import NUM_RE

    found = [m.group() for m in regex.finditer(NUM_RE, "une échelle de 1 000 points, 71,5 points")]
    assert found == ["1", "71,5"]
