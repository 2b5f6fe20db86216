"""Build the two-hundred-fifty-eighth held-out set (a working set of new shapes) and its structure gold.

    .venv/bin/python tests/data/heldout258/build_heldout258.py [--check]

Five short documents in shapes the project has few examples of (joint press communiqué, thesis abstract,
joint-commission minutes, a wiki-style list with a table, an op-ed), on Vietnam – Oman relations and
Oman's foreign policy, a topic no earlier set uses as its main topic. Facts are well-established; the
communiqué, the minutes, the thesis (candidate, supervisors, cited authors, quotes, pages) and the op-ed's
byline are invented. Events, citations and questions gold are written by hand; ``--check`` verifies that
every gold evidence, quote and citation occurs in the documents.
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

GSA_COMMUNIQUE = {
    "id": "gsa",
    "shape": "communique",
    "place_date": "Hà Nội, ngày 20 tháng 3 năm 2026",
    "blocks": [
        ("title", "THÔNG CÁO BÁO CHÍ CHUNG VIỆT NAM – Ô-MAN"),
        (
            "paragraph",
            "1. Nhận lời mời của Bộ trưởng Ngoại giao nước Cộng hòa xã hội chủ nghĩa Việt Nam, Bộ trưởng Ngoại giao Vương quốc Ô-man đã thăm chính thức Việt Nam từ ngày 18 đến ngày 20/3/2026.",
        ),
        (
            "paragraph",
            "2. Trong bầu không khí hữu nghị, tin cậy, hai Bộ trưởng đã hội đàm, đánh giá cao những bước phát triển của quan hệ hai nước kể từ khi thiết lập quan hệ ngoại giao. Trong thời gian ở Hà Nội, Bộ trưởng Ngoại giao Ô-man đã hội kiến Thủ tướng Chính phủ Việt Nam.",
        ),
        ("paragraph", "3. Nhân dịp chuyến thăm, hai bên đã ký các văn kiện sau:"),
        (
            "list_item",
            "- Hiệp định miễn thị thực cho người mang hộ chiếu ngoại giao và hộ chiếu công vụ;",
        ),
        ("list_item", "- Bản ghi nhớ về cơ chế tham vấn chính trị giữa hai Bộ Ngoại giao;"),
        (
            "list_item",
            "- Bản ghi nhớ hợp tác giữa Học viện Ngoại giao Việt Nam và Học viện Ngoại giao Ô-man.",
        ),
        (
            "paragraph",
            "4. Hai bên nhất trí tổ chức kỳ họp thứ nhất Ủy ban hỗn hợp về hợp tác kinh tế, thương mại và kỹ thuật tại Mát-xcát trong năm 2026, thúc đẩy hợp tác trong các lĩnh vực năng lượng, dầu khí, an ninh lương thực và lao động. Phía Ô-man hoan nghênh doanh nghiệp Việt Nam tham gia các dự án tại Đặc khu kinh tế Duqm; phía Việt Nam đề nghị sớm khởi động đàm phán Hiệp định khuyến khích và bảo hộ đầu tư giữa hai nước.",
        ),
        (
            "paragraph",
            "5. Về các vấn đề khu vực và quốc tế, hai bên nhấn mạnh việc giải quyết tranh chấp bằng biện pháp hòa bình trên cơ sở luật pháp quốc tế, trong đó có Công ước Liên hợp quốc về Luật Biển năm 1982. Phía Việt Nam đánh giá cao vai trò trung gian hòa giải của Ô-man tại Trung Đông; phía Ô-man chúc mừng Việt Nam tái đắc cử Ủy viên Hội đồng Nhân quyền Liên hợp quốc nhiệm kỳ 2026 – 2028.",
        ),
        (
            "paragraph",
            "6. Bộ trưởng Ngoại giao Ô-man cảm ơn sự đón tiếp trọng thị của phía Việt Nam và mời Bộ trưởng Ngoại giao Việt Nam thăm Ô-man vào thời gian thuận tiện; lời mời đã được nhận lời với sự cảm ơn.",
        ),
    ],
}

GSB_THESIS = {
    "id": "gsb",
    "shape": "thesis",
    "head": [
        "BỘ NGOẠI GIAO",
        "HỌC VIỆN NGOẠI GIAO",
    ],
    "fields": [
        "Tên luận án: Quan hệ Việt Nam – Ô-man trong bối cảnh hợp tác Việt Nam – vùng Vịnh (2000 – 2025)",
        "Chuyên ngành: Quan hệ quốc tế          Mã số: 9310206",
        "Nghiên cứu sinh: Nguyễn Thị Thu Trang",
        "Người hướng dẫn khoa học: 1. PGS.TS. Đỗ Văn Hùng",
        "                          2. TS. Lê Minh Quân",
    ],
    "blocks": [
        ("title", "THÔNG TIN TÓM TẮT VỀ NHỮNG ĐÓNG GÓP MỚI CỦA LUẬN ÁN TIẾN SĨ"),
        ("heading", "1. Tính cấp thiết của đề tài", 1),
        (
            "paragraph",
            "Ô-man có vị trí chiến lược bên eo biển Hormuz, nơi phần lớn dầu mỏ của vùng Vịnh đi qua. Từ khi Quốc vương Qaboos bin Said lên ngôi năm 1970, nước này theo đuổi chính sách trung lập, láng giềng thân thiện, gia nhập Liên đoàn Ả-rập và Liên hợp quốc năm 1971, rồi cùng năm nước vùng Vịnh thành lập Hội đồng Hợp tác vùng Vịnh (GCC) tại Abu Dhabi ngày 25/5/1981 (Trần Văn Lợi, 2019, tr. 44). Ô-man trở thành thành viên Tổ chức Thương mại Thế giới (WTO) ngày 9/11/2000, sớm hơn Việt Nam hơn sáu năm.",
        ),
        (
            "paragraph",
            "Tuy vậy, quan hệ Việt Nam – Ô-man đến nay chưa được nghiên cứu một cách hệ thống. Như một tác giả nhận định, đây vẫn là “một khoảng trống trong nghiên cứu về chính sách Trung Đông của Việt Nam” (Phạm Hải Yến, 2022, tr. 17).",
        ),
        ("heading", "2. Mục tiêu nghiên cứu", 1),
        (
            "paragraph",
            "Luận án làm rõ quá trình phát triển quan hệ chính trị, kinh tế giữa Việt Nam và Ô-man từ năm 2000 đến năm 2025, đánh giá thành tựu, hạn chế và đề xuất giải pháp thúc đẩy quan hệ đến năm 2035.",
        ),
        ("heading", "3. Những đóng góp mới của luận án", 1),
        (
            "paragraph",
            "Thứ nhất, luận án chỉ ra rằng sau khi gia nhập WTO ngày 11/1/2007, Việt Nam chủ động mở rộng thị trường sang Trung Đông, trong đó Ô-man là cửa ngõ ra Ấn Độ Dương và châu Phi. Sau khi Quốc vương Haitham bin Tariq kế vị ngày 11/1/2020, Mát-xcát đẩy mạnh Tầm nhìn 2040 và tìm kiếm thêm đối tác châu Á (Nguyễn Quốc Bình, 2023).",
        ),
        (
            "paragraph",
            "Thứ hai, luận án phân tích tác động của việc Việt Nam và Các Tiểu vương quốc Ả-rập Thống nhất ký Hiệp định Đối tác kinh tế toàn diện (CEPA) ngày 28/10/2024, hiệp định thương mại tự do đầu tiên của Việt Nam với một nước Ả-rập, đối với khả năng đàm phán một hiệp định tương tự với GCC.",
        ),
        (
            "paragraph",
            "Thứ ba, luận án đề xuất Việt Nam chủ động hợp tác với Ô-man về an ninh lương thực, năng lượng tái tạo và phát triển cảng biển.",
        ),
    ],
}

GSC_MINUTES = {
    "id": "gsc",
    "shape": "minutes",
    "head": [
        f"{'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM':<44}VƯƠNG QUỐC Ô-MAN",
    ],
    "blocks": [
        (
            "title",
            "BIÊN BẢN KỲ HỌP THỨ NHẤT ỦY BAN HỖN HỢP VIỆT NAM – Ô-MAN VỀ HỢP TÁC KINH TẾ, THƯƠNG MẠI VÀ KỸ THUẬT",
        ),
        (
            "paragraph",
            "Kỳ họp thứ nhất Ủy ban hỗn hợp Việt Nam – Ô-man về hợp tác kinh tế, thương mại và kỹ thuật đã diễn ra tại Mát-xcát từ ngày 9 đến ngày 10/11/2026.",
        ),
        (
            "paragraph",
            "Đoàn Việt Nam do Thứ trưởng Bộ Công Thương làm Trưởng đoàn, gồm đại diện Bộ Ngoại giao, Bộ Tài chính, Bộ Nông nghiệp và Môi trường, Bộ Nội vụ và Tập đoàn Công nghiệp – Năng lượng Quốc gia Việt Nam.",
        ),
        (
            "paragraph",
            "Đoàn Ô-man do Thứ trưởng Bộ Thương mại, Công nghiệp và Xúc tiến đầu tư làm Trưởng đoàn, gồm đại diện Bộ Ngoại giao, Bộ Năng lượng và Khoáng sản, Bộ Lao động, Cơ quan Đầu tư Ô-man (OIA) và Phòng Thương mại và Công nghiệp Ô-man.",
        ),
        ("paragraph", "Hai bên đã thông qua chương trình nghị sự và thống nhất như sau:"),
        (
            "list_item",
            "1. Thương mại: Hai bên nhất trí phấn đấu nâng kim ngạch thương mại song phương lên 1 tỷ USD vào năm 2030. Phía Ô-man đồng ý xem xét mở cửa thị trường cho bưởi và thanh long của Việt Nam.",
        ),
        (
            "list_item",
            "2. Đầu tư và năng lượng: Phía Ô-man thông báo OIA sẵn sàng cùng các quỹ đầu tư Việt Nam nghiên cứu dự án lọc hóa dầu và kho cảng. Hai bên chưa thống nhất được phương án góp vốn cho dự án kho chứa dầu tại Duqm và giao các cơ quan chuyên ngành tiếp tục trao đổi.",
        ),
        (
            "list_item",
            "3. Lao động: Hai bên đã ký Bản ghi nhớ về hợp tác lao động, theo đó Ô-man sẽ tiếp nhận lao động Việt Nam trong các ngành xây dựng, khách sạn và chế biến thủy sản.",
        ),
        (
            "list_item",
            "4. Nông nghiệp: Phía Việt Nam đề nghị Ô-man chia sẻ kinh nghiệm khử mặn nước biển và tưới tiết kiệm; phía Ô-man đề nghị Việt Nam bảo đảm cung cấp gạo ổn định, lâu dài.",
        ),
        (
            "list_item",
            "5. Kỳ họp thứ hai của Ủy ban hỗn hợp sẽ được tổ chức tại Hà Nội vào năm 2028.",
        ),
        (
            "paragraph",
            "Biên bản được ký tại Mát-xcát ngày 10 tháng 11 năm 2026, thành hai bản bằng tiếng Việt, tiếng Ả-rập và tiếng Anh, các văn bản có giá trị như nhau.",
        ),
    ],
}

GSD_LIST = {
    "id": "gsd",
    "shape": "list",
    "blocks": [
        ("title", "Danh sách các tổ chức và hiệp định quốc tế của Ô-man"),
        (
            "paragraph",
            "Dưới đây là danh sách một số tổ chức quốc tế mà Vương quốc Ô-man tham gia và các hiệp định quan trọng nước này đã ký kể từ khi Quốc vương Qaboos bin Said lên ngôi năm 1970.",
        ),
        ("heading", "Danh sách", 1),
        ("table", "Thời gian | Tổ chức / hiệp định | Nội dung"),
        ("table", "1971 | Liên đoàn Ả-rập | Ô-man gia nhập Liên đoàn"),
        ("table", "7/10/1971 | Liên hợp quốc | Được kết nạp làm thành viên"),
        (
            "table",
            "25/5/1981 | Hội đồng Hợp tác vùng Vịnh (GCC) | Thành viên sáng lập; hội nghị thành lập tại Abu Dhabi",
        ),
        ("table", "1997 | Hiệp hội Vành đai Ấn Độ Dương (IORA) | Thành viên sáng lập"),
        ("table", "9/11/2000 | Tổ chức Thương mại Thế giới (WTO) | Trở thành thành viên"),
        ("table", "19/1/2006 | Hiệp định thương mại tự do Ô-man – Hoa Kỳ | Ký kết; có hiệu lực từ 1/1/2009"),
        (
            "table",
            "12/4/2025 | Đàm phán hạt nhân Hoa Kỳ – I-ran | Ô-man làm trung gian vòng đàm phán gián tiếp đầu tiên tại Mát-xcát",
        ),
        ("heading", "Xem thêm", 1),
        ("list_item", "Quan hệ Việt Nam – Ô-man"),
        ("list_item", "Hội đồng Hợp tác vùng Vịnh"),
        ("heading", "Chú thích", 1),
        (
            "paragraph",
            "Ô-man cùng Cô-oét không tham gia cuộc phong tỏa Ca-ta do Ả-rập Xê-út, Các Tiểu vương quốc Ả-rập Thống nhất, Ba-ranh và Ai Cập tiến hành từ tháng 6/2017 đến tháng 1/2021. Trước đó, năm 2013, Mát-xcát là nơi diễn ra các cuộc tiếp xúc bí mật giữa Hoa Kỳ và I-ran, mở đường cho Kế hoạch hành động chung toàn diện (JCPOA) năm 2015.",
        ),
    ],
}

GSE_OPED = {
    "id": "gse",
    "shape": "opinion",
    "kicker": "BÌNH LUẬN",
    "byline": "MINH ĐỨC",
    "blocks": [
        ("title", "Bài học từ “ngoại giao thầm lặng” của Ô-man"),
        (
            "paragraph",
            "Ngày 12/4/2025, tại Mát-xcát, Hoa Kỳ và I-ran tiến hành vòng đàm phán gián tiếp đầu tiên về chương trình hạt nhân của I-ran, với Ngoại trưởng Ô-man làm trung gian chuyển thông điệp. Đó không phải lần đầu tiên thủ đô nhỏ bé bên bờ biển Ả-rập trở thành điểm hẹn của những đối thủ.",
        ),
        (
            "paragraph",
            "Năm 2013, chính các cuộc tiếp xúc bí mật giữa Washington và Tê-hê-ran tại Ô-man đã mở đường cho Kế hoạch hành động chung toàn diện (JCPOA), được ký tại Viên ngày 14/7/2015. Thế nhưng ngày 8/5/2018, Hoa Kỳ rút khỏi thỏa thuận và tái áp đặt các lệnh trừng phạt đối với I-ran. Đầu tháng 5/2025, Ô-man lại tuyên bố đã giúp Hoa Kỳ và lực lượng Houthi ở Y-ê-men đạt thỏa thuận ngừng bắn. Ngay cả khi Israel tấn công I-ran từ ngày 13/6/2025, Mát-xcát vẫn giữ kênh liên lạc với các bên.",
        ),
        (
            "paragraph",
            "Vì sao một quốc gia chỉ khoảng năm triệu dân lại được các bên tin cậy đến vậy? Câu trả lời nằm ở đường lối không liên minh, không can thiệp mà Quốc vương Qaboos theo đuổi suốt gần nửa thế kỷ. Ô-man là một trong số rất ít nước Ả-rập không cắt quan hệ với Ai Cập sau khi Cai-rô ký hòa ước với Israel năm 1979, và cũng không tham gia liên minh quân sự do Ả-rập Xê-út dẫn đầu can thiệp vào Y-ê-men năm 2015.",
        ),
        (
            "paragraph",
            "Với đường lối độc lập, tự chủ, đa phương hóa, đa dạng hóa quan hệ và chính sách quốc phòng “bốn không”, Việt Nam có nhiều điểm tương đồng với Ô-man. Phải chăng đã đến lúc hai nước phối hợp chặt chẽ hơn tại Liên hợp quốc và mở rộng hợp tác về năng lượng, lương thực?",
        ),
        (
            "paragraph",
            "Trong một thế giới nhiều biến động, uy tín của một quốc gia không chỉ đo bằng sức mạnh quân sự hay quy mô kinh tế, mà bằng sự tin cậy mà quốc gia ấy tạo dựng được. Đó là bài học đáng suy ngẫm.",
        ),
    ],
}

DOCS = [GSA_COMMUNIQUE, GSB_THESIS, GSC_MINUTES, GSD_LIST, GSE_OPED]


SIGNATURES = [
    ("TRƯỞNG ĐOÀN VIỆT NAM", "TRƯỞNG ĐOÀN Ô-MAN"),
    ("(đã ký)", "(đã ký)"),
    ("Thứ trưởng Bộ Công Thương", "Thứ trưởng Bộ Thương mại, Công nghiệp"),
    ("", "và Xúc tiến đầu tư"),
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
        prefix="gs",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
