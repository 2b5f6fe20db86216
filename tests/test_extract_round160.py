"""Round 160 (session 21): subtitle files read (.srt, .vtt), dates said in words, the hyphenated
orthography of old typed documents and OCR's "rn" for "m", a typed page's "- 2 -", a social-network post's
time line as the document's date. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from doingoai import export
from doingoai.clean.hyphens import fold_for_reading, old_orthography, unfold_after_reading
from doingoai.errors import HINTS, Code, DoingoaiError
from doingoai.extract.dates import dates_in
from doingoai.extract.dates_posts import post_date
from doingoai.extract.dates_spoken import number_words, spoken_dates
from doingoai.model import Document
from doingoai.pipeline import SUPPORTED_SUFFIXES, expand_paths, extract_file, extract_text
from doingoai.read import read_bytes, read_file
from doingoai.read.subtitles import read_subtitles, source_offset

SRT = """1
00:00:01,000 --> 00:00:04,000
HÀ NỘI VÀ NHỮNG NGƯỜI BẠN

2
00:00:04,300 --> 00:00:08,100
Ngày hai mươi mốt tháng Chín
năm một nghìn chín trăm chín mươi tư,

3
00:00:08,400 --> 00:00:12,000
Việt Nam và Na Uy
ký hiệp định hợp tác văn hóa.

4
00:00:12,300 --> 00:00:15,000
[Nhà nghiên cứu Lê Văn Tâm]:
Đó là một bước ngoặt

5
00:00:15,300 --> 00:00:18,000
trong quan hệ hai nước.

