"""Pictures drawn with matplotlib at build time from the library's own data, as SVG.

Each function returns the SVG text of one picture; :func:`image` writes it (only when it
changed) under ``docs/_generated/figures/<language>/`` and returns the image node. The
words come from the caller, in the build's language. Pictures are 4.4 inches wide with
text of at least 8 points, so they stay readable on a 390 px wide screen.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
from docutils import nodes
from matplotlib.patches import FancyBboxPatch

WIDTH = 4.4
"""Width of every picture, in inches."""

BLUE, ORANGE, GREY = "#2b6cb0", "#c05621", "#718096"

STYLE = {
    "svg.fonttype": "none",  # text stays text: sharp at any size, searchable
    "svg.hashsalt": "teleworkrules",  # the same picture gives the same file
    "font.size": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
}


def _svg(figure: plt.Figure) -> str:
    out = io.StringIO()
    figure.savefig(out, format="svg", bbox_inches="tight", metadata={"Date": None})
    plt.close(figure)
    return out.getvalue()


def image(srcdir: str, lang: str, name: str, svg: str, alt: str) -> nodes.image:
    """Write ``svg`` as ``_generated/figures/<lang>/<name>.svg`` and return its image node."""
    relative = f"_generated/figures/{lang}/{name}.svg"
    path = Path(srcdir, relative)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.read_text(encoding="utf-8") != svg:
        path.write_text(svg, encoding="utf-8")
    return nodes.image(uri="/" + relative, alt=alt, classes=["teleworkrules-figure"])


def timeline(points: Sequence[tuple[date, date, str, bool]], words: dict[str, str]) -> str:
    """Versions as points: x the first day of the month they take effect, y the day known.

    ``points`` are (effective day, known day, value text, in force); ``words`` holds the
    axis labels ``x`` and ``y`` and the region names ``retro`` and ``ahead``. At most six
    points are labelled with their value (the table beside the picture lists them all).
    """
    with plt.rc_context(STYLE):
        figure, axes = plt.subplots(figsize=(WIDTH, 3.4))
        days = [p[0] for p in points] + [p[1] for p in points]
        low = min(days) - timedelta(days=150)
        high = max(days) + timedelta(days=150)
        axes.fill_between([low, high], [low, high], [high, high], color=ORANGE, alpha=0.08)
        axes.plot([low, high], [low, high], color=GREY, linestyle="--", linewidth=1)
        axes.text(0.03, 0.93, words["retro"], transform=axes.transAxes, color=ORANGE, fontsize=9)
        axes.text(
            0.97, 0.05, words["ahead"], transform=axes.transAxes, color=GREY, fontsize=9, ha="right"
        )
        count = len(points)
        labelled = (
            {round(i * (count - 1) / 5) for i in range(6)} if count > 6 else set(range(count))
        )
        for number, (effective, known, label, in_force) in enumerate(points):
            axes.plot(
                [effective],
                [known],
                marker="o",
                markersize=7,
                color=BLUE,
                markerfacecolor=BLUE if in_force else "white",
                linestyle="none",
            )
            if number not in labelled:
                continue
            axes.annotate(
                textwrap.shorten(label, 22, placeholder="..."),
                (effective, known),
                xytext=(6, 8 if number % 2 == 0 else -14),
                textcoords="offset points",
                fontsize=9,
            )
        axes.set_xlim(low, high)
        axes.set_ylim(low, high)
        step = max(1, (high.year - low.year + 3) // 4)
        for axis in (axes.xaxis, axes.yaxis):
            axis.set_major_locator(mdates.YearLocator(step))
            axis.set_major_formatter(mdates.DateFormatter("%Y"))
        axes.set_xlabel(words["x"])
        axes.set_ylabel(words["y"])
        axes.grid(alpha=0.3)
        return _svg(figure)


def back_pay(
    months: Sequence[tuple[date, str, float, float]],
    decided: date,
    words: dict[str, str],
) -> str:
    """Per month (first day, short name, paid then, owed now) as bars, and the decision day."""
    with plt.rc_context(STYLE):
        figure, axes = plt.subplots(figsize=(WIDTH, 3.0))
        late = on_time = None
        for first, _, paid, owed in months:
            width = 27
            if owed > paid:
                late = axes.bar(
                    first + timedelta(days=2),
                    owed - paid,
                    width=width,
                    bottom=paid,
                    align="edge",
                    color=ORANGE,
                    hatch="//",
                    edgecolor="white",
                )
            if paid:
                on_time = axes.bar(
                    first + timedelta(days=2), paid, width=width, align="edge", color=BLUE
                )
        axes.axvline(decided, color="black", linewidth=1.5)
        top = max(max(m[3] for m in months), 1) * 1.45
        axes.text(decided + timedelta(days=4), top * 0.93, words["decision"], fontsize=9, va="top")
        axes.set_ylim(0, top)
        axes.set_xticks([m[0] + timedelta(days=15) for m in months])
        axes.set_xticklabels([m[1] for m in months], fontsize=9, rotation=90)
        axes.set_ylabel(words["y"])
        handles = [h for h in (late, on_time) if h is not None]
        labels = [words[k] for k, h in (("late", late), ("on_time", on_time)) if h is not None]
        axes.legend(handles, labels, loc="upper left", fontsize=9, frameon=False)
        return _svg(figure)


def flow(steps: Sequence[tuple[str, str, bool]], no_text: str) -> str:
    """Boxes top to bottom joined by arrows: (text, step codes, whether a "no" exits).

    Coordinates are inches, so each box is as tall as its lines of text.
    """
    boxes = [
        (textwrap.wrap(f"{n + 1}. {words}", 33), textwrap.wrap(codes, 40), gate)
        for n, (words, codes, gate) in enumerate(steps)
    ]
    heights = [0.2 * len(head) + 0.15 * len(codes) + 0.22 for head, codes, _ in boxes]
    gap = 0.3
    total = sum(heights) + gap * (len(boxes) - 1) + 0.1
    with plt.rc_context(STYLE):
        figure = plt.figure(figsize=(WIDTH, total))
        axes = figure.add_axes((0, 0, 1, 1))
        axes.set_xlim(0, WIDTH)
        axes.set_ylim(-total, 0)
        axes.axis("off")
        top = -0.05
        for number, ((head, codes, gate), height) in enumerate(zip(boxes, heights, strict=True)):
            axes.add_patch(
                FancyBboxPatch(
                    (0.05, top - height),
                    2.95,
                    height,
                    facecolor="#ebf4ff",
                    edgecolor=BLUE,
                    boxstyle="round,pad=0,rounding_size=0.08",
                )
            )
            axes.text(0.13, top - 0.08, "\n".join(head), va="top", fontsize=10, linespacing=1.3)
            axes.text(
                0.13,
                top - height + 0.08,
                "\n".join(codes),
                va="bottom",
                fontsize=8,
                family="monospace",
                color=GREY,
                linespacing=1.3,
            )
            if gate:
                middle = top - height / 2
                axes.annotate(
                    "",
                    (3.35, middle),
                    (3.02, middle),
                    arrowprops={"arrowstyle": "-|>", "color": ORANGE},
                )
                axes.text(
                    3.4, middle, textwrap.fill(no_text, 11), va="center", fontsize=9, color=ORANGE
                )
            top -= height
            if number < len(boxes) - 1:
                axes.annotate(
                    "",
                    (1.5, top - gap),
                    (1.5, top),
                    arrowprops={"arrowstyle": "-|>", "color": BLUE},
                )
            top -= gap
        return _svg(figure)
