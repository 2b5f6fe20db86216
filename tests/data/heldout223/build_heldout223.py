"""Build the 223rd held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout223/build_heldout223.py [--check]

Five short documents on Singapore, Myanmar, the Philippines and ASEAN economic integration (Singapore's first
years of diplomacy 1965 – 1971 and its partnership with Vietnam, the University of Economics Hồ Chí Minh City's
international cooperation report for 2025, the international relief after the Myanmar earthquake of 28/3/2025,
a newspaper INTERVIEW with a (fictitious) Vietnamese ambassador to the Philippines at the start of the 50th
anniversary year 2026 (the new shape, in place of the plan), an encyclopedia entry on the ASEAN Economic
Community). Facts are well-established; authors, journal, page numbers, document numbers, the university's
local items, the ambassador, the newspaper and all quoted words are invented. Events, citations and questions
gold are written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the
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
    news_page,
    word_text,
    wrap,
)

CXA_SINGAPORE = {
    "id": "cxa",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU CHÂU Á ĐƯƠNG ĐẠI – Số 9 (2025)",
    "first_page": 54,
    "break_after": 10,
    "blocks": [
        ("title", "XIN-GA-PO NHỮNG NĂM ĐẦU ĐỘC LẬP: NGOẠI GIAO CỦA MỘT QUỐC ĐẢO NHỎ"),
        ("author", "Lưu Ngọc Diệp"),
        (
            "affiliation",
            "Viện Nghiên cứu Châu Á, Trường Đại học Khoa học xã hội và Nhân văn, Đại học Quốc gia TP. Hồ Chí Minh",
        ),
        (
            "abstract",
            "Bài viết phân tích những lựa chọn đối ngoại của Xin-ga-po trong giai đoạn 1965 – 1971 và dư âm của chúng trong quan hệ với Việt Nam.",
            "vi",
        ),
        ("keywords", "Xin-ga-po; ASEAN; FPDA; quan hệ Việt Nam – Xin-ga-po", "vi"),
        ("heading", "1. Một quốc gia ra đời ngoài dự tính", 1),
        (
            "paragraph",
            "Ngày 9/8/1965, Xin-ga-po tách khỏi Liên bang Ma-lai-xi-a, chỉ hai năm sau khi gia nhập liên bang này (Ngô Thanh Bình, 2016, tr. 71). Chưa đầy hai tháng sau, ngày 21/9/1965, nước cộng hòa non trẻ được kết nạp vào Liên hợp quốc, rồi gia nhập Khối Thịnh vượng chung ngày 15/10/1965 (Lý Hoàng Mai, 2019). Khi cuộc đối đầu giữa In-đô-nê-xi-a và Ma-lai-xi-a chưa chấm dứt, Xin-ga-po buộc phải xây dựng lực lượng quốc phòng gần như từ con số không.",
        ),
        ("heading", "2. Từ ASEAN đến FPDA", 1),
        (
            "paragraph",
            "Ngày 8/8/1967, Bộ trưởng Ngoại giao S. Ra-gia-rát-nam cùng người đồng cấp bốn nước In-đô-nê-xi-a, Ma-lai-xi-a, Phi-líp-pin và Thái Lan ký Tuyên bố Băng Cốc thành lập ASEAN. Tháng 1/1968, Chính phủ Anh tuyên bố sẽ rút quân khỏi các căn cứ ở phía đông kênh đào Xuy-ê, trong đó có Xin-ga-po, trước cuối năm 1971. Để lấp khoảng trống an ninh, Anh, Ô-xtrây-li-a, Niu Di-lân, Ma-lai-xi-a và Xin-ga-po thiết lập Thỏa thuận phòng thủ năm bên (FPDA) năm 1971, một cơ chế mà theo một học giả là “chiếc ô an ninh mềm” của quốc đảo (Vũ Đức Thịnh, 2020, tr. 104).",
        ),
        ("heading", "3. Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam và Xin-ga-po thiết lập quan hệ ngoại giao ngày 1/8/1973. Năm 2013, hai nước nâng quan hệ lên Đối tác chiến lược, và tháng 3/2025 tiếp tục nâng lên Đối tác chiến lược toàn diện.",
        ),
    ],
}

CXB_UEH = {
    "id": "cxb",
    "shape": "word",
    "head": [
        "ĐẠI HỌC KINH TẾ THÀNH PHỐ HỒ CHÍ MINH",
        "PHÒNG HỢP TÁC QUỐC TẾ",
        "Số: 58/BC-HTQT",
        "Thành phố Hồ Chí Minh, ngày 26 tháng 12 năm 2025",
    ],
    "title_lines": ["BÁO CÁO", "Công tác hợp tác quốc tế năm 2025 và kế hoạch năm 2026"],
    "blocks": [
        ("title", "BÁO CÁO Công tác hợp tác quốc tế năm 2025 và kế hoạch năm 2026"),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 3/2025, Nhà trường ký Biên bản ghi nhớ với Trường Chính sách công Lý Quang Diệu (Đại học Quốc gia Xin-ga-po) về đào tạo ngắn hạn cho cán bộ quản lý.",
        ),
        (
            "list_item",
            "2. Đón 4 đoàn đối tác từ Thái Lan, Ma-lai-xi-a và In-đô-nê-xi-a sang làm việc; cử 120 sinh viên sang trao đổi học kỳ tại các trường đối tác ở Băng Cốc và Cu-a-la Lăm-pơ.",
        ),
        (
            "list_item",
            "3. Ba chương trình đào tạo được Mạng lưới các trường đại học ASEAN (AUN) đánh giá và công nhận đạt chuẩn AUN-QA.",
        ),
        (
            "list_item",
            "4. Dự án nâng cao năng lực giảng viên do Chính phủ Ô-xtrây-li-a tài trợ thông qua chương trình Aus4Skills đã kết thúc đúng hạn.",
        ),
        (
            "list_item",
            "5. Đề xuất liên kết đào tạo cử nhân với một trường đại học của Phi-líp-pin chưa được Bộ Giáo dục và Đào tạo phê duyệt.",
        ),
        ("heading", "II. KẾ HOẠCH NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 4 năm sau, tổ chức Hội thảo quốc tế về Cộng đồng Kinh tế ASEAN sau năm 2025 với sự tham gia của các trường thành viên AUN.",
        ),
        (
            "list_item",
            "2. Cử đoàn lãnh đạo Nhà trường sang Xin-ga-po và Gia-các-ta tìm kiếm đối tác mới trong sáu tháng đầu năm 2026.",
        ),
        (
            "list_item",
            "3. Chưa tiếp nhận sinh viên trao đổi từ Mi-an-ma trong năm 2026 do chưa bảo đảm các điều kiện cần thiết.",
        ),
    ],
}

CXC_EARTHQUAKE = {
    "id": "cxc",
    "shape": "news",
    "date": "2025-04-02",
    "stamp": "Thứ Tư, 02/04/2025 - 10:05",
    "blocks": [
        ("title", "Cộng đồng quốc tế khẩn trương hỗ trợ Mi-an-ma khắc phục hậu quả động đất"),
        (
            "paragraph",
            "Nây Pi Tô (TTXVN) – Đến ngày 2/4, nhiều quốc gia và tổ chức quốc tế đã cử lực lượng cứu hộ và gửi hàng cứu trợ tới Mi-an-ma, sau trận động đất mạnh 7,7 độ xảy ra gần thành phố Man-đa-lay trưa 28/3.",
        ),
        ("heading", "Những đội cứu hộ đầu tiên", 1),
        (
            "paragraph",
            "Trung Quốc là nước đầu tiên đưa đội cứu hộ tới Yangon ngay trong ngày 29/3 và cam kết viện trợ khẩn cấp 100 triệu nhân dân tệ. Ấn Độ triển khai chiến dịch “Brahma”, điều máy bay vận tải và tàu hải quân chở hàng cứu trợ; Nga cũng cử các chuyên gia cứu nạn của Bộ Tình trạng khẩn cấp sang hỗ trợ.",
        ),
        (
            "paragraph",
            "Việt Nam đã cử hai đoàn cứu hộ của Bộ Công an và Bộ Quốc phòng, mang theo chó nghiệp vụ và thiết bị chuyên dụng, sang tham gia tìm kiếm người bị nạn tại Nây Pi Tô.",
        ),
        ("heading", "Viện trợ từ các đối tác", 1),
        (
            "paragraph",
            "Mỹ cam kết 2 triệu USD thông qua các tổ chức nhân đạo, còn Liên hợp quốc trích 5 triệu USD từ Quỹ ứng phó khẩn cấp trung ương. Trung tâm Điều phối ASEAN về hỗ trợ nhân đạo trong quản lý thiên tai (Trung tâm AHA) đã điều động đội ứng phó khẩn cấp của Hiệp hội. Tại Thái Lan, trận động đất làm sập một tòa nhà đang xây dựng ở Băng Cốc.",
        ),
        (
            "paragraph",
            "Chính quyền quân sự Mi-an-ma, vốn hiếm khi kêu gọi viện trợ, ngay trong ngày xảy ra thảm họa đã đề nghị cộng đồng quốc tế giúp đỡ.",
        ),
    ],
}

CXD_INTERVIEW = {
    "id": "cxd",
    "shape": "interview",
    "site": "BÁO NGOẠI GIAO & ĐỐI TÁC",
    "crumb": "Trang chủ > Đối ngoại > Phỏng vấn",
    "stamp": "Thứ Hai, 12/01/2026 07:30",
    "byline": "Minh Anh (thực hiện)",
    "blocks": [
        ("title", "Đại sứ Đỗ Minh Khôi: Năm 2026 là dấu mốc để quan hệ Việt Nam – Phi-líp-pin vươn tầm"),
        (
            "paragraph",
            "Nhân dịp năm 2026 đánh dấu 50 năm thiết lập quan hệ ngoại giao Việt Nam – Phi-líp-pin và Phi-líp-pin đảm nhiệm vai trò Chủ tịch ASEAN, Đại sứ Việt Nam tại Phi-líp-pin Đỗ Minh Khôi đã trả lời phỏng vấn phóng viên Báo Ngoại giao & Đối tác.",
        ),
        ("paragraph", "PV: Thưa Đại sứ, nhìn lại nửa thế kỷ qua, ông đánh giá thế nào về quan hệ hai nước?"),
        (
            "paragraph",
            "Đại sứ Đỗ Minh Khôi: Hai nước thiết lập quan hệ ngoại giao ngày 12/7/1976, chỉ một năm sau khi Việt Nam thống nhất. Quan hệ đã phát triển vững chắc, nhất là từ khi được nâng lên Đối tác chiến lược ngày 17/11/2015. Chuyến thăm cấp Nhà nước của Tổng thống Phéc-đi-nan Mác-cốt Giu-ni-o tới Hà Nội cuối tháng 1/2024 là một dấu mốc mới: hai bên đã ký các bản ghi nhớ về hợp tác lúa gạo và về phòng ngừa, quản lý sự cố trên Biển Đông giữa hai lực lượng cảnh sát biển.",
        ),
        ("paragraph", "PV: Hợp tác kinh tế có những điểm sáng nào, thưa ông?"),
        (
            "paragraph",
            "Đại sứ Đỗ Minh Khôi: Việt Nam hiện là nguồn cung gạo lớn nhất của Phi-líp-pin. VinFast đã mở đại lý xe điện tại Ma-ni-la từ năm 2024, và nhiều doanh nghiệp khác đang tìm hiểu thị trường hơn 110 triệu dân này. Tuy vậy, hai nước chưa có hiệp định thương mại tự do song phương; hợp tác thương mại vẫn dựa trên các hiệp định của ASEAN.",
        ),
        ("paragraph", "PV: Năm nay Phi-líp-pin là Chủ tịch ASEAN. Việt Nam sẽ phối hợp với bạn như thế nào?"),
        (
            "paragraph",
            "Đại sứ Đỗ Minh Khôi: Phi-líp-pin đã nhận chuyển giao vai trò Chủ tịch từ Ma-lai-xi-a tại Cu-a-la Lăm-pơ tháng 10 năm ngoái. Ta sẽ ủng hộ bạn tổ chức thành công các hội nghị trong năm, kể cả mục tiêu sớm hoàn tất Bộ quy tắc ứng xử ở Biển Đông (COC) mà ASEAN và Trung Quốc đang đàm phán. Lãnh đạo cấp cao Việt Nam dự kiến sang dự các hội nghị cấp cao ASEAN tại Phi-líp-pin.",
        ),
        ("paragraph", "PV: Dịp kỷ niệm 50 năm sẽ có những hoạt động nào?"),
        (
            "paragraph",
            "Đại sứ Đỗ Minh Khôi: Đại sứ quán sẽ phối hợp với Bộ Ngoại giao Phi-líp-pin tổ chức chuỗi sự kiện văn hóa, điện ảnh và ẩm thực tại Ma-ni-la và Xê-bu. Chúng tôi cũng mong chuyến thăm Việt Nam của lãnh đạo cấp cao Phi-líp-pin sẽ diễn ra trong năm nay, và hai bên có thể cân nhắc nâng cấp khuôn khổ quan hệ khi điều kiện chín muồi.",
        ),
        ("paragraph", "PV: Xin cảm ơn Đại sứ!"),
    ],
}

CXE_AEC = {
    "id": "cxe",
    "shape": "entry",
    "blocks": [
        ("title", "Cộng đồng Kinh tế ASEAN"),
        (
            "paragraph",
            "Cộng đồng Kinh tế ASEAN (AEC) là một trong ba trụ cột của Cộng đồng ASEAN, cùng với Cộng đồng Chính trị – An ninh và Cộng đồng Văn hóa – Xã hội. AEC chính thức được thành lập ngày 31/12/2015, sau khi các nhà lãnh đạo ASEAN ký Tuyên bố Cu-a-la Lăm-pơ về việc thành lập Cộng đồng ASEAN ngày 22/11/2015.",
        ),
        ("heading", "Quá trình hình thành", 1),
        (
            "paragraph",
            "Mục tiêu xây dựng AEC được nêu trong Tuyên bố hòa hợp ASEAN II (Tuyên bố Ba-li II) ký ngày 7/10/2003, với thời hạn ban đầu là năm 2020. Tại Hội nghị cấp cao lần thứ 12 ở Xê-bu (Phi-líp-pin) tháng 1/2007, lãnh đạo các nước quyết định rút ngắn thời hạn xuống năm 2015. Kế hoạch tổng thể xây dựng AEC được thông qua tại Hội nghị cấp cao lần thứ 13 ở Xin-ga-po ngày 20/11/2007.",
        ),
        ("heading", "Nội dung", 1),
        (
            "paragraph",
            "AEC hướng tới một thị trường và cơ sở sản xuất thống nhất, với sự lưu chuyển tự do của hàng hóa, dịch vụ, đầu tư, lao động có tay nghề và sự lưu chuyển tự do hơn của dòng vốn. Hiệp định Thương mại hàng hóa ASEAN (ATIGA), ký năm 2009, là nền tảng của tự do hóa thương mại nội khối. Việt Nam đã xóa bỏ thuế nhập khẩu đối với phần lớn dòng thuế theo ATIGA từ năm 2018.",
        ),
        ("heading", "Tầm nhìn mới", 1),
        (
            "paragraph",
            "Tại Hội nghị cấp cao lần thứ 46 ở Cu-a-la Lăm-pơ tháng 5/2025, lãnh đạo ASEAN thông qua Tầm nhìn Cộng đồng ASEAN 2045 cùng các kế hoạch chiến lược cho từng trụ cột.",
        ),
    ],
}

DOCS = [CXA_SINGAPORE, CXB_UEH, CXC_EARTHQUAKE, CXD_INTERVIEW, CXE_AEC]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns, every line followed by an
    empty line; the head of office's signature at the end."""
    return word_text(doc, 72, ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: meta date, nav menu, <article>, <h1>, date line, the lead in
    <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list and the TTXVN footer."""
    return news_page(
        doc,
        section="Thế giới",
        time="10:05",
        menu=[("/the-gioi", "Thế giới"), ("/asean", "ASEAN")],
        tags=[("/tag/myanmar", "Mi-an-ma"), ("/tag/dong-dat", "Động đất")],
    )


def render_interview(doc: dict) -> str:
    """A newspaper interview copied from the paper's site as text (the new shape; no kit helper): the site line,
    the breadcrumb, a blank line, the title, the date line, a blank line, the lead, then the turns ("PV: …" and
    "Đại sứ …: …") wrapped at 78 columns with a blank line after each, and the byline at the right."""
    blocks = doc["blocks"]
    out = [doc["site"], doc["crumb"], "", blocks[0][1], doc["stamp"], ""]
    for b in blocks[1:]:
        out += wrap(b[1], 78) + [""]
    out.append(f"{doc['byline']:>78}")
    return "\n".join(out) + "\n"


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "news": render_news,
            "interview": render_interview,
            "entry": entry_text,
        },
        prefix="cx",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
