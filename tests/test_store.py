"""The incremental claim store: each source extracted once, the same report as a full check."""

from __future__ import annotations

import json
import sqlite3
import zlib

import attrs
import pytest

import claimcheck
from claimcheck import ClaimStore, RuleExtractor, Source, StoreError
from claimcheck.cli import main
from claimcheck.normalise import default_lexicon
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


def test_claims_are_stored_without_their_defaults_and_older_rows_still_read(tmp_path):
    db = tmp_path / "c.db"
    with ClaimStore(db) as store:
        store.add([SEED])
        claims = store.claims()
    with sqlite3.connect(db) as con:
        rows = con.execute(
            "SELECT source_id, position, claim FROM claims ORDER BY source_id, position"
        ).fetchall()
        assert not any('"rank_scope":null' in row[2] for row in rows)
        # as a store written before the defaults were left out
        full = [
            (c.model_dump_json(), c.source, row[1]) for c, row in zip(claims, rows, strict=True)
        ]
        con.executemany("UPDATE claims SET claim = ? WHERE source_id = ? AND position = ?", full)
        con.execute("DROP TABLE packed")  # and before claims were packed: the rows are read
    with ClaimStore(db) as store:
        assert store.claims() == claims


def _packs(db) -> dict[str, tuple[str, str]]:
    with sqlite3.connect(db) as con:
        return {sid: (seal, data) for sid, seal, data in con.execute("SELECT * FROM packed")}


def test_a_store_names_teams_and_fines_as_a_check_does(tmp_path):
    # renamings that read a claim's names as printed (a place standing for its team) and its
    # event (a fine named by its company's entity) give the store's report the check's
    sources = [
        Source(id="a", text="The Westmark City Wolves beat the Port Zenda 76ers 25-22 on "
               "Sunday. Acme was fined 1.2 billion euros by the regulator on Monday."),
        Source(id="b", text="Westmark City defeated Port Zenda 25-22 on Sunday. The regulator "
               "fined Acme Platforms 1.2 billion euros on Monday."),
    ]  # fmt: skip
    with ClaimStore(tmp_path / "c.db") as store:
        store.add(sources)
        stored = store.report()
    whole = claimcheck.check(sources)
    assert stored.model_dump_json() == whole.model_dump_json()
    assert len([f for f in whole.of_kind("agreement") if f.figure is not None]) == 2


def test_packed_claims_are_the_claims_their_rows_give(tmp_path):
    db = tmp_path / "c.db"
    with ClaimStore(db) as store:
        store.add([SEED, PERU])
        packed = store.claims()
        store._db.execute("DELETE FROM packed")
        read = store.claims()
    assert len(packed) > 50
    assert packed == read
    assert [c.model_dump_json() for c in packed] == [c.model_dump_json() for c in read]


def test_a_store_without_packs_reports_from_its_rows_and_packs_them(tmp_path):
    db = tmp_path / "c.db"
    with ClaimStore(db) as store:
        store.add([SEED])
    with sqlite3.connect(db) as con:  # as a store written before claims were packed
        con.execute("DROP TABLE packed")
        con.execute("DELETE FROM reports")
    with ClaimStore(db) as store:
        report = store.report()
        assert sorted(_packs(db)) == store.ids()
    assert report.model_dump_json() == claimcheck.check(SEED).model_dump_json()


def test_a_damaged_pack_is_read_from_its_rows_and_packed_again(tmp_path):
    db = tmp_path / "c.db"
    with ClaimStore(db) as store:
        store.add([SEED])
        claims = store.claims()
    sid, (seal, data) = sorted(_packs(db).items())[0]
    with sqlite3.connect(db) as con:
        con.execute("UPDATE packed SET claims = ? WHERE source_id = ?", (data[:-9] + "]", sid))
        con.execute("DELETE FROM reports")
    with ClaimStore(db) as store:
        assert store.claims() == claims
        store.report()
    assert _packs(db)[sid] == (seal, data)


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


