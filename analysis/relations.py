"""Countries of figures and events: who trades with whom, who visits whom.

Per article, two readings that the other modules leave to this one:

* :func:`figure_parties` — the countries a figure of trade, exports, imports, investment, aid or
  a loan is between (``parties``, ISO 3166-1 alpha-2 codes in the order the text names them), and
  for a figure that flows one way, its direction (``from_code`` → ``to_code``): «صادرات السعودية
  إلى فرنسا» is SA → FR, «واردات مصر من الصين» CN → EG, «الاستثمارات الروسية في مصر» RU → EG.
  «حجم التبادل التجاري بين البلدين» is between the two countries the article is about. A figure
  whose clause names no country has none: nothing is guessed from the rest of the article.
* :func:`event_countries` — the countries an event involves (the visitor's and the host's, the
  signatories', the summit's place), from the countries of its people (their roles: «الرئيس
  الروسي»; or people.tsv), its places, its bodies and the nationality adjectives of its evidence,
  and :func:`cameo_code`, its CAMEO code (Schrodt 2012) by type and trigger (``cameo.tsv``).

What a word before a country says about its part (بين، إلى، من، في، مع، و …) is in
``lang/ar/relations.tsv``; «المملكة» and «السلطنة», which name the article's country without its
name, in ``country_references.tsv``. Everything is read off the folded text and the entity
mentions ``extract`` has already found: one pass over the article's tokens.

>>> from analysis import extract
>>> ex = extract("صادرات\\nبلغت صادرات السعودية إلى فرنسا 12 مليار دولار في عام 2023.", published="2024-02-01")
>>> ex.figures[["text", "parties", "from_code", "to_code"]].values.tolist()
[['12 مليار دولار', ['SA', 'FR'], 'SA', 'FR']]
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from typing import Any

from . import lang
from .entities import adjective_forms, country_of_adjective, place_code
from .text import Folded, fold_plain

__all__ = ["RELATION_METRICS", "DIRECTED_METRICS", "ArticleCountries", "figure_parties", "event_countries",
           "cameo_code", "CAMEO_NAMES", "country_code"]

#: The metrics whose figures are between countries (``parties``).
RELATION_METRICS = frozenset({"trade_volume", "trade_balance", "exports", "imports", "investment", "aid", "loan"})
#: Those that flow one way, from one country to another (``from_code``, ``to_code``).
DIRECTED_METRICS = frozenset({"exports", "imports", "investment", "aid", "loan"})


# --------------------------------------------------------------------------- language data (read once)

_WORD_ROLE: dict[str, str] = {}     # folded word before a country -> its role
_CLITIC_ROLE: dict[str, str] = {}   # letter written onto a country's name -> its role
_DUAL: set[str] = set()
_RECEIVE: set[str] = set()
_GIVE: set[str] = set()
_CLAUSE: set[str] = set()
for _w, _role, _kind in lang.rows("relations.tsv"):
    _f = fold_plain(_w)
    if _role == "dual":
        _DUAL.add(_f.split()[0])
    elif _role == "receive":
        _RECEIVE.add(_f)
    elif _role == "give":
        _GIVE.add(_f)
    elif _role == "clause":
        _CLAUSE.add(_f)
    elif _kind == "clitic":
        _CLITIC_ROLE[_f] = _role
    else:
        _WORD_ROLE[_f] = _role

_REFERENCE: dict[str, tuple[str, ...]] = {fold_plain(w): tuple(codes.split()) for w, codes in lang.rows("country_references.tsv")}

# type -> {folded trigger: code}, and the type's default ("*"); "-" is no code
_CAMEO: dict[str, dict[str, str | None]] = {}
#: CAMEO code -> its name in the codebook (English), for a table's legend.
CAMEO_NAMES: dict[str, str] = {}
for _typ, _trigger, _code, _name in lang.rows("cameo.tsv"):
    _CAMEO.setdefault(_typ, {})["*" if _trigger == "*" else fold_plain(_trigger)] = None if _code == "-" else _code
    if _code != "-":
        CAMEO_NAMES[_code] = _name

# English country name -> its code, or None for a name that is no country's (english_countries.tsv)
_ENGLISH = {name: (None if code == "-" else code) for name, code in lang.rows("english_countries.tsv")}

# the letters a word may carry before a country's name or a trigger, longest first
_CLITICS = ("وبال", "وال", "بال", "فال", "لل", "ال", "وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")
# folded token -> ("dual" or "reference", its clitics): the words for the two sides (البلدين)
# and for the article's country (المملكة), in every form (filled below)
_SPECIAL: dict[str, tuple[str, str]] = {}
_PUNCT_STOP = frozenset("،,.؛;:!?؟()")
# a metric word with a possessive pronoun (استثماراتها، صادراته): its owner is the clause's subject
_POSSESSIVE = re.compile(r"(?:ها|هم|هما|اته)$")
_NOUN_GAP = 3  # an adjective takes the preposition of a noun at most this many words before it
_JOINERS = frozenset({"و", "#", "-"})  # what may stand between two joined countries


@lru_cache(maxsize=4096)
def country_code(name: str) -> str | None:
    """The ISO 3166-1 alpha-2 code of a country given by its code, its Arabic name or a
    nationality adjective; None when it is none of them.

    >>> country_code("السعودية"), country_code("fr"), country_code("الروسية"), country_code("أوروبا")
    ('SA', 'FR', 'RU', None)
    """
    s = (name or "").strip()
    if len(s) == 2 and s.isascii() and s.isalpha():
        return s.upper()
    code = place_code(s)
    if code:
        return code
    country = country_of_adjective(s)
    return place_code(country) if country else None


_fold = lru_cache(maxsize=8192)(fold_plain)
# the words of roles and bodies' names recur from one name to the next (_name_country)
_place_code = lru_cache(maxsize=65536)(place_code)


def _adjective_codes() -> dict[str, str]:
    # a folded word ends so when it is an adjective (…ي، …يه، …ين، …يون): ة is ه once folded
    forms = adjective_forms()
    country_code = {country: place_code(country) for country in set(forms.values())}  # (a few dozen)
    return {word: country_code[country] for word, country in forms.items()
            if len(word) > 2 and word[-1] in "يهن" and country_code[country]}


# folded word (a nationality adjective with its clitics: والسعودية، للمصريين) -> its country's
# code; built once, a few thousand words, so that a word never seen costs one look-up
_ADJ_CODE: dict[str, str] = _adjective_codes()


def _adjective_code(word: str) -> str | None:
    """The country of a folded word that is a nationality adjective (with its clitics), else None."""
    return _ADJ_CODE.get(word)


@lru_cache(maxsize=65536)
def _strip(word: str) -> tuple[str, str]:
    """(clitics, rest) of a folded word: the longest clitic that leaves at least three letters."""
    for c in _CLITICS:
        if word.startswith(c) and len(word) - len(c) >= 3:
            return c, word[len(c):]
    return "", word


def _clitic_role(prefix: str) -> str | None:
    """The role the letters written onto a country's name give it (the article ال aside: وال is
    و; لل is ل with the article's alef dropped)."""
    p = prefix[:-2] if prefix.endswith("ال") else prefix
    for letter in ("ل", "ب"):
        if letter in p:
            return _CLITIC_ROLE.get(letter)
    if p.startswith("و"):
        return _CLITIC_ROLE.get("و")
    return None


