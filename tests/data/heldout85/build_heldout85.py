"""Build the eighty-fifth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout85/build_heldout85.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on a
treaty regime those sets do not use as a main topic: the Treaty on the Non-Proliferation of Nuclear Weapons
(NPT) and its review conferences (a journal article on Vietnam and the review conferences, the Vietnam
Agency for Radiation and Nuclear Safety's international cooperation in 2024, a news page on the tenth
review conference ending without a final document on 26/8/2022, a (fictitious) Foreign Ministry plan for
the eleventh review conference in 2026, an encyclopedia entry on the NPT). Nothing in src/ was changed for
them. Facts are well-established; authors, journal, page numbers, document numbers, the agency's local
items and all quoted words but the Secretary-General's are invented, the ministry plan (number, date,
tasks) is fictitious. Events, citations and questions gold are written by hand; ``--check`` verifies that
every gold evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import (  # noqa: E402
    build_and_check,
    entry_text,
    official_text,
    paged_body,
    word_text,
)

VQA_NPT = {
    "id": "vqa",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU AN NINH QUỐC TẾ – Số 2 (2025)",
    "first_page": 37,
    "break_after": 13,
    "blocks": [
        ("title", "VIỆT NAM VÀ CÁC HỘI NGHỊ KIỂM ĐIỂM HIỆP ƯỚC KHÔNG PHỔ BIẾN VŨ KHÍ HẠT NHÂN"),
        ("author", "Trịnh Quốc Bảo"),
        ("affiliation", "Viện Nghiên cứu Chiến lược, Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết khái quát quá trình Việt Nam tham gia Hiệp ước NPT và các văn kiện liên quan, qua đó đánh giá đóng góp của ta tại các kỳ Hội nghị Kiểm điểm.",
            "vi",
        ),
        ("keywords", "NPT; Hội nghị Kiểm điểm; giải trừ hạt nhân; IAEA; TPNW", "vi"),
        ("heading", "1. Gia nhập Hiệp ước", 1),
        (
            "paragraph",
            "Hiệp ước Không phổ biến vũ khí hạt nhân (NPT) được mở ký ngày 1/7/1968 và có hiệu lực từ ngày 5/3/1970. Việt Nam trở thành thành viên Cơ quan Năng lượng nguyên tử quốc tế (IAEA) năm 1978 và bốn năm sau, ngày 14/6/1982, gia nhập NPT (Lý Thanh Tùng, 2012, tr. 33). Quyết định này thể hiện nhất quán chủ trương của nước ta về một thế giới không có vũ khí hạt nhân.",
        ),
        ("heading", "2. Từ năm 1995 đến năm 2010", 1),
        (
            "paragraph",
            "Tại Hội nghị Kiểm điểm và Gia hạn họp ở Niu Oóc, ngày 11/5/1995 các nước thành viên đã quyết định gia hạn vô thời hạn Hiệp ước. Cuối năm đó, ngày 15/12/1995, Việt Nam cùng các nước trong khu vực ký Hiệp ước Khu vực Đông Nam Á không có vũ khí hạt nhân tại Băng Cốc. Nước ta tiếp tục ký Hiệp ước Cấm thử hạt nhân toàn diện (CTBT) ngày 24/9/1996 và phê chuẩn văn kiện này ngày 10/3/2006. Hội nghị Kiểm điểm năm 2010 thông qua văn kiện cuối cùng kèm Kế hoạch hành động gồm 64 biện pháp. Phát biểu tại Hội nghị, Trưởng đoàn Việt Nam nhấn mạnh “ba trụ cột của Hiệp ước cần được thực hiện một cách cân bằng” (Ngô Thị Hải Yến, 2014, tr. 71).",
        ),
        ("heading", "3. Những kỳ hội nghị không thành", 1),
        (
            "paragraph",
            "Các Hội nghị Kiểm điểm năm 2015 và năm 2022 đều khép lại mà không thông qua được văn kiện cuối cùng. Trong bối cảnh đó, ta là một trong những nước đầu tiên ký Hiệp ước Cấm vũ khí hạt nhân (TPNW) ngày 22/9/2017 và phê chuẩn Hiệp ước này ngày 17/5/2018 (Đặng Minh Châu, 2021). Hội nghị Kiểm điểm lần thứ 11, sẽ họp tại Niu Oóc năm 2026, là dịp để Việt Nam tiếp tục đóng góp vào nỗ lực chung.",
        ),
    ],
}

VQB_CUC = {
    "id": "vqb",
    "shape": "word",
    "head": [
        "BỘ KHOA HỌC VÀ CÔNG NGHỆ",
        "CỤC AN TOÀN BỨC XẠ VÀ HẠT NHÂN",
        "Số: 2318/BC-ATBXHN",
        "Hà Nội, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác hợp tác quốc tế năm 2024 và phương hướng năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác hợp tác quốc tế năm 2024 và phương hướng năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Cục đã cử cán bộ tham gia đoàn liên ngành Việt Nam dự phiên họp thứ hai Ủy ban Trù bị Hội nghị Kiểm điểm NPT năm 2026, diễn ra tại Giơ-ne-vơ (Thụy Sĩ) từ ngày 22/7 đến ngày 2/8/2024; đoàn đã phát biểu khẳng định quyền sử dụng năng lượng nguyên tử vì mục đích hòa bình của các nước đang phát triển.",
        ),
        (
            "list_item",
            "2. Tháng 4/2024, đoàn chuyên gia IAEA sang làm việc với Cục về xây dựng Kế hoạch hỗ trợ an ninh hạt nhân tích hợp (INSSP) giai đoạn 2024 – 2027.",
        ),
        (
            "list_item",
            "3. Trong khuôn khổ chương trình hợp tác kỹ thuật, IAEA đã tài trợ cho Cục thiết bị đo liều bức xạ trị giá khoảng 250.000 euro và 12 suất đào tạo ngắn hạn.",
        ),
        (
            "list_item",
            "4. Nhân chuyến thăm Hàn Quốc của lãnh đạo Cục tháng 10/2024, Cục và Viện An toàn hạt nhân Hàn Quốc (KINS) đã ký Thỏa thuận hợp tác giai đoạn 2024 – 2028 về đào tạo cán bộ pháp quy.",
        ),
        (
            "list_item",
            "5. Tháng trước, Cơ quan Quản lý an ninh hạt nhân quốc gia Hoa Kỳ (NNSA) bàn giao thiết bị phát hiện phóng xạ cho cảng Cái Mép – Thị Vải.",
        ),
        (
            "list_item",
            "6. Việc gia hạn Bản ghi nhớ hợp tác với Cơ quan Quản lý hạt nhân Nhật Bản (NRA) chưa hoàn thành do hai bên còn trao đổi về nội dung.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Phối hợp với Bộ Ngoại giao chuẩn bị nội dung tham dự phiên họp thứ ba của Ủy ban Trù bị tại Niu Oóc vào tháng 4 – 5/2025.",
        ),
        (
            "list_item",
            "2. Đón đoàn IAEA sang đánh giá hạ tầng an toàn bức xạ trong sáu tháng cuối năm 2025.",
        ),
        (
            "list_item",
            "3. Đề nghị KINS tiếp tục đào tạo cho 10 cán bộ thanh tra của Cục.",
        ),
    ],
}

VQC_REVCON = {
    "id": "vqc",
    "shape": "news",
    "date": "2022-08-27",
    "stamp": "Thứ Bảy, 27/08/2022 - 10:30",
    "blocks": [
        ("title", "Hội nghị Kiểm điểm NPT lần thứ 10 bế mạc mà không có văn kiện chung"),
        (
            "paragraph",
            "Niu Oóc (TTXVN) – Tối 26/8 (giờ địa phương), Hội nghị Kiểm điểm lần thứ 10 Hiệp ước Không phổ biến vũ khí hạt nhân (NPT) bế mạc tại trụ sở Liên hợp quốc sau gần bốn tuần làm việc, nhưng không thông qua được văn kiện cuối cùng do Nga phản đối bản dự thảo.",
        ),
        ("heading", "Bất đồng về Zaporizhzhia", 1),
        (
            "paragraph",
            "Theo Chủ tịch Hội nghị, Đại sứ Áchentina Gustavo Zlauvinen, phái đoàn Nga không chấp nhận các đoạn liên quan đến Nhà máy điện hạt nhân Zaporizhzhia ở đông nam Ucraina, cơ sở hạt nhân lớn nhất châu Âu, do quân đội Nga kiểm soát từ đầu tháng 3. Đại diện Mỹ và nhiều nước phương Tây đã lên tiếng chỉ trích Nga. Như vậy, đây là lần thứ hai liên tiếp, sau kỳ họp năm 2015, các nước thành viên không đạt được đồng thuận.",
        ),
        ("heading", "Lời cảnh báo của Tổng Thư ký", 1),
        (
            "paragraph",
            "Phát biểu khai mạc hôm 1/8, Tổng Thư ký Liên hợp quốc António Guterres cảnh báo nhân loại hiện “chỉ cách sự hủy diệt hạt nhân một sự hiểu lầm, một tính toán sai lầm”. Hội nghị lẽ ra được tổ chức năm 2020 nhưng đã nhiều lần bị hoãn vì đại dịch COVID-19.",
        ),
        ("heading", "Lập trường của Việt Nam", 1),
        (
            "paragraph",
            "Tại phiên thảo luận chung, đại diện Việt Nam khẳng định ta luôn ủng hộ mục tiêu giải trừ hoàn toàn vũ khí hạt nhân, kêu gọi các nước có vũ khí hạt nhân thực hiện nghiêm cam kết theo Điều VI của Hiệp ước. Hội nghị Kiểm điểm lần thứ 11 sẽ được tổ chức vào năm 2026.",
        ),
    ],
}

VQD_PLAN = {
    "id": "vqd",
    "shape": "plan",
    "head": [
        f"{'BỘ NGOẠI GIAO':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 06/KH-BNG':<40}Hà Nội, ngày 15 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Tham dự Hội nghị Kiểm điểm lần thứ 11 Hiệp ước",
        "Không phổ biến vũ khí hạt nhân (NPT)",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Tham dự Hội nghị Kiểm điểm lần thứ 11 Hiệp ước Không phổ biến vũ khí hạt nhân (NPT)",
        ),
        (
            "paragraph",
            "Thực hiện chủ trương đẩy mạnh và nâng tầm đối ngoại đa phương, nhằm bảo đảm sự tham gia chủ động, tích cực của Việt Nam tại Hội nghị Kiểm điểm lần thứ 11 Hiệp ước NPT, Bộ Ngoại giao ban hành Kế hoạch như sau:",
        ),
        ("heading", "I. TÌNH HÌNH", 1),
        (
            "paragraph",
            "Hai kỳ Hội nghị Kiểm điểm gần nhất, năm 2015 và năm 2022, đều không thông qua được văn kiện cuối cùng. Năm ngoái, đoàn Việt Nam đã tham dự phiên họp thứ ba của Ủy ban Trù bị tại Niu Oóc và phối hợp chặt chẽ với các nước ASEAN và Phong trào Không liên kết. Đến nay, chưa nước nào trong năm nước có vũ khí hạt nhân ký Nghị định thư của Hiệp ước Băng Cốc.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Cử đoàn liên ngành do một Thứ trưởng Bộ Ngoại giao làm trưởng đoàn tham dự Hội nghị tại Niu Oóc từ cuối tháng 4 đến cuối tháng 5/2026; chuẩn bị bài phát biểu tại phiên thảo luận chung.",
        ),
        (
            "list_item",
            "2. Chủ trì, phối hợp với các nước ASEAN xây dựng tài liệu làm việc chung về Hiệp ước Băng Cốc; tiếp tục vận động năm nước có vũ khí hạt nhân sớm ký Nghị định thư của Hiệp ước.",
        ),
        (
            "list_item",
            "3. Tháng 3 năm nay, tổ chức tham vấn song phương với Nhật Bản và Ôxtrâylia về giải trừ và không phổ biến vũ khí hạt nhân.",
        ),
        (
            "list_item",
            "4. Đề nghị Văn phòng Liên hợp quốc về Giải trừ quân bị (UNODA) hỗ trợ tổ chức một hội thảo khu vực tại Hà Nội trước Hội nghị.",
        ),
        (
            "list_item",
            "5. Không tổ chức sự kiện bên lề riêng của Việt Nam tại Hội nghị lần này.",
        ),
        (
            "paragraph",
            "Vụ Các tổ chức quốc tế là đầu mối, chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch này.",
        ),
    ],
}

VQE_NPT = {
    "id": "vqe",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp ước Không phổ biến vũ khí hạt nhân"),
        (
            "paragraph",
            "Hiệp ước Không phổ biến vũ khí hạt nhân (NPT) là điều ước quốc tế nhằm ngăn chặn sự lan rộng của vũ khí hạt nhân, thúc đẩy giải trừ hạt nhân và hợp tác sử dụng năng lượng nguyên tử vì mục đích hòa bình. Hiệp ước được mở ký ngày 1/7/1968 tại Luân Đôn, Mát-xcơ-va và Oa-sinh-tơn và có hiệu lực từ ngày 5/3/1970. Anh, Liên Xô (nay là Nga) và Hoa Kỳ là các quốc gia lưu chiểu.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "Hiệp ước chỉ thừa nhận năm quốc gia có vũ khí hạt nhân là Hoa Kỳ, Nga, Anh, Pháp và Trung Quốc; trong đó Pháp và Trung Quốc đến năm 1992 mới gia nhập. Nam Phi tham gia năm 1991 sau khi tự nguyện hủy bỏ kho vũ khí hạt nhân của mình. Ấn Độ, Pa-ki-xtan và I-xra-en chưa bao giờ tham gia Hiệp ước, còn Triều Tiên tuyên bố rút khỏi NPT ngày 10/1/2003. Hiện NPT có 191 quốc gia thành viên.",
        ),
        ("heading", "Hội nghị Kiểm điểm", 1),
        (
            "paragraph",
            "Theo Điều VIII, cứ 5 năm các nước thành viên lại họp Hội nghị Kiểm điểm để đánh giá việc thực hiện Hiệp ước. Hội nghị năm 1995 quyết định gia hạn NPT vô thời hạn; Hội nghị năm 2000 thông qua “13 bước thiết thực” tiến tới giải trừ hạt nhân.",
        ),
        ("heading", "Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam gia nhập NPT ngày 14/6/1982. Ta cũng đã ký Hiệp ước Băng Cốc năm 1995 về Khu vực Đông Nam Á không có vũ khí hạt nhân và phê chuẩn Hiệp ước Cấm vũ khí hạt nhân năm 2018.",
        ),
    ],
}

DOCS = [VQA_NPT, VQB_CUC, VQC_REVCON, VQD_PLAN, VQE_NPT]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page, front matter by
    heldout_kit.front_matter_lines (title at 48 columns, labels at 72), body at 72 columns with a blank
    line after headings; after ``break_after`` body lines (mid-sentence) the page number flush left, a
    form feed and the running header; the last page ends with its number."""
    head = doc["header"]
    out, last = paged_body(doc, 48, 72, 72, lambda page: ["", str(page), "\f" + head, ""])
    pages = range(doc["first_page"], last + 1)
    return "\n".join([head, "", *out, str(last)]) + "\n", [head, *(str(n) for n in pages)]


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 74 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 74, ["CỤC TRƯỞNG", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <title>, <meta property="article:published_time">, a nav menu, <article>, <h1>, a date
    line, the lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list,
    footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [
        f'<h3 class="subtitle">{b[1]}</h3>' if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]
    ]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} | Thế giới</title>\n"
        f'<meta property="article:published_time" content="{doc["date"]}T10:30:00+07:00">\n'
        "</head>\n<body>\n"
        '<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/the-gioi">Thế giới</a></li>'
        '<li><a href="/the-gioi/lien-hop-quoc">Liên hợp quốc</a></li></ul></nav>\n'
        f'<article class="detail">\n<h1>{title}</h1>\n<div class="date">{doc["stamp"]}</div>\n'
        f'<p class="sapo"><b>{lead}</b></p>\n' + "\n".join(body) + "\n"
        '<ul class="tags"><li><a href="/tag/npt">NPT</a></li><li><a href="/tag/giai-tru-vu-khi-hat-nhan">'
        "Giải trừ vũ khí hạt nhân</a></li></ul>\n"
        "</article>\n<footer>© Thông tấn xã Việt Nam. Ghi rõ nguồn khi phát hành lại.</footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    tail = [
        f"{'Nơi nhận:':<48}KT. BỘ TRƯỞNG",
        f"{'- Bộ Quốc phòng;':<48}THỨ TRƯỞNG",
        f"{'- Bộ Khoa học và Công nghệ;':<51}(đã ký)",
        "- Lưu: VT, TCQT.",
    ]
    return official_text(doc, 76, tail)


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "news": render_news,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="vq",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
