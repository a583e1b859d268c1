"""Settings from NEWSSCORES_* variables: good values applied, malformed ones named."""

from __future__ import annotations

import pytest

from newsscores.settings import Settings, read_env


def test_values_are_applied() -> None:
    settings, problems = read_env(
        Settings, {"NEWSSCORES_BATCH_SIZE": " 7 ", "NEWSSCORES_DOCUMENT_SECONDS": "0.5"}
    )
    assert (settings.batch_size, settings.document_seconds, problems) == (7, 0.5, [])


@pytest.mark.parametrize(
    ("variable", "value", "words"),
    [
        ("NEWSSCORES_BATCH_SIZE", "x", "is not an integer"),
        ("NEWSSCORES_BATCH_SIZE", "0", "must be at least 1"),
        ("NEWSSCORES_WORKERS", "-2", "must be at least 1"),
        ("NEWSSCORES_CRAWL_DELAY", "nan", "is not a finite number"),
        ("NEWSSCORES_DOCUMENT_SECONDS", "-1", "must be at least 0"),
        ("NEWSSCORES_DOCUMENT_SECONDS", "fast", "is not a number"),
    ],
)
def test_malformed_values_keep_the_default_and_are_named(
    variable: str, value: str, words: str
) -> None:
    settings, problems = read_env(Settings, {variable: value})
    assert settings == Settings()
    assert problems == [f"{variable}={value!r} {words}"]
