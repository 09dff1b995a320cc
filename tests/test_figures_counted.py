"""Figures: what a count counts when the word after the amount is not its noun."""
from analysis import extract


def _counts(body: str) -> list[tuple]:
    figs = extract("عنوان الخبر\n" + body, published="2024-05-01").figures
    return [(r.text, r.value_low if r.value != r.value else r.value, r.unit)
            for r in figs.itertuples() if r.kind == "count"]


def test_people_counted_by_where_they_come_from():
    # من and a country or city says where the people come from: the count has no noun of its own
    assert _counts("عاد أمس 120 من لبنان و45 من الأردن و30 من القاهرة.") == [
        ("120", 120.0, None), ("45", 45.0, None), ("30", 30.0, None)]


def test_a_noun_after_min_is_still_counted():
    # near miss: من and a definite noun that is no place is what a vague amount counts
    assert _counts("اعتقلت الشرطة العشرات من المتظاهرين.") == [("العشرات", 10.0, "متظاهرين")]


def test_a_weekday_after_an_amount_is_when():
    assert _counts("تظاهر الآلاف الجمعة أمام مبنى البلدية.") == [("الآلاف", 1000.0, None)]
    # near miss: the noun counted comes first, the weekday after it
    assert _counts("تظاهر الآلاف من الطلاب الخميس أمام الوزارة.") == [("الآلاف", 1000.0, "طلاب")]
