"""The wheel ships the rule packs: an installed newsscores extracts without the source tree."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("newsscores-*.whl")
    return built


def test_wheel_contains_every_pack(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    packs = [p for p in (ROOT / "extractors").iterdir() if p.is_dir()]
    assert {p.name for p in packs} >= {"common", "en", "fr", "no", "vi"}
    for pack in packs:
        for yaml_file in pack.glob("*.yaml"):
            assert f"newsscores/extractors/{pack.name}/{yaml_file.name}" in names


def test_installed_wheel_extracts_outside_the_source_tree(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-index",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    code = (
        "from newsscores.extract.packs import packs_dir; import newsscores;"
        "print(packs_dir());"
        "print([f.unit_key for f in newsscores.extract('Chỉ số PCI: tỉnh Lào Cai đạt 90,12 điểm.', lang='vi')])"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    run = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    shipped, keys = run.stdout.splitlines()
    assert Path(shipped).is_relative_to(target)
    assert keys == "['lao_cai']"
