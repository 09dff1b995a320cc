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



# No date given: the dates are resolved while the text is searched for its own date; when it
# gives none, those are the dates of the tables (not resolved a second time).
_NO_DATELINE = ["عنوان\nزار الوزير القاهرة أمس ووقع اتفاقا في مارس 2023 يسري حتى نهاية العام المقبل.",
                "قمة\nيلتقي الرئيسان يوم الثلاثاء بعد محادثات استمرت ثلاثة أيام في الأسبوع الماضي.",
                "تقرير\nارتفعت الصادرات 5% خلال الربع الأول من 2024 مقارنة بالفترة نفسها من العام السابق."]
_DATELINE = ["اتفاق\nالرباط - 12 مارس 2024 - وقع البلدان أمس اتفاقا يسري في الشهر المقبل.",
             "زيارة\nاليوم الثلاثاء 14 مارس 2017 وصل الوفد، وسيغادر يوم الخميس."]


def test_dates_read_without_a_reference_are_those_resolved_against_none():
    from analysis.dates import date_candidates, date_mentions, reference_date
    from analysis.extract import extract_records
    from analysis.text import fold

    for text in _NO_DATELINE + _DATELINE:
        r = extract_records(text)
        folded = fold(text)   # the long way: everything found and resolved afresh
        ref, source, _ = reference_date(folded, None, date_candidates(folded))
        assert (r.reference_date, r.reference_date_source) == (ref, source)
        assert (ref is None) == (text in _NO_DATELINE), text
        long = date_mentions(folded, ref, date_candidates(fold(text)))
        assert r.dates == long and r.dates, text
        if ref is not None:   # (against the date the text gives, the relative dates differ)
            assert long != date_mentions(folded, None, date_candidates(fold(text))), text
