"""Reading an article: bytes or a file or a saved web page in, decoded text and its parts out.

>>> art = read_article("عنوان الخبر\\nقال الوزير إن النمو بلغ 2.5% في عام 2023.\\n")
>>> art.segments["kind"].tolist()
['title', 'body']
>>> [s.text for s in art.sentences]
['عنوان الخبر', 'قال الوزير إن النمو بلغ 2.5% في عام 2023.']
"""
from __future__ import annotations

import datetime as dt
import os
import re
import warnings
from bisect import bisect_left
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path
from typing import Literal

import pandas as pd

from . import tables
from .errors import (
    ArticleNotFoundError,
    BinaryInputError,
    DecodingError,
    DecodingWarning,
    EmptyInputError,
    InputTooLargeError,
    LongTextWarning,
    NoArabicTextError,
    NonArabicTextWarning,
    NotAFileError,
    ParameterError,
)
from .text import has_arabic

__all__ = ["Article", "Segment", "Sentence", "read_article", "parse_date", "split_sentences",
           "DEFAULT_MAX_BYTES"]

#: Inputs larger than this are refused (an Arabic news article is 2 to 60 kB).
DEFAULT_MAX_BYTES = 10_000_000
#: Texts longer than this get a LongTextWarning (extraction takes about a second per 300k chars).
LONG_TEXT_CHARS = 300_000

SegmentKind = Literal["title", "heading", "caption", "body", "boilerplate", "source"]


@dataclass(frozen=True)
class Segment:
    """A run of the text with one role. Segments tile the text: no character is left out."""

    segment_id: int
    kind: SegmentKind
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Sentence:
    """A sentence (or a line that is not one, like a heading), with offsets into the text."""

    sentence_id: int
    segment_id: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Article:
    """A decoded article. ``text`` is what every offset in every table indexes."""

    text: str
    segments: pd.DataFrame = field(repr=False)
    sentences: tuple[Sentence, ...] = field(repr=False)
    published: dt.date | None = None
    source_url: str | None = None
    title: str | None = None
    path: str | None = None
    encoding: str | None = None
    is_html: bool = False
    # (segment_id, kind) of every segment: what the extractors ask of ``segments`` many times,
    # without going through pandas (see :func:`segment_kinds`)
    segment_kinds: tuple[tuple[int, str], ...] = field(default=(), repr=False, compare=False)


# --------------------------------------------------------------------------- dates given by users

# YYYY-MM-DD, with ASCII digits, optionally followed by a time (the ISO datetimes of pages and
# feeds: 2024-11-27T08:00:00+03:00). Python's fromisoformat alone would take 20240101 too.
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})"
                       r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?", re.ASCII)


