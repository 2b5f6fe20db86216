"""Build the two-hundred-thirty-sixth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout236/build_heldout236.py [--check]

A WORKING set of five short documents in shapes the project has few examples of: a (fictitious) joint statement
upgrading Vietnam – Portugal relations (Hà Nội, 17/3/2026), a newspaper interview with Vietnam's ambassador to
Algeria for the 60th anniversary of relations (25/10/2022), a weekly foreign-affairs digest for 30/9 – 6/10/2024
(Mongolia, Ireland, the Francophonie summit, the East Sea, ASEAN), a (fictitious) Prime Minister's decision
sending a delegation to COP30 in Belém (27/10/2025) and a biography of former Vice President Nguyễn Thị Bình.
Facts are well-established; the ambassador's name, the newspaper, all quoted and attributed words, the joint
statement's wording and date, the decision's number, date and tasks are invented. Events, citations and
questions gold are written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in
the documents.
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

EQA_PORTUGAL = {
    "id": "eqa",
    "shape": "statement",
    "title_lines": [
        "TUYÊN BỐ CHUNG",
        "VỀ VIỆC NÂNG CẤP QUAN HỆ VIỆT NAM – BỒ ĐÀO NHA",
        "LÊN ĐỐI TÁC TOÀN DIỆN",
    ],
    "blocks": [
        ("title", "TUYÊN BỐ CHUNG VỀ VIỆC NÂNG CẤP QUAN HỆ VIỆT NAM – BỒ ĐÀO NHA LÊN ĐỐI TÁC TOÀN DIỆN"),
        (
            "paragraph",
            "Nhận lời mời của Thủ tướng Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam, Thủ tướng Cộng hòa Bồ Đào Nha đã thăm chính thức Việt Nam từ ngày 16 đến ngày 18 tháng 3 năm 2026. Hai Thủ tướng đã hội đàm trong không khí hữu nghị, tin cậy và hiểu biết lẫn nhau. Trong thời gian ở Hà Nội, Thủ tướng Bồ Đào Nha đã hội kiến Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam và Chủ tịch Quốc hội.",
        ),
        (
            "list_item",
            "1. Trên nền tảng quan hệ hữu nghị kể từ khi hai nước thiết lập quan hệ ngoại giao ngày 1 tháng 7 năm 1975, hai Thủ tướng quyết định nâng cấp quan hệ Việt Nam – Bồ Đào Nha lên Đối tác toàn diện.",
        ),
        (
            "list_item",
            "2. Về chính trị – ngoại giao, hai bên nhất trí tăng cường trao đổi đoàn các cấp và duy trì cơ chế tham vấn chính trị thường niên giữa hai Bộ Ngoại giao.",
        ),
        (
            "list_item",
            "3. Về kinh tế, hai bên đánh giá cao Hiệp định Thương mại tự do Việt Nam – EU (EVFTA), có hiệu lực từ ngày 1 tháng 8 năm 2020, và nhất trí khuyến khích doanh nghiệp hai nước đầu tư vào năng lượng tái tạo, cảng biển và chế biến nông sản.",
        ),
        (
            "list_item",
            "4. Về quốc phòng – an ninh, hai bên sẽ nghiên cứu ký kết Bản ghi nhớ về hợp tác quốc phòng. Phía Bồ Đào Nha sẵn sàng đào tạo tiếng Bồ Đào Nha cho sĩ quan Việt Nam chuẩn bị tham gia hoạt động gìn giữ hòa bình của Liên hợp quốc.",
        ),
        (
            "list_item",
            "5. Về hợp tác đa phương, hai bên nhất trí phối hợp chặt chẽ tại Liên hợp quốc, Diễn đàn Hợp tác Á – Âu (ASEM) và trong khuôn khổ quan hệ ASEAN – EU. Phía Việt Nam ủng hộ Bồ Đào Nha ứng cử Ủy viên không thường trực Hội đồng Bảo an Liên hợp quốc nhiệm kỳ 2027 – 2028.",
        ),
        (
            "list_item",
            "6. Về Biển Đông, hai bên nhấn mạnh việc giải quyết tranh chấp bằng biện pháp hòa bình trên cơ sở luật pháp quốc tế, nhất là Công ước của Liên hợp quốc về Luật Biển năm 1982, và ủng hộ ASEAN cùng Trung Quốc sớm hoàn tất một Bộ Quy tắc ứng xử ở Biển Đông (COC) hiệu quả, thực chất.",
        ),
        (
            "paragraph",
            "Thủ tướng Bồ Đào Nha trân trọng mời Thủ tướng Việt Nam thăm chính thức Bồ Đào Nha vào thời điểm thuận tiện cho cả hai bên. Thủ tướng Việt Nam cảm ơn và vui vẻ nhận lời.",
        ),
        ("paragraph", "Hà Nội, ngày 17 tháng 3 năm 2026"),
    ],
}

EQB_ALGERIA = {
    "id": "eqb",
    "shape": "interview",
    "paper": "BÁO DIỄN ĐÀN ĐỐI NGOẠI – Chuyên mục: Phỏng vấn",
    "stamp": "Thứ Ba, 25/10/2022 06:00 (GMT+7)",
    "blocks": [
        ("title", "Đại sứ Đỗ Quang Thịnh: Tình hữu nghị Việt Nam – An-giê-ri được thử thách qua thời gian"),
        (
            "paragraph",
            "Nhân dịp kỷ niệm 60 năm thiết lập quan hệ ngoại giao Việt Nam – An-giê-ri (28/10/1962 – 28/10/2022), phóng viên đã có cuộc trao đổi với Đại sứ Việt Nam tại An-giê-ri Đỗ Quang Thịnh.",
        ),
        (
            "paragraph",
            "PV: Thưa Đại sứ, đâu là những dấu mốc nổi bật của quan hệ hai nước trong sáu thập kỷ qua?",
        ),
        (
            "paragraph",
            "Đại sứ Đỗ Quang Thịnh: Chỉ gần bốn tháng sau ngày An-giê-ri giành độc lập, hai nước đã thiết lập quan hệ ngoại giao. Trong những năm kháng chiến chống Mỹ, Nhà nước và nhân dân An-giê-ri luôn ủng hộ mạnh mẽ cuộc đấu tranh của nhân dân ta. Người An-giê-ri vẫn thường nói với chúng tôi rằng hai dân tộc “đã cùng đi qua lửa đạn để giành độc lập”.",
        ),
        ("paragraph", "PV: Hợp tác kinh tế giữa hai nước hiện nay ra sao, thưa ông?"),
        (
            "paragraph",
            "Đại sứ Đỗ Quang Thịnh: Điểm sáng lớn nhất là dầu khí. Tổng công ty Thăm dò Khai thác Dầu khí (PVEP) cùng Tập đoàn Sonatrach của bạn đang vận hành mỏ Bir Seba ở vùng sa mạc phía đông nam. Việt Nam xuất khẩu sang An-giê-ri cà phê, hạt tiêu, hàng dệt may. Tuy vậy, hai nước chưa ký hiệp định thương mại tự do, nên kim ngạch còn khiêm tốn.",
        ),
        ("paragraph", "PV: Còn phối hợp trên các diễn đàn đa phương?"),
        (
            "paragraph",
            "Đại sứ Đỗ Quang Thịnh: Hai nước luôn phối hợp chặt chẽ tại Liên hợp quốc và Phong trào Không liên kết. Việt Nam vừa hoàn thành nhiệm kỳ Ủy viên không thường trực Hội đồng Bảo an 2020 – 2021 và ủng hộ An-giê-ri ứng cử vào cơ quan này nhiệm kỳ 2024 – 2025. Đầu tháng tới, bạn sẽ đăng cai Hội nghị cấp cao Liên đoàn Ả-rập tại thủ đô An-giê.",
        ),
        ("paragraph", "PV: Đại sứ quán sẽ ưu tiên những việc gì trong thời gian tới?"),
        (
            "paragraph",
            "Đại sứ Đỗ Quang Thịnh: Chúng tôi đang phối hợp với phía bạn chuẩn bị cho chuyến thăm của lãnh đạo cấp cao Việt Nam trong năm 2023, đồng thời đề nghị bạn tạo điều kiện để doanh nghiệp Việt Nam tham gia đấu thầu các lô dầu khí mới.",
        ),
        ("paragraph", "PV: Xin cảm ơn Đại sứ!"),
    ],
}

EQC_DIGEST = {
    "id": "eqc",
    "shape": "digest",
    "head": ["BẢN TIN ĐỐI NGOẠI", "Số 40/2024 – phát hành ngày 7/10/2024"],
    "blocks": [
        ("title", "ĐIỂM TIN ĐỐI NGOẠI TUẦN TỪ 30/9 ĐẾN 6/10/2024"),
        ("heading", "Việt Nam – Mông Cổ nâng cấp quan hệ lên Đối tác toàn diện", 1),
        (
            "paragraph",
            "Ulan Ba-to, 1/10 – Trong chuyến thăm cấp Nhà nước tới Mông Cổ ngày 30/9 và 1/10, Tổng Bí thư, Chủ tịch nước Tô Lâm đã hội đàm với Tổng thống Mông Cổ U. Khu-rên-xúc. Hai nhà lãnh đạo ra Tuyên bố chung về việc nâng cấp quan hệ lên Đối tác toàn diện.",
        ),
        ("heading", "Chuyến thăm đầu tiên của người đứng đầu Đảng ta tới Ai-len", 1),
        (
            "paragraph",
            "Đu-blin, 2/10 – Tổng Bí thư, Chủ tịch nước Tô Lâm thăm chính thức Ai-len từ ngày 1 đến 3/10. Tại cuộc hội đàm, Thủ tướng Ai-len khẳng định nước này sẽ tiếp tục hỗ trợ Việt Nam rà phá bom mìn còn sót lại sau chiến tranh.",
        ),
        ("heading", "Dự Hội nghị thượng đỉnh Pháp ngữ lần thứ 19", 1),
        (
            "paragraph",
            "Pa-ri, 5/10 – Tổng Bí thư, Chủ tịch nước đã dự Hội nghị thượng đỉnh Pháp ngữ lần thứ 19 diễn ra tại Vi-le Cốt-tơ-rê và Pa-ri trong hai ngày 4 – 5/10 và phát biểu tại phiên toàn thể. Ngay sau đó, Tổng Bí thư, Chủ tịch nước sẽ thăm chính thức Pháp và hội đàm với Tổng thống Ê. Ma-crông vào ngày 7/10.",
        ),
        ("heading", "Phản đối việc hành hung ngư dân tại Hoàng Sa", 1),
        (
            "paragraph",
            "Hà Nội – Trong tuần, Người phát ngôn Bộ Ngoại giao Phạm Thu Hằng cho biết Việt Nam đã giao thiệp với phía Trung Quốc, cực lực phản đối việc lực lượng chức năng nước này hành xử thô bạo với ngư dân và tàu cá Quảng Ngãi ngày 29/9 tại vùng biển quần đảo Hoàng Sa.",
        ),
        ("heading", "Thủ tướng sẽ dự Hội nghị Cấp cao ASEAN tại Lào", 1),
        (
            "paragraph",
            "Hà Nội, 6/10 – Thủ tướng Phạm Minh Chính sẽ dẫn đầu đoàn Việt Nam dự Hội nghị Cấp cao ASEAN lần thứ 44, 45 và các hội nghị liên quan tại Viêng Chăn từ ngày 8 đến 11/10. Lào là Chủ tịch ASEAN năm 2024.",
        ),
        ("heading", "Điện mừng tân Thủ tướng Nhật Bản", 1),
        (
            "paragraph",
            "Hà Nội, 1/10 – Nhân dịp ông Si-gê-ru I-si-ba được bầu làm Thủ tướng Nhật Bản, Thủ tướng Phạm Minh Chính đã gửi điện chúc mừng, bày tỏ mong muốn cùng ông đưa quan hệ Đối tác chiến lược toàn diện Việt Nam – Nhật Bản phát triển sâu rộng hơn.",
        ),
    ],
}

EQD_COP30 = {
    "id": "eqd",
    "shape": "decision",
    "head": [
        f"{'THỦ TƯỚNG CHÍNH PHỦ':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 2381/QĐ-TTg':<40}Hà Nội, ngày 27 tháng 10 năm 2025",
    ],
    "title_lines": [
        "QUYẾT ĐỊNH",
        "Về việc cử Đoàn đại biểu Việt Nam tham dự Hội nghị lần thứ 30",
        "các Bên tham gia Công ước khung của Liên hợp quốc về biến đổi khí hậu",
    ],
    "blocks": [
        (
            "title",
            "QUYẾT ĐỊNH Về việc cử Đoàn đại biểu Việt Nam tham dự Hội nghị lần thứ 30 các Bên tham gia Công ước khung của Liên hợp quốc về biến đổi khí hậu",
        ),
        ("paragraph", "THỦ TƯỚNG CHÍNH PHỦ"),
        ("paragraph", "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;"),
        (
            "paragraph",
            "Căn cứ Công ước khung của Liên hợp quốc về biến đổi khí hậu mà Việt Nam phê chuẩn năm 1994 và Thỏa thuận Paris về biến đổi khí hậu mà Việt Nam ký ngày 22 tháng 4 năm 2016 tại Niu Oóc, phê duyệt ngày 31 tháng 10 năm 2016;",
        ),
        ("paragraph", "Theo đề nghị của Bộ trưởng Bộ Nông nghiệp và Môi trường,"),
        ("paragraph", "QUYẾT ĐỊNH:"),
        (
            "paragraph",
            "Điều 1. Cử Đoàn đại biểu Việt Nam do một Phó Thủ tướng Chính phủ làm Trưởng đoàn tham dự Hội nghị lần thứ 30 các Bên tham gia Công ước (COP30) tổ chức tại thành phố Bê-lem, Cộng hòa Liên bang Bra-xin, từ ngày 10 đến ngày 21 tháng 11 năm 2025.",
        ),
        ("paragraph", "Điều 2. Đoàn có các nhiệm vụ sau:"),
        (
            "list_item",
            "1. Thông báo kết quả thực hiện cam kết đưa phát thải ròng về “0” vào năm 2050 mà Việt Nam đã đưa ra tại Hội nghị COP26 ở Glasgow (Vương quốc Anh) năm 2021;",
        ),
        (
            "list_item",
            "2. Làm việc với các thành viên Nhóm Đối tác quốc tế (IPG) do Liên minh châu Âu và Vương quốc Anh đồng dẫn dắt, cùng Việt Nam thông qua Tuyên bố chính trị về Quan hệ Đối tác chuyển đổi năng lượng công bằng (JETP) ngày 14 tháng 12 năm 2022, nhằm đẩy nhanh giải ngân khoản cam kết 15,5 tỷ USD;",
        ),
        (
            "list_item",
            "3. Hội kiến lãnh đạo nước chủ nhà Bra-xin, thúc đẩy hợp tác về nông nghiệp thích ứng với biến đổi khí hậu và năng lượng tái tạo;",
        ),
        (
            "list_item",
            "4. Phối hợp với các nước ASEAN xây dựng lập trường chung về tài chính khí hậu.",
        ),
        (
            "paragraph",
            "Điều 3. Kinh phí hoạt động của Đoàn do ngân sách nhà nước bảo đảm theo quy định hiện hành.",
        ),
        (
            "paragraph",
            "Điều 4. Quyết định này có hiệu lực từ ngày ký. Bộ trưởng Bộ Nông nghiệp và Môi trường, Bộ trưởng Bộ Ngoại giao và các thành viên Đoàn chịu trách nhiệm thi hành Quyết định này./.",
        ),
    ],
}

EQE_BINH = {
    "id": "eqe",
    "shape": "biography",
    "head": ["TƯ LIỆU – TIỂU SỬ LÃNH ĐẠO"],
    "blocks": [
        ("title", "TIỂU SỬ ĐỒNG CHÍ NGUYỄN THỊ BÌNH, NGUYÊN PHÓ CHỦ TỊCH NƯỚC"),
        ("paragraph", "Sinh ngày 26/5/1927 tại Sa Đéc (nay thuộc tỉnh Đồng Tháp)."),
        ("heading", "Quá trình công tác", 1),
        ("list_item", "- 1951 – 1953: Bị thực dân Pháp bắt, giam giữ tại Sài Gòn."),
        (
            "list_item",
            "- 1968 – 1969: Phó Trưởng đoàn đại biểu Mặt trận Dân tộc giải phóng miền Nam Việt Nam tại Hội nghị Pa-ri về Việt Nam.",
        ),
        (
            "list_item",
            "- 6/1969 – 1976: Bộ trưởng Bộ Ngoại giao Chính phủ Cách mạng lâm thời Cộng hòa miền Nam Việt Nam, Trưởng đoàn đại biểu Chính phủ Cách mạng lâm thời tại Hội nghị Pa-ri.",
        ),
        ("list_item", "- 1976 – 1987: Bộ trưởng Bộ Giáo dục."),
        ("list_item", "- 1992 – 2002: Phó Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam (hai nhiệm kỳ)."),
        ("heading", "Hoạt động đối ngoại", 1),
        (
            "paragraph",
            "Trong gần năm năm đàm phán tại Pa-ri, bà là gương mặt quen thuộc của báo chí quốc tế. Ngày 1/7/1971, bà công bố giải pháp 7 điểm của Chính phủ Cách mạng lâm thời, đòi Mỹ rút hết quân và chấm dứt dính líu quân sự ở miền Nam. Bà đã đến nhiều nước châu Âu, châu Phi và Mỹ Latinh vận động sự ủng hộ của bạn bè quốc tế; Chính phủ Cách mạng lâm thời được hàng chục nước công nhận.",
        ),
        (
            "paragraph",
            "Ngày 27/1/1973, bà thay mặt Chính phủ Cách mạng lâm thời ký Hiệp định Pa-ri về chấm dứt chiến tranh, lập lại hòa bình ở Việt Nam, là người phụ nữ duy nhất đặt bút ký văn kiện này. Ngày 2/3/1973, bà cùng bộ trưởng ngoại giao của mười một bên khác ký Định ước của Hội nghị quốc tế về Việt Nam.",
        ),
        (
            "paragraph",
            "Trên cương vị Phó Chủ tịch nước, bà dẫn nhiều đoàn cấp cao đi thăm các nước châu Á, châu Phi, Mỹ Latinh và tiếp nhiều đoàn khách quốc tế đến Việt Nam. Sau khi nghỉ hưu, bà vẫn tích cực tham gia hoạt động đối ngoại nhân dân.",
        ),
    ],
}

DOCS = [EQA_PORTUGAL, EQB_ALGERIA, EQC_DIGEST, EQD_COP30, EQE_BINH]


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
        f"{'- Như Điều 4;':<48}PHÓ THỦ TƯỚNG",
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
        prefix="eq",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
