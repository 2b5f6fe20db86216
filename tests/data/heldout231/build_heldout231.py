"""Build the 231st held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout231/build_heldout231.py [--check]

Five short documents on Kuwait topics the earlier sets do not use as main topics (Kuwait from independence
and the Gulf War to the Nghi Sơn refinery, and its relations with Vietnam; the Vietnamese Embassy in Kuwait's
report on 2024; the Security Council's Resolution 678 of 29/11/1990; a (fictitious) Prime Minister's decision
approving the programme for the 50th anniversary of Vietnam – Kuwait relations, 2026, in place of the usual
ministry plan; an encyclopedia entry on the United Nations Compensation Commission). Facts are well
established; authors, journal, page numbers, document numbers, quoted words of the article and the news,
the embassy's local items and the whole decision are invented. Events, citations and questions gold are
written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
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

DVA_KUWAIT = {
    "id": "dva",
    "shape": "journal",
    "header": "TẠP CHÍ TRUNG ĐÔNG NGÀY NAY – Số 2 (2025)",
    "first_page": 88,
    "break_after": 9,
    "blocks": [
        ("title", "CÔ-OÉT: TỪ CUỘC CHIẾN TRANH VÙNG VỊNH ĐẾN NHÀ MÁY LỌC DẦU NGHI SƠN"),
        ("author", "Lưu Thị Bích Ngọc"),
        ("affiliation", "Trường Đại học Khoa học xã hội và Nhân văn, Đại học Quốc gia Hà Nội"),
        (
            "abstract",
            "Bài viết điểm lại những mốc chính trong lịch sử đối ngoại của Cô-oét và quan hệ của nước này với Việt Nam.",
            "vi",
        ),
        ("keywords", "Cô-oét; chiến tranh vùng Vịnh; KFAED; Nghi Sơn", "vi"),
        ("heading", "1. Độc lập và hội nhập", 1),
        (
            "paragraph",
            "Ngày 19/6/1961, Cô-oét chấm dứt hiệp ước bảo hộ ký với Anh năm 1899 và trở thành quốc gia độc lập. Tháng 7/1961, nước này được kết nạp vào Liên đoàn Ả-rập, nhưng phải đến ngày 14/5/1963 mới trở thành thành viên Liên hợp quốc, do đơn xin gia nhập năm 1961 bị Liên Xô phủ quyết trong bối cảnh I-rắc đòi chủ quyền đối với Cô-oét (Đỗ Văn Khang, 2016, tr. 22). Năm 1981, Cô-oét tham gia sáng lập Hội đồng Hợp tác vùng Vịnh (GCC).",
        ),
        ("heading", "2. Cuộc khủng hoảng 1990 – 1991", 1),
        (
            "paragraph",
            "Rạng sáng 2/8/1990, quân đội I-rắc tràn qua biên giới và chiếm toàn bộ Cô-oét chỉ trong vòng hai ngày. Cùng ngày, Hội đồng Bảo an thông qua Nghị quyết 660 lên án cuộc xâm lược, rồi áp đặt lệnh cấm vận toàn diện đối với I-rắc bằng Nghị quyết 661 ngày 6/8/1990. Liên quân do Mỹ dẫn đầu mở chiến dịch “Bão táp sa mạc” ngày 17/1/1991; đến cuối tháng 2/1991, Cô-oét được giải phóng.",
        ),
        ("heading", "3. Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam và Cô-oét thiết lập quan hệ ngoại giao ngày 10/1/1976. Quỹ Phát triển kinh tế Ả-rập Cô-oét (KFAED) đã dành cho Việt Nam nhiều khoản vay ưu đãi cho các dự án hạ tầng. Biểu tượng của hợp tác hiện nay là Nhà máy lọc hóa dầu Nghi Sơn (Thanh Hóa), liên doanh giữa Tập đoàn Dầu khí Việt Nam, Công ty Dầu khí Quốc tế Cô-oét (KPI), Idemitsu Kosan và Mitsui (Nhật Bản), đi vào vận hành thương mại năm 2018. Nhà máy được ví như “cây cầu năng lượng nối vùng Vịnh với Đông Nam Á” (Phạm Đức Anh, 2020, tr. 64). Tuy vậy, những khó khăn về tài chính và nguồn cung dầu thô năm 2022 cho thấy hai bên cần phối hợp chặt chẽ hơn để nhà máy vận hành ổn định (Vũ Hải Nam, 2024).",
        ),
    ],
}

DVB_EMBASSY = {
    "id": "dvb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "ĐẠI SỨ QUÁN VIỆT NAM TẠI CÔ-OÉT",
        "Số: 96/BC-ĐSQ",
        "Cô-oét, ngày 17 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết công tác năm 2024 và phương hướng năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác năm 2024 và phương hướng năm 2025"),
        ("heading", "I. KẾT QUẢ CÔNG TÁC NĂM 2024", 1),
        (
            "list_item",
            "1. Tháng 5/2024, Đại sứ quán phối hợp đón đoàn Tập đoàn Dầu khí Việt Nam sang làm việc với Tập đoàn Dầu khí Cô-oét (KPC) về việc bảo đảm nguồn cung dầu thô cho Nhà máy lọc hóa dầu Nghi Sơn.",
        ),
        (
            "list_item",
            "2. Hội Trăng lưỡi liềm đỏ Cô-oét đã hỗ trợ 50.000 USD cho đồng bào các tỉnh phía Bắc bị thiệt hại do bão Yagi hồi tháng 9.",
        ),
        (
            "list_item",
            "3. Vận động Quỹ Phát triển kinh tế Ả-rập Cô-oét (KFAED) xem xét khoản vay cho dự án nâng cấp hệ thống thủy lợi ở tỉnh Ninh Thuận; tháng 8, Quỹ đã cử chuyên gia sang khảo sát.",
        ),
        (
            "list_item",
            "4. Tháng trước, Đại sứ làm việc với Thứ trưởng Ngoại giao Cô-oét về việc chuẩn bị kỷ niệm 50 năm thiết lập quan hệ ngoại giao giữa hai nước.",
        ),
        (
            "list_item",
            "5. Đề xuất để Hãng hàng không Kuwait Airways mở đường bay thẳng tới Hà Nội chưa được phía bạn xem xét.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Phối hợp chuẩn bị các hoạt động kỷ niệm 50 năm thiết lập quan hệ ngoại giao (10/1/1976 – 10/1/2026).",
        ),
        (
            "list_item",
            "2. Tháng 5 năm sau, đón đoàn doanh nghiệp Cô-oét sang tìm hiểu cơ hội đầu tư vào năng lượng và nông nghiệp tại Việt Nam.",
        ),
        (
            "list_item",
            "3. Tiếp tục làm tốt công tác bảo hộ công dân, nắm tình hình khoảng 1.000 lao động Việt Nam đang làm việc tại Cô-oét.",
        ),
    ],
}

DVC_RES678 = {
    "id": "dvc",
    "shape": "news",
    "date": "1990-11-30",
    "stamp": "Thứ Sáu, 30/11/1990",
    "blocks": [
        ("title", "Hội đồng Bảo an cho phép dùng vũ lực nếu I-rắc không rút khỏi Cô-oét trước ngày 15/1"),
        (
            "paragraph",
            "Liên hợp quốc (TTXVN) – Ngày 29/11 (giờ địa phương), Hội đồng Bảo an Liên hợp quốc đã thông qua Nghị quyết 678, cho phép các nước thành viên hợp tác với Chính phủ Cô-oét “sử dụng mọi biện pháp cần thiết” nếu I-rắc không rút hết quân khỏi Cô-oét trước ngày 15/1/1991.",
        ),
        ("heading", "12 phiếu thuận", 1),
        (
            "paragraph",
            "Nghị quyết được thông qua với 12 phiếu thuận, 2 phiếu chống của Cu-ba và Y-ê-men, Trung Quốc bỏ phiếu trắng. Phiên họp do Ngoại trưởng Mỹ James Baker chủ trì, với sự tham dự của ngoại trưởng nhiều nước thành viên Hội đồng.",
        ),
        (
            "paragraph",
            "Đây là nghị quyết thứ 12 của Hội đồng về cuộc khủng hoảng kể từ khi I-rắc đưa quân chiếm Cô-oét ngày 2/8. Văn bản dành cho Bát-đa “một cơ hội cuối cùng” để thực hiện đầy đủ các nghị quyết trước đó.",
        ),
        ("heading", "Phản ứng trái chiều", 1),
        (
            "paragraph",
            "Đại sứ I-rắc tại Liên hợp quốc bác bỏ nghị quyết, cho rằng đây là bước chuẩn bị cho chiến tranh. Trong khi đó, Chính phủ Cô-oét lưu vong tại Ta-íp (Ả-rập Xê-út) hoan nghênh quyết định của Hội đồng Bảo an.",
        ),
    ],
}

DVD_DECISION = {
    "id": "dvd",
    "shape": "decision",
    "head": [
        f"{'THỦ TƯỚNG CHÍNH PHỦ':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'-------':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'':40}---------------",
        f"{'Số: 31/QĐ-TTg':<40}Hà Nội, ngày 05 tháng 01 năm 2026",
    ],
    "title_lines": [
        "QUYẾT ĐỊNH",
        "Phê duyệt Chương trình hoạt động kỷ niệm 50 năm thiết lập",
        "quan hệ ngoại giao Việt Nam – Cô-oét (1976 – 2026)",
        "---------------",
        "THỦ TƯỚNG CHÍNH PHỦ",
    ],
    "blocks": [
        (
            "title",
            "QUYẾT ĐỊNH Phê duyệt Chương trình hoạt động kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam – Cô-oét (1976 – 2026)",
        ),
        ("paragraph", "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;"),
        ("paragraph", "Căn cứ Luật Điều ước quốc tế ngày 09 tháng 4 năm 2016;"),
        ("paragraph", "Căn cứ Luật Thỏa thuận quốc tế ngày 13 tháng 11 năm 2020;"),
        (
            "paragraph",
            "Xét đề nghị của Bộ trưởng Bộ Ngoại giao tại Tờ trình số 412/TTr-BNG ngày 22 tháng 12 năm 2025,",
        ),
        ("heading", "QUYẾT ĐỊNH:", 1),
        (
            "paragraph",
            "Điều 1. Phê duyệt Chương trình hoạt động kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam – Cô-oét (10/01/1976 – 10/01/2026) với các nội dung chính sau:",
        ),
        ("list_item", "a) Lãnh đạo cấp cao hai nước trao đổi điện mừng vào ngày 10/01/2026."),
        (
            "list_item",
            "b) Một đồng chí Phó Thủ tướng Chính phủ dẫn đầu đoàn đại biểu Chính phủ thăm chính thức Nhà nước Cô-oét trong tháng 5/2026; nhân dịp này, hai bên ký Bản ghi nhớ về hợp tác đào tạo nhân lực ngành dầu khí.",
        ),
        ("list_item", "c) Đón Bộ trưởng Ngoại giao Cô-oét thăm chính thức Việt Nam trong nửa cuối năm 2026."),
        (
            "list_item",
            "d) Tổ chức Diễn đàn doanh nghiệp Việt Nam – Cô-oét và Tuần Văn hóa Việt Nam tại Thành phố Cô-oét.",
        ),
        ("paragraph", "Điều 2. Tổ chức thực hiện"),
        (
            "list_item",
            "1. Bộ Ngoại giao chủ trì, phối hợp với Đại sứ quán Cô-oét tại Hà Nội và các cơ quan liên quan triển khai Chương trình.",
        ),
        (
            "list_item",
            "2. Bộ Công Thương phối hợp với Tập đoàn Công nghiệp – Năng lượng Quốc gia Việt Nam làm việc với Tập đoàn Dầu khí Cô-oét (KPC) về việc bảo đảm nguồn dầu thô ổn định cho Nhà máy lọc hóa dầu Nghi Sơn.",
        ),
        (
            "list_item",
            "3. Bộ Tài chính đàm phán với Quỹ Phát triển kinh tế Ả-rập Cô-oét (KFAED) về khoản vay ưu đãi cho dự án thủy lợi tại tỉnh Khánh Hòa.",
        ),
        ("paragraph", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký."),
        (
            "paragraph",
            "Điều 4. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ và các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này.",
        ),
    ],
}

DVE_UNCC = {
    "id": "dve",
    "shape": "entry",
    "blocks": [
        ("title", "Ủy ban Bồi thường Liên hợp quốc"),
        (
            "paragraph",
            "Ủy ban Bồi thường Liên hợp quốc (UNCC) là cơ quan trực thuộc Hội đồng Bảo an, được thành lập năm 1991 để giải quyết các yêu cầu bồi thường đối với những tổn thất do việc I-rắc xâm lược và chiếm đóng Cô-oét năm 1990 – 1991 gây ra. Trụ sở của Ủy ban đặt tại Giơ-ne-vơ (Thụy Sĩ).",
        ),
        ("heading", "Cơ sở pháp lý và nguồn tiền", 1),
        (
            "paragraph",
            "Nghị quyết 687 ngày 3/4/1991 của Hội đồng Bảo an xác định I-rắc phải chịu trách nhiệm theo luật quốc tế về mọi thiệt hại trực tiếp do cuộc xâm lược gây ra; Nghị quyết 692 ngày 20/5/1991 lập ra Ủy ban và Quỹ bồi thường. Quỹ được hình thành từ một tỷ lệ doanh thu xuất khẩu dầu mỏ của I-rắc, ban đầu là 30%, và được Hội đồng Bảo an giảm xuống 5% từ năm 2003.",
        ),
        ("heading", "Kết quả", 1),
        (
            "paragraph",
            "Ủy ban đã xử lý khoảng 2,7 triệu đơn yêu cầu và phán quyết bồi thường tổng cộng 52,4 tỷ USD cho khoảng 1,5 triệu người và tổ chức; phần lớn số tiền được trả cho Chính phủ và các doanh nghiệp Cô-oét. Trong giai đoạn 2014 – 2017, khi I-rắc phải chống lại tổ chức tự xưng Nhà nước Hồi giáo (IS), việc nộp tiền vào Quỹ được tạm hoãn. Tháng 1/2022, Ủy ban thông báo I-rắc đã trả xong khoản bồi thường cuối cùng; ngày 22/2/2022, Hội đồng Bảo an thông qua Nghị quyết 2621 chấm dứt nhiệm vụ của Ủy ban.",
        ),
    ],
}

DOCS = [DVA_KUWAIT, DVB_EMBASSY, DVC_RES678, DVD_DECISION, DVE_UNCC]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: lines wrapped at 72 columns, a blank line after every line;
    the ambassador's signature at the end."""
    return word_text(doc, 72, ["ĐẠI SỨ", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """An archived agency dispatch as a news page: <title>, published_time, a nav menu, <article>, <h1>, a
    date line, the lead in <p class="sapo"><b>, <h3> subheads, <p>, a tag list, footer."""
    return news_page(
        doc,
        "Tư liệu TTXVN",
        "08:00",
        [("/tu-lieu", "Tư liệu"), ("/the-gioi", "Thế giới")],
        [("/tag/kuwait", "Cô-oét"), ("/tag/hoi-dong-bao-an", "Hội đồng Bảo an")],
    )


def render_decision(doc: dict, width: int = 78) -> str:
    """A Prime Minister's decision as text (plain Python, no kit helper): the two-column issuer/motto block
    with its short rules, the number and the place-date; the centred title lines, a rule and the enacting
    authority; the "Căn cứ …" / "Xét đề nghị …" lines one after another; "QUYẾT ĐỊNH:" centred; the articles
    and their items wrapped at ``width`` with a blank line before each article; then "Nơi nhận:" at the
    left and the signature block "KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG / (đã ký)" beside it."""
    out = [*doc["head"], ""]
    out += [f"{ln:^{width}}".rstrip() for ln in doc["title_lines"]] + [""]
    for kind, text, *_ in doc["blocks"]:
        if kind == "title":
            continue
        if kind == "heading":
            out += ["", f"{text:^{width}}".rstrip(), ""]
        elif text.startswith("Điều "):
            out += ([] if out[-1] == "" else [""]) + wrap(text, width)
        else:
            out += wrap(text, width)
    recipients = [
        "Nơi nhận:",
        "- Ban Bí thư Trung ương Đảng;",
        "- Các Bộ: NG, CT, TC, VHTTDL;",
        "- Đại sứ quán Việt Nam tại Cô-oét;",
        "- VPCP: BTCN, các PCN;",
        "- Lưu: VT, QHQT.",
    ]
    signature = ["KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "", "(đã ký)"]
    out.append("")
    for i, left in enumerate(recipients):
        right = signature[i] if i < len(signature) else ""
        out.append(f"{left:<46}{right}".rstrip())
    return "\n".join(out) + "\n"


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "news": render_news,
            "decision": render_decision,
            "entry": entry_text,
        },
        prefix="dv",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
