"""Build the three hundred seventh held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout307/build_heldout307.py [--check]

Five short documents on Vietnam with Japan and the Republic of Korea: a journal article on the road from
the TPP to the CPTPP and Japan's part in it, a (fictitious) provincial foreign-affairs department's report
on cooperation with Korea in 2024, an e-mail of the Ministry of Foreign Affairs saved as an .eml file (the
new shape, replacing the news page: a colleague's request quoted with "> ", a briefing on Vietnam – Japan
relations in 2023 forwarded from a department), a (fictitious) provincial plan for cooperation with
Japanese localities in 2025, and an encyclopedia entry on Japan's Technical Intern Training Program.
Facts are well-established; authors, journal, page numbers, document numbers, the report's and plan's
items, every person, address and word of the e-mail are invented (see README.md). Gold is written by hand
from the decoded e-mail body; ``--check`` verifies that every gold evidence, quote and citation occurs in
the documents and every gold block in the rendered file (for the e-mail: in its decoded body, the "> "
quote marks taken off).
"""

from __future__ import annotations

import email
import email.policy
import json
import sys
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import (  # noqa: E402
    _words_in_order,
    check_gold,
    entry_text,
    gold_structure,
    headed_journal,
    ministry_plan,
    norm,
    report_word,
    wrap,
)

PREFIX = "bx"

BXA_JOURNAL = {
    "id": "bxa",
    "shape": "journal",
    "header": "TẠP CHÍ KINH TẾ CHÂU Á – THÁI BÌNH DƯƠNG – Số 11 (2023)",
    "first_page": 102,
    "break_after": 6,
    "blocks": [
        ("title", "TỪ TPP ĐẾN CPTPP: VAI TRÒ CỦA NHẬT BẢN VÀ LỰA CHỌN CỦA VIỆT NAM"),
        ("author", "Đặng Thị Huyền Trang"),
        ("affiliation", "Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết phân tích quá trình hình thành CPTPP sau khi Hoa Kỳ rút khỏi TPP, vai trò dẫn dắt của Nhật Bản và sự tham gia của Việt Nam.",
            "vi",
        ),
        ("keywords", "TPP; CPTPP; Nhật Bản; Việt Nam; hội nhập kinh tế", "vi"),
        ("heading", "1. Sự sụp đổ của TPP", 1),
        (
            "paragraph",
            "Hiệp định Đối tác xuyên Thái Bình Dương (TPP) được 12 nước, trong đó có Việt Nam, Nhật Bản và Hoa Kỳ, ký tại Ốc-len (Niu Di-lân) ngày 4/2/2016. Chưa đầy một năm sau, ngày 23/1/2017, Tổng thống Đ. Trăm ký sắc lệnh rút Hoa Kỳ khỏi Hiệp định (Nguyễn Hồng Sơn, 2018, tr. 30).",
        ),
        ("heading", "2. Nhật Bản dẫn dắt, Việt Nam đồng hành", 1),
        (
            "paragraph",
            "Tháng 11/2017, bên lề Tuần lễ Cấp cao APEC tại Đà Nẵng, Việt Nam và Nhật Bản đồng chủ trì Hội nghị Bộ trưởng của 11 nước còn lại, thống nhất đổi tên Hiệp định thành CPTPP. Ngày 8/3/2018, 11 nước ký CPTPP tại Xan-ti-a-gô (Chi-lê). Ngày 12/11/2018, Quốc hội Việt Nam phê chuẩn Hiệp định, và CPTPP có hiệu lực đối với Việt Nam từ ngày 14/1/2019. Theo một nhà nghiên cứu, “Nhật Bản đã cứu TPP khỏi sự sụp đổ” (Hoàng Minh Đức, 2020, tr. 47).",
        ),
        ("heading", "3. Mở rộng", 1),
        (
            "paragraph",
            "Tháng 7/2023, Vương quốc Anh ký Nghị định thư gia nhập CPTPP, trở thành thành viên mới đầu tiên. Hàn Quốc đến nay vẫn chưa nộp đơn chính thức xin gia nhập (Mai Văn Lộc, 2023).",
        ),
    ],
}

