"""Language identification: langdetect, seeded so that the same text always gets the
same answer, with Norwegian Bokmål and Nynorsk reported as ``no``.

The detector's profiles load once per process (on first use), not once per article.
langdetect spends its time in two loops over its 55 languages per n-gram drawn
(``_update_lang_prob``, ``_normalize_prob``); :class:`_VectorDetector` runs them as
numpy operations that do the same float64 arithmetic in the same order (elementwise
products, a sequential cumulative sum), so the answers and probabilities are
langdetect's to the last bit, in a fraction of the time.
"""

from __future__ import annotations

import functools
import os
import re
from typing import Any

import numpy as np
from langdetect.detector import Detector
from langdetect.detector_factory import init_factory
from langdetect.lang_detect_exception import ErrorCode, LangDetectException
from langdetect.utils.ngram import NGram

from . import cache, settings

__all__ = ["detect_language", "canonical_lang", "is_supported", "UNDETERMINED"]

#: The code stored when no language can be told (no letters, too little text).
UNDETERMINED = "und"

_ALIASES = {"nb": "no", "nn": "no", "zh-cn": "zh", "zh-tw": "zh"}
#: raw characters read per character of sample (room for the noise removed)
_RAW_PER_SAMPLE = 10
#: langdetect's Latin letters (``'A' <= ch <= 'z'``) and non-Latin characters: from
#: U+0300 up (its test meant to spare the Latin Extended Additional block compares
#: the block's number with its name, so it spares nothing)
_LATIN = re.compile("[A-z]")
_NON_LATIN = re.compile("[^\x00-\u02ff]")
_SPACES = re.compile(" {2,}")
_NOISE = re.compile(r"https?://\S+|\S+@\S+|\d+(?:[.,]\d+)*")
#: A word with a letter only Vietnamese writes among the packs' languages (ă, đ, ơ, ư, a
#: hook, a dot below, a tilde, a circumflex with a tone mark, an acute or grave accent
#: French does not write: á, í, ó, ú, ý, ì, ò; not French é, è, à, ù, â, ê, ô).
_VIETNAMESE_WORD = re.compile(
    r"\w*[ăắằẳẵặđơớờởỡợưứừửữựảạẻẹỉịỏọủụỷỵỳãẽĩõũỹấầẩẫậếềểễệốồổỗộáíóúýìò]\w*", re.IGNORECASE
)
_WORD = re.compile(r"\w+")
#: Below this share of words written with Vietnamese letters, those words are names and
#: terms left untranslated ("UBND tỉnh Đồng Tháp issues Plan on continuing improvement
#: Chỉ số Năng lực cạnh tranh ..."): machine-translated text, read without them. In
#: Vietnamese text most words have such a letter (well over half).
NAMES_ONLY_SHARE = 0.3
#: Below this probability the first sample's answer is not trusted: longer samples, these
#: many times the first, are read in turn until one is (300 characters of word-for-word
#: Norwegian MT read as Danish at 0.82; 1,000 as Norwegian at 1.0; a Norwegian note full
#: of English index names read as English at 0.57 on 1,200 characters, as Norwegian at
#: 0.86 on all its 1,600).
CONFIDENT = 0.9
LONG_SAMPLE_FACTORS = (4, 16)
LONG_SAMPLE_FACTOR = LONG_SAMPLE_FACTORS[0]
#: Under this share of words with Vietnamese letters (real Vietnamese articles: 0.60 and
#: more in every text here), a text read as Vietnamese is read again without those words:
#: when the rest is confidently another language, they were terms that word-for-word
#: machine translation left ("point moyen de khối địa phương (các quận, huyện) de thành
#: phố Hải Phòng atteint 83,44 points": 0.42, French once they are out).
MIXED_SHARE = 0.57
#: How probable the other language must be in that reading: six of langdetect's seven
#: trials (a text in the band above is no real Vietnamese, and the rest of its words
#: read as one language, 0.857 or 1.0, on every sample length tried).
MIXED_CONFIDENT = 0.85


