"""Build the two hundred sixty-first held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout261/build_heldout261.py [--check]

Five short documents on Vietnam, Israel and Palestine: a journal article on Vietnam – Palestine solidarity
(recognition in November 1988, the UN votes of 2012 and 2024), a (fictitious) provincial agriculture
department's report for 2025 on cooperation with Israeli partners, a news page on Vietnam's response to
the Gaza ceasefire agreement of January 2025, a newspaper interview on the Vietnam – Israel free trade
agreement (VIFTA) one year after it took effect, and an encyclopedia entry on the Oslo Accords. Facts are
well-established; authors, journal, page numbers, document numbers, the interviewee, the report's items
and quoted words are invented. Gold is written by hand; ``--check`` verifies that every gold evidence,
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
    interview_text,
    news_page,
    paged_journal,
    report_word,
)

GVA_PALESTINE = {
    "id": "gva",
    "shape": "journal",
    "header": "Nghiên cứu Quốc tế, số 4 (139), 2025",
    "first_page": 112,
    "break_after": 3,
    "blocks": [
        ("title", "TÌNH ĐOÀN KẾT VIỆT NAM – PALESTINE TRONG BỐI CẢNH MỚI"),
        ("author", "Vũ Thị Hồng Nhung"),
        ("affiliation", "Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết điểm lại các dấu mốc trong quan hệ Việt Nam – Palestine, sự phối hợp giữa hai bên tại Liên hợp quốc và đề xuất một số hướng hợp tác.",
            "vi",
        ),
        ("keywords", "Palestine; Liên hợp quốc; giải pháp hai nhà nước", "vi"),
        ("heading", "1. Những dấu mốc", 1),
        (
            "paragraph",
            "Chỉ bốn ngày sau khi Hội đồng Dân tộc Palestine tuyên bố thành lập Nhà nước Palestine tại An-giê ngày 15/11/1988, Việt Nam công nhận và thiết lập quan hệ ngoại giao với Nhà nước Palestine ngày 19/11/1988 (Đặng Văn Thành, 2015, tr. 88). Chủ tịch Yasser Arafat nhiều lần thăm Việt Nam và coi cuộc kháng chiến của nhân dân ta là tấm gương cho cuộc đấu tranh của nhân dân Palestine.",
        ),
        ("heading", "2. Phối hợp tại Liên hợp quốc", 1),
        (
            "paragraph",
            "Ngày 29/11/2012, Việt Nam bỏ phiếu ủng hộ Nghị quyết 67/19 của Đại hội đồng Liên hợp quốc nâng quy chế của Palestine lên Nhà nước quan sát viên không phải thành viên. Ngày 10/5/2024, Việt Nam cùng 142 nước khác bỏ phiếu thuận nghị quyết ủng hộ Palestine trở thành thành viên đầy đủ của Liên hợp quốc. Lập trường nhất quán của ta là ủng hộ “giải pháp hai nhà nước, với Nhà nước Palestine độc lập cùng tồn tại hòa bình với Nhà nước I-xra-en” (Bộ Ngoại giao, 2023, tr. 5).",
        ),
        ("heading", "3. Kiến nghị", 1),
        (
            "paragraph",
            "Hợp tác kinh tế giữa hai bên hầu như chưa phát triển do tình hình an ninh bất ổn. Việt Nam nên xem xét cấp học bổng đào tạo y tế, nông nghiệp cho sinh viên Palestine (Hoàng Minh Đức, 2024).",
        ),
    ],
}

GVB_LAMDONG = {
    "id": "gvb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "Số: 1275/BC-SNNMT",
        "Lâm Đồng, ngày 10 tháng 12 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Tình hình hợp tác với các đối tác I-xra-en trong lĩnh vực nông nghiệp năm 2025",
    ],
    "blocks": [
        ("title", "BÁO CÁO Tình hình hợp tác với các đối tác I-xra-en trong lĩnh vực nông nghiệp năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 3/2025, Sở phối hợp với Đại sứ quán I-xra-en tại Việt Nam tổ chức hội thảo về tưới nhỏ giọt và quản lý nước cho hơn 200 nông dân trồng cà phê, rau và hoa.",
        ),
        (
            "list_item",
            "2. Một doanh nghiệp I-xra-en đã ký thỏa thuận đầu tư dự án sản xuất giống hoa công nghệ cao trên địa bàn tỉnh, tổng vốn 4,5 triệu USD.",
        ),
        (
            "list_item",
            "3. Do xung đột ở Trung Đông, chương trình đưa thực tập sinh nông nghiệp sang I-xra-en năm 2025 chưa thực hiện được.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2026", 1),
        (
            "list_item",
            "1. Tranh thủ Hiệp định Thương mại tự do Việt Nam – I-xra-en (VIFTA) để thu hút đầu tư của I-xra-en vào nông nghiệp công nghệ cao.",
        ),
        (
            "list_item",
            "2. Đề nghị Bộ Nông nghiệp và Môi trường kết nối với Cơ quan Hợp tác phát triển quốc tế MASHAV của I-xra-en để mở lớp tập huấn tại tỉnh.",
        ),
        (
            "list_item",
            "3. Đón đoàn chuyên gia I-xra-en sang khảo sát vùng trồng cà phê trong quý I/2026.",
        ),
        (
            "paragraph",
            "Sở Nông nghiệp và Môi trường kính báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo.",
        ),
    ],
}

GVC_GAZA = {
    "id": "gvc",
    "shape": "news",
    "date": "2025-01-16",
    "stamp": "16/01/2025 17:32",
    "blocks": [
        ("title", "Việt Nam hoan nghênh thỏa thuận ngừng bắn tại Dải Gaza"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Chiều 16/1, trả lời câu hỏi của phóng viên về phản ứng của Việt Nam trước thỏa thuận ngừng bắn tại Dải Gaza, Người Phát ngôn Bộ Ngoại giao Phạm Thu Hằng cho biết Việt Nam hoan nghênh thỏa thuận giữa I-xra-en và phong trào Hamas.",
        ),
        ("heading", "Thỏa thuận được công bố tại Đô-ha", 1),
        (
            "paragraph",
            "Tối 15/1, Ca-ta, Ai Cập và Mỹ, các nước đóng vai trò trung gian, thông báo I-xra-en và Hamas đã đạt thỏa thuận ngừng bắn, trao đổi con tin và tù nhân. Giai đoạn đầu của thỏa thuận kéo dài 42 ngày, dự kiến bắt đầu từ ngày 19/1.",
        ),
        ("heading", "Lập trường nhất quán", 1),
        (
            "paragraph",
            "Người Phát ngôn nhấn mạnh Việt Nam ủng hộ giải pháp hai nhà nước và kêu gọi các bên nghiêm túc thực hiện thỏa thuận, bảo đảm hàng viện trợ nhân đạo được đưa vào Dải Gaza. Việt Nam sẵn sàng cùng cộng đồng quốc tế hỗ trợ người dân Palestine. Cuộc xung đột bùng phát từ ngày 7/10/2023 đã khiến hơn 46.000 người Palestine thiệt mạng, theo Bộ Y tế Dải Gaza.",
        ),
    ],
}

GVD_VIFTA = {
    "id": "gvd",
    "shape": "interview",
    "paper": "BÁO KINH TẾ ĐỐI NGOẠI – Chuyên mục: Phỏng vấn",
    "stamp": "Thứ Hai, 17/11/2025 08:00 (GMT+7)",
    "blocks": [
        ("title", "TS. Hoàng Văn Bình: VIFTA mở cửa cho nông sản và công nghệ"),
        (
            "paragraph",
            "Nhân dịp Hiệp định Thương mại tự do Việt Nam – I-xra-en (VIFTA) tròn một năm có hiệu lực, phóng viên đã trao đổi với TS. Hoàng Văn Bình, Viện Nghiên cứu Châu Phi và Trung Đông.",
        ),
        ("paragraph", "PV: Thưa ông, VIFTA đã ra đời như thế nào?"),
        (
            "paragraph",
            "TS. Hoàng Văn Bình: Hai nước thiết lập quan hệ ngoại giao ngày 12/7/1993; năm 2017, Tổng thống Reuven Rivlin thăm cấp Nhà nước Việt Nam. Đàm phán VIFTA khởi động từ tháng 12/2015. Ngày 25/7/2023, tại Hà Nội, Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên và Bộ trưởng Kinh tế và Công nghiệp I-xra-en Nir Barkat ký Hiệp định; Hiệp định có hiệu lực từ ngày 17/11/2024.",
        ),
        ("paragraph", "PV: Doanh nghiệp Việt Nam được lợi gì?"),
        (
            "paragraph",
            "TS. Hoàng Văn Bình: I-xra-en nhập khẩu thủy sản, hạt điều, dệt may của ta, còn ta cần công nghệ tưới tiêu và công nghệ cao của bạn. Tuy vậy, chưa nhiều doanh nghiệp Việt Nam khai thác ưu đãi của Hiệp định.",
        ),
        ("paragraph", "PV: Xung đột ở Trung Đông ảnh hưởng ra sao?"),
        (
            "paragraph",
            "TS. Hoàng Văn Bình: Nhiều lô hàng bị chậm vì tàu phải đi vòng qua mũi Hảo Vọng thay vì Biển Đỏ. Tôi tin năm 2026 hai bên sẽ họp Ủy ban hỗn hợp VIFTA để tháo gỡ vướng mắc.",
        ),
    ],
}

GVE_OSLO = {
    "id": "gve",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp định Oslo"),
        (
            "paragraph",
            "Hiệp định Oslo là tên gọi chung các thỏa thuận giữa I-xra-en và Tổ chức Giải phóng Palestine (PLO), được đàm phán bí mật tại Ô-xlô (Na Uy) năm 1993. Na Uy đóng vai trò trung gian, tạo điều kiện cho các cuộc tiếp xúc kéo dài nhiều tháng giữa hai bên.",
        ),
        ("heading", "Oslo I", 1),
        (
            "paragraph",
            "Ít ngày trước lễ ký, PLO công nhận quyền tồn tại của I-xra-en, còn I-xra-en công nhận PLO là đại diện của nhân dân Palestine. Ngày 13/9/1993, tại Oa-sinh-tơn, Ngoại trưởng I-xra-en Shimon Peres và đại diện PLO Mahmoud Abbas ký Tuyên bố về các nguyên tắc, với sự chứng kiến của Thủ tướng Yitzhak Rabin, Chủ tịch Yasser Arafat và Tổng thống Mỹ Bill Clinton.",
        ),
        ("heading", "Oslo II và bế tắc", 1),
        (
            "paragraph",
            "Hiệp định Oslo II ký ngày 28/9/1995 tại Oa-sinh-tơn chia Bờ Tây thành các vùng A, B và C. Năm 1994, Rabin, Peres và Arafat được trao Giải Nô-ben Hòa bình; ngày 4/11/1995, Rabin bị ám sát tại Ten A-víp. Quy chế cuối cùng của Giê-ru-xa-lem và vấn đề người tị nạn chưa bao giờ được giải quyết; tiến trình hòa bình bế tắc sau Hội nghị Trại Đa-vít tháng 7/2000.",
        ),
    ],
}

DOCS = [GVA_PALESTINE, GVB_LAMDONG, GVC_GAZA, GVD_VIFTA, GVE_OSLO]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer with no header on its first page (heldout_kit.paged_journal: title at
    50 columns, labels and body at 72, page numbers indented 34 spaces, the running header on later pages)."""
    return paged_journal(doc, 50, 72, 72, indent=34)


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word at 68 columns, signed "KT. GIÁM ĐỐC / PHÓ
    GIÁM ĐỐC"."""
    return report_word(doc, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)"], width=68)


def render_news(doc: dict) -> str:
    """A news page (heldout_kit.news_page) with a "Thế giới" section and a plain date line."""
    return news_page(
        doc,
        section="Thế giới",
        time="17:32",
        menu=[("/the-gioi", "Thế giới"), ("/trung-dong", "Trung Đông")],
        tags=[
            ("/tag/gaza", "Gaza"),
            ("/tag/ngung-ban", "Ngừng bắn"),
            ("/tag/bo-ngoai-giao", "Bộ Ngoại giao"),
        ],
    )


def render_interview(doc: dict) -> str:
    """A newspaper interview copied from the web page (heldout_kit.interview_text)."""
    return interview_text(doc, "Thu Hà (thực hiện)")


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "news": render_news,
            "interview": render_interview,
            "entry": entry_text,
        },
        prefix="gv",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
