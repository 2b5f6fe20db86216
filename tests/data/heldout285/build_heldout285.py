"""Build the two hundred eighty-fifth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout285/build_heldout285.py [--check]

Five short documents on the Paris negotiations and the Paris Peace Agreement of 1973 as Party history tells
them: a journal article on the Paris talks from 1968 to the initialling of January 1973, a (fictitious)
provincial Vietnam – Sweden friendship association's report for 2024, an ARCHIVE document (the new shape,
replacing the news page): a (fictitious) Ministry of Foreign Affairs report of March 1973 on the International
Conference on Vietnam, digitised by OCR with the old orthography, its typewritten line breaks, page breaks,
OCR misreadings and stamp notes; a (fictitious) speech at a ceremony for the 50th anniversary of the Paris
Agreement, and an encyclopedia entry on the International Commission of Control and Supervision. Facts are
well-established; authors, journal, page numbers, quoted words, document numbers, the archive's file numbers,
the speaker and every activity of the association are invented. Gold is written by hand; ``--check``
verifies that every gold evidence, quote and citation occurs in the documents.
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
    report_word,
    speech_text,
    wrap,
)

IZA = {
    "id": "iza",
    "shape": "journal",
    "header": "LỊCH SỬ NGOẠI GIAO VÀ QUỐC PHÒNG – Số 1 (2023)",
    "first_page": 9,
    "break_after": 6,
    "blocks": [
        ("title", "CUỘC ĐẤU TRANH NGOẠI GIAO TẠI PA-RI (1968 – 1973)"),
        ("author", "Ngô Thị Phương Thảo"),
        ("affiliation", "Khoa Chính trị học, Học viện Báo chí và Tuyên truyền"),
        (
            "abstract",
            "Bài viết trình bày các giai đoạn chính của cuộc đàm phán tại Pa-ri dưới sự lãnh đạo của Đảng, từ phiên họp đầu tiên năm 1968 đến khi ký tắt Hiệp định.",
            "vi",
        ),
        ("keywords", "Hội nghị Pa-ri; Lê Đức Thọ; Xuân Thủy; Hiệp định Pa-ri", "vi"),
        ("heading", "1. Từ đàm phán hai bên đến Hội nghị bốn bên", 1),
        (
            "paragraph",
            "Ngày 13/5/1968, phiên họp chính thức đầu tiên giữa đoàn đại biểu Chính phủ Việt Nam Dân chủ Cộng hòa do Bộ trưởng Xuân Thủy dẫn đầu và đoàn đại biểu Chính phủ Mỹ do đại sứ A. Ha-ri-man dẫn đầu diễn ra tại Pa-ri (Trần Quang Huy, 2013, tr. 77). Ngày 1/11/1968, Mỹ buộc phải chấm dứt không điều kiện việc ném bom miền Bắc. Ngày 25/1/1969, Hội nghị bốn bên gồm Việt Nam Dân chủ Cộng hòa, Mặt trận Dân tộc Giải phóng miền Nam Việt Nam, Mỹ và chính quyền Sài Gòn họp phiên đầu tiên.",
        ),
        ("heading", "2. Các cuộc gặp riêng", 1),
        (
            "paragraph",
            "Từ ngày 21/2/1970, đồng chí Lê Đức Thọ, Cố vấn đặc biệt của đoàn ta, gặp riêng Cố vấn an ninh quốc gia Mỹ H. Kít-xinh-giơ. Tháng 10/1972, hai bên đã thỏa thuận được văn bản hiệp định, nhưng phía Mỹ lật lọng, không chịu ký như đã hứa, điều mà một nhà nghiên cứu gọi là “một canh bạc bằng bom đạn” (Phạm Văn Lực, 2018, tr. 59).",
        ),
        ("heading", "3. Điện Biên Phủ trên không", 1),
        (
            "paragraph",
            "Từ ngày 18 đến ngày 29/12/1972, Mỹ dùng máy bay B-52 ném bom hủy diệt Hà Nội, Hải Phòng. Thất bại, Mỹ phải trở lại bàn đàm phán; ngày 23/1/1973, đồng chí Lê Đức Thọ và H. Kít-xinh-giơ ký tắt Hiệp định (Cao Thị Ngọc, 2021).",
        ),
    ],
}

IZB = {
    "id": "izb",
    "shape": "word",
    "head": [
        "LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ TỈNH PHÚ THỌ",
        "HỘI HỮU NGHỊ VIỆT NAM – THỤY ĐIỂN",
        "Số: 19/BC-HHN",
        "Phú Thọ, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Tổng kết hoạt động năm 2024",
    ],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết hoạt động năm 2024"),
        (
            "paragraph",
            "Ngày 11/1/1969, Thụy Điển trở thành nước phương Tây đầu tiên thiết lập quan hệ ngoại giao với Việt Nam Dân chủ Cộng hòa. Tháng 12/1972, Thủ tướng Thụy Điển Ô-lốp Pan-mê lên án cuộc ném bom bằng B-52 của Mỹ xuống Hà Nội. Nhà máy giấy Bãi Bằng trên địa bàn tỉnh là công trình viện trợ lớn nhất của Thụy Điển cho Việt Nam.",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Tháng 1/2024, nhân kỷ niệm 55 năm quan hệ ngoại giao, Đại sứ Thụy Điển tại Việt Nam thăm Nhà máy giấy Bãi Bằng.",
        ),
        (
            "list_item",
            "2. Trung tâm Quốc tế Ô-lốp Pan-mê tài trợ 20.000 USD cho dự án nước sạch ở xã Phù Ninh.",
        ),
        (
            "list_item",
            "3. Triển lãm ảnh về phong trào nhân dân Thụy Điển ủng hộ Việt Nam dự kiến tổ chức tại Xtốc-khôm chưa thực hiện được.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Cử đoàn sang Thụy Điển giao lưu với Hội Thụy Điển – Việt Nam trong quý III/2025.",
        ),
    ],
}

IZC = {
    "id": "izc",
    "shape": "archive",
    "catalogue": [
        "Trung tâm Lưu trữ quốc gia III – Phông Phủ Thủ tướng – Hồ sơ số 8127 – Tờ 12-14",
        "Bản số hóa, nhận dạng ký tự tự động (OCR), chưa hiệu đính.",
    ],
    "head": [
        f"{'BỘ NGOẠI-GIAO':<32}VIỆT-NAM DÂN-CHỦ CỘNG-HÒA",
        f"{'-------':<32}Độc-lập – Tự-do – Hạnh-phúc",
        f"{'Số: 215/NG-TH':<32}---------",
        "",
        f"{'':26}Hà-nội, ngày 8 tháng 3 năm 1973",
    ],
    "title_lines": [
        "BÁO-CÁO",
        "về kết-quả Hội-nghị quốc-tế về Việt-nam",
    ],
    "addressee": "Kính gửi: Thủ-tướng Chánh-phủ",
    "page_break_before": 6,
    "blocks": [
        ("title", "BÁO-CÁO về kết-quả Hội-nghị quốc-tế về Việt-nam"),
        (
            "paragraph",
            "Bộ Ngoại-giao xin báo-cáo về Hội-nghị quốc-tế về Việt-nam họp tại Pa-ri từ ngày 26-2 đến ngày 2-3-1973 như sau:",
        ),
        ("heading", "l. THÀNH-PHẦN HỘI-NGHỊ", 1),
        (
            "paragraph",
            "Hội-nghị gồm 12 thành-viên: Việt-nam Dân-chủ Cộng-hòa, Chánh-phủ Cách-mạng lâm-thời Cộng-hòa miền Nam Việt-nam, Hoa-kỳ, chánh-quyền Sài-gòn, Liên-xô, Trung-quốc, Pháp-quốc, Anh, Ca-na-đa, Hung-ga-ri, In-đô-nê-xi-a và Ba-lan. Ông Cuốc Van-hai-em, Tổng thư-ký Liên-hợp-quốc, cũng đến dự. Đoàn ta do đồng-chí Nguyễn Duy Trinh, Phó Thủ-tướng kiêm Bộ-trưởng Bộ Ngoại-giao, dẫn đầu.",
        ),
        ("heading", "II. KẾT-QUẢ", 1),
        (
            "paragraph",
            "Ngày 2-3-1973, các Bộ-trưởng Ngoại-giao đã ký Định-ước của Hội-nghị quốc-tế về Việt-nam. Định-ước công-nhận và bảo-đảm về mặt pháp-lý quốc-tế Hiệp-định về chấm-dứt chiến-tranh, lập lại hòa-bình ở Việt-narn ký tại Pa-ri ngày 27-1-1973.",
        ),
        (
            "paragraph",
            "Cũng trong thời-gian Hội-nghị, ngày 26-2-1973, Chánh-phủ ta và Chánh-phủ Ô-xtrây-li-a thỏa-thuận đặt quan-hệ ngoại-gi ao.",
        ),
        ("heading", "III. KIẾN-NGHỊ", 1),
        (
            "paragraph",
            "Đề-nghị Chánh-phủ chỉ-đạo tiếp-tục đàm-phán với Pháp-quốc về việc nâng quan-hệ lên cấp đại-sứ. Phía Hoa-kỳ đến nay chưa thực-hiện cam-kết đóng góp vào việc hàn-gắn vết-thương chiến-tranh ở Việt-narn Dân-chủ Cộng-hòa; Ủy-ban kinh-tế hỗn-hợp hai bên sẽ họp phiên đầu ở Pa-ri trong tháng 3.",
        ),
    ],
}

IZD = {
    "id": "izd",
    "shape": "speech",
    "speaker": "Phát biểu của ông Trịnh Văn Khải, Chủ nhiệm Câu lạc bộ Truyền thống ngoại giao thành phố Hà Nội",
    "place": "Hà Nội, ngày 26 tháng 1 năm 2023",
    "blocks": [
        ("title", "tại Lễ kỷ niệm 50 năm ký Hiệp định Pa-ri về Việt Nam"),
        ("paragraph", "Kính thưa các đồng chí lãnh đạo,"),
        ("paragraph", "Thưa các vị khách quý,"),
        (
            "paragraph",
            "Cách đây tròn 50 năm, ngày 27/1/1973, tại Trung tâm Hội nghị quốc tế ở Pa-ri, Hiệp định về chấm dứt chiến tranh, lập lại hòa bình ở Việt Nam được ký chính thức. Bộ trưởng Ngoại giao Nguyễn Duy Trinh ký thay mặt Chính phủ Việt Nam Dân chủ Cộng hòa, Bộ trưởng Ngoại giao Nguyễn Thị Bình ký thay mặt Chính phủ Cách mạng lâm thời Cộng hòa miền Nam Việt Nam. Theo Hiệp định, Mỹ phải rút hết quân trong 60 ngày; ngày 29/3/1973, những binh sĩ Mỹ cuối cùng đã rời miền Nam.",
        ),
        (
            "paragraph",
            "Thắng lợi ấy có sự giúp đỡ to lớn của bạn bè quốc tế. Tháng 2/1965, Chủ tịch Hội đồng Bộ trưởng Liên Xô A. Cô-xư-ghin sang thăm Hà Nội, mở đầu thời kỳ Liên Xô tăng mạnh viện trợ quân sự cho ta. Hằng năm, Phó Thủ tướng Lê Thanh Nghị dẫn đầu đoàn đại biểu Chính phủ sang các nước xã hội chủ nghĩa ký các hiệp định viện trợ kinh tế và quân sự.",
        ),
        (
            "paragraph",
            "Năm 1995, Việt Nam và Hoa Kỳ bình thường hóa quan hệ. Câu lạc bộ chúng tôi sẽ tiếp tục phối hợp với các hội cựu chiến binh Mỹ trong việc tìm kiếm quân nhân mất tích.",
        ),
    ],
}

IZE = {
    "id": "ize",
    "shape": "entry",
    "blocks": [
        ("title", "Ủy ban Quốc tế kiểm soát và giám sát"),
        (
            "paragraph",
            "Ủy ban Quốc tế kiểm soát và giám sát (ICCS) là cơ quan được lập theo Hiệp định Pa-ri năm 1973 để kiểm soát và giám sát việc thi hành Hiệp định ở miền Nam Việt Nam. Ủy ban gồm bốn nước: Ca-na-đa, Hung-ga-ri, In-đô-nê-xi-a và Ba Lan, thay cho Ủy ban Quốc tế giám sát và kiểm soát lập năm 1954 gồm Ấn Độ, Ba Lan và Ca-na-đa. Ca-na-đa và Ba Lan là hai nước có mặt ở cả hai ủy ban.",
        ),
        ("heading", "Hoạt động", 1),
        (
            "paragraph",
            "Ủy ban bắt đầu hoạt động ngay sau khi lệnh ngừng bắn có hiệu lực, phối hợp với Ban Liên hợp quân sự bốn bên trong 60 ngày đầu. Cuối tháng 7/1973, Ca-na-đa rút khỏi Ủy ban và được I-ran thay thế. Các quyết định của Ủy ban phải được bốn thành viên nhất trí, nên nhiều cuộc điều tra vi phạm không đi đến kết luận. Hung-ga-ri và Ba Lan luôn lên tiếng đòi các bên nghiêm chỉnh thi hành Hiệp định.",
        ),
        ("heading", "Kết thúc", 1),
        (
            "paragraph",
            "Ủy ban không ngăn chặn được các vi phạm ngừng bắn và chấm dứt hoạt động khi chiến tranh kết thúc vào năm 1975.",
        ),
    ],
}

DOCS = [IZA, IZB, IZC, IZD, IZE]


def render_archive(doc: dict) -> tuple[str, list[str]]:
    """An archival document digitised by OCR and copied as text: the archive's catalogue lines, the issuer and
    the motto side by side, the number and the date line ("Hà-nội, ngày …"), the centred title, the addressee,
    then the blocks as the typewriter set them (headings as they are, paragraphs broken at 62 columns, a blank
    line between blocks); a page break "- 2 -" centred on its own line before block ``page_break_before`` (a
    block boundary), the signature with "(Đã ký)" and the stamp note "[dấu]", the distribution lines. The OCR
    misreadings stay in the block texts as the gold copies them. Returns the text and the lines layout repair
    must remove (the page label)."""
    width = 62
    out = [*doc["catalogue"], "", *doc["head"], ""]
    out += [f"{ln:^{width}}".rstrip() for ln in doc["title_lines"]] + ["", doc["addressee"], ""]
    page = "- 2 -"
    for i, b in enumerate(doc["blocks"]):
        if b[0] == "title":
            continue
        if i == doc["page_break_before"]:
            out += [f"{page:^{width}}".rstrip(), ""]
        out += (wrap(b[1], width) if b[0] == "paragraph" else [b[1]]) + [""]
    out += [
        f"{'':28}K.T. BỘ-TRƯỞNG BỘ NGOẠI-GIAO",
        f"{'':36}THỨ-TRƯỞNG",
        f"{'':37}(Đã ký)",
        f"{'':38}[dấu]",
        f"{'':32}[chữ ký không rõ]",
        "",
        "Nơi gửi:",
        "- Như trên,",
        "- Lưu VP, Vụ Tổng-hợp.",
    ]
    return "\n".join(out) + "\n", [page]


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "CHỦ TỊCH HỘI"."""
    return report_word(doc, ["CHỦ TỊCH HỘI", "(Đã ký và đóng dấu)"])


def render_speech(doc: dict) -> str:
    """A speech by heldout_kit.speech_text, paragraphs wrapped at 80 columns."""
    return speech_text(doc, width=80)


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": render_word,
            "archive": render_archive,
            "speech": render_speech,
            "entry": entry_text,
        },
        prefix="iz",
        rendered=True,
        removing_shapes=("journal", "archive"),
    )


if __name__ == "__main__":
    sys.exit(main())