_DIGITS = {ord(c): str(i % 10) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹")}


def parse_date(value: object, what: str = "published") -> dt.date | None:
    """A ``datetime.date`` from a date, a datetime, a ``YYYY-MM-DD`` string or None.

    Anything else, a day the calendar does not have included, is a :class:`ParameterError`
    of one line.

    >>> parse_date("2024-11-27")
    datetime.date(2024, 11, 27)
    >>> parse_date("2024-02-30")
    Traceback (most recent call last):
    ...
    analysis.errors.ParameterError: published date '2024-02-30' is not a date (day is out of range for month): give it as YYYY-MM-DD, for example 2024-11-27
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if hasattr(value, "to_pydatetime") and not isinstance(value, str):  # pandas Timestamp
        try:
            return value.to_pydatetime().date()
        except (ValueError, AttributeError):  # NaT
            pass
    why = ""
    if isinstance(value, str):
        m = _ISO_DATE.fullmatch(value.strip().translate(_DIGITS))  # ٢٠٢٤-١١-٢٧ is the same date
        if m:
            try:
                return dt.date(*map(int, m.groups()))
            except ValueError as exc:
                why = f" ({exc})"
    shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:59] + "…"
    raise ParameterError(f"{what} date {shown} is not a date{why}: give it as YYYY-MM-DD, for example 2024-11-27")


# --------------------------------------------------------------------------- reading and decoding

def read_article(
    source: str | os.PathLike[str] | bytes,
    published: object = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_non_arabic: Literal["warn", "error"] = "warn",
) -> Article:
    """Read an article from a path, raw bytes, or its text.

    A ``str`` that names an existing file and holds no line break is read as a path; any other
    ``str`` is the text itself. Bytes are decoded (UTF-8 with or without BOM, UTF-16 with BOM,
    Windows-1256 and other Arabic code pages, detected) and, when they hold a web page, parsed to
    the article's title, headings, paragraphs and captions; the page's publication date becomes
    ``published`` unless one is given.

    >>> read_article("الرئيس يزور القاهرة\\nوصل الرئيس اليوم.").title
    'الرئيس يزور القاهرة'
    """
    published_date = parse_date(published)
    path: str | None = None
    encoding: str | None = None
    if isinstance(source, (bytes, bytearray, memoryview)):
        raw = bytes(source)
        _check_size(len(raw), max_bytes, "the input")
        text, encoding = decode_bytes(raw)
    elif isinstance(source, os.PathLike) or (isinstance(source, str) and _looks_like_path(source)):
        path = os.fspath(source)
        raw = _read_file(Path(path), max_bytes)
        text, encoding = decode_bytes(raw, name=path)
    elif isinstance(source, str):
        # a character is at most 4 bytes in UTF-8: only a text that may be over the limit is
        # encoded to count its bytes exactly
        if len(source) * 4 > max_bytes:
            _check_size(len(source.encode("utf-8", "surrogatepass")), max_bytes, "the text")
        text = source
    else:
        raise ParameterError(
            f"read_article takes a path, a str or bytes, not {type(source).__name__}")

    if "\r" in text:  # one scan when there is nothing to replace, the usual case
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise EmptyInputError(f"{_name(path)} is empty: give an article with some text")
    if "\x00" in text:
        raise BinaryInputError(f"{_name(path)} holds NUL characters: it is not text; give a .txt or .html article")

    is_html = _looks_like_html(text)
    hints: list[tuple[str, str]] | None = None
    meta: dict[str, object] = {}
    if is_html:
        from .html import html_to_lines

        hints, meta = html_to_lines(text)
        text = "\n".join(line for line, _ in hints)
        if not text.strip():
            raise EmptyInputError(f"{_name(path)} is a web page with no article text in it")

    if not has_arabic(text):
        msg = f"{_name(path)} has no Arabic text: this library reads Arabic articles"
        if on_non_arabic == "error":
            raise NoArabicTextError(msg)
        warnings.warn(msg + "; only signs such as % and $ are read", NonArabicTextWarning, stacklevel=2)
    if len(text) > LONG_TEXT_CHARS:
        warnings.warn(f"{_name(path)} is long ({len(text):,} characters); extraction may take seconds",
                      LongTextWarning, stacklevel=2)

    if published_date is None and meta.get("published"):
        published_date = meta["published"]  # type: ignore[assignment]
    segs = segment(text, hints)
    # the kinds read once, by C-level attrgetters (a generator expression over the segments
    # costs a Python frame step per segment)
    kinds = list(map(attrgetter("kind"), segs))
    source_url = (_url_of(segs[kinds.index("source")].text) if "source" in kinds else None) or meta.get("url")
    title = segs[kinds.index("title")].text.strip() if "title" in kinds else None
    return Article(
        text=text,
        segments=tables.frame("segments", segs),
        sentences=tuple(split_sentences(text, segs)),
        published=published_date,
        source_url=source_url,  # type: ignore[arg-type]
        title=title,
        path=path,
        encoding=encoding,
        is_html=is_html,
        segment_kinds=tuple(map(attrgetter("segment_id", "kind"), segs)),
    )


def _name(path: str | None) -> str:
    return repr(path) if path else "the input"


def _looks_like_path(s: str) -> bool:
    if "\n" in s or len(s) > 4096 or not s.strip():
        return False
    try:
        if Path(s).exists():
            return True
    except (OSError, ValueError):
        return False
    # A name that means a file, even one that is missing (so the user hears "no file at ...").
    return not has_arabic(s) and bool(re.search(r"\.(txt|html?|xhtml|md)$", s.strip(), re.I))


def _check_size(n: int, max_bytes: int, what: str) -> None:
    if n > max_bytes:
        raise InputTooLargeError(
            f"{what} is {_size(n)}, over the {_size(max_bytes, limit=True)} limit for one article: "
            f"split it into articles, or raise the limit (max_bytes= in Python, --max-mb on the command line)")


def _size(n: float, limit: bool = False) -> str:
    """Bytes as a person says them: 11.0 MB, 6.2 kB (a limit as set: 10 MB, 0.5 MB)."""
    if n >= 1e6 or (limit and n >= 1e5):
        return f"{n / 1e6:g} MB" if limit else f"{n / 1e6:.1f} MB"
    return f"{n / 1e3:g} kB" if limit else f"{n / 1e3:.1f} kB"


def _read_file(path: Path, max_bytes: int) -> bytes:
    if not path.exists():
        raise ArticleNotFoundError(f"no file at {str(path)!r}: check the path")
    if path.is_dir():
        raise NotAFileError(f"{str(path)!r} is a directory: give the path of one article file, or read "
                            f"every article in it with `python -m analysis corpus FOLDER --out OUT` "
                            f"(analysis.extract_corpus)")
    if not path.is_file():
        raise NotAFileError(f"{str(path)!r} is not a regular file: give the path of one article file")
    _check_size(path.stat().st_size, max_bytes, repr(str(path)))
    try:
        return path.read_bytes()
    except PermissionError as exc:
        raise NotAFileError(f"{str(path)!r} cannot be read ({exc.strerror}): check its permissions") from None


_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))

_SAVE_AS_TEXT = "save the article as plain text (.txt) or as a web page (.html) and read that"
# The first bytes of the documents users take for articles (a PDF, a Word file renamed .txt or
# .html): what the file is, and what to do
_SIGNATURES = (
    (b"%PDF-", "a PDF document", "save its text as a .txt file (pdftotext, or copy it from a PDF reader)"),
    (b"PK\x03\x04", "a ZIP archive, as a Word .docx, an .odt or an .epub is", _SAVE_AS_TEXT),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document, .doc or .xls", _SAVE_AS_TEXT),
    (b"{\\rtf1", "an RTF document", _SAVE_AS_TEXT),
    (b"\x89PNG", "an image", "the library reads text, not pictures of text"),
    (b"\xff\xd8\xff", "an image", "the library reads text, not pictures of text"),
    (b"GIF8", "an image", "the library reads text, not pictures of text"),
    (b"\x1f\x8b", "a gzip-compressed file", "decompress it first (gunzip)"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)


def decode_bytes(raw: bytes, name: str | None = None) -> tuple[str, str]:
    """Decode article bytes; returns ``(text, encoding)``.

    BOMs decide first; then UTF-16 without a BOM (bytes with NUL in them), strict UTF-8, UTF-8
    with a few invalid sequences (read as U+FFFD, with a :class:`DecodingWarning`); then a
    page's own ``<meta charset>``; then charset-normalizer's detection, kept only if it yields
    Arabic letters.
    """
    if not raw.strip():
        raise EmptyInputError(f"{_name(name)} is empty: give an article with some text")
    for sig, kind, advice in _SIGNATURES:
        if raw.startswith(sig):
            raise BinaryInputError(f"{_name(name)} is {kind}, not a text or a web page: {advice}")
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(enc), enc.replace("-sig", "")
            except UnicodeDecodeError as exc:
                raise DecodingError(f"{_name(name)} starts with a {enc} mark but is not valid {enc} "
                                    f"(byte {exc.start}): save it again as UTF-8") from None
    if b"\x00" in raw:
        found = _bomless_utf16(raw)
        if found is not None:
            return found
        raise BinaryInputError(f"{_name(name)} is a binary file (it holds NUL bytes), not a text or a web "
                               f"page: give a .txt or .html article")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    damaged = _damaged_utf8(raw)
    if damaged is not None:
        text, bad = damaged
        warnings.warn(f"{_name(name)} is UTF-8 with {bad} invalid byte sequence{'s' if bad > 1 else ''} "
                      f"(the first at byte {first_bad}): each is read as \ufffd (U+FFFD)",
                      DecodingWarning, stacklevel=3)
        return text, "utf-8"
    m = _META_CHARSET.search(raw[:4096])
    if m:
        enc = m.group(1).decode("ascii").lower()
        try:
            text = raw.decode(enc)
            if has_arabic(text):
                return text, enc
        except (LookupError, UnicodeDecodeError):
            pass
    from charset_normalizer import from_bytes

    results = from_bytes(raw, cp_isolation=["cp1256", "iso8859_6", "cp720", "cp864", "mac_arabic", "utf_8"])
    best = results.best()
    if best is not None:
        text = str(best)
        if _plausible_arabic(text):
            return text, best.encoding
    # A detector can be unsure on short texts. Windows-1256 maps every byte, so it is kept only
    # when what it gives reads as Arabic.
    text = raw.decode("cp1256", errors="replace")
    if _plausible_arabic(text):
        return text, "cp1256"
    raise DecodingError(f"{_name(name)} is in no encoding this reader knows (UTF-8, UTF-16, Windows-1256): "
                        f"save it as UTF-8")


_BASE_ARABIC = re.compile("[\u0621-\u064a]")


_MARKUP = re.compile(r"<[^<>]*>|&#?\w+;")


def _plausible_arabic(text: str) -> bool:
    """Most letters are the 28 letters of Arabic, and there are no control characters. The
    letters of tags and entities do not count: a short page is mostly ``<html><body><p>``."""
    if re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]", text):
        return False
    if "<" in text or "&" in text:
        text = _MARKUP.sub(" ", text)
    letters = sum(1 for c in text if c.isalpha())
    return bool(letters) and len(_BASE_ARABIC.findall(text)) >= 0.5 * letters


def _bomless_utf16(raw: bytes) -> tuple[str, str] | None:
    """UTF-16 without a byte-order mark: the high byte of an Arabic letter is 0x06, of a space,
    a digit or a line break 0x00, so one byte in two is mostly one of those. The decoding is kept
    when it reads as Arabic (a binary file with NUL bytes does not)."""
    if len(raw) % 2:
        return None
    sample = raw[:4000]
    for enc, high in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if not high or high.count(0) + high.count(6) < 0.6 * len(high):
            continue
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text and _plausible_arabic(text):
            return text, enc
    return None


def _damaged_utf8(raw: bytes) -> tuple[str, int] | None:
    """``(text, count)`` when ``raw`` is UTF-8 Arabic with a few invalid byte sequences (a
    truncated download, a bad copy), each then read as U+FFFD, else None. Text in an Arabic
    code page (Windows-1256 ...) is almost no valid UTF-8: its letters are lead bytes in a row."""
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - raw.count("\ufffd".encode("utf-8"))
    if bad <= 0:
        return None
    arabic = len(_BASE_ARABIC.findall(text))
    if arabic < 10 * bad or not _plausible_arabic(text.replace("\ufffd", "")):
        return None
    return text, bad


_HTML_START = re.compile(r"^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<\?xml[^>]*>\s*<html)", re.I)
_HTML_TAGS = re.compile(r"<(p|div|body|article|h1|h2|br)[\s>/]", re.I)


def _looks_like_html(text: str) -> bool:
    # both patterns need a "<" in the first 20000 characters: str.find rules out a plain text
    # faster than the patterns' searches
    if text.find("<", 0, 20000) < 0:
        return False
    head = text[:2048]
    return bool(_HTML_START.match(head)) or len(_HTML_TAGS.findall(text[:20000])) >= 3


# --------------------------------------------------------------------------- segments

_URL = re.compile(r"https?://\S+")
_SOURCE_LINE = re.compile(r"^\s*(المصدر|مصدر|الرابط|رابط المصدر|Source)\s*[:：]\s*(https?://\S+)\s*$", re.I)
_BOILERPLATE = re.compile(
    r"^\s*(?:"
    r"\[[^\]\n]{0,40}\]"                                  # [إعلان رقم 2], [Advertisement]
    r"|(?:تعليق|تعليقات|التعليقات|comments?)\s*\(?\s*\d*\s*\)?"   # تعليق (0)
    r"|(?:اقرأ|إقرأ|اقرا)\s+(?:أيضا|أيضاً|ايضا|المزيد|كذلك)\s*[:：]?.{0,0}"
    r"|(?:شارك|مشاركة|شاركوا)(?:\s+(?:المقال|الخبر|على|عبر)\S*)?(?:\s+\S+){0,3}"
    r"|(?:تابعونا|تابعنا|اشترك|اشتركوا)\b.{0,80}"
    r"|(?:إعلان|اعلان|advertisement|ads?)"
    r"|(?:طباعة|أرسل لصديق|حفظ|print|share|tweet|facebook|twitter|whatsapp)(?:\s*[|/،,]\s*\S+)*"
    r"|(?:الكلمات الدالة|كلمات مفتاحية|وسوم|tags)\s*[:：].*"
    r"|(?:جميع الحقوق محفوظة|©|copyright).*"
    r")\s*[|:]?\s*$",
    re.I,
)
_CAPTION = re.compile(
    r"(?:\((?:المصدر|الصورة|صورة|تصوير|مصدر الصورة)\s*[:：][^()\n]{1,80}\)\s*\|?\s*$"  # (المصدر: وكالة ...) |
    r"|\|\s*$"                                                          # photo line ending in a bar
    r"|^\s*(?:الصورة|صورة|تصوير|مصدر الصورة)\s*[:：])",
)
_FINAL_PUNCT = re.compile(r"[.!؟?:؛;…\"»”)]\s*$")
_CLAUSE_BREAK = re.compile(r"[،,؛;.]")


def _url_of(line: str) -> str | None:
    m = _URL.search(line)
    return m.group(0).rstrip(".,،)") if m else None


def classify_line(line: str, index: int, first_content: bool) -> SegmentKind:
    """The kind of one line of text (without its line break)."""
    s = line.strip()
    if _SOURCE_LINE.match(s):
        return "source"
    if _BOILERPLATE.match(s):
        return "boilerplate"
    if first_content:
        # a title is one line of a headline's length; an article pasted as one long line, or a
        # first line of several sentences, is body text
        if len(s) > 250 or len(_SENT_END.findall(s.rstrip(".…!?؟؛ "))) >= 2:
            return "body"
        return "title"
    # The caption patterns but the last end with "(...)" or "|" at the end of the line (``s`` is
    # stripped, so at its last character): a line ending in "|" is a caption, one ending in ")"
    # is searched for the pattern anywhere, and any other line can only match the last pattern,
    # anchored at the start (a search would try every position of a long line).
    if s.endswith("|") or (_CAPTION.search(s) if s.endswith(")") else _CAPTION.match(s)):
        return "caption"
    # a heading is short, ends with no punctuation and has no clause break inside
    if len(s) <= 70 and 0 < len(s.split()) <= 8 and not _FINAL_PUNCT.search(s) and not _CLAUSE_BREAK.search(s):
        return "heading"
    return "body"


def segment(text: str, hints: list[tuple[str, str]] | None = None) -> list[Segment]:
    """Cut ``text`` into segments, one per line (line breaks stay with their line).

    Blank lines join the segment before them, so segments tile the text exactly.
    ``hints`` (from a web page) give the kind of each line where the page's markup says it.
    """
    segs: list[Segment] = []
    pos = 0
    first = True
    hint_iter = iter(hints) if hints is not None else None
    for raw_line in text.splitlines(keepends=True):
        end = pos + len(raw_line)
        hinted = next(hint_iter, ("", "")) if hint_iter is not None else ("", "")
        # a line of white space only (its line break included) is blank: isspace() tests that
        # without making the stripped copy
        if raw_line.isspace():
            if segs:
                last = segs[-1]
                segs[-1] = Segment(last.segment_id, last.kind, last.start, end, text[last.start:end])
            else:
                segs.append(Segment(1, "body", pos, end, text[pos:end]))  # leading blank lines
            pos = end
            continue
        kind = classify_line(raw_line.rstrip("\n"), len(segs), first)
        if hinted[1] in ("title", "heading", "caption") and kind not in ("source", "boilerplate"):
            kind = hinted[1]  # type: ignore[assignment]
        if first and segs:
            # leading blank lines (the only segment there can be before the first content
            # line) belong with the title
            lead = segs.pop()
            segs.append(Segment(1, kind, lead.start, end, text[lead.start:end]))
        else:
            segs.append(Segment(len(segs) + 1, kind, pos, end, raw_line))  # raw_line is text[pos:end]
        first = False
        pos = end
    return segs


# --------------------------------------------------------------------------- sentences

# A sentence ends at . ! ? ؟ ؛ (and … ) followed by space or a closing quote, or at a line end.
# (written "one sign, then two more dots after a dot" rather than "... or one sign", which is the
# same match, so that the search skips to the signs instead of trying every character)
_SENT_END = re.compile(r"[.…!?؟؛](?:(?<=\.)\.\.)?[\"'»”)\]]*(?=\s|$)")
# Not an end: a decimal (1.5), a one-letter abbreviation (د. م. U.S.), an ellipsis inside a
# quote that goes on, a number with a dot in a list (2. أكتوبر is handled by the dates module).
_ABBREV_BEFORE = re.compile(r"(?:^|[\s(])(?:[\u0621-\u064a]|[A-Za-z]|[A-Za-z]\.[A-Za-z]|ق\.م|ص\.ب|ج\.م\.ع|Mr|Dr|No|St|etc)$")
# the signs a _SENT_END match starts with
_END_SIGNS = ".…!?؟؛"


def split_sentences(text: str, segments: list[Segment] | None = None) -> list[Sentence]:
    """Split ``text`` into sentences with offsets; line breaks always end a sentence.

    >>> [s.text for s in split_sentences("نما الاقتصاد 1.5% العام الماضي. وقال د. أحمد: جيد؟ نعم")]
    ['نما الاقتصاد 1.5% العام الماضي.', 'وقال د. أحمد: جيد؟', 'نعم']
    """
    if segments is None:
        segments = segment(text)
    out: list[Sentence] = []
    add = out.append
    find = text.find
    match_end = _SENT_END.match
    abbrev = _ABBREV_BEFORE.search
    # Where a sentence may end: every sign a _SENT_END match starts with, in text order. str.find
    # goes through the text much faster than the regex's search, which tests each character
    # against the set of signs; the regex is then tried at these positions only.
    signs: list[int] = []
    for sign in _END_SIGNS:
        i = find(sign)
        while i >= 0:
            signs.append(i)
            i = find(sign, i + 1)
    signs.sort()
    for seg in segments:
        segment_id = seg.segment_id
        ls = seg.start
        seg_end = seg.end
        while ls < seg_end:  # each line of the segment: [ls, le)
            le = find("\n", ls, seg_end)
            if le < 0:
                le = seg_end
            ends: list[int] = []  # where the sentences of this line end
            start = ls
            resume = ls  # where the regex's search would go on: after the last match
            # The same matches as _SENT_END.finditer(text, ls, le): each starts at a sign, so
            # the regex is tried at the signs of the line, skipping those inside the last match.
            for p in signs[bisect_left(signs, ls):bisect_left(signs, le)]:
                if p < resume:
                    continue
                if p + 1 == le or text[p + 1] == " ":
                    # the usual case, a sign before a space or at the line's end: _SENT_END
                    # matches the sign alone (no dots, quotes follow), so the regex is not run
                    resume = p + 1
                else:
                    m = match_end(text, p, le)
                    if m is None:
                        continue
                    resume = m.end()
                # A "." (not "...") after an abbreviation or in a decimal is no end. The
                # abbreviation is at most 5 characters and one before it: the last 8 characters
                # before the dot decide. When the 3 before the last one are letters or digits
                # (a word of 4+ characters: most sentence ends), _ABBREV_BEFORE cannot match, as
                # every alternative needs a space, "(", "." or the line's start in one of them;
                # that test comes first as it settles most ends.
                if not (p - start >= 4 and text[p - 4:p - 1].isalnum()) and \
                        text[p] == "." and not text.startswith("...", p, resume) and \
                        abbrev(text[max(start, p - 8):p]):
                    continue
                start = resume
                ends.append(start)
            if start < le:
                ends.append(le)
            # each sentence without the white space around it (none when only space is left):
            # strip() and lstrip() remove what str.isspace() calls white space, in C
            start = ls
            for end in ends:
                piece = text[start:end]
                body = piece.strip()
                if body:
                    if len(body) != len(piece):
                        start += len(piece) - len(piece.lstrip())
                    add(Sentence(len(out) + 1, segment_id, start, start + len(body), body))
                start = end
            ls = le + 1
    return out


def segment_kinds(article: Article) -> dict[int, str]:
    """Segment id -> kind (``title``, ``body``, ...) of an article, read without pandas when the
    article was made by :func:`read_article`.

    >>> segment_kinds(read_article("عنوان الخبر\\nنص الخبر هنا."))
    {1: 'title', 2: 'body'}
    """
    if article.segment_kinds or not len(article.segments):
        return dict(article.segment_kinds)
    seg = article.segments  # an Article made by hand: read its table
    col = seg["kind"]
    codes = getattr(col.array, "codes", None)
    if codes is None:
        kinds = list(map(str, col.tolist()))
    else:  # categorical: through its codes, much faster than astype(str)
        cats = list(map(str, col.array.categories.tolist()))
        kinds = [cats[c] if c >= 0 else "nan" for c in codes.tolist()]
    return dict(zip(seg["segment_id"].tolist(), kinds))


def sentences_frame(article: Article) -> pd.DataFrame:
    """The sentences of ``article`` as a table."""
    return tables.frame("sentences", article.sentences)
