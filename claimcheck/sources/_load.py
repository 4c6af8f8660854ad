"""Reading sources from files and folders.

A source file is plain text or Markdown (optionally opened by a metadata header or YAML front
matter), HTML, or a claim file (``*.claims.yaml``, ``*.claims.yml``, ``*.claims.json``). A
folder is read for those files, sorted by name; anything else in it is skipped.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs
import charset_normalizer
import ftfy
from pydantic import ValidationError

from claimcheck.errors import (
    ClaimcheckError,
    ClaimcheckWarning,
    HeaderError,
    SourceError,
    UsageError,
)
from claimcheck.model import Claim, Source
from claimcheck.normalise._fold import slug
from claimcheck.normalise._time import parse_date
from claimcheck.sources._claimfile import load_claim_file, safe_yaml
from claimcheck.sources._clean import clean_text
from claimcheck.sources._html import parse_html

__all__ = [
    "Loaded",
    "iter_source_files",
    "load_path",
    "load_paths",
    "refuse_duplicate_ids",
    "source_from_text",
]

MAX_SOURCE_BYTES = 64 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
CLAIM_SUFFIXES = (".claims.yaml", ".claims.yml", ".claims.json")
HEADER_KEYS = ("id", "title", "outlet", "url", "published", "wire", "author", "date")
_HEADER_LINE = re.compile(r"^(?P<key>[A-Za-z][A-Za-z_-]*)\s*:\s*(?P<value>.*)$")


@attrs.frozen(slots=True)
class Loaded:
    """A source and, for claim files, the claims it states."""

    source: Source
    claims: tuple[Claim, ...] | None = None
    path: str | None = None


_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_:.-]{1,40})""", re.I
)
# Bytes that no text file holds (C0 controls other than tab, line feed, form feed, return).
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1f]")


def _warn(path: str, message: str) -> None:
    warnings.warn(ClaimcheckWarning(f"{path}: {message}"), stacklevel=4)