6
00:00:18,300 --> 00:00:21,000
Cảm ơn quý vị đã theo dõi
"""


def _events(doc: Document) -> list[tuple[str, list[str], list[str], str, str]]:
    out = []
    for ev in export.reported_events(doc):
        d = export.event_dict(doc, ev)
        out.append((d["kind"], d["actors"], d["recipients"], d["date"], d["status"]))
    return out


def test_srt_cues_joined_numbers_and_times_left_out() -> None:
    text, marks = read_subtitles(SRT)
    assert "-->" not in text and "\n2\n" not in text
    paras = text.split("\n\n")
    assert paras[0] == "HÀ NỘI VÀ NHỮNG NGƯỜI BẠN"
    assert paras[1] == (
        "Ngày hai mươi mốt tháng Chín năm một nghìn chín trăm chín mươi tư, "
        "Việt Nam và Na Uy ký hiệp định hợp tác văn hóa."
    )
    assert paras[2] == "Đó là một bước ngoặt trong quan hệ hai nước."  # the speaker's label left out
    assert paras[3].strip() == "Cảm ơn quý vị đã theo dõi"
    assert [s[2] for s in marks["speakers"]] == ["Nhà nghiên cứu Lê Văn Tâm"]
    # every piece of the text is the file's own, at the offset the map gives
    for t, f, n in marks["source"]:
        assert text[t : t + n] == SRT[f : f + n]
    i = text.index("Na Uy")
    assert SRT[source_offset(marks, i) : source_offset(marks, i) + 5] == "Na Uy"


def test_vtt_header_notes_tags_and_voices() -> None:
    vtt = (
        "WEBVTT\n\nNOTE bản dịch thử\n\n00:01.000 --> 00:03.000 align:start\n"
        "<v Phóng viên>Ông đến Hà Nội khi nào?\n\n00:03.500 --> 00:06.000\n"
        "<v Đại sứ>Tôi đến <i>tháng trước</i>.\n"
    )
    text, marks = read_subtitles(vtt)
    assert text == "Ông đến Hà Nội khi nào?\n\nTôi đến tháng trước.\n"
    assert [s[2] for s in marks["speakers"]] == ["Phóng viên", "Đại sứ"]
    for t, f, n in marks["source"]:
        assert text[t : t + n] == vtt[f : f + n]


def test_srt_is_an_input_format(tmp_path: Path) -> None:
    p = tmp_path / "phim_subtitles.srt"
    p.write_text(SRT, encoding="utf-8")
    assert ".srt" in SUPPORTED_SUFFIXES and ".vtt" in SUPPORTED_SUFFIXES
    assert list(expand_paths([tmp_path])) == [p]
    doc = read_file(p)
    assert doc.format == "srt" and doc.raw.startswith("HÀ NỘI VÀ NHỮNG NGƯỜI BẠN\n\n")
    doc = extract_file(p)
    assert ("agreement.sign", ["VNM", "NOR"], [], "1994-09-21", "occurred") in [
        (k, sorted(a, key=["VNM", "NOR"].index), r, d, s) for k, a, r, d, s in _events(doc)
    ]


def test_unknown_suffix_message_names_subtitles(tmp_path: Path) -> None:
    p = tmp_path / "x.sub"
    p.write_text("1\n", encoding="utf-8")
    with pytest.raises(DoingoaiError) as err:
        read_file(p)
    assert err.value.code is Code.E106_UNSUPPORTED and ".srt" in HINTS[Code.E106_UNSUPPORTED]
    with pytest.raises(DoingoaiError):
        read_bytes(b"\x89PNG....", "a.srt", "srt")


def test_number_words() -> None:
    assert number_words("một nghìn chín trăm bảy mươi lăm") == 1975
    assert number_words("hai nghìn lẻ chín") == 2009
    assert number_words("hai mươi mốt") == 21
    assert number_words("mười bốn") == 14
    assert number_words("hai ba") == -1  # two units running: no number said


def test_spoken_dates() -> None:
    low = "vào tháng mười hai năm hai nghìn lẻ chín, hai bên gặp nhau"
    assert spoken_dates(low, 0, len(low)) == [(4, 40, "2009-12")]
    [d] = dates_in("Ngày mười bốn tháng Hai năm 2003, ông sang thăm Lào.")
    assert d.value == "2003-02-14"
    assert [x.value for x in dates_in("Cuối tháng Tư năm 1998, đoàn trở về.")] == ["1998-04"]
    # no year after the month in words: no date ("hai tháng một lần")
    assert dates_in("Hai bên gặp nhau hai tháng một lần.") == []


def test_spoken_date_read_into_event() -> None:
    doc = extract_text(
        "Tin vắn\n\nNgày hai mươi mốt tháng Chín năm một nghìn chín trăm chín mươi tư, "
        "Việt Nam và Na Uy ký hiệp định hợp tác văn hóa.\n"
    )
    assert any(k == "agreement.sign" and d == "1994-09-21" for k, _, _, d, _ in _events(doc))


OLD = """BỘ NGOẠI-GIAO

Hà-nội, ngày 4 tháng 3 nărn 1960

Thi-hành chỉ-thị của Phủ Thủ-tướng, Bộ xin báo-cáo tình-hình như sau.

Ngày 2-3-1960, Chánh-phủ Việt-nam Dân-chủ Cộng-hòa và Chánh-phủ Cu-ba đã thỏa-thuận chính-thức đặt
quan-hệ ngoại-giao. Đây là kết-quả của nhiều cuộc tiếp-xúc.

                              - 2 -

