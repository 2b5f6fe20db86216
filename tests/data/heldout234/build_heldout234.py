"""Build the two hundred thirty-fourth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout234/build_heldout234.py [--check]

Five short documents on Vietnam and the UN human rights treaties (a journal article from the accessions of
1982 to the Convention against Torture and the UPR, the Ministry of Public Security's legal department's
report on the first half of 2025, a news page on Vietnam's signature of the Convention against Torture in
New York on 7/11/2013, a (fictitious) Foreign Ministry department plan for 2026, an encyclopedia entry on the
Convention against Torture). Facts are well-established; authors, journal, page numbers, document numbers,
the report's and the plan's items and all quoted words are invented. Events, citations and questions gold
are written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the
documents.
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

DYA_JOURNAL = {
    "id": "dya",
    "shape": "journal",
    "header": "TẠP CHÍ NHÂN QUYỀN VÀ PHÁP LUẬT – Số 2 (2025)",
    "first_page": 15,
    "break_after": 9,
    "blocks": [
        ("title", "VIỆT NAM VỚI CÁC CÔNG ƯỚC CƠ BẢN CỦA LIÊN HỢP QUỐC VỀ QUYỀN CON NGƯỜI"),
        ("author", "Tạ Minh Khuê"),
        ("affiliation", "Viện Quyền con người, Học viện Chính trị quốc gia Hồ Chí Minh"),
        (
            "abstract",
            "Bài viết khái quát quá trình Việt Nam tham gia các công ước cơ bản về quyền con người và thực hiện nghĩa vụ báo cáo trước các cơ chế của Liên hợp quốc.",
            "vi",
        ),
        ("keywords", "quyền con người; Công ước chống tra tấn; UPR; Liên hợp quốc", "vi"),
        ("heading", "1. Những bước đi đầu tiên", 1),
        (
            "paragraph",
            "Ngày 17/2/1982, Việt Nam phê chuẩn Công ước về xóa bỏ mọi hình thức phân biệt đối xử với phụ nữ (CEDAW). Cũng trong năm đó, ngày 24/9/1982, nước ta gia nhập cùng lúc Công ước quốc tế về các quyền dân sự và chính trị và Công ước quốc tế về các quyền kinh tế, xã hội và văn hóa. Tháng 2/1990, Việt Nam trở thành nước đầu tiên ở châu Á và thứ hai trên thế giới phê chuẩn Công ước về quyền trẻ em (Vương Thị Hạnh, 2017, tr. 61).",
        ),
        ("heading", "2. Công ước chống tra tấn", 1),
        (
            "paragraph",
            "Việt Nam ký Công ước chống tra tấn ngày 7/11/2013 tại New York; chỉ năm ngày sau, ta lần đầu được bầu vào Hội đồng Nhân quyền. Ngày 28/11/2014, Quốc hội thông qua nghị quyết phê chuẩn Công ước này, cùng ngày phê chuẩn Công ước về quyền của người khuyết tật. Báo cáo quốc gia lần thứ nhất về thực hiện Công ước được Ủy ban chống tra tấn xem xét tại Giơ-ne-vơ vào tháng 11/2018 (Ngô Đức Toàn, 2020).",
        ),
        ("heading", "3. Cơ chế rà soát định kỳ phổ quát", 1),
        (
            "paragraph",
            "Đến nay, Việt Nam đã trải qua bốn chu kỳ của Cơ chế rà soát định kỳ phổ quát (UPR), gần nhất vào tháng 5/2024. Một nhà nghiên cứu nhận định UPR là “diễn đàn để ta chủ động nói về thành tựu của mình, không chỉ nghe góp ý” (Đàm Thu Hương, 2024, tr. 33). Tuy vậy, Việt Nam chưa tham gia Nghị định thư không bắt buộc của Công ước chống tra tấn; ta cần tiếp tục đối thoại thẳng thắn với các cơ chế của Liên hợp quốc.",
        ),
    ],
}

DYB_REPORT = {
    "id": "dyb",
    "shape": "word",
    "head": [
        "BỘ CÔNG AN",
        "CỤC PHÁP CHẾ VÀ CẢI CÁCH HÀNH CHÍNH, TƯ PHÁP",
        "Số: 86/BC-V03",
        "Hà Nội, ngày 10 tháng 6 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả thực hiện Công ước chống tra tấn 6 tháng đầu năm 2025,",
        "nhiệm vụ 6 tháng cuối năm",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Kết quả thực hiện Công ước chống tra tấn 6 tháng đầu năm 2025, nhiệm vụ 6 tháng cuối năm",
        ),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Tháng 3/2025, Cục phối hợp với Chương trình Phát triển Liên hợp quốc (UNDP) tổ chức hội thảo về phòng ngừa tra tấn trong hoạt động điều tra, có 120 cán bộ tham dự.",
        ),
        (
            "list_item",
            "2. Tháng 2/2025, Cục cử cán bộ tham dự khóa tập huấn về kỹ năng điều tra do Cảnh sát quốc gia Hàn Quốc tổ chức tại Xơ-un.",
        ),
        (
            "list_item",
            "3. Từ ngày 14 đến ngày 19/4/2025, đoàn công tác của Bộ sang Thụy Điển và Na Uy tìm hiểu kinh nghiệm quản lý trại giam và bảo đảm quyền của người bị tạm giữ.",
        ),
        (
            "list_item",
            "4. Cục đã hoàn thành dự thảo Báo cáo quốc gia lần thứ hai về thực hiện Công ước, dự kiến gửi Ủy ban chống tra tấn của Liên hợp quốc trong năm nay.",
        ),
        (
            "list_item",
            "5. Tháng trước, Lãnh đạo Cục tiếp đoàn Đại sứ quán Ô-xtrây-li-a trao đổi về đào tạo kỹ năng hỏi cung; phía Ô-xtrây-li-a chưa cam kết tài trợ cho giai đoạn mới.",
        ),
        (
            "list_item",
            "6. Cục đã biên soạn, phát hành 5.000 cuốn tài liệu hỏi – đáp về Công ước cho công an cấp xã và các trại tạm giam.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM", 1),
        (
            "list_item",
            "1. Cử cán bộ tham gia đoàn liên ngành tại vòng Đối thoại Nhân quyền Việt Nam – EU tổ chức tại Brúc-xen.",
        ),
        (
            "list_item",
            "2. Phối hợp với Văn phòng Cao ủy Liên hợp quốc về nhân quyền (OHCHR) tổ chức tập huấn cho công an các tỉnh biên giới.",
        ),
        (
            "list_item",
            "3. Hoàn thiện, trình Lãnh đạo Bộ dự thảo Báo cáo quốc gia lần thứ hai trước ngày 30/9/2025.",
        ),
        (
            "list_item",
            "4. Tổng kết 10 năm thực hiện Công ước trong Công an nhân dân, đề xuất khen thưởng tập thể, cá nhân có thành tích.",
        ),
    ],
}

DYC_NEWS = {
    "id": "dyc",
    "shape": "news",
    "date": "2013-11-08",
    "stamp": "Thứ Sáu, 08/11/2013 - 07:30",
    "blocks": [
        ("title", "Việt Nam ký Công ước chống tra tấn"),
        (
            "paragraph",
            "New York (TTXVN) – Ngày 7/11 (giờ địa phương), tại trụ sở Liên hợp quốc, Đại sứ Lê Hoài Trung, Trưởng Phái đoàn đại diện thường trực Việt Nam tại Liên hợp quốc, đã thay mặt Nhà nước ta ký Công ước chống tra tấn và các hình thức đối xử hoặc trừng phạt tàn bạo, vô nhân đạo hoặc hạ nhục con người.",
        ),
        ("heading", "Bước tiếp theo là phê chuẩn", 1),
        (
            "paragraph",
            "Phát biểu sau lễ ký, Đại sứ Lê Hoài Trung cho biết việc ký Công ước “thể hiện cam kết nhất quán của Việt Nam trong việc bảo vệ và thúc đẩy quyền con người”. Công ước sẽ được trình Quốc hội xem xét phê chuẩn. Theo các chuyên gia pháp lý, khi đó Việt Nam sẽ phải rà soát Bộ luật Hình sự và Bộ luật Tố tụng hình sự để nội luật hóa các quy định của Công ước. Trước đó, tháng 10/2007, Việt Nam đã ký Công ước về quyền của người khuyết tật.",
        ),
        (
            "paragraph",
            "Công ước chống tra tấn được Đại hội đồng Liên hợp quốc thông qua ngày 10/12/1984 và có hiệu lực từ ngày 26/6/1987. Hiện Việt Nam là thành viên của năm trong chín công ước cơ bản về quyền con người của Liên hợp quốc.",
        ),
        ("heading", "Ứng cử Hội đồng Nhân quyền", 1),
        (
            "paragraph",
            "Ngày 12/11 tới, Đại hội đồng sẽ bỏ phiếu bầu thành viên Hội đồng Nhân quyền nhiệm kỳ 2014 – 2016. Đây là lần đầu tiên Việt Nam ứng cử vào cơ quan này, với sự ủng hộ của Nhóm châu Á – Thái Bình Dương.",
        ),
    ],
}

DYD_PLAN = {
    "id": "dyd",
    "shape": "plan",
    "head": [
        f"{'BỘ NGOẠI GIAO':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'VỤ CÁC TỔ CHỨC QUỐC TẾ':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 07/KH-TCQT':<40}Hà Nội, ngày 15 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Thực hiện nghĩa vụ báo cáo theo các công ước quốc tế",
        "về quyền con người năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Thực hiện nghĩa vụ báo cáo theo các công ước quốc tế về quyền con người năm 2026",
        ),
        (
            "paragraph",
            "Nhằm phát huy kết quả nhiệm kỳ thành viên Hội đồng Nhân quyền Liên hợp quốc 2023 – 2025 và thực hiện đầy đủ nghĩa vụ của quốc gia thành viên, Vụ Các tổ chức quốc tế xây dựng Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "paragraph",
            "Năm ngoái, Vụ đã phối hợp với Văn phòng Cao ủy Liên hợp quốc về nhân quyền (OHCHR) tổ chức ba hội thảo về thực hiện khuyến nghị UPR chu kỳ IV. Đề xuất đón chuyên gia của Ủy ban chống tra tấn sang trao đổi chưa được thực hiện do trùng lịch làm việc.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Chuẩn bị để đoàn liên ngành bảo vệ Báo cáo quốc gia lần thứ hai về thực hiện Công ước chống tra tấn trước Ủy ban chống tra tấn tại Giơ-ne-vơ, dự kiến vào tháng 11.",
        ),
        (
            "list_item",
            "2. Tổ chức Đối thoại Nhân quyền Việt Nam – Ô-xtrây-li-a tại Hà Nội trong quý II.",
        ),
        (
            "list_item",
            "3. Đề nghị UNDP tiếp tục hỗ trợ kỹ thuật cho việc xây dựng cơ sở dữ liệu theo dõi thực hiện khuyến nghị.",
        ),
        (
            "list_item",
            "4. Chưa đề xuất gia nhập Nghị định thư không bắt buộc của Công ước chống tra tấn trong năm 2026.",
        ),
        (
            "list_item",
            "5. Cử đoàn tham dự khóa họp thường kỳ lần thứ 61 của Hội đồng Nhân quyền tại Giơ-ne-vơ.",
        ),
        (
            "paragraph",
            "Phòng Quyền con người là đầu mối theo dõi, tổng hợp tình hình thực hiện Kế hoạch và báo cáo Lãnh đạo Bộ trước ngày 15/12/2026.",
        ),
    ],
}

DYE_ENTRY = {
    "id": "dye",
    "shape": "entry",
    "blocks": [
        ("title", "Công ước chống tra tấn"),
        (
            "paragraph",
            "Công ước chống tra tấn và các hình thức đối xử hoặc trừng phạt tàn bạo, vô nhân đạo hoặc hạ nhục con người (CAT) là một trong chín công ước cơ bản về quyền con người của Liên hợp quốc. Công ước cấm tuyệt đối việc tra tấn, kể cả trong tình trạng chiến tranh hay khẩn cấp.",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "Công ước được Đại hội đồng Liên hợp quốc thông qua ngày 10/12/1984, mở để ký từ ngày 4/2/1985 và có hiệu lực từ ngày 26/6/1987. Hoa Kỳ phê chuẩn Công ước năm 1994. Ngày 18/12/2002, Đại hội đồng thông qua Nghị định thư không bắt buộc (OPCAT), lập Tiểu ban phòng ngừa tra tấn; Nghị định thư có hiệu lực năm 2006.",
        ),
        ("heading", "Ủy ban chống tra tấn", 1),
        (
            "paragraph",
            "Ủy ban gồm mười chuyên gia độc lập, được các quốc gia thành viên bầu với nhiệm kỳ bốn năm, họp tại Giơ-ne-vơ. Ủy ban xem xét báo cáo định kỳ của các quốc gia thành viên và đưa ra khuyến nghị. Theo Điều 20, Ủy ban có thể tiến hành điều tra bí mật khi nhận được thông tin đáng tin cậy về việc tra tấn có hệ thống tại một quốc gia thành viên. Ngày 26/6 hằng năm là Ngày quốc tế ủng hộ nạn nhân bị tra tấn.",
        ),
        ("heading", "Việt Nam", 1),
        (
            "paragraph",
            "Hiến pháp năm 2013 của Việt Nam quy định nghiêm cấm tra tấn. Việt Nam ký Công ước ngày 7/11/2013 và Quốc hội phê chuẩn ngày 28/11/2014. Báo cáo quốc gia lần thứ nhất của Việt Nam được Ủy ban xem xét vào tháng 11/2018. Việt Nam chưa là thành viên của OPCAT.",
        ),
    ],
}

DOCS = [DYA_JOURNAL, DYB_REPORT, DYC_NEWS, DYD_PLAN, DYE_ENTRY]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, page numbers "Trang N" at the left."""
    return headed_journal(doc, page_label="Trang {}", align="<")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends, lines wrapped at 74 columns, a blank line after every line."""
    return word_text(doc, 74, ["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page by the agency's detail template (heldout_kit.news_page)."""
    return news_page(
        doc,
        "Chính trị",
        "07:30",
        [("/chinh-tri", "Chính trị"), ("/the-gioi", "Thế giới")],
        [("/tag/lien-hop-quoc", "Liên hợp quốc"), ("/tag/nhan-quyen", "Nhân quyền")],
    )


def render_plan(doc: dict) -> str:
    """A plan: the two-column issuer/motto block, the centred title, "Nơi nhận" beside the signature."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Lãnh đạo Bộ (để báo cáo);", "- Lưu: VT, TCQT."],
        ["VỤ TRƯỞNG", "", "(đã ký)"],
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
        prefix="dy",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
