"""Build the hundred-and-forty-eighth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout148/build_heldout148.py [--check]

Five short documents on Vietnam – Singapore (relations since 1973, VSIP and the two partnerships; the
Vietnamese Embassy in Singapore's report on the first half of 2025; the US – DPRK summit on Sentosa,
12/6/2018; a (fictitious) Ministry of Finance plan for financial cooperation with Singapore in 2026; an
encyclopedia entry on the Shangri-La Dialogue). Facts are well established; authors, journal, page
numbers, document numbers, the embassy's and the plan's local items and all quoted words are invented.
Events, citations and questions gold are written by hand; ``--check`` verifies that every gold evidence,
quote and citation occurs in the documents.
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

NYA_SINGAPORE = {
    "id": "nya",
    "shape": "journal",
    "header": "TẠP CHÍ KINH TẾ ĐỐI NGOẠI – Số 176 (2025)",
    "first_page": 18,
    "break_after": 10,
    "blocks": [
        ("title", "HỢP TÁC KINH TẾ VIỆT NAM – SINGAPORE: TỪ VSIP ĐẾN KINH TẾ XANH"),
        ("author", "Hoàng Minh Tâm"),
        ("affiliation", "Trường Đại học Ngoại thương"),
        (
            "abstract",
            "Bài viết đánh giá quá trình hợp tác kinh tế Việt Nam – Singapore và đề xuất một số hướng đi trong khuôn khổ quan hệ Đối tác chiến lược toàn diện.",
            "vi",
        ),
        ("keywords", "Singapore; VSIP; đầu tư trực tiếp nước ngoài; kinh tế xanh", "vi"),
        ("heading", "1. Nền tảng chính trị", 1),
        (
            "paragraph",
            "Việt Nam và Singapore thiết lập quan hệ ngoại giao ngày 1/8/1973. Sau khi vấn đề Campuchia được giải quyết, năm 1992 cựu Thủ tướng Lý Quang Diệu lần đầu thăm Việt Nam và sau đó nhiều lần trở lại, góp nhiều ý kiến cho công cuộc đổi mới của ta (Nguyễn Văn Lịch, 2014, tr. 61). Tháng 9/2013, hai nước thiết lập quan hệ Đối tác chiến lược.",
        ),
        ("heading", "2. Đầu tư và khu công nghiệp", 1),
        (
            "paragraph",
            "Khu công nghiệp Việt Nam – Singapore (VSIP) đầu tiên được thành lập tại Bình Dương năm 1996, mở ra mô hình hợp tác đặc thù giữa hai chính phủ. Đến nay, Singapore luôn nằm trong nhóm nhà đầu tư nước ngoài lớn nhất tại Việt Nam, còn doanh nghiệp Việt Nam bắt đầu đầu tư ngược lại vào lĩnh vực công nghệ tài chính của bạn (Trịnh Thu Trang, 2022). Dù vậy, một số dự án VSIP ở miền Trung chưa thu hút được nhà đầu tư như kỳ vọng.",
        ),
        ("heading", "3. Hướng tới kinh tế xanh", 1),
        (
            "paragraph",
            "Tháng 3/2025, nhân chuyến thăm chính thức của Tổng Bí thư Tô Lâm, hai nước nâng quan hệ lên Đối tác chiến lược toàn diện. Theo tác giả Đặng Quốc Bảo, Singapore coi Việt Nam là “một mắt xích không thể thiếu trong chuỗi cung ứng năng lượng sạch của khu vực” (Đặng Quốc Bảo, 2025, tr. 29). Ta cần sớm cùng Singapore triển khai các dự án xuất khẩu điện gió ngoài khơi.",
        ),
    ],
}

NYB_EMBASSY = {
    "id": "nyb",
    "shape": "word",
    "head": [
        "ĐẠI SỨ QUÁN NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TẠI SINGAPORE",
        "Số: 152/BC-ĐSQ",
        "Singapore, ngày 30 tháng 6 năm 2025",
    ],
    "title_lines": ["BÁO CÁO", "Công tác sáu tháng đầu năm 2025 và nhiệm vụ sáu tháng cuối năm"],
    "blocks": [
        ("title", "BÁO CÁO Công tác sáu tháng đầu năm 2025 và nhiệm vụ sáu tháng cuối năm"),
        ("heading", "I. KẾT QUẢ NỔI BẬT", 1),
        (
            "list_item",
            "1. Đại sứ quán phục vụ thành công chuyến thăm chính thức Singapore của Tổng Bí thư Tô Lâm tháng 3; hai bên ra Tuyên bố chung về việc nâng cấp quan hệ lên Đối tác chiến lược toàn diện.",
        ),
        (
            "list_item",
            "2. Đoàn Bộ Quốc phòng ta tham dự Đối thoại Shangri-La lần thứ 22 từ ngày 30/5 đến ngày 1/6; bên lề Đối thoại, trưởng đoàn tiếp xúc song phương với đại diện quốc phòng Singapore, Nhật Bản và Ô-xtrây-li-a.",
        ),
        (
            "list_item",
            "3. Phối hợp với Cơ quan Phát triển doanh nghiệp Singapore tổ chức hai hội thảo giới thiệu môi trường đầu tư tại Việt Nam; nhiều nhà đầu tư Singapore bày tỏ quan tâm đầu tư vào VSIP Nghệ An.",
        ),
        (
            "list_item",
            "4. Thỏa thuận công nhận lẫn nhau về đào tạo nghề du lịch vẫn chưa được phía bạn phê duyệt.",
        ),
        ("heading", "II. NHIỆM VỤ SÁU THÁNG CUỐI NĂM", 1),
        (
            "list_item",
            "1. Chuẩn bị các hoạt động nhân dịp kỷ niệm 52 năm thiết lập quan hệ ngoại giao (1/8); tổ chức tiệc chiêu đãi Quốc khánh 2/9.",
        ),
        (
            "list_item",
            "2. Phối hợp với Bộ Công Thương tổ chức đoàn doanh nghiệp Singapore sang khảo sát các dự án điện gió ngoài khơi tại Việt Nam trong tháng 10.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Singapore tiếp tục cấp học bổng cho cán bộ Việt Nam theo Chương trình hợp tác Singapore.",
        ),
    ],
}

NYC_SENTOSA = {
    "id": "nyc",
    "shape": "news",
    "date": "2018-06-12",
    "stamp": "Thứ Ba, 12/06/2018 - 19:30",
    "blocks": [
        ("title", "Thượng đỉnh Mỹ – Triều Tiên lần đầu tiên diễn ra tại Singapore"),
        (
            "paragraph",
            "Singapore (TTXVN) – Sáng 12/6, tại khách sạn Capella trên đảo Sentosa, Tổng thống Mỹ Donald Trump và Chủ tịch Triều Tiên Kim Jong-un đã có cuộc gặp thượng đỉnh đầu tiên trong lịch sử giữa lãnh đạo hai nước.",
        ),
        ("heading", "Cam kết phi hạt nhân hóa", 1),
        (
            "paragraph",
            "Kết thúc cuộc gặp, hai nhà lãnh đạo ký tuyên bố chung, trong đó Triều Tiên cam kết hướng tới phi hạt nhân hóa hoàn toàn bán đảo Triều Tiên, còn Mỹ cam kết bảo đảm an ninh cho Bình Nhưỡng. Tại cuộc họp báo sau đó, ông Trump tuyên bố Mỹ sẽ ngừng các cuộc tập trận chung với Hàn Quốc, nhưng các lệnh trừng phạt đối với Triều Tiên vẫn chưa được dỡ bỏ.",
        ),
        ("heading", "Nước chủ nhà", 1),
        (
            "paragraph",
            "Trước đó, Thủ tướng Singapore Lý Hiển Long đã lần lượt tiếp ông Kim Jong-un ngày 10/6 và Tổng thống Trump ngày 11/6. Singapore chi khoảng 20 triệu đô la Singapore cho việc tổ chức hội nghị, khoản chi mà ông Lý cho là xứng đáng vì đây là “đóng góp của Singapore cho hòa bình”.",
        ),
    ],
}

NYD_PLAN = {
    "id": "nyd",
    "shape": "plan",
    "head": [
        f"{'BỘ TÀI CHÍNH':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 45/KH-BTC':<40}Hà Nội, ngày 20 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với Singapore về tài chính, thị trường vốn",
        "và trung tâm tài chính quốc tế năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác với Singapore về tài chính, thị trường vốn và trung tâm tài chính quốc tế năm 2026",
        ),
        (
            "paragraph",
            "Căn cứ Tuyên bố chung về việc nâng cấp quan hệ Việt Nam – Singapore lên Đối tác chiến lược toàn diện tháng 3/2025, Bộ Tài chính ban hành Kế hoạch hợp tác với Singapore năm 2026 như sau:",
        ),
        ("heading", "I. ĐÁNH GIÁ CHUNG", 1),
        (
            "paragraph",
            "Năm ngoái, Bộ đã tiếp đoàn Cơ quan Tiền tệ Singapore (MAS) sang trao đổi kinh nghiệm xây dựng trung tâm tài chính quốc tế; tuy nhiên, hai bên chưa ký văn bản hợp tác chính thức nào về lĩnh vực này.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Quý II, cử đoàn công tác do Thứ trưởng dẫn đầu sang Singapore làm việc với MAS và Sở Giao dịch chứng khoán Singapore (SGX).",
        ),
        (
            "list_item",
            "2. Đàm phán, ký Bản ghi nhớ với MAS về hợp tác quản lý, giám sát thị trường tài chính, dự kiến vào tháng 8.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Singapore cử chuyên gia hỗ trợ xây dựng khung pháp lý cho trung tâm tài chính quốc tế tại TP. Hồ Chí Minh và Đà Nẵng.",
        ),
        (
            "list_item",
            "4. Không tổ chức vòng đàm phán sửa đổi Hiệp định tránh đánh thuế hai lần trong năm 2026.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế chủ trì, phối hợp với Ủy ban Chứng khoán Nhà nước thực hiện Kế hoạch này.",
        ),
    ],
}

NYE_SHANGRILA = {
    "id": "nye",
    "shape": "entry",
    "blocks": [
        ("title", "Đối thoại Shangri-La"),
        (
            "paragraph",
            "Đối thoại Shangri-La là diễn đàn an ninh thường niên của khu vực châu Á – Thái Bình Dương do Viện Nghiên cứu Chiến lược Quốc tế (IISS) có trụ sở tại Luân Đôn tổ chức tại khách sạn Shangri-La ở Singapore. Diễn đàn được tổ chức lần đầu vào năm 2002.",
        ),
        ("heading", "Hoạt động", 1),
        (
            "paragraph",
            "Đối thoại thường diễn ra vào cuối tháng 5 hoặc đầu tháng 6, quy tụ bộ trưởng quốc phòng, tư lệnh quân đội và học giả của nhiều nước. Mỗi kỳ mở đầu bằng bài phát biểu đề dẫn của một nguyên thủ quốc gia hoặc người đứng đầu chính phủ. Do đại dịch COVID-19, Đối thoại không được tổ chức trong hai năm 2020 và 2021.",
        ),
        ("heading", "Việt Nam tại Đối thoại", 1),
        (
            "paragraph",
            "Ngày 31/5/2013, Thủ tướng Nguyễn Tấn Dũng có bài phát biểu đề dẫn tại Đối thoại lần thứ 12, lần đầu tiên một lãnh đạo Việt Nam đảm nhận vai trò này. Các đoàn Bộ Quốc phòng Việt Nam tham dự diễn đàn hầu như hằng năm.",
        ),
        ("heading", "Những kỳ gần đây", 1),
        (
            "paragraph",
            "Tại Đối thoại năm 2025, Tổng thống Pháp Emmanuel Macron phát biểu đề dẫn. Bộ trưởng Quốc phòng Trung Quốc Đổng Quân không tham dự; Bắc Kinh chỉ cử một phái đoàn cấp thấp hơn.",
        ),
    ],
}

DOCS = [NYA_SINGAPORE, NYB_EMBASSY, NYC_SENTOSA, NYD_PLAN, NYE_SHANGRILA]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 76 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 76, ["ĐẠI SỨ", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Thế giới",
        "19:30",
        [("/the-gioi", "Thế giới"), ("/chau-a", "Châu Á")],
        [("/tag/singapore", "Singapore"), ("/tag/trieu-tien", "Triều Tiên")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 78
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        78,
        ["Nơi nhận:", "- Bộ Ngoại giao (để phối hợp);", "- Lưu: VT, HTQT."],
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
        prefix="ny",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
