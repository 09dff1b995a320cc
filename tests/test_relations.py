"""Relations per article: who a figure is between (parties, from_code, to_code), which countries
an event involves and its CAMEO code. Worked examples in examples/relations.tsv (our own
sentences, negatives included), then the rules one by one."""
from __future__ import annotations

from pathlib import Path

import pytest

import analysis
from analysis import lang, relations, tables
from analysis.relations import cameo_code, country_code

EXAMPLES = Path(__file__).parent / "examples" / "relations.tsv"
PUBLISHED = "2024-03-01"


def _rows(kind: str) -> list[list[str]]:
    out = []
    for line in EXAMPLES.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and line.split("\t")[0] == kind:
            out.append(line.split("\t")[1:])
    return out


def _codes(s: str) -> list[str]:
    return [] if s == "-" else s.split(",")


def _opt(s: str) -> str | None:
    return None if s == "-" else s


@pytest.mark.parametrize("sentence,figure_text,parties,src,dst", _rows("figure"))
def test_figure_examples(sentence, figure_text, parties, src, dst):
    ex = analysis.extract("عنوان\n" + sentence, published=PUBLISHED)
    rows = ex.figures[ex.figures["text"] == figure_text]
    assert len(rows) == 1, ex.figures[["text", "metric_key"]]
    row = rows.iloc[0]
    assert (row["parties"], row["from_code"], row["to_code"]) == (_codes(parties), _opt(src), _opt(dst)), \
        row[["metric_key", "metric"]].tolist()


@pytest.mark.parametrize("sentence,typ,countries,cameo", _rows("event"))
def test_event_examples(sentence, typ, countries, cameo):
    ex = analysis.extract("عنوان\n" + sentence, published=PUBLISHED)
    rows = ex.events[ex.events["type"] == typ]
    assert len(rows) >= 1, ex.events[["type", "label"]]
    row = rows.iloc[0]
    assert (row["countries"], row["cameo"]) == (_codes(countries), _opt(cameo)), row[["actors", "places", "orgs"]].tolist()


def test_columns_come_last_and_exist_when_empty():
    assert tables.columns("figures")[-3:] == ["parties", "from_code", "to_code"]
    assert tables.columns("events")[-2:] == ["countries", "cameo"]
    ex = analysis.extract("عنوان\nنص بلا أرقام ولا أحداث.", published=PUBLISHED)
    assert ex.figures.columns.tolist() == tables.columns("figures")
    assert ex.events.columns.tolist() == tables.columns("events")
    assert ex.figures["from_code"].dtype == object and ex.events["cameo"].dtype == object


def test_figures_of_other_metrics_have_no_parties():
    ex = analysis.extract("عنوان\nبلغ معدل التضخم في مصر 30% في عام 2023.", published=PUBLISHED)
    assert ex.figures["parties"].tolist() == [[]]
    assert ex.figures["from_code"].isna().all()


def test_the_two_countries_of_the_article_stand_for_bين_البلدين_only_when_two_stand_out():
    two = ("عنوان\nاستقبل الرئيس المصري نظيره الفرنسي في القاهرة. وأكدت مصر وفرنسا عمق العلاقات. "
           "وبلغ حجم التبادل التجاري بين البلدين 3 مليارات يورو في عام 2023.")
    ex = analysis.extract(two, published=PUBLISHED)
    assert ex.figures["parties"].tolist() == [["EG", "FR"]]
    # three countries named as often: «البلدين» names no two of them
    three = ("عنوان\nتحدث الوزير عن مصر وفرنسا وإيطاليا. "
             "وبلغ حجم التبادل التجاري بين البلدين 3 مليارات يورو في عام 2023.")
    ex = analysis.extract(three, published=PUBLISHED)
    assert ex.figures["parties"].tolist() == [[]]


def test_al_mamlaka_is_the_one_kingdom_the_article_names():
    text = ("عنوان\nتعد السعودية شريكا مهما لليابان. "
            "وبلغت صادرات المملكة إلى اليابان 30 مليار دولار في عام 2023.")
    ex = analysis.extract(text, published=PUBLISHED)
    assert ex.figures[["parties", "from_code", "to_code"]].values.tolist() == [[["SA", "JP"], "SA", "JP"]]
    # two kingdoms named: «المملكة» is neither
    both = ("عنوان\nتعد السعودية والمغرب شريكين لليابان. "
            "وبلغت صادرات المملكة إلى اليابان 30 مليار دولار في عام 2023.")
    ex = analysis.extract(both, published=PUBLISHED)
    assert ex.figures[["parties", "from_code", "to_code"]].values.tolist() == [[["JP"], None, "JP"]]


def test_a_metric_word_past_a_comma_after_the_figure_is_not_the_figures():
    # the 6% is a share price's fall; «استثمارات» belongs to the next clause
    text = ("عنوان\nهبط سهم الشركة الكندية بنسبة 6% في مارس 2024، "
            "وسط مخاوف على استثمارات الشركة في السعودية.")
    ex = analysis.extract(text, published=PUBLISHED)
    assert all(p == [] for p in ex.figures["parties"])


