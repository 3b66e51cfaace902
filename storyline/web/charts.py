"""Geometry of the dossier's two pictures, drawn by the templates as inline SVG.

Only numbers and plain labels leave this module; the templates write them out, autoescaped, so
no text from a report can become markup. Nothing is loaded from anywhere: no chart library.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from ..extract import gazetteer
from ..model import Fact, Interaction
from ..reconcile import count_fact, published_by

QUALIFIER_WORDS = {
    "exact": "",
    "at_least": "at least ",
    "more_than": "more than ",
    "about": "about ",
    "up_to": "up to ",
}


@dataclass(frozen=True)
class Point:
    """One claim on a figure's chart; ``marker`` is an SVG path (up: a floor, down: a ceiling)."""

    x: float
    y: float
    marker: str
    label: str


@dataclass(frozen=True)
class Tick:
    """An axis label at a coordinate."""

    at: float
    label: str


@dataclass(frozen=True)
class FigureChart:
    """How one figure moved over report time: claims as points, the best value as a step line."""

    width: int
    height: int
    left: int
    bottom: int
    points: list[Point]
    best_path: str
    x_ticks: list[Tick]
    y_ticks: list[Tick]
    undated: int


WIDTH, HEIGHT = 420, 170
LEFT, RIGHT, TOP, BOTTOM = 44, 18, 14, 30


