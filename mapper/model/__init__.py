"""The map in memory and on disk, and the reversible edits on it. No Qt here."""

from .errors import MapFileError
from .fileformat import (MIGRATIONS, atomic_file, dumps_map, is_temporary_file, load_map, loads_map,
                         map_from_document, map_to_document, save_map, write_atomic)
from .operations import (AddArrow, AddStep, Batch, Change, EditError, MoveSteps, Operation,
                         RemoveArrow, RemoveStep, ReplaceContent, SetArrowFields, SetLogValues, SetMapFields,
                         SetStepFields, remove_steps, set_layout)
from .schema import (DEFAULT_SIZE, FORMAT_NAME, MAX_COORDINATE, MAX_SIZE, SCHEMA_VERSION, STAGES,
                     STEP_KINDS, Arrow, Metric, MetricsLogEntry, Priority, Step, SystemMap)

__all__ = [
    "MapFileError", "MIGRATIONS", "dumps_map", "load_map", "loads_map", "map_from_document",
    "map_to_document", "save_map", "write_atomic", "atomic_file", "is_temporary_file",
    "AddArrow", "AddStep", "Batch", "Change", "EditError", "MoveSteps", "Operation", "RemoveArrow",
    "RemoveStep", "ReplaceContent", "SetArrowFields", "SetLogValues", "SetMapFields", "SetStepFields",
    "remove_steps", "set_layout",
    "DEFAULT_SIZE", "FORMAT_NAME", "MAX_COORDINATE", "MAX_SIZE", "SCHEMA_VERSION", "STAGES",
    "STEP_KINDS", "Arrow", "Metric", "MetricsLogEntry", "Priority", "Step", "SystemMap",
]
