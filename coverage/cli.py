"""The ``media-coverage`` command line: a thin wrapper over the Python API.

Subcommands::

    media-coverage report CORPUS [--out DIR] [-p NAME VALUE ...] [--quiet] [--lock-timeout SECONDS]
                          [--id COL] [--outlet COL] [--text COL] [--title COL] [--date COL]
    media-coverage analyze CORPUS [--out DIR] [--id COL] [--outlet COL] [--text COL] [--title COL] [--date COL]
                           [--max-chars N] [--lexicon YAML] [--jobs N] [--cache DIR] [--quiet]
    media-coverage validate LABELS [--corpus CORPUS]

Errors in the input end with a one-line message on stderr naming the file/row and
the fix and a non-zero exit status (2 for bad input, parameters or a refused output
folder, 3 for a failed report, a held lock or an output that could not be written
(disk full), 1 for an unexpected internal error); ``--debug`` shows the full traceback
instead. Warnings (rejected articles, cp1252 fallback, unparseable dates) are
printed as ``warning: ...`` lines.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path

from ._version import __version__
from .errors import CoverageError, CoverageWarning


def _parse_value(text: str):
    """Parse a ``-p NAME VALUE`` value like papermill: YAML scalars/lists (safe, bounded loading)."""
    import yaml

    from .errors import ParameterError
    from .lexicon import bounded_safe_load

    try:
        return bounded_safe_load(text)
    except yaml.YAMLError:
        return text
    except ValueError as exc:  # aliases that expand too far ("billion laughs"), or nesting too deep
        raise ParameterError(f"-p value {text[:40]!r}: {exc}") from None


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="media-coverage",
        description="Compare how news outlets frame the same event: sentiment, keyness, solidarity vs "
        "violence and religious framing, with uncertainty and an evidence trail.",
        epilog="Example: media-coverage report seeds/ --out reports/seeds",
    )
    p.add_argument("--version", action="version", version=f"media-coverage {__version__}")
    p.add_argument("--debug", action="store_true", help="show full tracebacks on errors")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    r = sub.add_parser("report", help="render the comparison report (HTML, notebook, metrics, manifest)")
    r.add_argument("corpus", help="corpus folder (with manifest.csv) or .csv/.jsonl/.parquet file")
    r.add_argument("--out", default=None, help="output folder; may contain {date} (default: reports/<corpus name>)")
    r.add_argument("-p", "--parameter", nargs=2, action="append", metavar=("NAME", "VALUE"), default=[],
                   help="notebook parameter (repeatable), e.g. -p title 'Vigil coverage'")
    _column_options(r)
    r.add_argument("--notebook", default=None, help="notebook to execute (default: the packaged comparison report)")
    r.add_argument("--quiet", action="store_true", help="no progress output (for cron)")
    r.add_argument("--timeout", type=int, default=600, help="per-cell execution timeout in seconds")
    r.add_argument("--lock-timeout", type=float, default=600, metavar="SECONDS",
                   help="how long to wait for another run writing to the same --out (default 600; 0: fail at "
                   "once with exit status 3)")

    a = sub.add_parser("analyze", help="compute metrics and write the tables as CSV and Parquet")
    a.add_argument("corpus")
    a.add_argument("--out", default="metrics", help="output folder for the articles/sentences/outlets/hits/rejected "
                   "tables (CSV and Parquet); it must be new, empty or written by media-coverage before")
    a.add_argument("--include-boilerplate", action="store_true", help="count bylines, captions etc. in metrics")
    a.add_argument("--seed", type=int, default=0)
    _column_options(a)
    a.add_argument("--max-chars", type=int, default=None, metavar="N",
                   help="per-article size limit in characters (default: 2,000,000; 0 = no limit)")
    a.add_argument("--lexicon", default=None, metavar="YAML", help="framing lexicon file (default: built-in)")
    a.add_argument("--jobs", type=int, default=1, metavar="N",
                   help="worker processes (-1: every CPU; default 1); results are identical")
    a.add_argument("--cache", default=None, metavar="DIR",
                   help="article cache folder: re-runs analyse only new or changed articles")
    a.add_argument("--quiet", action="store_true", help="no progress bar")

    v = sub.add_parser("validate", help="score the detectors against sentence-level human labels")
    v.add_argument("labels", help="CSV of labels (article_id, sentence, solidarity, violence, religion, religion_frame)")
    v.add_argument("--corpus", default="seeds", help="corpus the labels refer to (default: seeds)")

    le = sub.add_parser("lesson", help="export the media-literacy lesson as one HTML page (student handout: no "
                        "answers, short tables)")
    le.add_argument("--out", default=None,
                    help="HTML file to write (default: student_lesson.html, with --teacher teacher_lesson.html); an "
                    "existing file is replaced only if "
                    "media-coverage lesson wrote it")
    le.add_argument("--teacher", action="store_true", help="the teacher's copy: keep the answers and teacher's notes")
    le.add_argument("--class-corpus", default=None, metavar="PATH",
                    help="your class's articles (section 9): a folder with manifest.csv or a .csv/.jsonl/.parquet file")
    le.add_argument("--quiet", action="store_true", help="no progress output")
    return p


def _column_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--id", default=None, metavar="COL", help="id column of a table corpus or manifest (default: id)")
    p.add_argument("--outlet", default=None, metavar="COL", help="outlet column (default: outlet)")
    p.add_argument("--text", default=None, metavar="COL", help="text column of a table corpus (default: text)")
    p.add_argument("--title", default=None, metavar="COL", help="title/headline column (default: title)")
    p.add_argument("--date", default=None, metavar="COL", help="publication date column (default: date)")


def _columns(args) -> dict[str, str]:
    return {role: getattr(args, role) for role in ("id", "outlet", "text", "title", "date")
            if getattr(args, role) is not None}


def _cmd_report(args) -> int:
    from .report import render

    params = {name: _parse_value(value) for name, value in args.parameter}
    result = render(args.corpus, out=args.out, parameters=params, columns=_columns(args), notebook=args.notebook,
                    progress=not args.quiet, timeout=args.timeout, lock_timeout=args.lock_timeout)
    if not args.quiet:
        print(f"report written to {result.html}")
    return 0


def _cmd_analyze(args) -> int:
    from . import outputs
    from .analysis import analyze
    from .corpus import (
        MAX_ARTICLE_CHARS,
        check_columns,
        load_corpus,
        load_options,
        require_articles,
    )
    from .errors import ParameterError

    if args.max_chars is not None and args.max_chars < 0:
        raise ParameterError(f"--max-chars must be 0 (no limit) or a positive number, not {args.max_chars}")
    max_chars = MAX_ARTICLE_CHARS if args.max_chars is None else (args.max_chars or None)
    corpus = load_corpus(args.corpus, max_chars=max_chars, **load_options(check_columns(_columns(args))))
    require_articles(corpus, args.corpus)
    lexicon = Path(args.lexicon) if args.lexicon else None
    # before the analysis, so a refused --out fails at once: the folder must be new, empty or this tool's
    out = outputs.claim_folder(Path(args.out), kind="tables")
    analysis = analyze(corpus, lexicon=lexicon, exclude_boilerplate=not args.include_boilerplate,
                       seed=args.seed, n_jobs=args.jobs, cache=args.cache, progress=not args.quiet)
    analysis.save(out)
    print(analysis)
    print(f"tables written to {out}/")
    return 0


def _cmd_validate(args) -> int:
    from .analysis import analyze
    from .validate import validate

    result = validate(args.labels, analysis=analyze(args.corpus))
    print(result.scores.to_string(index=False))
    return 0


def _cmd_lesson(args) -> int:
    from .report.lesson import export

    out = export(args.out or ("teacher_lesson.html" if args.teacher else "student_lesson.html"),
                 student=not args.teacher, class_corpus=args.class_corpus, progress=not args.quiet)
    if not args.quiet:
        print(f"{'teacher' if args.teacher else 'student'} lesson written to {out}")
    return 0


def _one_line(text: str) -> str:
    """Collapse a message onto one line (stderr stays grep- and cron-mail-friendly)."""
    return " ".join(str(text).split())


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    print(f"warning: {_one_line(message)}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    Parameters
    ----------
    argv : sequence of str, optional
        Arguments without the program name (default: ``sys.argv[1:]``).

    Returns
    -------
    int
        0 on success, :attr:`CoverageError.exit_code` (2, or 3 for a failed report) for bad
        input, 1 for an unexpected error, 130 when interrupted.
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    handler = {"report": _cmd_report, "analyze": _cmd_analyze, "validate": _cmd_validate,
               "lesson": _cmd_lesson}[args.command]
    with warnings.catch_warnings():
        if not args.debug:
            warnings.simplefilter("default", CoverageWarning)
            warnings.showwarning = _show_warning
        try:
            return handler(args)
        except CoverageError as exc:
            if args.debug:
                raise
            message = str(exc) if exc.exit_code == 3 else _one_line(exc)
            print(f"media-coverage: error: {message}", file=sys.stderr)
            return exc.exit_code
        except KeyboardInterrupt:
            print("media-coverage: interrupted", file=sys.stderr)
            return 130
        except Exception as exc:  # noqa: BLE001 - the CLI never shows a traceback without --debug
            if args.debug:
                raise
            print(
                f"media-coverage: internal error: {type(exc).__name__}: {_one_line(exc)} (this is a bug: run "
                "again with --debug and report the traceback)",
                file=sys.stderr,
            )
            return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