#: n-gram probability vectors kept as arrays (a few MB); the profiles hold ~170,000
NGRAM_CACHE = 16_384


#: NGram.normalize of every character seen, by code point: a str.translate table
_NORMAL: dict[int, str] = {}


class _VectorDetector(Detector):  # type: ignore[misc]
    """langdetect's detector with its per-language loops done by numpy, bit for bit."""

    text: str

    def __init__(self, profiles: _Profiles) -> None:
        super().__init__(profiles)
        self._vector = profiles.vector

    def _init_probability(self) -> Any:
        if self.prior_map is not None:
            return np.array(self.prior_map, dtype=np.float64)
        return np.full(len(self.langlist), 1.0 / len(self.langlist), dtype=np.float64)

    def _update_lang_prob(self, prob: Any, word: str | None, alpha: float) -> bool:
        if word is None or word not in self.word_lang_prob_map:
            return False
        # langdetect: prob[i] *= weight + lang_prob_map[i], for every i
        prob *= (alpha / self.BASE_FREQ) + self._vector(word)
        return True

    def append(self, text: str) -> None:
        # langdetect's append: URLs, addresses out, Vietnamese normalised, runs of
        # spaces kept as one (its character loop, as one substitution)
        text = NGram.normalize_vi(self.MAIL_RE.sub(" ", self.URL_RE.sub(" ", text)))
        self.text += _SPACES.sub(" ", text[: self.max_text_length])

    def cleaning_text(self) -> None:
        # langdetect's cleaning_text: Latin letters dropped from a mostly non-Latin text
        if len(_LATIN.findall(self.text)) * 2 < len(_NON_LATIN.findall(self.text)):
            self.text = _LATIN.sub("", self.text)

    def _extract_ngrams(self) -> list[str]:
        # langdetect's _extract_ngrams, a word at a time: NGram starts every word
        # afresh after a space (grams " ", no capital word), so a word's n-grams,
        # its closing space included, depend on the word alone and are remembered
        text = self.text.translate(_normal_table(self.text))
        words = text.split(" ")
        result: list[str] = []
        for word in words[:-1]:
            if word:
                result += _word_grams(self.word_lang_prob_map, word + " ")
        if words[-1]:
            result += _word_grams(self.word_lang_prob_map, words[-1])
        return result

    def _detect_block(self) -> None:
        # langdetect's _detect_block with random.choice(ngrams) spelled out
        # (ngrams[randbelow(len)]: the same draws) and each drawn n-gram's
        # probabilities as an array (``prob *= weight + row``: the same products)
        self.cleaning_text()
        ngrams = self._extract_ngrams()
        if not ngrams:
            raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
        vector = self._vector
        count = len(ngrams)
        draw = self.random._randbelow
        total = np.zeros(len(self.langlist), dtype=np.float64)
        self.random.seed(self.seed)
        for _trial in range(self.n_trial):
            prob = self._init_probability()
            alpha = self.alpha + self.random.gauss(0.0, 1.0) * self.ALPHA_WIDTH
            weight = alpha / self.BASE_FREQ
            i = 0
            while True:
                prob *= weight + vector(ngrams[draw(count)])
                if i % 5 == 0 and (
                    self._normalize_prob(prob) > self.CONV_THRESHOLD or i >= self.ITERATION_LIMIT
                ):
                    break
                i += 1
            total += prob / self.n_trial
        self.langprob = total.tolist()

    def _normalize_prob(self, prob: Any) -> float:
        # langdetect: sump = sum(prob) (left to right), prob[i] /= sump, the largest
        sump = prob.cumsum()[-1]
        prob /= sump
        return float(prob.max())


#: words whose n-grams are remembered (the most frequent words of a language
#: recur on every page; the table is cleared when full)
WORD_CACHE = 50_000
_WORD_GRAMS: dict[str, tuple[str, ...]] = {}