BXB_WORD = {
    "id": "bxb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA",
        "SỞ NGOẠI VỤ",
        "Số: 1562/BC-SNgV",
        "Khánh Hòa, ngày 24 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả hợp tác với các đối tác Hàn Quốc năm 2024",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả hợp tác với các đối tác Hàn Quốc năm 2024"),
        (
            "paragraph",
            "Triển khai kết quả chuyến thăm chính thức Hàn Quốc của Thủ tướng Phạm Minh Chính từ ngày 30/6 đến 3/7/2024, Sở Ngoại vụ báo cáo kết quả như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Tháng 9/2024, đón đoàn Hội đồng thành phố Gimhae (Hàn Quốc) sang thăm; hai bên ký Thư ý định hợp tác về du lịch và giáo dục.",
        ),
        (
            "list_item",
            "2. Tiếp nhận 15 ngôi nhà tình thương do Hội Chữ thập đỏ Hàn Quốc tài trợ cho hộ nghèo huyện Vạn Ninh.",
        ),
        (
            "list_item",
            "3. Phối hợp với Đại sứ quán Hàn Quốc tổ chức hội nghị về bảo hộ công dân cho du khách Hàn Quốc.",
        ),
        (
            "list_item",
            "4. Đề xuất mở thêm đường bay thẳng từ Cam Ranh đến một thành phố miền Trung Hàn Quốc chưa được hãng hàng không đối tác chấp thuận.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Cử đoàn lãnh đạo tỉnh sang thăm thành phố Gimhae trong quý II/2025.",
        ),
        (
            "list_item",
            "2. Tổ chức Diễn đàn xúc tiến du lịch Khánh Hòa tại Xơ-un vào tháng 10/2025.",
        ),
    ],
}

# ---------------------------------------------------------------- bxc: EMAIL (an .eml file)
BXC_SUBJECT = "V/v gửi bản tin tóm tắt phục vụ buổi tiếp Đại sứ Nhật Bản ngày 14/3"
BXC_FWD_HEAD = [
    "Từ: Phòng Nhật Bản - Vụ Đông Bắc Á <phongnhatban.dba@mofa.gov.vn>",
    "Date: Th 2, 11 thg 3, 2024 lúc 10:42",
    "Subject: Bản tin tóm tắt quan hệ Việt Nam – Nhật Bản năm 2023",
    "To: Trần Thị Minh Châu <chauttm@mofa.gov.vn>",
]
BXC_SIGNATURE = [
    "Chuyên viên, Phòng Nhật Bản",
    "Vụ Đông Bắc Á – Bộ Ngoại giao",
    "ĐT: (024) 3799 3000 – máy lẻ 2417",
]
BXC_QUOTE_HEAD = "Vào Th 2, 11 thg 3, 2024 lúc 16:20 Nguyễn Văn An <annv@mofa.gov.vn> đã viết:"
BXC_FOOTER = "Thư điện tử này và các tệp đính kèm có thể chứa thông tin mật, chỉ dành cho người nhận có tên ở trên. Nếu nhận nhầm, xin vui lòng thông báo cho người gửi và xóa thư. Nghiêm cấm sao chép, chuyển tiếp khi chưa được phép."

