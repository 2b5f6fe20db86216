"""Build the two-hundred-and-tenth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout210/build_heldout210.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
topics those sets do not use (the Kashmir question and the United Nations from 1948 to the Simla Agreement,
with Vietnam's stance; the Vietnamese Consulate General in Mumbai in the first half of 2025; the India –
Pakistan ceasefire of 10/5/2025; a (fictitious) Ministry of Health plan for pharmaceutical and traditional
medicine cooperation with India in 2026; an encyclopedia entry on the UN Military Observer Group in India and
Pakistan). Nothing in src/ was changed for them. Facts are well-established; authors, journal, page numbers,
document numbers, the consulate's local items and all quoted words of the cited authors are invented, the
ministry plan (number, date, tasks) is fictitious. Events, citations and questions gold are written by hand;
``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
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

AYA_KASHMIR = {
    "id": "aya",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU NAM Á – Số 3 (2025)",
    "first_page": 45,
    "break_after": 14,
    "blocks": [
        ("title", "VẤN ĐỀ KASHMIR VÀ VAI TRÒ CỦA LIÊN HỢP QUỐC TRONG QUAN HỆ ẤN ĐỘ – PAKISTAN"),
        ("author", "Đỗ Thị Minh Nguyệt"),
        ("affiliation", "Khoa Quốc tế học, Trường Đại học Khoa học Xã hội và Nhân văn, ĐHQG Hà Nội"),
        (
            "abstract",
            "Bài viết điểm lại vai trò của Liên hợp quốc và các bên trung gian trong vấn đề Kashmir từ năm 1948 và lập trường của Việt Nam.",
            "vi",
        ),
        ("keywords", "Kashmir; Ấn Độ; Pakistan; Liên hợp quốc; Hiệp định Simla", "vi"),
        ("heading", "1. Liên hợp quốc và đường ngừng bắn năm 1949", 1),
        (
            "paragraph",
            "Chỉ vài tháng sau khi Ấn Độ và Pakistan giành độc lập, chiến sự đã bùng nổ giữa hai nước ở Kashmir vào cuối năm 1947. Ngày 1/1/1948, Ấn Độ đưa vấn đề lên Hội đồng Bảo an Liên hợp quốc. Hội đồng thành lập Ủy ban Liên hợp quốc về Ấn Độ và Pakistan (UNCIP) để điều tra và làm trung gian hòa giải, đồng thời kêu gọi ngừng bắn và tổ chức trưng cầu dân ý (Nghị quyết 47 ngày 21/4/1948). Ngày 27/7/1949, đại diện quân sự hai nước ký Hiệp định Karachi, vạch đường ngừng bắn ở Kashmir (Nguyễn Văn Tâm, 2016, tr. 54).",
        ),
        ("heading", "2. Từ Tashkent đến Simla", 1),
        (
            "paragraph",
            "Cuộc chiến thứ hai năm 1965 khép lại bằng Tuyên bố Tashkent, được Thủ tướng Ấn Độ Lal Bahadur Shastri và Tổng thống Pakistan Ayub Khan ký ngày 10/1/1966 với sự trung gian của Thủ tướng Liên Xô Alexei Kosygin. Sau cuộc chiến tháng 12/1971 dẫn tới sự ra đời của nhà nước Bangladesh, Thủ tướng Indira Gandhi và Tổng thống Zulfikar Ali Bhutto ký Hiệp định Simla ngày 2/7/1972, cam kết giải quyết mọi bất đồng bằng biện pháp hòa bình thông qua đàm phán song phương; đường ngừng bắn được đổi thành Đường Kiểm soát (LoC). Kể từ đó, New Delhi coi Kashmir là vấn đề song phương, trong khi Islamabad vẫn muốn quốc tế hóa vấn đề (Lê Thị Hồng Vân, 2020).",
        ),
        ("heading", "3. Lập trường của Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam thiết lập quan hệ ngoại giao đầy đủ với Ấn Độ ngày 7/1/1972 và với Pakistan ngày 8/11/1972. Quan hệ Việt Nam – Ấn Độ được nâng lên Đối tác chiến lược toàn diện năm 2016. Trong nhiệm kỳ Ủy viên không thường trực Hội đồng Bảo an 2020 – 2021, Việt Nam nhất quán ủng hộ giải quyết tranh chấp bằng biện pháp hòa bình, trên cơ sở luật pháp quốc tế. Như một nhà nghiên cứu nhận định, với Hà Nội, “quan hệ tốt đẹp với cả New Delhi và Islamabad là tài sản cần gìn giữ” (Phan Đức Hải, 2023, tr. 131). Vì thế, ta cần tiếp tục khuyến khích hai nước nối lại đối thoại và không đứng về bên nào.",
        ),
    ],
}

AYB_MUMBAI = {
    "id": "ayb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "TỔNG LÃNH SỰ QUÁN VIỆT NAM TẠI MUMBAI",
        "Số: 58/BC-TLSQ",
        "Mumbai, ngày 30 tháng 6 năm 2025",
    ],
    "title_lines": ["BÁO CÁO", "Công tác 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Công tác 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2025"),
        ("heading", "I. TÌNH HÌNH ĐỊA BÀN VÀ KẾT QUẢ CÔNG TÁC", 1),
        (
            "list_item",
            "1. Sau vụ tấn công khủng bố tại Pahalgam ngày 22/4/2025, Ấn Độ và Pakistan giao tranh từ ngày 7/5 cho tới khi hai bên nhất trí ngừng bắn chiều 10/5/2025. Cơ quan đã theo dõi sát tình hình, giữ liên lạc thường xuyên với cộng đồng người Việt tại bang Maharashtra; không có công dân ta bị ảnh hưởng.",
        ),
        (
            "list_item",
            "2. Tháng 3, Tổng Lãnh sự chào xã giao Thống đốc bang Maharashtra và phối hợp với Phòng Thương mại và Công nghiệp Việt Nam (VCCI) tổ chức Diễn đàn doanh nghiệp Việt Nam – Maharashtra tại Mumbai với khoảng 150 doanh nghiệp tham dự; nhân dịp này, doanh nghiệp hai bên ký 06 biên bản ghi nhớ về dược phẩm, dệt may và logistics.",
        ),
        (
            "list_item",
            "3. Tháng 4, đón đoàn Ủy ban nhân dân thành phố Hải Phòng sang làm việc với Cơ quan quản lý cảng Jawaharlal Nehru (JNPA) về kết nối cảng biển. Đoàn xúc tiến thương mại của Bộ Công Thương dự kiến sang Mumbai giữa tháng 5 đã phải lùi lại do căng thẳng giữa Ấn Độ và Pakistan.",
        ),
        (
            "list_item",
            "4. Trường Đại học Mumbai đề nghị mở lớp tiếng Việt cho sinh viên ngành Đông Nam Á học, song hai bên chưa ký văn bản hợp tác.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025", 1),
        (
            "list_item",
            "1. Tổ chức đoàn doanh nghiệp bang Maharashtra sang dự hội chợ quốc tế về hàng tiêu dùng tại Thành phố Hồ Chí Minh vào tháng 9.",
        ),
        (
            "list_item",
            "2. Thúc đẩy ký kết thỏa thuận hợp tác giữa Cảng Hải Phòng và JNPA trước cuối năm.",
        ),
        (
            "list_item",
            "3. Tiếp tục theo dõi việc thực hiện thỏa thuận ngừng bắn, sẵn sàng phương án bảo hộ công dân khi tình hình diễn biến phức tạp.",
        ),
    ],
}

AYC_CEASEFIRE = {
    "id": "ayc",
    "shape": "news",
    "date": "2025-05-10",
    "stamp": "Thứ Bảy, 10/05/2025 - 22:15",
    "blocks": [
        ("title", "Ấn Độ và Pakistan nhất trí ngừng bắn toàn diện"),
        (
            "paragraph",
            "New Delhi/Islamabad (TTXVN) – Chiều 10/5, Ấn Độ và Pakistan đã nhất trí dừng mọi hoạt động quân sự trên bộ, trên biển và trên không kể từ 17 giờ (giờ Ấn Độ), sau bốn ngày giao tranh được coi là nghiêm trọng nhất giữa hai nước láng giềng trong nhiều thập kỷ.",
        ),
        ("heading", "Mỹ làm trung gian", 1),
        (
            "paragraph",
            "Tổng thống Mỹ Donald Trump là người đầu tiên công bố thỏa thuận trên mạng xã hội, cho biết hai nước đạt được kết quả sau “một đêm dài đàm phán do Mỹ làm trung gian”. Ngoại trưởng Marco Rubio nói trong 48 giờ qua, ông và Phó Tổng thống JD Vance đã trao đổi với lãnh đạo cấp cao hai nước, trong đó có Thủ tướng Narendra Modi và Thủ tướng Shehbaz Sharif.",
        ),
        (
            "paragraph",
            "Theo Thứ trưởng Ngoại giao Ấn Độ Vikram Misri, Tổng chỉ huy tác chiến (DGMO) của quân đội Pakistan đã gọi điện cho người đồng cấp Ấn Độ lúc 15 giờ 35 phút và hai bên thống nhất ngừng bắn; hai sĩ quan sẽ trao đổi lại vào ngày 12/5.",
        ),
        ("heading", "Từ vụ tấn công ở Pahalgam", 1),
        (
            "paragraph",
            "Căng thẳng bùng phát sau vụ xả súng ngày 22/4 tại khu du lịch Pahalgam thuộc vùng Kashmir do Ấn Độ quản lý, làm 26 người thiệt mạng. New Delhi cáo buộc Islamabad hậu thuẫn nhóm tay súng, đình chỉ Hiệp ước về nước sông Ấn ký năm 1960 và trục xuất một số nhà ngoại giao Pakistan; Pakistan bác bỏ cáo buộc và đóng cửa không phận đối với các hãng hàng không Ấn Độ.",
        ),
        (
            "paragraph",
            "Rạng sáng 7/5, Ấn Độ mở chiến dịch “Sindoor”, tấn công chín địa điểm ở Pakistan và vùng Kashmir do Pakistan quản lý mà New Delhi cho là cơ sở của các nhóm khủng bố. Pakistan đáp trả bằng pháo binh, máy bay không người lái và tên lửa nhằm vào nhiều căn cứ quân sự của Ấn Độ.",
        ),
        (
            "paragraph",
            "Người phát ngôn Liên hợp quốc cho biết Tổng Thư ký António Guterres hoan nghênh thỏa thuận và hy vọng đây là bước đi hướng tới hòa bình lâu dài giữa hai nước.",
        ),
    ],
}

AYD_PLAN = {
    "id": "ayd",
    "shape": "plan",
    "head": [
        f"{'BỘ Y TẾ':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 45/KH-BYT':<40}Hà Nội, ngày 15 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với Cộng hòa Ấn Độ về dược phẩm",
        "và y học cổ truyền năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác với Cộng hòa Ấn Độ về dược phẩm và y học cổ truyền năm 2026",
        ),
        (
            "paragraph",
            "Căn cứ Tuyên bố chung về quan hệ Đối tác chiến lược toàn diện Việt Nam – Ấn Độ và kết quả chuyến thăm chính thức Ấn Độ của Thủ tướng Phạm Minh Chính từ ngày 30/7 đến ngày 1/8/2024, Bộ Y tế xây dựng Kế hoạch hợp tác với Ấn Độ năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH HỢP TÁC", 1),
        (
            "paragraph",
            "Ấn Độ là một trong những nguồn cung thuốc generic và nguyên liệu làm thuốc lớn nhất của Việt Nam. Năm 2021, phía Ấn Độ đã cử tàu hải quân chở oxy y tế sang hỗ trợ ta phòng, chống dịch Covid-19. Tháng 11 năm ngoái, Nhóm công tác chung về y tế họp phiên thứ hai tại New Delhi và thống nhất dự thảo Bản ghi nhớ về y học cổ truyền, song văn kiện này chưa được ký.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 5, đón đoàn Bộ AYUSH (Bộ Y học cổ truyền) của Ấn Độ sang làm việc; hai bên ký Bản ghi nhớ về hợp tác y học cổ truyền nhân dịp này.",
        ),
        (
            "list_item",
            "2. Cử đoàn Cục Quản lý Dược sang Hyderabad và Ahmedabad đánh giá việc đáp ứng thực hành tốt sản xuất thuốc (GMP) của một số nhà máy có thuốc lưu hành tại Việt Nam.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Ấn Độ dành thêm suất học bổng thuộc Chương trình Hợp tác kinh tế và kỹ thuật (ITEC) cho cán bộ ngành y tế.",
        ),
        (
            "list_item",
            "4. Phối hợp với Tổ chức Y tế Thế giới (WHO) tổ chức hội thảo khu vực về kiểm soát chất lượng thuốc nhập khẩu tại Hà Nội vào tháng 10.",
        ),
        (
            "list_item",
            "5. Chưa đặt vấn đề công nhận lẫn nhau kết quả thanh tra GMP với phía Ấn Độ trong năm 2026.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế là đầu mối theo dõi, tổng hợp và báo cáo Lãnh đạo Bộ kết quả thực hiện Kế hoạch.",
        ),
    ],
}

AYE_UNMOGIP = {
    "id": "aye",
    "shape": "entry",
    "blocks": [
        ("title", "Nhóm Quan sát viên quân sự của Liên hợp quốc tại Ấn Độ và Pakistan"),
        (
            "paragraph",
            "Nhóm Quan sát viên quân sự của Liên hợp quốc tại Ấn Độ và Pakistan (UNMOGIP) là một trong những phái bộ gìn giữ hòa bình lâu đời nhất của Liên hợp quốc, có nhiệm vụ theo dõi việc ngừng bắn giữa hai nước ở bang Jammu và Kashmir. Những quan sát viên đầu tiên đến khu vực tháng 1/1949 để giám sát lệnh ngừng bắn có hiệu lực từ ngày 1/1/1949.",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "Hiệp định Karachi, được đại diện quân sự Ấn Độ và Pakistan ký ngày 27/7/1949 dưới sự bảo trợ của Ủy ban Liên hợp quốc về Ấn Độ và Pakistan (UNCIP), xác định đường ngừng bắn dài khoảng 830 km. Khi UNCIP kết thúc hoạt động, Hội đồng Bảo an bằng Nghị quyết 91 ngày 30/3/1951 quyết định để UNMOGIP tiếp tục giám sát đường ngừng bắn. Sau khi chiến tranh lại nổ ra vào tháng 12/1971, nhóm ở lại theo dõi lệnh ngừng bắn ngày 17/12/1971.",
        ),
        ("heading", "Tranh cãi về nhiệm vụ", 1),
        (
            "paragraph",
            "Ấn Độ cho rằng nhiệm vụ của UNMOGIP đã hết hiệu lực từ khi hai nước ký Hiệp định Simla năm 1972 và từ đó không còn gửi khiếu nại về vi phạm ngừng bắn tới nhóm. Pakistan thì vẫn tiếp tục khiếu nại. Trụ sở của nhóm luân phiên đặt tại Srinagar vào mùa hè và Islamabad vào mùa đông; kinh phí lấy từ ngân sách thường xuyên của Liên hợp quốc.",
        ),
        ("heading", "Việt Nam và gìn giữ hòa bình", 1),
        (
            "paragraph",
            "Từ năm 2014, Việt Nam cử sĩ quan tham gia lực lượng gìn giữ hòa bình của Liên hợp quốc, trước hết tại Nam Sudan và Cộng hòa Trung Phi. Năm 2018, Bệnh viện dã chiến cấp 2 số 1 của Việt Nam được triển khai tại Bentiu (Nam Sudan).",
        ),
    ],
}

DOCS = [AYA_KASHMIR, AYB_MUMBAI, AYC_CEASEFIRE, AYD_PLAN, AYE_UNMOGIP]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 72, ["KT. TỔNG LÃNH SỰ", "PHÓ TỔNG LÃNH SỰ", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: published-time meta, nav menu, <article>, <h1>, date line, the
    lead with its dateline in <p class="sapo"><b>, <h3> subheads, paragraphs, tags, the TTXVN footer."""
    return news_page(
        doc,
        section="Thế giới",
        time="22:15",
        menu=[("/the-gioi", "Thế giới")],
        tags=[("/tag/an-do", "Ấn Độ"), ("/tag/pakistan", "Pakistan")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76 columns
    with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        76,
        [
            "Nơi nhận:",
            "- Bộ Ngoại giao (để phối hợp);",
            "- Đại sứ quán Việt Nam tại Ấn Độ;",
            "- Lưu: VT, HTQT.",
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
        prefix="ay",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