def test_a_list_of_countries_gives_each_figure_its_own():
    text = ("عنوان\nبلغ العجز التجاري لمصر مع الصين (10 مليارات دولار) ومع الهند (3 مليارات دولار) "
            "وتركيا (2 مليار دولار) في عام 2023.")
    ex = analysis.extract(text, published=PUBLISHED)
    assert ex.figures["parties"].tolist() == [["EG", "CN"], ["EG", "IN"], ["EG", "TR"]]


def test_people_get_their_country_from_their_role_or_the_people_table():
    ex = analysis.extract("عنوان\nزار بوتين القاهرة يوم 11 ديسمبر 2023.", published=PUBLISHED)
    assert ex.events[["type", "countries"]].values.tolist() == [["visit", ["RU", "EG"]]]
    ex = analysis.extract("عنوان\nزار رئيس وزراء الهند ناريندرا مودي أبوظبي يوم 13 فبراير 2024.", published=PUBLISHED)
    assert ex.events["countries"].tolist() == [["IN", "AE"]]


def test_dual_words_add_the_articles_pair_to_an_event_with_fewer_than_two_countries():
    text = ("عنوان\nبحث وزير الخارجية الأردني ونظيره الياباني العلاقات بين الأردن واليابان. "
            "ووقع الوزيران يوم 3 مارس 2024 اتفاقية للتعاون الثقافي.")
    ex = analysis.extract(text, published=PUBLISHED)
    agreement = ex.events[ex.events["type"] == "agreement"]
    assert agreement["countries"].tolist() == [["JO", "JP"]]


@pytest.mark.parametrize("typ,words,code", [
    ("visit", ["زياره"], "042"),
    ("meeting", ["واستقبل", "الرئيس"], "043"),
    ("meeting", ["المفاوضات"], "046"),
    ("meeting", ["التقي"], "040"),
    ("summit", ["معرض"], None),      # an exhibition: no act between actors
    ("summit", ["قمه"], "040"),
    ("statement", ["وندد"], "111"),
    ("statement", ["قال"], "010"),
    ("agreement", ["وقعت"], "057"),
    ("military", ["غارات"], "195"),
    ("military", ["هجوم"], "190"),
    ("other", ["احتجاجات"], "140"),
    ("other", ["وفاه"], None),
    ("election", ["الانتخابات"], None),
    ("economic", ["صادرات"], None),
])
def test_cameo_codes_by_type_and_trigger(typ, words, code):
    assert cameo_code(typ, words) == code


@pytest.mark.parametrize("name,code", [("SA", "SA"), ("eg", "EG"), ("فرنسا", "FR"), ("المغربية", "MA"),
                                       ("الولايات المتحدة", "US"), ("أوروبا", None), ("XX1", None), ("", None)])
def test_country_code(name, code):
    assert country_code(name) == code


def test_every_cameo_row_names_a_known_type():
    from analysis.events import EVENT_TYPES

    assert set(relations._CAMEO) <= set(EVENT_TYPES)
    assert all(len(c) == 3 and c.isdigit() for c in relations.CAMEO_NAMES)


def test_the_english_names_table_covers_the_people_table_and_agrees_with_cldr():
    # every note of people.tsv has its row, so that babel's names need not be loaded; each row
    # says what CLDR's English names say, or names what CLDR does not spell so (UAE, Palestine)
    from babel import Locale

    cldr = {name: code for code, name in Locale("en").territories.items() if code.isalpha()}
    notes = {row[1].strip() for row in lang.rows("people.tsv") if len(row) > 1}
    assert notes and notes <= set(relations._ENGLISH)
    for name, code in relations._ENGLISH.items():
        assert code is None and name not in cldr or code is not None and cldr.get(name, code) == code, name
    assert relations._ENGLISH["Russia"] == "RU" and relations._ENGLISH["UAE"] == "AE"
    assert relations._ENGLISH["NATO"] is None
    assert relations._ENGLISH["Turkey"] == "TR"  # CLDR's name is Türkiye: the table must say it


def test_the_people_table_gives_each_known_person_the_code_of_its_note():
    people = relations._people_countries()
    assert people["بوتين"] == "RU" and people["ماكرون"] == "FR"
    assert "ستولتنبرغ" not in people  # NATO's: no country
    assert people["اردوغان"] == "TR"  # (keys folded) a note whose country CLDR spells otherwise (Türkiye)


def test_a_meeting_of_two_known_leaders_involves_both_their_countries():
    ex = analysis.extract("لقاء\nالتقى أردوغان يوم الاثنين وزير الخارجية الروسي سيرغي لافروف.", published="2024-03-06")
    assert ex.events["countries"].tolist() == [["TR", "RU"]]


def test_an_articles_countries_are_read_when_first_asked_for():
    from analysis.entities import entity_mentions
    from analysis.relations import ArticleCountries
    from analysis.text import fold

    folded = fold("وقال وزير الخارجية المصري إن مصر والأردن وقعتا اتفاقا، ووصل الوزير السعودي إلى عمان.")
    ac = ArticleCountries(folded, None, entity_mentions(folded))
    # no figure and no event: nothing asks, nothing is read
    assert relations.figure_parties([], ac) == [] and relations.event_countries([], ac) == []
    assert "refs" not in ac.__dict__ and "pair" not in ac.__dict__
    assert [c for c, _n in ac.ranking] == ["EG", "JO", "SA"]
    assert "refs" in ac.__dict__ and [r.how for r in ac.refs][:2] == ["adjective", "name"]
