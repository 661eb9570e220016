"""Every template says how far along the method it already is, in `mapper check --json`."""

import json

import pytest

from mapper.cli import main
from mapper.templates import template_names, template_path

STEP_IDS = ["mapped", "automation", "documented", "measured", "owned", "reviewed", "planned"]


@pytest.mark.parametrize("name", template_names())
def test_check_json_reports_the_method_progress_of_every_template(name, capsys):
    assert main(["check", str(template_path(name)), "--json"]) == 0
    method = json.loads(capsys.readouterr().out)["method"]
    assert [s["id"] for s in method["steps"]] == STEP_IDS
    assert [s["number"] for s in method["steps"]] == list(range(1, 8))
    # A template is a mapped system: step 1 is done, so the owner starts further on.
    assert method["steps"][0]["done"] and method["current"] != 1
    for s in method["steps"]:
        # An open step says what is left; a done one has nothing left.
        assert (s["todo"] == "" and s["left"] == []) if s["done"] else s["todo"]
    first_open = next((s["number"] for s in method["steps"] if not s["done"]), None)
    assert method["current"] == first_open
