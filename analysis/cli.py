"""The command line: ``python -m analysis extract ARTICLE`` (and ``analysis extract ...``).

Errors a user can fix (a missing file, an empty file, a bad date ...) are printed as one line
on standard error with exit code 2; nothing else is printed.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys
import warnings
from pathlib import Path
from typing import Any

import pandas as pd

from .errors import AnalysisError, NonArabicTextWarning, OutputError, ParameterError

__all__ = ["main", "tables_to_json"]


def _jsonable(v: Any) -> Any:
    if v is None:
        return None
    if isinstance(v, float) and math.isnan(v):
        return None
    if v is pd.NaT:
        return None
    if isinstance(v, pd.Timestamp):
        return v.date().isoformat()
    if hasattr(v, "isoformat"):
        return v.isoformat()
    if isinstance(v, (list, tuple)):
        return [_jsonable(x) for x in v]
    if hasattr(v, "item"):
        return _jsonable(v.item())
    return v


def table_records(df: pd.DataFrame) -> list[dict[str, Any]]:
    """A table as JSON-ready records (NaN/NaT as null, dates as ISO strings)."""
    return [{k: _jsonable(v) for k, v in row.items()} for row in df.to_dict("records")]


def tables_to_json(ex: Any) -> dict[str, Any]:
    """The whole extraction as one JSON-ready object."""
    art = ex.article
    return {
        "article": art.path,
        "title": art.title,
        "source_url": art.source_url,
        "published": art.published.isoformat() if art.published else None,
        "reference_date": ex.reference_date.isoformat() if ex.reference_date else None,
        "reference_date_source": ex.reference_date_source,
        "reference_date_reason": ex.reference_date_reason,
        **{name: table_records(df) for name, df in ex.tables().items()},
    }


def write_tables(ex: Any, out: Path, fmt: str) -> list[Path]:
    """Write one file per table into ``out``; returns the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, df in ex.tables().items():
        path = out / f"{name}.{fmt}"
        if fmt == "csv":
            df.to_csv(path, index=False, encoding="utf-8")
        else:
            path.write_text(json.dumps(table_records(df), ensure_ascii=False, indent=1), encoding="utf-8")
        written.append(path)
    meta = {k: v for k, v in tables_to_json(ex).items() if not isinstance(v, list)}
    meta_path = out / "article.json"
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    written.append(meta_path)
    return written


def _cmd_extract(args: argparse.Namespace) -> int:
    from .article import DEFAULT_MAX_BYTES, read_article
    from .extract import extract

    from .params import check_folder

    if args.out is not None:
        check_folder(args.out, "--out")  # before the article is read: a bad folder is one line at once
    if args.max_mb is not None and not args.max_mb > 0:
        raise ParameterError(f"--max-mb must be a number of megabytes above 0, not {args.max_mb:g}")
    max_bytes = int(args.max_mb * 1_000_000) if args.max_mb is not None else DEFAULT_MAX_BYTES
    art = read_article(Path(args.article), published=args.published, on_non_arabic="error", max_bytes=max_bytes)
    ex = extract(art, published=args.published)
    if args.out:
        try:
            # "a/../b" is the folder b: no folder a is made on the way
            paths = write_tables(ex, Path(os.path.normpath(args.out)), args.format)
        except OSError as exc:
            raise OutputError(f"cannot write the tables into {args.out!r} ({exc.strerror or exc}): "
                              f"choose another --out folder") from None
        print(f"wrote {len(paths)} files to {args.out}", file=sys.stderr)
        for p in paths:
            print(p)
        return 0
    if args.format == "csv":
        for name, df in ex.tables().items():
            sys.stdout.write(f"# {name}\n")
            df.to_csv(sys.stdout, index=False)
            sys.stdout.write("\n")
    else:
        json.dump(tables_to_json(ex), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="analysis", description="Read Arabic news articles into tables and charts.")
    sub = ap.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="read an article into its tables (JSON on stdout, or files with --out)")
    ex.add_argument("article", help="a .txt or saved .html article")
    ex.add_argument("--published", help="publication date, YYYY-MM-DD (else from the page or inferred)")
    ex.add_argument("--format", choices=("json", "csv"), default="json")
    ex.add_argument("--out", help="write one file per table into this folder instead of printing JSON")
    ex.add_argument("--max-mb", type=float, metavar="N",
                    help="refuse files over N megabytes (default 10: an article is 2 to 60 kB)")
    ex.set_defaults(func=_cmd_extract)
    try:
        from .report import add_report_command
    except ImportError:  # the report needs the notebooks extra
        pass
    else:
        add_report_command(sub)
    from .corpus import add_corpus_command

    add_corpus_command(sub)
    return ap


# Control characters but the line break, and bidi controls: a message may quote an article or a
# file name, and the terminal must show their escape sequences, not obey them
_UNPRINTABLE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _printable(message: object) -> str:
    return _UNPRINTABLE.sub(lambda m: repr(m.group())[1:-1], str(message))


def _warn_in_one_line(message: Warning | str, category: type[Warning], *_: Any, **__: Any) -> None:
    # the library's warnings (a long text, bytes read as U+FFFD) are for the user: one line,
    # like the errors, without the source line Python would print under it
    print(f"analysis: warning: {_printable(message)}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    ap = build_parser()
    args = ap.parse_args(argv)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NonArabicTextWarning)
        warnings.showwarning = _warn_in_one_line
        try:
            return int(args.func(args) or 0)
        except AnalysisError as exc:
            print(f"analysis: error: {_printable(exc)}", file=sys.stderr)
            return 2
        except KeyboardInterrupt:
            print("analysis: interrupted", file=sys.stderr)
            return 130
        except BrokenPipeError:
            return 0


if __name__ == "__main__":
    sys.exit(main())
