"""Unit mentions: gazetteer names with and without diacritics, type cues in four
languages, departments and ministries, the article's subject province."""

from __future__ import annotations

import pytest

from newsscores.engine.numbers import fold
from newsscores.engine.packs import load_pack
from newsscores.engine.units import find_units, sentence_around


def keys(text: str, lang: str, scope: str = "provincial") -> list[str]:
    pack = load_pack(lang)
    assert pack is not None
    mentions, _ = find_units(text, fold(text), pack, scope)
    return [m.key for m in mentions if m.key]


def subject(text: str, lang: str) -> str | None:
    pack = load_pack(lang)
    assert pack is not None
    return find_units(text, fold(text), pack)[1]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Tỉnh Bắc Ninh có phường Tân Tiến dẫn đầu.",
            "vi",
            ["bac_ninh", "bac_ninh/phuong_tan_tien"],
        ),
        ("Bac Ninh: Tan Tien ward leads.", "en", ["bac_ninh", "bac_ninh/phuong_tan_tien"]),
        # French abbreviates Ho Chi Minh City as HCMV (Hô Chi Minh-Ville)
        ("HCMV : le Département de la Justice est dernier.", "fr",
         ["ho_chi_minh", "ho_chi_minh/dept/justice"]),
        (
            "Bac Ninh : le quartier de Tan Tien est en tête.",
            "fr",
            ["bac_ninh", "bac_ninh/phuong_tan_tien"],
        ),
        # a former province's name with a ward cue is the ward of the subject province
        ("Bac Ninh: Bac Giang ward scored well.", "en", ["bac_ninh", "bac_ninh/phuong_bac_giang"]),
        # ... and without one, the former province
        ("PCI 2024: Bac Giang and Long An improved.", "en", ["bac_giang", "long_an"]),
        # longest match wins: Bắc Nha Trang is not Nha Trang
        (
            "Khánh Hòa: phường Bắc Nha Trang và phường Nha Trang.",
            "vi",
            ["khanh_hoa", "khanh_hoa/phuong_bac_nha_trang", "khanh_hoa/phuong_nha_trang"],
        ),
        ("Ho Chi Minh City and Hai Phong City", "en", ["ho_chi_minh", "hai_phong"]),
        ("Thua Thien Hue ranked third; Hue City is new.", "en", ["thua_thien_hue", "hue"]),
        # a cue before a list gives its type to every name of the list
        (
            "Bac Ninh : les communes de Hop Thinh, Bac Giang et Xuan Cam.",
            "fr",
            [
                "bac_ninh",
                "bac_ninh/xa_hop_thinh",
                "bac_ninh/phuong_bac_giang",
                "bac_ninh/xa_xuan_cam",
            ],
        ),
    ],
)
def test_gazetteer_units(text: str, lang: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "scope", "expected"),
    [
        (
            "Lao Cai: the Department of Home Affairs led.",
            "en",
            "provincial",
            ["lao_cai", "lao_cai/dept/home_affairs"],
        ),
        (
            "Lao Cai : le ministère de la Santé est deuxième.",
            "fr",
            "provincial",
            ["lao_cai", "lao_cai/dept/health"],
        ),
        (
            "Lao Cai: the Provincial People's Committee Office and the Provincial Inspectorate.",
            "en",
            "provincial",
            ["lao_cai", "lao_cai/dept/ppc_office", "lao_cai/dept/inspectorate"],
        ),
        # in a national index, a department is a ministry
        ("The Department of Finance led the DTI.", "en", "national", ["ministry/finance"]),
        ("The Ministry of Justice ranked second.", "en", "provincial", ["ministry/justice"]),
    ],
)
def test_departments(text: str, lang: str, scope: str, expected: list[str]) -> None:
    assert keys(text, lang, scope) == expected


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Agriculture and Rural Development", "agriculture_and_rural_development"),
        ("Tax", "tax"),
        ("Information and Communications", "information_and_communications"),
        ("Planning and Investment", "planning_and_investment"),
        ("Labour, Invalids and Social Affairs", "labour_invalids_and_social_affairs"),
        ("Natural Resources and Environment", "natural_resources_and_environment"),
        ("Food Safety", "food_safety"),
        ("Planning and Architecture", "planning_and_architecture"),
        ("Transport", "transport"),
    ],
)
def test_department_named_with_dept(name: str, key: str) -> None:
    """A headline's "X dept" is the department "X department" names."""
    assert keys(f"Lao Cai: {name} dept tops the list.", "en") == ["lao_cai", f"lao_cai/dept/{key}"]


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Science and Technology", "science_and_technology"),
        ("Education and Training", "education_and_training"),
        ("Natural Resources and Environment", "natural_resources_and_environment"),
    ],
)
def test_bare_department_before_which(name: str, key: str) -> None:
    """A department named without its noun before ", which came 19th" is that department."""
    text = f"Lao Cai: behind {name}, which came 19th on 78.56%."
    assert keys(text, "en") == ["lao_cai", f"lao_cai/dept/{key}"]


