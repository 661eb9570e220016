"""Fuzzing the loader: any bytes give a map or one MapFileError, never a crash."""

import json

from hypothesis import example, given, settings
from hypothesis import strategies as st

from mapper.model import MapFileError, dumps_map, loads_map
from tests.conftest import SAMPLE_MAPS

SAMPLE = (SAMPLE_MAPS / "webinar-marketing.json").read_bytes()

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20)


def load_or_clean_error(data):
    try:
        m = loads_map(data, "fuzz.json")
    except MapFileError as e:
        line = str(e)
        assert line.startswith("fuzz.json") and "\n" not in line
        return None
    # Whatever loads must save and load back identically.
    text = dumps_map(m)
    assert dumps_map(loads_map(text)) == text
    return m


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
@example(b"\x00")
@example(b"{" * 100)
@example(b'{"format": "mapper/system-map", "schema_version": 1e400}')
def test_random_bytes(data):
    load_or_clean_error(data)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_corrupted_real_map(data):
    raw = bytearray(SAMPLE)
    for _ in range(data.draw(st.integers(1, 5))):
        pos = data.draw(st.integers(0, len(raw) - 1))
        action = data.draw(st.sampled_from(["flip", "delete", "insert", "truncate"]))
        if action == "flip":
            raw[pos] = data.draw(st.integers(0, 255))
        elif action == "delete":
            del raw[pos]
        elif action == "insert":
            raw.insert(pos, data.draw(st.sampled_from(b'{}[]",:0-e\\\xff')))
        else:
            del raw[pos:]
        if not raw:
            break
    load_or_clean_error(bytes(raw))


@settings(max_examples=200, deadline=None)
@given(json_values)
def test_any_json_document(value):
    load_or_clean_error(json.dumps(value))


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_real_map_with_wrong_values(data):
    doc = json.loads(SAMPLE)
    target = data.draw(st.sampled_from(["steps", "arrows"]))
    item = data.draw(st.sampled_from(doc[target]))
    key = data.draw(st.sampled_from(sorted(item) + ["extra"]))
    item[key] = data.draw(json_values)
    load_or_clean_error(json.dumps(doc))
