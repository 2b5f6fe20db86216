"""Build the three hundred twenty-second held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout322/build_heldout322.py [--check]

Five short documents on Vietnam with Venezuela, Cuba and CELAC: a journal article on Vietnam – Venezuela
relations (1989, Hugo Chávez's visit of 2006, the Petrovietnam – PDVSA joint venture, US sanctions of
2019), a (fictitious) city friendship union's report on its Latin American partners in 2025, a speech at
a (fictitious) gathering for the 65th anniversary of Vietnam – Cuba relations (Nguyễn Xuân Phúc's visit to
Cuba in 9/2021, the Abdala vaccine), an interview on Vietnamese investment in Cuba and the US embargo,
and an encyclopedia entry on CELAC. Facts are well-established; authors, journal, page numbers, document
numbers, the speaker, the interviewee and the local bodies' activities are invented (see README.md). Gold
is written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the
documents.
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
    interview_text,
    report_word,
    speech_text,
)

AMA = {
    "id": "ama",
    "shape": "journal",
    "header": "NGHIÊN CỨU NĂNG LƯỢNG VÀ QUAN HỆ QUỐC TẾ – Số 5 (2024)",
    "first_page": 64,
    "break_after": 2,
    "blocks": [
        ("title", "HỢP TÁC DẦU KHÍ VIỆT NAM – VÊ-NÊ-XU-Ê-LA: KỲ VỌNG VÀ THỰC TẾ"),
        ("author", "Lương Đức Trí"),
        ("affiliation", "Trường Đại học Dầu khí Việt Nam"),
        (
            "abstract",
            "Bài viết đánh giá hợp tác dầu khí giữa Việt Nam và Vê-nê-xu-ê-la và những trở ngại mà các dự án chung gặp phải.",
            "vi",
        ),
        ("keywords", "Vê-nê-xu-ê-la; Petrovietnam; PDVSA; Orinoco; trừng phạt", "vi"),
        ("heading", "1. Nền tảng chính trị", 1),
        (
            "paragraph",
            "Việt Nam và Vê-nê-xu-ê-la thiết lập quan hệ ngoại giao ngày 18/12/1989. Quan hệ hai nước phát triển mạnh dưới thời Tổng thống Hugo Chávez, người đã thăm Việt Nam năm 2006 (Tôn Nữ Minh Châu, 2012, tr. 40).",
        ),
        ("heading", "2. Dự án Junín 2", 1),
        (
            "paragraph",
            "Tập đoàn Dầu khí Việt Nam (Petrovietnam) cùng Công ty Dầu khí quốc gia Vê-nê-xu-ê-la (PDVSA) thành lập liên doanh Petromacareo để khai thác lô Junín 2 thuộc vành đai dầu nặng Orinoco. Theo một chuyên gia trong ngành, đây là “dự án đầu tư ra nước ngoài đầy tham vọng nhất của ngành dầu khí Việt Nam” (Quách Văn Lợi, 2017, tr. 122).",
        ),
        ("heading", "3. Những trở ngại", 1),
        (
            "paragraph",
            "Tháng 1/2019, Mỹ áp đặt lệnh trừng phạt đối với PDVSA, khiến việc thanh toán và vận chuyển dầu của liên doanh gần như đình trệ. Dự án đến nay vẫn chưa đạt sản lượng như kỳ vọng (Đinh Hải Yến, 2022).",
        ),
    ],
}

AMB = {
    "id": "amb",
    "shape": "word",
    "head": [
        "LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ",
        "THÀNH PHỐ HẢI PHÒNG",
        "Số: 203/BC-LHHN",
        "Hải Phòng, ngày 18 tháng 12 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Công tác đối ngoại nhân dân với các nước Mỹ Latinh năm 2025",
    ],
    "blocks": [
        ("title", "BÁO CÁO Công tác đối ngoại nhân dân với các nước Mỹ Latinh năm 2025"),
        ("heading", "I. KẾT QUẢ", 1),
        (
            "list_item",
            "1. Tháng 3/2025, tiếp đoàn Đại sứ quán Vê-nê-xu-ê-la đến thăm và tìm hiểu hoạt động của cảng Lạch Huyện.",
        ),
        (
            "list_item",
            "2. Nhân kỷ niệm ngày sinh Simón Bolívar (24/7), phối hợp với Đại sứ quán Vê-nê-xu-ê-la tổ chức tọa đàm về Người giải phóng châu Mỹ.",
        ),
        (
            "list_item",
            "3. Tháng 9/2025, cùng Đại sứ quán Ni-ca-ra-goa tổ chức giao lưu hữu nghị nhân Ngày Độc lập của Ni-ca-ra-goa (15/9).",
        ),
        (
            "list_item",
            "4. Trao 50 suất quà cho lưu học sinh Cu-ba đang học tập tại Trường Đại học Hàng hải Việt Nam.",
        ),
        (
            "list_item",
            "5. Chương trình kết nghĩa với thành phố cảng Matanzas (Cu-ba) chưa được triển khai do hai bên chưa thống nhất được nội dung.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Trong quý II/2026, cử đoàn sang thăm Cu-ba và Vê-nê-xu-ê-la.",
        ),
        (
            "list_item",
            "2. Tiếp tục duy trì quan hệ với các cơ quan đại diện ngoại giao của các nước Mỹ Latinh tại Hà Nội.",
        ),
        (
            "paragraph",
            "Trên đây là báo cáo công tác đối ngoại nhân dân với các nước Mỹ Latinh năm 2025 của Liên hiệp các tổ chức hữu nghị thành phố.",
        ),
    ],
}

AMC = {
    "id": "amc",
    "shape": "speech",
    "speaker": "Phát biểu của ông Lê Hoàng Sơn, Chủ tịch Hội Hữu nghị Việt Nam – Cu-ba thành phố Đà Nẵng",
    "place": "Đà Nẵng, ngày 2/12/2025",
    "blocks": [
        ("title", "Tại buổi gặp mặt kỷ niệm 65 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Cu-ba"),
        ("paragraph", "Kính thưa các vị khách quý,"),
        ("paragraph", "Thưa toàn thể các đồng chí và các bạn,"),
        (
            "paragraph",
            "Hôm nay, chúng ta vui mừng gặp mặt nhân kỷ niệm 65 năm Ngày thiết lập quan hệ ngoại giao giữa hai nước. Sáu mươi lăm năm qua, dù cách xa nửa vòng trái đất, Việt Nam và Cu-ba luôn sát cánh bên nhau trong mọi hoàn cảnh.",
        ),
        (
            "paragraph",
            "Chúng ta không quên những ngày khó khăn của đại dịch COVID-19. Tháng 9/2021, Chủ tịch nước Nguyễn Xuân Phúc thăm chính thức Cu-ba; cũng trong tháng đó, những lô vắc-xin Abdala đầu tiên của Cu-ba đã đến Việt Nam. Về phần mình, Đảng, Nhà nước và nhân dân ta đã nhiều lần trao tặng gạo cho nhân dân Cu-ba anh em.",
        ),
        (
            "paragraph",
            "Trong năm tới, Hội sẽ phối hợp với Đại sứ quán Cu-ba tổ chức các lớp học tiếng Tây Ban Nha miễn phí cho thanh niên thành phố và vận động doanh nghiệp ủng hộ các bệnh viện của bạn.",
        ),
        ("paragraph", "Xin trân trọng cảm ơn!"),
    ],
}

AMD = {
    "id": "amd",
    "shape": "interview",
    "paper": "TẠP CHÍ ĐẦU TƯ QUỐC TẾ ĐIỆN TỬ – Chuyên mục: Đối thoại",
    "stamp": "Thứ Tư, 10/12/2025 07:30 (GMT+7)",
    "blocks": [
        ("title", "TS. Ngô Thị Bích Vân: Doanh nghiệp Việt Nam đã “bén rễ” tại Cu-ba"),
        (
            "paragraph",
            "Phóng viên đã trao đổi với TS. Ngô Thị Bích Vân, chuyên gia kinh tế Mỹ Latinh, về đầu tư của Việt Nam tại Cu-ba.",
        ),
        ("paragraph", "PV: Thưa bà, đầu tư của Việt Nam tại Cu-ba hiện ra sao?"),
        (
            "paragraph",
            "TS. Ngô Thị Bích Vân: Việt Nam là một trong những nhà đầu tư châu Á lớn nhất tại Cu-ba. Tổng công ty Viglacera xây dựng và vận hành một khu công nghiệp trong Đặc khu phát triển Mariel, còn Công ty Thái Bình sản xuất bột giặt và tã giấy ở đó. Luật Đầu tư nước ngoài mà Cu-ba thông qua năm 2014 đã tạo thêm hành lang pháp lý cho các dự án này.",
        ),
        ("paragraph", "PV: Trở ngại lớn nhất là gì, thưa bà?"),
        (
            "paragraph",
            "TS. Ngô Thị Bích Vân: Đó là lệnh cấm vận mà Mỹ áp đặt lên Cu-ba từ năm 1962. Từ năm 1992, Đại hội đồng Liên hợp quốc hằng năm thông qua nghị quyết kêu gọi chấm dứt cấm vận, và Việt Nam luôn bỏ phiếu ủng hộ. Tôi cho rằng doanh nghiệp ta nên mở rộng đầu tư sang nông nghiệp và năng lượng tái tạo ở Cu-ba.",
        ),
    ],
}

AME = {
    "id": "ame",
    "shape": "entry",
    "blocks": [
        ("title", "Cộng đồng các quốc gia Mỹ Latinh và Ca-ri-bê"),
        (
            "paragraph",
            "Cộng đồng các quốc gia Mỹ Latinh và Ca-ri-bê (CELAC) là tổ chức khu vực gồm 33 nước châu Mỹ, không có Hoa Kỳ và Ca-na-đa. Tổ chức không có ban thư ký thường trực; chức Chủ tịch luân phiên được chuyển giao hằng năm giữa các nước thành viên. CELAC được chính thức thành lập tại Hội nghị thượng đỉnh ở Ca-ra-cát (Vê-nê-xu-ê-la) ngày 2 – 3/12/2011.",
        ),
        ("heading", "Hoạt động", 1),
        (
            "paragraph",
            "Tại Hội nghị thượng đỉnh lần thứ hai ở La Ha-ba-na tháng 1/2014, các nước thành viên tuyên bố Mỹ Latinh và Ca-ri-bê là khu vực hòa bình. Tháng 1/2020, dưới thời Tổng thống Jair Bolsonaro, Bra-xin ngừng tham gia CELAC; đầu năm 2023, Tổng thống Lula da Silva đưa nước này trở lại tổ chức. Tháng 7/2023, Hội nghị thượng đỉnh EU – CELAC họp tại Brúc-xen sau tám năm gián đoạn.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam coi trọng việc tăng cường hợp tác với các nước thành viên CELAC, trong đó có những người bạn truyền thống như Cu-ba, Vê-nê-xu-ê-la và Ni-ca-ra-goa.",
        ),
    ],
}

DOCS = [AMA, AMB, AMC, AMD, AME]


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed for the union's presidium."""
    return report_word(doc, ["TM. ĐOÀN CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký và đóng dấu)"])


def render_speech(doc: dict) -> str:
    """A speech by heldout_kit.speech_text, the paragraphs wrapped at 76 columns."""
    return speech_text(doc, width=76)


def render_interview(doc: dict) -> str:
    """An interview by heldout_kit.interview_text with the journalist's byline."""
    return interview_text(doc, "Hoàng Anh (thực hiện)")


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": render_word,
            "speech": render_speech,
            "interview": render_interview,
            "entry": entry_text,
        },
        prefix="am",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
