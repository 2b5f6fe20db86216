"""Build the hundred-and-seventy-second held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout172/build_heldout172.py [--check]

Five short documents on the détente in the Gulf and Vietnam's relations with the Gulf states: a journal
article on the Gulf détente of 2021 – 2023, the (invented) half-year report of 2023 of the Vietnamese embassy
in Saudi Arabia, a news page on the Saudi – Iranian agreement of Beijing (10/3/2023), a (fictitious) Ministry
of Culture, Sports and Tourism plan for tourism promotion in the Gulf states in 2026, an encyclopedia entry on
the Organization of Arab Petroleum Exporting Countries (OAPEC). Nothing in src/ was changed for them. Facts
are well-established; authors, journal, page numbers, document numbers, the embassy report's items and all
quoted words are invented, the ministry plan (number, date, tasks) is fictitious. Events, citations and
questions gold are written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs
in the documents.
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

PQA_GULF = {
    "id": "pqa",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU TÂY Á VÀ BẮC PHI – Số 6 (2023)",
    "first_page": 23,
    "break_after": 12,
    "blocks": [
        ("title", "HÒA DỊU Ở VÙNG VỊNH (2021 – 2023) VÀ MỘT SỐ GỢI Ý CHO VIỆT NAM"),
        ("author", "Trần Thị Thu Hương"),
        ("affiliation", "Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết khái quát tiến trình hòa dịu giữa các nước vùng Vịnh từ Tuyên bố Al-Ula đến Thỏa thuận Bắc Kinh và gợi ý một số hướng đi cho quan hệ của Việt Nam với khu vực.",
            "vi",
        ),
        ("keywords", "vùng Vịnh; Ả-rập Xê-út; I-ran; Thỏa thuận Bắc Kinh; GCC", "vi"),
        ("heading", "1. Một thập niên chia rẽ", 1),
        (
            "paragraph",
            "Đầu tháng 1/2016, sau khi Đại sứ quán Ả-rập Xê-út ở Tê-hê-ran bị người biểu tình xông vào đốt phá, Ri-át tuyên bố cắt đứt quan hệ ngoại giao với I-ran; Ba-ranh và Xu-đăng cũng làm theo chỉ sau đó một ngày. Căng thẳng lan sang cả nội bộ Hội đồng Hợp tác vùng Vịnh (GCC): ngày 5/6/2017, Ả-rập Xê-út, Các Tiểu vương quốc Ả-rập Thống nhất (UAE), Ba-ranh cùng Ai Cập cắt quan hệ và phong tỏa Ca-ta với cáo buộc nước này quá gần gũi với Tê-hê-ran (Đỗ Đức Hiếu, 2019, tr. 54).",
        ),
        ("heading", "2. Từ Al-Ula đến Bắc Kinh", 1),
        (
            "paragraph",
            "Ngày 5/1/2021, tại hội nghị thượng đỉnh GCC ở Al-Ula, các nước liên quan ký tuyên bố chấm dứt cuộc phong tỏa kéo dài hơn ba năm. Cũng trong năm đó, Ri-át và Tê-hê-ran nối lại tiếp xúc qua các vòng đối thoại do I-rắc và Ô-man đứng ra tổ chức. Bước ngoặt đến vào ngày 10/3/2023, khi hai nước ký tại Bắc Kinh thỏa thuận khôi phục quan hệ ngoại giao dưới sự trung gian của Trung Quốc; chưa đầy ba tháng sau, I-ran mở lại Đại sứ quán tại Ri-át. Theo một nhà nghiên cứu, Bắc Kinh “lần đầu tiên bước vào vai trò mà trước đây chỉ Oa-sinh-tơn đảm nhận ở vùng Vịnh” (Hoàng Thu Hằng, 2023, tr. 41). Tuy vậy, tiến trình hòa dịu chưa trọn vẹn: đến nay Ả-rập Xê-út vẫn chưa thiết lập quan hệ ngoại giao với I-xra-en.",
        ),
        ("heading", "3. Gợi ý cho Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam thiết lập quan hệ ngoại giao với I-ran ngày 4/8/1973 và với Ả-rập Xê-út ngày 21/10/1999. Một vùng Vịnh ổn định hơn sẽ có lợi cho an ninh năng lượng, cho người lao động và cho hàng hóa của ta. Vì vậy, Việt Nam cần tranh thủ thời cơ, sớm nghiên cứu khởi động đàm phán một hiệp định thương mại tự do với GCC (Lê Quốc Bảo, 2023, tr. 18).",
        ),
    ],
}

PQB_RIYADH = {
    "id": "pqb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "ĐẠI SỨ QUÁN VIỆT NAM TẠI Ả-RẬP XÊ-ÚT",
        "Số: 46/BC-ĐSQ",
        "Ri-át, ngày 20 tháng 6 năm 2023",
    ],
    "title_lines": ["BÁO CÁO", "Công tác 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2023"],
    "blocks": [
        ("title", "BÁO CÁO Công tác 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2023"),
        ("heading", "I. TÌNH HÌNH NƯỚC SỞ TẠI", 1),
        (
            "paragraph",
            "Ngày 10/3, Ả-rập Xê-út và I-ran ra tuyên bố chung ba bên với Trung Quốc tại Bắc Kinh về việc khôi phục quan hệ ngoại giao; ngày 6/4, Ngoại trưởng hai nước gặp nhau lần đầu sau bảy năm, cũng tại Bắc Kinh. Tháng trước, nước sở tại đăng cai Hội nghị thượng đỉnh Liên đoàn Ả-rập tại Gít-đa với sự tham dự của Tổng thống Xi-ri Bashar al-Assad, sau khi Xi-ri được khôi phục tư cách thành viên Liên đoàn.",
        ),
        ("heading", "II. KẾT QUẢ CÔNG TÁC 6 THÁNG ĐẦU NĂM", 1),
        (
            "list_item",
            "1. Phối hợp tổ chức chuyến thăm và làm việc của đoàn Bộ Công Thương tại Ri-át và Gít-đa trong tháng 2/2023; hai bên nhất trí sớm tổ chức Diễn đàn doanh nghiệp Việt Nam – Ả-rập Xê-út.",
        ),
        (
            "list_item",
            "2. Làm việc với Bộ Nhân lực và Phát triển xã hội nước sở tại về bảo hộ quyền lợi của lao động Việt Nam; giải quyết 12 vụ việc của lao động giúp việc gia đình, hỗ trợ 9 lao động về nước an toàn.",
        ),
        (
            "list_item",
            "3. Đưa 15 doanh nghiệp Việt Nam tham gia hội chợ thực phẩm quốc tế tại Ri-át tháng 5/2023; một số doanh nghiệp đã ký hợp đồng xuất khẩu gạo, hạt điều và thủy sản với đối tác sở tại.",
        ),
        (
            "list_item",
            "4. Hồ sơ vay vốn Quỹ Phát triển Ả-rập Xê-út (SFD) cho dự án bệnh viện đa khoa tuyến tỉnh vẫn chưa được phía bạn phê duyệt do còn vướng thủ tục.",
        ),
        ("heading", "III. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023", 1),
        (
            "list_item",
            "1. Phối hợp chuẩn bị chuyến thăm Việt Nam của đoàn Phòng Thương mại Ri-át, dự kiến vào tháng 10.",
        ),
        (
            "list_item",
            "2. Đề xuất các bộ, ngành trong nước thúc đẩy đàm phán Hiệp định khuyến khích và bảo hộ đầu tư với Ả-rập Xê-út.",
        ),
        (
            "list_item",
            "3. Tiếp tục theo dõi việc triển khai thỏa thuận Ả-rập Xê-út – I-ran và tình hình Y-ê-men, kịp thời báo cáo về nước.",
        ),
    ],
}

PQC_BEIJING = {
    "id": "pqc",
    "shape": "news",
    "date": "2023-03-11",
    "stamp": "Thứ Bảy, 11/03/2023 - 07:30",
    "blocks": [
        ("title", "Ả-rập Xê-út và I-ran nhất trí khôi phục quan hệ ngoại giao"),
        (
            "paragraph",
            "Bắc Kinh (TTXVN) – Ngày 10/3, Ả-rập Xê-út và I-ran đã nhất trí khôi phục quan hệ ngoại giao và mở lại đại sứ quán của mỗi nước trong thời hạn không quá hai tháng, chấm dứt bảy năm đoạn tuyệt giữa hai cường quốc vùng Vịnh.",
        ),
        ("heading", "Bốn ngày đàm phán tại Bắc Kinh", 1),
        (
            "paragraph",
            "Theo tuyên bố chung ba bên do Trung Quốc, Ả-rập Xê-út và I-ran công bố cùng ngày, phái đoàn hai nước đã đàm phán tại thủ đô Trung Quốc từ ngày 6 đến 10/3. Phía Ả-rập Xê-út do Cố vấn An ninh quốc gia Musaed Al-Aiban dẫn đầu, phía I-ran do Thư ký Hội đồng An ninh quốc gia tối cao Ali Shamkhani dẫn đầu.",
        ),
        (
            "paragraph",
            "Văn kiện cho biết Ngoại trưởng hai nước sẽ gặp nhau để triển khai quyết định này và thu xếp việc trao đổi đại sứ. Ri-át và Tê-hê-ran cũng nhất trí kích hoạt lại thỏa thuận hợp tác an ninh ký năm 2001 và hiệp định chung về hợp tác kinh tế, thương mại, đầu tư, văn hóa ký năm 1998. Hai bên cảm ơn I-rắc và Ô-man đã đăng cai các vòng đối thoại trong hai năm 2021 – 2022.",
        ),
        ("heading", "Cộng đồng quốc tế hoan nghênh", 1),
        (
            "paragraph",
            "Người phát ngôn của Tổng Thư ký Liên hợp quốc António Guterres hoan nghênh thỏa thuận và cảm ơn Trung Quốc đã thúc đẩy đối thoại giữa hai nước. I-rắc, Ô-man, Ca-ta và Thổ Nhĩ Kỳ cũng lên tiếng hoan nghênh.",
        ),
        (
            "paragraph",
            "Ả-rập Xê-út cắt đứt quan hệ với I-ran vào tháng 1/2016, sau khi các cơ quan đại diện ngoại giao của nước này ở I-ran bị người biểu tình tấn công. Từ đó, hai nước đứng về hai phía đối lập ở nhiều điểm nóng trong khu vực, từ Y-ê-men đến Xi-ri và Li-băng.",
        ),
    ],
}

PQD_PLAN = {
    "id": "pqd",
    "shape": "plan",
    "head": [
        f"{'BỘ VĂN HÓA, THỂ THAO':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'VÀ DU LỊCH':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 118/KH-BVHTTDL':<40}Hà Nội, ngày 14 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Xúc tiến du lịch Việt Nam tại các nước",
        "vùng Vịnh năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Xúc tiến du lịch Việt Nam tại các nước vùng Vịnh năm 2026"),
        (
            "paragraph",
            "Nhằm đa dạng hóa thị trường khách quốc tế và phát huy quan hệ Đối tác toàn diện Việt Nam – UAE, được thiết lập nhân chuyến thăm chính thức UAE của Thủ tướng Chính phủ tháng 10/2024, Bộ Văn hóa, Thể thao và Du lịch ban hành Kế hoạch xúc tiến du lịch tại các nước vùng Vịnh năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Cùng với việc nâng cấp quan hệ, hai nước đã ký Hiệp định Đối tác kinh tế toàn diện (CEPA), hiệp định thương mại tự do đầu tiên của Việt Nam với một quốc gia Ả-rập. Năm ngoái, lượng khách từ khu vực đến Việt Nam tăng khá nhờ chính sách thị thực điện tử và các đường bay thẳng từ Đu-bai, Đô-ha; tuy vậy, ta chưa có văn phòng xúc tiến du lịch nào ở Trung Đông, còn thị trường I-ran gần như bỏ ngỏ do các biện pháp trừng phạt của Liên hợp quốc được tái áp đặt từ cuối tháng 9 năm ngoái.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tổ chức gian hàng Việt Nam tại Hội chợ Du lịch Ả-rập (Arabian Travel Market) ở Đu-bai vào tháng 5, kết hợp làm việc với Cơ quan Du lịch và Thương mại Đu-bai.",
        ),
        (
            "list_item",
            "2. Phối hợp với Cơ quan Du lịch Ả-rập Xê-út đón đoàn doanh nghiệp lữ hành và báo chí nước bạn sang khảo sát các điểm đến Hà Nội, Đà Nẵng, Phú Quốc trong quý III.",
        ),
        (
            "list_item",
            "3. Đàm phán và ký Bản ghi nhớ hợp tác du lịch với Bộ Du lịch Ca-ta, dự kiến trong tháng 11.",
        ),
        (
            "list_item",
            "4. Không tổ chức chương trình xúc tiến tại thị trường I-ran trong năm 2026.",
        ),
        (
            "paragraph",
            "Cục Du lịch Quốc gia Việt Nam chủ trì, phối hợp với các cơ quan đại diện Việt Nam tại các nước vùng Vịnh triển khai Kế hoạch này.",
        ),
    ],
}

PQE_OAPEC = {
    "id": "pqe",
    "shape": "entry",
    "blocks": [
        ("title", "Tổ chức các nước Ả-rập xuất khẩu dầu mỏ"),
        (
            "paragraph",
            "Tổ chức các nước Ả-rập xuất khẩu dầu mỏ (OAPEC) là tổ chức liên chính phủ khu vực, được thành lập theo hiệp định do Cô-oét, Li-bi và Ả-rập Xê-út ký tại Bây-rút (Li-băng) ngày 9/1/1968. Trụ sở của tổ chức đặt tại thành phố Cô-oét.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "Năm 1970, An-giê-ri, Ba-ranh, Ca-ta và Các Tiểu vương quốc Ả-rập Thống nhất gia nhập; Xi-ri và I-rắc trở thành thành viên năm 1972, Ai Cập năm 1973. Tuy-ni-di được kết nạp năm 1982, nhưng tư cách thành viên bị đình chỉ từ năm 1986 theo đề nghị rút khỏi tổ chức của chính nước này.",
        ),
        ("heading", "Lệnh cấm vận dầu mỏ năm 1973", 1),
        (
            "paragraph",
            "Tháng 10/1973, các bộ trưởng dầu mỏ của OAPEC họp tại Cô-oét quyết định cắt giảm sản lượng và cấm vận dầu mỏ đối với Mỹ, Hà Lan và một số nước khác bị coi là ủng hộ I-xra-en. Ngày 18/3/1974, các nước thành viên, trừ Li-bi, tuyên bố chấm dứt lệnh cấm vận đối với Mỹ.",
        ),
        (
            "paragraph",
            "Sau khi Ai Cập ký hiệp ước hòa bình với I-xra-en năm 1979, các thành viên khác đình chỉ tư cách của nước này trong tổ chức; đến năm 1989, Ai Cập được khôi phục tư cách thành viên.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam không phải là thành viên của OAPEC. Nhà máy lọc hóa dầu Nghi Sơn (Thanh Hóa), liên doanh có vốn góp của Công ty Dầu khí quốc tế Cô-oét, sử dụng dầu thô nhập khẩu từ Cô-oét.",
        ),
    ],
}

DOCS = [PQA_GULF, PQB_RIYADH, PQC_BEIJING, PQD_PLAN, PQE_OAPEC]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page, the page number centred
    as "- 23 -" under each page (heldout_kit.headed_journal: title at 46 columns, labels and body at 72)."""
    return headed_journal(doc, title=46, label=72, body=72, page_label="- {} -", align="^")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 70 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the ambassador's signature at the end."""
    return word_text(doc, 70, ["ĐẠI SỨ", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page (heldout_kit.news_page): <title> and article:published_time, a "Thế giới / Trung Đông" nav
    menu, <article class="detail">, <h1>, the date line, the lead in <p class="sapo"><b>, <h3> subheads,
    <p> paragraphs, a tag list and the TTXVN footer."""
    return news_page(
        doc,
        section="Thế giới",
        time="07:30",
        menu=[("/the-gioi", "Thế giới"), ("/the-gioi/trung-dong", "Trung Đông")],
        tags=[
            ("/tag/a-rap-xe-ut", "Ả-rập Xê-út"),
            ("/tag/i-ran", "I-ran"),
            ("/tag/trung-quoc", "Trung Quốc"),
        ],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block (issuer on two lines), the centred three-line title,
    body at 76 columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        76,
        [
            "Nơi nhận:",
            "- Bộ Ngoại giao (để phối hợp);",
            "- Các cơ quan đại diện VN tại các nước vùng Vịnh;",
            "- Lưu: VT, Cục DLQGVN.",
        ],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "(đã ký)"],
        columns=(52, 52, 55),
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
        prefix="pq",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