def test_a_lexicon_that_reads_its_acts_otherwise_is_another_store_key(tmp_path):
    # kept findings carry summaries: a lexicon whose labels say otherwise makes them again
    lexicon = default_lexicon()
    attack = lexicon.specs["attack"]
    reworded = attrs.evolve(
        lexicon, specs={**lexicon.specs, "attack": attrs.evolve(attack, base="hit")}
    )
    # and so do one that reads a verb in another sense, and one that counts otherwise
    resensed = attrs.evolve(
        lexicon,
        specs={**lexicon.specs, "attack": attrs.evolve(attack, object_not=frozenset({"reef"}))},
    )
    recounted = attrs.evolve(
        lexicon, measures=attrs.evolve(lexicon.measures, animals=frozenset({"yak"}))
    )
    keys = []
    for lx in (lexicon, reworded, lexicon, resensed, recounted):
        with ClaimStore(tmp_path / "c.db", lexicon=lx, extractor=RuleExtractor(lx)) as store:
            keys.append(store._key)
    assert keys[0] == keys[2]
    assert len(set(keys)) == 4


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


def test_a_foreign_database_is_refused_and_left_alone(tmp_path):
    db = tmp_path / "other.db"
    with sqlite3.connect(db) as con:
        con.execute("CREATE TABLE sources (name TEXT)")
    before = db.read_bytes()
    with pytest.raises(StoreError, match="another program's SQLite database"):
        ClaimStore(db)
    assert db.read_bytes() == before  # no table added
    assert main(["check", str(SEED), "--store", str(db), "-q"]) == 2


def test_reading_a_missing_store_creates_nothing(tmp_path, capsys):
    db = tmp_path / "typo.db"
    assert main(["check", "--store", str(db), "-q"]) == 2
    assert "no such claim store" in capsys.readouterr().err
    assert not db.exists()
    with pytest.raises(StoreError, match="does not exist"):
        ClaimStore(tmp_path / "missing" / "c.db")


def test_a_locked_store_is_waited_for_then_named(tmp_path, monkeypatch):
    import claimcheck.store as store_module

    db = tmp_path / "c.db"
    ClaimStore(db).close()
    monkeypatch.setattr(store_module, "LOCK_TIMEOUT", 0.2)
    holder = sqlite3.connect(db)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        extractor = CountingExtractor()
        with pytest.raises(StoreError, match="locked by another process"):
            ClaimStore(db, extractor=extractor).add([SEED])
        assert extractor.seen == []  # refused before any extraction, not after
    finally:
        holder.rollback()
        holder.close()


def test_damaged_rows_are_named(tmp_path):
    db = tmp_path / "c.db"
    with ClaimStore(db) as store:
        store.add([SEED])
    with sqlite3.connect(db) as con:
        con.execute("UPDATE claims SET claim = '{not json' WHERE position = 0")
    with ClaimStore(db) as store:  # the claims are read from their packs: the report is right
        assert store.report().model_dump_json() == claimcheck.check(SEED).model_dump_json()
    with sqlite3.connect(db) as con:
        con.execute("UPDATE packed SET claims = '[' || claims")  # and now the packs too
    with (
        pytest.raises(StoreError, match=r"stored claims of source .* is damaged"),
        ClaimStore(db) as store,
    ):
        store.report()


