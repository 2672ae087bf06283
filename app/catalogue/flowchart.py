"""The flow chart (工作流程图) of a regulation as plain geometry, without Qt or reportlab.

`layout_flowchart(spec)` places everything in points (1/72 inch), y growing downwards:

- the steps as boxes in one column, in order, from a start terminal to an end terminal, joined by
  forward arrows; each box shows the step, the responsible role and division, its limit and marks
  (不计时 for clock-excluded steps, drawn dashed; 集体决策 for collective decisions, drawn double);
- return paths (退回) as back arrows routed in lanes to the left of the column, one lane per arrow
  where their spans overlap, so they never cross a box;
- the integrity risk points (廉政风险点) as notes to the right of their step, coloured by level.

Each row is as tall as the taller of its step box and its notes, so nothing overlaps whatever the
number of steps or the length of the texts; text is wrapped to the box width with a conservative
width estimate (a CJK character is one em, anything else 0.6 em). `breaks` lists the y positions
between rows where a long chart may be cut across pages. The Qt scene (ui/flowchart_view.py) and
the handbook (app/catalogue/handbook.py) both draw this same geometry.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from app.catalogue.model import RISK_LEVELS, STEP_ROLES, SUSPENSION_REASONS, RegulationSpec

TITLE_SIZE = 10.0
BODY_SIZE = 8.5
NOTE_SIZE = 8.0
LINE_FACTOR = 1.35
PAD = 6.0
BOX_WIDTH = 200.0
NOTE_WIDTH = 215.0
NOTE_GAP = 26.0  # between a step box and its notes
NOTE_SPACING = 5.0  # between two notes of one step
ROW_GAP = 24.0  # vertical space for the forward arrow between rows
LANE_WIDTH = 11.0
LANE_MARGIN = 14.0  # from the box edge to the first lane
MARGIN = 10.0
TERMINAL_WIDTH = 150.0
TERMINAL_HEIGHT = 24.0

# Shared colours (hex), so the screen and the printed handbook look alike.
RISK_COLOURS = {"高": "#c62828", "中": "#e65100", "低": "#2e7d32"}
RISK_FILLS = {"高": "#fdecea", "中": "#fff3e0", "低": "#e8f5e9"}
LINE_COLOUR = "#37474f"
RETURN_COLOUR = "#1565c0"
EXCLUDED_FILL = "#eef3fb"
COLLECTIVE_COLOUR = "#6a1b9a"
STEP_FILL = "#ffffff"
TERMINAL_FILL = "#eceff1"
TEXT_COLOUR = "#212121"
MUTED_COLOUR = "#546e7a"

LEGEND = (
    "图例：实线箭头为办理顺序；左侧蓝色折线箭头为退回；虚线框为不计时环节；双线框为集体决策；"
    "右侧为廉政风险点，红色为高、橙色为中、绿色为低。"
)


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def overlaps(self, other: Rect) -> bool:
        return (
            self.x < other.right and other.x < self.right and self.y < other.bottom and other.y < self.bottom
        )


@dataclass(frozen=True)
class TextItem:
    x: float
    y: float  # top of the line box
    text: str
    size: float
    bold: bool = False
    colour: str = TEXT_COLOUR


@dataclass(frozen=True)
class Box:
    rect: Rect
    kind: str  # step | note | terminal
    code: str = ""
    level: str | None = None  # note: its risk level; step: the highest level of its risk points
    clock_excluded: bool = False
    collective: bool = False
    texts: tuple[TextItem, ...] = ()


@dataclass(frozen=True)
class Arrow:
    points: tuple[tuple[float, float], ...]
    kind: str  # forward | return | note
    source: str = ""
    target: str = ""


@dataclass(frozen=True)
class FlowChart:
    code: str
    width: float
    height: float
    boxes: tuple[Box, ...]  # steps, notes and terminals
    arrows: tuple[Arrow, ...]
    texts: tuple[TextItem, ...]  # the legend
    breaks: tuple[float, ...]  # y positions where the chart may be cut (between rows)

    @property
    def steps(self) -> tuple[Box, ...]:
        return tuple(b for b in self.boxes if b.kind == "step")

    @property
    def notes(self) -> tuple[Box, ...]:
        return tuple(b for b in self.boxes if b.kind == "note")


def char_width(char: str, size: float) -> float:
    return size if unicodedata.east_asian_width(char) in ("W", "F") else size * 0.6


def text_width(text: str, size: float) -> float:
    return sum(char_width(c, size) for c in text)


_NO_LINE_START = set("，。、；：？！）》」』”’%,.;:)!?")


def wrap(text: str, size: float, width: float) -> list[str]:
    """Break `text` into lines no wider than `width` (estimated), keeping closing punctuation on the
    line it closes and ASCII words whole where they fit."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        used = 0.0
        i = 0
        while i < len(paragraph):
            char = paragraph[i]
            token = char
            if char.isascii() and char.isalnum():
                j = i
                while j < len(paragraph) and paragraph[j].isascii() and paragraph[j].isalnum():
                    j += 1
                token = paragraph[i:j]
            w = text_width(token, size)
            if used + w > width and line and token not in _NO_LINE_START:
                if w > width:  # a token longer than a line: cut it
                    token = char
                    w = char_width(char, size)
                lines.append(line)
                line, used = "", 0.0
            line += token
            used += w
            i += len(token)
        lines.append(line)
    return lines


