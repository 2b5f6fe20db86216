"""Build the hundred-and-twenty-sixth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout126/build_heldout126.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
topics those sets do not use (Vietnam – United Kingdom economic relations after Brexit, the Vietnamese
Embassy in the United Kingdom in the first half of 2025, the United Kingdom's departure from the EU on
31/1/2020, a (fictitious) Ministry of Education and Training plan for education cooperation with the
United Kingdom in 2026, an encyclopedia entry on the Good Friday Agreement). Nothing in src/ was changed
for them. Facts are well-established; authors, journal, page numbers, document numbers, the embassy
report's items and all quoted words are invented, the ministry plan (number, date, tasks) is fictitious.
Events, citations and questions gold are written by hand; ``--check`` verifies that every gold evidence,
quote and citation occurs in the documents.
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
    plan_text,
    word_text,
)

RRA_BREXIT = {
    "id": "rra",
    "shape": "journal",
    "header": "TẠP CHÍ KINH TẾ ĐỐI NGOẠI VÀ HỘI NHẬP – Số 3 (2025)",
    "first_page": 44,
    "break_after": 13,
    "blocks": [
        ("title", "QUAN HỆ KINH TẾ VIỆT NAM – VƯƠNG QUỐC ANH SAU BREXIT: TỪ UKVFTA ĐẾN CPTPP"),
        ("author", "Đặng Thị Thu Trang"),
        ("affiliation", "Viện Kinh tế và Chính trị thế giới, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết đánh giá tác động của việc Vương quốc Anh rời Liên minh châu Âu đối với quan hệ kinh tế Việt Nam – Anh và đề xuất một số giải pháp nhằm tận dụng các hiệp định thương mại tự do.",
            "vi",
        ),
        ("keywords", "Brexit; UKVFTA; CPTPP; quan hệ Việt Nam – Anh", "vi"),
        ("heading", "1. Brexit và bài toán của các đối tác ngoài EU", 1),
        (
            "paragraph",
            "Vương quốc Anh gia nhập Cộng đồng Kinh tế châu Âu (EEC) ngày 1/1/1973, cùng đợt với Ai-len và Đan Mạch. Gần nửa thế kỷ sau, trong cuộc trưng cầu ý dân ngày 23/6/2016, 51,9% cử tri nước này lựa chọn rời khỏi khối. London chính thức rời Liên minh châu Âu (EU) ngày 31/1/2020, song vẫn áp dụng các quy định của EU đến hết giai đoạn chuyển tiếp vào cuối năm đó. Như một nhà nghiên cứu nhận xét, Brexit buộc Anh “phải tự mình dựng lại toàn bộ mạng lưới hiệp định thương mại với các đối tác ngoài châu Âu” (Phạm Quốc Trung, 2021, tr. 45).",
        ),
        ("heading", "2. Từ Đối tác chiến lược đến UKVFTA", 1),
        (
            "paragraph",
            "Việt Nam và Anh thiết lập quan hệ ngoại giao ngày 11/9/1973. Nhân chuyến thăm chính thức Vương quốc Anh của Thủ tướng Nguyễn Tấn Dũng, ngày 8/9/2010 hai nước ký Tuyên bố chung về quan hệ Đối tác chiến lược. Do Hiệp định EVFTA sẽ không còn áp dụng với Anh sau giai đoạn chuyển tiếp, trong năm 2020 hai bên đã khẩn trương đàm phán một hiệp định song phương nhằm duy trì các ưu đãi thuế quan. Hiệp định Thương mại tự do Việt Nam – Vương quốc Anh (UKVFTA) được ký ngày 29/12/2020, áp dụng tạm thời từ 23 giờ ngày 31/12/2020 (giờ Luân Đôn) và chính thức có hiệu lực từ ngày 1/5/2021 (Nguyễn Thu Hằng, 2022).",
        ),
        ("heading", "3. Hội nhập đa phương và hợp tác xanh", 1),
        (
            "paragraph",
            "Tháng 8/2021, Anh trở thành Đối tác đối thoại của ASEAN, đối tác đầu tiên được Hiệp hội trao quy chế này sau 25 năm. Ngày 16/7/2023, tại Ốc-len (Niu Di-lân), các nước thành viên CPTPP, trong đó có Việt Nam, đã ký với Anh Nghị định thư gia nhập; từ ngày 15/12/2024, Anh chính thức trở thành thành viên thứ 12 của Hiệp định (Lê Văn Khánh, 2024, tr. 88). Trong lĩnh vực năng lượng, ngày 14/12/2022, Việt Nam và Nhóm Đối tác quốc tế (IPG) do EU và Anh đồng dẫn dắt đã thông qua Tuyên bố chính trị về thiết lập Quan hệ Đối tác chuyển đổi năng lượng công bằng (JETP).",
        ),
        (
            "paragraph",
            "Dù vậy, tỷ lệ doanh nghiệp Việt Nam tận dụng ưu đãi thuế quan của UKVFTA vẫn chưa cao. Thời gian tới, ta cần đẩy mạnh xúc tiến thương mại tại thị trường Anh và tranh thủ nguồn tài chính xanh từ các định chế tài chính của Luân Đôn.",
        ),
    ],
}

RRB_EMBASSY = {
    "id": "rrb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "ĐẠI SỨ QUÁN VIỆT NAM",
        "TẠI VƯƠNG QUỐC ANH VÀ BẮC AI-LEN",
        "Số: 86/BC-ĐSQ",
        "Luân Đôn, ngày 30 tháng 6 năm 2025",
    ],
    "title_lines": ["BÁO CÁO", "Công tác đối ngoại 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Công tác đối ngoại 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2025"),
        ("heading", "I. KẾT QUẢ CÔNG TÁC 6 THÁNG ĐẦU NĂM", 1),
        (
            "list_item",
            "1. Đại sứ quán đã đón tiếp, phục vụ 11 đoàn của các bộ, ngành và địa phương sang làm việc tại Vương quốc Anh. Tháng 3, đoàn Bộ Công Thương sang Luân Đôn dự phiên họp Ủy ban Thương mại chung theo Hiệp định UKVFTA; hai bên rà soát việc thực thi cam kết và nhất trí tháo gỡ rào cản đối với nông sản Việt Nam.",
        ),
        (
            "list_item",
            "2. Phối hợp với Hội đồng Anh tổ chức Ngày hội giáo dục Việt Nam – Vương quốc Anh tại Manchester; nhân dịp này, Trường Đại học Kinh tế Quốc dân và Trường Đại học Manchester ký thỏa thuận hợp tác đào tạo sau đại học.",
        ),
        (
            "list_item",
            "3. Tháng 5, Đại sứ tiếp và làm việc với Nhóm Nghị sĩ hữu nghị Anh – Việt Nam của Quốc hội Anh, trao đổi về chương trình chuyến thăm Việt Nam của Nhóm dự kiến vào tháng 9.",
        ),
        (
            "list_item",
            "4. Đại sứ quán tích cực vận động doanh nghiệp Anh đầu tư vào năng lượng tái tạo và tài chính xanh tại Việt Nam; tuy nhiên, đoàn doanh nghiệp điện gió ngoài khơi của Anh dự kiến sang Việt Nam khảo sát trong tháng 4 đã phải hoãn.",
        ),
        (
            "list_item",
            "5. Công tác bảo hộ công dân được triển khai kịp thời; Đại sứ quán phối hợp với Bộ Nội vụ Anh xác minh nhân thân, tiếp nhận công dân Việt Nam trở về nước theo đúng quy định.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM", 1),
        (
            "list_item",
            "1. Phối hợp chặt chẽ với các cơ quan trong nước chuẩn bị chu đáo chuyến thăm chính thức Vương quốc Anh của lãnh đạo cấp cao ta, dự kiến vào tháng 10.",
        ),
        (
            "list_item",
            "2. Tổ chức Diễn đàn xúc tiến đầu tư vào năng lượng tái tạo tại Luân Đôn; vận động phía Anh tiếp tục hỗ trợ Việt Nam triển khai Quan hệ Đối tác chuyển đổi năng lượng công bằng (JETP).",
        ),
        (
            "list_item",
            "3. Tổ chức các hoạt động kỷ niệm 15 năm quan hệ Đối tác chiến lược Việt Nam – Vương quốc Anh vào tháng 9.",
        ),
    ],
}

RRC_BREXIT_DAY = {
    "id": "rrc",
    "shape": "news",
    "date": "2020-02-01",
    "stamp": "Thứ Bảy, 01/02/2020 - 07:05",
    "blocks": [
        ("title", "Anh chính thức rời Liên minh châu Âu sau 47 năm"),
        (
            "paragraph",
            "Luân Đôn (TTXVN) – Vào lúc 23 giờ ngày 31/1 (giờ GMT), tức 6 giờ sáng 1/2 theo giờ Hà Nội, Vương quốc Anh chính thức rời Liên minh châu Âu (EU), khép lại 47 năm là thành viên của khối.",
        ),
        ("heading", "Thỏa thuận rút khỏi EU đã được phê chuẩn", 1),
        (
            "paragraph",
            "Thỏa thuận về việc Anh rút khỏi EU đã được Chủ tịch Hội đồng châu Âu Charles Michel và Chủ tịch Ủy ban châu Âu Ursula von der Leyen ký tại Brúc-xen hôm 24/1, cùng ngày Thủ tướng Boris Johnson ký văn kiện này tại Luân Đôn. Ngày 29/1, Nghị viện châu Âu phê chuẩn thỏa thuận với 621 phiếu thuận, 49 phiếu chống. Gia nhập Cộng đồng châu Âu từ năm 1973, Anh là quốc gia thành viên đầu tiên rời khỏi khối.",
        ),
        ("heading", "11 tháng chuyển tiếp", 1),
        (
            "paragraph",
            "Theo thỏa thuận, giai đoạn chuyển tiếp sẽ kéo dài đến hết ngày 31/12/2020. Trong thời gian này, Anh vẫn ở trong thị trường chung và liên minh thuế quan của EU nhưng không còn đại diện tại các thiết chế của khối; Thủ tướng Anh cũng sẽ không dự các hội nghị thượng đỉnh EU. Hai bên dự kiến khởi động đàm phán về quan hệ tương lai, trước hết là một hiệp định thương mại tự do, từ đầu tháng 3.",
        ),
        (
            "paragraph",
            "Đối với Việt Nam, Hiệp định Thương mại tự do Việt Nam – EU (EVFTA), ký tại Hà Nội ngày 30/6/2019, sẽ không áp dụng với thị trường Anh sau khi giai đoạn chuyển tiếp kết thúc. Các chuyên gia cho rằng Việt Nam và Anh cần sớm đàm phán một hiệp định song phương để doanh nghiệp hai nước không bị gián đoạn ưu đãi thuế quan.",
        ),
    ],
}

RRD_PLAN = {
    "id": "rrd",
    "shape": "plan",
    "head": [
        f"{'BỘ GIÁO DỤC VÀ ĐÀO TẠO':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 45/KH-BGDĐT':<40}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác giáo dục với Vương quốc Anh",
        "và Bắc Ai-len năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác giáo dục với Vương quốc Anh và Bắc Ai-len năm 2026"),
        (
            "paragraph",
            "Nhằm cụ thể hóa các thỏa thuận về giáo dục và đào tạo đạt được giữa lãnh đạo hai nước, đồng thời nâng cao chất lượng các chương trình liên kết đào tạo, Bộ Giáo dục và Đào tạo xây dựng Kế hoạch hợp tác với Vương quốc Anh năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Vương quốc Anh là một trong những điểm đến du học được sinh viên Việt Nam ưa chuộng; Chương trình học bổng Chevening của Chính phủ Anh hằng năm dành nhiều suất cho học viên Việt Nam. Năm ngoái, Bộ đã đón đoàn Bộ Giáo dục Anh sang làm việc, hai bên trao đổi về công nhận văn bằng và bảo đảm chất lượng, song chưa ký được thỏa thuận công nhận lẫn nhau về văn bằng giáo dục đại học.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 3 năm nay, cử đoàn công tác do một Thứ trưởng dẫn đầu sang Luân Đôn và Ê-đin-bơ-rơ làm việc với Bộ Giáo dục Anh, Cơ quan Bảo đảm chất lượng giáo dục đại học (QAA) và một số trường đại học.",
        ),
        (
            "list_item",
            "2. Tiếp tục đàm phán, tiến tới ký Thỏa thuận công nhận lẫn nhau về văn bằng giáo dục đại học nhân chuyến thăm Việt Nam của Bộ trưởng Giáo dục Anh, dự kiến vào tháng 9.",
        ),
        (
            "list_item",
            "3. Phối hợp với Hội đồng Anh triển khai chương trình bồi dưỡng năng lực tiếng Anh cho khoảng 2.000 giáo viên phổ thông tại các tỉnh miền núi phía Bắc.",
        ),
        (
            "list_item",
            "4. Đề nghị phía Anh tăng số suất học bổng Chevening dành cho cán bộ quản lý giáo dục.",
        ),
        (
            "list_item",
            "5. Không phê duyệt mới các chương trình liên kết đào tạo với đối tác Anh chưa được kiểm định chất lượng.",
        ),
        (
            "paragraph",
            "Cục Hợp tác quốc tế là đầu mối, phối hợp với các đơn vị liên quan theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

RRE_GOOD_FRIDAY = {
    "id": "rre",
    "shape": "entry",
    "blocks": [
        ("title", "Thỏa thuận Thứ Sáu Tốt lành"),
        (
            "paragraph",
            "Thỏa thuận Thứ Sáu Tốt lành, còn gọi là Thỏa thuận Belfast, là văn kiện hòa bình được ký tại Belfast ngày 10/4/1998, về cơ bản chấm dứt gần ba thập kỷ xung đột bạo lực ở Bắc Ai-len, thời kỳ thường được gọi là “những năm rối ren” (The Troubles), làm khoảng 3.500 người thiệt mạng.",
        ),
        ("heading", "Bối cảnh và đàm phán", 1),
        (
            "paragraph",
            "Hiệp định Anh – Ai-len ký tại Hillsborough năm 1985 lần đầu trao cho Dublin vai trò tham vấn về các vấn đề của Bắc Ai-len. Các cuộc đàm phán nhiều bên bắt đầu năm 1996, do cựu Thượng nghị sĩ Hoa Kỳ George Mitchell làm chủ tọa, với sự tham gia của chính phủ Anh, chính phủ Ai-len và phần lớn các đảng chính trị Bắc Ai-len; Đảng Liên hiệp Dân chủ (DUP) rút khỏi đàm phán năm 1997. Thỏa thuận gồm hai văn kiện: hiệp định giữa hai chính phủ do Thủ tướng Anh Tony Blair và Thủ tướng Ai-len Bertie Ahern ký, và thỏa thuận giữa các đảng tham gia đàm phán.",
        ),
        ("heading", "Phê chuẩn và thực thi", 1),
        (
            "paragraph",
            "Ngày 22/5/1998, Thỏa thuận được thông qua trong hai cuộc trưng cầu ý dân tổ chức cùng ngày ở Bắc Ai-len và Cộng hòa Ai-len, với tỷ lệ ủng hộ lần lượt là 71,1% và 94,4%. Theo cam kết, Ai-len sửa đổi Điều 2 và Điều 3 Hiến pháp, từ bỏ yêu sách lãnh thổ đối với Bắc Ai-len. Hiệp định giữa hai chính phủ có hiệu lực ngày 2/12/1999, khi Luân Đôn chuyển giao quyền lực cho chính quyền tự trị ở Belfast. Cũng trong năm 1998, John Hume và David Trimble được trao giải Nobel Hòa bình.",
        ),
        ("heading", "Sau Brexit", 1),
        (
            "paragraph",
            "Việc Anh rời EU năm 2020 đặt ra nguy cơ dựng lại biên giới cứng trên đảo Ai-len. Để tránh điều đó, Nghị định thư về Ai-len/Bắc Ai-len được đưa vào Thỏa thuận rút khỏi EU. Ngày 27/2/2023, Thủ tướng Anh Rishi Sunak và Chủ tịch Ủy ban châu Âu Ursula von der Leyen công bố Khuôn khổ Windsor nhằm điều chỉnh cơ chế thương mại của Bắc Ai-len.",
        ),
    ],
}

DOCS = [RRA_BREXIT, RRB_EMBASSY, RRC_BREXIT_DAY, RRD_PLAN, RRE_GOOD_FRIDAY]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 52 columns, labels and body at 72)."""
    return headed_journal(doc, title=52, label=72, body=72)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 70 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 70, ["ĐẠI SỨ", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Thế giới",
        "07:05",
        [("/the-gioi", "Thế giới"), ("/chau-au", "Châu Âu"), ("/kinh-te", "Kinh tế")],
        [("/tag/brexit", "Brexit"), ("/tag/anh", "Anh"), ("/tag/eu", "EU")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        76,
        [
            "Nơi nhận:",
            "- Bộ Ngoại giao (để phối hợp);",
            "- Đại sứ quán Việt Nam tại Anh;",
            "- Lưu: VT, HTQT.",
        ],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "(đã ký)"],
    )


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
        prefix="rr",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