def _with_clitics(entries, how: str) -> dict[str, tuple[str, str]]:
    """Every written form of the folded ``entries`` with the clitics before them (البلدين،
    للبلدين، والبلدين، وبالبلدين …) -> (how, clitics)."""
    out: dict[str, tuple[str, str]] = {}
    for e in entries:
        out[e] = (how, "")
        bare = e[2:] if e.startswith("ال") else None
        for c in _CLITICS:
            if c.endswith("ال") or c == "لل":
                if bare:
                    out.setdefault(c + bare, (how, c))
            else:
                out.setdefault(c + e, (how, c))
    return out


_SPECIAL.update(_with_clitics(_REFERENCE, "reference"))
_SPECIAL.update(_with_clitics(_DUAL, "dual"))
# the words worth a second look: the nationality adjectives and the words of _SPECIAL
_WANTED = frozenset(_ADJ_CODE).union(_SPECIAL)


# --------------------------------------------------------------------------- the article's countries


@dataclass(slots=True)  # (slots: a few hundred per article, made and read at every step)
class _Ref:
    """A country the text names: by name, adjective, a word for the two sides (``dual``) or a
    word that stands for the article's country (``reference``: المملكة)."""

    code: str | None
    t0: int            # tokens t0 .. t1 - 1
    t1: int
    how: str           # "name", "adjective", "dual", "reference"
    role: str | None   # between, to, from, in, with, and; None: bare (a genitive, an attribute, a subject)
    inside: bool       # inside a body's name or a person's role
    chained: bool = False  # an adjective right after another (التجاري السعودي الفرنسي)
    role_at: int = -1  # an adjective's role: the token of the preposition it was read from


