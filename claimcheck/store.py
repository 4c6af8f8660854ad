"""An incremental claim store: add sources over time, extract each one once, report on them all.

The store is one SQLite file holding every source and the claims extracted from it (as the JSON
of the public models, and packed: :mod:`claimcheck._packed`, read back without validating each
claim again). Adding a source that is already there with the same text and metadata,
by the same extractor and claimcheck version, extracts nothing; a changed source is extracted
again and replaces the old one. The report is judged over everything stored and is the same
report :func:`claimcheck.check` gives for the same sources. The last report's findings are
kept (not its sources and claims, which the store holds already), and so are each block's
conflicts and agreements (under a digest of what judging the block reads): a re-run after new
sources judges only the blocks they touch.

>>> import tempfile, os
>>> from claimcheck import Source
>>> a = Source(id="a", text="Chile severed ties with Peru on 3 May 2024.")
>>> b = Source(id="b", text="Chile cut diplomatic relations with Peru on 9 May 2024.")
>>> with ClaimStore(os.path.join(tempfile.mkdtemp(), "corpus.db")) as store:
...     store.add([a])
...     store.add([a, b])  # a is unchanged: only b is extracted
...     [f.conflict for f in store.report().of_kind("conflict")]
['a']
['b']
['time']
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sqlite3
import sys
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from types import TracebackType
from typing import Any

import attrs
from pydantic import ValidationError

from claimcheck._build import evolve
from claimcheck._check import (
    Item,
    _quiet_gc,
    _stated,
    _version,
    extract_claims,
    judge,
    report_claims,
)
from claimcheck._packed import FORMAT, pack, packed_rows, row_names, unpack_rows
from claimcheck.errors import ClaimcheckError, StoreError, UsageError
from claimcheck.extract import Extractor, ParseExtractor
from claimcheck.judge._findings import REPORT_ORDER, evidence_of
from claimcheck.judge._independence import (
    MAX_HOLDERS,
    SHINGLE,
    ShingleIndex,
    join_families,
    shingles_of,
)
from claimcheck.judge._memo import Memo
from claimcheck.model import Claim, Family, Report, Source
from claimcheck.normalise import Lexicon, _names_of, _Naming, default_lexicon
from claimcheck.sources._load import Loaded, load_paths

__all__ = ["ClaimStore"]

_SCHEMA = 1
_TABLES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sources (
    id TEXT PRIMARY KEY,
    digest TEXT NOT NULL,
    source TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS claims (
    source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    claim TEXT NOT NULL,
    PRIMARY KEY (source_id, position)
);
CREATE TABLE IF NOT EXISTS origins (
    source_id TEXT PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
    path TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS reports (key TEXT PRIMARY KEY, report TEXT NOT NULL);
"""
# Made when a report is kept, not on opening: a store written before it existed still opens
# where it cannot be written to (read-only media), and is only judged in full there.
_MEMO = "CREATE TABLE IF NOT EXISTS memo (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
# Each source's claims packed (claimcheck._packed), sealed with its digest: read back in a
# third of the time of the claims' JSON, which stays what the store trusts. Made when a source
# is added, and for the sources of an older store when it is first reported on.
_PACKED = (
    "CREATE TABLE IF NOT EXISTS packed (source_id TEXT PRIMARY KEY "
    "REFERENCES sources(id) ON DELETE CASCADE, seal TEXT NOT NULL, claims TEXT NOT NULL)"
)
# The shingle index of source families (claimcheck.judge._independence.ShingleIndex): each
# shingle's holders (NULL past MAX_HOLDERS), each source's number of shingles, the copied
# pairs. Made with the first report; kept up to date as sources are added; rebuilt when one
# is replaced or removed (meta 'shingles' is then gone).
# (statements one by one: executescript would commit the transaction they are made in)
_SHINGLE_TABLES = (
    "CREATE TABLE IF NOT EXISTS shingles (hash INTEGER PRIMARY KEY, holders TEXT)",
    "CREATE TABLE IF NOT EXISTS shingle_sizes (source_id TEXT PRIMARY KEY, size INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS copies "
    "(a TEXT NOT NULL, b TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (a, b))",
)
# How long to wait for another process's write to finish before giving up.
LOCK_TIMEOUT = 10.0


