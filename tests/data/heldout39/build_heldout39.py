"""Build the thirty-ninth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout39/build_heldout39.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout38, on topics those sets do not use (Ghana in West Africa and
its relations with Vietnam, Hải Phòng's external affairs in 2023, the appointment of Kofi Annan as UN
Secretary-General on 17/12/1996, a Foreign Ministry notice on cooperation with UNHCR, an encyclopedia
entry on the 1951 Refugee Convention). Nothing in src/ was changed for them. Facts are well-established;
authors, journal, page numbers, document numbers, the city report's local items, the Vietnamese
diplomat's words and the whole ministry notice (number, date, tasks) are invented. Events, citations
and questions gold are written by hand; ``--check`` verifies that every gold evidence, quote and
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
    official_text,
    paged_journal,
    word_text,
)

ZA_GHANA = {
    "id": "za",
    "shape": "journal",
    "header": "Nghiên cứu Châu Phi và Trung Đông, số 4 (2023), tr. 58-63",
    "first_page": 58,
    "break_after": 3,
    "blocks": [
        ("title", "GA-NA VÀ TÂY PHI TRONG CHÍNH SÁCH ĐỐI NGOẠI ĐA PHƯƠNG HÓA CỦA VIỆT NAM"),
        ("author", "Phan Thị Ngọc Diệp"),
        ("affiliation", "Viện Nghiên cứu Châu Phi và Trung Đông"),
        (
            "abstract",
            "Bài viết khái quát vị thế của Ga-na ở Tây Phi và các dấu mốc trong quan hệ giữa nước này với Việt Nam.",
            "vi",
        ),
        ("keywords", "Ga-na; ECOWAS; Tây Phi", "vi"),
        ("heading", "1. Người mở đường của châu Phi độc lập", 1),
        (
            "paragraph",
            "Giành độc lập từ Anh ngày 6/3/1957, Ga-na được kết nạp vào Liên hợp quốc chỉ hai ngày sau. Dưới sự lãnh đạo của Kwame Nkrumah, nước này là một trong 32 quốc gia sáng lập Tổ chức Thống nhất châu Phi (OAU) tại Át-đi A-ba-ba ngày 25/5/1963 (Hoàng Văn Toàn, 2018, tr. 33). Hiệp ước Lagos thành lập Cộng đồng Kinh tế các quốc gia Tây Phi (ECOWAS) được Ga-na cùng Ni-giê-ri-a, Xê-nê-gan, Bờ Biển Ngà và 11 nước Tây Phi khác ký ngày 28/5/1975.",
        ),
        ("heading", "2. Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam và Ga-na thiết lập quan hệ ngoại giao ngày 25/3/1965. Tổng thống Nkrumah từng nhận lời sang Hà Nội tìm giải pháp hòa bình cho cuộc chiến, song chuyến đi không thành vì ông bị lật đổ ngày 24/2/1966 khi đang ở Bắc Kinh (Lương Minh Đức, 2020). Đến nay, hai nước vẫn ủng hộ nhau tại các diễn đàn đa phương.",
        ),
        ("heading", "3. Triển vọng hợp tác", 1),
        (
            "paragraph",
            "Ga-na là một trong những thị trường nhập khẩu gạo lớn nhất của Việt Nam ở châu Phi. Năm 2018, cùng với Kê-ni-a, nước này phê chuẩn sớm nhất Hiệp định thành lập Khu vực Thương mại tự do lục địa châu Phi (AfCFTA), có Ban Thư ký đặt tại Ác-cra. Theo một chuyên gia, Ga-na là “cửa ngõ để hàng Việt vào thị trường ECOWAS” (Trịnh Thu Hà, 2022, tr. 87-88); phía ta vì vậy dự kiến sẽ đàm phán với phía bạn một hiệp định bảo hộ đầu tư.",
        ),
    ],
}

ZB_HAIPHONG = {
    "id": "zb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN",
        "THÀNH PHỐ HẢI PHÒNG",
        "SỞ NGOẠI VỤ",
        "Số: 412/BC-SNgV",
        "Hải Phòng, ngày 12 tháng 12 năm 2023",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết công tác đối ngoại năm 2023 và phương hướng, nhiệm vụ năm 2024"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác đối ngoại năm 2023 và phương hướng, nhiệm vụ năm 2024"),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Quan hệ với thành phố Kitakyushu (Nhật Bản) tiếp tục được củng cố; phía bạn hỗ trợ kỹ thuật cho Công ty Cấp nước Hải Phòng về xử lý nước sạch và giảm thất thoát nước.",
        ),
        (
            "list_item",
            "2. Từ ngày 18 đến ngày 20/9/2023, thành phố đón đoàn Cơ quan Quản lý cảng biển Ga-na (GPHA) sang tìm hiểu mô hình khai thác bến cảng cửa ngõ quốc tế Lạch Huyện; lượng gạo xuất sang Ga-na qua cảng Hải Phòng năm nay tăng khoảng 12% so với năm ngoái.",
        ),
        (
            "list_item",
            "3. Tháng trước, Sở phối hợp với Cao ủy Liên hợp quốc về người tị nạn (UNHCR) tổ chức hội thảo về phòng ngừa tình trạng không quốc tịch ở phụ nữ lấy chồng nước ngoài trở về địa phương.",
        ),
        (
            "list_item",
            "4. Biên bản ghi nhớ giữa Cảng Hải Phòng và GPHA chưa được ký kết như dự kiến do hai bên còn khác biệt về một số điều khoản.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024", 1),
        (
            "list_item",
            "1. Phấn đấu ký biên bản ghi nhớ với GPHA trong quý I năm tới; tổ chức đoàn lãnh đạo thành phố sang thăm Ác-cra và cảng Tê-ma.",
        ),
        (
            "list_item",
            "2. Dự kiến tháng 5/2024, phối hợp với Tổ chức Di cư Quốc tế (IOM) mở lớp tập huấn về hỗ trợ nạn nhân bị mua bán trở về.",
        ),
    ],
}

ZC_ANNAN = {
    "id": "zc",
    "shape": "news",
    "date": "1996-12-18",
    "stamp": "Thứ Tư, 18/12/1996 - 07:15",
    "blocks": [
        ("title", "Ông Kofi Annan được bổ nhiệm làm Tổng Thư ký Liên hợp quốc"),
        (
            "paragraph",
            "Niu Oóc (TTXVN) – Ngày 17/12, Đại hội đồng Liên hợp quốc đã bổ nhiệm ông Kofi Annan, nhà ngoại giao người Ga-na, làm Tổng Thư ký thứ bảy của tổ chức bằng hình thức hoan hô, với nhiệm kỳ 5 năm bắt đầu từ ngày 1/1/1997.",
        ),
        ("heading", "Sau cuộc phủ quyết tháng trước", 1),
        (
            "paragraph",
            "Quyết định được đưa ra bốn ngày sau khi Hội đồng Bảo an nhất trí giới thiệu ông Annan, khi đó là Phó Tổng Thư ký phụ trách các hoạt động gìn giữ hòa bình. Tháng trước, đương kim Tổng Thư ký Boutros Boutros-Ghali (Ai Cập) đã không được tái cử vì Mỹ phủ quyết, dù 14 trong số 15 ủy viên Hội đồng bỏ phiếu ủng hộ ông.",
        ),
        ("heading", "Người đầu tiên từ châu Phi cận Sahara", 1),
        (
            "paragraph",
            "Sinh năm 1938 tại Ku-ma-xi, ông Annan là người châu Phi cận Sahara đầu tiên và cũng là cán bộ đầu tiên trưởng thành từ bộ máy Liên hợp quốc giữ cương vị này; ông từng làm việc tại Tổ chức Y tế Thế giới (WHO) và Cao ủy Liên hợp quốc về người tị nạn (UNHCR).",
        ),
        ("heading", "Việt Nam hoan nghênh", 1),
        (
            "paragraph",
            "Một nhà ngoại giao Việt Nam tại Niu Oóc cho biết Việt Nam, thành viên Liên hợp quốc từ ngày 20/9/1977, hoan nghênh kết quả này và sẵn sàng hợp tác chặt chẽ với tân Tổng Thư ký, coi đây là “thắng lợi chung của các nước đang phát triển”.",
        ),
    ],
}

ZD_UNHCR = {
    "id": "zd",
    "shape": "decision",
    "head": [
        f"{'BỘ NGOẠI GIAO':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'-------':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 2157/TB-BNG-LPQT':<40}Hà Nội, ngày 24 tháng 6 năm 2024",
    ],
    "title_lines": [
        "THÔNG BÁO",
        "Kết luận của Thứ trưởng Ngoại giao tại cuộc họp liên ngành",
        "về hợp tác với Cao ủy Liên hợp quốc về người tị nạn",
    ],
    "blocks": [
        (
            "title",
            "THÔNG BÁO Kết luận của Thứ trưởng Ngoại giao tại cuộc họp liên ngành về hợp tác với Cao ủy Liên hợp quốc về người tị nạn",
        ),
        (
            "paragraph",
            "Ngày 20/6/2024, nhân Ngày Người tị nạn thế giới, Thứ trưởng Ngoại giao chủ trì cuộc họp liên ngành về hợp tác với UNHCR và kết luận như sau:",
        ),
        (
            "list_item",
            "1. Quan hệ giữa Việt Nam và UNHCR được đặt nền móng bằng Bản ghi nhớ về Chương trình Ra đi có trật tự (ODP) ký ngày 30/5/1979; trong khuôn khổ Kế hoạch Hành động toàn diện (CPA) được Hội nghị quốc tế về người tị nạn Đông Dương thông qua tại Giơ-ne-vơ tháng 6/1989, hai bên đã phối hợp tiếp nhận, hỗ trợ tái hòa nhập cho người hồi hương.",
        ),
        (
            "list_item",
            "2. Năm ngoái, UNHCR tiếp tục hỗ trợ kỹ thuật cho Bộ Tư pháp trong giải quyết hồ sơ quốc tịch cho người di cư tự do; tháng trước, Trưởng Văn phòng khu vực của tổ chức này tại Băng Cốc đã làm việc với Bộ Ngoại giao về hợp tác giai đoạn 2024 – 2026.",
        ),
        (
            "list_item",
            "3. Bộ Ngoại giao chủ trì, phối hợp với Bộ Công an xây dựng đề án ký Bản ghi nhớ với UNHCR về phòng ngừa và giảm thiểu tình trạng không quốc tịch, phấn đấu trình cấp có thẩm quyền phê duyệt trong năm 2025.",
        ),
        (
            "list_item",
            "4. Dự kiến tháng 10 năm nay, Phái đoàn thường trực Việt Nam tại Giơ-ne-vơ sẽ dự phiên họp thường niên của Ban Chấp hành Chương trình của Cao ủy; chưa đặt vấn đề tăng đóng góp tài chính.",
        ),
    ],
}

ZE_CONVENTION = {
    "id": "ze",
    "shape": "entry",
    "blocks": [
        ("title", "Công ước năm 1951 về Vị thế người tị nạn"),
        (
            "paragraph",
            "Công ước về Vị thế người tị nạn được Hội nghị đại diện toàn quyền của Liên hợp quốc thông qua tại Giơ-ne-vơ ngày 28/7/1951 và có hiệu lực từ ngày 22/4/1954. Văn kiện định nghĩa người tị nạn, xác lập nguyên tắc không trả lại (non-refoulement) tại Điều 33 và giao Cao ủy Liên hợp quốc về người tị nạn (UNHCR), cơ quan ra đời ngày 14/12/1950, giám sát việc thực thi.",
        ),
        ("heading", "Nghị định thư năm 1967", 1),
        (
            "paragraph",
            "Ban đầu Công ước chỉ áp dụng cho những biến cố xảy ra trước ngày 1/1/1951. Nghị định thư về Vị thế người tị nạn, có hiệu lực từ ngày 4/10/1967, đã xóa bỏ giới hạn thời gian và địa lý đó.",
        ),
        ("heading", "Các văn kiện khu vực", 1),
        (
            "paragraph",
            "Ở châu Phi, Công ước của Tổ chức Thống nhất châu Phi về người tị nạn (1969) mở rộng khái niệm người tị nạn cho cả nạn nhân của xâm lược và chiếm đóng từ bên ngoài; Ga-na, Ni-giê-ri-a và Xê-nê-gan là thành viên của cả hai công ước. Tại Mỹ Latinh, Tuyên bố Cartagena (1984) đi theo hướng tương tự.",
        ),
        ("heading", "Châu Á", 1),
        (
            "paragraph",
            "Nhiều nước châu Á, trong đó có Ấn Độ, In-đô-nê-xi-a, Ma-lai-xi-a và Thái Lan, đến nay chưa gia nhập Công ước, dù vẫn cho UNHCR hoạt động trên lãnh thổ mình.",
        ),
    ],
}

DOCS = [ZA_GHANA, ZB_HAIPHONG, ZC_ANNAN, ZD_UNHCR, ZE_CONVENTION]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: front matter from heldout_kit (title at 44 columns, labels at
    70), body at 70 columns, no blank line after headings; after ``break_after`` body lines
    (mid-sentence) the page number at the left margin, a form feed and the running header (journal,
    issue and page range); the last page ends with its number."""
    return paged_journal(doc, 44, 70, 70, indent=0, blank_after_heading=False)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 80 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 80, ["GIÁM ĐỐC", "(Đã ký)", "Nguyễn Văn Hùng"])


