"""Fact rules per language: each case is a sentence of a kind the fixtures do not
contain verbatim, with the facts it states and, for traps, the facts it must not
give. Subject province: the first province named."""

from __future__ import annotations

import pytest

from newsscores import engine as ns_extract
from newsscores.engine.facts import split_sentences

Fact = tuple[str, str, str | None, float]


def facts_of(text: str, lang: str) -> set[Fact]:
    out = set()
    for f in ns_extract.extract_facts(text, lang, require_index=False):
        metric = f.metric if f.kind in ("score", "change") else None
        out.add((f.kind, f.unit_key, metric, f.value))
        assert text[f.start : f.end].strip(), "evidence span must hold the number as written"
        assert f.quote in text
    return out


# (lang, text, expected facts) — every fact in the text, nothing else
CASES: list[tuple[str, str, set[Fact]]] = [
    # English
    (
        "en",
        "Nghe An province scored 89.15/100 points this week, up 0.62 points, ranking 8th overall.",
        {
            ("score", "nghe_an", "total", 89.15),
            ("change", "nghe_an", "total", 0.62),
            ("rank", "nghe_an", None, 8),
        },
    ),
    (
        "en",
        "Thanh Hoa fell 1.2 points to 86.4 points and dropped from 10th to 15th place.",
        {
            ("change", "thanh_hoa", "total", -1.2),
            ("score", "thanh_hoa", "total", 86.4),
            ("rank", "thanh_hoa", None, 10),
            ("rank", "thanh_hoa", None, 15),
        },
    ),
    (
        "en",
        "Ca Mau topped the country for the seventh consecutive week.",
        {("rank", "ca_mau", None, 1), ("streak", "ca_mau", None, 7)},
    ),
    (
        "en",
        "In Son La, the online payment index reached 9.5 out of 10 points.",
        {("score", "son_la", "online_payment", 9.5)},
    ),
    (
        "en",
        "Dak Lak: the Department of Justice came first with 96.3 points, and the Department of "
        "Health was second with 95.9 points.",
        {
            ("rank", "dak_lak/dept/justice", None, 1),
            ("score", "dak_lak/dept/justice", "total", 96.3),
            ("rank", "dak_lak/dept/health", None, 2),
            ("score", "dak_lak/dept/health", "total", 95.9),
        },
    ),
    # English traps: thresholds, gaps, targets, hypotheticals, counts, rank changes, occasions
    ("en", "Tay Ninh is the only locality above 92 points and crossed the 91-point mark.", set()),
    ("en", "Tay Ninh trails the leader by 0.4 points; the gap narrowed to 0.4 points.", set()),
    ("en", "Tay Ninh aims to reach 93 points by the end of the year.", set()),
    ("en", "If Tay Ninh reaches 10/12 on online services, it could gain 1.5 points.", set()),
    (
        "en",
        "In Tay Ninh, 12 of 95 communes scored under 85 points, and 80/95 units improved.",
        set(),
    ),
    ("en", "Tay Ninh moved up three places and is in the top five for the first time.", set()),
    # French
    (
        "fr",
        "La province de Nghe An obtient 89,15/100 points, en hausse de 0,62 point, se classe 8e.",
        {
            ("score", "nghe_an", "total", 89.15),
            ("change", "nghe_an", "total", 0.62),
            ("rank", "nghe_an", None, 8),
        },
    ),
    (
        "fr",
        "Thanh Hoa recule de 1,2 point à 86,4 points et passe de la 10e à la 15e place.",
        {
            ("change", "thanh_hoa", "total", -1.2),
            ("score", "thanh_hoa", "total", 86.4),
            ("rank", "thanh_hoa", None, 10),
            ("rank", "thanh_hoa", None, 15),
        },
    ),
    (
        "fr",
        "Ca Mau arrive en tête pour la septième semaine consécutive.",
        {("rank", "ca_mau", None, 1), ("streak", "ca_mau", None, 7)},
    ),
    (
        "fr",
        "À Dak Lak, le Département de la Santé est deuxième avec 95,9 points.",
        {("rank", "dak_lak/dept/health", None, 2), ("score", "dak_lak/dept/health", "total", 95.9)},
    ),
    ("fr", "Tay Ninh vise 93 points et reste sous la barre des 90 points.", set()),
    ("fr", "Si Tay Ninh atteignait 10/12, la province pourrait gagner 1,5 point.", set()),
    (
        "fr",
        "À Tay Ninh, 12 des 95 communes obtiennent moins de 85 points ; l'écart est de 0,4 point.",
        set(),
    ),
    ("fr", "Tay Ninh gagne trois places et figure dans le top 10 pour la première fois.", set()),
    # Norwegian (often machine-translated)
    (
        "no",
        "Nghe An-provinsen oppnådde 89,15/100 poeng denne uken, en økning på 0,62 poeng, og rangerte på 8. plass.",
        {
            ("score", "nghe_an", "total", 89.15),
            ("change", "nghe_an", "total", 0.62),
            ("rank", "nghe_an", None, 8),
        },
    ),
    (
        "no",
        "Thanh Hoa falt med 1,2 poeng til 86,4 poeng og gikk fra 10. til 15. plass.",
        {
            ("change", "thanh_hoa", "total", -1.2),
            ("score", "thanh_hoa", "total", 86.4),
            ("rank", "thanh_hoa", None, 10),
            ("rank", "thanh_hoa", None, 15),
        },
    ),
    (
        "no",
        "Ca Mau ledet landet for sjuende uke på rad.",
        {("rank", "ca_mau", None, 1), ("streak", "ca_mau", None, 7)},
    ),
    (
        "no",
        "I Dak Lak ble Helsedepartementet nummer to med 95,9 poeng.",
        {("rank", "dak_lak/dept/health", None, 2), ("score", "dak_lak/dept/health", "total", 95.9)},
    ),
    ("no", "Tay Ninh er den eneste provinsen over 92 poeng og passerte 91-poengsmerket.", set()),
    ("no", "Tay Ninh har som mål å nå 93 poeng innen utgangen av året.", set()),
    ("no", "Hvis Tay Ninh når 10/12 poeng, kan provinsen øke med 1,5 poeng.", set()),
    ("no", "I Tay Ninh fikk 12 av 95 kommuner under 85 poeng, og gapet er 0,4 poeng.", set()),
    ("no", "Tay Ninh steg tre plasser og er blant de 5 beste for første gang.", set()),
    # Vietnamese
    (
        "vi",
        "Tỉnh Nghệ An đạt 89,15/100 điểm, tăng 0,62 điểm so với tuần trước, xếp thứ 8/34 tỉnh, thành phố.",
        {
            ("score", "nghe_an", "total", 89.15),
            ("change", "nghe_an", "total", 0.62),
            ("rank", "nghe_an", None, 8),
        },
    ),
    (
        "vi",
        "Thanh Hóa giảm 1,2 điểm, còn 86,4 điểm và tụt từ vị trí thứ 10 xuống thứ 15.",
        {
            ("change", "thanh_hoa", "total", -1.2),
            ("score", "thanh_hoa", "total", 86.4),
            ("rank", "thanh_hoa", None, 10),
            ("rank", "thanh_hoa", None, 15),
        },
    ),
    (
        "vi",
        "Cà Mau dẫn đầu cả nước tuần thứ bảy liên tiếp.",
        {("rank", "ca_mau", None, 1), ("streak", "ca_mau", None, 7)},
    ),
    (
        "vi",
        "Tại Đắk Lắk, Sở Y tế xếp thứ hai với 95,9 điểm.",
        {("rank", "dak_lak/dept/health", None, 2), ("score", "dak_lak/dept/health", "total", 95.9)},
    ),
    ("vi", "Tây Ninh là địa phương duy nhất đạt trên 92 điểm và vượt mốc 91 điểm.", set()),
    ("vi", "Tây Ninh phấn đấu đạt 93 điểm vào cuối năm.", set()),
    ("vi", "Nếu chỉ số này đạt 10/12 điểm, tổng điểm của Tây Ninh có thể tăng 1,5 điểm.", set()),
    (
        "vi",
        "Tây Ninh có 12/95 xã đạt dưới 85 điểm; khoảng cách với tỉnh dẫn đầu là 0,4 điểm.",
        set(),
    ),
    ("vi", "Tây Ninh tăng 3 bậc và lần đầu tiên lọt vào nhóm 5 địa phương dẫn đầu.", set()),
]


_MOJ_FIRST = {("rank", "ministry/justice", None, 1), ("rank", "quang_ninh", None, 1)}
_BINH_THUAN_18 = {("rank", "binh_thuan", None, 18)}
_DTI_NATIONAL = {
    ("score", "vietnam", "dti", 0.7955),
    ("score", "vietnam", "average", 0.6961),
    ("score", "vietnam", "dti_digital_government", 0.7582),
}
_DTI_SUBRANKS = {
    ("rank", "ho_chi_minh", None, 2),
    ("rank", "ho_chi_minh", None, 4),
    ("rank", "ha_noi", None, 24),
    ("rank", "ha_noi", None, 40),
    ("rank", "ha_noi", None, 30),
}
#: "Troisième en 2021, la métropole du Sud ...": the place of the year before, fronted
_THIRD_IN_2021 = {("rank", "ho_chi_minh", None, 3)}
_QUANG_NAM_AVERAGE = {
    ("score", "quang_nam", "total", 80.1),
    ("score", "vietnam", "average", 75.5),
}
_SIPAS_HOME_AFFAIRS = {
    ("rank", "quang_nam/dept/home_affairs", None, 2),
    ("score", "quang_nam/dept/home_affairs", "sipas", 96.62),
}
_DA_NANG_FIRST = {("rank", "da_nang", None, 1), ("score", "da_nang", "par_index", 87.14)}
_MPI_STREAK = {
    ("rank", "ministry/planning_and_investment", None, 1),
    ("streak", "ministry/planning_and_investment", None, 2),
}
_QUANG_NINH_PCI = {("rank", "quang_ninh", None, 1), ("score", "quang_ninh", "pci", 71.25)}
_HOME_TO = {("rank", "quang_ninh", None, 1), ("streak", "quang_ninh", None, 3)}
_SAID_BY_THE_MINISTRY = {("rank", "da_nang", None, 1), ("streak", "da_nang", None, 3)}
_NUMBERED_LABEL = {("rank", "gia_lai", None, 30), ("score", "gia_lai", "pci", 64.1)}
_AHEAD_OF_A_LIST = {("rank", "quang_ninh", None, 1), ("score", "quang_ninh", "par_index", 90.1)}
_TWO_PAPI_COMPONENTS = {
    ("score", "quang_nam", "papi_participation", 4.803),
    ("score", "quang_nam", "papi_environmental_governance", 3.309),
}
_HEADED_AVERAGES = {
    ("score", "binh_duong", "average", 85.41),
    ("change", "binh_duong", "average", 1.1),
    ("score", "binh_duong", "average", 91.98),
}
_ABOVE_AVERAGE = {("score", "quang_nam", "pci", 80.1)}
_HEADED_DISTRICTS = {
    ("score", "lam_dong/huyen_lam_ha", "total", 97.63),
    ("score", "lam_dong/huyen_di_linh", "total", 90.96),
}
_BLOCK_AVERAGE = {
    ("rank", "thanh_hoa/dept/education_and_training", None, 20),
    ("score", "thanh_hoa/dept/education_and_training", "par_index", 76.53),
    ("score", "thanh_hoa", "average", 85.41),
}
_DESCRIBED_LOCALITY = {
    ("rank", "quang_ninh", None, 1), ("rank", "dong_thap", None, 2),
    ("score", "dong_thap", "papi", 46.961), ("rank", "dong_thap", None, 1),
    ("score", "dong_thap", "papi_environmental_governance", 5.202),
}
_LANDMARK = {("rank", "quang_ninh", None, 1)}
_PUBLISHED_WHERE = {("rank", "lao_cai", None, 1)}
_LIST_ITEMS = {
    ("rank", "ha_noi", None, 1),
    ("score", "vietnam", "dti", 0.7955),
    ("score", "vietnam", "dti_digital_government", 0.7582),
    ("change", "vietnam", "dti_digital_government", 4.7),
    ("score", "vietnam", "dti_digital_economy", 0.7723),
    ("change", "vietnam", "dti_digital_economy", 13.3),
}
_LONG_AN_SECOND = {("rank", "long_an", None, 2), ("score", "long_an", "pci", 70.94)}
_PCI_ALONGSIDE = {("rank", "quang_ninh", None, 1), ("score", "quang_ninh", "pci", 71.25)}
_SIPAS = {
    ("rank", "quang_ninh", None, 1),
    ("score", "quang_ninh", "sipas", 95.26),
    ("change", "quang_ninh", "sipas", 4.11),
}
_GIA_LAI_PGI = {
    ("rank", "gia_lai", None, 30),
    ("score", "gia_lai", "pgi", 25.05),
    ("rank", "gia_lai", None, 2),
    ("rank", "dak_nong", None, 29),
    ("score", "dak_nong", "pgi", 25.24),
}
_LISTED_LINES = {
    ("rank", "ministry/vietnam_academy_of_science_and_technology", None, 1),
    ("rank", "ministry/vietnam_television", None, 2),
    ("rank", "ministry/vietnam_news_agency", None, 3),
}
_TWO_ANAPHORS = {
    ("score", "bac_ninh", "papi_control_of_corruption", 5.8),
    ("score", "bac_ninh", "papi_control_of_corruption", 6.15),
    ("score", "bac_ninh", "papi_participation", 6.39),
}
_MEKONG = {
    ("score", "other/dong_bang_song_cuu_long", "average", 59.0),
    ("score", "other/dong_bang_song_cuu_long", "average", 64.99),
    ("change", "other/dong_bang_song_cuu_long", "average", 5.95),
}
_HANOI_24_40 = {
    ("rank", "da_nang", None, 1),
    ("rank", "ha_noi", None, 24),
    ("rank", "ha_noi", None, 40),
}
_PAPI_WEAK = {
    ("score", "quang_nam", "papi_participation", 4.803),
    ("score", "quang_nam", "papi_environmental_governance", 3.309),
}


