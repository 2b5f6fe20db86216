"""Build the three hundred third held-out set (a working set: every document in a new shape) and its
structure gold from one source of truth.

    .venv/bin/python tests/data/heldout303/build_heldout303.py [--check]

Five short documents on Vietnam's multilateral diplomacy, each in a shape no earlier set used:

* kxa ARCHIVE: a 1954 report of the DRV Ministry of Foreign Affairs on the Geneva conference and the first
  months of the armistice, digitised by OCR: the archive's catalogue lines, the old hyphenated orthography
  ("Chánh-phủ", "Pháp-quốc", "Đông-dương"), the typewritten line breaks, a "- 2 -" page break inside a
  paragraph, OCR misreadings ("l." for "I.", "Phạrn" for "Phạm", a split word);
* kxb THESIS: a chapter of a (fictitious) doctoral thesis converted from PDF on Vietnam in the Security
  Council, the Human Rights Council and peacekeeping: "CHƯƠNG 2", numbered headings, lines at 80 columns,
  footnote marks written as digits after the word, footer and page number at each page's foot, numeric
  citations and the numbered "TÀI LIỆU THAM KHẢO" list;
* kxc SUBTITLES: the .srt subtitle file of a (fictitious) documentary video on Vietnam in APEC;
* kxd DECISION: two acts as copied from a legal-documents database (WTO accession protocol, ASEAN Charter),
  separated by a rule;
* kxe SOCIAL: two posts of the Permanent Mission's Facebook page with their comments, copied as text.

Facts are well-established; authors, titles, document numbers, dates of the acts, the documentary's speakers
and every comment are invented (see README.md). ``--check`` verifies the gold against the blocks and the
rendered files.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_shapes21 import main, social_blocks, subtitle_blocks  # noqa: E402

PREFIX = "kx"

# ---------------------------------------------------------------- kxa: ARCHIVE (OCR of a 1954 typescript)
KXA_ARCHIVE = {
    "id": "kxa",
    "shape": "archive",
    "catalogue": [
        "Trung tâm Lưu trữ quốc gia III – Phông Phủ Thủ tướng – Hồ sơ số 2046 – Tờ 3-6",
        "Bản số hóa từ bản đánh máy; văn bản nhận dạng tự động (OCR), chưa hiệu đính.",
    ],
    "head": [
        f"{'BỘ NGOẠI-GIAO':<38}VIỆT-NAM DÂN-CHỦ CỘNG-HÒA",
        f"{'    -------':<36}Độc-lập – Tự-do – Hạnh-phúc",
        f"{'Số: 87/NG':<44}--------",
        "",
        f"{'':29}Hà-nội, ngày 25 tháng 11 năm 1954",
    ],
    "title_lines": [
        "BÁO-CÁO TỔNG-KẾT",
        "về Hội-nghị Giơ-ne-vơ và việc thi-hành Hiệp-định đình-chỉ",
        "chiến-sự ở Việt-nam",
    ],
    "break_after": 14,
    "tail": [
        "",
        f"{'':34}K/T BỘ TRƯỞNG BỘ NGOẠI-GIAO",
        f"{'':38}THỨ-TRƯỞNG",
        f"{'':40}(Đã ký)",
        f"{'':40}[dấu]",
        f"{'':36}Lê-văn-Thịnh",
    ],
    "blocks": [
        (
            "source",
            "Trung tâm Lưu trữ quốc gia III – Phông Phủ Thủ tướng – Hồ sơ số 2046 – Tờ 3-6 Bản số hóa từ bản đánh máy; văn bản nhận dạng tự động (OCR), chưa hiệu đính.",
        ),
        (
            "title",
            "BÁO-CÁO TỔNG-KẾT về Hội-nghị Giơ-ne-vơ và việc thi-hành Hiệp-định đình-chỉ chiến-sự ở Việt-nam",
        ),
        ("paragraph", "Kính gửi: Hội-đồng Chánh-phủ"),
        ("heading", "l. HỘI-NGHỊ GIƠ-NE-VƠ", 1),
        (
            "paragraph",
            "Hội-nghị Giơ-ne-vơ về Đông-dương khai-mạc ngày 8-5-1954, ngay sau chiến-thắng Điện-biên-phủ, với chín phái-đoàn: Liên-xô, Trung-quốc, Anh, Pháp-quốc, Hoa-kỳ, Việt-nam Dân-chủ Cộng-hòa, chánh-quyền Bảo-đại, Ai-lao và Cao-mên. Phái-đoàn ta do đồng-chí Phạrn-văn-Đồng, Phó Thủ-tướng, làm trưởng-đoàn.",
        ),
        (
            "paragraph",
            "Ngày 20-7-1954, Hiệp-định đình-chỉ chiến-sự ở Việt-nam được ký-kết giữa Bộ Tổng tư-lệnh Quân-đội nhân-dân Việt-nam, do Thứ-trưởng Bộ Quốc-phòng Tạ-quang-Bửu đại-diện, và Bộ Tổng tư-lệnh quân-đội Liên-hiệp Pháp. Ngày 21-7-1954, Hội-nghị thông-qua Bản Tuyên-bố cuối-cùng. Phái-đoàn Hoa-kỳ không tham-gia Bản Tuyên-bố mà ra một bản tuyên-bố riêng.",
        ),
        ("heading", "II. VIỆC THI-HÀNH HIỆP-ĐỊNH", 1),
        (
            "paragraph",
            "Theo Hiệp-định, vĩ-tuyến 17 là giới-tuyến quân-sự tạm-thời; tổng tuyển-cử tự-do trong cả nước sẽ được tổ-chức vào tháng 7-1956. Ủy-ban Quốc-tế giám-sát và kiểm-soát gồm Ấn-độ, Ba-lan và Ca-na- đa, do Ấn-độ làm Chủ-tịch, đã bắt-đầu làm việc từ tháng 8-1954.",
        ),
        (
            "paragraph",
            "Ngày 9-10-1954, những đơn-vị cuối-cùng của quân-đội Pháp-quốc đã rút khỏi Hà-nội; ngày 10-10-1954, quân-đội ta vào tiếp-quản Thủ-đô.",
        ),
        ("heading", "III. KIẾN-NGHỊ", 1),
        (
            "paragraph",
            "Đề-nghị Hội-đồng Chánh-phủ gửi công-hàm cho hai vị Đồng Chủ-tịch Hội-nghị là Liên-xô và Anh, yêu-cầu các bên thi-hành nghiêm-chỉnh Hiệp-định. Bộ cũng chưa nhận được trả lời của chánh-quyền miền Nam về việc hiệp-thương tổng tuyển-cử.",
        ),
    ],
}

# ---------------------------------------------------------------- kxb: THESIS (a chapter from a PDF)
KXB_THESIS = {
    "id": "kxb",
    "shape": "thesis",
    "heading_lines": [
        "CHƯƠNG 2",
        "VIỆT NAM TẠI CÁC CƠ QUAN CHỦ CHỐT CỦA LIÊN HỢP QUỐC",
    ],
    "footer": "Luận án Tiến sĩ Quan hệ quốc tế – Học viện Chính trị quốc gia Hồ Chí Minh",
    "first_page": 63,
    "breaks": [6, 15],  # page breaks after these body lines (the first mid-sentence)
    "notes_at": [[0], [1], []],  # the footnotes printed at the foot of each page
    "blocks": [
        ("title", "CHƯƠNG 2 VIỆT NAM TẠI CÁC CƠ QUAN CHỦ CHỐT CỦA LIÊN HỢP QUỐC"),
        ("heading", "2.1. Tại Hội đồng Bảo an", 1),
        ("heading", "2.1.1. Nhiệm kỳ 2008 – 2009", 2),
        (
            "paragraph",
            "Ba mươi năm sau khi trở thành thành viên Liên hợp quốc ngày 20/9/19771, ngày 16/10/2007 Việt Nam lần đầu được bầu làm Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2008 – 2009 với 183 phiếu thuận [4]. Việt Nam đảm nhiệm cương vị Chủ tịch Hội đồng Bảo an vào tháng 7/2008 và tháng 10/2009 [9, tr. 61].",
        ),
        (
            "footnote",
            "1 Tại khóa họp thứ 32 của Đại hội đồng Liên hợp quốc; Việt Nam là thành viên thứ 149 của Tổ chức.",
        ),
        ("heading", "2.1.2. Nhiệm kỳ 2020 – 2021", 2),
        (
            "paragraph",
            "Ngày 7/6/2019, Việt Nam trúng cử nhiệm kỳ thứ hai với 192/193 phiếu, một kết quả hiếm có trong lịch sử các cuộc bầu cử của Đại hội đồng [14; 17]. Trong nhiệm kỳ này, Việt Nam giữ chức Chủ tịch Hội đồng Bảo an vào tháng 1/2020 và tháng 4/2021; năm 2020, nước ta đồng thời là Chủ tịch ASEAN [9, tr. 88].",
        ),
        ("heading", "2.2. Tại Hội đồng Nhân quyền", 1),
        (
            "paragraph",
            "Việt Nam lần đầu là thành viên Hội đồng Nhân quyền nhiệm kỳ 2014 – 2016 sau cuộc bầu cử ngày 12/11/2013 [22], và tái đắc cử nhiệm kỳ 2023 – 2025 ngày 11/10/2022 [6; 22, tr. 17]. Tuy vậy, Việt Nam chưa từng đảm nhiệm chức Chủ tịch Hội đồng này [9].",
        ),
        ("heading", "2.3. Tham gia hoạt động gìn giữ hòa bình", 1),
        (
            "paragraph",
            "Từ tháng 6/2014, Việt Nam cử sĩ quan tham gia lực lượng gìn giữ hòa bình Liên hợp quốc; tháng 10/2018, Bệnh viện dã chiến cấp 2 số 1 được triển khai tới Nam Xu-đăng2 [30, tr. 203].",
        ),
        ("footnote", "2 Tại Phái bộ Liên hợp quốc ở Nam Xu-đăng (UNMISS), đóng ở thị trấn Ben-tiu."),
        ("heading", "TÀI LIỆU THAM KHẢO", 1),
        (
            "list_item",
            "4. Bộ Ngoại giao (2010), Việt Nam tại Hội đồng Bảo an Liên hợp quốc 2008 – 2009, Nxb. Chính trị quốc gia, Hà Nội.",
        ),
        (
            "list_item",
            "6. Trịnh Văn Hòa (2023), “Việt Nam tái đắc cử Hội đồng Nhân quyền”, Tạp chí Cộng sản, số 1008, tr. 12-19.",
        ),
        ("list_item", "9. Phùng Thị Ngọc Ánh (2022), Ngoại giao đa phương Việt Nam, Nxb. Thế giới, Hà Nội."),
        (
            "list_item",
            "14. Đào Minh Quang (2020), Hội đồng Bảo an và các nước vừa và nhỏ, Nxb. Khoa học xã hội, Hà Nội.",
        ),
        ("list_item", "17. Lý Thanh Tùng (2021), Bầu cử tại Đại hội đồng, Nxb. Tư pháp, Hà Nội."),
        (
            "list_item",
            "22. Cao Thị Bảo Ngân (2019), Quyền con người và hợp tác quốc tế, Nxb. Chính trị quốc gia, Hà Nội.",
        ),
        (
            "list_item",
            "30. Mai Đức Kiên (2024), Lực lượng gìn giữ hòa bình Việt Nam, Nxb. Quân đội nhân dân, Hà Nội.",
        ),
    ],
}

# ---------------------------------------------------------------- kxc: SUBTITLES (.srt of a documentary)
# One cue a string, "\n" between its lines; a line starting with "¶" opens a new paragraph block, "§T" the
# title, "§S" the closing source cue; "[…]: " speaker labels and "- " dashes are not part of the block text.
KXC_SUBTITLES = {
    "id": "kxc",
    "shape": "subtitles",
    "cues": [
        "§TVIỆT NAM – APEC\nHAI MƯƠI LĂM NĂM ĐỒNG HÀNH",
        "¶Tháng Mười Một năm một nghìn\nchín trăm chín mươi tám,",
        "tại Cu-a-la Lăm-pơ,\nViệt Nam cùng Nga và Pê-ru",
        "chính thức trở thành thành viên\ncủa Diễn đàn Hợp tác Kinh tế",
        "châu Á – Thái Bình Dương.",
        "Sau ba nền kinh tế này,\nAPEC chưa kết nạp thêm thành viên nào.",
        "¶Chỉ tám năm sau, năm 2006,\nHà Nội lần đầu đăng cai Năm APEC,",
        "với Tuần lễ Cấp cao\ndiễn ra vào tháng Mười Một.",
        "¶[Ông Trần Quốc Vinh, nguyên chuyên viên Ủy ban Quốc gia APEC 2006]:\nNăm ấy chúng tôi vừa tổ chức APEC,",
        "vừa hoàn tất đàm phán gia nhập\nTổ chức Thương mại thế giới.",
        "Tổng thống Mỹ Bu-sơ sang dự Hội nghị\nvà thăm chính thức Việt Nam.",
        "¶Mười một năm sau,\nĐà Nẵng đón các nhà lãnh đạo APEC",
        "trong Tuần lễ Cấp cao năm 2017,\ntừ ngày sáu đến ngày mười một",
        "tháng Mười Một.",
        "¶- Việt Nam có tiếp tục\nđăng cai APEC không, thưa ông?",
        "¶- Có. Việt Nam sẽ đăng cai\nNăm APEC 2027,",
        "lần thứ ba trong lịch sử.",
        "§SThực hiện: Ban Phim tài liệu – Kênh Truyền hình Đối ngoại\nCảm ơn quý vị đã theo dõi",
    ],
}

# ---------------------------------------------------------------- kxd: DECISION (two acts from a database)
KXD_ACT1 = {
    "meta": [
        "Số hiệu: 76/2006/QH11",
        "Loại văn bản: Nghị quyết",
        "Nơi ban hành: Quốc hội",
        "Người ký: Nguyễn Phú Trọng",
        "Ngày ban hành: 28/11/2006",
        "Tình trạng: Còn hiệu lực",
    ],
    "head": [
        f"{'QUỐC HỘI':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'--------':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 76/2006/QH11':<40}Hà Nội, ngày 28 tháng 11 năm 2006",
    ],
    "title_lines": [
        "NGHỊ QUYẾT",
        "Về việc phê chuẩn Nghị định thư gia nhập Hiệp định thành lập",
        "Tổ chức Thương mại thế giới của nước Cộng hòa xã hội chủ nghĩa Việt Nam",
    ],
    "sign": ["CHỦ TỊCH QUỐC HỘI", "(Đã ký)", "Nguyễn Phú Trọng"],
    "recipients": ["Nơi nhận:", "- Chủ tịch nước;", "- Chính phủ;", "- Bộ Thương mại;", "- Lưu: HC, ĐN."],
    "blocks": [
        (
            "title",
            "NGHỊ QUYẾT Về việc phê chuẩn Nghị định thư gia nhập Hiệp định thành lập Tổ chức Thương mại thế giới của nước Cộng hòa xã hội chủ nghĩa Việt Nam",
        ),
        ("paragraph", "QUỐC HỘI NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        (
            "paragraph",
            "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992 đã được sửa đổi, bổ sung theo Nghị quyết số 51/2001/QH10;",
        ),
        ("paragraph", "Căn cứ Luật Ký kết, gia nhập và thực hiện điều ước quốc tế năm 2005;"),
        (
            "paragraph",
            "Xét đề nghị của Chính phủ tại Tờ trình số 168/TTr-CP ngày 9 tháng 11 năm 2006 và Báo cáo thẩm tra của Ủy ban Đối ngoại của Quốc hội;",
        ),
        ("paragraph", "QUYẾT NGHỊ:"),
        (
            "paragraph",
            "Điều 1. Phê chuẩn Nghị định thư gia nhập Hiệp định thành lập Tổ chức Thương mại thế giới của nước Cộng hòa xã hội chủ nghĩa Việt Nam, ký ngày 7 tháng 11 năm 2006 tại Giơ-ne-vơ, Thụy Sĩ.",
        ),
        (
            "paragraph",
            "Điều 2. Giao Chính phủ thông báo cho Tổng Giám đốc Tổ chức Thương mại thế giới về việc Việt Nam đã phê chuẩn Nghị định thư; Việt Nam trở thành thành viên chính thức của Tổ chức sau 30 ngày kể từ ngày thông báo.",
        ),
        (
            "paragraph",
            "Nghị quyết này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XI, kỳ họp thứ 10 thông qua ngày 28 tháng 11 năm 2006.",
        ),
    ],
}

KXD_ACT2 = {
    "meta": [
        "Số hiệu: 215/2008/QĐ-CTN",
        "Loại văn bản: Quyết định",
        "Nơi ban hành: Chủ tịch nước",
        "Người ký: Nguyễn Minh Triết",
        "Ngày ban hành: 06/03/2008",
        "Tình trạng: Còn hiệu lực",
    ],
    "head": [
        f"{'CHỦ TỊCH NƯỚC':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'------':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 215/2008/QĐ-CTN':<40}Hà Nội, ngày 06 tháng 3 năm 2008",
    ],
    "title_lines": [
        "QUYẾT ĐỊNH",
        "Về việc phê chuẩn Hiến chương",
        "của Hiệp hội các quốc gia Đông Nam Á",
    ],
    "sign": ["CHỦ TỊCH NƯỚC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "(Đã ký)", "Nguyễn Minh Triết"],
    "recipients": ["Nơi nhận:", "- Văn phòng Chính phủ;", "- Bộ Ngoại giao;", "- Lưu: VPCTN."],
    "blocks": [
        ("heading", "QUYẾT ĐỊNH Về việc phê chuẩn Hiến chương của Hiệp hội các quốc gia Đông Nam Á", 1),
        ("paragraph", "CHỦ TỊCH NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        (
            "paragraph",
            "Căn cứ Điều 103 và Điều 106 của Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992 đã được sửa đổi, bổ sung theo Nghị quyết số 51/2001/QH10;",
        ),
        ("paragraph", "Căn cứ Luật Ký kết, gia nhập và thực hiện điều ước quốc tế năm 2005;"),
        ("paragraph", "Xét đề nghị của Chính phủ tại Tờ trình số 18/TTr-CP ngày 20 tháng 02 năm 2008,"),
        ("paragraph", "QUYẾT ĐỊNH:"),
        (
            "paragraph",
            "Điều 1. Phê chuẩn Hiến chương của Hiệp hội các quốc gia Đông Nam Á, ký ngày 20 tháng 11 năm 2007 tại Xin-ga-po.",
        ),
        (
            "paragraph",
            "Điều 2. Bộ Ngoại giao có nhiệm vụ lưu chiểu văn kiện phê chuẩn tại Tổng Thư ký ASEAN; Hiến chương có hiệu lực vào ngày thứ ba mươi sau khi nước thành viên thứ mười lưu chiểu văn kiện phê chuẩn.",
        ),
        ("paragraph", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký."),
    ],
}

KXD_DECISION = {
    "id": "kxd",
    "shape": "decision",
    "acts": [KXD_ACT1, KXD_ACT2],
    "blocks": KXD_ACT1["blocks"] + KXD_ACT2["blocks"],
}

# ---------------------------------------------------------------- kxe: SOCIAL (a Facebook page, two posts)
PAGE = "Phái đoàn Đại diện thường trực Việt Nam tại Liên hợp quốc"
KXE_SOCIAL = {
    "id": "kxe",
    "shape": "social",
    "posts": [
        {
            "page": PAGE,
            "time": "12 tháng 10, 2022 lúc 06:40 · 🌏",
            "text": [
                "📌 VIỆT NAM TRÚNG CỬ HỘI ĐỒNG NHÂN QUYỀN LIÊN HỢP QUỐC NHIỆM KỲ 2023 – 2025",
                "Chiều 11/10 (giờ New York), tức rạng sáng nay theo giờ Hà Nội, Đại hội đồng Liên hợp quốc khóa 77 đã bầu Việt Nam làm thành viên Hội đồng Nhân quyền.",
                "✅ Đây là lần thứ hai Việt Nam đảm nhiệm cương vị này, sau nhiệm kỳ 2014 – 2016.",
                "🇻🇳 Trong nhiệm kỳ tới, Việt Nam sẽ thúc đẩy đối thoại và hợp tác, ưu tiên bảo vệ quyền của các nhóm dễ bị tổn thương và bình đẳng giới.",
                "#NgoaiGiao #VietNam #LHQ #HRC",
            ],
            "counts": ["👍❤️ 2,4K", "412 bình luận", "175 lượt chia sẻ"],
            "comments": [
                ("Đỗ Thị Thu Trang", "Chúc mừng Việt Nam! 🇻🇳👏", "3 giờ", False),
                (
                    "Hoàng Văn Nam",
                    "Mình tưởng Việt Nam mới vào Liên hợp quốc gần đây thôi chứ?",
                    "2 giờ",
                    False,
                ),
                (
                    "Vũ Ngọc Mai",
                    "Hoàng Văn Nam Không đâu bạn, Việt Nam là thành viên Liên hợp quốc từ ngày 20/9/1977 rồi.",
                    "2 giờ",
                    False,
                ),
                ("Maria Gonzalez", "Congratulations to Viet Nam from Chile!", "1 giờ", True),
            ],
        },
        {
            "page": PAGE,
            "time": "20 tháng 9, 2022 lúc 09:00 · 🌏",
            "text": [
                "🇻🇳 45 NĂM VIỆT NAM LÀ THÀNH VIÊN LIÊN HỢP QUỐC (20/9/1977 – 20/9/2022)",
                "📌 Hôm nay (20/9), Phái đoàn tổ chức buổi gặp mặt cán bộ, chuyên gia Việt Nam đang làm việc tại các cơ quan Liên hợp quốc ở New York.",
                "✅ Ngoài Liên hợp quốc, Việt Nam còn là thành viên Phong trào Không liên kết từ năm 1976 và là thành viên sáng lập của Cộng đồng Pháp ngữ.",
                "#LHQ #NgoaiGiaoDaPhuong",
            ],
            "counts": ["👍 935", "37 bình luận", "64 lượt chia sẻ"],
            "comments": [
                ("Bùi Quang Huy", "Tự hào quá 🇻🇳", "3 tuần", False),
                (
                    "Ngô Thanh Hà",
                    "Mong Việt Nam ngày càng đóng góp nhiều hơn cho hòa bình thế giới.",
                    "3 tuần",
                    False,
                ),
            ],
        },
    ],
}


KXE_SOCIAL["blocks"] = social_blocks(KXE_SOCIAL)

DOCS = [KXA_ARCHIVE, KXB_THESIS, KXC_SUBTITLES, KXD_DECISION, KXE_SOCIAL]


# ---------------------------------------------------------------- renderers


KXC_SUBTITLES["blocks"] = subtitle_blocks(KXC_SUBTITLES)


if __name__ == "__main__":
    sys.exit(main(HERE, DOCS, PREFIX))
