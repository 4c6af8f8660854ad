"""Loading sources: headers, front matter, HTML, folders and every kind of bad file."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck import HeaderError, Source, SourceError, UsageError, load_source, load_sources
from claimcheck.sources import source_from_text
from claimcheck.sources._clean import clean_text

BODY = "The council approved the budget on Monday.\n"


def test_metadata_header(write):
    path = write("a.txt", f"title: Budget\noutlet: The Gazette\npublished: 2023-03-07\n\n{BODY}")
    src = load_source(path)
    assert (src.id, src.title, src.outlet, src.published) == (
        "a",
        "Budget",
        "The Gazette",
        dt.date(2023, 3, 7),
    )
    assert src.text == BODY.strip()


def test_front_matter_ignores_unknown_keys(write):
    path = write("b.md", f"---\ntitle: Budget\ntags: [x]\npublished: 7 March 2023\n---\n{BODY}")
    src = load_source(path)
    assert src.title == "Budget"
    assert src.published == dt.date(2023, 3, 7)


@pytest.mark.parametrize(
    ("content", "line", "fragment"),
    [
        ("title: x\noops no colon\n\nText.", 2, "key: value"),
        ("title: x\ncolour: red\n\nText.", 2, "unknown header key"),
        ("published: someday\n\nText.", 1, "not a date"),
        ("---\ntitle: x\nText.", 1, "never closed"),
    ],
)
def test_malformed_header_names_the_line(write, content, line, fragment):
    path = write("h.txt", content)
    with pytest.raises(HeaderError) as err:
        load_source(path)
    assert err.value.line == line
    assert fragment in str(err.value)
    assert str(path) in str(err.value)


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("", "empty source"),
        ("   \n\t\n", "empty source"),
        ("ADVERTISEMENT\nFollow us on\n", "empty source"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
    ],
)
def test_unreadable_sources(write, content, fragment):
    path = write("bad.txt", content)
    with pytest.raises(SourceError, match=fragment):
        load_source(path)


def test_utf16_with_bom_is_read(write):
    path = write("u.txt", "Le conseil a voté.".encode("utf-16"))
    assert load_source(path).text == "Le conseil a voté."


def test_missing_file(tmp_path):
    with pytest.raises(SourceError, match="no such file"):
        load_source(tmp_path / "nope.txt")


def test_folder_sorted_and_other_files_skipped(write, tmp_path):
    write("b.txt", BODY)
    write("a.md", BODY)
    write("notes.yaml", "x: 1")
    write("sub/c.html", f"<p>{BODY}</p>")
    assert [s.id for s in load_sources([tmp_path])] == ["a", "b", "c"]


def test_one_path_alone_is_one_item(write, tmp_path):
    # a string is a path, never its letters ("/" would be the whole file system)
    write("a.txt", BODY)
    write("sub/b.md", BODY)
    assert [s.id for s in load_sources(str(tmp_path))] == ["a", "b"]
    assert [s.id for s in load_sources(tmp_path / "a.txt")] == ["a"]
    src = Source(id="x", text=BODY)
    assert load_sources(src) == [src]


def test_duplicate_ids_are_refused(write, tmp_path):
    write("a.txt", BODY)
    write("a.md", BODY)
    with pytest.raises(SourceError, match="duplicate source id 'a'"):
        load_sources([tmp_path])


def test_empty_folder(tmp_path):
    with pytest.raises(SourceError, match="no source files"):
        load_sources([tmp_path])


def test_no_sources():
    with pytest.raises(UsageError):
        load_sources([])


def test_source_objects_pass_through():
    src = Source(id="x", text=BODY)
    assert load_sources([src]) == [src]


def test_html_text_and_metadata(write):
    page = """<!doctype html><html><head><title>T</title>
    <meta property="og:site_name" content="Gazette">
    <meta property="article:published_time" content="2023-03-07T10:00:00Z">
    <script>alert('x')</script><style>p{}</style></head>
    <body><nav>Home | World</nav><h1>Budget passes</h1>
    <p>The council <b>approved</b> the budget.</p><!-- hidden comment -->
    <footer>Copyright 2023</footer></body></html>"""
    src = load_source(write("p.html", page))
    assert src.outlet == "Gazette"
    assert src.published == dt.date(2023, 3, 7)
    assert src.title == "Budget passes"  # the headline, not the browser title
    assert "The council approved the budget." in src.text
    for absent in ("alert", "Home", "hidden comment", "Copyright", "p{}"):
        assert absent not in src.text


@pytest.mark.parametrize(
    "line",
    [
        "ADVERTISEMENT",
        "Follow us on",
        "Back to Top×",
        "Leave a comment",
        "Subscribe to Our News",
        "Enter your email address:",
        "Copyright © 2024 Some Outlet",
        "Share this article",
        "×",
        "World, News No Comments on Budget passes",
    ],
)
def test_page_furniture_is_removed(line):
    cleaned = clean_text(f"Budget passes\n\n{BODY}\n{line}\n")
    assert line not in cleaned.text
    assert "approved the budget" in cleaned.text


def test_footer_after_copyright_is_dropped():
    story = "\n\n".join(
        f"Paragraph {i} of the story, which runs well past eighty characters as bodies do."
        for i in range(3)
    )
    cleaned = clean_text(
        f"{story}\n\nCopyright © 2024 Outlet\n\nOutlet is an institute that studies things.\n"
    )
    assert "institute" not in cleaned.text


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("Last Updated 13 July 2022, 19:19 IST", dt.date(2022, 7, 13)),
        ("(Published 2 May 2023, 08:00 IST)", dt.date(2023, 5, 2)),
        ("Published: March 4, 2021", dt.date(2021, 3, 4)),
        ("Updated on 2020-01-05", dt.date(2020, 1, 5)),
        ("Copyright © 2024 Outlet", None),
    ],
)
def test_dateline(dateline, expected):
    assert clean_text(f"{BODY}\n{dateline}\n").published == expected


def test_published_beats_last_updated():
    text = f"Last Updated 14 July 2022, 10:00 IST\n{BODY}\n(Published 13 July 2022, 19:19 IST)\n"
    assert clean_text(text).published == dt.date(2022, 7, 13)


@pytest.mark.parametrize(
    ("line", "wire"),
    [
        ("PARIS (AFP) — The council met.", "AFP"),
        ("LONDON (Reuters) - The council met.", "Reuters"),
        ("The council met, the Associated Press reported.", "AP"),
        ("The council met.", None),
    ],
)
def test_wire_credit(line, wire):
    assert clean_text(line).wire == wire


def test_header_values_win_over_dateline():
    src = source_from_text(f"published: 2020-01-01\n\n{BODY}(Published 2 May 2023)\n", id="s")
    assert src.published == dt.date(2020, 1, 1)
