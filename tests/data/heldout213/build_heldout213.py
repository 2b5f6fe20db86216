"""Build the two-hundred-and-thirteenth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout213/build_heldout213.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
topics those sets do not use (Vietnam – UAE relations from 1993 to the CEPA and the Comprehensive Partnership
of 2024; the Hồ Chí Minh City Investment and Trade Promotion Centre's Middle East work in 2024; the close of
the WTO's Thirteenth Ministerial Conference in Abu Dhabi, 2/3/2024; a (fictitious) Politburo conclusion on
multilateral diplomacy to 2030, in the new shape of this set, an excerpt of a Party document; an encyclopedia
entry on the G20). Nothing in src/ was changed for them. Facts are well-established; authors, journal, page
numbers, document numbers, the centre's local items and all quoted words of the cited authors are invented,
the Politburo conclusion (number, dates, wording, tasks) is fictitious. Events, citations and questions gold
are written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the documents.

The party document has no helper in heldout_kit: :func:`render_party` lays it out in plain Python.
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

BRA_UAE = {
    "id": "bra",
    "shape": "journal",
    "header": "TẠP CHÍ THÔNG TIN TRUNG ĐÔNG – Số 4 (2025)",
    "first_page": 31,
    "break_after": 11,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – UAE: TỪ HỢP TÁC LAO ĐỘNG ĐẾN ĐỐI TÁC TOÀN DIỆN"),
        ("author", "Mai Thị Phương Thảo"),
        (
            "affiliation",
            "Khoa Đông phương học, Trường Đại học Khoa học Xã hội và Nhân văn, ĐHQG Thành phố Hồ Chí Minh",
        ),
        (
            "abstract",
            "Bài viết khái quát quá trình phát triển quan hệ Việt Nam – Các Tiểu vương quốc Ả-rập Thống nhất từ năm 1993 và triển vọng sau khi hai nước ký Hiệp định CEPA.",
            "vi",
        ),
        ("keywords", "UAE; vùng Vịnh; CEPA; Đối tác toàn diện", "vi"),
        ("heading", "1. Những nền tảng ban đầu", 1),
        (
            "paragraph",
            "Các Tiểu vương quốc Ả-rập Thống nhất (UAE) ra đời ngày 2/12/1971 và được kết nạp vào Liên hợp quốc chỉ một tuần sau đó; tháng 5/1981, UAE cùng Ả-rập Xê-út, Kuwait, Qatar, Bahrain và Oman thành lập Hội đồng Hợp tác vùng Vịnh (GCC) tại Abu Dhabi. Việt Nam và UAE thiết lập quan hệ ngoại giao ngày 1/8/1993. Trong những năm đầu, quan hệ chủ yếu xoay quanh việc đưa lao động Việt Nam sang làm việc trong ngành xây dựng và dịch vụ (Hà Văn Lộc, 2019, tr. 88). Chuyến thăm Việt Nam năm 2007 của Phó Tổng thống, Thủ tướng UAE kiêm Tiểu vương Dubai Sheikh Mohammed bin Rashid Al Maktoum mở ra giai đoạn trao đổi đoàn cấp cao thường xuyên hơn.",
        ),
        ("heading", "2. Bước phát triển mới (2023 – 2024)", 1),
        (
            "paragraph",
            "Năm 2023, dịp kỷ niệm 30 năm quan hệ ngoại giao, Phó Chủ tịch nước Võ Thị Ánh Xuân thăm UAE, còn hai bên chính thức khởi động đàm phán Hiệp định Đối tác kinh tế toàn diện (CEPA) từ tháng 4 (Tạ Thu Trang, 2023). Cuối năm đó, Thủ tướng Phạm Minh Chính dự Hội nghị COP28 tại Dubai. Trong chuyến thăm chính thức UAE của Thủ tướng, ngày 28/10/2024, hai nước ra Tuyên bố chung nâng quan hệ lên Đối tác toàn diện và ký CEPA, hiệp định thương mại tự do đầu tiên của Việt Nam với một quốc gia Ả-rập.",
        ),
        ("heading", "3. Triển vọng", 1),
        (
            "paragraph",
            "UAE là thành viên BRICS từ ngày 1/1/2024 và là trung tâm tài chính, logistics hàng đầu vùng Vịnh. Theo một chuyên gia, CEPA sẽ “mở cánh cửa vào toàn bộ thị trường vùng Vịnh” cho hàng hóa Việt Nam (Mai Xuân Khoa, 2025, tr. 36). Để tận dụng hiệp định, ta cần sớm xây dựng trung tâm chứng nhận Halal đạt chuẩn quốc tế và thu hút các quỹ đầu tư của UAE vào năng lượng tái tạo, cảng biển.",
        ),
    ],
}

BRB_ITPC = {
    "id": "brb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH",
        "TRUNG TÂM XÚC TIẾN THƯƠNG MẠI VÀ ĐẦU TƯ",
        "Số: 126/BC-ITPC",
        "Thành phố Hồ Chí Minh, ngày 26 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả xúc tiến thương mại, đầu tư tại thị trường Trung Đông năm 2024 và kế hoạch năm 2025",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Kết quả xúc tiến thương mại, đầu tư tại thị trường Trung Đông năm 2024 và kế hoạch năm 2025",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Tháng 2, Trung tâm tổ chức khu gian hàng của 18 doanh nghiệp thực phẩm Thành phố tại Hội chợ Gulfood ở Dubai (UAE); sau hội chợ, các doanh nghiệp đã ký 12 hợp đồng xuất khẩu gạo, hạt điều và cà phê với nhà nhập khẩu UAE và Ả-rập Xê-út.",
        ),
        (
            "list_item",
            "2. Tháng 5, đón đoàn Phòng Thương mại Dubai gồm 25 doanh nghiệp sang tìm hiểu cơ hội đầu tư vào logistics và bất động sản công nghiệp; hai bên ký biên bản ghi nhớ về trao đổi thông tin thị trường.",
        ),
        (
            "list_item",
            "3. Tháng 9, phối hợp với Văn phòng Kinh tế và Thương mại Israel tổ chức hội thảo về công nghệ nông nghiệp, giới thiệu cơ hội từ Hiệp định Thương mại tự do Việt Nam – Israel (VIFTA) ký tháng 7 năm ngoái.",
        ),
        (
            "list_item",
            "4. Phối hợp với Bộ Công Thương tổ chức hội thảo phổ biến Hiệp định Đối tác kinh tế toàn diện Việt Nam – UAE (CEPA) ngay sau khi Hiệp định được ký tại Abu Dhabi ngày 28/10/2024.",
        ),
        (
            "list_item",
            "5. Đoàn xúc tiến đầu tư sang Riyadh (Ả-rập Xê-út) và Doha (Qatar) dự kiến vào tháng 11 không thực hiện được do không bố trí được lịch làm việc với các quỹ đầu tư sở tại.",
        ),
        ("heading", "II. KẾ HOẠCH NĂM 2025", 1),
        (
            "list_item",
            "1. Tổ chức đoàn doanh nghiệp tham dự Hội chợ Gulfood 2025 tại Dubai vào tháng 2, kết hợp khảo sát thị trường Oman.",
        ),
        (
            "list_item",
            "2. Phối hợp với Thương vụ Việt Nam tại UAE hướng dẫn doanh nghiệp tận dụng ưu đãi thuế quan khi CEPA có hiệu lực.",
        ),
        (
            "list_item",
            "3. Tổ chức lại đoàn xúc tiến đầu tư sang Ả-rập Xê-út và Qatar vào tháng 5.",
        ),
    ],
}

BRC_MC13 = {
    "id": "brc",
    "shape": "news",
    "date": "2024-03-02",
    "stamp": "Thứ Bảy, 02/03/2024 - 16:45",
    "blocks": [
        ("title", "Hội nghị Bộ trưởng WTO lần thứ 13 bế mạc tại Abu Dhabi"),
        (
            "paragraph",
            "Abu Dhabi (TTXVN) – Sau gần một tuần làm việc và nhiều lần lùi phiên bế mạc, Hội nghị Bộ trưởng lần thứ 13 của Tổ chức Thương mại thế giới (MC13) đã kết thúc rạng sáng 2/3 tại thủ đô của Các Tiểu vương quốc Ả-rập Thống nhất (UAE) mà không đạt thỏa thuận về trợ cấp thủy sản và nông nghiệp.",
        ),
        ("heading", "Gia hạn lệnh tạm hoãn thuế với giao dịch điện tử", 1),
        (
            "paragraph",
            "Các thành viên nhất trí gia hạn lệnh tạm hoãn áp thuế hải quan đối với giao dịch điện tử đến Hội nghị Bộ trưởng lần thứ 14 hoặc ngày 31/3/2026, tùy thời điểm nào đến trước. Hội nghị cũng quyết định MC14 sẽ được tổ chức tại Cameroon vào năm 2026.",
        ),
        ("heading", "Hai thành viên mới", 1),
        (
            "paragraph",
            "Ngay phiên khai mạc ngày 26/2, hội nghị đã thông qua việc gia nhập của Comoros và Timor-Leste, hai nước kém phát triển; Tổng thống hai nước cùng Tổng Giám đốc WTO Ngozi Okonjo-Iweala đã ký Nghị định thư gia nhập. Hai nước sẽ chính thức trở thành thành viên 30 ngày sau khi hoàn tất thủ tục phê chuẩn.",
        ),
        ("heading", "Bất đồng kéo dài", 1),
        (
            "paragraph",
            "Các cuộc đàm phán về giai đoạn hai của Hiệp định về trợ cấp thủy sản cũng như về dự trữ công lương thực đều bế tắc. Ấn Độ phản đối việc đưa Hiệp định Tạo thuận lợi đầu tư vì phát triển vào khuôn khổ pháp lý của WTO, dù hiệp định này được hơn 120 thành viên ủng hộ. Hội nghị do Quốc vụ khanh phụ trách Ngoại thương UAE Thani bin Ahmed Al Zeyoudi làm Chủ tịch.",
        ),
        (
            "paragraph",
            "Việt Nam, thành viên WTO từ ngày 11/1/2007, cử đoàn tham dự hội nghị.",
        ),
    ],
}

BRD_PARTY = {
    "id": "brd",
    "shape": "party",
    "number": "Số 214-KL/TW",
    "place": "Hà Nội, ngày 19 tháng 3 năm 2026",
    "title_lines": [
        "KẾT LUẬN",
        "CỦA BỘ CHÍNH TRỊ",
        "về tiếp tục đẩy mạnh, nâng tầm đối ngoại đa phương",
        "đến năm 2030",
    ],
    "blocks": [
        (
            "title",
            "KẾT LUẬN CỦA BỘ CHÍNH TRỊ về tiếp tục đẩy mạnh, nâng tầm đối ngoại đa phương đến năm 2030",
        ),
        (
            "paragraph",
            "Tại phiên họp ngày 12/3/2026, sau khi nghe báo cáo kết quả thực hiện Chỉ thị số 25-CT/TW, ngày 08/8/2018 của Ban Bí thư khóa XII về đẩy mạnh, nâng tầm đối ngoại đa phương đến năm 2030, Bộ Chính trị kết luận như sau:",
        ),
        ("heading", "1. Về kết quả thực hiện Chỉ thị giai đoạn 2018 – 2025", 1),
        (
            "paragraph",
            "Đối ngoại đa phương đã chuyển mạnh từ “tham dự” sang “chủ động đóng góp, tham gia xây dựng và định hình” các cơ chế đa phương. Việt Nam hoàn thành xuất sắc vai trò Ủy viên không thường trực Hội đồng Bảo an Liên hợp quốc nhiệm kỳ 2020 – 2021, được bầu với 192/193 phiếu thuận, hai lần đảm nhiệm cương vị Chủ tịch Hội đồng Bảo an vào tháng 1/2020 và tháng 4/2021.",
        ),
        (
            "paragraph",
            "Từ năm 2014 đến nay, nước ta đã cử nhiều lượt sĩ quan, bệnh viện dã chiến cấp 2 và đội công binh tham gia các phái bộ gìn giữ hòa bình của Liên hợp quốc tại Nam Sudan, Cộng hòa Trung Phi và khu vực Abyei. Việt Nam trở thành nước đối tác của BRICS từ tháng 6/2025; đăng cai thành công Hội nghị thượng đỉnh P4G lần thứ tư (tháng 4/2025) và Lễ mở ký Công ước của Liên hợp quốc về chống tội phạm mạng tại Hà Nội (tháng 10/2025).",
        ),
        (
            "paragraph",
            "Tuy nhiên, việc chủ động đề xuất sáng kiến và ứng cử vào các vị trí lãnh đạo tại các tổ chức quốc tế còn hạn chế, chưa tương xứng với vị thế đất nước.",
        ),
        ("heading", "2. Về phương hướng, nhiệm vụ đến năm 2030", 1),
        (
            "list_item",
            "a) Phát huy vai trò tại Liên hợp quốc; chuẩn bị kỹ lưỡng việc ứng cử vào Hội đồng Bảo an, Hội đồng Nhân quyền và các cơ quan quan trọng khác khi có điều kiện.",
        ),
        (
            "list_item",
            "b) Mở rộng tham gia hoạt động gìn giữ hòa bình của Liên hợp quốc cả về quy mô và lĩnh vực, nghiên cứu triển khai lực lượng tới các phái bộ mới.",
        ),
        (
            "list_item",
            "c) Tham gia thực chất với tư cách nước đối tác BRICS; phối hợp chặt chẽ với Ấn Độ, nước Chủ tịch BRICS năm 2026.",
        ),
        (
            "list_item",
            "d) Tích cực tham gia cải cách Tổ chức Thương mại thế giới (WTO), thúc đẩy khôi phục cơ chế giải quyết tranh chấp hai cấp; chuẩn bị tốt việc tham dự Hội nghị Bộ trưởng lần thứ 14 tại Cameroon.",
        ),
        (
            "list_item",
            "đ) Tổ chức thành công Năm APEC 2027 tại Phú Quốc.",
        ),
    ],
}

BRE_G20 = {
    "id": "bre",
    "shape": "entry",
    "blocks": [
        ("title", "Nhóm các nền kinh tế lớn (G20)"),
        (
            "paragraph",
            "Nhóm các nền kinh tế lớn (G20) là diễn đàn hợp tác kinh tế quốc tế gồm 19 quốc gia là Argentina, Australia, Brazil, Canada, Trung Quốc, Pháp, Đức, Ấn Độ, Indonesia, Italy, Nhật Bản, Hàn Quốc, Mexico, Nga, Ả-rập Xê-út, Nam Phi, Thổ Nhĩ Kỳ, Anh và Mỹ, cùng Liên minh châu Âu (EU) và Liên minh châu Phi (AU). Nhóm được lập năm 1999 ở cấp Bộ trưởng Tài chính và Thống đốc Ngân hàng trung ương, sau cuộc khủng hoảng tài chính châu Á; cuộc họp đầu tiên diễn ra tại Berlin tháng 12/1999.",
        ),
        ("heading", "Từ cấp bộ trưởng lên cấp nguyên thủ", 1),
        (
            "paragraph",
            "Khủng hoảng tài chính toàn cầu năm 2008 đưa G20 lên cấp nguyên thủ: hội nghị cấp cao đầu tiên họp tại Washington ngày 14 – 15/11/2008, và Hội nghị Pittsburgh tháng 9/2009 xác định G20 là diễn đàn hàng đầu về hợp tác kinh tế quốc tế. Thổ Nhĩ Kỳ đăng cai hội nghị cấp cao tại Antalya năm 2015, Ả-rập Xê-út chủ trì hội nghị trực tuyến năm 2020 do đại dịch Covid-19. Tại Hội nghị New Delhi ngày 9/9/2023, dưới nhiệm kỳ Chủ tịch của Ấn Độ, AU được kết nạp làm thành viên thường trực.",
        ),
        ("heading", "Việt Nam và G20", 1),
        (
            "paragraph",
            "Việt Nam không phải là thành viên của G20 nhưng đã nhiều lần được mời dự hội nghị cấp cao với tư cách khách mời, như tại Seoul năm 2010 khi đang là Chủ tịch ASEAN, tại Osaka năm 2019 và tại Rio de Janeiro năm 2024.",
        ),
    ],
}

DOCS = [BRA_UAE, BRB_ITPC, BRC_MC13, BRD_PARTY, BRE_G20]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer (heldout_kit.headed_journal): the running header on top of every page,
    title at 46 columns, labels and body at 72, the foot line "Trang N" at the left."""
    return headed_journal(doc, title=46, label=72, body=72, page_label="Trang {}", align="<")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: one paragraph a line (Word's "save as text" without line
    breaks), a blank line after every line; the signature at the end."""
    return word_text(doc, None, ["GIÁM ĐỐC", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: published-time meta, nav menu, <article>, <h1>, date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, paragraphs, tags, the TTXVN footer."""
    return news_page(
        doc,
        section="Kinh tế",
        time="16:45",
        menu=[("/kinh-te", "Kinh tế"), ("/the-gioi", "Thế giới")],
        tags=[("/tag/wto", "WTO"), ("/tag/mc13", "MC13"), ("/tag/uae", "UAE")],
    )