@pytest.mark.parametrize(
    ("lang", "text", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_sentence_facts(lang: str, text: str, expected: set[Fact]) -> None:
    assert facts_of(text, lang) == expected


def test_percent_restating_points_is_not_a_fact_but_percent_index_scores_are() -> None:
    weekly = "Lao Cai: satisfaction reached 17.2/18 points, or 95.6 per cent."
    assert facts_of(weekly, "en") == {("score", "lao_cai", "satisfaction", 17.2)}
    par = "PAR Index 2024\nLao Cai ranked fifth with 90.12%."
    assert facts_of(par, "en") == {
        ("rank", "lao_cai", None, 5),
        ("score", "lao_cai", "par_index", 90.12),
    }


def test_coordinated_units_share_a_figure() -> None:
    text = "Lao Cai: Sa Pa ward and Bac Ha commune both achieved 94.1 points."
    assert facts_of(text, "en") == {
        ("score", "lao_cai/phuong_sa_pa", "total", 94.1),
        ("score", "lao_cai/xa_bac_ha", "total", 94.1),
    }


def test_figure_without_unit_belongs_to_subject_province() -> None:
    text = "Lao Cai keeps improving\nThe transparency index reached 16.1/18 points."
    assert facts_of(text, "en") == {("score", "lao_cai", "transparency", 16.1)}


def test_duplicates_keep_first_evidence() -> None:
    text = "Lao Cai scored 90.5 points. Again, Lao Cai scored 90.5 points."
    facts = ns_extract.extract_facts(text, "en", require_index=False)
    assert len(facts) == 1 and facts[0].start == text.index("90.5")


def test_unsupported_language_gives_nothing() -> None:
    assert ns_extract.extract_facts("Lao Cai erzielte 90,5 Punkte.", "de") == []


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("It is No. 1 nationwide. Next one.", 2),
        ("fra 23. til 4. plass i provinsen.", 1),
        ("It scored 16.20/22. Cho Ra was last.", 2),
        ("Line one\nLine two", 2),
    ],
)
def test_sentence_split(text: str, n: int) -> None:
    assert len(split_sentences(text)) == n


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Hai Phong ranked second (91.42), ahead of Dong Nai (90.85; up 0.2)."),
        ("fr", "Hai Phong est deuxième (91,42), devant Dong Nai (90,85)."),
    ],
)
def test_bare_scores_in_parentheses_after_a_unit(lang: str, text: str) -> None:
    facts = facts_of(text, lang)
    assert ("score", "hai_phong", "total", 91.42) in facts
    assert ("score", "dong_nai", "total", 90.85) in facts


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "respectively" pairs k figures with k units or metrics, in order
        (
            "en",
            "PAR Index 2024\nThe top three positions went to Hai Phong, Quang Ninh and Ha Noi, respectively.",
            {
                ("rank", "hai_phong", None, 1),
                ("rank", "quang_ninh", None, 2),
                ("rank", "ha_noi", None, 3),
            },
        ),
        (
            "en",
            "Lao Cai\nHai Phong and Dong Nai scored 91.2 and 90.8 points respectively.",
            {("score", "hai_phong", "total", 91.2), ("score", "dong_nai", "total", 90.8)},
        ),
        (
            "fr",
            "Lao Cai\nLa transparence et la satisfaction atteignent respectivement 15,8 et 17,9 points.",
            {
                ("score", "lao_cai", "transparency", 15.8),
                ("score", "lao_cai", "satisfaction", 17.9),
            },
        ),
        # a metric named right after the figure, and a maximum that fits only one component
        (
            "no",
            "Bac Ninh\nProvinsen oppnådde 17,86 av 18 poeng for tilfredshet og 10 av 10 poeng for nettbetaling.",
            {
                ("score", "bac_ninh", "satisfaction", 17.86),
                ("score", "bac_ninh", "online_payment", 10),
            },
        ),
        # a genitive name, and a unit between the verb and its figure
        (
            "no",
            "Bac Ninh\nSammenlignet med forrige uke økte Hai Phongs poengsum med 0,20 poeng.",
            {("change", "hai_phong", "total", 0.2)},
        ),
        (
            "no",
            "Ninh Binh\nDerimot falt Hai Hau kommune kraftig med 2,31 poeng.",
            {("change", "ninh_binh/xa_hai_hau", "total", -2.31)},
        ),
        # an English department name inside another language (machine translation)
        (
            "fr",
            "Lao Cai : le Department of Home Affairs obtient 95,1 points.",
            {("score", "lao_cai/dept/home_affairs", "total", 95.1)},
        ),
        # members carrying their own parentheses still form the list "respectively" pairs
        (
            "vi",
            "Lào Cai\nSở Y tế (95,1 điểm), Sở Nội vụ (94,9 điểm) và Sở Tư pháp (94,5 điểm) lần lượt xếp thứ nhất, thứ hai và thứ ba.",
            {
                ("score", "lao_cai/dept/health", "total", 95.1),
                ("score", "lao_cai/dept/home_affairs", "total", 94.9),
                ("score", "lao_cai/dept/justice", "total", 94.5),
                ("rank", "lao_cai/dept/health", None, 1),
                ("rank", "lao_cai/dept/home_affairs", None, 2),
                ("rank", "lao_cai/dept/justice", None, 3),
            },
        ),
        # ... but a parenthesis belongs to its own unit only
        (
            "en",
            "PCI 2024\nLong An (71.45 points) and Da Nang (70.88 points) completed the top five.",
            {("score", "long_an", "pci", 71.45), ("score", "da_nang", "pci", 70.88)},
        ),
        # "average" qualifies its own clause, not the whole sentence
        (
            "vi",
            "Lào Cai\nĐiểm trung bình của các xã đạt 90 điểm, trong khi xã Bắc Hà đạt 95 điểm.",
            {("score", "lao_cai", "average", 90), ("score", "lao_cai/xa_bac_ha", "total", 95)},
        ),
        # a province named where a unit is ("in", "à", "i", ", tỉnh") is not the subject
        ("en", "Viet Tri ward in Phu Tho led for the fourth week in a row",
         {("rank", "phu_tho/phuong_viet_tri", None, 1), ("streak", "phu_tho/phuong_viet_tri", None, 4)}),
        ("fr", "Le quartier de Viet Tri, à Phu Tho, est premier pour la quatrième semaine consécutive.",
         {("rank", "phu_tho/phuong_viet_tri", None, 1), ("streak", "phu_tho/phuong_viet_tri", None, 4)}),
        ("no", "Hop Thinh kommune i Bac Ninh leder med 93,99 poeng",
         {("rank", "bac_ninh/xa_hop_thinh", None, 1), ("score", "bac_ninh/xa_hop_thinh", "total", 93.99)}),
        # a unit inside an inserted relative clause is not the subject
        ("no", "PAR Index 2024\nTidligere Bac Lieu-provinsen, som nå er en del av Ca Mau, nådde 86,90 % og endte på 35. plass.",
         {("score", "bac_lieu", "par_index", 86.9), ("rank", "bac_lieu", None, 35)}),
        # an index listed after another does not become the index in force
        ("no", "PAR Index 2024\nResultatene for PAR Index og tilfredshetsindeksen SIPAS ble kunngjort. Ca Mau-provinsen oppnådde 87,63 %.",
         {("score", "ca_mau", "par_index", 87.63)}),
        # a decimal X/Y is a sub-index score whatever its maximum; an integer one is a count
        ("vi", "Tuyên Quang: PAR Index 2024\nChỉ số cải cách thủ tục hành chính đạt 12,36/13 điểm; có 88/104 xã đạt trên 90 điểm.",
         {("score", "tuyen_quang", "par_index_administrative_procedures", 12.36)}),
        # an apostrophe is an apostrophe, curly or straight
        ("no", "Dak Lak\nEa H'leo kommune gikk tilbake 1,31 poeng.",
         {("change", "dak_lak/xa_ea_hleo", "total", -1.31)}),
        # a pre-2025 district belongs to the former province named before it
        ("fr", "PCI 2024\nDans l'ancienne province de Long An, le district de Duc Hoa arrive en tête avec 82,75 points.",
         {("rank", "long_an/huyen_duc_hoa", None, 1), ("score", "long_an/huyen_duc_hoa", "pci", 82.75)}),
        # a percentage restating a component's points score, even in a percent index
        ("no", "PAR Index 2024\nInnen reform av administrative prosedyrer oppnådde Ca Mau 12,10 poeng (93,1 %).",
         {("score", "ca_mau", "par_index_administrative_procedures", 12.1)}),
        # a sentence opening with a pronoun is about the previous sentence's subject
        ("en", "PCI 2024\nDa Nang's Department of Finance gained 3.16 points. It ranked fourth, up from 11th.",
         {("change", "da_nang/dept/finance", "pci", 3.16), ("rank", "da_nang/dept/finance", None, 4),
          ("rank", "da_nang/dept/finance", None, 11)}),
        ("fr", "An Giang\nLa commune de Tri Ton a gagné 1,2 point. Elle se classe désormais 22e.",
         {("change", "an_giang/xa_tri_ton", "total", 1.2), ("rank", "an_giang/xa_tri_ton", None, 22)}),
        # machine-translated verb-final order, and the bare value a change reached
        ("en", "Ho Chi Minh City\nThe Department of Health 1.27 point decreased, to 91.40.",
         {("change", "ho_chi_minh/dept/health", "total", -1.27), ("score", "ho_chi_minh/dept/health", "total", 91.4)}),
        # Norwegian machine-translated compounds of component names
        ("no", "Lang Son\nSaksbehandlingsfremdriftindeksen nådde 19,26/20 poeng, og Nettbetalingsindeksen oppnådde 10/10 poeng.",
         {("score", "lang_son", "processing_progress", 19.26), ("score", "lang_son", "online_payment", 10)}),
        # a figure in parentheses after the national average is the country's
        ("no", "PAR Index 2024\nQuang Ngai lå 2,03 prosentpoeng høyere enn landsgjennomsnittet (82,74 %).",
         {("score", "vietnam", "average", 82.74)}),
        # "còn cách ... N điểm" is a gap, but "cải cách" (reform) is not
        ("vi", "Điện Biên\nHiện tỉnh còn cách nhóm 10 địa phương dẫn đầu 0,48 điểm.", set()),
        # the gap is the figure after "to"; the other unit's score on the way stays its score,
        # and "leader X" is X's rank 1
        ("en", "Hai Phong\nThe city's score rose by 0.31 points, narrowing the gap with leader Bac Ninh, which scored 92.47 points, to 0.41 points.",
         {("change", "hai_phong", "total", 0.31), ("score", "bac_ninh", "total", 92.47), ("rank", "bac_ninh", None, 1)}),
        ("vi", "Hải Phòng\nKhoảng cách với thành phố Đồng Nai (xếp thứ 2, đạt 91,98 điểm) được nới rộng lên 0,43 điểm.",
         {("rank", "dong_nai", None, 2), ("score", "dong_nai", "total", 91.98)}),
        # a place named right after a compared unit is that unit's
        ("en", "Bac Ninh\nBac Ninh scored 92.8 points, 0.29 points higher than Hai Phong city in second place.",
         {("score", "bac_ninh", "total", 92.8), ("rank", "hai_phong", None, 2)}),
        # ordinals listed after "respectively"
        ("no", "Bac Ninh\nHai Phong (92,58 poeng) og Dong Nai (91,97 poeng) rangerte henholdsvis andre og tredje.",
         {("score", "hai_phong", "total", 92.58), ("score", "dong_nai", "total", 91.97),
          ("rank", "hai_phong", None, 2), ("rank", "dong_nai", None, 3)}),
        # two amounts after one change verb are both changes
        ("en", "Bac Ninh\nDong Viet commune and Tam Giang commune decreased the most, by 0.93 points and 0.78 points respectively.",
         {("change", "bac_ninh/xa_dong_viet", "total", -0.93), ("change", "bac_ninh/xa_tam_giang", "total", -0.78)}),
        # the conditional mood states no fact
        ("en", "Hai Phong\nRaising it to 10 points would lift the city's total by about 1.4 points.", set()),
        # a rank in parentheses, and the verb before the subject
        ("fr", "Vinh Long\nTay Ninh (6e, 90,63 points) suit.", {("rank", "tay_ninh", None, 6), ("score", "tay_ninh", "total", 90.63)}),
        ("no", "Bac Ninh\nPå grasrotnivå tok Dao Vien-distriktet ledelsen med 95,16 poeng.",
         {("rank", "bac_ninh/phuong_dao_vien", None, 1), ("score", "bac_ninh/phuong_dao_vien", "total", 95.16)}),
        # two units and two listed values pair up even without "respectively"
        ("en", "Bac Ninh\nNenh ward and Tan Yen commune followed with 94.37 points and 94.12 points.",
         {("score", "bac_ninh/phuong_nenh", "total", 94.37), ("score", "bac_ninh/xa_tan_yen", "total", 94.12)}),
        # a list cue does not make a province a ward ("arrondissement de Hoan Kiem, Hanoï")
        ("fr", "PAR Index 2024\nDes citoyens au guichet de l'arrondissement de Hoan Kiem, Hanoï.\nHanoï s'est classé premier pour la réforme des procédures administratives, avec 12,83 points.",
         {("rank", "ha_noi", None, 1), ("score", "ha_noi", "par_index_administrative_procedures", 12.83)}),
        # the city's own departments, even in a national index
        ("fr", "PAR Index 2024 de Hanoï\nDans le classement des départements de la ville, le Département des Finances obtient 91,86 %.",
         {("score", "ha_noi/dept/finance", "par_index", 91.86)}),
        # a national index's average, with the only unit named after it
        ("vi", "PCI 2024 TP.HCM\nĐiểm PCI trung bình của 63 tỉnh, thành phố là 66,54 điểm, TP.HCM cao hơn mức trung bình 3,31 điểm.",
         {("score", "vietnam", "average", 66.54)}),
        # "tandis que" opens a clause with its own subject; "leader la semaine dernière"
        ("fr", "Hung Yen\nLe Département de la Justice est premier avec 96,08 points, tandis que le ministère de la Santé, leader la semaine dernière, recule à la 3e place (95,52 points).",
         {("rank", "hung_yen/dept/justice", None, 1), ("score", "hung_yen/dept/justice", "total", 96.08),
          ("rank", "hung_yen/dept/health", None, 1), ("rank", "hung_yen/dept/health", None, 3),
          ("score", "hung_yen/dept/health", "total", 95.52)}),
        # "thứ ba lần lượt" is no "ba lần" (three times)
        ("vi", "Cao Bằng\nXếp thứ hai và thứ ba lần lượt là phường Nùng Trí Cao (93,85 điểm) và xã Trùng Khánh (93,40 điểm).",
         {("rank", "cao_bang/phuong_nung_tri_cao", None, 2), ("rank", "cao_bang/xa_trung_khanh", None, 3),
          ("score", "cao_bang/phuong_nung_tri_cao", "total", 93.85), ("score", "cao_bang/xa_trung_khanh", "total", 93.4)}),
        # "tiếp cận đất đai" (land access) folds like "cần đạt" (a target) but is none
        ("vi", "PCI 2024 TP.HCM\nTiếp cận đất đai vẫn là chỉ số thấp nhất của thành phố với 5,61 điểm, xếp thứ 58/63.",
         {("score", "ho_chi_minh", "pci_land_access", 5.61), ("rank", "ho_chi_minh", None, 58)}),
        # a national report (many provinces, none dominant) has no subject province:
        # "La capitale" is Hanoi, "la ville" the province named before, ministries are
        # ministries, an average is the country's, and a figure with no unit is dropped
        ("fr", "Classement national\nBac Ninh est premier avec 92,8 points. Hai Phong est deuxième (91,9), devant Dong Nai, troisième avec 91,40 points. Quang Ninh (90,9), Lang Son (90,8), Ha Tinh (90,5), Hue (90,4), Thanh Hoa (90,2), Lao Cai (89,9) et Son La (89,1) suivent.\nLa capitale, dixième avec 90,11 points, a progressé de 0,29 point. Le score moyen national s'établit à 89,12 points. Le ministère des Finances arrive en tête avec 94,06 points.",
         {("rank", "bac_ninh", None, 1), ("score", "bac_ninh", "total", 92.8), ("rank", "hai_phong", None, 2),
          ("score", "hai_phong", "total", 91.9), ("rank", "dong_nai", None, 3), ("score", "dong_nai", "total", 91.4),
          ("score", "quang_ninh", "total", 90.9), ("score", "lang_son", "total", 90.8), ("score", "ha_tinh", "total", 90.5),
          ("score", "hue", "total", 90.4), ("score", "thanh_hoa", "total", 90.2), ("score", "lao_cai", "total", 89.9),
          ("score", "son_la", "total", 89.1), ("rank", "ha_noi", None, 10), ("score", "ha_noi", "total", 90.11),
          ("change", "ha_noi", "total", 0.29), ("score", "vietnam", "average", 89.12),
          ("rank", "ministry/finance", None, 1), ("score", "ministry/finance", "total", 94.06)}),
        # a parenthesised score belongs to the name just before it, unless it says "both"
        ("vi", "Lào Cai\nNhóm dẫn đầu gồm Bắc Ninh, Hải Phòng, Đồng Nai (92,04 điểm).",
         {("score", "dong_nai", "total", 92.04)}),
        # listed ordinals, and "this component"
        ("en", "Lao Cai\nLai Chau, Dien Bien and Ca Mau ranked 34th, 33rd and 32nd respectively. The online public services index improved. HCMC scored 9.12/12 on this component.",
         {("rank", "lai_chau", None, 34), ("rank", "dien_bien", None, 33), ("rank", "ca_mau", None, 32),
          ("score", "ho_chi_minh", "online_public_services", 9.12)}),
        # the former name in brackets is no subject
        ("en", "Hue\nHue City (formerly Thua Thien Hue province) rose from 19th to ninth place.",
         {("rank", "hue", None, 19), ("rank", "hue", None, 9)}),
        # a province's own departments inside a national report
        ("no", "Nasjonal rangering\nI Tay Ninh ledet Justisdepartementet provinsens 22 avdelinger og etater med 96,10 poeng.",
         {("rank", "tay_ninh/dept/justice", None, 1), ("score", "tay_ninh/dept/justice", "total", 96.1)}),
        # an unnamed unit described by its rank gives nobody a rank
        ("no", "Gia Lai\nGapet mellom Gia Lai og provinsen på 8. plass er bare 0,09 poeng.", set()),
        ("fr", "Khanh Hoa : PCI 2024\nL'indice des coûts informels a atteint 7,18 points, se classant 5e du pays.",
         {("score", "khanh_hoa", "pci_informal_charges", 7.18), ("rank", "khanh_hoa", None, 5)}),
        # a national report (ten provinces named) whose title names one: a figure naming
        # no unit is that province's
        ("en", "Bac Ninh ranks 4th in PAPI 2017\nHai Duong, Thai Binh, Nam Dinh, Ninh Binh, Ha Tinh, "
         "Quang Binh, Binh Dinh, Ben Tre and Can Tho kept their status. Participation reached "
         "6.39 points, ranking 2nd out of 63.",
         {("rank", "bac_ninh", None, 4), ("score", "bac_ninh", "papi_participation", 6.39),
          ("rank", "bac_ninh", None, 2)}),
        # the same under a kicker line that names no province: the province named three
        # times as often as any other
        ("fr", "VIETNAM – GOUVERNANCE LOCALE\nBac Ninh, 4e au PAPI 2017\nLa province de Bac Ninh "
         "progresse. Hai Duong, Thai Binh, Nam Dinh, Ninh Binh, Ha Tinh, Quang Binh, Binh Dinh, "
         "Ben Tre et Can Tho gardent leur statut. Bac Ninh avance.\nSur ce volet, l'indice de "
         "participation s'établit à 6,39 points.",
         {("rank", "bac_ninh", None, 4), ("score", "bac_ninh", "papi_participation", 6.39)}),
        # a title naming a region and no province: the article is the region's, and a
        # figure naming no unit is no province's (not the one named once, in a dateline)
        ("vi", "ĐBSCL 5 năm liền dẫn đầu cả nước về PCI\nThông tin được đưa ra tại hội thảo ở "
         "tỉnh Vĩnh Long.\nNHỮNG CON SỐ ĐÁNG CHÚ Ý\n- Mức tăng sau 5 năm: 5,95 điểm",
         {("streak", "other/dong_bang_song_cuu_long", None, 5),
          ("rank", "other/dong_bang_song_cuu_long", None, 1)}),
        # changes listed in parentheses after a word of rise or fall
        ("fr", "Quang Nam : PAPI 2023\nLa province a enregistré une hausse pour 2 indicateurs "
         "(participation (0,02 point), contrôle de la corruption (0,05 point)) et une baisse pour "
         "un autre (transparence (0,63 point)).",
         {("change", "quang_nam", "papi_participation", 0.02),
          ("change", "quang_nam", "papi_control_of_corruption", 0.05),
          ("change", "quang_nam", "papi_transparency", -0.63)}),
        # "the highest score was X (Unit)": the rank is the unit's in parentheses
        ("en", "Lam Dong\nThe highest score was 98.63 points (Department of Industry and Trade).",
         {("rank", "lam_dong/dept/industry_and_trade", None, 1),
          ("score", "lam_dong/dept/industry_and_trade", "total", 98.63)}),
        # a sentence joined to the one before by a lost space, about growth: no rank
        ("fr", "Tra Vinh : PCI 2023\nElle est 24e du PCI en 2023.Selon la province, Tra Vinh a enregistré une croissance de "
         "10,27%. Elle s'est en outre classée 6e parmi les 63 provinces.",
         {("rank", "tra_vinh", None, 24)}),
        # an ordinal's period before a lower-case word ends no sentence ("11. året")
        ("no", "Quang Ninh\nDet er 11. året på rad at Quang Ninh topper PAR-indeksen.",
         {("streak", "quang_ninh", None, 11), ("rank", "quang_ninh", None, 1)}),
        # a sentence about a group named before: its figure is nobody's
        ("en", "PAPI 2023: Hue tops\nThe five worst are Dak Nong, Tay Ninh, Tien Giang, Dong Nai "
         "and Binh Phuoc. These record an overall score of 38.97 points.", {("rank", "hue", None, 1)}),
        ("vi", "PAPI 2023: Huế dẫn đầu\nNăm địa phương thấp nhất là Đắk Nông, Tây Ninh, Tiền Giang, "
         "Đồng Nai và Bình Phước. Các địa phương này đạt 38,97 điểm.", {("rank", "hue", None, 1)}),
        # the provincial level of a national index is the country's average; "all three
        # pillars" opens the components of the figure before, the country's too
        ("en", "Ha Noi leads the DTI 2024\nAt the provincial level, the DTI value reached 0.6961, "
         "up 2.6%. All three pillars rose: digital government reached 0.7582, up 4.7%.",
         {("rank", "ha_noi", None, 1), ("score", "vietnam", "average", 0.6961),
          ("change", "vietnam", "average", 2.6),
          ("score", "vietnam", "dti_digital_government", 0.7582),
          ("change", "vietnam", "dti_digital_government", 4.7)}),
        ("fr", "Ha Noi en tête du DTI 2024\nAu niveau provincial, la valeur du DTI atteint 0,6961, "
         "en hausse de 2,6 %. Les trois piliers progressent : le gouvernement numérique atteint "
         "0,7582, en hausse de 4,7 %.",
         {("rank", "ha_noi", None, 1), ("score", "vietnam", "average", 0.6961),
          ("change", "vietnam", "average", 2.6),
          ("score", "vietnam", "dti_digital_government", 0.7582),
          ("change", "vietnam", "dti_digital_government", 4.7)}),
        # "third place nationwide": the country is where the rank holds, not a subject;
        # "improved with 44.66 points" is the score it improved to
        ("en", "Quang Ninh: PAR Index 2019\nIts ICT index rose to third place nationwide with "
         "0.735 points, up 0.0954 points over 2018. Its PAPI index markedly improved with 44.66 points.",
         {("rank", "quang_ninh", None, 3), ("score", "quang_ninh", "ict_index", 0.735),
          ("change", "quang_ninh", "ict_index", 0.0954), ("score", "quang_ninh", "papi", 44.66)}),
        # PAR Index components as the press renders them; a bare figure before "với"
        ("en", "Son La: PAR Index 2024\nThe \"Organizational Reform\" sub-criteria achieved 10.18 "
         "points. The component index \"Impact of Administrative Reform on Citizens\" achieved "
         "13.14 points.",
         {("score", "son_la", "par_index_administrative_apparatus", 10.18),
          ("score", "son_la", "par_index_impact", 13.14)}),
        ("vi", "DTI 2024\nHà Nội dẫn đầu với giá trị DTI đạt 0,8241 với việc đứng đầu 4 chỉ số chính.",
         {("rank", "ha_noi", None, 1), ("score", "ha_noi", "dti", 0.8241)}),
        # "the locality" after a sentence about another province is that province
        ("en", "Quang Ninh in PAPI 2020\nDong Thap was the runner-up with 46.961 points. The "
         "locality got 5.202 points in Environmental Governance.",
         {("rank", "dong_thap", None, 2),
          ("score", "dong_thap", "papi", 46.961),
          ("score", "dong_thap", "papi_environmental_governance", 5.202)}),
        # a ministry and a province coordinated by a word share the rank (PAR Index, DTI)
        ("en", "PAR Index 2023\nThe Ministry of Justice and the northern province of Quang Ninh "
         "ranked first.", {("rank", "ministry/justice", None, 1), ("rank", "quang_ninh", None, 1)}),
        ("vi", "Chỉ số CCHC 2023\nBộ Tư pháp và tỉnh Quảng Ninh dẫn đầu.",
         {("rank", "ministry/justice", None, 1), ("rank", "quang_ninh", None, 1)}),
        # ranks from one year to another; a place among the 63 in a unit's parentheses;
        # a score on a stated scale; "leads 2024 ..." in a title
        ("fr", "PCI 2012\nBac Lieu est passée de la 59e place en 2009 à la 7e en 2012.",
         {("rank", "bac_lieu", None, 59), ("rank", "bac_lieu", None, 7)}),
        ("vi", "PGI 2024\nGia Lai xếp thứ 2 khu vực, chỉ sau Đắk Nông (29/63 với 25,24 điểm).",
         {("rank", "gia_lai", None, 2), ("rank", "dak_nong", None, 29),
          ("score", "dak_nong", "pgi", 25.24)}),
        ("vi", "PCI 2017\nQuảng Ninh vươn lên dẫn đầu với điểm số 70,7 trên thang điểm 100.",
         {("rank", "quang_ninh", None, 1), ("score", "quang_ninh", "pci", 70.7)}),
        ("en", "HCM City leads 2024 Digital Transformation Index", {("rank", "ho_chi_minh", None, 1)}),
        # "the regional PCI" is the region named before it, and a region's index is the
        # average of its provinces; a change in per cent restated in points is a change
        ("fr", "Vinh Long : ICP 2019\nLe delta du Mékong devance six régions. L'ICP régional a "
         "augmenté de 10%, soit 5,95 points, passant de 59 points en 2015 à 64,99 l'an dernier.",
         {("change", "other/dong_bang_song_cuu_long", "average", 5.95),
          ("score", "other/dong_bang_song_cuu_long", "average", 59),
          ("score", "other/dong_bang_song_cuu_long", "average", 64.99)}),
        ("en", "Vinh Long: PCI 2019\nThe Mekong Delta outpaced six regions. The regional PCI rose "
         "by 10 per cent, or 5.95 points, from 59 points in 2015 to 64.99 last year.",
         {("change", "other/dong_bang_song_cuu_long", "average", 5.95),
          ("score", "other/dong_bang_song_cuu_long", "average", 59),
          ("score", "other/dong_bang_song_cuu_long", "average", 64.99)}),
        # a name written with an en dash; a group's range of per-cent scores is no fact
        ("en", "PAR Index 2012\nDa Nang was followed by Ba Ria – Vung Tau (86.14 percent). Three "
         "ministries followed, with indexes ranging from 80.58 percent to 81.18 percent.",
         {("score", "ba_ria_vung_tau", "par_index", 86.14)}),
        # a pair of ordinals for a pair of units; a threshold named as a benchmark; an
        # ordinal opening a list item with its unit after it
        ("fr", "ICP 2011\nHanoi et Hô Chi Minh-Ville se situent 36e et 20e sur les 63 villes.",
         {("rank", "ha_noi", None, 36), ("rank", "ho_chi_minh", None, 20)}),
        ("en", "PAR Index 2023\nAll localities had PAR indexes above the benchmark of 80 percent.",
         set()),
        ("vi", "SIPAS 2023\nTỉnh Quảng Ninh dẫn đầu với 90,61%; thứ 3 tỉnh Hải Dương đạt 90,23%.",
         {("rank", "quang_ninh", None, 1), ("score", "quang_ninh", "sipas", 90.61),
          ("rank", "hai_duong", None, 3), ("score", "hai_duong", "sipas", 90.23)}),
        # k units listed with k ordinals, commas then a joining word: paired in order
        ("vi", "PCI 2024\nHuế, Đà Nẵng, Hà Nội và Cần Thơ xếp thứ 5, 6, 7 và 8.",
         {("rank", "hue", None, 5), ("rank", "da_nang", None, 6), ("rank", "ha_noi", None, 7),
          ("rank", "can_tho", None, 8)}),
        ("fr", "PCI 2024\nHue, Da Nang, Hanoi et Can Tho se classent 5e, 6e, 7e et 8e.",
         {("rank", "hue", None, 5), ("rank", "da_nang", None, 6), ("rank", "ha_noi", None, 7),
          ("rank", "can_tho", None, 8)}),
        # component names as machine translation renders them
        ("en", "Bac Giang: PAPI 2023\nIts lowest were public service provision (7.4286 points) "
         "and environmental management (3.3046 points).",
         {("score", "bac_giang", "papi_public_service_delivery", 7.4286),
          ("score", "bac_giang", "papi_environmental_governance", 3.3046)}),
        # "-distriktet" names a 2025 ward of the province or a pre-2025 district: a name
        # that is no ward of the province named (a commune, or a ward elsewhere) is a district
        ("no", "Lam Dong: PAR-indeksen\nLam Ha-distriktet lå øverst med 97,63 poeng, mens "
         "Di Linh-distriktet fikk 90,96 poeng.",
         {("rank", "lam_dong/huyen_lam_ha", None, 1),
          ("score", "lam_dong/huyen_lam_ha", "par_index", 97.63),
          ("score", "lam_dong/huyen_di_linh", "par_index", 90.96)}),
        # ... and so does "distrikt" before the name ("UBND distrikt Di Linh")
        ("no", "Lam Dong: PAR-indeksen\nLavest er 90,96 poeng (UBND distrikt Di Linh).",
         {("score", "lam_dong/huyen_di_linh", "par_index", 90.96)}),
        ("no", "Binh Duong: indeks 766\nLavest ligger Bau Bang-distriktet med 83,87 poeng.",
         {("score", "binh_duong/huyen_bau_bang", "total", 83.87)}),
        ("no", "Bac Ninh: indeks 766\nDao Vien-distriktet fikk 95,16 poeng.",
         {("score", "bac_ninh/phuong_dao_vien", "total", 95.16)}),
        # "the group with high average scores" names a band of units, not an average
        ("vi", "Quảng Nam: PAPI 2023\nChỉ có cung ứng dịch vụ công nằm trong nhóm điểm trung "
         "bình cao, với 7,6957 điểm.",
         {("score", "quang_nam", "papi_public_service_delivery", 7.6957)}),
        ("no", "Quang Nam: PAPI 2023\nInnbyggerdeltakelse på grunnplanet lå i gruppen med lave "
         "gjennomsnittspoeng, med 4,803 poeng.",
         {("score", "quang_nam", "papi_participation", 4.803)}),
        ("fr", "Quang Nam : PAPI 2023\nSeule la prestation des services publics figure dans le "
         "groupe au score moyen élevé, avec 7,6957 points.",
         {("score", "quang_nam", "papi_public_service_delivery", 7.6957)}),
        # a sentence opening with "that" (cela, điều đó, det) goes on with the growth of
        # the sentence before: its place is growth's, not the index's
        ("fr", "ICP 2023\nTra Vinh s'est classée 24e. L'économie de Tra Vinh a progressé de "
         "10,27 %, la plus forte croissance du delta. Cela place la province au sixième rang.",
         {("rank", "tra_vinh", None, 24)}),
        ("vi", "PCI 2023\nTrà Vinh xếp thứ 24. Kinh tế Trà Vinh tăng trưởng 10,27%, cao nhất "
         "vùng. Điều đó đưa tỉnh lên vị trí thứ 6.",
         {("rank", "tra_vinh", None, 24)}),
        ("no", "PCI 2023\nTra Vinh endte på 24. plass. Økonomien i Tra Vinh vokste med 10,27 "
         "prosent, den høyeste veksten i deltaet. Det ga provinsen sjetteplassen.",
         {("rank", "tra_vinh", None, 24)}),
        # a figure in a sentence's opening "with" phrase is the metric's named next
        ("en", "Son La: PAR Index 2024\nWith 14.23 out of 15 points, the civil service reform "
         "component index rose to 2nd place.",
         {("score", "son_la", "par_index_civil_service", 14.23), ("rank", "son_la", None, 2)}),
        ("fr", "Son La : PAR Index 2024\nAvec 14,23 points sur 15, l'indice composante « réforme "
         "de la fonction publique » se hisse au 2e rang.",
         {("score", "son_la", "par_index_civil_service", 14.23), ("rank", "son_la", None, 2)}),
        ("no", "Son La: PAR Index 2024\nMed 14,23 av 15 poeng klatret delindeksen «reform av "
         "offentlig tjeneste» til 2. plass.",
         {("score", "son_la", "par_index_civil_service", 14.23), ("rank", "son_la", None, 2)}),
        ("vi", "Sơn La: PAR Index 2024\nVới 14,23/15 điểm, chỉ số thành phần cải cách chế độ "
         "công vụ vươn lên vị trí thứ 2.",
         {("score", "son_la", "par_index_civil_service", 14.23), ("rank", "son_la", None, 2)}),
        # "dont le score" (whose score) is about the component before it, not a new clause
        ("fr", "Ha Tinh : PAR Index 2021\nC'est le cas de la réforme des procédures "
         "administratives, dont le score a diminué de 0,52 point.",
         {("change", "ha_tinh", "par_index_administrative_procedures", -0.52)}),
        # the satisfaction index named by whose satisfaction it measures
        ("fr", "Quảng Nam publie l'indice de satisfaction des citoyens et des organisations de "
         "2019\nLe Département de l'Intérieur est classé deuxième avec 96,62 %.",
         {("rank", "quang_nam/dept/home_affairs", None, 2),
          ("score", "quang_nam/dept/home_affairs", "sipas", 96.62)}),
        ("no", "Quang Nam offentliggjør indeksen for innbyggernes og organisasjonenes tilfredshet "
         "for 2019\nInnenriksdepartementet ble nummer to med 96,62 %.",
         {("rank", "quang_nam/dept/home_affairs", None, 2),
          ("score", "quang_nam/dept/home_affairs", "sipas", 96.62)}),
        # a region that is where a rank holds is no name after a "the second-ranked" cue
        ("en", "Gia Lai: PGI 2024\nThe result makes Gia Lai the second-ranked locality in the "
         "Central Highlands, behind only Dak Nong.",
         {("rank", "gia_lai", None, 2)}),
        ("fr", "Gia Lai : PGI 2024\nElle occupe la position 30/63 et se classe deuxième de la "
         "région des Hauts Plateaux du Centre, derrière Dak Nong.",
         {("rank", "gia_lai", None, 30), ("rank", "gia_lai", None, 2)}),
        # where a workshop was held ("tổ chức ở tỉnh Vĩnh Long") is no subject
        ("vi", "PCI 2019\nPhát biểu tại hội thảo tổ chức ở tỉnh Vĩnh Long, ông Thành cho biết "
         "trong 5 năm liên tiếp, vùng Đồng bằng sông Cửu Long luôn đứng đầu.",
         {("streak", "other/dong_bang_song_cuu_long", None, 5),
          ("rank", "other/dong_bang_song_cuu_long", None, 1)}),
        # a provincial committee named before its place in a list
        ("en", "Thanh Hoa: PAR Index 2023\nThe Department of Foreign Affairs came 17th with "
         "83.69 percent and the Ethnic Affairs Committee 18th with 82.91 percent.",
         {("rank", "thanh_hoa/dept/foreign_affairs", None, 17),
          ("score", "thanh_hoa/dept/foreign_affairs", "par_index", 83.69),
          ("rank", "thanh_hoa/dept/ethnic_affairs", None, 18),
          ("score", "thanh_hoa/dept/ethnic_affairs", "par_index", 82.91)}),
        # "the localities" are the country's in a national index, the province's own in a
        # provincial one (DDCI, the weekly index)
        ("fr", "Hai Phong : DDCI 2023\nAu niveau des localités, le score moyen a atteint 83,44 "
         "points.",
         {("score", "hai_phong", "average", 83.44)}),
        ("fr", "ICP 2023\nLe score moyen des localités a atteint 64,5 points.",
         {("score", "vietnam", "average", 64.5)}),
        ("en", "Hai Phong: DDCI 2023\nThe average score of the localities reached 83.44 points.",
         {("score", "hai_phong", "average", 83.44)}),
        # "among the pillars": the components of the unit of the sentence before
        ("fr", "DTI 2022\nHanoi, Hue, Da Nang, Hai Phong, Can Tho, Bac Ninh, Quang Ninh, Long An, "
         "Binh Duong et Dong Nai sont cités. La capitale Hà Nội a un indice DTI classé au 24e "
         "rang. Parmi les piliers, le gouvernement numérique se classe 40e sur 63.",
         {("rank", "ha_noi", None, 24), ("rank", "ha_noi", None, 40)}),
        # ... but in an article about one province they are its own, not those of a
        # province named in passing just before
        ("en", "Quang Ninh: Index 766\nQuang Ninh scored 90.12 points. Hai Phong, in third "
         "place, remains 0.52 points ahead. Among the six component indices, document "
         "digitization reached 19.84/22 points.",
         {("score", "quang_ninh", "total", 90.12), ("rank", "hai_phong", None, 3),
          ("score", "quang_ninh", "document_digitization", 19.84)}),
        # a region after "dans la région du" or "en tête des" is where the rank holds
        ("fr", "Long An : SIPAS 2024\nElle se classe 41e sur 63 provinces et 8e dans la région du "
         "delta du Mékong.",
         {("rank", "long_an", None, 41), ("rank", "long_an", None, 8)}),
        ("fr", "SIPAS 2023\nGia Lai se situe à la 19e place, mais reste en tête des Hauts Plateaux "
         "du Centre.",
         {("rank", "gia_lai", None, 19), ("rank", "gia_lai", None, 1)}),
        # Norwegian department names after a genitive, in the office's own words, and
        # the provincial departments' average (not the country's)
        ("no", "Quang Nam: SIPAS 2019\nBlant etatene lå provinsens skattekontor på "
         "førsteplass med 95,16 %.",
         {("rank", "quang_nam/dept/tax", None, 1),
          ("score", "quang_nam/dept/tax", "sipas", 95.16)}),
        ("no", "Thanh Hoa: PAR-indeksen 2024\nFor blokken av departementer og etater på "
         "provinsnivå oppnådde den gjennomsnittlige indeksen 85,41 %. (3) Kontoret til "
         "provinsens People's Committee oppnådde 90,02 %.",
         {("score", "thanh_hoa", "average", 85.41), ("rank", "thanh_hoa/dept/ppc_office", None, 3),
          ("score", "thanh_hoa/dept/ppc_office", "par_index", 90.02)}),
        # "the group with the highest score" is a band, not first place
        ("no", "Ba Ria-Vung Tau: PAPI 2024\nProvinsen er klassifisert i gruppe 1 – gruppen med "
         "den høyeste scoren.",
         set()),
        # "8th among the 13 provinces of the Mekong Delta": the region is where the rank holds
        ("en", "Long An: SIPAS 2024\nIt ranked 41st nationwide and 8th among the 13 provinces "
         "and cities of the Mekong Delta.",
         {("rank", "long_an", None, 41), ("rank", "long_an", None, 8)}),
        ("fr", "Long An : SIPAS 2024\nElle se classe 41e au niveau national et 8e sur les 13 "
         "provinces et villes du delta du Mékong.",
         {("rank", "long_an", None, 41), ("rank", "long_an", None, 8)}),
        ("no", "Long An: SIPAS 2024\nDen ble nummer 41 nasjonalt og nummer 8 blant de 13 "
         "provinsene og byene i Mekongdeltaet.",
         {("rank", "long_an", None, 41), ("rank", "long_an", None, 8)}),
        ("vi", "Long An: SIPAS 2024\nTỉnh xếp thứ 41 cả nước và thứ 8 trong 13 tỉnh, thành vùng "
         "Đồng bằng sông Cửu Long.",
         {("rank", "long_an", None, 41), ("rank", "long_an", None, 8)}),
        # datelines with a date ("HANOÏ, 5 mai 2020 –", "HANOI (13. mai 2024):") name where
        # the wire was filed; where a ranking was announced ("offentliggjort onsdag i Hanoi")
        # is no subject either
        ("fr", "ICP 2019\nHANOÏ, 5 mai 2020 – Pour la troisième année consécutive, Quang Ninh "
         "s'impose en tête de l'indice de compétitivité provinciale.",
         {("streak", "quang_ninh", None, 3), ("rank", "quang_ninh", None, 1)}),
        ("no", "PCI 2023\nHANOI (13. mai 2024): Long An-provinsen ligger nå på 2. plass i PCI for "
         "2023.\nProvinsen fikk 70,94 poeng.",
         {("rank", "long_an", None, 2), ("score", "long_an", "pci", 70.94)}),
        # the year left out, or the month first ("Hanoï, 11 avril –", "HANOI, May 10 —"):
        # "the province" after it is the province named next
        ("fr", "PCI 2022 : Ha Tinh gagne neuf places\nHanoï, 11 avril – Ha Tinh fait partie des "
         "surprises du PCI 2022. Classée 27e en 2021, la province remonte à la 18e place.",
         {("rank", "ha_tinh", None, 27), ("rank", "ha_tinh", None, 18)}),
        ("en", "PCI 2022: Ha Tinh gains nine places\nHANOI, April 11 — Ha Tinh is one of the "
         "surprises of the PCI 2022. Ranked 27th in 2021, the province rose to 18th place.",
         {("rank", "ha_tinh", None, 27), ("rank", "ha_tinh", None, 18)}),
        ("no", "PCI 2010\nIfølge PCI 2010-rangeringen, offentliggjort onsdag i Hanoi av VCCI, gikk "
         "andreplassen til Lao Cai-provinsen.",
         {("rank", "lao_cai", None, 2)}),
        # a region's gross product is another topic ("produit régional brut", "gross regional
        # domestic product", "bruttoregionalprodukt")
        ("fr", "PAR Index 2021\nHai Phong en tête. Le résultat n'est pas anodin pour cette métropole, "
         "qui a affiché en 2021 une croissance de son produit régional brut de 12,38 %, bien "
         "au-delà de la moyenne nationale de 2,58 %.", {("rank", "hai_phong", None, 1)}),
        ("no", "PAR Index 2021\nHai Phong på topp. Byen hadde i 2021 en vekst i "
         "bruttoregionalproduktet på 12,38 prosent, langt over landsgjennomsnittet på 2,58 prosent.",
         {("rank", "hai_phong", None, 1)}),
        ("vi", "PAR Index 2021\nHải Phòng dẫn đầu. Năm 2021, tổng sản phẩm trên địa bàn của thành "
         "phố tăng 12,38%, cao hơn nhiều mức 2,58% của cả nước.", {("rank", "hai_phong", None, 1)}),
        ("en", "PAR Index 2021\nHai Phong ranked first. The city posted gross regional domestic "
         "product growth of 12.38% in 2021, well above the national average of 2.58%.",
         {("rank", "hai_phong", None, 1)}),
        # indices listed with "respectively", one of them with its abbreviation in brackets
        ("fr", "Quang Ninh 2019\nL'indice de performance de la gouvernance et de "
         "l'administration publique au niveau provincial (PAPI) et l'indice ICT la placent au "
         "3e rang, avec respectivement 44,66 points et 0,735 point.",
         {("rank", "quang_ninh", None, 3), ("score", "quang_ninh", "papi", 44.66),
          ("score", "quang_ninh", "ict_index", 0.735)}),
        # "results on the three pillars were A, B and C respectively": the components listed
        # before, in order; with fewer figures than components, the index itself
        ("no", "DTI 2020, Bac Giang\nIndeksen hviler på tre søyler: digital forvaltning, digital "
         "økonomi og digitalt samfunn. Bac Giangs resultater på de tre søylene var henholdsvis "
         "0,4455, 0,3019 og 0,3092 poeng.",
         {("score", "bac_giang", "dti_digital_government", 0.4455),
          ("score", "bac_giang", "dti_digital_economy", 0.3019),
          ("score", "bac_giang", "dti_digital_society", 0.3092)}),
        ("en", "DTI 2020, Bac Giang\nThe index has three pillars: digital government, digital "
         "economy and digital society. Bac Giang's results on the three pillars were 0.4455 and "
         "0.3019 points respectively.",
         {("score", "bac_giang", "dti", 0.4455), ("score", "bac_giang", "dti", 0.3019)}),
        # an average compared with, then a comma: the figures after it are the units' own
        ("fr", "PAPI 2020\nLa capitale Hà Nội et la TP. Hồ Chí Minh se trouvent parmi les 16 "
         "localités avec le point le plus bas, au-dessous du point moyen, obtenant respectivement "
         "41,629 points et 41,985 points.",
         {("score", "ha_noi", "papi", 41.629), ("score", "ho_chi_minh", "papi", 41.985)}),
        ("no", "PAPI 2020\nHanoi og Ho Chi Minh-byen er blant de 16 lokalitetene med lavest "
         "poengsum, under gjennomsnittet, med henholdsvis 41,629 og 41,985 poeng.",
         {("score", "ha_noi", "papi", 41.629), ("score", "ho_chi_minh", "papi", 41.985)}),
        # a pronoun after an opening phrase that holds a figure, in a national report
        ("fr", "PCI 2022\nQuang Ninh, Bac Giang, Hai Phong, Ba Ria - Vung Tau et Dong Thap "
         "mènent. Hanoï, Hô Chi Minh-Ville, Da Nang, Can Tho et Nghe An suivent.\nHa Tinh s'offre "
         "une belle remontée. Avec un score de 67,18 points, elle arrive en 18e position.",
         {("score", "ha_tinh", "pci", 67.18), ("rank", "ha_tinh", None, 18)}),
        # where a ranking was made public is no unit of it
        ("fr", "ICP 2022 : Ha Tinh gagne neuf places\nQuand le VCCI a présenté le rapport à Hanoï "
         "le 11 avril, la province côtière s'est classée 18e avec 67,18 points.",
         {("score", "ha_tinh", "pci", 67.18), ("rank", "ha_tinh", None, 18)}),
        # population is another topic
        ("vi", "PCI 2023\nThanh Hóa là tỉnh có dân số đông thứ ba cả nước, với khoảng 3,7 triệu "
         "người.", set()),
        # indices listed with a bare comma ("PCI, PAPI and DTI") are one list: the first is
        # in force after it, not the second
        ("en", "Hanoi 2023\nThe PCI, PAPI and DTI were all published in May. Hanoi scored 65.2 "
         "points.", {("score", "ha_noi", "pci", 65.2)}),
        # metrics listed after a figure each have it
        ("fr", "DTI 2022\nDans le DTI 2022, Hô Chi Minh-Ville obtient 0,61 point pour le "
         "gouvernement numérique et l'économie numérique.",
         {("score", "ho_chi_minh", "dti_digital_government", 0.61),
          ("score", "ho_chi_minh", "dti_digital_economy", 0.61)}),
        ("no", "DTI 2022\nI DTI 2022 fikk Ho Chi Minh-byen 0,61 poeng for digital forvaltning "
         "og digital økonomi.",
         {("score", "ho_chi_minh", "dti_digital_government", 0.61),
          ("score", "ho_chi_minh", "dti_digital_economy", 0.61)}),
        # a department ranked side by side with a province is a ministry, in an article
        # whose subject is that province too
        ("no", "PAR Index 2023: Quảng Ninh på topp\nJustisdepartementet og Quảng Ninh toppet "
         "PAR Index 2023.",
         {("rank", "ministry/justice", None, 1), ("rank", "quang_ninh", None, 1)}),
        ("en", "PAR Index 2023: Quang Ninh on top\nThe Department of Justice and Quang Ninh "
         "province led the PAR Index 2023.",
         {("rank", "ministry/justice", None, 1), ("rank", "quang_ninh", None, 1)}),
        # an aside between dashes names no subject, and a line opening with a unit and such
        # an aside is no dateline
        ("en", "PCI 2023\nThe Mekong Delta – twelve provinces and Can Tho city – has ranked "
         "first among the regions in the PCI for five years in a row.",
         {("rank", "other/dong_bang_song_cuu_long", None, 1),
          ("streak", "other/dong_bang_song_cuu_long", None, 5)}),
        ("no", "PCI 2023\nI PCI 2023 har Mekongdeltaet – tolv provinser og byen Can Tho – kommet "
         "på 1. plass blant regionene.",
         {("rank", "other/dong_bang_song_cuu_long", None, 1)}),
        # "le ministère de la Justice" in a national index's paragraph is the ministry, even
        # in an article whose subject is a province (in the weekly index it is a department)
        ("fr", "PAR Index 2021 : Hai Phong en tête\nHai Phong arrive en tête des provinces. Le "
         "ministère de la Justice arrive premier avec un indice de 91,9 %.",
         {("rank", "hai_phong", None, 1), ("rank", "ministry/justice", None, 1),
          ("score", "ministry/justice", "par_index", 91.9)}),
        # an ordinal's period before its figure in parentheses ends no sentence
        ("no", "Thanh Hoa: PAR-indeksen 2024\nDepartementet for landbruk og bygdeutvikling er "
         "rangert 7. (86,02 %), Byggdepartementet 8. (85,91 %).",
         {("rank", "thanh_hoa/dept/agriculture_and_rural_development", None, 7),
          ("score", "thanh_hoa/dept/agriculture_and_rural_development", "par_index", 86.02),
          ("rank", "thanh_hoa/dept/construction", None, 8),
          ("score", "thanh_hoa/dept/construction", "par_index", 85.91)}),
        # the weekly index named by whom it serves
        ("no", "Quảng Nam står på 21. plass om Indekssettet for betjening av folket og "
         "bedriftene\nQuảng Nam står på plass 21/63 med 80,1 poeng.",
         {("rank", "quang_nam", None, 21), ("score", "quang_nam", "total", 80.1)}),
        # components named with their own framing ("pour le groupe d'indices de
        # transparence", "le niveau de satisfaction", "services publics en ligne" is no PAPI
        # public service delivery)
        ("fr", "Binh Duong : indice 766\nLa province obtient 10,70 points pour le groupe "
         "d'indices de transparence, 16,4 points pour la fourniture de services publics en "
         "ligne et 17,30 points pour le niveau de satisfaction.",
         {("score", "binh_duong", "transparency", 10.7),
          ("score", "binh_duong", "online_public_services", 16.4),
          ("score", "binh_duong", "satisfaction", 17.3)}),
        # "in this area" (dans ce domaine, på dette området, ở lĩnh vực này, "Her fikk"): the
        # component named in the sentence before
        ("no", "Bac Ninh: PAPI 2017\nDeltakelse på grasrotnivå falt. Her fikk Bac Ninh 6,39 "
         "poeng.",
         {("score", "bac_ninh", "papi_participation", 6.39)}),
        ("vi", "Bắc Ninh: PAPI 2017\nChỉ số tham gia của người dân ở cấp cơ sở giảm. Ở lĩnh vực "
         "này, Bắc Ninh đạt 6,39 điểm.",
         {("score", "bac_ninh", "papi_participation", 6.39)}),
        # a count written with a leading zero ("01 organ", "09 cơ quan") is no figure; the
        # DDCI named "på nivå av departementer ... og lokaliteter"
        ("no", "Hai Phong: konkurranseevneindeksen på nivå av departementer, etater og "
         "lokaliteter (DDCI) 2023\nAv disse oppnådde 01 organ poengnivået godt. For "
         "lokalitetene var gjennomsnittspoengsummen 83,44 poeng.",
         {("score", "hai_phong", "average", 83.44)}),
        ("vi", "Hải Phòng: DDCI 2023\nTrong đó có 01 cơ quan đạt 95 điểm.",
         {("score", "hai_phong", "ddci", 95)}),
        # Nynorsk: "auka med", "departementa og organa", "for 5. gong på rad"
        ("no", "Quang Ninh: PAR-indeksen 2019\nQuang Ninh toppa PAR-indeksen for 3. gong på rad. "
         "Indeksen til Quang Ninh auka med 1,2 poeng.",
         {("rank", "quang_ninh", None, 1), ("streak", "quang_ninh", None, 3),
          ("change", "quang_ninh", "par_index", 1.2)}),
        # a unit's second name in parentheses (its original or translation) is one unit of a
        # list, not two: "respectively" pairs the places with the units named
        ("no", "DTI 2023\nDe 3 øverste plassene gikk henholdsvis til Viện Hàn lâm khoa học và "
         "công nghệ Việt Nam (Vietnams akademi for vitenskap og teknologi), Vietnams fjernsyn "
         "(Đài Truyền hình Việt Nam) og Vietnams nyhetsbyrå.",
         {("rank", "ministry/vietnam_academy_of_science_and_technology", None, 1),
          ("rank", "ministry/vietnam_television", None, 2),
          ("rank", "ministry/vietnam_news_agency", None, 3)}),
        # Nynorsk PAPI components and bands ("innbyggjardeltaking", "openheit", "offentlege
        # tenester", "gruppa med låge gjennomsnittsskårar")
        ("no", "Quang Nam: PAPI 2023\nIndeksen for levering av offentlege tenester låg i gruppa "
         "med høge gjennomsnittsskårar, med 7,6957 poeng. Openheit fekk 4,5627 poeng.",
         {("score", "quang_nam", "papi_public_service_delivery", 7.6957),
          ("score", "quang_nam", "papi_transparency", 4.5627)}),
        # English: the region at whose foot a unit sits; a board named "<X> Economic Zone
        # Management Board"; SIPAS named as "the satisfaction index for state agencies"
        ("en", "Gia Lai: PAPI 2022\nGia Lai ranked 60th. With 39.67 points, it sits at the foot "
         "of the Central Highlands.",
         {("rank", "gia_lai", None, 60), ("score", "gia_lai", "papi", 39.67)}),
        ("en", "Quang Nam announces 2019 satisfaction index for state administrative agencies\n"
         "The Department of Home Affairs ranked second with 96.62%.",
         {("rank", "quang_nam/dept/home_affairs", None, 2),
          ("score", "quang_nam/dept/home_affairs", "sipas", 96.62)}),
        # "Bộ này" (this ministry) is the ministry named last before it
        ("vi", "DTI 2023\nTrong nhóm các bộ, Bộ Kế hoạch và Đầu tư xếp ở vị trí số 1. Đây là "
         "năm thứ 2 liên tiếp Bộ này dẫn đầu.",
         {("rank", "ministry/planning_and_investment", None, 1),
          ("streak", "ministry/planning_and_investment", None, 2)}),
        ("en", "DTI 2023\nThe Ministry of Finance ranked first. It is the second year in a row "
         "this ministry has led.",
         {("rank", "ministry/finance", None, 1), ("streak", "ministry/finance", None, 2),
          ("rank", "ministry/finance", None, 1)}),
        # a percentage restating points is a percent index's own score, never a
        # component's share of its maximum
        ("vi", "Hà Tĩnh: SIPAS 2021\nChỉ số SIPAS đạt 9,12 điểm, chiếm tỷ lệ 91,17%.",
         {("score", "ha_tinh", "sipas", 9.12), ("score", "ha_tinh", "sipas", 91.17)}),
        ("en", "Ha Noi: PAR Index 2023\nIts civil service reform index reached 10.85 points, "
         "or 83.5 per cent of the maximum.",
         {("score", "ha_noi", "par_index_civil_service", 10.85)}),
        # "nhưng" (but) folds as "những" (the ... ones): "nhưng dẫn đầu" is a rank, not a group
        ("vi", "SIPAS 2023\nGia Lai đứng thứ 19, đạt 83,84% (giảm 3 bậc, nhưng dẫn đầu khu vực "
         "Tây Nguyên).",
         {("rank", "gia_lai", None, 19), ("score", "gia_lai", "sipas", 83.84),
          ("rank", "gia_lai", None, 1)}),
        # "Nhưng tỉnh này" (but this province) is one province, not a group ("những")
        ("vi", "SIPAS 2023\nQuảng Ninh dẫn đầu. Nhưng tỉnh này chỉ đạt 85,5%.",
         {("rank", "quang_ninh", None, 1), ("score", "quang_ninh", "sipas", 85.5)}),
        # a change with no unit word before the figure it reached
        ("en", "PAR Index 2023\nHue's PAR Index rose by 1.2 to 89.5 percent.",
         {("change", "hue", "par_index", 1.2), ("score", "hue", "par_index", 89.5)}),
        ("vi", "PCI 2023\nChỉ số PCI của Huế giảm 0,8 so với năm trước, còn đạt 69,5 điểm.",
         {("change", "hue", "pci", -0.8), ("score", "hue", "pci", 69.5)}),
        # a rank after a participle that places the unit ("placing it 8th", "la plaçant 8e")
        ("en", "SIPAS 2023\nHa Tinh's SIPAS reached 85.5 percent, placing it 8th nationwide.",
         {("score", "ha_tinh", "sipas", 85.5), ("rank", "ha_tinh", None, 8)}),
        ("fr", "SIPAS 2023\nLe SIPAS de Ha Tinh atteint 85,5 %, la plaçant 8e du pays.",
         {("score", "ha_tinh", "sipas", 85.5), ("rank", "ha_tinh", None, 8)}),
        # an earlier score with no unit word, dated ("up from 41.2 in 2022")
        ("en", "PAPI 2023\nQuang Tri's PAPI 2023 score was 42.5 points, up from 41.2 in 2022.",
         {("score", "quang_tri", "papi", 42.5), ("score", "quang_tri", "papi", 41.2)}),
        ("no", "PAPI 2023\nQuang Tris PAPI-poengsum var 42,5 poeng, opp fra 41,2 i 2022.",
         {("score", "quang_tri", "papi", 42.5), ("score", "quang_tri", "papi", 41.2)}),
        # agencies ranked beside the ministries in the PAR Index
        ("vi", "Chỉ số CCHC 2024\nVăn phòng Chính phủ xếp thứ 5 với 85,5%.",
         {("rank", "ministry/government_office", None, 5),
          ("score", "ministry/government_office", "par_index", 85.5)}),
        ("en", "PAR Index 2024\nThe Government Inspectorate ranked 5th.",
         {("rank", "ministry/government_inspectorate", None, 5)}),
        # the verb left out before the later units of a list of ranks
        ("en", "PCI 2024\nHanoi ranked 5th, Hue 6th and Da Nang 7th.",
         {("rank", "ha_noi", None, 5), ("rank", "hue", None, 6), ("rank", "da_nang", None, 7)}),
        ("vi", "PCI 2024\nHà Nội xếp thứ 5, Huế thứ 6 và Đà Nẵng thứ 7.",
         {("rank", "ha_noi", None, 5), ("rank", "hue", None, 6), ("rank", "da_nang", None, 7)}),
        # the unit word left out after the first figure of a list of scores
        ("en", "PCI 2024\nHanoi scored 70.1 points, Hue 68.5 and Da Nang 67.2.",
         {("score", "ha_noi", "pci", 70.1), ("score", "hue", "pci", 68.5),
          ("score", "da_nang", "pci", 67.2)}),
        # a place opening a unit's parentheses
        ("en", "PCI 2024\nThe lowest-ranked province was Cao Bang (63rd, 55.2 points).",
         {("rank", "cao_bang", None, 63), ("score", "cao_bang", "pci", 55.2)}),
        # ranks on components listed after the overall one ("và thứ 5 về kinh tế số";
        # "pour l'économie": an elided article before the metric named after the figure)
        ("vi", "DTI 2023\nQuảng Ninh xếp thứ 3 về DTI, trong đó xếp thứ 2 về chính quyền số và "
         "thứ 5 về kinh tế số.",
         {("rank", "quang_ninh", None, 3), ("rank", "quang_ninh", None, 2),
          ("rank", "quang_ninh", None, 5)}),
        # the country's streak where the country is the only unit named and no rank
        ("no", "PAR-indeksen 2023\nDette er det 5. året på rad at indeksen for lokalitetene har "
         "nådd et gjennomsnitt på over 80 %.",
         {("streak", "vietnam", None, 5)}),
        # the source of a statement is not its subject ("according to the Ministry")
        ("en", "DTI 2024\nAccording to the announcement of the Ministry of Science and Technology, "
         "the national DTI reached 0.7955.",
         {("score", "vietnam", "dti", 0.7955)}),
        # Decision 766's name as Norwegian MT renders it; components of its own
        ("no", "Quang Tri ligger på andreplass på indekssettet for service til innbyggere og "
         "bedrifter. Nettbaserte tjenester fikk 9,03 poeng.",
         {("rank", "quang_tri", None, 2), ("score", "quang_tri", "online_public_services", 9.03)}),
        # a concessive "selv om" / "même si" is no condition
        ("no", "PCI 2017\nSelv om byen har falt, ligger Ho Chi Minh-byen (65,2 poeng) på 8. plass.",
         {("score", "ho_chi_minh", "pci", 65.2), ("rank", "ho_chi_minh", None, 8)}),
        # ministries named analytically in Norwegian ("Departementet for arbeid, ...")
        ("no", "PAR-indeksen 2012\nDepartementet for naturressurser og miljø fikk 69,75 prosent.",
         {("score", "ministry/natural_resources_and_environment", "par_index", 69.75)}),
        # ", of which" opens a clause of its own: the average before it is not the
        # departments' listed after it
        ("en", "PAR Index 2023\nIn Thanh Hoa, the average PAR Index of departments reached "
         "85.41%, of which the top units are: (1) Department of Finance reached 90.05%.",
         {("score", "thanh_hoa", "average", 85.41), ("rank", "thanh_hoa/dept/finance", None, 1),
          ("score", "thanh_hoa/dept/finance", "par_index", 90.05)}),
        # SIPAS by the long name machine translation gives it; a province's tax department
        ("en", "Ha Tinh 2021\nThe Index of satisfaction of people and organizations with the "
         "services of State administrative agencies reached 91.17%.",
         {("score", "ha_tinh", "sipas", 91.17)}),
        ("fr", "SIPAS 2019\nÀ Quang Nam, le Département des impôts se classe premier avec 95,16 %.",
         {("rank", "quang_nam/dept/tax", None, 1), ("score", "quang_nam/dept/tax", "sipas", 95.16)}),
        # units joined by "à l'..., au ..." paired in order with a series of places
        ("fr", "DTI 2023\nLes 3 premières places reviennent respectivement à l'Académie des "
         "sciences et des technologies du Vietnam, à la Télévision du Vietnam et à l'Agence "
         "vietnamienne d'information.",
         {("rank", "ministry/vietnam_academy_of_science_and_technology", None, 1),
          ("rank", "ministry/vietnam_television", None, 2),
          ("rank", "ministry/vietnam_news_agency", None, 3)}),
        # an index named after figures of another is no list of index names: it is in
        # force; a national phrase scoping a rank in a clause before is nobody's subject
        ("no", "Ba Ria-Vung Tau 2021\nPCI-indeksen nådde 69,03 poeng og havnet på 9. plass; "
         "SIPAS-indeksen nådde 86,72 % og ble rangert som nummer 38/63 provinser og byer i hele "
         "landet; PAPI-indeksen var 40,62/80 poeng.",
         {("score", "ba_ria_vung_tau", "pci", 69.03), ("rank", "ba_ria_vung_tau", None, 9),
          ("score", "ba_ria_vung_tau", "sipas", 86.72), ("rank", "ba_ria_vung_tau", None, 38),
          ("score", "ba_ria_vung_tau", "papi", 40.62)}),
        # "and the northern province of": an article and words describing a typed unit
        ("en", "PAR Index 2023\nThe Ministry of Justice and the northern province of Quang Ninh "
         "ranked first.",
         {("rank", "ministry/justice", None, 1), ("rank", "quang_ninh", None, 1)}),
        # a region after a province and a locative word says where, not who
        ("fr", "PAPI 2020\nLa province de Dong Thap, dans le delta du Mékong, s'est classée "
         "deuxième avec 46,961 points.",
         {("rank", "dong_thap", None, 2), ("score", "dong_thap", "papi", 46.961)}),
        # a joiner word that opens with a comma (", the") joins a list of units
        ("en", "DTI 2023\nThe top 3 positions belong respectively to the Vietnam Academy of "
         "Science and Technology, the Commission for the Management of State Capital at "
         "Enterprises and Vietnam Television.",
         {("rank", "ministry/vietnam_academy_of_science_and_technology", None, 1),
          ("rank", "ministry/commission_for_the_management_of_state_capital_at_enterprises",
           None, 2),
          ("rank", "ministry/vietnam_television", None, 3)}),
        # "indeks 87,61": no document number
        ("no", "Ba Ria-Vung Tau 2021\nI 2021 oppnådde provinsens PAR INDEX-indeks 87,61 poeng.",
         {("score", "ba_ria_vung_tau", "par_index", 87.61)}),
        # chairing a meeting is no first place, even with a date in between
        ("no", "Son La, tjenesteindeksen\nNestlederen Dang Ngoc Hau ledet 15. desember et møte om "
         "indeksen for service til innbyggere og bedrifter.",
         set()),
        # Decision 766's index by its long Norwegian and French names
        ("no", "Bac Ninh er nr. 1 på landsbasis når det gjelder ledelse, styring og "
         "tjenestekvalitet for innbyggere og bedrifter.",
         {("rank", "bac_ninh", None, 1)}),
        ("fr", "Bac Ninh se classe en tête du pays en termes de leadership, de gestion et de "
         "qualité de service pour les citoyens et les entreprises.",
         {("rank", "bac_ninh", None, 1)}),
        # a ranking by income is on another topic, even in an article that names the PCI
        ("no", "PCI 2021\nPå listen over lokaliteter med høyest inntektsnivå lå Binh Duong på "
         "førsteplass.",
         set()),
        ("fr", "PCI 2021\nSur la liste des localités ayant les niveaux de revenus les plus élevés, "
         "Binh Duong occupe la première place.",
         set()),
        # a commune the 2025 gazetteer lacks still gets a key of its type
        (
            "en",
            "Nghe An\nThanh Chuong commune slipped to 118th.",
            {("rank", "nghe_an/xa_thanh_chuong", None, 118)},
        ),
        # a sentence opening on the components ("Specifically, the ... pillar", "Cụ thể,
        # trụ cột", "Konkret ... pilaren", "Alle de tre pilarene") keeps the unit of the
        # figure before, the country included
        ("en", "DTI 2024\nThe national DTI reached 0.7955. Specifically, the digital government "
         "pillar reached 0.8120.",
         {("score", "vietnam", "dti", 0.7955), ("score", "vietnam", "dti_digital_government", 0.812)}),
        ("vi", "Chỉ số DTI 2024\nChỉ số DTI cả nước đạt 0,7955. Cụ thể, trụ cột chính quyền số đạt "
         "0,8120.",
         {("score", "vietnam", "dti", 0.7955), ("score", "vietnam", "dti_digital_government", 0.812)}),
        ("fr", "DTI 2024\nLe DTI national a atteint 0,7955. Plus précisément, le pilier "
         "gouvernement numérique atteint 0,8120.",
         {("score", "vietnam", "dti", 0.7955), ("score", "vietnam", "dti_digital_government", 0.812)}),
        ("no", "DTI 2024\nIfølge departementet endte den nasjonale DTI på 0,7955. Konkret nådde "
         "pilaren digital forvaltning 0,8120.",
         {("score", "vietnam", "dti", 0.7955), ("score", "vietnam", "dti_digital_government", 0.812)}),
        ("no", "DTI 2024\nIfølge departementet endte den nasjonale DTI på 0,7955. Alle de tre "
         "pilarene økte: digital økonomi nådde 0,7723.",
         {("score", "vietnam", "dti", 0.7955), ("score", "vietnam", "dti_digital_economy", 0.7723)}),
        # "của các địa phương": the average of all localities is the country's, in an
        # article about one province; "... trong khu vực Tây Nguyên" is a region's
        ("vi", "Chỉ số PAPI 2022\nGia Lai đạt 40,5 điểm. Điểm trung bình của các địa phương là "
         "42,1 điểm.",
         {("score", "gia_lai", "papi", 40.5), ("score", "vietnam", "average", 42.1)}),
        ("vi", "Chỉ số PAPI 2022\nGia Lai đạt 40,5 điểm. Điểm trung bình của các địa phương trong "
         "khu vực Tây Nguyên là 42,1 điểm.",
         {("score", "gia_lai", "papi", 40.5), ("score", "other/tay_nguyen", "average", 42.1)}),
        # "pluss": a rise in Norwegian
        ("no", "DTI 2024\nHue nådde 0,7951 poeng i DTI, pluss 0,0312 poeng fra året før.",
         {("score", "hue", "dti", 0.7951), ("change", "hue", "dti", 0.0312)}),
        # "i snitt": an average in Norwegian
        ("no", "PAR-indeksen 2023\nI snitt oppnådde provinsene 84,5 prosent.",
         {("score", "vietnam", "average", 84.5)}),
        # Decision 766's index described, not named: in force over the PCI named before
        ("en", "PCI 2024\nBac Ninh also topped the index that measures how well local "
         "governments serve citizens and businesses, with 91.2 points.",
         {("rank", "bac_ninh", None, 1), ("score", "bac_ninh", "total", 91.2)}),
        ("fr", "PCI 2024\nBac Ninh est aussi en tête de l'indice qui mesure comment les "
         "administrations servent les citoyens et les entreprises, avec 91,2 points.",
         {("rank", "bac_ninh", None, 1), ("score", "bac_ninh", "total", 91.2)}),
        ("no", "PCI 2024\nBac Ninh ledet også indeksen som måler hvor godt myndighetene betjener "
         "innbyggere og bedrifter, med 91,2 poeng.",
         {("rank", "bac_ninh", None, 1), ("score", "bac_ninh", "total", 91.2)}),
        ("no", "PCI 2024\nBac Ninh ledet også landets måling av tjenester til innbyggere og "
         "næringsliv med 91,2 poeng.",
         {("rank", "bac_ninh", None, 1), ("score", "bac_ninh", "total", 91.2)}),
        # "rose to N points" states the value reached, not the change; "an improvement of"
        ("en", "PAPI 2019\nQuang Ninh's score improved markedly to 44.66 points, an improvement "
         "of 1.03 points on 2018.",
         {("score", "quang_ninh", "papi", 44.66), ("change", "quang_ninh", "papi", 1.03)}),
        ("fr", "PAPI 2019\nLe score de Quang Ninh a nettement progressé pour atteindre 44,66 points.",
         {("score", "quang_ninh", "papi", 44.66)}),
        # a group named "low-average" / "trung bình thấp" is no average
        ("en", "PAPI 2023\nBac Giang scored 44.3 points. Two dimensions remained in the "
         "low-average group: public service delivery, at 7.4286 points.",
         {("score", "bac_giang", "papi", 44.3),
          ("score", "bac_giang", "papi_public_service_delivery", 7.4286)}),
        ("vi", "Chỉ số PAPI 2023\nBắc Giang đạt 44,3 điểm. Hai lĩnh vực ở nhóm trung bình thấp: "
         "cung ứng dịch vụ công đạt 7,4286 điểm.",
         {("score", "bac_giang", "papi", 44.3),
          ("score", "bac_giang", "papi_public_service_delivery", 7.4286)}),
        # "higher than on October 23" / "que le 23 octobre" / "so với ngày 23/10": a change
        ("en", "Week 43\nBinh Duong ranked 16th in the service index. The province's score was "
         "0.5 points higher than on October 23.",
         {("rank", "binh_duong", None, 16), ("change", "binh_duong", "total", 0.5)}),
        ("fr", "Semaine 43\nBinh Duong est 16e de l'indice de service aux citoyens. Son score est "
         "de 0,3 point de moins que le 23 octobre.",
         {("rank", "binh_duong", None, 16), ("change", "binh_duong", "total", -0.3)}),
        ("no", "Uke 43\nBinh Duong ble nummer 16 i tjenesteindeksen. Poengsummen var 0,5 poeng "
         "høyere enn 23. oktober.",
         {("rank", "binh_duong", None, 16), ("change", "binh_duong", "total", 0.5)}),
        ("vi", "Tuần 43\nBình Dương xếp thứ 16 về Chỉ số phục vụ người dân, doanh nghiệp. Điểm "
         "của tỉnh cao hơn 0,5 điểm so với ngày 23/10.",
         {("rank", "binh_duong", None, 16), ("change", "binh_duong", "total", 0.5)}),
        # "16.39 of 20 for processing timelines": a decimal out of a bare maximum
        ("en", "Service index 2024\nSon La scored 16.39 of 20 for processing timelines.",
         {("score", "son_la", "processing_progress", 16.39)}),
        # "The northern coastal province": a province described by several words
        ("en", "PCI 2019\nQuang Ninh topped the PCI. The northern coastal province led the "
         "nationwide ranking with 72.4 points.",
         {("rank", "quang_ninh", None, 1), ("score", "quang_ninh", "pci", 72.4)}),
        # the city where results were announced is a place, not the province "The
        # province" in the next sentence refers to
        ("en", "Binh Thuan rises in PCI 2023\nBinh Thuan has risen to 18th in the 2023 PCI. The "
         "results were announced in Hanoi on May 9. The province scored 68.06 points.",
         {("rank", "binh_thuan", None, 18), ("score", "binh_thuan", "pci", 68.06)}),
        ("fr", "Binh Thuan progresse dans l'ICP 2023\nBinh Thuan se classe 18e de l'ICP 2023. Les "
         "résultats ont été annoncés à Hanoï le 9 mai. La province a obtenu 68,06 points.",
         {("rank", "binh_thuan", None, 18), ("score", "binh_thuan", "pci", 68.06)}),
        ("no", "Binh Thuan stiger i PCI 2023\nBinh Thuan er nummer 18 i PCI 2023. Resultatene ble "
         "offentliggjort i Hanoi 9. mai. Provinsen fikk 68,06 poeng.",
         {("rank", "binh_thuan", None, 18), ("score", "binh_thuan", "pci", 68.06)}),
        ("vi", "Bình Thuận tăng hạng PCI 2023\nBình Thuận xếp thứ 18 về PCI 2023. Kết quả được công "
         "bố tại Hà Nội ngày 9/5. Tỉnh đạt 68,06 điểm.",
         {("rank", "binh_thuan", None, 18), ("score", "binh_thuan", "pci", 68.06)}),
        # a score "of 15 points" is out of a maximum, not a rank among 15
        ("en", "PAR Index 2023\nSon La earned 14.23 of 15 points for civil service reform.",
         {("score", "son_la", "par_index_civil_service", 14.23)}),
        # the country named by its level or as all provinces: "Ở cấp quốc gia", "Với cấp
        # tỉnh", "khối tỉnh, thành phố", "bình quân của cả nước", "På nasjonalt nivå"
        ("vi", "DTI 2024 của Gia Lai\nỞ cấp quốc gia, DTI năm 2024 đạt 0,7955. Với cấp tỉnh, "
         "giá trị DTI bình quân năm 2024 là 0,6961.",
         {("score", "vietnam", "dti", 0.7955), ("score", "vietnam", "average", 0.6961)}),
        ("vi", "PAR INDEX 2023 của Gia Lai\nChỉ số của khối tỉnh, thành phố năm 2023 đã quay lại "
         "đà tăng: giá trị trung bình của các địa phương đạt 86,98%.",
         {("score", "vietnam", "average", 86.98)}),
        ("vi", "Chỉ số PAR INDEX 2023\nQuảng Nam có 80,1 điểm, trong khi điểm bình quân của cả "
         "nước là 75,5 điểm.",
         {("score", "quang_nam", "par_index", 80.1), ("score", "vietnam", "average", 75.5)}),
        ("no", "DTI 2024 for Gia Lai\nPå nasjonalt nivå nådde DTI 0,7955.",
         {("score", "vietnam", "dti", 0.7955)}),
        # online public services stated out of 22 (the index version that folded online
        # payment into them) stay online public services
        ("en", "Service index 2024 for Son La\nSon La scored 16.39/20 for processing timelines, "
         "14.31/22 for online public services and 19.75/22 for dossier digitisation.",
         {("score", "son_la", "processing_progress", 16.39),
          ("score", "son_la", "online_public_services", 14.31),
          ("score", "son_la", "document_digitization", 19.75)}),
        # a component named after the figure in guillemets; "à moyenne faible" is a group
        ("fr", "PAPI 2023 de Bac Giang\nAvec 7,3001 points, l'axe « procédures administratives "
         "publiques » se classe bien. Deux axes relèvent du groupe à moyenne faible : la "
         "fourniture des services publics (7,4286 points).",
         {("score", "bac_giang", "papi_public_administrative_procedures", 7.3001),
          ("score", "bac_giang", "papi_public_service_delivery", 7.4286)}),
        ("en", "PAPI 2023 Bac Giang\nIt recorded 5.5787 points for people's participation at the "
         "grassroots level.",
         {("score", "bac_giang", "papi_participation", 5.5787)}),
        ("fr", "Indice PAR 2024 de Son La\nLe sous-indice « Réforme de l'organisation » se distingue "
         ": avec 10,18/10,5 points, la province y est en tête.",
         {("score", "son_la", "par_index_administrative_apparatus", 10.18),
          ("rank", "son_la", None, 1)}),
        # a region named after the figures is where the rank holds, not who holds it
        ("en", "PGI 2024: Gia Lai in top 30\nThe province ranked 30th out of 63 with 25.05 "
         "points and was 2nd in the Central Highlands.",
         {("rank", "gia_lai", None, 30), ("score", "gia_lai", "pgi", 25.05),
          ("rank", "gia_lai", None, 2)}),
        ("vi", "PGI 2024: Gia Lai vào top 30\nTỉnh xếp thứ 30/63 với 25,05 điểm và đứng thứ 2 khu "
         "vực Tây Nguyên.",
         {("rank", "gia_lai", None, 30), ("score", "gia_lai", "pgi", 25.05),
          ("rank", "gia_lai", None, 2)}),
        ("no", "PGI 2024: Gia Lai blant de 30 beste\nProvinsen ligger på 30. plass av 63 med "
         "25,05 poeng og er nummer 2 i Sentralhøylandet (Tay Nguyen).",
         {("rank", "gia_lai", None, 30), ("score", "gia_lai", "pgi", 25.05),
          ("rank", "gia_lai", None, 2)}),
        ("fr", "PGI 2024 : Gia Lai dans le top 30\nLa province se classe 30e sur 63 avec 25,05 "
         "points, devant les Hauts Plateaux du Centre.",
         {("rank", "gia_lai", None, 30), ("score", "gia_lai", "pgi", 25.05)}),
        # ... but a region that is the clause's subject keeps its figure ("Depuis cinq
        # années consécutives, le delta du Mékong arrive en tête")
        ("fr", "ICP 2019 : le delta du Mékong en tête\nVinh Long (VNA) - Depuis cinq années "
         "consécutives, le delta du Mékong arrive en tête des régions économiques du pays.",
         {("streak", "other/dong_bang_song_cuu_long", None, 5),
          ("rank", "other/dong_bang_song_cuu_long", None, 1)}),
        ("vi", "PAPI 2022: Gia Lai xếp cuối khu vực Tây Nguyên, đứng thứ 58 cả nước\nGia Lai đạt "
         "40,5 điểm.",
         {("rank", "gia_lai", None, 58), ("score", "gia_lai", "papi", 40.5)}),
        # who beat the subject is no holder of its rank ("bare slått av Dak Nong")
        ("no", "PGI 2024: Gia Lai blant de 30 beste\nProvinsen er nummer 2 i Sentralhøylandet, "
         "bare slått av Dak Nong.",
         {("rank", "gia_lai", None, 2)}),
        ("en", "PGI 2024: Gia Lai in top 30\nThe province ranked 30th with 25.05 points, second "
         "only to Dak Nong in the Central Highlands.",
         {("rank", "gia_lai", None, 30), ("score", "gia_lai", "pgi", 25.05),
          ("rank", "gia_lai", None, 2)}),
        # a speaker's post names no subject ("Deputy Director of the Department of Home
        # Affairs, said", "Phó Giám đốc Sở Nội vụ ... cho biết")
        ("en", "PAR Index 2023 of Binh Duong's departments\nPresenting the results, Ly Van Dep, "
         "Deputy Director of the Department of Home Affairs, said the average index of provincial "
         "departments reached 85.41% in 2023.",
         {("score", "binh_duong", "average", 85.41)}),
        ("vi", "Chỉ số CCHC các sở năm 2023 của Bình Dương\nPhó Giám đốc Sở Nội vụ Lý Văn Đẹp cho "
         "biết, chỉ số trung bình của các sở, ngành đạt 85,41%.",
         {("score", "binh_duong", "average", 85.41)}),
        # the bloc of a province's localities, stated with its verb, is their average
        ("vi", "Hải Phòng công bố DDCI 2023\nKhối địa phương tăng 2,66 điểm so với năm 2022.",
         {("change", "hai_phong", "average", 2.66)}),
        # the source of a statement is no subject; "xếp loại trung bình" is a grade
        ("vi", "Chỉ số phục vụ tuần 47 của TP.HCM\nTheo thông báo của Văn phòng UBND TPHCM về "
         "kết quả Bộ chỉ số phục vụ người dân, thành phố đạt 84,43 điểm. Sở Y tế dẫn đầu, tiếp "
         "theo là Sở Tư pháp đạt 93,97 điểm. Hai đơn vị chỉ được xếp loại trung bình là Sở Xây "
         "dựng với 57,92 điểm.",
         {("score", "ho_chi_minh", "total", 84.43), ("rank", "ho_chi_minh/dept/health", None, 1),
          ("score", "ho_chi_minh/dept/justice", "total", 93.97),
          ("score", "ho_chi_minh/dept/construction", "total", 57.92)}),
        # a dash opens an apposition as a comma does
        ("vi", "PCI 2022 của Hà Tĩnh\nTại khu vực Bắc Trung Bộ, Hà Tĩnh giữ vị trí thứ 2, chỉ sau "
         "Thừa Thiên Huế – địa phương xếp thứ 6 toàn quốc.",
         {("rank", "ha_tinh", None, 2), ("rank", "thua_thien_hue", None, 6)}),
        # a goal stated with the verb first; the local administrations' average is the country's
        ("no", "PCI-planen for Dong Thap\nKonkret tar provinsen sikte på en PCI-poengsum på minst "
         "71,20 i 2024, noe som ville bety 1,54 poeng mer enn i 2023.", set()),
        ("no", "PAR-indeksen 2023 for Gia Lai\nDermed har lokalforvaltningenes gjennomsnittlige "
         "reformindeks ligget over 80 prosent fem år på rad.",
         {("streak", "vietnam", None, 5)}),
        # units left out of a ranking, and those listed with them, hold none of its figures
        ("fr", "PAPI 2023 : Quang Nam 48e\nLa province n'a totalisé que 40,596 points et se "
         "classe 48e sur 61 provinces et villes, les données n'étant pas disponibles pour Binh "
         "Duong et Quang Ninh.",
         {("score", "quang_nam", "papi", 40.596), ("rank", "quang_nam", None, 48)}),
        ("fr", "ICP 2023 : Long An deuxième\nAvec 8,40 points à l'indice composante « coût en "
         "temps », Long An occupe la quatrième place.",
         {("score", "long_an", "pci_time_costs", 8.4), ("rank", "long_an", None, 4)}),
        # "viste klar framgang, med 44,66 poeng": progress shown, with a score
        ("no", "PAPI 2019 for Quang Ninh\nQuang Ninh viste klar framgang, med 44,66 poeng.",
         {("score", "quang_ninh", "papi", 44.66)}),
        ("no", "DTI 2024: Hanoi på topp\nDen gjennomsnittlige DTI-verdien på provinsnivå endte på "
         "0,6961 i 2024. Alle de tre søylene viste endring: digital forvaltning nådde 0,7582.",
         {("rank", "ha_noi", None, 1), ("score", "vietnam", "average", 0.6961),
          ("score", "vietnam", "dti_digital_government", 0.7582)}),
        # a participle after a compared unit is about it; a region of scope is no antecedent
        ("fr", "ICP 2022 de Ha Tinh\nAu sein de la région du Centre-Nord, Hà Tĩnh conserve la "
         "deuxième place, derrière Thừa Thiên-Huế, classée 6e au niveau national.",
         {("rank", "ha_tinh", None, 2), ("rank", "thua_thien_hue", None, 6)}),
        ("no", "PAPI 2020\nAndreplassen gikk til Dong Thap i Mekongdeltaet, som fikk 46,961 poeng.",
         {("rank", "dong_thap", None, 2), ("score", "dong_thap", "papi", 46.961)}),
        # the province's departments at provincial level are the province's average
        ("no", "PAR-indeksen 2023 for Binh Duongs avdelinger\nFor departementene og etatene på "
         "provinsnivå endte gjennomsnittet på 85,41 prosent.",
         {("score", "binh_duong", "average", 85.41)}),
        ("fr", "Indice de service aux citoyens et aux entreprises de Quang Tri\nLe détail : 15,4 "
         "points pour la publicité et la transparence.",
         {("score", "quang_tri", "transparency", 15.4)}),
        # a hyphen opens an apposition, and a decimal comma does not end it
        ("vi", "PGI 2024 của Gia Lai\nTrong khu vực Tây Nguyên, tỉnh đứng thứ hai, chỉ xếp sau Đắk "
         "Nông - địa phương đạt 25,24 điểm và đứng thứ 29 cả nước.",
         {("rank", "gia_lai", None, 2), ("score", "dak_nong", "pgi", 25.24),
          ("rank", "dak_nong", None, 29)}),
        # "On average, ministries ...", "En moyenne, les 17 ministères": the country's average
        ("en", "PAR Index 2023: Quang Ninh leads\nOn average, ministries and ministerial-level "
         "agencies scored 84.38 percent.",
         {("score", "vietnam", "average", 84.38)}),
        ("fr", "Indice PAR 2019\nEn moyenne, les 17 ministères et organismes de rang ministériel "
         "ont obtenu 85,63 % en 2019.",
         {("score", "vietnam", "average", 85.63)}),
        ("no", "PAR-indeksen 2024 for Son La\nDelindeksen for reform av offentlig "
         "tjenestemannsforvaltning ga Son La 14,23/15 poeng.",
         {("score", "son_la", "par_index_civil_service", 14.23)}),
        # "Provinsenes indeks": all provinces, the country
        ("no", "SIPAS 2023: Gia Lai\nProvinsenes indeks er tilbake på en positiv vekstkurve: "
         "gjennomsnittsverdien for 2023 nådde 86,98 %.",
         {("score", "vietnam", "average", 86.98)}),
        # a plan that states a past result is no target: "Kế hoạch nêu rõ, năm 2023 ..."
        ("vi", "Kế hoạch nâng cao PCI 2024\nKế hoạch nêu rõ, năm 2023 PCI của Đồng Tháp đạt "
         "69,66 điểm, đứng thứ 5 cả nước.",
         {("score", "dong_thap", "pci", 69.66), ("rank", "dong_thap", None, 5)}),
        # "Le ministère a ainsi ...": a ministry demonstrative points back to a name that is
        # a department until its owner is known
        ("fr", "DTI 2023\nParmi les 17 ministères, le ministère du Plan et de l'Investissement "
         "s'est classé premier. Le ministère a ainsi dominé ce classement pour la deuxième "
         "année consécutive.",
         {("rank", "ministry/planning_and_investment", None, 1),
          ("streak", "ministry/planning_and_investment", None, 2)}),
        ("no", "DTI 2023\nBlant de 17 departementene ble departementet for planlegging og "
         "investering rangert som nummer 1. Departementet har dermed toppet denne rangeringen "
         "for andre år på rad.",
         {("rank", "ministry/planning_and_investment", None, 1),
          ("streak", "ministry/planning_and_investment", None, 2)}),
        # "l'ICP moyen de la région": the average of the region named before
        ("fr", "ICP : le delta du Mékong en tête\nLe séminaire s'est tenu dans la province de "
         "Vinh Long. Entre 2015 et 2019, l'ICP moyen de la région est passé de 59 points à "
         "64,99 points.",
         {("rank", "other/dong_bang_song_cuu_long", None, 1),
          ("score", "other/dong_bang_song_cuu_long", "average", 59.0),
          ("score", "other/dong_bang_song_cuu_long", "average", 64.99)}),
        # "..., beating the national average of 75.5 points": the national phrase that
        # names the average is the last unit before the figure: the country's
        ("en", "Index 766: Quang Nam 21st\nQuang Nam ranked 21st. The province scored 80.1 "
         "points, beating the national average of 75.5 points.",
         {("rank", "quang_nam", None, 21), ("score", "quang_nam", "total", 80.1),
          ("score", "vietnam", "average", 75.5)}),
        ("fr", "Indice 766 : Quang Nam 21e\nQuang Nam se classe 21e. La province a obtenu 80,1 "
         "points, au-dessus de la moyenne nationale de 75,5 points.",
         {("rank", "quang_nam", None, 21), ("score", "quang_nam", "total", 80.1),
          ("score", "vietnam", "average", 75.5)}),
        # "the country's provinces and cities", "landets provinser og byer": all of them,
        # the country
        ("en", "PAR Index 2023: Gia Lai leads\nThe average PAR Index of the country's "
         "provinces and cities reached 86.98%.",
         {("score", "vietnam", "average", 86.98)}),
        ("no", "PAR-indeksen 2023: Gia Lai leder\nDen gjennomsnittlige PAR-indeksen for landets "
         "provinser og byer nådde 86,98 %.",
         {("score", "vietnam", "average", 86.98)}),
        # components as literal translation names them ("Progression de règlement",
        # "Service public en ligne") and "la moyenne de tout le pays"
        ("fr", "Indice 766 : Quang Nam\nLa province de Quang Nam atteint 80,1 points (la "
         "moyenne de tout le pays est 75,5 points). Concrètement : - indice Progression de "
         "règlement : 18,4/20 points ; - indice Service public en ligne : 7,7/12 points.",
         {("score", "quang_nam", "total", 80.1), ("score", "vietnam", "average", 75.5),
          ("score", "quang_nam", "processing_progress", 18.4),
          ("score", "quang_nam", "online_public_services", 7.7)}),
        ("no", "Indeks 766: Quang Nam på 21. plass\nQuang Nam ble nummer 21. Provinsen fikk "
         "80,1 poeng, over landsgjennomsnittet på 75,5 poeng.",
         {("rank", "quang_nam", None, 21), ("score", "quang_nam", "total", 80.1),
          ("score", "vietnam", "average", 75.5)}),
        # a unit named twice in the parenthesis after a figure, translated and in the
        # original, is still the parenthesis's one unit
        ("no", "Lam Dong: servicekvalitetsindeksen for avdelingene. Poengsum lavest er 83,61 "
         "poeng (Styret for forvaltning av industriparkene, Ban Quan ly cac khu cong nghiep).",
         {("score", "lam_dong/dept/industrial_parks_board", "total", 83.61)}),
        ("en", "Lam Dong: the service index of its departments. The lowest score was 83.61 "
         "points (Industrial Parks Management Board, Ban Quan ly cac khu cong nghiep).",
         {("score", "lam_dong/dept/industrial_parks_board", "total", 83.61)}),
        ("fr", "Lam Dong : l'indice de qualité des services. Le score le plus bas est de 83,61 "
         "points (Comité de gestion des parcs industriels, Ban Quan ly cac khu cong nghiep).",
         {("score", "lam_dong/dept/industrial_parks_board", "total", 83.61)}),
        ("vi", "Lâm Đồng: chỉ số phục vụ người dân, doanh nghiệp của các sở. Điểm thấp nhất là "
         "83,61 điểm (Ban Quản lý các khu công nghiệp, BQL các KCN).",
         {("score", "lam_dong/dept/industrial_parks_board", "total", 83.61)}),
        # a paragraph ends a list of index names, even after a sentence ending in a number:
        # the SIPAS named in the next paragraph is the index in force, no listed aside
        ("vi", "Quảng Ninh: chỉ số PAR 2019\nChỉ số PAR của tỉnh được công bố tại hội nghị "
         "ngày 4 tháng 6.\nTỉnh cũng đứng đầu chỉ số SIPAS. Nó đạt 95,26%.",
         {("rank", "quang_ninh", None, 1), ("score", "quang_ninh", "sipas", 95.26)}),
        # a group "of weak average scores" is a band, not an average; two components
        # listed ("and of", "ở cấp cơ sở và") pair with two figures "respectively"
        ("en", "Quang Nam: PAPI 2023\nThe indices of citizen participation at the base and of "
         "environmental governance were situated in the group of weak average scores, with "
         "4.803 and 3.309 points respectively.", _PAPI_WEAK),
        ("fr", "Quang Nam : PAPI 2023\nLes indices de participation des citoyens à la base et de "
         "gouvernance environnementale se situent dans le groupe aux scores moyens faibles, "
         "avec 4,803 et 3,309 points respectivement.", _PAPI_WEAK),
        ("no", "Quang Nam: PAPI 2023\nIndeksene for innbyggerdeltakelse på grunnplanet og "
         "miljøstyring lå i gruppen med svake gjennomsnittspoeng, med henholdsvis 4,803 og "
         "3,309 poeng.", _PAPI_WEAK),
        ("vi", "Quảng Nam: PAPI 2023\nChỉ số sự tham gia của người dân ở cấp cơ sở và quản trị "
         "môi trường nằm trong nhóm điểm trung bình thấp, lần lượt với 4,803 và 3,309 điểm.",
         _PAPI_WEAK),
        ("vi", "Quảng Nam: PAPI 2023\nNăm chỉ số còn lại thấp nhất: minh bạch (4,5627 điểm) và sự "
         "tham gia của công dân ở cơ sở (4,803 điểm).",
         {("score", "quang_nam", "papi_transparency", 4.5627),
          ("score", "quang_nam", "papi_participation", 4.803)}),
        # Nynorsk "meir enn året før"; PAPI's description ending "på provinsnivå" names no
        # provincial average
        ("no", "Quang Ninh toppar PAR-indeksen 2019\nProvinsen fekk 90,09 poeng, 1,03 poeng meir "
         "enn året før. Også på PAPI-indeksen, som måler styresett og offentleg forvaltning på "
         "provinsnivå, gjekk det klart betre: Med 44,66 poeng kom Quang Ninh på tredjeplass av "
         "63 provinsar.",
         {("rank", "quang_ninh", None, 1), ("score", "quang_ninh", "par_index", 90.09),
          ("change", "quang_ninh", "par_index", 1.03), ("score", "quang_ninh", "papi", 44.66),
          ("rank", "quang_ninh", None, 3)}),
        # PCI's sub-indices word for word from French ("l'entrée sur le marché", ...)
        ("no", "Ninh Binh: PCI 2023\nIndeksene som komponerer den viser: indeksen av inngang på "
         "markedet når 7,43 poeng; tilgangen til grunnen når 7,23 poeng; gjennomsiktigheten når "
         "6,16 poeng; konkurransen lojal når 5,12 poeng; formasjonen av arbeidskraften når 6,35 "
         "poeng.",
         {("score", "ninh_binh", "pci_entry_costs", 7.43),
          ("score", "ninh_binh", "pci_land_access", 7.23),
          ("score", "ninh_binh", "pci_transparency", 6.16),
          ("score", "ninh_binh", "pci_equal_competition", 5.12),
          ("score", "ninh_binh", "pci_labor_training", 6.35)}),
        # "-departementet" ranked among "departementer og etater" in a national index is the
        # ministry, not the article subject's department
        ("no", "Justisdepartementet og Hai Phong best i PAR-indeksen 2021\nJustisdepartementet "
         "leder rangeringen av departementer og etater i PAR-indeksen, med 91,9 prosent.",
         {("rank", "ministry/justice", None, 1), ("score", "ministry/justice", "par_index", 91.9)}),
        # PAPI's components as literal MT names them
        ("en", "Quang Nam: PAPI 2023\nIt registered falls for responsibility towards the people "
         "(-0.51 point) and electronic governance (-0.09 point).",
         {("change", "quang_nam", "papi_vertical_accountability", -0.51),
          ("change", "quang_nam", "papi_e_governance", -0.09)}),
        ("no", "Quang Nam: PAPI 2023\nDen falt for elektronisk styring (-0,09 poeng).",
         {("change", "quang_nam", "papi_e_governance", -0.09)}),
        # the weekly index's processing progress as literal MT names it
        ("en", "Quang Tri: the service index\n- progress of settling administrative procedures "
         "reaches 19.35 points;", {("score", "quang_tri", "processing_progress", 19.35)}),
        ("fr", "Binh Duong : indice 766\nLa progression de la résolution a atteint 19 points.",
         {("score", "binh_duong", "processing_progress", 19.0)}),
        ("fr", "Quang Nam : indice 766\nL'indice Progrès de règlement atteint 18,4/20 points.",
         {("score", "quang_nam", "processing_progress", 18.4)}),
        # the country as a department's possessor makes it the ministry, and the same
        # department named later with no owner is that ministry (not the subject's)
        ("no", "PAR-indeksen 2021: Hai Phong på topp\nVietnams justisdepartement er rangert som "
         "nummer 1 blant departementene i PAR-indeksen for 2021. Blant provinsene er Hai Phong "
         "på topp. Justisdepartementet oppnådde 91,9 prosent.",
         {("rank", "ministry/justice", None, 1), ("rank", "hai_phong", None, 1),
          ("score", "ministry/justice", "par_index", 91.9)}),
        ("en", "PAR Index 2021: Hai Phong on top\nVietnam's Justice Department ranked first among "
         "the ministries in the PAR Index 2021. The Justice Department achieved 91.9 percent.",
         {("rank", "ministry/justice", None, 1), ("score", "ministry/justice", "par_index", 91.9)}),
        # a pronoun after a fronted time ("In 2019 it", V2 "I fjor var den") takes the unit
        # of the sentence before, and a pronoun after that sentence keeps it
        ("en", "Vinh Long hosts the PCI 2019 seminar\nThe Mekong Delta's average PCI score was "
         "59 points in 2015. In 2019 it had risen to 64.99 points. It gained 5.95 points over "
         "the period.", _MEKONG),
        ("fr", "Vinh Long accueille le séminaire PCI 2019\nLe score PCI moyen du delta du Mékong "
         "était de 59 points en 2015. En 2019, il avait atteint 64,99 points. Il a gagné 5,95 "
         "points sur la période.", _MEKONG),
        ("no", "Vinh Long er vertskap for PCI-seminaret 2019\nMekongdeltaets gjennomsnittlige "
         "PCI-poengsum lå på 59 poeng i 2015. I fjor, 2019, var den kommet opp i 64,99 poeng. "
         "Det gir en forbedring på 5,95 poeng.", _MEKONG),
        # regions as literal MT names them, in the source's word order
        ("no", "Vinh Long er vertskap for PCI-seminaret 2019\nDen gjennomsnittlige PCI-poengsummen "
         "for deltaet av Mekong lå på 59 poeng i 2015. I 2019 var den kommet opp i 64,99 poeng. "
         "Det gir en forbedring på 5,95 poeng.", _MEKONG),
        ("no", "PCI 2012\nIfølge PCI av 2012 var høylandet i sentrum på femte plass, mens den "
         "sørøstlige regionen var på andre plass.",
         {("rank", "other/tay_nguyen", None, 5), ("rank", "other/dong_nam_bo", None, 2)}),
        ("vi", "Vĩnh Long đăng cai hội thảo PCI 2019\nĐiểm PCI trung bình của vùng Đồng bằng "
         "sông Cửu Long là 59 điểm năm 2015. Năm 2019, nó đã đạt 64,99 điểm. Nó tăng 5,95 điểm "
         "trong giai đoạn này.", _MEKONG),
        # Nynorsk: the weekly index, its components, the country's average, "høvesvis",
        # "toppar" and "moglege"
        ("no", "Quang Nam nummer 21 på tenesteindeksen\nProvinsen fekk 80,1 poeng. Til "
         "samanlikning var snittet for heile landet 75,5 poeng. Tilfredsheitsindeksen gav 17,6 "
         "av 18 moglege poeng. Framdrifta i sakshandsaminga gav 18,4 av 20 poeng. Offentlege "
         "tenester på nett og nettbetaling enda på høvesvis 7,7 av 12 og 7,6 av 10 poeng. "
         "Industri- og handelsetaten i provinsen toppar lista over etatane.",
         {("rank", "quang_nam", None, 21), ("score", "quang_nam", "total", 80.1),
          ("score", "vietnam", "average", 75.5), ("score", "quang_nam", "satisfaction", 17.6),
          ("score", "quang_nam", "processing_progress", 18.4),
          ("score", "quang_nam", "online_public_services", 7.7),
          ("score", "quang_nam", "online_payment", 7.6),
          ("rank", "quang_nam/dept/industry_and_trade", None, 1)}),
        # "in that area", "der", "that sub-index": the component named last before it,
        # also after another such anaphor
        ("en", "Bac Ninh: PAPI 2017\nControl of corruption stood out. In that area the province "
         "rose from 5.8 points to 6.15 points. The exception is participation at the grassroots "
         "level, which slipped. That sub-index ended at 6.39 points.", _TWO_ANAPHORS),
        ("no", "Bac Ninh: PAPI 2017\nSærlig korrupsjonskontrollen trekkes fram. Der gikk Bac Ninh "
         "fra 5,8 poeng til 6,15 poeng. Unntaket er folks deltakelse på grasrotnivå, som gikk "
         "litt tilbake. Den delindeksen endte på 6,39 poeng.", _TWO_ANAPHORS),
        # an aside after a unit that names another place ("Bac Ninh, the industrial province
        # just northeast of Hanoi, ranked fourth") keeps the figure with the unit
        ("en", "PAPI 2017\nBac Ninh, the industrial province just northeast of Hanoi, ranked "
         "fourth of 63 provinces.", {("rank", "bac_ninh", None, 4)}),
        ("fr", "PAPI 2017\nBac Ninh, la province industrielle juste au nord-est de Hanoï, se "
         "classe quatrième sur 63 provinces.", {("rank", "bac_ninh", None, 4)}),
        ("no", "PAPI 2017\nBac Ninh, industriprovinsen like nordøst for Hanoi, havner på "
         "fjerdeplass av 63 provinser.", {("rank", "bac_ninh", None, 4)}),
        ("vi", "PAPI 2017\nBắc Ninh, tỉnh công nghiệp nằm ngay phía đông bắc Hà Nội, xếp thứ tư "
         "trên 63 tỉnh.", {("rank", "bac_ninh", None, 4)}),
        # "the top three went, respectively, to:" and the units a line each after it: the
        # lines' numbers are the ranks, the series is nobody's (was the article subject's)
        ("en", "Hanoi sixth in the DTI 2023\nAmong the eight ministries, the top three positions "
         "went, respectively, to:\n1. the Viet Nam Academy of Science and Technology;\n2. Viet "
         "Nam Television;\n3. the Viet Nam News Agency.", _LISTED_LINES),
        ("vi", "Hà Nội thứ 6 về DTI 2023\nTrong 8 bộ, ngành, 3 vị trí dẫn đầu lần lượt là:\n1. Viện "
         "Hàn lâm Khoa học và Công nghệ Việt Nam;\n2. Đài Truyền hình Việt Nam;\n3. Thông tấn "
         "xã Việt Nam.", _LISTED_LINES | {("rank", "ha_noi", None, 6)}),
        # "second among the provinces of the Central Highlands": the region is where the
        # rank holds, not who holds it; "placing 29th", "makes it second"
        ("en", "Gia Lai: PGI 2024\nThe province came 30th of 63 with a score of 25.05, which "
         "makes it second among the provinces of the Central Highlands. Only its neighbour Dak "
         "Nong did better in the region, placing 29th nationally on 25.24 points.", _GIA_LAI_PGI),
        ("fr", "Gia Lai : PGI 2024\nLa province se classe 30e sur 63 avec un score de 25,05, ce "
         "qui la place deuxième parmi les provinces des Hauts Plateaux du Centre. Seule sa voisine "
         "Dak Nong a fait mieux dans la région, se classant 29e au niveau national avec 25,24 "
         "points.", _GIA_LAI_PGI),
        # "All three pillars" after a national average whose unit no phrase named: the
        # country's components, not the article subject's
        ("fr", "Hanoï en tête du DTI 2024\nPour le niveau de province, la valeur DTI moyenne de "
         "l'année 2024 des provinces atteint 0,6961, augmente 2,6% par rapport à l'année "
         "précédente. Tous les trois piliers enregistrent des changements : le Gouvernement "
         "numérique atteint 0,7582, augmente 4,7%.",
         {("rank", "ha_noi", None, 1), ("score", "vietnam", "average", 0.6961),
          ("change", "vietnam", "average", 2.6),
          ("score", "vietnam", "dti_digital_government", 0.7582),
          ("change", "vietnam", "dti_digital_government", 4.7)}),
        # the ministries' average is the country's ("của các bộ và cơ quan ngang bộ")
        ("vi", "Quảng Ninh dẫn đầu Chỉ số CCHC 2023\nChỉ số trung bình của các bộ và cơ quan "
         "ngang bộ đã là 84,38 phần trăm.",
         {("rank", "quang_ninh", None, 1), ("score", "vietnam", "average", 84.38)}),
        # another index's component named in a description of the index in force ("SIPAS,
        # which measures the quality of public service delivery": PAPI's component)
        ("en", "Quang Ninh tops the PAR Index 2019\n- The SIPAS, which measures the quality of "
         "public service delivery through feedback from citizens: 95.26%, up 4.11%.", _SIPAS),
        ("fr", "Quang Ninh en tête du PAR Index 2019\n- Le SIPAS, qui mesure la qualité de la "
         "prestation des services publics selon les citoyens : 95,26 %, en hausse de 4,11 %.",
         _SIPAS),
        ("no", "Quang Ninh topper PAR-indeksen 2019\n- SIPAS, som måler kvaliteten på levering av "
         "offentlige tjenester ut fra innbyggernes svar: 95,26 prosent, opp 4,11 prosent.", _SIPAS),
        ("vi", "Quảng Ninh dẫn đầu Chỉ số CCHC 2019\n- Chỉ số hài lòng về sự phục vụ hành chính "
         "(SIPAS), thước đo chất lượng cung ứng dịch vụ công dựa trên ý kiến của người dân: đạt "
         "95,26%, tăng 4,11%.", _SIPAS),
        # the weekly index's components as literal MT compounds them
        ("no", "Binh Duong: indeks 766\nLøsningsfremdriften nådde 19 poeng. Den online offentlige "
         "tjeneste leveringen nådde 16,4 poeng.",
         {("score", "binh_duong", "processing_progress", 19.0),
          ("score", "binh_duong", "online_public_services", 16.4)}),
        # the country's name opening an organisation's ("the Vietnam Chamber of Commerce and
        # Industry") is no mention of the country, which holds no rank
        ("en", "Tra Vinh climbs the PCI table\nDau Anh Tuan of the Vietnam Chamber of Commerce and "
         "Industry (VCCI) said the province rose to 24th nationwide in 2023, after placing 26th "
         "in 2022.", {("rank", "tra_vinh", None, 24), ("rank", "tra_vinh", None, 26)}),
        ("fr", "Quang Ninh en tête du PCI pour la troisième fois\nLe rapport PCI, publié par la "
         "Chambre de commerce et d'industrie du Vietnam (VCCI), lui attribue 72,4 points.",
         {("rank", "quang_ninh", None, 1), ("score", "quang_ninh", "pci", 72.4)}),
        # an opening "of which" (MT of "trong đó") goes on with the sentence before's subject
        ("en", "Da Nang tops the DTI 2022\nHanoi city ranked 24/63 provinces in the DTI. In "
         "which, digital government is ranked at position 40/63 provinces.", _HANOI_24_40),
        ("fr", "Da Nang en tête du DTI 2022\nHanoï se classe 24e/63 provinces dans le DTI. "
         "Dont, le gouvernement numérique est classé 40e/63 provinces.", _HANOI_24_40),
        ("no", "Da Nang topper DTI 2022\nHanoi er rangert som nummer 24/63 provinser i DTI. "
         "Hvorav digital forvaltning er rangert som nummer 40/63 provinser.", _HANOI_24_40),
        ("vi", "Đà Nẵng dẫn đầu DTI 2022\nHà Nội xếp thứ 24/63 tỉnh, thành về DTI. Trong đó, "
         "chính quyền số xếp thứ 40/63.", _HANOI_24_40),
        # an opening phrase's comma opens the main clause, not a clause inserted after a
        # unit: "the leading locality is Quang Ninh" keeps Quang Ninh as subject
        ("vi", "Gia Lai: PAPI 2022\nKết quả chỉ số PAPI năm 2022, địa phương dẫn đầu cả nước là "
         "Quảng Ninh với 47,87 điểm, đứng thứ hai là Bình Dương với 47,45 điểm.",
         {("rank", "quang_ninh", None, 1), ("score", "quang_ninh", "papi", 47.87),
          ("rank", "binh_duong", None, 2), ("score", "binh_duong", "papi", 47.45)}),
        # an index presented as published beside the one in force governs its own
        # paragraph only: the next paragraph's figures are the main index's again
        ("no", "PCI 2023: Quang Ninh forsvarer tittelen\nPCI ble lagt fram 9. mai. Samtidig ble "
         "den grønne provinsindeksen PGI offentliggjort.\nQuang Ninh beholder førsteplassen med "
         "71,25 poeng.", _PCI_ALONGSIDE),
        ("en", "PCI 2023: Quang Ninh defends its title\nThe PCI was presented on May 9. The green "
         "index PGI was also released.\nQuang Ninh kept first place with 71.25 points.",
         _PCI_ALONGSIDE),
        ("fr", "PCI 2023 : Quang Ninh conserve son titre\nLe PCI a été présenté le 9 mai. "
         "Parallèlement, l'indice vert PGI a été publié.\nQuang Ninh garde la première place "
         "avec 71,25 points.", _PCI_ALONGSIDE),
        ("vi", "PCI 2023: Quảng Ninh giữ ngôi đầu\nPCI được công bố ngày 9/5. Đồng thời, VCCI "
         "công bố Chỉ số Xanh cấp tỉnh (PGI).\nQuảng Ninh giữ vị trí dẫn đầu với 71,25 điểm.",
         _PCI_ALONGSIDE),
        ("fr", "PAR Index 2023 : Quang Ninh en tête\nLes résultats du PAR Index ont été publiés "
         "par le Comité de pilotage, qui a présenté à la même occasion l'Indice de satisfaction "
         "(SIPAS).\nQuang Ninh conserve la tête du classement avec un score de 92,18 %.",
         {("rank", "quang_ninh", None, 1), ("score", "quang_ninh", "par_index", 92.18)}),
        ("en", "PCI 2023: Thanh Hoa in the top 30\nThe rankings were released on 9 May by VCCI, "
         "together with the 2023 Provincial Green Index (PGI).\nThanh Hoa finished 30th with "
         "66.79 points.", {("rank", "thanh_hoa", None, 30), ("score", "thanh_hoa", "pci", 66.79)}),
        ("no", "PAR INDEX 2019: Statsbanken best\nResultatene ble lagt fram i Hanoi, der også "
         "SIPAS 2019 ble offentliggjort.\nStatsbanken fikk 95,4 av 100 mulige poeng.",
         {("score", "ministry/state_bank", "par_index", 95.4)}),
        # a department ranked among the ministries in a national index is the ministry,
        # though a province is named later in its sentence
        ("no", "PAR Index 2023: Quang Ninh leder\nBlant departementene er det "
         "Justisdepartementet som tar førsteplassen, mens Quang Ninh er på førsteplass blant "
         "provinsene.", _MOJ_FIRST),
        ("en", "PAR Index 2023: Quang Ninh leads\nAmong the ministries, the Department of Justice "
         "takes first place, while Quang Ninh is first among the provinces.", _MOJ_FIRST),
        ("fr", "PAR Index 2023 : Quang Ninh en tête\nParmi les ministères, c'est le Département "
         "de la Justice qui prend la première place, tandis que Quang Ninh est premier parmi les "
         "provinces.", _MOJ_FIRST),
        # a place after a date ("le 9 mai à Hanoï") is where an event was held, not who
        # holds the rank
        ("fr", "Binh Thuan dans le PCI 2023\nLors de la présentation, le 9 mai à Hanoï, du PCI "
         "2023, la VCCI a placé la province au 18e rang.", _BINH_THUAN_18),
        ("en", "Binh Thuan in the PCI 2023\nAt the presentation of the PCI 2023 on May 9 in "
         "Hanoi, VCCI placed the province 18th.", _BINH_THUAN_18),
        ("no", "Binh Thuan i PCI 2023\nVed presentasjonen av PCI 2023 den 9. mai i Hanoi "
         "plasserte VCCI provinsen på 18. plass.", _BINH_THUAN_18),
        ("vi", "Bình Thuận trong PCI 2023\nTại buổi công bố PCI 2023 ngày 9/5 tại Hà Nội, VCCI "
         "xếp tỉnh ở vị trí thứ 18.", _BINH_THUAN_18),
        # literal MT of "DTI quốc gia", "Đối với cấp tỉnh,": the country's index and the
        # provinces' average; "all three pillars" after them are the country's too
        ("no", "Ha Noi i DTI 2024\nDTI nasjonal år 2024 nådde 0,7955. For nivået provins, "
         "verdien gjennomsnittlig DTI nådde 0,6961. Alle tre søyler registrerte endring: "
         "Digital regjering nådde 0,7582.", _DTI_NATIONAL),
        ("en", "Ha Noi in the DTI 2024\nThe DTI national in 2024 reached 0.7955. For the "
         "provincial level, the average DTI value reached 0.6961. All three pillars registered "
         "change: Digital government reached 0.7582.", _DTI_NATIONAL),
        # a city named by a description ("the southern metropolis"), a pronoun after a short
        # opening phrase ("In detail, it ..."), the sub-rankings of the unit before
        ("fr", "Da Nang et Hanoï dans le DTI 2022\nHô Chi Minh-Ville gagne un cran. Troisième en "
         "2021, la métropole du Sud passe à la deuxième place. Dans le détail, elle occupe la "
         "quatrième place pour la société numérique. Hanoï pointe au 24e rang. Les "
         "sous-classements ne sont guère flatteurs: 40e pour le gouvernement numérique et 30e "
         "pour la société numérique.", _DTI_SUBRANKS | _THIRD_IN_2021),
        ("en", "Da Nang and Hanoi in the DTI 2022\nHo Chi Minh City gained a notch. Third in 2021, "
         "the southern metropolis moved to second place. In detail, it ranked fourth for digital "
         "society. Hanoi placed 24th. The sub-rankings are hardly flattering: 40th for digital "
         "government and 30th for digital society.", _DTI_SUBRANKS | _THIRD_IN_2021),
        ("no", "Da Nang og Hanoi i DTI 2022\nHo Chi Minh-byen gikk opp ett hakk. Metropolen i sør "
         "endte på andre plass. Den ligger på fjerde plass for digitalt samfunn. Hanoi havnet på "
         "24. plass. Delrangeringene er lite smigrende: 40. for digital forvaltning og 30. for "
         "digitalt samfunn.", _DTI_SUBRANKS),
        ("fr", "Da Nang en tête du DTI 2022\nLe ministère a publié le classement. Sans surprise, Da "
         "Nang conserve la première place. Pour la troisième année consécutive, la grande ville du "
         "Centre domine le palmarès national.",
         {("rank", "da_nang", None, 1), ("streak", "da_nang", None, 3)}),
        # the national average named right before its figure, after a province noun
        ("no", "Quang Nam: indeks 766\nProvinsen fekk 80,1 poeng, godt over landssnittet på "
         "75,5 poeng.", _QUANG_NAM_AVERAGE),
        ("vi", "Quảng Nam: Bộ chỉ số 766\nTỉnh đạt 80,1 điểm, cao hơn nhiều so với mức trung bình "
         "cả nước là 75,5 điểm.", _QUANG_NAM_AVERAGE),
        ("en", "Quang Nam: index 766\nThe province got 80.1 points, well above the national "
         "average of 75.5 points.", _QUANG_NAM_AVERAGE),
        ("fr", "Quang Nam : indice 766\nLa province a obtenu 80,1 points, bien au-dessus de la "
         "moyenne nationale de 75,5 points.", _QUANG_NAM_AVERAGE),
        # "Á quân" (runner-up) is no district ("quận"); "tỉnh miền Tây Nam Bộ này" is a
        # province of the region, the one named before
        ("vi", "PAPI 2020\nÁ quân PAPI 2020 thuộc về Đồng Tháp. Tỉnh miền Tây Nam Bộ này xếp thứ "
         "hai với 46,961 điểm.",
         {("rank", "dong_thap", None, 2), ("score", "dong_thap", "papi", 46.961)}),
        # SIPAS by its long name as literal MT renders it ("of the people, organisations
        # towards the service of agencies of state administration")
        ("en", "Quang Nam: the Index of satisfaction of the people, organisations towards the "
         "service of agencies of state administration 2019\nThe Department of Home Affairs "
         "ranked the 2nd with 96.62%.", _SIPAS_HOME_AFFAIRS),
        ("fr", "Quang Nam : l'Indice de satisfaction des citoyens, des organisations envers le "
         "service des agences de l'administration de l'État 2019\nLe Département de l'Intérieur "
         "se classe 2e avec 96,62 %.", _SIPAS_HOME_AFFAIRS),
        ("no", "Quang Nam: Indeksen for tilfredshet til folket, organisasjoner overfor tjenesten "
         "til statlige forvaltningsorganer 2019\nInnenriksavdelingen ble rangert som nummer 2 "
         "med 96,62 %.", _SIPAS_HOME_AFFAIRS),
        ("vi", "Quảng Nam: Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan "
         "hành chính nhà nước năm 2019\nSở Nội vụ xếp thứ 2 với 96,62%.", _SIPAS_HOME_AFFAIRS),
        # a ministry that published the ranking ("which the Ministry of Home Affairs has just
        # announced") is not ranked in it: the city described before it is
        ("fr", "Da Nang en tête du PAR Index 2012\nDa Nang progresse encore. La ville du Centre "
         "s'est hissée au premier rang du PAR Index 2012, dont le ministère de l'Intérieur vient "
         "de dévoiler les résultats, avec 87,14 %.", _DA_NANG_FIRST),
        ("en", "Da Nang tops the PAR Index 2012\nDa Nang moved up again. The central city rose to "
         "first place in the PAR Index 2012, which the Ministry of Home Affairs has just "
         "announced, with 87.14%.", _DA_NANG_FIRST),
        ("no", "Da Nang topper PAR Index 2012\nDa Nang gikk fram igjen. Byen i sentrum klatret til "
         "førsteplass i PAR Index 2012, som Innenriksdepartementet nettopp har offentliggjort, "
         "med 87,14 %.", _DA_NANG_FIRST),
        ("vi", "Đà Nẵng dẫn đầu PAR Index 2012\nĐà Nẵng tiếp tục tiến bộ. Thành phố miền Trung "
         "vươn lên dẫn đầu PAR Index 2012 mà Bộ Nội vụ vừa công bố, với 87,14%.", _DA_NANG_FIRST),
        # "the ministry" inside a sentence ("the second year in a row that the ministry has
        # headed the ranking") is the ministry named last
        ("en", "Hanoi sixth in DTI 2023\nAmong ministries, the Ministry of Planning and "
         "Investment came first. This marks the second year in a row that the ministry has "
         "headed the ranking.", _MPI_STREAK),
        ("fr", "Hanoï sixième du DTI 2023\nParmi les ministères, le ministère du Plan et de "
         "l'Investissement arrive premier. C'est la deuxième année consécutive que le ministère "
         "domine le classement.", _MPI_STREAK),
        ("no", "Hanoi på sjetteplass i DTI 2023\nBlant departementene kom Planleggings- og "
         "investeringsdepartementet først. Det er andre år på rad at departementet topper "
         "rangeringen.", _MPI_STREAK | {("rank", "ha_noi", None, 6)}),
        # the localities of the whole country as a ranking's scope before "with 71.25 points,
        # Quang Ninh": the figure is the unit's named right after it
        ("en", "PCI 2023\nAccording to the ranking of the localities in the whole country, with "
         "71.25 points, Quang Ninh holds position number 1.", _QUANG_NINH_PCI),
        ("fr", "PCI 2023\nSelon le classement des localités de tout le pays, avec 71,25 points, "
         "Quang Ninh conserve la première place.", _QUANG_NINH_PCI),
        ("vi", "PCI 2023\nTheo bảng xếp hạng các địa phương trên cả nước, với 71,25 điểm, Quảng "
         "Ninh giữ vị trí số 1.", _QUANG_NINH_PCI),
        ("no", "PCI 2023\nIfølge rangeringen av lokalitetene i hele landet, med 71,25 poeng, "
         "beholder Quang Ninh førsteplassen.", _QUANG_NINH_PCI),
        # "i regionen Tây Nguyên": where the rank holds, not who holds it
        ("no", "PGI 2024: Gia Lai\nGia Lai fikk 30,6 poeng. Det gjør provinsen til nummer to i "
         "regionen Tây Nguyên, bare slått av naboen Dak Nong.",
         {("rank", "gia_lai", None, 2), ("score", "gia_lai", "pgi", 30.6)}),
        # "bảng tổng sắp" (the overall table; a sports word MT also uses for an index's table)
        # puts no clause on another topic; medals do
        ("vi", "PAPI 2023\nThủ đô Hà Nội đạt 43,96 điểm, giữ vị trí thứ 15 trên bảng tổng sắp. "
         "Đoàn Hà Nội dẫn đầu bảng tổng sắp SEA Games với 120 huy chương vàng.",
         {("score", "ha_noi", "papi", 43.96), ("rank", "ha_noi", None, 15)}),
        # the items of a bulleted list go on with the unit of the sentence that opened it
        ("en", "Hanoi leads the DTI 2024\nThe national DTI reached 0.7955. All three pillars "
         "showed significant movement:\n- Digital government: 0.7582, up 4.7%\n- Digital "
         "economy: 0.7723, up 13.3%", _LIST_ITEMS),
        ("fr", "Hanoï en tête du DTI 2024\nLe DTI national a atteint 0,7955. Les trois piliers "
         "ont nettement progressé :\n- Gouvernement numérique : 0,7582, en hausse de 4,7 %\n"
         "- Économie numérique : 0,7723, en hausse de 13,3 %", _LIST_ITEMS),
        ("no", "Hanoi leder DTI 2024\nDen nasjonale DTI-en nådde 0,7955. Alle tre søylene viste "
         "betydelig endring:\n- Digital forvaltning: 0,7582, opp 4,7 %\n- Digital økonomi: "
         "0,7723, opp 13,3 %", _LIST_ITEMS),
        ("vi", "Hà Nội dẫn đầu DTI 2024\nDTI quốc gia đạt 0,7955. Cả ba trụ cột đều có chuyển "
         "biến:\n- Chính quyền số: 0,7582, tăng 4,7%\n- Kinh tế số: 0,7723, tăng 13,3%",
         _LIST_ITEMS),
        # a place beside the subject, in an aside ("aux portes de Hô Chi Minh-Ville"), is
        # where, not who
        ("fr", "PCI 2023\nHANOÏ, 13 mai 2024 – La province de Long An, aux portes de Hô Chi "
         "Minh-Ville, termine deuxième du classement avec 70,94 points.", _LONG_AN_SECOND),
        ("en", "PCI 2023\nLong An, on the doorstep of Ho Chi Minh City, finished second with "
         "70.94 points.", _LONG_AN_SECOND),
        ("no", "PCI 2023\nLong An, like ved Ho Chi Minh-byen, endte på andreplass med 70,94 "
         "poeng.", _LONG_AN_SECOND),
        ("vi", "PCI 2023\nLong An, tỉnh giáp TP Hồ Chí Minh, đứng thứ hai với 70,94 điểm.",
         _LONG_AN_SECOND),
        # a date line above the headline: the headline is still the title whose province
        # holds the figures that name none
        ("vi", "Ngày 06/04/2018\nBắc Ninh xếp thứ 4 về PAPI 2017\nMười tỉnh cải thiện điểm gồm "
         "Hải Dương, Thái Bình, Nam Định, Ninh Bình, Hà Tĩnh, Quảng Bình, Bình Định, Bến Tre, "
         "Cần Thơ và Long An. Cụ thể, chỉ số \"Kiểm soát tham nhũng\" tăng từ 5,8 điểm lên "
         "6,15 điểm.",
         {("rank", "bac_ninh", None, 4),
          ("score", "bac_ninh", "papi_control_of_corruption", 5.8),
          ("score", "bac_ninh", "papi_control_of_corruption", 6.15)}),
        # "regarding growth, the province also ranked 6th": another topic, no fact
        ("vi", "Trà Vinh: PCI 2024\nTrong 6 tháng đầu năm 2024, Trà Vinh đạt 10,27%; về tăng "
         "trưởng, tỉnh cũng xếp thứ 6 trong số 63 tỉnh, thành phố.", set()),
        ("en", "Tra Vinh: PCI 2024\nIn the first six months of 2024 Tra Vinh grew 10.27%; in "
         "terms of growth, the province also ranked 6th of 63 provinces.", set()),
        ("fr", "Tra Vinh : PCI 2024\nAu premier semestre 2024, Tra Vinh a progressé de 10,27 % ; "
         "en termes de croissance, la province se classe aussi 6e sur 63 provinces.", set()),
        ("no", "Tra Vinh: PCI 2024\nI første halvår 2024 vokste Tra Vinh 10,27 %; når det "
         "gjelder vekst, ligger provinsen også på 6. plass av 63 provinser.", set()),
        # SIPAS in literal machine translation ("tilfredshet av folket, organisasjonene med
        # tjenesten av de statlige administrative organene"): the gate opens, on SIPAS
        ("no", "Kunngjøring av Indeksen for tilfredshet av folket, organisasjonene med "
         "tjenesten av de statlige administrative organene i Quang Nam år 2019\n"
         "Provinsen Quang Nam nådde 86,5 %.", {("score", "quang_nam", "sipas", 86.5)}),
        # units listed after "ahead of" are all compared ones, the marker before the unit's
        # cue ("devant la ville portuaire de Haiphong, Hanoï, la province de Bac Giang")
        ("en", "Quang Ninh tops the PAR Index\nWith 90.1 points, the province ranked first, "
         "ahead of the port city of Hai Phong, Hanoi, the province of Bac Giang and the city "
         "of Da Nang.", _AHEAD_OF_A_LIST),
        ("fr", "Quang Ninh en tête du PAR Index\nAvec 90,1 points, la province se classe "
         "première, devant la ville portuaire de Haiphong, Hanoï, la province de Bac Giang et "
         "la ville de Da Nang.", _AHEAD_OF_A_LIST),
        ("no", "Quang Ninh topper PAR-indeksen\nMed 90,1 poeng er provinsen på førsteplass, "
         "foran havnebyen Hai Phong, Hanoi, provinsen Bac Giang og byen Da Nang.",
         _AHEAD_OF_A_LIST),
        ("vi", "Quảng Ninh dẫn đầu PAR Index\nVới 90,1 điểm, tỉnh xếp thứ nhất, trên thành phố "
         "cảng Hải Phòng, Hà Nội, tỉnh Bắc Giang và thành phố Đà Nẵng.", _AHEAD_OF_A_LIST),
        # "the gateway to the Mekong Delta": an aside naming where, not who
        ("en", "PCI 2023\nLong An, the gateway to the Mekong Delta, finished second in the PCI.",
         {("rank", "long_an", None, 2)}),
        ("fr", "PCI 2023\nLa province de Long An, porte d'entrée du delta du Mékong, termine "
         "deuxième du PCI.", {("rank", "long_an", None, 2)}),
        ("no", "PCI 2023\nLong An, porten til Mekongdeltaet, endte på andreplass i PCI.",
         {("rank", "long_an", None, 2)}),
        ("vi", "PCI 2023\nLong An, cửa ngõ của Đồng bằng sông Cửu Long, đứng thứ hai về PCI.",
         {("rank", "long_an", None, 2)}),
        # departments as English machine translation names them
        ("en", "Thanh Hoa, PAR Index 2023: (12) Department of Labour, War Invalids and Social "
         "Affairs reached 85.03%, (18) Board of Ethnic Affairs reached 82.91%, (6) Management "
         "Board of Nghi Son Economic Zone and the Industrial Parks reached 86.32%.",
         {("rank", "thanh_hoa/dept/labour_invalids_and_social_affairs", None, 12),
          ("score", "thanh_hoa/dept/labour_invalids_and_social_affairs", "par_index", 85.03),
          ("rank", "thanh_hoa/dept/ethnic_affairs", None, 18),
          ("score", "thanh_hoa/dept/ethnic_affairs", "par_index", 82.91),
          ("rank", "thanh_hoa/dept/industrial_parks_board", None, 6),
          ("score", "thanh_hoa/dept/industrial_parks_board", "par_index", 86.32)}),
        # two components joined by "and of", paired with two figures "respectively"
        ("en", "Quang Nam PAPI 2023\nThe indices of citizen participation at the grassroots and "
         "of environmental governance were low (4.803 and 3.309 points, respectively).",
         _TWO_PAPI_COMPONENTS),
        ("no", "Quang Nam i PAPI 2023\nIndeksene av borgerdeltakelse ved basisen og av "
         "miljømessig styring var svake (4,803 og 3,309 poeng, henholdsvis).",
         _TWO_PAPI_COMPONENTS),
        # a component named as a compound of who is satisfied
        ("no", "Son La i tjenesteindeksen 2024\nBrukertilfredshet 17,88 av 18",
         {("score", "son_la", "satisfaction", 17.88)}),
        # a ministry that said so, after its acronym, is no subject; a dateline opened by a
        # hyphen ("HANOI - ") is no antecedent
        ("en", "Digital transformation 2022\nHANOI - Da Nang has again come out on top of the "
         "DTI rankings, the Ministry of Information and Communications (MIC) said, making it "
         "the third consecutive year the city has led the table.\nThe city leads nationwide "
         "on all three pillars.", _SAID_BY_THE_MINISTRY),
        ("vi", "Chuyển đổi số 2022\nHÀ NỘI - Đà Nẵng tiếp tục dẫn đầu bảng xếp hạng DTI, Bộ Thông "
         "tin và Truyền thông (MIC) cho biết, năm thứ 3 liên tiếp thành phố đứng đầu.\nThành phố "
         "dẫn đầu cả nước ở cả ba trụ cột.", _SAID_BY_THE_MINISTRY),
        ("fr", "Transformation numérique 2022\nHANOÏ - Da Nang est de nouveau en tête du "
         "classement DTI, le ministère de l'Information et des Communications (MIC) a indiqué, "
         "la ville menant le classement pour la troisième année consécutive.",
         _SAID_BY_THE_MINISTRY),
        ("no", "Digital omstilling 2022\nHANOI - Da Nang topper igjen DTI-rangeringen, "
         "Informasjons- og kommunikasjonsdepartementet (MIC) opplyser, for tredje år på rad.",
         _SAID_BY_THE_MINISTRY),
        # "På vekst var provinsen nummer 6": another topic in Nynorsk
        ("no", "Tra Vinh: PCI 2024\nTra Vinh voks med 10,27 prosent, den høgaste veksta i "
         "deltaet. På vekst var provinsen dermed nummer 6 av dei 63 provinsane.", set()),
        # "For provinsnivået nådde verdien ...": the provinces' level, their average
        ("no", "Hanoi leder DTI 2024\nFor provinsnivået nådde verdien DTI år 2024 0,6961, økte "
         "2,6 % sammenlignet med året før.",
         {("rank", "ha_noi", None, 1), ("score", "vietnam", "average", 0.6961),
          ("change", "vietnam", "average", 2.6)}),
        # a list's item with no closing punctuation over the next is no heading of it
        ("no", "Quang Ninh topper PAPI 2020\nProvinsen var best på tre områder:\n"
         "- Kontroll med korrupsjon i offentlig sektor: 8,286 poeng\n"
         "- Offentlige tjenester: 7,713 poeng",
         {("rank", "quang_ninh", None, 1),
          ("score", "quang_ninh", "papi_control_of_corruption", 8.286),
          ("score", "quang_ninh", "papi_public_service_delivery", 7.713)}),
        ("en", "Quang Ninh tops PAPI 2020\nThe province was best on three areas:\n"
         "- Control of corruption in the public sector: 8.286 points\n"
         "- Other items: 7.713 points",
         {("rank", "quang_ninh", None, 1),
          ("score", "quang_ninh", "papi_control_of_corruption", 8.286),
          ("score", "quang_ninh", "papi", 7.713)}),
        # PCI's components as literal machine translation from French names them, after a
        # paragraph on the PGI
        ("en", "Ninh Binh ranks 19th in the PCI\nThe PGI 2023 leaders are Quang Ninh and Da Nang.\n"
         "The indices which compose it display the following scores: the index of entry on the "
         "market attains 7.43 points; the costs linked to the informal sector attain 7.28 "
         "points; the loyal competition attains 5.12 points; the policies of support to the "
         "enterprises attain 6.18 points; the formation of the labour force attains 6.35 "
         "points; the juridical institutions attain 7.57 points.",
         {("rank", "ninh_binh", None, 19), ("score", "ninh_binh", "pci_entry_costs", 7.43),
          ("score", "ninh_binh", "pci_informal_charges", 7.28),
          ("score", "ninh_binh", "pci_equal_competition", 5.12),
          ("score", "ninh_binh", "pci_business_support", 6.18),
          ("score", "ninh_binh", "pci_labor_training", 6.35),
          ("score", "ninh_binh", "pci_legal_institutions", 7.57)}),
        # Nynorsk V2: a personal pronoun after a fronted phrase and its verb
        ("no", "Da Nang leier DTI 2022\nStorbyen Ho Chi Minh-byen låg på 3. plass i 2021.\n"
         "Både digital forvaltning og digital økonomi gav han 3. plass av 63.",
         {("rank", "da_nang", None, 1), ("rank", "ho_chi_minh", None, 3)}),
        # a unit cue closing a line names nothing on the next ("quán quân" folds to a
        # district's cue, "quân", and "Với 72" was taken for a district)
        ("vi", "PCI 2019: Quảng Ninh lần thứ ba liên tiếp giữ ngôi quán quân\n\nVới 72,4 điểm, "
         "tăng 3 điểm so với PCI 2018, Quảng Ninh tiếp tục là địa phương tốt nhất cả nước.",
         {("streak", "quang_ninh", None, 3), ("rank", "quang_ninh", None, 1),
          ("score", "quang_ninh", "pci", 72.4), ("change", "quang_ninh", "pci", 3)}),
        # "home to the coastal city of Ha Long": an aside naming where, not who
        ("en", "PAR Index 2019\nOn the provincial side, Quang Ninh, home to the coastal city of "
         "Ha Long, ranked first for the third consecutive year.", _HOME_TO),
        ("fr", "PAR Index 2019\nCôté provinces, Quang Ninh, qui abrite la ville côtière de Ha "
         "Long, se classe première pour la troisième année consécutive.", _HOME_TO),
        ("no", "PAR-indeksen 2019\nQuang Ninh, hjemsted for kystbyen Ha Long, ble nummer én for "
         "tredje år på rad.", _HOME_TO),
        # Ho Chi Minh City as French literal MT abbreviates it
        ("fr", "Indice de service aux citoyens et aux entreprises\nSelon cela, HCM-Ville a atteint "
         "85,16 points.", {("score", "ho_chi_minh", "total", 85.16)}),
        # an item's number before a label of its own counts items, not places
        ("en", "Gia Lai in the PCI 2023\n1. National ranking: Gia Lai is in 30th place with "
         "64.1 points.", _NUMBERED_LABEL),
        ("fr", "Gia Lai dans le PCI 2023\n1. Classement national : Gia Lai occupe la 30e place "
         "avec 64,1 points.", _NUMBERED_LABEL),
        ("no", "Gia Lai i PCI 2023\n1. Nasjonal rangering: Gia Lai er på 30. plass med 64,1 "
         "poeng.", _NUMBERED_LABEL),
        ("vi", "Gia Lai trong PCI 2023\n1. Xếp hạng toàn quốc: Gia Lai đứng thứ 30 với 64,1 "
         "điểm.", _NUMBERED_LABEL),
        # a list's heading that names a component (the average) gives it to the items
        # that name no metric of their own
        ("en", "Binh Duong's 2023 PAR Index. The average scores were as follows:\n"
         "- Departments: 85.41%, up 1.1% on 2022;\n- District level: 91.98%.", _HEADED_AVERAGES),
        ("fr", "Indice PAR 2023 de Binh Duong. Les scores moyens sont les suivants :\n"
         "- Départements : 85,41 %, en hausse de 1,1 % ;\n- Niveau du district : 91,98 %.",
         _HEADED_AVERAGES),
        ("no", "Binh Duongs PAR-indeks 2023. Gjennomsnittsskårene var slik:\n"
         "- Etatene: 85,41 %, opp 1,1 % fra 2022;\n- Distriktsnivå: 91,98 %.", _HEADED_AVERAGES),
        ("vi", "Chỉ số CCHC năm 2023 của Bình Dương. Điểm trung bình cụ thể như sau:\n"
         "- Khối sở, ban, ngành: 85,41%, tăng 1,1% so với năm 2022;\n- Cấp huyện: 91,98%.",
         _HEADED_AVERAGES),
        # an opening phrase's figure compared with the average after it is the unit's own
        ("en", "Quang Nam in the PCI\nWith 80.1 points, the locality is higher than the average "
         "of the whole country.", _ABOVE_AVERAGE),
        ("fr", "Quang Nam dans le PCI\nAvec 80,1 points, la localité est au-dessus de la moyenne "
         "de tout le pays.", _ABOVE_AVERAGE),
        ("no", "Quang Nam i PCI\nMed 80,1 poeng ligger lokaliteten over gjennomsnittet for hele "
         "landet.", _ABOVE_AVERAGE),
        ("vi", "Quảng Nam trong PCI\nVới 80,1 điểm, địa phương cao hơn mức trung bình của cả "
         "nước.", _ABOVE_AVERAGE),
        # an inserted phrase closes at a comma, never at a decimal comma or past a colon
        ("fr", "PAR Index 2012\nPour les PME qui prospectent le Vietnam, le message est clair : "
         "Da Nang, avec ses 87,14 %, reste en tête.",
         {("score", "da_nang", "par_index", 87.14), ("rank", "da_nang", None, 1)}),
        # a place that names a bay is the bay's ("known for Ha Long Bay")
        ("en", "Quang Ninh tops the PAR Index 2023\nThe northeastern province, known for Ha Long "
         "Bay, was ranked first.", _LANDMARK),
        ("fr", "Quang Ninh en tête du PAR Index 2023\nLa province du nord-est, connue pour la baie "
         "d'Ha Long, a été classée première.", _LANDMARK),
        ("no", "Quang Ninh topper PAR-indeksen 2023\nProvinsen i nordøst, kjent for Ha Long-bukta, "
         "ble rangert som nummer én.", _LANDMARK),
        ("vi", "Quảng Ninh dẫn đầu Chỉ số CCHC 2023\nTỉnh đông bắc, nổi tiếng với vịnh Hạ Long, "
         "xếp thứ nhất.", _LANDMARK),
        # where the ranking was presented is no unit ranked in it
        ("en", "Lao Cai tops the PCI 2011\nThe province took 1st place in the PCI, which VCCI "
         "presented in Hanoi on February 23.", _PUBLISHED_WHERE),
        ("fr", "Lao Cai en tête du PCI 2011\nLa province a pris la 1re place du PCI, que la VCCI "
         "a présenté à Hanoï le 23 février.", _PUBLISHED_WHERE),
        ("no", "Lao Cai topper PCI 2011\nProvinsen tok 1. plass i PCI, som VCCI la fram i Hanoi "
         "23. februar.", _PUBLISHED_WHERE),
        # the ministries' average as one Norwegian compound is the country's
        ("no", "PAR-indeksen 2023\nJustisdepartementet fikk 92,18 prosent, mens "
         "departementssnittet krøp opp til 84,38 prosent.",
         {("score", "ministry/justice", "par_index", 92.18),
          ("score", "vietnam", "average", 84.38)}),
        # a region after "among its" is where the figure holds
        ("en", "Gia Lai in the PAPI 2022\nAmong its Central Highlands neighbours it sits at the "
         "bottom of the table, with 39.67 points.", {("score", "gia_lai", "papi", 39.67)}),
        # components as literal MT names them
        ("vi", "Chỉ số phục vụ người dân, doanh nghiệp của Bình Dương:\n- Số hóa của các hồ sơ "
         "là 16,50 điểm.", {("score", "binh_duong", "document_digitization", 16.5)}),
        ("en", "Binh Duong in the citizen and business service index: the digitization of the "
         "records reached 16.50 points.", {("score", "binh_duong", "document_digitization", 16.5)}),
        ("no", "Son La i PAR-indeksen 2024:\n- Underkriteriet «Reform av organisering av "
         "apparatet» oppnådde 10,18/10,5 poeng.\n- Komponentindeksen «Innvirkning av "
         "administrativ reform på innbyggere» oppnådde 13,14/16,5 poeng.",
         {("score", "son_la", "par_index_administrative_apparatus", 10.18),
          ("score", "son_la", "par_index_impact", 13.14)}),
        # a region's place after "le 2e rang des", and the neighbour after "derrière sa"
        ("fr", "Gia Lai dans le PGI 2024\nUn résultat qui lui vaut le 2e rang des Hauts Plateaux "
         "du Centre, juste derrière sa voisine Dak Nong.", {("rank", "gia_lai", None, 2)}),
        ("en", "Gia Lai in the PGI 2024\nA result that earns it 2nd place in the Central "
         "Highlands, just behind its neighbour Dak Nong.", {("rank", "gia_lai", None, 2)}),
        # a province's ethnic committee in its departments' table, the national one among
        # the ministries (its counterpart: common/provinces.yaml)
        ("fr", "PAR Index des services de la province de Thanh Hoa :\n18      Comité des affaires "
         "ethniques      82,91 %", {("rank", "thanh_hoa/dept/ethnic_affairs", None, 18),
                                    ("score", "thanh_hoa/dept/ethnic_affairs", "par_index", 82.91)}),
        ("fr", "Au PAR Index des ministères, le Comité des affaires ethniques a obtenu 67,19 %.",
         {("score", "ministry/committee_for_ethnic_minority_affairs", "par_index", 67.19)}),
        ("en", "In the PAR Index of ministries, the Ethnic Minorities Committee scored 67.19%.",
         {("score", "ministry/committee_for_ethnic_minority_affairs", "par_index", 67.19)}),
        ("no", "Bac Giang i PAPI 2023: forvaltning av miljø (3,3046 poeng) lå lavt.",
         {("score", "bac_giang", "papi_environmental_governance", 3.3046)}),
        # a unit's governing body before each of two units joined by "and"
        ("en", "Lam Dong, index of serving people and businesses. The People's Committee of "
         "Lam Ha district and the People's Committee of Di Linh district achieved 97.63 points "
         "and 90.96 points respectively.", _HEADED_DISTRICTS),
        ("fr", "Lam Dong, indice de service aux citoyens et aux entreprises. Le Comité populaire "
         "du district de Lam Ha et le Comité populaire du district de Di Linh ont obtenu "
         "respectivement 97,63 points et 90,96 points.", _HEADED_DISTRICTS),
        ("no", "Lam Dong, indeksen for å tjene folket og bedriftene. Folkekomiteen i distriktet "
         "Lam Ha og Folkekomiteen i distriktet Di Linh oppnådde henholdsvis 97,63 poeng og "
         "90,96 poeng.", _HEADED_DISTRICTS),
        ("vi", "Lâm Đồng, chỉ số phục vụ người dân, doanh nghiệp. UBND huyện Lâm Hà và UBND huyện "
         "Di Linh lần lượt đạt 97,63 điểm và 90,96 điểm.", _HEADED_DISTRICTS),
        # the unit in the figure's parenthesis, with more said of it after a comma
        ("no", "Lam Dong, indeksen for å tjene folket og bedriftene. Den høyeste poengsummen er "
         "98,63 poeng (Departementet for Industri og Handel, står på førsteplassen i blokken).",
         {("rank", "lam_dong/dept/industry_and_trade", None, 1),
          ("score", "lam_dong/dept/industry_and_trade", "total", 98.63)}),
        # a group's average a department is compared with is the province's
        ("en", "Thanh Hoa PAR Index 2024. Department of Education and Training stands at "
         "position 20 with only 76.53%, much lower than the average of the block (85.41%).",
         _BLOCK_AVERAGE),
        ("fr", "Indice PAR 2024 de Thanh Hoa. Le Département de l'Éducation et de la Formation se "
         "classe 20e avec seulement 76,53 %, bien en dessous de la moyenne du bloc (85,41 %).",
         _BLOCK_AVERAGE),
        ("no", "PAR-indeksen 2024 for Thanh Hoa. Avdelingen for utdanning og opplæring står på "
         "plass 20 med bare 76,53 %, langt under gjennomsnittet for blokken (85,41 %).",
         _BLOCK_AVERAGE),
        ("vi", "Chỉ số CCHC 2024 của Thanh Hóa. Sở Giáo dục và Đào tạo đứng thứ 20 với 76,53%, "
         "thấp hơn nhiều so với mức trung bình của khối (85,41%).", _BLOCK_AVERAGE),
        # the provincial departments' level is no provinces' average
        ("en", "Thanh Hoa PAR Index 2024. For the block of departments, boards, branches at "
         "provincial level, the index average reached 85.41%.",
         {("score", "thanh_hoa", "average", 85.41)}),
        # a shared component's index is its list siblings' (PCI's), not the one named last
        ("en", "Ninh Binh in the PCI and the PGI 2023\nThe PGI leaders are Quang Ninh and Da "
         "Nang.\nNinh Binh's component indices:\n- Market entry index reached 7.43 points;\n"
         "- Transparency reached 6.16 points;",
         {("score", "ninh_binh", "pci_entry_costs", 7.43),
          ("score", "ninh_binh", "pci_transparency", 6.16)}),
        # "the city" after a sentence where the publisher's seat was named in passing
        ("no", "Da Nang på topp i PAR Index\nIndeksen, som innanriksdepartementet i Hanoi gir "
         "ut, stadfestar at Da Nang er best. Byen ligg på 1. plass.", {("rank", "da_nang", None, 1)}),
        # a region inside an opening anaphor describes the province named before
        ("vi", "Quảng Ninh dẫn đầu PAPI 2020. Xếp thứ hai là Đồng Tháp với 46,961 điểm. Địa "
         "phương vùng Đồng bằng sông Cửu Long này cũng dẫn đầu cả nước về chỉ số Quản trị môi "
         "trường, đạt 5,202 điểm.", _DESCRIBED_LOCALITY),
        ("en", "Quang Ninh leads the PAPI 2020. Second is Dong Thap with 46.961 points. This "
         "Mekong Delta locality also leads the country in environmental governance, with 5.202 "
         "points.", _DESCRIBED_LOCALITY),
        ("fr", "Quang Ninh en tête du PAPI 2020. Deuxième, Dong Thap avec 46,961 points. Cette "
         "localité du delta du Mékong est aussi en tête du pays pour la gouvernance "
         "environnementale, avec 5,202 points.", _DESCRIBED_LOCALITY),
        # a national phrase before capitalised words is no organisation's name
        ("en", "Gia Lai in the SIPAS 2023.\n- The average provincial Public Administration "
         "Reform Index (PAR Index) rose to 86.98%, 2.19% higher than in 2022.\n- For the fifth "
         "consecutive year, the localities' average PAR Index stayed above 80%.",
         {("score", "vietnam", "average", 86.98), ("change", "vietnam", "average", 2.19),
          ("streak", "vietnam", None, 5)}),
        # a region after "headed the" is where the rank holds
        ("en", "Gia Lai in the SIPAS 2023\nThe province lost three places, yet it still headed "
         "the Central Highlands region.", {("rank", "gia_lai", None, 1)}),
        # a table's header under a list's heading keeps its rows the list's items
        ("fr", "DTI 2024\nAu niveau provincial, la valeur moyenne du DTI 2024 s'élève à 0,6961. "
         "Les trois piliers progressent tous :\nPilier Valeur 2024 Évolution\n"
         "Gouvernement numérique 0,7582 +4,7 %",
         {("score", "vietnam", "average", 0.6961),
          ("score", "vietnam", "dti_digital_government", 0.7582),
          ("change", "vietnam", "dti_digital_government", 4.7)}),
        # "the province" after a list of provinces naming the title's: the title's
        ("no", "Thanh Hoa i Topp 30 av PCI 2023\nSammen med provinsene Hai Duong, Binh Thuan og "
         "Ninh Binh er Thanh Hoa en av de nye ansiktene. Således, med 66,79 poeng, står "
         "provinsen nummer 30 i hele landet.",
         {("score", "thanh_hoa", "pci", 66.79), ("rank", "thanh_hoa", None, 30)}),
        ("vi", "Quảng Ninh dẫn đầu PAPI 2020\nĐồng Tháp đã là người về nhì với 46,961 điểm. Địa "
         "phương đã có được điểm cao nhất về Quản trị môi trường (5,202 điểm).",
         {("rank", "quang_ninh", None, 1), ("rank", "dong_thap", None, 2),
          ("rank", "dong_thap", None, 1), ("score", "dong_thap", "papi", 46.961),
          ("score", "dong_thap", "papi_environmental_governance", 5.202)}),
        # a ministry called so, a comma and a province: a list, not the province's department
        ("fr", "Ministère de la Justice, province de Quảng Ninh en tête du PAR Index\nLe ministère "
         "de la Justice et la province du Nord de Quảng Ninh se sont classés à la première "
         "place.", {("rank", "ministry/justice", None, 1), ("rank", "quang_ninh", None, 1)}),
        # short labels of PAPI's dimensions right before their figures
        ("fr", "PAPI 2020 de Quang Ninh : corruption (8,286) ; services publics (7,713)",
         {("score", "quang_ninh", "papi_control_of_corruption", 8.286),
          ("score", "quang_ninh", "papi_public_service_delivery", 7.713)}),
        ("en", "Quang Ninh's PAPI 2020: corruption (8.286); public services (7.713)",
         {("score", "quang_ninh", "papi_control_of_corruption", 8.286),
          ("score", "quang_ninh", "papi_public_service_delivery", 7.713)}),
        ("vi", "PAPI 2020 của Quảng Ninh: tham nhũng (8,286); dịch vụ công (7,713)",
         {("score", "quang_ninh", "papi_control_of_corruption", 8.286),
          ("score", "quang_ninh", "papi_public_service_delivery", 7.713)}),
        # the provinces' level as literal MT names it: the country's average
        ("no", "Hanoi leder DTI 2024\nFor nivået av provins nådde verdien av DTI år 2024 0,6961, "
         "en økning på 2,6 % sammenlignet med året før.",
         {("rank", "ha_noi", None, 1), ("score", "vietnam", "average", 0.6961),
          ("change", "vietnam", "average", 2.6)}),
        ("no", "Son La i indeksen for service til innbyggere og bedrifter: nettjenestene, med "
         "14,31 av 22, trekker ned.", {("score", "son_la", "online_public_services", 14.31)}),
        ("no", "Ha Tinh i SIPAS 2021\nIndeksen for Tilfredshet av folket, organisasjoner mot "
         "tjenesten av de statlige administrative organene oppnådde 9,12 poeng.",
         {("score", "ha_tinh", "sipas", 9.12)}),
        # a national report: "the central city" after a sentence naming no province is the
        # province named last before it
        ("en", "DTI 2022: Ho Chi Minh City climbs, Hanoi lags\nHanoi was 24th. Da Nang has "
         "once again topped the country.\nNow in its third edition, the assessment scores the "
         "63 provinces. The central city has now held first place nationwide for the third "
         "year running.\nThe top 10 were Da Nang, Ho Chi Minh City, Thua Thien Hue, Quang Ninh, "
         "Binh Duong, Hai Phong, Bac Ninh, Can Tho, Long An and Lang Son.",
         {("rank", "ha_noi", None, 24), ("rank", "da_nang", None, 1),
          ("streak", "da_nang", None, 3)}),
        # a table under a heading naming the average: a row's level, its figure, its change
        ("vi", "Bình Dương, chỉ số CCHC năm 2023. Tóm tắt các giá trị trung bình theo cấp:\n"
         "Cấp Giá trị trung bình So với năm 2022\nCấp huyện 91,98% tăng 4,09%",
         {("score", "binh_duong", "average", 91.98), ("change", "binh_duong", "average", 4.09)}),
        ("fr", "Indice PAR 2024 de Thanh Hoa\nPour le bloc des départements, l'Indice de réforme "
         "administrative moyen atteint 85,41 %.\nClassement : (18) Comité des Ethnies atteint 82,91 %.",
         {("score", "thanh_hoa", "average", 85.41),
          ("rank", "thanh_hoa/dept/ethnic_affairs", None, 18),
          ("score", "thanh_hoa/dept/ethnic_affairs", "par_index", 82.91)}),
        ("no", "I tjenesteindeksen står Quang Tri på 2. plass, hvor fremdrift av løsning og nivå av "
         "tilfredshet oppnår henholdsvis 19,35 poeng og 17,82 poeng.",
         {("rank", "quang_tri", None, 2), ("score", "quang_tri", "processing_progress", 19.35),
          ("score", "quang_tri", "satisfaction", 17.82)}),
        ("vi", "PAPI 2023 của Quảng Nam: chỉ số cung cấp các dịch vụ công đạt 7,6957 điểm.",
         {("score", "quang_nam", "papi_public_service_delivery", 7.6957)}),
        # the longest department name wins over a shorter one inside it (Nghi Son is no ward)
        ("en", "PAR Index of Thanh Hoa province's departments:\n6      Nghi Son Economic Zone and "
         "the Industrial Parks Management Board      86.32%",
         {("rank", "thanh_hoa/dept/industrial_parks_board", None, 6),
          ("score", "thanh_hoa/dept/industrial_parks_board", "par_index", 86.32)}),
        # a list of departments after the average and a colon: each item's own figure; the
        # provincial departments' block is no ministries' ranking
        ("no", "Indeksen for administrativ reform i Thanh Hoa-provinsen\nFor blokken av "
         "departementer, styrer, sektorer på provinsnivå, Indeksen for administrativ reform "
         "gjennomsnittlig oppnådde 85,41 %, i hvilken har 10 enheter plassert i gruppen øverst "
         "henholdsvis er: (1) Departementet for Finans oppnådde 90,05 %, (3) Kontoret for "
         "Folkets komité i provinsen oppnådde 90,02 %.",
         {("score", "thanh_hoa", "average", 85.41),
          ("rank", "thanh_hoa/dept/finance", None, 1),
          ("score", "thanh_hoa/dept/finance", "par_index", 90.05),
          ("rank", "thanh_hoa/dept/ppc_office", None, 3),
          ("score", "thanh_hoa/dept/ppc_office", "par_index", 90.02)}),
        ("en", "PAR Index of Thanh Hoa province's departments\nFor the block of departments, the "
         "average PAR Index reached 85.41%, with 10 units in the top group, respectively: (1) "
         "Department of Finance reached 90.05%, (3) Department of Justice reached 89.3%.",
         {("score", "thanh_hoa", "average", 85.41),
          ("rank", "thanh_hoa/dept/finance", None, 1),
          ("score", "thanh_hoa/dept/finance", "par_index", 90.05),
          ("rank", "thanh_hoa/dept/justice", None, 3),
          ("score", "thanh_hoa/dept/justice", "par_index", 89.3)}),
        # a semicolon between two figures of a list closes no clause
        ("en", "In the PAPI 2023, Quang Nam's participation and environmental governance stood "
         "at 4.803; 3.309 points respectively.",
         {("score", "quang_nam", "papi_participation", 4.803),
          ("score", "quang_nam", "papi_environmental_governance", 3.309)}),
        ("no", "Quang Nam i PAPI 2023:\nIndeksene deltakelse av innbyggere på grunnplan og styring "
         "miljømessig lå i gruppen av poeng gjennomsnittlige lave (henholdsvis 4,803 og 3,309 "
         "poeng), levering av tjenester offentlige oppnådde 7,6957 poeng.",
         {("score", "quang_nam", "papi_participation", 4.803),
          ("score", "quang_nam", "papi_environmental_governance", 3.309),
          ("score", "quang_nam", "papi_public_service_delivery", 7.6957)}),
        # an index listed after another is not in force; named again in a later sentence, it is
        ("no", "Gia Lai i SIPAS 2023\nInnenriksdepartementet har kunngjort PAR INDEX og "
         "indeksen SIPAS for 2023.\n\nFor indeksen SIPAS er 2023 det andre året med den nye "
         "målingen.\n\nI denne indeksen oppnådde Quang Ninh 90,61 %.",
         {("score", "quang_ninh", "sipas", 90.61)}),
        # two places in one rule pair with the units in the order they are written
        ("en", "In the PAPI 2022, Quang Ninh and Binh Duong took first and second place with "
         "47.87 and 47.45 points respectively.",
         {("rank", "quang_ninh", None, 1), ("rank", "binh_duong", None, 2),
          ("score", "quang_ninh", "papi", 47.87), ("score", "binh_duong", "papi", 47.45)}),
        # PCI's components as literal MT into Vietnamese names them
        ("vi", "Ninh Bình trong PCI 2023: chỉ số của gia nhập vào thị trường đạt 7,43 điểm; các "
         "chi phí liên quan đến thời gian đạt 8,37 điểm; sự đào tạo của lực lượng lao động đạt "
         "6,35 điểm.", {("score", "ninh_binh", "pci_entry_costs", 7.43),
                        ("score", "ninh_binh", "pci_time_costs", 8.37),
                        ("score", "ninh_binh", "pci_labor_training", 6.35)}),
        ("no", "Son La i tenesteindeksen:\nNettenester 14,31 22\nNøgde brukarar 17,88 18",
         {("score", "son_la", "online_public_services", 14.31),
          ("score", "son_la", "satisfaction", 17.88)}),
        ("fr", "Indice de service aux citoyens et aux entreprises de Binh Duong :\n- Variation : "
         "augmenter 0,5 point.", {("change", "binh_duong", "total", 0.5)}),
        ("vi", "Chỉ số phục vụ người dân, doanh nghiệp của Sơn La:\n- các mốc thời gian xử lý ở "
         "mức 16,39 trên 20;", {("score", "son_la", "processing_progress", 16.39)}),
        ("vi", "Sơn La trong Chỉ số CCHC 2024:\nTác động của CCHC 13,14/16,5",
         {("score", "son_la", "par_index_impact", 13.14)}),
        # Nynorsk "medan" (while) opens a clause of its own
        ("no", "PCI 2017\nVĩnh Long (66,1 poeng) står på 6. plass, medan 7. plassen går til Quảng "
         "Nam (65,4 poeng).",
         {("score", "vinh_long", "pci", 66.1), ("rank", "vinh_long", None, 6),
          ("rank", "quang_nam", None, 7), ("score", "quang_nam", "pci", 65.4)}),
        ("en", "Son La in the PAR Index 2024: the reform of the organization of the apparatus "
         "achieved 10.18/10.5 points.",
         {("score", "son_la", "par_index_administrative_apparatus", 10.18)}),
        # a fact box's row "name – rank" is no dateline: a dateline's dash opens a sentence
        ("no", "PCI 2019\nTall og fakta:\nDong Thap – nr. 2 av 63, tredje år på rad",
         {("rank", "dong_thap", None, 2), ("streak", "dong_thap", None, 3)}),
        ("fr", "PCI 2022 de Hà Tĩnh\nHà Tĩnh a gagné 9 rangs.\nNghệ An (2022) : 66,6 points (23e/63)",
         {("score", "nghe_an", "pci", 66.6), ("rank", "nghe_an", None, 23)}),
        # where an event was held is not what the article is about, and an article whose
        # title names no unit and whose text names a region first is the region's
        ("en", "Best in class\n\nThe Mekong Delta has come out on top of the PCI for five years "
         "in a row, figures presented at a seminar in Vinh Long province on June 15 show.\n\n"
         "From 59 to 64.99 points",
         {("rank", "other/dong_bang_song_cuu_long", None, 1),
          ("streak", "other/dong_bang_song_cuu_long", None, 5),
          ("score", "other/dong_bang_song_cuu_long", "average", 59),
          ("score", "other/dong_bang_song_cuu_long", "average", 64.99)}),
        ("no", "PCI 2023: Bac Lieu fram\n\nTala vart lagde fram på eit seminar i Can Tho. Provinsen "
         "fekk 65,2 poeng.",
         {("score", "bac_lieu", "pci", 65.2)}),
        ("fr", "PCI 2023 : Bac Lieu progresse\n\nLes chiffres ont été présentés lors d'un séminaire "
         "à Can Tho. La province a obtenu 65,2 points.",
         {("score", "bac_lieu", "pci", 65.2)}),
        ("vi", "PCI 2023: Bạc Liêu tiến bộ\n\nSố liệu được công bố tại hội thảo ở Cần Thơ. Tỉnh đạt "
         "65,2 điểm.",
         {("score", "bac_lieu", "pci", 65.2)}),
        # "deltaet i flere år" is the delta named before, not "the delta of" a river
        ("no", "PCI 2019\nMekongdeltaet er kjent som risfatet. Men når det gjelder styring, har "
         "deltaet i flere år ligget på topp i landet.", {("rank", "other/dong_bang_song_cuu_long", None, 1)}),
        # a province where an event was held counts for nothing as the article's subject
        ("en", "PCI 2019 results\n\nAt a seminar in Vinh Long province, the VCCI said that Dong Thap "
         "came second.\n\nScore: 70.19 points",
         {("rank", "dong_thap", None, 2), ("score", "dong_thap", "pci", 70.19)}),
        # the region named first in an article whose title names no unit: figures under a
        # heading naming none are no province's
        ("no", "Best i klassen\n\nMekongdeltaet har ledet PCI i fem år på rad. Indeksen bygger på "
         "spørreundersøkelser blant bedrifter.\n\nFra 59 til 64,99 poeng\n\nDong Thap kom på "
         "andreplass. Dong Thap er sterk.",
         {("rank", "dong_thap", None, 2), ("rank", "other/dong_bang_song_cuu_long", None, 1),
          ("streak", "other/dong_bang_song_cuu_long", None, 5)}),
        ("en", "Best in class\n\nThe Mekong Delta has led the PCI for five years in a row. The index "
         "is built on surveys of firms.\n\nFrom 59 to 64.99 points\n\nDong Thap came second. Dong "
         "Thap is strong.",
         {("rank", "dong_thap", None, 2), ("rank", "other/dong_bang_song_cuu_long", None, 1),
          ("streak", "other/dong_bang_song_cuu_long", None, 5)}),
        # an abbreviation in brackets after a figure is an aside, not the clause's subject (the
        # province unnamed, the department reads as the ministry)
        ("vi", "UBND tỉnh vừa có báo cáo kết quả Chỉ số phục vụ người dân, doanh nghiệp quý II/2024."
         "\n\nVề khối các sở, ban, ngành: điểm số cao nhất là 98,63 điểm (Sở Công thương).",
         {("score", "ministry/industry_and_trade", "total", 98.63)}),
        # an index set against the one in force ("Unlike the PCI, ...") puts nothing in force
        ("en", "Quang Nam in the PAPI 2023\nUnlike the business-focused Provincial Competitiveness "
         "Index, it measures how citizens see local government.\nTransparency in local "
         "decision-making | 4.5627 | -0.63",
         {("score", "quang_nam", "papi_transparency", 4.5627),
          ("change", "quang_nam", "papi_transparency", -0.63)}),
        ("fr", "Quang Nam dans le PAPI 2023\nÀ la différence de l'indice de compétitivité "
         "provinciale, il mesure le regard des citoyens.\nTransparence | 4,5627 | -0,63",
         {("score", "quang_nam", "papi_transparency", 4.5627),
          ("change", "quang_nam", "papi_transparency", -0.63)}),
        ("no", "Quang Nam i PAPI 2023\nI motsetning til PCI måler den hvordan innbyggerne ser "
         "forvaltningen.\nÅpenhet | 4,5627 | -0,63",
         {("score", "quang_nam", "papi_transparency", 4.5627),
          ("change", "quang_nam", "papi_transparency", -0.63)}),
        ("vi", "Quảng Nam trong PAPI 2023\nKhác với PCI, chỉ số này đo cảm nhận của người dân.\n"
         "Công khai, minh bạch | 4,5627 | -0,63",
         {("score", "quang_nam", "papi_transparency", 4.5627),
          ("change", "quang_nam", "papi_transparency", -0.63)}),
        # units left out of the ranking are no antecedent of "the province"
        ("en", "Quang Nam in the PAPI 2023\nQuang Nam notched 40.596 points. Binh Duong and Quang "
         "Ninh were not included in this round.\n\nThe province's overall score was down 1.64 "
         "points.", {("score", "quang_nam", "papi", 40.596), ("change", "quang_nam", "papi", -1.64)}),
        ("fr", "Quang Nam dans le PAPI 2023\nQuang Nam obtient 40,596 points. Binh Duong et Quang "
         "Ninh n'ont pas été classées cette année.\n\nLa province a perdu 1,64 point.",
         {("score", "quang_nam", "papi", 40.596), ("change", "quang_nam", "papi", -1.64)}),
        ("no", "Quang Nam i PAPI 2023\nQuang Nam fikk 40,596 poeng. Binh Duong og Quang Ninh ble "
         "ikke rangert i år.\n\nProvinsen tapte 1,64 poeng.",
         {("score", "quang_nam", "papi", 40.596), ("change", "quang_nam", "papi", -1.64)}),
        ("vi", "Quảng Nam trong PAPI 2023\nQuảng Nam đạt 40,596 điểm. Bình Dương và Quảng Ninh "
         "không có số liệu năm nay.\n\nTỉnh giảm 1,64 điểm.",
         {("score", "quang_nam", "papi", 40.596), ("change", "quang_nam", "papi", -1.64)}),
        # the average of the province's own departments, counted, is the province's
        ("no", "PAR Index 2023 for Binh Duong\nBlant de 19 avdelingene og etatene i "
         "provinsadministrasjonen endte gjennomsnittet på 85,41 prosent.",
         {("score", "binh_duong", "average", 85.41)}),
        # a table's rows in bars under a list's heading are its items
        ("en", "Hanoi tops the DTI 2024\nThe provincial-level DTI averaged 0.6961. All three "
         "pillars moved higher:\n\nPillar | 2024 value | Change on 2023\nDigital government | "
         "0.7582 | +4.7%\nDigital economy | 0.7723 | +13.3%",
         {("rank", "ha_noi", None, 1), ("score", "vietnam", "average", 0.6961),
          ("score", "vietnam", "dti_digital_government", 0.7582),
          ("change", "vietnam", "dti_digital_government", 4.7),
          ("score", "vietnam", "dti_digital_economy", 0.7723),
          ("change", "vietnam", "dti_digital_economy", 13.3)}),
        # "All three pillars moved. Digital government came in at ...": the components named
        # after such a sentence are the same unit's
        ("en", "Hanoi tops the DTI 2024\nThe provincial-level DTI value averaged 0.6961. All three "
         "pillars moved noticeably. Digital government came in at 0.7582 (+4.7%).",
         {("rank", "ha_noi", None, 1), ("score", "vietnam", "average", 0.6961),
          ("score", "vietnam", "dti_digital_government", 0.7582),
          ("change", "vietnam", "dti_digital_government", 4.7)}),
        # a line ending with a unit and the next opening with it name it twice, not once
        ("no", "PCI 2019\nTall og fakta: PCI i Mekongdeltaet\nMekongdeltaet (regionsnitt) – 64,99 "
         "poeng – nr. 1 av sju regioner",
         {("score", "other/dong_bang_song_cuu_long", "average", 64.99),
          ("rank", "other/dong_bang_song_cuu_long", None, 1)}),
        # "the regional average" is the region of the title, whatever region it was compared with
        ("en", "Why the Mekong Delta leads on the PCI\n\nThe Delta outpaced the Red River Delta. "
         "The regional average PCI came in at 64.99 points in 2019.",
         {("score", "other/dong_bang_song_cuu_long", "average", 64.99)}),
        # an abbreviation in brackets after a name the packs do not know stands for it
        ("fr", "SIPAS 2019 de Quảng Nam\nLe Sở Information et Communications (Sở TT&TT) est "
         "classé au rang premier avec 98,24%.",
         {("rank", "quang_nam/dept/information_and_communications", None, 1),
          ("score", "quang_nam/dept/information_and_communications", "sipas", 98.24)}),
        # ... not after a figure
        ("vi", "Chỉ số CCHC 2024 của Lâm Đồng\nĐiểm số cao nhất là 98,63 điểm (Sở Công thương).",
         {("score", "lam_dong/dept/industry_and_trade", "par_index", 98.63),
          ("rank", "lam_dong/dept/industry_and_trade", None, 1)}),
        # "the bank" after the State Bank is named is the bank
        ("no", "PAR Index 2019\nStatsbanken i Vietnam fekk 95,4 poeng. For banken er det femte "
         "året på rad.",
         {("score", "ministry/state_bank", "par_index", 95.4),
          ("streak", "ministry/state_bank", None, 5)}),
        # "here" after another index is named speaks of that index, not of the component
        # named before it
        ("no", "SIPAS og PAPI 2021 for Bà Rịa-Vũng Tàu\nPå SIPAS var tilfredsheita 86,72 prosent. "
         "I PAPI-undersøkinga er resultatet svakare. Her fekk provinsen 40,62 av 80 poeng.",
         {("score", "ba_ria_vung_tau", "sipas", 86.72),
          ("score", "ba_ria_vung_tau", "papi", 40.62)}),
        # a province named by the last words of another province named in the text is it
        ("en", "Hue tops PAPI\n\nThe central province of Thua Thien Hue scored 46.04 points in "
         "PAPI 2023. Hue came first.",
         {("score", "thua_thien_hue", "papi", 46.04), ("rank", "thua_thien_hue", None, 1)}),
        # a fact box line that opens with its figure names its unit after the colon
        ("en", "PCI 2019 of Dong Thap and the Mekong Delta\n- 64.99 points: the Mekong Delta's "
         "average.",
         {("score", "other/dong_bang_song_cuu_long", "average", 64.99)}),
        # ... but a figure before a colon that opens a list of units is no one's there
        ("en", "PCI 2019 of Dong Thap\n- 64.99 points: Can Tho, Vinh Long and Ben Tre.",
         {("score", "dong_thap", "pci", 64.99)}),
        # the country named as its average is the country's average
        ("en", "PCI 2019 of Quang Ninh\n- 65 points: the national average.",
         {("score", "vietnam", "average", 65)}),
        # a landmark's noun closing a line names no place on the next line
        ("vi", "PCI 2019 của Đồng Tháp. Du khách đến ngắm sông\nQuảng Ninh dẫn đầu PCI 2019 với "
         "73,4 điểm.",
         {("rank", "quang_ninh", None, 1), ("score", "quang_ninh", "pci", 73.4)}),
        # a clause break is a whole word ("mais", not the end of "jamais")
        ("fr", "PAR Index 2016 de Da Nang. Da Nang obtient 90,1 %. La moyenne nationale, jamais "
         "aussi basse, s'établit à 74,64 %.",
         {("score", "da_nang", "par_index", 90.1), ("score", "vietnam", "average", 74.64)}),
        # a unit named twice in apposition is one member of a coordination
        ("en", "PAPI 2020. Hanoi, the capital, and Ho Chi Minh City were among the lowest, with "
         "respectively 41.629 and 41.985 points.",
         {("score", "ha_noi", "papi", 41.629), ("score", "ho_chi_minh", "papi", 41.985)}),
        # a venue next to the subject is not coordinated with it
        ("vi", "PCI 2010. Theo bảng xếp hạng vừa được VCCI công bố tại Hà Nội, thành phố Đà Nẵng "
         "tiếp tục đứng đầu cả nước.",
         {("rank", "da_nang", None, 1)}),
        # ... nor is a unit listed after a venue compared with anyone
        ("en", "PCI 2019 of Quang Ninh\nQuang Ninh kept its lead. At a seminar in Vinh Long, "
         "Dong Thap was said to rank second.",
         {("rank", "dong_thap", None, 2)}),
        # a table's header row names the metric of rows that name none
        ("en", "PAR Index 2023 of Binh Duong\nLevel | Average 2023 | Change on 2022\n"
         "Departments | 85.41% | +1.1%\nDistricts | 91.98% | +4.09%",
         {("score", "binh_duong", "average", 85.41), ("change", "binh_duong", "average", 1.1),
          ("score", "binh_duong", "average", 91.98), ("change", "binh_duong", "average", 4.09)}),
        # a region in brackets after a rank is where another rank holds
        ("en", "SIPAS 2023\n- Gia Lai | Score: 83.84% | Rank: 19 (1st of the Central Highlands)",
         {("score", "gia_lai", "sipas", 83.84), ("rank", "gia_lai", None, 19)}),
        # two units of one level that lead are the first two, not two firsts ...
        ("fr", "PAR Index 2023 de Binh Duong. Les villes de Thu Dau Mot et de Tan Uyen mènent la danse.",
         set()),
        ("vi", "PCI 2023. Quảng Ninh và Hải Phòng dẫn đầu cả nước.", set()),
        # ... unless they share it, or lead rankings of their own (a province and a ministry)
        ("vi", "PCI 2023. Quảng Ninh và Hải Phòng cùng dẫn đầu cả nước.",
         {("rank", "quang_ninh", None, 1), ("rank", "hai_phong", None, 1)}),
        ("en", "PAR Index 2019. Quang Ninh and the State Bank of Vietnam led the rankings.",
         {("rank", "quang_ninh", None, 1), ("rank", "ministry/state_bank", None, 1)}),
        # a score out of less than 100 on a per-cent index is the part named before it, in its
        # sentence or the one before on the same line (not a list's line before)
        ("en", "PAR Index 2024 of Son La. The best result is in the reform of the administrative "
         "apparatus. With 10.18 points out of 10.5, Son La kept first place.",
         {("score", "son_la", "par_index_administrative_apparatus", 10.18),
          ("rank", "son_la", None, 1)}),
        ("en", "PAR Index 2024 of Son La.\n- Administrative procedures: 12.75/13 points\n"
         "- Impact: 13.14/16.5 points",
         {("score", "son_la", "par_index_administrative_procedures", 12.75),
          ("score", "son_la", "par_index", 13.14)}),
        # a place phrase, its comma, then the subject with its cue ("the province X")
        ("en", "PGI 2024. In the region Tây Nguyên (Central Highlands), the province Gia Lai "
         "ranks the 2nd, and Dak Nong is close behind.", {("rank", "gia_lai", None, 2)}),
        # a plural city cue gives both coordinated names their level
        ("en", "PAR Index 2023 of Binh Duong. The cities of Thu Dau Mot and Tan Uyen scored "
         "97.68 and 95.1 points respectively.",
         {("score", "binh_duong/thanh_pho_thu_dau_mot", "par_index", 97.68),
          ("score", "binh_duong/thanh_pho_tan_uyen", "par_index", 95.1)}),
        # a province's figure while an index of units below the province is named in passing
        # (the DDCI in a PCI article) is the main index's
        ("en", "PCI 2017 of Quang Ninh. Quang Ninh topped the PCI with 70.7 points. The "
         "province pioneered the DDCI of departments and districts. Da Nang came second with "
         "70.1 points.",
         {("rank", "quang_ninh", None, 1), ("score", "quang_ninh", "pci", 70.7),
          ("rank", "da_nang", None, 2), ("score", "da_nang", "pci", 70.1)}),
        # a table's region cell right after the unit's is where the unit is
        ("en", "PCI 2017.\nProvince | Region | PCI 2017 (points)\nDong Thap | Mekong Delta | 68.8",
         {("score", "dong_thap", "pci", 68.8)}),
        # an aside opened by more than an article is no list member, whoever it names
        ("en", "SIPAS 2023 of Gia Lai. Gia Lai, with its provincial capital Pleiku and some 1.6 "
         "million people, came 19th with 83.84%.",
         {("rank", "gia_lai", None, 19), ("score", "gia_lai", "sipas", 83.84)}),
        ("no", "SIPAS 2023 for Gia Lai. Gia Lai, med provinshovedstaden Pleiku og rundt 1,6 "
         "millioner innbyggere, havnet på 19. plass med 83,84 prosent.",
         {("rank", "gia_lai", None, 19), ("score", "gia_lai", "sipas", 83.84)}),
        # a numbered line that opens with no unit and states no figure numbers a section ...
        ("en", "DTI 2023 of Hanoi. Hanoi ranked 6th.\n\n4. Q&A with the Hanoi Department of "
         "Information and Communications\n\nThe department said the work goes on.",
         {("rank", "ha_noi", None, 6)}),
        # ... as does one that opens with a unit between paragraphs (a heading) ...
        ("fr", "PCI 2022 de Hà Tĩnh. Hà Tĩnh se classe 18e.\n\n1. Hà Tĩnh, la bonne surprise\n\n"
         "La province progresse.", {("rank", "ha_tinh", None, 18)}),
        # ... but a list's items keep their places, an unknown name glossed in brackets too
        ("en", "DTI 2023.\n1. Hanoi\n2. Hai Phong", {("rank", "ha_noi", None, 1),
                                                     ("rank", "hai_phong", None, 2)}),
        ("no", "DTI 2023.\n3. Fjernsynet Vietnam (Đài Truyền hình Việt Nam);\n4. Byrået Nyheter "
         "Vietnam (Thông tấn xã Việt Nam);",
         {("rank", "ministry/vietnam_television", None, 3),
          ("rank", "ministry/vietnam_news_agency", None, 4)}),
        # (a line that opens with words before its number is prose, no numbered line)
        ("vi", "PCI 2011.\n\nXếp thứ 3 là Long An. Đây là lần đầu tiên tỉnh này lọt vào nhóm "
         "ba.\n\nMột điểm đáng chú ý khác.", {("rank", "long_an", None, 3)}),
        # a list heading that names no unit opens the list of the one unit named before it
        ("fr", "DTI 2022. Đà Nẵng conserve la tête du classement.\n\nLa capitale ne pointe qu'au "
         "24e rang. Le détail par pilier révèle un profil contrasté :\n- gouvernement numérique "
         ": 40e ;", {("rank", "da_nang", None, 1), ("rank", "ha_noi", None, 24),
                     ("rank", "ha_noi", None, 40)}),
        # a series' places one unit would hold together are nobody's
        ("en", "DTI 2023. Positions 1 to 3 went respectively to the Vietnam Academy of Science "
         "and Technology (VAST) and its partners.", set()),
        # the components named after "All three pillars moved nationwide" are the country's
        ("en", "Hanoi topped the 2024 DTI. All three pillars of the index posted significant "
         "changes nationwide. Digital government reached 0.7582, up 4.7%.",
         {("rank", "ha_noi", None, 1), ("score", "vietnam", "dti_digital_government", 0.7582),
          ("change", "vietnam", "dti_digital_government", 4.7)}),
        ("no", "Hanoi topper DTI 2024. Alle tre pilarene i indeksen økte kraftig på landsbasis. "
         "Digital forvaltning nådde 0,7582, opp 4,7 prosent.",
         {("rank", "ha_noi", None, 1), ("score", "vietnam", "dti_digital_government", 0.7582),
          ("change", "vietnam", "dti_digital_government", 4.7)}),
        # a national label opening a line holds every clause of the line
        ("en", "Hanoi topped the 2024 DTI.\n* National pillars: digital government up 4.7%; "
         "digital economy up 13.3%",
         {("rank", "ha_noi", None, 1), ("change", "vietnam", "dti_digital_government", 4.7),
          ("change", "vietnam", "dti_digital_economy", 13.3)}),
        # a list its "and" closed goes on no further after a comma and another "and"
        ("en", "PCI 2019: the top five were Dong Thap, Vinh Long, Ben Tre, Long An and Can Tho, "
         "and Dong Thap held 2nd place.", {("rank", "dong_thap", None, 2)}),
        ("no", "PCI 2019: Blant dei 20 beste er Dong Thap, Vinh Long og Can Tho, og Dong Thap "
         "har halde på 2. plassen.", {("rank", "dong_thap", None, 2)}),
        # a line's opening number counts takeaways when the line states a rank itself ...
        ("en", "PCI 2023 takeaways:\n\n3. Thanh Hoa ranked 30th in the PCI with 66.79 points.\n\n"
         "2. Long An placed 3rd nationally.",
         {("rank", "thanh_hoa", None, 30), ("score", "thanh_hoa", "pci", 66.79),
          ("rank", "long_an", None, 3)}),
        # ... not in a ranking whose items give a place in brackets after their score
        ("en", "PCI 2023:\n1. Quang Ninh – 90.61 points, 3rd in 2022\n2. Hai Phong (4th in "
         "2022) – 89.1 points",
         {("rank", "quang_ninh", None, 1), ("rank", "hai_phong", None, 2),
          ("rank", "quang_ninh", None, 3), ("rank", "hai_phong", None, 4),
          ("score", "quang_ninh", "pci", 90.61), ("score", "hai_phong", "pci", 89.1)}),
        # an index named in an aside after a component is the component's
        ("en", "Ha Tinh PAR Index 2021. Administrative procedure reform, a PAR Index component, "
         "fell 0.52 points.",
         {("change", "ha_tinh", "par_index_administrative_procedures", -0.52)}),
        # the province named by its noun says what its own average is of
        ("fr", "PAR Index 2024 : Son La se classe 12e sur 63 provinces.\n• Valeur moyenne de "
         "l'indice de réforme administrative de la province : 90,02 %",
         {("rank", "son_la", None, 12), ("score", "son_la", "par_index", 90.02)}),
        # a table's header row that names one unit gives it the rows that name none
        ("no", "PCI 2019.\n\nÅr | Gjennomsnittlig PCI for Mekongdeltaet\n2015 | 59 poeng\n"
         "Endring 2015–2019 | opp 5,95 poeng",
         {("score", "other/dong_bang_song_cuu_long", "average", 59),
          ("change", "other/dong_bang_song_cuu_long", "average", 5.95)}),
        # a streak written with a leading zero, as on a form, is a streak
        ("vi", "PCI: tỉnh Quảng Ninh xếp hạng thứ nhất 06 năm liên tiếp.",
         {("rank", "quang_ninh", None, 1), ("streak", "quang_ninh", None, 6)}),
        # a relative clause after a department and its province is the department's
        ("fr", "SIPAS 2019 de Quang Nam. C'est le département des Impôts de Quang Nam qui arrive "
         "premier, avec 95,16 %.", {("rank", "quang_nam/dept/tax", None, 1),
                                    ("score", "quang_nam/dept/tax", "sipas", 95.16)}),
        ("en", "SIPAS 2019. The Tax Department scored 90.1 in the SIPAS of Quang Nam, which ranked "
         "first.", {("rank", "quang_nam", None, 1), ("score", "quang_nam/dept/tax", "sipas", 90.1)}),
        # an average compared with, whose value a relative clause gives
        ("no", "Indeksen for service: Quang Nam fekk 80,1 poeng og ligg over snittet for heile "
         "landet, som er 75,5 poeng.", {("score", "quang_nam", "total", 80.1),
                                        ("score", "vietnam", "average", 75.5)}),
        # an index named right after a component (no comma) is the component's ...
        ("no", "PAR-indeksen 2021 for Ha Tinh. Delindeksen for reform av administrative "
         "prosedyrar på PAR-indeksen fall med 0,52 poeng.",
         {("change", "ha_tinh", "par_index_administrative_procedures", -0.52)}),
        # ... not one joined to it by "and"
        ("en", "PAR Index 2021 of Ha Tinh. Administrative procedures and the PAR Index both fell "
         "0.52 points.", {("change", "ha_tinh", "par_index", -0.52)}),
        # a gloss in brackets naming another index's component is no metric of its own
        ("no", "PAPI 2023 for Bac Giang:\n- E-forvaltning (digital forvaltning): 3,4825",
         {("score", "bac_giang", "papi_e_governance", 3.4825)}),
        # a shared component name's index is that of the components listed with it, not of
        # one named after its figure in a phrase describing it
        ("en", "Ho Chi Minh City, service index, week 47.\n(c) On citizen and business "
         "satisfaction, the city scored 17.94 out of 18 points, reflecting high satisfaction "
         "with the resolution of administrative procedures.",
         {("score", "ho_chi_minh", "satisfaction", 17.94)}),
        ("en", "Long An in the PAPI 2023 scored 44.1 points.\nIts business climate: transparency "
         "(6.1 points), market entry (7.2 points) and land access (6.5 points).",
         {("score", "long_an", "papi", 44.1), ("score", "long_an", "pci_transparency", 6.1),
          ("score", "long_an", "pci_entry_costs", 7.2), ("score", "long_an", "pci_land_access", 6.5)}),
        # a table row whose cells are parted by semicolons, under a header row naming its metric
        ("fr", "DDCI 2023 de Hai Phong :\n\nNiveau d'évaluation ; Score moyen 2023 ; Évolution "
         "par rapport à 2022\nServices, départements et secteurs ; 76,59 points ; en hausse de 0,2 "
         "point", {("score", "hai_phong", "average", 76.59), ("change", "hai_phong", "average", 0.2)}),
        ("fr", "PCI 2023 de Long An.\nFrais informels ; 7,74 points ; 2e sur 63",
         {("score", "long_an", "pci_informal_charges", 7.74), ("rank", "long_an", None, 2)}),
        # a line's number before two coordinated units numbers an item, no shared place ...
        ("vi", "PCI 2011:\n\n3. Tỉnh Hà Tĩnh (miền Trung) và tỉnh Bình Phước (phía Nam) lần đầu "
         "tiên lọt vào nhóm các địa phương dẫn đầu.", set()),
        ("en", "PCI 2011 takeaways:\n\n4. Ha Tinh and Binh Phuoc were the other surprises, with "
         "both breaking into the top 10.", set()),
        # ... unless a word right after them says they tie
        ("en", "PCI 2011:\n4. Ha Tinh and Binh Phuoc (jointly) – 65.2 points",
         {("rank", "ha_tinh", None, 4), ("rank", "binh_phuoc", None, 4),
          ("score", "ha_tinh", "pci", 65.2), ("score", "binh_phuoc", "pci", 65.2)}),
        # an average with no unit named goes on with the sentence before's average
        ("no", "PCI 2019: Mekong-deltaet topper.\n\nDette er saken:\n– Regionens "
         "gjennomsnittlige PCI-skår har økt med 5,95 poeng.\n– Snittet steg fra 59 poeng i 2015 "
         "til 64,99 poeng i fjor.",
         {("rank", "other/dong_bang_song_cuu_long", None, 1),
          ("change", "other/dong_bang_song_cuu_long", "average", 5.95),
          ("score", "other/dong_bang_song_cuu_long", "average", 59),
          ("score", "other/dong_bang_song_cuu_long", "average", 64.99)}),
        # a table whose cells are parted by dashes, under a header naming its metric
        ("en", "DDCI 2023 of Hai Phong:\n\nLevel – Average score 2023 – Change compared with "
         "2022\nLocalities – 83.44 – up 2.66 points",
         {("score", "hai_phong", "average", 83.44), ("change", "hai_phong", "average", 2.66)}),
        # ... not one whose header names a component a column: no one metric for its rows
        ("en", "DTI 2023 of Hanoi.\n\nCity – Digital government – Digital economy\nHanoi – "
         "0.7582 – 0.7723", {("score", "ha_noi", "dti", 0.7582)}),
        # a telegraphic sentence's change is on the metric of the figure before it
        ("fr", "DDCI 2023 de Hai Phong.\n\nServices, départements et agences. Score moyen : "
         "76,59 points. En hausse de 0,2 point sur 2022.",
         {("score", "hai_phong", "average", 76.59), ("change", "hai_phong", "average", 0.2)}),
        # a component named between an average and the figure is the figure's metric
        ("fr", "DTI 2024. La valeur moyenne du DTI pour l'ensemble du pays s'est établie à 0,6961. "
         "Les trois piliers de cette moyenne ont progressé : le pilier Gouvernement numérique a "
         "atteint 0,7582.", {("score", "vietnam", "average", 0.6961),
                            ("score", "vietnam", "dti_digital_government", 0.7582)}),
        # a label line with a word of change after its colon is one of its heading's items
        ("vi", "PAPI 2023 của Quảng Nam:\n\nTham gia của người dân ở cấp cơ sở:\nĐiểm số: 4,803 "
         "điểm.\nThay đổi: tăng 0,02 điểm.",
         {("score", "quang_nam", "papi_participation", 4.803),
          ("change", "quang_nam", "papi_participation", 0.02)}),
    ],
)
def test_engine_classes(lang: str, text: str, expected: set[Fact]) -> None:
    assert facts_of(text, lang) == expected


