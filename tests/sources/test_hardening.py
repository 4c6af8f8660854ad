"""Hostile and careless input, second round: no hang, no silent loss, no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import claimcheck
from claimcheck import SourceError, UsageError
from claimcheck._check import capped_jobs
from claimcheck.cli import main
from claimcheck.report import render

STORY = "outlet: Daily\npublished: 2024-03-06\n\nA fire killed 9 people in Dhaka on Tuesday.\n"


def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claimcheck", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_not_waited_on(tmp_path):
    fifo = tmp_path / "p.txt"
    os.mkfifo(fifo)
    done = run_cli("check", str(fifo), "--skip-unreadable", timeout=60)
    assert "not a regular file" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_device_is_refused():
    with pytest.raises(SourceError, match="not a regular file"):
        claimcheck.check("/dev/zero")


def test_output_through_a_link_writes_its_target_and_keeps_the_link(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    target = tmp_path / "real.md"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    assert main(["check", str(tmp_path / "a.txt"), "-o", str(link), "--force", "-q"]) == 0
    assert link.is_symlink()
    assert target.read_text("utf-8").startswith("# claimcheck report")


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="no /dev/null")
def test_output_never_replaces_a_device(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    status = main(
        ["check", str(tmp_path / "a.txt"), "-o", "/dev/null", "--force", "--format", "md"]
    )
    assert status == 2
    assert "not a regular file" in capsys.readouterr().err
    assert Path("/dev/null").is_char_device()


@pytest.mark.parametrize("name", ["report.markdown", "report.text", "report.xhtml"])
def test_a_report_is_never_written_where_it_would_be_read_back(tmp_path, name, capsys):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    fmt = "html" if name.endswith("xhtml") else "md"
    status = main(["check", str(tmp_path), "-o", str(tmp_path / name), "--format", fmt, "-q"])
    assert status == 2
    assert "input" in capsys.readouterr().err


def test_an_unknown_output_extension_needs_a_format(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    assert main(["check", str(tmp_path / "a.txt"), "-o", str(tmp_path / "r.pdf")]) == 2
    err = capsys.readouterr().err
    assert "--format" in err
    assert not (tmp_path / "r.pdf").exists()


def test_jobs_are_capped_and_validated(tmp_path):
    cpus = os.cpu_count() or 1
    assert capped_jobs(100_000_000) == 2 * cpus
    assert capped_jobs(0) == cpus
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    for bad in ("2", None, 2.5, -1, True):
        with pytest.raises(UsageError, match="jobs"):
            claimcheck.check(tmp_path, jobs=bad)  # type: ignore[arg-type]
    assert run_cli("check", str(tmp_path), "-j", "9" * 24, "-q").returncode == 0


def test_terminal_escapes_in_a_source_are_made_inert(tmp_path):
    (tmp_path / "a.txt").write_text(
        "outlet: Evil\x1b]0;pwned\x07 Times\n\nA fire killed 9 people.\x1b[31m Police said.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(STORY, encoding="utf-8")
    text = render(claimcheck.check(tmp_path), "text")
    assert "\x1b" not in text
    assert "\x07" not in text


def test_utf32_with_a_bom_is_read(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(STORY.encode("utf-32"))
    source = claimcheck.load_source(path)
    assert source.outlet == "Daily"
    assert "fire killed 9" in source.text


def test_files_with_non_latin_names_get_distinct_ids(tmp_path):
    (tmp_path / "Статья.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "記事.txt").write_text(STORY.replace("9", "12"), encoding="utf-8")
    (tmp_path / "報道.txt").write_text(STORY.replace("9", "14"), encoding="utf-8")
    ids = [s.id for s in claimcheck.check(tmp_path).sources]
    assert len(set(ids)) == 3


@pytest.mark.parametrize(
    ("header", "message"),
    [("published: 2024-02-30", "date"), ("published: 2024-13-01", "date")],
)
def test_an_impossible_unquoted_yaml_date_is_a_header_error(tmp_path, header, message):
    (tmp_path / "a.md").write_text(
        f"---\n{header}\n---\nA fire killed 9 people.\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(STORY, encoding="utf-8")
    with pytest.raises(claimcheck.HeaderError, match=message):
        claimcheck.load_source(tmp_path / "a.md")
    # in a folder, the bad file is skipped with its reason and the others are checked
    with pytest.warns(claimcheck.ClaimcheckWarning):
        report = claimcheck.check(tmp_path)
    assert [s.id for s in report.sources] == ["b"]
    assert any("a.md" in reason for reason in report.skipped)


def test_cleaning_keeps_prose_that_starts_like_furniture():
    from claimcheck.sources._clean import clean_text

    story = (
        "Updated figures show the toll rose to 12.\n\n"
        "Published reports say police fired tear gas.\n\n"
        "Updated: 3 May 2024\n\n"
        "Copyright lawyers said the case against the owner was weak, and the hearing was set for"
        " next week in the high court, which will hear both sides.\n\n"
        "The owner denied wrongdoing.\n\n"
        "Copyright 2024 Daily News. All rights reserved.\n\nAbout us\n"
    )
    text = clean_text(story).text
    assert "Updated figures show" in text
    assert "Published reports say" in text
    assert "Copyright lawyers said" in text
    assert "The owner denied wrongdoing." in text
    assert "Updated: 3 May" not in text
    assert "Daily News" not in text


@pytest.mark.parametrize("option", ["--lexicon", "--aliases"])
@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such"),
        ("folder", "regular file"),
        (b"predicates:\n  x:\n    verbs: 7\n", "must be a list"),
        (b"predicates: {}\nfoo: 1\n", "foo"),
    ],
)
def test_lexicon_and_alias_file_mistakes_are_one_line(tmp_path, capsys, option, content, message):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    path = tmp_path / "extra.yaml"
    if content == "folder":
        path.mkdir()
    elif content is not None:
        path.write_bytes(content)
    status = main(["check", str(tmp_path / "a.txt"), option, str(path), "-q"])
    err = capsys.readouterr().err
    assert status == 2
    assert len(err.strip().splitlines()) == 1
    if option == "--lexicon" or content in (None, "folder"):
        assert message in err


def test_a_latin1_lexicon_is_read(tmp_path):
    path = tmp_path / "lex.yaml"
    path.write_bytes(
        "predicates:\n  evacuate:\n    label: évacué\n    verbs: ['evacuate~']\n".encode("latin-1")
    )
    with pytest.warns(claimcheck.ClaimcheckWarning):
        lexicon = claimcheck.load_lexicon(path)
    assert lexicon.specs["evacuate"].label == "évacué"


def test_a_linked_subfolder_is_listed_as_skipped_not_passed_over(tmp_path):
    news = tmp_path / "news"
    (news / "inner").mkdir(parents=True)
    (news / "a.txt").write_text(STORY, encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "b.txt").write_text(STORY.replace("9", "12"), encoding="utf-8")
    (news / "linked").symlink_to(elsewhere, target_is_directory=True)
    with pytest.warns(claimcheck.ClaimcheckWarning, match="link to a folder"):
        report = claimcheck.check(news)
    assert [s.id for s in report.sources] == ["a"]
    assert any("linked" in reason and "not followed" in reason for reason in report.skipped)
    with pytest.raises(SourceError, match="link to a folder"):
        claimcheck.check(news, strict=True)


def test_a_killed_writes_temporary_file_is_cleared_on_the_next_write(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    stale = out / ".r.md.abcd1234"
    stale.write_text("half a report", encoding="utf-8")
    fresh = out / ".r.md.efgh5678"
    fresh.write_text("a write in progress", encoding="utf-8")
    old = os.stat(stale).st_mtime - 3600
    os.utime(stale, (old, old))
    other = out / ".notes.abcd1234"
    other.write_text("not ours", encoding="utf-8")
    os.utime(other, (old, old))
    assert main(["check", str(tmp_path / "a.txt"), "-o", str(out / "r.md"), "-q"]) == 0
    assert not stale.exists()
    assert fresh.exists()  # perhaps another process's write: left alone
    assert other.exists()


@pytest.mark.parametrize(
    "page",
    [
        "<nav><ul><li>Home<li>World</ul></nav><article><p>A fire killed 9 people.</article>",
        "<html><head><title>Fire</title><meta name=x content=y><p>A fire killed 9 people.",
        "<aside><p>Most read</aside><p>A fire killed 9 people.",
        "<div><p>Intro<div><p>A fire killed 9 people.</div>",
    ],
)
def test_html_with_omitted_end_tags_keeps_the_article(tmp_path, page):
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    source = claimcheck.load_source(path)
    assert "A fire killed 9 people." in source.text
    assert "Home" not in source.text
    assert "Most read" not in source.text


def test_html_nested_thousands_deep_is_read():
    from claimcheck.sources._html import parse_html

    page = parse_html("<div>" * 5000 + "<p>Deep text.</p>" + "</div>" * 5000)
    assert page.text == "Deep text."


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="process groups are POSIX")
def test_ctrl_c_with_two_jobs_exits_130_quietly(tmp_path):
    import signal
    import time

    sentence = "The flood in Zenda killed {k} people on Monday, officials said. " * 30
    for k in range(300):
        (tmp_path / f"s{k:03d}.txt").write_text(sentence.format(k=k), "utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "claimcheck", "check", str(tmp_path), "-j", "2", "-q"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal's Ctrl-C reaches
        # a foreground job's Ctrl-C is not ignored, even when the tests run in the background
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    time.sleep(6)
    assert process.poll() is None, "the run ended before it could be interrupted"
    os.killpg(process.pid, signal.SIGINT)  # Ctrl-C: the parent and both workers
    _, err = process.communicate(timeout=60)  # no hang
    assert process.returncode == 130
    assert "Traceback" not in err
    assert err.strip().splitlines()[0] == "claimcheck: interrupted"


def test_a_mostly_utf8_file_is_repaired_line_by_line(tmp_path):
    path = tmp_path / "m.txt"
    path.write_bytes(
        "Los Andes: Perú y Bolivia, dijo el ministro.\n".encode()
        + "Lima: Perú rompió relaciones.\n".encode("latin-1")
        + "Quito — the café said.\n".encode()
    )
    with pytest.warns(claimcheck.ClaimcheckWarning, match="1 line.* read as Windows-1252"):
        source = claimcheck.load_source(path)
    assert "Lima: Perú rompió relaciones." in source.text
    assert "Perú y Bolivia" in source.text
    assert "—" in source.text