BXC_EMAIL = {
    "id": "bxc",
    "shape": "email",
    "from": "Trần Thị Minh Châu <chauttm@mofa.gov.vn>",
    "to": "Lê Quang Tuấn <tuanlq@mofa.gov.vn>",
    "cc": "Nguyễn Văn An <annv@mofa.gov.vn>",
    "date": "Tue, 12 Mar 2024 09:15:00 +0700",
    "message_id": "<CAH7x2mQ4vT9kLp3@mail.mofa.gov.vn>",
    "blocks": [
        ("title", BXC_SUBJECT),
        ("paragraph", "Kính gửi anh Tuấn,"),
        (
            "paragraph",
            "Thực hiện ý kiến của anh An (thư dưới đây), em xin chuyển anh bản tin tóm tắt về quan hệ Việt Nam – Nhật Bản năm 2023 do Phòng Nhật Bản soạn, phục vụ buổi Thứ trưởng tiếp Đại sứ Nhật Bản chiều 14/3. Số liệu đã được cập nhật đến hết tháng 2/2024.",
        ),
        ("paragraph", "Trân trọng,"),
        ("author", "Trần Thị Minh Châu"),
        ("affiliation", " ".join(BXC_SIGNATURE)),
        ("source", " ".join(BXC_FWD_HEAD)),
        ("heading", "BẢN TIN TÓM TẮT QUAN HỆ VIỆT NAM – NHẬT BẢN NĂM 2023", 1),
        (
            "list_item",
            "1. Từ ngày 20 đến 25/9/2023, Hoàng Thái tử Akishino và Công nương Kiko thăm chính thức Việt Nam nhân dịp kỷ niệm 50 năm thiết lập quan hệ ngoại giao; Chủ tịch nước Võ Văn Thưởng đã đón tiếp Hoàng Thái tử tại Phủ Chủ tịch.",
        ),
        (
            "list_item",
            "2. Tháng 12/2023, Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao kỷ niệm 50 năm quan hệ hữu nghị và hợp tác ASEAN – Nhật Bản tại Tô-ky-ô và có cuộc gặp với Thủ tướng Kishida Fumio.",
        ),
        (
            "list_item",
            "3. Nhật Bản tiếp tục là nhà tài trợ ODA song phương lớn nhất, nhà đầu tư lớn thứ ba và đối tác thương mại lớn thứ tư của Việt Nam.",
        ),
        (
            "list_item",
            "4. Đề xuất: tại buổi tiếp, Thứ trưởng đề nghị Đại sứ thúc đẩy sớm ký kết các dự án ODA thế hệ mới và chuyển lời mời lãnh đạo Nhật Bản thăm Việt Nam trong năm 2024.",
        ),
        ("source", BXC_QUOTE_HEAD),
        ("paragraph", "Chị Châu thân mến,"),
        (
            "paragraph",
            "Chiều thứ Năm 14/3, Thứ trưởng sẽ tiếp Đại sứ Nhật Bản tại Việt Nam. Nhờ chị gửi bản tin tóm tắt của Phòng cho anh Tuấn ở Văn phòng Bộ trước 10 giờ sáng mai và đồng gửi cho anh. Bản tin không cần đề cập các nội dung về CPTPP.",
        ),
        ("paragraph", "An"),
        ("paragraph", BXC_FOOTER),
    ],
}

# lines the layout repair removes from the decoded body: the signature delimiter and the forward rule
BXC_REMOVED = ["--", "---------- Forwarded message ---------"]


def bxc_body(doc: dict) -> str:
    """The e-mail's plain-text body as a mail client shows it: the greeting and the message, "Trân trọng,",
    the "-- " signature, the forwarded message with its own header lines, the quoted earlier message ("> "
    before each line, wrapped at 70 columns) after its "Vào … đã viết:" line, the confidentiality footer."""
    b = [t[1] for t in doc["blocks"]]
    out = [b[1], "", b[2], "", b[3], "-- ", b[4], *BXC_SIGNATURE, "", ""]
    out += ["---------- Forwarded message ---------", *BXC_FWD_HEAD, "", b[7], ""]
    out += [item for t in b[8:12] for item in (t, "")]
    out += [b[12]]
    for t in b[13:16]:
        out += ["> " + ln for ln in wrap(t, 70)] + [">"]
    out = out[:-1] + ["", "", b[16]]
    return "\n".join(out) + "\n"