def test_subject_is_the_most_named_province_title_first() -> None:
    text = "Nghe An climbs\nNghe An scored 88 points. Ha Tinh and Thanh Hoa were ahead."
    assert subject(text, "en") == "nghe_an"


def test_lower_case_words_are_not_names() -> None:
    # "tân tiến" in lower case is an adjective phrase, not the ward
    assert keys("Bac Ninh has a tân tiến system", "en") == ["bac_ninh"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "tỉnh Gia" folds like the commune Tĩnh Gia: the type word loses the tie
        ("Tỉnh Gia Lai đạt 87,35 điểm.", ["gia_lai"]),
        ("Theo đó, tỉnh Gia Lai đạt 87,35 điểm.", ["gia_lai"]),
        ("Thanh Hóa: xã Tĩnh Gia đạt 90,1 điểm.", ["thanh_hoa", "thanh_hoa/phuong_tinh_gia"]),
    ],
)
def test_type_word_does_not_start_a_name(text: str, expected: list[str]) -> None:
    assert keys(text, "vi") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le delta du Mékong en tête de l'indice.", "fr", ["other/dong_bang_song_cuu_long"]),
        ("Gia Lai dẫn đầu khu vực Tây Nguyên.", "vi", ["gia_lai", "other/tay_nguyen"]),
        ("The Mekong Delta province of Dong Thap was second.", "en", ["dong_thap"]),
        ("Long An leads the Mekong Delta region.", "en", ["long_an", "other/dong_bang_song_cuu_long"]),
    ],
)
def test_regions_are_units_of_their_own(text: str, lang: str, expected: list[str]) -> None:
    # a region of several provinces is keyed other/<name>; "the Mekong Delta province of
    # Dong Thap" names a province, not the region
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the longest name wins over the names inside it
        ("Bắc Nha Trang và Nha Trang", ["bac nha trang", "nha trang"]),
        # a name at the very end of the text, and one cut off by it
        ("Lao Cai", ["lao cai"]),
        ("Quang", []),
        # a dash of any width is the hyphen names are listed with
        ("Ba Ria – Vung Tau", ["ba ria - vung tau"]),
        # a genitive name is the name
        ("Bac Ninhs poengsum", ["bac ninh"]),
        # lower-case words are no names when the original text is given
        ("an giang", []),
    ],
)
def test_gazetteer_match(text: str, expected: list[str]) -> None:
    """Names are found as whole token sequences, longest first, never overlapping."""
    from newsscores.engine.units import gazetteer

    found = gazetteer().match(fold(text), text)
    assert [label for _s, _e, label in found] == expected
    ends = [end for _s, end, _l in found]
    starts = [start for start, _e, _l in found]
    assert all(end <= start for end, start in zip(ends, starts[1:], strict=False))


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a table's row ends its sentence: the paragraph after it is another one
        ("Ministry of Finance | 3\nThe Department of Justice came 5th. Then", "Finance", "Ministry of Finance | 3"),
        ("A row\nThe Department of Justice came 5th. Then", "Justice", "The Department of Justice came 5th"),
        ("Up 2.5 points. Hanoi led", "Hanoi", "Hanoi led"),
    ],
)
def test_sentence_around_ends_at_a_line_or_a_full_stop(text: str, word: str, expected: str) -> None:
    start = text.index(word)
    a, b = sentence_around(text, start, start + len(word))
    assert text[a:b] == expected
