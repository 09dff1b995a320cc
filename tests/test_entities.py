"""People, places and organisations: the worked examples in examples/entities.tsv, and the rules
that tie mentions together (surnames, spelling variants, offsets, nationality adjectives)."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

import analysis
from analysis import lang, tables
from analysis.entities import Entity, country_of_adjective, entity_mentions, place_names
from analysis.text import fold

EXAMPLES = Path(__file__).parent / "examples" / "entities.tsv"


def _rows():
    with EXAMPLES.open(encoding="utf-8") as f:
        for row in csv.reader((line for line in f if line.strip() and not line.startswith("#")), delimiter="\t"):
            yield pytest.param(*(row + [""] * (4 - len(row))), id=f"{row[1]}:{row[2]}")


@pytest.mark.parametrize("sentence,kind,text,role", list(_rows()))
def test_worked_example(sentence, kind, text, role):
    found = entity_mentions(fold(sentence))
    got = [e for e in found if e.type == kind]
    if text.startswith("!"):
        assert text[1:] not in [e.text for e in got], found
        return
    match = [e for e in got if e.text == text]
    assert match, f"{text!r} not found as {kind}: {[(e.text, e.type) for e in found]}"
    if role:
        assert match[0].role == role


def test_offsets_index_the_original_text_even_with_diacritics():
    s = "وَصَلَ الرَّئِيسُ الرُّوسِيُّ فلاديمير بوتين إلى القاهِرة"
    found = entity_mentions(fold(s))
    assert found, found
    for e in found:
        assert s[e.start:e.end] == e.text
    assert {e.type for e in found} == {"person", "place"}


def test_a_name_after_lil_gets_its_article_back_and_its_offsets_the_printed_letters():
    s = "وجهت الوزارة رسالة للأمم المتحدة."
    (un,) = [e for e in entity_mentions(fold(s)) if e.type == "org"]
    assert (un.text, un.canonical) == ("الأمم المتحدة", "الأمم المتحدة")
    assert s[un.start:un.end] == "لأمم المتحدة"  # the first ل is the preposition


def test_surname_and_spelling_variant_share_the_canonical_name():
    s = ("قام الرئيس الروسي فلاديمير بوتن بزيارة إلى أستانا. وقال الرئيس بوتين إن العلاقات قوية. "
         "وأضاف بوتن أن التعاون سيستمر.")
    people = [e for e in entity_mentions(fold(s)) if e.type == "person"]
    assert [e.text for e in people] == ["فلاديمير بوتن", "بوتين", "بوتن"]
    assert {e.canonical for e in people} == {"فلاديمير بوتن"}
    assert people[0].role == "الرئيس الروسي"


def test_a_known_surname_before_the_full_name_is_that_person():
    # a headline names a public figure by surname (people.tsv), the body by his full name
    s = "ماكرون يزور الجزائر الأسبوع المقبل\nأعلن الرئيس الفرنسي إيمانويل ماكرون أنه سيزور الجزائر."
    people = [(e.text, e.mentions) for e in analysis.entities.entities_of(entity_mentions(fold(s))) if e.type == "person"]
    assert people == [("إيمانويل ماكرون", 2)]
    # the name after بن is the father's, not the son's surname: سلمان is not محمد بن سلمان
    s = "الملك سلمان يستقبل الوفد\nاستقبل الأمير محمد بن سلمان الوفد في جدة."
    people = {e.text for e in analysis.entities.entities_of(entity_mentions(fold(s))) if e.type == "person"}
    assert people == {"سلمان", "محمد بن سلمان"}


def test_clitics_are_not_part_of_a_place():
    s = "وصل الوفد لكازاخستان ثم توجه وبكين إلى الصين"
    places = [e.text for e in entity_mentions(fold(s)) if e.type == "place"]
    assert "كازاخستان" in places and "الصين" in places


def test_a_title_with_no_name_gives_no_person():
    for s in ("قال الرئيس إن الوضع مستقر.", "وأكد وزير الخارجية أن الزيارة ناجحة.",
              "أعرب السفير عن شكره.", "أشار الدبلوماسي إلى أن بلاده مستعدة."):
        assert [e for e in entity_mentions(fold(s)) if e.type == "person"] == [], s


def test_nationality_adjectives_map_to_countries_but_are_not_places():
    assert country_of_adjective("الكازاخستاني") == "كازاخستان"
    assert country_of_adjective("الروسية") == "روسيا"
    assert country_of_adjective("والمصريين") == "مصر"
    assert country_of_adjective("للأمريكية") == "الولايات المتحدة"
    assert country_of_adjective("كبير") is None
    s = "التقى الوزير السعودي نظيره الروسي"
    assert [e for e in entity_mentions(fold(s)) if e.type == "place"] == []


def test_country_list_is_in_step_with_babel():
    # tools/make_places.py writes countries.tsv from CLDR; a new babel must not leave it stale
    import babel

    names = babel.Locale("ar").territories
    rows = lang.rows("countries.tsv")
    assert len(rows) > 200
    for code, name in rows:
        assert name in names[code]
    assert place_names()["كازاخستان"] == "كازاخستان"


def test_entities_make_a_table_without_private_fields():
    df = tables.frame("entities", entity_mentions(fold("زار الرئيس فلاديمير بوتن موسكو")))
    assert list(df.columns) == tables.columns("entities")
    assert df["entity_id"].tolist() == [1, 2]
    empty = tables.frame("entities", [])
    assert list(empty.columns) == tables.columns("entities")


def test_entity_is_frozen():
    e = Entity(None, "موسكو", 0, 5, "place", "موسكو")
    with pytest.raises(Exception):
        e.text = "x"  # type: ignore[misc]


def test_a_two_word_first_name_has_no_surname_to_mention_alone():
    # عبد الله is one name: الأول (of تشرين الأول, earlier in the text) is no later mention of it
    text = ("خبر\nزار الوفد المدينة في تشرين الأول الماضي.\nالملك عبد الله يستقبل الوفد\n"
            "استقبل الملك عبد الله الوفد أمس.")
    people = analysis.extract(text, published="2018-06-04").entities.query("type == 'person'")
    assert set(people["text"]) == {"عبد الله"}, people


@pytest.mark.parametrize("text,code", [
    ("عمان - أعلنت الحكومة الأردنية خطة جديدة للنقل.", "JO"),          # Amman: the article speaks of Jordan
    ("مسقط - وقعت سلطنة عمان والأردن اتفاقية للنقل.", "OM"),           # Oman, named as the Sultanate
    ("وقعت عمان والهند اتفاقية للتجارة الحرة.", "OM"),                # nothing of Jordan: Oman
])
def test_amman_or_oman(text, code):
    # one spelling, two places: the code tells the capital of Jordan from the Sultanate
    ents = analysis.extract("خبر\n" + text, published="2024-01-01").entities
    assert ents[ents["text"] == "عمان"]["code"].tolist() == [code]


def _entities(text):
    return analysis.entities.entities_of(entity_mentions(fold(text)))


def test_places_carry_the_iso_code_of_their_country():
    ents = {e.text: e.code for e in entity_mentions(fold(
        "زار الوفد القاهرة ثم المملكة العربية السعودية وشيكاغو قبل أن يعود إلى أوروبا."))}
    assert ents == {"القاهرة": "EG", "المملكة العربية السعودية": "SA", "شيكاغو": "US", "أوروبا": None}
    assert analysis.entities.place_code("ولاية سوسة") == "TN"
    assert analysis.entities.place_code("الشرق الأوسط") is None


def test_cities_from_geonames_carry_their_country_and_yield_to_the_hand_tables():
    ents = {e.text: e.code for e in entity_mentions(fold("انتقل الوفد من سكيكدة إلى كفرنبل ثم إلى دافاو."))}
    assert ents == {"سكيكدة": "DZ", "كفرنبل": "SY", "دافاو": "PH"}
    # tools/make_geo_cities.py leaves out a name the hand or CLDR tables already hold (their
    # spelling and code win) and any of three letters or fewer
    known = {fold(row[0]).text for row in lang.rows("places.tsv")} | {fold(row[1]).text for row in lang.rows("cities.tsv")}
    geo = [fold(row[1]).text for row in lang.rows("geo_cities.tsv")]
    assert len(geo) > 500 and not known & set(geo)
    assert all(len(name.replace("ال", "", 1).replace(" ", "")) >= 4 for name in geo)


def test_cities_from_cldr_are_in_step_with_babel():
    # tools/make_places.py writes cities.tsv from CLDR's time-zone cities and their countries
    import babel
    from babel.core import get_global

    zones = get_global("zone_territories")
    cities = {}
    for zone, names in babel.Locale("ar").time_zones.items():
        if names.get("city") and zones.get(zone):
            cities.setdefault(names["city"], set()).add(zones[zone])
    rows = lang.rows("cities.tsv")
    assert len(rows) > 300
    for code, name in rows:
        assert code in cities[name]


@pytest.mark.parametrize("text,kind,fullest,forms", [
    # a surname and a spelling variant after the full name
    ("استقبل الرئيس الروسي فلاديمير بوتين ضيفه. وقال بوتن إن المحادثات مثمرة.", "person",
     "فلاديمير بوتين", 2),
    # the first name alone, later, with one full name that starts so
    ("وصل الرئيس جاستن ترودو إلى الرياض. وأكد الرئيس جاستن أن الزيارة مهمة.", "person", "جاستن ترودو", 2),
    # a country's common name beside its full name
    ("وقعت السعودية اتفاقا مع كوريا. وأكدت المملكة العربية السعودية التزامها.", "place",
     "المملكة العربية السعودية", 2),
    # an acronym in parentheses after the name
    ("وقالت منظمة الدول المصدرة للبترول (أوبك) إن الطلب سيتباطأ.", "org", "منظمة الدول المصدرة للبترول", 2),
    # a short name whose words all stand in one longer name
    ("أعلنت الهيئة العامة للإحصاء أرقاما جديدة. وقالت هيئة الإحصاء إن البطالة تراجعت.", "org",
     "الهيئة العامة للإحصاء", 2),
    # the same words, a dash or a plural apart
    ("انعقد منتدى الأعمال المصري - الأردني في عمان. وناقش منتدى الأعمال المصري الأردني فرص الاستثمار.", "org",
     "منتدى الأعمال المصري - الأردني", 2),
    # a body's short name, one word in quotes or parentheses, right after its long name
    ("نقلت وكالة الأنباء الموريتانية \"وامو\" عن الوزير قوله إن الاتفاق قريب.", "org",
     "وكالة الأنباء الموريتانية", 2),
    ("وقالت الهيئة العامة للتأمينات (سوتا) إن المعاشات زادت.", "org", "الهيئة العامة للتأمينات", 2),
    ("أصدر الاتحاد العربي للمقاولين «عامك» تقريره السنوي.", "org", "الاتحاد العربي للمقاولين", 2),
    # a known short name inside a longer one, then alone
    ("وقالت وكالة فيتش للتصنيف الائتماني إن النظرة سلبية. وتتوقع فيتش أن يتباطأ النمو.", "org",
     "وكالة فيتش للتصنيف الائتماني", 2),
    # a short name in two longer ones: the one with the same head word (the other is a part of it)
    ("قال البنك المركزي العماني إن الفائدة ستنخفض بعد اجتماع لجنة الائتمان بالبنك المركزي. وأكد البنك "
     "المركزي أن التضخم تراجع.", "org", "البنك المركزي العماني", 2),
    # a family name in a link word (أبو، بن، ولد) that ends the full name, said later alone
    ("قال اللواء سمير عبد الكريم أبو شقرة إن الخطة جاهزة. وأضاف اللواء أبو شقرة أن التنفيذ يبدأ غدا.", "person",
     "سمير عبد الكريم أبو شقرة", 2),
    ("قال الجنرال محمدو ولد عبدي إن القوات انتشرت. وأكد الجنرال ولد عبدي أن الوضع هادئ.", "person",
     "محمدو ولد عبدي", 2),
])
def test_an_entity_is_listed_once_under_its_fullest_form(text, kind, fullest, forms):
    rows = [e for e in _entities(text) if e.type == kind and fullest in e.spellings]
    assert [(e.text, e.canonical, e.mentions) for e in rows] == [(fullest, fullest, forms)]
    assert text[rows[0].start:rows[0].end] == fullest


def test_a_son_named_after_his_father_stays_apart_from_him():
    # فهد بن ماجد بن سلطان ends in ماجد بن سلطان, his father's name: two people
    rows = _entities("قال الأمير فهد بن ماجد بن سلطان إن الوفد وصل. وكان الأمير ماجد بن سلطان قد زار المدينة.")
    assert sorted(e.text for e in rows if e.type == "person") == ["فهد بن ماجد بن سلطان", "ماجد بن سلطان"]


def test_two_bodies_a_short_name_could_be_stay_apart():
    # وزارة الخارجية could be either ministry: it is linked to neither
    rows = _entities("التقى وزير من وزارة الخارجية الروسية بنظيره من وزارة الخارجية المصرية. "
                     "وقالت وزارة الخارجية إن اللقاء مثمر.")
    assert sorted(e.text for e in rows if e.type == "org") == [
        "وزارة الخارجية", "وزارة الخارجية الروسية", "وزارة الخارجية المصرية"]


@pytest.mark.parametrize("text", [
    "أعلنت وزارة الخارجية \"رفضها\" للقرار.",  # the body's own word, with its pronoun
    "قالت وزارة المالية (الأربعاء) إن العجز تراجع.",  # a day, with the article
    "انتقد الحزب الوطني الحر (يساري) الحكومة.",  # a nisba adjective describing it
    "حول البنك المركزي الوطني \"كقرض\" مبلغا للحكومة.",  # a noun behind the clitic ك
    "قال المتحدث باسم وزارة الخارجية \"نحن نرفض\" ذلك.",  # a quoted sentence, not a name
])
def test_a_word_in_quotes_after_a_body_that_is_no_short_name(text):
    rows = [e for e in _entities(text) if e.type == "org"]
    assert [e.mentions for e in rows] == [1], rows


def test_the_table_lists_entities_with_their_mentions():
    ex = analysis.extract("خبر\nزار الرئيس التركي رجب طيب أردوغان أنقرة. وقال أردوغان إن تركيا مستعدة.",
                          published="2024-01-01")
    people = ex.entities.query("type == 'person'")
    assert people[["text", "role", "mentions"]].values.tolist() == [["رجب طيب أردوغان", "الرئيس التركي", 2]]
    assert people["spellings"].tolist() == [["رجب طيب أردوغان", "أردوغان"]]
    assert ex.entities.query("type == 'place'")["code"].tolist() == ["TR", "TR"]


def test_the_verbs_after_names_have_their_forms_and_no_name_word():
    from analysis import entities as E
    forms = E._verb_forms("كلف", "يكلف")
    assert {"كلف", "كلفت", "كلفا", "وكلف", "يكلف", "تكلف", "ليكلف", "وتكلف"} <= forms
    assert {"دعا", "دعت", "يدعو", "تدعو"} <= E._verb_forms("دعا", "يدعو")
    assert "يطالب" in E._verb_forms("-", "يطالب") and "طالب" not in E._verb_forms("-", "يطالب")
    assert "يحذر" in E._NEWS_VERBS and "ليتخذ" in E._NEWS_VERBS
    # spelled like a verb with a clitic, these are names: the table may not cut them
    for name in ("فيصل", "تامر", "راي", "فراي", "طالب"):
        assert name not in E._NEWS_VERBS
    assert not E._NEWS_VERBS & E._PERSON_WORDS


@pytest.mark.parametrize("text,place,code", [
    ("وقعت اشتباكات في ولاية جنوب دارفور أمس.", "ولاية جنوب دارفور", "SD"),
    ("زار الوزير محافظة شمال سيناء لتفقد المشروعات.", "محافظة شمال سيناء", "EG"),
    ("وصل الوفد إلى جنوب السودان لبحث الأزمة.", "جنوب السودان", "SS"),  # a country of its own
])
def test_a_province_named_by_a_point_of_the_compass_lies_in_its_country(text, place, code):
    ents = {e.text: e.code for e in entity_mentions(fold(text))}
    assert ents[place] == code, ents


def test_a_hashtag_names_with_spaces_and_its_span_frames_it():
    s = "قال الرئيس #جون_بيكر إن #مصرف_قطر_المركزي رفع الفائدة."
    found = {e.text: e for e in entity_mentions(fold(s))}
    assert set(found) == {"جون بيكر", "مصرف قطر المركزي"}, found
    for e in found.values():
        assert s[e.start:e.end] == e.text.replace(" ", "_")


def test_a_state_of_the_united_states_lies_in_the_us():
    ents = {e.text: e.code for e in entity_mentions(fold("انطلقت الرحلة من أوستن بولاية تكساس إلى فلوريدا."))}
    assert ents.get("ولاية تكساس") == "US" and ents.get("فلوريدا") == "US", ents
