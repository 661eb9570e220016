"""The map as pydantic models: exactly the fields of the file format (docs/file-format.md).

Models are mutable on purpose: edit operations (``operations.py``) change them in
place and undo restores them, so the editor never copies a 20,000-step map.
"""

from __future__ import annotations

from typing import Annotated, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, StrictBool, StrictStr

from .ids import fresh_id

FORMAT_NAME = "mapper/system-map"
SCHEMA_VERSION = 2

StepKind = Literal["terminator", "activity", "decision", "note"]
Stage = Literal["know", "like", "trust", "try", "buy", "repeat", "refer"]
SystemKind = Literal["marketing", "operating"]
Better = Literal["higher", "lower"]
Direction = Literal["LR", "TB"]
Lanes = Literal["owner", "stage"]
PriorityStatus = Literal["on-track", "off-track", "done"]

STEP_KINDS: tuple[str, ...] = ("terminator", "activity", "decision", "note")
STAGES: tuple[str, ...] = ("know", "like", "trust", "try", "buy", "repeat", "refer")

#: Default shape size per kind (scene units) when a step has no width/height.
DEFAULT_SIZE: dict[str, tuple[float, float]] = {
    "terminator": (160.0, 60.0),
    "activity": (160.0, 70.0),
    "decision": (150.0, 100.0),
    "note": (160.0, 100.0),
}

# How a shape frames its text. The renderer draws with these and the Qt-free
# layout estimates sizes with them, so both must read the same numbers.
#: Free space between a shape's outline and its text, per kind (horizontal, vertical).
TEXT_PADDING: dict[str, tuple[float, float]] = {
    "terminator": (22.0, 10.0),
    "activity": (14.0, 10.0),
    "decision": (6.0, 6.0),
    "note": (12.0, 12.0),
}
#: A shape never grows wider than this to fit one long word; past it words break anywhere.
MAX_AUTO_WIDTH = 360.0
#: Size of a note's folded top-right corner.
NOTE_FOLD = 14.0

#: Coordinates lie within this distance of the origin and sizes within (0, MAX_SIZE]:
#: a map beyond is a load error, so no later stage (export, layout) works on absurd extents.
MAX_COORDINATE = 10_000_000.0
MAX_SIZE = 100_000.0

