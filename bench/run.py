"""Benchmark: what newsscores costs on top of trafilatura, on two mixes of N pages.

For each mix and N it builds (once) a corpus with ``bench/corpus.py`` (``dense``:
index articles in page templates plus real pages; ``archive``: real off-topic news
in the same templates plus real pages; generated stand-ins without ``../shared``,
and it says so), then runs each measurement in its own process and prints one table:

- ``trafilatura.extract alone``: ``trafilatura.extract`` with its defaults (main
  text only) on the N HTML files; nothing else. The floor issue 11 measures against.
- ``trafilatura + metadata``: ``trafilatura.bare_extraction(with_metadata=True)``
  (text, title, date, URL, but also authors, tags, site name, licence): what
  newsscores called until it read only title, URL and date itself; kept so that
  figures before and after that change can be compared.
- ``ingest WARC, K workers``: ``newsscores ingest pages.warc.gz --workers K`` end to
  end (a new database each time), K = 1 and K = all cores.

It then prints ingest x1 / trafilatura.extract alone for each mix (targets: dense <= 1.25,
archive <= 1.15), the K-worker speedup (dense: >= 1.9 for 2 workers) and, for a mix
run at several sizes, the growth of peak memory (<= 1.10), with the load average.

Time is the wall time of the whole process (interpreter start and imports
included, the same for every row). Peak memory is the largest sum of PSS
(proportional set size, so pages shared by forked workers count once) over the
process and all its descendants, sampled every 0.5 s from ``/proc`` (Linux).

    .venv/bin/python bench/run.py --sizes 1000,10000 --archive-sizes 1000
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
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

# The arguments newsscores.sources.html.extract_main passed to trafilatura until it
# stopped asking for every metadata field (the ``trafilatura + metadata`` row).
TRAFILATURA_ARGS = {
    "with_metadata": True,
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
}


# -- children: the measured work, one per process ---------------------------------


def child_trafilatura(folder: Path, metadata: bool) -> int:
    """Extract every HTML file of ``folder`` (``trafilatura.extract`` with its
    defaults, or with every metadata field); returns how many gave text."""
    import logging

    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    done = 0
    for path in sorted(folder.glob("*.html")):
        if metadata:
            doc = trafilatura.bare_extraction(path.read_bytes(), **TRAFILATURA_ARGS)
            done += bool(doc is not None and doc.text)
        else:
            done += bool(trafilatura.extract(path.read_bytes()))
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

    mix: str
    n: int
    stage: str
    seconds: float
    peak_mb: float
    done: str
    #: which of the ``--repeat`` rounds measured it (0-based)
    round: int = 0

    @property
    def rate(self) -> float:
        return self.n / self.seconds


#: How often the process tree's memory is sampled: each sample reads /proc (a few
#: ms of CPU), which two busy workers on two cores would feel at 0.1 s.
SAMPLE_SECONDS = 0.5


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
            stop.wait(SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = process.communicate()
    seconds = time.perf_counter() - start
    stop.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{err[-2000:]}")
    return seconds, peak / 1024, out.strip()


def ensure_corpus(mix: str, n: int, work: Path) -> Path:
    """The corpus folder for ``n`` pages of ``mix``, built if missing or if what it
    would be made of changed (``../shared`` appeared or went away)."""
    import corpus

    sources = corpus.load_sources(mix)
    print(sources.describe(), file=sys.stderr)
    folder = work / f"{mix}-{n}"
    done = folder / "done"
    if not done.exists() or done.read_text() != sources.describe() + "\n":
        shutil.rmtree(folder, ignore_errors=True)
        print(f"building {n} {mix} pages in {folder} ...", file=sys.stderr)
        corpus.write(n, folder, mix, sources)
        done.write_text(sources.describe() + "\n")
    return folder


def measure(mix: str, n: int, folder: Path, workers: list[int], rnd: int = 0) -> list[Result]:
    """Every row for one mix and corpus size (one round: the stages one after another)."""
    me = [sys.executable, str(Path(__file__).resolve())]
    rows = []
    for stage, child in [(FLOOR, "extract"), (METADATA, "metadata")]:
        seconds, peak, out = run_measured([*me, "--child", child, str(folder / "html")])
        rows.append(Result(mix, n, stage, seconds, peak, out, rnd))
    cli = str(Path(sys.executable).parent / "newsscores")
    for k in workers:
        with tempfile.TemporaryDirectory() as tmp:
            command = [cli, "ingest", str(folder / "pages.warc.gz"), "--db", f"{tmp}/b.db"]
            seconds, peak, out = run_measured([*command, "--workers", str(k), "-q"])
        summary = out.splitlines()[-1] if out else ""
        rows.append(Result(mix, n, _ingest(k), seconds, peak, summary, rnd))
    for row in rows:
        print(
            f"  {mix} {n} {row.stage}: {row.seconds:.1f}s, {row.peak_mb:.0f} MB ({row.done})",
            file=sys.stderr,
        )
    return rows


def _ingest(k: int) -> str:
    return f"ingest WARC, {k} worker{'s' if k > 1 else ''}"


#: The rows of the two trafilatura baselines; the targets are ratios to the first.
FLOOR = "trafilatura.extract alone"
METADATA = "trafilatura + metadata"

#: Targets of issue 11: ingest x1 / trafilatura.extract alone, per mix; x2 / x1 on dense.
RATIO_TARGET = {"dense": 1.25, "archive": 1.15}
SPEEDUP_TARGET = 1.9
MEMORY_TARGET = 1.10


def _verdict(ok: bool) -> str:
    return "OK" if ok else "MISSED"


def _median(values: list[float]) -> float:
    return statistics.median(values)


def _spread(values: list[float]) -> str:
    """`` (min-max over R rounds)`` when there are several rounds."""
    return f" (rounds: {min(values):.2f}-{max(values):.2f})" if len(values) > 1 else ""


def report(rows: list[Result], workers: list[int]) -> None:
    """The table (median seconds, largest peak over the rounds), then each target with
    its measured figure: the median of the ratios each round gave."""
    print(f"{'mix':<8}{'N':>6}  {'stage':<26}{'seconds':>9}{'articles/s':>12}{'peak MB':>9}")
    by: dict[tuple[str, int, str], Result] = {}
    for key in dict.fromkeys((r.mix, r.n, r.stage) for r in rows):
        same = [r for r in rows if (r.mix, r.n, r.stage) == key]
        row = Result(*key, _median([r.seconds for r in same]), max(r.peak_mb for r in same), "")
        by[key] = row
        print(
            f"{row.mix:<8}{row.n:>6}  {row.stage:<26}{row.seconds:>9.1f}"
            f"{row.rate:>12.1f}{row.peak_mb:>9.0f}"
        )
    print()
    rounds = sorted({r.round for r in rows})
    each = {(r.mix, r.n, r.stage, r.round): r for r in rows}
    one, many = _ingest(1), _ingest(max(workers))
    for mix, n in dict.fromkeys((r.mix, r.n) for r in rows):
        for base in [FLOOR, METADATA]:
            ratios = [
                each[(mix, n, one, i)].seconds / each[(mix, n, base, i)].seconds for i in rounds
            ]
            ratio = _median(ratios)
            target = RATIO_TARGET[mix]
            verdict = f"(target <= {target}) {_verdict(ratio <= target)}"
            print(
                f"{mix} N={n}: ingest x1 / {base} = {ratio:.2f}{_spread(ratios)}"
                f" {verdict if base == FLOOR else '(no target)'}"
            )
        if max(workers) > 1 and (mix, n, many) in by:
            speedups = [
                each[(mix, n, one, i)].seconds / each[(mix, n, many, i)].seconds for i in rounds
            ]
            speedup = _median(speedups)
            goal = f"(target >= {SPEEDUP_TARGET}) {_verdict(speedup >= SPEEDUP_TARGET)}"
            print(
                f"{mix} N={n}: ingest x{max(workers)} / x1 throughput = {speedup:.2f}"
                f"{_spread(speedups)} {goal if mix == 'dense' else '(no target)'}"
            )
    for mix in dict.fromkeys(r.mix for r in rows):
        sizes = sorted({r.n for r in rows if r.mix == mix})
        if len(sizes) < 2:
            continue
        small, large = sizes[0], sizes[-1]
        for stage in [one, many]:
            if (mix, small, stage) in by and (mix, large, stage) in by:
                growth = by[(mix, large, stage)].peak_mb / by[(mix, small, stage)].peak_mb
                print(
                    f"{mix} {stage}: peak memory N={large} / N={small} = {growth:.2f}"
                    f" (target <= {MEMORY_TARGET:.2f}) {_verdict(growth <= MEMORY_TARGET)}"
                )


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="dense mix: page counts")
    parser.add_argument("--archive-sizes", default="1000", help="archive mix: page counts")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="'all' workers")
    parser.add_argument("--work", type=Path, default=BENCH / "_corpus", help="corpus folder")
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="rounds, the stages interleaved; the ratios reported are the rounds' medians",
    )
    parser.add_argument("--child", nargs=2, metavar=("STAGE", "ARG"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        stage, folder = args.child
        print(f"{child_trafilatura(Path(folder), metadata=stage == 'metadata')} articles")
        return
    workers = sorted({1, args.workers})
    plan = [("dense", int(s)) for s in args.sizes.split(",") if s]
    plan += [("archive", int(s)) for s in args.archive_sizes.split(",") if s]
    folders = [(mix, n, ensure_corpus(mix, n, args.work)) for mix, n in plan]
    print(f"cpus: {os.cpu_count()}, python {sys.version.split()[0]}, {_load()} at start")
    rows: list[Result] = []
    for rnd in range(max(1, args.repeat)):
        for mix, n, folder in folders:
            rows.extend(measure(mix, n, folder, workers, rnd))
    print(f"{_load()} at end")
    import corpus

    for mix in dict.fromkeys(mix for mix, _n in plan):
        print(corpus.load_sources(mix).describe())
    report(rows, workers)


if __name__ == "__main__":
    main()
