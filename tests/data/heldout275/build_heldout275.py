"""Build the two hundred seventy-fifth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout275/build_heldout275.py [--check]

Five short documents on Vietnam in APEC and ASEM: a journal article on 25 years of Vietnam in APEC (admission
1998, the Hà Nội year 2006, the Đà Nẵng year 2017), a (fictitious) university institute's 2024 report on
cooperation with ASEM and APEC partners (Word "save as text"), a "Hỏi – Đáp" page of a city portal copied as
text (the new shape, replacing the news page: APEC business travel cards, Vietnam's APEC years, local
international agreements under the 2016 and 2020 laws, ASEM), a (fictitious) city plan for 2026 ahead of
APEC 2027, and an encyclopedia entry on ASEM. Facts are well-established; authors, journal, page numbers,
document numbers, citizens' names, the report's and plan's items and quoted words are invented. Gold is
written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
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
    report_word,
)

HZA_APEC = {
    "id": "hza",
    "shape": "journal",
    "header": "Tạp chí Châu Á – Thái Bình Dương, số 4/2023",
    "first_page": 112,
    "break_after": 7,
    "blocks": [
        ("title", "VIỆT NAM VÀ APEC: 25 NĂM TỪ THÀNH VIÊN MỚI ĐẾN CHỦ NHÀ HAI LẦN"),
        ("author", "Hà Minh Châu"),
        ("affiliation", "Học viện Chính trị khu vực III"),
        (
            "abstract",
            "Bài viết khái quát quá trình Việt Nam tham gia Diễn đàn Hợp tác kinh tế châu Á – Thái Bình Dương và hai lần đảm nhiệm vai trò chủ nhà.",
            "vi",
        ),
        ("keywords", "APEC; Năm APEC 2006; Năm APEC 2017; FTAAP", "vi"),
        ("heading", "1. Gia nhập", 1),
        (
            "paragraph",
            "Tháng 11/1998, tại Hội nghị Bộ trưởng APEC ở Cu-a-la Lăm-pơ (Ma-lai-xi-a), Việt Nam chính thức được kết nạp vào Diễn đàn Hợp tác kinh tế châu Á – Thái Bình Dương, cùng đợt với Nga và Pê-ru (Trần Thị Kim Oanh, 2008, tr. 15).",
        ),
        ("heading", "2. Hai lần đăng cai", 1),
        (
            "paragraph",
            "Năm 2006, lần đầu tiên nước ta đăng cai Năm APEC; Hội nghị các nhà Lãnh đạo kinh tế lần thứ 14 họp tại Hà Nội ngày 18 – 19/11/2006 và thông qua Chương trình hành động Hà Nội nhằm thực hiện các Mục tiêu Bô-go. Nhân dịp này, Tổng thống Hoa Kỳ George W. Bush thăm chính thức Việt Nam. Mười một năm sau, Đà Nẵng là nơi diễn ra Tuần lễ Cấp cao APEC 2017 với chủ đề “Tạo động lực mới, cùng vun đắp tương lai chung”. Bên lề Tuần lễ, các Bộ trưởng của 11 nước còn lại trong TPP đạt thỏa thuận về các nội dung cốt lõi và đổi tên Hiệp định thành CPTPP; ngay sau đó, Tổng thống Donald Trump và Chủ tịch Trung Quốc Tập Cận Bình lần lượt thăm cấp Nhà nước Việt Nam. Một nhà báo nước ngoài nhận xét Việt Nam đã “chứng tỏ mình là một chủ nhà tự tin” (Nguyễn Hải Yến, 2018, tr. 77).",
        ),
        ("heading", "3. Triển vọng", 1),
        (
            "paragraph",
            "Ý tưởng xây dựng Khu vực thương mại tự do châu Á – Thái Bình Dương (FTAAP) được thảo luận từ Hội nghị Hà Nội năm 2006 nhưng đến nay vẫn chưa được khởi động đàm phán. Việt Nam sẽ đăng cai Năm APEC lần thứ ba vào năm 2027 (Lâm Quốc Bảo, 2023).",
        ),
    ],
}

HZB_FTU = {
    "id": "hzb",
    "shape": "word",
    "head": [
        "TRƯỜNG ĐẠI HỌC NGOẠI THƯƠNG",
        "VIỆN KINH TẾ VÀ THƯƠNG MẠI QUỐC TẾ",
        "Số: 58/BC-VKT",
        "Hà Nội, ngày 25 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả hợp tác với các đối tác ASEM và APEC năm 2024",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả hợp tác với các đối tác ASEM và APEC năm 2024"),
        ("heading", "I. KẾT QUẢ", 1),
        (
            "list_item",
            "1. Tháng 4/2024, phối hợp với Quỹ Á – Âu (ASEF) tổ chức tọa đàm về kinh tế số Á – Âu, thu hút 150 đại biểu.",
        ),
        (
            "list_item",
            "2. Tháng 8/2024, đón đoàn Đại học Ghent (Bỉ) sang làm việc; hai bên ký thỏa thuận trao đổi giảng viên.",
        ),
        (
            "list_item",
            "3. Cử 6 giảng viên dự hội nghị thường niên của các Trung tâm Nghiên cứu APEC tại Pê-ru, nền kinh tế chủ nhà APEC 2024.",
        ),
        (
            "list_item",
            "4. Tiếp nhận 20.000 euro của Quỹ Konrad Adenauer (Đức) tài trợ cho đề tài nghiên cứu về liên kết Á – Âu.",
        ),
        (
            "list_item",
            "5. Dự án nghiên cứu chung với Đại học Quốc gia Ô-xtrây-li-a về chuỗi cung ứng trong APEC chưa được phê duyệt.",
        ),
        ("heading", "II. KẾ HOẠCH NĂM 2025", 1),
        (
            "list_item",
            "1. Mời chuyên gia Ban Thư ký APEC tại Xin-ga-po sang trình bày về các ưu tiên hướng tới Năm APEC 2027.",
        ),
        (
            "list_item",
            "2. Cử đoàn sang Bỉ thực hiện thỏa thuận trao đổi giảng viên với Đại học Ghent.",
        ),
        (
            "paragraph",
            "Trên đây là báo cáo kết quả hợp tác năm 2024 của Viện Kinh tế và Thương mại quốc tế.",
        ),
    ],
}

HZC_FAQ = {
    "id": "hzc",
    "shape": "faq",
    "site": "CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ ĐÀ NẴNG",
    "crumb": "Trang chủ » Công dân » Hỏi – Đáp » Đối ngoại",
    "footer": "© Cổng thông tin điện tử thành phố Đà Nẵng. Ghi rõ nguồn khi phát hành lại.",
    "blocks": [
        ("title", "HỎI – ĐÁP"),
        ("heading", "Thẻ đi lại của doanh nhân APEC", 1),
        ("paragraph", "Câu hỏi: Ông Trần Văn Hùng (quận Hải Châu), ngày 12/3/2024"),
        (
            "paragraph",
            "Xin hỏi thẻ đi lại của doanh nhân APEC (thẻ ABTC) có tác dụng gì?",
        ),
        (
            "paragraph",
            "Trả lời: Việt Nam là thành viên APEC từ tháng 11/1998 và tham gia chương trình thẻ ABTC. Người mang thẻ còn hạn được miễn thị thực khi nhập cảnh các nền kinh tế thành viên đầy đủ của chương trình. Hoa Kỳ và Ca-na-đa là thành viên quá độ, chưa miễn thị thực cho người mang thẻ ABTC.",
        ),
        ("paragraph", "Đơn vị trả lời: Sở Ngoại vụ thành phố Đà Nẵng"),
        ("heading", "Việt Nam đăng cai APEC", 1),
        ("paragraph", "Câu hỏi: Bà Nguyễn Thị Mai (quận Sơn Trà), ngày 05/4/2024"),
        ("paragraph", "Việt Nam đã đăng cai Năm APEC mấy lần và lần tới là khi nào?"),
        (
            "paragraph",
            "Trả lời: Việt Nam đã hai lần đăng cai Năm APEC: năm 2006, với Hội nghị các nhà Lãnh đạo kinh tế APEC lần thứ 14 tại Hà Nội, và năm 2017, với Hội nghị lần thứ 25 tại Đà Nẵng ngày 10 – 11/11/2017. Việt Nam sẽ đăng cai Năm APEC 2027.",
        ),
        ("paragraph", "Đơn vị trả lời: Sở Ngoại vụ thành phố Đà Nẵng"),
        ("heading", "Văn bản hợp tác với địa phương nước ngoài", 1),
        ("paragraph", "Câu hỏi: Ông Lê Quang Vinh (huyện Hòa Vang), ngày 22/4/2024"),
        (
            "paragraph",
            "Văn bản hợp tác thành phố ký với một tỉnh của nước ngoài có phải là điều ước quốc tế không?",
        ),
        (
            "paragraph",
            "Trả lời: Không. Theo Luật Điều ước quốc tế năm 2016, điều ước quốc tế được ký kết nhân danh Nhà nước hoặc Chính phủ. Văn bản do Ủy ban nhân dân thành phố ký với chính quyền địa phương nước ngoài là thỏa thuận quốc tế theo Luật Thỏa thuận quốc tế năm 2020 (có hiệu lực từ ngày 01/7/2021) và phải lấy ý kiến Bộ Ngoại giao trước khi ký. Tháng 11/2023, thành phố đã ký thỏa thuận hợp tác hữu nghị với thành phố Ku-ma-mô-tô (Nhật Bản).",
        ),
        ("paragraph", "Đơn vị trả lời: Sở Ngoại vụ thành phố Đà Nẵng"),
        ("heading", "Việt Nam trong ASEM", 1),
        ("paragraph", "Câu hỏi: Chị Phạm Thu Hà (quận Liên Chiểu), ngày 08/5/2024"),
        ("paragraph", "ASEM là gì và Việt Nam tham gia từ khi nào?"),
        (
            "paragraph",
            "Trả lời: Diễn đàn Hợp tác Á – Âu (ASEM) ra đời tại Hội nghị Cấp cao lần thứ nhất ở Băng Cốc (Thái Lan) ngày 1 – 2/3/1996; Việt Nam là thành viên sáng lập. Ngày 8 – 9/10/2004, Việt Nam đăng cai Hội nghị Cấp cao ASEM 5 tại Hà Nội.",
        ),
        ("paragraph", "Đơn vị trả lời: Sở Ngoại vụ thành phố Đà Nẵng"),
    ],
}

HZD_PLAN = {
    "id": "hzd",
    "shape": "plan",
    "head": [
        f"{'ỦY BAN NHÂN DÂN':<36}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'THÀNH PHỐ HẢI PHÒNG':<36}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 27/KH-UBND':<36}Hải Phòng, ngày 20 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Tham gia các hoạt động hướng tới Năm APEC Việt Nam 2027",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Tham gia các hoạt động hướng tới Năm APEC Việt Nam 2027"),
        ("heading", "I. TÌNH HÌNH", 1),
        (
            "paragraph",
            "Năm 2025, thành phố đã cử đoàn doanh nghiệp dự Hội nghị Thượng đỉnh Doanh nghiệp APEC tại Gyeongju (Hàn Quốc). Đề xuất đăng cai một hội nghị cấp Bộ trưởng APEC của thành phố chưa được cấp có thẩm quyền chấp thuận.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Đăng ký đăng cai một số cuộc họp của các nhóm công tác APEC trong Năm APEC 2027.",
        ),
        (
            "list_item",
            "2. Trong quý II, cử đoàn sang Thâm Quyến (Trung Quốc), nơi diễn ra Tuần lễ Cấp cao APEC 2026, học tập kinh nghiệm tổ chức.",
        ),
        (
            "list_item",
            "3. Phối hợp với Đại sứ quán Ô-xtrây-li-a tổ chức tập huấn về kinh tế số cho doanh nghiệp của thành phố.",
        ),
        (
            "list_item",
            "4. Mời đoàn doanh nghiệp Hàn Quốc thuộc Hội đồng Tư vấn Kinh doanh APEC (ABAC) sang khảo sát đầu tư tại thành phố.",
        ),
        (
            "paragraph",
            "Sở Ngoại vụ chủ trì, phối hợp với các sở, ngành triển khai Kế hoạch; định kỳ báo cáo Ủy ban nhân dân thành phố.",
        ),
    ],
}

HZE_ENTRY = {
    "id": "hze",
    "shape": "entry",
    "blocks": [
        ("title", "Diễn đàn Hợp tác Á – Âu"),
        (
            "paragraph",
            "Diễn đàn Hợp tác Á – Âu (ASEM) là cơ chế đối thoại và hợp tác không chính thức giữa châu Á và châu Âu, ra đời tại Hội nghị Cấp cao lần thứ nhất ở Băng Cốc ngày 1 – 2/3/1996 với 26 đối tác sáng lập, trong đó có Việt Nam. Hiện ASEM có 53 đối tác, gồm 51 nước, Liên minh châu Âu và Ban Thư ký ASEAN.",
        ),
        ("heading", "Hoạt động", 1),
        (
            "paragraph",
            "Hội nghị Cấp cao ASEM thường họp hai năm một lần, luân phiên ở châu Á và châu Âu. Quỹ Á – Âu (ASEF), thành lập năm 1997 tại Xin-ga-po, là cơ quan thường trực duy nhất của Diễn đàn. Hội nghị Cấp cao ASEM 13 do Cam-pu-chia đăng cai theo hình thức trực tuyến ngày 25 – 26/11/2021.",
        ),
        ("heading", "Việt Nam và ASEM", 1),
        (
            "paragraph",
            "Việt Nam đăng cai Hội nghị Cấp cao ASEM 5 tại Hà Nội ngày 8 – 9/10/2004; tại đây, ASEM kết nạp 13 thành viên mới, trong đó có Cam-pu-chia, Lào và Mi-an-ma. ASEM không đàm phán các hiệp định thương mại ràng buộc. Việt Nam tích cực tham gia cả ba trụ cột hợp tác của Diễn đàn: đối thoại chính trị, kinh tế – tài chính và văn hóa – xã hội.",
        ),
    ],
}

DOCS = [HZA_APEC, HZB_FTU, HZC_FAQ, HZD_PLAN, HZE_ENTRY]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right."""
    return headed_journal(doc, title=46, body=72, label=72)


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "VIỆN TRƯỞNG"."""
    return report_word(doc, ["VIỆN TRƯỞNG", "(Đã ký)"])


def render_faq(doc: dict) -> str:
    """A "Hỏi – Đáp" page of a city portal copied as text: the site line, the breadcrumb, the section title
    "HỎI – ĐÁP", then for each pair its topic line, "Câu hỏi:" with the citizen's name, place and date, the
    question, "Trả lời:" on a line of its own with the answer under it, the answering unit, a line of dashes
    between pairs; the footer line at the end. One paragraph a line, no wrap."""
    blocks = doc["blocks"]
    out = [doc["site"], doc["crumb"], "", blocks[0][1], ""]
    for i, b in enumerate(blocks[1:], start=1):
        kind, text = b[0], b[1]
        if kind == "heading":
            if i > 1:
                out += ["----------", ""]
            out.append(text)
        elif text.startswith("Trả lời: "):
            out += ["Trả lời:", text[len("Trả lời: ") :]]
        elif text.startswith("Đơn vị trả lời: "):
            out += [text, ""]
        else:
            out.append(text)
    out += ["----------", doc["footer"]]
    return "\n".join(out) + "\n"


def render_plan(doc: dict) -> str:
    """A plan by heldout_kit.ministry_plan: signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", its
    own "Nơi nhận" lines."""
    return ministry_plan(
        doc,
        signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(đã ký)"],
        recipients=["- Bộ Ngoại giao (để b/c);", "- TT TU, TT HĐND TP;", "- Các sở, ngành;", "- Lưu: VT."],
        columns=(46, 48, 48, 50),
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "faq": render_faq,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="hz",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
