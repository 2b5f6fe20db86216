"""Round 172 (session 21): events and dates in the new shapes, pass 3. An election told with its term only, the
term still to come on the document's day, is the election done (not planned, not dated by the term); "Năm ấy" /
"Năm đó" opening a sentence is a time told, and opening a paragraph with no date before it, the year of the one
before; a video's sentence with no date of its own goes on from the cue before; a city receiving a forum's leaders
at its meeting hosts the forum. Texts and subtitles written for these tests; whole pipeline with the learned
reading off.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from doingoai import export
from doingoai.extract.dates import dates_in
from doingoai.model import Document
from doingoai.pipeline import extract_file, extract_text

pytestmark = pytest.mark.rules_alone


def _events(doc: Document) -> list[tuple[str, list[str], list[str], str, str]]:
    out = []
    for ev in export.reported_events(doc):
        d = export.event_dict(doc, ev)
        out.append((d["kind"], d["actors"], d["recipients"], d["date"], d["status"]))
    return out


POST = """Phái đoàn Việt Nam tại Giơ-ne-vơ
5 tháng 11, 2021 lúc 08:10 · 🌏

📌 VIỆT NAM TRÚNG CỬ ỦY BAN LUẬT PHÁP QUỐC TẾ NHIỆM KỲ 2023 – 2027

Đại hội đồng Liên hợp quốc đã bỏ phiếu bầu các thành viên của Ủy ban.

#NgoaiGiao

Thích · Bình luận · Chia sẻ
"""


def test_an_election_told_by_its_term_to_come_is_done_on_the_posts_day() -> None:
    got = [e for e in _events(extract_text(POST)) if e[0] == "membership.elect"]
    assert got, got
    assert all(s == "occurred" for *_, s in got)
    assert all(not d.startswith("2023") for _, _, _, d, _ in got)
    assert any(d.startswith("2021-11") for _, _, _, d, _ in got)


def test_an_election_with_its_term_in_a_past_report_keeps_the_term() -> None:
    text = "Năm 2010, Việt Nam được bầu làm thành viên Hội đồng Kinh tế – Xã hội Liên hợp quốc nhiệm kỳ 2016 – 2018."
    got = [e for e in _events(extract_text(text)) if e[0] == "membership.elect"]
    assert all(s == "occurred" for *_, s in got)


def test_that_year_opening_a_sentence_is_a_time_told() -> None:
    text = "Tháng 3/2008, hai nước ký hiệp định. Năm ấy, Việt Nam cũng đăng cai một hội nghị khu vực."
    values = [d.value for d in dates_in(text)]
    assert values == ["2008-03", "2008"]


def test_that_year_opening_a_paragraph_takes_the_year_before() -> None:
    text = "Năm 1995, Việt Nam gia nhập ASEAN.\n\nNăm đó, Việt Nam và Hoa Kỳ bình thường hóa quan hệ."
    values = [d.value for d in dates_in(text)]
    assert values == ["1995", "1995"]


def test_that_year_as_an_object_is_still_no_time() -> None:
    text = "Năm 1998, Việt Nam gia nhập APEC.\n\nChủ tịch ASEAN năm đó phát biểu tại hội nghị."
    assert [d.value for d in dates_in(text)] == ["1998"]


def test_that_year_after_a_dated_sentence_in_its_paragraph_is_unchanged() -> None:
    text = "Năm 2006, Hà Nội đăng cai Năm APEC. Chủ tịch nước năm ấy phát biểu."
    assert [d.value for d in dates_in(text)] == ["2006"]


SRT = """1
00:00:01,000 --> 00:00:04,000
ĐÔNG Á – MỘT CHẶNG ĐƯỜNG

2
00:00:04,300 --> 00:00:08,100
Tháng Mười năm hai nghìn lẻ năm,
Việt Nam đăng cai một hội nghị khu vực.

3
00:00:08,400 --> 00:00:12,000
[Bà Lê Thị Hoa, nhà báo]:
Năm ấy tôi làm phóng viên thường trú.

4
00:00:12,300 --> 00:00:15,000
Thủ tướng Nhật Bản sang thăm chính thức Việt Nam.

5
00:00:15,300 --> 00:00:19,000
Năm 2020, Hà Nội đón các nhà lãnh đạo ASEAN
dự Hội nghị Cấp cao trực tuyến.

6
00:00:19,300 --> 00:00:21,000
Cảm ơn quý vị đã theo dõi
"""


def test_a_videos_sentence_goes_on_from_the_cue_before(tmp_path: Path) -> None:
    p = tmp_path / "phim_subtitles.srt"
    p.write_text(SRT, encoding="utf-8")
    got = _events(extract_file(p))
    visits = [e for e in got if e[0] == "visit" and e[1] == ["JPN"]]
    assert visits and visits[0][2] == ["VNM"] and visits[0][3].startswith("2005"), got


def test_a_city_receiving_a_forums_leaders_hosts_it(tmp_path: Path) -> None:
    p = tmp_path / "phim_subtitles.srt"
    p.write_text(SRT, encoding="utf-8")
    got = _events(extract_file(p))
    assert any(
        k == "host" and a == ["VNM"] and r == ["ASEAN"] and d.startswith("2020") for k, a, r, d, _ in got
    ), got


def test_a_leader_received_alone_is_no_hosting() -> None:
    text = "Ngày 5/3/2019, Hà Nội đón các nhà lãnh đạo doanh nghiệp Nhật Bản sang tìm hiểu thị trường."
    assert not any(k == "host" for k, *_ in _events(extract_text(text)))