def _legacy(data: bytes, path: str) -> str:
    """Text in an 8-bit or legacy encoding: Windows-1252 for Western text, else detected."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        letters = [c for c in text if c.isalpha()]
        foreign = sum(1 for c in letters if not c.isascii())
        # Western prose has a few accented letters; Cyrillic or Greek read as cp1252 is all of them.
        if not letters or foreign / len(letters) < 0.3:
            _warn(path, "not UTF-8; read as Windows-1252 (Western European)")
            return text
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.encoding is None:
        raise SourceError(
            "not valid UTF-8 and its encoding cannot be recognised; re-save the file as UTF-8",
            path=path,
        )
    _warn(path, f"not UTF-8; read as {best.encoding} (detected)")
    return str(best)


def _mixed(data: bytes, path: str) -> str | None:
    """A UTF-8 file with a few lines in Windows-1252 (a paragraph pasted from elsewhere): each
    line in its own encoding, or ``None`` when the file is not mostly UTF-8."""
    lines = data.splitlines(keepends=True)
    bad = 0
    multibyte = False
    decoded = []
    for line in lines:
        try:
            decoded.append(line.decode("utf-8"))
            multibyte = multibyte or any(b >= 0x80 for b in line)
        except UnicodeDecodeError:
            bad += 1
            decoded.append(line.decode("cp1252", errors="replace"))
    if not multibyte or bad > max(1, len(lines) // 10):
        return None
    _warn(path, f"mostly UTF-8; {bad} line(s) read as Windows-1252")
    return "".join(decoded).removeprefix("\ufeff")


def _decode(data: bytes, path: str, *, html: bool = False) -> str:
    """The text of a file's bytes: UTF-8 or UTF-16 with a BOM, a charset an HTML page declares,
    else a detected legacy encoding (with a warning). Binary data is refused."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        try:
            return data.decode("utf-32")
        except UnicodeDecodeError:
            raise SourceError("invalid UTF-32 text", path=path) from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise SourceError("invalid UTF-16 text", path=path) from None
    head = data[:8192]
    if b"\x00" in head or len(_CONTROL.findall(head)) > max(8, len(head) // 100):
        raise SourceError("binary file, not text: give a .txt, .md, .html or claim file", path=path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        declared = _DECLARED_CHARSET.search(data[:4096]) if html else None
        if declared is not None:
            name = declared.group(1).decode("ascii")
            try:
                text = data.decode(name)
            except LookupError:
                raise SourceError(
                    f"the page declares an unknown charset {name!r}", path=path
                ) from None
            except UnicodeDecodeError:
                raise SourceError(
                    f"the page declares charset {name!r} but is not valid {name} "
                    f"(byte 0x{data[err.start]:02x} at offset {err.start})",
                    path=path,
                ) from None
        else:
            text = _mixed(data, path) or _legacy(data, path)
    fixed = ftfy.fix_encoding(text) if _MOJIBAKE.search(text) else text
    if fixed != text:
        _warn(path, "repaired mojibake (UTF-8 text that had been decoded as Windows-1252)")
    return fixed


# Two-character traces UTF-8 leaves when read as Windows-1252 or Latin-1: "â€™", "Ã©", "Â ".
_MOJIBAKE = re.compile("[ÂÃ][\u0080-\u00bf]|â€|Ã[\u00a0-\u00bf]|Â\u00a0")


def _header_value(key: str, value: str, path: str, line: int) -> Any:
    value = value.strip().strip('"').strip("'")
    if key in ("published", "date"):
        day = parse_date(value)
        if day is None:
            raise HeaderError(
                f"'{key}: {value}' is not a date; write it as 2022-07-13 or 13 July 2022",
                path=path,
                line=line,
            )
        return day
    return value or None


def _split_header(text: str, path: str) -> tuple[dict[str, Any], str]:
    """Metadata from a leading ``key: value`` header or YAML front matter, and the rest."""
    lines = text.split("\n")
    meta: dict[str, Any] = {}
    if lines and lines[0].strip() == "---":
        for end in range(1, len(lines)):
            if lines[end].strip() in ("---", "..."):
                break
        else:
            raise HeaderError("front matter opened by '---' is never closed", path=path, line=1)
        data = safe_yaml("\n".join(lines[1:end]), path) if end > 1 else {}
        if data is None:
            data = {}
        if not isinstance(data, dict):
            raise HeaderError("front matter must be a mapping of 'key: value'", path=path, line=2)
        for key, value in data.items():
            key = str(key).lower()
            if key in HEADER_KEYS and value is not None:
                meta[key] = _header_value(key, str(value), path, 1 + 1)
        return meta, "\n".join(lines[end + 1 :])
    first = _HEADER_LINE.match(lines[0]) if lines else None
    if not first or first["key"].lower() not in HEADER_KEYS:
        return meta, text
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            return meta, "\n".join(lines[number:])
        m = _HEADER_LINE.match(line)
        if not m:
            raise HeaderError(
                "expected 'key: value' or a blank line ending the header", path=path, line=number
            )
        key = m["key"].lower()
        if key not in HEADER_KEYS:
            raise HeaderError(
                f"unknown header key {m['key']!r}; known keys: {', '.join(HEADER_KEYS)}",
                path=path,
                line=number,
            )
        meta[key] = _header_value(key, m["value"], path, number)
    raise HeaderError("the metadata header is not followed by a blank line and text", path=path)


def source_from_text(
    text: str, *, id: str, html: bool = False, path: str | None = None, **meta: Any
) -> Source:
    """A :class:`Source` from raw article text (or HTML), cleaned of page furniture.

    ``meta`` holds ``title``, ``outlet``, ``url``, ``published``, ``wire``; they win over what is
    read from the text (a dateline, an HTML meta tag).

    >>> source_from_text("Rain fell.\\nADVERTISEMENT\\n", id="w").text
    'Rain fell.'
    """
    where = path or id
    header, body = _split_header(text.lstrip("\ufeff"), where)
    meta = {**header, **{k: v for k, v in meta.items() if v is not None}}
    if html:
        page = parse_html(body)
        body = page.text
        found_date = parse_date(page.published) if page.published else None
        for key, value in (
            ("title", page.title),
            ("outlet", page.outlet),
            ("url", page.url),
            ("published", found_date),
        ):
            if value is not None:
                meta.setdefault(key, value)
    cleaned = clean_text(body)
    if not cleaned.text.strip():
        raise SourceError("empty source: no text left to check", path=where)
    published = meta.get("published") or meta.get("date") or cleaned.published
    try:
        return Source(
            id=str(meta.get("id") or id),
            text=cleaned.text,
            title=meta.get("title"),
            outlet=meta.get("outlet"),
            url=meta.get("url"),
            published=published,
            wire=meta.get("wire") or cleaned.wire,
            author=meta.get("author"),
        )
    except ValidationError as err:
        raise HeaderError(err.errors()[0]["msg"], path=where) from None


def _read_dateline(source: Source) -> Source:
    """A source built in code gets what a file's would: the publication date of its dateline
    and its wire credit, read from the text (which, with every offset, stays as given)."""
    if source.published is not None and source.wire is not None:
        return source
    cleaned = clean_text(source.text)
    update: dict[str, Any] = {}
    if source.published is None and cleaned.published is not None:
        update["published"] = cleaned.published
    if source.wire is None and cleaned.wire is not None:
        update["wire"] = cleaned.wire
    return source.model_copy(update=update) if update else source


def _default_id(path: Path) -> str:
    name = path.name
    for suffix in CLAIM_SUFFIXES + TEXT_SUFFIXES + HTML_SUFFIXES + (".yaml", ".yml", ".json"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
            break
    if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", name):
        return name
    # "Статья.txt", "記事.txt": a slug when the name has Latin letters, else a stable hash of it,
    # so that two such files never share an id.
    return slug(name) or "source-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]


def _is_source_file(path: Path) -> bool:
    name = path.name.lower()
    return not name.startswith(".") and name.endswith(
        TEXT_SUFFIXES + HTML_SUFFIXES + CLAIM_SUFFIXES
    )


def load_path(path: str | os.PathLike[str]) -> Loaded:
    """Load one source file (text, Markdown, HTML or claim file)."""
    file = Path(path)
    where = str(path)
    if not file.exists():
        raise SourceError("no such file or folder", path=where)
    if file.is_dir():
        raise UsageError("is a folder; use load_sources() or iter_source_files()", path=where)
    try:
        info = file.stat()
        if not stat.S_ISREG(info.st_mode):
            # A FIFO would block for ever and a device never ends: read regular files only.
            raise SourceError("not a regular file (a pipe, socket or device)", path=where)
        if info.st_size > MAX_SOURCE_BYTES:
            raise SourceError(f"file is {info.st_size // 2**20} MB; the limit is 64 MB", path=where)
        with open(file, "rb") as handle:
            data = handle.read(MAX_SOURCE_BYTES + 1)  # a file may grow while it is read
        if len(data) > MAX_SOURCE_BYTES:
            raise SourceError("file is over 64 MB; the limit is 64 MB", path=where)
    except PermissionError:
        raise SourceError("permission denied: cannot read the file", path=where) from None
    except OSError as err:
        raise SourceError(f"cannot read the file ({err.strerror})", path=where) from None
    name = file.name.lower()
    text = _decode(data, where, html=name.endswith(HTML_SUFFIXES))
    default_id = _default_id(file)
    if name.endswith(CLAIM_SUFFIXES) or name.endswith((".yaml", ".yml", ".json")):
        source, claims = load_claim_file(text, where, default_id)
        return Loaded(source, tuple(claims), where)
    is_html = name.endswith(HTML_SUFFIXES) or (
        not name.endswith(TEXT_SUFFIXES)
        and text.lstrip()[:15].lower().startswith(("<!doctype", "<html"))
    )
    return Loaded(source_from_text(text, id=default_id, html=is_html, path=where), None, where)


def iter_source_files(folder: str | os.PathLike[str]) -> Iterator[Path]:
    """The source files in ``folder`` and its subfolders, sorted by path."""
    yield from walk_sources(folder)[0]


def walk_sources(folder: str | os.PathLike[str]) -> tuple[list[Path], list[SourceError]]:
    """The source files under ``folder`` (sorted by path) and the subfolders that could not be
    looked into: unreadable ones, and links to folders, which are not followed (a link can loop
    or lead out of the folder). None is passed over in silence."""
    root = Path(folder)
    problems: list[SourceError] = []

    def unreadable(err: OSError) -> None:
        where = err.filename or str(root)
        problems.append(SourceError("permission denied: cannot read the folder", path=where))

    found: list[Path] = []
    for here, dirs, names in os.walk(root, onerror=unreadable, followlinks=False):
        base = Path(here)
        for name in sorted(dirs):
            if (base / name).is_symlink():
                problems.append(
                    SourceError("link to a folder, not followed", path=str(base / name))
                )
        found += [base / n for n in names if _is_source_file(base / n) and (base / n).is_file()]
    return sorted(found, key=lambda p: p.relative_to(root).as_posix()), problems


def files_named(item: str | os.PathLike[str]) -> tuple[list[Path], bool]:
    """The files a path names (itself, or a folder's source files) and whether it is a folder.

    A folder without any source file is a :class:`SourceError`.
    """
    files, in_folder, _ = files_and_problems(item)
    return files, in_folder


def files_and_problems(
    item: str | os.PathLike[str],
) -> tuple[list[Path], bool, list[SourceError]]:
    """As :func:`files_named`, with the subfolders that could not be looked into."""
    path = Path(item)
    if not path.is_dir():
        return [path], False, []
    if not os.access(path, os.R_OK | os.X_OK):
        raise SourceError("permission denied: cannot read the folder", path=str(item))
    files, problems = walk_sources(path)
    if not files and not problems:
        raise SourceError(
            "folder holds no source files (.txt, .md, .html, .claims.yaml)", path=str(item)
        )
    return files, True, problems


def load_paths(
    items: str | os.PathLike[str] | Source | Iterable[str | os.PathLike[str] | Source],
    *,
    skipped: list[ClaimcheckError] | None = None,
    skip_unreadable: bool = False,
    strict: bool = False,
) -> list[Loaded]:
    """Load files, folders and ready :class:`Source` objects, in the order given.

    A file found in a folder that cannot be read is skipped with a :class:`ClaimcheckWarning`,
    so that the readable ones are still checked; with ``strict`` it is an error instead. A file
    named directly raises, unless ``skip_unreadable``: then it is skipped with a warning too.
    Each skipped file's error is appended to ``skipped`` when given. Duplicate source ids are
    an error. One path or source alone is that one item (a string is never taken letter by
    letter).
    """
    if isinstance(items, (str, os.PathLike, Source)):
        items = [items]
    loaded: list[Loaded] = []
    for item in items:
        if isinstance(item, Source):
            loaded.append(Loaded(_read_dateline(item)))
            continue
        files, in_folder, problems = files_and_problems(item)
        for err in problems:
            if strict:
                raise err
            if skipped is not None:
                skipped.append(err)
            warnings.warn(ClaimcheckWarning(f"skipped {err}"), stacklevel=2)
        for file in files:
            try:
                loaded.append(load_path(file))
            except ClaimcheckError as err:
                if strict or not (in_folder or skip_unreadable):
                    raise
                if skipped is not None:
                    skipped.append(err)
                warnings.warn(ClaimcheckWarning(f"skipped {err}"), stacklevel=2)
    refuse_duplicate_ids(loaded)
    if not loaded and skipped:
        raise SourceError(f"every file was skipped; the first: {skipped[0]}")
    if not loaded:
        raise UsageError("no sources given")
    return loaded


def refuse_duplicate_ids(loaded: Iterable[Loaded]) -> None:
    """Raise a :class:`SourceError` naming both files if two sources share an id."""
    seen: dict[str, str] = {}
    for entry in loaded:
        where = entry.path or "<object>"
        if entry.source.id in seen:
            raise SourceError(
                f"duplicate source id {entry.source.id!r} (also {seen[entry.source.id]}); "
                "rename one or give it an 'id:' in its header",
                path=where,
            )
        seen[entry.source.id] = where
