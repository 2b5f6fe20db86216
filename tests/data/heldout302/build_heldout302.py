"""Build the three hundred second held-out set (a working set: every document in a new shape) and its
structure gold from one source of truth.

    .venv/bin/python tests/data/heldout302/build_heldout302.py [--check]

Five short documents on Vietnam and the maritime states of Southeast Asia (Indonesia, Malaysia, the
Philippines, Singapore, Brunei), each in a shape no earlier set used:

* kwa ARCHIVE: a 1973 report of the DRV Ministry of Foreign Affairs (relations with Malaysia and Singapore),
  digitised by OCR: the archive's catalogue lines, the old hyphenated orthography, the typewritten line breaks,
  a "- 2 -" page break inside a paragraph, OCR misreadings ("l." for "I.", "nărn" for "năm", a split word);
* kwb THESIS: a chapter of a (fictitious) master's thesis converted from PDF: "CHƯƠNG 2", numbered headings,
  lines wrapped at 80 columns, footnote marks written as digits after the word, the running footer and the
  page number at each page's foot, numeric citations and the numbered "TÀI LIỆU THAM KHẢO" list;
* kwc SUBTITLES: the .srt subtitle file of a (fictitious) documentary video on Vietnam and the Philippines;
* kwd DECISION: two acts on treaties with Indonesia as copied from a legal-documents database (its metadata
  lines, then each act), separated by a rule;
* kwe SOCIAL: two posts of an embassy's Facebook page with their comments, copied as text.

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

PREFIX = "kw"

# ---------------------------------------------------------------- kwa: ARCHIVE (OCR of a 1973 typescript)
KWA_ARCHIVE = {
    "id": "kwa",
    "shape": "archive",
    "catalogue": [
        "Trung tâm Lưu trữ quốc gia III – Phông Phủ Thủ tướng – Hồ sơ số 8127 – Tờ 14-16",
        "Bản số hóa từ bản đánh máy; văn bản nhận dạng tự động (OCR), chưa hiệu đính.",
    ],
    "head": [
        f"{'BỘ NGOẠI-GIAO':<38}VIỆT-NAM DÂN-CHỦ CỘNG-HÒA",
        f"{'    -------':<36}Độc-lập – Tự-do – Hạnh-phúc",
        f"{'Số: 1142/NG-VP':<44}--------",
        "",
        f"{'':30}Hà-nội, ngày 10 tháng 8 nărn 1973",
    ],
    "title_lines": ["BÁO-CÁO", "về việc đặt quan-hệ ngoại-giao với Ma-lai-xi-a và Xin-ga-po"],
    "break_after": 15,
    "tail": [
        "",
        f"{'':34}K/T BỘ TRƯỞNG BỘ NGOẠI-GIAO",
        f"{'':38}THỨ-TRƯỞNG",
        f"{'':40}(Đã ký)",
        f"{'':40}[dấu]",
        f"{'':36}Trần-hữu-Kha",
    ],
    "blocks": [
        (
            "source",
            "Trung tâm Lưu trữ quốc gia III – Phông Phủ Thủ tướng – Hồ sơ số 8127 – Tờ 14-16 Bản số hóa từ bản đánh máy; văn bản nhận dạng tự động (OCR), chưa hiệu đính.",
        ),
        ("title", "BÁO-CÁO về việc đặt quan-hệ ngoại-giao với Ma-lai-xi-a và Xin-ga-po"),
        ("paragraph", "Kính gửi: Phủ Thủ-tướng Chánh-phủ"),
        (
            "paragraph",
            "Thi-hành chỉ-thị của Thủ-tướng Chánh-phủ, Bộ Ngoại-giao xin báo-cáo tình-hình quan-hệ giữa ta với các nước ở khu-vực Đông-nam Á sau khi Hiệp-định Pa-ri về chấm-dứt chiến-tranh, lập lại hòa-bình ở Việt-nam được ký-kết ngày 27-1-1973 như sau:",
        ),
        ("heading", "l. TÌNH-HÌNH QUAN-HỆ", 1),
        (
            "list_item",
            "1. Ngày 30-3-1973, Chánh-phủ Việt-nam Dân-chủ Cộng-hòa và Chánh-phủ Ma-lai- xi-a đã thỏa-thuận chính-thức đặt quan-hệ ngoại-giao. Đây là kết-quả của nhiều lần tiếp-xúc giữa đại-diện hai bên.",
        ),
        (
            "list_item",
            "2. Ngày 1-8-1973, ta và Cộng-hòa Xin-ga-po đã đặt quan-hệ ngoại-giao. Hai bên sẽ tiếp-tục bàn việc mở cơ-quan đại-diện ở thủ-đô mỗi nước.",
        ),
        (
            "list_item",
            "3. Với In-đô-nê-xi-a, quan-hệ đã được đặt từ ngày 30-12-1955 ở cấp tổng lãnh-sự và được nâng lên cấp đại-sứ năm 1964. Hồ Chủ-tịch đã sang thăm In-đô-nê-xi-a hồi tháng 2 nărn 1959.",
        ),
        (
            "list_item",
            "4. Phi-líp-pin và Thái-lan, hai nước đã gửi quân sang tham-chiến ở miền Nam, đến nay vẫn chưa đặt quan-hệ ngoại-giao với ta.",
        ),
        ("heading", "II. KIẾN-NGHỊ", 1),
        (
            "list_item",
            "1. Đề-nghị Phủ Thủ-tướng cho phép Bộ cử một đoàn đại-biểu sang thăm Ma-lai-xi-a và Xin-ga-po trong quý IV năm nay để bàn việc trao-đổi đại-sứ.",
        ),
        (
            "list_item",
            "2. Tiếp-tục tranh-thủ sự ủng-hộ của các nước Á-Phi và các nước không liên-kết đối với việc thi-hành nghiêm-chỉnh Hiệp-định Pa-ri.",
        ),
    ],
}

# ---------------------------------------------------------------- kwb: THESIS (a chapter from a PDF)
KWB_THESIS = {
    "id": "kwb",
    "shape": "thesis",
    "heading_lines": [
        "CHƯƠNG 2",
        "QUAN HỆ ĐỐI TÁC CHIẾN LƯỢC GIỮA VIỆT NAM VÀ CÁC NƯỚC",
        "ĐÔNG NAM Á HẢI ĐẢO GIAI ĐOẠN 2013 – 2023",
    ],
    "footer": "Luận văn Thạc sĩ Quan hệ quốc tế – Học viện Ngoại giao – 2024",
    "first_page": 37,
    "breaks": [10, 17],  # page breaks after these body lines (the first mid-sentence)
    "notes_at": [[0], [1], []],  # the footnotes printed at the foot of each page
    "blocks": [
        (
            "title",
            "CHƯƠNG 2 QUAN HỆ ĐỐI TÁC CHIẾN LƯỢC GIỮA VIỆT NAM VÀ CÁC NƯỚC ĐÔNG NAM Á HẢI ĐẢO GIAI ĐOẠN 2013 – 2023",
        ),
        ("heading", "2.1. Khuôn khổ quan hệ song phương", 1),
        ("heading", "2.1.1. Với In-đô-nê-xi-a", 2),
        (
            "paragraph",
            "In-đô-nê-xi-a là đối tác có quan hệ lâu đời nhất của Việt Nam trong số các nước hải đảo: hai nước đặt quan hệ ngoại giao từ năm 1955 và nâng quan hệ lên Đối tác chiến lược vào tháng 6 năm 20131 [12]. Trên biển, hai nước đã ký Hiệp định phân định ranh giới thềm lục địa ngày 26/6/2003 tại Hà Nội [3; 7]. Sau 12 năm đàm phán, tháng 12/2022 hai bên ký Hiệp định phân định vùng đặc quyền kinh tế; Việt Nam phê chuẩn Hiệp định này năm 2024 [15, tr. 45].",
        ),
        ("heading", "2.1.2. Với Xin-ga-po, Ma-lai-xi-a và Phi-líp-pin", 2),
        (
            "paragraph",
            "Tháng 9/2013, trong chuyến thăm chính thức Xin-ga-po của Thủ tướng Nguyễn Tấn Dũng, hai nước thiết lập quan hệ Đối tác chiến lược [21]. Năm 2015, Việt Nam lần lượt nâng quan hệ với Ma-lai-xi-a (tháng 8) và Phi-líp-pin (tháng 11, bên lề Hội nghị cấp cao APEC tại Ma-ni-la) lên Đối tác chiến lược [12; 18]. Trước đó, ngày 6/5/2009, Việt Nam và Ma-lai-xi-a đã cùng trình Ủy ban Ranh giới thềm lục địa của Liên hợp quốc Báo cáo chung về ranh giới ngoài thềm lục địa ở khu vực phía nam Biển Đông [15, tr. 52].",
        ),
        (
            "footnote",
            "1 Xem thêm: Tuyên bố chung về thiết lập quan hệ Đối tác chiến lược Việt Nam – In-đô-nê-xi-a, ra nhân chuyến thăm cấp Nhà nước tới Việt Nam của Tổng thống Su-si-lô Bam-bang Y-đô-y-ô-nô.",
        ),
        ("heading", "2.2. Phối hợp trong khuôn khổ ASEAN", 1),
        (
            "paragraph",
            "Kể từ khi gia nhập ASEAN ngày 28/7/1995 tại Ban-đa Xê-ri Bê-ga-oan, Việt Nam luôn phối hợp chặt chẽ với các nước hải đảo trong các vấn đề Biển Đông2 [7]. Tuy vậy, đến hết năm 2023 ASEAN và Trung Quốc vẫn chưa hoàn tất Bộ quy tắc ứng xử ở Biển Đông (COC) [25, tr. 112].",
        ),
        (
            "footnote",
            "2 Phi-líp-pin khởi kiện Trung Quốc năm 2013; ngày 12/7/2016, Tòa Trọng tài thành lập theo Phụ lục VII của UNCLOS ra phán quyết về vụ kiện.",
        ),
        ("heading", "TÀI LIỆU THAM KHẢO", 1),
        (
            "list_item",
            "3. Bộ Ngoại giao (2008), Các văn bản pháp lý về biên giới, lãnh thổ và vùng biển của Việt Nam, Nxb. Chính trị quốc gia, Hà Nội.",
        ),
        ("list_item", "7. Ngô Văn Thắng (2019), Việt Nam và luật biển quốc tế, Nxb. Tư pháp, Hà Nội."),
        (
            "list_item",
            "12. Lê Thị Minh Trang (2016), Đối tác chiến lược trong chính sách đối ngoại của Việt Nam, Nxb. Chính trị quốc gia, Hà Nội.",
        ),
        (
            "list_item",
            "15. Phan Quốc Vượng (2024), “Phân định biển giữa Việt Nam và các nước láng giềng”, Tạp chí Nghiên cứu Biển Đông, số 2, tr. 40-58.",
        ),
        ("list_item", "18. Đặng Thu Hà (2017), ASEAN và các nước hải đảo, Nxb. Thế giới, Hà Nội."),
        ("list_item", "21. Vũ Đức Long (2014), Quan hệ Việt Nam – Xin-ga-po, Nxb. Khoa học xã hội, Hà Nội."),
        (
            "list_item",
            "25. Hoàng Thị Lan Phương (2023), Tiến trình đàm phán COC, Nxb. Đại học Quốc gia Hà Nội, Hà Nội.",
        ),
    ],
}

# ---------------------------------------------------------------- kwc: SUBTITLES (.srt of a documentary)
# One cue a string, "\n" between its lines; a line starting with "¶" opens a new paragraph block, "§T" the
# title, "§S" the closing source cue; "[…]: " speaker labels and "- " dashes are not part of the block text.
KWC_SUBTITLES = {
    "id": "kwc",
    "shape": "subtitles",
    "cues": [
        "§TVIỆT NAM – PHI-LÍP-PIN\nNHỮNG NGƯỜI LÁNG GIỀNG TRÊN BIỂN",
        "¶Ngày mười hai tháng Bảy\nnăm một nghìn chín trăm bảy mươi sáu,",
        "Việt Nam và Phi-líp-pin chính thức\nthiết lập quan hệ ngoại giao.",
        "Gần bốn mươi năm sau,\nvào tháng Mười Một năm 2015,",
        "bên lề Hội nghị cấp cao APEC\ntại Ma-ni-la,",
        "hai nước nâng quan hệ\nlên Đối tác chiến lược.",
        "¶Cuối tháng Một năm 2024,\nTổng thống Phéc-đi-nan Mác-cốt Giu-ni-o",
        "thăm cấp Nhà nước Việt Nam.",
        "Hai bên ký bản ghi nhớ về hợp tác\ngiữa lực lượng cảnh sát biển hai nước",
        "và bản ghi nhớ về phòng ngừa,\nquản lý sự cố ở Biển Đông.",
        "¶[TS. Đỗ Minh Khuê, Học viện Ngoại giao]:\nHai nước có chung lợi ích",
        "trong việc giữ gìn hòa bình, ổn định\nvà giải quyết tranh chấp",
        "bằng biện pháp hòa bình,\ntrên cơ sở luật pháp quốc tế,",
        "trong đó có Công ước\nLiên hợp quốc về Luật Biển năm 1982.",
        "¶Về kinh tế, Việt Nam nhiều năm liền\nlà nguồn cung gạo lớn nhất",
        "của Phi-líp-pin.",
        "¶- Thưa ông, các nhà khoa học hai nước\nđã từng cùng nhau khảo sát biển chưa?",
        "¶- Có. Từ năm 1996 đến năm 2007,\nhọ đã tiến hành bốn chuyến khảo sát",
        "khoa học biển chung ở Biển Đông.",
        "¶Hiện hai nước chưa có\nhiệp định phân định biển,",
        "nhưng đã nhất trí tiếp tục tham vấn\nvề các vấn đề trên biển.",
        "§SThực hiện: Ban Phim tài liệu – Kênh Truyền hình Đối ngoại\nCảm ơn quý vị đã theo dõi",
    ],
}

# ---------------------------------------------------------------- kwd: DECISION (two acts from a database)
KWD_ACT1 = {
    "meta": [
        "Số hiệu: 172/2024/QH15",
        "Loại văn bản: Nghị quyết",
        "Nơi ban hành: Quốc hội",
        "Người ký: Trần Thanh Mẫn",
        "Ngày ban hành: 28/11/2024",
        "Tình trạng: Còn hiệu lực",
    ],
    "head": [
        f"{'QUỐC HỘI':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'--------':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 172/2024/QH15':<40}Hà Nội, ngày 28 tháng 11 năm 2024",
    ],
    "title_lines": [
        "NGHỊ QUYẾT",
        "Về việc phê chuẩn Hiệp định giữa Chính phủ nước Cộng hòa xã hội chủ nghĩa",
        "Việt Nam và Chính phủ nước Cộng hòa In-đô-nê-xi-a",
        "về phân định vùng đặc quyền kinh tế",
    ],
    "sign": ["CHỦ TỊCH QUỐC HỘI", "(Đã ký)", "Trần Thanh Mẫn"],
    "recipients": ["Nơi nhận:", "- Chủ tịch nước;", "- Chính phủ;", "- Bộ Ngoại giao;", "- Lưu: HC, ĐN."],
    "blocks": [
        (
            "title",
            "NGHỊ QUYẾT Về việc phê chuẩn Hiệp định giữa Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và Chính phủ nước Cộng hòa In-đô-nê-xi-a về phân định vùng đặc quyền kinh tế",
        ),
        ("paragraph", "QUỐC HỘI"),
        ("paragraph", "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;"),
        ("paragraph", "Căn cứ Luật Điều ước quốc tế số 108/2016/QH13;"),
        ("paragraph", "Căn cứ Luật Biển Việt Nam;"),
        (
            "paragraph",
            "Xét đề nghị của Chính phủ tại Tờ trình số 512/TTr-CP ngày 21 tháng 10 năm 2024 và Báo cáo thẩm tra của Ủy ban Đối ngoại của Quốc hội;",
        ),
        ("paragraph", "QUYẾT NGHỊ:"),
        (
            "paragraph",
            "Điều 1. Phê chuẩn Hiệp định giữa Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và Chính phủ nước Cộng hòa In-đô-nê-xi-a về phân định vùng đặc quyền kinh tế, ký ngày 22 tháng 12 năm 2022 tại Gia-các-ta.",
        ),
        (
            "paragraph",
            "Điều 2. Giao Chính phủ chỉ đạo Bộ Ngoại giao thông báo cho Chính phủ nước Cộng hòa In-đô-nê-xi-a về việc Việt Nam đã hoàn tất thủ tục pháp lý trong nước để Hiệp định có hiệu lực, và tổ chức thực hiện Hiệp định.",
        ),
        (
            "paragraph",
            "Nghị quyết này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, kỳ họp thứ 8 thông qua ngày 28 tháng 11 năm 2024.",
        ),
    ],
}

KWD_ACT2 = {
    "meta": [
        "Số hiệu: 1021/2004/QĐ-CTN",
        "Loại văn bản: Quyết định",
        "Nơi ban hành: Chủ tịch nước",
        "Người ký: Trần Đức Lương",
        "Ngày ban hành: 15/12/2004",
        "Tình trạng: Còn hiệu lực",
    ],
    "head": [
        f"{'CHỦ TỊCH NƯỚC':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'------':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 1021/2004/QĐ-CTN':<40}Hà Nội, ngày 15 tháng 12 năm 2004",
    ],
    "title_lines": [
        "QUYẾT ĐỊNH",
        "Về việc phê chuẩn Hiệp định giữa Chính phủ nước Cộng hòa xã hội chủ nghĩa",
        "Việt Nam và Chính phủ nước Cộng hòa In-đô-nê-xi-a",
        "về phân định ranh giới thềm lục địa",
    ],
    "sign": ["CHỦ TỊCH NƯỚC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "(Đã ký)", "Trần Đức Lương"],
    "recipients": ["Nơi nhận:", "- Văn phòng Chính phủ;", "- Bộ Ngoại giao;", "- Lưu: VPCTN."],
    "blocks": [
        (
            "heading",
            "QUYẾT ĐỊNH Về việc phê chuẩn Hiệp định giữa Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và Chính phủ nước Cộng hòa In-đô-nê-xi-a về phân định ranh giới thềm lục địa",
            1,
        ),
        ("paragraph", "CHỦ TỊCH NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        (
            "paragraph",
            "Căn cứ Điều 103 và Điều 106 của Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992 đã được sửa đổi, bổ sung theo Nghị quyết số 51/2001/QH10;",
        ),
        ("paragraph", "Căn cứ Pháp lệnh Ký kết và thực hiện điều ước quốc tế năm 1998;"),
        ("paragraph", "Xét đề nghị của Chính phủ tại Tờ trình số 96/TTr-CP ngày 2 tháng 11 năm 2004,"),
        ("paragraph", "QUYẾT ĐỊNH:"),
        (
            "paragraph",
            "Điều 1. Phê chuẩn Hiệp định giữa Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và Chính phủ nước Cộng hòa In-đô-nê-xi-a về phân định ranh giới thềm lục địa, ký ngày 26 tháng 6 năm 2003 tại Hà Nội.",
        ),
        (
            "paragraph",
            "Điều 2. Bộ Ngoại giao có nhiệm vụ làm thủ tục đối ngoại cần thiết để trao đổi thư phê chuẩn với phía In-đô-nê-xi-a; Hiệp định có hiệu lực kể từ ngày hai bên trao đổi thư phê chuẩn.",
        ),
        ("paragraph", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký."),
    ],
}

KWD_DECISION = {
    "id": "kwd",
    "shape": "decision",
    "acts": [KWD_ACT1, KWD_ACT2],
    "blocks": KWD_ACT1["blocks"] + KWD_ACT2["blocks"],
}

# ---------------------------------------------------------------- kwe: SOCIAL (a Facebook page, two posts)
PAGE = "Đại sứ quán Việt Nam tại Indonesia"
KWE_SOCIAL = {
    "id": "kwe",
    "shape": "social",
    "posts": [
        {
            "page": PAGE,
            "time": "30 tháng 12 lúc 20:15 · 🌏",
            "text": [
                "🇻🇳🇮🇩 KỶ NIỆM 70 NĂM THIẾT LẬP QUAN HỆ NGOẠI GIAO VIỆT NAM – INDONESIA (30/12/1955 – 30/12/2025)",
                "📌 Tối nay (30/12), Đại sứ quán tổ chức buổi gặp mặt thân mật tại Gia-các-ta với sự tham dự của đại diện Bộ Ngoại giao Indonesia, bà con kiều bào và sinh viên Việt Nam.",
                "✅ Năm 2013, hai nước thiết lập quan hệ Đối tác chiến lược.",
                "✅ Tháng 3/2025, nhân chuyến thăm Indonesia của Tổng Bí thư Tô Lâm, hai nước nâng quan hệ lên Đối tác chiến lược toàn diện.",
                "✅ Hiệp định phân định vùng đặc quyền kinh tế ký tháng 12/2022 đã được Việt Nam phê chuẩn năm 2024.",
                "#NgoaiGiao #VietNam #Indonesia #70nam",
            ],
            "counts": ["👍❤️ 1,2K", "356 bình luận", "89 lượt chia sẻ"],
            "comments": [
                ("Nguyễn Thị Hồng Nhung", "Chúc mừng 70 năm quan hệ hai nước! 🇻🇳🇮🇩", "3 giờ", False),
                (
                    "Budi Santoso",
                    "Selamat! Semoga persahabatan Indonesia – Vietnam semakin erat.",
                    "2 giờ",
                    True,
                ),
                (
                    "Trần Quốc Bảo",
                    "Quan hệ hai nước đúng là lâu đời thật, mà không biết năm sau Đại sứ quán có tổ chức giải chạy hữu nghị nữa không ạ?",
                    "2 giờ",
                    False,
                ),
                (
                    "Lê Hoàng Anh",
                    "Trần Quốc Bảo Lâu đời chứ bạn, Bác Hồ đã sang thăm Indonesia từ năm 1959 rồi đó.",
                    "1 giờ",
                    False,
                ),
            ],
        },
        {
            "page": PAGE,
            "time": "28 tháng 7 lúc 10:05 · 🌏",
            "text": [
                "🇻🇳 30 NĂM VIỆT NAM GIA NHẬP ASEAN (28/7/1995 – 28/7/2025)",
                "📌 Sáng nay (28/7), Đại sứ quán phối hợp với Phái đoàn Việt Nam tại ASEAN tổ chức lễ kỷ niệm tại Gia-các-ta, nơi đặt trụ sở Ban Thư ký ASEAN.",
                "✅ Ba mươi năm trước, tại Ban-đa Xê-ri Bê-ga-oan (Brunei), Việt Nam trở thành thành viên thứ bảy của Hiệp hội.",
                "✅ Việt Nam đã đảm nhiệm vai trò Chủ tịch ASEAN vào các năm 1998, 2010 và 2020.",
                "#ASEAN #NgoaiGiao #VietNam",
            ],
            "counts": ["👍 864", "41 bình luận", "57 lượt chia sẻ"],
            "comments": [
                ("Phạm Minh Tuấn", "Tự hào Việt Nam 🇻🇳", "5 ngày", False),
                (
                    "Siti Rahmawati",
                    "Vietnam dan Indonesia adalah sahabat baik di ASEAN.",
                    "4 ngày",
                    True,
                ),
            ],
        },
    ],
}


KWE_SOCIAL["blocks"] = social_blocks(KWE_SOCIAL)

DOCS = [KWA_ARCHIVE, KWB_THESIS, KWC_SUBTITLES, KWD_DECISION, KWE_SOCIAL]


# ---------------------------------------------------------------- renderers


KWC_SUBTITLES["blocks"] = subtitle_blocks(KWC_SUBTITLES)


if __name__ == "__main__":
    sys.exit(main(HERE, DOCS, PREFIX))
