"""Build the two-hundred-fifty-ninth held-out set (a working set of new shapes) and its structure gold.

    .venv/bin/python tests/data/heldout259/build_heldout259.py [--check]

Five short documents in shapes the project has few examples of (joint press communiqué, thesis abstract,
working-session minutes, a wiki-style list with a table, an op-ed), on Vietnam and INTERPOL (and the UN
Convention against Cybercrime signed in Hà Nội), a topic no earlier set uses as its main topic. Facts are
well-established; the communiqué, the minutes (names, figures, items), the thesis (candidate,
supervisors, cited authors, quotes, pages) and the op-ed's byline are invented. Events, citations and
questions gold are written by hand; ``--check`` verifies that every gold evidence, quote and citation
occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import (  # noqa: E402
    build_and_check,
    communique_text,
    list_page_text,
    minutes_text,
    opinion_text,
    thesis_text,
)

GTA_COMMUNIQUE = {
    "id": "gta",
    "shape": "communique",
    "place_date": "Hà Nội, ngày 15 tháng 5 năm 2026",
    "blocks": [
        ("title", "THÔNG CÁO BÁO CHÍ CHUNG GIỮA BỘ CÔNG AN VIỆT NAM VÀ INTERPOL"),
        (
            "paragraph",
            "Nhận lời mời của Bộ trưởng Bộ Công an nước Cộng hòa xã hội chủ nghĩa Việt Nam, Tổng Thư ký Tổ chức Cảnh sát hình sự quốc tế (INTERPOL) đã thăm và làm việc tại Việt Nam từ ngày 13 đến ngày 15/5/2026.",
        ),
        (
            "paragraph",
            "Trong thời gian ở Việt Nam, Tổng Thư ký INTERPOL đã hội đàm với Bộ trưởng Bộ Công an và chào xã giao Chủ tịch nước. Hai bên đánh giá cao kết quả hợp tác kể từ khi Việt Nam trở thành thành viên INTERPOL năm 1991, nhất là trong truy bắt đối tượng truy nã, phòng, chống ma túy và mua bán người.",
        ),
        ("paragraph", "Nhân dịp này, hai bên đã ký các văn kiện:"),
        (
            "list_item",
            "- Bản ghi nhớ về tăng cường trao đổi thông tin qua hệ thống liên lạc toàn cầu I-24/7;",
        ),
        (
            "list_item",
            "- Kế hoạch triển khai dự án đào tạo điều tra tội phạm mạng giai đoạn 2026 – 2028 do INTERPOL tài trợ.",
        ),
        (
            "paragraph",
            "Tổng Thư ký INTERPOL chúc mừng Việt Nam đã tổ chức thành công Lễ mở ký Công ước Liên hợp quốc về chống tội phạm mạng tại Hà Nội ngày 25/10/2025, khẳng định INTERPOL sẵn sàng hỗ trợ các nước thành viên thực thi Công ước.",
        ),
        (
            "paragraph",
            "Phía Việt Nam thông báo sẽ cử thêm sĩ quan sang làm việc tại Tổng Ban Thư ký ở Lyon và Trung tâm đổi mới toàn cầu INTERPOL ở Xin-ga-po trong năm 2026. Phía INTERPOL ủng hộ Việt Nam đăng cai một hội nghị khu vực châu Á của tổ chức trong thời gian tới.",
        ),
        (
            "paragraph",
            "Tổng Thư ký INTERPOL cảm ơn sự đón tiếp chu đáo của Bộ Công an và mời Bộ trưởng Bộ Công an dự kỳ họp Đại hội đồng INTERPOL cuối năm nay.",
        ),
    ],
}

GTB_THESIS = {
    "id": "gtb",
    "shape": "thesis",
    "head": [
        "BỘ CÔNG AN",
        "HỌC VIỆN AN NINH NHÂN DÂN",
    ],
    "fields": [
        "Tên luận án: Hợp tác quốc tế của lực lượng Công an nhân dân Việt Nam trong phòng, chống tội phạm xuyên quốc gia qua kênh INTERPOL (1991 – 2025)",
        "Chuyên ngành: Quan hệ quốc tế          Mã số: 9310206",
        "Nghiên cứu sinh: Trần Quang Huy",
        "Người hướng dẫn khoa học: 1. PGS.TS. Nguyễn Đức Thắng",
        "                          2. TS. Vũ Thị Hạnh",
    ],
    "blocks": [
        ("title", "THÔNG TIN TÓM TẮT VỀ NHỮNG ĐÓNG GÓP MỚI CỦA LUẬN ÁN TIẾN SĨ"),
        ("heading", "1. Tính cấp thiết của đề tài", 1),
        (
            "paragraph",
            "INTERPOL có tiền thân là Ủy ban Cảnh sát hình sự quốc tế, được thành lập tại Viên năm 1923, lấy tên gọi hiện nay từ năm 1956 và chuyển trụ sở về Lyon (Pháp) năm 1989 (Hoàng Minh Tuấn, 2018, tr. 23). Việt Nam gia nhập INTERPOL năm 1991; Văn phòng INTERPOL Việt Nam được thành lập trực thuộc Bộ Nội vụ (nay là Bộ Công an). Trong bối cảnh tội phạm ngày càng mang tính xuyên quốc gia, hợp tác quốc tế là “điều kiện không thể thiếu để đấu tranh với tội phạm không biên giới” (Lê Thị Hồng Nhung, 2021, tr. 58).",
        ),
        ("heading", "2. Mục tiêu nghiên cứu", 1),
        (
            "paragraph",
            "Luận án làm rõ quá trình hợp tác giữa Công an nhân dân Việt Nam với INTERPOL từ năm 1991 đến năm 2025, đánh giá kết quả, hạn chế và đề xuất giải pháp đến năm 2035.",
        ),
        ("heading", "3. Những đóng góp mới của luận án", 1),
        (
            "paragraph",
            "Thứ nhất, luận án hệ thống hóa các dấu mốc pháp lý: Việt Nam ký Công ước Liên hợp quốc về chống tội phạm có tổ chức xuyên quốc gia năm 2000 và phê chuẩn Công ước năm 2012; sau khi gia nhập ASEAN ngày 28/7/1995, Việt Nam tham gia Hội nghị Tư lệnh Cảnh sát các nước ASEAN (ASEANAPOL).",
        ),
        (
            "paragraph",
            "Thứ hai, luận án phân tích những thay đổi trong bộ máy lãnh đạo INTERPOL: tại kỳ họp Đại hội đồng lần thứ 92 ở Glasgow (Vương quốc Anh) tháng 11/2024, ông Valdecy Urquiza (Bra-xin) được bầu làm Tổng Thư ký, kế nhiệm ông Jürgen Stock (Phan Văn Dũng, 2025).",
        ),
        (
            "paragraph",
            "Thứ ba, luận án đề xuất Bộ Công an chủ động đàm phán, ký kết thêm các hiệp định tương trợ tư pháp về hình sự và dẫn độ với các nước châu Âu, châu Phi và Mỹ La-tinh.",
        ),
    ],
}

GTC_MINUTES = {
    "id": "gtc",
    "shape": "minutes",
    "head": [
        f"{'BỘ CÔNG AN':<44}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'CỤC ĐỐI NGOẠI':<44}Độc lập - Tự do - Hạnh phúc",
        f"{'':<44}Hà Nội, ngày 14 tháng 5 năm 2026",
    ],
    "blocks": [
        (
            "title",
            "BIÊN BẢN LÀM VIỆC GIỮA CỤC ĐỐI NGOẠI, BỘ CÔNG AN VIỆT NAM VÀ ĐOÀN CÔNG TÁC TỔNG BAN THƯ KÝ INTERPOL",
        ),
        (
            "paragraph",
            "Hôm nay, ngày 14/5/2026, tại trụ sở Bộ Công an, Hà Nội, Cục Đối ngoại, Bộ Công an đã làm việc với Đoàn công tác Tổng Ban Thư ký INTERPOL nhân chuyến thăm Việt Nam của Tổng Thư ký INTERPOL.",
        ),
        (
            "paragraph",
            "Phía Việt Nam: Thiếu tướng Nguyễn Văn Hải, Cục trưởng Cục Đối ngoại, Trưởng đoàn; Đại tá Lê Thanh Tùng, Chánh Văn phòng INTERPOL Việt Nam; đại diện Cục Cảnh sát hình sự, Cục Cảnh sát điều tra tội phạm về ma túy và Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao.",
        ),
        (
            "paragraph",
            "Phía INTERPOL: bà Helena Sandberg, Giám đốc Văn phòng khu vực châu Á – Thái Bình Dương, Trưởng đoàn; ông Rafael Costa, chuyên gia Ban Tội phạm mạng; bà Amina Diallo, chuyên gia Ban Ma túy và tội phạm có tổ chức.",
        ),
        ("paragraph", "Nội dung làm việc:"),
        (
            "list_item",
            "1. Phía Việt Nam thông báo: trong năm 2025, qua kênh INTERPOL, lực lượng Công an đã phối hợp với cảnh sát các nước bắt giữ, dẫn độ, trục xuất về nước 46 đối tượng truy nã.",
        ),
        (
            "list_item",
            "2. Hai bên nhất trí tổ chức ba khóa đào tạo về điều tra tội phạm mạng tại Hà Nội trong năm 2026; INTERPOL tài trợ chi phí chuyên gia và tài liệu.",
        ),
        (
            "list_item",
            "3. Phía Việt Nam sẽ tham gia chiến dịch chung chống ma túy tổng hợp khu vực châu Á do INTERPOL điều phối vào quý III/2026.",
        ),
        (
            "list_item",
            "4. Phía INTERPOL ghi nhận nhưng chưa thể đáp ứng đề nghị của Việt Nam về việc mở văn phòng liên lạc khu vực tại Hà Nội.",
        ),
        (
            "list_item",
            "5. Hai bên sẽ rà soát kết quả thực hiện tại cuộc làm việc tiếp theo ở Lyon vào quý IV/2026.",
        ),
        (
            "paragraph",
            "Biên bản được lập thành hai bản bằng tiếng Việt và tiếng Anh, mỗi bên giữ một bản.",
        ),
    ],
}

GTD_LIST = {
    "id": "gtd",
    "shape": "list",
    "blocks": [
        ("title", "Danh sách các kỳ họp Đại hội đồng INTERPOL"),
        (
            "paragraph",
            "Đại hội đồng là cơ quan quyết định cao nhất của Tổ chức Cảnh sát hình sự quốc tế (INTERPOL), họp thường kỳ mỗi năm một lần, mỗi kỳ do một nước thành viên đăng cai. Giữa hai kỳ họp, Ủy ban Chấp hành gồm 13 thành viên giám sát việc thực hiện các nghị quyết; Tổng Ban Thư ký của tổ chức đặt tại Lyon (Pháp). Bảng dưới đây liệt kê các kỳ họp từ năm 2017.",
        ),
        ("heading", "Danh sách", 1),
        ("table", "Năm\tKỳ họp\tĐịa điểm\tGhi chú"),
        ("table", "2017\t86\tBắc Kinh (Trung Quốc)\tKết nạp Palestine và Quần đảo Xô-lô-môn"),
        ("table", "2018\t87\tĐu-bai (UAE)\tBầu ông Kim Jong Yang (Hàn Quốc) làm Chủ tịch"),
        ("table", "2019\t88\tXan-ti-a-gô (Chi-lê)\t"),
        ("table", "2020\t–\t–\tKhông tổ chức do đại dịch COVID-19"),
        ("table", "2021\t89\tI-xtan-bun (Thổ Nhĩ Kỳ)\tBầu ông Ahmed Naser Al-Raisi (UAE) làm Chủ tịch"),
        ("table", "2022\t90\tNiu Đê-li (Ấn Độ)\t"),
        ("table", "2023\t91\tViên (Áo)\tKỷ niệm 100 năm thành lập tổ chức"),
        ("table", "2024\t92\tGlasgow (Vương quốc Anh)\tBầu ông Valdecy Urquiza (Bra-xin) làm Tổng Thư ký"),
        ("table", "2025\t93\tMarrakech (Ma-rốc)\t"),
        ("heading", "Xem thêm", 1),
        ("list_item", "Tổ chức Cảnh sát hình sự quốc tế"),
        ("list_item", "Văn phòng INTERPOL Việt Nam"),
        ("heading", "Chú thích", 1),
        (
            "paragraph",
            "Việt Nam là thành viên INTERPOL từ năm 1991 và cử đoàn đại biểu Bộ Công an dự các kỳ họp Đại hội đồng. Ông Kim Jong Yang được bầu tại Đu-bai năm 2018 sau khi Chủ tịch Mạnh Hoành Vĩ (Trung Quốc) từ chức vào tháng 10/2018.",
        ),
    ],
}

GTE_OPED = {
    "id": "gte",
    "shape": "opinion",
    "kicker": "BÌNH LUẬN",
    "byline": "THANH HÀ",
    "blocks": [
        ("title", "Công ước Hà Nội và trách nhiệm chung trước tội phạm mạng"),
        (
            "paragraph",
            "Ngày 25/10/2025, Hà Nội trở thành nơi mở ký Công ước Liên hợp quốc về chống tội phạm mạng, văn kiện toàn cầu đầu tiên trong lĩnh vực này. Tổng Thư ký Liên hợp quốc António Guterres cùng đại diện hàng chục quốc gia đã có mặt tại Trung tâm Hội nghị quốc gia để ký hoặc chứng kiến lễ ký.",
        ),
        (
            "paragraph",
            "Con đường đi đến Công ước không hề bằng phẳng. Tháng 12/2019, Đại hội đồng Liên hợp quốc thông qua Nghị quyết 74/247 thành lập Ủy ban đặc biệt để soạn thảo văn kiện. Sau nhiều vòng đàm phán căng thẳng, ngày 24/12/2024 Đại hội đồng mới thông qua Công ước. Trước đó, châu Âu đã có Công ước Budapest của Hội đồng châu Âu, mở ký ngày 23/11/2001, nhưng Việt Nam không tham gia văn kiện này.",
        ),
        (
            "paragraph",
            "Vì sao Liên hợp quốc chọn Hà Nội? Phải chăng chỉ vì một lời đề nghị đăng cai? Câu trả lời nằm ở uy tín Việt Nam đã bồi đắp: một thành viên tích cực của INTERPOL từ năm 1991, hai lần là Ủy viên không thường trực Hội đồng Bảo an, một đối tác tin cậy trong đấu tranh với lừa đảo trực tuyến và mua bán người.",
        ),
        (
            "paragraph",
            "Công ước sẽ chỉ có hiệu lực 90 ngày sau khi quốc gia thứ 40 phê chuẩn. Việt Nam cần sớm hoàn tất thủ tục phê chuẩn, đồng thời phối hợp với INTERPOL và các đối tác để biến những điều khoản trên giấy thành công cụ thực sự bảo vệ người dân trên không gian mạng.",
        ),
        (
            "paragraph",
            "Tội phạm mạng không có biên giới. Vì thế, không một quốc gia nào có thể đơn độc chống lại nó.",
        ),
    ],
}

DOCS = [GTA_COMMUNIQUE, GTB_THESIS, GTC_MINUTES, GTD_LIST, GTE_OPED]


SIGNATURES = [
    ("TRƯỞNG ĐOÀN VIỆT NAM", "TRƯỞNG ĐOÀN INTERPOL"),
    ("(đã ký)", "(đã ký)"),
    ("Cục trưởng Cục Đối ngoại", "Giám đốc Văn phòng khu vực"),
    ("", "châu Á – Thái Bình Dương"),
]


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "communique": communique_text,
            "thesis": thesis_text,
            "minutes": lambda doc: minutes_text(doc, SIGNATURES),
            "list": list_page_text,
            "opinion": opinion_text,
        },
        prefix="gt",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