class ArticleCountries:
    """The countries an article names, each mention with the part the words around it give it.

    Made once per article from the folded text and the entity mentions (``entity_mentions``);
    the countries are read from them when first asked for.
    ``ranking`` counts every mention of each country (names, adjectives, in roles and bodies'
    names too); ``pair`` is the two countries the article is about, when two stand out.
    """

    def __init__(self, folded: Folded, article: Any, mentions: list) -> None:
        self.folded = folded
        tok = folded.tokens
        self.words, self.starts, self.ends = tok.words, tok.starts, tok.ends
        self.mentions = mentions
        self._article = article

    # The countries are read when a figure or an event first asks for them (``_read``): many
    # articles have neither an event nor a figure of trade or aid (in a sample of 200 wild news
    # articles, 1 in 5 read with its date, 6 in 10 without one), and reading them is most of
    # what this class costs.
    _READ = frozenset({"refs", "_ref_starts", "ranking", "pair", "_sentences", "_sstarts"})

    def __getattr__(self, name: str) -> Any:
        # (called only for an attribute not set yet: once read, they are plain attributes)
        if name in ArticleCountries._READ:
            self._read()
            return self.__dict__[name]
        raise AttributeError(name)

    def _read(self) -> None:
        """The article's country mentions (``refs``), ``ranking`` and ``pair``."""
        folded, article, mentions = self.folded, self._article, self.mentions
        n = len(self.words)
        # the sentences by their original offsets (mapped to folded ones when asked for)
        sents = getattr(article, "sentences", None) if article is not None else None
        self._sentences = [(s.start, s.end) for s in sents] if sents else [(0, len(folded.original))]
        self._sstarts = [a for a, _ in self._sentences]
        # what the entity mentions cover: places and people are read from the mentions; a
        # body's name and a person's role hold adjectives that are theirs, not a figure's
        spans: list[tuple[int, int, int]] = []  # (t0, t1, 1: a place or person name; 2: a body or a role)
        self.refs: list[_Ref] = []
        ends, starts = self.ends, self.starts
        for m in mentions:
            t0, t1 = bisect_right(ends, m.fstart), bisect_left(starts, m.fend)  # (self.token_range)
            if t1 <= t0:
                continue
            typ = m.type
            spans.append((t0, t1, 2 if typ == "org" else 1))
            if typ == "person" and m.role:
                r = self._role_span(m)
                if r is not None:
                    spans.append((r[0], r[1], 2))
            elif typ == "place" and m.code:
                prefix = self.words[t0][:max(0, m.fstart - self.starts[t0])]
                self.refs.append(_Ref(m.code, t0, t1, "name", self._role(t0, prefix), False))
        spans.sort()
        span_starts = [sp[0] for sp in spans]

        def covered(i: int) -> int:
            """1: token i is in a place's or a person's name; 2: in a body's name or a role; 0: neither."""
            k = bisect_right(span_starts, i)
            kind = 0
            for t0, t1, c in spans[max(0, k - 4):k]:
                if t0 <= i < t1:
                    if c == 1:
                        return 1
                    kind = 2
            return kind

        words = self.words
        # the tokens that may be a nationality adjective or a word for a country, found without
        # a Python step per token
        for i in compress(range(n), map(_WANTED.__contains__, words)):
            cov = covered(i)
            if cov == 1:
                continue
            code = _ADJ_CODE.get(w := words[i])
            if code:
                self.refs.append(_Ref(code, i, i + 1, "adjective", None, cov == 2))
                continue
            how, prefix = _SPECIAL[w]
            if how == "dual" or not cov:
                self.refs.append(_Ref(None, i, i + 1, how, self._role(i, prefix), cov == 2))
        self.refs.sort(key=lambda r: r.t0)
        self._ref_starts = [r.t0 for r in self.refs]
        for k, r in enumerate(self.refs):
            if r.how == "adjective":
                r.role, r.chained, r.role_at = self._adjective_role(k)
            elif r.role == "and":
                # بين مصر والمغرب، بين #السعودية و #فرنسا: the second takes the first's role
                prev = self.refs[k - 1] if k else None
                joined = prev is not None and prev.role and set(words[prev.t1:r.t0]) <= _JOINERS
                r.role = prev.role if joined else None
        self.ranking = self._rank()
        self.pair = self._pair()
        self._resolve_references()

    # -- offsets
    def fpos(self, original: int) -> int:
        """The folded offset of an original offset."""
        ix = self.folded.index
        return original if ix is None else bisect_left(ix, original)

    def token_range(self, fa: int, fb: int) -> tuple[int, int]:
        """Tokens ``t0 .. t1 - 1`` overlap the folded span ``[fa, fb)``."""
        return bisect_right(self.ends, fa), bisect_left(self.starts, fb)

    def sentence_of(self, fpos: int) -> tuple[int, int]:
        """The folded span of the sentence that holds the folded offset ``fpos``."""
        k = max(bisect_right(self._sstarts, self.folded.pos(min(fpos, len(self.folded.text)))) - 1, 0)
        a, b = self._sentences[k]
        return self.fpos(a), self.fpos(b)

    def refs_in(self, t0: int, t1: int) -> list[_Ref]:
        """The country mentions within tokens ``t0 .. t1 - 1``, in text order."""
        a = bisect_left(self._ref_starts, t0)
        b = bisect_left(self._ref_starts, t1)
        return [r for r in self.refs[a:b] if r.t1 <= t1]

    # -- building
    def _role_span(self, m) -> tuple[int, int] | None:
        role = _fold(m.role)
        text = self.folded.text
        at = text.rfind(role, max(0, m.fstart - len(role) - 8), m.fstart)
        if at < 0:
            at = text.find(role, m.fend, m.fend + len(role) + 8)
        if at < 0:
            return None
        return self.token_range(at, at + len(role))

    def _role(self, t0: int, prefix: str) -> str | None:
        """The role a country's name starting at token t0 takes from its clitics or the word before."""
        if prefix:
            role = _clitic_role(prefix)
            if role is not None and role != "and":
                return role
            if role == "and":
                return "and"
        j = t0 - 1
        while j >= 0 and self.words[j] == "#":  # #السعودية: a hashtag's mark
            j -= 1
        return _WORD_ROLE.get(self.words[j]) if j >= 0 else None

    def _adjective_role(self, k: int) -> tuple[str | None, bool, int]:
        """The role of the adjective ``refs[k]``: after another country's adjective, it joins it
        (التجاري السعودي الفرنسي, السعودي - الفرنسي); else it takes the preposition of its noun
        (من البضائع الصينية: from), or none (الصادرات السعودية: the owner)."""
        r = self.refs[k]
        prev = self.refs[k - 1] if k else None
        words = self.words
        if prev is not None and prev.how == "adjective":
            gap = words[prev.t1:r.t0]
            if not gap or gap in (["-"], ["و"]):
                return prev.role, True, prev.role_at
        prefix, _rest = _strip(words[r.t0])
        if prefix.startswith("و") and prev is not None and prev.how == "adjective" and prev.t1 == r.t0:
            return prev.role, True, prev.role_at
        for j in range(r.t0 - 1, max(-1, r.t0 - 1 - _NOUN_GAP), -1):
            w = words[j]
            if w in _PUNCT_STOP or w in _CLAUSE or not w.isalpha() or (prev is not None and j < prev.t1):
                break
            role = _WORD_ROLE.get(w)
            if role is not None and role != "and":
                return role, False, j
            if j == r.t0 - 1:
                p, _rest = _strip(w)
                if p and _clitic_role(p) == "for":  # للسوق الصينية
                    return "for", False, j
        return None, False, -1

    def _rank(self) -> list[tuple[str, int]]:
        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        for r in self.refs:
            if r.code:
                counts[r.code] = counts.get(r.code, 0) + 1
                first.setdefault(r.code, r.t0)
        return sorted(counts.items(), key=lambda kv: (-kv[1], first[kv[0]]))

    def _pair(self) -> tuple[str, str] | None:
        """The two countries the article is about: the two it names most, when a third is
        named less often than the second, and the second more than once (or they are the only two)."""
        rk = self.ranking
        if len(rk) < 2:
            return None
        (a, _na), (b, nb) = rk[0], rk[1]
        if len(rk) == 2 and nb >= 1 or nb >= 2 and (len(rk) == 2 or rk[2][1] < nb):
            first = {}
            for r in self.refs:
                if r.code in (a, b):
                    first.setdefault(r.code, r.t0)
            return (a, b) if first[a] <= first[b] else (b, a)  # in the order the article names them
        return None

    @property
    def main(self) -> str | None:
        """The country the article names most, when no other is named as often."""
        rk = self.ranking
        if not rk or len(rk) > 1 and rk[1][1] == rk[0][1]:
            return None
        return rk[0][0]

    def _resolve_references(self) -> None:
        named = {r.code for r in self.refs if r.how == "name"}
        for r in self.refs:
            if r.how == "reference":
                w = self.words[r.t0]
                _p, rest = _strip(w)
                cands = _REFERENCE.get(w) or _REFERENCE.get(rest) or _REFERENCE.get("ال" + rest, ())
                if cands == ("*",):   # البلاد: the country the article is about
                    r.code = self.main
                    continue
                hits = [c for c in cands if c in named]
                r.code = hits[0] if len(hits) == 1 else None

    def codes(self, r: _Ref) -> list[str]:
        """The countries a mention stands for: one, the article's pair for a dual word, or none."""
        if r.how == "dual":
            return list(self.pair) if self.pair else []
        return [r.code] if r.code else []