def _text_block(
    x: float, y: float, width: float, text: str, size: float, *, bold: bool = False, colour: str = TEXT_COLOUR
) -> tuple[list[TextItem], float]:
    items = []
    line_height = size * LINE_FACTOR
    for line in wrap(text, size, width):
        items.append(TextItem(x, y, line, size, bold, colour))
        y += line_height
    return items, y


def _highest_level(levels: list[str]) -> str | None:
    for level in RISK_LEVELS:
        if level in levels:
            return level
    return None


def _step_texts(step, x: float, y: float) -> tuple[list[TextItem], float]:  # type: ignore[no-untyped-def]
    inner = BOX_WIDTH - 2 * PAD
    texts, y = _text_block(x + PAD, y + PAD, inner, f"{step.code} {step.name}", TITLE_SIZE, bold=True)
    who = STEP_ROLES.get(step.role, step.role)
    if step.division_name or step.division:
        who += f" · {step.division_name or step.division}"
    more, y = _text_block(x + PAD, y, inner, who, BODY_SIZE, colour=MUTED_COLOUR)
    texts += more
    marks = []
    if step.limit is not None:
        marks.append(f"时限 {step.limit.label()}")
    if step.clock_excluded:
        reason = SUSPENSION_REASONS.get(step.clock_excluded_reason or "", "")
        marks.append(f"【不计时】{reason}".rstrip())
    if step.collective:
        marks.append("【集体决策】")
    if "reject" in step.actions:
        marks.append("可作否定决定")
    if marks:
        more, y = _text_block(x + PAD, y, inner, "　".join(marks), BODY_SIZE)
        texts += more
    return texts, y + PAD


def _note_texts(risk, x: float, y: float) -> tuple[list[TextItem], float]:  # type: ignore[no-untyped-def]
    inner = NOTE_WIDTH - 2 * PAD
    colour = RISK_COLOURS.get(risk.level, TEXT_COLOUR)
    texts, y = _text_block(
        x + PAD, y + PAD * 0.7, inner, f"【{risk.level}】{risk.risk}", NOTE_SIZE, colour=colour
    )
    if risk.control:
        more, y = _text_block(x + PAD, y, inner, f"防控：{risk.control}", NOTE_SIZE, colour=MUTED_COLOUR)
        texts += more
    return texts, y + PAD * 0.7


def _assign_lanes(spans: list[tuple[int, int]]) -> list[int]:
    """Lanes for return arrows spanning rows [target, source]: overlapping spans get different
    lanes; short spans take the inner lanes."""
    order = sorted(range(len(spans)), key=lambda i: (spans[i][1] - spans[i][0], spans[i]))
    lanes = [0] * len(spans)
    taken: list[list[tuple[int, int]]] = []
    for i in order:
        lo, hi = spans[i]
        lane = 0
        while lane < len(taken) and any(not (hi < a or lo > b) for a, b in taken[lane]):
            lane += 1
        if lane == len(taken):
            taken.append([])
        taken[lane].append((lo, hi))
        lanes[i] = lane
    return lanes


