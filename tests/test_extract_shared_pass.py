"""Work the extraction stages share or skip for speed gives what the plain way gives (docs/decisions.md,
"Extraction speed, sixth round (B)"): the punctuation table against the regex, the trigger head words found
in the mentions pass against the trigger scan's own automaton, and the pre-checks against what they guard."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from doingoai.extract import events_context, events_heads, mentions, trigger_scan
from doingoai.extract.textscan import lower_same_length

_WORDS = (
    "Việt Nam và Lào ký Hiệp định hợp tác , quan hệ quan,hệ quan-hệ thăm viếng thăm (thăm) “hội đàm” "
    "_thăm ký_kết Hội đồng Bảo an Hội đồng nhiệm kỳ 2020 – 2021 khóa XIII NHIỆM KỲ Khoá ký kết 𝐀 😀 \u00a0 "
    "tại Hà Nội; ủng hộ, viện trợ: hợp tác\n\nTổ chức Thương mại Thế giới Tổ chức nâng cấp quan hệ Ủy ban"
).split(" ")


def _texts(seed: int, n: int = 200) -> list[str]:
    rnd = random.Random(seed)
    return [" ".join(rnd.choice(_WORDS) for _ in range(rnd.randint(1, 60))) for _ in range(n)]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_punctuation_table_equals_the_regex(s):
    low = lower_same_length(s)
    assert mentions._normal_text(low) == mentions._normal(low)


def test_punctuation_table_on_every_bmp_character():
    bmp = "".join(map(chr, range(0x10000)))
    assert mentions._normal_text(bmp) == mentions._normal(bmp)


@pytest.mark.parametrize("seed", range(3))
def test_trigger_heads_from_the_mentions_pass_equal_the_scans_own(seed):
    for text in _texts(seed):
        while len(text) < 1000:  # long enough for the mentions pass to keep its head words
            text += "\n" + text
        low = lower_same_length(text)
        mentions.mentions_in(text)
        assert mentions.trigger_heads(text) is not None
        shared = trigger_scan.scan_text(text, low)
        own = [(p, e) for p, e in _own_heads(low)]
        assert sorted(trigger_scan._head_hits(text, low), key=_key) == sorted(own, key=_key)
        mentions._HEADS.clear()
        assert trigger_scan.scan_text(text, low) == shared


def _own_heads(low: str):
    for end_idx, (n, entries) in trigger_scan._automaton().iter(low):
        p = end_idx - n + 1
        if p == 0 or not (low[p - 1].isalnum() or low[p - 1] == "_"):
            yield p, entries


def _key(hit):
    return hit[0], tuple(e[0] for e in hit[1])


def test_term_precheck_is_necessary():
    for text in _texts(7):
        low = lower_same_length(text)
        for end in range(len(text) + 1):
            lo = max(0, end - 12)
            if events_context._TERM.search(text, lo, end):
                assert low.find("k", lo, end) >= 0


def test_head_noun_anaphora_unchanged_by_the_head_filter():
    text = "Hội đồng Nhân quyền Liên Hợp Quốc họp. Việt Nam trúng cử vào Hội đồng. Tổ chức này và Ủy ban."
    doc = _doc(text)
    low = lower_same_length(text)
    got = events_heads.head_mentions(doc, low, doc.mentions)
    assert [(m.start, m.code) for m in got if text[m.start : m.end] == "Hội đồng"] == [
        (text.index("Hội đồng", 10), doc.mentions[0].code)
    ]


def _doc(text: str):
    from doingoai.pipeline import extract_text

    return extract_text(text, "t")
