"""Records per second of ``spark-ingest`` (Spark local mode) beside ``ingest --workers``.

Builds (once) a WARC of N pages with ``bench/corpus.py``, splits it into P WARCs of
about N/P pages (Spark gives each file to one task, as cc-pyspark does), then times
as separate processes, each into a fresh output:

- ``ingest pages.warc.gz --workers K``
- ``spark-ingest`` of the one WARC (one task: one core works)
- ``spark-ingest`` of the P parts (``--partitions P``)
- ``spark-ingest`` of a 1-page WARC: the fixed cost (JVM, Python workers, rule packs)

    .venv/bin/python bench/spark.py --n 600 --parts 4 --master "local[2]" --workers 2

Prints wall seconds and records (pages) per second; not a test.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.warcwriter import WARCWriter

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))


def ensure_corpus(n: int, work: Path) -> Path:
    """``pages.warc.gz`` of ``n`` pages (built by bench/corpus.py if missing)."""
    folder = work / str(n)
    if not (folder / "done").exists():
        import corpus

        shutil.rmtree(folder, ignore_errors=True)
        print(f"building {n} pages in {folder} ...", file=sys.stderr)
        corpus.write(n, folder)
        (folder / "done").write_text("ok\n")
    return folder / "pages.warc.gz"


def split(warc: Path, parts: int, out: Path, limit: int | None = None) -> list[Path]:
    """The request/response pairs of ``warc`` dealt round-robin into ``parts`` files
    (the first ``limit`` pages only, if given)."""
    out.mkdir(parents=True, exist_ok=True)
    paths = [out / f"part-{i:03d}.warc.gz" for i in range(parts)]
    streams = [p.open("wb") for p in paths]
    writers = [WARCWriter(s, gzip=True) for s in streams]
    page = 0
    with warc.open("rb") as fh:
        for record in ArchiveIterator(fh):
            if record.rec_type == "response":
                if limit is not None and page >= limit:
                    break
                writers[page % parts].write_record(record)
                page += 1
    for s in streams:
        s.close()
    return paths


_TICK = os.sysconf("SC_CLK_TCK")


def _tree_cpu(root: int, seen: dict[int, float]) -> None:
    """Record in ``seen`` the CPU seconds so far of ``root`` and its descendants
    (from ``/proc``; a process keeps the last value read before it ended)."""
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry)] = int(fields[1])
        times[int(entry)] = (int(fields[11]) + int(fields[12])) / _TICK
    tree = {root}
    grew = True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in tree and pid not in tree:
                tree.add(pid)
                grew = True
    for pid in tree:
        if pid in times:
            seen[pid] = times[pid]


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Wall seconds of ``command``, the CPU seconds of it and every process it starts
    (the JVM and Spark's Python workers included; sampled from /proc every 0.2 s), and
    the last line it printed. CPU seconds hardly change when other programs share
    the cores, wall seconds do."""
    start = time.perf_counter()
    seen: dict[int, float] = {}
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    ) as process:
        stop = threading.Event()

        def sample() -> None:
            while not stop.wait(0.2):
                _tree_cpu(process.pid, seen)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        out, err = process.communicate()
        stop.set()
        sampler.join()
    seconds = time.perf_counter() - start
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{err[-2000:]}")
    lines = out.strip().splitlines()
    return seconds, sum(seen.values()), lines[-1] if lines else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=600, help="pages in the WARC")
    parser.add_argument("--parts", type=int, default=4, help="WARCs the pages are split into")
    parser.add_argument("--master", default="local[2]", help="Spark master")
    parser.add_argument("--workers", type=int, default=2, help="ingest --workers")
    parser.add_argument("--work", type=Path, default=BENCH / "_corpus", help="corpus folder")
    args = parser.parse_args()

    warc = ensure_corpus(args.n, args.work)
    cli = str(Path(sys.executable).parent / "newsscores")
    env = {
        **os.environ,
        "PYSPARK_PYTHON": sys.executable,
        "PYSPARK_DRIVER_PYTHON": sys.executable,
        "SPARK_LOCAL_IP": "127.0.0.1",
    }
    rows: list[tuple[str, int, float, float, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        parts = split(warc, args.parts, work / "parts")
        (one,) = split(warc, 1, work / "one", limit=1)
        manifests = {
            "whole": [warc],
            "parts": parts,
            "one": [one],
        }
        for name, files in manifests.items():
            (work / f"{name}.txt").write_text("".join(f"{f}\n" for f in files))

        def spark(name: str, n: int, label: str, extra: list[str]) -> None:
            out = work / f"out-{name}"
            command = [cli, "spark-ingest", str(work / f"{name}.txt"), "--out", str(out)]
            seconds, cpu, line = timed([*command, "--master", args.master, *extra], env)
            rows.append((label, n, seconds, cpu, line))

        def ingest(name: str, path: Path, n: int, label: str) -> None:
            command = [cli, "ingest", str(path), "--db", str(work / f"{name}.db"), "-q"]
            seconds, cpu, line = timed([*command, "--workers", str(args.workers)], env)
            rows.append((label, n, seconds, cpu, line))

        ingest("one", one, 1, f"ingest --workers {args.workers}, 1 page (fixed cost)")
        ingest("whole", warc, args.n, f"ingest --workers {args.workers}, 1 WARC")
        spark("one", 1, f"spark-ingest {args.master}, 1 page (fixed cost)", [])
        spark("whole", args.n, f"spark-ingest {args.master}, 1 WARC", [])
        spark(
            "parts",
            args.n,
            f"spark-ingest {args.master}, {args.parts} WARCs",
            ["--partitions", str(args.parts)],
        )
    head = ("pages", "seconds", "pages/s", "steady", "CPU s", "CPU ms/page")
    print(f"{'run':<44}" + "".join(f"{h:>12}" for h in head))
    fixed: dict[str, tuple[float, float]] = {}
    for label, n, seconds, cpu, _ in rows:
        tool = label.split()[0]
        steady = per_page = ""
        if n == 1:
            fixed[tool] = (seconds, cpu)
        elif tool in fixed and seconds > fixed[tool][0]:
            steady = f"{(n - 1) / (seconds - fixed[tool][0]):.1f}"
            per_page = f"{1000 * (cpu - fixed[tool][1]) / (n - 1):.0f}"
        cells = (str(n), f"{seconds:.1f}", f"{n / seconds:.1f}", steady, f"{cpu:.1f}", per_page)
        print(f"{label:<44}" + "".join(f"{c:>12}" for c in cells))
    print("steady: (pages - 1) / (seconds - fixed cost); CPU ms/page: the same on CPU time")
    for label, *_, line in rows:
        print(f"  {label}: {line}")


if __name__ == "__main__":
    main()
