"""Language identification: langdetect, seeded so that the same text always gets the
same answer, with Norwegian Bokmål and Nynorsk reported as ``no``.

The detector's profiles load once per process (on first use), not once per article.
"""

from __future__ import annotations

import re

from langdetect import DetectorFactory
from langdetect.detector_factory import init_factory
from langdetect.lang_detect_exception import LangDetectException

from . import settings

__all__ = ["detect_language", "canonical_lang", "is_supported", "UNDETERMINED"]

#: The code stored when no language can be told (no letters, too little text).
UNDETERMINED = "und"

_ALIASES = {"nb": "no", "nn": "no", "zh-cn": "zh", "zh-tw": "zh"}
_NOISE = re.compile(r"https?://\S+|\S+@\S+|\d+(?:[.,]\d+)*")


def canonical_lang(code: str) -> str:
    """The ISO 639-1 code newsscores stores for ``code`` (``nb``/``nn`` → ``no``)."""
    code = code.strip().lower().replace("_", "-")
    return _ALIASES.get(code, code.split("-")[0])


def is_supported(lang: str) -> bool:
    """Whether an extractor rule pack exists for ``lang``: the supported languages are
    the packs found (``$NEWSSCORES_EXTRACTORS`` or the shipped ``extractors``)."""
    from .extract.packs import available_langs

    return lang in available_langs()


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
    detector = factory.create()
    detector.append(sample)
    try:
        best = detector.get_probabilities()
    except LangDetectException:
        return UNDETERMINED, 0.0
    if not best:
        return UNDETERMINED, 0.0
    return canonical_lang(best[0].lang), round(float(best[0].prob), 4)
