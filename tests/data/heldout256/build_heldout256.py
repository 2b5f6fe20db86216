"""Build the two hundred fifty-sixth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout256/build_heldout256.py [--check]

Five short documents on Vietnam in UN peacekeeping and in the global health and climate bodies: a journal
article on ten years of Vietnamese peacekeeping (2014 – 2024), a (fictitious) Ministry of Health department's
year-end report for 2024, the IPCC synthesis report of 20/3/2023, a (fictitious) Department of Climate
Change plan for 2027, and an encyclopedia entry on the Green Climate Fund. Facts are well-established;
authors, journal, page numbers, document numbers, the report's and plan's items and quoted words are
invented. Gold is written by hand; ``--check`` verifies that every gold evidence, quote and citation
occurs in the documents.
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

GQA_PEACE = {
    "id": "gqa",
    "shape": "journal",
    "header": "TẠP CHÍ QUỐC PHÒNG TOÀN DÂN VÀ HỘI NHẬP – Số 5 (2024)",
    "first_page": 88,
    "break_after": 3,
    "blocks": [
        ("title", "MƯỜI NĂM VIỆT NAM THAM GIA HOẠT ĐỘNG GÌN GIỮ HÒA BÌNH LIÊN HỢP QUỐC"),
        ("author", "Nguyễn Hữu Thành"),
        ("affiliation", "Học viện Quốc phòng"),
        (
            "abstract",
            "Bài viết tổng kết mười năm Quân đội nhân dân Việt Nam tham gia lực lượng gìn giữ hòa bình của Liên hợp quốc và rút ra một số bài học.",
            "vi",
        ),
        ("keywords", "gìn giữ hòa bình; Nam Xu-đăng; Abyei; bệnh viện dã chiến", "vi"),
        ("heading", "1. Những sĩ quan đầu tiên", 1),
        (
            "paragraph",
            "Ngày 27/5/2014, hai sĩ quan đầu tiên của Quân đội nhân dân Việt Nam lên đường làm nhiệm vụ tại Phái bộ của Liên hợp quốc ở Cộng hòa Nam Xu-đăng (UNMISS), đánh dấu bước chuyển từ đóng góp tài chính sang đóng góp nhân lực (Lương Văn Tú, 2016, tr. 14). Ít lâu sau, nước ta tiếp tục cử sĩ quan tham gia Phái bộ ở Cộng hòa Trung Phi (MINUSCA).",
        ),
        ("heading", "2. Từ cá nhân đến đơn vị", 1),
        (
            "paragraph",
            "Tháng 10/2018, Bệnh viện dã chiến cấp 2 số 1 được triển khai tới Bentiu, Nam Xu-đăng; Ôt-xtrây-li-a đã dùng máy bay vận tải của Không quân Hoàng gia nước này chở người và trang thiết bị của bệnh viện. Theo một tác giả, sự hỗ trợ đó “cho thấy gìn giữ hòa bình cũng là không gian hợp tác quốc phòng song phương” (Đinh Thị Mai, 2020, tr. 63). Năm 2022, Đội Công binh số 1 được triển khai tới khu vực Abyei thuộc Lực lượng an ninh lâm thời của Liên hợp quốc (UNISFA).",
        ),
        ("heading", "3. Một số bài học", 1),
        (
            "paragraph",
            "Việt Nam chưa cử đơn vị bộ binh tham gia gìn giữ hòa bình. Thời gian tới, ta cần mở rộng hợp tác huấn luyện với Ôt-xtrây-li-a, Anh và Pháp, đồng thời tăng tỷ lệ nữ quân nhân trong các lực lượng được triển khai (Bùi Hải Nam, 2023).",
        ),
    ],
}

GQB_HEALTH = {
    "id": "gqb",
    "shape": "word",
    "head": [
        "BỘ Y TẾ",
        "VỤ HỢP TÁC QUỐC TẾ",
        "Số: 402/BC-HTQT",
        "Hà Nội, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Tổng kết công tác hợp tác quốc tế năm 2024 và kế hoạch năm 2025",
    ],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác hợp tác quốc tế năm 2024 và kế hoạch năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Tháng 5/2024, đoàn Bộ Y tế do Bộ trưởng dẫn đầu tham dự Đại hội đồng Y tế thế giới lần thứ 77 tại Giơ-ne-vơ và có cuộc làm việc với Tổng Giám đốc Tổ chức Y tế Thế giới (WHO).",
        ),
        (
            "list_item",
            "2. Liên minh Vắc-xin và Tiêm chủng toàn cầu (Gavi) tiếp tục viện trợ vắc-xin và hỗ trợ tăng cường hệ thống tiêm chủng mở rộng; Quỹ Toàn cầu phòng chống AIDS, Lao và Sốt rét tài trợ cho các chương trình phòng, chống lao tại 35 tỉnh.",
        ),
        (
            "list_item",
            "3. Ngày 18/9/2024, Bộ Y tế và Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) ký biên bản thảo luận về dự án nâng cao năng lực bệnh viện tuyến tỉnh.",
        ),
        (
            "list_item",
            "4. Đón 14 đoàn cấp thứ trưởng trở lên của các nước và tổ chức quốc tế, trong đó có đoàn Bộ Y tế Lào và đoàn Bộ Y tế Cu-ba.",
        ),
        (
            "list_item",
            "5. Việc đàm phán Hiệp định Đại dịch trong khuôn khổ WHO chưa hoàn thành như dự kiến.",
        ),
        ("heading", "II. KẾ HOẠCH NĂM 2025", 1),
        (
            "list_item",
            "1. Phối hợp với WHO tổ chức hội thảo khu vực về sức khỏe người cao tuổi tại Hà Nội trong quý III năm sau.",
        ),
        (
            "list_item",
            "2. Ký kế hoạch hợp tác y tế giai đoạn 2025 – 2027 với Bộ Y tế Lào.",
        ),
        (
            "list_item",
            "3. Tiếp tục tham gia đàm phán Hiệp định Đại dịch tại Giơ-ne-vơ.",
        ),
    ],
}

GQC_IPCC = {
    "id": "gqc",
    "shape": "news",
    "date": "2023-03-21",
    "stamp": "Thứ Ba, 21/03/2023 - 06:30",
    "blocks": [
        ("title", "IPCC công bố báo cáo tổng hợp: Thế giới đang chạy đua với thời gian"),
        (
            "paragraph",
            "Interlaken (TTXVN) – Ngày 20/3, tại thành phố Interlaken của Thụy Sĩ, Ủy ban Liên chính phủ về Biến đổi khí hậu (IPCC) của Liên hợp quốc đã công bố Báo cáo tổng hợp thuộc Báo cáo đánh giá lần thứ sáu (AR6).",
        ),
        ("heading", "Ngưỡng 1,5 độ C", 1),
        (
            "paragraph",
            "Báo cáo cảnh báo nhiệt độ toàn cầu nhiều khả năng sẽ tăng 1,5 độ C so với thời kỳ tiền công nghiệp trong giai đoạn 2030 – 2035. Ngay sau khi báo cáo được công bố, Tổng Thư ký Liên hợp quốc António Guterres kêu gọi các nước phát triển đạt mức phát thải ròng bằng 0 sớm nhất có thể, gần với năm 2040, còn các nền kinh tế mới nổi là gần năm 2050, đồng thời đề nghị các nước thuộc Tổ chức Hợp tác và Phát triển Kinh tế (OECD) chấm dứt dùng than vào năm 2030.",
        ),
        ("heading", "Việt Nam trong nhóm dễ bị tổn thương", 1),
        (
            "paragraph",
            "Việt Nam là một trong những nước chịu ảnh hưởng nặng nề nhất của biến đổi khí hậu. Tại Hội nghị COP26 ở Glasgow (Anh) năm 2021, nước ta đã cam kết đạt phát thải ròng bằng 0 vào năm 2050. Tháng 12 năm ngoái, Việt Nam và Nhóm các đối tác quốc tế, gồm EU, Anh, Mỹ, Nhật Bản và một số nước khác, thông qua Tuyên bố chính trị thiết lập Quan hệ đối tác chuyển đổi năng lượng công bằng (JETP) với cam kết huy động 15,5 tỷ USD.",
        ),
        (
            "paragraph",
            "Báo cáo của IPCC sẽ là cơ sở khoa học cho Hội nghị COP28, do Các Tiểu vương quốc Ả-rập thống nhất đăng cai vào cuối năm nay.",
        ),
    ],
}

GQD_PLAN = {
    "id": "gqd",
    "shape": "plan",
    "head": [
        f"{'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'CỤC BIẾN ĐỔI KHÍ HẬU':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 19/KH-BĐKH':<40}Hà Nội, ngày 28 tháng 12 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác quốc tế về biến đổi khí hậu năm 2027",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác quốc tế về biến đổi khí hậu năm 2027"),
        (
            "paragraph",
            "Để thực hiện các cam kết của Việt Nam theo Thỏa thuận Paris và Quan hệ đối tác chuyển đổi năng lượng công bằng (JETP), Cục Biến đổi khí hậu xây dựng Kế hoạch hợp tác quốc tế năm 2027 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH NĂM 2026", 1),
        (
            "paragraph",
            "Năm nay, Cục đã tham gia đoàn Việt Nam dự Hội nghị COP31 và tiếp nhận hỗ trợ kỹ thuật của Chương trình Phát triển Liên hợp quốc (UNDP) về kiểm kê khí nhà kính. Đề xuất dự án thích ứng cho đồng bằng sông Cửu Long gửi Quỹ Khí hậu Xanh (GCF) chưa được Hội đồng Quỹ thông qua.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2027", 1),
        (
            "list_item",
            "1. Hoàn thiện và nộp lại đề xuất dự án cho GCF trong quý II.",
        ),
        (
            "list_item",
            "2. Chuẩn bị nội dung tham gia Hội nghị COP32 và các phiên họp của các cơ quan giúp việc Công ước khung của Liên hợp quốc về biến đổi khí hậu (UNFCCC) tại Bon (Đức) vào tháng 6.",
        ),
        (
            "list_item",
            "3. Đón đoàn chuyên gia của Đan Mạch sang hỗ trợ xây dựng lộ trình giảm phát thải ngành năng lượng.",
        ),
        (
            "list_item",
            "4. Ký bản ghi nhớ hợp tác về thị trường các-bon với Bộ Môi trường Nhật Bản.",
        ),
        (
            "paragraph",
            "Phòng Hợp tác quốc tế chủ trì, phối hợp với các đơn vị liên quan tổ chức thực hiện Kế hoạch này. Các phòng, đơn vị thuộc Cục chủ động bố trí nhân lực, kinh phí để thực hiện các nhiệm vụ được giao.",
        ),
    ],
}

GQE_GCF = {
    "id": "gqe",
    "shape": "entry",
    "blocks": [
        ("title", "Quỹ Khí hậu Xanh"),
        (
            "paragraph",
            "Quỹ Khí hậu Xanh (GCF) là quỹ đa phương hỗ trợ các nước đang phát triển giảm phát thải khí nhà kính và thích ứng với biến đổi khí hậu, được các bên tham gia Công ước khung của Liên hợp quốc về biến đổi khí hậu quyết định thành lập tại Hội nghị COP16 ở Can-cun (Mê-hi-cô) năm 2010.",
        ),
        ("heading", "Trụ sở", 1),
        (
            "paragraph",
            "Năm 2012, Hội đồng Quỹ chọn khu Songdo của thành phố In-chon (Hàn Quốc) làm nơi đặt trụ sở; Ban Thư ký chính thức khai trương tại đây vào tháng 12/2013. Hội đồng Quỹ gồm 24 thành viên, chia đều cho các nước phát triển và đang phát triển.",
        ),
        ("heading", "Nguồn vốn", 1),
        (
            "paragraph",
            "Tại hội nghị huy động vốn ban đầu năm 2014, các nước cam kết đóng góp khoảng 10,3 tỷ USD; riêng Mỹ cam kết 3 tỷ USD nhưng mới chuyển 1 tỷ USD thì chính quyền Tổng thống Donald Trump năm 2017 tuyên bố không đóng góp thêm. Nhật Bản, Anh, Đức và Pháp là những nhà tài trợ lớn của Quỹ. Quỹ cấp vốn dưới dạng viện trợ không hoàn lại, cho vay ưu đãi, bảo lãnh và góp vốn cổ phần.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Năm 2016, GCF phê duyệt dự án đầu tiên cho Việt Nam, do Chương trình Phát triển Liên hợp quốc (UNDP) thực hiện, nhằm tăng cường khả năng chống chịu của các cộng đồng ven biển trước bão và nước dâng.",
        ),
    ],
}

DOCS = [GQA_PEACE, GQB_HEALTH, GQC_IPCC, GQD_PLAN, GQE_GCF]


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "VỤ TRƯỞNG"."""
    return report_word(doc, ["VỤ TRƯỞNG", "(Đã ký và đóng dấu)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Môi trường" section."""
    return news_page(
        doc,
        section="Môi trường",
        time="09:15",
        menu=[("/kinh-te", "Kinh tế"), ("/quoc-te", "Quốc tế")],
        tags=[("/tag/ipcc", "IPCC"), ("/tag/bien-doi-khi-hau", "Biến đổi khí hậu")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan by heldout_kit.ministry_plan: signed "KT. CỤC TRƯỞNG / PHÓ CỤC TRƯỞNG", its own "Nơi nhận" lines."""
    return ministry_plan(
        doc,
        signature=["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "(đã ký)"],
        recipients=["- Bộ trưởng (để b/c);", "- Lưu: VT, HTQT."],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": render_word,
            "news": render_news,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="gq",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