_FR_BODY = "La province de Quang Nam atteint 80,1 points."


@pytest.mark.parametrize(
    ("lang", "title", "body"),
    [
        ("fr", "Quang Nam 21e de l'Ensemble d'indices de service au peuple et aux entreprises",
         _FR_BODY),
        ("fr", "Quang Nam 21e de l'indice de services à la population et aux entreprises",
         _FR_BODY),
        ("fr", "Quang Nam 21e de l'indice de service aux citoyens et aux entreprises", _FR_BODY),
        # ... and with the verb, as literal MT renders "phục vụ"
        ("fr", "Quang Nam 21e de l'Ensemble des indices de servir les citoyens et les entreprises",
         _FR_BODY),
        # literal MT keeps the source's comma for "and" ("phục vụ người dân, doanh nghiệp")
        ("fr", "Quang Nam 21e en qualité de service aux citoyens, entreprises", _FR_BODY),
        ("en", "Quang Nam 21st in the quality of serving people, businesses",
         "Quang Nam province reached 80.1 points."),
        ("no", "Rapport om kvalitet av betjening folket, bedrifter i Quang Nam",
         "Provinsen Quang Nam nådde 80,1 poeng."),
        # without its prepositions; in Nynorsk, named or described
        ("no", "Quang Nam om settet av indekser for betjening folket, bedrifter",
         "Provinsen Quang Nam nådde 80,1 poeng."),
        # described only: how well the agencies served citizens and businesses
        ("no", "Rapport om kor godt etatane i Quang Nam tente innbyggjarar og verksemder",
         "Provinsen Quang Nam fekk 80,1 poeng."),
        ("no", "Rapport om hvordan etatene i Quang Nam betjente innbyggere og bedrifter",
         "Provinsen Quang Nam fikk 80,1 poeng."),
        ("en", "Report on how well Quang Nam's agencies served citizens and businesses",
         "Quang Nam province reached 80.1 points."),
        # described by what units are rated for
        ("en", "Quang Nam's agencies rated \"excellent\" for the service they gave residents and "
         "businesses", "Quang Nam province reached 80.1 points."),
        ("no", "Quang Nam på servicemålinga for folk og næringsliv",
         "Provinsen Quang Nam fekk 80,1 poeng."),
        ("no", "Quang Nam i indeksen som måler kor godt styresmaktene tener innbyggjarar og "
         "bedrifter", "Provinsen Quang Nam fekk 80,1 poeng."),
        # the verb in its infinitive: "indices to serve the people and businesses"
        ("no", "Quang Nam om settet av indekser for å tjene folket og bedriftene",
         "Provinsen Quang Nam nådde 80,1 poeng."),
        ("no", "Rapport om kvaliteten på å tjene folket, bedriftene i Quang Nam",
         "Provinsen Quang Nam nådde 80,1 poeng."),
        ("fr", "Quang Nam dans l'ensemble d'indices de direction, d'administration et "
         "d'évaluation de la qualité de service aux gens et entreprises", _FR_BODY),
        ("en", "Quang Nam 21st in the set of indices to serve people and businesses",
         "Quang Nam province reached 80.1 points."),
        ("fr", "Quang Nam 21e de l'ensemble des indices pour servir les citoyens et les "
         "entreprises", _FR_BODY),
        # word for word, no article nor preposition ("Bộ chỉ số phục vụ người dân, doanh
        # nghiệp"; "Cổng Dịch vụ công quốc gia")
        ("en", "Quang Nam 21st in Set index serve people, enterprise",
         "Quang Nam province reached 80.1 points."),
        ("en", "Quang Nam in Set index direction, administrate and evaluate quality serve "
         "people, enterprise", "Quang Nam province reached 80.1 points."),
        ("en", "Quang Nam on Portal Service Public National", "Quang Nam province reached 80.1 points."),
        ("en", "Quang Nam reaches 80.1 points on Set of indices serving people, businesses",
         "Quang Nam province reached 80.1 points."),
        ("en", "Quang Nam on Portal Services Public National", "Quang Nam province reached 80.1 points."),
        ("en", "Quang Nam on the agencies' work to serve people, enterprises",
         "Quang Nam province reached 80.1 points."),
        ("fr", "Quang Nam cherche à relever l'Indice de service des citoyens et entreprises", _FR_BODY),
        ("fr", "Quang Nam selon le Portail national de Service public", _FR_BODY),
        # half-translated: the Vietnamese head noun left, the rest translated
        ("fr", "La province de Quảng Nam sur Bộ chỉ số servir les gens et les entreprises",
         _FR_BODY),
        ("en", "Quang Nam 21st on Bộ chỉ số serving people and businesses",
         "Quang Nam province reached 80.1 points."),
        ("no", "Quang Nam på Bộ chỉ số betjene folk og bedrifter",
         "Provinsen Quang Nam fekk 80,1 poeng."),
        ("no", "Enhet av TPHCM leder om kvalitet tjeneste for folk, bedrifter i uke 47",
         "Provinsen Quang Nam fekk 80,1 poeng."),
        ("no", "Quang Nam på Portal Tjenester Offentlige Nasjonal", "Provinsen Quang Nam fekk 80,1 poeng."),
        # MT from French: "l'ensemble des indices de service aux citoyens et aux entreprises"
        ("no", "Quang Nam klassert 21e om Settet av indekser av tjeneste til folket og til "
         "bedriftene", "Provinsen Quang Nam nådde 80,1 poeng."),
        # described: "a rating of the service quality towards people and business"
        ("no", "Quang Nam har lagt frem en vurdering av tjenestekvaliteten overfor folk og "
         "næringsliv", "Provinsen Quang Nam nådde 80,1 poeng."),
        # Nynorsk, word for word: "kvaliteten av teneste til folk og verksemder"
        ("no", "Quang Nam: resultat vurdering kvaliteten av teneste til folk og verksemder",
         "Provinsen Quang Nam fekk 80,1 poeng."),
        # Nynorsk MT from French: "l'Indice de service aux citoyens et aux entreprises", "le
        # Portail national des services publics"
        ("no", "Quang Nam søkjer å heve Indeksen av teneste til innbyggjarane og verksemdene",
         "Provinsen Quang Nam fekk 80,1 poeng."),
        ("no", "Quang Nam ifølgje Portalen nasjonal av dei tenestene offentlege",
         "Provinsen Quang Nam fekk 80,1 poeng."),
        # Nynorsk, native: "indeksen for service til innbyggjarar og verksemder", and the
        # national portal as "Den nasjonale portalen for offentlege tenester"
        ("no", "Quang Nam vil løfte indeksen for service til innbyggjarar og verksemder",
         "Provinsen Quang Nam fekk 80,1 poeng."),
        ("no", "Quang Nam ifølgje Den nasjonale portalen for offentlege tenester",
         "Provinsen Quang Nam fekk 80,1 poeng."),
        # described by what it measures
        ("no", "Quang Nam har målt hvor god service innbyggere og bedrifter får",
         "Provinsen Quang Nam fekk 80,1 poeng."),
    ],
)
def test_the_weekly_index_by_its_translated_names_opens_the_gate(
    lang: str, title: str, body: str
) -> None:
    """Machine translation renders "phục vụ người dân, doanh nghiệp" with any noun for
    the citizens, and "and" as the source's comma: each names the weekly index, so the
    article's figures are facts."""
    facts = ns_extract.extract_facts(f"{title}\n{body}", lang)
    assert {(f.unit_key, f.metric, f.value) for f in facts} == {("quang_nam", "total", 80.1)}