def render_email(doc: dict) -> bytes:
    """The e-mail saved from a mail client as an .eml file: RFC 5322 headers (From, To, Cc, Date, Subject
    encoded =?utf-8?…?=, Message-ID, MIME-Version), a text/plain utf-8 body in quoted-printable."""
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = doc["from"]
    msg["To"] = doc["to"]
    msg["Cc"] = doc["cc"]
    msg["Date"] = doc["date"]
    msg["Subject"] = doc["blocks"][0][1]
    msg["Message-ID"] = doc["message_id"]
    msg.set_content(bxc_body(doc), subtype="plain", charset="utf-8", cte="quoted-printable")
    return bytes(msg)


BXD_PLAN = {
    "id": "bxd",
    "shape": "plan",
    "head": [
        f"{'ỦY BAN NHÂN DÂN':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'TỈNH BÌNH ĐỊNH':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 07/KH-UBND':<40}Bình Định, ngày 08 tháng 01 năm 2025",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với các địa phương, đối tác Nhật Bản năm 2025",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác với các địa phương, đối tác Nhật Bản năm 2025"),
        (
            "paragraph",
            "Năm 2024, tỉnh tiếp nhận 4 tình nguyện viên JICA làm việc tại các bệnh viện và trường học; đề án kết nghĩa với một thành phố của tỉnh Shizuoka chưa được hoàn tất do phía bạn chưa bố trí được đoàn sang làm việc.",
        ),
        ("heading", "NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Tham gia các hoạt động của Ngày Việt Nam tại Triển lãm Thế giới EXPO 2025 Ô-xa-ca để quảng bá du lịch và thu hút đầu tư.",
        ),
        (
            "list_item",
            "2. Phối hợp với Văn phòng JETRO Hà Nội tổ chức Hội thảo kết nối doanh nghiệp Bình Định – Nhật Bản tại Quy Nhơn trong tháng 6/2025.",
        ),
        (
            "list_item",
            "3. Tiếp tục đề nghị JICA cử tình nguyện viên hỗ trợ các cơ sở y tế của tỉnh.",
        ),
        (
            "list_item",
            "4. Ký Biên bản ghi nhớ hợp tác đào tạo nghề với một tổ chức quản lý thực tập sinh của Nhật Bản.",
        ),
        (
            "paragraph",
            "Giao Sở Ngoại vụ chủ trì, phối hợp với các sở, ngành liên quan triển khai Kế hoạch này.",
        ),
    ],
}

BXE_ENTRY = {
    "id": "bxe",
    "shape": "entry",
    "blocks": [
        ("title", "Chương trình thực tập sinh kỹ năng (Nhật Bản)"),
        (
            "paragraph",
            "Chương trình thực tập sinh kỹ năng (TITP) là chương trình của Chính phủ Nhật Bản, chính thức hình thành năm 1993, tiếp nhận lao động từ các nước đang phát triển sang làm việc và học nghề tại doanh nghiệp Nhật Bản trong thời hạn nhất định. Theo quy định hiện hành, thời hạn thực tập tối đa là 5 năm.",
        ),
        ("heading", "Việt Nam và chương trình", 1),
        (
            "paragraph",
            "Việt Nam phái cử thực tập sinh sang Nhật Bản từ những năm 1990; từ giữa thập niên 2010, Việt Nam là nước có số thực tập sinh đông nhất trong chương trình. Tháng 4/2019, Nhật Bản bắt đầu áp dụng tư cách lưu trú “kỹ năng đặc định”, mở thêm kênh tiếp nhận lao động nước ngoài; Việt Nam là một trong các nước ký văn kiện hợp tác với Nhật Bản về diện lao động này.",
        ),
        ("heading", "Cải cách", 1),
        (
            "paragraph",
            "Chương trình từng bị chỉ trích vì thực tập sinh không được tự do chuyển nơi làm việc. Tháng 6/2024, Quốc hội Nhật Bản thông qua luật thay thế TITP bằng chế độ “đào tạo và tuyển dụng lao động”, dự kiến áp dụng từ năm 2027.",
        ),
    ],
}

