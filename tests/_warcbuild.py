"""The WARC fixture builder (tests/fixtures/warc/build.py), loaded once for the tests
that build damaged or sample archives."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

FIXTURES = Path(__file__).parent / "fixtures" / "warc"


def _load_builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("warc_build", FIXTURES / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = _load_builder()
