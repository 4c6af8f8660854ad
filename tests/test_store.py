"""The incremental claim store: each source extracted once, the same report as a full check."""

from __future__ import annotations

import sqlite3

import pytest

import claimcheck
from claimcheck import ClaimStore, RuleExtractor, Source, StoreError
from claimcheck.cli import main
from tests.conftest import FIXTURES

SEED = FIXTURES / "ukraine-dprk-2022"
PERU = FIXTURES / "peru-quake-2023"


class CountingExtractor(RuleExtractor):
    """The default extractor, counting the sources it reads."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def extract(self, source: Source) -> list[claimcheck.Claim]:
        self.seen.append(source.id)
        return super().extract(source)


def test_report_in_steps_is_the_report_of_the_whole(tmp_path):
    with ClaimStore(tmp_path / "c.db") as store:
        store.add([SEED])
        store.add([PERU])
        stepwise = store.report()
    whole = claimcheck.check([SEED, PERU])
    assert stepwise.model_dump_json() == whole.model_dump_json()


def test_unchanged_sources_are_not_extracted_again(tmp_path):
    extractor = CountingExtractor()
    with ClaimStore(tmp_path / "c.db", extractor=extractor) as store:
        assert store.add([SEED]) == ["dh-2022-07-13", "iria-2022-07"]
        assert store.add([SEED, PERU]) == ["andean-times", "diario-del-sur", "pacific-daily"]
        assert store.add([SEED, PERU]) == []
    assert extractor.seen == [
        "dh-2022-07-13",
        "iria-2022-07",
        "andean-times",
        "diario-del-sur",
        "pacific-daily",
    ]


def test_a_changed_source_replaces_its_claims(tmp_path, write):
    path = write("a.txt", "Chile cut ties with Peru on 3 May 2024.")
    write("b.txt", "Chile severed diplomatic ties with Peru on 3 May 2024, officials said.")
    with ClaimStore(tmp_path / "c.db") as store:
        store.add([tmp_path])
        path.write_text("Chile cut ties with Peru on 9 May 2024.", "utf-8")
        assert store.add([tmp_path]) == ["a"]
        report = store.report()
    assert report.model_dump_json() == claimcheck.check(tmp_path).model_dump_json()
    assert [f.conflict for f in report.of_kind("conflict")] == ["time"]


def test_the_store_survives_reopening_and_removal(tmp_path):
    db = tmp_path / "c.db"
    with ClaimStore(db) as store:
        store.add([SEED, PERU])
    with ClaimStore(db) as store:
        assert len(store) == 5
        assert store.remove(["andean-times", "pacific-daily", "diario-del-sur"]) == 3
        assert store.ids() == ["dh-2022-07-13", "iria-2022-07"]
        assert store.report().model_dump_json() == claimcheck.check(SEED).model_dump_json()


def test_a_failed_add_leaves_the_store_as_it_was(tmp_path, write):
    db = tmp_path / "c.db"
    with ClaimStore(db) as store:
        store.add([SEED])
        bad = write("bad.txt", b"\x00\x01")
        with pytest.raises(claimcheck.SourceError):
            store.add([PERU, bad])
        assert store.ids() == ["dh-2022-07-13", "iria-2022-07"]


@pytest.mark.parametrize(
    ("content", "words"),
    [(b"not a database, just text" * 100, "not a claimcheck store"), (None, "holds no sources")],
)
def test_bad_stores_are_named_errors(tmp_path, content, words):
    db = tmp_path / "c.db"
    if content is not None:
        db.write_bytes(content)
    with pytest.raises(StoreError, match=words), ClaimStore(db) as store:
        store.report()


def test_a_store_of_another_schema_is_refused(tmp_path):
    db = tmp_path / "c.db"
    ClaimStore(db).close()
    with sqlite3.connect(db) as con:
        con.execute("UPDATE meta SET value = '99' WHERE key = 'schema'")
    with pytest.raises(StoreError, match="schema 99"):
        ClaimStore(db)


def test_cli_store(tmp_path, capsys):
    db = str(tmp_path / "c.db")
    assert main(["check", str(SEED), "--store", db, "-f", "json"]) == 0
    assert "2 extracted, 0 unchanged, 2 sources in all" in capsys.readouterr().err
    assert main(["check", str(PERU), "--store", db, "-f", "json"]) == 0
    out, err = capsys.readouterr()
    assert "3 extracted, 0 unchanged, 5 sources in all" in err
    assert out == claimcheck.check([SEED, PERU]).model_dump_json(indent=2) + "\n"
    assert main(["check", "--store", db, "-f", "json", "-q"]) == 0
    assert capsys.readouterr().out == out
    assert main(["check", "-q"]) == 2
    assert "give at least one PATH" in capsys.readouterr().err
