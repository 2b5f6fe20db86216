"""Build the 168th held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout168/build_heldout168.py [--check]

Five short documents on Vietnam and the World Health Organization: cooperation against emerging diseases from
SARS (2003) to the Pandemic Agreement (2025), the (invented) year-end report of the Pasteur Institute in Hồ Chí
Minh City for 2024, the WHO's announcement that Vietnam had contained SARS (Hà Nội, 28/4/2003), a (fictitious)
Ministry of Health plan for health-security cooperation with the WHO in 2026 and an encyclopedia entry on the
WHO. Facts are well-established; authors, journal, page numbers, document numbers, quoted words and the report's
and plan's items are invented. Events, citations and questions gold are written by hand; ``--check`` verifies
that every gold evidence, quote and citation occurs in the documents.
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
    news_page,
    plan_text,
    word_text,
)

LYA_WHO = {
    "id": "lya",
    "shape": "journal",
    "header": "Tạp chí Y học dự phòng và Sức khỏe toàn cầu, Tập 35, Số 1 – 2025",
    "first_page": 118,
    "break_after": 11,
    "blocks": [
        ("title", "HỢP TÁC VIỆT NAM – TỔ CHỨC Y TẾ THẾ GIỚI TRONG PHÒNG, CHỐNG DỊCH BỆNH MỚI NỔI"),
        ("author", "Trần Thị Hồng Nhung"),
        ("affiliation", "Viện Vệ sinh dịch tễ Trung ương"),
        (
            "abstract",
            "Bài viết phân tích hợp tác giữa Việt Nam và Tổ chức Y tế Thế giới qua ba giai đoạn: dịch SARS năm 2003, cúm gia cầm và đại dịch COVID-19, từ đó gợi mở hướng tham gia Hiệp định về đại dịch.",
            "vi",
        ),
        ("keywords", "WHO; SARS; COVID-19; an ninh y tế; Hiệp định về đại dịch", "vi"),
        ("heading", "1. Bài học SARS", 1),
        (
            "paragraph",
            "Cuối tháng 2/2003, bác sĩ Carlo Urbani, chuyên gia người I-ta-li-a của Tổ chức Y tế Thế giới (WHO), là người đầu tiên cảnh báo về một bệnh viêm phổi lạ tại Bệnh viện Việt – Pháp Hà Nội; ông qua đời vì chính căn bệnh này ngày 29/3/2003 tại Băng Cốc. Với sự hỗ trợ của các chuyên gia WHO, Việt Nam cách ly triệt để người bệnh và ngày 28/4/2003 trở thành nước đầu tiên được WHO công nhận đã khống chế thành công SARS (Lương Minh Hòa, 2004, tr. 15).",
        ),
        ("heading", "2. Từ cúm gia cầm đến COVID-19", 1),
        (
            "paragraph",
            "Năm 2000, Việt Nam cùng các nước trong khu vực Tây Thái Bình Dương được WHO chứng nhận thanh toán bệnh bại liệt. Khi dịch cúm A(H5N1) bùng phát từ cuối năm 2003, WHO và Tổ chức Nông lương Liên hợp quốc (FAO) đã cử nhiều đoàn chuyên gia sang hỗ trợ nước ta giám sát dịch (Đinh Thu Trang, 2010). Trong đại dịch COVID-19, Việt Nam nhận hàng chục triệu liều vắc xin qua Cơ chế COVAX, đồng thời viện trợ vật tư y tế cho Lào, Cam-pu-chia và nhiều nước châu Âu.",
        ),
        ("heading", "3. Hướng tới Hiệp định về đại dịch", 1),
        (
            "paragraph",
            "Ngày 20/5/2025, Đại hội đồng Y tế Thế giới lần thứ 78 đã thông qua Hiệp định về đại dịch, trong khi Hoa Kỳ, nhà tài trợ lớn nhất của WHO, đã tuyên bố rút khỏi tổ chức từ đầu năm. Theo một nhà nghiên cứu, WHO “cần Việt Nam như một hình mẫu về phản ứng sớm và minh bạch” (Vũ Hoàng Lan, 2025, tr. 9). Việt Nam chưa ký Hiệp định, vì văn kiện này chỉ được mở ký sau khi Phụ lục về tiếp cận mầm bệnh và chia sẻ lợi ích được thông qua.",
        ),
    ],
}

LYB_PASTEUR = {
    "id": "lyb",
    "shape": "word",
    "head": [
        "BỘ Y TẾ",
        "VIỆN PASTEUR THÀNH PHỐ HỒ CHÍ MINH",
        "Số: 512/BC-PAS",
        "Thành phố Hồ Chí Minh, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Công tác hợp tác quốc tế năm 2024 và kế hoạch năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Công tác hợp tác quốc tế năm 2024 và kế hoạch năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Viện tiếp tục phối hợp với Văn phòng WHO tại Việt Nam giám sát cúm và sốt xuất huyết tại các tỉnh phía Nam; WHO hỗ trợ sinh phẩm xét nghiệm cho phòng thí nghiệm cúm của Viện.",
        ),
        (
            "list_item",
            "2. Tháng 5/2024, Viện đón đoàn công tác của Trung tâm Kiểm soát và Phòng ngừa dịch bệnh Hoa Kỳ (CDC) sang làm việc; hai bên ký kế hoạch hợp tác về an toàn sinh học giai đoạn 2024 – 2026.",
        ),
        (
            "list_item",
            "3. Từ ngày 9 đến ngày 13/9/2024, đoàn cán bộ do Viện trưởng dẫn đầu thăm và làm việc tại Viện Pasteur Paris (Pháp); hai bên thống nhất gia hạn thỏa thuận hợp tác đào tạo đến năm 2029.",
        ),
        (
            "list_item",
            "4. Dự án nâng cao năng lực xét nghiệm do Cơ quan Hợp tác quốc tế Nhật Bản (JICA) tài trợ đã kết thúc vào tháng 10 và được đánh giá đạt mục tiêu.",
        ),
        (
            "list_item",
            "5. Đề xuất nghiên cứu chung về bệnh tay chân miệng với Đại học Quốc gia Xinh-ga-po chưa được phía bạn phê duyệt.",
        ),
        ("heading", "II. KẾ HOẠCH NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 2 năm sau, cử cán bộ tham dự khóa đào tạo về giải trình tự gen tại Viện Pasteur Cam-pu-chia.",
        ),
        (
            "list_item",
            "2. Phối hợp với WHO tổ chức hội thảo khu vực về giám sát cúm, mời chuyên gia các nước Mê Công tham dự.",
        ),
        (
            "list_item",
            "3. Đề nghị CDC Hoa Kỳ tiếp tục tài trợ chương trình giám sát viêm não Nhật Bản.",
        ),
    ],
}

LYC_SARS = {
    "id": "lyc",
    "shape": "news",
    "date": "2003-04-29",
    "stamp": "Thứ Ba, 29/04/2003 - 08:00",
    "blocks": [
        ("title", "WHO công nhận Việt Nam khống chế thành công dịch SARS"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Chiều 28/4, Tổ chức Y tế Thế giới (WHO) chính thức công bố Việt Nam là nước đầu tiên trên thế giới khống chế thành công dịch Hội chứng hô hấp cấp tính nặng (SARS).",
        ),
        ("heading", "20 ngày không có ca mới", 1),
        (
            "paragraph",
            "Theo WHO, Việt Nam đã không ghi nhận ca mắc mới trong 20 ngày liên tiếp, gấp đôi thời gian ủ bệnh tối đa. Từ cuối tháng 2 đến đầu tháng 4, cả nước có 63 người mắc, trong đó 5 người tử vong. Tại cuộc họp báo ở Hà Nội, đại diện WHO đánh giá cao sự minh bạch của Chính phủ Việt Nam và sự phối hợp chặt chẽ giữa ngành y tế với các chuyên gia quốc tế.",
        ),
        (
            "paragraph",
            "Trong thời gian chống dịch, WHO, Nhật Bản và Pháp đã hỗ trợ Việt Nam chuyên gia và trang thiết bị bảo hộ. Hôm 26/4, Bộ trưởng Y tế Trần Thị Trung Chiến đã dự Hội nghị đặc biệt các Bộ trưởng Y tế ASEAN+3 về SARS tại Cu-a-la Lăm-pơ.",
        ),
        ("heading", "Không chủ quan", 1),
        (
            "paragraph",
            "Bộ Y tế cho biết sẽ tiếp tục kiểm soát chặt chẽ các cửa khẩu, nhất là trên tuyến biên giới phía Bắc, vì dịch vẫn đang lan rộng ở một số nước trong khu vực. Ngày mai (29/4), lãnh đạo các nước ASEAN và Trung Quốc sẽ họp cấp cao đặc biệt tại Băng Cốc để bàn biện pháp phối hợp ngăn chặn SARS; Việt Nam sẽ cử đoàn cấp cao tham dự.",
        ),
    ],
}

LYD_PLAN = {
    "id": "lyd",
    "shape": "plan",
    "head": [
        f"{'BỘ Y TẾ':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 37/KH-BYT':<40}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với Tổ chức Y tế Thế giới",
        "về an ninh y tế năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác với Tổ chức Y tế Thế giới về an ninh y tế năm 2026"),
        (
            "paragraph",
            "Nhằm thực hiện Điều lệ Y tế quốc tế (2005) và chuẩn bị cho việc tham gia Hiệp định về đại dịch, Bộ Y tế ban hành Kế hoạch hợp tác với Tổ chức Y tế Thế giới (WHO) năm 2026 như sau:",
        ),
        ("heading", "I. BỐI CẢNH", 1),
        (
            "paragraph",
            "Hiệp định về đại dịch được Đại hội đồng Y tế Thế giới thông qua tháng 5/2025 nhưng chưa được mở ký. Việc Hoa Kỳ rút khỏi WHO, có hiệu lực từ ngày 22/1/2026, làm giảm đáng kể nguồn lực của tổ chức. Năm ngoái, Văn phòng WHO tại Việt Nam đã hỗ trợ Bộ đánh giá năng lực thực hiện Điều lệ Y tế quốc tế tại 10 tỉnh, thành phố.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Tháng 5 năm nay, Bộ trưởng dẫn đầu đoàn Việt Nam dự Đại hội đồng Y tế Thế giới lần thứ 79 tại Giơ-ne-vơ.",
        ),
        (
            "list_item",
            "2. Phối hợp với WHO tổ chức đánh giá ngoại kiểm chung về năng lực an ninh y tế quốc gia, dự kiến vào tháng 8.",
        ),
        (
            "list_item",
            "3. Đề nghị Hàn Quốc và Nhật Bản tiếp tục hỗ trợ xây dựng hệ thống phòng thí nghiệm an toàn sinh học cấp 3.",
        ),
        (
            "list_item",
            "4. Trình cấp có thẩm quyền cho phép ký Hiệp định về đại dịch ngay khi văn kiện được mở ký.",
        ),
        (
            "list_item",
            "5. Không đăng cai hội nghị khu vực của WHO trong năm 2026 do chưa bố trí được kinh phí.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế là đơn vị đầu mối, chủ trì phối hợp với các Cục, Vụ liên quan triển khai Kế hoạch này.",
        ),
    ],
}

LYE_ENTRY = {
    "id": "lye",
    "shape": "entry",
    "blocks": [
        ("title", "Tổ chức Y tế Thế giới"),
        (
            "paragraph",
            "Tổ chức Y tế Thế giới (WHO) là cơ quan chuyên môn của Liên hợp quốc về y tế, có trụ sở tại Giơ-ne-vơ (Thụy Sĩ). Hiến chương của tổ chức được đại diện 61 nước ký tại Niu Oóc ngày 22/7/1946 và có hiệu lực từ ngày 7/4/1948; ngày này về sau trở thành Ngày Sức khỏe thế giới.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "Năm 1949, Liên Xô và một số nước Đông Âu rút khỏi WHO; các nước này trở lại từ giữa những năm 1950. Tháng 5/1972, Đại hội đồng Y tế Thế giới công nhận Cộng hòa Nhân dân Trung Hoa là đại diện hợp pháp duy nhất của Trung Quốc tại tổ chức. Ngày 20/1/2025, Hoa Kỳ tuyên bố rút khỏi WHO; Ác-hen-ti-na cũng đưa ra quyết định tương tự vài tuần sau đó.",
        ),
        ("heading", "Hoạt động", 1),
        (
            "paragraph",
            "WHO có sáu văn phòng khu vực và do Tổng Giám đốc đứng đầu, người được Đại hội đồng Y tế Thế giới bầu với nhiệm kỳ năm năm; ông Tedros Adhanom Ghebreyesus, người Ê-ti-ô-pi-a, được bầu vào cương vị này lần đầu tháng 5/2017. Ngày 8/5/1980, Đại hội đồng Y tế Thế giới lần thứ 33 tuyên bố thanh toán bệnh đậu mùa trên toàn cầu. Năm 2005, các nước thành viên thông qua Điều lệ Y tế quốc tế sửa đổi, có hiệu lực từ năm 2007.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam thuộc Khu vực Tây Thái Bình Dương của WHO, có văn phòng khu vực đặt tại Ma-ni-la (Phi-líp-pin). Năm 2003, Việt Nam là nước đầu tiên được WHO công nhận đã khống chế thành công dịch SARS.",
        ),
    ],
}

DOCS = [LYA_WHO, LYB_PASTEUR, LYC_SARS, LYD_PLAN, LYE_ENTRY]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush right
    (heldout_kit.headed_journal: title at 44 columns, labels at 70, body at 70)."""
    return headed_journal(doc, title=44, label=70, body=70)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends, lines wrapped at 70 columns, an empty line after every line,
    the signature at the end."""
    return word_text(doc, 70, ["VIỆN TRƯỞNG", "(Đã ký và đóng dấu)"])


def render_news(doc: dict) -> str:
    """A news agency page (heldout_kit.news_page)."""
    return news_page(
        doc,
        section="Y tế",
        time="08:00",
        menu=[("/xa-hoi", "Xã hội"), ("/y-te", "Y tế")],
        tags=[("/tag/sars", "SARS"), ("/tag/who", "WHO")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: two-column issuer/motto block, centred three-line title, body at 76 columns,
    "Nơi nhận" and the signature block."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Văn phòng WHO tại Việt Nam;", "- Lưu: VT, HTQT."],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "(đã ký)"],
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
        prefix="ly",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