def render_party(doc: dict, width: int = 78) -> str:
    """An excerpt of a Politburo conclusion as text, laid out in plain Python: "BAN CHẤP HÀNH TRUNG ƯƠNG" with
    "*" and the number under it at the left, "ĐẢNG CỘNG SẢN VIỆT NAM" with its rule and the place-date at the
    right, the centred title lines, a short rule and "(Trích)", then the opening paragraph, the numbered
    headings, the paragraphs and the lettered tasks wrapped at ``width`` columns, the first line of a paragraph
    indented by four spaces (as the printed document), no blank lines between blocks; "T/M BỘ CHÍNH TRỊ"
    and "(Đã ký)" at the right, then the "Nơi nhận" lines."""
    out = [
        f"{'BAN CHẤP HÀNH TRUNG ƯƠNG':<44}ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{'*':^24}{'':20}{'-' * 22}",
        f"{doc['number']:^24}{'':16}{doc['place']}",
        "",
    ]
    out += [f"{ln:^{width}}".rstrip() for ln in doc["title_lines"]]
    out += [f"{'-----':^{width}}".rstrip(), f"{'(Trích)':^{width}}".rstrip(), ""]
    for b in doc["blocks"]:
        kind, text = b[0], b[1]
        if kind == "title":
            continue
        if kind == "heading":
            out.append(text)
        else:
            lines = wrap("····" + text if kind == "paragraph" else text, width)
            out += [ln.replace("····", "    ", 1) for ln in lines]
    out += [
        "",
        f"{'':50}T/M BỘ CHÍNH TRỊ",
        f"{'':55}(Đã ký)",
        "",
        "Nơi nhận:",
        "- Các tỉnh ủy, thành ủy,",
        "- Đảng ủy Bộ Ngoại giao,",
        "- Lưu Văn phòng Trung ương Đảng.",
    ]
    return "\n".join(out) + "\n"


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "news": render_news,
            "party": render_party,
            "entry": entry_text,
        },
        prefix="br",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
