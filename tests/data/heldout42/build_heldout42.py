"""Build the forty-second held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout42/build_heldout42.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout38, on topics those sets do not use (Nepal between SAARC and
BIMSTEC, Sơn La's external affairs in 2024, the election of the IOC President of 20/3/2025, a Foreign
Ministry decision on 50 years of relations with Nepal and the Maldives, an encyclopedia entry on the
South Asian Free Trade Area agreement). Nothing in src/ was changed for them. Facts are
well-established; authors, journal, page numbers, document numbers, the provincial report's local
figures and all quoted words are invented, the ministry decision (number, date, tasks) is fictitious.
Events, citations and questions gold are written by hand; ``--check`` verifies that every gold
evidence, quote and citation occurs in the documents.
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

ZDA_NEPAL = {
    "id": "zda",
    "shape": "journal",
    "header": "Tạp chí Khoa học Nam Á học, số 2 (2025)",
    "first_page": 61,
    "break_after": 5,
    "blocks": [
        ("title", "NÊ-PAN GIỮA SAARC VÀ BIMSTEC: HÀM Ý ĐỐI VỚI VIỆT NAM"),
        ("author", "Vũ Thị Thanh Bình"),
        ("affiliation", "Viện Nghiên cứu Nam Á, Tây Á và châu Phi"),
        ("abstract", "Bài viết phân tích vị trí của Nê-pan trong SAARC và BIMSTEC.", "vi"),
        ("keywords", "Nê-pan; SAARC; BIMSTEC", "vi"),
        ("heading", "1. Từ SAARC đến vịnh Ben-gan", 1),
        (
            "paragraph",
            "Nê-pan được kết nạp vào Liên hợp quốc ngày 14/12/1955. Ngày 8/12/1985, tại Đa-ca, nước này cùng Ấn Độ, Pa-ki-xtan, Băng-la-đét, Xri Lan-ca, Bu-tan và Man-đi-vơ thông qua Hiến chương thành lập Hiệp hội Hợp tác khu vực Nam Á (SAARC), tổ chức về sau đặt Ban Thư ký tại Ca-tman-đu (Phạm Thu Hằng, 2018, tr. 33). Hội nghị cấp cao SAARC lần thứ 19, vốn dự kiến họp tại I-xla-ma-bát năm 2016, đã không thể diễn ra do Ấn Độ cùng một số thành viên tuyên bố không tham dự, khiến Nê-pan giữ cương vị Chủ tịch SAARC kéo dài từ năm 2014 đến nay.",
        ),
        (
            "paragraph",
            "Ca-tman-đu vì thế coi trọng hơn BIMSTEC, cơ chế mà Nê-pan gia nhập năm 2004. Hội nghị cấp cao BIMSTEC lần thứ tư họp tại Ca-tman-đu ngày 30 – 31/8/2018 do Thủ tướng nước chủ nhà K. P. Sharma Oli chủ trì; Bản ghi nhớ về thiết lập kết nối lưới điện BIMSTEC đã được ký kết nhân dịp này (Lê Minh Quân, 2020).",
        ),
        ("heading", "2. Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam và Nê-pan thiết lập quan hệ ngoại giao ngày 15/5/1975. Là thành viên Phong trào Không liên kết, hai nước luôn ủng hộ lẫn nhau trên các diễn đàn đa phương; năm 2015, Việt Nam viện trợ 50.000 USD giúp phía bạn khắc phục hậu quả động đất. Tuy vậy, đến nay hai bên chưa mở đại sứ quán thường trú tại thủ đô của nhau. Nếu Nê-pan thực sự là “cánh cửa lên dãy Hi-ma-lay-a” của du khách Việt (Trần Đức Long, 2023, tr. 112), hai bên nên phấn đấu sớm mở đường bay thẳng.",
        ),
    ],
}

ZDB_SONLA = {
    "id": "zdb",
    "shape": "word",
    "head": [
        "UBND TỈNH SƠN LA",
        "SỞ NGOẠI VỤ",
        "Số: 214/BC-SNgV",
        "Sơn La, ngày 13 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác đối ngoại năm 2024, phương hướng nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại năm 2024, phương hướng nhiệm vụ năm 2025"),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Mối quan hệ đoàn kết đặc biệt với hai tỉnh Hủa Phăn và Luông Pha Bang (Lào) tiếp tục được vun đắp; lực lượng chức năng của ba tỉnh phối hợp tuần tra, giữ gìn an ninh trên tuyến biên giới chung.",
        ),
        (
            "list_item",
            "2. Từ ngày 9 đến ngày 11/4/2024, đoàn đại biểu cấp cao tỉnh Hủa Phăn do Bí thư, Tỉnh trưởng dẫn đầu sang thăm và làm việc tại Sơn La; nhân dịp này, tỉnh trao tặng phía bạn 5 tỷ đồng để xây dựng trường phổ thông dân tộc nội trú.",
        ),
        (
            "list_item",
            "3. Dự án hỗ trợ phụ nữ dân tộc thiểu số phát triển sinh kế do Cơ quan Liên hợp quốc về Bình đẳng giới và Trao quyền cho phụ nữ (UN Women) tài trợ, trị giá khoảng 280.000 USD, được triển khai tại hai huyện Mộc Châu và Sốp Cộp.",
        ),
        (
            "list_item",
            "4. Tháng trước, đoàn doanh nghiệp Nê-pan đến tìm hiểu cơ hội đầu tư chế biến chè tại huyện Mai Sơn.",
        ),
        (
            "list_item",
            "5. Thỏa thuận hợp tác giai đoạn 2025 – 2030 với tỉnh Luông Pha Bang chưa được ký kết do phía bạn chưa hoàn thành thủ tục nội bộ.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 3 năm tới, đoàn lãnh đạo tỉnh dự kiến sang thăm tỉnh Luông Pha Bang để ký kết thỏa thuận nói trên.",
        ),
        (
            "list_item",
            "2. Phối hợp với UN Women nhân rộng mô hình sinh kế sang các huyện vùng cao còn lại.",
        ),
    ],
}

ZDC_IOC = {
    "id": "zdc",
    "shape": "news",
    "date": "2025-03-20",
    "stamp": "20/03/2025 22:15 GMT+7",
    "blocks": [
        ("title", "Bà Kirsty Coventry trở thành nữ Chủ tịch đầu tiên của Ủy ban Olympic quốc tế"),
        (
            "paragraph",
            "Costa Navarino (TTXVN) – Ngày 20/3, tại Phiên họp toàn thể lần thứ 144 của Ủy ban Olympic quốc tế (IOC) ở Hy Lạp, bà Kirsty Coventry, Bộ trưởng Thể thao Dim-ba-bu-ê, đã được bầu làm Chủ tịch IOC ngay ở vòng đầu với 49 trên tổng số 97 phiếu.",
        ),
        ("heading", "Vượt qua sáu ứng viên", 1),
        (
            "paragraph",
            "Bà Coventry đã vượt qua sáu đối thủ, trong đó có ông Juan Antonio Samaranch (Tây Ban Nha), ông Sebastian Coe (Anh) và Hoàng thân Feisal bin Al Hussein của Gioóc-đa-ni, để trở thành người châu Phi đầu tiên đứng đầu tổ chức được thành lập tại Pa-ri năm 1894 này.",
        ),
        (
            "paragraph",
            "Bà sẽ chính thức nhậm chức ngày 23/6/2025, kế nhiệm ông Thomas Bach (Đức), người lãnh đạo IOC từ năm 2013 và không được tái tranh cử vì đã hết hai nhiệm kỳ.",
        ),
        ("heading", "Việt Nam với phong trào Olympic", 1),
        (
            "paragraph",
            "Tại Thế vận hội Pa-ri năm ngoái, đoàn Thể thao Việt Nam không giành được huy chương nào; tấm huy chương vàng Olympic duy nhất của nước ta vẫn là của xạ thủ Hoàng Xuân Vinh tại Ri-ô đơ Gia-nê-rô ngày 6/8/2016. Qua chương trình Đoàn kết Olympic, IOC thường xuyên cấp học bổng tập huấn cho vận động viên Việt Nam.",
        ),
    ],
}

ZDD_DECISION = {
    "id": "zdd",
    "shape": "decision",
    "head": [
        f"{'BỘ NGOẠI GIAO':<42}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':42}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 112/QĐ-BNG':<42}Hà Nội, ngày 20 tháng 01 năm 2025",
    ],
    "title_lines": [
        "QUYẾT ĐỊNH",
        "Phê duyệt Đề án tăng cường quan hệ với Nê-pan và Man-đi-vơ",
        "nhân dịp kỷ niệm 50 năm thiết lập quan hệ ngoại giao",
    ],
    "blocks": [
        (
            "title",
            "QUYẾT ĐỊNH Phê duyệt Đề án tăng cường quan hệ với Nê-pan và Man-đi-vơ nhân dịp kỷ niệm 50 năm thiết lập quan hệ ngoại giao",
        ),
        (
            "paragraph",
            "Căn cứ chức năng, nhiệm vụ, quyền hạn của Bộ Ngoại giao; theo đề nghị của Vụ trưởng Vụ Nam Á – Tây Nam Á – châu Phi,",
        ),
        ("paragraph", "QUYẾT ĐỊNH:"),
        (
            "paragraph",
            "Điều 1. Phê duyệt Đề án tăng cường quan hệ với Nê-pan (thiết lập quan hệ ngoại giao ngày 15/5/1975) và Man-đi-vơ (thiết lập quan hệ ngoại giao năm 1975), hai thành viên sáng lập SAARC, gồm các nhiệm vụ sau:",
        ),
        (
            "list_item",
            "1. Lãnh đạo Nhà nước gửi thư chúc mừng Tổng thống hai nước bạn vào đúng ngày kỷ niệm.",
        ),
        (
            "list_item",
            "2. Dự kiến tháng 9 năm nay tổ chức tham khảo chính trị cấp Thứ trưởng Ngoại giao với Nê-pan tại Ca-tman-đu; hai bên sẽ ký Bản ghi nhớ hợp tác đào tạo cán bộ ngoại giao.",
        ),
        (
            "list_item",
            "3. Đề nghị Nê-pan và Man-đi-vơ ủng hộ Việt Nam ứng cử thành viên Hội đồng Nhân quyền Liên hợp quốc nhiệm kỳ 2026 – 2028.",
        ),
        (
            "list_item",
            "4. Tiếp tục phối hợp với Quỹ Phát triển Nông nghiệp Quốc tế (IFAD) nghiên cứu hỗ trợ Man-đi-vơ phát triển nghề nuôi trồng thủy sản.",
        ),
        (
            "list_item",
            "5. Không tổ chức đoàn cấp Bộ trưởng sang hai nước trong năm 2025; các hoạt động do cơ quan đại diện kiêm nhiệm thực hiện.",
        ),
        (
            "paragraph",
            "Điều 2. Vụ Nam Á – Tây Nam Á – châu Phi chủ trì, phối hợp với các đơn vị liên quan triển khai Quyết định này.",
        ),
    ],
}

ZDE_SAFTA = {
    "id": "zde",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp định Thương mại Tự do Nam Á"),
        (
            "paragraph",
            "Hiệp định Thương mại Tự do Nam Á (SAFTA) được bảy nước thành viên Hiệp hội Hợp tác khu vực Nam Á (SAARC) ký kết tại I-xla-ma-bát (Pa-ki-xtan) ngày 6/1/2004, nhân Hội nghị cấp cao SAARC lần thứ 12.",
        ),
        ("heading", "Tiền thân và hiệu lực", 1),
        (
            "paragraph",
            "SAFTA thay thế Thỏa thuận Thương mại Ưu đãi Nam Á (SAPTA), văn kiện được ký tại Đa-ca tháng 4/1993. Sau khi được tất cả các bên phê chuẩn, hiệp định có hiệu lực từ ngày 1/1/2006. Áp-ga-ni-xtan, trở thành thành viên thứ tám của SAARC năm 2007, về sau cũng tham gia hiệp định.",
        ),
        ("heading", "Nội dung", 1),
        (
            "paragraph",
            "Các bên cam kết cắt giảm dần thuế quan đối với hàng hóa có xuất xứ trong khu vực xuống mức 0 – 5%, với lộ trình dài hơn dành cho các nước kém phát triển như Nê-pan, Bu-tan và Băng-la-đét.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam không phải là bên tham gia SAFTA; trao đổi hàng hóa giữa nước ta với Nam Á chủ yếu dựa trên Hiệp định Thương mại hàng hóa ASEAN – Ấn Độ (2009), có hiệu lực từ ngày 1/1/2010. Trong khi đó, Hiệp định khung về khu vực thương mại tự do BIMSTEC, được ký năm 2004, đến nay vẫn chưa dẫn tới một hiệp định hoàn chỉnh.",
        ),
    ],
}

DOCS = [ZDA_NEPAL, ZDB_SONLA, ZDC_IOC, ZDD_DECISION, ZDE_SAFTA]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: front matter by heldout_kit.front_matter_lines (title at 44
    columns, labels at 70), body at 70 columns, headings without a blank line after them; after
    ``break_after`` body lines (mid-sentence) the page number right-aligned at 70 columns, a form feed
    and the running header; the last page ends with its number."""
    head = doc["header"]
    out, last = paged_body(
        doc, 44, 70, 70, lambda page: ["", f"{page:>70}", "\f" + head, ""], blank_after_heading=False
    )
    return "\n".join([*out, f"{last:>70}"]) + "\n", [head, *map(str, range(doc["first_page"], last + 1))]


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 72, ["GIÁM ĐỐC", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A newspaper page: <meta> date, a header menu, <h1>, the stamp, the lead (with its dateline) in
    <div class="sapo">, <h2> subheads, <p> paragraphs, a related-links list, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"<h2>{b[1]}</h2>" if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="pubdate" content="{doc["date"]}T22:15:00+07:00">\n'
        f"<title>{title} | Thể thao</title>\n</head>\n<body>\n"
        '<header><ul><li><a href="/">Trang chủ</a></li><li><a href="/the-thao">Thể thao</a></li></ul></header>\n'
        f'<div class="detail">\n<h1>{title}</h1>\n<div class="date">{doc["stamp"]}</div>\n'
        f'<div class="sapo">{lead}</div>\n' + "\n".join(body) + "\n"
        '<ul class="related"><li><a href="/olympic">Tin liên quan: Olympic</a></li></ul>\n'
        "</div>\n<footer>© Báo điện tử Thể thao Việt Nam</footer>\n</body>\n</html>\n"
    )


def render_decision(doc: dict) -> str:
    """A ministry decision: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    tail = [
        f"{'Nơi nhận:':<46}BỘ TRƯỞNG",
        f"{'- Như Điều 2;':<50}(đã ký)",
        "- Lưu: VT, NA-TA-CP.",
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
            "decision": render_decision,
            "entry": entry_text,
        },
        prefix="zd",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
