"""Bad input, each case with its exact outcome: a named error, or a correct result and a warning.

The same cases run through the CLI, where an error is one line on stderr and exit status 2.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

import claimcheck
from claimcheck import (
    ClaimcheckWarning,
    ClaimFileError,
    HeaderError,
    SourceError,
    load_source,
)
from claimcheck.cli import main
from claimcheck.extract._sentences import MAX_SENTENCE, split_sentences
from claimcheck.sources import _claimfile, _load

CLAIM_SOURCE = "source: {id: s, text: 'Chile cut ties with Peru.'}\n"

# (file name, content, error class, words the message holds, line named or None)
ERRORS = [
    ("empty.txt", "", SourceError, "empty source", None),
    ("blank.txt", "  \n\t \n\n", SourceError, "empty source", None),
    ("furniture.txt", "ADVERTISEMENT\nBack to Top\n", SourceError, "empty source", None),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", SourceError, "binary file", None),
    ("controls.txt", bytes(range(1, 9)) * 40, SourceError, "binary file", None),
    ("page.html", b"<meta charset=klingon><p>caf\xe9</p>", SourceError, "unknown charset", None),
    (
        "header.txt",
        "title: A\npublished: someday\n\nText.",
        HeaderError,
        "is not a date",
        2,
    ),
    ("header2.txt", "title: A\ncolour: red\n\nText.", HeaderError, "unknown header key", 2),
    ("front.md", "---\ntitle: A\nText never closes.", HeaderError, "never closed", 1),
    ("bad.claims.json", '{"source": ', ClaimFileError, "invalid JSON", 1),
    ("deep.claims.json", "[" * 100_000 + "]" * 100_000, ClaimFileError, "nested", None),
    ("deep.claims.yaml", "[" * 100_000 + "]" * 100_000, ClaimFileError, "nested", None),
    ("list.claims.yaml", "- a\n- b\n", ClaimFileError, "a mapping", None),
    (
        "bomb.claims.yaml",
        'a: &a ["lol","lol"]\nb: &b [*a,*a,*a,*a]\nc: [*b,*b,*b,*b]\n',
        ClaimFileError,
        "aliases are not allowed",
        2,
    ),
    (
        "tag.claims.yaml",
        "source: !!python/object/apply:os.system ['echo pwned']\n",
        ClaimFileError,
        "invalid YAML",
        1,
    ),
    (
        "field.claims.yaml",
        CLAIM_SOURCE + "claims:\n  - {subject: Chile, quote: 'cut ties'}\n",
        ClaimFileError,
        "predicate",
        None,
    ),
    (
        "quote.claims.yaml",
        CLAIM_SOURCE + "claims:\n  - {subject: Chile, predicate: sever_ties, quote: 'absent'}\n",
        ClaimFileError,
        "not found",
        None,
    ),
]


@pytest.mark.parametrize(
    ("name", "content", "error", "words", "line"), ERRORS, ids=[e[0] for e in ERRORS]
)
def test_bad_file_raises_a_named_error(write, name, content, error, words, line):
    path = write(name, content)
    with pytest.raises(error) as caught:
        load_source(path)
    assert words in caught.value.message
    assert caught.value.path == str(path)
    if line is not None:
        assert caught.value.line == line


@pytest.mark.parametrize(("name", "content", "error", "words", "line"), ERRORS[:8])
def test_cli_error_is_one_line_with_status_2(capsys, write, name, content, error, words, line):
    path = write(name, content)
    assert main(["check", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith(f"claimcheck: error: {path}")
    assert words in err
    assert "Traceback" not in err


# (file name, bytes, warning words or None, text the source must hold)
READ_WITH_CARE = [
    ("western.txt", "Le café a fermé lundi.".encode("cp1252"), "Windows-1252", "café a fermé"),
    (
        "quotes.txt",
        "The minister’s “plan” failed.".encode("cp1252"),
        "Windows-1252",
        "minister’s “plan”",
    ),
    (
        "cyrillic.txt",
        "Президент заявил в понедельник, что саммит состоится в Москве.".encode("cp1251"),
        "cp1251",
        "Президент заявил",
    ),
    (
        "declared.html",
        '<meta charset="windows-1251"><p>Президент заявил в понедельник.</p>'.encode("cp1251"),
        None,
        "Президент заявил",
    ),
    (
        "mojibake.txt",
        "The ministerâ€™s statement: CafÃ© owners were fined.".encode(),
        "repaired mojibake",
        "minister’s statement: Café owners",
    ),
    ("utf16.txt", "Le conseil a voté.".encode("utf-16"), None, "a voté"),
    ("bom.txt", "\ufeffThe council voted.".encode(), None, "The council voted."),
]


@pytest.mark.parametrize(
    ("name", "content", "warning", "expected"), READ_WITH_CARE, ids=[c[0] for c in READ_WITH_CARE]
)
def test_encodings_are_detected_or_repaired_with_a_warning(write, name, content, warning, expected):
    path = write(name, content)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        source = load_source(path)
    assert expected in source.text
    messages = [str(w.message) for w in caught if issubclass(w.category, ClaimcheckWarning)]
    if warning is None:
        assert messages == []
    else:
        assert len(messages) == 1
        assert messages[0].startswith(f"{path}: ")
        assert warning in messages[0]


def test_cli_prints_repairs_as_warnings(capsys, write):
    path = write(
        "western.txt", "Chile cut ties with Peru on 3 May 2024, café owners said.".encode("cp1252")
    )
    assert main(["check", str(path), "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["sources"][0]["text"].endswith("café owners said.")
    assert (
        err == f"claimcheck: warning: {path}: not UTF-8; read as Windows-1252 (Western European)\n"
    )
    assert main(["check", str(path), "-q", "--format", "json"]) == 0
    assert capsys.readouterr().err == ""


def test_a_folder_with_unreadable_files_checks_the_rest(write, tmp_path):
    write("a-good.txt", "Chile cut ties with Peru on 3 May 2024.")
    write("b-binary.txt", b"\x00\x01\x02")
    write("c-empty.md", "")
    write("d-good.txt", "Peru cut ties with Chile on 3 May 2024.")
    with pytest.warns(ClaimcheckWarning) as caught:
        report = claimcheck.check(tmp_path)
    assert [s.id for s in report.sources] == ["a-good", "d-good"]
    assert len(report.skipped) == 2
    assert "b-binary.txt: binary file" in report.skipped[0]
    assert "c-empty.md: empty source" in report.skipped[1]
    assert [str(w.message).split(":")[0] for w in caught] == [
        "skipped " + str(tmp_path / "b-binary.txt"),
        "skipped " + str(tmp_path / "c-empty.md"),
    ]


def test_strict_stops_at_the_first_unreadable_file(write, tmp_path, capsys):
    write("a.txt", "Chile cut ties with Peru.")
    bad = write("b.txt", b"\x00\x01")
    with pytest.raises(SourceError, match="binary"):
        claimcheck.check(tmp_path, strict=True)
    assert main(["check", str(tmp_path), "--strict"]) == 2
    assert (
        capsys.readouterr().err
        == f"claimcheck: error: {bad}: binary file, not text: give a .txt, .md, .html or claim file\n"
    )


def test_cli_reports_skipped_files_in_every_format(write, tmp_path, capsys):
    write("a.txt", "Chile cut ties with Peru on 3 May 2024.")
    write("b.txt", "")
    for fmt in ("json", "md", "text", "html"):
        assert main(["check", str(tmp_path), "--format", fmt]) == 0
        out, err = capsys.readouterr()
        assert "b.txt: empty source" in out, fmt
        assert (
            err
            == f"claimcheck: warning: skipped {tmp_path / 'b.txt'}: empty source: no text left to check\n"
        )


def test_duplicate_ids_name_both_files(write, tmp_path):
    write("one/a.txt", "Chile cut ties with Peru.")
    write("two/a.txt", "Peru cut ties with Chile.")
    with pytest.raises(SourceError, match=r"duplicate source id 'a' \(also .*one/a.txt\)"):
        claimcheck.check(tmp_path)


def test_size_limits(write, monkeypatch):
    monkeypatch.setattr(_load, "MAX_SOURCE_BYTES", 1000)
    with pytest.raises(SourceError, match="the limit is"):
        load_source(write("big.txt", "word " * 300))
    monkeypatch.setattr(_claimfile, "MAX_CLAIM_FILE_BYTES", 100)
    with pytest.raises(ClaimFileError, match="larger than"):
        load_source(write("big.claims.yaml", CLAIM_SOURCE + "#" * 200))


def test_html_scripts_comments_and_handlers_never_become_text(write):
    page = write(
        "p.html",
        "<html><head><script>var claim = 'Chile invaded Peru';</script>"
        "<style>p{}</style></head><body><!-- Chile invaded Peru -->"
        "<p onclick=\"alert('Chile invaded Peru')\">Chile cut ties with Peru.</p>"
        "<noscript>Chile invaded Peru</noscript></body></html>",
    )
    assert load_source(page).text == "Chile cut ties with Peru."


def test_text_without_sentence_punctuation_is_still_read(write):
    path = write("notes.txt", "Chile cut ties with Peru on Monday\nPeru recalled its ambassador")
    report = claimcheck.check(path)
    assert {c.predicate for c in report.claims} >= {"sever_ties"}


def test_a_huge_line_is_cut_into_bounded_sentences():
    line = "the army said soldiers fired on protesters near the port " * 20_000  # ~1.2 MB
    spans = split_sentences(line)
    assert max(e - s for s, e in spans) <= MAX_SENTENCE
    assert "".join(line[s:e] for s, e in spans).replace(" ", "") == line.replace(" ", "")
    unbroken = "x" * (3 * MAX_SENTENCE + 7)
    assert [e - s for s, e in split_sentences(unbroken)] == [MAX_SENTENCE] * 3 + [7]


def test_tens_of_megabytes_load(write):
    path = write("large.txt", ("Chile cut ties with Peru on Monday, officials said. " * 200_000))
    source = load_source(path)  # about 10 MB
    assert len(source.text) > 10_000_000


def test_an_output_path_equal_to_an_input_is_refused_and_the_input_kept(write, capsys):
    path = write("a.txt", "Chile cut ties with Peru.")
    before = Path(path).read_bytes()
    assert main(["check", str(path), "-o", str(path), "--force"]) == 2
    assert "refusing to write the report over" in capsys.readouterr().err
    assert Path(path).read_bytes() == before