def _normal_table(text: str) -> dict[int, str]:
    """``NGram.normalize`` of every character of ``text`` as a ``str.translate``
    table (kept across calls: a pure function of one character)."""
    for raw in set(text):
        if ord(raw) not in _NORMAL:
            _NORMAL[ord(raw)] = NGram.normalize(raw)
    return _NORMAL


def _word_grams(table: dict[str, int], word: str) -> tuple[str, ...]:
    """The n-grams in ``table`` that langdetect's ``NGram`` gives for ``word``
    (normalised, no space inside, a space at its end when one follows it), in
    langdetect's order."""
    found = _WORD_GRAMS.get(word)
    if found is not None:
        return found
    result: list[str] = []
    grams, capital = " ", False
    for ch in word:
        last = grams[-1]
        if last == " ":
            grams, capital = " ", False
        elif len(grams) >= NGram.N_GRAM:
            grams = grams[1:]
        grams += ch
        if ch.isupper():
            if last.isupper():
                capital = True
        else:
            capital = False
        if capital:
            continue
        for n in range(1, NGram.N_GRAM + 1):
            if len(grams) < n:
                break
            w = grams[-n:]
            if w != " " and w in table:
                result.append(w)
    if len(_WORD_GRAMS) >= WORD_CACHE:
        _WORD_GRAMS.clear()
    found = _WORD_GRAMS[word] = tuple(result)
    return found


class _Profiles:
    """langdetect's profiles as a detector reads them (``langlist``, ``seed``, and
    ``word_lang_prob_map`` for its membership tests: word → row), with each word's
    probabilities kept as a sparse row (96 % of them are zero)."""

    def __init__(self, langlist: list[str], words: list[str], rows: Any) -> None:
        self.langlist = langlist
        self.word_lang_prob_map = {w: i for i, w in enumerate(words)}
        self.seed: int | None = None
        self._indptr, self._cols, self._vals = rows

        @functools.lru_cache(maxsize=NGRAM_CACHE)
        def vector(word: str) -> Any:
            i = self.word_lang_prob_map[word]
            a, b = self._indptr[i], self._indptr[i + 1]
            row = np.zeros(len(self.langlist), dtype=np.float64)
            row[self._cols[a:b]] = self._vals[a:b]
            return row

        self.vector = vector


def _profile_files() -> list[str]:
    from langdetect.detector_factory import PROFILES_DIRECTORY

    return os.listdir(PROFILES_DIRECTORY)  # langdetect's order: the order of langlist


@functools.cache
def _profiles() -> _Profiles:
    """langdetect's profiles, from the disk cache or loaded by langdetect itself."""
    import langdetect
    from langdetect.detector_factory import PROFILES_DIRECTORY

    parts: list[bytes | str] = ["langdetect", getattr(langdetect, "__version__", "")]
    for name in _profile_files():
        stat = os.stat(os.path.join(PROFILES_DIRECTORY, name))
        parts += [name, f"{stat.st_size}:{stat.st_mtime_ns}"]
    key = cache.cache_key(*parts)
    entry = cache.load("langdetect", key)
    if not (isinstance(entry, tuple) and len(entry) == 3):
        init_factory()
        from langdetect import detector_factory

        factory = detector_factory._factory
        table = factory.word_lang_prob_map
        words = list(table)
        dense = np.array([table[w] for w in words], dtype=np.float64)
        nonzero = dense != 0
        indptr = np.concatenate([[0], np.cumsum(nonzero.sum(axis=1))]).astype(np.int64)
        cols = np.nonzero(nonzero)[1].astype(np.int16)
        entry = (list(factory.langlist), words, (indptr, cols, dense[nonzero]))
        cache.store("langdetect", key, entry)
    return _Profiles(*entry)


