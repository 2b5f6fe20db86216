"""Build the hundred-and-seventy-third held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout173/build_heldout173.py [--check]

Five short documents on West Africa and the Sahel after the coups: a journal article on Niger after the coup
of 2023 (ECOWAS and AU sanctions, the French and US withdrawals, the Alliance of Sahel States, trade with
Vietnam), the (invented) report on 2024 of the Vietnamese embassy in Nigeria, a news page on the confederation
treaty of the Alliance of Sahel States signed in Niamey (6/7/2024), a (fictitious) Ministry of Industry and
Trade plan for trade promotion with West Africa in 2026, an encyclopedia entry on the Economic Community of
West African States (ECOWAS). Nothing in src/ was changed for them. Facts are well-established; authors,
journal, page numbers, document numbers, the embassy report's items and all quoted words but the Niamey
communiqué's are invented, the ministry plan (number, date, tasks) is fictitious. Events, citations and
questions gold are written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs
in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import (  # noqa: E402
    build_and_check,
    entry_text,
    news_page,
    paged_journal,
    plan_text,
    word_text,
)

PRA_NIGER = {
    "id": "pra",
    "shape": "journal",
    "header": "Tạp chí Chính trị và Phát triển châu Phi, Số 2 (2025)",
    "first_page": 57,
    "break_after": 13,
    "blocks": [
        ("title", "NI-GIÊ SAU CUỘC ĐẢO CHÍNH NĂM 2023: TỪ TRỪNG PHẠT ĐẾN LIÊN MINH CÁC QUỐC GIA SAHEL"),
        ("author", "Lương Thị Hồng Nhung"),
        (
            "affiliation",
            "Khoa Quốc tế học, Trường Đại học Khoa học xã hội và nhân văn, Đại học Quốc gia Hà Nội",
        ),
        (
            "abstract",
            "Bài viết phân tích những thay đổi trong chính sách đối ngoại của Ni-giê sau cuộc đảo chính tháng 7/2023 và tác động của chúng đối với hợp tác kinh tế giữa Việt Nam và khu vực Sahel.",
            "vi",
        ),
        ("keywords", "Ni-giê; ECOWAS; AES; Sahel; Tây Phi", "vi"),
        ("heading", "1. Đảo chính và trừng phạt", 1),
        (
            "paragraph",
            "Ngày 26/7/2023, lực lượng cận vệ tổng thống Ni-giê bắt giữ Tổng thống Mohamed Bazoum và đưa Tướng Abdourahamane Tiani lên nắm quyền. Bốn ngày sau, Cộng đồng Kinh tế các quốc gia Tây Phi (ECOWAS) áp đặt các biện pháp trừng phạt nặng nề đối với Ni-a-mây, từ đóng cửa biên giới đến phong tỏa giao dịch tài chính; ngày 22/8/2023, Liên minh châu Phi (AU) cũng đình chỉ tư cách thành viên của nước này (Phan Văn Tùng, 2024, tr. 63). Trái với kỳ vọng của ECOWAS, Ma-li và Buốc-ki-na Pha-xô, hai nước láng giềng cũng do chính quyền quân sự lãnh đạo, lập tức tuyên bố đứng về phía Ni-a-mây.",
        ),
        ("heading", "2. Quay lưng với các đối tác cũ", 1),
        (
            "paragraph",
            "Những binh sĩ Pháp cuối cùng rời Ni-giê trong tháng 12/2023. Ngày 16/3/2024, Ni-a-mây tiếp tục tuyên bố chấm dứt thỏa thuận hợp tác quân sự với Mỹ, và đến tháng 8/2024, Oa-sinh-tơn hoàn tất rút quân khỏi căn cứ không quân ở Agadez. Song song với đó, ngày 16/9/2023, Ni-giê cùng Ma-li và Buốc-ki-na Pha-xô ký Hiến chương Liptako-Gourma, thành lập Liên minh các quốc gia Sahel (AES); ngày 28/1/2024, ba nước cùng tuyên bố rút khỏi ECOWAS. Theo một nhà nghiên cứu, đây là “sự đứt gãy lớn nhất trong tiến trình hội nhập Tây Phi kể từ năm 1975” (Nguyễn Thị Lan Anh, 2024, tr. 27).",
        ),
        ("heading", "3. Tác động đối với Việt Nam", 1),
        (
            "paragraph",
            "Trao đổi thương mại giữa Việt Nam và Ni-giê còn khiêm tốn, chủ yếu là gạo và hàng tiêu dùng đi qua các cảng của Bê-nanh và Tô-gô. Khi Bê-nanh đóng cửa biên giới với Ni-giê để thực thi lệnh trừng phạt, nhiều lô hàng gạo của doanh nghiệp ta bị ùn ứ hàng tháng trời. Ngày 24/2/2024, ECOWAS dỡ bỏ phần lớn các biện pháp trừng phạt, song việc vận chuyển qua cảng Cô-tô-nu vẫn gặp nhiều khó khăn. Vì vậy, doanh nghiệp Việt Nam cần đa dạng hóa tuyến vận chuyển, còn các cơ quan chức năng nên sớm cử đoàn khảo sát thị trường ba nước AES (Phan Văn Tùng, 2024, tr. 70).",
        ),
    ],
}

PRB_ABUJA = {
    "id": "prb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "ĐẠI SỨ QUÁN VIỆT NAM TẠI NI-GIÊ-RI-A",
        "Số: 112/BC-ĐSQ",
        "A-bu-gia, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết công tác năm 2024 và phương hướng nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác năm 2024 và phương hướng nhiệm vụ năm 2025"),
        ("heading", "I. TÌNH HÌNH KHU VỰC", 1),
        (
            "paragraph",
            "Ngày 7/7, Hội nghị thượng đỉnh ECOWAS tại A-bu-gia giao Tổng thống Xê-nê-gan Bassirou Diomaye Faye làm trung gian đối thoại với ba nước thuộc Liên minh các quốc gia Sahel (AES), chỉ một ngày sau khi ba nước này ký hiệp ước thành lập liên bang tại Ni-a-mây. Ngày 15/12, hội nghị thượng đỉnh tiếp theo của khối chấp nhận việc rút lui của Ma-li, Buốc-ki-na Pha-xô và Ni-giê, có hiệu lực từ ngày 29/1/2025, kèm thời gian chuyển tiếp sáu tháng.",
        ),
        ("heading", "II. KẾT QUẢ CÔNG TÁC NĂM 2024", 1),
        (
            "list_item",
            "1. Phối hợp tổ chức đoàn doanh nghiệp Việt Nam khảo sát thị trường tại La-gốt và Ca-nô trong tháng 4/2024; nhân dịp này, các doanh nghiệp đã ký 3 hợp đồng nhập khẩu hạt điều thô với đối tác Ni-giê-ri-a.",
        ),
        (
            "list_item",
            "2. Đại sứ làm việc với Bộ Ngoại giao nước sở tại về việc tổ chức Kỳ họp lần thứ nhất Ủy ban hỗn hợp về hợp tác kinh tế, thương mại giữa hai nước; đến nay hai bên vẫn chưa thống nhất được thời gian.",
        ),
        (
            "list_item",
            "3. Phối hợp đưa đoàn Bộ Nông nghiệp và An ninh lương thực Ni-giê-ri-a sang Việt Nam học tập mô hình trồng lúa, sắn; phía bạn đề nghị Việt Nam cử chuyên gia sang hỗ trợ trong khuôn khổ hợp tác Nam – Nam với FAO.",
        ),
        ("heading", "III. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Phối hợp chuẩn bị Kỳ họp lần thứ nhất Ủy ban hỗn hợp tại Hà Nội trong quý II/2025.",
        ),
        (
            "list_item",
            "2. Vận động Ni-giê-ri-a ủng hộ Việt Nam ứng cử thành viên Hội đồng Nhân quyền Liên hợp quốc nhiệm kỳ 2026 – 2028.",
        ),
        (
            "list_item",
            "3. Theo dõi sát quan hệ giữa ECOWAS và AES sau khi ba nước chính thức rời khối, kịp thời đề xuất biện pháp hỗ trợ doanh nghiệp ta xuất khẩu sang khu vực.",
        ),
    ],
}

PRC_NIAMEY = {
    "id": "prc",
    "shape": "news",
    "date": "2024-07-07",
    "stamp": "Chủ Nhật, 07/07/2024 - 08:45",
    "blocks": [
        ("title", "Ma-li, Buốc-ki-na Pha-xô và Ni-giê thành lập liên bang các quốc gia Sahel"),
        (
            "paragraph",
            "Ni-a-mây (TTXVN) – Ngày 6/7, tại hội nghị thượng đỉnh đầu tiên của Liên minh các quốc gia Sahel (AES) ở thủ đô Ni-a-mây của Ni-giê, lãnh đạo Ma-li, Buốc-ki-na Pha-xô và Ni-giê đã ký hiệp ước thành lập liên bang giữa ba nước.",
        ),
        ("heading", "Tiến tới hội nhập sâu rộng hơn", 1),
        (
            "paragraph",
            "Dự hội nghị có Tướng Abdourahamane Tiani, người đứng đầu chính quyền quân sự Ni-giê, Đại tá Assimi Goïta của Ma-li và Đại úy Ibrahim Traoré của Buốc-ki-na Pha-xô. Theo thông cáo chung, ba nước quyết định “tiến thêm một bước tới hội nhập sâu rộng hơn giữa các quốc gia thành viên”; Đại tá Goïta được cử làm Chủ tịch liên bang với nhiệm kỳ một năm, còn Buốc-ki-na Pha-xô sẽ đăng cai phiên họp đầu tiên của nghị viện AES.",
        ),
        (
            "paragraph",
            "Liên minh AES được ba nước lập ra theo Hiến chương Liptako-Gourma ký tháng 9/2023, với cam kết hỗ trợ lẫn nhau, kể cả về quân sự, khi một thành viên bị tấn công.",
        ),
        ("heading", "Quay lưng với ECOWAS", 1),
        (
            "paragraph",
            "Hội nghị diễn ra một ngày trước thượng đỉnh của Cộng đồng Kinh tế các quốc gia Tây Phi (ECOWAS) tại A-bu-gia (Ni-giê-ri-a). Hồi tháng 1, ba nước đã tuyên bố rút khỏi ECOWAS, khối mà họ cáo buộc chịu sự chi phối của Pháp, nước từng là chính quốc. Trước đó, cả ba chính quyền đều đã yêu cầu quân đội Pháp rút đi và tăng cường hợp tác an ninh với Nga.",
        ),
    ],
}

PRD_PLAN = {
    "id": "prd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 41/KH-BCT':<40}Hà Nội, ngày 16 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Xúc tiến thương mại với các nước Tây Phi năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Xúc tiến thương mại với các nước Tây Phi năm 2026"),
        (
            "paragraph",
            "Căn cứ tình hình thị trường Tây Phi sau khi Ma-li, Buốc-ki-na Pha-xô và Ni-giê chính thức rời Cộng đồng Kinh tế các quốc gia Tây Phi (ECOWAS) ngày 29/1/2025, Bộ Công Thương xây dựng Kế hoạch xúc tiến thương mại với các nước Tây Phi năm 2026 như sau:",
        ),
        ("heading", "I. ĐÁNH GIÁ CHUNG", 1),
        (
            "paragraph",
            "Tây Phi tiếp tục là thị trường tiêu thụ gạo lớn của Việt Nam, trong đó Bờ Biển Ngà, Gha-na và Xê-nê-gan là những bạn hàng chính. Năm ngoái, Bộ đã tổ chức đoàn giao thương sang Gha-na và Bờ Biển Ngà; tuy nhiên, tình hình an ninh phức tạp ở ba nước AES vẫn là trở ngại lớn đối với hàng hóa của ta.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 3, tổ chức đoàn xúc tiến thương mại gạo, hàng tiêu dùng và máy nông nghiệp sang Xê-nê-gan và Bờ Biển Ngà, kết hợp làm việc với Bộ Thương mại hai nước.",
        ),
        (
            "list_item",
            "2. Chủ trì, phối hợp với Bộ Ngoại giao thúc đẩy đàm phán Hiệp định thương mại song phương với Gha-na; đề nghị phía bạn sớm trao đổi dự thảo.",
        ),
        (
            "list_item",
            "3. Mời Ủy ban ECOWAS cử đoàn sang dự Hội chợ Thương mại quốc tế Việt Nam (Vietnam Expo) tại Hà Nội vào tháng 4.",
        ),
        (
            "list_item",
            "4. Không tổ chức đoàn xúc tiến sang Ma-li, Buốc-ki-na Pha-xô và Ni-giê trong năm 2026.",
        ),
        (
            "paragraph",
            "Cục Xúc tiến thương mại là đầu mối theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch này.",
        ),
    ],
}

PRE_ECOWAS = {
    "id": "pre",
    "shape": "entry",
    "blocks": [
        ("title", "Cộng đồng Kinh tế các quốc gia Tây Phi"),
        (
            "paragraph",
            "Cộng đồng Kinh tế các quốc gia Tây Phi (ECOWAS) là tổ chức hội nhập khu vực, được thành lập theo Hiệp ước La-gốt do 15 nước Tây Phi ký ngày 28/5/1975 tại La-gốt (Ni-giê-ri-a). Ủy ban ECOWAS đặt trụ sở tại A-bu-gia; tiếng Anh, tiếng Pháp và tiếng Bồ Đào Nha là các ngôn ngữ làm việc của tổ chức.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "Thành viên sáng lập gồm Đa-hô-mây (nay là Bê-nanh), Thượng Vôn-ta (nay là Buốc-ki-na Pha-xô), Bờ Biển Ngà, Găm-bi-a, Gha-na, Ghi-nê, Ghi-nê Bít-xao, Li-bê-ri-a, Ma-li, Mô-ri-ta-ni, Ni-giê, Ni-giê-ri-a, Xê-nê-gan, Xi-ê-ra Lê-ôn và Tô-gô. Cáp Ve gia nhập năm 1977. Mô-ri-ta-ni rút khỏi tổ chức vào tháng 12/2000, rồi ký thỏa thuận trở thành thành viên liên kết năm 2017.",
        ),
        ("heading", "Hoạt động", 1),
        (
            "paragraph",
            "Hiệp ước sửa đổi được ký tại Cô-tô-nu ngày 24/7/1993. Từ năm 1990, ECOWAS triển khai Nhóm giám sát ngừng bắn (ECOMOG) tới Li-bê-ri-a, về sau cả tới Xi-ê-ra Lê-ôn. Tổ chức thường đình chỉ tư cách của những thành viên xảy ra đảo chính, như Ma-li, Ghi-nê và Buốc-ki-na Pha-xô trong hai năm 2021 – 2022.",
        ),
        (
            "paragraph",
            "Ngày 28/1/2024, Ma-li, Buốc-ki-na Pha-xô và Ni-giê, ba nước đã lập Liên minh các quốc gia Sahel (AES), tuyên bố rút khỏi ECOWAS; việc rút lui có hiệu lực từ ngày 29/1/2025.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam mở Đại sứ quán tại Ni-giê-ri-a từ tháng 4/2008. Gạo là mặt hàng xuất khẩu chủ lực của Việt Nam sang các nước thành viên ECOWAS; từ ngày 1/1/2015, hàng hóa của ta vào khu vực chịu biểu thuế đối ngoại chung của khối.",
        ),
    ],
}

DOCS = [PRA_NIGER, PRB_ABUJA, PRC_NIAMEY, PRD_PLAN, PRE_ECOWAS]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer with no running header on its first page (heldout_kit.paged_journal:
    title at 48 columns, labels and body at 70, the page number indented 34 spaces at each page's foot, then a
    form feed and the header "Tạp chí Chính trị và Phát triển châu Phi, Số 2 (2025)")."""
    return paged_journal(doc, 48, 70, 70, indent=34)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 74 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the ambassador's signature at the end."""
    return word_text(doc, 74, ["ĐẠI SỨ", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page (heldout_kit.news_page): <title> and article:published_time, a "Thế giới / Châu Phi" nav
    menu, <article class="detail">, <h1>, the date line, the lead in <p class="sapo"><strong>, <h2> subheads,
    <p> paragraphs, a tag list and the TTXVN footer."""
    return news_page(
        doc,
        section="Châu Phi",
        time="08:45",
        menu=[("/the-gioi", "Thế giới"), ("/the-gioi/chau-phi", "Châu Phi")],
        tags=[("/tag/sahel", "Sahel"), ("/tag/aes", "AES"), ("/tag/ecowas", "ECOWAS")],
        lead='<p class="sapo"><strong>{}</strong></p>',
        heading='<h2 class="subtitle">{}</h2>',
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred two-line title, body at 78 columns with
    a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        78,
        [
            "Nơi nhận:",
            "- Bộ Ngoại giao (để phối hợp);",
            "- Đại sứ quán VN tại Ni-giê-ri-a;",
            "- Lưu: VT, XTTM.",
        ],
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
        prefix="pr",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