def _fingerprint(extractor: Extractor, lexicon: Lexicon) -> str:
    """The extractor's kind, claimcheck's version and all of the lexicon (patterns, labels,
    the senses of its verbs, the measure table): change any, and stored claims are extracted
    again and kept findings made again."""
    kind = type(extractor)
    patterns = hashlib.sha256(_lexicon_key(lexicon).encode()).hexdigest()[:16]
    model = getattr(extractor, "model", None)
    parser = f"+{model}" if isinstance(model, str) else ""
    return f"{kind.__module__}.{kind.__qualname__}{parser}@{_version()}#{patterns}"


def _lexicon_key(lexicon: Lexicon) -> str:
    """All of the lexicon as text that does not depend on the order of its sets (which the
    interpreter's hashing varies from run to run): its patterns, every predicate's fields
    (labels, the objects that give another sense), the measure table, paraphrases."""

    def plain(_: Any, __: Any, value: Any) -> Any:
        if isinstance(value, (set, frozenset)):
            return sorted(value)
        return value.pattern if isinstance(value, re.Pattern) else value

    return json.dumps(attrs.asdict(lexicon, value_serializer=plain), sort_keys=True, default=str)


def _digest(entry: Loaded, extractor_key: str) -> str:
    """What decides whether stored claims still hold: the source, its stated claims, the extractor."""
    h = hashlib.sha256(extractor_key.encode())
    h.update(entry.source.model_dump_json().encode())
    stated = _stated(entry)
    if stated is not None:
        h.update(b"stated")
        for claim in stated:
            h.update(claim.model_dump_json().encode())
    return h.hexdigest()


def _packed(report: Report) -> bytes:
    """A kept report as stored: its JSON, compressed (a report of a large store repeats its
    phrases tens of thousands of times, and writing ten times the bytes costs more than
    compressing them). Its findings are kept without their evidence, which is their claims'
    (:func:`evidence_of`): five sixths of the bytes of a large store's report."""
    bare = [evolve(f, {"evidence": []}) for f in report.findings]
    kept = report.model_copy(update={"findings": bare})
    return zlib.compress(kept.model_dump_json(exclude={"counts"}).encode(), 1)


def _unpacked(data: str | bytes) -> Report:
    """A kept report read back: compressed, or the JSON text of older stores."""
    return Report.model_validate_json(zlib.decompress(data) if isinstance(data, bytes) else data)


def _with_evidence(kept: Report, claims: list[Claim]) -> Report:
    """A kept report with its ``claims`` (all of them, in report order) and its findings'
    evidence found again from them (a finding kept with its evidence keeps it)."""
    by_id = {c.id: c for c in claims}
    findings = [
        f if f.evidence else evolve(f, {"evidence": evidence_of([by_id[i] for i in f.claims])[0]})
        for f in kept.findings
    ]
    return kept.model_copy(update={"claims": claims, "findings": findings})


def _derived(reported: Sequence[Claim], stored: Sequence[Claim]) -> list[Claim]:
    """The claims of a report that judging derived: those not ``stored``.

    The report holds the stored claims themselves (normalised in place, ``owned``): they are
    told apart by identity, without reading tens of thousands of claims scattered over the
    heap again; by id when the report holds copies.
    """
    held = set(map(id, stored))
    derived = [c for c in reported if id(c) not in held]
    if len(derived) != len(reported) - len(stored):
        ids = {c.id for c in stored}
        derived = [c for c in reported if c.id not in ids]
    return derived


def _named_claim(naming: _Naming, claim: Claim) -> Claim:
    """A claim read from its JSON named as ``naming`` names claims: a copy (the claim as read
    is packed, as made)."""
    changes = naming.of(claim)
    return evolve(claim, changes) if changes else claim


def _checksum(*parts: str) -> str:
    """A short checksum of ``parts``, one per line."""
    return hashlib.sha1("\n".join(parts).encode()).hexdigest()[:16]


def _pack_seal(digest: str, packed: str) -> str:
    """The checksum of a source's packed claims, its digest and the packing's format: a pack
    of another text or format, or with flipped bytes, is not read."""
    return _checksum(FORMAT, digest, packed)


def _sealed(key: str, value: Any) -> str:
    """A kept block result as stored: the checksum of its key and its JSON, a line, and the
    JSON (flipped bytes in a row make the checksum differ, and the block is judged again;
    the text is checked as it is read, not written again to check it)."""
    text = json.dumps(value)
    return f"{_checksum(key, text)}\n{text}"


