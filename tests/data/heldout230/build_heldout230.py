"""Build the 230th held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout230/build_heldout230.py [--check]

Five short documents on Qatar topics the earlier sets do not use as main topics (Qatar between the Gulf
crisis and mediation, and its relations with Vietnam; the Vietnamese Embassy in Qatar's report on the first
half of 2025; Qatar's announcement of its exit from OPEC, 3/12/2018; a (fictitious) Ministry of Finance plan
for investment cooperation with Qatar in 2026; an encyclopedia entry on the Al-Ula Declaration of 5/1/2021).
Facts are well established; authors, journal, page numbers, document numbers, quoted words, the embassy's
local items and the whole ministry plan are invented. Events, citations and questions gold are written by
hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
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

DUA_QATAR = {
    "id": "dua",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU VÙNG VỊNH – Số 1 (2025)",
    "first_page": 14,
    "break_after": 9,
    "blocks": [
        ("title", "QATAR VÀ QUAN HỆ VỚI VIỆT NAM: TỪ KHỦNG HOẢNG VÙNG VỊNH ĐẾN HỢP TÁC ĐẦU TƯ"),
        ("author", "Trịnh Quốc Huy"),
        ("affiliation", "Viện Nghiên cứu Châu Phi và Trung Đông, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết phân tích vị thế của Qatar ở vùng Vịnh và gợi mở hướng hợp tác đầu tư với Việt Nam.",
            "vi",
        ),
        ("keywords", "Qatar; GCC; Tuyên bố Al-Ula; trung gian hòa giải; QIA", "vi"),
        ("heading", "1. Một quốc gia nhỏ, một vai trò lớn", 1),
        (
            "paragraph",
            "Giành độc lập từ Anh ngày 3/9/1971, Qatar gia nhập Liên đoàn Ả-rập và Liên hợp quốc ngay trong tháng đó, và mười năm sau trở thành một trong sáu thành viên sáng lập Hội đồng Hợp tác vùng Vịnh (GCC). Với trữ lượng khí đốt thuộc hàng lớn nhất thế giới, Doha dần xây dựng hình ảnh một nhà trung gian: thỏa thuận giữa Mỹ và lực lượng Taliban được ký tại đây ngày 29/2/2020 (Hoàng Văn Tùng, 2021, tr. 45).",
        ),
        ("heading", "2. Vượt qua khủng hoảng vùng Vịnh", 1),
        (
            "paragraph",
            "Ngày 5/6/2017, Ả-rập Xê-út, Các Tiểu vương quốc Ả-rập Thống nhất (UAE), Ba-ranh và Ai Cập đồng loạt cắt quan hệ ngoại giao và phong tỏa Qatar, cáo buộc nước này ủng hộ khủng bố. Qatar bác bỏ cáo buộc và từ chối 13 yêu sách mà các nước này đưa ra. Nhờ nỗ lực trung gian của Cô-oét và Mỹ, khủng hoảng chấm dứt với Tuyên bố Al-Ula ký ngày 5/1/2021 (Trịnh Quang Minh, 2023).",
        ),
        ("heading", "3. Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam và Qatar thiết lập quan hệ ngoại giao ngày 8/2/1993. Cuối tháng 10/2024, Thủ tướng Phạm Minh Chính thăm chính thức Qatar và hội đàm với Thủ tướng kiêm Bộ trưởng Ngoại giao Sheikh Mohammed bin Abdulrahman Al Thani. Các nhà nghiên cứu cho rằng phía Qatar mong muốn “biến quan hệ chính trị tốt đẹp thành các dự án đầu tư cụ thể” (Nguyễn Thị Hải Yến, 2024, tr. 71). Vì vậy, ta cần chủ động đề xuất các dự án về năng lượng, hạ tầng và thực phẩm halal để thu hút Cơ quan Đầu tư Qatar (QIA).",
        ),
    ],
}

DUB_EMBASSY = {
    "id": "dub",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "ĐẠI SỨ QUÁN VIỆT NAM TẠI QATAR",
        "Số: 54/BC-ĐSQ",
        "Đô-ha, ngày 24 tháng 6 năm 2025",
    ],
    "title_lines": ["BÁO CÁO", "Công tác 6 tháng đầu năm 2025 và nhiệm vụ 6 tháng cuối năm"],
    "blocks": [
        ("title", "BÁO CÁO Công tác 6 tháng đầu năm 2025 và nhiệm vụ 6 tháng cuối năm"),
        ("heading", "I. KẾT QUẢ CÔNG TÁC", 1),
        (
            "list_item",
            "1. Tháng 2/2025, Đại sứ quán đón đoàn Bộ Công Thương sang làm việc với Bộ Thương mại và Công nghiệp Qatar về thúc đẩy xuất khẩu nông sản và thực phẩm halal.",
        ),
        (
            "list_item",
            "2. Tiếp nhận khoản tài trợ 150.000 USD của Quỹ Phát triển Qatar (QFFD) cho dự án xây dựng trường bán trú tại huyện Hướng Hóa, tỉnh Quảng Trị.",
        ),
        (
            "list_item",
            "3. Phối hợp với Bộ Lao động Qatar giải quyết tranh chấp hợp đồng của 23 lao động Việt Nam tại một công ty xây dựng; toàn bộ số lao động đã được trả đủ lương.",
        ),
        (
            "list_item",
            "4. Tháng trước, Đại sứ làm việc với Hãng hàng không Qatar Airways về việc tăng tần suất chuyến bay giữa Đô-ha và Hà Nội.",
        ),
        (
            "list_item",
            "5. Đề nghị miễn thị thực cho công dân mang hộ chiếu phổ thông chưa được phía bạn chấp thuận.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM", 1),
        (
            "list_item",
            "1. Tháng 9, phối hợp tổ chức đoàn doanh nghiệp thực phẩm halal sang Đô-ha giao thương.",
        ),
        (
            "list_item",
            "2. Chuẩn bị chuyến thăm Việt Nam của Bộ trưởng Thương mại và Công nghiệp Qatar, dự kiến vào tháng 11.",
        ),
        (
            "list_item",
            "3. Vận động Cơ quan Đầu tư Qatar (QIA) cử đoàn khảo sát cơ hội đầu tư vào năng lượng tái tạo tại Việt Nam.",
        ),
    ],
}

DUC_OPEC = {
    "id": "duc",
    "shape": "news",
    "date": "2018-12-03",
    "stamp": "Thứ Hai, 03/12/2018 - 16:20",
    "blocks": [
        ("title", "Qatar tuyên bố rút khỏi OPEC từ ngày 1/1/2019"),
        (
            "paragraph",
            "Đô-ha (TTXVN) – Ngày 3/12, Quốc vụ khanh phụ trách các vấn đề năng lượng của Qatar Saad Sherida al-Kaabi tuyên bố nước này sẽ rút khỏi Tổ chức các nước xuất khẩu dầu mỏ (OPEC) kể từ ngày 1/1/2019 để tập trung phát triển ngành khí đốt.",
        ),
        ("heading", "Tập trung vào khí hóa lỏng", 1),
        (
            "paragraph",
            "Qatar là thành viên OPEC từ năm 1961, chỉ một năm sau khi tổ chức này ra đời. Ông al-Kaabi cho biết quyết định mang tính kỹ thuật và chiến lược, không liên quan đến chính trị; Qatar dự kiến nâng công suất khí tự nhiên hóa lỏng (LNG) từ 77 triệu lên 110 triệu tấn mỗi năm.",
        ),
        (
            "paragraph",
            "Động thái này diễn ra khi Qatar vẫn bị Ả-rập Xê-út, UAE, Ba-ranh và Ai Cập cắt quan hệ và phong tỏa từ tháng 6 năm ngoái. Năm 2016, Qatar từng giữ chức Chủ tịch Hội nghị OPEC, khi tổ chức này cùng Nga và một số nước ngoài khối đạt thỏa thuận cắt giảm sản lượng.",
        ),
        ("heading", "Vẫn dự cuộc họp tại Viên", 1),
        (
            "paragraph",
            "Phía Qatar khẳng định vẫn sẽ dự cuộc họp của OPEC tại Viên (Áo) vào ngày 6/12 và tuân thủ các cam kết của tổ chức cho đến khi chính thức rời đi. Tại cuộc họp này, OPEC cùng các nước sản xuất ngoài khối do Nga dẫn đầu dự kiến thảo luận việc cắt giảm sản lượng. Trước Qatar, In-đô-nê-xi-a đã đình chỉ tư cách thành viên từ cuối năm 2016.",
        ),
    ],
}

DUD_PLAN = {
    "id": "dud",
    "shape": "plan",
    "head": [
        f"{'BỘ TÀI CHÍNH':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 21/KH-BTC':<40}Hà Nội, ngày 14 tháng 01 năm 2026",
    ],
    "title_lines": ["KẾ HOẠCH", "Thúc đẩy hợp tác đầu tư với Nhà nước Qatar năm 2026"],
    "blocks": [
        ("title", "KẾ HOẠCH Thúc đẩy hợp tác đầu tư với Nhà nước Qatar năm 2026"),
        (
            "paragraph",
            "Thực hiện kết quả chuyến thăm chính thức Qatar của Thủ tướng Chính phủ tháng 10/2024, Bộ Tài chính xây dựng Kế hoạch thúc đẩy hợp tác đầu tư với Qatar năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Vốn đầu tư trực tiếp của Qatar vào Việt Nam đến nay còn khiêm tốn so với tiềm năng. Năm ngoái, đoàn Cơ quan Đầu tư Qatar (QIA) đã sang làm việc với Bộ và một số địa phương, song chưa quyết định đầu tư dự án cụ thể nào.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 4/2026, tổ chức đoàn công tác do một Thứ trưởng dẫn đầu sang Đô-ha làm việc với QIA và Bộ Tài chính Qatar; nhân dịp này, ký Bản ghi nhớ hợp tác giữa Bộ Tài chính hai nước.",
        ),
        (
            "list_item",
            "2. Giới thiệu danh mục dự án kêu gọi đầu tư về năng lượng tái tạo, cảng biển và logistics; mời QIA tham dự Diễn đàn đầu tư Việt Nam – vùng Vịnh dự kiến tổ chức tại Thành phố Hồ Chí Minh vào tháng 9.",
        ),
        (
            "list_item",
            "3. Đề nghị Quỹ Phát triển Qatar (QFFD) xem xét tài trợ ưu đãi cho các dự án ứng phó biến đổi khí hậu ở Đồng bằng sông Cửu Long.",
        ),
        (
            "list_item",
            "4. Không tổ chức hội nghị xúc tiến đầu tư riêng tại Qatar trong năm 2026 mà lồng ghép vào chương trình của đoàn công tác.",
        ),
        (
            "paragraph",
            "Cục Đầu tư nước ngoài là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này và báo cáo Bộ trưởng trước ngày 15/12/2026.",
        ),
    ],
}

DUE_ALULA = {
    "id": "due",
    "shape": "entry",
    "blocks": [
        ("title", "Tuyên bố Al-Ula"),
        (
            "paragraph",
            "Tuyên bố Al-Ula là văn kiện được các nhà lãnh đạo sáu nước thành viên Hội đồng Hợp tác vùng Vịnh (GCC) và Ai Cập ký ngày 5/1/2021 tại hội nghị thượng đỉnh GCC lần thứ 41 ở thành phố Al-Ula (Ả-rập Xê-út), chấm dứt cuộc khủng hoảng ngoại giao quanh Qatar kéo dài hơn ba năm. Văn kiện nhấn mạnh tinh thần đoàn kết vùng Vịnh, nguyên tắc không can thiệp vào công việc nội bộ của nhau và cam kết cùng đối phó với các mối đe dọa an ninh khu vực.",
        ),
        ("heading", "Bối cảnh", 1),
        (
            "paragraph",
            "Ngày 5/6/2017, Ả-rập Xê-út, UAE, Ba-ranh và Ai Cập cắt quan hệ ngoại giao, đóng cửa không phận, biên giới và cảng biển với Qatar. Khoảng hai tuần sau, bốn nước đưa ra danh sách 13 yêu sách, trong đó có việc đóng cửa kênh truyền hình Al Jazeera, hạ cấp quan hệ với I-ran và đóng cửa căn cứ quân sự của Thổ Nhĩ Kỳ; Qatar bác bỏ các yêu sách này. Cô-oét, với sự hỗ trợ của Mỹ, đóng vai trò trung gian trong suốt cuộc khủng hoảng.",
        ),
        ("heading", "Thực thi", 1),
        (
            "paragraph",
            "Một ngày trước hội nghị, Ả-rập Xê-út mở lại không phận và biên giới trên bộ với Qatar. Tiểu vương Qatar Tamim bin Hamad Al Thani trực tiếp dự hội nghị. Ai Cập và Qatar nối lại quan hệ ngoại giao ngay trong tháng 1/2021; UAE và Qatar mở lại đại sứ quán vào tháng 6/2023, còn Ba-ranh và Qatar khôi phục quan hệ ngày 12/4/2023.",
        ),
        ("heading", "Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam duy trì quan hệ ngoại giao với tất cả các bên trong suốt cuộc khủng hoảng.",
        ),
    ],
}

DOCS = [DUA_QATAR, DUB_EMBASSY, DUC_OPEC, DUD_PLAN, DUE_ALULA]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page, front matter by
    heldout_kit (title at 52 columns, labels and body at 76); at each page's foot "Trang N" at the left, a
    form feed and the header."""
    return headed_journal(doc, title=52, label=76, body=76, page_label="Trang {}", align="<")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: lines wrapped at 72 columns, a blank line after every line;
    the ambassador's signature at the end."""
    return word_text(doc, 72, ["ĐẠI SỨ", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """The agency's economy page: <title>, published_time, nav menu, <article>, <h1>, date line, the lead in
    <p class="sapo"><b>, <h3> subheads, <p>, tags, footer (heldout_kit.news_page defaults)."""
    return news_page(
        doc,
        "Kinh tế thế giới",
        "16:20",
        [("/kinh-te", "Kinh tế"), ("/nang-luong", "Năng lượng")],
        [("/tag/qatar", "Qatar"), ("/tag/opec", "OPEC")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: issuer/motto block, centred title, body at 76 columns, "Nơi nhận" and signature."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ Ngoại giao;", "- Đại sứ quán Việt Nam tại Qatar;", "- Lưu: VT, ĐTNN."],
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
        prefix="du",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