def test_claims_read_from_json_are_checked_against_their_text(tmp_path):
    # A packed claim's quote is cut from its source's text as it is read; one read from its
    # JSON (no pack, or a damaged one) is compared with the text before judging.
    db = tmp_path / "c.db"
    with ClaimStore(db) as store:
        store.add([SEED])
    with sqlite3.connect(db) as con:
        sid, row = con.execute(
            "SELECT source_id, claim FROM claims WHERE position = 0 ORDER BY source_id"
        ).fetchone()
        claim = json.loads(row)
        claim["evidence"]["start"] += 1
        claim["evidence"]["end"] += 1
        con.execute(
            "UPDATE claims SET claim = ? WHERE position = 0 AND source_id = ?",
            (json.dumps(claim), sid),
        )
    with ClaimStore(db) as store:  # the pack is read: the shifted JSON is never used
        assert store.report().model_dump_json() == claimcheck.check(SEED).model_dump_json()
    with sqlite3.connect(db) as con:
        con.execute("DELETE FROM packed")
        con.execute("DELETE FROM reports")
    with (
        pytest.raises(StoreError, match="no longer quote their source's text"),
        ClaimStore(db) as store,
    ):
        store.report()


def test_flipped_bytes_are_a_damaged_store(tmp_path):
    db = tmp_path / "c.db"
    with ClaimStore(db) as store:
        store.add([SEED])
    data = bytearray(db.read_bytes())
    for k in range(100, len(data), 97):
        data[k] ^= 0xFF
    db.write_bytes(bytes(data))
    with pytest.raises(StoreError), ClaimStore(db) as store:
        store.report()


def test_damage_found_while_keeping_the_family_index_is_a_damaged_store(tmp_path, monkeypatch):
    # found by the fuzz benchmark: flipped bytes that only the index's rebuild reads
    import claimcheck.store as store_module

    db = tmp_path / "c.db"
    with ClaimStore(db) as store:
        store.add([SEED])

    def malformed(self, index):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(store_module.ClaimStore, "_keep_shingles", malformed)
    with pytest.raises(StoreError, match="is damaged"), ClaimStore(db) as store:
        store.report()
    # and while adding: the one-line error, the store as it was
    monkeypatch.setattr(store_module.ClaimStore, "_index_shingles", malformed)
    with pytest.raises(StoreError, match="is damaged"), ClaimStore(db) as store:
        store.add([PERU])
    with ClaimStore(db) as store:
        assert len(store) == 2


def test_the_same_id_from_another_file_is_not_a_silent_replacement(tmp_path, capsys):
    for day, text in (("mon", "Chile cut ties with Peru."), ("tue", "Peru expelled envoys.")):
        (tmp_path / day).mkdir()
        (tmp_path / day / "a.txt").write_text(text, "utf-8")
    db = str(tmp_path / "c.db")
    assert main(["check", str(tmp_path / "mon"), "--store", db, "-q"]) == 0
    assert main(["check", str(tmp_path / "tue"), "--store", db, "-q"]) == 2
    assert "already in the store from" in capsys.readouterr().err
    with ClaimStore(db) as store:
        (kept,) = store.sources()
    assert kept.text == "Chile cut ties with Peru."
    # the same file, changed, still replaces its own earlier version
    (tmp_path / "mon" / "a.txt").write_text("Chile cut ties with Bolivia.", "utf-8")
    assert main(["check", str(tmp_path / "mon"), "--store", db, "-q"]) == 0


def test_an_unchanged_rerun_judges_nothing(tmp_path, monkeypatch):
    import claimcheck.store as store_module

    db = tmp_path / "c.db"
    with ClaimStore(db) as store:
        store.add([SEED])
        first = store.report()
        # kept without what the store holds: sources and stored claims; the derived ones stay
        (kept,) = store._db.execute("SELECT report FROM reports").fetchone()
    slim = claimcheck.Report.model_validate_json(zlib.decompress(kept))
    assert slim.sources == []
    assert [c.id for c in slim.claims] == [c.id for c in first.claims if c.implied]
    assert slim.claims
    # and the findings without their evidence, which their claims give back
    assert slim.findings
    assert all(f.evidence == [] for f in slim.findings)
    calls = []
    real = store_module.judge

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(store_module, "judge", counting)
    with ClaimStore(db) as store:
        store.add([SEED])  # unchanged: nothing extracted
        assert store.report() == first
        assert calls == []  # read back, not judged
        store.add([PERU])
        assert store.report() == claimcheck.check([SEED, PERU])
        assert calls == [1]
        assert store.report(aliases={"Kiev": "Ukraine"}) is not None
        assert calls == [1, 1]  # other aliases, another report


