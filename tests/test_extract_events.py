"""Event extraction: one sentence per kind, status (negated, planned, ongoing, hypothetical), passive,
coordination, merge, task lists, nominal agreements; the scorer; the F1 target on the seeds.

Unit tests build documents by hand (blocks, sentences, mentions and dates from small tables below),
so they test the event rules alone; the seed test runs the whole pipeline.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from doingoai.extract.events import find_events
from doingoai.extract.triggers import scan
from doingoai.model import Block, BlockType, DateExpr, Document, EventKind, Mention, Sentence, Status

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import events_quality  # noqa: E402

K = EventKind
NAMES = {
    "Việt Nam": ("VNM", "country"),
    "Lào": ("LAO", "country"),
    "Campuchia": ("KHM", "country"),
    "Mỹ": ("USA", "country"),
    "Nhật Bản": ("JPN", "country"),
    "Hàn Quốc": ("KOR", "country"),
    "Trung Quốc": ("CHN", "country"),
    "Liên Xô": ("SUN", "country"),
    "Cu-ba": ("CUB", "country"),
    "Singapore": ("SGP", "country"),
    "Pháp": ("FRA", "country"),
    "ta": ("VNM", "country"),
    "Ta": ("VNM", "country"),
    "ASEAN": ("ASEAN", "organisation"),
    "APEC": ("APEC", "organisation"),
    "UNESCO": ("UNESCO", "organisation"),
    "Hội đồng Bảo an": ("UNSC", "body"),
    "Liên Hợp Quốc": ("UNO", "organisation"),
    "Đảng Cộng sản Trung Quốc": ("CPC", "party"),
    "Đảng ta": ("CPV", "party"),
    "các nước xã hội chủ nghĩa": ("SOCIALIST_BLOC", "collective"),
    "nhiều nước": ("MANY_COUNTRIES", "collective"),
}
_NAME_RX = re.compile(
    r"(?<!\w)(" + "|".join(sorted(map(re.escape, NAMES), key=len, reverse=True)) + r")(?!\w)"
)
_DATE_RX = re.compile(
    r"(?:6 tháng (đầu|cuối) năm (\d{4}))|(\d{4})\s*[–-]\s*(\d{4})|(?<![\d/])(\d{4})(?![\d/])"
)
_SENT_RX = re.compile(r"[^.!?]+[.!?]?")


def make_doc(*paragraphs: str, date: str = "") -> Document:
    """Blocks from paragraphs ("# " makes a heading), sentences, mentions and dates from the tables above."""
    text = "\n\n".join(p.removeprefix("# ") for p in paragraphs)
    doc = Document(name="t", raw=text, text=text, meta={"date": date} if date else {})
    pos = 0
    for i, p in enumerate(paragraphs):
        body = p.removeprefix("# ")
        kind = BlockType.HEADING if p.startswith("# ") else BlockType.PARAGRAPH
        doc.blocks.append(Block(kind, pos, pos + len(body), level=1 if kind is BlockType.HEADING else None))
        for m in _SENT_RX.finditer(body):
            s, e = pos + m.start(), pos + m.end()
            while s < e and text[s] == " ":
                s += 1
            if e > s:
                doc.sentences.append(Sentence(s, e, i))
        pos += len(body) + 2
    for m in _NAME_RX.finditer(text):
        code, kind = NAMES[m.group(1)]
        doc.mentions.append(
            Mention(m.start(), m.end(), code, kind, "deixis" if m.group(1) in ("ta", "Ta") else "gazetteer")
        )
    for m in _DATE_RX.finditer(text):
        if m.group(2):
            value = f"{m.group(2)}-{'H1' if m.group(1) == 'đầu' else 'H2'}"
        elif m.group(3):
            value = f"{m.group(3)}/{m.group(4)}"
        else:
            value = m.group(5)
        doc.dates.append(DateExpr(m.start(), m.end(), value))
    return doc


def events(*paragraphs: str, date: str = ""):
    return find_events(make_doc(*paragraphs, date=date)).events


def one(*paragraphs: str, kind: EventKind, date: str = ""):
    found = [e for e in events(*paragraphs, date=date) if e.kind is kind]
    assert len(found) == 1, found
    return found[0]


# ---- one sentence per kind ----


def test_sign_with_coordinated_parties_and_year():
    e = one("Việt Nam và Lào đã ký hiệp định hợp tác kinh tế năm 2019.", kind=K.AGREEMENT_SIGN)
    assert set(e.actors) | set(e.recipients) == {"VNM", "LAO"}
    assert e.date == "2019" and e.status is Status.OCCURRED


def test_ratify_and_signing_chain_is_one_ratification():
    evs = events(
        "Ta đã phối hợp với phía Campuchia hoàn thành ký và phê chuẩn hai văn kiện về biên giới.",
        date="2020-H1",
    )
    assert [e.kind for e in evs] == [K.AGREEMENT_RATIFY]
    assert set(evs[0].actors) == {"VNM", "KHM"} and evs[0].date == "2020-H1"
    assert evs[0].attr("context") == "territory"


def test_negotiation_pushed_towards_signing_is_a_negotiation():
    evs = events("Việt Nam thúc đẩy đàm phán và ký kết hiệp định thương mại với Hàn Quốc.")
    assert [(e.kind, e.actors, e.recipients) for e in evs] == [(K.AGREEMENT_NEGOTIATE, ("VNM",), ("KOR",))]


def test_join():
    e = one("Năm 1995, Việt Nam gia nhập ASEAN.", kind=K.MEMBERSHIP_JOIN)
    assert (e.actors, e.recipients, e.date) == (("VNM",), ("ASEAN",), "1995")


def test_elect_with_votes_and_term():
    e = one(
        "Việt Nam được bầu làm Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ 2008-2009 "
        "với 183/190 phiếu.",
        kind=K.MEMBERSHIP_ELECT,
    )
    assert (e.actors, e.recipients, e.date) == (("VNM",), ("UNSC",), "2008/2009")
    assert e.attr("votes") == "183/190"


def test_leave_needs_an_organisation():
    e = one("Mỹ rút khỏi UNESCO năm 2017.", kind=K.MEMBERSHIP_LEAVE)
    assert (e.actors, e.recipients) == (("USA",), ("UNESCO",))


def test_retreat():
    e = one("Năm 1989, Việt Nam rút quân tình nguyện khỏi Campuchia.", kind=K.RETREAT)
    assert (e.actors, e.recipients, e.date) == (("VNM",), ("KHM",), "1989")


def test_establish_is_symmetric():
    e = one("Việt Nam và Mỹ bình thường hóa quan hệ năm 1995.", kind=K.RELATIONS_ESTABLISH)
    assert set(e.actors) | set(e.recipients) == {"VNM", "USA"} and e.date == "1995"


def test_upgrade():
    e = one(
        "Việt Nam và Nhật Bản nâng quan hệ lên Đối tác chiến lược toàn diện năm 2023.",
        kind=K.RELATIONS_UPGRADE,
    )
    assert set(e.actors) | set(e.recipients) == {"VNM", "JPN"}


def test_party_relations_default_to_the_party():
    e = one("Quan hệ với Đảng Cộng sản Trung Quốc tiếp tục được củng cố.", kind=K.RELATIONS, date="2020-H1")
    assert (e.actors, e.recipients, e.date) == (("CPV",), ("CPC",), "2020-H1")


def test_relations_named_by_a_pair():
    e = one("Quan hệ Việt Nam – Lào ngày càng được củng cố.", kind=K.RELATIONS)
    assert (e.actors, e.recipients) == (("VNM",), ("LAO",))


def test_cooperate_gives_every_coordinated_party():
    e = one("Việt Nam tăng cường hợp tác quốc phòng với Lào và Campuchia.", kind=K.COOPERATE)
    assert (e.actors, e.recipients) == (("VNM",), ("LAO", "KHM"))
    assert e.attr("context") == "defence"


def test_aid_with_objects():
    e = one("Nhật Bản viện trợ cho Việt Nam nhiều dự án lớn như cầu Cần Thơ, sân bay Nội Bài.", kind=K.AID)
    assert (e.actors, e.recipients) == (("JPN",), ("VNM",))
    assert e.attr("objects") == ("cầu Cần Thơ", "sân bay Nội Bài")


def test_aid_of_a_nominal_action_names_its_giver():
    e = one("Nhiều công trình được xây dựng với sự hỗ trợ của Liên Xô.", kind=K.AID)
    assert (e.actors, e.recipients) == (("SUN",), ("VNM",))


def test_support_passive_swaps_roles():
    e = one("Việt Nam được Liên Xô ủng hộ mạnh mẽ.", kind=K.SUPPORT)
    assert (e.actors, e.recipients) == (("SUN",), ("VNM",))


def test_sanction_passive_and_ongoing():
    e = one("Cu-ba tiếp tục bị Mỹ áp đặt lệnh cấm vận kéo dài.", kind=K.SANCTION)
    assert (e.actors, e.recipients, e.status) == (("USA",), ("CUB",), Status.ONGOING)


def test_sanction_lift():
    e = one("Năm 1994, Mỹ dỡ bỏ lệnh cấm vận đối với Việt Nam.", kind=K.SANCTION_LIFT)
    assert (e.actors, e.recipients, e.date) == (("USA",), ("VNM",), "1994")
    assert not [
        x for x in events("Năm 1994, Mỹ dỡ bỏ lệnh cấm vận đối với Việt Nam.") if x.kind is K.SANCTION
    ]


def test_cutting_aid_is_a_sanction_not_aid():
    evs = events("Năm 1978, Trung Quốc cắt viện trợ cho Việt Nam.")
    assert [(e.kind, e.actors, e.recipients, e.date) for e in evs] == [
        (K.SANCTION, ("CHN",), ("VNM",), "1978")
    ]


def test_chair():
    e = one("Việt Nam đảm nhận vai trò Chủ tịch ASEAN năm 2010.", kind=K.CHAIR)
    assert (e.actors, e.recipients, e.date) == (("VNM",), ("ASEAN",), "2010")


def test_host():
    e = one("Việt Nam đăng cai Hội nghị cấp cao APEC năm 2017.", kind=K.HOST)
    assert (e.actors, e.recipients) == (("VNM",), ("APEC",))


def test_visit():
    e = one("Thủ tướng Lào thăm chính thức Việt Nam.", kind=K.VISIT)
    assert (e.actors, e.recipients) == (("LAO",), ("VNM",))


def test_visit_received_by_the_host():
    e = one("Việt Nam đón Tổng thống Mỹ sang thăm chính thức.", kind=K.VISIT)
    assert (e.actors, e.recipients) == (("USA",), ("VNM",))


def test_visit_named_by_its_visitor():
    e = one(
        "Nhân chuyến thăm chính thức Việt Nam của Thủ tướng Nhật Bản, hai bên đã trao đổi nhiều vấn đề.",
        kind=K.VISIT,
    )
    assert (e.actors, e.recipients) == (("JPN",), ("VNM",))


def test_consult():
    e = one(
        "Đảng ta gửi thư chia sẻ kinh nghiệm phòng, chống dịch với Đảng Cộng sản Trung Quốc.", kind=K.CONSULT
    )
    assert (e.actors, e.recipients) == (("CPV",), ("CPC",))
    assert e.attr("context") == "health"


def test_protest():
    e = one("Việt Nam phản đối Trung Quốc đưa giàn khoan vào vùng biển.", kind=K.PROTEST)
    assert (e.actors, e.recipients) == (("VNM",), ("CHN",))


def test_conflict_defaults_the_other_side_to_vietnam():
    e = one("Năm 1979, Trung Quốc tấn công các tỉnh biên giới phía Bắc.", kind=K.CONFLICT)
    assert (e.actors, e.recipients, e.date) == (("CHN",), ("VNM",), "1979")


def test_no_default_vietnam_when_someone_else_is_named():
    assert events("Obama đã đến thăm Nhật Bản.") == []  # a foreign name the gazetteer does not know
    assert events("Họ ủng hộ Nhật Bản trong vấn đề này.") == []  # a pronoun is not the unstated "we"
    assert events("Nhật Bản ủng hộ chủ nghĩa đa phương.") == []  # the target is not Vietnam
    assert [e.recipients for e in events("Nhật Bản ủng hộ mạnh mẽ.")] == [("VNM",)]


def test_no_named_party_no_event():
    assert events("Hai bên tăng cường hợp tác trong nhiều lĩnh vực.") == []
    assert events("Chiến tranh Lạnh kết thúc năm 1991.") == []


# ---- status ----


def test_negated_is_never_occurred():
    e = one("Việt Nam chưa ký hiệp định thương mại với Mỹ.", kind=K.AGREEMENT_SIGN)
    assert e.status is Status.NEGATED
    e = one("Việt Nam không hề hợp tác với Mỹ trong lĩnh vực này.", kind=K.COOPERATE)
    assert e.status is Status.NEGATED


def test_not_only_is_not_a_negation():
    e = one("Việt Nam không chỉ hợp tác với Lào mà còn giúp đỡ Campuchia.", kind=K.COOPERATE)
    assert e.status is Status.ONGOING  # asserted, not negated (undated cooperation is a standing state)


def test_negated_and_occurred_are_not_merged():
    evs = events(
        "Năm 1999, Việt Nam chưa ký hiệp định thương mại với Mỹ. Năm 2000, Việt Nam đã ký hiệp định thương mại với Mỹ."
    )
    assert sorted(e.status.value for e in evs) == ["negated", "occurred"]


def test_planned():
    e = one("Việt Nam sẽ ký hiệp định hợp tác với Lào.", kind=K.AGREEMENT_SIGN)
    assert e.status is Status.PLANNED


def test_hypothetical_and_purpose_are_not_events():
    assert events("Nếu Mỹ dỡ bỏ cấm vận, Việt Nam sẽ mở rộng hợp tác với Mỹ.") == []
    assert events("Đảng hoạch định đường lối nhằm tăng cường hợp tác với Lào.") == []


def test_quoted_words_are_not_events():
    assert events("Đại hội nêu rõ: “ra sức tăng cường hợp tác toàn diện với Liên Xô”.") == []


def test_task_list_is_planned_and_dated_by_its_intro():
    evs = events(
        "# Nhiệm vụ, giải pháp 6 tháng cuối năm 2020:",
        "Thứ nhất, tăng cường hợp tác với Nhật Bản.",
        "Thứ hai, duy trì ổn định quan hệ với Trung Quốc và Mỹ; Lào và Campuchia thông qua các chuyến thăm.",
        date="2020-H1",
    )
    got = {(e.kind, e.actors, e.recipients, e.date, e.status) for e in evs}
    assert (K.COOPERATE, ("VNM",), ("JPN",), "2020-H2", Status.PLANNED) in got
    assert (K.RELATIONS, ("VNM",), ("CHN", "USA"), "2020-H2", Status.PLANNED) in got
    assert (K.VISIT, ("VNM",), ("LAO", "KHM"), "2020-H2", Status.PLANNED) in got


def test_policy_orientations_are_not_events():
    evs = events(
        "Đường lối đối ngoại tập trung vào hai định hướng chính:",
        "Củng cố quan hệ đặc biệt với Lào.",
        "Tăng cường hợp tác với Liên Xô.",
    )
    assert evs == []


# ---- dates ----


def test_date_falls_back_to_section_then_document():
    evs = events(
        "# Quan hệ Việt – Xô (1975–1985)", "Việt Nam tăng cường hợp tác với Liên Xô.", date="2025-10"
    )
    assert evs[0].date == "1975/1985"
    evs = events("Việt Nam tăng cường hợp tác với Liên Xô.", date="2020-H1")
    assert evs[0].date == "2020-H1"


def test_an_anchor_date_does_not_date_the_event():
    evs = events("# Quan hệ Việt – Xô (1975–1985)", "Sau năm 1975, Liên Xô viện trợ cho Việt Nam.")
    assert [(e.kind, e.date) for e in evs] == [(K.AID, "1975/1985")]


def test_a_written_date_beats_an_inferred_one_when_merging():
    evs = events(
        "# Quan hệ Việt – Xô (1975–1985)",
        "Liên Xô viện trợ cho Việt Nam. Năm 1978, Liên Xô viện trợ cho Việt Nam nhiều dự án.",
    )
    assert [(e.kind, e.date, len(e.evidence)) for e in evs] == [(K.AID, "1978", 2)]


# ---- nominal events and merge ----


def test_dated_treaty_name_is_a_signing():
    e = one("Hiệp ước Hữu nghị và Hợp tác Việt Nam – Lào (1977) có ý nghĩa lớn.", kind=K.AGREEMENT_SIGN)
    assert set(e.actors) == {"VNM", "LAO"} and e.date == "1977"
    assert not [
        x
        for x in events("Hiệp ước Hữu nghị và Hợp tác Việt Nam – Lào (1977) có ý nghĩa lớn.")
        if x.kind is K.COOPERATE
    ]  # "Hợp tác" inside the name is not a trigger


def test_the_topic_of_an_agreement_is_not_an_event():
    evs = events("Việt Nam và Singapore ký bản ghi nhớ về hợp tác kinh tế số năm 2023.")
    assert [e.kind for e in evs] == [K.AGREEMENT_SIGN]


def test_repeats_merge_keeping_every_sentence():
    evs = events("Việt Nam hợp tác với Lào năm 1990. Việt Nam và Lào tiếp tục hợp tác năm 1990.")
    coop = [e for e in evs if e.kind is K.COOPERATE]
    assert len(coop) == 1 and len(coop[0].evidence) == 2
    assert coop[0].status is Status.ONGOING


def test_different_partners_do_not_merge():
    evs = events("Việt Nam hợp tác với Lào. Việt Nam hợp tác với Nhật Bản.")
    assert sorted(e.recipients for e in evs) == [("JPN",), ("LAO",)]


def test_evidence_is_the_sentence():
    doc = find_events(make_doc("Mở đầu. Việt Nam gia nhập ASEAN năm 1995. Kết thúc."))
    (e,) = doc.events
    assert doc.text[e.evidence[0].start : e.evidence[0].end] == "Việt Nam gia nhập ASEAN năm 1995."


def test_empty_and_unstructured_documents():
    assert find_events(Document(name="e")).events == []
    doc = Document(name="u", raw="Việt Nam gia nhập ASEAN.", text="Việt Nam gia nhập ASEAN.")
    assert find_events(doc).events == []  # no sentences yet: nothing to cite, so no event


# ---- the lexicon scan ----


def test_scan_prefers_longer_triggers_and_word_boundaries():
    names = [
        (h.trigger.name, "xyz dỡ bỏ cấm vận đăng ký ký và phê chuẩn thăm hỏi"[h.start : h.end])
        for h in scan("xyz dỡ bỏ cấm vận đăng ký ký và phê chuẩn thăm hỏi")
    ]
    assert names == [("lift", "dỡ bỏ cấm vận"), ("sign_ratify", "ký và phê chuẩn")]
    assert [h.trigger.name for h in scan("bình thường hoá quan hệ")] == ["establish"]  # old tone placement


# ---- the scorer ----


def test_scorer_matching_rules():
    gold = {"kind": "agreement.sign", "actors": ["VNM", "LAO"], "recipients": [], "date": "1977"}
    assert events_quality.matches(
        gold, {"kind": "agreement.sign", "actors": ["LAO"], "recipients": ["VNM"], "date": "1977"}
    )
    assert not events_quality.matches(
        gold, {"kind": "agreement.sign", "actors": ["LAO"], "recipients": [], "date": "1978"}
    )
    gold = {"kind": "sanction", "actors": ["USA"], "recipients": ["VNM"], "date": "1975/1985"}
    assert events_quality.matches(
        gold, {"kind": "sanction", "actors": ["USA", "WEST"], "recipients": ["VNM"], "date": "1980"}
    )
    assert not events_quality.matches(
        gold, {"kind": "sanction", "actors": ["VNM"], "recipients": ["USA"], "date": "1980"}
    )
    res = events_quality.score(
        [gold, {**gold, "kind": "aid", "optional": True}],
        [{**gold}, {**gold}, {**gold, "kind": "aid"}],
    )
    assert (res["tp"], res["fp"], res["fn"], res["optional_matched"]) == (1, 1, 0, 1)


# ---- the target on the seeds ----


def test_event_f1_on_the_seeds(shared):
    res = events_quality.evaluate(shared / "gold" / "events.seeds.jsonl", shared / "seeds")
    assert res["f1"] >= 0.85, res
    assert res["precision"] >= 0.8, res
