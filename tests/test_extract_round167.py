"""Round 167 (session 21): the structure of the new shapes (pass 2): a post's page name, headline and commenters,
a video's credits cue, an archive's catalogue line, OCR's "l." for "I.", a letter's addressee after a blank
line, a legal database's further acts (their heads and issuers). Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

from doingoai.export import parse_dict
from doingoai.model import BlockType
from doingoai.pipeline import extract_file, extract_text
from doingoai.structure.archive import ocr_roman_one
from doingoai.structure.headings import RANK_ROMAN, heading_rank
from doingoai.structure.social import page_name_lines


def _blocks(doc) -> list[tuple[str, str]]:
    return [(b["type"], " ".join(b["text"].split())) for b in parse_dict(doc)["blocks"]]


POSTS = """Tổng Lãnh sự quán Việt Nam tại Thượng Hải
14 tháng 5 lúc 19:20 · 🌏

🇻🇳 KỶ NIỆM 30 NĂM THÀNH LẬP TỔNG LÃNH SỰ QUÁN (14/5/1994 – 14/5/2024)

📌 Tối nay (14/5), Tổng Lãnh sự quán tổ chức tiệc chiêu đãi tại Thượng Hải.

#NgoaiGiao #VietNam

Xem bản dịch

👍❤️ 3,4K
210 bình luận
48 lượt chia sẻ

Thích · Bình luận · Chia sẻ

Đinh Thị Lan
Chúc mừng Tổng Lãnh sự quán!
Thích · Phản hồi · 2 giờ

Hứa Minh Khang
Đinh Thị Lan Mình cũng đã dự buổi lễ năm 2014.
Xem bản dịch
Thích · Phản hồi · 1 giờ



Tổng Lãnh sự quán Việt Nam tại Thượng Hải
2 tháng 9 lúc 08:00 · 🌏

🇻🇳 MỪNG QUỐC KHÁNH 2/9

📌 Sáng nay (2/9), bà con kiều bào dự lễ chào cờ tại trụ sở Tổng Lãnh sự quán.

Thích · Bình luận · Chia sẻ

Tạ Quốc Việt
Tự hào quá!
Thích · Phản hồi · 5 ngày
"""


def test_post_page_name_headline_and_commenters() -> None:
    texts = [ln.strip() for ln in POSTS.splitlines()]
    assert [texts[i] for i in page_name_lines(texts)] == ["Tổng Lãnh sự quán Việt Nam tại Thượng Hải"] * 2
    doc = extract_text(POSTS)
    assert doc.title == "Tổng Lãnh sự quán Việt Nam tại Thượng Hải"  # the page's name, kept
    got = _blocks(doc)
    assert ("paragraph", "🇻🇳 KỶ NIỆM 30 NĂM THÀNH LẬP TỔNG LÃNH SỰ QUÁN (14/5/1994 – 14/5/2024)") in got
    assert ("heading", "Tổng Lãnh sự quán Việt Nam tại Thượng Hải") in got  # over the second post
    assert ("paragraph", "🇻🇳 MỪNG QUỐC KHÁNH 2/9") in got
    authors = [t for k, t in got if k == "author"]
    assert authors == ["Đinh Thị Lan", "Hứa Minh Khang", "Tạ Quốc Việt"]
    assert ("paragraph", "Chúc mừng Tổng Lãnh sự quán!") in got
    assert doc.meta["removed_lines"] and "Thích · Phản hồi · 2 giờ" in doc.meta["removed_lines"]


def test_page_name_needs_a_time_line_under_it() -> None:
    assert page_name_lines(["Bộ Ngoại giao", "Thông cáo báo chí", "Nội dung."]) == []


SRT = """1
00:00:01,000 --> 00:00:04,000
VIỆT NAM – NA UY

2
00:00:04,300 --> 00:00:08,100
Năm một nghìn chín trăm bảy mươi mốt,
hai nước thiết lập quan hệ ngoại giao.

