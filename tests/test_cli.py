"""The headless command line: templates, new, import/export of JSON, and its errors."""

import json
import subprocess
import sys

import pytest

from mapper.cli import main
from mapper.model import dumps_map, load_map
from mapper.templates import template_names
from tests.conftest import SAMPLE_MAPS


def test_templates_are_the_sample_maps(capsys):
    assert main(["templates"]) == 0
    out = capsys.readouterr().out
    assert sorted(template_names()) == sorted(p.stem for p in SAMPLE_MAPS.glob("*.json"))
    for name in template_names():
        assert name in out
    assert "Webinar to new client" in out


def test_new_from_template_writes_the_template(tmp_path):
    out = tmp_path / "my.json"
    assert main(["new", "--template", "webinar-marketing", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == (SAMPLE_MAPS / "webinar-marketing.json").read_text(encoding="utf-8")


def test_new_refuses_to_overwrite_and_unknown_templates(tmp_path, capsys):
    out = tmp_path / "my.json"
    out.write_text("precious")
    assert main(["new", "--template", "webinar-marketing", "-o", str(out)]) == 2
    assert out.read_text() == "precious"
    assert main(["new", "--template", "nope", "-o", str(tmp_path / "x.json")]) == 2
    err = capsys.readouterr().err
    assert "already exists" in err and "no template named 'nope'" in err
    assert not (tmp_path / "x.json").exists()


def test_import_json_resaves_in_canonical_form(tmp_path):
    messy = tmp_path / "messy.json"
    doc = json.loads((SAMPLE_MAPS / "six-c-pipeline.json").read_text())
    messy.write_text(json.dumps(doc, indent=None, sort_keys=True))
    out = tmp_path / "clean.json"
    assert main(["import", str(messy), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == (SAMPLE_MAPS / "six-c-pipeline.json").read_text(encoding="utf-8")


def test_export_json_is_canonical(tmp_path):
    out = tmp_path / "out.json"
    assert main(["export", str(SAMPLE_MAPS / "life-of-a-lead.json"), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == dumps_map(load_map(SAMPLE_MAPS / "life-of-a-lead.json"))


@pytest.mark.parametrize("args, words", [
    (["check", "{dir}/missing.json"], "missing.json: no such file"),
    (["check", "{dir}/broken.json"], "broken.json: line 1, column"),
    (["export", "{sample}", "-o", "{dir}/out.gif"], "unknown file type .gif"),
    (["export", "{sample}", "-o", "{dir}/no/such/out.json"], "does not exist"),
    (["checklist", "{sample}", "-o", "{dir}/out.docx"], "unknown file type .docx"),
    (["import", "{dir}/broken.json", "-o", "{dir}/out.json"], "broken.json"),
    (["export", "{sample}", "-o", "{dir}/out.png", "--scale", "0"], "scale"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path, capsys, args, words):
    (tmp_path / "broken.json").write_text("{oops")
    sample = str(SAMPLE_MAPS / "webinar-marketing.json")
    argv = [a.format(dir=tmp_path, sample=sample) for a in args]
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert words in err and len(err.splitlines()) == 1 and "Traceback" not in err
    assert not (tmp_path / "out.json").exists() and not (tmp_path / "out.gif").exists()


def test_installed_command_runs_as_a_process(tmp_path):
    result = subprocess.run([sys.executable, "-m", "mapper", "check", str(tmp_path / "nope.json")],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.strip().endswith("nope.json: no such file")


def test_app_without_a_display_says_so_instead_of_aborting():
    env = {k: v for k, v in __import__("os").environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "mapper"], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 2
    assert "no display" in result.stderr and "Traceback" not in result.stderr


def test_a_reader_that_stops_early_is_not_an_unexpected_problem():
    """`mapper check --json FILE | head -1`: the pipe closes before mapper is done writing.
    That is no fault of the map: no "unexpected problem", no traceback, exit 0."""
    import os
    read_end, write_end = os.pipe()
    os.close(read_end)   # the reader is gone before the first byte
    try:
        done = subprocess.run([sys.executable, "-m", "mapper", "check", "--json",
                               str(SAMPLE_MAPS / "webinar-marketing.json")],
                              stdout=write_end, stderr=subprocess.PIPE, timeout=60)
    finally:
        os.close(write_end)
    err = done.stderr.decode("utf-8", "replace")
    assert "unexpected problem" not in err and "Traceback" not in err and "BrokenPipe" not in err
    assert done.returncode == 0


def test_importing_a_file_with_no_steps_writes_nothing(tmp_path, capsys):
    src = tmp_path / "broken.mmd"
    src.write_text("flowchart TD\n A[x] --> B{y\n", encoding="utf-8")
    out = tmp_path / "out.json"
    assert main(["import", str(src), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "nothing to import" in err and "broken.mmd" in err
    assert not out.exists()
