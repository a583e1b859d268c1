"""The disk cache of compiled packs and language profiles: it only ever saves time."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import regex

from newsscores import cache, settings
from newsscores.engine import packs


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setattr(
        settings, "SETTINGS", dataclasses.replace(settings.SETTINGS, cache_dir=str(folder))
    )
    return folder


def test_store_then_load(cache_dir: Path) -> None:
    key = cache.cache_key("a", b"b")
    assert cache.load("thing", key) is None
    cache.store("thing", key, {"x": [1, 2]})
    assert cache.load("thing", key) == {"x": [1, 2]}
    assert list(cache_dir.iterdir()) == [cache_dir / f"thing-{key}.pickle"]


def test_key_depends_on_every_part() -> None:
    assert cache.cache_key("a", "b") != cache.cache_key("a", "c")
    assert cache.cache_key("ab", "") != cache.cache_key("a", "b")
    assert cache.cache_key("a", "b") == cache.cache_key("a", b"b")


def test_corrupt_entry_is_rebuilt_not_fatal(cache_dir: Path) -> None:
    key = cache.cache_key("corrupt")
    cache.store("thing", key, [1])
    path = cache.cache_path("thing", key)
    assert path is not None
    path.write_bytes(b"\x80\x05 not a pickle")
    assert cache.load("thing", key) is None


def test_off_when_cache_dir_is_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings, "SETTINGS", dataclasses.replace(settings.SETTINGS, cache_dir=""))
    cache.store("thing", "k", 1)
    assert cache.cache_path("thing", "k") is None
    assert cache.load("thing", "k") is None


def test_unwritable_cache_dir_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setattr(
        settings, "SETTINGS", dataclasses.replace(settings.SETTINGS, cache_dir=str(blocker / "x"))
    )
    cache.store("thing", "k", 1)  # no exception
    assert cache.load("thing", "k") is None


def test_cached_pack_equals_compiled_pack(cache_dir: Path) -> None:
    """A pack loaded from the cache finds what the freshly compiled one finds."""
    packs.clear_caches()
    try:
        fresh = packs.load_pack("en")
        assert fresh is not None
        assert any(p.name.startswith("pack-en-") for p in cache_dir.iterdir())
        packs.clear_caches()
        cached = packs.load_pack("en")
        assert cached is not None and cached is not fresh
        assert [p.id for p in cached.patterns] == [p.id for p in fresh.patterns]
        text = "bac ninh ranked first with 92.5 points, up 1.2 points"
        for a, b in zip(fresh.patterns, cached.patterns, strict=True):
            assert a.regex.pattern == b.regex.pattern and a.literals == b.literals
            assert isinstance(b.regex, regex.Pattern)
            assert [m.span() for m in a.regex.finditer(text)] == [
                m.span() for m in b.regex.finditer(text)
            ]
    finally:
        packs.clear_caches()


def test_changed_yaml_is_recompiled(cache_dir: Path, tmp_path: Path) -> None:
    """The key holds the YAML: an edited pack never loads the old compiled one."""
    root = tmp_path / "packs"
    folder = root / "xx"
    folder.mkdir(parents=True)
    (folder / "patterns.yaml").write_text(
        "patterns:\n  - {id: a, kind: score, re: 'alpha {NUM}'}\n"
    )
    packs.clear_caches()
    try:
        first = packs.load_pack("xx", root)
        assert first is not None and first.patterns[0].literals == {"alpha "}
        (folder / "patterns.yaml").write_text(
            "patterns:\n  - {id: a, kind: score, re: 'beta {NUM}'}\n"
        )
        packs.clear_caches()
        second = packs.load_pack("xx", root)
        assert second is not None and second.patterns[0].literals == {"beta "}
    finally:
        packs.clear_caches()


def test_a_cached_pack_of_another_code_version_is_recompiled(cache_dir: Path) -> None:
    """A pack pickled by code whose Pack had fewer fields (stored under this key by a
    process that ran the old code while the new was installed) is compiled again."""
    import pickle

    packs.clear_caches()
    try:
        fresh = packs.load_pack("en")
        assert fresh is not None
        entry = next(p for p in cache_dir.iterdir() if p.name.startswith("pack-en-"))
        stale = dataclasses.replace(fresh)
        del stale.__dict__["demonstratives"]  # as a Pack of the code before that field
        entry.write_bytes(pickle.dumps(stale))
        packs.clear_caches()
        again = packs.load_pack("en")
        assert again is not None
        # compiled regexes compare by identity once the regex module's cache has
        # evicted them: compare what they were compiled from
        assert [(rx.pattern, level) for rx, level in again.demonstratives] == [
            (rx.pattern, level) for rx, level in fresh.demonstratives
        ]
    finally:
        packs.clear_caches()
