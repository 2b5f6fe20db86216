"""Build the 245th held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout245/build_heldout245.py [--check]

Five short documents on Russia and ASEAN and on Russia's relations with the West: the summary of a (fictitious)
doctoral thesis on ASEAN – Russia relations 1991 – 2021 (a new shape, "Tóm tắt luận án tiến sĩ", in place
of the journal article), a (fictitious) report of the Vietnamese Consulate General in Vladivostok for the first
half of 2025, a news page on the ASEAN – Russia commemorative summit in Sochi, 20/5/2016, a (fictitious)
Ministry of Agriculture and Environment plan for farm exports to Russia and the EAEU in 2026 and an
encyclopedia entry on the NATO – Russia Council. The candidate, supervisors, cited authors, document
numbers, local items and quoted words are invented. ``--check`` verifies the gold.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import (  # noqa: E402
    build_and_check,
    entry_text,
    ministry_plan,
    news_page,
    report_word,
)

EZA_THESIS = {
    "id": "eza",
    "shape": "thesis",
    "cover": [
        f"{'BỘ GIÁO DỤC VÀ ĐÀO TẠO':<40}BỘ NGOẠI GIAO",
        f"{'':14}HỌC VIỆN NGOẠI GIAO",
        f"{'':14}-------------------",
        "",
        f"{'':26}LƯU THỊ THANH HUYỀN",
        "",
        "",
    ],
    "cover_tail": [
        "",
        f"{'':22}Chuyên ngành: Quan hệ quốc tế",
        f"{'':22}Mã số: 9310206",
        "",
        f"{'':16}TÓM TẮT LUẬN ÁN TIẾN SĨ QUAN HỆ QUỐC TẾ",
        "",
        "",
        f"{'':30}HÀ NỘI – 2023",
        "\f",
        "Công trình được hoàn thành tại: Học viện Ngoại giao",
        "",
        "Người hướng dẫn khoa học:",
        "1. PGS.TS Hoàng Văn Khiêm",
        "2. TS Nguyễn Thị Bích Ngọc",
        "",
        "Phản biện 1: ...........................................",
        "Phản biện 2: ...........................................",
        "",
        "Luận án được bảo vệ trước Hội đồng đánh giá luận án cấp Học viện",
        "họp tại Học viện Ngoại giao, 69 Chùa Láng, Đống Đa, Hà Nội",
        "vào hồi ..... giờ ..... ngày ..... tháng ..... năm 2023",
        "",
        "Có thể tìm hiểu luận án tại:",
        "- Thư viện Quốc gia Việt Nam",
        "- Thư viện Học viện Ngoại giao",
        "\f",
    ],
    "blocks": [
        ("title", "QUAN HỆ ASEAN – LIÊN BANG NGA TỪ NĂM 1991 ĐẾN NĂM 2021"),
        ("heading", "MỞ ĐẦU", 1),
        ("heading", "1. Tính cấp thiết của đề tài", 2),
        (
            "paragraph",
            "Sau khi Liên Xô tan rã, Liên bang Nga từng bước khôi phục vị thế ở châu Á – Thái Bình Dương, trong đó ASEAN là một hướng ưu tiên. Tuy vậy, so với quan hệ của ASEAN với Trung Quốc, Nhật Bản hay Mỹ, quan hệ ASEAN – Nga mới được nghiên cứu ở mức độ hạn chế, nhất là trong các công trình bằng tiếng Việt (Trần Bá Dũng, 2017).",
        ),
        ("heading", "2. Mục tiêu và nhiệm vụ nghiên cứu", 2),
        (
            "paragraph",
            "Luận án làm rõ quá trình phát triển quan hệ ASEAN – Nga trong ba thập niên, đánh giá thành tựu, hạn chế và đề xuất một số khuyến nghị đối với Việt Nam.",
        ),
        ("heading", "Chương 1. TỔNG QUAN TÌNH HÌNH NGHIÊN CỨU", 1),
        (
            "paragraph",
            "Các học giả Nga thường nhấn mạnh rằng ASEAN là “một trung tâm quyền lực độc lập mà Mát-xcơ-va cần tranh thủ” (Hà Mỹ Hương, 2012, tr. 41), trong khi nhiều nhà nghiên cứu Đông Nam Á cho rằng vai trò kinh tế của Nga trong khu vực còn mờ nhạt (Tô Minh Quân, 2016).",
        ),
        ("heading", "Chương 2. QUÁ TRÌNH PHÁT TRIỂN QUAN HỆ ASEAN – NGA", 1),
        (
            "paragraph",
            "Nga là thành viên sáng lập Diễn đàn Khu vực ASEAN (ARF) năm 1994 và trở thành Đối tác đối thoại đầy đủ của ASEAN tháng 7/1996. Ngày 29/11/2004, tại Viêng Chăn, Nga gia nhập Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á (TAC). Hội nghị cấp cao ASEAN – Nga đầu tiên diễn ra tại Cu-a-la Lăm-pơ ngày 13/12/2005; hội nghị lần thứ hai được tổ chức tại Hà Nội năm 2010. Năm 2011, Nga cùng Mỹ chính thức tham gia Hội nghị Cấp cao Đông Á (EAS). Tại Xin-ga-po ngày 14/11/2018, hai bên nâng quan hệ lên Đối tác chiến lược.",
        ),
        ("heading", "Chương 3. NHẬN XÉT VÀ KHUYẾN NGHỊ", 1),
        (
            "paragraph",
            "Trao đổi thương mại ASEAN – Nga còn nhỏ so với tiềm năng; hai bên chưa khởi động đàm phán một hiệp định thương mại tự do khu vực. Việt Nam, với Hiệp định thương mại tự do với Liên minh Kinh tế Á – Âu ký năm 2015, có thể đóng vai trò cầu nối.",
        ),
        ("heading", "KẾT LUẬN", 1),
        (
            "paragraph",
            "Quan hệ ASEAN – Nga phát triển ổn định nhưng chưa tương xứng với tiềm năng; sau năm 2022, các lệnh trừng phạt của phương Tây đối với Nga đặt ra thêm những thách thức mới cho hợp tác.",
        ),
    ],
}

EZB_VLADIVOSTOK = {
    "id": "ezb",
    "shape": "word",
    "head": [
        "TỔNG LÃNH SỰ QUÁN NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "TẠI VLA-ĐI-VÔ-XTỐC",
        "Số: 86/BC-TLSQ",
        "Vla-đi-vô-xtốc, ngày 30 tháng 6 năm 2025",
    ],
    "title_lines": ["BÁO CÁO", "Công tác 6 tháng đầu năm 2025 và phương hướng 6 tháng cuối năm"],
    "blocks": [
        ("title", "BÁO CÁO Công tác 6 tháng đầu năm 2025 và phương hướng 6 tháng cuối năm"),
        ("heading", "I. KẾT QUẢ CÔNG TÁC", 1),
        (
            "list_item",
            "1. Tổng Lãnh sự quán phối hợp với chính quyền Vùng Prim-mô-ri-e tổ chức kỷ niệm 75 năm thiết lập quan hệ ngoại giao Việt Nam – Nga vào tháng 1.",
        ),
        (
            "list_item",
            "2. Tháng 3, đoàn doanh nghiệp tỉnh Nghệ An sang khảo sát cảng Vla-đi-vô-xtốc và làm việc với Hiệp hội các nhà xuất khẩu thủy sản vùng Viễn Đông.",
        ),
        (
            "list_item",
            "3. Hãng hàng không Aurora mở lại đường bay thẳng Vla-đi-vô-xtốc – Nha Trang từ tháng 4, mỗi tuần bốn chuyến.",
        ),
        (
            "list_item",
            "4. Hỗ trợ bảo hộ công dân cho 23 thuyền viên Việt Nam trên một tàu cá bị giữ tại cảng Nakhodka; đến nay vẫn chưa được cơ quan chức năng Nga cho xuất cảnh.",
        ),
        (
            "list_item",
            "5. Hội người Việt Nam tại Prim-mô-ri-e tiếp nhận 300 suất quà của Ủy ban Nhà nước về người Việt Nam ở nước ngoài trao cho kiều bào có hoàn cảnh khó khăn.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM", 1),
        (
            "list_item",
            "1. Phối hợp đón đoàn Việt Nam dự Diễn đàn Kinh tế phương Đông tại Vla-đi-vô-xtốc vào đầu tháng 9.",
        ),
        (
            "list_item",
            "2. Đề xuất ký kết thỏa thuận hợp tác giữa tỉnh Quảng Ninh và Vùng Prim-mô-ri-e, dự kiến trong quý IV.",
        ),
        (
            "list_item",
            "3. Không tổ chức Hội chợ hàng Việt Nam tại Kha-ba-rốp như dự kiến ban đầu.",
        ),
    ],
}

EZC_SOCHI = {
    "id": "ezc",
    "shape": "news",
    "date": "2016-05-20",
    "stamp": "Thứ Sáu, 20/05/2016 - 21:05",
    "blocks": [
        ("title", "Bế mạc Hội nghị cấp cao kỷ niệm 20 năm quan hệ đối thoại ASEAN – Nga"),
        (
            "paragraph",
            "Xô-chi (TTXVN) – Chiều 20/5, Hội nghị cấp cao kỷ niệm 20 năm quan hệ đối thoại ASEAN – Nga đã bế mạc tại thành phố nghỉ dưỡng Xô-chi bên bờ Biển Đen, với việc thông qua Tuyên bố Xô-chi.",
        ),
        ("heading", "Hướng tới quan hệ đối tác chiến lược", 1),
        (
            "paragraph",
            "Do Tổng thống Nga V. Putin chủ trì, hội nghị quy tụ lãnh đạo và đại diện mười nước ASEAN. Các nhà lãnh đạo nhất trí hướng tới xây dựng quan hệ đối tác chiến lược cùng có lợi và thông qua Kế hoạch hành động toàn diện thúc đẩy hợp tác ASEAN – Nga giai đoạn 2016 – 2020.",
        ),
        (
            "paragraph",
            "Phát biểu tại hội nghị, Thủ tướng Nguyễn Xuân Phúc đề nghị Nga tiếp tục ủng hộ lập trường của ASEAN về giải quyết hòa bình các tranh chấp ở Biển Đông trên cơ sở luật pháp quốc tế, trong đó có Công ước Liên hợp quốc về Luật Biển năm 1982.",
        ),
        ("heading", "Gặp song phương bên lề", 1),
        (
            "paragraph",
            "Trước đó, Thủ tướng đã thăm chính thức Liên bang Nga và hội đàm với Thủ tướng D. Medvedev tại Mát-xcơ-va. Bên lề hội nghị ở Xô-chi, Thủ tướng gặp Tổng thống V. Putin; hai bên nhất trí thúc đẩy thực thi hiệu quả Hiệp định thương mại tự do Việt Nam – Liên minh Kinh tế Á – Âu ký năm ngoái.",
        ),
    ],
}

EZD_PLAN = {
    "id": "ezd",
    "shape": "plan",
    "head": [
        f"{'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 115/KH-BNNMT':<40}Hà Nội, ngày 22 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Thúc đẩy xuất khẩu nông, lâm, thủy sản sang Liên bang Nga",
        "và thị trường Liên minh Kinh tế Á – Âu năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Thúc đẩy xuất khẩu nông, lâm, thủy sản sang Liên bang Nga và thị trường Liên minh Kinh tế Á – Âu năm 2026",
        ),
        ("heading", "I. TÌNH HÌNH", 1),
        (
            "paragraph",
            "Năm 2025, kim ngạch xuất khẩu nông, lâm, thủy sản sang Nga tăng khá, song nhiều doanh nghiệp thủy sản của ta vẫn chưa được Cơ quan Giám sát thú y và kiểm dịch thực vật Liên bang Nga (Rosselkhoznadzor) cấp mã số xuất khẩu. Tháng 10 năm ngoái, đoàn thanh tra của cơ quan này đã sang kiểm tra 20 cơ sở chế biến tại Đồng bằng sông Cửu Long.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Quý I, tổ chức họp trực tuyến với Rosselkhoznadzor về danh sách doanh nghiệp đủ điều kiện xuất khẩu.",
        ),
        (
            "list_item",
            "2. Tháng 6, cử đoàn công tác sang Mát-xcơ-va và Min-xcơ để thúc đẩy mở cửa thị trường cho quả tươi và thịt gia cầm.",
        ),
        (
            "list_item",
            "3. Phối hợp với Bộ Công Thương đề nghị phía Nga xem xét dỡ bỏ biện pháp tạm ngừng nhập khẩu đối với một số doanh nghiệp thủy sản Việt Nam.",
        ),
        (
            "list_item",
            "4. Đàm phán với Bộ Nông nghiệp Ca-dắc-xtan để ký Bản ghi nhớ hợp tác về kiểm dịch, dự kiến trong quý IV.",
        ),
        (
            "list_item",
            "5. Không cấp chứng thư cho lô hàng không đáp ứng yêu cầu của Liên minh Kinh tế Á – Âu.",
        ),
        (
            "paragraph",
            "Cục Quản lý chất lượng nông lâm sản và thủy sản là đầu mối tổ chức thực hiện Kế hoạch này.",
        ),
    ],
}

EZE_NRC = {
    "id": "eze",
    "shape": "entry",
    "blocks": [
        ("title", "Hội đồng NATO – Nga"),
        (
            "paragraph",
            "Hội đồng NATO – Nga (NRC) là cơ chế tham vấn và hợp tác giữa các nước thành viên Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) và Liên bang Nga, được thành lập tại Hội nghị thượng đỉnh ở căn cứ không quân Pratica di Mare gần Rô-ma ngày 28/5/2002.",
        ),
        ("heading", "Tiền thân", 1),
        (
            "paragraph",
            "Ngày 27/5/1997, tại Pa-ri, NATO và Nga ký Định ước về quan hệ, hợp tác và an ninh chung, lập ra Hội đồng thường trực chung NATO – Nga. Năm 1999, Nga tạm ngừng tham gia cơ chế này để phản đối chiến dịch ném bom của NATO tại Nam Tư.",
        ),
        ("heading", "Hoạt động", 1),
        (
            "paragraph",
            "Hội đồng họp ở cấp đại sứ, bộ trưởng và nguyên thủ, hợp tác trong các lĩnh vực chống khủng bố, chống ma túy tại Áp-ga-ni-xtan và cứu hộ tàu ngầm. Sau cuộc xung đột Nga – Gru-di-a tháng 8/2008, NATO tạm đình chỉ các cuộc họp chính thức của Hội đồng đến năm 2009.",
        ),
        ("heading", "Đình chỉ hợp tác", 1),
        (
            "paragraph",
            "Ngày 1/4/2014, sau sự kiện Crưm, các ngoại trưởng NATO quyết định đình chỉ mọi hợp tác thực chất dân sự và quân sự với Nga, song vẫn để ngỏ kênh đối thoại chính trị. Năm 2021, Nga đóng cửa phái đoàn của mình bên cạnh NATO. Kể từ khi Nga mở chiến dịch quân sự tại U-crai-na tháng 2/2022, Hội đồng không còn họp.",
        ),
    ],
}

DOCS = [EZA_THESIS, EZB_VLADIVOSTOK, EZC_SOCHI, EZD_PLAN, EZE_NRC]


def render_thesis(doc: dict) -> str:
    """A doctoral thesis summary ("Tóm tắt luận án tiến sĩ") copied from its PDF: the cover page (ministry and
    university, the candidate, the title in capitals, speciality and code, city – year), the page behind it
    (where the work was done, supervisors, reviewers, defence, libraries), then the summary's headings as they
    are and its paragraphs wrapped at 78 columns, a blank line between blocks, page numbers centred."""
    blocks = doc["blocks"]
    out = list(doc["cover"])
    out += [f"{line:^70}".rstrip() for line in textwrap.wrap(blocks[0][1], 30, break_on_hyphens=False)]
    out += doc["cover_tail"]
    body: list[str] = []
    for b in blocks[1:]:
        if b[0] == "heading":
            body += [b[1], ""]
        else:
            body += textwrap.wrap(b[1], 78, break_long_words=False, break_on_hyphens=False) + [""]
    half = len(body) // 2
    while body[half - 1] != "":
        half += 1
    out += body[:half] + [f"{'':38}1", "\f"] + body[half:] + [f"{'':38}2"]
    return "\n".join(line for line in out).replace("\n\f\n", "\n\f") + "\n"


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "TỔNG LÃNH SỰ"."""
    return report_word(doc, ["TỔNG LÃNH SỰ", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Kinh tế thế giới" section."""
    return news_page(
        doc,
        section="Kinh tế thế giới",
        time="21:05",
        menu=[("/kinh-te", "Kinh tế"), ("/quoc-te", "Quốc tế")],
        tags=[("/tag/asean", "ASEAN"), ("/tag/nga", "Nga")],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "thesis": render_thesis,
            "word": render_word,
            "news": render_news,
            "plan": ministry_plan,
            "entry": entry_text,
        },
        prefix="ez",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