DOCS = [BXA_JOURNAL, BXB_WORD, BXC_EMAIL, BXD_PLAN, BXE_ENTRY]


def render_plan(doc: dict) -> str:
    """A provincial plan by heldout_kit.ministry_plan, signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"."""
    return ministry_plan(
        doc,
        signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(đã ký)"],
        recipients=["- Bộ Ngoại giao (để b/c);", "- Các sở, ngành liên quan;", "- Lưu: VT, NgV.", ""],
        columns=(48, 50, 50, 52),
    )


RENDER = {
    "journal": (headed_journal, "txt", True),
    "word": (report_word, "txt", False),
    "email": (render_email, "eml", False),
    "plan": (render_plan, "txt", False),
    "entry": (entry_text, "txt", False),
}


def build() -> dict[str, tuple[str, list[str]]]:
    """Write every document and its gold structure file; the readable texts (for the e-mail: the decoded
    body) and the removed lines by id."""
    done = {}
    for doc in DOCS:
        fn, ext, removing = RENDER[doc["shape"]]
        name = f"{doc['id']}_{doc['shape']}.{ext}"
        out = fn(doc)
        if doc["shape"] == "email":
            (HERE / name).write_bytes(out)
            text, removed = decoded_body(HERE / name), BXC_REMOVED
        else:
            text, removed = out if removing else (out, [])
            with open(HERE / name, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
        gold = gold_structure(doc, name, removed)
        (HERE / "gold" / f"structure.{doc['id']}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        done[doc["id"]] = (text, removed)
    return done


def decoded_body(path: Path) -> str:
    """The .eml file's body as a person reads it (quoted-printable decoded), line ends normalised."""
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    return msg.get_content().replace("\r\n", "\n")


def check_rendered(done: dict[str, tuple[str, list[str]]]) -> int:
    """3-4 questions per document; every gold block but the title occurs in its readable text once the
    removed lines and (for the e-mail) the "> " quote marks are taken out; the e-mail's Subject header
    decodes to its title block and its headers are those a saved message carries."""
    bad = 0
    nq: dict[str, int] = {}
    for line in (HERE / "gold" / "questions.probe.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)["doc"]
            nq[d] = nq.get(d, 0) + 1
    for doc in DOCS:
        if not 3 <= nq.get(doc["id"], 0) <= 4:
            print(f"[{doc['id']}] {nq.get(doc['id'], 0)} questions (3-4 wanted)")
            bad += 1
        text, removed = done[doc["id"]]
        keep = []
        for ln in text.replace("\f", "\n").splitlines():
            if doc["shape"] == "email" and ln.startswith(">"):
                ln = ln[1:].lstrip(" ")
            if ln.strip() not in removed:
                keep.append(ln)
        flat = norm(" ".join(keep))
        for b in doc["blocks"]:
            if b[0] == "title":
                continue
            if norm(b[1]) not in flat and not (doc["shape"] == "journal" and _words_in_order(b[1], flat)):
                print(f"[{doc['id']}] gold block not in the file: {b[1][:60]}")
                bad += 1
    raw = (HERE / "bxc_email.eml").read_bytes()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for h in ("From", "To", "Cc", "Date", "Subject", "Message-ID", "MIME-Version"):
        if msg[h] is None:
            print(f"[bxc] header {h} missing")
            bad += 1
    if str(msg["Subject"]) != BXC_SUBJECT or b"=?utf-8?" not in raw:
        print("[bxc] Subject does not decode to the title block")
        bad += 1
    if msg["Content-Transfer-Encoding"] != "quoted-printable" or msg.get_content_charset() != "utf-8":
        print("[bxc] body is not utf-8 quoted-printable")
        bad += 1
    return bad


def main() -> int:
    done = build()
    if "--check" not in sys.argv[1:]:
        return 0
    bad = check_rendered(done)
    bad += check_gold(HERE, DOCS, PREFIX, rendered=False)
    print("rendered check:", "ok" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
