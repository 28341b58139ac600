"""The ``media-coverage`` command line: a thin wrapper over the Python API.

Subcommands::

    media-coverage report CORPUS [--out DIR] [-p NAME VALUE ...] [--quiet]
    media-coverage analyze CORPUS [--out DIR]
    media-coverage validate LABELS [--corpus CORPUS]

Errors in the input end with a one-line message naming the file/row and the fix
and a non-zero exit status (2 for bad input or parameters, 3 for a failed
report); ``--debug`` shows the full traceback instead.
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
    """Parse a ``-p NAME VALUE`` value like papermill: YAML scalars/lists (safe loading)."""
    import yaml

    try:
        return yaml.safe_load(text)
    except yaml.YAMLError:
        return text


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
    r.add_argument("--notebook", default=None, help="notebook to execute (default: the packaged comparison report)")
    r.add_argument("--quiet", action="store_true", help="no progress output (for cron)")
    r.add_argument("--timeout", type=int, default=600, help="per-cell execution timeout in seconds")

    a = sub.add_parser("analyze", help="compute metrics and write the tables as CSV and Parquet")
    a.add_argument("corpus")
    a.add_argument("--out", default="metrics", help="output folder for articles/sentences/outlets/hits tables")
    a.add_argument("--include-boilerplate", action="store_true", help="count bylines, captions etc. in metrics")
    a.add_argument("--seed", type=int, default=0)

    v = sub.add_parser("validate", help="score the detectors against sentence-level human labels")
    v.add_argument("labels", help="CSV of labels (article_id, sentence, solidarity, violence, religion, religion_frame)")
    v.add_argument("--corpus", default="seeds", help="corpus the labels refer to (default: seeds)")
    return p


def _cmd_report(args) -> int:
    from .report import render

    params = {name: _parse_value(value) for name, value in args.parameter}
    result = render(args.corpus, out=args.out, parameters=params, notebook=args.notebook,
                    progress=not args.quiet, timeout=args.timeout)
    if not args.quiet:
        print(f"report written to {result.html}")
    return 0


def _cmd_analyze(args) -> int:
    from .analysis import analyze

    analysis = analyze(args.corpus, exclude_boilerplate=not args.include_boilerplate, seed=args.seed)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name in ("articles", "sentences", "outlets", "hits"):
        df = getattr(analysis, name)
        df.to_csv(out / f"{name}.csv", index=False)
    analysis.rejected.to_csv(out / "rejected.csv", index=False)
    print(analysis)
    print(f"tables written to {out}/")
    return 0


def _cmd_validate(args) -> int:
    from .analysis import analyze
    from .validate import validate

    result = validate(args.labels, analysis=analyze(args.corpus))
    print(result.scores.to_string(index=False))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    handler = {"report": _cmd_report, "analyze": _cmd_analyze, "validate": _cmd_validate}[args.command]
    if not args.debug:
        warnings.simplefilter("default", CoverageWarning)
        warnings.formatwarning = lambda msg, cat, *a, **k: f"warning: {msg}\n"
    try:
        return handler(args)
    except CoverageError as exc:
        if args.debug:
            raise
        print(f"media-coverage: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("media-coverage: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
