"""Benchmark: articles per second and peak memory of each stage, for N pages.

For each N it builds (once) a corpus of N pages with ``bench/corpus.py``, then runs
each measurement in its own process and prints one table:

- ``trafilatura``: ``trafilatura.bare_extraction`` on the N HTML files, with the
  arguments ``newsscores`` uses; nothing else.
- ``langdetect``: seeded ``langdetect.detect_langs`` on the N article texts.
- ``ingest xK``: ``newsscores ingest pages.warc.gz --workers K`` end to end (a new
  database each time), K = 1 and K = all cores.

Time is the wall time of the whole process (interpreter start and imports
included, the same for every row). Peak memory is the largest sum of PSS
(proportional set size, so pages shared by forked workers count once) over the
process and all its descendants, sampled every 0.1 s from ``/proc`` (Linux).

    .venv/bin/python bench/run.py --sizes 1000,10000
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
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

# The arguments newsscores.sources.html.extract_main passes to trafilatura.
TRAFILATURA_ARGS = {
    "with_metadata": True,
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
}


# -- children: the measured work, one per process ---------------------------------


def child_trafilatura(folder: Path) -> int:
    """Extract every HTML file of ``folder``; returns how many gave text."""
    import logging

    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    done = 0
    for path in sorted(folder.glob("*.html")):
        doc = trafilatura.bare_extraction(path.read_text(encoding="utf-8"), **TRAFILATURA_ARGS)
        done += bool(doc is not None and doc.text)
    return done


def child_langdetect(n: int) -> int:
    """Detect the language of the N article texts; returns how many were detected."""
    import corpus
    from langdetect import DetectorFactory, detect_langs

    DetectorFactory.seed = 0
    articles = corpus.load_articles()
    done = 0
    for i in range(n):
        article = articles[i % len(articles)]
        text = "\n".join([article.title, *article.paragraphs, f"Ref. {i:06d}."])
        done += bool(detect_langs(text))
    return done


# -- parent: build, run, sample memory, print -------------------------------------


def _tree(root: int) -> list[int]:
    """``root`` and every live descendant, from ``/proc/*/stat``."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def _pss_kb(pid: int) -> int:
    """Proportional set size of one process in kB (RSS if PSS is unavailable)."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    try:
        return (
            int(Path(f"/proc/{pid}/statm").read_text().split()[1])
            * os.sysconf("SC_PAGESIZE")
            // 1024
        )
    except OSError:
        return 0


@dataclass
class Result:
    """One row of the table."""

    n: int
    stage: str
    seconds: float
    peak_mb: float
    done: str

    @property
    def rate(self) -> float:
        return self.n / self.seconds


def run_measured(command: list[str], cwd: Path = ROOT) -> tuple[float, float, str]:
    """Wall seconds, peak tree PSS in MB, and stdout of ``command``."""
    peak = 0
    start = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, sum(_pss_kb(pid) for pid in _tree(process.pid)))
            stop.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = process.communicate()
    seconds = time.perf_counter() - start
    stop.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{err[-2000:]}")
    return seconds, peak / 1024, out.strip()


def ensure_corpus(n: int, work: Path) -> Path:
    """The corpus folder for ``n`` pages, built if missing."""
    folder = work / str(n)
    if not (folder / "done").exists():
        import corpus

        shutil.rmtree(folder, ignore_errors=True)
        print(f"building {n} pages in {folder} ...", file=sys.stderr)
        corpus.write(n, folder)
        (folder / "done").write_text("ok\n")
    return folder


def measure(n: int, folder: Path, workers: list[int]) -> list[Result]:
    """Every row for one corpus size."""
    me = [sys.executable, str(Path(__file__).resolve())]
    rows = []
    seconds, peak, out = run_measured([*me, "--child", "trafilatura", str(folder / "html")])
    rows.append(Result(n, "trafilatura alone", seconds, peak, out))
    seconds, peak, out = run_measured([*me, "--child", "langdetect", str(n)])
    rows.append(Result(n, "langdetect alone", seconds, peak, out))
    cli = str(Path(sys.executable).parent / "newsscores")
    for k in workers:
        with tempfile.TemporaryDirectory() as tmp:
            command = [cli, "ingest", str(folder / "pages.warc.gz"), "--db", f"{tmp}/b.db"]
            seconds, peak, out = run_measured([*command, "--workers", str(k), "-q"])
        summary = out.splitlines()[-1] if out else ""
        rows.append(
            Result(n, f"ingest WARC, {k} worker{'s' if k > 1 else ''}", seconds, peak, summary)
        )
    for row in rows:
        print(
            f"  {row.stage}: {row.seconds:.1f}s, {row.peak_mb:.0f} MB ({row.done})", file=sys.stderr
        )
    return rows


def report(rows: list[Result], workers: list[int]) -> None:
    """The table, then each target with its measured figure."""
    print(f"{'N':>6}  {'stage':<24}{'seconds':>9}{'articles/s':>12}{'peak MB':>9}")
    for row in rows:
        print(f"{row.n:>6}  {row.stage:<24}{row.seconds:>9.1f}{row.rate:>12.1f}{row.peak_mb:>9.0f}")
    print()
    by = {(r.n, r.stage): r for r in rows}
    sizes = sorted({r.n for r in rows})
    one = "ingest WARC, 1 worker"
    many = f"ingest WARC, {max(workers)} workers"
    for n in sizes:
        ratio = by[(n, one)].seconds / by[(n, "trafilatura alone")].seconds
        print(
            f"N={n}: ingest x1 / trafilatura alone = {ratio:.2f} (target <= 1.5)"
            f" {'OK' if ratio <= 1.5 else 'MISSED'}"
        )
        if max(workers) > 1 and (n, many) in by:
            speedup = by[(n, many)].rate / by[(n, one)].rate
            print(
                f"N={n}: ingest x{max(workers)} / x1 throughput = {speedup:.2f}"
                f" (target >= 1.8 for 2 workers) {'OK' if speedup >= 1.8 else 'MISSED'}"
            )
    if len(sizes) > 1:
        small, large = sizes[0], sizes[-1]
        for stage in [one, many]:
            if (small, stage) in by and (large, stage) in by:
                growth = by[(large, stage)].peak_mb / by[(small, stage)].peak_mb
                print(
                    f"{stage}: peak memory N={large} / N={small} = {growth:.2f}"
                    f" (target <= 1.10) {'OK' if growth <= 1.10 else 'MISSED'}"
                )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated page counts")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="'all' workers")
    parser.add_argument("--work", type=Path, default=BENCH / "_corpus", help="corpus folder")
    parser.add_argument("--child", nargs=2, metavar=("STAGE", "ARG"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        stage, arg = args.child
        done = (
            child_trafilatura(Path(arg)) if stage == "trafilatura" else child_langdetect(int(arg))
        )
        print(f"{done} articles")
        return
    workers = sorted({1, args.workers})
    print(f"cpus: {os.cpu_count()}, python {sys.version.split()[0]}", file=sys.stderr)
    rows: list[Result] = []
    for n in (int(s) for s in args.sizes.split(",")):
        rows.extend(measure(n, ensure_corpus(n, args.work), workers))
    report(rows, workers)


if __name__ == "__main__":
    main()