# --------------------------------------------------------------------------- figures


def _uniq(xs) -> list[str]:
    out: list[str] = []
    for x in xs:
        if x and x not in out:
            out.append(x)
    return out


def figure_parties(figures: list, ac: ArticleCountries) -> list[tuple[list[str], str | None, str | None]]:
    """``(parties, from_code, to_code)`` for each figure (``Figure`` records), in order.

    Only figures of :data:`RELATION_METRICS` get countries, from the clause of their metric's
    word: «بين X وY» (or «بين البلدين»: the article's two countries), «X وY» as adjectives
    (التبادل التجاري السعودي الفرنسي), the owner right after the word (صادرات السعودية،
    الصادرات السعودية) or the subject before it (صدّرت إيران، رفعت السعودية استثماراتها), and
    the countries after إلى/ل (to), من (from), في (in) and مع (with). Direction, by metric:
    exports go from their owner to «إلى»; imports come from «من» (or from the country of their
    adjective: الواردات الصينية) to their owner; investment from its owner to «في»; aid and
    loans from their owner (or «من») to «إلى»/«ل», or to the subject of حصل/تلقى.
    """
    if not any(f.metric_key in RELATION_METRICS for f in figures):
        return [([], None, None) for _f in figures]  # (most articles: no figure of trade or aid)
    out: list[tuple[list[str], str | None, str | None]] = []
    cue_tokens = _cue_token_starts(figures, ac)
    last: dict[tuple[tuple[int, int], str], tuple[list[str], str | None, str | None]] = {}
    for f in figures:
        if f.metric_key not in RELATION_METRICS:
            out.append(([], None, None))
            continue
        found = _parties(f, ac, cue_tokens)
        key = (ac.sentence_of(f.fstart), f.metric_key)
        if not found[0] and not f.metric and key in last:
            # بلغ التبادل بين البلدين 2.8 مليار في 2023، فيما بلغ 1.1 مليار في النصف الأول: a
            # figure whose metric is carried on from the one before it in its sentence is
            # between the same countries
            found = last[key]
        if found[0]:
            last[key] = found
        out.append(found)
    return out


