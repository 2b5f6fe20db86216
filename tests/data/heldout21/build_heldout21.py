"""Build the twenty-first held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout21/build_heldout21.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout18, on topics those sets do not use (50 years of Vietnam - Iran
relations, Vietnam and the enlargement of ASEAN 1992-1999, the Foreign Ministry's press conference of
8/4/2021, the Vietnam - Thailand comprehensive strategic partnership of 16/5/2025, the Geneva Conference
of 1954). Nothing in src/ was changed for them. The shapes: an ambassador's speech saved from Word as
text (CRLF, an empty line after every line, 72-column wrap, numbered points); a thesis chapter from a
PDF with superscript footnote marks glued to words, footnotes at each page's foot, alternating running
headers and page numbers; a press-conference page in HTML (named reporters' questions, answers); a
joint statement as text (centred title, numbered points, "Làm tại …" closing, two signature columns);
a textbook lesson with "Câu hỏi ôn tập". Facts are well-established dates; the speaker, the thesis's
author and cited works, page numbers, the reporters, the site and all quoted words are invented.
Events, citations and questions gold are written by hand; ``--check`` verifies that every gold
evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import build_and_check, wrap  # noqa: E402

RA_SPEECH = {
    "id": "ra",
    "shape": "speech",
    "speaker": "PHÁT BIỂU CỦA ĐẠI SỨ VIỆT NAM TẠI I-RAN ĐỖ MINH KHANG",
    "place": "Tê-hê-ran, ngày 4 tháng 8 năm 2023",
    "blocks": [
        ("title", "Tại Lễ kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam – I-ran"),
        ("paragraph", "Kính thưa Ngài Thứ trưởng Bộ Ngoại giao I-ran,"),
        ("paragraph", "Thưa các quý vị và các bạn,"),
        (
            "paragraph",
            "Đúng năm mươi năm trước, ngày 4/8/1973, Việt Nam Dân chủ Cộng hòa và I-ran chính thức thiết lập quan hệ ngoại giao. Nhân dịp này, cho phép tôi nêu ba điểm.",
        ),
        (
            "list_item",
            "1. Quan hệ chính trị giữa hai nước luôn tin cậy. Việt Nam và I-ran đều là thành viên Phong trào Không liên kết; năm 2012, Tê-hê-ran đăng cai Hội nghị Cấp cao lần thứ 16 của Phong trào và nước chủ nhà giữ cương vị Chủ tịch Phong trào đến năm 2016.",
        ),
        (
            "list_item",
            "2. Hợp tác kinh tế còn khiêm tốn. I-ran cùng I-rắc, Cô-oét, A-rập Xê-út và Vê-nê-xu-ê-la sáng lập Tổ chức các nước xuất khẩu dầu mỏ (OPEC) năm 1960, nhưng nước này hiện chưa là thành viên Tổ chức Thương mại Thế giới (WTO). Kim ngạch thương mại hai chiều chưa tương xứng với tiềm năng.",
        ),
        (
            "list_item",
            "3. Chúng tôi chúc mừng phía bạn: tháng trước, I-ran chính thức trở thành thành viên đầy đủ của Tổ chức Hợp tác Thượng Hải (SCO). Hai bên sẽ tiếp tục phối hợp chặt chẽ tại Liên Hợp Quốc và các diễn đàn đa phương.",
        ),
        (
            "paragraph",
            "Năm nay, hai nước dự kiến tổ chức kỳ họp tiếp theo của Ủy ban hỗn hợp liên Chính phủ tại Hà Nội. “Một nửa thế kỷ là nền móng, không phải là đích đến”, như một người bạn I-ran từng nói với tôi.",
        ),
        ("paragraph", "Xin trân trọng cảm ơn sự quan tâm của Quý vị."),
    ],
}

RB_THESIS = {
    "id": "rb",
    "shape": "journal",
    "headers": ["Luận án tiến sĩ Quan hệ quốc tế", "Chương 2. Việt Nam và quá trình mở rộng ASEAN"],
    "first_page": 71,
    "break_after": 13,
    "notes": [
        [
            "¹ Xem: Nguyễn Văn Bình (2001), Việt Nam và ASEAN: mười năm nhìn lại, Nxb. Chính trị quốc gia, Hà Nội, tr. 34.",
            "² Về các gói cứu trợ, xem thêm Hoàng Thị Mai (2004), tr. 58-60.",
        ],
        ["³ Tác giả phỏng vấn một thành viên đoàn Việt Nam dự Hội nghị, tháng 3/2015."],
    ],
    "blocks": [
        ("title", "CHƯƠNG 2. VIỆT NAM VÀ QUÁ TRÌNH MỞ RỘNG ASEAN (1992 – 1999)"),
        ("heading", "2.1. Từ quan sát viên đến thành viên", 2),
        (
            "paragraph",
            "Tháng 7/1992, tại Ma-ni-la, Việt Nam tham gia Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á (TAC) và trở thành quan sát viên của ASEAN¹. Ba năm sau, ngày 28/7/1995, Việt Nam được kết nạp làm thành viên thứ bảy của Hiệp hội. Cùng với việc gia nhập, nước ta tham gia Khu vực Mậu dịch tự do ASEAN (AFTA) theo Hiệp định CEPT (1992).",
        ),
        ("heading", "2.2. Hội nghị Cấp cao Hà Nội và ASEAN-10", 2),
        (
            "paragraph",
            "Cuộc khủng hoảng tài chính năm 1997 bắt đầu từ Thái Lan rồi lan ra nhiều nền kinh tế trong khu vực; Quỹ Tiền tệ Quốc tế (IMF) đã cung cấp các gói cứu trợ cho Thái Lan, In-đô-nê-xi-a và Hàn Quốc². Cũng trong năm 1997, Lào và Mi-an-ma gia nhập ASEAN, còn việc kết nạp Campuchia bị hoãn lại.",
        ),
        (
            "paragraph",
            "Từ ngày 15 đến 16/12/1998, Việt Nam lần đầu đăng cai Hội nghị Cấp cao ASEAN lần thứ 6 tại Hà Nội. Hội nghị thông qua Chương trình Hành động Hà Nội nhằm thực hiện Tầm nhìn ASEAN 2020 và nhất trí kết nạp Campuchia³. Ngày 30/4/1999, tại Hà Nội, Campuchia chính thức trở thành thành viên thứ mười của Hiệp hội, hiện thực hóa “giấc mơ về một Đông Nam Á thống nhất trong đa dạng” (Phạm Thu Trang, 2009, tr. 76).",
        ),
        (
            "footnote",
            "Xem: Nguyễn Văn Bình (2001), Việt Nam và ASEAN: mười năm nhìn lại, Nxb. Chính trị quốc gia, Hà Nội, tr. 34.",
        ),
        ("footnote", "Về các gói cứu trợ, xem thêm Hoàng Thị Mai (2004), tr. 58-60."),
        ("footnote", "Tác giả phỏng vấn một thành viên đoàn Việt Nam dự Hội nghị, tháng 3/2015."),
    ],
}

RC_PRESS = {
    "id": "rc",
    "shape": "press",
    "stamp": "08/04/2021 17:30",
    "blocks": [
        ("title", "Họp báo thường kỳ của Bộ Ngoại giao ngày 8/4/2021"),
        (
            "paragraph",
            "Chiều 8/4, tại Hà Nội, Người Phát ngôn Bộ Ngoại giao chủ trì họp báo thường kỳ.",
        ),
        (
            "paragraph",
            "Phóng viên Trần Minh Đức (Thông tấn xã Việt Nam): Trong tháng này, Việt Nam đảm nhiệm cương vị Chủ tịch Hội đồng Bảo an Liên Hợp Quốc. Xin cho biết những ưu tiên của Việt Nam?",
        ),
        (
            "paragraph",
            "Trả lời: Đây là lần thứ hai Việt Nam giữ cương vị này trong nhiệm kỳ 2020 – 2021, sau lần đầu vào tháng 1 năm ngoái. Tháng 6/2019, Việt Nam được bầu vào Hội đồng với 192 trên tổng số 193 phiếu. Trong tháng 4, Việt Nam sẽ chủ trì một số phiên thảo luận mở, trong đó có phiên về hợp tác giữa Liên Hợp Quốc và các tổ chức khu vực.",
        ),
        (
            "paragraph",
            "Phóng viên Lê Thu Hà (Báo Thế giới và Việt Nam): Việt Nam đã nhận được vắc-xin phòng Covid-19 từ Cơ chế COVAX chưa?",
        ),
        (
            "paragraph",
            "Trả lời: Đầu tháng này, lô vắc-xin AstraZeneca đầu tiên do Cơ chế COVAX hỗ trợ đã về tới Việt Nam. Chúng tôi cảm ơn Tổ chức Y tế Thế giới (WHO), Quỹ Nhi đồng Liên Hợp Quốc (UNICEF) và Liên minh Vắc-xin và Tiêm chủng toàn cầu (Gavi) đã phối hợp chặt chẽ với các cơ quan chức năng của ta.",
        ),
        (
            "paragraph",
            "Phóng viên Ka-zu-ki Ta-na-ka (Báo Nikkei): Hiệp định RCEP được 15 nước ký kết tháng 11 năm ngoái. Khi nào Việt Nam phê chuẩn?",
        ),
        (
            "paragraph",
            "Trả lời: Hiệp định RCEP chưa có hiệu lực. Các cơ quan chức năng của Việt Nam đang khẩn trương hoàn tất thủ tục trong nước và sẽ sớm phê chuẩn Hiệp định.",
        ),
    ],
}

RD_JOINT = {
    "id": "rd",
    "shape": "joint",
    "title_lines": [
        "TUYÊN BỐ CHUNG",
        "về việc nâng cấp quan hệ Việt Nam – Thái Lan",
        "lên Đối tác chiến lược toàn diện",
    ],
    "closing": "Làm tại Hà Nội, ngày 16 tháng 5 năm 2025, bằng tiếng Việt, tiếng Thái và tiếng Anh.",
    "signatures": [
        ("THỦ TƯỚNG CHÍNH PHỦ", "THỦ TƯỚNG"),
        ("NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "VƯƠNG QUỐC THÁI LAN"),
    ],
    "blocks": [
        (
            "title",
            "TUYÊN BỐ CHUNG về việc nâng cấp quan hệ Việt Nam – Thái Lan lên Đối tác chiến lược toàn diện",
        ),
        (
            "paragraph",
            "Nhận lời mời của Thủ tướng Phạm Minh Chính, Thủ tướng Vương quốc Thái Lan Paetongtarn Shinawatra thăm chính thức Việt Nam từ ngày 15 đến 16/5/2025. Hai Thủ tướng đã hội đàm tại Hà Nội và nhất trí ra Tuyên bố chung như sau:",
        ),
        (
            "list_item",
            "1. Hai bên nhắc lại rằng Việt Nam và Thái Lan thiết lập quan hệ ngoại giao ngày 6/8/1976 và xác lập quan hệ Đối tác chiến lược năm 2013. Hai Thủ tướng quyết định nâng quan hệ hai nước lên Đối tác chiến lược toàn diện.",
        ),
        (
            "list_item",
            "2. Hai bên duy trì trao đổi đoàn cấp cao thường xuyên. Thủ tướng Paetongtarn Shinawatra trân trọng mời Thủ tướng nước chủ nhà sớm thăm chính thức Thái Lan.",
        ),
        (
            "list_item",
            "3. Hai bên hoan nghênh việc Hiệp định Đối tác Kinh tế Toàn diện Khu vực (RCEP), đã được hai nước phê chuẩn, có hiệu lực từ ngày 1/1/2022, và phấn đấu nâng kim ngạch thương mại song phương một cách cân bằng, bền vững.",
        ),
        (
            "list_item",
            "4. Hai bên sẽ tăng cường phối hợp trong khuôn khổ ASEAN, Ủy hội sông Mê Công quốc tế và Hợp tác Mê Công – Lan Thương, cũng như tại Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương (APEC). Phía Việt Nam chúc mừng Thái Lan đã tổ chức thành công Năm APEC 2022.",
        ),
        (
            "list_item",
            "5. Hai bên không cho phép bất kỳ cá nhân, tổ chức nào sử dụng lãnh thổ nước mình để chống phá nước kia.",
        ),
        (
            "list_item",
            "6. Hai bên nhất trí phối hợp tổ chức các hoạt động kỷ niệm 50 năm quan hệ ngoại giao vào năm tới.",
        ),
    ],
}

RE_TEXTBOOK = {
    "id": "re",
    "shape": "textbook",
    "blocks": [
        ("title", "Bài 17. HỘI NGHỊ GIƠ-NE-VƠ NĂM 1954 VỀ ĐÔNG DƯƠNG"),
        ("heading", "1. Hội nghị khai mạc", 1),
        (
            "paragraph",
            "Ngày 8/5/1954, một ngày sau chiến thắng Điện Biên Phủ, Hội nghị Giơ-ne-vơ bắt đầu thảo luận về việc lập lại hòa bình ở Đông Dương. Tham dự có Liên Xô, Anh, Pháp, Mỹ, Trung Quốc, Việt Nam Dân chủ Cộng hòa, Quốc gia Việt Nam, Vương quốc Lào và Vương quốc Campuchia; Anh và Liên Xô là hai đồng chủ tịch. Phái đoàn ta do Phó Thủ tướng Phạm Văn Đồng dẫn đầu.",
        ),
        ("heading", "2. Hiệp định và việc thi hành", 1),
        (
            "paragraph",
            "Ngày 21/7/1954, đại diện Việt Nam Dân chủ Cộng hòa và Pháp ký Hiệp định đình chỉ chiến sự ở Việt Nam. Vĩ tuyến 17 được lấy làm giới tuyến quân sự tạm thời; việc thi hành Hiệp định do một Ủy ban Quốc tế gồm Ấn Độ, Ba Lan và Ca-na-đa giám sát. Mỹ không tham gia Bản tuyên bố cuối cùng của Hội nghị.",
        ),
        (
            "paragraph",
            "Ngày 16/5/1955, toán lính Pháp cuối cùng rút khỏi đảo Cát Bà, miền Bắc hoàn toàn giải phóng. Tuy nhiên, cuộc tổng tuyển cử thống nhất đất nước dự kiến vào tháng 7/1956 đã không diễn ra. Trong những năm sau đó, Liên Xô, Trung Quốc và các nước xã hội chủ nghĩa khác viện trợ cho miền Bắc khôi phục kinh tế.",
        ),
        ("heading", "Câu hỏi ôn tập", 1),
        ("list_item", "1. Hội nghị Giơ-ne-vơ bàn về vấn đề Đông Dương trong hoàn cảnh nào?"),
        ("list_item", "2. Nêu nội dung cơ bản của Hiệp định Giơ-ne-vơ năm 1954."),
        ("list_item", "3. Vì sao cuộc tổng tuyển cử năm 1956 không được tiến hành?"),
    ],
}

DOCS = [RA_SPEECH, RB_THESIS, RC_PRESS, RD_JOINT, RE_TEXTBOOK]


def render_speech(doc: dict) -> str:
    """A speech saved from Word as plain text on Windows: CRLF line ends, every line followed by an
    empty line, 72-column wrap; the speaker line, the occasion (title), the place-date line, then
    salutations, paragraphs and numbered points."""
    out = [doc["speaker"], doc["blocks"][0][1], doc["place"]]
    for b in doc["blocks"][1:]:
        out += wrap(b[1], 72)
    return "".join(ln + "\r\n\r\n" for ln in out)


def render_thesis(doc: dict) -> tuple[str, list[str]]:
    """A thesis chapter from a PDF: the running header alternates (thesis on even pages, chapter on odd
    ones; the first page has none), the chapter title in capitals, "2.1." headings with no blank line
    after them, 64-column body lines with superscript footnote marks glued to words; at each page's
    foot a "____" rule, that page's footnotes and the page number at the right margin; the page break
    falls inside a sentence after ``break_after`` body lines."""
    page = doc["first_page"]
    rule = "_" * 16
    out: list[str] = []
    removed: list[str] = [rule]
    body = 0

    def foot(notes: list[str], n: int) -> list[str]:
        lines = ["", rule]
        for note in notes:
            lines += wrap(note, 64)
        return [*lines, f"{n:>64}"]

    for b in doc["blocks"]:
        kind, text = b[0], b[1]
        if kind == "footnote":
            continue
        if kind == "title":
            out += wrap(text, 48) + [""]
        elif kind == "heading":
            out.append(text)
        else:
            lines = wrap(text, 64)
            for i, ln in enumerate(lines):
                out.append(ln)
                body += 1
                if body == doc["break_after"]:
                    if not 0 < i < len(lines) - 1 or ln.endswith("."):
                        raise ValueError("the page break must fall inside a sentence")
                    out += foot(doc["notes"][0], page)
                    removed.append(str(page))
                    page += 1
                    out += ["\f" + doc["headers"][page % 2], ""]
                    removed.append(doc["headers"][page % 2])
            out.append("")
    out += foot(doc["notes"][1], page)[1:]
    removed.append(str(page))
    return "\n".join(out) + "\n", removed


def render_press(doc: dict) -> str:
    """A ministry press-conference page: a breadcrumb, <h1>, the stamp in a <div class="date">,
    the lead in <p class="lead">, then each question and answer a <p class="question|answer"> starting with its label, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    paras = []
    for b in blocks[2:]:
        label, rest = b[1].split(": ", 1)
        cls = "answer" if label == "Trả lời" else "question"
        paras.append(f'<p class="{cls}">{label}: {rest}</p>')
    body = "\n".join(paras)
    return (
        '<html>\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n</head>\n<body>\n"
        '<div class="crumb">Trang chủ › Người phát ngôn › Họp báo</div>\n'
        f'<div class="main">\n<h1>{title}</h1>\n<div class="date">{doc["stamp"]}</div>\n'
        f'<p class="lead">{lead}</p>\n{body}\n</div>\n'
        '<div class="footer">© Bộ Ngoại giao</div>\n'
        "</body>\n</html>\n"
    )