Probability = Annotated[float, Field(ge=0.0, le=1.0, allow_inf_nan=False)]
Coordinate = Annotated[float, Field(ge=-MAX_COORDINATE, le=MAX_COORDINATE, allow_inf_nan=False)]
Size = Annotated[float, Field(gt=0.0, le=MAX_SIZE, allow_inf_nan=False)]
NonEmptyId = Annotated[StrictStr, Field(min_length=1)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Metric(_Strict):
    name: StrictStr = ""
    unit: StrictStr = ""
    target: Optional[Annotated[float, Field(allow_inf_nan=False)]] = None
    #: Which way is good: "higher" (calls taken) or "lower" (complaints, days to pay).
    better: Better = "higher"
    #: Who answers for the number; empty means the step's owner.
    owner: StrictStr = ""


class Step(_Strict):
    id: NonEmptyId
    kind: StepKind
    text: StrictStr = ""
    x: Optional[Coordinate] = None
    y: Optional[Coordinate] = None
    width: Optional[Size] = None
    height: Optional[Size] = None
    stage: Optional[Stage] = None
    owner: StrictStr = ""
    goal: StrictBool = False
    value: Optional[Annotated[float, Field(allow_inf_nan=False)]] = None
    critical: Optional[StrictBool] = None
    automate: Optional[StrictBool] = None
    metric: Optional[Metric] = None
    checklist: list[StrictStr] = Field(default_factory=list)
    notes: StrictStr = ""
    duration_min: Optional[Annotated[float, Field(ge=0.0, allow_inf_nan=False)]] = None
    cost: Optional[Annotated[float, Field(allow_inf_nan=False)]] = None

    @property
    def placed(self) -> bool:
        """True when the step has a position on the canvas."""
        return self.x is not None and self.y is not None

    def size(self) -> tuple[float, float]:
        """Width and height, falling back to the kind's default."""
        dw, dh = DEFAULT_SIZE[self.kind]
        return (self.width or dw, self.height or dh)


class Arrow(_Strict):
    id: NonEmptyId
    source: NonEmptyId
    target: NonEmptyId
    label: StrictStr = ""
    probability: Optional[Probability] = None
    waypoints: list[tuple[Coordinate, Coordinate]] = Field(default_factory=list)
    label_pos: Annotated[float, Field(ge=0.0, le=1.0, allow_inf_nan=False)] = 0.5


#: An ISO week as written in the file: "2026-W49".
IsoWeek = Annotated[StrictStr, Field(pattern=r"^[0-9]{4}-W[0-9]{2}$")]
#: A quarter as written in the file: "2026-Q4".
Quarter = Annotated[StrictStr, Field(pattern=r"^[0-9]{4}-Q[1-4]$")]
#: ISO 4217 code ("EUR") or "" for none.
Currency = Annotated[StrictStr, Field(pattern=r"^([A-Z]{3})?$")]


class MetricsLogEntry(_Strict):
    """One ISO week's numbers, keyed by step id (counted at that step) or arrow id (went that way)."""
    week: IsoWeek
    values: dict[StrictStr, Annotated[float, Field(allow_inf_nan=False)]] = Field(default_factory=dict)


class Priority(_Strict):
    """One of a quarter's priorities ("rocks"): what, who, which steps, how it goes."""
    id: NonEmptyId
    quarter: Quarter
    text: StrictStr = ""
    owner: StrictStr = ""
    steps: list[NonEmptyId] = Field(default_factory=list)
    status: PriorityStatus = "on-track"


class SystemMap(_Strict):
    format: Literal["mapper/system-map"] = FORMAT_NAME
    schema_version: Literal[2] = SCHEMA_VERSION
    title: StrictStr = ""
    system: Optional[SystemKind] = None
    description: StrictStr = ""
    #: Shown wherever value, cost or value per entrant appear.
    currency: Currency = ""
    #: The way Tidy up lays this map out.
    direction: Direction = "LR"
    #: Swimlanes by owner or by hourglass stage, or none.
    lanes: Optional[Lanes] = None
    steps: list[Step] = Field(default_factory=list)
    arrows: list[Arrow] = Field(default_factory=list)
    priorities: list[Priority] = Field(default_factory=list)
    metrics_log: list[MetricsLogEntry] = Field(default_factory=list)

    # id -> list position caches; checked on every use so direct list edits
    # cannot leave them stale (see _position).
    _step_pos: dict[str, int] = PrivateAttr(default_factory=dict)
    _arrow_pos: dict[str, int] = PrivateAttr(default_factory=dict)

    # -- look-ups -------------------------------------------------------------
    @staticmethod
    def _position(items: list, cache: dict[str, int], item_id: str) -> int | None:
        i = cache.get(item_id)
        if i is not None and i < len(items) and items[i].id == item_id:
            return i
        cache.clear()
        cache.update((it.id, n) for n, it in enumerate(items))
        return cache.get(item_id)

    def step_index(self, step_id: str) -> int | None:
        """Position of a step in ``steps``, or None."""
        return self._position(self.steps, self._step_pos, step_id)

    def arrow_index(self, arrow_id: str) -> int | None:
        """Position of an arrow in ``arrows``, or None."""
        return self._position(self.arrows, self._arrow_pos, arrow_id)

    def step(self, step_id: str) -> Step | None:
        i = self.step_index(step_id)
        return None if i is None else self.steps[i]

    def arrow(self, arrow_id: str) -> Arrow | None:
        i = self.arrow_index(arrow_id)
        return None if i is None else self.arrows[i]

    def arrows_of(self, step_id: str) -> list[Arrow]:
        """Arrows that start or end at the step, in document order."""
        return [a for a in self.arrows if a.source == step_id or a.target == step_id]

    def unused_step_id(self, base: str = "step") -> str:
        """A step id not yet in the map, derived from ``base``."""
        return fresh_id(base, {s.id for s in self.steps})

    def log_entry(self, week: str) -> MetricsLogEntry | None:
        """The metrics log entry of an ISO week ("2026-W49"), or None."""
        for e in self.metrics_log:
            if e.week == week:
                return e
        return None

    def unused_priority_id(self, base: str = "p") -> str:
        """A priority id not yet in the map (``p1``, ``p2``...)."""
        return fresh_id(base, {p.id for p in self.priorities}, always_number=True)

    def unused_arrow_id(self, base: str = "a") -> str:
        """An arrow id not yet in the map (``a1``, ``a2``...)."""
        return fresh_id(base, {a.id for a in self.arrows}, always_number=True)
