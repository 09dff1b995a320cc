"""analysis: read Arabic news articles into tables of figures, dates, entities and events.

>>> import analysis
>>> ex = analysis.extract("عنوان\\nبلغ حجم التبادل التجاري 5 مليارات دولار في عام 2023.", published="2024-01-15")
>>> ex.figures[["value", "unit"]].values.tolist()
[[5000000000.0, 'USD']]

The public names are listed in ``__all__``; everything else is private to the package.
"""
from __future__ import annotations

from .article import Article, Segment, Sentence, read_article
from .errors import (
    AnalysisError,
    ArticleNotFoundError,
    BinaryInputError,
    DecodingError,
    DecodingWarning,
    EmptyInputError,
    InputError,
    InputTooLargeError,
    LongTextWarning,
    NoArabicTextError,
    NonArabicTextWarning,
    NotAFileError,
    OutputError,
    ParameterError,
)
from .extract import Extraction, extract
from .numbers import find_numbers
from .dates import find_dates
from .corpus import Corpus, CorpusError, extract_corpus, read_corpus

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Segment",
    "Sentence",
    "Extraction",
    "read_article",
    "extract",
    "find_numbers",
    "find_dates",
    "extract_corpus",
    "read_corpus",
    "Corpus",
    "CorpusError",
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
    "__version__",
]
