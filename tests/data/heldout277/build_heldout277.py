"""Build the two hundred seventy-seventh held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout277/build_heldout277.py [--check]

Five short documents on Vietnam and North and West Africa: a journal article on Vietnam – Algeria relations
(Điện Biên Phủ and the Algerian war, relations of 28/10/1962, the Bir Seba oil field), a (fictitious) Hà Nội
friendship association's year-end report for 2025 on Morocco and the "Cổng Ma-rốc" relic, a news page on
Vietnam becoming a BRICS partner country (June 2025) with the African members and partners, a (fictitious)
city trade department's plan for 2026 on West and North African markets, and an encyclopedia entry on
Morocco. Facts are well-established; authors, journal, page numbers, document numbers, the report's and
plan's items and the quoted words are invented. Gold is written by hand; ``--check`` verifies that every
gold evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import (  # noqa: E402
    build_and_check,
    entry_text,
    headed_journal,
    ministry_plan,
    news_page,
    report_word,
)

IRA = {
    "id": "ira",
    "shape": "journal",
    "header": "Nghiên cứu Quốc tế | Số 3 (138) – 2025",
    "first_page": 71,
    "break_after": 8,
    "blocks": [
        ("title", "VIỆT NAM – AN-GIÊ-RI: TỪ ĐIỆN BIÊN PHỦ ĐẾN HỢP TÁC DẦU KHÍ"),
        ("author", "Trịnh Minh Khôi"),
        ("affiliation", "Khoa Quốc tế học, Trường Đại học Khoa học Xã hội và Nhân văn"),
        (
            "abstract",
            "Bài viết khảo sát mối quan hệ đặc biệt giữa Việt Nam và An-giê-ri, từ sự gắn bó trong đấu tranh giải phóng dân tộc đến hợp tác kinh tế hiện nay.",
            "vi",
        ),
        ("keywords", "An-giê-ri; FLN; Điện Biên Phủ; Bir Seba; PVEP", "vi"),
        ("heading", "1. Hai cuộc kháng chiến", 1),
        (
            "paragraph",
            "Chiến thắng Điện Biên Phủ ngày 7/5/1954 đã cổ vũ mạnh mẽ nhân dân An-giê-ri; chưa đầy sáu tháng sau, ngày 1/11/1954, Mặt trận Giải phóng dân tộc (FLN) phát động cuộc đấu tranh vũ trang chống ách thống trị của Pháp (Phan Văn Lực, 2012, tr. 54). Ngày 28/10/1962, chỉ vài tháng sau khi An-giê-ri giành độc lập, hai nước thiết lập quan hệ ngoại giao.",
        ),
        ("heading", "2. Người bạn thủy chung", 1),
        (
            "paragraph",
            "Trong những năm kháng chiến chống Mỹ, An-giê-ri là một trong những nước đầu tiên cho phép Mặt trận Dân tộc Giải phóng miền Nam Việt Nam đặt cơ quan đại diện tại thủ đô An-giê. Một nhà ngoại giao An-giê-ri từng gọi Việt Nam là “người anh cả của các dân tộc bị áp bức” (Trần Thu Hà, 2016, tr. 88).",
        ),
        ("heading", "3. Hợp tác năng lượng", 1),
        (
            "paragraph",
            "Năm 2015, mỏ Bir Seba do Tổng công ty Thăm dò Khai thác Dầu khí (PVEP) cùng các đối tác phát triển đã cho dòng dầu đầu tiên. Tuy vậy, trao đổi thương mại hai chiều vẫn còn khiêm tốn; hai bên cần phát huy cơ chế Ủy ban hỗn hợp để mở rộng hợp tác sang nông nghiệp và dược phẩm (Đỗ Quang Vinh, 2023).",
        ),
    ],
}

IRB = {
    "id": "irb",
    "shape": "word",
    "head": [
        "LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ THÀNH PHỐ HÀ NỘI",
        "HỘI HỮU NGHỊ VIỆT NAM – MA-RỐC",
        "Số: 37/BC-HHN",
        "Hà Nội, ngày 19 tháng 12 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Tổng kết hoạt động năm 2025 và phương hướng năm 2026",
    ],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết hoạt động năm 2025 và phương hướng năm 2026"),
        ("heading", "I. HOẠT ĐỘNG NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 3/2025, Hội phối hợp với Đại sứ quán Vương quốc Ma-rốc tổ chức lễ dâng hương tại di tích Cổng Ma-rốc ở Ba Vì, công trình do những người lính Ma-rốc đứng về phía kháng chiến xây dựng vào đầu những năm 1950.",
        ),
        (
            "list_item",
            "2. Tháng 5/2025, Chủ tịch Hội tiếp đoàn Hội Hữu nghị Ma-rốc – Việt Nam do Chủ tịch Hội bạn dẫn đầu sang thăm Hà Nội.",
        ),
        (
            "list_item",
            "3. Tiếp nhận 15.000 đô-la Mỹ do một quỹ từ thiện của Ma-rốc tài trợ để trao học bổng cho học sinh nghèo Ba Vì.",
        ),
        (
            "list_item",
            "4. Chuyến thăm Ma-rốc của đoàn Hội dự kiến vào tháng 10/2025 chưa thực hiện được do chưa bố trí được kinh phí.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2026", 1),
        (
            "list_item",
            "1. Ký thỏa thuận hợp tác với Hội Hữu nghị Ma-rốc – Việt Nam trong quý I/2026.",
        ),
        (
            "list_item",
            "2. Tổ chức đoàn sang thăm Ra-bát và Ca-xa-blan-ca vào mùa thu 2026.",
        ),
        (
            "list_item",
            "3. Phối hợp với Đại sứ quán Ma-rốc tổ chức kỷ niệm 65 năm thiết lập quan hệ ngoại giao hai nước (27/3/1961 – 27/3/2026).",
        ),
    ],
}

IRC = {
    "id": "irc",
    "shape": "news",
    "date": "2025-06-14",
    "stamp": "Thứ Bảy, 14/06/2025 - 08:40",
    "blocks": [
        ("title", "Việt Nam chính thức trở thành nước đối tác của BRICS"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Ngày 13/6, Chính phủ Bra-xin, nước giữ chức Chủ tịch BRICS năm 2025, ra thông báo công nhận Việt Nam là nước đối tác thứ 10 của Nhóm. Bra-xin hoan nghênh Việt Nam tham gia và khẳng định sẵn sàng phối hợp để thúc đẩy hợp tác giữa BRICS và Việt Nam.",
        ),
        ("heading", "Tiếng nói ngày càng lớn của châu Phi", 1),
        (
            "paragraph",
            "Châu Phi có mặt trong BRICS từ năm 2011, khi Nam Phi lần đầu dự Hội nghị thượng đỉnh tại Tam Á (Trung Quốc) với tư cách thành viên chính thức. Ai Cập và Ê-ti-ô-pi-a trở thành thành viên đầy đủ từ ngày 1/1/2024, còn Ni-giê-ri-a được công nhận là nước đối tác vào tháng 1/2025.",
        ),
        ("heading", "Phía trước là Hội nghị Ri-ô", 1),
        (
            "paragraph",
            "Người Phát ngôn Bộ Ngoại giao Phạm Thu Hằng cho biết Việt Nam sẽ tham gia hợp tác BRICS trên tinh thần chủ động, tích cực và có trách nhiệm. Theo kế hoạch, Thủ tướng Phạm Minh Chính sẽ dự Hội nghị các nhà lãnh đạo BRICS mở rộng tại Ri-ô đê Gia-nê-rô vào đầu tháng 7. Việt Nam chưa đặt vấn đề trở thành thành viên đầy đủ của Nhóm.",
        ),
    ],
}

IRD = {
    "id": "ird",
    "shape": "plan",
    "head": [
        f"{'ỦY BAN NHÂN DÂN':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'THÀNH PHỐ HỒ CHÍ MINH':<40}Độc lập - Tự do - Hạnh phúc",
        "SỞ CÔNG THƯƠNG",
        f"{'Số: 112/KH-SCT':<40}TP. Hồ Chí Minh, ngày 22 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Xúc tiến thương mại tại thị trường Tây Phi và Bắc Phi năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Xúc tiến thương mại tại thị trường Tây Phi và Bắc Phi năm 2026"),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "paragraph",
            "Năm 2025, Sở đã tổ chức đoàn 14 doanh nghiệp khảo sát thị trường Xê-nê-gan và ký bản ghi nhớ hợp tác với Phòng Thương mại, Công nghiệp và Nông nghiệp Đa-ca. Việc mở văn phòng xúc tiến thương mại của Thành phố tại La-gốt (Ni-giê-ri-a) chưa thực hiện được.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 4/2026, tổ chức đoàn doanh nghiệp sang Ni-giê-ri-a và Xê-nê-gan giới thiệu gạo, cà phê, hàng may mặc.",
        ),
        (
            "list_item",
            "2. Tham gia Hội chợ quốc tế An-giê (An-giê-ri) vào tháng 6/2026.",
        ),
        (
            "list_item",
            "3. Đón đoàn Liên đoàn Doanh nghiệp Ma-rốc sang làm việc, tìm hiểu nguồn cung nông sản của Thành phố.",
        ),
        (
            "list_item",
            "4. Ký thỏa thuận hợp tác với Phòng Thương mại và Công nghiệp La-gốt.",
        ),
        (
            "paragraph",
            "Trung tâm Xúc tiến Thương mại và Đầu tư Thành phố chủ trì thực hiện; kinh phí bố trí từ Chương trình xúc tiến thương mại năm 2026 của Thành phố.",
        ),
    ],
}

IRE = {
    "id": "ire",
    "shape": "entry",
    "blocks": [
        ("title", "Ma-rốc"),
        (
            "paragraph",
            "Ma-rốc (tiếng Ả Rập: المغرب; tiếng Pháp: Maroc), tên chính thức là Vương quốc Ma-rốc, là quốc gia ở Bắc Phi, giáp Đại Tây Dương và Địa Trung Hải; thủ đô là Ra-bát, thành phố lớn nhất là Ca-xa-blan-ca. Ma-rốc thoát khỏi chế độ bảo hộ của Pháp ngày 2/3/1956. Quốc vương Mohammed VI trị vì từ ngày 23/7/1999.",
        ),
        ("heading", "Đối ngoại", 1),
        (
            "paragraph",
            "Năm 1984, Ma-rốc rút khỏi Tổ chức Thống nhất châu Phi (OAU) để phản đối việc tổ chức này kết nạp Cộng hòa Dân chủ Ả Rập Xa-ha-ra. Sau hơn ba thập kỷ, ngày 30/1/2017, Ma-rốc được tái kết nạp vào Liên minh châu Phi. Tháng 11/2016, nước này đăng cai Hội nghị lần thứ 22 các bên tham gia Công ước khung của Liên hợp quốc về biến đổi khí hậu (COP22) tại Ma-ra-kết.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam và Ma-rốc thiết lập quan hệ ngoại giao ngày 27/3/1961. Trong kháng chiến chống Pháp, nhiều binh lính Ma-rốc trong đội quân viễn chinh đã bỏ hàng ngũ, đứng về phía Việt Minh; dấu tích của họ là Cổng Ma-rốc ở Ba Vì, Hà Nội.",
        ),
    ],
}

DOCS = [IRA, IRB, IRC, IRD, IRE]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "- N -" page numbers centred
    (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc, page_label="- {} -", align="^")


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word at 70 columns, signed "TM. BAN CHẤP HÀNH /
    CHỦ TỊCH"."""
    return report_word(doc, ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "(đã ký)"], width=70)


def render_news(doc: dict) -> str:
    """The agency's news page (heldout_kit.news_page): "title | section", a nav menu, <h1>, the date line,
    the lead in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, tags and the footer."""
    return news_page(
        doc,
        "Thế giới",
        "08:40",
        [("/thoi-su", "Thời sự"), ("/the-gioi", "Thế giới"), ("/kinh-te", "Kinh tế")],
        [("/tag/brics", "BRICS"), ("/tag/chau-phi", "Châu Phi")],
    )


def render_plan(doc: dict) -> str:
    """A plan by heldout_kit.ministry_plan: signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", its own "Nơi nhận" lines."""
    return ministry_plan(
        doc,
        signature=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(đã ký)"],
        recipients=["- UBND Thành phố (để b/c);", "- Các hiệp hội doanh nghiệp;", "- Lưu: VT, QLTM."],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "news": render_news,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="ir",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
