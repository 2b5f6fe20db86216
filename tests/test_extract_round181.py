"""Round 181 (session 22): structure of newer writers' shapes: a chronology's entries dated without their year
under a year's heading, a report's summing-up after its last item, a heading over a page's last paragraph (no
foot notes), a post's comment under its commenter, the page's own reply ("Tác giả") and its chrome, an act's
head repeated over each act of a legal database's page. Texts written for these tests."""

from __future__ import annotations

from doingoai.export import parse_dict
from doingoai.pipeline import extract_text
from doingoai.structure.chronology import year_over_entry, yearless_entry
from doingoai.structure.social import chrome_lines


def _blocks(doc) -> list[tuple[str, str]]:
    return [(b["type"], " ".join(b["text"].split())) for b in parse_dict(doc)["blocks"]]


TIMELINE = """Niên biểu quan hệ Việt Nam – Mông Cổ (1954 – 1962)

Một số sự kiện tiêu biểu trong quan hệ giữa hai nước những năm đầu sau khi đặt quan hệ ngoại giao.

1954
17/11: Việt Nam và Mông Cổ thiết lập quan hệ ngoại giao.

1958
Tháng 4: Thủ tướng Mông Cổ thăm Việt Nam.
Cuối tháng 8 – đầu tháng 9: Đoàn đại biểu Quốc hội Việt Nam thăm Mông Cổ.

1961
Tháng 3 – 4: Hai nước ký hiệp định hợp tác văn hóa tại U-lan Ba-to.
"""


def test_yearless_entries_under_year_headings() -> None:
    doc = extract_text(TIMELINE, name="nien_bieu.txt")
    got = _blocks(doc)
    assert ("heading", "1954") in got and ("heading", "1958") in got and ("heading", "1961") in got
    assert ("list_item", "17/11: Việt Nam và Mông Cổ thiết lập quan hệ ngoại giao.") in got
    assert ("list_item", "Tháng 4: Thủ tướng Mông Cổ thăm Việt Nam.") in got
    assert (
        "list_item",
        "Cuối tháng 8 – đầu tháng 9: Đoàn đại biểu Quốc hội Việt Nam thăm Mông Cổ.",
    ) in got
    assert got[1][0] == "paragraph"  # the introduction under the title: no footnote
    kinds = {e.kind for e in doc.events}
    assert "relations.establish" in kinds and "visit" in kinds


def test_yearless_entry_shapes() -> None:
    assert yearless_entry("30/1: Hai nước ký nghị định thư.")
    assert yearless_entry("Tháng 7 – 8: Đoàn thăm ba nước.")
    assert yearless_entry("Ngày 5 tháng 6: Khai mạc hội nghị.")
    assert not yearless_entry("Tháng 7, đoàn thăm ba nước.")  # a comma opens an ordinary sentence
    assert not yearless_entry("30/1 là ngày hai nước ký nghị định thư.")
    assert year_over_entry("1961", "Tháng 3: Hai nước ký hiệp định.")
    assert not year_over_entry("1961", "Hai nước ký hiệp định.")


REPORT = """SỞ NGOẠI VỤ TỈNH AN GIANG

BÁO CÁO
Kết quả công tác đối ngoại năm 2025

I. KẾT QUẢ

1. Tháng 5/2025, đón đoàn công tác tỉnh Tà Keo (Campuchia) sang trao đổi kinh nghiệm quản lý

biên giới và phòng chống buôn lậu qua các cửa khẩu phụ.

2. Tổ chức hội nghị giao ban với tỉnh Tà Keo trong quý III/2025 tại thành phố Châu Đốc.

Trên đây là báo cáo kết quả công tác đối ngoại năm 2025 của Sở Ngoại vụ tỉnh An Giang gửi Ủy

ban nhân dân tỉnh.
"""


def test_summing_up_after_the_last_item() -> None:
    got = _blocks(extract_text(REPORT, name="bao_cao.txt"))
    assert (
        "list_item",
        "2. Tổ chức hội nghị giao ban với tỉnh Tà Keo trong quý III/2025 tại thành phố Châu Đốc.",
    ) in got
    assert (
        "paragraph",
        "Trên đây là báo cáo kết quả công tác đối ngoại năm 2025 của Sở Ngoại vụ tỉnh An Giang gửi Ủy ban nhân dân tỉnh.",
    ) in got


ARCHIVE = """BỘ NGOẠI-GIAO

BÁO-CÁO về chuyến thăm của đoàn đại-biểu Chánh-phủ

I. CHUYẾN THĂM

Từ ngày 3 đến ngày 9-5-1962, đoàn đại-biểu Chánh-phủ ta do đồng-chí Phó Thủ-tướng
dẫn đầu đã thăm hữu-nghị Cộng-hòa Nhân-dân Mông-cổ và hội-đàm với Thủ-tướng
Xê-đen-ban.

II. KẾT-QUẢ

Ngày 8-5-1962, hai bên đã ký Hiệp-định hợp-tác kinh-tế và kỹ-thuật. Hiệp-định có
hiệu-lực kể từ ngày ký.

                            - 2 -


Phía bạn nhận lời mời sang thăm nước ta vào năm sau.
"""


