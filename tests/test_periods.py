"""Periods: expressions in four languages, which one governs a figure, fallbacks."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from newsscores.models import Article, Fact, article_id
from newsscores.periods import assign_periods, find_periods, monday_week


@pytest.mark.parametrize(
    ("text", "published", "kind", "start", "end"),
    [
        (
            "scored 92.80 points in the week ending December 8, 2025",
            None,
            "week_ending",
            date(2025, 12, 1),
            date(2025, 12, 7),
        ),
        (
            "scored 92.80 points in the week ending December 8",
            date(2025, 12, 16),
            "week_ending",
            date(2025, 12, 1),
            date(2025, 12, 7),
        ),
        (
            "as of October 17, 2025, the province",
            None,
            "as_of",
            date(2025, 10, 13),
            date(2025, 10, 19),
        ),
        (
            "tuần từ ngày 13 đến 19/10/2025, tỉnh Hưng Yên",
            None,
            "week_range",
            date(2025, 10, 13),
            date(2025, 10, 19),
        ),
        # weeks of a month are those whose Thursday is in it: Aug 1, 2025 is a Friday
        (
            "Kết quả tuần thứ 3, tháng 8/2025 cho thấy",
            None,
            "week_of_month",
            date(2025, 8, 18),
            date(2025, 8, 24),
        ),
        ("tính đến ngày 21/8/2025, tỉnh đạt", None, "as_of", date(2025, 8, 18), date(2025, 8, 24)),
        (
            "pour la semaine du 3 au 9 novembre 2025, qui porte",
            None,
            "week_range",
            date(2025, 11, 3),
            date(2025, 11, 9),
        ),
        (
            "I uken fra 1. til 7. desember 2025 oppnådde",
            None,
            "week_range",
            date(2025, 12, 1),
            date(2025, 12, 7),
        ),
        (
            "Forrige uke økte poengsummen",
            date(2025, 12, 10),
            "relative_last_week",
            date(2025, 12, 1),
            date(2025, 12, 7),
        ),
        (
            "Last week, the province began",
            date(2025, 10, 22),
            "relative_last_week",
            date(2025, 10, 13),
            date(2025, 10, 19),
        ),
        (
            "Bộ chỉ số tuần cuối tháng 10/2025 cho thấy",
            None,
            "last_week_of_month",
            date(2025, 10, 27),
            date(2025, 11, 2),
        ),
        (
            "scored 88.95 points in the final week of October",
            date(2025, 11, 4),
            "last_week_of_month",
            date(2025, 10, 27),
            date(2025, 11, 2),
        ),
        (
            "I den siste uken av november oppnådde",
            date(2025, 12, 3),
            "last_week_of_month",
            date(2025, 11, 24),
            date(2025, 11, 30),
        ),
        (
            "topped the Provincial Competitiveness Index (PCI) 2024 with",
            None,
            "year",
            date(2024, 1, 1),
            date(2024, 12, 31),
        ),
        ("Chỉ số PAPI năm 2024, dựa trên", None, "year", date(2024, 1, 1), date(2024, 12, 31)),
        (
            "week from October 27 to November 2, 2025",
            None,
            "week_range",
            date(2025, 10, 27),
            date(2025, 11, 2),
        ),
    ],
)
def test_expressions(text: str, published: date | None, kind: str, start: date, end: date) -> None:
    found = find_periods(text, published)
    assert [(m.kind, m.period.start, m.period.end) for m in found] == [(kind, start, end)]


@pytest.mark.parametrize(
    "text",
    [
        "Compared to last week, the total score increased by 2.21 points",
        "tăng 0,62 điểm so với tuần trước",
        "Sammenlignet med forrige uke økte Bac Ninhs poengsum",
        "Par rapport à la semaine dernière, le score total",
        "tăng 0,54 điểm so với năm 2023",
        "phấn đấu đến hết tháng 11/2025 có 100% xã",
        "a slight increase of 0.03 points from the previous week",
    ],
)
def test_comparisons_and_targets_are_not_periods(text: str) -> None:
    assert find_periods(text, date(2025, 12, 16)) == []


def _article(text: str, published: date | None) -> Article:
    return Article(
        id=article_id(text), source_path="t.txt", lang="en", text=text, published=published
    )


def _fact(text: str, number: str, occurrence: int = 0) -> Fact:
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.index(number, pos + 1)
    return Fact(
        kind="score",
        unit_key="bac_ninh",
        unit_text="Bac Ninh",
        metric="total",
        value=float(number.replace(",", ".")) if number[0].isdigit() else 1.0,
        start=pos,
        end=pos + len(number),
        quote=text,
        extractor="test",
    )


LEAD = (
    "Quang Ninh scored 90.12/100 points in the week from November 10 to 16, 2025.\n"
    "Ha Long ward topped the list with 95.46 points.\n"
    "Binh Lieu commune moved from 38th to 21st place.\n"
)


@pytest.mark.parametrize(
    ("text", "published", "number", "occurrence", "expected"),
    [
        # the lead's week governs the rest of the article
        (LEAD, None, "95.46", 0, (date(2025, 11, 10), date(2025, 11, 16), "text:week_range")),
        # the previous value of a move gets the week before
        (LEAD, None, "38", 0, (date(2025, 11, 3), date(2025, 11, 9), "text:week_range:previous")),
        (LEAD, None, "21", 0, (date(2025, 11, 10), date(2025, 11, 16), "text:week_range")),
        # a period stated after the figure in the same sentence applies to it
        (
            "Hà Tĩnh đạt 89,90 điểm tuần từ 8 đến 14/12/2025.",
            None,
            "89,90",
            0,
            (date(2025, 12, 8), date(2025, 12, 14), "text:week_range"),
        ),
        # a headline figure before the first period takes the article's first period
        (
            "Hung Yen rises.\nHung Yen scored 88.42 points.\nIn the week from October 13 to 19, "
            "2025, others moved.",
            None,
            "88.42",
            0,
            (date(2025, 10, 13), date(2025, 10, 19), "text:week_range"),
        ),
        # "8e la semaine dernière" is last week's rank; "13e" this week's
        (
            "Classement de la semaine du 3 au 9 novembre 2025.\nLe quartier de Vi Thanh, 8e la "
            "semaine dernière, glisse au 13e rang.",
            None,
            "8",
            0,
            (date(2025, 10, 27), date(2025, 11, 2), "text:relative_last_week"),
        ),
        (
            "Classement de la semaine du 3 au 9 novembre 2025.\nLe quartier de Vi Thanh, 8e la "
            "semaine dernière, glisse au 13e rang.",
            None,
            "13",
            0,
            (date(2025, 11, 3), date(2025, 11, 9), "text:week_range"),
        ),
        # "which had been first in September" is September's rank, not October's
        (
            "Assessment for October 2025.\nThe Department of Education, which had been first "
            "in September, slipped to fifth with 93.12 points.",
            None,
            "first",
            0,
            (date(2025, 9, 1), date(2025, 9, 30), "text:in_month"),
        ),
        (
            "Assessment for October 2025.\nThe Department of Education, which had been first "
            "in September, slipped to fifth with 93.12 points.",
            None,
            "fifth",
            0,
            (date(2025, 10, 1), date(2025, 10, 31), "text:month"),
        ),
        # yearly index: "up from X a year earlier" is the year before
        (
            "Quang Ninh topped the PCI 2024 with 73.02 points, up from 70.87 points.",
            None,
            "70.87",
            0,
            (date(2023, 1, 1), date(2023, 12, 31), "text:year:previous"),
        ),
        # "contre 86,12 % en 2023": the value of the year before
        (
            "La moyenne nationale de l'indice PAR 2024 s'établit à 87,65 %, "
            "contre 86,12 % en 2023.",
            None,
            "86,12",
            0,
            (date(2023, 1, 1), date(2023, 12, 31), "text:year:previous"),
        ),
        # no period in the text: the week before the article's week
        (
            "Bac Ninh scored 91.7/100 points.",
            date(2025, 10, 14),
            "91.7",
            0,
            (date(2025, 10, 6), date(2025, 10, 12), "published"),
        ),
        ("Bac Ninh scored 91.7/100 points.", None, "91.7", 0, (None, None, "none")),
    ],
)
def test_assign_periods(
    text: str,
    published: date | None,
    number: str,
    occurrence: int,
    expected: tuple[date | None, date | None, str],
) -> None:
    fact = _fact(text, number, occurrence)
    (out,) = assign_periods(_article(text, published), [fact])
    assert (out.period_start, out.period_end, out.period_source) == expected


@pytest.mark.parametrize("day", [date(2025, 12, 1), date(2025, 12, 4), date(2025, 12, 7)])
def test_monday_week(day: date) -> None:
    week = monday_week(day)
    assert (week.start, week.end) == (date(2025, 12, 1), date(2025, 12, 7))


@pytest.mark.parametrize(
    ("published", "start"),
    [
        # the latest December 8 not more than a week after the reference date
        (date(2025, 12, 16), date(2025, 12, 1)),
        (date(2026, 12, 1), date(2026, 11, 30)),
        (date(2026, 11, 30), date(2025, 12, 1)),
        (date(2027, 12, 5), date(2027, 11, 29)),
    ],
)
def test_day_and_month_take_the_year_of_the_reference_date(published: date, start: date) -> None:
    """Only the reference date (an article's date, a claim's as_of) fixes the year, so
    the same text and date give the same period on any day."""
    [m] = find_periods("in the week ending December 8", published, "en")
    assert (m.period.start, m.period.end) == (start, start + timedelta(days=6))


def test_day_and_month_without_reference_take_the_text_year() -> None:
    found = find_periods("PCI 2024. In the week ending December 8, Hue led.", None, "en")
    assert [(m.kind, m.period.start) for m in found] == [
        ("year", date(2024, 1, 1)),
        ("week_ending", date(2024, 12, 2)),
    ]
    assert find_periods("In the week ending December 8, Hue led.", None, "en") == []
