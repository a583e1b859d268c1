"""``plot``: one chart of several units' series, each point sized by how many
sources state it, contested points ringed in red."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402

from .errors import UsageError  # noqa: E402
from .series import SeriesPoint  # noqa: E402

__all__ = ["plot_series"]

_LABELS = {"score": "points", "change": "change (points)", "rank": "rank", "streak": "periods"}


def _num(d: date) -> float:
    """Matplotlib's day number of ``d`` (days since 1970-01-01)."""
    return float((d - date(1970, 1, 1)).days)


def _size(n_sources: int) -> float:
    return 30.0 + 45.0 * (n_sources - 1)


def plot_series(points: list[SeriesPoint], out: str | Path, title: str | None = None) -> int:
    """Draw ``points`` (any number of units) to a PNG at ``out``; return points drawn."""
    dated = [p for p in points if p.period_start and p.period_end]
    if not dated:
        raise UsageError(
            "nothing to plot: no dated facts for these units (see `newsscores series`)"
        )
    fig, ax = plt.subplots(figsize=(10, 5.5), dpi=110)
    units = sorted({p.unit for p in dated})
    for unit in units:
        pts = sorted((p for p in dated if p.unit == unit), key=lambda p: str(p.period_start))
        xs = [_num(date.fromisoformat(str(p.period_start))) for p in pts]
        ys = [p.value for p in pts]
        (line,) = ax.plot(xs, ys, "-o", markersize=4, linewidth=1.2, alpha=0.7, label=unit)
        ax.scatter(xs, ys, s=[_size(p.n_sources) for p in pts], color=line.get_color(), zorder=3)
        for x, p in zip(xs, pts, strict=True):
            if p.disagreement:
                ax.scatter(
                    [x],
                    [p.value],
                    s=_size(p.n_sources) + 90,
                    facecolors="none",
                    edgecolors="red",
                    linewidths=1.5,
                    zorder=4,
                )
            if p.n_sources > 1 or p.disagreement:
                ax.annotate(
                    f"{p.n_sources} src" + (f" / {p.n_values} values" if p.disagreement else ""),
                    (x, p.value),
                    textcoords="offset points",
                    xytext=(6, 6),
                    fontsize=8,
                )
    kind = dated[0].kind
    metric = dated[0].metric or ""
    if kind == "rank":
        ax.invert_yaxis()
    ax.set_title(title or f"{kind} — {metric}".strip(" —") + f" ({', '.join(units)})")
    ax.set_xlabel("period (start of week, month or year)")
    ax.set_ylabel(_LABELS.get(kind, kind))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d"))  # type: ignore[no-untyped-call]
    ticks = sorted({_num(date.fromisoformat(str(p.period_start))) for p in dated})
    if len(ticks) <= 16:
        ax.set_xticks(ticks)  # one tick per period, not per calendar day
    ax.margins(x=0.1, y=0.12)
    ax.grid(True, alpha=0.3)
    sizes = sorted({p.n_sources for p in dated})
    handles = ax.get_legend_handles_labels()[0] + [
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            color="grey",
            markersize=_size(n) ** 0.5,
            label=f"{n} source{'s' if n > 1 else ''}",
        )
        for n in sizes
    ]
    if any(p.disagreement for p in dated):
        handles.append(
            Line2D(
                [],
                [],
                marker="o",
                linestyle="",
                markerfacecolor="none",
                markeredgecolor="red",
                markersize=10,
                label="sources disagree",
            )
        )
    ax.legend(handles=handles, loc="best", fontsize=9)
    fig.autofmt_xdate()
    fig.tight_layout()
    try:
        fig.savefig(out, format="png")
    except OSError as exc:
        raise UsageError(f"{out}: cannot write PNG ({exc.strerror or exc})") from None
    finally:
        plt.close(fig)
    return len(dated)