def figure_chart(fact: Fact) -> FigureChart | None:
    """The chart of a count fact over its dated claims; None when no claim is dated."""
    dated = [c for c in fact.claims if c.published is not None]
    if not dated:
        return None
    days = sorted({c.published for c in dated if c.published})
    first, last = days[0], days[-1]
    span = max((last - first).days, 1)
    top_value = max(int(c.value) for c in fact.claims) or 1
    y_max = _nice(top_value * 1.1)
    plot_h = HEIGHT - TOP - BOTTOM
    # Points stand clear of the axes, so that the best value's last step shows at the right.
    x_lo, x_hi = LEFT + 16, WIDTH - RIGHT - 60

    def x_of(day: dt.date) -> float:
        if first == last:
            return (x_lo + x_hi) / 2
        return round(x_lo + (x_hi - x_lo) * (day - first).days / span, 1)

    def y_of(value: float) -> float:
        return round(TOP + plot_h * (1 - value / y_max), 1)

    points = [
        Point(
            x_of(c.published),
            y_of(int(c.value)),
            _marker(x_of(c.published), y_of(int(c.value)), c.qualifier),
            f"{QUALIFIER_WORDS.get(c.qualifier, '')}{c.value}, reported {c.published} ({c.article})",
        )
        for c in dated
        if c.published
    ]
    steps: list[str] = []
    for day in days:
        best = count_fact(fact.attribute, published_by(fact.claims, day))
        if best is None or best.best is None:
            continue
        x, y = x_of(day), y_of(int(best.best))
        steps.append(f"H{x} V{y}" if steps else f"M{x} {y}")
    if first != last:
        steps.append(f"H{WIDTH - RIGHT}")
    # Date labels are about 65 px wide: a middle one too near either end is left out.
    middle = [d for d in days[1:-1] if min(x_of(d) - x_of(first), x_of(last) - x_of(d)) >= 75][:1]
    x_ticks = [Tick(x_of(day), day.isoformat()) for day in dict.fromkeys([first, *middle, last])]
    y_ticks = [Tick(y_of(v), str(v)) for v in (0, y_max // 2, y_max)]
    return FigureChart(
        WIDTH, HEIGHT, LEFT, HEIGHT - BOTTOM, points, " ".join(steps), x_ticks, y_ticks, len(fact.claims) - len(dated)
    )


def _nice(value: float) -> int:
    """A round axis maximum at or above ``value``: 1, 2 or 5 times a power of ten."""
    if value <= 1:
        return 1
    power = 10 ** math.floor(math.log10(value))
    return int(next(m * power for m in (1, 2, 5, 10) if m * power >= value))


def _marker(x: float, y: float, qualifier: str) -> str:
    """A triangle pointing up for a floor ("at least", "more than"), down for a ceiling
    ("up to"), a diamond for "about", a square for an exact figure."""
    r = 5
    if qualifier in ("at_least", "more_than"):
        return f"M{x} {y - r} L{x + r} {y + r} L{x - r} {y + r} Z"
    if qualifier == "up_to":
        return f"M{x} {y + r} L{x + r} {y - r} L{x - r} {y - r} Z"
    if qualifier == "about":
        return f"M{x} {y - r} L{x + r} {y} L{x} {y + r} L{x - r} {y} Z"
    return f"M{x - 4} {y - 4} H{x + 4} V{y + 4} H{x - 4} Z"


@dataclass(frozen=True)
class Node:
    """A country (or the event, at the centre) in the who-to-whom picture."""

    key: str
    label: str
    x: float
    y: float


@dataclass(frozen=True)
class Edge:
    """An arrow from one country to another (or to the event) with what was done."""

    path: str
    label: str  # the first action, and how many more
    actions: str  # all of them, for the tooltip
    label_x: float
    label_y: float


@dataclass(frozen=True)
class ReactionGraph:
    """Who reacted to whom, by country: countries on a circle around the event, one arrow per
    (source country, target country) with its actions; a reaction with no target country points
    at the event itself."""

    width: int
    height: int
    center: Node
    nodes: list[Node]
    edges: list[Edge]


GRAPH_W, GRAPH_H, RADIUS_X, RADIUS_Y, NODE_R = 760, 400, 300, 150, 24


def reaction_graph(interactions: list[Interaction], event_label: str) -> ReactionGraph | None:
    """The who-to-whom picture of an event's reactions; None when there are none."""
    if not interactions:
        return None
    pairs: dict[tuple[str, str], list[str]] = {}
    for ix in interactions:
        source = ix.source.country or "?"
        target = (ix.target.country if ix.target else None) or "*"
        if target == source:
            target = "*"  # a country's own people: drawn as a reaction to the event
        actions = pairs.setdefault((source, target), [])
        if ix.action not in actions:
            actions.append(ix.action)
    countries = sorted({k for pair in pairs for k in pair if k != "*"})
    cx, cy = GRAPH_W / 2, GRAPH_H / 2
    center = Node("*", event_label if len(event_label) <= 28 else event_label[:27] + "…", cx, cy)
    nodes: dict[str, Node] = {}
    for i, code in enumerate(countries):
        angle = -math.pi / 2 + 2 * math.pi * i / len(countries)
        name = gazetteer.country_name(code) if code != "?" else "unknown"
        nodes[code] = Node(
            code, name or code, round(cx + RADIUS_X * math.cos(angle), 1), round(cy + RADIUS_Y * math.sin(angle), 1)
        )
    edges = []
    for (source, target), actions in pairs.items():
        a, b = nodes[source], nodes[target] if target != "*" else center
        edges.append(_arrow(a, b, actions, bend=0 if b is center else 40))
    return ReactionGraph(GRAPH_W, GRAPH_H, center, list(nodes.values()), edges)


def _arrow(a: Node, b: Node, actions: list[str], bend: float) -> Edge:
    """A curved arrow from a to b, stopping at the nodes' rims; a to b and b to a bend apart."""
    dx, dy = b.x - a.x, b.y - a.y
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    start = (a.x + ux * NODE_R, a.y + uy * NODE_R)
    end = (b.x - ux * (NODE_R + 6), b.y - uy * (NODE_R + 6))
    mx, my = (start[0] + end[0]) / 2, (start[1] + end[1]) / 2
    control = (mx - uy * bend, my + ux * bend)
    label_x = 0.25 * start[0] + 0.5 * control[0] + 0.25 * end[0]
    label_y = 0.25 * start[1] + 0.5 * control[1] + 0.25 * end[1]
    path = f"M{start[0]:.1f} {start[1]:.1f} Q{control[0]:.1f} {control[1]:.1f} {end[0]:.1f} {end[1]:.1f}"
    label = actions[0] + (f" +{len(actions) - 1}" if len(actions) > 1 else "")
    half = 3.3 * len(label)  # about half the label's width at 11px: keep it inside the picture
    label_x = min(max(label_x, half + 4), GRAPH_W - half - 4)
    return Edge(path, label, ", ".join(actions), round(label_x, 1), round(label_y - 4, 1))
