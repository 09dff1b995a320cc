"""extract(): the same tables whichever way the article and its date come in."""
from __future__ import annotations

import analysis

# a visit of the day, then what the visitor said there with no time of its own, then a remark
# of someone else: the statements take the visit's day only when the publication date is known
TEXT = ("وزير يزور عمان\n"
        "وصل وزير الخارجية المصري سامح شكري اليوم إلى عمان في زيارة رسمية.\n"
        "وقال شكري في مؤتمر صحفي إن البلدين يعملان معا.\n"
        "من جهة أخرى، أكد الخبير سامي العلي أن السوق مستقرة.")


def _rows(ex: analysis.Extraction) -> dict[str, list]:
    return {name: df.astype(str).values.tolist() for name, df in ex.tables().items()}


def test_a_date_given_with_a_read_article_is_its_publication_date():
    by_text = analysis.extract(TEXT, published="2024-03-12")
    by_article = analysis.extract(analysis.read_article(TEXT), published="2024-03-12")
    dated_by_reader = analysis.extract(analysis.read_article(TEXT, published="2024-03-12"), published="2024-03-12")
    said = by_text.events[by_text.events["type"] == "statement"]
    assert "تصريح شكري" in said["label"].tolist()
    assert {str(d.date()) for d in said["date_start"]} == {"2024-03-12"}
    assert _rows(by_article) == _rows(by_text) == _rows(dated_by_reader)
    assert by_article.article.published.isoformat() == "2024-03-12"
    assert by_article.reference_date_source == "given"

