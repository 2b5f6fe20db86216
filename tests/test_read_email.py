"""Saved e-mails (.eml): the decoded body read as the document's text, the Subject its title, the Date header its
date; a forwarded message's header lines and the client's "… đã viết:" line left out, quoted lines kept without
their "> " marks. Every message here is built in the test with the standard ``email`` package."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP

import pytest

from doingoai.errors import Code, DoingoaiError
from doingoai.model import EventKind
from doingoai.pipeline import extract_file
from doingoai.read import read_bytes, read_file

BODY = """Kính gửi anh Nam,

Em gửi anh bản tin của Vụ Đông Nam Á để anh tham khảo.

Trân trọng,

---------- Forwarded message ---------
Từ: Vụ Đông Nam Á <dna@example.vn>
Date: Th 5, 4 thg 4, 2024 lúc 10:00
Subject: Bản tin tuần
To: Phạm Thu Lan <lan@example.vn>

BẢN TIN

Ngày 12/7/1995, Việt Nam và Hoa Kỳ thiết lập quan hệ ngoại giao.

Vào Th 4, 3 thg 4, 2024 lúc 09:12 Trần Văn B <b@example.vn> đã viết:
> Chị Lan thân mến,
>
> Ngày 28/7/1995, Việt Nam gia nhập Hiệp hội các quốc gia
> Đông Nam Á (ASEAN).

--\u0020
Phạm Thu Lan
Chuyên viên
"""


def _message(body: str, *, subtype: str = "plain", cte: str = "quoted-printable") -> EmailMessage:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = "Phạm Thu Lan <lan@example.vn>"
    msg["To"] = "Nguyễn Văn Nam <nam@example.vn>"
    msg["Date"] = "Fri, 05 Apr 2024 08:30:00 +0700"
    msg["Subject"] = "Fwd: Bản tin tuần"
    msg["Message-ID"] = "<test-1@example.vn>"
    msg.set_content(body, subtype=subtype, charset="utf-8", cte=cte)
    return msg


def _write(tmp_path, msg: EmailMessage, name: str = "thu.eml"):
    path = tmp_path / name
    path.write_bytes(bytes(msg))
    return path


def test_the_decoded_body_is_the_text(tmp_path):
    path = _write(tmp_path, _message(BODY))
    assert b"=C3" in path.read_bytes()  # (quoted-printable on disk)
    doc = read_file(path)
    assert doc.format == "eml"
    assert doc.raw.startswith("Fwd: Bản tin tuần\n\nKính gửi anh Nam,")
    assert doc.meta["title"] == "Fwd: Bản tin tuần"
    assert doc.meta["date"] == "2024-04-05"
    assert doc.meta["mail"]["from"] == ["Phạm Thu Lan <lan@example.vn>"]
    assert "Ngày 12/7/1995, Việt Nam và Hoa Kỳ thiết lập quan hệ ngoại giao." in doc.raw
    # the quotation kept without its marks; the client's lines left out
    assert "Ngày 28/7/1995, Việt Nam gia nhập Hiệp hội các quốc gia\nĐông Nam Á (ASEAN)." in doc.raw
    assert ">" not in doc.raw
    for gone in ("Forwarded message", "Subject: Bản tin tuần", "đã viết:", "\n-- \n"):
        assert gone not in doc.raw
    assert "Từ: Vụ Đông Nam Á <dna@example.vn>" in doc.meta["mail"]["dropped"]


def test_base64_and_html_bodies(tmp_path):
    doc = read_file(_write(tmp_path, _message(BODY, cte="base64"), "b64.eml"))
    assert "thiết lập quan hệ ngoại giao" in doc.raw
    html = "<html><body><p>Ngày 12/7/1995, Việt Nam và Hoa Kỳ thiết lập quan hệ ngoại giao.</p></body></html>"
    doc = read_file(_write(tmp_path, _message(html, subtype="html"), "html.eml"))
    assert "<p>" not in doc.raw and "Việt Nam và Hoa Kỳ thiết lập quan hệ ngoại giao" in doc.raw


def test_attachments_are_left_out(tmp_path):
    msg = _message("Ngày 12/7/1995, Việt Nam và Hoa Kỳ thiết lập quan hệ ngoại giao.\n")
    msg.add_attachment(b"\x89PNG\r\n\x1a\nnot text", maintype="image", subtype="png", filename="anh.png")
    doc = read_file(_write(tmp_path, msg, "dinh-kem.eml"))
    assert "PNG" not in doc.raw and "thiết lập quan hệ ngoại giao" in doc.raw


def test_events_are_read_from_the_body(tmp_path):
    doc = extract_file(_write(tmp_path, _message(BODY)))
    got = {(e.kind, tuple(sorted(e.actors + e.recipients)), e.date) for e in doc.events}
    assert (EventKind.RELATIONS_ESTABLISH, ("USA", "VNM"), "1995-07-12") in got
    assert (EventKind.MEMBERSHIP_JOIN, ("ASEAN", "VNM"), "1995-07-28") in got  # (read from the quotation)


@pytest.mark.parametrize(
    "data", [b"Day khong phai la thu.\nChi la van ban.\n", b"Subject: x\n\n"], ids=["no headers", "no body"]
)
def test_what_is_no_mail_gives_a_coded_error(data):
    with pytest.raises(DoingoaiError) as err:
        read_bytes(data, "hong.eml", "eml")
    assert err.value.code in (Code.E105_UNDECODABLE, Code.E102_EMPTY)
    assert "\n" not in str(err.value)


def test_a_message_saved_as_txt_is_read_as_mail(tmp_path):
    doc = read_file(_write(tmp_path, _message(BODY), "thu.txt"))
    assert doc.format == "eml" and doc.meta["sniffed"] == "eml" and doc.meta["date"] == "2024-04-05"
    plain = tmp_path / "ghi-chu.txt"
    plain.write_text("From: ghi chép\nNgày 12/7/1995, Việt Nam và Hoa Kỳ thiết lập quan hệ ngoại giao.\n")
    assert read_file(plain).format == "txt"  # (header lines alone do not make a message)