def test_heading_over_a_pages_last_paragraph_is_no_note() -> None:
    got = _blocks(extract_text(ARCHIVE, name="bao_cao_luu_tru.txt"))
    assert (
        "paragraph",
        "Ngày 8-5-1962, hai bên đã ký Hiệp-định hợp-tác kinh-tế và kỹ-thuật. Hiệp-định có hiệu-lực kể từ ngày ký.",
    ) in got
    assert not any(kind == "footnote" for kind, _ in got)


POST = """Đại sứ quán Việt Nam tại Mê-hi-cô
Cơ quan chính phủ · 8,5K người theo dõi

Đại sứ quán Việt Nam tại Mê-hi-cô
3 giờ · 🌏

📌 Chiều nay (12/9), Đại sứ quán tổ chức buổi giới thiệu ẩm thực Việt Nam tại Mê-hi-cô Xi-ti.

Xem bản dịch
👍❤️ 2,1K
120 bình luận  35 lượt chia sẻ
Thích · Bình luận · Chia sẻ

Nguyễn Văn Bình
Rất ý nghĩa, mong có thêm nhiều sự kiện như thế!
Thích · Phản hồi · 2 giờ

Lucía Gómez
¡Qué bonito! Me encanta la comida vietnamita
Xem bản dịch
Thích · Phản hồi · 1 giờ

Trần Thu Hà
Lần tới sự kiện có tổ chức ở Gua-đa-la-kha-ra không ạ?
Thích · Phản hồi · 1 giờ

Đại sứ quán Việt Nam tại Mê-hi-cô
Tác giả
Dạ, Đại sứ quán sẽ thông báo lịch cụ thể trên trang này ạ.
Thích · Phản hồi · 50 phút
"""


def test_comments_under_their_commenters_and_page_chrome() -> None:
    doc = extract_text(POST, name="trang.txt")
    got = _blocks(doc)
    assert ("author", "Nguyễn Văn Bình") in got
    assert ("paragraph", "Rất ý nghĩa, mong có thêm nhiều sự kiện như thế!") in got
    assert ("author", "Lucía Gómez") in got
    assert ("paragraph", "¡Qué bonito! Me encanta la comida vietnamita") in got
    assert ("author", "Đại sứ quán Việt Nam tại Mê-hi-cô") in got
    removed = doc.meta["removed_lines"]
    assert "Cơ quan chính phủ · 8,5K người theo dõi" in removed
    assert "120 bình luận  35 lượt chia sẻ" in removed
    assert "Tác giả" in removed
    texts = POST.splitlines()
    assert texts.index("Tác giả") in chrome_lines(texts, POST)


ACTS = """Số hiệu: 15/2003/QĐ-CTN
Loại văn bản: Quyết định
Nơi ban hành: Chủ tịch nước
Người ký: Trần Đức Lương
Ngày ban hành: 10/3/2003
Tình trạng: Còn hiệu lực

CHỦ TỊCH NƯỚC                              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
--------                                   Độc lập - Tự do - Hạnh phúc
Số: 15/2003/QĐ-CTN                         Hà Nội, ngày 10 tháng 3 năm 2003

                                 QUYẾT ĐỊNH
      Về việc phê chuẩn Hiệp định hợp tác văn hóa giữa Việt Nam và Chi-lê

Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992;

QUYẾT ĐỊNH:

Điều 1. Phê chuẩn Hiệp định hợp tác văn hóa giữa Việt Nam và Chi-lê ký ngày 5 tháng 12 năm 2002.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

------------------------------------------------------------------------

Số hiệu: 21/2004/QĐ-CTN
Loại văn bản: Quyết định
Nơi ban hành: Chủ tịch nước
Người ký: Trần Đức Lương
Ngày ban hành: 2/4/2004
Tình trạng: Còn hiệu lực

CHỦ TỊCH NƯỚC                              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
--------                                   Độc lập - Tự do - Hạnh phúc
Số: 21/2004/QĐ-CTN                         Hà Nội, ngày 2 tháng 4 năm 2004

                                 QUYẾT ĐỊNH
      Về việc phê chuẩn Hiệp định hợp tác du lịch giữa Việt Nam và Pê-ru

              CHỦ TỊCH NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992;

QUYẾT ĐỊNH:

Điều 1. Phê chuẩn Hiệp định hợp tác du lịch giữa Việt Nam và Pê-ru ký ngày 20 tháng 1 năm 2004.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
"""


def test_act_head_repeated_over_each_act_stays() -> None:
    doc = extract_text(ACTS, name="csdl.txt")
    got = _blocks(doc)
    removed = doc.meta["removed_lines"]
    assert not any("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in t for t in removed)
    assert "QUYẾT ĐỊNH" not in removed
    assert (
        "heading",
        "QUYẾT ĐỊNH Về việc phê chuẩn Hiệp định hợp tác du lịch giữa Việt Nam và Pê-ru",
    ) in got
    assert sum(e.kind.value == "agreement.ratify" for e in doc.events) >= 2  # each act's ratification