def test_a_stores_report_with_aliases_is_checks_with_them(tmp_path):
    # the store names its claims as it reads them, with the user's aliases over the
    # lexicon's synonyms, as judging names them: the same report, judged and read back
    aliases = {"the DPRK": "Ruritania", "Pyongyang": "Ruritania", "Peru": "Westmark"}
    db = tmp_path / "c.db"
    with ClaimStore(db) as store:
        store.add([SEED, PERU])
        judged = store.report(aliases=aliases)
        assert judged == claimcheck.check([SEED, PERU], aliases=aliases)
        assert any(e.name in ("Ruritania", "Westmark") for e in judged.entities)
    with ClaimStore(db) as store:
        assert store.report(aliases=aliases) == judged  # the kept report, read back


def test_a_kept_report_of_an_older_store_as_text_is_read_back(tmp_path, monkeypatch):
    import claimcheck.store as store_module

    db = tmp_path / "c.db"
    with ClaimStore(db) as store:
        store.add([SEED])
        first = store.report()
    # as older stores kept it: the JSON text, with the findings' evidence
    implied = [c for c in first.claims if c.implied]
    older = first.model_copy(update={"sources": [], "claims": implied})
    with sqlite3.connect(db) as con:
        con.execute("UPDATE reports SET report = ?", (older.model_dump_json(exclude={"counts"}),))
    calls = []
    monkeypatch.setattr(store_module, "judge", lambda *a, **k: calls.append(1))
    with ClaimStore(db) as store:
        assert store.report() == first
    assert calls == []
    with sqlite3.connect(db) as con:  # a damaged copy is judged again
        con.execute("UPDATE reports SET report = X'789c00'")
    monkeypatch.undo()
    with ClaimStore(db) as store:
        assert store.report() == first


def _judged_blocks(monkeypatch) -> list[list[str]]:
    """The blocks judged (not read back from the store), by claim ids."""
    import claimcheck.judge._verdicts as verdicts_module

    judged: list[list[str]] = []
    real = verdicts_module._judge_block

    def recording(key, block, describe, family):
        judged.append(sorted(c.id for c in block))
        return real(key, block, describe, family)

    monkeypatch.setattr(verdicts_module, "_judge_block", recording)
    return judged


STORY = {
    "a": "Rescuers searched the river for survivors. Farmers said the water rose quickly after "
    "midnight. The ferry operator suspended all crossings.",
    "b": "Heavy rain had fallen across the valley for days. Rescuers searched the river for "
    "survivors. The ferry operator suspended all crossings.",
    "c": "The ferry operator suspended all crossings on Wednesday, a spokesman said.",
}


def _story_store(tmp_path, write):
    """A store of STORY's a and b, judged once (so that its results are kept)."""
    for name in ("a", "b"):
        write(f"{name}.txt", STORY[name])
    db = tmp_path / "c.db"
    with ClaimStore(db) as store:
        store.add([tmp_path])
        store.report()
    return db


def test_only_blocks_a_new_source_touches_are_judged_again(tmp_path, write, monkeypatch):
    for name in ("a", "b"):
        write(f"{name}.txt", STORY[name])
    db = tmp_path / "c.db"
    judged = _judged_blocks(monkeypatch)
    keys = "SELECT key FROM memo ORDER BY key"
    with ClaimStore(db) as store:
        store.add([tmp_path / "a.txt", tmp_path / "b.txt"])
        store.report()
        first = list(judged)
        kept_first = [row[0] for row in store._db.execute(keys)]
        assert len(first) == len(kept_first) == 2  # the search and the suspension
        judged.clear()
        store.add([write("c.txt", STORY["c"])])
        report = store.report()
    # the suspension's block has a new claim; the search's is read back
    assert len(judged) == 1
    assert any(i.startswith("c#") for i in judged[0])
    assert report.model_dump_json() == claimcheck.check(tmp_path).model_dump_json()
    with ClaimStore(db) as store:
        store.remove(["c"])
        judged.clear()
        report = store.report()
        after = [row[0] for row in store._db.execute(keys)]
    # the search's block is read back; the suspension's is as it was before c, whose result
    # was dropped then (no block used it): judged again, and kept as before; the result with
    # c, which no block has now, is dropped
    assert judged == [["a#2", "b#2"]]
    assert after == kept_first
    whole = claimcheck.check([tmp_path / "a.txt", tmp_path / "b.txt"])
    assert report.model_dump_json() == whole.model_dump_json()


