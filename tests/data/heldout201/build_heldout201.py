"""Build the two-hundred-and-first held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout201/build_heldout201.py [--check]

Five short documents on Vietnam and New Zealand, on topics no earlier set has as its main one (heldout7 has a
journal article on the relations of 1975 – 2025): the two countries' trade inside the regional free trade
agreements, the Vietnamese Embassy in New Zealand's report on 2024, the upgrade to a Comprehensive Strategic
Partnership during Christopher Luxon's visit (Hà Nội, 26/2/2025), a (fictitious) speech of the Vice Chairman
of the National Assembly at the reception for the 50th anniversary of relations (Hà Nội, 19/6/2025; the
speech takes the place of the plan), an encyclopedia entry on the Trans-Pacific Strategic Economic
Partnership (P4). Nothing in src/ was changed for them. Facts are well-established; authors, journal, page
numbers, document numbers, the embassy report's own items, the whole speech (speaker, occasion, words) and
all quoted words are invented. Events, citations and questions gold are written by hand; ``--check``
verifies that every gold evidence, quote and citation occurs in the documents.
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
    wrap,
)

YZA_TRADE = {
    "id": "yza",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU CHÂU ĐẠI DƯƠNG – Số 2 (2024)",
    "first_page": 41,
    "break_after": 13,
    "blocks": [
        ("title", "HỢP TÁC KINH TẾ VIỆT NAM – NEW ZEALAND TRONG CÁC HIỆP ĐỊNH THƯƠNG MẠI TỰ DO KHU VỰC"),
        ("author", "Nguyễn Hoài Nam"),
        ("affiliation", "Trường Đại học Ngoại thương"),
        (
            "abstract",
            "Bài viết phân tích khung khổ pháp lý và kết quả hợp tác thương mại, đầu tư giữa Việt Nam và New Zealand, từ đó nêu một số kiến nghị.",
            "vi",
        ),
        ("keywords", "New Zealand; AANZFTA; CPTPP; RCEP; thương mại nông sản", "vi"),
        ("heading", "1. Khung khổ pháp lý", 1),
        (
            "paragraph",
            "Việt Nam và New Zealand thiết lập quan hệ ngoại giao ngày 19/6/1975. Hai nước cùng ký Hiệp định thành lập Khu vực thương mại tự do ASEAN – Australia – New Zealand (AANZFTA) ngày 27/2/2009; hiệp định này có hiệu lực với cả hai nước từ ngày 1/1/2010. Hiệp định CPTPP, được ký tại Santiago de Chile ngày 8/3/2018, có hiệu lực với New Zealand – nước lưu chiểu của hiệp định – từ ngày 30/12/2018 và với Việt Nam từ ngày 14/1/2019 (Nguyễn Thị Thanh Mai, 2020, tr. 71). Đến ngày 15/11/2020, hai nước lại cùng 13 nền kinh tế khác ký Hiệp định RCEP.",
        ),
        ("heading", "2. Kết quả hợp tác", 1),
        (
            "paragraph",
            "Tháng 7/2020, quan hệ hai nước được nâng lên Đối tác chiến lược. Năm 2023, kim ngạch thương mại hai chiều đạt hơn 1,3 tỷ USD; đến tháng 11/2023, New Zealand có 52 dự án đầu tư tại Việt Nam với tổng vốn khoảng 208 triệu USD (Lê Quang Vinh, 2024). Theo một nghiên cứu, sữa, trái cây và gỗ của New Zealand “bổ sung chứ không cạnh tranh trực tiếp” với hàng xuất khẩu của Việt Nam (Hoàng Thu Thủy, 2023, tr. 24). New Zealand cũng hỗ trợ Việt Nam thông qua các dự án phát triển nông nghiệp và chương trình học bổng Manaaki.",
        ),
        ("heading", "3. Kiến nghị", 1),
        (
            "paragraph",
            "Đến nay, Việt Nam và New Zealand chưa có hiệp định thương mại tự do song phương. Tháng 3/2024, Thủ tướng Phạm Minh Chính thăm chính thức New Zealand và hội đàm với Thủ tướng Christopher Luxon tại Oen-linh-tơn. Trên cơ sở đó, ta cần khai thác tốt hơn các ưu đãi thuế quan của CPTPP và RCEP để mở rộng xuất khẩu nông sản sang thị trường New Zealand.",
        ),
    ],
}

YZB_EMBASSY = {
    "id": "yzb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "ĐẠI SỨ QUÁN VIỆT NAM TẠI NEW ZEALAND",
        "Số: 152/BC-ĐSQ",
        "Oen-linh-tơn, ngày 13 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết công tác năm 2024, phương hướng nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác năm 2024, phương hướng nhiệm vụ năm 2025"),
        ("heading", "I. KẾT QUẢ CÔNG TÁC NĂM 2024", 1),
        (
            "list_item",
            "1. Phục vụ thành công chuyến thăm chính thức New Zealand của Thủ tướng Phạm Minh Chính từ ngày 9 đến 11/3/2024, chuyến thăm đầu tiên của một người đứng đầu Chính phủ nước ngoài kể từ khi New Zealand có chính phủ mới. Tại Oen-linh-tơn, hai Thủ tướng đã hội đàm và chứng kiến lễ ký các văn kiện hợp tác.",
        ),
        (
            "list_item",
            "2. Tháng 11, Đại sứ quán phối hợp tổ chức Tuần hàng Việt Nam tại Auckland với sự tham gia của 25 doanh nghiệp trong nước.",
        ),
        (
            "list_item",
            "3. Chương trình học bổng Manaaki của Chính phủ New Zealand năm nay dành 45 suất cho ứng viên Việt Nam.",
        ),
        (
            "list_item",
            "4. Đề xuất tăng chỉ tiêu Chương trình lao động – kỳ nghỉ dành cho thanh niên Việt Nam vẫn chưa được phía bạn chấp thuận.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Phối hợp chuẩn bị chuyến thăm chính thức Việt Nam của Thủ tướng Christopher Luxon vào đầu năm 2025 và các hoạt động kỷ niệm 50 năm thiết lập quan hệ ngoại giao (19/6/1975 – 19/6/2025).",
        ),
        (
            "list_item",
            "2. Quý II năm sau, phối hợp tổ chức Diễn đàn doanh nghiệp Việt Nam – New Zealand tại Auckland.",
        ),
        (
            "list_item",
            "3. Tiếp tục vận động phía bạn tăng chỉ tiêu Chương trình lao động – kỳ nghỉ.",
        ),
    ],
}

YZC_LUXON = {
    "id": "yzc",
    "shape": "news",
    "date": "2025-02-26",
    "stamp": "Thứ Tư, 26/02/2025 - 20:15",
    "blocks": [
        ("title", "Việt Nam và New Zealand nâng cấp quan hệ lên Đối tác chiến lược toàn diện"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Ngày 26/2, sau lễ đón chính thức, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng New Zealand Christopher Luxon, người đang thăm chính thức Việt Nam và dự Diễn đàn Tương lai ASEAN lần thứ hai từ ngày 25 đến 28/2.",
        ),
        ("heading", "Khuôn khổ quan hệ mới", 1),
        (
            "paragraph",
            "Trên cơ sở kết quả hợp tác từ khi thiết lập quan hệ ngoại giao năm 1975 và nâng cấp lên Đối tác chiến lược năm 2020, hai Thủ tướng nhất trí nâng quan hệ Việt Nam – New Zealand lên Đối tác chiến lược toàn diện, đúng vào năm hai nước kỷ niệm 50 năm thiết lập quan hệ ngoại giao. Hai bên đặt mục tiêu đưa kim ngạch thương mại song phương lên 3 tỷ USD vào năm 2026.",
        ),
        (
            "paragraph",
            "Sau hội đàm, hai Thủ tướng chứng kiến lễ trao các văn kiện hợp tác giữa các bộ, ngành hai nước. Thủ tướng Phạm Minh Chính đề nghị New Zealand tiếp tục hỗ trợ Việt Nam đào tạo nguồn nhân lực và phát triển nông nghiệp công nghệ cao.",
        ),
        ("heading", "Đoàn doanh nghiệp đông đảo", 1),
        (
            "paragraph",
            "Tháp tùng Thủ tướng Luxon có đoàn doanh nghiệp lớn của New Zealand trong các lĩnh vực sữa, trái cây, giáo dục và y tế. Trong khuôn khổ chuyến thăm, ông Luxon hội kiến Tổng Bí thư Tô Lâm, Chủ tịch nước Lương Cường và Chủ tịch Quốc hội Trần Thanh Mẫn. Việt Nam hiện là nước điều phối quan hệ ASEAN – New Zealand, và năm nay cũng đánh dấu 50 năm quan hệ đối tác giữa ASEAN và New Zealand.",
        ),
    ],
}

YZD_SPEECH = {
    "id": "yzd",
    "shape": "speech",
    "speaker": "PHÁT BIỂU CỦA PHÓ CHỦ TỊCH QUỐC HỘI",
    "place": "Hà Nội, ngày 19 tháng 6 năm 2025",
    "blocks": [
        (
            "title",
            "Tại Lễ chiêu đãi kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam – New Zealand",
        ),
        ("paragraph", "Thưa Ngài Đại sứ New Zealand tại Việt Nam,"),
        ("paragraph", "Kính thưa các vị đại biểu, Quý vị khách quý,"),
        ("paragraph", "Thưa các bạn,"),
        (
            "paragraph",
            "Hôm nay, tôi rất vui mừng cùng Quý vị có mặt tại đây để kỷ niệm 50 năm ngày Việt Nam và New Zealand thiết lập quan hệ ngoại giao. Thay mặt lãnh đạo Quốc hội Việt Nam, tôi xin gửi tới Ngài Đại sứ và toàn thể Quý vị lời chào trân trọng và lời chúc mừng tốt đẹp nhất.",
        ),
        (
            "paragraph",
            "Nửa thế kỷ trước, ngày 19/6/1975, hai nước chính thức thiết lập quan hệ ngoại giao. Nhân dân Việt Nam không quên sự giúp đỡ của Chính phủ và nhân dân New Zealand trong những năm đất nước còn nhiều khó khăn; viện trợ không hoàn lại của New Zealand dành cho Việt Nam được duy trì từ năm 1995 đến nay. Từ quan hệ Đối tác toàn diện thiết lập năm 2009, hai nước đã nâng quan hệ lên Đối tác chiến lược năm 2020 và, nhân chuyến thăm Việt Nam của Thủ tướng Christopher Luxon tháng 2 vừa qua, lên Đối tác chiến lược toàn diện.",
        ),
        (
            "paragraph",
            "Để quan hệ hai nước phát triển tương xứng với khuôn khổ mới, tôi xin đề xuất ba định hướng. Thứ nhất, tăng cường trao đổi đoàn cấp cao và giao lưu giữa hai Quốc hội; chúng tôi mong sớm được đón Ngài Chủ tịch Quốc hội New Zealand sang thăm Việt Nam trong năm nay. Thứ hai, tận dụng tốt CPTPP, RCEP và AANZFTA để sớm đạt mục tiêu kim ngạch thương mại 3 tỷ USD vào năm 2026. Thứ ba, mở rộng hợp tác giáo dục, nông nghiệp và ứng phó với biến đổi khí hậu, đồng thời phối hợp chặt chẽ tại ASEAN, APEC và Liên hợp quốc.",
        ),
        (
            "paragraph",
            "Nhân dịp này, tôi xin mời Quý vị cùng nâng ly chúc cho tình hữu nghị và quan hệ Đối tác chiến lược toàn diện Việt Nam – New Zealand mãi mãi bền vững; chúc sức khỏe Ngài Đại sứ và toàn thể Quý vị.",
        ),
        ("paragraph", "Xin trân trọng cảm ơn."),
    ],
}

YZE_P4 = {
    "id": "yze",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp định Đối tác kinh tế chiến lược xuyên Thái Bình Dương (P4)"),
        (
            "paragraph",
            "Hiệp định Đối tác kinh tế chiến lược xuyên Thái Bình Dương (TPSEP), thường gọi là P4, là hiệp định thương mại tự do giữa Bru-nây, Chi-lê, New Zealand và Xin-ga-po, tiền thân của Hiệp định Đối tác xuyên Thái Bình Dương (TPP).",
        ),
        ("heading", "Đàm phán và ký kết", 1),
        (
            "paragraph",
            "Chi-lê, New Zealand và Xin-ga-po khởi động đàm phán bên lề Hội nghị các nhà lãnh đạo kinh tế APEC ở Los Cabos (Mê-hi-cô) năm 2002; Bru-nây tham gia với tư cách thành viên sáng lập từ vòng đàm phán cuối cùng vào tháng 4/2005. Ba nước đầu ký hiệp định tại Oen-linh-tơn ngày 18/7/2005, còn Bru-nây ký ngày 2/8/2005.",
        ),
        ("heading", "Nội dung và hiệu lực", 1),
        (
            "paragraph",
            "Hiệp định bao trùm thương mại hàng hóa, quy tắc xuất xứ, thương mại dịch vụ, sở hữu trí tuệ, mua sắm chính phủ và chính sách cạnh tranh, kèm theo một hiệp định hợp tác môi trường và một bản ghi nhớ về hợp tác lao động. Các bên cam kết cắt giảm 90% thuế quan từ ngày 1/1/2006 và xóa bỏ toàn bộ vào năm 2015. Hiệp định có hiệu lực với New Zealand và Xin-ga-po từ tháng 5/2006 và với Chi-lê từ ngày 8/11/2006. Dù có điều khoản mở cho các nền kinh tế khác, chưa có nước nào gia nhập P4 theo điều khoản này.",
        ),
        ("heading", "Từ P4 đến TPP và CPTPP", 1),
        (
            "paragraph",
            "Năm 2008, Hoa Kỳ tuyên bố tham gia đàm phán mở rộng P4 và mời Ô-xtrây-li-a, Pê-ru và Việt Nam cùng tham gia; Việt Nam ban đầu dự với tư cách quan sát viên. Vòng đàm phán TPP chính thức đầu tiên giữa tám nước họp tại Men-bơn tháng 3/2010. Sau khi Hoa Kỳ rút khỏi TPP năm 2017, 11 nước còn lại ký CPTPP tại Santiago de Chile ngày 8/3/2018.",
        ),
    ],
}

DOCS = [YZA_TRADE, YZB_EMBASSY, YZC_LUXON, YZD_SPEECH, YZE_P4]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page, the page number as
    "[N]" flush right at the foot (heldout_kit.headed_journal: title at 46 columns, labels and body at 70)."""
    return headed_journal(doc, title=46, label=70, body=70)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 76 columns as on the page, every
    line followed by an empty line; the ambassador's signature at the end."""
    return word_text(doc, 76, ["ĐẠI SỨ", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page with the agency's "Đối ngoại" section."""
    return news_page(
        doc,
        section="Đối ngoại",
        time="20:15",
        menu=[("/doi-ngoai", "Đối ngoại"), ("/the-gioi", "Thế giới"), ("/kinh-te", "Kinh tế")],
        tags=[
            ("/tag/new-zealand", "New Zealand"),
            ("/tag/doi-tac-chien-luoc-toan-dien", "Đối tác chiến lược toàn diện"),
        ],
    )


def render_speech(doc: dict) -> str:
    """A speech as published on the National Assembly's portal and copied as text: the speaker line in
    capitals, the occasion (the title) and the place-date line in parentheses under it, a blank line, the
    greeting lines one a line with no blank between them, the paragraphs wrapped at 72 columns with a blank
    line after each, the closing thanks."""
    blocks = doc["blocks"]
    greeting = ("Kính thưa", "Thưa")
    out = [doc["speaker"], blocks[0][1], f"({doc['place']})", ""]
    for i, b in enumerate(blocks[1:], start=1):
        if b[1].startswith(greeting):
            out.append(b[1])
            if not blocks[i + 1][1].startswith(greeting):
                out.append("")
        else:
            out += wrap(b[1], 72) + [""]
    return "\n".join(out)


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "news": render_news,
            "speech": render_speech,
            "entry": entry_text,
        },
        prefix="yz",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
