"""Build the 167th held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout167/build_heldout167.py [--check]

Five short documents on Vietnam and the UN Human Rights Council: Vietnam's two terms on the Council (2014 – 2016,
2023 – 2025) and the UPR, the (invented) half-year report of Vietnam's Permanent Mission in Geneva for 2025, the
General Assembly's suspension of Russia from the Council (New York, 7/4/2022), a (fictitious) Ministry of Justice
plan for the fourth UPR cycle in 2026 and an encyclopedia entry on the Council. Facts are well-established;
authors, journal, page numbers, document numbers, quoted words and the report's and plan's items are invented.
Events, citations and questions gold are written by hand; ``--check`` verifies that every gold evidence, quote
and citation occurs in the documents.
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

LXA_HRC = {
    "id": "lxa",
    "shape": "journal",
    "header": "NGHIÊN CỨU QUYỀN CON NGƯỜI | Số 2 (2025)",
    "first_page": 9,
    "break_after": 10,
    "blocks": [
        ("title", "VIỆT NAM TẠI HỘI ĐỒNG NHÂN QUYỀN LIÊN HỢP QUỐC: HAI NHIỆM KỲ THÀNH VIÊN"),
        ("author", "Đỗ Minh Khuê"),
        ("affiliation", "Viện Quyền con người, Học viện Chính trị quốc gia Hồ Chí Minh"),
        (
            "abstract",
            "Bài viết khái quát quá trình Việt Nam tham gia Hội đồng Nhân quyền Liên hợp quốc, từ lần rà soát định kỳ phổ quát đầu tiên năm 2009 đến nhiệm kỳ thành viên 2023 – 2025.",
            "vi",
        ),
        ("keywords", "Hội đồng Nhân quyền; UPR; đa phương; quyền con người", "vi"),
        ("heading", "1. Từ Ủy ban Nhân quyền đến Hội đồng Nhân quyền", 1),
        (
            "paragraph",
            "Hội đồng Nhân quyền (HRC) được Đại hội đồng Liên hợp quốc thành lập ngày 15/3/2006 để thay thế Ủy ban Nhân quyền, cơ quan vốn bị phê phán là bị chính trị hóa nặng nề. Cơ chế Rà soát định kỳ phổ quát (UPR) của Hội đồng áp dụng cho mọi quốc gia thành viên Liên hợp quốc, và Việt Nam đã trình bày báo cáo quốc gia theo cơ chế này lần đầu vào tháng 5/2009 (Hoàng Văn Nghĩa, 2015, tr. 33).",
        ),
        ("heading", "2. Nhiệm kỳ 2014 – 2016", 1),
        (
            "paragraph",
            "Ngày 12/11/2013, Việt Nam lần đầu được bầu vào Hội đồng với 184 phiếu thuận. Ba tháng sau, ta bảo vệ thành công báo cáo quốc gia theo chu kỳ UPR thứ hai. Trong nhiệm kỳ, Việt Nam cùng Băng-la-đét và Phi-líp-pin chủ trì soạn thảo nghị quyết về quyền con người và biến đổi khí hậu, đồng thời duy trì đối thoại với các nước phương Tây về những vấn đề hai bên còn khác biệt (Phạm Thu Trang, 2019).",
        ),
        ("heading", "3. Trở lại Hội đồng", 1),
        (
            "paragraph",
            "Sau lần rà soát thứ ba vào tháng 1/2019, Việt Nam ra ứng cử nhiệm kỳ 2023 – 2025 và trúng cử ngày 11/10/2022 với 145 phiếu. Ta chủ trương đối thoại thay cho đối đầu, coi “hợp tác và tôn trọng lẫn nhau là con đường bền vững nhất để thúc đẩy quyền con người” (Lê Thanh Hải, 2023, tr. 12). Hoa Kỳ, nước từng rút khỏi Hội đồng năm 2018 rồi quay lại năm 2022, đến tháng 2/2025 lại tuyên bố chấm dứt tham gia cơ quan này.",
        ),
    ],
}

LXB_GENEVA = {
    "id": "lxb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "PHÁI ĐOÀN THƯỜNG TRỰC VIỆT NAM TẠI GIƠ-NE-VƠ",
        "Số: 41/BC-PĐGNV",
        "Giơ-ne-vơ, ngày 30 tháng 6 năm 2025",
    ],
    "title_lines": ["BÁO CÁO", "Công tác 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Công tác 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2025"),
        ("heading", "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM", 1),
        (
            "list_item",
            "1. Phái đoàn đã tham gia đầy đủ Khóa họp thường kỳ lần thứ 58 của Hội đồng Nhân quyền (từ ngày 24/2 đến ngày 4/4/2025); Thứ trưởng Ngoại giao dẫn đầu đoàn Việt Nam dự phiên cấp cao và phát biểu về các ưu tiên của ta trong năm cuối nhiệm kỳ.",
        ),
        (
            "list_item",
            "2. Cùng Băng-la-đét và Phi-líp-pin, ta đang tham vấn dự thảo nghị quyết về quyền con người và biến đổi khí hậu để trình Khóa họp lần thứ 59.",
        ),
        (
            "list_item",
            "3. Tháng 2, sau khi Hoa Kỳ tuyên bố chấm dứt tham gia Hội đồng, Phái đoàn đã trao đổi với các phái đoàn ASEAN về tác động của quyết định này đối với hoạt động và ngân sách của Hội đồng.",
        ),
        (
            "list_item",
            "4. Đại sứ, Trưởng Phái đoàn đã chào xã giao Cao ủy Liên hợp quốc về quyền con người Volker Türk và làm việc với Tổ chức Sở hữu trí tuệ thế giới (WIPO) về chương trình hỗ trợ kỹ thuật cho Việt Nam.",
        ),
        (
            "list_item",
            "5. Phiên đối thoại nhân quyền Việt Nam – Thụy Sĩ dự kiến tổ chức tại Giơ-ne-vơ chưa được hai bên thống nhất thời gian.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM", 1),
        (
            "list_item",
            "1. Vận động các nước ủng hộ Việt Nam ứng cử thành viên Hội đồng Nhân quyền nhiệm kỳ 2026 – 2028; cuộc bầu cử dự kiến diễn ra vào tháng 10 tại Niu Oóc.",
        ),
        (
            "list_item",
            "2. Phối hợp chuẩn bị chuyến làm việc tại Giơ-ne-vơ của đoàn Bộ Tư pháp trong tháng 9.",
        ),
        (
            "list_item",
            "3. Theo dõi sát các thảo luận về cắt giảm ngân sách của Văn phòng Cao ủy, kịp thời báo cáo Bộ.",
        ),
    ],
}

LXC_RUSSIA = {
    "id": "lxc",
    "shape": "news",
    "date": "2022-04-08",
    "stamp": "Thứ Sáu, 08/04/2022 - 07:10",
    "blocks": [
        ("title", "Đại hội đồng Liên hợp quốc đình chỉ tư cách thành viên Hội đồng Nhân quyền của Nga"),
        (
            "paragraph",
            "New York (TTXVN) – Ngày 7/4 (giờ địa phương), Đại hội đồng Liên hợp quốc đã thông qua nghị quyết đình chỉ tư cách thành viên Hội đồng Nhân quyền của Liên bang Nga với 93 phiếu thuận, 24 phiếu chống và 58 phiếu trắng.",
        ),
        ("heading", "Nga tuyên bố rút khỏi Hội đồng", 1),
        (
            "paragraph",
            "Dự thảo nghị quyết do Hoa Kỳ và U-crai-na đề xuất, trong bối cảnh chiến sự tại U-crai-na kéo dài từ ngày 24/2. Ngay sau cuộc bỏ phiếu, Phó Đại sứ Nga Gennady Kuzmin tuyên bố Mát-xcơ-va đã quyết định chấm dứt tư cách thành viên Hội đồng trước thời hạn, gọi nghị quyết là “một bước đi bất hợp pháp và mang động cơ chính trị”.",
        ),
        (
            "paragraph",
            "Đây là lần thứ hai Đại hội đồng đình chỉ một thành viên của Hội đồng, sau trường hợp Li-bi năm 2011. Nga được bầu vào Hội đồng nhiệm kỳ 2021 – 2023 tại cuộc bầu cử tháng 10/2020, và nhiệm kỳ này lẽ ra kéo dài đến cuối năm sau.",
        ),
        ("heading", "Lập trường của Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam bỏ phiếu chống nghị quyết. Giải thích lập trường, Đại sứ Đặng Hoàng Giang, Trưởng Phái đoàn thường trực Việt Nam tại Liên hợp quốc, cho rằng quyết định đình chỉ cần dựa trên kết quả điều tra độc lập, khách quan và minh bạch, đồng thời kêu gọi các bên liên quan thúc đẩy đối thoại, đàm phán nhằm sớm tìm giải pháp lâu dài. Trung Quốc, Lào và Cu-ba cũng bỏ phiếu chống.",
        ),
    ],
}

LXD_PLAN = {
    "id": "lxd",
    "shape": "plan",
    "head": [
        f"{'BỘ TƯ PHÁP':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 18/KH-BTP':<40}Hà Nội, ngày 16 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Thực hiện các khuyến nghị theo Cơ chế Rà soát định kỳ phổ quát",
        "chu kỳ IV thuộc trách nhiệm của Bộ Tư pháp năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Thực hiện các khuyến nghị theo Cơ chế Rà soát định kỳ phổ quát chu kỳ IV thuộc trách nhiệm của Bộ Tư pháp năm 2026",
        ),
        (
            "paragraph",
            "Nhằm tiếp tục thực hiện các khuyến nghị mà Việt Nam đã chấp thuận sau phiên đối thoại theo Cơ chế Rà soát định kỳ phổ quát (UPR) chu kỳ IV tại Giơ-ne-vơ tháng 5/2024, Bộ Tư pháp ban hành Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "paragraph",
            "Năm ngoái, Bộ đã phối hợp với Chương trình Phát triển Liên hợp quốc (UNDP) tổ chức ba hội thảo về tiếp cận công lý, với kinh phí do Chính phủ Ô-xtrây-li-a tài trợ. Báo cáo giữa kỳ tự nguyện chưa được gửi Văn phòng Cao ủy Liên hợp quốc về quyền con người.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Trong tháng 6, hoàn thiện và gửi báo cáo giữa kỳ tự nguyện về việc thực hiện các khuyến nghị UPR tới Văn phòng Cao ủy.",
        ),
        (
            "list_item",
            "2. Phối hợp với Bộ Ngoại giao đón đoàn chuyên gia của Văn phòng Cao ủy sang làm việc tại Hà Nội, dự kiến vào tháng 9.",
        ),
        (
            "list_item",
            "3. Đề nghị UNDP và Liên minh châu Âu tiếp tục hỗ trợ dự án nâng cao năng lực cho đội ngũ trợ giúp viên pháp lý.",
        ),
        (
            "list_item",
            "4. Không tổ chức hội thảo quốc tế riêng về UPR trong năm 2026; các nội dung liên quan được lồng ghép vào Đối thoại chính sách pháp luật Việt Nam – EU.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế chủ trì, phối hợp với các đơn vị thuộc Bộ tổ chức thực hiện Kế hoạch này.",
        ),
    ],
}

LXE_ENTRY = {
    "id": "lxe",
    "shape": "entry",
    "blocks": [
        ("title", "Hội đồng Nhân quyền Liên hợp quốc"),
        (
            "paragraph",
            "Hội đồng Nhân quyền Liên hợp quốc (HRC) là cơ quan liên chính phủ trong hệ thống Liên hợp quốc, có trụ sở tại Giơ-ne-vơ (Thụy Sĩ), chịu trách nhiệm thúc đẩy và bảo vệ quyền con người trên toàn thế giới. Hội đồng gồm 47 thành viên do Đại hội đồng bầu theo phân bổ khu vực, nhiệm kỳ ba năm; một nước không được tái cử ngay sau hai nhiệm kỳ liên tiếp.",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "Hội đồng được thành lập theo Nghị quyết 60/251 của Đại hội đồng ngày 15/3/2006, với 170 phiếu thuận, 4 phiếu chống (Hoa Kỳ, I-xra-en, Quần đảo Mác-san và Pa-lau) và 3 phiếu trắng, thay thế Ủy ban Nhân quyền hoạt động từ năm 1946. Khóa họp đầu tiên khai mạc ngày 19/6/2006.",
        ),
        ("heading", "Đình chỉ và rút lui", 1),
        (
            "paragraph",
            "Ngày 1/3/2011, Đại hội đồng đình chỉ tư cách thành viên của Li-bi. Hoa Kỳ, vốn chỉ tham gia Hội đồng từ năm 2009, tuyên bố rút khỏi cơ quan này ngày 19/6/2018 và trở lại làm thành viên từ năm 2022. Ngày 7/4/2022, Nga bị Đại hội đồng đình chỉ tư cách thành viên và ngay sau đó tuyên bố rút khỏi Hội đồng.",
        ),
        ("heading", "Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam là thành viên Hội đồng các nhiệm kỳ 2014 – 2016 và 2023 – 2025, và đã bốn lần trình báo cáo quốc gia theo Cơ chế Rà soát định kỳ phổ quát, vào các năm 2009, 2014, 2019 và 2024.",
        ),
    ],
}

DOCS = [LXA_HRC, LXB_GENEVA, LXC_RUSSIA, LXD_PLAN, LXE_ENTRY]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header "journal | issue" on every page, the page number
    as "Trang N" flush left (heldout_kit.headed_journal: title at 46 columns, labels at 72, body at 72)."""
    return headed_journal(doc, title=46, label=72, body=72, page_label="Trang {}", align="<")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends, one paragraph a line (no wrap), an empty line after every line,
    the signature at the end."""
    return word_text(doc, None, ["TRƯỞNG PHÁI ĐOÀN", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news agency page (heldout_kit.news_page)."""
    return news_page(
        doc,
        section="Thế giới",
        time="07:10",
        menu=[("/the-gioi", "Thế giới"), ("/the-gioi/chau-au", "Châu Âu")],
        tags=[("/tag/lien-hop-quoc", "Liên hợp quốc"), ("/tag/nga", "Nga")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: issuer/motto block, centred three-line title, body at 80 columns, "Nơi nhận" and the
    signature side by side (heldout_kit.plan_text)."""
    return plan_text(
        doc,
        80,
        [
            "Nơi nhận:",
            "- Bộ Ngoại giao;",
            "- Văn phòng Cao ủy LHQ về quyền con người (để biết);",
            "- Lưu: VT, HTQT.",
        ],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "(đã ký)"],
        columns=(50, 50, 50, 53),
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
        prefix="lx",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