def _cue_token_starts(figures: list, ac: ArticleCountries) -> set[int]:
    """The tokens where the metric words of the article's figures start (a clause of one figure
    ends where another figure's metric begins: … 6 مليارات دولار، كما بلغت الاستثمارات …)."""
    starts: set[int] = set()
    cues = {fold_plain(f.metric).strip() for f in figures if f.metric}
    text = ac.folded.text
    for cue in cues:
        if not cue:
            continue
        at = text.find(cue)
        while at >= 0:
            starts.add(bisect_right(ac.starts, at) - 1)  # the token it is in (الواردات holds واردات)
            at = text.find(cue, at + 1)
    return starts


def _find_cue(f, ac: ArticleCountries, s0: int, s1: int) -> tuple[int, int]:
    """The tokens of the figure's metric word in its sentence: the last before the figure, else
    the first after it; the figure's own first token when there is none."""
    t_fig0, _t_fig1 = ac.token_range(f.fstart, f.fend)
    cue = fold_plain(f.metric).strip() if f.metric else ""
    if cue:
        text = ac.folded.text
        before = text.rfind(cue, s0, f.fstart)
        if before >= 0:
            return ac.token_range(before, before + len(cue))
        after = text.find(cue, f.fend, s1)
        if after >= 0:
            a0, a1 = ac.token_range(after, after + len(cue))
            # a metric word after the figure is its own only in the same clause (379 مليار ريال
            # حجم التبادل التجاري), not past a comma (… 6%، … استثمارات الشركة)
            if not any(w in _PUNCT_STOP or w in _CLAUSE for w in ac.words[_t_fig1:a0]):
                return a0, a1
    return -1, -1