def test_pack_word_lists_must_be_text(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from newsscores.engine import packs
    from newsscores.errors import ExtractionError

    (tmp_path / "common").mkdir()
    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "units.yaml").write_text("list_joiners: [and, on]\n")
    with pytest.raises(ExtractionError, match="quote it"):
        packs.load_pack("xx", tmp_path)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Công bố Chỉ số hài lòng des personnes, organisations envers le service des agences "
         "administratives de la province de Quảng Nam\nLa province de Quảng Nam atteint 80,1 %."),
        ("en", "Announcing Chỉ số hài lòng of the people with the service of state agencies in Quang "
         "Nam\nQuang Nam province reached 80.1 per cent."),
        ("no", "Kunngjøring av Chỉ số hài lòng til folket med tjenestene i Quang Nam\nProvinsen "
         "Quang Nam nådde 80,1 prosent."),
    ],
)
def test_sipas_named_half_in_vietnamese_opens_the_gate(lang: str, text: str) -> None:
    """"Chỉ số hài lòng" followed by a translated tail names SIPAS."""
    facts = ns_extract.extract_facts(text, lang)
    assert {(f.unit_key, f.metric, f.value) for f in facts} == {("quang_nam", "sipas", 80.1)}


@pytest.mark.parametrize(
    "name",
    ["ranking of public satisfaction with state administrative agencies",
     "ratings of public satisfaction with state administrative bodies"],
)
def test_sipas_described_as_a_ranking_of_public_satisfaction_opens_the_gate(name: str) -> None:
    """"ranking of public satisfaction with state administrative agencies" names SIPAS."""
    text = f"Quang Nam's 2019 {name}\nQuang Nam province reached 80.1 per cent."
    facts = ns_extract.extract_facts(text, "en")
    assert {(f.unit_key, f.metric, f.value) for f in facts} == {("quang_nam", "sipas", 80.1)}
