"""Build the two hundred seventy-eighth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout278/build_heldout278.py [--check]

Five short documents on Vietnam, East and Southern Africa and the African Union: a journal article on
Vietnam in FAO's South–South Cooperation programme in Africa (Senegal 1996, Mali, Sierra Leone 2023), a
(fictitious) agricultural technology centre's year-end report for 2025 on a project in Tanzania, a news page
on the Deputy Foreign Minister's working visit to Dar es Salaam (February – March 2025, sixty years of
relations), a (fictitious) university plan for 2026 with South African partners, and an encyclopedia entry
on the African Union. Facts are well-established; authors, journal, page numbers, document numbers, the
report's and plan's items and the quoted words are invented. Gold is written by hand; ``--check`` verifies
that every gold evidence, quote and citation occurs in the documents.
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
    news_page,
    report_word,
)

ISA = {
    "id": "isa",
    "shape": "journal",
    "header": "TẠP CHÍ NÔNG NGHIỆP VÀ PHÁT TRIỂN QUỐC TẾ, SỐ 4/2025",
    "first_page": 112,
    "break_after": 5,
    "blocks": [
        ("title", "VIỆT NAM TRONG CHƯƠNG TRÌNH HỢP TÁC NAM – NAM CỦA FAO TẠI CHÂU PHI"),
        ("author", "Tạ Quang Huy"),
        ("affiliation", "Trường Đại học Kinh tế Quốc dân"),
        (
            "abstract",
            "Bài viết tổng kết gần ba thập kỷ Việt Nam cử chuyên gia nông nghiệp sang châu Phi theo mô hình hợp tác ba bên với FAO và đề xuất hướng đi mới.",
            "vi",
        ),
        ("keywords", "hợp tác Nam – Nam; FAO; châu Phi; an ninh lương thực", "vi"),
        ("heading", "1. Khởi đầu từ Xê-nê-gan", 1),
        (
            "paragraph",
            "Năm 1996, Tổ chức Lương thực và Nông nghiệp Liên hợp quốc (FAO) khởi xướng Chương trình Hợp tác Nam – Nam trong khuôn khổ Chương trình đặc biệt về an ninh lương thực. Việt Nam là một trong những nước tham gia sớm nhất: ngay trong năm đó, thỏa thuận ba bên Việt Nam – FAO – Xê-nê-gan được ký kết, mở đường cho các chuyên gia, kỹ thuật viên của ta sang làm việc tại các vùng nông thôn nước bạn (Hoàng Văn Nghĩa, 2008, tr. 15).",
        ),
        ("heading", "2. Mở rộng mô hình", 1),
        (
            "paragraph",
            "Sau Xê-nê-gan, chuyên gia Việt Nam lần lượt có mặt ở Bê-nanh, Ma-đa-gát-xca, Công-gô và Sát. Tại Ma-li, một thỏa thuận bốn bên với sự tham gia của thành phố Montreuil (Pháp) đã được ký kết. Nông dân địa phương gọi họ là “những người mang cây lúa nước đến vùng Sa-hen” (Bùi Thị Lan, 2014, tr. 63).",
        ),
        ("heading", "3. Giai đoạn mới", 1),
        (
            "paragraph",
            "Tháng 2/2023, đoàn Bộ Nông nghiệp và Phát triển nông thôn sang Xi-ê-ra Lê-ôn, cùng chuyên gia FAO chuẩn bị dự án ba bên về phát triển chuỗi giá trị lúa gạo. Theo chúng tôi, Việt Nam nên chuyển từ cử chuyên gia đơn thuần sang chuyển giao giống, cơ giới hóa và quản lý sau thu hoạch (Kiều Anh Tuấn, 2024).",
        ),
    ],
}

ISB = {
    "id": "isb",
    "shape": "word",
    "head": [
        "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "TRUNG TÂM CHUYỂN GIAO KỸ THUẬT NÔNG NGHIỆP QUỐC TẾ",
        "Số: 58/BC-TTCG",
        "Cần Thơ, ngày 26 tháng 12 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả thực hiện dự án hỗ trợ kỹ thuật trồng lúa tại Tan-da-ni-a năm 2025",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả thực hiện dự án hỗ trợ kỹ thuật trồng lúa tại Tan-da-ni-a năm 2025"),
        ("heading", "I. KẾT QUẢ THỰC HIỆN", 1),
        (
            "list_item",
            "1. Tháng 2/2025, Trung tâm ký hợp đồng hỗ trợ kỹ thuật với Bộ Nông nghiệp Tan-da-ni-a cho vùng lúa Mô-rô-gô-rô.",
        ),
        (
            "list_item",
            "2. Cử 8 chuyên gia, kỹ thuật viên sang Tan-da-ni-a làm việc từ tháng 4 đến tháng 11/2025.",
        ),
        (
            "list_item",
            "3. Tháng 7/2025, đón 12 cán bộ khuyến nông Tan-da-ni-a sang học tập mô hình cánh đồng lớn tại Cần Thơ.",
        ),
        (
            "list_item",
            "4. Trao tặng 5 tấn lúa giống cho các hộ nông dân trong vùng dự án.",
        ),
        (
            "list_item",
            "5. Hợp phần nuôi trồng thủy sản tại Dan-di-ba chưa được triển khai do phía bạn chưa bố trí vốn đối ứng.",
        ),
        ("heading", "II. KẾ HOẠCH NĂM 2026", 1),
        (
            "list_item",
            "1. Tiếp tục cử chuyên gia sang Tan-da-ni-a trong vụ lúa chính năm 2026.",
        ),
        (
            "list_item",
            "2. Phối hợp với FAO xây dựng đề xuất nhân rộng mô hình sang Ê-ti-ô-pi-a.",
        ),
        (
            "paragraph",
            "Trung tâm kính báo cáo Bộ xem xét, chỉ đạo.",
        ),
    ],
}

ISC = {
    "id": "isc",
    "shape": "news",
    "date": "2025-03-01",
    "stamp": "Thứ Bảy, 01/03/2025 - 16:30",
    "blocks": [
        ("title", "Việt Nam – Tan-da-ni-a: 60 năm hữu nghị, hướng tới hợp tác thực chất"),
        (
            "paragraph",
            "Đa-rét Xa-lam (TTXVN) – Nhân kỷ niệm 60 năm thiết lập quan hệ ngoại giao Việt Nam – Tan-da-ni-a (14/2/1965 – 14/2/2025), Thứ trưởng Bộ Ngoại giao Lê Thị Thu Hằng đã có chuyến công tác tại Đa-rét Xa-lam từ ngày 27/2 đến 1/3 và hội đàm với Bộ trưởng Ngoại giao và Hợp tác Đông Phi Mahmoud Thabit Kombo.",
        ),
        ("heading", "Nhiều dấu mốc quan trọng", 1),
        (
            "paragraph",
            "Việt Nam mở Đại sứ quán tại Đa-rét Xa-lam năm 1966; cơ quan này tạm đóng cửa năm 1984 do khó khăn kinh tế và được mở lại vào tháng 11/2003. Tổng thống Jakaya Kikwete thăm cấp Nhà nước Việt Nam vào tháng 10/2014; tháng 3/2016, Chủ tịch nước Trương Tấn Sang thăm cấp Nhà nước Tan-da-ni-a.",
        ),
        ("heading", "Thúc đẩy thương mại, đầu tư", 1),
        (
            "paragraph",
            "Tại cuộc hội đàm, hai bên nhất trí sớm tổ chức kỳ họp tiếp theo của Ủy ban hỗn hợp và thúc đẩy đàm phán hiệp định khuyến khích và bảo hộ đầu tư. Bộ trưởng Kombo đánh giá cao đóng góp của mạng viễn thông Halotel do Viettel đầu tư và cho biết Tan-da-ni-a đang nghiên cứu việc mở Đại sứ quán tại Hà Nội.",
        ),
    ],
}

ISD = {
    "id": "isd",
    "shape": "plan",
    "head": [
        f"{'ĐẠI HỌC QUỐC GIA':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'THÀNH PHỐ HỒ CHÍ MINH':<40}Độc lập - Tự do - Hạnh phúc",
        "TRƯỜNG ĐẠI HỌC KINH TẾ - LUẬT",
        f"{'Số: 41/KH-ĐHKTL':<40}TP. Hồ Chí Minh, ngày 05 tháng 02 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với các đối tác Nam Phi năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác với các đối tác Nam Phi năm 2026"),
        (
            "paragraph",
            "Nam Phi là đối tác thương mại hàng đầu của Việt Nam tại châu Phi; hai nước thiết lập quan hệ ngoại giao ngày 22/12/1993. Năm 2025, Trường đã ký thỏa thuận trao đổi giảng viên với Đại học Stellenbosch; chương trình thạc sĩ liên kết với Đại học Johannesburg chưa được Bộ Giáo dục và Đào tạo phê duyệt.",
        ),
        ("heading", "NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 5/2026, cử đoàn lãnh đạo Trường sang Cape Town và Johannesburg làm việc với các trường đối tác.",
        ),
        (
            "list_item",
            "2. Đón 20 sinh viên Đại học Stellenbosch sang học kỳ trao đổi mùa thu.",
        ),
        (
            "list_item",
            "3. Phối hợp với Đại sứ quán Nam Phi tại Hà Nội tổ chức hội thảo về Hiệp định Khu vực thương mại tự do lục địa châu Phi (AfCFTA).",
        ),
        (
            "list_item",
            "4. Không tiếp tục tham gia mạng lưới nghiên cứu BRICS do chưa đủ nguồn lực.",
        ),
        (
            "paragraph",
            "Phòng Quan hệ đối ngoại chủ trì triển khai và báo cáo Hiệu trưởng trước ngày 15/12/2026.",
        ),
    ],
}

ISE = {
    "id": "ise",
    "shape": "entry",
    "blocks": [
        ("title", "Liên minh châu Phi"),
        (
            "paragraph",
            "Liên minh châu Phi (AU) là tổ chức liên chính phủ gồm 55 quốc gia thành viên của lục địa châu Phi, trụ sở đặt tại A-đi A-bê-ba (Ê-ti-ô-pi-a). Tiền thân của AU là Tổ chức Thống nhất châu Phi (OAU), do 32 nước độc lập thành lập ngày 25/5/1963 tại A-đi A-bê-ba; ngày này được kỷ niệm là Ngày châu Phi.",
        ),
        ("heading", "Thành lập", 1),
        (
            "paragraph",
            "Đạo luật Thành lập Liên minh châu Phi được thông qua tại Lô-mê (Tô-gô) ngày 11/7/2000. Liên minh chính thức ra mắt tại Đuốc-ban (Nam Phi) ngày 9/7/2002, thay thế OAU.",
        ),
        ("heading", "Hoạt động", 1),
        (
            "paragraph",
            "Ngày 9/9/2023, tại Hội nghị thượng đỉnh Niu Đê-li, AU được kết nạp làm thành viên thường trực của Nhóm G20. Liên minh đình chỉ tư cách thành viên của các nước xảy ra đảo chính, trong đó có Ma-li, Bu-ki-na Pha-xô, Ni-giê và Ga-bông. Ngày 15/2/2025, tại Hội nghị thượng đỉnh lần thứ 38, Bộ trưởng Ngoại giao Gi-bu-ti Mahmoud Ali Youssouf được bầu làm Chủ tịch Ủy ban Liên minh châu Phi, kế nhiệm ông Moussa Faki Mahamat (Sát).",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam chưa có cơ quan đại diện thường trú tại Ê-ti-ô-pi-a; Đại sứ quán Việt Nam tại Tan-da-ni-a kiêm nhiệm nước này.",
        ),
    ],
}

DOCS = [ISA, ISB, ISC, ISD, ISE]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "Trang N" at the left foot
    (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc, page_label="Trang {}", align="<")


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "GIÁM ĐỐC"."""
    return report_word(doc, ["GIÁM ĐỐC", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """The agency's news page (heldout_kit.news_page): "title | section", a nav menu, <h1>, the date line,
    the lead in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, tags and the footer."""
    return news_page(
        doc,
        "Đối ngoại",
        "16:30",
        [("/chinh-tri", "Chính trị"), ("/doi-ngoai", "Đối ngoại")],
        [("/tag/tanzania", "Tan-da-ni-a"), ("/tag/chau-phi", "Châu Phi")],
    )


def render_plan(doc: dict) -> str:
    """A plan by heldout_kit.ministry_plan: signed "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG", its own "Nơi nhận"
    lines."""
    return ministry_plan(
        doc,
        signature=["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "(đã ký)"],
        recipients=["- ĐHQG-HCM (để b/c);", "- Các đơn vị thuộc Trường;", "- Lưu: VT, QHĐN."],
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
        prefix="is",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