def _parties(f, ac: ArticleCountries, cue_tokens: set[int]) -> tuple[list[str], str | None, str | None]:
    words = ac.words
    s0, s1 = ac.sentence_of(f.fstart)
    st0, st1 = ac.token_range(s0, s1)
    c0, c1 = _find_cue(f, ac, s0, s1)
    f0, f1 = ac.token_range(f.fstart, f.fend)
    no_cue = c0 < 0
    if no_cue:  # the metric was read from another sentence: only «بين X وY» here is the figure's
        c0 = c1 = f0
    # the clause before the metric word: back to a comma, a full stop or إن/أن
    left = c0
    while left > st0 and words[left - 1] not in _PUNCT_STOP and words[left - 1] not in _CLAUSE:
        left -= 1
    # the clause after it: through the figure, on to a comma, a full stop, a new clause or
    # another figure's metric word
    right = max(c1, f1) if c0 <= f0 else c1
    while right < st1 and words[right] not in _PUNCT_STOP and words[right] not in _CLAUSE \
            and (right not in cue_tokens or c0 <= right < c1):
        right += 1
    # an adjective of the metric word is its owner, whatever governs the metric word
    # (إلى الصادرات المصرية، من الواردات الصينية)
    after = [_Ref(r.code, r.t0, r.t1, r.how, None, r.inside, r.chained) if 0 <= r.role_at < c1 else r
             for r in ac.refs_in(c1, right) if not r.inside]
    before_all = [r for r in ac.refs_in(left, c0) if not r.inside]
    before = [r for r in before_all if r.role is None]
    cue_words = words[c0:c1]
    receive = any(w in _RECEIVE or _strip(w)[1] in _RECEIVE for w in (*words[left:c0], *cue_words))
    give = any(w in _GIVE or _strip(w)[1] in _GIVE for w in words[left:c0])
    possessive = bool(cue_words) and _POSSESSIVE.search(cue_words[-1]) is not None
    # a country right before the figure, in a list of them (مع الصين (3.8) ومع تركيا (1.4)
    # وروسيا (1.3)): the figure is that country's, in the part the last role word gives
    listed = _listed(ac, after, c1, f0)

    def first(role: str) -> _Ref | None:
        if listed is not None and listed.role == role:
            return listed
        found = next((r for r in after if r.role == role and ac.codes(r)), None)
        if found is None and not no_cue:
            found = next((r for r in before_all if r.role == role and ac.codes(r)), None)
        return found

    # بين X وY, بين البلدين
    between: list[_Ref] = []
    for r in after:
        if r.role == "between" and (not between or set(words[between[-1].t1:r.t0]) <= _JOINERS):
            between.append(r)
        elif between:
            break
    if no_cue:
        return _uniq(c for r in between for c in ac.codes(r))[:2] if len(between) else [], None, None
    # the owner: right after the metric word (a genitive or an adjective), with the adjective
    # or name joined to it (التجاري السعودي الفرنسي، صادرات مصر والأردن)
    owners: list[_Ref] = []
    for r in after:
        # (one word may stand between: an adjective of the metric, الصادرات النفطية السعودية)
        if r.role is None and not owners and r.t0 <= c1 + 1 and all(w == "#" or w.startswith("ال") for w in words[c1:r.t0]):
            owners.append(r)
        elif owners and (r.chained or r.role is None and r.t0 <= owners[-1].t1 + 1 and r.how == owners[-1].how):
            owners.append(r)
        elif owners:
            break
    subject = before[0] if before else None
    if subject is None and possessive:
        # حيث بلغت استثماراتها: «ها» is the subject of the clause before
        k = left - 1
        while k > st0 and words[k - 1] not in _PUNCT_STOP and words[k - 1] not in _CLAUSE:
            k -= 1
        subject = next((r for r in ac.refs_in(k, left) if not r.inside and r.role is None), None)
    to_r, from_r, in_r, with_r, for_r = first("to"), first("from"), first("in"), first("with"), first("for")
    key = f.metric_key

    def codes(*refs: _Ref | None) -> list[str]:
        return _uniq(c for r in refs if r is not None for c in ac.codes(r))

    between_codes = codes(*between)
    if len(between_codes) >= 2:
        return between_codes[:2], None, None
    owner_codes = codes(*owners)
    if key in ("trade_volume", "trade_balance"):
        if len(owner_codes) >= 2:
            return owner_codes[:2], None, None
        # حجم التجارة السلعية للمملكة: ل names whose trade it is
        own_ref = owners[0] if owner_codes else for_r if codes(for_r) else subject
        own = codes(own_ref)
        partner = codes(with_r)
        if own and partner and partner[0] != own[0]:
            return _ordered(ac, [(own[0], own_ref), (partner[0], with_r)]), None, None
        if partner:
            other = _other(ac, partner[0])
            return ([other, partner[0]] if other else [partner[0]]), None, None
        return own[:2], None, None   # one country's own trade, or البلدين as the subject

    src: tuple[str | None, _Ref | None] = (None, None)
    dst: tuple[str | None, _Ref | None] = (None, None)

    def one(*refs: _Ref | None) -> tuple[str | None, _Ref | None]:
        for r in refs:
            c = codes(r)
            if c:
                return c[0], r
        return None, None

    owner = owners[0] if owners and owner_codes else None
    if key == "exports":
        src = one(owner, subject, from_r)
        dst = one(to_r, for_r, with_r)
    elif key == "imports":
        if owner is not None and owner.how == "adjective" and codes(from_r) in ([], codes(owner)):
            src = one(owner)                      # الواردات الصينية: goods from China
            dst = one(subject, for_r)
        else:
            dst = one(owner, subject, for_r)
        if src[0] is None:
            src = one(from_r)
    elif key == "investment":
        # رفعت السعودية استثماراتها: the subject's own; سجلت مصر … الاستثمارات: in Egypt or by it
        src = one(owner, from_r, subject if possessive or give else None)
        # ل on a noun before an adjective is most often «of» here (للشركة الأميركية): only ل on a
        # country's own name says where an investment goes
        dst = one(in_r, to_r, for_r if for_r is not None and for_r.how != "adjective" else None)
        if src[0] is None and dst[0] is None and subject is not None:
            return codes(subject)[:1], None, None
    else:  # aid, loan
        if receive:   # حصلت مصر على قرض من …، اقترضت الحكومة الأردنية من …
            dst = one(subject, owner)
            src = one(from_r)
        else:
            src = one(owner, from_r, subject)
        if dst[0] is None:
            dst = one(to_r, for_r, in_r)
    if src[0] is not None and src[0] == dst[0]:
        dst = (None, None)
    chosen = [x for x in (src, dst) if x[0] is not None]
    parties = _ordered(ac, chosen)
    return parties, src[0], dst[0]