def _unsealed(key: str, row: str) -> Any:
    """The block result :func:`_sealed` kept under ``key``; :class:`ValueError` when its
    checksum does not fit (flipped bytes, or a row of an older store's form)."""
    seal, _, text = row.partition("\n")
    if seal != _checksum(key, text):
        raise ValueError("a kept result whose checksum does not fit")
    return json.loads(text)


class ClaimStore:
    """Sources and their claims in a SQLite file (created when missing, if ``create``).

    Args:
        path: the database file.
        extractor: how claims are found in new text (default: :class:`ParseExtractor`).
        lexicon: the predicate lexicon for extraction and judging (default: the shipped one).
        create: create the file when it does not exist (``False`` to only read a store).

    A store locked by another process is waited for (``LOCK_TIMEOUT`` seconds); another
    program's SQLite file, a damaged file or row, and a source id that a second file claims
    are :class:`~claimcheck.StoreError`, never a silent change. Use it as a context manager,
    or call :meth:`close`.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        extractor: Extractor | None = None,
        lexicon: Lexicon | None = None,
        create: bool = True,
    ) -> None:
        self.path = os.fspath(path)
        self.lexicon = lexicon or default_lexicon()
        self.extractor = extractor or ParseExtractor(self.lexicon)
        self._key = _fingerprint(self.extractor, self.lexicon)
        if os.path.isdir(self.path):
            raise StoreError("is a folder; give a database file name", path=self.path)
        folder = os.path.dirname(os.path.abspath(self.path))
        if not os.path.isdir(folder):
            raise StoreError(f"folder {folder} does not exist", path=self.path)
        if not os.path.exists(self.path) and not create:
            raise StoreError("no such claim store (give sources to create one)", path=self.path)
        try:
            self._db = sqlite3.connect(self.path, timeout=LOCK_TIMEOUT)
            self._db.execute("PRAGMA foreign_keys = ON")
            tables = {
                row[0]
                for row in self._db.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if tables and "meta" not in tables:
                self._db.close()
                raise StoreError(
                    "is another program's SQLite database, not a claimcheck store; "
                    "give a new file name",
                    path=self.path,
                )
            with self._db:
                self._db.executescript(_TABLES)
                found = self._db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
                if found is None:
                    self._db.execute("INSERT INTO meta VALUES ('schema', ?)", (str(_SCHEMA),))
                elif found[0] != str(_SCHEMA):
                    raise StoreError(
                        f"store schema {found[0]} is not the schema {_SCHEMA} this claimcheck "
                        "writes; use a new store file",
                        path=self.path,
                    )
        except (sqlite3.OperationalError, UnicodeDecodeError) as err:
            raise self._error(err) from None
        except sqlite3.DatabaseError as err:
            raise StoreError(f"not a claimcheck store ({err})", path=self.path) from None

    @contextlib.contextmanager
    def _reading(self) -> Iterator[None]:
        """Database and decoding errors inside, as the store error a person can act on."""
        try:
            yield
        except (sqlite3.Error, UnicodeDecodeError) as err:
            raise self._error(err) from None

    def _error(self, err: sqlite3.Error | UnicodeDecodeError) -> StoreError:
        """A store error a person can act on."""
        if isinstance(err, UnicodeDecodeError):
            return StoreError(
                "is damaged (text that is not UTF-8); restore a copy or start a new store",
                path=self.path,
            )
        text = str(err)
        if "locked" in text or "busy" in text:
            return StoreError(
                f"is locked by another process (waited {LOCK_TIMEOUT:.0f} s); try again when "
                "that run has finished",
                path=self.path,
            )
        if "malformed" in text or "not a database" in text or "corrupt" in text:
            return StoreError(
                f"is damaged ({text}); restore a copy or start a new store", path=self.path
            )
        return StoreError(f"cannot use the store ({text})", path=self.path)

    def __enter__(self) -> ClaimStore:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the database; the store's data stay in its file."""
        self._db.close()

    def __len__(self) -> int:
        with self._reading():
            return int(self._db.execute("SELECT COUNT(*) FROM sources").fetchone()[0])

    def ids(self) -> list[str]:
        """The ids of the stored sources, sorted."""
        with self._reading():
            return [row[0] for row in self._db.execute("SELECT id FROM sources ORDER BY id")]

    def add(
        self,
        items: Iterable[Item],
        *,
        jobs: int = 1,
        skipped: list[ClaimcheckError] | None = None,
        progress: Callable[[str], None] | None = None,
    ) -> list[str]:
        """Add or update sources (files, folders or :class:`Source` objects).

        Returns the ids whose claims were extracted (new or changed sources); unchanged ones
        are left as they are. All of it is written in one transaction: an error leaves the
        store as it was.
        """
        loaded = load_paths(list(items), skipped=skipped)
        return self.add_loaded(loaded, jobs=jobs, progress=progress)

    def add_loaded(
        self,
        loaded: Sequence[Loaded],
        *,
        jobs: int = 1,
        progress: Callable[[str], None] | None = None,
    ) -> list[str]:
        """:meth:`add` for sources already loaded.

        The store is locked for writing before any extraction, so that another process's
        run is waited for (or reported) before the work, not after it.
        """
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as err:
            raise self._error(err) from None
        try:
            with self._reading():
                stored = dict(self._db.execute("SELECT id, digest FROM sources"))
                origins = dict(self._db.execute("SELECT source_id, path FROM origins"))
            todo = []
            for entry in sorted(loaded, key=lambda e: e.source.id):
                sid = entry.source.id
                path = os.path.abspath(entry.path) if entry.path else None
                if path and sid in origins and origins[sid] != path and sid in stored:
                    raise StoreError(
                        f"source id {sid!r} of {entry.path} is already in the store from "
                        f"{origins[sid]}; give one of them another id (an 'id:' header) or "
                        "use another store",
                        path=self.path,
                    )
                digest = _digest(entry, self._key)
                if stored.get(sid) != digest:
                    todo.append((entry, digest, path))
            claims = extract_claims(
                [e for e, _, _ in todo], self.extractor, jobs=jobs, progress=progress
            )
            by_source: dict[str, list[Claim]] = {}
            for claim in claims:
                by_source.setdefault(claim.source, []).append(claim)
            for entry, digest, path in todo:
                sid = entry.source.id
                self._db.execute("DELETE FROM sources WHERE id = ?", (sid,))
                self._db.execute(
                    "INSERT INTO sources VALUES (?, ?, ?)",
                    (sid, digest, entry.source.model_dump_json()),
                )
                if path:
                    self._db.execute("INSERT INTO origins VALUES (?, ?)", (sid, path))
                # without the fields left at their defaults: half the bytes, and a third
                # less time to read back (the packed claims are what a report reads)
                made = by_source.get(sid, [])
                self._db.executemany(
                    "INSERT INTO claims VALUES (?, ?, ?)",
                    [
                        (sid, i, c.model_dump_json(exclude_defaults=True))
                        for i, c in enumerate(made)
                    ],
                )
                self._keep_packs([(sid, digest, made)])
            added = [entry.source for entry, _, _ in todo]
            if any(source.id in stored for source in added):
                self._stale_shingles()  # a replaced text: its shingles are rebuilt
            else:
                self._index_shingles(added)
        except BaseException as err:
            with contextlib.suppress(sqlite3.Error):
                self._db.rollback()
            if isinstance(err, sqlite3.Error):
                raise self._error(err) from None  # a damaged file found while writing
            raise
        try:
            self._db.commit()
        except sqlite3.OperationalError as err:
            raise self._error(err) from None
        return [entry.source.id for entry, _, _ in todo]

    def remove(self, ids: Iterable[str]) -> int:
        """Remove sources (and their claims) by id; returns how many were there."""
        with self._db:
            cursor = self._db.executemany("DELETE FROM sources WHERE id = ?", [(i,) for i in ids])
            self._stale_shingles()
        return cursor.rowcount if cursor.rowcount >= 0 else 0

    # -- the shingle index of source families ---------------------------------------------------

    def _shingle_salt(self) -> str:
        """What the kept shingles were made with (their hashes are Python's, of its word size)."""
        return f"{_version()}|{sys.hash_info.width}|{SHINGLE}|{MAX_HOLDERS}"

    def _shingles_fresh(self) -> bool:
        row = self._db.execute("SELECT value FROM meta WHERE key = 'shingles'").fetchone()
        return row is not None and row[0] == self._shingle_salt()

    def _stale_shingles(self) -> None:
        self._db.execute("DELETE FROM meta WHERE key = 'shingles'")

    def _index_shingles(self, added: Sequence[Source]) -> None:
        """Add new sources to a fresh shingle index: only their shingles' rows are read."""
        with self._reading():
            if added and self._shingles_fresh():
                self._index_new(added)

    def _index_new(self, added: Sequence[Source]) -> None:
        found = shingles_of(added)
        wanted = sorted(set().union(*found.values()))
        holders: dict[int, list[str] | None] = {}
        for k in range(0, len(wanted), 500):
            chunk = wanted[k : k + 500]
            marks = ",".join("?" * len(chunk))
            for shingle, held in self._db.execute(
                f"SELECT hash, holders FROM shingles WHERE hash IN ({marks})", chunk
            ):
                holders[shingle] = held.split() if held is not None else None
        index = ShingleIndex(
            holders,
            dict(self._db.execute("SELECT source_id, size FROM shingle_sizes")),
            {(a, b): n for a, b, n in self._db.execute("SELECT a, b, count FROM copies")},
        )
        for sid in sorted(found):
            index.add(sid, found[sid])
        self._keep_shingles(index)

    def _keep_shingles(self, index: ShingleIndex) -> None:
        """Write what the index changed, and mark it fresh (inside the caller's transaction)."""
        for statement in _SHINGLE_TABLES:
            self._db.execute(statement)
        self._db.executemany(
            "INSERT OR REPLACE INTO shingles VALUES (?, ?)",
            [
                (h, " ".join(held) if held is not None else None)
                for h in sorted(index.changed)
                for held in (index.holders[h],)
            ],
        )
        self._db.executemany(
            "INSERT OR REPLACE INTO shingle_sizes VALUES (?, ?)", sorted(index.sizes.items())
        )
        self._db.execute("DELETE FROM copies")
        self._db.executemany(
            "INSERT INTO copies VALUES (?, ?, ?)",
            [(a, b, n) for (a, b), n in sorted(index.copied.items())],
        )
        self._db.execute(
            "INSERT OR REPLACE INTO meta VALUES ('shingles', ?)", (self._shingle_salt(),)
        )

    def _families(self, sources: Sequence[Source]) -> tuple[dict[str, str], list[Family]]:
        """The sources' families, from the kept index (rebuilt and kept first when stale)."""
        with self._reading():
            if self._shingles_fresh():
                rows = self._db.execute("SELECT a, b, count FROM copies")
                return join_families(sources, {(a, b): n for a, b, n in rows})
        index = ShingleIndex.of(shingles_of(sources))
        try:
            with self._db:
                for table in ("shingles", "shingle_sizes", "copies"):
                    self._db.execute(f"DROP TABLE IF EXISTS {table}")
                self._keep_shingles(index)
        except sqlite3.OperationalError:
            pass  # read-only or locked: the families are right, only not kept
        except sqlite3.DatabaseError as err:
            raise self._error(err) from None  # a damaged file found while keeping the index
        return join_families(sources, index.copied)

    def _rows(
        self,
        query: str,
        model: type[Source] | type[Claim],
        what: str,
        parameters: Sequence[str] = (),
    ) -> list[Any]:
        """The rows of ``query`` read as ``model``; a damaged row is a one-line error."""
        out = []
        with self._reading():
            for key, data in self._db.execute(query, parameters):
                try:
                    out.append(model.model_validate_json(data))
                except (ValidationError, ValueError, TypeError):
                    raise StoreError(
                        f"the stored {what} of source {key!r} is damaged; remove the source "
                        "and add it again, or start a new store",
                        path=self.path,
                    ) from None
        return out

    def sources(self) -> list[Source]:
        """Every stored source, by id."""
        return self._rows("SELECT id, source FROM sources ORDER BY id", Source, "text")

    def claims(self) -> list[Claim]:
        """Every stored claim, by source and position."""
        with self._reading():
            digests = dict(self._db.execute("SELECT id, digest FROM sources"))
        return self._claims(self.sources(), digests)[0]

    def _naming(self, aliases: Mapping[str, str] | None) -> Callable[[Mapping[str, int]], _Naming]:
        """How the claims of a report with ``aliases`` are named, given the names used: as
        judging names them (the lexicon's synonyms, then the user's aliases)."""
        synonyms = self.lexicon.measures.synonym_aliases
        return lambda used: _Naming(used, aliases, synonyms)

    def _claims(
        self,
        sources: Sequence[Source],
        digests: Mapping[str, str],
        naming: Callable[[Mapping[str, int]], _Naming] | None = None,
    ) -> tuple[list[Claim], list[tuple[str, str, list[Claim]]], _Naming | None]:
        """The claims of ``sources`` (in id order), from their packs; and for the sources
        without a pack that reads back (an older store's, a damaged one), their claims read
        from their JSON, to pack (with :meth:`_keep_packs`).

        With ``naming``, the claims are normalised as they are read: ``naming`` is given how
        often each name is used and gives how they are named (returned too; ``None`` without).
        A pack's rows are read first, their names counted, and its claims built with their
        names normalised: no second pass over tens of thousands of claims.
        """
        packs: dict[str, tuple[str, str]] = {}
        with self._reading(), contextlib.suppress(sqlite3.OperationalError):
            # (no such table in an older store: its claims are read from their JSON)
            rows = self._db.execute("SELECT source_id, seal, claims FROM packed")
            packs = {sid: (seal, data) for sid, seal, data in rows}
        unbuilt: set[str] = set()  # packs that read but do not build: read from their JSON
        while True:
            used: Counter[str] = Counter()
            read: dict[str, list[Any]] = {}
            for source in sources:
                seal, data = packs.get(source.id, ("", ""))
                if not seal or source.id in unbuilt:
                    continue
                if seal == _pack_seal(digests.get(source.id, ""), data):
                    with contextlib.suppress(ValueError):
                        found = packed_rows(data)
                        if naming is not None:
                            used.update(list(row_names(found)))
                        read[source.id] = found
            missing = [s.id for s in sources if s.id not in read]
            by_source = self._json_claims(missing)
            named: _Naming | None = None
            if naming is not None:
                for claims in by_source.values():
                    used.update(n for c in claims for n in _names_of(c))
                named = naming(used)
            try:
                for source in sources:
                    if source.id in read:
                        by_source[source.id] = unpack_rows(read[source.id], source, named)
            except ValueError:
                # (counted without it again, when names are counted: it was read, not built)
                unbuilt.add(source.id)
                continue
            break
        # (packed as read from their JSON: a pack holds the claims as made, not as named)
        repack = [(sid, digests.get(sid, ""), by_source.get(sid, [])) for sid in missing]
        if named is not None:
            for sid in missing:
                by_source[sid] = [_named_claim(named, c) for c in by_source.get(sid, [])]
        return [c for s in sources for c in by_source.get(s.id, [])], repack, named

    def _json_claims(self, ids: Sequence[str]) -> dict[str, list[Claim]]:
        """The claims of the sources ``ids`` read from their JSON, by source."""
        by_source: dict[str, list[Claim]] = {}
        for k in range(0, len(ids), 500):
            chunk = ids[k : k + 500]
            marks = ",".join("?" * len(chunk))
            query = (
                f"SELECT source_id, claim FROM claims WHERE source_id IN ({marks}) "
                "ORDER BY source_id, position"
            )
            for claim in self._rows(query, Claim, "claims", chunk):
                by_source.setdefault(claim.source, []).append(claim)
        return by_source

    def _keep_packs(self, packs: Iterable[tuple[str, str, list[Claim]]]) -> None:
        """Write the packs of sources' claims (inside the caller's transaction)."""
        self._db.execute(_PACKED)
        rows = []
        for sid, digest, claims in packs:
            data = pack(claims)
            rows.append((sid, _pack_seal(digest, data), data))
        self._db.executemany("INSERT OR REPLACE INTO packed VALUES (?, ?, ?)", rows)

    def report(
        self,
        *,
        aliases: Mapping[str, str] | None = None,
        skipped: Sequence[ClaimcheckError] = (),
    ) -> Report:
        """The report over every stored source, as :func:`claimcheck.check` would give it.

        The last report's findings are kept in the store under a key of everything they
        depend on (each source's digest, the extractor and lexicon, the aliases, the skipped
        files): an unchanged re-run reads them back with the stored claims and judges nothing. A
        changed one looks up each block's conflicts and agreements in what earlier runs kept,
        under a digest of what judging the block reads: only blocks that new or changed
        sources touch (or whose names or families changed) are judged again.
        """
        if not len(self):
            raise StoreError("the store holds no sources yet; add some first", path=self.path)
        # Reading tens of thousands of stored claims allocates as many models as judging
        # them does: the cycle collector's passes over them are paused, as in judging.
        with _quiet_gc():
            return self._report(aliases, skipped)

    def _report(
        self, aliases: Mapping[str, str] | None, skipped: Sequence[ClaimcheckError]
    ) -> Report:
        with self._reading():
            digests = dict(self._db.execute("SELECT id, digest FROM sources ORDER BY id"))
        key = self._report_key(digests, aliases, skipped)
        sources = self.sources()
        claims, repack, naming = self._claims(sources, digests, self._naming(aliases))
        if repack:
            try:
                with self._db:
                    self._keep_packs(repack)
            except sqlite3.OperationalError:
                pass  # locked or read-only: read from their JSON again next time
            except sqlite3.DatabaseError as err:
                raise self._error(err) from None
        kept = self._kept(key, claims)
        if kept is not None:
            return kept.model_copy(update={"sources": sources})
        memo = Memo(self._memo(), salt=self._key, sources=digests)
        try:
            report = judge(
                sources,
                claims,
                lexicon=self.lexicon,
                aliases=aliases,
                skipped=skipped,
                memo=memo,
                families_of=self._families(sources),
                owned=True,  # read for this report alone
                quoted=not repack,  # (a packed claim's quote is cut from its text: unpack())
                registry=naming.registry if naming is not None else None,
            )
        except UsageError as err:
            if "does not quote source" not in str(err):
                raise
            raise StoreError(
                "is damaged: stored claims no longer quote their source's text; remove the "
                "source and add it again, or start a new store",
                path=self.path,
            ) from None
        try:
            with self._db:
                # Kept without what the store holds already (the sources, the claims as
                # stored): only the claims judging derived, and the findings.
                derived = _derived(report.claims, claims)
                slim = report.model_copy(update={"sources": [], "claims": derived})
                self._db.execute("DELETE FROM reports")
                self._db.execute("INSERT INTO reports VALUES (?, ?)", (key, _packed(slim)))
                self._db.execute(_MEMO)
                # what no block uses any more goes; what was read back stays as it is written
                used = memo.kept()
                stale = {row[0] for row in self._db.execute("SELECT key FROM memo")} - set(used)
                self._db.executemany(
                    "DELETE FROM memo WHERE key = ?", [(k,) for k in sorted(stale)]
                )
                self._db.executemany(
                    "INSERT OR REPLACE INTO memo VALUES (?, ?)",
                    [(k, _sealed(k, v)) for k, v in sorted(memo.made().items())],
                )
        except sqlite3.OperationalError:
            pass  # locked by another process, or read-only: the report is right, only not kept
        except sqlite3.DatabaseError as err:
            raise self._error(err) from None  # a damaged file found while keeping the report
        return report

    def _report_key(
        self,
        digests: Mapping[str, str],
        aliases: Mapping[str, str] | None,
        skipped: Sequence[ClaimcheckError],
    ) -> str:
        h = hashlib.sha256(f"{self._key}|{_version()}".encode())
        for sid, digest in digests.items():  # in id order
            h.update(f"\n{sid}\t{digest}".encode())
        for alias, canonical in sorted((aliases or {}).items()):
            h.update(f"\nalias\t{alias}\t{canonical}".encode())
        for problem in skipped:
            h.update(f"\nskipped\t{problem}".encode())
        return h.hexdigest()

    def _memo(self) -> dict[str, Any]:
        """The block results earlier runs kept; a damaged row is left out (judged again)."""
        known: dict[str, Any] = {}
        try:
            rows = self._db.execute("SELECT key, value FROM memo").fetchall()
        except (sqlite3.Error, UnicodeDecodeError):
            return known
        for key, value in rows:
            with contextlib.suppress(ValueError, TypeError):
                known[key] = _unsealed(key, value)
        return known

    def _kept(self, key: str, stored: Sequence[Claim]) -> Report | None:
        """The kept report for ``key`` over the ``stored`` claims (named as judging names
        them: :meth:`_claims`), without its sources; None when there is none or it is
        damaged."""
        try:
            row = self._db.execute("SELECT report FROM reports WHERE key = ?", (key,)).fetchone()
        except (sqlite3.Error, UnicodeDecodeError):
            return None
        if row is None:
            return None
        try:
            kept = _unpacked(row[0])
        except (ValidationError, ValueError, zlib.error):
            return None  # a damaged copy is judged again
        claims = report_claims(sorted(stored, key=REPORT_ORDER), kept.claims)
        try:
            return _with_evidence(kept, claims)
        except KeyError:
            return None  # a finding about a claim the store does not hold: judged again

    def __repr__(self) -> str:
        return f"ClaimStore({self.path!r}, sources={len(self)})"
