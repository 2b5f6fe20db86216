"""Build the three hundred thirty-ninth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout339/build_heldout339.py [--check]

Five short documents on Vietnam and human rights at the United Nations: a journal article on the two Human
Rights Council terms and the Universal Periodic Review, a (fictitious) institute's report on the votes of the
77th General Assembly, a news page on Secretary-General Guterres in Hà Nội (October 2022), an interview with
a (fictitious) scholar on the 2023 - 2025 term, and an encyclopedia entry on the Human Rights Council. Facts are
well-established; authors, journal, page numbers, document numbers, the report's items, the interviewee and
quoted words are invented. Gold is written by hand; ``--check`` verifies it against the documents.
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
    news_page,
    report_word,
)

FHA = {
    "id": "fha",
    "shape": "journal",
    "header": "NGHIÊN CỨU QUYỀN CON NGƯỜI – Số 2 (2024)",
    "first_page": 57,
    "break_after": 3,
    "blocks": [
        ("title", "VIỆT NAM TẠI HỘI ĐỒNG NHÂN QUYỀN: HAI NHIỆM KỲ VÀ BỐN CHU KỲ UPR"),
        ("author", "Trịnh Thu Hương"),
        ("affiliation", "Khoa Luật, Đại học Quốc gia Thành phố Hồ Chí Minh"),
        (
            "abstract",
            "Bài viết đánh giá sự tham gia của Việt Nam tại Hội đồng Nhân quyền Liên hợp quốc và cơ chế Rà soát định kỳ phổ quát (UPR).",
            "vi",
        ),
        ("keywords", "Hội đồng Nhân quyền; UPR; công ước quốc tế", "vi"),
        ("heading", "1. Nền tảng pháp lý", 1),
        (
            "paragraph",
            "Ngày 24/9/1982, Việt Nam gia nhập Công ước quốc tế về các quyền dân sự và chính trị và Công ước quốc tế về các quyền kinh tế, xã hội và văn hóa. Ngày 28/11/2014, Quốc hội phê chuẩn Công ước chống tra tấn và Công ước về quyền của người khuyết tật (Phan Văn Khánh, 2016, tr. 88).",
        ),
        ("heading", "2. Hai nhiệm kỳ thành viên", 1),
        (
            "paragraph",
            "Ngày 12/11/2013, nước ta lần đầu tiên được bầu vào Hội đồng Nhân quyền, nhiệm kỳ 2014 – 2016. Ngày 11/10/2022, Đại hội đồng tiếp tục bầu Việt Nam làm thành viên nhiệm kỳ 2023 – 2025. Một đại sứ nhận định đây là “sự ghi nhận đối với những thành tựu của Việt Nam” (Đinh Hoài Nam, 2023, tr. 14).",
        ),
        ("heading", "3. Rà soát định kỳ phổ quát", 1),
        (
            "paragraph",
            "Việt Nam đã trình báo cáo quốc gia UPR bốn chu kỳ, vào các năm 2009, 2014, 2019 và tháng 5/2024. Ta chưa chấp thuận một số khuyến nghị không phù hợp với điều kiện trong nước (Mai Xuân Thanh, 2021).",
        ),
    ],
}

FHB = {
    "id": "fhb",
    "shape": "word",
    "head": [
        "HỌC VIỆN CHÍNH TRỊ KHU VỰC III",
        "TRUNG TÂM NGHIÊN CỨU LUẬT QUỐC TẾ",
        "Số: 37/BC-TTLQT",
        "Đà Nẵng, ngày 30 tháng 12 năm 2022",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Theo dõi các cuộc bỏ phiếu tại khóa họp 77 Đại hội đồng Liên hợp quốc",
    ],
    "blocks": [
        ("title", "BÁO CÁO Theo dõi các cuộc bỏ phiếu tại khóa họp 77 Đại hội đồng Liên hợp quốc"),
        ("heading", "I. CÁC CUỘC BỎ PHIẾU ĐÁNG CHÚ Ý", 1),
        (
            "list_item",
            "1. Ngày 3/11/2022, Việt Nam cùng 184 nước bỏ phiếu thuận nghị quyết kêu gọi Mỹ chấm dứt cấm vận kinh tế, thương mại và tài chính đối với Cu-ba; chỉ có Mỹ và I-xra-en bỏ phiếu chống.",
        ),
        (
            "list_item",
            "2. Trước đó, tại phiên họp đặc biệt khẩn cấp ngày 2/3/2022, Việt Nam bỏ phiếu trắng đối với nghị quyết về tình hình U-crai-na.",
        ),
        (
            "list_item",
            "3. Ngày 7/4/2022, Việt Nam không ủng hộ nghị quyết đình chỉ tư cách thành viên Hội đồng Nhân quyền của Liên bang Nga.",
        ),
        ("heading", "II. HOẠT ĐỘNG CỦA TRUNG TÂM", 1),
        (
            "list_item",
            "1. Tháng 9/2022, Trung tâm tổ chức hội thảo về vận động tranh cử Hội đồng Nhân quyền với sự tham gia của chuyên gia Đại sứ quán Na Uy.",
        ),
        (
            "list_item",
            "2. Đề xuất xuất bản kỷ yếu bằng tiếng Anh chưa được phê duyệt kinh phí.",
        ),
        (
            "paragraph",
            "Năm 2023, Trung tâm sẽ cử cán bộ sang Giơ-ne-vơ tìm hiểu hoạt động của Hội đồng Nhân quyền.",
        ),
    ],
}

FHC = {
    "id": "fhc",
    "shape": "news",
    "date": "2022-10-21",
    "stamp": "Thứ Sáu, 21/10/2022 - 17:05",
    "blocks": [
        ("title", "Thủ tướng Phạm Minh Chính tiếp Tổng Thư ký Liên hợp quốc António Guterres"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Chiều 21/10, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính đã tiếp Tổng Thư ký Liên hợp quốc António Guterres đang ở thăm chính thức Việt Nam.",
        ),
        ("heading", "Cảm ơn sự ủng hộ của cộng đồng quốc tế", 1),
        (
            "paragraph",
            "Thủ tướng cảm ơn các nước đã tín nhiệm bầu Việt Nam vào Hội đồng Nhân quyền nhiệm kỳ 2023 – 2025 hồi đầu tháng. Tổng Thư ký đánh giá cao vai trò của Việt Nam tại Hội đồng Bảo an nhiệm kỳ 2020 – 2021 và khẳng định Liên hợp quốc sẵn sàng hỗ trợ Việt Nam thực hiện cam kết đưa phát thải ròng về “0” vào năm 2050.",
        ),
        (
            "paragraph",
            "Hai bên nhất trí thúc đẩy hợp tác trong ứng phó biến đổi khí hậu, chuyển đổi năng lượng và phục hồi sau đại dịch COVID-19.",
        ),
        ("heading", "Lần đầu tiên trên cương vị Tổng Thư ký", 1),
        (
            "paragraph",
            "Đây là chuyến thăm Việt Nam đầu tiên của ông Guterres kể từ khi nhậm chức Tổng Thư ký Liên hợp quốc năm 2017. Trong chuyến thăm, ông cũng hội kiến Chủ tịch nước Nguyễn Xuân Phúc.",
        ),
    ],
}

FHD = {
    "id": "fhd",
    "shape": "interview",
    "paper": "ĐỐI NGOẠI – PHỎNG VẤN",
    "stamp": "Thứ Hai, 09/01/2023 - 06:45",
    "blocks": [
        ("title", "“Nhiệm kỳ 2023 – 2025 là dịp để Việt Nam đóng góp thực chất hơn”"),
        (
            "paragraph",
            "Nhân dịp Việt Nam bắt đầu nhiệm kỳ thứ hai tại Hội đồng Nhân quyền Liên hợp quốc, PGS.TS. Vương Thị Hạnh, Viện Pháp luật quốc tế, đã trả lời phỏng vấn.",
        ),
        ("paragraph", "PV: Thưa bà, nhiệm kỳ trước để lại những bài học gì?"),
        (
            "paragraph",
            "PGS.TS. Vương Thị Hạnh: Trong nhiệm kỳ 2014 – 2016, ta cùng Phi-líp-pin và Băng-la-đét chủ trì soạn thảo các nghị quyết về biến đổi khí hậu và quyền con người. Đó là cách làm hiệu quả: chọn lĩnh vực mình có thế mạnh.",
        ),
        ("paragraph", "PV: Còn ưu tiên của nhiệm kỳ mới?"),
        (
            "paragraph",
            "PGS.TS. Vương Thị Hạnh: Việt Nam sẽ tiếp tục thúc đẩy các nghị quyết về biến đổi khí hậu, quyền của phụ nữ, trẻ em và người khuyết tật. Ta cũng sẽ tổ chức kỷ niệm 75 năm Tuyên ngôn Quốc tế Nhân quyền năm 2023 cùng Văn phòng Cao ủy Nhân quyền. Tuy nhiên, ta không chủ trương đưa các nghị quyết nhằm vào từng quốc gia cụ thể.",
        ),
    ],
}

FHE = {
    "id": "fhe",
    "shape": "entry",
    "blocks": [
        ("title", "Hội đồng Nhân quyền Liên hợp quốc"),
        (
            "paragraph",
            "Hội đồng Nhân quyền Liên hợp quốc là cơ quan liên chính phủ trực thuộc Đại hội đồng, được thành lập ngày 15/3/2006 theo Nghị quyết 60/251, thay thế Ủy ban Nhân quyền hoạt động từ năm 1946. Trụ sở của Hội đồng đặt tại Giơ-ne-vơ (Thụy Sĩ). Từ năm 2008, Hội đồng vận hành cơ chế Rà soát định kỳ phổ quát, theo đó tình hình nhân quyền của tất cả các nước thành viên Liên hợp quốc được xem xét khoảng bốn năm rưỡi một lần.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "Hội đồng có 47 thành viên do Đại hội đồng bầu theo phân bổ khu vực, nhiệm kỳ ba năm, không được giữ quá hai nhiệm kỳ liên tiếp. Hội đồng họp ít nhất ba khóa thường kỳ mỗi năm. Ngày 7/4/2022, Đại hội đồng bỏ phiếu đình chỉ tư cách thành viên của Nga.",
        ),
        ("heading", "Hoa Kỳ và Hội đồng", 1),
        (
            "paragraph",
            "Ngày 19/6/2018, Mỹ tuyên bố rút khỏi Hội đồng. Tháng 10/2021, Mỹ được bầu trở lại nhiệm kỳ 2022 – 2024. Tháng 2/2025, Tổng thống Donald Trump ký sắc lệnh chấm dứt sự tham gia của Mỹ vào Hội đồng.",
        ),
    ],
}

DOCS = [FHA, FHB, FHC, FHD, FHE]


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "GIÁM ĐỐC TRUNG TÂM"."""
    return report_word(doc, ["GIÁM ĐỐC TRUNG TÂM", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Chính trị" section."""
    return news_page(
        doc,
        section="Chính trị",
        time="17:05",
        menu=[("/chinh-tri", "Chính trị"), ("/the-gioi", "Thế giới")],
        tags=[("/tag/lien-hop-quoc", "Liên hợp quốc"), ("/tag/antonio-guterres", "António Guterres")],
    )


def render_interview(doc: dict) -> str:
    """An interview copied from the web page by heldout_kit.interview_text."""
    return interview_text(doc, "Thu Trang (thực hiện)")


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": render_word,
            "news": render_news,
            "interview": render_interview,
            "entry": entry_text,
        },
        prefix="fh",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
