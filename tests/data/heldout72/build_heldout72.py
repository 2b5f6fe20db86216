"""Build the seventy-second held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout72/build_heldout72.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
topics those sets do not use as main topics (Iceland between NATO, EFTA and the EU and its ties with
Vietnam, Bạc Liêu's external affairs in 2024, Iceland's withdrawal of its EU application on 12/3/2015, a
(fictitious) Ministry of Industry and Trade plan for trade with Iceland and Norway and the Vietnam – EFTA
negotiations in 2026, an encyclopedia entry on the Nordic Council). Nothing in src/ was read or changed
for them. Facts are well-established; authors, journal, page numbers, document numbers, the provincial
report's local items and all quoted words are invented, the ministry plan (number, date, tasks) is
fictitious. Events, citations and questions gold are written by hand; ``--check`` verifies that every
gold evidence, quote and citation occurs in the documents.
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

XXA_ICELAND = {
    "id": "xxa",
    "shape": "journal",
    "header": "Tạp chí Nghiên cứu Bắc Âu và Bắc Cực | Số 3 (2025)",
    "first_page": 117,
    "break_after": 10,
    "blocks": [
        ("title", "AI-XƠ-LEN GIỮA NATO, EFTA VÀ EU"),
        ("author", "Cao Thị Minh Nguyệt"),
        ("affiliation", "Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết phân tích các lựa chọn hội nhập của Ai-xơ-len và hàm ý cho Việt Nam.",
            "vi",
        ),
        ("keywords", "Ai-xơ-len; EFTA; NATO; nghề cá", "vi"),
        ("heading", "1. Hội nhập có chọn lọc", 1),
        (
            "paragraph",
            "Ai-xơ-len được kết nạp vào Liên hợp quốc ngày 19/11/1946 và ba năm sau trở thành một trong mười hai thành viên sáng lập NATO, dù không có quân đội thường trực. Ngày 1/3/1970, nước này gia nhập Hiệp hội Thương mại tự do châu Âu (EFTA) (Nguyễn Hải Đăng, 2015, tr. 52). Đơn xin gia nhập EU nộp tháng 7/2009 đã được chính phủ rút lại vào tháng 3/2015.",
        ),
        ("heading", "2. Nghề cá – lợi ích cốt lõi", 1),
        (
            "paragraph",
            "Để bảo vệ ngư trường, Ai-xơ-len nhiều lần mở rộng vùng đánh cá, dẫn tới ba cuộc “chiến tranh cá tuyết” với Anh. Tháng 2/1976, Rây-ki-a-vích cắt đứt quan hệ ngoại giao với Luân Đôn, một trường hợp hiếm hoi giữa hai thành viên NATO; đến tháng 6/1976, hai bên mới ký thỏa thuận chấm dứt tranh chấp tại Ô-xlô (Trịnh Quốc Bảo, 2019). Ngày 17/10/2008, giữa lúc khủng hoảng ngân hàng, nước này chỉ giành được 87 phiếu và thất bại trong cuộc bầu ủy viên không thường trực Hội đồng Bảo an, khi Việt Nam đang ở năm đầu của nhiệm kỳ 2008 – 2009.",
        ),
        ("heading", "3. Hàm ý cho hợp tác với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam và Ai-xơ-len đã thiết lập quan hệ ngoại giao từ lâu. Chương trình đào tạo nghề cá của Đại học Liên hợp quốc tại Rây-ki-a-vích đã đào tạo nhiều cán bộ của Trường Đại học Nha Trang và các viện nghiên cứu thủy sản. Kinh nghiệm của bạn cho thấy “quản lý hạn ngạch chặt chẽ có thể đi cùng với một ngành khai thác có lãi” (Vũ Thị Hải Yến, 2023, tr. 77). Việt Nam và EFTA, trong đó có Ai-xơ-len, đã khởi động đàm phán hiệp định thương mại tự do từ năm 2012; ta cần sớm kết thúc đàm phán để mở rộng thị trường cho thủy sản chế biến.",
        ),
    ],
}

XXB_BACLIEU = {
    "id": "xxb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU",
        "SỞ NGOẠI VỤ",
        "Số: 246/BC-SNgV",
        "Bạc Liêu, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết công tác đối ngoại năm 2024 và phương hướng, nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác đối ngoại năm 2024 và phương hướng, nhiệm vụ năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Tỉnh đã đón 41 đoàn với 380 lượt khách quốc tế đến tìm hiểu cơ hội đầu tư, chủ yếu trong lĩnh vực điện gió và nuôi tôm công nghệ cao, trong đó có các đoàn của Đan Mạch, Nhật Bản và Hàn Quốc.",
        ),
        (
            "list_item",
            "2. Tháng 4/2024, Chủ tịch UBND tỉnh tiếp Tổng Lãnh sự Nhật Bản tại Thành phố Hồ Chí Minh; hai bên trao đổi về việc thu hút nhà đầu tư Nhật Bản vào Khu công nghiệp Trà Kha.",
        ),
        (
            "list_item",
            "3. Ngày 21/6/2024, tỉnh ký Thỏa thuận hợp tác hữu nghị với thành phố Tongyeong (Hàn Quốc), mở ra khả năng hợp tác về nuôi biển và chế biến thủy sản.",
        ),
        (
            "list_item",
            "4. Tháng 9/2024, đoàn chuyên gia Ai-xơ-len sang làm việc với Sở Nông nghiệp và Phát triển nông thôn về quản lý đội tàu khai thác xa bờ; hai bên thống nhất xây dựng đề án thí điểm nhật ký khai thác điện tử tại cảng cá Gành Hào.",
        ),
        (
            "list_item",
            "5. Trường mẫu giáo tại huyện Hồng Dân, do Chính phủ Nhật Bản viện trợ không hoàn lại khoảng 90.000 USD, đã được bàn giao trong tháng 11.",
        ),
        (
            "list_item",
            "6. Đoàn công tác của tỉnh sang Na Uy và Ai-xơ-len, dự kiến vào tháng 10, chưa thực hiện được do chưa bố trí đủ kinh phí.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 5/2025, tổ chức đoàn lãnh đạo tỉnh sang Ai-xơ-len và Na Uy khảo sát mô hình quản lý nghề cá và nuôi trồng thủy sản công nghệ cao.",
        ),
        (
            "list_item",
            "2. Đón đoàn thành phố Tongyeong sang dự Lễ hội Nghinh Ông Gành Hào năm 2025 và trao đổi về chương trình thực tập sinh nghề cá.",
        ),
        (
            "list_item",
            "3. Phối hợp với Đại sứ quán Đan Mạch tổ chức hội thảo về quy hoạch điện gió ngoài khơi và đào tạo nguồn nhân lực cho ngành năng lượng tái tạo của tỉnh.",
        ),
    ],
}

XXC_EUBID = {
    "id": "xxc",
    "shape": "news",
    "date": "2015-03-13",
    "stamp": "13/03/2015 08:40 GMT+7",
    "blocks": [
        ("title", "Ai-xơ-len rút đơn xin gia nhập Liên minh châu Âu"),
        (
            "paragraph",
            "Rây-ki-a-vích (TTXVN) – Ngày 12/3, Bộ trưởng Ngoại giao Ai-xơ-len Gunnar Bragi Sveinsson cho biết ông đã gửi thư tới Lát-vi-a, nước đang giữ chức Chủ tịch luân phiên Hội đồng EU, và Ủy ban châu Âu, thông báo Rây-ki-a-vích không còn coi mình là nước ứng cử viên gia nhập EU.",
        ),
        ("heading", "Đàm phán dang dở", 1),
        (
            "paragraph",
            "Ai-xơ-len nộp đơn xin gia nhập EU tháng 7/2009, chưa đầy một năm sau khi hệ thống ngân hàng của nước này sụp đổ. Đàm phán gia nhập chính thức khởi động tháng 7/2010, song bị đình lại từ tháng 5/2013, khi liên minh của Đảng Tiến bộ và Đảng Độc lập, vốn phản đối việc gia nhập, lên cầm quyền. Hồi đầu tháng 1 năm nay, Thủ tướng Sigmundur Davíð Gunnlaugsson đã tuyên bố chính phủ sẽ rút đơn. Các đảng đối lập phản đối gay gắt vì quyết định không được đưa ra Quốc hội thảo luận, trong khi nghị quyết xin gia nhập năm 2009 do chính Quốc hội thông qua.",
        ),
        ("heading", "Vẫn gắn bó với châu Âu", 1),
        (
            "paragraph",
            "Giới phân tích cho rằng chính sách nghề cá chung của EU là trở ngại lớn nhất, bởi thủy sản chiếm tỷ trọng lớn trong xuất khẩu của quốc đảo này. Dù vậy, Ai-xơ-len vẫn tham gia Khu vực Kinh tế châu Âu (EEA) từ năm 1994 và là thành viên khu vực Schengen từ năm 2001. Na Uy, nước láng giềng cùng là thành viên EFTA, từng hai lần bác bỏ việc gia nhập qua các cuộc trưng cầu ý dân năm 1972 và 1994.",
        ),
    ],
}

XXD_PLAN = {
    "id": "xxd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 41/KH-BCT':<40}Hà Nội, ngày 22 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Xúc tiến thương mại với Ai-xơ-len, Na Uy và thúc đẩy đàm phán",
        "Hiệp định thương mại tự do Việt Nam – EFTA năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Xúc tiến thương mại với Ai-xơ-len, Na Uy và thúc đẩy đàm phán Hiệp định thương mại tự do Việt Nam – EFTA năm 2026",
        ),
        (
            "paragraph",
            "Nhằm khai thác các thị trường có sức mua cao ở Bắc Âu và thúc đẩy đàm phán Hiệp định thương mại tự do giữa Việt Nam và Hiệp hội Thương mại tự do châu Âu (EFTA), được khởi động từ năm 2012, Bộ Công Thương ban hành Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "EFTA hiện gồm Ai-xơ-len, Lích-tên-xtên, Na Uy và Thụy Sĩ; trong đó Ai-xơ-len và Na Uy vừa là thị trường nhập khẩu, vừa là đối thủ cạnh tranh của ta trên thị trường thủy sản thế giới. Năm ngoái, Bộ đã tổ chức đoàn doanh nghiệp sang Rây-ki-a-vích và Ô-xlô, song chưa ký được thỏa thuận hợp tác nào với các hiệp hội ngành hàng của bạn.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Phối hợp với Bộ Ngoại giao và các bộ, ngành thúc đẩy các phiên đàm phán với EFTA, phấn đấu cơ bản kết thúc đàm phán trong năm nay.",
        ),
        (
            "list_item",
            "2. Trong tháng 6, tổ chức đoàn xúc tiến thương mại sang Na Uy và Ai-xơ-len, kết hợp tìm hiểu công nghệ chế biến cá tuyết.",
        ),
        (
            "list_item",
            "3. Mời doanh nghiệp thủy sản Ai-xơ-len sang dự Triển lãm Thủy sản quốc tế Việt Nam (Vietfish) tại Thành phố Hồ Chí Minh.",
        ),
        (
            "list_item",
            "4. Đề nghị phía Thụy Sĩ tiếp tục hỗ trợ kỹ thuật cho doanh nghiệp Việt Nam về tiêu chuẩn xuất khẩu thông qua Cục Kinh tế Liên bang Thụy Sĩ (SECO).",
        ),
        (
            "list_item",
            "5. Không mở văn phòng xúc tiến thương mại riêng tại Rây-ki-a-vích trong năm 2026.",
        ),
        (
            "paragraph",
            "Vụ Thị trường châu Âu – châu Mỹ là đơn vị đầu mối, chịu trách nhiệm theo dõi và tổng hợp kết quả thực hiện.",
        ),
    ],
}

XXE_NORDIC = {
    "id": "xxe",
    "shape": "entry",
    "blocks": [
        ("title", "Hội đồng Bắc Âu"),
        (
            "paragraph",
            "Hội đồng Bắc Âu (Nordic Council) là diễn đàn hợp tác liên nghị viện chính thức của khu vực Bắc Âu, gồm 87 đại biểu do quốc hội Đan Mạch, Phần Lan, Ai-xơ-len, Na Uy, Thụy Điển và ba vùng tự trị Quần đảo Pha-rô, Grơn-len, Ô-lan cử ra.",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "Hội đồng được Đan Mạch, Ai-xơ-len, Na Uy và Thụy Điển lập ra năm 1952 theo đề xuất của cựu Thủ tướng Đan Mạch Hans Hedtoft. Kỳ họp đầu tiên diễn ra tại Quốc hội Đan Mạch ở Cô-pen-ha-ghen ngày 13/2/1953. Phần Lan gia nhập muộn hơn, vào năm 1955. Hiệp ước Hen-xin-ki về hợp tác Bắc Âu, ký ngày 23/3/1962, là nền tảng pháp lý của Hội đồng; năm 1971, Hội đồng Bộ trưởng Bắc Âu được thành lập để điều phối hợp tác giữa các chính phủ.",
        ),
        ("heading", "Mở rộng hợp tác", 1),
        (
            "paragraph",
            "Quần đảo Pha-rô và Ô-lan có đại diện tại Hội đồng từ năm 1970, Grơn-len từ năm 1984. Sau khi ba nước Baltic khôi phục độc lập, Hội đồng Bộ trưởng Bắc Âu mở văn phòng tại Ta-lin, Ri-ga và Vin-ni-út năm 1991.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam không phải là đối tác chính thức của Hội đồng Bắc Âu, song có quan hệ ngoại giao với cả năm nước thành viên, sớm nhất là với Thụy Điển (11/1/1969), tiếp đó là Đan Mạch và Na Uy (25/11/1971), Phần Lan (25/1/1973). Thụy Điển, Đan Mạch, Phần Lan và Na Uy từng là những nhà tài trợ ODA lớn cho Việt Nam trong nhiều thập kỷ.",
        ),
    ],
}

DOCS = [XXA_ICELAND, XXB_BACLIEU, XXC_EUBID, XXD_PLAN, XXE_NORDIC]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page (also the first), front
    matter by heldout_kit.front_matter_lines (title at 46 columns, labels at 72), headings with no blank line
    after them, body at 72 columns; after ``break_after`` body lines (mid-sentence) the bare page number
    flush right, a form feed and the running header; the last page ends with its number."""
    head = doc["header"]

    def foot(n: int) -> str:
        return f"{n:>72}"

    out, last = paged_body(
        doc, 46, 72, 72, lambda page: ["", foot(page), "\f" + head, ""], blank_after_heading=False
    )
    pages = range(doc["first_page"], last + 1)
    return "\n".join([head, "", *out, foot(last)]) + "\n", [head, *(foot(n).strip() for n in pages)]


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 66 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the director's signature and name at the end."""
    return word_text(doc, 66, ["GIÁM ĐỐC", "(Đã ký)", "Trần Quang Nhật"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="og:title"> and <meta itemprop="datePublished">, a breadcrumb <div>,
    <div class="article">, <h1>, a date <span>, the lead (with its dateline) in <p class="lead"><strong>,
    <h2> subheads, <p> paragraphs, a "Tin liên quan" list, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"<h2>{b[1]}</h2>" if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f'<meta property="og:title" content="{title}">\n'
        f'<meta itemprop="datePublished" content="{doc["date"]}T08:40:00+07:00">\n'
        f"<title>{title}</title>\n</head>\n<body>\n"
        '<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/the-gioi">Thế giới</a></div>\n'
        f'<div class="article">\n<h1>{title}</h1>\n<span class="time">{doc["stamp"]}</span>\n'
        f'<p class="lead"><strong>{lead}</strong></p>\n' + "\n".join(body) + "\n"
        '<div class="related">Tin liên quan: <a href="/eu-mo-rong">EU và tiến trình mở rộng</a></div>\n'
        "</div>\n<footer>Thông tấn xã Việt Nam</footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 78
    columns with a blank line between blocks, "Nơi nhận" at the left and the signature at the right."""
    tail = [
        f"{'Nơi nhận:':<48}KT. BỘ TRƯỞNG",
        f"{'- Bộ Ngoại giao;':<48}THỨ TRƯỞNG",
        f"{'- Lưu: VT, TTAM.':<51}(đã ký)",
    ]
    return official_text(doc, 78, tail)


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
        prefix="xx",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