def _listed(ac: ArticleCountries, after: list[_Ref], c1: int, f0: int) -> _Ref | None:
    """The country written right before the figure (``X (12 مليون)``, ``X: 12 مليون``) when it
    has no role of its own, with the role a list gives it: the role word a few plain words
    before it (من عدد من المزودين على غرار X، ومع بلدان أخرى منها X), else the role of the
    country before it in the list (… منها تركيا (1.4) وروسيا (1.3)); else None."""
    k = next((k for k in range(len(after) - 1, -1, -1) if after[k].t1 <= f0), None)
    if k is None:
        return None
    r = after[k]
    if r.role not in (None, "and") or not set(ac.words[r.t1:f0]) <= {"(", ":", "-"}:
        return None
    for q in reversed(after[:k + 1]):
        role = q.role if q is not r and q.role in _FLOW_ROLES else _role_word_before(ac, q, c1)
        if role is not None:
            return _Ref(r.code, r.t0, r.t1, r.how, role, r.inside)
        if q.role not in (None, "and"):
            break
    return None


_FLOW_ROLES = frozenset({"to", "from", "in", "with"})
_LIST_REACH = 6  # how many plain words a list may put between its role word and a country


def _role_word_before(ac: ArticleCountries, r: _Ref, lower: int) -> str | None:
    """The role of a role word among the few plain words before ``r`` (no number, mark or other
    country between), and after token ``lower``."""
    words = ac.words
    for j in range(r.t0 - 1, max(lower, r.t0 - 1 - _LIST_REACH) - 1, -1):
        w = words[j]
        if not w.isalpha():
            return None
        role = _WORD_ROLE.get(w) or (_WORD_ROLE.get(w[1:]) if w.startswith("و") else None)
        if role in _FLOW_ROLES:
            return role
    return None


def _ordered(ac: ArticleCountries, chosen: list[tuple[str, _Ref | None]]) -> list[str]:
    """The codes of ``chosen`` in the order the text names them."""
    return _uniq(c for c, _r in sorted(chosen, key=lambda x: x[1].t0 if x[1] is not None else -1))


def _other(ac: ArticleCountries, code: str) -> str | None:
    """The other side of a trade «مع X»: the other country of the article's pair, else the
    country the article names most (when it is not X)."""
    if ac.pair and code in ac.pair:
        return ac.pair[1] if ac.pair[0] == code else ac.pair[0]
    main = ac.main
    return main if main and main != code else None


# --------------------------------------------------------------------------- events


@lru_cache(maxsize=1)
def _people_countries() -> dict[str, str]:
    """Folded name -> country code, for the people of people.tsv (their note names the country
    in English: english_countries.tsv, then babel's English territory names).

    babel's names are loaded only for a note the table lacks: loading them costs as much as
    reading a hundred articles, once per process."""
    english: dict[str, str | None] = dict(_ENGLISH)
    rows = [(row[0], row[1].strip()) for row in lang.rows("people.tsv") if len(row) > 1]
    if any(note not in english for _name, note in rows):
        try:
            from babel import Locale

            cldr = {name: code for code, name in Locale("en").territories.items() if code.isalpha()}
        except Exception:  # pragma: no cover - babel is a dependency; without its data, the table alone
            cldr = {}
        english = {**cldr, **english}
    out = {}
    for name, note in rows:
        code = english.get(note)
        if code:
            out[fold_plain(name)] = code
    return out


@lru_cache(maxsize=8192)
def _name_country(name: str) -> str | None:
    """The country a role or a body's name points to: its first nationality adjective or
    country name (الرئيس الروسي: RU; رئيس وزراء الهند: IN; وزارة الخارجية المصرية: EG)."""
    words = fold_plain(name).split()
    for i, w in enumerate(words):
        code = _adjective_code(w)
        if code:
            return code
        _p, rest = _strip(w)
        for n in (3, 2, 1):
            if i + n <= len(words):
                cand = " ".join([rest, *words[i + 1:i + n]])
                code = _place_code(cand) or (_place_code(" ".join(words[i:i + n])) if n > 1 else None)
                if code:
                    return code
    return None