Đoàn đại-biểu Bộ đã sang thăm Ba-lan hồi tháng 1 nărn 1960.
"""


def test_old_orthography_found_only_where_frequent() -> None:
    assert old_orthography(OLD)
    assert not old_orthography("Ngày 2/3/1960, Việt Nam và Cu-ba thiết lập quan hệ ngoại giao; e-mail.")


def test_hyphens_read_as_spaces_and_given_back() -> None:
    doc = extract_text(OLD)
    assert "Chánh-phủ Việt-nam" in doc.text  # the document's own spelling told
    assert "- 2 -" not in "".join(doc.block_text(b) for b in doc.blocks)  # the typed page's number dropped
    events = _events(doc)
    assert ("relations.establish", ["VNM", "CUB"], [], "1960-03-02", "occurred") in [
        (k, sorted(a, key=["VNM", "CUB"].index), r, d, s) for k, a, r, d, s in events
    ]
    assert doc.meta["date"] == "1960-03-04"  # "nărn" read as "năm" (OCR's "rn" for "m")
    ev = next(e for e in export.reported_events(doc) if e.kind.value == "relations.establish")
    assert "Chánh-phủ Việt-nam" in export.event_dict(doc, ev)["evidence"]["text"]


def test_fold_stage_keeps_length_and_unfolds() -> None:
    doc = Document(name="x", raw=OLD, text=OLD)
    fold_for_reading(doc)
    assert len(doc.text) == len(OLD) and "Chánh phủ Việt nam" in doc.text and "năm  1960" in doc.text
    unfold_after_reading(doc)
    assert doc.text == OLD and "hyphenated_text" not in doc.meta
    longer = OLD + "Đoàn sẽ sang In-đô-nê-xi-a, rồi dự Hội-nghị Á-Phi.\n"
    doc = Document(name="y", raw=longer, text=longer)
    fold_for_reading(doc)  # a transliteration's chain and "Á-Phi" keep their hyphens
    assert "In-đô-nê-xi-a" in doc.text and "Á-Phi" in doc.text and "Hội nghị" in doc.text


def test_post_time_line_dates_the_post() -> None:
    post = "Đại sứ quán Việt Nam tại Chi-lê\n5 tháng 6 lúc 08:10 · 🌏\n\nKỶ NIỆM (5/6/1970 – 5/6/2025)\n"
    assert post_date(post) == "2025-06-05"
    assert post_date("Trang X\n3 tháng 2, 2021 lúc 09:00 ·\n\nNội dung\n") == "2021-02-03"
    assert post_date("Trang X\n2 giờ ·\n\nNội dung\n") == ""
    assert post_date("Trang X\n5 tháng 6 lúc 08:10 ·\n\nkhông có ngày đầy đủ\n") == ""
    doc = extract_text(post + "\n📌 Sáng nay (5/6), Đại sứ quán tổ chức lễ kỷ niệm.\n")
    assert doc.meta["date"] == "2025-06-05"


POST = """Đại sứ quán Việt Nam tại Chi-lê
5 tháng 6 lúc 08:10 · 🌏

📌 KỶ NIỆM 55 NĂM QUAN HỆ NGOẠI GIAO VIỆT NAM – CHI-LÊ (5/6/1971 – 5/6/2026)

Sáng nay (5/6), Đại sứ quán tổ chức buổi gặp mặt bà con kiều bào tại Xan-ti-a-gô.

#NgoaiGiao #VietNam

Xem bản dịch

👍❤️ 2,1K
120 bình luận
35 lượt chia sẻ

Thích · Bình luận · Chia sẻ

Nguyễn Văn Hùng
Chúc mừng quan hệ hai nước!
Thích · Phản hồi · 3 giờ
"""


def test_post_chrome_dropped_and_time_line_still_dates() -> None:
    from doingoai.structure.social import chrome_lines

    texts = [ln.strip() for ln in POST.splitlines()]
    dropped = {texts[i] for i in chrome_lines(texts, POST)}
    assert dropped == {
        "5 tháng 6 lúc 08:10 · 🌏",
        "Xem bản dịch",
        "👍❤️ 2,1K",
        "120 bình luận",
        "35 lượt chia sẻ",
        "Thích · Bình luận · Chia sẻ",
        "Thích · Phản hồi · 3 giờ",
    }
    assert chrome_lines(["120 bình luận"], "120 bình luận") == []  # not a page's post: nothing dropped
    doc = extract_text(POST)
    body = " ".join(doc.block_text(b) for b in doc.blocks)
    assert "Thích · Phản hồi" not in body and "lượt chia sẻ" not in body
    assert "Chúc mừng quan hệ hai nước!" in body
    assert doc.meta["date"] == "2026-06-05"  # the time line's day, of the year the post's dates give
