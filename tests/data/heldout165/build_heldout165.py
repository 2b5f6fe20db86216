"""Build the hundred-and-sixty-fifth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout165/build_heldout165.py [--check]

Five short documents on water cooperation in the Mekong subregion, topics the earlier sets do not use as
main topics (the Mekong Agreement of 1995 and Cambodia's Funan Techo canal, a Ministry of Foreign Affairs
regular press conference of 8/8/2024 (the canal, the 57th ASEAN Foreign Ministers' Meeting, the Mekong –
Lancang meeting, the Prime Minister's visit to India), the canal's groundbreaking on 5/8/2024, a
(fictitious) Vietnam National Mekong Committee plan for 2026, an encyclopedia entry on the Mekong River
Commission). Facts are well-established; authors, journal, page numbers, document numbers, the press
conference's reporters and all quoted and answered words, and the plan's items are invented. Events,
citations and questions gold are written by hand; ``--check`` verifies that every gold evidence, quote and
citation occurs in the documents.
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
    press_text,
)

LVA_MEKONG = {
    "id": "lva",
    "shape": "journal",
    "header": "TẠP CHÍ TÀI NGUYÊN NƯỚC VÀ PHÁT TRIỂN – Số 2 (2025)",
    "first_page": 14,
    "break_after": 9,
    "blocks": [
        ("title", "HỢP TÁC NGUỒN NƯỚC MÊ CÔNG TRƯỚC DỰ ÁN KÊNH ĐÀO PHÙ NAM TECHO"),
        ("author", "Trương Văn Hậu"),
        ("affiliation", "Viện Nghiên cứu Biển và Hải đảo, Đại học Quốc gia Hà Nội"),
        (
            "abstract",
            "Bài viết phân tích khuôn khổ pháp lý của hợp tác nguồn nước Mê Công và những vấn đề đặt ra từ dự án kênh đào Phù Nam Techo.",
            "vi",
        ),
        ("keywords", "sông Mê Công; MRC; Phù Nam Techo; Đồng bằng sông Cửu Long", "vi"),
        ("heading", "1. Hiệp định Mê Công năm 1995", 1),
        (
            "paragraph",
            "Ngày 5/4/1995, tại Chiềng Rai (Thái Lan), Campuchia, Lào, Thái Lan và Việt Nam ký Hiệp định hợp tác phát triển bền vững lưu vực sông Mê Công, qua đó thành lập Ủy hội sông Mê Công quốc tế (MRC). Từ năm 1996, Trung Quốc và Mi-an-ma trở thành đối tác đối thoại của Ủy hội (Lâm Thị Thu Hà, 2016, tr. 31). Năm 2003, các nước thành viên thông qua Quy trình thông báo, tham vấn trước và thỏa thuận (PNPCA).",
        ),
        ("heading", "2. Từ thủy điện Xayaburi đến kênh Phù Nam Techo", 1),
        (
            "paragraph",
            "Thủy điện Xayaburi của Lào là dự án đầu tiên được đưa ra tham vấn trước theo quy trình này, trong các năm 2010 – 2011. Tháng 8/2023, Campuchia gửi thông báo tới Ban Thư ký MRC về dự án kênh đào Phù Nam Techo, với lập luận rằng công trình nằm trên sông Bassac nên chỉ cần thông báo (Cao Minh Đức, 2024). Ngày 5/8/2024, Thủ tướng Hun Manet chủ trì lễ khởi công kênh, dài khoảng 180 km, tổng vốn khoảng 1,7 tỉ USD.",
        ),
        ("heading", "3. Hàm ý đối với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam nhiều lần đề nghị Campuchia chia sẻ đầy đủ thông tin và phối hợp chặt chẽ với Ủy hội để đánh giá tác động của dự án tới Đồng bằng sông Cửu Long. Một chuyên gia thủy văn nhận định vùng đồng bằng “không còn dư địa để chịu thêm rủi ro về nguồn nước” (Hồ Thị Ngọc Diệp, 2025, tr. 19). Vì vậy, ta cần đẩy mạnh nghiên cứu chung với phía Campuchia và các đối tác phát triển, song không nên để vấn đề bị chính trị hóa.",
        ),
    ],
}

LVB_PRESS = {
    "id": "lvb",
    "shape": "press",
    "site": "BỘ NGOẠI GIAO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – HỌP BÁO",
    "blocks": [
        ("title", "Họp báo thường kỳ của Bộ Ngoại giao ngày 8/8/2024"),
        (
            "paragraph",
            "Hỏi (phóng viên Báo Tuổi Trẻ): Ngày 5/8, Campuchia đã khởi công kênh đào Phù Nam Techo. Xin cho biết phản ứng của Việt Nam?",
        ),
        (
            "paragraph",
            "Trả lời: Việt Nam tôn trọng quyền chính đáng của Campuchia trong phát triển kinh tế – xã hội, đồng thời mong muốn phía Campuchia tiếp tục chia sẻ thông tin và phối hợp chặt chẽ với Việt Nam, các nước trong lưu vực và Ủy hội sông Mê Công quốc tế để đánh giá đầy đủ tác động của dự án tới nguồn nước và môi trường sinh thái. Thời gian qua, hai bên đã trao đổi về vấn đề này qua nhiều kênh, tuy nhiên đến nay Việt Nam chưa nhận được đầy đủ số liệu đánh giá tác động của dự án.",
        ),
        (
            "paragraph",
            "Hỏi (phóng viên hãng tin Kyodo): Việt Nam đánh giá thế nào về kết quả Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57?",
        ),
        (
            "paragraph",
            "Trả lời: Từ ngày 24 đến 27/7, Bộ trưởng Ngoại giao Bùi Thanh Sơn dẫn đầu đoàn Việt Nam dự Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 và các hội nghị liên quan tại Viêng Chăn. Việt Nam đánh giá cao Lào đã tổ chức thành công Hội nghị và sẽ tiếp tục ủng hộ nước bạn hoàn thành tốt vai trò Chủ tịch ASEAN năm 2024.",
        ),
        (
            "paragraph",
            "Hỏi (phóng viên Thông tấn xã Việt Nam): Việt Nam có tham dự Hội nghị Bộ trưởng Ngoại giao Hợp tác Mê Công – Lan Thương sắp tới không?",
        ),
        (
            "paragraph",
            "Trả lời: Việt Nam sẽ cử đoàn tham dự Hội nghị tại Thái Lan vào tuần tới và mong muốn hợp tác Mê Công – Lan Thương chú trọng hơn nữa tới quản lý bền vững nguồn nước.",
        ),
        (
            "paragraph",
            "Hỏi (phóng viên Báo Nhân Dân): Xin cho biết kết quả chuyến thăm Ấn Độ của Thủ tướng Phạm Minh Chính?",
        ),
        (
            "paragraph",
            "Trả lời: Từ ngày 30/7 đến 1/8, Thủ tướng Phạm Minh Chính thăm chính thức Ấn Độ. Tại hội đàm, Thủ tướng Phạm Minh Chính và Thủ tướng Narendra Modi nhất trí tăng cường quan hệ Đối tác chiến lược toàn diện; hai bên ra Tuyên bố chung và trao nhiều văn kiện hợp tác.",
        ),
    ],
}

LVC_FUNAN = {
    "id": "lvc",
    "shape": "news",
    "date": "2024-08-05",
    "stamp": "Thứ Hai, 05/08/2024 - 14:30",
    "blocks": [
        ("title", "Campuchia khởi công kênh đào Phù Nam Techo"),
        (
            "paragraph",
            "Phnôm Pênh (TTXVN) – Sáng 5/8, tại tỉnh Kandal, Thủ tướng Campuchia Hun Manet đã chủ trì lễ khởi công dự án kênh đào Phù Nam Techo, công trình dài khoảng 180 km nối sông Mê Công với vùng biển tỉnh Kep.",
        ),
        (
            "paragraph",
            "Kênh đào đi qua bốn tỉnh Kandal, Takeo, Kampot và Kep, có thể cho phép tàu trọng tải lớn đi thẳng từ Phnôm Pênh ra Vịnh Thái Lan.",
        ),
        ("heading", "Tổng vốn khoảng 1,7 tỉ USD", 1),
        (
            "paragraph",
            "Theo Chính phủ Campuchia, dự án có tổng vốn khoảng 1,7 tỉ USD, sẽ giúp giảm chi phí vận tải hàng hóa và bớt phụ thuộc vào các cảng nước ngoài. Tập đoàn Cầu đường Trung Quốc (CRBC) đã tham gia nghiên cứu khả thi của dự án.",
        ),
        ("heading", "Quan tâm của các nước hạ lưu", 1),
        (
            "paragraph",
            "Tháng 8 năm ngoái, Campuchia đã gửi thông báo về dự án tới Ủy hội sông Mê Công quốc tế (MRC). Ban Thư ký Ủy hội sau đó đề nghị phía Campuchia cung cấp thêm thông tin để các nước thành viên có thể đánh giá tác động xuyên biên giới.",
        ),
        (
            "paragraph",
            "Hồi tháng 4, Người phát ngôn Bộ Ngoại giao Việt Nam đã bày tỏ mong muốn Campuchia chia sẻ thông tin và phối hợp chặt chẽ với các nước trong lưu vực. Trước đó, trong chuyến thăm chính thức Việt Nam tháng 12/2023, ông Hun Manet và Thủ tướng Phạm Minh Chính đã trao đổi về hợp tác sử dụng bền vững nguồn nước sông Mê Công. Phát biểu tại buổi lễ, Thủ tướng Hun Manet khẳng định kênh đào sẽ không ảnh hưởng đáng kể tới dòng chảy của sông Mê Công, đồng thời cho biết Phnôm Pênh sẵn sàng hợp tác với các nước láng giềng trong quản lý nguồn nước. Dự kiến công trình sẽ hoàn thành trong khoảng bốn năm.",
        ),
    ],
}

LVD_PLAN = {
    "id": "lvd",
    "shape": "plan",
    "head": [
        f"{'ỦY BAN SÔNG MÊ CÔNG VIỆT NAM':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 09/KH-UBSMCVN':<40}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác quốc tế về tài nguyên nước",
        "lưu vực sông Mê Công năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác quốc tế về tài nguyên nước lưu vực sông Mê Công năm 2026"),
        (
            "paragraph",
            "Nhằm thực hiện Hiệp định hợp tác phát triển bền vững lưu vực sông Mê Công năm 1995 và bảo đảm an ninh nguồn nước cho Đồng bằng sông Cửu Long, Ủy ban sông Mê Công Việt Nam xây dựng Kế hoạch hợp tác quốc tế năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Năm ngoái, Ủy ban đã hai lần trao đổi với Ủy ban sông Mê Công Campuchia về dự án kênh đào Phù Nam Techo, song hai bên chưa thống nhất được cơ chế chia sẻ số liệu quan trắc. Hàn Quốc tiếp tục tài trợ dự án nâng cao năng lực dự báo lũ cho các tỉnh đầu nguồn thông qua Quỹ hợp tác Mê Công – Hàn Quốc.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 4 năm nay, cử đoàn sang Phnôm Pênh làm việc với Ủy ban sông Mê Công Campuchia; phấn đấu ký Biên bản ghi nhớ về chia sẻ số liệu quan trắc dòng chảy.",
        ),
        (
            "list_item",
            "2. Đề nghị Ban Thư ký MRC hỗ trợ kỹ thuật cho nghiên cứu chung về tác động của các công trình trên dòng chính và phụ lưu.",
        ),
        (
            "list_item",
            "3. Phối hợp với Bộ Ngoại giao chuẩn bị tham dự phiên họp Hội đồng MRC vào cuối năm.",
        ),
        (
            "list_item",
            "4. Đón đoàn chuyên gia Ủy hội sang khảo sát vùng ngập lũ tại An Giang và Đồng Tháp trong tháng 9.",
        ),
        (
            "list_item",
            "5. Không tổ chức đoàn khảo sát thượng nguồn sông Mê Công tại Trung Quốc trong năm 2026.",
        ),
        (
            "paragraph",
            "Văn phòng Ủy ban sông Mê Công Việt Nam là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

LVE_MRC = {
    "id": "lve",
    "shape": "entry",
    "blocks": [
        ("title", "Ủy hội sông Mê Công quốc tế"),
        (
            "paragraph",
            "Ủy hội sông Mê Công quốc tế (MRC) là tổ chức liên chính phủ do Campuchia, Lào, Thái Lan và Việt Nam thành lập theo Hiệp định hợp tác phát triển bền vững lưu vực sông Mê Công, ký tại Chiềng Rai (Thái Lan) ngày 5/4/1995. Tổ chức này kế tục Ủy ban sông Mê Công, được thành lập năm 1957 dưới sự bảo trợ của Liên hợp quốc. Năm 1978, Ủy ban sông Mê Công lâm thời được lập với ba thành viên là Lào, Thái Lan và Việt Nam.",
        ),
        ("heading", "Cơ cấu", 1),
        (
            "paragraph",
            "Ủy hội gồm ba cơ quan thường trực: Hội đồng cấp bộ trưởng, Ủy ban Liên hợp và Ban Thư ký, đặt tại Viêng Chăn. Trung Quốc và Mi-an-ma là đối tác đối thoại của Ủy hội từ năm 1996.",
        ),
        ("heading", "Hoạt động", 1),
        (
            "paragraph",
            "Năm 2003, Ủy hội thông qua Quy trình thông báo, tham vấn trước và thỏa thuận (PNPCA) đối với các dự án sử dụng nước. Hội nghị Cấp cao đầu tiên của MRC được tổ chức tại Hua Hin (Thái Lan) ngày 5/4/2010; Việt Nam đăng cai Hội nghị Cấp cao lần thứ hai tại Thành phố Hồ Chí Minh năm 2014.",
        ),
        ("heading", "Hạn chế", 1),
        (
            "paragraph",
            "Hiệp định năm 1995 không trao cho Ủy hội quyền phủ quyết các dự án của nước thành viên. Trung Quốc, quốc gia thượng nguồn, đến nay vẫn không phải là thành viên, dù đã chia sẻ số liệu thủy văn mùa lũ với Ủy hội từ năm 2002.",
        ),
    ],
}

DOCS = [LVA_MEKONG, LVB_PRESS, LVC_FUNAN, LVD_PLAN, LVE_MRC]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush right."""
    return headed_journal(doc)


def render_news(doc: dict) -> str:
    """The agency's detail page (heldout_kit.news_page defaults)."""
    return news_page(
        doc,
        "Thế giới",
        "14:30",
        [("/the-gioi", "Thế giới"), ("/dong-nam-a", "Đông Nam Á")],
        [("/tag/campuchia", "Campuchia"), ("/tag/song-me-cong", "Sông Mê Công")],
    )


def render_plan(doc: dict) -> str:
    """A committee plan: two-column issuer/motto block, centred title, body at 76 columns, signature block."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ Ngoại giao (để phối hợp);", "- Lưu: VT, VP."],
        ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(đã ký)"],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "press": press_text,
            "news": render_news,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="lv",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