def test_a_report_writes_only_the_block_results_it_made(tmp_path, write):
    db = _story_store(tmp_path, write)
    with sqlite3.connect(db) as con:  # every row written to the kept results, from now on
        con.execute("CREATE TABLE written (key TEXT)")
        con.execute(
            "CREATE TRIGGER logged AFTER INSERT ON memo BEGIN "
            "INSERT INTO written VALUES (new.key); END"
        )
        before = {row[0] for row in con.execute("SELECT key FROM memo")}
    with ClaimStore(db) as store:
        store.add([write("c.txt", STORY["c"])])
        store.report()
        written = [row[0] for row in store._db.execute("SELECT key FROM written")]
        after = {row[0] for row in store._db.execute("SELECT key FROM memo")}
    # c joins the suspension's block: its new result is written, the search's stays as it was,
    # and the suspension's result without c goes
    assert len(written) == 1
    assert written[0] in after - before
    assert len(before - after) == 1
    assert len(after & before) == 1


def test_a_damaged_kept_result_is_judged_again(tmp_path, write, monkeypatch):
    db = _story_store(tmp_path, write)
    with sqlite3.connect(db) as con:
        # a flipped letter in each kept result, and the kept report gone (it would be read)
        con.execute("UPDATE memo SET value = replace(value, '#', '%')")
        con.execute("DELETE FROM reports")
    with ClaimStore(db) as store:
        blocks = store._db.execute("SELECT COUNT(*) FROM memo").fetchone()[0]
    judged = _judged_blocks(monkeypatch)
    with ClaimStore(db) as store:
        report = store.report()
    assert len(judged) == blocks
    assert report.model_dump_json() == claimcheck.check(tmp_path).model_dump_json()


def test_a_kept_result_is_read_only_under_its_own_key_and_text():
    from claimcheck.store import _sealed, _unsealed

    value = [[{"id": "f1", "claims": ["a#1"]}], []]
    row = _sealed("block:1", value)
    assert _unsealed("block:1", row) == value
    for key, bad in [
        ("block:2", row),  # another block's key
        ("block:1", row.replace("a#1", "a#2")),  # a flipped byte
        ("block:1", '["0123456789abcdef", [[], []]]'),  # an older store's form
    ]:
        with pytest.raises(ValueError, match="checksum"):
            _unsealed(key, bad)


def test_a_store_from_before_kept_results_is_judged_and_then_keeps_them(tmp_path, write):
    db = _story_store(tmp_path, write)
    with sqlite3.connect(db) as con:  # as a store written before results were kept
        con.execute("DROP TABLE memo")
        con.execute("DELETE FROM reports")
    # opening it writes nothing (it may be on read-only media)
    ro = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    ro.executescript(claimcheck.store._TABLES)
    ro.close()
    with ClaimStore(db) as store:
        report = store.report()
        assert store._db.execute("SELECT COUNT(*) FROM memo").fetchone()[0] == 2
    assert report.model_dump_json() == claimcheck.check(tmp_path).model_dump_json()


WIRE = (
    "Floods swept through the coastal city of Marlow on Monday, killing at least nine people "
    "and forcing hundreds of residents from their homes, officials said. Rescuers in boats "
    "searched flooded streets for survivors as the river burst its banks after three days of "
    "heavy rain."
)


