"""Build the 229th held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout229/build_heldout229.py [--check]

Five short documents on Vietnam – Algeria topics the earlier sets do not use as main topics (Vietnam –
Algeria from the war of independence to the Bir Seba oil project, the Vietnamese Embassy in Algeria's report
on 2024, Algeria and four other countries elected to the Security Council on 6/6/2023, a (fictitious)
Ministry of Agriculture and Environment plan for cooperation with Algeria in 2026, an encyclopedia entry on
the Évian Accords). Facts are well established; authors, journal, page numbers, document numbers, quoted
words, the embassy's local items and the whole ministry plan are invented. Events, citations and questions
gold are written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the
documents.
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

DTA_ALGERIA = {
    "id": "dta",
    "shape": "journal",
    "header": "TẠP CHÍ CHÂU PHI VÀ THẾ GIỚI Ả-RẬP – Số 3 (2024)",
    "first_page": 52,
    "break_after": 7,
    "blocks": [
        ("title", "VIỆT NAM – AN-GIÊ-RI: TỪ TÌNH ĐOÀN KẾT CHỐNG THỰC DÂN ĐẾN HỢP TÁC DẦU KHÍ"),
        ("author", "Hoàng Thị Thu Thủy"),
        ("affiliation", "Khoa Chính trị quốc tế, Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết khái quát quan hệ Việt Nam – An-giê-ri qua hơn sáu thập kỷ và nêu một số kiến nghị.",
            "vi",
        ),
        ("keywords", "An-giê-ri; Phong trào Không liên kết; Bir Seba; Sonatrach", "vi"),
        ("heading", "1. Tình đoàn kết trong đấu tranh giành độc lập", 1),
        (
            "paragraph",
            "Cuộc kháng chiến của nhân dân An-giê-ri bùng nổ ngày 1/11/1954, chỉ vài tháng sau chiến thắng Điện Biên Phủ, và ngay từ đầu đã nhận được sự ủng hộ mạnh mẽ của Việt Nam Dân chủ Cộng hòa. Sau gần tám năm chiến tranh, Pháp và Chính phủ lâm thời Cộng hòa An-giê-ri ký Hiệp định Ê-vi-ăng ngày 18/3/1962, mở đường cho nền độc lập của nước này vào ngày 5/7/1962 (Trần Văn Lộc, 2012, tr. 33). An-giê-ri được kết nạp vào Liên hợp quốc ngày 8/10/1962, và chưa đầy ba tuần sau, ngày 28/10/1962, hai nước chính thức thiết lập quan hệ ngoại giao.",
        ),
        ("heading", "2. Phối hợp trên các diễn đàn đa phương", 1),
        (
            "paragraph",
            "Năm 1973, An-giê-ri đăng cai Hội nghị thượng đỉnh Phong trào Không liên kết lần thứ tư tại thủ đô An-giê; Tổng thống Houari Boumédiène sau đó giữ cương vị Chủ tịch Phong trào đến năm 1976. Cũng trong năm 1976, Việt Nam trở thành thành viên chính thức của Phong trào tại Hội nghị thượng đỉnh Cô-lôm-bô. Về sau, hai nước nhiều lần ủng hộ nhau ứng cử vào các cơ quan của Liên hợp quốc; Việt Nam được bầu làm Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020 – 2021, còn An-giê-ri nhiệm kỳ 2024 – 2025 (Đặng Thu Trang, 2024).",
        ),
        ("heading", "3. Hợp tác dầu khí và triển vọng", 1),
        (
            "paragraph",
            "Dự án Bir Seba, do Tổng công ty Thăm dò Khai thác Dầu khí (PVEP) cùng Tập đoàn Sonatrach và PTTEP (Thái Lan) triển khai từ đầu những năm 2000, là dự án dầu khí lớn nhất của Việt Nam ở châu Phi và được ví là “minh chứng sống động cho tình hữu nghị thủy chung” giữa hai dân tộc (Lê Minh Đức, 2023, tr. 118). Tuy vậy, thương mại hai chiều vẫn chưa tương xứng với quan hệ chính trị. Hai bên cần sớm tổ chức kỳ họp tiếp theo của Ủy ban hỗn hợp liên Chính phủ và nghiên cứu ký hiệp định khuyến khích và bảo hộ đầu tư.",
        ),
    ],
}

DTB_EMBASSY = {
    "id": "dtb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "ĐẠI SỨ QUÁN VIỆT NAM TẠI AN-GIÊ-RI",
        "Số: 118/BC-ĐSQ",
        "An-giê, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Công tác năm 2024 và nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Công tác năm 2024 và nhiệm vụ năm 2025"),
        ("heading", "I. KẾT QUẢ CÔNG TÁC NĂM 2024", 1),
        (
            "list_item",
            "1. Tháng 4/2024, Đại sứ quán đón đoàn Bộ Công Thương do một Thứ trưởng dẫn đầu sang An-giê dự phiên họp Tiểu ban hợp tác kinh tế – thương mại giữa hai nước.",
        ),
        (
            "list_item",
            "2. Nhân kỷ niệm 70 năm Ngày khởi nghĩa giải phóng dân tộc của An-giê-ri (1/11/1954 – 1/11/2024), Đại sứ quán gửi điện mừng tới Bộ Ngoại giao nước bạn và tổ chức gặp mặt các cựu chiến binh từng học tập, công tác tại Việt Nam.",
        ),
        (
            "list_item",
            "3. Đại sứ quán đã vận động phía bạn ủng hộ Việt Nam ứng cử thành viên Hội đồng Nhân quyền Liên hợp quốc nhiệm kỳ 2026 – 2028; Bộ Ngoại giao An-giê-ri khẳng định sẽ bỏ phiếu cho Việt Nam.",
        ),
        (
            "list_item",
            "4. Phối hợp với PVEP làm việc với Tập đoàn Sonatrach về việc gia hạn hợp đồng dầu khí tại mỏ Bir Seba. Tháng trước, Đại sứ được Bộ trưởng Nông nghiệp và Phát triển nông thôn An-giê-ri tiếp, trao đổi về hợp tác trồng lúa và nuôi trồng thủy sản.",
        ),
        (
            "list_item",
            "5. Đề xuất mở đường bay thẳng giữa hai nước chưa được các hãng hàng không quan tâm.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Phối hợp chuẩn bị kỳ họp Ủy ban hỗn hợp liên Chính phủ dự kiến tổ chức tại Hà Nội trong nửa cuối năm 2025.",
        ),
        (
            "list_item",
            "2. Tháng 10 năm sau, tổ chức gian hàng Việt Nam tại Hội chợ quốc tế An-giê.",
        ),
        (
            "list_item",
            "3. Vận động Bộ Nông nghiệp An-giê-ri cử đoàn sang Việt Nam khảo sát mô hình trồng lúa và nuôi cá rô phi.",
        ),
    ],
}

DTC_UNSC = {
    "id": "dtc",
    "shape": "news",
    "date": "2023-06-07",
    "stamp": "Thứ Tư, 07/06/2023 - 06:45",
    "blocks": [
        ("title", "An-giê-ri cùng bốn nước trúng cử Ủy viên không thường trực Hội đồng Bảo an"),
        (
            "paragraph",
            "New York (TTXVN) – Ngày 6/6, Đại hội đồng Liên hợp quốc đã bầu An-giê-ri, Guy-a-na, Hàn Quốc, Xi-ê-ra Lê-ôn và Xlô-ven-ni-a làm Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2024 – 2025.",
        ),
        ("heading", "Chỉ một ghế có tranh chấp", 1),
        (
            "paragraph",
            "Trong năm ghế được bầu năm nay, chỉ ghế dành cho nhóm Đông Âu có hai ứng cử viên. Xlô-ven-ni-a đã vượt qua Bê-la-rút ngay ở vòng bỏ phiếu đầu tiên, trong khi bốn nước còn lại đều là ứng cử viên duy nhất của nhóm khu vực mình. An-giê-ri và Xi-ê-ra Lê-ôn được Liên minh châu Phi giới thiệu.",
        ),
        (
            "paragraph",
            "Năm nước trúng cử sẽ thay thế An-ba-ni, Bra-xin, Ga-bông, Ga-na và Các Tiểu vương quốc Ả-rập Thống nhất, những nước kết thúc nhiệm kỳ vào ngày 31/12/2023.",
        ),
        ("heading", "Lần thứ tư của An-giê-ri", 1),
        (
            "paragraph",
            "Đây là lần thứ tư An-giê-ri tham gia Hội đồng Bảo an, sau các nhiệm kỳ 1968 – 1969, 1988 – 1989 và 2004 – 2005. Phát biểu sau cuộc bỏ phiếu, Ngoại trưởng Ahmed Attaf cho biết nước này sẽ dành ưu tiên cho vấn đề Pa-le-xtin và các cuộc xung đột ở châu Phi. Hàn Quốc trở lại Hội đồng sau mười năm.",
        ),
    ],
}

DTD_PLAN = {
    "id": "dtd",
    "shape": "plan",
    "head": [
        f"{'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 48/KH-BNNMT':<40}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": ["KẾ HOẠCH", "Hợp tác nông nghiệp và môi trường", "với Cộng hòa An-giê-ri năm 2026"],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác nông nghiệp và môi trường với Cộng hòa An-giê-ri năm 2026"),
        (
            "paragraph",
            "Nhằm phát huy truyền thống hữu nghị Việt Nam – An-giê-ri và khai thác thế mạnh của mỗi bên, Bộ Nông nghiệp và Môi trường xây dựng Kế hoạch hợp tác với An-giê-ri năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "An-giê-ri là quốc gia có diện tích lớn nhất châu Phi, đang đẩy mạnh phát triển nông nghiệp vùng sa mạc và chống sa mạc hóa. Năm ngoái, hai bên đã trao đổi dự thảo Bản ghi nhớ về kiểm dịch động, thực vật nhưng chưa ký; một số chuyên gia thủy sản của ta đã sang hỗ trợ các trang trại nuôi cá rô phi ở tỉnh Ouargla.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 3/2026, cử đoàn do một Thứ trưởng dẫn đầu sang An-giê làm việc với Bộ Nông nghiệp và Phát triển nông thôn An-giê-ri.",
        ),
        (
            "list_item",
            "2. Hoàn tất đàm phán Bản ghi nhớ về kiểm dịch động, thực vật, phấn đấu ký vào tháng 6.",
        ),
        (
            "list_item",
            "3. Tiếp tục cử chuyên gia sang hướng dẫn kỹ thuật nuôi trồng thủy sản và trồng lúa ở các ốc đảo phía Nam An-giê-ri.",
        ),
        (
            "list_item",
            "4. Phối hợp với Tổ chức Lương thực và Nông nghiệp Liên hợp quốc (FAO) xây dựng dự án hợp tác ba bên về chống sa mạc hóa.",
        ),
        (
            "list_item",
            "5. Không tham gia Hội chợ nông nghiệp quốc tế SIPSA năm nay do chưa bố trí được kinh phí.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế chủ trì, phối hợp với các đơn vị liên quan tổ chức thực hiện Kế hoạch này.",
        ),
    ],
}

DTE_EVIAN = {
    "id": "dte",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp định Ê-vi-ăng"),
        (
            "paragraph",
            "Hiệp định Ê-vi-ăng là tập hợp các văn kiện do Chính phủ Pháp và Chính phủ lâm thời Cộng hòa An-giê-ri (GPRA) ký ngày 18/3/1962 tại thị trấn Évian-les-Bains bên hồ Lê-man, chấm dứt cuộc chiến tranh An-giê-ri kéo dài từ năm 1954. Trưởng đoàn đàm phán hai bên là Louis Joxe và Krim Belkacem.",
        ),
        ("heading", "Quá trình đàm phán", 1),
        (
            "paragraph",
            "Các cuộc tiếp xúc tại Melun năm 1960 không đi đến kết quả. Vòng đàm phán đầu tiên tại Ê-vi-ăng khai mạc ngày 20/5/1961 nhưng bị gián đoạn vào tháng 6 do bất đồng về tương lai vùng Sahara; phải đến các cuộc gặp bí mật tại Les Rousses đầu năm 1962, hai bên mới đạt được thỏa thuận về những vấn đề chính.",
        ),
        ("heading", "Thực thi", 1),
        (
            "paragraph",
            "Lệnh ngừng bắn có hiệu lực từ trưa ngày 19/3/1962. Trong cuộc trưng cầu dân ý ngày 8/4/1962, cử tri Pháp tán thành hiệp định với hơn 90% số phiếu; ngày 1/7/1962, cử tri An-giê-ri gần như tuyệt đối ủng hộ độc lập. Pháp công nhận nền độc lập của An-giê-ri ngày 3/7/1962. Theo hiệp định, Pháp được giữ căn cứ hải quân Mers-el-Kébir trong 15 năm, song đã rút khỏi căn cứ này từ năm 1968. Hằng năm, ngày 19/3 được An-giê-ri kỷ niệm là Ngày Chiến thắng.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam Dân chủ Cộng hòa là một trong những nước sớm công nhận Chính phủ lâm thời Cộng hòa An-giê-ri và thiết lập quan hệ ngoại giao với nước Cộng hòa mới ngày 28/10/1962.",
        ),
    ],
}

DOCS = [DTA_ALGERIA, DTB_EMBASSY, DTC_UNSC, DTD_PLAN, DTE_EVIAN]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page, front matter by
    heldout_kit (title at 56 columns, labels at 72), body at 72 columns; at each page's foot the number
    centred between dashes ("– 52 –"), a form feed and the header."""
    return headed_journal(doc, title=56, label=72, body=72, page_label="– {} –", align="^")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: lines wrapped at 70 columns, a blank line after every line;
    the ambassador's signature at the end."""
    return word_text(doc, 70, ["ĐẠI SỨ", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """The agency's world page: <title>, published_time, nav menu, <article>, <h1>, date line, the lead in
    <p class="sapo"><b>, <h3> subheads, <p>, tags, footer (heldout_kit.news_page defaults)."""
    return news_page(
        doc,
        "Thế giới",
        "06:45",
        [("/the-gioi", "Thế giới"), ("/lien-hop-quoc", "Liên hợp quốc")],
        [("/tag/algeria", "An-giê-ri"), ("/tag/hoi-dong-bao-an", "Hội đồng Bảo an")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: issuer/motto block, centred three-line title, body at 76 columns, "Nơi nhận" and the
    signature block."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ Ngoại giao;", "- Đại sứ quán Việt Nam tại An-giê-ri;", "- Lưu: VT, HTQT."],
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
        prefix="dt",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