def layout_flowchart(spec: RegulationSpec, *, legend: bool = True) -> FlowChart:
    """Lay out the flow chart of `spec` (see the module docstring). A regulation without steps
    (a supporting regulation) gives an empty chart."""
    steps = list(spec.steps)
    if not steps:
        return FlowChart(spec.code, 0.0, 0.0, (), (), (), ())
    index = {s.code: i for i, s in enumerate(steps)}
    returns = [(i, index[t]) for i, s in enumerate(steps) for t in s.return_to if t in index]
    lanes = _assign_lanes([(target, source) for source, target in returns])
    lane_count = max(lanes, default=-1) + 1
    box_x = MARGIN + (LANE_MARGIN + lane_count * LANE_WIDTH if lane_count else 0)
    note_x = box_x + BOX_WIDTH + NOTE_GAP
    has_notes = any(s.risk_points for s in steps)
    width = (note_x + NOTE_WIDTH if has_notes else box_x + BOX_WIDTH) + MARGIN
    centre = box_x + BOX_WIDTH / 2

    texts: list[TextItem] = []
    y = MARGIN
    if legend:
        legend_items, y = _text_block(MARGIN, y, width - 2 * MARGIN, LEGEND, NOTE_SIZE, colour=MUTED_COLOUR)
        texts += legend_items
        y += 6

    boxes: list[Box] = []
    arrows: list[Arrow] = []
    breaks: list[float] = []
    start_text = "开始：依职权启动" if spec.kind == "ex_officio" else "开始：申请人提交申请"
    start = _terminal(centre, y, start_text)
    boxes.append(start)
    y = start.rect.bottom + ROW_GAP
    breaks.append(y - ROW_GAP / 2)
    step_rects: list[Rect] = []
    previous_bottom = start.rect.bottom
    for step in steps:
        step_texts, text_bottom = _step_texts(step, box_x, y)
        box_h = text_bottom - y
        note_y = y
        note_boxes: list[Box] = []
        for risk in step.risk_points:
            note_texts, note_bottom = _note_texts(risk, note_x, note_y)
            rect = Rect(note_x, note_y, NOTE_WIDTH, note_bottom - note_y)
            note_boxes.append(Box(rect, "note", step.code, risk.level, texts=tuple(note_texts)))
            note_y = rect.bottom + NOTE_SPACING
        notes_h = (note_y - NOTE_SPACING - y) if note_boxes else 0.0
        row_h = max(box_h, notes_h)
        rect = Rect(box_x, y, BOX_WIDTH, box_h)
        level = _highest_level([r.level for r in step.risk_points])
        boxes.append(
            Box(rect, "step", step.code, level, step.clock_excluded, step.collective, tuple(step_texts))
        )
        boxes.extend(note_boxes)
        for note in note_boxes:
            ny = min(note.rect.y + 10, rect.bottom - 4)
            arrows.append(Arrow(((rect.right, ny), (note.rect.x, note.rect.y + 10)), "note", step.code))
        arrows.append(Arrow(((centre, previous_bottom), (centre, y)), "forward", target=step.code))
        step_rects.append(rect)
        previous_bottom = rect.bottom
        y += row_h + ROW_GAP
        breaks.append(y - ROW_GAP / 2)
    end = _terminal(centre, y, "办结")
    boxes.append(end)
    arrows.append(Arrow(((centre, previous_bottom), (centre, end.rect.y)), "forward", source=steps[-1].code))
    height = end.rect.bottom + MARGIN

    # Return arrows: attach points spread along each box's left edge, then out to the lane.
    attachments: dict[int, list[tuple[int, str]]] = {}
    for n, (source, target) in enumerate(returns):
        attachments.setdefault(source, []).append((n, "out"))
        attachments.setdefault(target, []).append((n, "in"))
    attach_y: dict[tuple[int, str], float] = {}
    for row, items in attachments.items():
        rect = step_rects[row]
        items.sort(key=lambda item: (item[1] == "in", lanes[item[0]]))
        for k, item in enumerate(items):
            attach_y[item] = rect.y + rect.h * (k + 1) / (len(items) + 1)
    for n, (source, target) in enumerate(returns):
        lane_x = box_x - LANE_MARGIN - lanes[n] * LANE_WIDTH
        y0, y1 = attach_y[(n, "out")], attach_y[(n, "in")]
        arrows.append(
            Arrow(
                ((box_x, y0), (lane_x, y0), (lane_x, y1), (box_x, y1)),
                "return",
                steps[source].code,
                steps[target].code,
            )
        )
    return FlowChart(spec.code, width, height, tuple(boxes), tuple(arrows), tuple(texts), tuple(breaks))


def _terminal(centre: float, y: float, text: str) -> Box:
    rect = Rect(centre - TERMINAL_WIDTH / 2, y, TERMINAL_WIDTH, TERMINAL_HEIGHT)
    tw = text_width(text, BODY_SIZE)
    item = TextItem(
        centre - tw / 2, y + (TERMINAL_HEIGHT - BODY_SIZE * LINE_FACTOR) / 2, text, BODY_SIZE, True
    )
    return Box(rect, "terminal", texts=(item,))


def overlapping_boxes(chart: FlowChart) -> list[tuple[Box, Box]]:
    """Pairs of boxes that overlap (a correct layout has none)."""
    boxes = chart.boxes
    return [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :] if a.rect.overlaps(b.rect)]
