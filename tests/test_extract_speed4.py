"""The events stage's fourth-round speed shortcuts give what the code they replace gives (docs/decisions.md,
"Extraction speed, seventh round"): each pre-check is a necessary condition of the regex it guards, and skipping
the triggers of sentences that name no party changes no event."""

from __future__ import annotations

import random

import pytest

from doingoai.extract import events, events_unasserted
from doingoai.pipeline import extract_text

_GENERIC = (
    "một quốc gia muốn gia nhập , mỗi nước thành viên phải ; bất kỳ chính phủ nào các bên thường khi một bên "
    "nước chủ nhà thông thường theo thông lệ những thành viên lần lượt luân phiên cần đều phải Việt Nam ký với "
    "Lào hiệp định hợp tác năm 2020 quan hệ hai nước"
).split(" ")


def _texts(samples, seed: int, n: int = 600) -> list[str]:
    rnd = random.Random(seed)
    made = [" ".join(rnd.choice(_GENERIC) for _ in range(rnd.randint(1, 14))) for _ in range(n)]
    for lead in ("", "năm 2020, ", "vì vậy; ", "khi đó "):  # clauses the regex does match, and near misses
        for det in ("một", "mỗi", "bất kỳ", "các", "khi một", "lúc các"):
            for noun in ("quốc gia", "nước", "thành viên", "chính phủ", "bên", "nước chủ nhà"):
                for verb in (" muốn", " thường", " cần", " nào phải", " thành viên luân phiên", ""):
                    made.append(f"{lead}{det} {noun}{verb} gia nhập")
    made += ["thông thường hai bên", "theo thông lệ, ", "nước chủ nhà", "a thông thường"]
    lows = [p.read_text(encoding="utf-8").lower() for p in sorted(samples.glob("*.txt"))]
    for low in lows:  # clause-like windows of the samples
        for _ in range(300):
            a = rnd.randrange(len(low))
            made.append(low[a : a + rnd.randrange(1, 200)])
    return made


def test_generic_subject_pre_check_is_necessary(samples):
    found = 0
    for text in _texts(samples, 7):
        regex = events_unasserted._GENERIC_SUBJECT.search(text) is not None
        assert events_unasserted.generic_subject(text) == regex
        found += regex
    assert found > 20  # the made-up clauses do reach the regex


def _events(text: str):
    return [
        (e.kind, e.actors, e.recipients, e.date, e.status, e.evidence, e.attrs)
        for e in extract_text(text).events
    ]


_UNNAMED = (
    "Năm 2020, hai bên ký kết và triển khai nhiều thỏa thuận hợp tác. Việt Nam ký Hiệp định với Lào năm 1977; "
    "sau đó tăng cường quan hệ hợp tác. Tổ chức thăm và làm việc, ủng hộ lẫn nhau. Lực lượng làm nhiệm vụ tại "
    "Phái bộ gìn giữ hòa bình."
)


@pytest.mark.parametrize("which", ["samples", "made"])
def test_unnamed_sentences_skipped_change_nothing(samples, monkeypatch, which):
    texts = (
        [p.read_text(encoding="utf-8") for p in sorted(samples.glob("*.txt"))]
        if which == "samples"
        else [_UNNAMED]
    )
    fast = [_events(t) for t in texts]
    monkeypatch.setattr(events, "_names_nothing", lambda *a: False)  # every trigger placed and drafted
    assert [_events(t) for t in texts] == fast
    assert any(fast)


_MEETINGS = (
    "Năm 2019, Việt Nam tham dự Hội nghị Cấp cao ASEAN; Thủ tướng dự kỳ họp. Ông chuẩn bị dự phiên họp, dự án "
    "hợp tác, dự thảo. Quan hệ Việt Nam – Lào được củng cố; quan hệ hai nước được nâng lên Đối tác chiến lược; "
    "quan hệ ngoại giao được chính thức thiết lập năm 1995. Liên Xô cho Việt Nam vay 2 tỷ rúp. Dự Diễn đàn. "
    "Hai nước gia tăng cường quan hệ, củng cố, tăng cường và phát triển hơn nữa quan hệ; thúc đẩy mở rộng "
    "quan hệ. Lệnh cấm vận “toàn diện” đối với Cu-ba được dỡ bỏ; các lệnh cấm vận của Mỹ đã được bãi bỏ năm "
    "1994; lệnh trừng phạt được gỡ bỏ. Cấm vận kéo dài."
)


def test_trigger_pre_checks_change_no_hit(samples, monkeypatch):
    """The scan with its pre-checks (one scan for the words after a head, then each trigger's) finds the hits the
    triggers' regexes alone find."""
    from doingoai.extract import trigger_scan

    texts = [p.read_text(encoding="utf-8") for p in sorted(samples.glob("*.txt"))] + [_MEETINGS]
    texts = [
        t + " " for t in texts
    ]  # (new strings: the scan makes its own automaton pass, not the mentions')
    fast = [trigger_scan.scan_text(t) for t in texts]
    for table in ("_PRECHECK", "_SPAN_PRECHECK", "_STARTS_AT_WORDS"):
        monkeypatch.setattr(trigger_scan, table, {})
    trigger_scan.head_entries.cache_clear()
    trigger_scan._automaton.cache_clear()
    try:
        plain = [trigger_scan.scan_text(t) for t in texts]
    finally:
        trigger_scan.head_entries.cache_clear()
        trigger_scan._automaton.cache_clear()
    assert plain == fast
    names = {h.trigger.name for h in fast[-1]}
    assert {"attend", "relations_v", "lift_s", "relations_s", "upgrade_s", "establish_s", "aid_lend"} <= names


_INTROS = (
    "NHIỆM VỤ TRONG THỜI GIAN TỚI|Phương hướng, nhiệm vụ năm tới:|6 tháng cuối năm 2020, cần tập trung:|Sáu Tháng "
    "Cuối Năm|Đề xuất, kiến nghị|Giai đoạn tới|Kế hoạch|Những định hướng chính:|Đường lối đối ngoại|Quan điểm, "
    "nguyên tắc:|Bài học kinh nghiệm|PHƯƠNG CHÂM|Kết quả đạt được|Tình hình thế giới:|NHİỆM VỤ|nhıệm vụ|Kẽ hoạch"
).split("|")


def test_intro_pre_check_is_necessary(samples):
    """``cue_words.may_match_ci`` is false only where the case-insensitive intro regex finds nothing."""
    from doingoai.extract import cue_words
    from doingoai.extract.events_block_modes import POLICY_INTRO, TASK_INTRO

    blocks = [b for p in sorted(samples.glob("*.txt")) for b in p.read_text(encoding="utf-8").split("\n")]
    found = 0
    for rx in (TASK_INTRO, POLICY_INTRO):
        assert cue_words._words_of(rx) is not None  # (the pre-check is in use for both)
        for text in blocks + _INTROS:
            if rx.search(text):
                assert cue_words.may_match_ci(rx, text)
                found += 1
    assert found > 10
