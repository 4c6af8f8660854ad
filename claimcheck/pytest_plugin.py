"""The pytest plugin, registered by ``pip install claimcheck`` through the ``pytest11`` entry point.

It gives tests:

- the ``claimcheck_report`` fixture: the report of a corpus (a file or folder of sources) named
  by ``@pytest.mark.claimcheck("path")`` or by the ``claimcheck_corpus`` ini option, checked once
  per session;
- ``--claimcheck-report PATH``: after the run, the report of every corpus the tests used, as JSON,
  Markdown (``.md``) or text (``.txt``);
- fact files: every ``facts_*.yaml`` is collected, each expectation a test item::

    corpus: [../fixtures/peru-quake-2023]   # paths, relative to the fact file
    agreements:
      - {subject: earthquake, predicate: kill}
    conflicts:
      - {conflict: polarity, about: {subject: police, predicate: arrest}}
    uncorroborated:
      - {subject: Bolivia, text_contains: rescue team}
    no_conflicts:
      - {subject: earthquake, predicate: kill}

The assertions themselves live in :mod:`claimcheck.testing`.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

import claimcheck
from claimcheck.cli import _BY_EXTENSION, write_output
from claimcheck.errors import ClaimcheckError, UsageError
from claimcheck.model import Report
from claimcheck.report import render
from claimcheck.sources._claimfile import safe_yaml
from claimcheck.sources._load import _decode
from claimcheck.testing import (
    FactError,
    assert_conflict,
    assert_corroborated,
    assert_no_conflicts,
)

__all__ = ["FactFile", "FactItem"]

_REPORTS = pytest.StashKey[dict[tuple[str, ...], Report]]()
_SECTIONS = ("agreements", "conflicts", "uncorroborated", "no_conflicts")


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("claimcheck", "claimcheck fact checking")
    group.addoption(
        "--claimcheck-report",
        metavar="PATH",
        default=None,
        help="write the report of the corpora the tests used, in the format its extension names "
        "(.html, .md, .json; text otherwise), as the claimcheck command does",
    )
    parser.addini("claimcheck_corpus", "corpus (file or folder of sources) for claimcheck_report")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "claimcheck(path): the corpus (file or folder) of the claimcheck_report fixture"
    )
    config.stash[_REPORTS] = {}
    target = config.getoption("--claimcheck-report", None)
    if target:
        # Fail at the start, in one line, rather than after every test has run.
        folder = Path(target).resolve().parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise pytest.UsageError(
                f"--claimcheck-report {target}: cannot create its folder ({err.strerror})"
            ) from None
        if Path(target).is_dir():
            raise pytest.UsageError(f"--claimcheck-report {target}: is a folder; name a file")


def corpus_report(config: pytest.Config, paths: list[Path]) -> Report:
    """The report of ``paths``, checked once per session."""
    key = tuple(sorted(str(p.resolve()) for p in paths))
    cache = config.stash[_REPORTS]
    if key not in cache:
        cache[key] = claimcheck.check([Path(p) for p in key])
    return cache[key]


def _corpus_path(request: pytest.FixtureRequest) -> Path:
    marker = request.node.get_closest_marker("claimcheck")
    if marker is not None and marker.args:
        path = Path(str(marker.args[0]))
        near_test = Path(str(request.node.path)).parent / path
        return near_test if not path.is_absolute() and near_test.exists() else path
    configured = request.config.getini("claimcheck_corpus")
    if configured:
        return request.config.rootpath / str(configured)
    pytest.fail(
        "claimcheck_report needs a corpus: mark the test with @pytest.mark.claimcheck('path') "
        "or set claimcheck_corpus in the pytest configuration",
        pytrace=False,
    )


@pytest.fixture
def claimcheck_report(request: pytest.FixtureRequest) -> Report:
    """The report of the corpus named by the ``claimcheck`` marker or ini option."""
    try:
        return corpus_report(request.config, [_corpus_path(request)])
    except ClaimcheckError as err:
        pytest.fail(f"claimcheck: {err}", pytrace=False)


@pytest.fixture
def claimcheck_check(pytestconfig: pytest.Config) -> Callable[..., Report]:
    """``claimcheck_check(path, ...)``: the report of these paths, cached for the session."""

    def check(*paths: str | Path) -> Report:
        return corpus_report(pytestconfig, [Path(p) for p in paths])

    return check


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    target = session.config.getoption("--claimcheck-report")
    used = session.config.stash.get(_REPORTS, {})
    if not target or not used:
        return
    paths = sorted({p for key in used for p in key})
    report = (
        used[next(iter(used))] if len(used) == 1 else claimcheck.check([Path(p) for p in paths])
    )
    fmt = _BY_EXTENSION.get(Path(target).suffix.lower(), "text")
    try:
        write_output(target, render(report, fmt), inputs=paths, force=True)
    except ClaimcheckError as err:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.write_line(f"claimcheck: report not written: {err}", red=True)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> FactFile | None:
    if file_path.suffix in (".yaml", ".yml") and file_path.name.startswith("facts_"):
        return FactFile.from_parent(parent, path=file_path)
    return None


def _label(spec: dict[str, Any]) -> str:
    about = spec.get("about", spec)
    parts = [
        str(about[k]) for k in ("subject", "predicate", "object", "text_contains") if about.get(k)
    ]
    if "time" in about:
        parts.append(f"on {about['time']}")
    kind = spec.get("conflict")
    return (f"{kind}: " if kind else "") + " ".join(parts)


_CLAIM_KEYS = (
    "predicate", "subject", "object", "time", "source", "text_contains", "attributed_to",
    "polarity",
)  # fmt: skip


class _Expectation(BaseModel):
    """One expectation of a fact file: a claim's parts and what is expected of it."""

    model_config = ConfigDict(extra="forbid")
    predicate: str | None = None
    subject: str | list[str] | None = None
    object: str | list[str] | None = None
    time: Any = None
    source: str | None = None
    text_contains: str | None = None
    attributed_to: str | None = None
    polarity: str | None = None
    sources: list[str] | None = None
    min_sources: int | None = None
    in_conflict: bool | None = None

    @field_validator("sources", mode="before")
    @classmethod
    def _one_source(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value  # "sources: agency-2024-03"


class _ConflictExpectation(BaseModel):
    model_config = ConfigDict(extra="forbid")
    conflict: str | None = None
    about: dict[str, Any] = {}
    sources: list[str] | None = None

    @field_validator("sources", mode="before")
    @classmethod
    def _one_source(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value


class _FactFileSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    corpus: list[str]
    agreements: list[_Expectation] = []
    conflicts: list[_ConflictExpectation] = []
    uncorroborated: list[_Expectation] = []
    no_conflicts: list[_Expectation] = []

    @field_validator("corpus", mode="before")
    @classmethod
    def _one_path(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value


def _problem(error: ValidationError) -> str:
    """The first validation error as one line, with the close match of a mistyped key."""
    first = error.errors()[0]
    where = ".".join(str(p) for p in first["loc"])
    key = str(first["loc"][-1]) if first["loc"] else ""
    if first["type"] == "extra_forbidden":
        known = (
            ["corpus", *_SECTIONS]
            if len(first["loc"]) == 1
            else [*_CLAIM_KEYS, "sources", "min_sources", "in_conflict", "conflict", "about"]
        )
        near = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
        hint = f" (did you mean {near[0]!r}?)" if near else ""
        return f"unknown key {where!r}{hint}"
    return f"{where}: {first['msg']}"


class FactFile(pytest.File):
    """A ``facts_*.yaml`` file: a corpus and the findings expected of it."""

    def collect(self) -> Iterator[FactItem]:
        try:
            text = _decode(self.path.read_bytes(), str(self.path))
            data = safe_yaml(text, str(self.path))
        except ClaimcheckError as err:
            raise self.CollectError(str(err)) from None
        if not isinstance(data, dict) or not data.get("corpus"):
            raise self.CollectError(f"{self.path}: a fact file needs 'corpus': a list of paths")
        try:
            spec = _FactFileSpec.model_validate(data)
        except ValidationError as err:
            raise self.CollectError(f"{self.path}: {_problem(err)}") from None
        paths = [self.path.parent / str(p) for p in spec.corpus]
        for section in _SECTIONS:
            for index, item in enumerate(getattr(spec, section)):
                expected = item.model_dump(exclude_none=True)
                if section == "conflicts" and not expected.get("about"):
                    expected.pop("about", None)
                name = f"{section}[{index}] {_label(expected)}"
                yield FactItem.from_parent(
                    self, name=name, section=section, spec=expected, paths=paths
                )


class _FactFailure:
    """A failed expectation: the whole message in the failure section, its first line alone in
    the short summary (pytest prints a summary message whole on CI, which would repeat it)."""

    def __init__(self, text: str, path: Path) -> None:
        self.text = text
        lines = text.splitlines()
        first = lines[1] if len(lines) > 1 else text
        self.reprcrash = _Crash(str(path), first)

    def toterminal(self, tw: Any) -> None:
        for line in self.text.splitlines():
            tw.line(line)

    def __str__(self) -> str:
        return self.text


class _Crash:
    def __init__(self, path: str, message: str) -> None:
        self.path = path
        self.lineno = 0
        self.message = message


class FactItem(pytest.Item):
    """One expectation of a fact file."""

    def __init__(
        self, *, section: str, spec: dict[str, Any], paths: list[Path], **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.section = section
        self.spec = dict(spec)
        self.paths = paths

    def runtest(self) -> None:
        report = corpus_report(self.config, self.paths)
        spec = dict(self.spec)
        expected_sources = spec.pop("sources", None)
        if self.section == "conflicts":
            finding = assert_conflict(report, kind=spec.get("conflict"), **spec.get("about", {}))
        elif self.section == "no_conflicts":
            assert_no_conflicts(report, **spec)
            return
        elif self.section == "agreements":
            finding = assert_corroborated(report, min_sources=spec.pop("min_sources", 2), **spec)
        else:
            spec.pop("in_conflict", None)
            finding = assert_corroborated(report, min_sources=1, **spec)
            if finding.kind != "uncorroborated":
                raise FactError(
                    f"expected no corroboration, but {finding.kind}: {finding.summary}\n"
                    + "\n".join(f'  {s.source}: "{s.quote}"' for s in finding.evidence)
                )
        if expected_sources is not None and sorted(finding.sources) != sorted(expected_sources):
            raise FactError(
                f"expected the finding from {sorted(expected_sources)}, got {finding.sources}: "
                f"{finding.summary}"
            )

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        if isinstance(excinfo.value, (FactError, ClaimcheckError, UsageError)):
            return _FactFailure(f"{self.path.name}: {self.name}\n{excinfo.value}", self.path)
        return super().repr_failure(excinfo)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, None, f"{self.section}: {_label(self.spec)}"
