"""Build the hundred-and-fortieth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout140/build_heldout140.py [--check]

Five short documents on topics the earlier sets do not use (Vietnam – Sweden from the relations of
1969 to the development partnership, the Vietnam Women's Union's international relations in 2024,
Sweden becomes NATO's 32nd member on 7/3/2024, a (fictitious) Ministry of Science and Technology plan
for innovation cooperation with Sweden in 2026, an encyclopedia entry on the Schengen Agreement).
Facts are well-established; authors, journal, page numbers, document numbers, the Women's Union's items
and all quoted words are invented, the ministry plan is fictitious. Events, citations and questions
gold are written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in
the documents.
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

NQA_SWEDEN = {
    "id": "nqa",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU QUỐC TẾ – Số 3 (2025)",
    "first_page": 112,
    "break_after": 12,
    "blocks": [
        ("title", "VIỆT NAM – THỤY ĐIỂN: TỪ TÌNH ĐOÀN KẾT ĐẾN ĐỐI TÁC PHÁT TRIỂN"),
        ("author", "Nguyễn Thị Bích Ngọc"),
        ("affiliation", "Trường Đại học Khoa học xã hội và Nhân văn, Đại học Quốc gia Hà Nội"),
        (
            "abstract",
            "Bài viết khái quát quan hệ Việt Nam – Thụy Điển qua hơn năm thập kỷ, từ giai đoạn kháng chiến đến hợp tác phát triển bền vững.",
            "vi",
        ),
        ("keywords", "Thụy Điển; Bãi Bằng; viện trợ phát triển; đổi mới sáng tạo", "vi"),
        ("heading", "1. Người bạn phương Tây đầu tiên", 1),
        (
            "paragraph",
            "Ngày 11/1/1969, Thụy Điển thiết lập quan hệ ngoại giao với Việt Nam Dân chủ Cộng hòa, trở thành nước phương Tây đầu tiên làm điều đó. Cuối năm 1972, khi Mỹ ném bom Hà Nội và Hải Phòng, Thủ tướng Olof Palme đã lên tiếng lên án mạnh mẽ; Oa-sinh-tơn phản ứng bằng cách đóng băng quan hệ ngoại giao với Xtốc-khôm trong một thời gian. Với nhân dân ta, Palme là biểu tượng của “lương tri châu Âu trước cuộc chiến tranh phi nghĩa” (Bùi Đức Hạnh, 2014, tr. 76).",
        ),
        ("heading", "2. Viện trợ phát triển và Bãi Bằng", 1),
        (
            "paragraph",
            "Sau năm 1975, Thụy Điển là một trong những nhà tài trợ song phương lớn nhất của Việt Nam. Nhà máy giấy Bãi Bằng ở Phú Thọ, được khánh thành năm 1982, là công trình viện trợ lớn nhất của Thụy Điển cho nước ta; Bệnh viện Nhi Trung ương và Bệnh viện Uông Bí cũng được xây dựng bằng nguồn vốn này (Đặng Thị Mai, 2018). Ngay cả trong những năm Việt Nam bị phương Tây bao vây, cấm vận, Thụy Điển vẫn duy trì viện trợ cho nước ta.",
        ),
        ("heading", "3. Giai đoạn đối tác mới", 1),
        (
            "paragraph",
            "Thụy Điển gia nhập EU ngày 1/1/1995 và được bầu làm Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2017 – 2018. Khi Việt Nam trở thành nước có thu nhập trung bình, hai bên chuyển dần từ viện trợ sang hợp tác cùng có lợi về đổi mới sáng tạo, môi trường và thương mại. Theo một chuyên gia, hợp tác đó “phải dựa trên tri thức chứ không chỉ dựa trên vốn” (Trịnh Quốc Anh, 2023, tr. 19). Hai nước cần sớm xây dựng khuôn khổ quan hệ mới, tương xứng với truyền thống hữu nghị.",
        ),
    ],
}

NQB_WOMEN = {
    "id": "nqb",
    "shape": "word",
    "head": [
        "ĐOÀN CHỦ TỊCH",
        "HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM",
        "BAN QUAN HỆ QUỐC TẾ",
        "Số: 41/BC-QHQT",
        "Hà Nội, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác đối ngoại nhân dân năm 2024, phương hướng năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại nhân dân năm 2024, phương hướng năm 2025"),
        ("heading", "I. KẾT QUẢ NỔI BẬT", 1),
        (
            "list_item",
            "1. Tháng 3/2024, đoàn đại biểu Hội do Phó Chủ tịch Hội dẫn đầu thăm và làm việc tại Thụy Điển và Na Uy, trao đổi kinh nghiệm về bình đẳng giới trong chính sách gia đình; hai bên nhất trí xây dựng dự án phòng, chống bạo lực gia đình tại một số tỉnh miền núi phía Bắc.",
        ),
        (
            "list_item",
            "2. Hội tiếp tục phối hợp với Cơ quan Phụ nữ Liên hợp quốc (UN Women) thực hiện dự án hỗ trợ phụ nữ dân tộc thiểu số khởi nghiệp tại Lào Cai, Hà Giang.",
        ),
        (
            "list_item",
            "3. Tháng 9, Hội đón đoàn Hội Liên hiệp Phụ nữ Lào sang thăm và trao tặng 20 máy khâu cho Trung tâm dạy nghề của Hội bạn tại tỉnh Xiêng Khoảng.",
        ),
        (
            "list_item",
            "4. Sau cơn bão số 3, Hội tiếp nhận khoản viện trợ khẩn cấp 50.000 USD của một tổ chức phi chính phủ Thụy Điển để hỗ trợ phụ nữ vùng bị lũ.",
        ),
        (
            "list_item",
            "5. Thỏa thuận hợp tác với Liên đoàn Phụ nữ Thụy Điển chưa được ký do phía bạn đang thay đổi nhân sự lãnh đạo.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 3 năm sau, tổ chức diễn đàn phụ nữ Việt Nam – Bắc Âu tại Hà Nội nhân kỷ niệm Ngày Quốc tế Phụ nữ.",
        ),
        (
            "list_item",
            "2. Ký thỏa thuận hợp tác với Liên đoàn Phụ nữ Thụy Điển trong năm 2025.",
        ),
        (
            "list_item",
            "3. Cử cán bộ tham dự Phiên họp lần thứ 69 Ủy ban Liên hợp quốc về địa vị phụ nữ tại Niu Oóc.",
        ),
    ],
}

NQC_NATO = {
    "id": "nqc",
    "shape": "news",
    "date": "2024-03-08",
    "stamp": "Thứ Sáu, 08/03/2024 - 06:45",
    "blocks": [
        ("title", "Thụy Điển chính thức trở thành thành viên thứ 32 của NATO"),
        (
            "paragraph",
            "Oa-sinh-tơn (TTXVN) – Ngày 7/3/2024, Thủ tướng Thụy Điển Ulf Kristersson đã trao văn kiện gia nhập cho Ngoại trưởng Mỹ Antony Blinken tại Bộ Ngoại giao Mỹ, chính thức đưa nước này trở thành thành viên thứ 32 của Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO).",
        ),
        ("heading", "Chấm dứt hơn 200 năm không liên kết", 1),
        (
            "paragraph",
            "Thụy Điển cùng Phần Lan nộp đơn xin gia nhập NATO ngày 18/5/2022, sau khi Nga mở chiến dịch quân sự đặc biệt tại U-crai-na. Phần Lan đã trở thành thành viên từ tháng 4 năm ngoái, trong khi tiến trình của Xtốc-khôm bị kéo dài do Thổ Nhĩ Kỳ và Hung-ga-ri chậm phê chuẩn.",
        ),
        (
            "paragraph",
            "Quốc hội Thổ Nhĩ Kỳ thông qua nghị định thư gia nhập của Thụy Điển ngày 23/1/2024. Ngày 26/2, Quốc hội Hung-ga-ri cũng bỏ phiếu phê chuẩn, sau khi Thủ tướng Kristersson tới Bu-đa-pét hội đàm với Thủ tướng Viktor Orbán và hai bên ký thỏa thuận mua bán máy bay chiến đấu Gripen.",
        ),
        ("heading", "Phản ứng của Nga", 1),
        (
            "paragraph",
            "Điện Kremlin tuyên bố Nga sẽ có các biện pháp đáp trả về quân sự, kỹ thuật. Dự kiến, quốc kỳ Thụy Điển sẽ được kéo lên tại trụ sở NATO ở Brúc-xen vào ngày 11/3.",
        ),
    ],
}

NQD_PLAN = {
    "id": "nqd",
    "shape": "plan",
    "head": [
        f"{'BỘ KHOA HỌC VÀ CÔNG NGHỆ':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 27/KH-BKHCN':<40}Hà Nội, ngày 20 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác đổi mới sáng tạo với Vương quốc Thụy Điển",
        "năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác đổi mới sáng tạo với Vương quốc Thụy Điển năm 2026"),
        (
            "paragraph",
            "Để phát huy truyền thống hữu nghị kể từ khi hai nước thiết lập quan hệ ngoại giao năm 1969, Bộ Khoa học và Công nghệ ban hành Kế hoạch hợp tác đổi mới sáng tạo với Thụy Điển năm 2026 như sau:",
        ),
        ("heading", "I. KẾT QUẢ THỜI GIAN QUA", 1),
        (
            "paragraph",
            "Năm ngoái, Bộ đã phối hợp với Đại sứ quán Thụy Điển tổ chức Tuần lễ đổi mới sáng tạo Việt Nam – Thụy Điển tại Hà Nội với sự tham gia của hơn 30 doanh nghiệp hai nước. Tuy nhiên, đề xuất thành lập Trung tâm đổi mới sáng tạo chung vẫn chưa được phía bạn chấp thuận.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 6 năm nay, cử đoàn công tác sang Xtốc-khôm và Gothenburg tìm hiểu mô hình khu công nghệ và hợp tác giữa viện nghiên cứu với doanh nghiệp.",
        ),
        (
            "list_item",
            "2. Đề nghị Cơ quan Đổi mới sáng tạo Thụy Điển (Vinnova) đồng tài trợ các dự án nghiên cứu chung về giao thông thông minh.",
        ),
        (
            "list_item",
            "3. Phối hợp với Bộ Ngoại giao đàm phán Bản ghi nhớ hợp tác khoa học, công nghệ và đổi mới sáng tạo, phấn đấu ký trong quý IV.",
        ),
        (
            "list_item",
            "4. Không tổ chức lại Tuần lễ đổi mới sáng tạo trong năm 2026 để tập trung nguồn lực cho các dự án chung.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế chủ trì theo dõi, báo cáo Bộ trưởng kết quả thực hiện.",
        ),
    ],
}

NQE_SCHENGEN = {
    "id": "nqe",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp định Schengen"),
        (
            "paragraph",
            "Hiệp định Schengen là văn kiện về việc từng bước bãi bỏ kiểm soát tại biên giới chung giữa các nước ký kết, được Bỉ, Pháp, Cộng hòa Liên bang Đức, Lúc-xăm-bua và Hà Lan ký ngày 14/6/1985 tại làng Schengen (Lúc-xăm-bua). Công ước thực thi Hiệp định được ký ngày 19/6/1990 và bắt đầu được áp dụng từ ngày 26/3/1995.",
        ),
        ("heading", "Khu vực Schengen", 1),
        (
            "paragraph",
            "Hiệp ước Am-xtéc-đam, có hiệu lực năm 1999, đưa các quy định Schengen vào khuôn khổ pháp lý của Liên minh châu Âu. Ngoài các nước EU, Ai-xơ-len, Na Uy, Thụy Sĩ và Lích-ten-xtên cũng tham gia khu vực này. Thụy Điển, Đan Mạch và Phần Lan áp dụng các quy định Schengen từ năm 2001. Cờ-rô-a-ti-a gia nhập ngày 1/1/2023; Bun-ga-ri và Ru-ma-ni được dỡ bỏ kiểm soát biên giới đường hàng không, đường biển từ ngày 31/3/2024 và trở thành thành viên đầy đủ từ ngày 1/1/2025. Ai-len không tham gia khu vực Schengen, còn Síp tuy là thành viên EU nhưng chưa áp dụng đầy đủ các quy định này. Các nước có thể tạm thời khôi phục kiểm soát biên giới nội bộ khi an ninh bị đe dọa nghiêm trọng, như nhiều nước đã làm trong đại dịch COVID-19 năm 2020.",
        ),
        ("heading", "Thị thực Schengen", 1),
        (
            "paragraph",
            "Công dân nhiều nước ngoài khu vực, trong đó có Việt Nam, phải xin thị thực Schengen để nhập cảnh; một thị thực ngắn hạn cho phép lưu trú tối đa 90 ngày trong bất kỳ khoảng 180 ngày nào.",
        ),
    ],
}

DOCS = [NQA_SWEDEN, NQB_WOMEN, NQC_NATO, NQD_PLAN, NQE_SCHENGEN]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 72, ["TRƯỞNG BAN", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Thế giới",
        "06:45",
        [("/the-gioi", "Thế giới"), ("/chau-au", "Châu Âu")],
        [("/tag/nato", "NATO"), ("/tag/thuy-dien", "Thụy Điển")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ Ngoại giao (để phối hợp);", "- Lưu: VT, HTQT."],
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
        prefix="nq",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
