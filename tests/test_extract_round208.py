"""Round 208 (session 23): document structure of the new shapes — a chain of diplomatic notes typed as a
wrapped, indented text (the formula broken over two lines, "Kính gửi:" under the "[dấu]" note), a letter's long
salutation over a blank line, an e-mail's quoted paragraphs and signed name, a Markdown table cell's escaped
"\\|".

Every text here was written for these tests."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP

from doingoai.model import BlockType
from doingoai.pipeline import extract_file, extract_text, parse_file, parse_text
from doingoai.read.markdown import read_markdown

WRAPPED_NOTES = """Số: 0231/BNG-ĐNA

        Bộ Ngoại giao nước Cộng hòa xã hội chủ nghĩa Việt Nam gửi lời chào
trân trọng tới Đại sứ quán Vương quốc Thái Lan tại Hà Nội và có vinh dự thông
báo như sau:

        Ngày 14/3/2022, tại Băng Cốc, hai nước đã ký Bản ghi nhớ về hợp tác
lao động.

        Bộ Ngoại giao nước Cộng hòa xã hội chủ nghĩa Việt Nam nhân dịp này xin
gửi tới Đại sứ quán Vương quốc Thái Lan lời chào trân trọng nhất./.

                                  Hà Nội, ngày 4 tháng 4 năm 2022
                                              [dấu]

Kính gửi: Đại sứ quán Vương quốc Thái Lan tại Hà Nội

------------------------------------------------------------

Số: 88/2022

        Đại sứ quán Vương quốc Thái Lan tại Hà Nội gửi lời chào trân trọng
tới Bộ Ngoại giao nước Cộng hòa xã hội chủ nghĩa Việt Nam và có vinh dự thông
báo như sau:

        Phía Thái Lan nhất trí với đề nghị nêu trên của Quý Bộ.

        Đại sứ quán Vương quốc Thái Lan nhân dịp này xin gửi tới Bộ Ngoại giao
lời chào trân trọng nhất./.

                                  Hà Nội, ngày 11 tháng 4 năm 2022
                                              [dấu]

Kính gửi: Bộ Ngoại giao nước Cộng hòa xã hội chủ nghĩa Việt Nam
"""


def _blocks(doc) -> list[tuple[str, str]]:
    return [(b.type.value, doc.block_text(b)) for b in doc.blocks]


def test_wrapped_note_chain_is_read_as_notes():
    doc = parse_text(WRAPPED_NOTES)
    blocks = _blocks(doc)
    assert doc.title == "Số: 0231/BNG-ĐNA"
    assert ("heading", "Số: 88/2022") in blocks
    for line in (
        "Hà Nội, ngày 4 tháng 4 năm 2022",
        "Kính gửi: Đại sứ quán Vương quốc Thái Lan tại Hà Nội",
        "Hà Nội, ngày 11 tháng 4 năm 2022",
        "Kính gửi: Bộ Ngoại giao nước Cộng hòa xã hội chủ nghĩa Việt Nam",
    ):
        assert ("paragraph", line) in blocks  # (the place–date line and the addressee: never one block)
    assert "[dấu]" in doc.meta["removed_lines"]


def test_wrapped_note_chain_events():
    doc = extract_text(WRAPPED_NOTES)
    got = {(e.kind.value, frozenset(e.actors + e.recipients), e.date) for e in doc.events}
    assert ("agreement.sign", frozenset(("VNM", "THA")), "2022-03-14") in got


def test_a_stamp_note_is_no_page_break():
    # a single letter: the "[dấu]" line left out, the blank line under it still parts the addressee
    text = (
        "Thư mời\n\nBộ Ngoại giao trân trọng kính mời Quý Đại sứ quán dự buổi chiêu đãi ngày 2/9/2021.\n\n"
        "                                  Hà Nội, ngày 20 tháng 8 năm 2021\n"
        "                                              [ký, đóng dấu]\n\n"
        "Kính gửi: Đại sứ quán Ca-na-đa tại Hà Nội\n"
    )
    blocks = _blocks(parse_text(text))
    assert ("paragraph", "Kính gửi: Đại sứ quán Ca-na-đa tại Hà Nội") in blocks
    assert not any("năm 2021 Kính gửi" in t for _, t in blocks)


LETTER = """Góp ý dự thảo