def canonical_lang(code: str) -> str:
    """The ISO 639-1 code newsscores stores for ``code`` (``nb``/``nn`` → ``no``)."""
    code = code.strip().lower().replace("_", "-")
    return _ALIASES.get(code, code.split("-")[0])


def is_supported(lang: str) -> bool:
    """Whether an extractor rule pack exists for ``lang``: the supported languages are
    the packs found (``$NEWSSCORES_EXTRACTORS`` or the shipped ``extractors``)."""
    from .engine.packs import available_langs

    return lang in available_langs()


def _vietnamese_share(window: str) -> float:
    """The share of ``window``'s words written with letters only Vietnamese has."""
    words = len(_WORD.findall(window))
    return len(_VIETNAMESE_WORD.findall(window)) / words if words else 0.0


def _without_vietnamese(window: str) -> str:
    """``window`` with its words written with Vietnamese letters taken out."""
    return _SPACES.sub(" ", _VIETNAMESE_WORD.sub(" ", window))


def detect_language(text: str) -> tuple[str, float]:
    """``(code, probability)`` of the main language of ``text``; ``("und", 0.0)`` if none.

    Seeded from ``settings.SETTINGS.langdetect_seed``: repeated calls agree.
    """
    size = settings.SETTINGS.langdetect_chars
    window, share = _window(text, size)
    best = _best(_sample(window, share, size))
    read = size
    for factor in LONG_SAMPLE_FACTORS:
        if best is None or best[1] >= CONFIDENT:
            break
        longer = _sample(*_window(text, size * factor), size * factor)
        if len(longer) <= read:
            break  # the whole text was read already
        best, read = _best(longer), len(longer)
    if (
        best is not None
        and canonical_lang(best[0]) == "vi"
        and NAMES_ONLY_SHARE <= share < MIXED_SHARE
    ):
        best = _unless_mixed(window, size, best)
    if best is None:
        return UNDETERMINED, 0.0
    return canonical_lang(best[0]), round(best[1], 4)


def _window(text: str, size: int) -> tuple[str, float]:
    """The text a sample of ``size`` characters is cut from: the start of ``text`` with
    numbers, URLs and addresses out (a text that opens with a long figure still gives
    ``size`` of words), and the share of its words written with Vietnamese letters."""
    window = _NOISE.sub(" ", text[: size * _RAW_PER_SAMPLE])
    return window, _vietnamese_share(window)


def _sample(window: str, share: float, size: int) -> str:
    """The first ``size`` characters of ``window``, without its Vietnamese words when they
    are too few to be its language (names and terms machine translation left)."""
    return (_without_vietnamese(window) if 0 < share < NAMES_ONLY_SHARE else window)[:size]


def _unless_mixed(window: str, size: int, found: tuple[str, float]) -> tuple[str, float]:
    """``found`` (Vietnamese), unless the rest of ``window`` once its Vietnamese-lettered
    words are out reads confidently as another language: machine translation that left
    many terms untranslated (the caller checks their share is under ``MIXED_SHARE``). As
    for the first reading, a sample that is not confident is read again longer."""
    rest = _without_vietnamese(window)
    other = _best(rest[:size])
    if other is not None and other[1] < CONFIDENT and len(rest) > size:
        other = _best(rest[: size * LONG_SAMPLE_FACTOR])
    if other is None or canonical_lang(other[0]) == "vi" or other[1] < MIXED_CONFIDENT:
        return found
    return other


def _best(sample: str) -> tuple[str, float] | None:
    """langdetect's most probable language of ``sample`` and its probability, if any."""
    if not sample.strip():
        return None
    profiles = _profiles()
    profiles.seed = settings.SETTINGS.langdetect_seed
    detector = _VectorDetector(profiles)
    detector.append(sample)
    try:
        found = detector.get_probabilities()
    except LangDetectException:
        return None
    return (str(found[0].lang), float(found[0].prob)) if found else None
