"""The one exception tree of the package.

::

    AnalysisError                    anything this package raises on purpose
    ├── InputError                   the article cannot be read (the CLI exits with code 2)
    │   ├── ArticleNotFoundError     no file at that path
    │   ├── NotAFileError            the path is a directory or something else that is not a file
    │   ├── EmptyInputError          nothing but white space
    │   ├── BinaryInputError         NUL bytes: an image, a PDF, an archive ...
    │   ├── DecodingError            bytes in no encoding we read (UTF-8, UTF-16, Windows-1256)
    │   ├── InputTooLargeError       over the size limit (``read_article(max_bytes=...)``)
    │   └── NoArabicTextError        not one Arabic letter (only with ``on_non_arabic="error"``)
    ├── ParameterError               a bad argument: a published date that is not a date, a
    │                                folder name with a line break, ...
    └── OutputError                  the output folder cannot be written (permissions, a full disk ...)

Warnings (``warnings.warn``), not errors:

* :class:`NonArabicTextWarning` when text has no Arabic letter (tables come out empty);
* :class:`LongTextWarning` when text is long enough that extraction takes seconds;
* :class:`DecodingWarning` when UTF-8 bytes hold a few invalid sequences (each is read as U+FFFD).

Every message names the problem and what to do about it, in one line.
"""
from __future__ import annotations

__all__ = [
    "AnalysisError",
    "InputError",
    "ArticleNotFoundError",
    "NotAFileError",
    "EmptyInputError",
    "BinaryInputError",
    "DecodingError",
    "InputTooLargeError",
    "NoArabicTextError",
    "ParameterError",
    "OutputError",
    "NonArabicTextWarning",
    "LongTextWarning",
    "DecodingWarning",
]


class AnalysisError(Exception):
    """Base class of every error this package raises on purpose."""


class InputError(AnalysisError):
    """The article could not be read."""


class ArticleNotFoundError(InputError, FileNotFoundError):
    """No file at the given path."""


class NotAFileError(InputError):
    """The path names a directory or a special file."""


class EmptyInputError(InputError):
    """The input holds nothing but white space."""


class BinaryInputError(InputError):
    """The input holds NUL bytes: it is not a text or a web page."""


class DecodingError(InputError):
    """The bytes are in no encoding the reader knows."""


class InputTooLargeError(InputError):
    """The input is larger than the reader's limit."""


class NoArabicTextError(InputError):
    """The input has no Arabic letter at all."""


class ParameterError(AnalysisError, ValueError):
    """An argument has the wrong form (for example a published date that is not a date)."""


class OutputError(AnalysisError):
    """The files could not be written where they were asked for."""


class NonArabicTextWarning(UserWarning):
    """The text has no Arabic letters; only signs such as `5%` and `$10` are read."""


class LongTextWarning(UserWarning):
    """The text is long; extraction will take longer than usual."""


class DecodingWarning(UserWarning):
    """Some bytes were no character in the input's encoding; each was read as U+FFFD."""
