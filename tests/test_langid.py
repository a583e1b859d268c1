"""Language identification: repeatable, ISO 639-1, Norwegian as ``no``."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from langdetect.lang_detect_exception import LangDetectException

from newsscores import langid, settings
from newsscores.langid import UNDETERMINED, canonical_lang, detect_language, is_supported
from newsscores.sources import iter_documents, parse


@pytest.mark.parametrize(
    ("name", "lang"),
    [
        ("000_1c80cfa5dc7b4d2c.txt", "en"),
        ("001_6d9f936519a1dd9e.txt", "fr"),
        ("002_a7208a7ff5152896.txt", "no"),
        ("004_eabcd36e13c846e9.txt", "en"),
        ("vi-constructed-hung-yen.txt", "vi"),
    ],
)
def test_sample_articles_are_detected(corpus_dir: Path, name: str, lang: str) -> None:
    (raw,) = list(iter_documents([corpus_dir / name]))
    text = parse(raw).text  # type: ignore[arg-type]
    code, prob = detect_language(text)
    assert code == lang and prob > 0.9


def test_detection_repeats_on_ambiguous_text() -> None:
    text = "Bac Ninh 92,80 Hai Phong Dong Nai"
    assert len({detect_language(text) for _ in range(5)}) == 1


@pytest.mark.parametrize("text", ["", "   ", "12,5 91.7 100/100", "https://example.org/a"])
def test_no_letters_is_undetermined(text: str) -> None:
    assert detect_language(text) == (UNDETERMINED, 0.0)


@pytest.mark.parametrize(
    ("code", "expected"),
    [("nb", "no"), ("nn", "no"), ("NO", "no"), ("en-US", "en"), ("vi", "vi"), ("zh-cn", "zh")],
)
def test_canonical_lang(code: str, expected: str) -> None:
    assert canonical_lang(code) == expected


@pytest.mark.parametrize(("code", "ok"), [("vi", True), ("no", True), ("de", False)])
def test_is_supported(code: str, ok: bool) -> None:
    assert is_supported(code) is ok


def test_vector_detector_gives_langdetects_own_probabilities(corpus_dir: Path) -> None:
    """The numpy loops and the cached sparse profiles change the speed, not one bit of
    langdetect's answer."""
    from langdetect import DetectorFactory, detector_factory
    from langdetect.detector import Detector
    from langdetect.detector_factory import init_factory

    from newsscores.langid import _profiles, _VectorDetector

    DetectorFactory.seed = 0
    init_factory()
    factory = detector_factory._factory
    profiles = _profiles()
    profiles.seed = 0
    paths = sorted(corpus_dir.glob("*.txt"))[:8] + sorted(corpus_dir.glob("constructed/*.txt"))
    assert paths
    for path in paths:
        for size in (300, 1000):
            text = path.read_text(encoding="utf-8")[:size]
            plain, fast = Detector(factory), _VectorDetector(profiles)
            plain.append(text)
            fast.append(text)
            ours = [(p.lang, p.prob) for p in fast.get_probabilities()]
            assert ours == [(p.lang, p.prob) for p in plain.get_probabilities()]
    # append and cleaning_text too: runs of spaces, URLs, mostly non-Latin text
    rng = random.Random(5)
    pieces = ["Hà Nội ", "   ", "PCI ", "http://x.vn/a ", "a@b.vn ", "Москва ", "中文字 ", "the "]
    for _ in range(60):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(3, 30)))
        plain, fast = Detector(factory), _VectorDetector(profiles)
        plain.append(text)
        fast.append(text)
        assert fast.text == plain.text
        try:
            expected = [(p.lang, p.prob) for p in plain.get_probabilities()]
        except LangDetectException:
            with pytest.raises(LangDetectException):
                fast.get_probabilities()
            continue
        assert [(p.lang, p.prob) for p in fast.get_probabilities()] == expected