Kính gửi anh Long và các đồng chí trong Phòng Hợp tác đa phương của Vụ,

Em xin gửi lại dự thảo đề cương đã bổ sung theo góp ý của anh.

Trân trọng,
"""


def test_a_long_salutation_over_a_blank_line_stands_alone():
    blocks = _blocks(parse_text(LETTER))
    assert ("paragraph", "Kính gửi anh Long và các đồng chí trong Phòng Hợp tác đa phương của Vụ,") in blocks
    assert ("paragraph", "Em xin gửi lại dự thảo đề cương đã bổ sung theo góp ý của anh.") in blocks


def test_a_sentence_opening_with_thua_is_still_joined():
    text = "Tiêu đề\n\nThưa các vị đại biểu, Việt Nam đã gia nhập ASEAN\nngày 28/7/1995.\n\nHết.\n"
    blocks = _blocks(parse_text(text))
    assert ("paragraph", "Thưa các vị đại biểu, Việt Nam đã gia nhập ASEAN ngày 28/7/1995.") in blocks


MAIL_BODY = """Kính gửi chị Hạnh,

Em gửi chị bản tin về quan hệ Việt Nam – Ô-xtrây-li-a.

Trân trọng,
--\u0020
Lê Văn Khoa
Chuyên viên, Vụ Đông Nam Á – Nam Á – Nam Thái Bình Dương
ĐT: 024 0000 0000

BẢN TIN

Ngày 26/2/1973, Việt Nam và Ô-xtrây-li-a thiết lập quan hệ ngoại giao.

Vào Th 3, 5 thg 3, 2024 lúc 08:10 Đỗ Thị Hạnh <hanh@example.vn> đã viết:
> Anh Khoa thân mến,
>
> Nhờ anh gửi bản tin trước thứ Năm.
>
> Hạnh
"""


def _mail(tmp_path, body: str):
    msg = EmailMessage(policy=SMTP)
    msg["From"] = "Lê Văn Khoa <khoa@example.vn>"
    msg["To"] = "Đỗ Thị Hạnh <hanh@example.vn>"
    msg["Date"] = "Tue, 05 Mar 2024 10:30:00 +0700"
    msg["Subject"] = "Bản tin Việt Nam – Ô-xtrây-li-a"
    msg.set_content(body, cte="quoted-printable")
    path = tmp_path / "thu.eml"
    path.write_bytes(msg.as_bytes())
    return path


def test_mail_signature_name_is_the_author_and_quoted_lines_paragraphs(tmp_path):
    doc = parse_file(_mail(tmp_path, MAIL_BODY))
    blocks = _blocks(doc)
    assert ("paragraph", "Trân trọng,") in blocks
    assert ("author", "Lê Văn Khoa") in blocks
    assert ("paragraph", "Hạnh") in blocks  # the earlier writer's name under the quotation: no heading
    assert ("paragraph", "Nhờ anh gửi bản tin trước thứ Năm.") in blocks
    assert not any(t == "Hạnh" for k, t in blocks if k == "heading")


def test_mail_events_unchanged(tmp_path):
    doc = extract_file(_mail(tmp_path, MAIL_BODY))
    got = {(e.kind.value, frozenset(e.actors + e.recipients), e.date) for e in doc.events}
    assert ("relations.establish", frozenset(("VNM", "AUS")), "1973-02-26") in got
    assert all(doc.block_text(b) != "Lê Văn Khoa" for b in doc.blocks if b.type is not BlockType.AUTHOR)


def test_a_closing_formula_under_the_rule_is_no_author(tmp_path):
    body = "Kính gửi anh Nam,\n\nEm gửi anh bản tin.\n\n--\u0020\nTrân trọng,\nPhạm Minh Tú\n"
    doc = parse_file(_mail(tmp_path, body))
    assert not any(b.type is BlockType.AUTHOR for b in doc.blocks)


def test_markdown_escaped_bar_stays_in_its_cell():
    text, meta = read_markdown(
        "# Mốc\n\n| Năm | Sự kiện |\n|---|---|\n| 2019 | Ký EVFTA \\| EVIPA (30/6) |\n"
    )
    assert "2019 | Ký EVFTA | EVIPA (30/6)" in text.splitlines()
    assert "\\" not in text
