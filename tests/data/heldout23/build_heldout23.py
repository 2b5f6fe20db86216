"""Build the twenty-third held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout23/build_heldout23.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout22, on topics those sets do not use (Mekong – Japan cooperation
and Vietnam, Hà Nội People's Committee's external affairs in 2019 with tasks for 2020, the first
Mekong – Korea summit in Busan on 27/11/2019, a Politburo concluding notice on the ASEAN chair year
2020, an interview on 50 years of Vietnam – Norway relations). Nothing in src/ was changed for them.
Facts are well-established dates; authors, the journal's name, page numbers, document numbers, the
interviewee's name and all quoted words are invented. Events, citations and questions gold are
written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the
documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import build_and_check, paged_journal, wrap  # noqa: E402

PA_MEKONG_JAPAN = {
    "id": "pa",
    "shape": "journal",
    "header": "NGHIÊN CỨU ĐÔNG BẮC Á – Số 7 (221) – 2019",
    "first_page": 57,
    "break_after": 14,
    "blocks": [
        ("title", "HỢP TÁC MÊ CÔNG – NHẬT BẢN VÀ VAI TRÒ CỦA VIỆT NAM"),
        ("author", "Trịnh Quang Vinh"),
        ("affiliation", "Viện Nghiên cứu Đông Bắc Á"),
        (
            "abstract",
            "Bài viết phân tích sự tham gia của Việt Nam vào hợp tác Mê Công – Nhật Bản từ năm 2009.",
            "vi",
        ),
        ("keywords", "Mê Công; Nhật Bản; ODA; tiểu vùng.", "vi"),
        ("heading", "1. Bối cảnh hình thành", 1),
        (
            "paragraph",
            "Việt Nam và Nhật Bản thiết lập quan hệ ngoại giao ngày 21/9/1973. Tháng 11/1992, Nhật Bản nối lại viện trợ phát triển chính thức (ODA) cho Việt Nam và từ đó nhiều năm liền là nhà tài trợ song phương lớn nhất của nước ta. Cũng trong năm 1992, Ngân hàng Phát triển châu Á (ADB) khởi xướng Chương trình Hợp tác Kinh tế Tiểu vùng Mê Công mở rộng (GMS) với sự tham gia của Cam-pu-chia, Lào, Mi-an-ma, Thái Lan, Việt Nam và Trung Quốc. Tiểu vùng dần được nhìn nhận như “hành lang nối hai đại dương” (Lý Thanh Bình, 2015; Hồ Ngọc Diệp, 2018).",
        ),
        ("heading", "2. Từ đối thoại đến cấp cao", 1),
        (
            "paragraph",
            "Tháng 11/2009, Nhật Bản chủ trì Hội nghị Cấp cao Mê Công – Nhật Bản lần thứ nhất tại Tô-ky-ô với sự tham dự của lãnh đạo năm nước Cam-pu-chia, Lào, Mi-an-ma, Thái Lan và Việt Nam. Tại hội nghị cấp cao lần thứ tư, họp ở Tô-ky-ô tháng 4/2012, các nhà lãnh đạo thông qua Chiến lược Tô-ky-ô 2012 về hợp tác Mê Công – Nhật Bản. Theo Đoàn Minh Khuê (2016, tr. 73), cơ chế này đã “đặt hạ tầng mềm ngang hàng với hạ tầng cứng”.",
        ),
        ("heading", "3. Triển vọng", 1),
        (
            "paragraph",
            "Nhật Bản không phải là thành viên của Ủy hội sông Mê Công quốc tế (MRC) mà là một đối tác phát triển của tổ chức này. Trong giai đoạn tới, Việt Nam và Nhật Bản sẽ ưu tiên hợp tác ứng phó với biến đổi khí hậu ở Đồng bằng sông Cửu Long.",
        ),
    ],
}

PB_REPORT = {
    "id": "pb",
    "shape": "word",
    "head": ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI", "Số: 412/BC-UBND", "Hà Nội, ngày 20 tháng 12 năm 2019"],
    "title_lines": ["BÁO CÁO", "Tổng kết công tác đối ngoại năm 2019 và nhiệm vụ năm 2020"],
    "tail": [
        "Nơi nhận:",
        "- Bộ Ngoại giao;",
        "- Lưu: VT, SNV.",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "(Đã ký)",
    ],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác đối ngoại năm 2019 và nhiệm vụ năm 2020"),
        ("heading", "I. KẾT QUẢ THỰC HIỆN NĂM 2019", 1),
        (
            "paragraph",
            "Năm 2019, công tác đối ngoại của Thành phố đạt nhiều kết quả nổi bật, cụ thể như sau:",
        ),
        (
            "list_item",
            "1. Ngày 27 và 28/2/2019, Thành phố phục vụ chu đáo Hội nghị Thượng đỉnh Hoa Kỳ – Triều Tiên lần thứ hai tổ chức tại Hà Nội. Ngay sau đó, ngày 1 và 2/3/2019, Chủ tịch Triều Tiên Kim Jong-un thăm hữu nghị chính thức Việt Nam.",
        ),
        (
            "list_item",
            "2. Ngày 31/10/2019, Hà Nội chính thức trở thành thành viên Mạng lưới các thành phố sáng tạo của UNESCO trong lĩnh vực thiết kế, hai mươi năm sau khi được tổ chức này trao danh hiệu “Thành phố vì hòa bình” (1999).",
        ),
        (
            "list_item",
            "3. Ngân hàng Phát triển châu Á (ADB) tiếp tục cung cấp vốn vay cho dự án tuyến đường sắt đô thị số 3 đoạn Nhổn – ga Hà Nội của Thành phố.",
        ),
        (
            "list_item",
            "4. Ngày 7/6/2019, với 192 trên tổng số 193 phiếu, Đại hội đồng Liên hợp quốc bầu Việt Nam làm Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020 – 2021; Thành phố đã tổ chức tuyên truyền rộng rãi về sự kiện này.",
        ),
        (
            "paragraph",
            "So với năm ngoái, số đoàn quốc tế đến làm việc với Thành phố tăng; tuy nhiên, một số dự án sử dụng vốn ODA chưa giải ngân đúng tiến độ.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2020", 1),
        (
            "list_item",
            "1. Năm 2020, Việt Nam đảm nhiệm vai trò Chủ tịch ASEAN; Thành phố sẽ phục vụ tốt các hội nghị của ASEAN tổ chức trên địa bàn.",
        ),
        (
            "list_item",
            "2. Tiếp tục củng cố quan hệ hợp tác với Thủ đô Viêng Chăn (Lào) và Thủ đô Phnôm Pênh (Cam-pu-chia).",
        ),
        ("list_item", "3. Phấn đấu hoàn thành giải ngân các dự án ODA đã ký kết."),
    ],
}

PC_NEWS = {
    "id": "pc",
    "shape": "news",
    "stamp": "27/11/2019 21:10",
    "related": [
        "Khai mạc Hội nghị Cấp cao ASEAN – Hàn Quốc",
        "Thủ tướng Nguyễn Xuân Phúc đến Bu-san",
    ],
    "blocks": [
        ("title", "Hội nghị Cấp cao Mê Công – Hàn Quốc lần thứ nhất tại Bu-san"),
        (
            "paragraph",
            "Ngày 27/11, tại thành phố Bu-san, Thủ tướng Nguyễn Xuân Phúc cùng lãnh đạo Hàn Quốc, Cam-pu-chia, Lào, Mi-an-ma và Thái Lan dự Hội nghị Cấp cao Mê Công – Hàn Quốc lần thứ nhất.",
        ),
        ("heading", "Từ cấp bộ trưởng lên cấp cao", 1),
        (
            "paragraph",
            "Cơ chế hợp tác Mê Công – Hàn Quốc được khởi động ở cấp bộ trưởng ngoại giao từ năm 2011 và nay lần đầu được nâng lên cấp cao. Chủ trì hội nghị, Tổng thống nước chủ nhà Mun Chê-in nhấn mạnh: “Sông Mê Công và sông Hán sẽ cùng chảy về một hướng thịnh vượng”.",
        ),
        (
            "paragraph",
            "Kết thúc hội nghị, các nhà lãnh đạo thông qua Tuyên bố Mê Công – sông Hán về thiết lập quan hệ đối tác vì con người, thịnh vượng và hòa bình.",
        ),
        ("heading", "Quan hệ Việt Nam – Hàn Quốc", 2),
        (
            "paragraph",
            "Trước đó, ngày 25 và 26/11, Thủ tướng dự Hội nghị Cấp cao kỷ niệm 30 năm quan hệ đối tác đối thoại ASEAN – Hàn Quốc, được thiết lập năm 1989. Phía bạn khẳng định Việt Nam là đối tác trọng tâm trong Chính sách hướng Nam mới.",
        ),
        (
            "paragraph",
            "Các nước dự kiến sẽ tiếp tục dùng Quỹ hợp tác Mê Công – Hàn Quốc cho các dự án về nước, nông nghiệp và phát triển nguồn nhân lực.",
        ),
    ],
}

PD_NOTICE = {
    "id": "pd",
    "shape": "party",
    "head": [
        "BAN CHẤP HÀNH TRUNG ƯƠNG                      ĐẢNG CỘNG SẢN VIỆT NAM",
        "            *",
        "     Số 98-TB/TW                      Hà Nội, ngày 12 tháng 9 năm 2019",
    ],
    "title_lines": ["THÔNG BÁO KẾT LUẬN", "của Bộ Chính trị về công tác chuẩn bị Năm Chủ tịch ASEAN 2020"],
    "tail": ["T/M BỘ CHÍNH TRỊ", "(Đã ký)"],
    "blocks": [
        ("title", "THÔNG BÁO KẾT LUẬN của Bộ Chính trị về công tác chuẩn bị Năm Chủ tịch ASEAN 2020"),
        ("paragraph", "Sau khi nghe Ban cán sự đảng Bộ Ngoại giao báo cáo, Bộ Chính trị kết luận như sau:"),
        ("heading", "1. Về quá trình tham gia ASEAN", 1),
        (
            "list_item",
            "a) Từ khi gia nhập ASEAN ngày 28/7/1995, nước ta đã tích cực đóng góp vào việc xây dựng Cộng đồng ASEAN, được hình thành vào cuối năm 2015. Năm 2008, ta phê chuẩn Hiến chương ASEAN, văn kiện có hiệu lực từ ngày 15/12/2008.",
        ),
        (
            "list_item",
            "b) Việt Nam đã hai lần đảm nhiệm thành công cương vị Chủ tịch ASEAN, vào các năm 1998 và 2010.",
        ),
        (
            "list_item",
            "c) Đông Ti-mo đã nộp đơn xin gia nhập ASEAN từ năm 2011 nhưng đến nay chưa được kết nạp; ta tiếp tục ủng hộ nước này đáp ứng các tiêu chí thành viên.",
        ),
        ("heading", "2. Về nhiệm vụ trong Năm Chủ tịch 2020", 1),
        (
            "list_item",
            "a) Tổ chức thành công Hội nghị Cấp cao ASEAN lần thứ 36 và lần thứ 37 cùng các hội nghị liên quan, với chủ đề “Gắn kết và Chủ động thích ứng”.",
        ),
        (
            "list_item",
            "b) Phối hợp chặt chẽ với Lào, Cam-pu-chia và Mi-an-ma trong thực hiện Sáng kiến Liên kết ASEAN (IAI) nhằm thu hẹp khoảng cách phát triển.",
        ),
        (
            "list_item",
            "c) Phấn đấu cùng các nước thành viên và đối tác ký kết Hiệp định Đối tác Kinh tế Toàn diện Khu vực (RCEP) trong năm 2020.",
        ),
    ],
}

PE_INTERVIEW = {
    "id": "pe",
    "shape": "interview",
    "site": "Báo Quốc tế điện tử – Chuyên mục Đối ngoại",
    "stamp": "Đăng ngày 25/11/2021",
    "blocks": [
        ("title", "Phỏng vấn: Nửa thế kỷ quan hệ Việt Nam – Na Uy"),
        (
            "paragraph",
            "Nhân kỷ niệm 50 năm quan hệ ngoại giao Việt Nam – Na Uy, phóng viên đã phỏng vấn ông Lê Hoàng Sơn, Vụ trưởng Vụ châu Âu, Bộ Ngoại giao.",
        ),
        ("paragraph", "PV: Thưa ông, xin ông điểm lại những dấu mốc chính của quan hệ hai nước?"),
        (
            "paragraph",
            "Ông Lê Hoàng Sơn: Na Uy thiết lập quan hệ ngoại giao với Việt Nam ngày 25/11/1971, là một trong những nước phương Tây đầu tiên làm như vậy. Trong những năm khó khăn sau chiến tranh, phía bạn đã dành cho ta nhiều khoản viện trợ không hoàn lại, nhất là trong lĩnh vực nghề cá.",
        ),
        ("paragraph", "PV: Còn hợp tác kinh tế và đa phương thì sao, thưa ông?"),
        (
            "paragraph",
            "Ông Lê Hoàng Sơn: Na Uy là thành viên sáng lập Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) năm 1949 và Hiệp hội Thương mại Tự do châu Âu (EFTA) năm 1960, nhưng nước này không gia nhập EU. Việt Nam và EFTA khởi động đàm phán hiệp định thương mại tự do từ năm 2012; đến nay hai bên vẫn chưa kết thúc đàm phán. Năm nay, Việt Nam và Na Uy cùng là ủy viên không thường trực Hội đồng Bảo an Liên hợp quốc.",
        ),
        ("paragraph", "PV: Ông kỳ vọng gì ở giai đoạn tới?"),
        (
            "paragraph",
            "Ông Lê Hoàng Sơn: Năm ngoái, dù đại dịch Covid-19, hai nước vẫn duy trì trao đổi đoàn qua hình thức trực tuyến. “Chúng ta có nền móng năm mươi năm để đi xa hơn”. Việt Nam và các nước EFTA dự kiến sớm ký Hiệp định thương mại tự do Việt Nam – EFTA.",
        ),
    ],
}

DOCS = [PA_MEKONG_JAPAN, PB_REPORT, PC_NEWS, PD_NOTICE, PE_INTERVIEW]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A PDF text layer: no header on the first page, 58-column body, the page number alone at the foot
    and the running header after the form feed."""
    return paged_journal(doc, title=40, label=70, body=58)