def render_joint(doc: dict) -> str:
    """A joint statement as text: the three title lines centred, the preamble and numbered points
    wrapped at 78 columns with a blank line between them, the "Làm tại …" line, then the two
    signature columns side by side."""
    out = [ln.center(78).rstrip() for ln in doc["title_lines"]] + [""]
    for b in doc["blocks"][1:]:
        out += wrap(b[1], 78) + [""]
    out += [doc["closing"], ""]
    for left, right in doc["signatures"]:
        out.append(f"{left:<42}{right}")
    return "\n".join(out) + "\n"


def render_textbook(doc: dict) -> str:
    """A textbook lesson: the title, headings after a blank line, paragraphs wrapped at 70 columns with
    a two-space first-line indent and no blank line after a heading; the review questions one a line."""
    out = [doc["blocks"][0][1]]
    for b in doc["blocks"][1:]:
        if b[0] == "heading":
            out += ["", b[1]]
        elif b[0] == "list_item":
            out.append(b[1])
        else:
            lines = wrap(b[1], 68)
            out += ["  " + lines[0], *lines[1:]]
    return "\n".join(out) + "\n"


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_thesis,
            "press": render_press,
            "joint": render_joint,
            "speech": render_speech,
            "textbook": render_textbook,
        },
        html_shapes=("press",),
        prefix="r",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
