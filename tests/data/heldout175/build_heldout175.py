"""Build the hundred-and-seventy-fifth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout175/build_heldout175.py [--check]

Five short documents on Kenya and East Africa: a journal article on Kenya's multilateral diplomacy and its
relations with Vietnam, the (invented) half-year report of 2025 of a university's international office on
cooperation with East African partners, a news page on the election of Djibouti's Mahmoud Ali Youssouf as
Chairperson of the African Union Commission (Addis Ababa, 15/2/2025), a (fictitious) Vietnam – Kenya joint
statement on a comprehensive partnership (the new shape of this set, in place of the usual plan), an
encyclopedia entry on the United Nations Environment Programme (UNEP). Nothing in src/ was changed for them.
Facts are well-established; authors, journal, page numbers, document numbers, the university's items and all
quoted words are invented; the joint statement (the visit, its date, its content) is fictitious. Events,
citations and questions gold are written by hand; ``--check`` verifies that every gold evidence, quote and
citation occurs in the documents.
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
    word_text,
)

PTA_KENYA = {
    "id": "pta",
    "shape": "journal",
    "header": "TẠP CHÍ CHÂU PHI VÀ ẤN ĐỘ DƯƠNG – Số 3 (2025)",
    "first_page": 41,
    "break_after": 11,
    "blocks": [
        ("title", "KÊ-NI-A TRONG NỀN NGOẠI GIAO ĐA PHƯƠNG Ở ĐÔNG PHI VÀ TRIỂN VỌNG QUAN HỆ VỚI VIỆT NAM"),
        ("author", "Bùi Thị Ngọc Lan"),
        ("affiliation", "Trường Đại học Khoa học xã hội và nhân văn, Đại học Quốc gia Thành phố Hồ Chí Minh"),
        (
            "abstract",
            "Bài viết phân tích vai trò ngày càng nổi bật của Kê-ni-a trong các cơ chế đa phương ở Đông Phi và đề xuất một số hướng thúc đẩy quan hệ Việt Nam – Kê-ni-a.",
            "vi",
        ),
        ("keywords", "Kê-ni-a; Đông Phi; EAC; Liên hợp quốc; quan hệ Việt Nam – Kê-ni-a", "vi"),
        ("heading", "1. Một trung tâm ngoại giao của châu Phi", 1),
        (
            "paragraph",
            "Giành độc lập ngày 12/12/1963, Kê-ni-a được kết nạp vào Liên hợp quốc chỉ bốn ngày sau đó. Nai-rô-bi là nơi đặt trụ sở của Chương trình Môi trường Liên hợp quốc (UNEP) và Chương trình Định cư con người (UN-Habitat), vì thế thường được gọi là “thủ đô ngoại giao của châu Phi” (Trịnh Văn Hải, 2020, tr. 15). Kê-ni-a cùng Tan-da-ni-a và U-gan-đa ký Hiệp ước tái lập Cộng đồng Đông Phi (EAC) ngày 30/11/1999; ngày 18/6/2020, nước này được Đại hội đồng bầu làm Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2021 – 2022, sau khi vượt qua Gi-bu-ti ở vòng bỏ phiếu thứ hai.",
        ),
        ("heading", "2. Những bước đi mới", 1),
        (
            "paragraph",
            "Ngày 18/12/2023, Kê-ni-a và Liên minh châu Âu (EU) ký Hiệp định Đối tác kinh tế tại Nai-rô-bi. Nhân chuyến thăm cấp nhà nước tới Oa-sinh-tơn của Tổng thống William Ruto tháng 5/2024, Mỹ công nhận Kê-ni-a là đồng minh chủ chốt ngoài NATO, nước đầu tiên ở châu Phi cận Sahara có quy chế này. Tháng 6/2024, những cảnh sát Kê-ni-a đầu tiên đến Ha-i-ti, dẫn đầu phái bộ hỗ trợ an ninh đa quốc gia được Hội đồng Bảo an cho phép. Tuy vậy, tham vọng ở châu lục của Nai-rô-bi cũng gặp trở ngại: ứng viên Raila Odinga đã không giành được ghế Chủ tịch Ủy ban Liên minh châu Phi tại cuộc bầu cử tháng 2/2025.",
        ),
        ("heading", "3. Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam và Kê-ni-a thiết lập quan hệ ngoại giao ngày 21/12/1995, nhưng đến nay chưa nước nào mở cơ quan đại diện thường trú tại thủ đô của nước kia; Đại sứ quán Việt Nam tại Tan-da-ni-a kiêm nhiệm Kê-ni-a. Tháng 2/2025, Thứ trưởng Ngoại giao Nguyễn Minh Hằng thăm Kê-ni-a; một tháng sau, Đại sứ Vũ Thanh Huyền trình Thư ủy nhiệm lên Tổng thống Ruto. Theo chúng tôi, hai nước cần sớm thiết lập cơ chế tham vấn chính trị giữa hai Bộ Ngoại giao (Trịnh Văn Hải, 2020, tr. 22; Đinh Quang Vinh, 2024).",
        ),
    ],
}

PTB_NONGLAM = {
    "id": "ptb",
    "shape": "word",
    "head": [
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO",
        "TRƯỜNG ĐẠI HỌC NÔNG LÂM TP. HỒ CHÍ MINH",
        "Số: 215/BC-ĐHNL-HTQT",
        "TP. Hồ Chí Minh, ngày 30 tháng 6 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Công tác hợp tác quốc tế 6 tháng đầu năm và kế hoạch 6 tháng cuối năm 2025",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Công tác hợp tác quốc tế 6 tháng đầu năm và kế hoạch 6 tháng cuối năm 2025",
        ),
        ("heading", "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2025", 1),
        (
            "list_item",
            "1. Tiếp đoàn Đại học Nông nghiệp và Công nghệ Jomo Kenyatta (JKUAT, Kê-ni-a) sang thăm và làm việc trong tháng 3; hai bên ký Biên bản ghi nhớ về trao đổi giảng viên và học viên sau đại học.",
        ),
        (
            "list_item",
            "2. Phối hợp với Tổ chức Lương thực và Nông nghiệp Liên hợp quốc (FAO) mở khóa tập huấn kỹ thuật canh tác lúa cho 18 cán bộ kỹ thuật đến từ Kê-ni-a, U-gan-đa và Tan-da-ni-a trong khuôn khổ hợp tác Nam – Nam.",
        ),
        (
            "list_item",
            "3. Nhân dịp Hội nghị thượng đỉnh Đối tác vì tăng trưởng xanh và các mục tiêu toàn cầu 2030 (P4G) được tổ chức tại Hà Nội tháng 4/2025, Trường cử đại diện tham dự phiên thảo luận về nông nghiệp xanh.",
        ),
        (
            "list_item",
            "4. Đề xuất dự án nghiên cứu giống sắn chịu hạn cùng Viện Nghiên cứu Nông nghiệp và Chăn nuôi Kê-ni-a (KALRO), gửi Cơ quan Hợp tác quốc tế Nhật Bản (JICA) xin tài trợ, đến nay vẫn chưa được phê duyệt.",
        ),
        ("heading", "II. KẾ HOẠCH 6 THÁNG CUỐI NĂM 2025", 1),
        (
            "list_item",
            "1. Cử đoàn 4 cán bộ sang Nai-rô-bi trong tháng 9 để triển khai Biên bản ghi nhớ với JKUAT.",
        ),
        (
            "list_item",
            "2. Tiếp nhận 5 nghiên cứu sinh Kê-ni-a theo học bổng của Chính phủ Việt Nam.",
        ),
        (
            "list_item",
            "3. Phối hợp với Đại sứ quán Việt Nam tại Tan-da-ni-a tìm kiếm đối tác mới tại Tan-da-ni-a và U-gan-đa.",
        ),
    ],
}

PTC_AUC = {
    "id": "ptc",
    "shape": "news",
    "date": "2025-02-16",
    "stamp": "Chủ Nhật, 16/02/2025 - 07:00",
    "blocks": [
        ("title", "Ngoại trưởng Gi-bu-ti được bầu làm Chủ tịch Ủy ban Liên minh châu Phi"),
        (
            "paragraph",
            "A-đi-xơ A-bê-ba (TTXVN) – Ngày 15/2, tại Hội nghị thượng đỉnh lần thứ 38 của Liên minh châu Phi (AU), Bộ trưởng Ngoại giao Gi-bu-ti Mahmoud Ali Youssouf đã được bầu làm Chủ tịch Ủy ban AU sau bảy vòng bỏ phiếu.",
        ),
        ("heading", "Bảy vòng bỏ phiếu", 1),
        (
            "paragraph",
            "Ông Youssouf vượt qua cựu Thủ tướng Kê-ni-a Raila Odinga và cựu Ngoại trưởng Ma-đa-gát-xca Richard Randriamandrato. Ông Odinga dẫn đầu hai vòng đầu nhưng bị ông Youssouf vượt lên từ vòng thứ ba, rồi bị loại sau vòng thứ sáu. Ở vòng cuối cùng, ứng viên Gi-bu-ti giành 33 phiếu, đạt đa số hai phần ba theo quy định.",
        ),
        (
            "paragraph",
            "Ông Youssouf, Ngoại trưởng Gi-bu-ti từ năm 2005, sẽ kế nhiệm ông Moussa Faki Mahamat của Sát, người giữ cương vị này từ năm 2017. Hội nghị cũng bầu bà Selma Haddadi của An-giê-ri làm Phó Chủ tịch Ủy ban.",
        ),
        ("heading", "Ăng-gô-la giữ chức Chủ tịch luân phiên", 1),
        (
            "paragraph",
            "Cũng tại hội nghị, Tổng thống Ăng-gô-la João Lourenço tiếp nhận chức Chủ tịch luân phiên của AU năm 2025 từ Tổng thống Mô-ri-ta-ni Mohamed Ould Ghazouani. Tổng thống Kê-ni-a William Ruto chúc mừng các lãnh đạo mới và cam kết ủng hộ Ủy ban AU. Sáu nước đang bị AU đình chỉ tư cách thành viên là Ma-li, Buốc-ki-na Pha-xô, Ni-giê, Ghi-nê, Xu-đăng và Ga-bông không tham gia bỏ phiếu.",
        ),
    ],
}

PTD_STATEMENT = {
    "id": "ptd",
    "shape": "statement",
    "title_lines": [
        "TUYÊN BỐ CHUNG",
        "GIỮA NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM VÀ NƯỚC CỘNG HÒA KÊ-NI-A",
        "VỀ VIỆC THIẾT LẬP QUAN HỆ ĐỐI TÁC TOÀN DIỆN",
    ],
    "place": "Hà Nội, ngày 24 tháng 4 năm 2026",
    "signers": [
        ("THAY MẶT NƯỚC CỘNG HÒA", "THAY MẶT NƯỚC CỘNG HÒA KÊ-NI-A"),
        ("XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỔNG THỐNG"),
        ("CHỦ TỊCH NƯỚC", ""),
        ("(đã ký)", "(đã ký)"),
    ],
    "blocks": [
        (
            "title",
            "TUYÊN BỐ CHUNG GIỮA NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM VÀ NƯỚC CỘNG HÒA KÊ-NI-A VỀ VIỆC THIẾT LẬP QUAN HỆ ĐỐI TÁC TOÀN DIỆN",
        ),
        (
            "list_item",
            "1. Nhận lời mời của Chủ tịch nước Việt Nam, Tổng thống nước Cộng hòa Kê-ni-a William Samoei Ruto thăm cấp Nhà nước tới Việt Nam từ ngày 22 đến ngày 24/4/2026. Trong chuyến thăm, Tổng thống Ruto đã hội đàm với Chủ tịch nước và hội kiến các lãnh đạo cấp cao Việt Nam.",
        ),
        (
            "list_item",
            "2. Hai bên vui mừng nhận thấy kể từ khi thiết lập quan hệ ngoại giao ngày 21/12/1995, quan hệ hữu nghị và hợp tác giữa Việt Nam và Kê-ni-a không ngừng được củng cố, nhất là trong những năm gần đây.",
        ),
        (
            "list_item",
            "3. Trên cơ sở đó, hai nhà lãnh đạo nhất trí nâng quan hệ Việt Nam – Kê-ni-a lên Đối tác toàn diện.",
        ),
        ("heading", "I. VỀ QUAN HỆ CHÍNH TRỊ – NGOẠI GIAO", 1),
        (
            "list_item",
            "4. Hai bên nhất trí tăng cường trao đổi đoàn các cấp, đặc biệt là cấp cao; sớm thiết lập cơ chế Tham vấn chính trị giữa hai Bộ Ngoại giao và tổ chức phiên họp đầu tiên tại Nai-rô-bi trong năm 2027.",
        ),
        ("heading", "II. VỀ HỢP TÁC KINH TẾ, THƯƠNG MẠI VÀ PHÁT TRIỂN", 1),
        (
            "list_item",
            "5. Hai bên nhất trí phấn đấu nâng kim ngạch thương mại song phương lên 500 triệu USD vào năm 2030; sớm khởi động đàm phán Hiệp định khuyến khích và bảo hộ đầu tư.",
        ),
        (
            "list_item",
            "6. Việt Nam sẵn sàng cử chuyên gia hỗ trợ Kê-ni-a về trồng lúa, nuôi trồng thủy sản và chế biến nông sản, kể cả thông qua hợp tác ba bên với FAO.",
        ),
        (
            "list_item",
            "7. Nhân dịp chuyến thăm, hai bên đã ký Hiệp định miễn thị thực cho người mang hộ chiếu ngoại giao và hộ chiếu công vụ cùng Bản ghi nhớ về hợp tác nông nghiệp.",
        ),
        ("heading", "III. VỀ CÁC VẤN ĐỀ QUỐC TẾ VÀ KHU VỰC", 1),
        (
            "list_item",
            "8. Hai bên khẳng định tiếp tục phối hợp chặt chẽ và ủng hộ lẫn nhau tại Liên hợp quốc và các diễn đàn đa phương khác. Phía Kê-ni-a chúc mừng Việt Nam tái đắc cử thành viên Hội đồng Nhân quyền Liên hợp quốc nhiệm kỳ 2026 – 2028.",
        ),
        (
            "list_item",
            "9. Tổng thống William Ruto trân trọng mời Chủ tịch nước thăm cấp Nhà nước Kê-ni-a; Chủ tịch nước vui vẻ nhận lời.",
        ),
    ],
}

PTE_UNEP = {
    "id": "pte",
    "shape": "entry",
    "blocks": [
        ("title", "Chương trình Môi trường Liên hợp quốc"),
        (
            "paragraph",
            "Chương trình Môi trường Liên hợp quốc (UNEP) là cơ quan điều phối các hoạt động về môi trường của Liên hợp quốc, được Đại hội đồng thành lập ngày 15/12/1972 theo khuyến nghị của Hội nghị Liên hợp quốc về Môi trường con người do Thụy Điển đăng cai tại Xtốc-khôm tháng 6 năm đó. Trụ sở của UNEP đặt tại Nai-rô-bi (Kê-ni-a); đây là cơ quan lớn đầu tiên của Liên hợp quốc đặt trụ sở chính ở một nước đang phát triển.",
        ),
        ("heading", "Cơ cấu", 1),
        (
            "paragraph",
            "Từ năm 2013, Hội đồng Điều hành của UNEP mở rộng thành viên cho tất cả các nước thành viên Liên hợp quốc, và từ năm 2014 được đổi thành Đại hội đồng Môi trường Liên hợp quốc (UNEA), họp hai năm một lần tại Nai-rô-bi. Giám đốc điều hành đầu tiên là Maurice Strong (Ca-na-đa); bà Inger Andersen (Đan Mạch) giữ chức vụ này từ năm 2019.",
        ),
        ("heading", "Các điều ước và sáng kiến", 1),
        (
            "paragraph",
            "UNEP thúc đẩy việc ký kết nhiều điều ước môi trường quan trọng, trong đó có Công ước Viên về bảo vệ tầng ô-dôn (1985) và Nghị định thư Montreal (1987). Năm 1988, UNEP cùng Tổ chức Khí tượng Thế giới (WMO) thành lập Ủy ban Liên chính phủ về biến đổi khí hậu (IPCC). Các vòng đàm phán về một hiệp ước toàn cầu chống ô nhiễm nhựa tại Bu-xan (Hàn Quốc) cuối năm 2024 và tại Giơ-ne-vơ tháng 8/2025 đều kết thúc mà chưa đạt được thỏa thuận.",
        ),
        ("heading", "Việt Nam và UNEP", 1),
        (
            "paragraph",
            "Việt Nam tham gia Công ước Viên và Nghị định thư Montreal từ tháng 1/1994 và đã nhận nhiều dự án hỗ trợ kỹ thuật của UNEP về quản lý chất thải và loại trừ các chất làm suy giảm tầng ô-dôn.",
        ),
    ],
}

DOCS = [PTA_KENYA, PTB_NONGLAM, PTC_AUC, PTD_STATEMENT, PTE_UNEP]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page, the bare page number at
    the left under each page (heldout_kit.headed_journal: title at 50 columns, labels and body at 72)."""
    return headed_journal(doc, title=50, label=72, body=72, page_label="{}", align="<")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 76 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the rector's signature at the end."""
    return word_text(doc, 76, ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page (heldout_kit.news_page): <title> and article:published_time, a "Thế giới / Châu Phi" nav
    menu, <article class="detail">, <h1>, the date line, the lead in <p class="sapo"><b>, <h3> subheads,
    <p> paragraphs, a tag list and the TTXVN footer."""
    return news_page(
        doc,
        section="Châu Phi",
        time="07:00",
        menu=[("/the-gioi", "Thế giới"), ("/the-gioi/chau-phi", "Châu Phi")],
        tags=[
            ("/tag/lien-minh-chau-phi", "Liên minh châu Phi"),
            ("/tag/gi-bu-ti", "Gi-bu-ti"),
            ("/tag/ke-ni-a", "Kê-ni-a"),
        ],
    )


def render_statement(doc: dict) -> str:
    """A joint statement as published in full and copied as text: the title lines centred at 80 columns, a blank
    line, the numbered paragraphs one a line and the roman-numeral section headings, a blank line after each,
    then the place-date line at the right and the two signature columns ("THAY MẶT …" / title / "(đã ký)"),
    the Kenyan side starting at column 44. Plain Python: heldout_kit has no helper for this shape."""
    out = [f"{ln:^80}".rstrip() for ln in doc["title_lines"]] + [""]
    for b in doc["blocks"]:
        if b[0] != "title":
            out += [b[1], ""]
    out += [f"{doc['place']:>80}", ""]
    out += [f"{left:<44}{right}".rstrip() for left, right in doc["signers"]]
    return "\n".join(out) + "\n"


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "news": render_news,
            "statement": render_statement,
            "entry": entry_text,
        },
        prefix="pt",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