def _store_copies(store: ClaimStore) -> dict[tuple[str, str], int]:
    return {(a, b): n for a, b, n in store._db.execute("SELECT a, b, count FROM copies")}


def test_families_kept_as_sources_come_are_those_of_all_of_them(tmp_path, write):
    from claimcheck.judge._independence import _shingles, copied_pairs

    texts = {
        "a": WIRE,
        "b": "The Marlow Times reports. " + WIRE,
        "c": "Heavy rain fell on Marlow for days. Nine people were killed, officials said.",
        "d": WIRE + " The mayor declared a state of emergency.",
    }
    db = tmp_path / "c.db"

    def expected(ids):
        return copied_pairs({i: _shingles(texts[i]) for i in ids})

    with ClaimStore(db) as store:
        store.add([write("a.txt", texts["a"]), write("c.txt", texts["c"])])
        store.report()  # the index is made
        for name in ("b", "d"):
            store.add([write(f"{name}.txt", texts[name])])  # and kept up to date
            assert store._shingles_fresh()
        assert _store_copies(store) == expected("abcd")
        report = store.report()
        assert report.model_dump_json() == claimcheck.check(tmp_path).model_dump_json()
        assert [f.sources for f in report.families] == [["a", "b", "d"]]
        # a replaced or removed source: the index is made again
        texts["d"] = texts["c"] + " Schools were closed."
        store.add([write("d.txt", texts["d"])])
        assert not store._shingles_fresh()
        report = store.report()
        assert store._shingles_fresh()
        assert report.model_dump_json() == claimcheck.check(tmp_path).model_dump_json()
        store.remove(["b"])
        assert not store._shingles_fresh()
        report = store.report()
    (tmp_path / "b.txt").unlink()
    assert report.model_dump_json() == claimcheck.check(tmp_path).model_dump_json()
    with ClaimStore(db) as store:
        assert _store_copies(store) == expected("acd") == {("c", "d"): 6}


def test_counts_read_back_from_kept_results_are_weighed_as_judged(tmp_path, write, monkeypatch):
    # a clause's counts are drafted as its block is judged, and kept with its result: a block
    # read back resolves its conflict as check() does, its clauses' words not counted again
    write("a.txt", "The government declared a state of emergency in four provinces on Monday.")
    write("b.txt", "The government declared a state of emergency in five provinces on Monday.")
    db = tmp_path / "c.db"
    with ClaimStore(db) as store:
        store.add([tmp_path])
        store.report()
    write("c.txt", "Police arrested Jo Bloggs at his home in Zenda on Sunday.")
    judged = _judged_blocks(monkeypatch)
    counted = []
    monkeypatch.setattr(
        claimcheck.judge._resolve, "counts_of", lambda c: counted.append(c) or "recounted"
    )
    with ClaimStore(db) as store:
        store.add([tmp_path / "c.txt"])
        report = store.report()
    assert judged
    assert all(i.startswith("c#") for block in judged for i in block)
    assert counted == []
    (conflict,) = report.of_kind("conflict")
    assert conflict.resolution is not None
    assert [s.value for s in conflict.resolution.support] == ["4 provinces", "5 provinces"]
    monkeypatch.undo()
    assert report.model_dump_json() == claimcheck.check(tmp_path).model_dump_json()


def test_a_report_s_derived_claims_are_those_not_stored_whether_held_or_copied():
    from claimcheck._build import evolve
    from claimcheck.store import _derived

    report = claimcheck.check(SEED)
    stored = [c for c in report.claims if not c.implied]
    implied = [c for c in report.claims if c.implied]
    assert implied  # the seed's ordinal implies claims
    assert _derived(report.claims, stored) == implied
    # a report of copies of the stored claims: told apart by id
    copies = [c if c.implied else evolve(c, {}) for c in report.claims]
    assert _derived(copies, stored) == implied
