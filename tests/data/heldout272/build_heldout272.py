"""Build the two hundred seventy-second held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout272/build_heldout272.py [--check]

Five short documents on Vietnam in the United Nations Security Council: a journal article on Vietnam's two
terms as a non-permanent member (2008 – 2009 and 2020 – 2021), a (fictitious) year-end report for 2021 of the
Diplomatic Academy's support for the second term (Word "save as text"), a news page on the open debate on the
UN Charter that Vietnam chaired in January 2020, a (fictitious) university plan for 2026 on a conference and a
Model UN, and an encyclopedia entry on the Security Council. Facts are well-established; authors, journal,
page numbers, document numbers, the report's and plan's items and quoted words are invented. Gold is written
by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
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

HWA_UNSC = {
    "id": "hwa",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU QUỐC TẾ VÀ ĐA PHƯƠNG – Số 2 (2023)",
    "first_page": 31,
    "break_after": 6,
    "blocks": [
        (
            "title",
            "HAI NHIỆM KỲ ỦY VIÊN KHÔNG THƯỜNG TRỰC HỘI ĐỒNG BẢO AN: DẤU ẤN CỦA NGOẠI GIAO ĐA PHƯƠNG VIỆT NAM",
        ),
        ("author", "Phan Thị Minh Nguyệt"),
        ("affiliation", "Viện Nghiên cứu Chiến lược Ngoại giao"),
        (
            "abstract",
            "Bài viết so sánh hai nhiệm kỳ Ủy viên không thường trực Hội đồng Bảo an Liên hợp quốc của Việt Nam và rút ra một số bài học.",
            "vi",
        ),
        ("keywords", "Hội đồng Bảo an; Liên hợp quốc; ngoại giao đa phương; Nghị quyết 2573", "vi"),
        ("heading", "1. Nhiệm kỳ 2008 – 2009", 1),
        (
            "paragraph",
            "Ngày 16/10/2007, Đại hội đồng Liên hợp quốc bầu Việt Nam làm Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2008 – 2009 với 183/190 phiếu thuận (Nguyễn Văn Thạch, 2011, tr. 19). Trong nhiệm kỳ đầu tiên, nước ta hai lần giữ chức Chủ tịch Hội đồng, vào tháng 7/2008 và tháng 10/2009.",
        ),
        ("heading", "2. Nhiệm kỳ 2020 – 2021", 1),
        (
            "paragraph",
            "Ngày 7/6/2019, Việt Nam trúng cử nhiệm kỳ thứ hai với số phiếu gần như tuyệt đối, 192/193. Tháng 1/2020, Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh chủ trì phiên thảo luận mở cấp cao về tôn trọng Hiến chương Liên hợp quốc. Tháng 4/2021, Chủ tịch nước Nguyễn Xuân Phúc chủ trì theo hình thức trực tuyến phiên thảo luận mở cấp cao về vai trò của các tổ chức khu vực trong xây dựng lòng tin và đối thoại nhằm phòng ngừa xung đột; ngày 27/4/2021, Hội đồng nhất trí thông qua Nghị quyết 2573 do Việt Nam đề xuất về bảo vệ các cơ sở hạ tầng thiết yếu đối với cuộc sống của người dân trong xung đột vũ trang. Một nhà nghiên cứu gọi đó là “dấu ấn pháp lý đầu tiên mang tên Việt Nam tại Hội đồng” (Lê Hoàng Long, 2022, tr. 47).",
        ),
        ("heading", "3. Bài học", 1),
        (
            "paragraph",
            "Đến nay, Việt Nam chưa chính thức công bố ứng cử nhiệm kỳ tiếp theo. Trong thời gian tới, ta cần chuẩn bị sớm nguồn nhân lực cho những lần ứng cử sau (Trịnh Đức Hải, 2023).",
        ),
    ],
}

HWB_HVNG = {
    "id": "hwb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "HỌC VIỆN NGOẠI GIAO",
        "Số: 214/BC-HVNG",
        "Hà Nội, ngày 27 tháng 12 năm 2021",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả nghiên cứu, đào tạo phục vụ nhiệm kỳ Ủy viên không thường trực Hội đồng Bảo an năm 2021",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Kết quả nghiên cứu, đào tạo phục vụ nhiệm kỳ Ủy viên không thường trực Hội đồng Bảo an năm 2021",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2021", 1),
        (
            "list_item",
            "1. Tháng 3/2021, Học viện phối hợp với Đại sứ quán Na Uy tổ chức hội thảo trực tuyến về phụ nữ, hòa bình và an ninh, thu hút 240 đại biểu.",
        ),
        (
            "list_item",
            "2. Tiếp đoàn chuyên gia của Viện Nghiên cứu Hòa bình Quốc tế Xtốc-khôm (Thụy Điển) sang trao đổi về hành động bom mìn nhân đạo.",
        ),
        (
            "list_item",
            "3. Tháng 9/2021, ký biên bản ghi nhớ về hợp tác nghiên cứu với Học viện Ngoại giao thuộc Bộ Ngoại giao Liên bang Nga.",
        ),
        (
            "list_item",
            "4. Tiếp nhận 40.000 USD do Quỹ Châu Á (Hoa Kỳ) tài trợ cho chương trình bồi dưỡng cán bộ về ngoại giao đa phương.",
        ),
        (
            "list_item",
            "5. Khóa tập huấn về Hội đồng Bảo an cho cán bộ ngoại giao các nước ASEAN dự kiến tổ chức trong tháng 11 chưa thực hiện được do dịch COVID-19.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2022", 1),
        (
            "list_item",
            "1. Trong quý II, cử đoàn nghiên cứu sang Ai-len và Na Uy, hai nước đang là Ủy viên không thường trực, trao đổi kinh nghiệm.",
        ),
        (
            "list_item",
            "2. Mời Đại sứ Ấn Độ tại Việt Nam nói chuyện chuyên đề về cải tổ Hội đồng Bảo an.",
        ),
        (
            "list_item",
            "3. Tổ chức khóa tập huấn cho cán bộ ngoại giao các nước ASEAN ngay khi điều kiện cho phép.",
        ),
        (
            "paragraph",
            "Trên đây là báo cáo kết quả nghiên cứu, đào tạo phục vụ nhiệm kỳ Ủy viên không thường trực Hội đồng Bảo an năm 2021 của Học viện Ngoại giao.",
        ),
    ],
}

HWC_NEWS = {
    "id": "hwc",
    "shape": "news",
    "date": "2020-01-10",
    "stamp": "Thứ Sáu, 10/01/2020 - 07:45",
    "blocks": [
        ("title", "Việt Nam chủ trì phiên thảo luận mở cấp cao đầu tiên tại Hội đồng Bảo an"),
        (
            "paragraph",
            "Niu Oóc (TTXVN) – Ngày 9/1 (giờ địa phương), tại trụ sở Liên hợp quốc, Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh đã chủ trì phiên thảo luận mở cấp cao của Hội đồng Bảo an với chủ đề “Tôn trọng Hiến chương Liên hợp quốc trong duy trì hòa bình và an ninh quốc tế”.",
        ),
        ("heading", "Tháng Chủ tịch đầu tiên", 1),
        (
            "paragraph",
            "Đây là hoạt động chủ chốt trong tháng Việt Nam đảm nhiệm cương vị Chủ tịch Hội đồng Bảo an, chỉ hơn một tuần sau khi nước ta chính thức bắt đầu nhiệm kỳ Ủy viên không thường trực 2020 – 2021. Cùng trúng cử nhiệm kỳ này với Việt Nam có Ê-xtô-ni-a, Ni-giê, Tuy-ni-di và Xanh Vin-xen và Grê-na-đin.",
        ),
        (
            "paragraph",
            "Tổng Thư ký Liên hợp quốc António Guterres và nguyên Tổng Thư ký Ban Ki-moon đã phát biểu tại phiên họp. Bên lề phiên họp, Phó Thủ tướng Phạm Bình Minh đã hội kiến Tổng Thư ký Guterres.",
        ),
        ("heading", "Thúc đẩy hợp tác với ASEAN", 1),
        (
            "paragraph",
            "Trong tháng 1, với tư cách đồng thời là Chủ tịch ASEAN năm 2020, Việt Nam dự kiến tổ chức một phiên họp của Hội đồng về hợp tác giữa Liên hợp quốc và ASEAN. Phát biểu kết luận, Phó Thủ tướng khẳng định Việt Nam phản đối việc áp đặt các biện pháp trừng phạt đơn phương trái với luật pháp quốc tế.",
        ),
    ],
}

HWD_PLAN = {
    "id": "hwd",
    "shape": "plan",
    "head": [
        f"{'ĐẠI HỌC QUỐC GIA TP. HỒ CHÍ MINH':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'TRƯỜNG ĐẠI HỌC KHOA HỌC XÃ HỘI':<40}Độc lập - Tự do - Hạnh phúc",
        "VÀ NHÂN VĂN",
        f"{'Số: 318/KH-XHNV':<40}TP. Hồ Chí Minh, ngày 15 tháng 12 năm 2025",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hoạt động học thuật về Liên hợp quốc và Hội đồng Bảo an năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hoạt động học thuật về Liên hợp quốc và Hội đồng Bảo an năm 2026"),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "paragraph",
            "Tháng 5/2025, Khoa Quan hệ quốc tế đã phối hợp với Tổng Lãnh sự quán Hoa Kỳ tại Thành phố Hồ Chí Minh tổ chức Hội nghị mô phỏng Liên hợp quốc cho 300 sinh viên. Đề án trao đổi giảng viên với Đại học Quốc gia Xin-ga-po chưa được triển khai.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 4/2026, tổ chức Hội thảo quốc tế “Việt Nam với Hội đồng Bảo an: bài học từ hai nhiệm kỳ”, mời diễn giả từ Ê-xtô-ni-a và Tuy-ni-di.",
        ),
        (
            "list_item",
            "2. Ký thỏa thuận hợp tác với Đại học Giơ-ne-vơ (Thụy Sĩ) về đào tạo luật quốc tế.",
        ),
        (
            "list_item",
            "3. Cử 10 sinh viên tham dự Hội nghị mô phỏng Liên hợp quốc tại Niu Oóc (Hoa Kỳ) vào tháng 3/2026.",
        ),
        (
            "list_item",
            "4. Đề nghị Văn phòng Điều phối viên thường trú Liên hợp quốc tại Việt Nam hỗ trợ tài liệu và diễn giả cho hội thảo.",
        ),
        (
            "paragraph",
            "Khoa Quan hệ quốc tế chủ trì thực hiện Kế hoạch; Phòng Hợp tác quốc tế phối hợp và tổng hợp kết quả báo cáo Hiệu trưởng.",
        ),
    ],
}

HWE_ENTRY = {
    "id": "hwe",
    "shape": "entry",
    "blocks": [
        ("title", "Hội đồng Bảo an Liên hợp quốc"),
        (
            "paragraph",
            "Hội đồng Bảo an Liên hợp quốc là một trong sáu cơ quan chính của Liên hợp quốc, chịu trách nhiệm chính trong việc duy trì hòa bình và an ninh quốc tế. Hội đồng họp phiên đầu tiên ngày 17/1/1946 tại Luân Đôn (Anh).",
        ),
        ("heading", "Thành phần", 1),
        (
            "paragraph",
            "Hội đồng có 15 thành viên: năm Ủy viên thường trực có quyền phủ quyết là Trung Quốc, Pháp, Nga, Anh và Hoa Kỳ, cùng 10 Ủy viên không thường trực do Đại hội đồng bầu với nhiệm kỳ hai năm. Số Ủy viên không thường trực được nâng từ sáu lên mười từ năm 1965. Tháng 12/1991, Liên bang Nga kế thừa ghế thường trực của Liên Xô. Chức Chủ tịch Hội đồng luân phiên hằng tháng theo thứ tự chữ cái tên tiếng Anh của các thành viên.",
        ),
        ("heading", "Việt Nam và Hội đồng Bảo an", 1),
        (
            "paragraph",
            "Việt Nam trở thành thành viên Liên hợp quốc ngày 20/9/1977 và hai lần được bầu làm Ủy viên không thường trực, nhiệm kỳ 2008 – 2009 và 2020 – 2021. Việt Nam ủng hộ cải tổ Hội đồng Bảo an theo hướng dân chủ, minh bạch và đại diện hơn.",
        ),
    ],
}

DOCS = [HWA_UNSC, HWB_HVNG, HWC_NEWS, HWD_PLAN, HWE_ENTRY]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "- N -" page numbers centred."""
    return headed_journal(doc, title=56, page_label="- {} -", align="^")


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word at 70 columns, signed "GIÁM ĐỐC"."""
    return report_word(doc, ["GIÁM ĐỐC", "(Đã ký)"], width=70)


def render_news(doc: dict) -> str:
    """The agency's detail page (heldout_kit.news_page) in its "Thế giới" section."""
    return news_page(
        doc,
        section="Thế giới",
        time="07:45",
        menu=[("/the-gioi", "Thế giới"), ("/chinh-tri", "Chính trị")],
        tags=[("/tag/hdba", "Hội đồng Bảo an"), ("/tag/lhq", "Liên hợp quốc")],
    )


def render_plan(doc: dict) -> str:
    """A plan by heldout_kit.ministry_plan: signed "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG", its own "Nơi nhận"
    lines."""
    return ministry_plan(
        doc,
        signature=["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "(đã ký)"],
        recipients=["- ĐHQG-HCM (để b/c);", "- Khoa QHQT, P.HTQT;", "- Lưu: VT."],
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
        prefix="hw",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