def render_news(doc: dict) -> str:
    """An archived news page: <meta name="pubdate">, a header menu, <h1 class="title">, the date in a
    <div class="date">, the lead (dateline) in <div class="sapo">, <h2> subheads, <p> paragraphs, a
    "Tin liên quan" list, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"<h2>{b[1]}</h2>" if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="pubdate" content="{doc["date"]}">\n'
        f"<title>{title}</title>\n</head>\n<body>\n"
        '<header><ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/quoc-te">Quốc tế</a></li></ul></header>\n'
        f'<div class="content">\n<h1 class="title">{title}</h1>\n<div class="date">{doc["stamp"]}</div>\n'
        f'<div class="sapo">{lead}</div>\n' + "\n".join(body) + "\n"
        '<div class="related"><b>Tin liên quan</b><ul><li><a href="/lhq-50">LHQ tròn 50 tuổi</a></li></ul></div>\n'
        "</div>\n<footer>© Báo điện tử Tin tức</footer>\n</body>\n</html>\n"
    )


def render_decision(doc: dict) -> str:
    """A ministry notice: the two-column issuer/motto block, the centred three-line title, body at 82
    columns with no blank line between blocks, the signature at the right and "Nơi nhận"."""
    tail = [
        "",
        f"{'':48}TL. BỘ TRƯỞNG",
        f"{'':44}VỤ TRƯỞNG VỤ LUẬT PHÁP",
        f"{'':48}VÀ ĐIỀU ƯỚC QUỐC TẾ",
        "",
        "Nơi nhận:",
        "- Lưu: VT, LPQT.",
    ]
    return official_text(doc, 82, tail, blank_between=False)


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "news": render_news,
            "decision": render_decision,
            "entry": entry_text,
        },
        prefix="z",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
