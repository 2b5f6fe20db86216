"""The fast paths of the dates and citations stages give what the slower code they replace gives
(docs/decisions.md, "Extraction speed, sixth round (A)"): whole-text date starts from the regex engine
against the per-run Python loop, and each citation pre-check against the regex it guards."""

from __future__ import annotations

import random

from doingoai.extract import cite_aliases, cite_narrative, cite_parse, cite_works, dates, dates_starts

_DATE_WORDS = (
    "năm niên kỷ kỉ từ sau trước kể tháng ngày mùa xuân hạ hè thu đông quý i ii iii iv những thập nửa đầu "
    "cuối 6 sáu sáng chiều tối trưa đêm 1975 2020 12 5 28 7 123 12345 / - – ( [ “ \" ' ‘ ” , . ; : x abc "
    "nghị đến qua nay vừa thời gian sắp tới ٣ \u00a0 \n"
).split(" ")
_SEPS = (" ", " ", " ", "", "\n", "(", "/", "  ")


def _date_texts(seed: int, n: int = 3000) -> list[str]:
    rnd = random.Random(seed)
    return [
        "".join(rnd.choice(_DATE_WORDS) + rnd.choice(_SEPS) for _ in range(rnd.randint(1, 30)))
        for _ in range(n)
    ]


def test_whole_text_starts_are_the_per_run_starts(samples):
    """On the whole text the starts come from _RUN and _CHAIN; with an end before the text's end, from the
    per-run loop. A trailing line break changes nothing the loop looks at, so both must agree."""
    texts = [p.read_text(encoding="utf-8").lower() for p in sorted(samples.glob("*.txt"))] + _date_texts(3)
    for low in texts:
        fast = set(dates_starts.starts_in(low, 0, len(low)))
        slow = set(dates_starts.starts_in(low + "\n", 0, len(low)))
        assert fast == slow, low[:80]


def test_match_kind_is_the_branch_that_matched():
    order = ("ry", "nd", "dy", "h", "q", "my", "sy", "r1", "dec", "y", "bm", "next", "rel")
    for text in _date_texts(4, 600):
        for p in range(len(text)):
            m = dates._DATE_RX.match(text, p)
            if m is not None:
                groups = m.groupdict()
                assert dates._KIND[m.lastgroup] == next(k for k in order if groups[k])


def test_has_letter_is_any_isalpha():
    rnd = random.Random(5)
    chars = "aĐ1 ,_²½Ⅻ٣ſ-"
    for _ in range(3000):
        s = "".join(rnd.choice(chars) for _ in range(rnd.randint(0, 5)))
        assert dates._has_letter(s) == any(c.isalpha() for c in s)


_CITE_WORDS = (
    "Nguyễn Văn An Smith et al. ET AL và cộng sự và nnk. và các tác giả khác ĐCSVN Bộ Ngoại giao Ủy ban "
    "Thông tấn xã Hội đồng Tương trợ Kinh tế (SEV) [BCHTW] tr. 5 TR. 45–47 pp. 3-5 : , ; t. 3 tập IV Vol. "
    "q. 2 1982 2015a n.d. ſ K \n \u00a0 Lào 2021, cho rằng Theo ( ) “ ” ."
).split(" ")


def _cite_texts(seed: int, n: int = 3000) -> list[str]:
    rnd = random.Random(seed)
    return [
        rnd.choice(("", " ")).join(rnd.choice(_CITE_WORDS) for _ in range(rnd.randint(0, 12)))
        for _ in range(n)
    ]


def test_citation_prechecks_are_the_regexes():
    for s in _cite_texts(6):
        assert cite_parse.strip_etal(s) == cite_parse.GROUP_TAIL.sub("", s)
        assert cite_parse.one_spaced(s) == cite_parse._WS.sub(" ", s)
        head = s.replace("\n", " ")
        found = cite_narrative._INSTITUTION.search(head)
        fast = cite_narrative._INSTITUTION.search(head, cite_narrative._last_words_at(head))
        assert (found and found.span()) == (fast and fast.span())


def test_parenthesis_prechecks_are_the_regexes():
    for s in _cite_texts(9) + [
        "(KHÔNG RÕ NĂM)",
        "N. D.",
        "ſee 2015",
        "K.N.",
        "İ 2015",
        "Xem thêm: ĐCSVN, 1982",
    ]:
        assert cite_parse._has_year(s) == (cite_parse._HAS_YEAR.search(s) is not None)
        if s[:1] not in cite_parse._PREFIX_FIRST:
            assert cite_parse._PREFIX.match(s) is None
        one = cite_parse.one_spaced(s)
        if one.isprintable() and not any(c in one for c in cite_parse._PLACE_SEP_MARKS):
            assert cite_parse._PLACE_SEP.split(one) == [one]


def test_locators_try_each_regex_where_it_can_match():
    for s in _cite_texts(7):
        for pos in range(len(s)):
            first = s[pos : pos + 1]
            if first not in cite_parse._PAGES_FIRST:
                assert cite_parse._PAGES.match(s, pos) is None
            if first not in cite_parse._VOLUME_FIRST:
                assert cite_parse._VOLUME.match(s, pos) is None
        if s[:1] != ":":
            assert cite_parse._COLON_PAGES.match(s) is None
        if s[:1] != ",":
            assert cite_parse._BARE_PAGES.match(s) is None


def test_last_words_are_those_read_forward():
    for s in _cite_texts(8):
        last = cite_aliases._LAST_BOUNDARY.search(s)
        forward = list(cite_aliases._WORD.finditer(s, last.start() + 1 if last else 0))[
            -cite_aliases.MAX_WORDS :
        ]
        assert cite_aliases._last_words(s) == [m.span() for m in forward]


def test_reference_heading_needs_one_of_its_words():
    pattern = cite_works._REF_HEADING.pattern
    names = pattern[pattern.index("(?:TÀI") + 3 : pattern.index(")[ \\t]*:?")].split("|")
    assert len(names) == 7
    for name in names:
        assert any(w in name for w in cite_works._REF_WORDS), name