def test_word_at_a_time_ngrams_are_langdetects_own() -> None:
    """The n-grams read a word at a time (and remembered per word) are those of
    langdetect's character loop, in its order, for capitals, runs of spaces,
    punctuation, digits and other scripts alike."""
    from langdetect.utils.ngram import NGram

    from newsscores.langid import _profiles, _VectorDetector

    table = _profiles().word_lang_prob_map

    def langdetects(text: str) -> list[str]:
        gram, out = NGram(), []
        for ch in text:
            gram.add_char(ch)
            out += [w for n in range(1, NGram.N_GRAM + 1) if (w := gram.get(n)) and w in table]
        return out

    rng = random.Random(11)
    alphabet = "aAbBzZ éÉđĐưƯệỆøØåÅ  .,;-'1234 ДдЖж中文 THE Ha NOI"
    texts = ["", " ", "  a", "a ", "ABC def GHi", "PCI 2023: Hà Nội XẾP THỨ 3", "x" * 5]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 60))) for _ in range(400)]
    for text in texts:
        detector = _VectorDetector(_profiles())
        detector.text = text
        assert detector._extract_ngrams() == langdetects(text), repr(text)


def test_text_opening_with_long_numbers_still_gives_a_full_sample() -> None:
    """Numbers are removed before the sample is cut: 400 digits do not eat it."""
    text = (
        "Bac Ninh ranked 1" + "0" * 400 + "th in the PCI 2023 with 70.5 points. "
        "Hai Phong scored " + "9" * 401 + " points in the PCI 2023. "
        "Hai Phong scored 68.2 points in the PCI 2023.\n"
    )
    assert detect_language(text)[0] == "en"


def test_untranslated_vietnamese_names_do_not_make_a_text_vietnamese() -> None:
    # machine translation leaves names and terms in Vietnamese; read without them when
    # they are a small share of the words (Vietnamese itself is mostly such words)
    english = (
        "UBND tỉnh Đồng Tháp issues Plan on continuing improvement Chỉ số Năng lực cạnh "
        "tranh cấp tỉnh (PCI) year 2024. On 18/6/2024, Ủy ban nhân dân (UBND) tỉnh Đồng "
        "Tháp issued the Plan about continuing to improve the index of the province, with "
        "the aim of raising the competitiveness of the local business environment and of "
        "making the administration more transparent for the enterprises that invest there."
    )
    assert detect_language(english)[0] == "en"
    vietnamese = "Tổng điểm PCI năm 2023 của tỉnh tăng 2,49 điểm so với năm 2022 nhờ cải cách."
    assert detect_language(vietnamese)[0] == "vi"


def test_an_uncertain_first_sample_is_read_again_longer() -> None:
    # 300 characters of word-for-word Norwegian MT read as Danish at 0.82; the longer
    # sample reads Norwegian
    text = (
        "Son La søker løsning for heve Indeks betjening folk, bedrift\n\nDagen 15. desember, "
        "kamerat Dang Ngoc Hau, Nestleder Folkekomité provins Son La, ledet møtet med "
        "departementer, etater og lokaliteter om tiltak for å heve Indeks styring, drift og "
        "vurdering kvalitet betjening folk og bedrift (Indeks betjening folk, bedrift) og "
        "effektivitet av levering tjenester offentlig på nett i provinsen. Ifølge rapporten "
        "står provinsen på plass 29 av 34 provinser og byer, og lederne ba avdelingene om å "
        "rette opp svakhetene i saksbehandlingen, digitaliseringen av mapper og betalingen "
        "på nett, slik at folk og bedrifter slipper å reise flere ganger til kontorene."
    )
    assert detect_language(text)[0] == "no"


def test_many_untranslated_terms_leave_a_confident_other_language() -> None:
    # word-for-word MT that leaves a third of its words in Vietnamese reads as Vietnamese
    # on the whole sample; without those words it reads confidently as French
    french = (
        "Hải Phòng công bố Chỉ số DDCI année 2023 : point moyen de khối địa phương augmente "
        "2,66 points\n\nMatin de jour 10/01, UBND thành phố Hải Phòng a organisé cérémonie "
        "de annonce de résultats évaluation Chỉ số năng lực cạnh tranh cấp Sở, ban, ngành và "
        "địa phương (DDCI) de thành phố année 2023. Selon résultats, point moyen de khối "
        "địa phương (các quận, huyện) de thành phố atteint 83,44 points, augmentation de 2,66 "
        "points comparé avec année 2022, atteint mức tốt. Dans ce khối, il y a un cơ quan "
        "atteint mức rất tốt, neuf cơ quan atteint mức tốt et quatre cơ quan atteint mức khá."
    )
    assert detect_language(french)[0] == "fr"
    # Vietnamese keeps its language: most of its words have Vietnamese letters
    vietnamese = (
        "Sáng 10/01, UBND thành phố Hải Phòng tổ chức lễ công bố kết quả đánh giá Chỉ số "
        "năng lực cạnh tranh cấp sở, ban, ngành và địa phương năm 2023. Theo kết quả, điểm "
        "trung bình của khối địa phương đạt 83,44 điểm, tăng 2,66 điểm so với năm 2022."
    )
    assert detect_language(vietnamese)[0] == "vi"