def _person_countries(mentions: list) -> dict[str, str]:
    """canonical name -> country, from the roles of a person's mentions, else people.tsv."""
    out: dict[str, str] = {}
    people = None
    for m in mentions:
        if m.type != "person" or m.canonical in out:
            continue
        code = _name_country(m.role) if m.role else None
        if code:
            out[m.canonical] = code
    for m in mentions:
        if m.type == "person" and m.canonical not in out:
            people = people if people is not None else _people_countries()
            code = people.get(_fold(m.canonical)) or people.get(_fold(m.text))
            if code:
                out[m.canonical] = code
    return out


def event_countries(events: list, ac: ArticleCountries) -> list[tuple[list[str], str | None]]:
    """``(countries, cameo)`` for each event (``Event`` records), in order.

    The countries, each once, in the order the sentence names them: those of its people (a
    role's adjective or country: «الرئيس الروسي»; else people.tsv), of its places (القاهرة:
    EG), of its bodies (وزارة الخارجية المصرية: EG), and the nationality adjectives of its
    sentence up to the end of its evidence (وفد سعودي، وزير الخارجية السعودي). A word for the
    two sides (الوزيران، البلدين) adds the article's two countries when the event has fewer
    than two.
    """
    if not events:
        return []
    people = _person_countries(ac.mentions)
    places = {m.text: m.code for m in ac.mentions if m.type == "place" and m.code}
    starts = [m.start for m in ac.mentions]
    out = []
    for ev in events:
        f_ev0, f_ev1 = ac.fpos(ev.start), ac.fpos(ev.end)
        s0, s1 = ac.sentence_of(f_ev0)
        st0, st1 = ac.token_range(s0, s1)
        e0, e1 = ac.token_range(f_ev0, f_ev1)
        found: list[tuple[int, str | None]] = []
        # the sentence's mentions of the event's people, places and bodies
        actors, place_names, orgs = set(ev.actors), set(ev.places), set(ev.orgs)
        o0, o1 = ac.folded.pos(s0), ac.folded.pos(s1)
        for k in range(bisect_left(starts, o0), bisect_left(starts, o1)):
            m = ac.mentions[k]
            if m.type == "person" and m.canonical in actors:
                found.append((m.start, people.get(m.canonical)))
            elif m.type == "place" and m.text in place_names:
                found.append((m.start, m.code or place_code(m.text)))
            elif m.type == "org" and m.text in orgs:
                found.append((m.start, _name_country(m.text)))
        for name in ev.places:   # a place the event names but the sentence does not (a dateline's)
            if not any(m.type == "place" and m.text == name for m in ac.mentions[bisect_left(starts, o0):bisect_left(starts, o1)]):
                found.append((ev.start, places.get(name) or place_code(name)))
        dual = False
        for r in ac.refs_in(st0, st1):
            if r.how == "dual":
                dual = True
            elif r.t0 < e1 and not r.inside and r.how != "name":
                found.append((ac.folded.pos(ac.starts[r.t0]), r.code))
        found.sort(key=lambda x: x[0])
        countries = _uniq(c for _pos, c in found)
        if dual and len(countries) < 2 and ac.pair and (not countries or countries[0] in ac.pair):
            countries = _uniq([*countries, *ac.pair])
        # an act's label starts with its trigger (احتجاجات …، قصف …): read the code off it, not
        # off whatever else its evidence holds; a visit's or a statement's label is made up
        # (زيارة X إلى Y), so their evidence is read
        if ev.type in _LABEL_IS_TRIGGER:
            words = _fold(ev.label or "").split()[:2]
        else:
            words = ac.words[e0:e1]
        out.append((countries, cameo_code(ev.type, words)))
    return out


_LABEL_IS_TRIGGER = frozenset({"military", "other", "economic"})


def cameo_code(event_type: str, words: list[str]) -> str | None:
    """The CAMEO code of an event of ``event_type`` whose evidence has the folded ``words``.

    >>> cameo_code("meeting", ["استقبل", "الرئيس"]), cameo_code("meeting", ["التقي"]), cameo_code("election", [])
    ('043', '040', None)
    """
    table = _CAMEO.get(event_type)
    if not table:
        return None
    for w in words:
        if w in table:
            return table[w]
        _p, rest = _strip(w)
        if rest in table:
            return table[rest]
        if "ال" + rest in table:
            return table["ال" + rest]
    return table.get("*")
