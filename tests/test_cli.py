"""The claimcheck command: exit statuses, one-line errors, safe output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck.cli import main
from tests.conftest import FIXTURES

SEED = str(FIXTURES / "ukraine-dprk-2022")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_text_report(capsys):
    code, out, err = run(capsys, "check", SEED)
    assert code == 0
    assert "CONFLICT (1)" in out
    assert out.startswith("claimcheck: 2 sources, 1 conflict, 6 agreements")
    assert "at least the fourth" in out
    assert err == ""


def test_json_report_has_findings_with_exact_evidence(capsys):
    code, out, _ = run(capsys, "check", SEED, "--format", "json")
    assert code == 0
    data = json.loads(out)
    texts = {s["id"]: s["text"] for s in data["sources"]}
    assert data["findings"]
    for finding in data["findings"]:
        assert {"kind", "summary", "evidence"} <= set(finding)
        for span in finding["evidence"]:
            assert texts[span["source"]][span["start"] : span["end"]] == span["quote"]


@pytest.mark.parametrize(
    ("spelled", "start"), [("markdown", "# claimcheck"), ("TXT", "claimcheck:")]
)
def test_a_format_may_be_spelled_as_its_extension(capsys, spelled, start):
    code, out, _ = run(capsys, "check", SEED, "-f", spelled)
    assert code == 0
    assert out.startswith(start)
    with pytest.raises(SystemExit) as stop:
        run(capsys, "check", SEED, "-f", "pdf")
    assert stop.value.code == 2
    assert "invalid choice: 'pdf'" in capsys.readouterr().err


def test_fail_on(capsys):
    assert run(capsys, "check", SEED, "--fail-on", "conflict")[0] == 1
    assert (
        run(
            capsys,
            "check",
            str(FIXTURES / "ukraine-dprk-2022" / "iria-2022-07.txt"),
            "--fail-on",
            "conflict",
        )[0]
        == 0
    )


def test_missing_file_is_one_line_with_status_2(capsys):
    code, out, err = run(capsys, "check", "missing.txt")
    assert code == 2
    assert out == ""
    assert err.strip().splitlines() == ["claimcheck: error: missing.txt: no such file or folder"]


def test_argparse_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["check", SEED, "--format", "pdf"])
    assert exc.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_bad_input_file(capsys, write):
    path = write("bad.txt", b"\x00\x01binary")
    code, out, err = run(capsys, "check", str(path))
    assert code == 2
    assert out == ""
    assert (
        err.strip()
        == f"claimcheck: error: {path}: binary file, not text: give a .txt, .md, .html or claim file"
    )


def test_skip_unreadable_checks_the_rest(capsys, write, tmp_path):
    good = write("good.txt", "Chile cut ties with Peru on 3 May 2024.")
    bad = write("bad.txt", b"\x00\x01 not text")
    code, out, err = run(capsys, "check", str(good), str(bad), "--format", "json")
    assert code == 2
    code, out, err = run(
        capsys, "check", str(good), str(bad), "--skip-unreadable", "--format", "json"
    )
    assert code == 0
    assert [s["id"] for s in json.loads(out)["sources"]] == ["good"]
    assert err.startswith(f"claimcheck: warning: skipped {bad}: binary file")


def test_output_is_written_atomically_and_never_clobbers(capsys, tmp_path):
    target = tmp_path / "report.md"
    assert run(capsys, "check", SEED, "-f", "md", "-o", str(target))[0] == 0
    first = target.read_text("utf-8")
    assert first.startswith("# claimcheck report")
    target.write_text("precious", "utf-8")
    code, _, err = run(capsys, "check", SEED, "-f", "md", "-o", str(target))
    assert code == 2
    assert "already exists" in err
    assert target.read_text("utf-8") == "precious"
    assert run(capsys, "check", SEED, "-f", "md", "-o", str(target), "--force")[0] == 0
    assert target.read_text("utf-8") == first
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]  # no temporary left behind


def test_output_over_an_input_is_refused(capsys, write):
    source = write("a.txt", "Chile cut ties with Peru.")
    code, _, err = run(capsys, "check", str(source), "-o", str(source), "--force")
    assert code == 2
    assert "input" in err
    assert source.read_text("utf-8") == "Chile cut ties with Peru."


def test_schema(capsys):
    code, out, _ = run(capsys, "schema")
    assert code == 0
    assert "Finding" in json.loads(out)["$defs"]
    code, out, _ = run(capsys, "schema", "claim-file")
    assert "claims" in json.loads(out)["properties"]


def test_help_explains(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["check", "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    for word in ("--format", "--fail-on", "exit status", "header"):
        assert word in out


def test_version(capsys):
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.startswith("claimcheck ")


def test_same_input_gives_byte_identical_output(capsys, tmp_path):
    one, two = tmp_path / "1.json", tmp_path / "2.json"
    run(capsys, "check", SEED, "-f", "json", "-o", str(one))
    run(capsys, "check", SEED, "-f", "json", "-o", str(two))
    assert Path(one).read_bytes() == Path(two).read_bytes()


@pytest.mark.parametrize("fmt", ["json", "md", "html"])
def test_output_is_identical_across_processes_and_hash_seeds(tmp_path, fmt):
    """Set and dict order, hash seeds and the working folder never reach the report."""
    outputs = []
    for seed, cwd in (("0", FIXTURES.parent), ("1", tmp_path), ("12345", FIXTURES)):
        env = {**os.environ, "PYTHONHASHSEED": seed, "COLUMNS": "80", "LC_ALL": "C"}
        done = subprocess.run(
            [sys.executable, "-m", "claimcheck", "check", SEED, "-f", fmt, "-q"],
            capture_output=True,
            env=env,
            cwd=cwd,
            check=True,
        )
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1] == outputs[2]
    assert str(FIXTURES.parent).encode() not in outputs[0]  # no absolute paths


def test_jobs_give_the_same_report(capsys):
    """Extraction in two processes changes nothing in the report."""
    import claimcheck

    folders = [FIXTURES / "ukraine-dprk-2022", FIXTURES / "peru-quake-2023"]
    assert claimcheck.check(folders, jobs=2) == claimcheck.check(folders)
    code, out, _ = run(capsys, "check", *map(str, folders), "-j", "2", "-f", "json")
    assert code == 0
    assert out == claimcheck.check(folders).model_dump_json(indent=2) + "\n"
    with pytest.raises(SystemExit) as stopped:
        main(["check", SEED, "--jobs=-1"])
    assert stopped.value.code == 2
    assert "cannot be negative" in capsys.readouterr().err


class _Terminal:
    """A stand-in for a terminal on stderr: rich draws on it, the test reads what it drew."""

    def __init__(self) -> None:
        self.text: list[str] = []

    def write(self, text: str) -> int:
        self.text.append(text)
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return True


def test_progress_goes_to_stderr_and_names_both_stages(capsys, monkeypatch, tmp_path):
    for i in range(12):
        (tmp_path / f"s{i:02}.txt").write_text(f"Officials said {i + 2} people were hurt.\n")
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setenv("TERM", "xterm")
    stages: list[str] = []
    import rich.progress

    real_update = rich.progress.Progress.update

    def update(self: rich.progress.Progress, task: object, **fields: object) -> None:
        if "description" in fields:
            stages.append(str(fields["description"]))
        real_update(self, task, **fields)  # type: ignore[arg-type]

    monkeypatch.setattr(rich.progress.Progress, "update", update)
    code = main(["check", str(tmp_path), "-f", "json"])
    out = capsys.readouterr().out
    assert code == 0
    assert json.loads(out)["sources"]  # stdout is the report alone
    assert stages == ["judging claims"]
    assert "extracting claims" in "".join(terminal.text)


def test_fail_on_unresolved(capsys):
    assert (
        main(["check", str(FIXTURES / "ukraine-dprk-2022"), "-q", "--fail-on", "unresolved"]) == 1
    )
    assert main(["check", str(FIXTURES / "revised-toll"), "-q", "--fail-on", "unresolved"]) == 0
    capsys.readouterr()


def test_ctrl_c_that_a_library_swallows_still_ends_the_run_as_interrupted(monkeypatch, capsys):
    import contextlib
    import signal

    import claimcheck.cli as cli

    def run(args: object) -> int:
        # a finalizer or a library callback drops the KeyboardInterrupt
        with contextlib.suppress(KeyboardInterrupt):
            signal.raise_signal(signal.SIGINT)
        return 0

    monkeypatch.setattr(cli, "_run_check", run)
    before = signal.signal(signal.SIGINT, signal.default_int_handler)  # as in a terminal
    try:
        assert main(["check", str(FIXTURES / "ukraine-dprk-2022")]) == 130
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # restored
    finally:
        signal.signal(signal.SIGINT, before)
    assert capsys.readouterr().err.strip() == "claimcheck: interrupted"
