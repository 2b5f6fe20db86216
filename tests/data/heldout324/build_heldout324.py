"""Build the three hundred twenty-fourth held-out set (a working set: every document in a new shape) and its
structure gold from one source of truth.

    .venv/bin/python tests/data/heldout324/build_heldout324.py [--check]

Five short documents on Vietnam, the European Union and Northern and Central Europe, each in a new shape:

* apa EMAIL: an .eml message (RFC 5322, written with the email package, quoted-printable UTF-8 body) forwarding
  a press release of the Europe Department, with a quoted earlier message, a signature and a footer;
* apb TABLE: a library's list of agreements and milestones exported from a spreadsheet as CSV (BOM, CRLF);
* apc NOTE: a chain of three diplomatic notes with the Embassy of Finland, copied as text;
* apd MEMOIR: a chapter of a (fictitious) diplomat's memoir as text from an e-book;
* ape NOTES: a lecturer's lecture notes in Markdown (front matter, headings, lists, a pipe table, a quotation,
  footnotes).

Facts are well-established; authors, senders, addresses, document numbers, the notes' agreement and dates, the
memoirist and his dialogue are invented (see README.md). The gold structure describes what a person reads (the
decoded e-mail body, the parsed CSV rows, the Markdown as written). ``--check`` verifies the gold.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_shapes22 import main  # noqa: E402 (the five shapes' renderers, build and check)

PREFIX = "ap"

# ---------------------------------------------------------------- apa: EMAIL (.eml, quoted-printable body)
APA_EMAIL = {
    "id": "apa",
    "shape": "email",
    "headers": [
        ("From", "Trần Minh Đức <duc.tm@mofa.gov.vn>"),
        ("To", "Lê Thu Hà <ha.lt@mofa.gov.vn>"),
        ("Cc", "Phòng Thông tin điện tử <cttdt@mofa.gov.vn>"),
        ("Date", "Tue, 12 Mar 2024 09:15:00 +0700"),
        ("Subject", "Fwd: Thông cáo báo chí về Hội thảo Việt Nam – EU ngày 28/3"),
        ("Message-ID", "<20240312091500.48213@mofa.gov.vn>"),
    ],
    "body": [
        ("p", "Kính gửi chị Hà và các anh chị Phòng Thông tin điện tử,"),
        ("blank", ""),
        (
            "p",
            "Em xin chuyển tiếp thông cáo báo chí của Vụ Châu Âu về Hội thảo ngày 28/3 tới để đăng trên Cổng Thông tin điện tử của Bộ. Thông cáo đã được bổ sung hai văn kiện theo góp ý của anh Văn A trong thư dưới đây.",
        ),
        ("blank", ""),
        ("p", "Trân trọng,"),
        ("blank", ""),
        ("x", "---------- Forwarded message ---------"),
        ("x", "Từ: Vụ Châu Âu <vuchauau@mofa.gov.vn>"),
        ("x", "Date: Th 2, 11 thg 3, 2024 lúc 17:05"),
        ("x", "Subject: Thông cáo báo chí – Hội thảo Việt Nam – EU"),
        ("x", "To: Trần Minh Đức <duc.tm@mofa.gov.vn>"),
        ("blank", ""),
        ("heading", "THÔNG CÁO BÁO CHÍ"),
        ("blank", ""),
        (
            "p",
            "Ngày 28/3/2024, Bộ Ngoại giao sẽ phối hợp với Phái đoàn Liên minh châu Âu tại Việt Nam tổ chức tại Hà Nội Hội thảo “Việt Nam – EU: từ Hiệp định PCA đến EVFTA”.",
        ),
        ("blank", ""),
        (
            "p",
            "Việt Nam và Cộng đồng châu Âu (nay là Liên minh châu Âu) thiết lập quan hệ ngoại giao ngày 22/10/1990. Ngày 27/6/2012, hai bên ký Hiệp định Đối tác và Hợp tác toàn diện (PCA) tại Brúc-xen; Hiệp định có hiệu lực từ ngày 1/10/2016.",
        ),
        ("blank", ""),
        (
            "p",
            "Ngày 30/6/2019, tại Hà Nội, hai bên ký Hiệp định Thương mại tự do (EVFTA) và Hiệp định Bảo hộ đầu tư (EVIPA). Quốc hội Việt Nam phê chuẩn hai Hiệp định ngày 8/6/2020. EVFTA có hiệu lực từ ngày 1/8/2020, còn EVIPA chưa có hiệu lực do còn chờ nghị viện các nước thành viên EU phê chuẩn.",
        ),
        ("blank", ""),
        (
            "p",
            "Ngoài ra, hai bên đã ký Hiệp định Đối tác tự nguyện về thực thi lâm luật, quản trị rừng và thương mại lâm sản (VPA/FLEGT) ngày 19/10/2018 tại Brúc-xen và Hiệp định khung về việc Việt Nam tham gia các hoạt động quản lý khủng hoảng của EU (FPA) ngày 17/10/2019 tại Hà Nội.",
        ),
        ("blank", ""),
        ("x", "Vào Th 2, 11 thg 3, 2024 lúc 16:20 Nguyễn Văn A <a@mofa.gov.vn> đã viết:"),
        ("q", "Anh Đức thân mến,"),
        (
            "q",
            "Đề nghị anh bổ sung vào thông cáo Hiệp định VPA/FLEGT và Hiệp định FPA. Xin lưu ý: Hội thảo lần này không mời đại diện doanh nghiệp như hội thảo năm ngoái.",
        ),
        ("q", "Cảm ơn anh. Văn A"),
        ("blank", ""),
        ("x", "-- "),
        ("author", "Trần Minh Đức"),
        ("x", "Chuyên viên, Vụ Thông tin Báo chí – Bộ Ngoại giao"),
        ("x", "ĐT: (024) 3799 4127 | DĐ: 0912 486 305"),
        ("blank", ""),
        (
            "p",
            "Thư này và các tệp đính kèm có thể chứa thông tin mật, chỉ dành cho người nhận có tên trên. Nếu nhận nhầm, xin vui lòng báo cho người gửi và xóa thư.",
        ),
    ],
}

# ---------------------------------------------------------------- apb: TABLE (CSV from a spreadsheet)
APB_TABLE = {
    "id": "apb",
    "shape": "table",
    "title_rows": [
        "DANH MỤC ĐIỀU ƯỚC QUỐC TẾ VÀ CÁC MỐC QUAN HỆ GIỮA VIỆT NAM VỚI LIÊN MINH CHÂU ÂU, CÁC NƯỚC BẮC ÂU VÀ TRUNG ÂU",
        "(Tài liệu phục vụ trưng bày chuyên đề, cập nhật đến tháng 12/2023)",
    ],
    "header": [
        "STT",
        "Ngày ký",
        "Tên văn kiện / sự kiện",
        "Đối tác",
        "Nơi ký",
        "Đại diện phía Việt Nam",
        "Hiệu lực",
        "Ghi chú",
    ],
    "rows": [
        [
            "1",
            "02/02/1950",
            "Thiết lập quan hệ ngoại giao với Tiệp Khắc",
            "Tiệp Khắc",
            "",
            "",
            "",
            "Cộng hòa Séc và Xlô-va-ki-a kế thừa quan hệ từ năm 1993.",
        ],
        ["2", "03/02/1950", "Thiết lập quan hệ ngoại giao với Hung-ga-ri", "Hung-ga-ri"],
        [
            "3",
            "04/02/1950",
            "Thiết lập quan hệ ngoại giao với Ba Lan",
            "Ba Lan",
            "",
            "",
            "",
            "Ba Lan là thành viên Ủy ban Quốc tế giám sát và kiểm soát đình chiến ở Đông Dương từ năm 1954.",
        ],
        [
            "4",
            "11/01/1969",
            "Thiết lập quan hệ ngoại giao với Thụy Điển",
            "Thụy Điển",
            "",
            "",
            "",
            "Nước phương Tây đầu tiên thiết lập quan hệ ngoại giao với Việt Nam Dân chủ Cộng hòa.",
        ],
        ["5", "25/11/1971", "Thiết lập quan hệ ngoại giao với Đan Mạch", "Đan Mạch"],
        ["6", "25/11/1971", "Thiết lập quan hệ ngoại giao với Na Uy", "Na Uy"],
        ["7", "25/01/1973", "Thiết lập quan hệ ngoại giao với Phần Lan", "Phần Lan"],
        [
            "8",
            "1974",
            "Hiệp định về việc Thụy Điển viện trợ xây dựng Nhà máy giấy Bãi Bằng",
            "Thụy Điển",
            "",
            "",
            "",
            "Nhà máy khánh thành năm 1982, là công trình viện trợ lớn nhất của Thụy Điển cho Việt Nam.",
        ],
        [
            "9",
            "22/10/1990",
            "Thiết lập quan hệ ngoại giao với Cộng đồng châu Âu",
            "Cộng đồng châu Âu (EC)",
            "",
            "",
            "",
            "Nay là Liên minh châu Âu (EU).",
        ],
        ["10", "17/07/1995", "Hiệp định khung về hợp tác", "Cộng đồng châu Âu (EC)", "Brúc-xen"],
        [
            "11",
            "27/06/2012",
            "Hiệp định Đối tác và Hợp tác toàn diện",
            "Liên minh châu Âu",
            "Brúc-xen",
            "Bộ trưởng Ngoại giao Phạm Bình Minh",
            "01/10/2016",
            'Thường gọi là "Hiệp định PCA".',
        ],
        [
            "12",
            "12/2015",
            "Tuyên bố kết thúc đàm phán Hiệp định Thương mại tự do",
            "Liên minh châu Âu",
            "",
            "",
            "",
            "Đàm phán khởi động từ tháng 6/2012.",
        ],
        [
            "13",
            "10/2018",
            "Hiệp định Đối tác tự nguyện về thực thi lâm luật, quản trị rừng và thương mại lâm sản (VPA/FLEGT)",
            "Liên minh châu Âu",
            "Brúc-xen",
            "",
            "01/06/2019",
        ],
        [
            "14",
            "30/06/2019",
            "Hiệp định Thương mại tự do (EVFTA)",
            "Liên minh châu Âu",
            "Hà Nội",
            "Bộ trưởng Bộ Công Thương\nTrần Tuấn Anh",
            "01/08/2020",
            "Quốc hội phê chuẩn ngày 8/6/2020.",
        ],
        [
            "15",
            "30/06/2019",
            "Hiệp định Bảo hộ đầu tư (EVIPA)",
            "Liên minh châu Âu",
            "Hà Nội",
            "Bộ trưởng Bộ Công Thương Trần Tuấn Anh",
            "Chưa có hiệu lực",
            "Quốc hội phê chuẩn ngày 8/6/2020; Hiệp định chưa có hiệu lực vì chưa được tất cả các nước thành viên EU phê chuẩn.",
        ],
        [
            "16",
            "17/10/2019",
            "Hiệp định khung về tham gia các hoạt động quản lý khủng hoảng của EU (FPA)",
            "Liên minh châu Âu",
            "Hà Nội",
        ],
    ],
    "source": "Nguồn: Thư viện Học viện Ngoại giao tổng hợp, tháng 12/2023.",
}

# ---------------------------------------------------------------- apc: NOTE (a chain of diplomatic notes)
MOFA = "Bộ Ngoại giao nước Cộng hòa xã hội chủ nghĩa Việt Nam"
FIN_EMB = "Đại sứ quán nước Cộng hòa Phần Lan tại Hà Nội"
AGREEMENT_FI = (
    "Hiệp định giữa Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và Chính phủ nước Cộng hòa Phần Lan về "
    "miễn thị thực cho người mang hộ chiếu ngoại giao"
)
APC_NOTE = {
    "id": "apc",
    "shape": "note",
    "notes": [
        {
            "number": "Số: 0118/BNG-CAu",
            "paras": [
                f"{MOFA} gửi lời chào trân trọng tới {FIN_EMB} và có vinh dự thông báo như sau:",
                "Nhân kỷ niệm 50 năm ngày thiết lập quan hệ ngoại giao giữa hai nước (25/1/1973 – 25/1/2023), Bộ Ngoại giao đề nghị hai bên đồng tổ chức buổi chiêu đãi tại Hà Nội vào ngày 25/1/2023.",
                f"Liên quan đến công hàm số 45/2023 ngày 3/1/2023 của Đại sứ quán, Bộ Ngoại giao xin thông báo phía Việt Nam đã hoàn tất các thủ tục nội bộ cần thiết để {AGREEMENT_FI}, ký tại Hen-xin-ki ngày 14/9/2022, có hiệu lực. Theo Điều 9, Hiệp định có hiệu lực sau ba mươi ngày kể từ ngày nhận được thông báo sau cùng.",
                f"{MOFA} nhân dịp này xin gửi tới {FIN_EMB} lời chào trân trọng nhất./.",
            ],
            "place": "Hà Nội, ngày 9 tháng 1 năm 2023",
            "to": f"Kính gửi: {FIN_EMB}",
        },
        {
            "number": "Số: 07/2023",
            "paras": [
                f"{FIN_EMB} gửi lời chào trân trọng tới {MOFA} và, liên quan đến công hàm số 0118/BNG-CAu ngày 9/1/2023 của Bộ, có vinh dự thông báo:",
                "Phía Phần Lan nhất trí đồng tổ chức buổi chiêu đãi vào ngày 25/1/2023 và đề nghị tổ chức Tham vấn chính trị cấp Thứ trưởng Ngoại giao giữa hai nước tại Hà Nội vào ngày 26/1/2023.",
                "Phía Phần Lan cũng đã hoàn tất các thủ tục nội bộ cần thiết; do đó Hiệp định nêu trên có hiệu lực kể từ ngày 15/2/2023.",
                f"{FIN_EMB} nhân dịp này xin gửi tới {MOFA} lời chào trân trọng nhất./.",
            ],
            "place": "Hà Nội, ngày 16 tháng 1 năm 2023",
            "to": f"Kính gửi: {MOFA}, Hà Nội",
        },
        {
            "number": "Số: 0176/BNG-CAu",
            "paras": [
                f"{MOFA} gửi lời chào trân trọng tới {FIN_EMB} và, liên quan đến công hàm số 07/2023 ngày 16/1/2023 của Đại sứ quán, có vinh dự xác nhận Tham vấn chính trị cấp Thứ trưởng Ngoại giao giữa hai nước sẽ được tổ chức tại Hà Nội vào ngày 26/1/2023.",
                "Do thời gian chuẩn bị ngắn, phía Việt Nam không tổ chức diễn đàn doanh nghiệp bên lề Tham vấn như dự kiến ban đầu.",
                f"{MOFA} nhân dịp này xin gửi tới {FIN_EMB} lời chào trân trọng nhất./.",
            ],
            "place": "Hà Nội, ngày 19 tháng 1 năm 2023",
            "to": f"Kính gửi: {FIN_EMB}",
        },
    ],
}

# ---------------------------------------------------------------- apd: MEMOIR (a chapter from an e-book)
APD_MEMOIR = {
    "id": "apd",
    "shape": "memoir",
    "chapter": "Chương 5",
    "chapter_title": "NHỮNG MÙA ĐÔNG Ở XTỐC-KHÔM",
    "paras": [
        "Đầu năm 1969, khi tôi còn là cán bộ trẻ của Vụ Tây Âu, cả cơ quan xôn xao vì một tin vui: ngày 11/1/1969, Thụy Điển chính thức thiết lập quan hệ ngoại giao với ta, nước phương Tây đầu tiên làm việc đó (1).",
        "Ít hôm sau, Bộ trưởng Ngoại giao Nguyễn Duy Trinh gọi mấy anh em chúng tôi lên giao việc soạn tài liệu về các nước Bắc Âu. Anh Trinh dặn:",
        "— Các cậu nhớ, người Thụy Điển ủng hộ ta từ trong lòng dân chứ không chỉ ở chính phủ.",
        "Mùa thu năm ấy tôi được cử sang Xtốc-khôm. Chỉ ít tuần sau khi tôi đến, ông Ô-lốp Pan-mê lên làm Thủ tướng (2).",
        "Những ngày cuối tháng 12/1972, Mỹ dùng B-52 ném bom hủy diệt Hà Nội và Hải Phòng. Ngày 23/12/1972, Thủ tướng Pan-mê ra tuyên bố lên án cuộc ném bom, so sánh nó với những tội ác ở Ghéc-ni-ca, Li-đi-xê và Tơ-rê-blin-ca. Oa-sinh-tơn phản ứng gay gắt và đóng băng quan hệ ngoại giao với Xtốc-khôm.",
        "— Anh thấy không, bạn mình dám nói thẳng với Mỹ như thế đấy! — chị Mai, cán bộ sứ quán, nói với tôi, mắt đỏ hoe.",
        "Cũng trong những năm ấy, ta lần lượt đặt quan hệ ngoại giao với Đan Mạch và Na Uy (ngày 25/11/1971), rồi với Phần Lan (đầu năm 1973). Tôi được giao theo dõi cả ba nước, nhiều hôm đi tàu đêm từ Xtốc-khôm sang Ô-xlô cho kịp cuộc hẹn sáng hôm sau.",
        "Hiệp định Pa-ri được ký ngày 27/1/1973. Ba Lan và Hung-ga-ri, hai nước anh em, cùng Ca-na-đa và In-đô-nê-xi-a cử người tham gia Ủy ban Quốc tế kiểm soát và giám sát. Năm sau, Thụy Điển nhận lời giúp ta xây dựng Nhà máy giấy Bãi Bằng, công trình mà anh em sứ quán theo dõi suốt nhiều năm.",
        "Mười bảy năm sau, mùa thu năm 1990, tôi đã về nước làm Phó Vụ trưởng. Ngày 22/10/1990, ta và Cộng đồng châu Âu thiết lập quan hệ ngoại giao. Hôm sau, Bộ trưởng Ngoại giao Nguyễn Cơ Thạch gọi tôi lên. Anh Thạch nói (3):",
        "— Cánh cửa châu Âu mở rồi, giờ là lúc làm kinh tế.",
    ],
    "sign": "Hà Nội, mùa thu 2010",
    "notes": [
        "(1) Thụy Điển đặt quan hệ ngoại giao với Việt Nam Dân chủ Cộng hòa ở cấp đại sứ – BT.",
        "(2) Ông Olof Palme giữ chức Thủ tướng Thụy Điển từ tháng 10/1969 – BT.",
        "(3) Ông Nguyễn Cơ Thạch là Bộ trưởng Ngoại giao từ năm 1980 đến năm 1991 – BT.",
    ],
}

# ---------------------------------------------------------------- ape: NOTES (lecture notes in Markdown)
APE_NOTES = {
    "id": "ape",
    "shape": "notes",
    "front": [
        ("title", "Quan hệ Việt Nam – châu Âu (học phần QHQT 214)"),
        ("author", "ThS. Phạm Thị Ngọc Lan"),
        ("date", "2024-09-10"),
        ("tags", "[ngoại giao, Liên minh châu Âu, Bắc Âu, EVFTA]"),
    ],
    "items": [
        ("h", 1, "Bài 3. Việt Nam và Liên minh châu Âu"),
        ("h", 2, "3.1. Các mốc chính"),
        (
            "table",
            [
                ["Năm", "Sự kiện"],
                ["1990", "Việt Nam và Cộng đồng châu Âu thiết lập quan hệ ngoại giao (22/10)"],
                ["1995", "Ký Hiệp định khung về hợp tác (17/7)"],
                ["2012", "Ký Hiệp định Đối tác và Hợp tác toàn diện – PCA (27/6)"],
                ["2016", "PCA có hiệu lực (1/10)"],
                ["2019", "Ký EVFTA và EVIPA tại Hà Nội (30/6)"],
                ["2020", "EVFTA có hiệu lực (1/8)"],
            ],
        ),
        ("h", 2, "3.2. Nội dung hợp tác"),
        ("h", 3, "a) Chính trị"),
        ("ul", 0, "**Hiệp định PCA** tạo khung pháp lý cho quan hệ _đối tác và hợp tác toàn diện_."),
        ("ul", 1, "Hai bên duy trì đối thoại chính trị và hợp tác trong khuôn khổ ASEM."),
        ("blank",),
        ("h", 3, "b) Kinh tế – thương mại"),
        (
            "ol",
            0,
            1,
            "EVFTA có hiệu lực từ ngày 1/8/2020, sau khi Quốc hội Việt Nam phê chuẩn ngày 8/6/2020.",
        ),
        (
            "ol",
            1,
            1,
            "EVIPA đến nay vẫn chưa có hiệu lực vì chưa được tất cả các nước thành viên EU phê chuẩn.",
        ),
        (
            "ol",
            0,
            2,
            "Xem văn bản _hiệp định_ tại [Bộ Ngoại giao](https://mofa.gov.vn) và [Trung tâm WTO](https://trungtamwto.vn).",
        ),
        ("blank",),
        ("h", 2, "3.3. Các nước Bắc Âu và Trung Âu"),
        (
            "ul",
            0,
            "**Thụy Điển** là nước phương Tây đầu tiên thiết lập quan hệ ngoại giao với Việt Nam Dân chủ Cộng hòa (11/1/1969)[^1].",
        ),
        ("ul", 1, "Thụy Điển viện trợ xây dựng Nhà máy giấy Bãi Bằng."),
        (
            "ul",
            0,
            "Với **Đan Mạch**, **Na Uy** (25/11/1971) và **Phần Lan** (25/1/1973), ta thiết lập quan hệ ngoại giao đầu thập niên 1970.",
        ),
        (
            "ul",
            0,
            "Ba Lan, Hung-ga-ri và Tiệp Khắc thiết lập quan hệ ngoại giao với ta từ đầu tháng 2/1950; Ba Lan và Hung-ga-ri tham gia Ủy ban Quốc tế kiểm soát và giám sát (ICCS) năm 1973[^2].",
        ),
        ("blank",),
        (
            "quote",
            "“Châu Âu vừa là thị trường, vừa là nguồn vốn và công nghệ, vừa là người bạn chính trị lâu năm của Việt Nam.”",
        ),
        ("p", "— Vũ Thị Hồng Nhung (2021, tr. 88)"),
        ("h", 2, "Câu hỏi ôn tập"),
        ("ol", 0, 1, "Nêu các mốc chính trong quan hệ Việt Nam – EU từ năm 1990."),
        ("ol", 0, 2, "Vì sao EVIPA chưa có hiệu lực?"),
        ("ol", 0, 3, "Nước phương Tây nào đặt quan hệ ngoại giao với Việt Nam sớm nhất?"),
        ("blank",),
        (
            "fn",
            "1",
            "Nhà máy giấy Bãi Bằng khánh thành năm 1982, là công trình viện trợ lớn nhất của Thụy Điển cho Việt Nam.",
        ),
        (
            "fn",
            "2",
            "Thành phần ICCS gồm Ba Lan, Hung-ga-ri, Ca-na-đa và In-đô-nê-xi-a; năm 1973 I-ran thay Ca-na-đa.",
        ),
    ],
}

DOCS = [APA_EMAIL, APB_TABLE, APC_NOTE, APD_MEMOIR, APE_NOTES]


if __name__ == "__main__":
    sys.exit(main(HERE, DOCS, PREFIX))
