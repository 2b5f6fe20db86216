"""Build the hundred-and-seventy-first held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout171/build_heldout171.py [--check]

Five short documents on Vietnam – Cuba relations (1960 – 2025) in shapes the earlier sets lack: a chronology
page ("Niên biểu"), a Foreign Ministry press-conference transcript, a speech at the University of Havana, a
Politburo conclusion and a history textbook lesson. Nothing in src/ was changed for them. Facts are
well-established; the press-conference answers, the speech and its occasion, the Politburo conclusion
(number, date, tasks), the textbook's cited authors and page numbers are invented. Events, citations and
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
    chronology_text,
    party_text,
    press_text,
    speech_text,
    textbook_text,
)

KRA_CHRONOLOGY = {
    "id": "kra",
    "shape": "chronology",
    "blocks": [
        ("title", "NIÊN BIỂU QUAN HỆ VIỆT NAM – CU-BA (1960 – 2024)"),
        (
            "paragraph",
            "Những mốc chính trong quan hệ đoàn kết đặc biệt giữa Việt Nam và Cu-ba kể từ khi hai nước thiết lập quan hệ ngoại giao.",
        ),
        ("heading", "1960", 1),
        (
            "list_item",
            "- 02/12/1960: Việt Nam Dân chủ Cộng hòa và Cộng hòa Cu-ba thiết lập quan hệ ngoại giao; Cu-ba là nước đầu tiên ở Tây bán cầu có quan hệ ngoại giao với Việt Nam.",
        ),
        ("heading", "1973", 1),
        (
            "list_item",
            "- Tháng 9/1973: Thủ tướng Fidel Castro thăm Việt Nam Dân chủ Cộng hòa và vào thăm vùng giải phóng Quảng Trị.",
        ),
        ("heading", "2012", 1),
        ("list_item", "- Tháng 4/2012: Tổng Bí thư Nguyễn Phú Trọng thăm chính thức Cu-ba."),
        ("list_item", "- Tháng 7/2012: Chủ tịch Raúl Castro thăm chính thức Việt Nam."),
        ("heading", "2016", 1),
        (
            "list_item",
            "- 29/11/2016: Chủ tịch nước Trần Đại Quang dự lễ mít tinh tưởng niệm lãnh tụ Fidel Castro tại Quảng trường Cách mạng ở La Ha-ba-na.",
        ),
        ("heading", "2018", 1),
        ("list_item", "- 28 – 30/3/2018: Tổng Bí thư Nguyễn Phú Trọng thăm chính thức Cu-ba lần thứ hai."),
        (
            "list_item",
            "- Tháng 11/2018: Chủ tịch Miguel Díaz-Canel thăm hữu nghị chính thức Việt Nam; hai nước ký Hiệp định Thương mại song phương.",
        ),
        ("heading", "2020", 1),
        ("list_item", "- 01/4/2020: Hiệp định Thương mại Việt Nam – Cu-ba chính thức có hiệu lực."),
        ("heading", "2023", 1),
        ("list_item", "- Tháng 9/2023: Thủ tướng Manuel Marrero Cruz thăm chính thức Việt Nam."),
        ("heading", "2024", 1),
        ("list_item", "- Tháng 9/2024: Tổng Bí thư, Chủ tịch nước Tô Lâm thăm Cu-ba."),
        (
            "list_item",
            "- 30/10/2024: Đại hội đồng Liên hợp quốc thông qua nghị quyết kêu gọi Hoa Kỳ chấm dứt lệnh cấm vận chống Cu-ba với 187 phiếu thuận, 2 phiếu chống; Việt Nam bỏ phiếu thuận.",
        ),
    ],
}

KRB_PRESS = {
    "id": "krb",
    "shape": "press",
    "site": "BỘ NGOẠI GIAO – TIN HOẠT ĐỘNG NGƯỜI PHÁT NGÔN",
    "stamp": "Thứ Năm, 31/10/2024 | 17:40",
    "blocks": [
        ("title", "Họp báo thường kỳ của Bộ Ngoại giao ngày 31/10/2024"),
        (
            "paragraph",
            "Chiều 31/10/2024, Người Phát ngôn Bộ Ngoại giao chủ trì họp báo thường kỳ. Dưới đây là một số câu hỏi và trả lời.",
        ),
        (
            "paragraph",
            "Phóng viên hãng tin Prensa Latina: Việt Nam đánh giá như thế nào về việc Đại hội đồng Liên hợp quốc hôm qua thông qua nghị quyết yêu cầu chấm dứt lệnh cấm vận đối với Cu-ba?",
        ),
        (
            "paragraph",
            "Người Phát ngôn: Việt Nam hoan nghênh việc ngày 30/10, Đại hội đồng Liên hợp quốc thông qua, lần thứ 32 liên tiếp, nghị quyết về sự cần thiết phải chấm dứt lệnh cấm vận kinh tế, thương mại và tài chính do Hoa Kỳ áp đặt đối với Cu-ba, với 187 phiếu thuận. Việt Nam đã bỏ phiếu thuận. Chúng tôi kêu gọi Hoa Kỳ sớm dỡ bỏ lệnh cấm vận và đưa Cu-ba ra khỏi danh sách các nước tài trợ khủng bố.",
        ),
        (
            "paragraph",
            "Câu hỏi: Việt Nam có hỗ trợ Cu-ba khắc phục hậu quả của cơn bão Oscar và sự cố mất điện vừa qua không?",
        ),
        (
            "paragraph",
            "Trả lời: Việt Nam xin gửi lời thăm hỏi, chia sẻ sâu sắc tới nhân dân Cu-ba trước những thiệt hại do bão Oscar gây ra ngày 20/10 và sự cố mất điện trên diện rộng. Với tình cảm anh em, Việt Nam sẵn sàng hỗ trợ Cu-ba trong khả năng của mình để người dân sớm ổn định cuộc sống.",
        ),
        (
            "paragraph",
            "Phóng viên Thông tấn xã Việt Nam: Xin cho biết kết quả tham dự Hội nghị BRICS mở rộng của Thủ tướng Phạm Minh Chính? Việt Nam có tính đến việc trở thành nước đối tác của BRICS không?",
        ),
        (
            "paragraph",
            "Người Phát ngôn: Ngày 24/10, tại Ca-dan (Liên bang Nga), Thủ tướng Phạm Minh Chính dự Hội nghị các nhà lãnh đạo BRICS mở rộng và có nhiều cuộc tiếp xúc song phương bên lề hội nghị. Việt Nam đang nghiên cứu khả năng trở thành nước đối tác của BRICS, song hiện chưa có quyết định.",
        ),
        (
            "paragraph",
            "Câu hỏi: Tình hình các dự án đầu tư của Việt Nam tại Cu-ba hiện nay thế nào?",
        ),
        (
            "paragraph",
            "Trả lời: Việt Nam là nhà đầu tư lớn nhất của châu Á tại Cu-ba. Các doanh nghiệp như Viglacera và Thái Bình đang hoạt động hiệu quả tại Đặc khu phát triển Mariel. Chúng tôi khuyến khích doanh nghiệp Việt Nam tiếp tục mở rộng đầu tư sang Cu-ba, nhất là trong năng lượng tái tạo và sản xuất lương thực.",
        ),
    ],
}

KRC_SPEECH = {
    "id": "krc",
    "shape": "speech",
    "speaker": "PHÁT BIỂU CỦA TRƯỞNG ĐOÀN ĐẠI BIỂU VIỆT NAM",
    "place": "La Ha-ba-na, ngày 2 tháng 12 năm 2025",
    "blocks": [
        (
            "title",
            "Tại Lễ kỷ niệm 65 năm thiết lập quan hệ ngoại giao Việt Nam – Cu-ba, Trường Đại học La Ha-ba-na",
        ),
        ("paragraph", "Kính thưa đồng chí Hiệu trưởng Trường Đại học La Ha-ba-na,"),
        ("paragraph", "Kính thưa các đồng chí lãnh đạo Đảng và Nhà nước Cu-ba,"),
        ("paragraph", "Thưa các bạn sinh viên thân mến,"),
        (
            "paragraph",
            "Đúng 65 năm trước, ngày 2/12/1960, Cu-ba trở thành quốc gia đầu tiên ở Tây bán cầu thiết lập quan hệ ngoại giao với Việt Nam. Nhân dân Việt Nam không bao giờ quên lời lãnh tụ Fidel Castro: “Vì Việt Nam, Cu-ba sẵn sàng hiến dâng cả máu của mình”.",
        ),
        (
            "paragraph",
            "Tháng 9/1973, khi chiến tranh còn ác liệt, Fidel đã vào tận vùng giải phóng Quảng Trị. Sau đó, các chuyên gia Cu-ba đã giúp chúng tôi xây dựng Bệnh viện Hữu nghị Việt Nam – Cu-ba ở Đồng Hới và nhiều công trình khác.",
        ),
        (
            "paragraph",
            "Ngày nay, Việt Nam là nhà đầu tư lớn nhất của châu Á tại đất nước các bạn. Các kỹ sư nông nghiệp Việt Nam vẫn đang cùng nông dân Cu-ba trồng lúa ở nhiều tỉnh. Năm ngoái, Tổng Bí thư, Chủ tịch nước Tô Lâm đã thăm Cu-ba, và lãnh đạo hai nước nhất trí đưa hợp tác kinh tế lên tầm cao mới.",
        ),
        (
            "paragraph",
            "Việt Nam kiên quyết phản đối lệnh cấm vận mà Hoa Kỳ duy trì đối với Cu-ba suốt hơn sáu thập kỷ, cũng như việc Hoa Kỳ đưa Cu-ba trở lại danh sách các nước tài trợ khủng bố hồi tháng 1 năm nay.",
        ),
        (
            "paragraph",
            "Năm tới, Việt Nam sẽ tiếp tục viện trợ gạo và cấp thêm học bổng cho sinh viên Cu-ba sang học tại Việt Nam. Chúng tôi cũng mong sớm ký với các bạn một hiệp định hợp tác về năng lượng tái tạo.",
        ),
        ("paragraph", "Xin trân trọng cảm ơn. ¡Viva Cuba! ¡Viva Vietnam!"),
    ],
}

KRD_PARTY = {
    "id": "krd",
    "shape": "party",
    "head": [
        f"{'BAN CHẤP HÀNH TRUNG ƯƠNG':<44}ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{'*':^24}".rstrip(),
        f"{'Số 409-KL/TW':^24}{'':20}Hà Nội, ngày 14 tháng 11 năm 2024",
    ],
    "title_lines": [
        "KẾT LUẬN",
        "CỦA BỘ CHÍNH TRỊ",
        "về tăng cường quan hệ đoàn kết đặc biệt, hợp tác toàn diện",
        "Việt Nam – Cu-ba trong tình hình mới",
        "-----",
    ],
    "blocks": [
        (
            "title",
            "KẾT LUẬN CỦA BỘ CHÍNH TRỊ về tăng cường quan hệ đoàn kết đặc biệt, hợp tác toàn diện Việt Nam – Cu-ba trong tình hình mới",
        ),
        (
            "paragraph",
            "Tại phiên họp ngày 8/11/2024, sau khi nghe Ban Đối ngoại Trung ương báo cáo kết quả chuyến thăm Cu-ba của đồng chí Tổng Bí thư, Chủ tịch nước tháng 9/2024 và tình hình quan hệ hai nước, Bộ Chính trị kết luận như sau:",
        ),
        (
            "list_item",
            "1. Bộ Chính trị ghi nhận: quan hệ đoàn kết đặc biệt giữa hai Đảng, hai Nhà nước và nhân dân hai nước tiếp tục được củng cố; Hiệp định Thương mại song phương có hiệu lực từ ngày 1/4/2020, các dự án hợp tác sản xuất lúa gạo của ta tại Cu-ba mang lại kết quả thiết thực. Tuy nhiên, kim ngạch thương mại còn nhỏ, một số dự án đầu tư tại Đặc khu phát triển Mariel chậm triển khai.",
        ),
        ("list_item", "2. Trong thời gian tới, cần tập trung thực hiện tốt các nhiệm vụ sau:"),
        (
            "list_item",
            "a) Tổ chức trọng thể kỷ niệm 65 năm thiết lập quan hệ ngoại giao (2/12/1960 – 2/12/2025); mời đồng chí Bí thư thứ nhất Ban Chấp hành Trung ương Đảng Cộng sản Cu-ba sang thăm Việt Nam trong năm 2025.",
        ),
        (
            "list_item",
            "b) Tiếp tục viện trợ gạo, hỗ trợ Cu-ba khắc phục hậu quả thiên tai; chia sẻ kinh nghiệm Đổi mới với phía bạn.",
        ),
        (
            "list_item",
            "c) Khuyến khích doanh nghiệp Việt Nam mở rộng đầu tư tại Cu-ba, trước hết trong các lĩnh vực năng lượng, sản xuất hàng tiêu dùng và lương thực.",
        ),
        (
            "list_item",
            "d) Kiên quyết đấu tranh đòi Hoa Kỳ chấm dứt chính sách bao vây, cấm vận chống Cu-ba; tiếp tục bỏ phiếu ủng hộ nghị quyết hằng năm của Đại hội đồng Liên hợp quốc về vấn đề này.",
        ),
        (
            "list_item",
            "đ) Tăng cường trao đổi lý luận giữa hai Đảng; phối hợp chặt chẽ tại các diễn đàn đa phương.",
        ),
        (
            "list_item",
            "e) Chưa đặt vấn đề đàm phán hiệp định thương mại tự do với Cu-ba trong giai đoạn 2025 – 2026; tập trung thực thi hiệu quả Hiệp định Thương mại hiện có.",
        ),
        (
            "list_item",
            "3. Ban Đối ngoại Trung ương chủ trì, phối hợp với Ban cán sự đảng Bộ Ngoại giao và các cơ quan liên quan cụ thể hóa Kết luận này, định kỳ báo cáo Bộ Chính trị.",
        ),
    ],
}

KRE_TEXTBOOK = {
    "id": "kre",
    "shape": "textbook",
    "blocks": [
        ("title", "Bài 6. CÁCH MẠNG CU-BA VÀ TÌNH ĐOÀN KẾT VIỆT NAM – CU-BA"),
        (
            "paragraph",
            "Cu-ba là quốc gia xã hội chủ nghĩa duy nhất ở Tây bán cầu. Bài học giúp em hiểu về cách mạng Cu-ba và mối quan hệ đặc biệt giữa nhân dân hai nước.",
        ),
        ("heading", "1. Cách mạng Cu-ba thắng lợi", 1),
        (
            "paragraph",
            "Ngày 1/1/1959, chế độ độc tài Ba-ti-xta bị lật đổ, cách mạng Cu-ba giành thắng lợi. Tháng 4/1961, quân và dân Cu-ba đánh tan cuộc đổ bộ của lính đánh thuê do Mỹ tổ chức tại bãi biển Hi-rôn. Tháng 2/1962, Mỹ ban hành lệnh cấm vận toàn diện đối với Cu-ba. Cuối tháng 10/1962, sau cuộc khủng hoảng tên lửa, Liên Xô đồng ý rút tên lửa khỏi Cu-ba (Trịnh Văn Lâm, 2015, tr. 62).",
        ),
        ("heading", "2. Tình đoàn kết Việt Nam – Cu-ba", 1),
        (
            "paragraph",
            "Ngày 2/12/1960, Cu-ba thiết lập quan hệ ngoại giao với Việt Nam Dân chủ Cộng hòa. Trong những năm kháng chiến chống Mỹ, Phi-đen Ca-xtơ-rô tuyên bố: “Vì Việt Nam, Cu-ba sẵn sàng hiến dâng cả máu của mình” (dẫn theo Nguyễn Thị Hồng Vân, 2010, tr. 54). Tháng 9/1973, ông là vị lãnh đạo nước ngoài duy nhất đến thăm vùng giải phóng miền Nam Việt Nam. Cu-ba còn giúp nhân dân ta xây dựng Bệnh viện Đồng Hới (Quảng Bình) và khách sạn Thắng Lợi (Hà Nội).",
        ),
        ("heading", "3. Cu-ba ngày nay", 1),
        (
            "paragraph",
            "Sau khi Liên Xô tan rã cuối năm 1991, Cu-ba gặp rất nhiều khó khăn. Việt Nam đã nhiều lần viện trợ gạo cho nhân dân Cu-ba. Từ năm 1992, Đại hội đồng Liên hợp quốc hằng năm thông qua nghị quyết kêu gọi chấm dứt lệnh cấm vận; nước ta luôn bỏ phiếu ủng hộ. Ngày 20/7/2015, Cu-ba và Mỹ chính thức khôi phục quan hệ ngoại giao; tháng 3/2016, Tổng thống Ba-rắc Ô-ba-ma thăm Cu-ba. Tuy vậy, lệnh cấm vận đến nay vẫn chưa được dỡ bỏ.",
        ),
        ("heading", "Câu hỏi và bài tập", 1),
        (
            "list_item",
            "1. Trình bày những nét chính của cách mạng Cu-ba. 2. Em biết gì về tình đoàn kết Việt Nam – Cu-ba?",
        ),
    ],
}

DOCS = [KRA_CHRONOLOGY, KRB_PRESS, KRC_SPEECH, KRD_PARTY, KRE_TEXTBOOK]


def render_chronology(doc: dict) -> str:
    """A chronology page ("Niên biểu") copied as text: the title and the introduction each followed by a blank
    line, then for each year a bare "YYYY" heading and one "- dd/mm/yyyy: …" / "- Tháng mm/yyyy: …" entry a
    line, a long entry wrapped at 76 columns with its continuation indented two spaces; a blank line between
    years."""
    return chronology_text(doc, 74, indent="  ")


def render_press(doc: dict) -> str:
    """A press-conference transcript exported as text: the site line, the title, the date line, then the
    introduction and the questions (the reporter's outlet or "Câu hỏi:") and answers ("Người Phát ngôn:" or
    "Trả lời:") wrapped at 80 columns, a blank line between them, "(Hết)" at the end."""
    return press_text(doc, 80, stamp=True)


def render_speech(doc: dict) -> str:
    """A speech copied as text: the speaker line, the occasion (title), the place-date line, a blank line, then
    the greeting lines one a line with no blank between them and the paragraphs wrapped at 72 columns, a blank
    line after each."""
    return speech_text(doc, 72)


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "chronology": render_chronology,
            "press": render_press,
            "speech": render_speech,
            "party": party_text,
            "textbook": textbook_text,
        },
        prefix="kr",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
