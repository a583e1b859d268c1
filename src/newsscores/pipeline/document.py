"""One document: read, normalise, identify the language, extract, within a CPU budget.

Pure per-record work (no SQLite, picklable inputs and outputs): what ``ingest``'s
workers and the Spark job both run.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import logging
import signal
import threading
import traceback

from .. import engine as _extract
from .. import periods as _periods
from .. import settings
from ..engine.topic import names_index
from ..errors import (
    DocumentTimeout,
    EmptyInputError,
    InputError,
    PathInputError,
    TooLargeInputError,
)
from ..langid import canonical_lang, detect_language, is_supported
from ..models import Article, RawDocument, article_id
from ..normalize import normalize_line, normalize_text
from ..sources import parse
from .outcomes import ErrorInfo, Outcome

__all__ = [
    "NO_INDEX",
    "Task",
    "process_document",
    "extract_article",
    "error_outcome",
    "process_record",
    "document_budget",
    "run_task",
    "budgeted",
    "task_source",
    "warm_up",
]

#: The package's logger: unexpected failures are logged here with their traceback.
_LOG = logging.getLogger("newsscores")


#: The status of an article that names no governance index (and so has no facts).
NO_INDEX = "no_index"


def error_info(source: str, stage: str, exc: BaseException) -> ErrorInfo:
    if isinstance(exc, InputError):
        return ErrorInfo(source, stage, exc.reason, str(exc))
    reason = f"internal:{type(exc).__name__}"
    _LOG.warning("%s: %s failed", source, stage, exc_info=exc)
    return ErrorInfo(
        source, stage, reason, f"{source}: {type(exc).__name__}: {exc}", traceback_of(exc)
    )


def traceback_of(exc: BaseException) -> str:
    """The traceback of ``exc`` as text, kept in the errors table."""
    return "".join(traceback.format_exception(exc))


def error_outcome(error: InputError) -> Outcome:
    """The outcome of an input that a reader could not turn into a document (stage
    ``input`` for a path that is no input at all, else ``read``)."""
    stage = "input" if isinstance(error, PathInputError) else "read"
    return Outcome(error.source, errors=[error_info(error.source, stage, error)])


def process_document(raw: RawDocument, lang: str | None = None) -> Outcome:
    """Read, normalise, identify the language of, and extract one document.

    Never raises: a failure becomes an :class:`Outcome` with an error naming the input.
    """
    source = raw.source_path
    try:
        parsed = parse(raw)
        text = normalize_text(parsed.text)
        if not text:
            raise EmptyInputError(source, "no text after normalisation")
        if len(text) > settings.SETTINGS.max_text_chars:
            raise TooLargeInputError(
                source, f"{len(text)} characters, over the {settings.SETTINGS.max_text_chars} limit"
            )
        if lang:
            code, prob, how = canonical_lang(lang), None, "override"
        else:
            code, prob = detect_language(text)
            how = "detected"
        indexed = is_supported(code) and names_index(text)
        # a page's date is searched for in its free text only when it may hold facts
        parsed = parsed.dated(extensive=indexed)
        article = Article(
            id=article_id(text),
            url=parsed.url,
            source_path=source,
            lang=code,
            lang_prob=prob,
            lang_source=how,  # type: ignore[arg-type]
            title=normalize_line(parsed.title) if parsed.title else None,
            published=parsed.published,
            text=text,
        )
    except Exception as exc:
        return Outcome(source, errors=[error_info(source, "read", exc)])
    return extract_article(article, indexed=indexed)


def extract_article(
    article: Article, reextract: bool = False, indexed: bool | None = None
) -> Outcome:
    """Facts of a normalised article, with periods and article id; errors recorded.

    An unsupported language gives no facts and status ``unsupported_language:<lang>``;
    an extractor failure keeps the article (status ``extract_error``) and records why.
    ``indexed`` is the topic gate's verdict when the caller has it already.
    """
    out = Outcome(article.source_path, article=article, reextract=reextract)
    if not is_supported(article.lang):
        out.status = f"unsupported_language:{article.lang}"
        return out
    if not (names_index(article.text) if indexed is None else indexed):
        # SCHEMA.md: an article that names no governance index yields no facts
        out.status = NO_INDEX
        return out
    try:
        facts = _extract.extract_facts(article.text, article.lang, article.url)
        facts = _periods.assign_periods(article, facts)
    except Exception as exc:
        _LOG.warning("%s: extraction failed", article.source_path, exc_info=exc)
        out.status = "extract_error"
        out.errors.append(
            ErrorInfo(
                article.source_path,
                "extract",
                "extract_failed",
                f"{article.source_path}: extraction failed: {type(exc).__name__}: {exc}",
                traceback_of(exc),
            )
        )
        return out
    for fact in facts:
        if fact.end > len(article.text) or not article.text[fact.start : fact.end].strip():
            out.errors.append(
                ErrorInfo(
                    article.source_path,
                    "extract",
                    "invalid_fact",
                    f"{article.source_path}: fact span {fact.start}-{fact.end} is not in the text",
                )
            )
            continue
        out.facts.append(fact.model_copy(update={"article_id": article.id}))
    return out


# ----------------------------------------------------------------- tasks


#: A unit of work: a document to process, a stored article to re-extract, or an
#: outcome already known (an input error) that only needs writing.
Task = RawDocument | Article | Outcome


def run_task(task: Task, lang: str | None) -> Outcome:
    if isinstance(task, Outcome):
        return task
    if isinstance(task, Article):
        return extract_article(task, reextract=True)
    return process_document(task, lang)


def task_source(task: Task) -> str:
    return task.source_path


def task_size(task: Task) -> int:
    if isinstance(task, RawDocument):
        return len(task.content)
    if isinstance(task, Article):
        return len(task.text)
    return 0


#: The budget is ``document_seconds`` per started block of this many input bytes.
_BUDGET_BLOCK = 100_000
#: A worker is killed when a document runs this many times its budget in wall-clock
#: time (plus the slack below): its CPU timer could not stop it (stuck in C code).
HARD_FACTOR = 3.0
HARD_SLACK = 10.0


def document_budget(size: int, seconds_per_block: float | None = None) -> float:
    """CPU seconds a document of ``size`` bytes may take (0: no budget)."""
    per = settings.SETTINGS.document_seconds if seconds_per_block is None else seconds_per_block
    return per * max(1.0, size / _BUDGET_BLOCK)


def timeout_outcome(task: Task, exc: DocumentTimeout) -> Outcome:
    source = task_source(task)
    reextract = isinstance(task, Article)
    return Outcome(
        source,
        errors=[ErrorInfo(source, "read", DocumentTimeout.reason, str(exc))],
        status="timeout",
        reextract=reextract,
    )


def budgeted(task: Task, lang: str | None) -> Outcome:
    """``run_task`` within the document's CPU budget: past it, a ``timeout`` outcome.

    The budget is a CPU-time timer (``ITIMER_PROF``), so a busy machine does not
    make a document late; it is only armed in a main thread (signals need one)."""
    if isinstance(task, Outcome):
        return task
    budget = document_budget(task_size(task))
    if budget <= 0 or threading.current_thread() is not threading.main_thread():
        return run_task(task, lang)
    source = task_source(task)

    def expired(_signum: int, _frame: object) -> None:
        raise DocumentTimeout(source, budget)

    previous = signal.signal(signal.SIGPROF, expired)
    try:
        try:
            signal.setitimer(signal.ITIMER_PROF, budget)
            return run_task(task, lang)
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0)
            signal.signal(signal.SIGPROF, previous)
    except DocumentTimeout as exc:
        return timeout_outcome(task, exc)


def process_record(item: RawDocument | InputError, lang: str | None = None) -> Outcome:
    """One record of an input as ``ingest`` handles it, for other runners (the Spark
    job): a reader's error as :func:`error_outcome`, a document as
    :func:`process_document` within its CPU budget."""
    if isinstance(item, InputError):
        return error_outcome(item)
    return budgeted(item, lang)


def warm_up() -> None:
    """Load once what every document needs (rule packs, the topic gate, the unit
    gazetteer, language profiles), before the first document's CPU budget starts and
    before workers fork, so that they share it instead of each building it.
    Best effort: a failure here shows again, recorded, on the document that meets it."""
    with contextlib.suppress(Exception):
        names_index("")
        detect_language("warm up")
        from ..engine.packs import available_langs

        for lang in available_langs():
            _extract.extract_facts("1", lang, None, require_index=False)
    _freeze_once()


@functools.cache
def _freeze_once() -> None:
    """Move what is loaded by now out of the cyclic collector's sight, once a process:
    it lives as long as the process, and the full collections trafilatura's many
    objects trigger would walk the packs, the gazetteer and spaCy's vocabulary again
    and again (GC time 0.73 -> 0.47 s over 300 archive pages)."""
    gc.freeze()
