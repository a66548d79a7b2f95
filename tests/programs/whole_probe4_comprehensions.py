"""Comprehensions over dataclasses and enums (modelled on pyperformance's
bm_comprehensions): list, dict, set and generator comprehensions, nested and
filtered, with Optional values from dict.get and sorting by tuples."""
from dataclasses import dataclass, field
from enum import Enum
from typing import Dict, Iterable, List, Optional, Tuple


class WidgetKind(Enum):
    BIG = 1
    SMALL = 2


@dataclass
class Widget:
    widget_id: int
    creator_id: int
    derived_widget_ids: List[int]
    kind: WidgetKind
    has_knob: bool
    has_spinner: bool


class WidgetTray:
    def __init__(self, owner_id: int, widgets: List[Widget]) -> None:
        self.owner_id = owner_id
        self.sorted_widgets: List[Widget] = []
        self._add_widgets(widgets)

    def _any_knobby(self, widgets: Iterable[Optional[Widget]]) -> bool:
        return any(w.has_knob for w in widgets if w)

    def _is_big_spinny(self, widget: Widget) -> bool:
        return widget.kind == WidgetKind.BIG and widget.has_spinner

    def _add_widgets(self, widgets: List[Widget]) -> None:
        # sort order: mine first, then any widgets with derived knobby widgets in order of
        # number derived, then other widgets in order of number derived, and we exclude
        # big spinny widgets entirely
        widgets = [w for w in widgets if not self._is_big_spinny(w)]
        id_to_widget = {w.widget_id: w for w in widgets}
        id_to_derived = {
            w.widget_id: [id_to_widget.get(dwid) for dwid in w.derived_widget_ids]
            for w in widgets
        }
        sortable_widgets = [
            (
                w.creator_id == self.owner_id,
                self._any_knobby(id_to_derived[w.widget_id]),
                len(id_to_derived[w.widget_id]),
                w.widget_id,
            )
            for w in widgets
        ]
        sortable_widgets.sort()
        self.sorted_widgets = [id_to_widget[sw[-1]] for sw in sortable_widgets]


def make_some_widgets() -> List[Widget]:
    widget_id = 0
    widgets = []
    for creator_id in range(3):
        for kind in WidgetKind:
            for has_knob in [True, False]:
                for has_spinner in [True, False]:
                    derived = [w.widget_id for w in widgets[::creator_id + 1]]
                    widgets.append(
                        Widget(
                            widget_id, creator_id, derived, kind, has_knob, has_spinner
                        )
                    )
                    widget_id += 1
    assert len(widgets) == 24
    return widgets


@dataclass
class Inventory:
    name: str
    counts: Dict[str, int] = field(default_factory=dict)

    def restock(self, items: Iterable[Tuple[str, int]]) -> None:
        for item, n in items:
            self.counts[item] = self.counts.get(item, 0) + n

    def low(self, threshold: int) -> List[str]:
        return sorted(k for k, v in self.counts.items() if v < threshold)


def matrix_stats(n: int) -> Tuple[int, int, List[int]]:
    matrix = [[(i * n + j) % 7 for j in range(n)] for i in range(n)]
    transposed = [[row[i] for row in matrix] for i in range(n)]
    flat = [x for row in matrix for x in row if x % 2 == 0]
    diag = {matrix[i][i] for i in range(n)}
    col_sums = [sum(col) for col in transposed]
    return sum(flat), len(diag), col_sums


def kind_report(widgets: List[Widget]) -> Dict[str, List[int]]:
    return {
        kind.name: [w.widget_id for w in widgets if w.kind is kind]
        for kind in WidgetKind
    }


def main() -> None:
    widgets = make_some_widgets()
    for _ in range(200):
        tray = WidgetTray(1, widgets)
        assert len(tray.sorted_widgets) == 18
    print("sorted ids:", [w.widget_id for w in tray.sorted_widgets])
    print("first:", tray.sorted_widgets[0])
    print("kinds:", kind_report(tray.sorted_widgets))
    derived_total = sum(len(w.derived_widget_ids) for w in widgets)
    print("derived total:", derived_total)
    knobby = {w.creator_id for w in widgets if w.has_knob and not w.has_spinner}
    print("knobby creators:", sorted(knobby))
    by_creator = {c: sum(1 for w in widgets if w.creator_id == c) for c in range(3)}
    print("by creator:", by_creator)
    pairs = [(a.widget_id, b.widget_id) for a in widgets[:4] for b in widgets[:4] if a.widget_id < b.widget_id]
    print("pairs:", pairs)
    print("matrix:", matrix_stats(9))
    inv = Inventory("shop")
    inv.restock((f"item{i % 5}", i) for i in range(12))
    inv.restock([("bolt", 1), ("nut", 2)])
    print(inv)
    print("low:", inv.low(10))
    lookup = {w.widget_id: w for w in widgets}
    maybe = [lookup.get(i) for i in (0, 5, 99, 23)]
    print("present:", [m.widget_id if m else None for m in maybe])
    print("nested gen:", list((i, j) for i in range(3) for j in range(i)))
    print(WidgetKind.BIG, repr(WidgetKind.SMALL), WidgetKind(2).name)


if __name__ == "__main__":
    main()
