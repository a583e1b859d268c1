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
import re
from typing import Any

import numpy as np
from langdetect import DetectorFactory
from langdetect.detector import Detector
from langdetect.detector_factory import init_factory
from langdetect.lang_detect_exception import ErrorCode, LangDetectException

from . import settings

__all__ = ["detect_language", "canonical_lang", "is_supported", "UNDETERMINED"]

#: The code stored when no language can be told (no letters, too little text).
UNDETERMINED = "und"

_ALIASES = {"nb": "no", "nn": "no", "zh-cn": "zh", "zh-tw": "zh"}
_NOISE = re.compile(r"https?://\S+|\S+@\S+|\d+(?:[.,]\d+)*")


#: n-gram probability vectors kept as arrays (a few MB); the profiles hold ~170,000
NGRAM_CACHE = 16_384


class _VectorDetector(Detector):  # type: ignore[misc]
    """langdetect's detector with its per-language loops done by numpy, bit for bit."""

    def __init__(self, factory: Any) -> None:
        super().__init__(factory)
        self._vector = _vectors(factory)

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

    def _detect_block(self) -> None:
        # langdetect's _detect_block with the n-gram vectors looked up once and
        # random.choice(ngrams) spelled out (ngrams[randbelow(len)]: the same draws)
        self.cleaning_text()
        ngrams = self._extract_ngrams()
        if not ngrams:
            raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
        rows = [self._vector(w) for w in ngrams]
        count = len(rows)
        draw = self.random._randbelow
        total = np.zeros(len(self.langlist), dtype=np.float64)
        self.random.seed(self.seed)
        for _trial in range(self.n_trial):
            prob = self._init_probability()
            alpha = self.alpha + self.random.gauss(0.0, 1.0) * self.ALPHA_WIDTH
            weight = alpha / self.BASE_FREQ
            i = 0
            while True:
                prob *= weight + rows[draw(count)]
                if i % 5 == 0 and (
                    self._normalize_prob(prob) > self.CONV_THRESHOLD or i >= self.ITERATION_LIMIT
                ):
                    break
                i += 1
            total += prob / self.n_trial
        self.langprob = total.tolist()

    def _normalize_prob(self, prob: Any) -> float:
        # langdetect: sump = sum(prob) (left to right), prob[i] /= sump, the largest
        sump = np.cumsum(prob)[-1]
        np.divide(prob, sump, out=prob)
        return float(prob.max())


@functools.cache
def _vectors(factory: Any) -> Any:
    """The word → probability-array lookup of a loaded factory (bounded cache)."""
    table = factory.word_lang_prob_map

    @functools.lru_cache(maxsize=NGRAM_CACHE)
    def vector(word: str) -> Any:
        return np.array(table[word], dtype=np.float64)

    return vector


def canonical_lang(code: str) -> str:
    """The ISO 639-1 code newsscores stores for ``code`` (``nb``/``nn`` → ``no``)."""
    code = code.strip().lower().replace("_", "-")
    return _ALIASES.get(code, code.split("-")[0])


def is_supported(lang: str) -> bool:
    """Whether an extractor rule pack exists for ``lang``."""
    return lang in settings.SUPPORTED_LANGS


def detect_language(text: str) -> tuple[str, float]:
    """``(code, probability)`` of the main language of ``text``; ``("und", 0.0)`` if none.

    Seeded from ``settings.SETTINGS.langdetect_seed``: repeated calls agree.
    """
    sample = _NOISE.sub(" ", text[: settings.SETTINGS.langdetect_chars])
    if not sample.strip():
        return UNDETERMINED, 0.0
    DetectorFactory.seed = settings.SETTINGS.langdetect_seed
    init_factory()
    from langdetect import detector_factory

    factory = detector_factory._factory
    assert factory is not None
    detector = _VectorDetector(factory)
    detector.append(sample)
    try:
        best = detector.get_probabilities()
    except LangDetectException:
        return UNDETERMINED, 0.0
    if not best:
        return UNDETERMINED, 0.0
    return canonical_lang(best[0].lang), round(float(best[0].prob), 4)