def test_an_uncertain_reading_without_vietnamese_words_is_read_again_longer() -> None:
    # literal MT whose untranslated terms share letters with French (thành, công, quan):
    # without its Vietnamese-lettered words, 300 characters read French at 0.71 only; the
    # longer sample reads it confidently
    text = (
        "Bộ Tài chính et thành phố Đà Nẵng trônent au sommet de Chỉ số cải cách hành chính "
        "PAR Index 2022\n\nHà Nội (VNA) - Bộ Nội vụ a annoncé en fin avril à Hà Nội le Chỉ số "
        "cải cách hành chính année 2022 des bộ, cơ quan ngang bộ et UBND des tỉnh, thành phố "
        "trực thuộc trung ương. Selon Vụ Cải cách hành chính, l'enquête a été menée chez les "
        "bộ, ngành et toutes les tỉnh, thành phố trực thuộc trung ương. Cette fois, l'enquête a "
        "recueilli l'avis de plusieurs milliers de công chức, lãnh đạo, quản lý của bộ, ngành, "
        "địa phương, ainsi que de nombreux người dân et doanh nghiệp. Concernant le bloc bộ, "
        "ngành, trois unités ont un Chỉ số au-dessus de quatre-vingt-dix pour cent, et le Bộ Tài "
        "chính se classe au premier rang. Chez le bloc địa phương, la thành phố Đà Nẵng occupe "
        "la première place, devant plusieurs tỉnh du Nord et du Sud. Les résultats seront "
        "utilisés par les bộ, ngành et địa phương pour améliorer la qualité du service public, "
        "selon le représentant du Bộ Nội vụ, qui a souligné les efforts de toutes les unités."
    )
    assert detect_language(text)[0] == "fr"


def test_mixed_text_takes_the_other_language_at_six_trials_of_seven(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a text in the mixed band is no real Vietnamese: the rest of its words read as French
    # in six of langdetect's seven trials (0.857) is French
    monkeypatch.setattr(langid, "_best", lambda sample: ("fr", 6 / 7))
    window = "Selon Rapport chỉ số année 2023, Hà Nội entrer dans Top 10 " * 20
    assert langid._unless_mixed(window, 300, ("vi", 1.0)) == ("fr", 6 / 7)
    # ... but five of seven is not enough
    monkeypatch.setattr(langid, "_best", lambda sample: ("fr", 5 / 7))
    assert langid._unless_mixed(window, 300, ("vi", 1.0)) == ("vi", 1.0)


def test_a_reading_still_uncertain_is_read_again_on_a_longer_sample(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a Norwegian note full of English index names: English at 0.57 on 1,200 characters,
    # Norwegian at 0.86 on its whole; each reading under CONFIDENT asks for a longer one
    size = settings.SETTINGS.langdetect_chars
    lengths: list[int] = []

    def best(sample: str) -> tuple[str, float]:
        lengths.append(len(sample))
        return ("no", 0.86) if len(sample) > size * langid.LONG_SAMPLE_FACTOR else ("en", 0.57)

    monkeypatch.setattr(langid, "_best", best)
    text = "Bac Ninh får gode poeng i PAPI og tar fjerde plass blant provinsene. " * 100
    assert detect_language(text) == ("no", 0.86)
    assert lengths == [size, size * 4, size * 16]
    lengths.clear()
    assert detect_language(text[: size * 3])[0] == "en"  # nothing longer to read
    assert lengths == [size, size * 3]
