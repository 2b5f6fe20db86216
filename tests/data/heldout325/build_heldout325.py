"""Build the three hundred twenty-fifth held-out set (a working set: every document in a new shape) and its
structure gold from one source of truth.

    .venv/bin/python tests/data/heldout325/build_heldout325.py [--check]

Five short documents on Vietnam's economic diplomacy and the international financial bodies, each in a new shape:

* bfa EMAIL: an .eml message (RFC 5322, written with the email package, quoted-printable UTF-8 body) forwarding
  the press release on the Prime Minister's attendance at the G7 outreach summit in Hiroshima (May 2023), with a
  quoted earlier message, a signature and a footer;
* bfb TABLE: a (fictitious) provincial trade-promotion centre's list of multilateral mechanisms and FTAs,
  exported from a spreadsheet as CSV (BOM, CRLF);
* bfc NOTE: a chain of three diplomatic notes with the Embassy of Brazil (the G20 summit in Rio, 2024),
  copied as text;
* bfd MEMOIR: a chapter of a (fictitious) diplomat's memoir (1993 – 2004) as text from an e-book;
* bfe NOTES: a lecturer's lecture notes in Markdown (front matter, headings, lists, a pipe table, a quotation,
  footnotes).

Facts are well-established; authors, senders, addresses, document numbers, the notes' agreement, dates and
meeting, the memoirist and his dialogue are invented (see README.md). The gold structure describes what a person
reads (the decoded e-mail body, the parsed CSV rows, the Markdown as written). ``--check`` verifies the gold.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_shapes22 import main  # noqa: E402 (the five shapes' renderers, build and check)

PREFIX = "bf"

# ---------------------------------------------------------------- bfa: EMAIL (.eml, quoted-printable body)
BFA_EMAIL = {
    "id": "bfa",
    "shape": "email",
    "headers": [
        ("From", "Hoàng Thị Thu Trang <trang.ht@mofa.gov.vn>"),
        ("To", "Đỗ Quang Huy <huy.dq@mofa.gov.vn>"),
        ("Cc", "Vụ Tổng hợp kinh tế <thkt@mofa.gov.vn>"),
        ("Date", "Tue, 16 May 2023 09:15:00 +0700"),
        ("Subject", "Fwd: Thông cáo báo chí về việc Thủ tướng dự Hội nghị thượng đỉnh G7 mở rộng"),
        ("Message-ID", "<20230516091500.73102@mofa.gov.vn>"),
    ],
    "body": [
        ("p", "Kính gửi anh Huy,"),
        ("blank", ""),
        (
            "p",
            "Em xin chuyển anh thông cáo báo chí của Vụ Thông tin Báo chí để anh bổ sung vào tài liệu chuẩn bị cho đoàn. Góp ý của anh Văn A (thư dưới) em đã đưa vào phần bối cảnh của tài liệu.",
        ),
        ("blank", ""),
        ("p", "Trân trọng,"),
        ("blank", ""),
        ("x", "---------- Forwarded message ---------"),
        ("x", "Từ: Vụ Thông tin Báo chí <ttbc@mofa.gov.vn>"),
        ("x", "Date: Th 2, 15 thg 5, 2023 lúc 17:40"),
        ("x", "Subject: Thông cáo báo chí"),
        ("x", "To: Hoàng Thị Thu Trang <trang.ht@mofa.gov.vn>"),
        ("blank", ""),
        ("heading", "THÔNG CÁO BÁO CHÍ"),
        ("blank", ""),
        (
            "p",
            "Nhận lời mời của Thủ tướng Nhật Bản Ki-si-đa Phu-mi-ô, Thủ tướng Phạm Minh Chính sẽ tham dự Hội nghị thượng đỉnh G7 mở rộng tại thành phố Hi-rô-si-ma và làm việc tại Nhật Bản từ ngày 19 đến 22/5/2023.",
        ),
        ("blank", ""),
        (
            "p",
            "Trước đó, tháng 5/2016, Thủ tướng Nguyễn Xuân Phúc đã dự Hội nghị G7 mở rộng tại Nhật Bản. Bên lề Hội nghị lần này, Thủ tướng dự kiến gặp lãnh đạo một số nước và tổ chức quốc tế, trong đó có Ngân hàng Thế giới và Quỹ Tiền tệ Quốc tế.",
        ),
        ("blank", ""),
        ("x", "Vào Th 2, 15 thg 5, 2023 lúc 16:20 Nguyễn Văn A <a@mofa.gov.vn> đã viết:"),
        ("q", "Chị Trang thân mến,"),
        (
            "q",
            "Đề nghị chị nêu thêm trong tài liệu: Việt Nam từng được mời dự Hội nghị thượng đỉnh G20 tại Ô-xa-ca (Nhật Bản) tháng 6/2019. Năm nay ta chưa nhận được lời mời dự Hội nghị thượng đỉnh G20 tại Ấn Độ.",
        ),
        ("q", "Cảm ơn chị. Văn A"),
        ("blank", ""),
        ("x", "-- "),
        ("author", "Hoàng Thị Thu Trang"),
        ("x", "Chuyên viên, Vụ Tổng hợp kinh tế – Bộ Ngoại giao"),
        ("x", "ĐT: (024) 3799 3261 | DĐ: 0983 172 640"),
        ("blank", ""),
        (
            "p",
            "Thư này có thể chứa thông tin mật, chỉ dành cho người nhận có tên trên. Nếu nhận nhầm, xin vui lòng báo cho người gửi và xóa thư.",
        ),
    ],
}

# ---------------------------------------------------------------- bfb: TABLE (CSV from a spreadsheet)
BFB_TABLE = {
    "id": "bfb",
    "shape": "table",
    "title_rows": [
        "DANH MỤC CÁC CƠ CHẾ KINH TẾ ĐA PHƯƠNG VÀ HIỆP ĐỊNH THƯƠNG MẠI TỰ DO VIỆT NAM THAM GIA",
        "(Tài liệu tham khảo cho doanh nghiệp, cập nhật tháng 6/2024)",
    ],
    "header": [
        "STT",
        "Ngày",
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
            "10/1993",
            "Khôi phục quan hệ với Quỹ Tiền tệ Quốc tế (IMF) và Ngân hàng Thế giới (WB)",
            "IMF, WB",
            "",
            "",
            "",
            "Cùng năm, Ngân hàng Phát triển châu Á (ADB) nối lại cho vay đối với Việt Nam.",
        ],
        [
            "2",
            "28/07/1995",
            "Gia nhập Hiệp hội các quốc gia Đông Nam Á (ASEAN)",
            "ASEAN",
            "Ban-đa Xê-ri Bê-ga-oan",
        ],
        [
            "3",
            "03/1996",
            "Tham gia sáng lập Diễn đàn Hợp tác Á – Âu (ASEM)",
            "ASEM",
            "Băng Cốc",
            "Thủ tướng Võ Văn Kiệt",
            "",
            "Hội nghị cấp cao ASEM 1 họp ngày 1 – 2/3/1996.",
        ],
        [
            "4",
            "11/1998",
            "Gia nhập Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương (APEC)",
            "APEC",
            "Cu-a-la Lăm-pơ",
        ],
        [
            "5",
            "08/10/2004",
            "Đăng cai Hội nghị cấp cao Á – Âu lần thứ 5 (ASEM 5)",
            "ASEM",
            "Hà Nội",
            "Thủ tướng Phan Văn Khải",
            "",
            "Hội nghị họp ngày 8 – 9/10/2004.",
        ],
        [
            "6",
            "11/2006",
            "Đăng cai Hội nghị các nhà lãnh đạo kinh tế APEC lần thứ 14",
            "APEC",
            "Hà Nội",
            "Chủ tịch nước Nguyễn Minh Triết",
        ],
        [
            "7",
            "11/01/2007",
            "Trở thành thành viên thứ 150 của Tổ chức Thương mại thế giới (WTO)",
            "WTO",
            "Giơ-ne-vơ",
            "",
            "",
            "Nghị định thư gia nhập ký ngày 7/11/2006.",
        ],
        [
            "8",
            "25/12/2008",
            "Hiệp định Đối tác kinh tế Việt Nam – Nhật Bản (VJEPA)",
            "Nhật Bản",
            "Tô-ky-ô",
            "",
            "01/10/2009",
        ],
        [
            "9",
            "05/05/2015",
            "Hiệp định Thương mại tự do Việt Nam – Hàn Quốc (VKFTA)",
            "Hàn Quốc",
            "Hà Nội",
            "Bộ trưởng Bộ Công Thương\nVũ Huy Hoàng",
            "20/12/2015",
        ],
        [
            "10",
            "29/05/2015",
            "Hiệp định Thương mại tự do Việt Nam – Liên minh Kinh tế Á – Âu",
            "Liên minh Kinh tế Á – Âu (Nga, Bê-la-rút, Ca-dắc-xtan, Ác-mê-ni-a)",
            "Bu-ra-bai (Ca-dắc-xtan)",
            "Thủ tướng Nguyễn Tấn Dũng",
            "05/10/2016",
        ],
        [
            "11",
            "29/06/2015",
            "Ký Hiệp định về các Điều khoản thành lập Ngân hàng Đầu tư Cơ sở hạ tầng châu Á (AIIB)",
            "AIIB",
            "Bắc Kinh",
            "",
            "",
            "Việt Nam là thành viên sáng lập.",
        ],
        [
            "12",
            "08/03/2018",
            "Hiệp định Đối tác toàn diện và tiến bộ xuyên Thái Bình Dương (CPTPP)",
            "10 nước thành viên",
            "Xan-ti-a-gô (Chi-lê)",
            "Bộ trưởng Bộ Công Thương Trần Tuấn Anh",
            "14/01/2019",
            "Quốc hội phê chuẩn ngày 12/11/2018.",
        ],
        [
            "13",
            "30/06/2019",
            "Hiệp định Thương mại tự do Việt Nam – EU (EVFTA)",
            "Liên minh châu Âu",
            "Hà Nội",
            "Bộ trưởng Bộ Công Thương Trần Tuấn Anh",
            "01/08/2020",
        ],
        [
            "14",
            "15/11/2020",
            "Hiệp định Đối tác kinh tế toàn diện khu vực (RCEP)",
            "ASEAN, Trung Quốc, Nhật Bản, Hàn Quốc, Ô-xtrây-li-a, Niu Di-lân",
            "Hà Nội (trực tuyến)",
            "Bộ trưởng Bộ Công Thương Trần Tuấn Anh",
            "01/01/2022",
            'Ký nhân Hội nghị cấp cao ASEAN lần thứ 37 do Việt Nam chủ trì; Ấn Độ rút khỏi đàm phán năm 2019 và "chưa tham gia".',
        ],
        [
            "15",
            "29/12/2020",
            "Hiệp định Thương mại tự do Việt Nam – Vương quốc Anh (UKVFTA)",
            "Vương quốc Anh",
            "",
            "",
            "01/01/2021",
            "Áp dụng tạm thời từ ngày 1/1/2021; có hiệu lực đầy đủ từ ngày 1/5/2021.",
        ],
    ],
    "source": "Nguồn: Trung tâm Xúc tiến Thương mại tỉnh Hải Dương tổng hợp, tháng 6/2024.",
}

# ---------------------------------------------------------------- bfc: NOTE (a chain of diplomatic notes)
MOFA = "Bộ Ngoại giao nước Cộng hòa xã hội chủ nghĩa Việt Nam"
BRA_EMB = "Đại sứ quán nước Cộng hòa Liên bang Bra-xin tại Hà Nội"
BFC_NOTE = {
    "id": "bfc",
    "shape": "note",
    "notes": [
        {
            "number": "Số: 1520/BNG-THKT",
            "paras": [
                f"{MOFA} gửi lời chào trân trọng tới {BRA_EMB} và, liên quan đến công hàm số 112/2024 ngày 3/6/2024 của Đại sứ quán chuyển lời mời của Tổng thống Lu-la đa Xin-va, có vinh dự thông báo Thủ tướng Phạm Minh Chính nhận lời tham dự Hội nghị thượng đỉnh G20 tại Ri-ô đê Gia-nê-rô ngày 18 – 19/11/2024.",
                "Bộ Ngoại giao đề nghị tổ chức cuộc hội đàm giữa Thủ tướng Phạm Minh Chính và Tổng thống Lu-la đa Xin-va bên lề Hội nghị.",
                "Bộ Ngoại giao cũng xin thông báo phía Việt Nam đã hoàn tất các thủ tục nội bộ cần thiết để Hiệp định giữa Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và Chính phủ nước Cộng hòa Liên bang Bra-xin về hợp tác xúc tiến thương mại, ký tại Bra-xi-li-a ngày 5/3/2024, có hiệu lực.",
                f"{MOFA} nhân dịp này xin gửi tới {BRA_EMB} lời chào trân trọng nhất./.",
            ],
            "place": "Hà Nội, ngày 1 tháng 7 năm 2024",
            "to": f"Kính gửi: {BRA_EMB}",
        },
        {
            "number": "Số: 131/2024",
            "paras": [
                f"{BRA_EMB} gửi lời chào trân trọng tới {MOFA} và, liên quan đến công hàm số 1520/BNG-THKT ngày 1/7/2024 của Bộ, có vinh dự thông báo Tổng thống Lu-la đa Xin-va hoan nghênh việc Thủ tướng Phạm Minh Chính tham dự Hội nghị và sẵn sàng hội đàm với Thủ tướng vào ngày 18/11/2024 tại Ri-ô đê Gia-nê-rô.",
                "Phía Bra-xin cũng đã hoàn tất các thủ tục nội bộ cần thiết; theo Điều 12, Hiệp định nêu trên có hiệu lực kể từ ngày 9/8/2024.",
                f"{BRA_EMB} nhân dịp này xin gửi tới {MOFA} lời chào trân trọng nhất./.",
            ],
            "place": "Hà Nội, ngày 10 tháng 7 năm 2024",
            "to": f"Kính gửi: {MOFA}, Hà Nội",
        },
        {
            "number": "Số: 1604/BNG-THKT",
            "paras": [
                f"{MOFA} gửi lời chào trân trọng tới {BRA_EMB} và có vinh dự xác nhận cuộc hội đàm giữa Thủ tướng Phạm Minh Chính và Tổng thống Lu-la đa Xin-va sẽ diễn ra vào ngày 18/11/2024 tại Ri-ô đê Gia-nê-rô, như đề nghị tại công hàm số 131/2024 ngày 10/7/2024 của Đại sứ quán.",
                "Phía Việt Nam chưa thể xác nhận việc tổ chức diễn đàn doanh nghiệp hai nước trong dịp này.",
                f"{MOFA} nhân dịp này xin gửi tới {BRA_EMB} lời chào trân trọng nhất./.",
            ],
            "place": "Hà Nội, ngày 15 tháng 7 năm 2024",
            "to": f"Kính gửi: {BRA_EMB}",
        },
    ],
}

# ---------------------------------------------------------------- bfd: MEMOIR (a chapter from an e-book)
BFD_MEMOIR = {
    "id": "bfd",
    "shape": "memoir",
    "chapter": "Chương 7",
    "chapter_title": "NĂM 1993 VÀ NHỮNG CÁNH CỬA MỞ RA",
    "paras": [
        "Tôi về Vụ Các tổ chức quốc tế vào mùa xuân năm 1992, đúng lúc ta dồn sức cho một việc tưởng như không thể: nối lại quan hệ với các tổ chức tài chính quốc tế. Bộ trưởng Ngoại giao Nguyễn Mạnh Cầm hay nói với anh em chúng tôi:",
        "— Chừng nào Mỹ còn ngăn thì Ngân hàng Thế giới và Quỹ Tiền tệ chưa cho ta vay được đồng nào đâu.",
        "Tháng 7/1993, Mỹ thôi ngăn cản việc giải quyết khoản nợ quá hạn của Việt Nam với IMF (1). Mùa thu năm ấy, nhờ một nhóm nước do Pháp và Nhật Bản đứng đầu giúp ta thanh toán khoản nợ đó, Việt Nam khôi phục quan hệ với IMF, Ngân hàng Thế giới và Ngân hàng Phát triển châu Á.",
        "Tháng 11/1993, tôi theo đoàn ta sang Pa-ri dự Hội nghị các nhà tài trợ đầu tiên cho Việt Nam. Anh Cầm (2) dặn trước khi đi:",
        "— Các cậu ghi từng con số, về báo cáo cho chính xác!",
        "Ba tháng sau, ngày 3/2/1994, Tổng thống Mỹ Bin Clin-tơn tuyên bố bãi bỏ lệnh cấm vận thương mại đối với Việt Nam.",
        "Đầu tháng 3/1996, tôi được cử đi Băng Cốc trong đoàn Thủ tướng Võ Văn Kiệt dự Hội nghị cấp cao Á – Âu lần thứ nhất; ta là một trong những thành viên sáng lập ASEM. Hai năm sau, tháng 11/1998, ta được kết nạp vào APEC tại Cu-a-la Lăm-pơ.",
        "Tám năm sau Băng Cốc, chính Hà Nội đón các nhà lãnh đạo châu Á và châu Âu dự Hội nghị cấp cao ASEM 5 do Thủ tướng Phan Văn Khải chủ trì (3). Hôm bế mạc, chị Lan, đồng nghiệp cũ ở Vụ, nhắn tôi:",
        "— Anh còn nhớ năm 1993 không? Ai mà ngờ có ngày này.",
    ],
    "sign": "Hà Nội, mùa xuân 2012",
    "notes": [
        "(1) Tháng 7/1993, Tổng thống Mỹ B. Clin-tơn tuyên bố không ngăn cản các nước giúp Việt Nam thanh toán nợ quá hạn với IMF – BT.",
        "(2) Tức Bộ trưởng Ngoại giao Nguyễn Mạnh Cầm (1991 – 2000) – BT.",
        "(3) Hội nghị họp tại Hà Nội ngày 8 – 9/10/2004 – BT.",
    ],
}

# ---------------------------------------------------------------- bfe: NOTES (lecture notes in Markdown)
BFE_NOTES = {
    "id": "bfe",
    "shape": "notes",
    "front": [
        ("title", "Ngoại giao kinh tế Việt Nam (học phần NGKT 305)"),
        ("author", "TS. Lương Minh Khoa"),
        ("date", "2024-09-10"),
        ("tags", "[ngoại giao, ngoại giao kinh tế, WB, IMF, ASEM, G20]"),
    ],
    "items": [
        ("h", 1, "Bài 5. Việt Nam và các thể chế kinh tế – tài chính quốc tế"),
        ("h", 2, "5.1. Khôi phục quan hệ với các định chế tài chính"),
        (
            "ul",
            0,
            "Năm 1993, Việt Nam khôi phục quan hệ với **Ngân hàng Thế giới**, **Quỹ Tiền tệ Quốc tế** và **Ngân hàng Phát triển châu Á**.",
        ),
        ("ul", 1, "Tháng 11/1993, Hội nghị các nhà tài trợ đầu tiên cho Việt Nam họp tại Pa-ri[^1]."),
        (
            "ul",
            0,
            "Ngày 29/6/2015, Việt Nam ký Hiệp định thành lập **AIIB** với tư cách _thành viên sáng lập_.",
        ),
        ("blank",),
        ("h", 2, "5.2. Các diễn đàn đa phương"),
        (
            "table",
            [
                ["Năm", "Sự kiện"],
                ["1996", "Thành viên sáng lập ASEM (Băng Cốc, tháng 3)"],
                ["1998", "Gia nhập APEC (tháng 11)"],
                ["2004", "Đăng cai ASEM 5 tại Hà Nội (tháng 10)"],
                ["2006", "Đăng cai Năm APEC lần thứ nhất"],
                ["2007", "Trở thành thành viên WTO (11/1)"],
                ["2017", "Đăng cai Năm APEC lần thứ hai, cấp cao tại Đà Nẵng"],
                ["2020", "Ký RCEP (15/11)[^2]"],
            ],
        ),
        ("h", 3, "G7 và G20"),
        (
            "ol",
            0,
            1,
            "Việt Nam không phải thành viên G20 nhưng đã được mời dự Hội nghị thượng đỉnh G20 tại Ô-xa-ca năm 2019 và tại Ri-ô đê Gia-nê-rô năm 2024.",
        ),
        (
            "ol",
            0,
            2,
            "Tháng 5/2023, Thủ tướng Phạm Minh Chính dự Hội nghị thượng đỉnh G7 mở rộng tại Hi-rô-si-ma.",
        ),
        ("ol", 1, 1, "Đây là _cơ hội_ để quảng bá môi trường đầu tư của Việt Nam."),
        ("blank",),
        ("h", 2, "5.3. Xúc tiến thương mại"),
        (
            "ul",
            0,
            "Nghị quyết số 22-NQ/TW ngày 10/4/2013 của Bộ Chính trị về hội nhập quốc tế đặt hội nhập kinh tế làm trọng tâm.",
        ),
        (
            "ul",
            0,
            "Tài liệu: [Bộ Ngoại giao](https://mofa.gov.vn), [Cổng thông tin FTA](https://fta.moit.gov.vn).",
        ),
        ("blank",),
        (
            "quote",
            "“Ngoại giao kinh tế phải lấy người dân, địa phương và doanh nghiệp làm trung tâm phục vụ.”",
        ),
        ("p", "— Trịnh Quang Minh (2022, tr. 15)"),
        ("h", 2, "Câu hỏi ôn tập"),
        ("ol", 0, 1, "Vì sao năm 1993 là mốc quan trọng của ngoại giao kinh tế Việt Nam?"),
        ("ol", 0, 2, "Việt Nam đã đăng cai những hội nghị đa phương nào về kinh tế?"),
        ("blank",),
        ("fn", "1", "Từ đó, Hội nghị Nhóm tư vấn các nhà tài trợ cho Việt Nam (CG) được tổ chức hằng năm."),
        (
            "fn",
            "2",
            "RCEP được ký trực tuyến nhân Hội nghị cấp cao ASEAN lần thứ 37 và có hiệu lực từ ngày 1/1/2022.",
        ),
    ],
}

DOCS = [BFA_EMAIL, BFB_TABLE, BFC_NOTE, BFD_MEMOIR, BFE_NOTES]


if __name__ == "__main__":
    sys.exit(main(HERE, DOCS, PREFIX))