3
00:00:08,400 --> 00:00:12,000
Biên tập: Ban Thời sự – Đài Truyền hình
Cảm ơn quý vị đã theo dõi
"""


def test_credits_cue_is_the_source_line(tmp_path: Path) -> None:
    p = tmp_path / "na_uy_subtitles.srt"
    p.write_text(SRT, encoding="utf-8")
    got = _blocks(extract_file(p))
    assert ("source", "Biên tập: Ban Thời sự – Đài Truyền hình Cảm ơn quý vị đã theo dõi") in got
    assert (
        "paragraph",
        "Năm một nghìn chín trăm bảy mươi mốt, hai nước thiết lập quan hệ ngoại giao.",
    ) in got


ARCHIVE = """Trung tâm Lưu trữ quốc gia III – Phông Bộ Ngoại giao – Hồ sơ số 512 – Tờ 2-4
Bản chụp từ bản đánh máy gốc.

      Kính gửi: Hội-đồng Chánh-phủ

      Bộ Ngoại-giao xin báo-cáo về việc trao-đổi đại-sứ với các nước bạn trong năm như
sau:

l. QUAN-HỆ VỚI CÁC NƯỚC BẠN

      Trong năm, ta đã trao-đổi đại-sứ với ba nước bạn và ký hai hiệp-định
văn-hóa.

II. KIẾN-NGHỊ

      Đề-nghị Hội-đồng Chánh-phủ cho phép Bộ mở thêm hai cơ-quan đại-diện.
"""


def test_archive_catalogue_addressee_and_ocr_roman_heading() -> None:
    assert ocr_roman_one("l. QUAN-HỆ VỚI CÁC NƯỚC BẠN")
    assert not ocr_roman_one("l. tiếp tục trao đổi")  # a lettered item in lower case: no heading
    assert heading_rank("l. QUAN-HỆ VỚI CÁC NƯỚC BẠN") == RANK_ROMAN == heading_rank("II. KIẾN-NGHỊ")
    got = _blocks(extract_text(ARCHIVE))
    assert got[0] == (
        "source",
        "Trung tâm Lưu trữ quốc gia III – Phông Bộ Ngoại giao – Hồ sơ số 512 – Tờ 2-4 Bản chụp từ bản đánh máy gốc.",
    )
    assert ("paragraph", "Kính gửi: Hội-đồng Chánh-phủ") in got
    assert (
        "paragraph",
        "Bộ Ngoại-giao xin báo-cáo về việc trao-đổi đại-sứ với các nước bạn trong năm như sau:",
    ) in got
    assert ("heading", "l. QUAN-HỆ VỚI CÁC NƯỚC BẠN") in got
    assert ("heading", "II. KIẾN-NGHỊ") in got


ACTS = """Số hiệu: 88/2019/QH14
Loại văn bản: Nghị quyết
Nơi ban hành: Quốc hội
Ngày ban hành: 08/11/2019

QUỐC HỘI                                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
--------                                Độc lập - Tự do - Hạnh phúc
Số: 88/2019/QH14                        Hà Nội, ngày 8 tháng 11 năm 2019

                                 NGHỊ QUYẾT
        Về việc phê chuẩn Công ước về Lao động cưỡng bức

QUỐC HỘI NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;

QUYẾT NGHỊ:

Điều 1. Phê chuẩn Công ước về Lao động cưỡng bức.

----------------------------------------------------------------------------

Số hiệu: 301/2020/QĐ-CTN
Loại văn bản: Quyết định
Nơi ban hành: Chủ tịch nước
Ngày ban hành: 10/02/2020

CHỦ TỊCH NƯỚC                           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
------                                  Độc lập - Tự do - Hạnh phúc
Số: 301/2020/QĐ-CTN                     Hà Nội, ngày 10 tháng 2 năm 2020

                                 QUYẾT ĐỊNH
        Về việc phê chuẩn Hiệp định về Hợp tác nghề cá
                 giữa Việt Nam và Thái Lan

CHỦ TỊCH NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;

QUYẾT ĐỊNH:

Điều 1. Phê chuẩn Hiệp định về Hợp tác nghề cá giữa Việt Nam và Thái Lan.
"""


def test_database_further_act_head_and_issuers() -> None:
    doc = extract_text(ACTS)
    got = _blocks(doc)
    assert doc.title.startswith("NGHỊ QUYẾT Về việc phê chuẩn Công ước")
    assert ("paragraph", "QUỐC HỘI NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") in got
    assert (
        "heading",
        "QUYẾT ĐỊNH Về việc phê chuẩn Hiệp định về Hợp tác nghề cá giữa Việt Nam và Thái Lan",
    ) in got
    assert ("paragraph", "CHỦ TỊCH NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") in got
    heads = [
        b for b in doc.blocks if b.type is BlockType.HEADING and doc.block_text(b).startswith("QUYẾT ĐỊNH Về")
    ]
    assert [b.level for b in heads] == [1]
