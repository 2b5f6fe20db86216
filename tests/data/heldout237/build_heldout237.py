"""Build the two-hundred-thirty-seventh held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout237/build_heldout237.py [--check]

A WORKING set of five short documents in shapes the project has few examples of: a joint statement on the
Vietnam – Singapore comprehensive strategic partnership (Singapore, 12/3/2025; real event, invented wording), a
newspaper interview with Vietnam's ambassador to the Philippines on ten years of strategic partnership
(17/11/2025), a weekly foreign-affairs digest for 7 – 13/10/2024 (France, the ASEAN summits in Vientiane, Li
Qiang's visit), a (fictitious) Prime Minister's decision on hosting the ASEAN Future Forum 2026 and a biography of
former President Trần Đức Lương. Facts are well-established; the ambassador's name, the newspaper, all quoted and
attributed words, the decision's number, date and tasks are invented. Events, citations and questions gold are
written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import (  # noqa: E402
    biography_text,
    build_and_check,
    digest_text,
    interview_text,
    official_text,
    statement_text,
)

ERA_SINGAPORE = {
    "id": "era",
    "shape": "statement",
    "title_lines": [
        "TUYÊN BỐ CHUNG",
        "VỀ VIỆC NÂNG CẤP QUAN HỆ VIỆT NAM – XIN-GA-PO",
        "LÊN ĐỐI TÁC CHIẾN LƯỢC TOÀN DIỆN",
    ],
    "blocks": [
        (
            "title",
            "TUYÊN BỐ CHUNG VỀ VIỆC NÂNG CẤP QUAN HỆ VIỆT NAM – XIN-GA-PO LÊN ĐỐI TÁC CHIẾN LƯỢC TOÀN DIỆN",
        ),
        (
            "paragraph",
            "Nhận lời mời của Thủ tướng Cộng hòa Xin-ga-po Lawrence Wong, Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam Tô Lâm đã thăm chính thức Xin-ga-po từ ngày 11 đến ngày 13 tháng 3 năm 2025. Tổng Bí thư Tô Lâm đã hội đàm với Thủ tướng Lawrence Wong và hội kiến Tổng thống Tharman Shanmugaratnam.",
        ),
        (
            "list_item",
            "1. Kể từ khi thiết lập quan hệ ngoại giao ngày 1 tháng 8 năm 1973 và nâng lên Đối tác chiến lược năm 2013, quan hệ hai nước không ngừng phát triển. Hai nhà lãnh đạo nhất trí nâng cấp quan hệ Việt Nam – Xin-ga-po lên Đối tác chiến lược toàn diện.",
        ),
        (
            "list_item",
            "2. Hai bên hài lòng với việc Xin-ga-po tiếp tục là nhà đầu tư lớn nhất của ASEAN tại Việt Nam. Các khu công nghiệp Việt Nam – Xin-ga-po (VSIP), khởi đầu tại Bình Dương năm 1996, là biểu tượng của hợp tác kinh tế song phương.",
        ),
        (
            "list_item",
            "3. Hai bên nhất trí mở rộng hợp tác trong kinh tế số, kinh tế xanh, năng lượng và trung tâm dữ liệu, trong đó có việc nghiên cứu xuất khẩu điện tái tạo từ Việt Nam sang Xin-ga-po.",
        ),
        (
            "list_item",
            "4. Về quốc phòng – an ninh, hai bên sẽ tăng cường đối thoại, trao đổi đoàn và hợp tác trong an ninh mạng, chống khủng bố và tội phạm xuyên quốc gia.",
        ),
        (
            "list_item",
            "5. Phía Xin-ga-po ủng hộ Việt Nam đăng cai Năm APEC 2027. Hai bên cam kết cùng các nước thành viên xây dựng một ASEAN đoàn kết, giữ vai trò trung tâm trong cấu trúc khu vực.",
        ),
        (
            "list_item",
            "6. Hai bên khẳng định tầm quan trọng của hòa bình, an ninh, tự do hàng hải và hàng không ở Biển Đông, thực hiện đầy đủ Tuyên bố về ứng xử của các bên ở Biển Đông (DOC) và ủng hộ việc sớm hoàn tất Bộ Quy tắc ứng xử (COC) phù hợp với Công ước của Liên hợp quốc về Luật Biển năm 1982.",
        ),
        (
            "paragraph",
            "Tổng Bí thư Tô Lâm mời Thủ tướng Lawrence Wong thăm chính thức Việt Nam vào thời gian phù hợp. Thủ tướng Lawrence Wong vui vẻ nhận lời.",
        ),
        ("paragraph", "Xin-ga-po, ngày 12 tháng 3 năm 2025"),
    ],
}

ERB_PHILIPPINES = {
    "id": "erb",
    "shape": "interview",
    "paper": "BÁO DIỄN ĐÀN ĐỐI NGOẠI – Chuyên mục: Phỏng vấn",
    "stamp": "Thứ Hai, 17/11/2025 07:30 (GMT+7)",
    "blocks": [
        ("title", "Đại sứ Trịnh Văn Khải: Mười năm Đối tác chiến lược Việt Nam – Phi-líp-pin"),
        (
            "paragraph",
            "Nhân dịp 10 năm hai nước thiết lập quan hệ Đối tác chiến lược, phóng viên đã phỏng vấn Đại sứ Việt Nam tại Phi-líp-pin Trịnh Văn Khải.",
        ),
        ("paragraph", "PV: Thưa Đại sứ, ông đánh giá thế nào về chặng đường mười năm qua?"),
        (
            "paragraph",
            "Đại sứ Trịnh Văn Khải: Kể từ khi thiết lập quan hệ ngoại giao ngày 12/7/1976, chưa bao giờ quan hệ hai nước có nhiều dấu mốc như hiện nay. Ngày 17/11/2015, nhân dịp Hội nghị cấp cao APEC tại Ma-ni-la, lãnh đạo hai nước ký Tuyên bố chung về thiết lập quan hệ Đối tác chiến lược. Tháng 1/2024, Tổng thống Ferdinand Marcos Jr. thăm cấp Nhà nước Việt Nam; nhân dịp này, hai bên ký Bản ghi nhớ về hợp tác giữa hai lực lượng cảnh sát biển và Bản ghi nhớ về thương mại gạo.",
        ),
        ("paragraph", "PV: Còn hợp tác kinh tế, thưa ông?"),
        (
            "paragraph",
            "Đại sứ Trịnh Văn Khải: Phi-líp-pin hiện là thị trường nhập khẩu gạo lớn nhất của Việt Nam. Doanh nghiệp ta cũng đã bắt đầu đầu tư vào lĩnh vực ô tô điện ở đây. Hai nước chưa có hiệp định thương mại tự do song phương, nhưng đều là thành viên Hiệp định RCEP, có hiệu lực với Phi-líp-pin từ ngày 2/6/2023.",
        ),
        ("paragraph", "PV: Là hai nước ven Biển Đông, Việt Nam và Phi-líp-pin phối hợp ra sao?"),
        (
            "paragraph",
            "Đại sứ Trịnh Văn Khải: Hai bên cùng ASEAN thúc đẩy đàm phán với Trung Quốc về Bộ Quy tắc ứng xử ở Biển Đông. Hải quân hai nước đã nhiều lần tổ chức giao lưu thể thao trên đảo Song Tử Tây, một hình ảnh đẹp về lòng tin.",
        ),
        (
            "paragraph",
            "PV: Năm tới, Phi-líp-pin sẽ đảm nhiệm vai trò Chủ tịch ASEAN. Đại sứ quán có kế hoạch gì?",
        ),
        (
            "paragraph",
            "Đại sứ Trịnh Văn Khải: Việt Nam sẵn sàng hỗ trợ bạn hoàn thành tốt năm Chủ tịch ASEAN 2026. Chúng tôi đang chuẩn bị cho các chuyến công tác của lãnh đạo Việt Nam sang dự các hội nghị cấp cao và thăm song phương.",
        ),
    ],
}

ERC_DIGEST = {
    "id": "erc",
    "shape": "digest",
    "head": ["BẢN TIN ĐỐI NGOẠI", "Số 41/2024 – phát hành ngày 14/10/2024"],
    "blocks": [
        ("title", "ĐIỂM TIN ĐỐI NGOẠI TUẦN TỪ 7 ĐẾN 13/10/2024"),
        ("heading", "Việt Nam – Pháp nâng cấp quan hệ lên Đối tác chiến lược toàn diện", 1),
        (
            "paragraph",
            "Pa-ri, 7/10 – Trong chuyến thăm chính thức Pháp, Tổng Bí thư, Chủ tịch nước Tô Lâm đã hội đàm với Tổng thống Ê. Ma-crông tại Điện Ê-ly-dê. Hai nhà lãnh đạo ra Tuyên bố chung về việc nâng cấp quan hệ Việt Nam – Pháp lên Đối tác chiến lược toàn diện.",
        ),
        ("heading", "Khai mạc Hội nghị Cấp cao ASEAN lần thứ 44, 45", 1),
        (
            "paragraph",
            "Viêng Chăn, 9/10 – Thủ tướng Phạm Minh Chính cùng lãnh đạo các nước ASEAN dự lễ khai mạc Hội nghị Cấp cao ASEAN lần thứ 44, 45 do Lào, Chủ tịch ASEAN năm 2024, chủ trì với chủ đề “ASEAN: Tăng cường kết nối và tự cường”. Ti-mo Lét-xtê tham dự với tư cách quan sát viên.",
        ),
        ("heading", "ASEAN và Hàn Quốc thiết lập Đối tác chiến lược toàn diện", 1),
        (
            "paragraph",
            "Viêng Chăn, 10/10 – Tại Hội nghị Cấp cao ASEAN – Hàn Quốc, lãnh đạo các nước ASEAN và Tổng thống Hàn Quốc Yoon Suk Yeol ra tuyên bố chung thiết lập quan hệ Đối tác chiến lược toàn diện ASEAN – Hàn Quốc.",
        ),
        ("heading", "Thủ tướng dự Hội nghị Cấp cao Đông Á", 1),
        (
            "paragraph",
            "Viêng Chăn, 11/10 – Phát biểu tại Hội nghị Cấp cao Đông Á (EAS) lần thứ 19, Thủ tướng Phạm Minh Chính đề nghị các nước ủng hộ lập trường nguyên tắc của ASEAN về Biển Đông và không để tình hình Mi-an-ma tác động tiêu cực đến đoàn kết của Hiệp hội.",
        ),
        ("heading", "Ma-lai-xi-a tiếp nhận vai trò Chủ tịch ASEAN 2025", 1),
        (
            "paragraph",
            "Viêng Chăn, 11/10 – Tại lễ bế mạc, Thủ tướng Lào Xô-nêc-xay Xi-phăn-đon trao búa chủ tọa cho Thủ tướng Ma-lai-xi-a An-oa I-brahim. Ma-lai-xi-a sẽ giữ cương vị Chủ tịch ASEAN năm 2025.",
        ),
        ("heading", "Thủ tướng Trung Quốc Lý Cường thăm chính thức Việt Nam", 1),
        (
            "paragraph",
            "Hà Nội, 13/10 – Thủ tướng Quốc vụ viện Trung Quốc Lý Cường thăm chính thức Việt Nam từ ngày 12 đến 14/10. Chiều 13/10, Thủ tướng Phạm Minh Chính và Thủ tướng Lý Cường đã hội đàm, nhất trí đẩy nhanh kết nối đường sắt qua biên giới.",
        ),
    ],
}

ERD_AFF = {
    "id": "erd",
    "shape": "decision",
    "head": [
        f"{'THỦ TƯỚNG CHÍNH PHỦ':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 147/QĐ-TTg':<40}Hà Nội, ngày 20 tháng 01 năm 2026",
    ],
    "title_lines": [
        "QUYẾT ĐỊNH",
        "Phê duyệt Kế hoạch tổ chức Diễn đàn Tương lai ASEAN năm 2026",
    ],
    "blocks": [
        ("title", "QUYẾT ĐỊNH Phê duyệt Kế hoạch tổ chức Diễn đàn Tương lai ASEAN năm 2026"),
        ("paragraph", "THỦ TƯỚNG CHÍNH PHỦ"),
        ("paragraph", "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;"),
        (
            "paragraph",
            "Căn cứ Hiến chương Hiệp hội các quốc gia Đông Nam Á ký ngày 20 tháng 11 năm 2007 tại Xin-ga-po;",
        ),
        ("paragraph", "Theo đề nghị của Bộ trưởng Bộ Ngoại giao,"),
        ("paragraph", "QUYẾT ĐỊNH:"),
        (
            "paragraph",
            "Điều 1. Phê duyệt Kế hoạch tổ chức Diễn đàn Tương lai ASEAN năm 2026 tại Hà Nội trong quý II năm 2026, tiếp nối thành công của hai Diễn đàn mà Việt Nam đã đăng cai năm 2024 và năm 2025, với các nội dung chủ yếu sau:",
        ),
        (
            "list_item",
            "1. Mời lãnh đạo các nước thành viên ASEAN, trong đó có Ti-mo Lét-xtê, thành viên thứ 11 được kết nạp ngày 26 tháng 10 năm 2025 tại Cu-a-la Lăm-pơ, và Tổng Thư ký ASEAN tham dự;",
        ),
        (
            "list_item",
            "2. Phối hợp chặt chẽ với Phi-líp-pin, nước Chủ tịch ASEAN năm 2026, để kết quả Diễn đàn đóng góp vào chương trình nghị sự chung của Hiệp hội;",
        ),
        (
            "list_item",
            "3. Mời đại diện các đối tác đối thoại, các tổ chức quốc tế và học giả tham gia các phiên thảo luận về kinh tế số, chuyển đổi xanh và an ninh biển;",
        ),
        (
            "list_item",
            "4. Không tổ chức ký kết văn kiện hợp tác song phương trong khuôn khổ Diễn đàn.",
        ),
        (
            "paragraph",
            "Điều 2. Bộ Ngoại giao là cơ quan thường trực, chủ trì xây dựng chương trình chi tiết; Bộ Công an bảo đảm an ninh, an toàn cho các đoàn khách quốc tế; Bộ Tài chính bố trí kinh phí.",
        ),
        (
            "paragraph",
            "Điều 3. Quyết định này có hiệu lực từ ngày ký. Các Bộ trưởng, Thủ trưởng cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.",
        ),
    ],
}

ERE_LUONG = {
    "id": "ere",
    "shape": "biography",
    "head": ["TƯ LIỆU – TIỂU SỬ LÃNH ĐẠO"],
    "blocks": [
        ("title", "TIỂU SỬ ĐỒNG CHÍ TRẦN ĐỨC LƯƠNG, NGUYÊN CHỦ TỊCH NƯỚC"),
        ("paragraph", "Sinh ngày 5/5/1937 tại xã Phổ Khánh, huyện Đức Phổ, tỉnh Quảng Ngãi."),
        ("heading", "Quá trình công tác", 1),
        ("list_item", "- 1955: Tập kết ra miền Bắc, sau đó học ngành địa chất."),
        ("list_item", "- 1987 – 1997: Phó Chủ tịch Hội đồng Bộ trưởng, sau là Phó Thủ tướng Chính phủ."),
        ("list_item", "- 1996 – 2006: Ủy viên Bộ Chính trị khóa VIII, IX."),
        ("list_item", "- 9/1997 – 6/2006: Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam."),
        ("heading", "Hoạt động đối ngoại", 1),
        (
            "paragraph",
            "Trong gần chín năm giữ cương vị Chủ tịch nước, ông đã đón nhiều nguyên thủ đến thăm Việt Nam. Từ ngày 16 đến 19/11/2000, ông đón Tổng thống Mỹ Bill Clinton, vị tổng thống Mỹ đầu tiên thăm Việt Nam sau chiến tranh; hai nhà lãnh đạo hội đàm tại Phủ Chủ tịch ngày 17/11/2000.",
        ),
        (
            "paragraph",
            "Cuối tháng 12/2000, ông thăm cấp Nhà nước Trung Quốc; nhân dịp này, ngày 25/12/2000, hai nước ký Hiệp định phân định Vịnh Bắc Bộ và Hiệp định hợp tác nghề cá ở Vịnh Bắc Bộ. Ngày 1/3/2001, trong chuyến thăm cấp Nhà nước Việt Nam của Tổng thống Nga V. Putin, ông và người đồng cấp ký Tuyên bố chung về quan hệ Đối tác chiến lược Việt Nam – Liên bang Nga.",
        ),
        (
            "paragraph",
            "Dưới nhiệm kỳ của ông, Việt Nam đăng cai Hội nghị Cấp cao ASEAN lần thứ 6 (tháng 12/1998) và Hội nghị Cấp cao Á – Âu lần thứ 5 (ASEM 5) tháng 10/2004 tại Hà Nội, đồng thời trở thành thành viên Diễn đàn Hợp tác kinh tế châu Á – Thái Bình Dương (APEC) tháng 11/1998.",
        ),
    ],
}

DOCS = [ERA_SINGAPORE, ERB_PHILIPPINES, ERC_DIGEST, ERD_AFF, ERE_LUONG]


def render_statement(doc: dict) -> str:
    return statement_text(doc)


def render_interview(doc: dict) -> str:
    return interview_text(doc, "Minh Khuê (thực hiện)")


def render_digest(doc: dict) -> str:
    return digest_text(doc, "Vụ Thông tin Báo chí tổng hợp")


def render_decision(doc: dict) -> str:
    """A Prime Minister's decision: issuer/motto block, number and date, centred title, the body at 76 columns
    with a blank line between blocks, "Nơi nhận" and the signature at the right."""
    tail = [
        f"{'Nơi nhận:':<48}KT. THỦ TƯỚNG",
        f"{'- Như Điều 3;':<48}PHÓ THỦ TƯỚNG",
        f"{'- Bộ Ngoại giao;':<51}(Đã ký)",
        "- Lưu: VT, QHQT (2b).",
    ]
    return official_text(doc, 76, tail)


def render_biography(doc: dict) -> str:
    return biography_text(doc)


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "statement": render_statement,
            "interview": render_interview,
            "digest": render_digest,
            "decision": render_decision,
            "biography": render_biography,
        },
        prefix="er",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