def render_word(doc: dict) -> str:
    """Word "save as text": LF, an empty line after every line, 86-column wrap; issuer, number and
    place-date stacked above the two-line title; the signature and "Nơi nhận" at the end."""
    out = [*doc["head"], *doc["title_lines"]]
    for b in doc["blocks"]:
        if b[0] != "title":
            out += wrap(b[1], 86)
    out += doc["tail"]
    return "".join(ln + "\n\n" for ln in out)


def render_news(doc: dict) -> str:
    """An HTML news page: menu, <h1>, a time stamp, the lead as a bold paragraph, <h2>/<h3> subheads,
    body paragraphs, the byline and a "Tin liên quan" list."""
    blocks = doc["blocks"]
    title = blocks[0][1]
    body = []
    for i, b in enumerate(blocks[1:]):
        if b[0] == "heading":
            body.append(f"<h{b[2] + 1}>{b[1]}</h{b[2] + 1}>")
        elif i == 0:
            body.append(f'<p class="sapo"><strong>{b[1]}</strong></p>')
        else:
            body.append(f"<p>{b[1]}</p>")
    related = "\n".join(f'<li><a href="/tin/{n}.html">{t}</a></li>' for n, t in enumerate(doc["related"]))
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n</head>\n<body>\n"
        '<div class="menu"><a href="/">Trang chủ</a> | <a href="/the-gioi">Thế giới</a></div>\n'
        f'<div class="detail">\n<h1>{title}</h1>\n<span class="time">{doc["stamp"]}</span>\n'
        + "\n".join(body)
        + '\n<p class="author">Thu Trang (từ Bu-san)</p>\n</div>\n'
        f'<div class="related"><h4>Tin liên quan</h4>\n<ul>\n{related}\n</ul>\n</div>\n'
        "<footer>© Báo điện tử Hội nhập</footer>\n</body>\n</html>\n"
    )


def render_party(doc: dict) -> str:
    """A Politburo concluding notice: issuer and Party name side by side, "*", number and place-date side
    by side, the two-line title centred, "-----", numbered points with a) b) c) items at 78 columns."""
    out = [
        *doc["head"],
        "",
        " " * 26 + doc["title_lines"][0],
        "     " + doc["title_lines"][1],
        " " * 33 + "-----",
        "",
    ]
    for b in doc["blocks"]:
        if b[0] != "title":
            out += wrap(b[1], 78)
    out += ["", *(" " * 40 + t for t in doc["tail"])]
    return "\n".join(out) + "\n"


def render_interview(doc: dict) -> str:
    """An interview page saved as text: the site line, the title, the date stamp, the lead, then "PV:" /
    "Ông …:" turns, one paragraph a line, a blank line between turns."""
    blocks = doc["blocks"]
    out = [doc["site"], "", blocks[0][1], doc["stamp"], ""]
    for b in blocks[1:]:
        out += [b[1], ""]
    return "\n".join(out) + "\n"


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "news": render_news,
            "party": render_party,
            "interview": render_interview,
        },
        html_shapes=("news",),
        prefix="p",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
