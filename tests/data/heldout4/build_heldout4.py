"""Build the fourth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout4/build_heldout4.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 and heldout3, on topics those sets do not use (Vietnam - Singapore
1973-2023, foreign affairs in H1 2016, Vietnam - Indonesia in March 2025, the Government's approval
of the Paris climate agreement in 2016, Vietnam in international organisations 1976-1995). Nothing
in src/ was changed for them: they measure, they are not for tuning. The renderers differ from the
earlier sets' on purpose (a 68-column wrap with alternating even/odd running headers that carry the
page number, a Word export with CRLF line ends and "-"/"+" items under "A./B." headings, an HTML
page whose lead sits in a <div> and has no year, a resolution whose issuer/motto table was exported
with tabs and whose articles are "Điều N.", a textbook with first-line indents and hard-wrapped
paragraphs). Facts are well-established dates; authors, the journal's name, page numbers and the
resolution's number are invented. Events, citations and questions gold are written by hand;
``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import build_and_check, front_matter_lines, wrap  # noqa: E402

KA_SINGAPORE = {
    "id": "ka",
    "shape": "journal",
    "header": "Khu vực học và Phát triển, số 8 (2023)",
    "first_page": 113,
    "break_after": 15,
    "blocks": [
        (
            "title",
            "QUAN HỆ VIỆT NAM – XINH-GA-PO NỬA THẾ KỶ (1973 – 2023): TỪ BẤT ĐỒNG ĐẾN ĐỐI TÁC CHIẾN LƯỢC",
        ),
        ("author", "Vũ Thị Thanh Bình"),
        ("affiliation", "Khoa Lịch sử, Trường Đại học Sư phạm Hà Nội"),
        (
            "abstract",
            "Bài viết khái quát quan hệ Việt Nam – Xinh-ga-po từ khi hai nước thiết lập quan hệ ngoại giao năm 1973 và phân tích thành tựu hợp tác kinh tế.",
            "vi",
        ),
        ("keywords", "Việt Nam; Xinh-ga-po; ASEAN; VSIP; đối tác chiến lược.", "vi"),
        ("heading", "1. Từ thiết lập quan hệ đến bình thường hóa", 1),
        (
            "paragraph",
            "Việt Nam và Xinh-ga-po thiết lập quan hệ ngoại giao ngày 1/8/1973. Từ năm 1979 đến năm 1991, quan hệ hai nước gặp nhiều trở ngại do bất đồng về vấn đề Campuchia. Nhìn lại giai đoạn này, Phan Quốc Tuấn (2015, tr. 46) gọi việc giải quyết vấn đề này là “bước ngoặt mở đường cho hợp tác thực chất”.",
        ),
        ("heading", "2. Hợp tác kinh tế và khuôn khổ đối tác", 1),
        (
            "paragraph",
            "Sau khi Việt Nam gia nhập ASEAN năm 1995, quan hệ song phương phát triển nhanh chóng. Năm 1996, Khu công nghiệp Việt Nam – Xinh-ga-po (VSIP) đầu tiên được xây dựng tại Bình Dương; mô hình này được đánh giá là “biểu tượng của hợp tác kinh tế giữa hai nước” (Lê Hoài Nam, 2020, tr. 112). Xinh-ga-po hiện là một trong những nhà đầu tư nước ngoài lớn nhất tại Việt Nam.",
        ),
        (
            "paragraph",
            "Tháng 9/2013, hai nước thiết lập quan hệ Đối tác chiến lược. Phía bạn cũng thường xuyên giúp Việt Nam đào tạo cán bộ quản lý thông qua Chương trình hợp tác Xinh-ga-po. Tháng 2/2023, hai bên ký Bản ghi nhớ về Đối tác kinh tế số – kinh tế xanh. Tuy vậy, đến nay hai nước vẫn chưa ký hiệp định thương mại tự do song phương mà chủ yếu hợp tác trong khuôn khổ các hiệp định đa phương như CPTPP (Lê Hoài Nam, 2020, tr. 118).",
        ),
        ("heading", "3. Kết luận", 1),
        (
            "paragraph",
            "Năm 2023, hai nước kỷ niệm 50 năm thiết lập quan hệ ngoại giao. Hai bên thường xuyên phối hợp chặt chẽ tại ASEAN và các diễn đàn đa phương. Trong thời gian tới, hai nước sẽ mở rộng hợp tác sang chuyển đổi số, năng lượng sạch và phát triển nguồn nhân lực, bởi quan hệ song phương “còn nhiều dư địa phát triển” (Phan Quốc Tuấn, 2015, tr. 61).",
        ),
    ],
}

KB_REPORT = {
    "id": "kb",
    "shape": "word",
    "blocks": [
        (
            "title",
            "BÁO CÁO KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI 6 THÁNG ĐẦU NĂM 2016 VÀ NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2016",
        ),
        (
            "paragraph",
            "Sáu tháng đầu năm 2016, công tác đối ngoại được triển khai trong bối cảnh cả nước tổ chức thành công Đại hội đại biểu toàn quốc lần thứ XII của Đảng và cuộc bầu cử đại biểu Quốc hội khóa XIV; tình hình Biển Đông tiếp tục diễn biến phức tạp.",
        ),
        ("heading", "A. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "- Ngày 4/2/2016, tại Auckland (Niu Di-lân), Việt Nam cùng Ô-xtrây-li-a, Bru-nây, Ca-na-đa, Chi-lê, Hoa Kỳ, Ma-lai-xi-a, Mê-hi-cô, Nhật Bản, Niu Di-lân, Pê-ru và Xinh-ga-po ký Hiệp định Đối tác xuyên Thái Bình Dương (TPP).",
        ),
        (
            "list_item",
            "- Tổng thống Hoa Kỳ Barack Obama thăm chính thức Việt Nam từ ngày 23 đến 25/5/2016. Trong chuyến thăm, phía bạn tuyên bố dỡ bỏ hoàn toàn lệnh cấm bán vũ khí sát thương cho Việt Nam; hai bên ra Tuyên bố chung, nhất trí làm sâu sắc hơn quan hệ Đối tác toàn diện.",
        ),
        (
            "list_item",
            "- Thủ tướng Nguyễn Xuân Phúc dự Hội nghị Cấp cao kỷ niệm 20 năm quan hệ đối thoại ASEAN – Nga tại Xô-chi (Liên bang Nga) ngày 19 – 20/5/2016 và Hội nghị Thượng đỉnh G7 mở rộng tại Nhật Bản ngày 27/5/2016.",
        ),
        (
            "list_item",
            "- Tuy nhiên, Hoa Kỳ và EU vẫn chưa công nhận quy chế kinh tế thị trường của Việt Nam; Quốc hội chưa xem xét phê chuẩn Hiệp định TPP.",
        ),
        ("heading", "B. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2016", 1),
        (
            "list_item",
            "+ Phối hợp chặt chẽ với Lào, nước Chủ tịch ASEAN năm 2016, góp phần tổ chức thành công Hội nghị Cấp cao ASEAN lần thứ 28 và 29 tại Viêng Chăn.",
        ),
        ("list_item", "+ Chuẩn bị chu đáo cho Năm APEC 2017 mà Việt Nam sẽ đăng cai."),
        (
            "list_item",
            "+ Triển khai các thỏa thuận đạt được trong chuyến thăm của Tổng thống Obama; tiếp tục vận động các đối tác sớm công nhận quy chế kinh tế thị trường của Việt Nam.",
        ),
        (
            "list_item",
            "+ Kiên trì giải quyết các tranh chấp ở Biển Đông bằng biện pháp hòa bình, trên cơ sở luật pháp quốc tế, trong đó có Công ước của Liên Hợp Quốc về Luật Biển năm 1982.",
        ),
        ("source", "(Nguồn: Vụ Tổng hợp kinh tế, Bộ Ngoại giao)"),
    ],
}

KC_NEWS = {
    "id": "kc",
    "shape": "news",
    "datetime": "2025-03-10T18:05:00+07:00",
    "stamp": "Thứ Hai, 10/3/2025 - 18:05",
    "blocks": [
        ("title", "Việt Nam và Indonesia nâng cấp quan hệ lên Đối tác chiến lược toàn diện"),
        (
            "paragraph",
            "Jakarta, 10/3 – Tổng Bí thư Tô Lâm và Tổng thống Indonesia Prabowo Subianto đã hội đàm và nhất trí nâng cấp quan hệ Việt Nam – Indonesia lên Đối tác chiến lược toàn diện.",
        ),
        (
            "paragraph",
            "Cuộc hội đàm diễn ra trong khuôn khổ chuyến thăm cấp Nhà nước tới Indonesia của Tổng Bí thư Tô Lâm từ ngày 9 đến 11/3/2025.",
        ),
        (
            "paragraph",
            "Hai nhà lãnh đạo đánh giá cao sự phát triển của quan hệ hai nước kể từ khi thiết lập quan hệ ngoại giao ngày 30/12/1955, nhất là từ khi hai nước trở thành Đối tác chiến lược năm 2013. Chủ tịch Hồ Chí Minh từng thăm Indonesia năm 1959, đặt nền móng cho tình hữu nghị giữa hai dân tộc.",
        ),
        (
            "paragraph",
            "Hai bên nhất trí tăng cường trao đổi đoàn cấp cao, thúc đẩy hợp tác kinh tế, thương mại, quốc phòng – an ninh và hợp tác biển. Phía bạn khẳng định sẵn sàng phối hợp chặt chẽ với Việt Nam để củng cố đoàn kết trong ASEAN. Indonesia hiện là một trong những đối tác thương mại lớn nhất của Việt Nam trong ASEAN.",
        ),
        (
            "paragraph",
            "Theo chương trình, ngày 11/3, Tổng Bí thư Tô Lâm sẽ rời Jakarta, bắt đầu chuyến thăm chính thức Singapore.",
        ),
    ],
}

KD_RESOLUTION = {
    "id": "kd",
    "shape": "party",
    "head": [
        "CHÍNH PHỦ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "-------\tĐộc lập - Tự do - Hạnh phúc",
        "\t---------------",
        "Số: 137/NQ-CP\tHà Nội, ngày 31 tháng 10 năm 2016",
    ],
    "title_lines": [
        "NGHỊ QUYẾT",
        "Phê duyệt Thỏa thuận Paris thực hiện Công ước khung của Liên Hợp Quốc về biến đổi khí hậu",
    ],
    # preamble lines rendered but not gold (one paragraph each or one run: debatable), see README
    "preamble": [
        "CHÍNH PHỦ",
        "",
        "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;",
        "Căn cứ Luật Điều ước quốc tế ngày 9 tháng 4 năm 2016;",
        "Xét đề nghị của Bộ trưởng Bộ Tài nguyên và Môi trường,",
        "",
        "QUYẾT NGHỊ:",
    ],
    "tail": [
        "Nơi nhận:",
        "- Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ;",
        "- Lưu: VT, QHQT.",
        "",
        "TM. CHÍNH PHỦ",
        "THỦ TƯỚNG",
        "",
        "Nguyễn Xuân Phúc",
    ],
    "blocks": [
        (
            "title",
            "NGHỊ QUYẾT Phê duyệt Thỏa thuận Paris thực hiện Công ước khung của Liên Hợp Quốc về biến đổi khí hậu",
        ),
        (
            "list_item",
            "Điều 1. Phê duyệt Thỏa thuận Paris thực hiện Công ước khung của Liên Hợp Quốc về biến đổi khí hậu, được thông qua ngày 12/12/2015 tại Hội nghị lần thứ 21 các Bên tham gia Công ước (COP21) ở Paris, Cộng hòa Pháp, và được Việt Nam ký ngày 22/4/2016 tại Niu Oóc, Hoa Kỳ.",
        ),
        (
            "list_item",
            "Điều 2. Giao Bộ Ngoại giao làm thủ tục đối ngoại, thông báo cho Tổng Thư ký Liên Hợp Quốc việc Việt Nam đã phê duyệt Thỏa thuận Paris. Thỏa thuận sẽ có hiệu lực từ ngày 4/11/2016.",
        ),
        (
            "list_item",
            "Điều 3. Bộ Tài nguyên và Môi trường chủ trì, phối hợp với các bộ, ngành liên quan xây dựng kế hoạch thực hiện Thỏa thuận, tranh thủ sự hỗ trợ về tài chính, công nghệ và nâng cao năng lực của các đối tác phát triển. Theo đóng góp do quốc gia tự quyết định, đến năm 2030 Việt Nam sẽ giảm 8% lượng phát thải khí nhà kính so với kịch bản phát triển thông thường bằng nguồn lực trong nước và có thể giảm tới 25% nếu nhận được hỗ trợ quốc tế.",
        ),
        (
            "list_item",
            "Điều 4. Nghị quyết này có hiệu lực kể từ ngày ký. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ chịu trách nhiệm thi hành Nghị quyết này.",
        ),
    ],
}

KE_TEXTBOOK = {
    "id": "ke",
    "shape": "textbook",
    "blocks": [
        ("title", "VIỆT NAM VỚI CÁC TỔ CHỨC QUỐC TẾ SAU NĂM 1975"),
        (
            "paragraph",
            "Sau khi đất nước thống nhất, tham gia các tổ chức quốc tế trở thành một hướng quan trọng trong chính sách đối ngoại của Việt Nam, dù quá trình này không thuận lợi ngay từ đầu.",
        ),
        ("heading", "Phong trào Không liên kết và Liên Hợp Quốc", 1),
        (
            "paragraph",
            "Tháng 8/1976, tại Hội nghị Cấp cao lần thứ năm của Phong trào Không liên kết họp ở Cô-lôm-bô (Xri Lan-ca), Việt Nam được kết nạp làm thành viên chính thức. Con đường vào Liên Hợp Quốc khó khăn hơn: Mỹ đã nhiều lần dùng quyền phủ quyết tại Hội đồng Bảo an trong hai năm 1975 và 1976 để ngăn cản Việt Nam gia nhập. Ngày 20/9/1977, Đại hội đồng Liên Hợp Quốc thông qua nghị quyết kết nạp Việt Nam làm thành viên thứ 149. Về sau, Việt Nam ngày càng đóng góp tích cực vào công việc chung; ngày 12/11/2013, Việt Nam lần đầu trúng cử thành viên Hội đồng Nhân quyền Liên Hợp Quốc nhiệm kỳ 2014 – 2016 với 184/192 phiếu.",
        ),
        ("heading", "Khôi phục quan hệ với các tổ chức tài chính quốc tế", 1),
        (
            "paragraph",
            "Trong nhiều năm, do chính sách bao vây, cấm vận của Mỹ, Việt Nam không tiếp cận được nguồn vốn vay của Quỹ Tiền tệ Quốc tế (IMF) và Ngân hàng Thế giới (WB). Tháng 10/1993, sau khi Pháp, Nhật Bản cùng một số nước giúp Việt Nam thanh toán khoản nợ quá hạn với IMF, hai tổ chức này nối lại quan hệ tín dụng với Việt Nam. Tháng 11/1993, Hội nghị các nhà tài trợ cho Việt Nam lần đầu tiên họp tại Pa-ri.",
        ),
        ("heading", "Hợp tác trong lưu vực sông Mê Công", 1),
        (
            "paragraph",
            "Ngày 5/4/1995, tại Chiang Rai (Thái Lan), đại diện bốn nước Campuchia, Lào, Thái Lan và Việt Nam ký Hiệp định hợp tác phát triển bền vững lưu vực sông Mê Công, thành lập Ủy hội sông Mê Công. Hai nước ở thượng nguồn là Trung Quốc và Mi-an-ma không tham gia Hiệp định, mà từ năm 1996 chỉ là đối tác đối thoại của Ủy hội. Từ đó đến nay, các nước thành viên thường xuyên phối hợp trong quản lý và sử dụng nguồn nước, dù lợi ích của các nước thượng nguồn và hạ nguồn không phải lúc nào cũng thống nhất.",
        ),
    ],
}

DOCS = [KA_SINGAPORE, KB_REPORT, KC_NEWS, KD_RESOLUTION, KE_TEXTBOOK]


def _header(head: str, page: int) -> str:
    """Even pages carry the page number on the left, odd pages on the right."""
    return f"{page} {head}" if page % 2 == 0 else f"{head} {page}"


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """PDF text layer: the running header with its page number at the head of every page (odd pages
    "journal, issue N", even pages "N journal, issue"), title in 48-column lines, "Tóm tắt:"/"Từ khóa:"
    wrapped at 92, body wrapped at 68 columns; a form feed after ``break_after`` body lines, which
    falls inside a paragraph (mid-sentence)."""
    head, page = doc["header"], doc["first_page"]
    first = _header(head, page)
    out: list[str] = [first, ""]
    removed: list[str] = [first]
    body = 0
    for b in doc["blocks"]:
        kind, text = b[0], b[1]
        if (front := front_matter_lines(kind, text, 48, 92)) is not None:
            out += front
        else:
            lines = wrap(text, 68)
            for i, ln in enumerate(lines):
                out.append(ln)
                body += 1
                if body == doc["break_after"]:
                    if not 0 < i < len(lines) - 1:
                        raise ValueError("the page break must fall inside a paragraph")
                    page += 1
                    hdr = _header(head, page)
                    out += ["\f" + hdr]
                    removed.append(hdr)
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n", removed


def render_word(doc: dict) -> str:
    """Word "Save as plain text" on Windows: CRLF line ends, every line followed by an empty line,
    paragraphs wrapped at 90 columns, the title at 70."""
    out: list[str] = []
    for b in doc["blocks"]:
        out += wrap(b[1], 90 if b[0] != "title" else 70)
    return "".join(ln + "\r\n\r\n" for ln in out)


def render_news(doc: dict) -> str:
    """A news page saved as HTML: header menu, breadcrumb, <h1>, <time>, the lead in a <div>, a
    figure with caption, body paragraphs, author, share bar, related list, footer."""
    blocks = doc["blocks"]
    lead, rest = blocks[1], blocks[2:]
    body = "\n".join(f"<p>{b[1]}</p>" for b in rest)
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{blocks[0][1]} - Thời sự Đối ngoại</title>\n"
        "</head>\n<body>\n"
        '<header class="site"><a class="logo" href="/">Thời sự Đối ngoại</a>\n'
        '<ul class="nav"><li><a href="/">Trang chủ</a></li><li><a href="/chinh-tri">Chính trị</a></li>'
        '<li><a href="/the-gioi">Thế giới</a></li></ul></header>\n'
        '<div class="wrap"><ol class="breadcrumb"><li><a href="/chinh-tri">Chính trị</a></li>'
        '<li><a href="/chinh-tri/doi-ngoai">Đối ngoại</a></li></ol>\n'
        '<article class="detail">\n'
        f'<h1 class="detail-title">{blocks[0][1]}</h1>\n'
        f'<div class="detail-time"><time datetime="{doc["datetime"]}">{doc["stamp"]}</time></div>\n'
        f'<div class="detail-sapo">{lead[1]}</div>\n'
        '<figure><img src="/img/hoi-dam.jpg" alt=""><figcaption>Quang cảnh buổi hội đàm. (Ảnh: TTXVN)'
        "</figcaption></figure>\n"
        f'<div class="detail-content">\n{body}\n</div>\n'
        '<div class="detail-author">Minh Anh</div>\n'
        '<div class="share">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a></div>\n'
        "</article>\n"
        '<section class="related"><h2>Tin cùng chuyên mục</h2><ul>'
        '<li><a href="/b1">Thúc đẩy hợp tác ASEAN về năng lượng</a></li></ul></section>\n'
        "</div>\n<footer>© Thời sự Đối ngoại. Ghi rõ nguồn khi trích dẫn.</footer>\n</body>\n</html>\n"
    )


def render_party(doc: dict) -> str:
    """A resolution exported from Word to text: the issuer/motto table as tab-separated rows, a
    two-line title, the preamble, one article ("Điều N.") a line, the "Nơi nhận" tail."""
    out = [*doc["head"], "", *doc["title_lines"], "", *doc["preamble"], ""]
    for b in doc["blocks"]:
        if b[0] != "title":
            out.append(b[1])
    out += ["", *doc["tail"]]
    return "\n".join(out) + "\n"


def render_textbook(doc: dict) -> str:
    """Textbook copy: title, a blank line; each heading after a blank line; paragraphs hard-wrapped
    at 78 columns with a four-space first-line indent and no blank line between them."""
    out: list[str] = []
    for b in doc["blocks"]:
        if b[0] == "title":
            out += [b[1], ""]
        elif b[0] == "heading":
            out += ["", b[1]]
        else:
            lines = wrap("~~~~" + b[1], 78)  # placeholder keeps the indent through the wrap
            out += ["    " + lines[0][4:], *lines[1:]]
    return "\n".join(out) + "\n"


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "news": render_news,
            "party": render_party,
            "textbook": render_textbook,
            "word": render_word,
        },
        prefix="k",
    )


if __name__ == "__main__":
    sys.exit(main())
