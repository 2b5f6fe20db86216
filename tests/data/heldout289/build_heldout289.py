"""Build the two hundred eighty-ninth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout289/build_heldout289.py [--check]

Five short documents on Mekong cooperation: a journal article on the Mekong River Commission (the
Mekong Committee 1957, the Chiang Rai agreement of 5/4/1995, the dialogue partners of 1996, the MRC
summits of 2010, 2014, 2018 and 2023), a (fictitious) Đồng Tháp agriculture and environment department's
report on transboundary water cooperation in 2025, a THESIS chapter excerpt (the new shape, replacing the
news page) on Mekong – Japan, the Lower Mekong Initiative and the Mekong – U.S. Partnership, and Mekong –
Lancang cooperation, a (fictitious) Vietnam National Mekong Committee plan for 2026, and an encyclopedia
entry on the Greater Mekong Subregion programme. Facts are well-established; authors, journals, the thesis,
its references, page numbers, document numbers, the local bodies' activities and quoted words are
invented. Gold is written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs
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
    ministry_plan,
    report_word,
    wrap,
)

JTA = {
    "id": "jta",
    "shape": "journal",
    "header": "TẠP CHÍ TÀI NGUYÊN NƯỚC VÀ PHÁT TRIỂN BỀN VỮNG – Số 3 (2025)",
    "first_page": 8,
    "break_after": 5,
    "blocks": [
        ("title", "ỦY HỘI SÔNG MÊ CÔNG QUỐC TẾ SAU BA THẬP KỶ VÀ VAI TRÒ CỦA VIỆT NAM"),
        ("author", "Huỳnh Văn Tài"),
        ("affiliation", "Viện Khoa học Thủy lợi miền Nam"),
        (
            "abstract",
            "Bài viết điểm lại quá trình hình thành, các Hội nghị Cấp cao của Ủy hội sông Mê Công quốc tế (MRC) và sự tham gia của Việt Nam.",
            "vi",
        ),
        ("keywords", "sông Mê Công; MRC; Hiệp định Mê Công 1995; an ninh nguồn nước", "vi"),
        ("heading", "1. Từ Ủy ban Mê Công đến Ủy hội sông Mê Công", 1),
        (
            "paragraph",
            "Năm 1957, dưới sự bảo trợ của Ủy ban Kinh tế Liên hợp quốc về châu Á và Viễn Đông (ECAFE), bốn nước hạ lưu thành lập Ủy ban Mê Công. Ngày 5/4/1995, tại Chiềng Rai (Thái Lan), Campuchia, Lào, Thái Lan và Việt Nam ký Hiệp định Hợp tác phát triển bền vững lưu vực sông Mê Công, thành lập Ủy hội sông Mê Công quốc tế (Lê Văn Hòa, 2015, tr. 29). Năm 1996, Trung Quốc và Mi-an-ma trở thành đối tác đối thoại của Ủy hội.",
        ),
        ("heading", "2. Các Hội nghị Cấp cao", 1),
        (
            "paragraph",
            "Hội nghị Cấp cao MRC lần thứ nhất họp tại Hua Hin (Thái Lan) tháng 4/2010. Ngày 5/4/2014, Việt Nam đăng cai Hội nghị Cấp cao lần thứ hai tại Thành phố Hồ Chí Minh; Tuyên bố Thành phố Hồ Chí Minh được xem là “bước chuyển từ đối thoại sang hành động” (Nguyễn Thanh Bình, 2016, tr. 61). Các Hội nghị tiếp theo diễn ra tại Xiêm Riệp (Campuchia) năm 2018 và Viêng Chăn (Lào) tháng 4/2023.",
        ),
        ("heading", "3. Vai trò của Việt Nam", 1),
        (
            "paragraph",
            "Là quốc gia cuối nguồn, Việt Nam chịu tác động lớn từ các công trình thủy điện trên dòng chính và nhiều lần đề nghị các nước thượng nguồn tiến hành tham vấn đầy đủ trước khi xây dựng. Thời gian tới, Việt Nam cần phối hợp chặt chẽ hơn với các nước thành viên để nâng cao hiệu quả của Ủy hội (Đoàn Minh Quân, 2023).",
        ),
    ],
}

JTB = {
    "id": "jtb",
    "shape": "word",
    "head": [
        "UBND TỈNH ĐỒNG THÁP",
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "Số: 512/BC-SNNMT",
        "Đồng Tháp, ngày 16 tháng 12 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả hợp tác quốc tế về tài nguyên nước lưu vực sông Mê Công năm 2025",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả hợp tác quốc tế về tài nguyên nước lưu vực sông Mê Công năm 2025"),
        ("heading", "I. KẾT QUẢ THỰC HIỆN", 1),
        (
            "list_item",
            "1. Tháng 4/2025, phối hợp với Văn phòng Ủy ban sông Mê Công Việt Nam tổ chức Ngày Mê Công tại tỉnh nhân kỷ niệm 30 năm thành lập Ủy hội sông Mê Công quốc tế.",
        ),
        (
            "list_item",
            "2. Tháng 7/2025, đón đoàn cán bộ tỉnh Prây Veng (Campuchia) sang trao đổi kinh nghiệm dự báo lũ và quản lý nước mùa khô.",
        ),
        (
            "list_item",
            "3. Tiếp nhận 180.000 USD từ Quỹ Hợp tác Mê Công – Hàn Quốc cho dự án trữ nước ngọt mùa khô ở khu vực Tam Nông.",
        ),
        (
            "list_item",
            "4. Phối hợp với tỉnh Prây Veng chia sẻ số liệu mực nước tại các trạm quan trắc gần biên giới trong mùa lũ.",
        ),
        (
            "list_item",
            "5. Đề xuất khảo sát chung tuyến kênh biên giới chưa được phía bạn thống nhất về kinh phí.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2026", 1),
        (
            "list_item",
            "1. Cử cán bộ dự khóa tập huấn về quản lý hạn hán do Ban Thư ký Ủy hội sông Mê Công quốc tế tổ chức tại Viêng Chăn.",
        ),
        (
            "list_item",
            "2. Đề nghị Cơ quan Hợp tác quốc tế Nhật Bản (JICA) hỗ trợ kỹ thuật xây dựng bản đồ ngập lụt.",
        ),
        (
            "list_item",
            "3. Tổ chức hội nghị giao ban với tỉnh Prây Veng trong quý II/2026.",
        ),
        (
            "paragraph",
            "Trên đây là báo cáo kết quả hợp tác quốc tế về tài nguyên nước năm 2025 của Sở Nông nghiệp và Môi trường.",
        ),
    ],
}

JTC = {
    "id": "jtc",
    "shape": "thesis",
    "footer": "Luận văn Thạc sĩ Quan hệ quốc tế",
    "first_page": 34,
    "page_ends": (4, 7, 10),
    "blocks": [
        (
            "title",
            "CHƯƠNG 2 VIỆT NAM TRONG CÁC CƠ CHẾ HỢP TÁC MÊ CÔNG VỚI ĐỐI TÁC NGOÀI TIỂU VÙNG (2009 – 2020)",
        ),
        ("heading", "2.1. Các cơ chế với đối tác phát triển", 2),
        ("heading", "2.1.1. Hợp tác Mê Công – Nhật Bản", 3),
        (
            "paragraph",
            "Hội nghị Cấp cao Mê Công – Nhật Bản lần thứ nhất được tổ chức tại Tô-ky-ô vào tháng 11 năm 20091, với sự tham gia của lãnh đạo Nhật Bản và năm nước Campuchia, Lào, Mi-an-ma, Thái Lan, Việt Nam. Tại Hội nghị, Nhật Bản cam kết dành cho các nước Mê Công 500 tỷ yên viện trợ phát triển chính thức trong ba năm. Nhiều học giả coi cơ chế này là “một cầu nối giữa ASEAN và Nhật Bản” [1, tr. 45].",
        ),
        (
            "footnote",
            "Xem thêm: Tuyên bố Tô-ky-ô về quan hệ đối tác mới giữa các nước Mê Công và Nhật Bản, thông qua tại Hội nghị.",
        ),
        ("heading", "2.1.2. Sáng kiến Hạ nguồn Mê Công và Quan hệ Đối tác Mê Công – Mỹ", 3),
        (
            "paragraph",
            "Ngày 23/7/2009, tại Phu-két (Thái Lan), Ngoại trưởng Mỹ Hillary Clinton gặp Bộ trưởng Ngoại giao Campuchia, Lào, Thái Lan và Việt Nam, khởi động Sáng kiến Hạ nguồn Mê Công2 [3; 5]. Tháng 9/2020, Sáng kiến được nâng cấp thành Quan hệ Đối tác Mê Công – Mỹ; Việt Nam, trên cương vị Chủ tịch ASEAN, đồng chủ trì Hội nghị Bộ trưởng đầu tiên của cơ chế này [4].",
        ),
        ("footnote", "Mi-an-ma tham gia Sáng kiến từ năm 2012."),
        ("heading", "2.2. Cơ chế Hợp tác Mê Công – Lan Thương", 2),
        (
            "paragraph",
            "Hội nghị các nhà lãnh đạo Hợp tác Mê Công – Lan Thương lần thứ nhất diễn ra ngày 23/3/2016 tại Tam Á (Hải Nam, Trung Quốc), chính thức khởi động cơ chế do Trung Quốc đề xuất [2]. Hội nghị lần thứ hai họp tại Phnôm Pênh ngày 10/1/2018, thông qua Kế hoạch hành động 5 năm (2018 – 2022) [2, tr. 87].",
        ),
        (
            "paragraph",
            "Trung Quốc chưa trở thành thành viên đầy đủ của Ủy hội sông Mê Công quốc tế. Từ năm 2020, nước này cam kết chia sẻ số liệu thủy văn quanh năm của sông Lan Thương với các nước Mê Công [6, tr. 112].",
        ),
        ("heading", "TÀI LIỆU THAM KHẢO", 1),
        (
            "reference",
            "1. Bùi Thị Thu Hằng (2016), Hợp tác Mê Công – Nhật Bản: thành tựu và triển vọng, Nxb. Khoa học xã hội, Hà Nội.",
        ),
        (
            "reference",
            "2. Đặng Văn Lực (2019), Cơ chế Hợp tác Mê Công – Lan Thương và tác động đối với Việt Nam, Nxb. Chính trị quốc gia Sự thật, Hà Nội.",
        ),
        (
            "reference",
            "3. Lê Hoàng Yến (2014), Chính sách của Mỹ đối với tiểu vùng Mê Công, Nxb. Thế giới, Hà Nội.",
        ),
        (
            "reference",
            "4. Ngô Quang Vinh (2021), “Quan hệ Đối tác Mê Công – Mỹ: bước phát triển mới”, Tạp chí Nghiên cứu Quốc tế, số 3, tr. 45-60.",
        ),
        (
            "reference",
            "5. Phạm Đức Thành (2012), Tiểu vùng Mê Công trong chiến lược của các nước lớn, Nxb. Chính trị quốc gia, Hà Nội.",
        ),
        (
            "reference",
            "6. Trần Thị Kim Oanh (2018), An ninh nguồn nước sông Mê Công, Nxb. Đại học Quốc gia Hà Nội, Hà Nội.",
        ),
    ],
}

JTD = {
    "id": "jtd",
    "shape": "plan",
    "head": [
        f"{'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'ỦY BAN SÔNG MÊ CÔNG VIỆT NAM':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 35/KH-UBSMCVN':<40}Hà Nội, ngày 22 tháng 12 năm 2025",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác trong khuôn khổ Ủy hội sông Mê Công quốc tế",
        "và các cơ chế hợp tác Mê Công năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác trong khuôn khổ Ủy hội sông Mê Công quốc tế và các cơ chế hợp tác Mê Công năm 2026",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "paragraph",
            "Năm 2025, Ủy ban tham gia đầy đủ các phiên họp của Hội đồng và Ủy ban Liên hợp MRC; phối hợp với Ban Thư ký MRC tổ chức lễ kỷ niệm 30 năm ngày ký Hiệp định Mê Công 1995; tiếp nhận hỗ trợ kỹ thuật của Ô-xtrây-li-a cho chương trình giám sát chất lượng nước. Nghiên cứu chung với Lào về tác động của thủy điện dòng chính chưa được triển khai do chưa thống nhất nguồn kinh phí.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 6/2026, đăng cai Hội thảo khu vực về an ninh nguồn nước đồng bằng sông Cửu Long tại Cần Thơ, mời đại diện Ban Thư ký MRC và các nước thành viên tham dự.",
        ),
        (
            "list_item",
            "2. Cử 3 chuyên gia sang làm việc có thời hạn tại Ban Thư ký MRC ở Viêng Chăn.",
        ),
        (
            "list_item",
            "3. Đề nghị Trung tâm Hợp tác tài nguyên nước Mê Công – Lan Thương tiếp tục chia sẻ số liệu thủy văn mùa khô.",
        ),
        (
            "list_item",
            "4. Phối hợp với Cơ quan Hợp tác quốc tế Hàn Quốc (KOICA) triển khai dự án cảnh báo sớm lũ cho các tỉnh đầu nguồn.",
        ),
        (
            "paragraph",
            "Văn phòng Ủy ban sông Mê Công Việt Nam chủ trì, phối hợp với các đơn vị liên quan tổ chức thực hiện và báo cáo kết quả trước ngày 15/12/2026.",
        ),
    ],
}

JTE = {
    "id": "jte",
    "shape": "entry",
    "blocks": [
        ("title", "Chương trình Hợp tác kinh tế Tiểu vùng Mê Công mở rộng"),
        (
            "paragraph",
            "Chương trình Hợp tác kinh tế Tiểu vùng Mê Công mở rộng (GMS) được khởi xướng năm 1992 với sự hỗ trợ của Ngân hàng Phát triển châu Á (ADB), gồm Campuchia, Lào, Mi-an-ma, Thái Lan, Việt Nam và Trung Quốc (tỉnh Vân Nam; Khu tự trị dân tộc Choang Quảng Tây tham gia từ năm 2004).",
        ),
        ("heading", "Tổ chức", 1),
        (
            "paragraph",
            "GMS không có ban thư ký riêng; ADB đảm nhiệm vai trò ban thư ký và là nhà tài trợ chính. Hội nghị Cấp cao GMS họp ba năm một lần; hội nghị đầu tiên diễn ra tại Phnôm Pênh tháng 11/2002, hội nghị lần thứ hai tại Côn Minh (Trung Quốc) tháng 7/2005 và lần thứ ba tại Viêng Chăn tháng 3/2008.",
        ),
        ("heading", "Hành lang kinh tế", 1),
        (
            "paragraph",
            "Hành lang kinh tế Đông – Tây nối Mô-lam-mi-ai (Mi-an-ma) qua Thái Lan, Lào tới Đà Nẵng (Việt Nam); cùng với hành lang Bắc – Nam và hành lang phía Nam, đây là một trong ba hành lang kinh tế chủ chốt của Chương trình.",
        ),
        ("heading", "Việt Nam và GMS", 1),
        (
            "paragraph",
            "Ngày 31/3/2018, Việt Nam đăng cai Hội nghị Cấp cao GMS lần thứ sáu tại Hà Nội; Hội nghị thông qua Tuyên bố chung và Kế hoạch hành động Hà Nội giai đoạn 2018 – 2022.",
        ),
    ],
}

DOCS = [JTA, JTB, JTC, JTD, JTE]


def render_thesis(doc: dict) -> tuple[str, list[str]]:
    """A master's thesis chapter converted from PDF to text: "CHƯƠNG 2" on its own line and the chapter title in
    capitals wrapped at 48 columns, the numbered headings "2.1." / "2.1.1." as they are, paragraphs with a
    four-space first-line indent wrapped at 80 columns and no blank lines between them; the footnote marks are
    plain digits glued to the word before them ("năm 20091", "Mê Công2"). A page ends after each block index in
    ``doc["page_ends"]`` (between paragraphs) with, if the page holds a footnote, a blank line, a "____" rule
    and the note with its digit ("1 Xem thêm: …"), then a blank line, the running footer ``doc["footer"]`` and
    the page number alone on the next line at the right, and a form feed. The reference list ("TÀI LIỆU THAM
    KHẢO") closes the last page, one numbered entry a line, continuation lines indented. Returns the text and
    the lines layout repair must remove (the rule, the footer, the page numbers)."""
    rule = "_" * 20
    removed: list[str] = [rule, doc["footer"]]
    title = doc["blocks"][0][1]
    chapter, _, rest = title.partition(" ")
    label, _, name = rest.partition(" ")
    out: list[str] = [f"{chapter} {label}", *wrap(name, 48), ""]
    notes: list[str] = []
    note_no = 0
    page = doc["first_page"]

    def end_page() -> None:
        nonlocal page
        if notes:
            out.extend(["", rule, *notes])
            notes.clear()
        out.extend(["", doc["footer"], f"{page:>80}", "\f"])
        removed.append(str(page))
        page += 1

    for i, b in enumerate(doc["blocks"][1:], start=1):
        kind, text = b[0], b[1]
        if kind == "heading":
            if text == "TÀI LIỆU THAM KHẢO":
                out += [f"{text:^80}".rstrip(), ""]
            else:
                out.append(text)
        elif kind == "paragraph":
            lines = wrap("    " + text, 80)
            out += lines
        elif kind == "footnote":
            note_no += 1
            nl = wrap(f"{note_no} {text}", 80)
            notes.extend(nl)
        elif kind == "reference":
            lines = wrap(text, 76)
            out += [lines[0], *("    " + ln for ln in lines[1:])]
        if i in doc["page_ends"]:
            end_page()
    end_page()
    while out and out[-1] == "\f":
        out.pop()
    text = "\n".join(out) + "\n"
    return text.replace("\n\f\n", "\n\f"), removed


def render_plan(doc: dict) -> str:
    """A national committee's plan by heldout_kit.ministry_plan: signed "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH THƯỜNG TRỰC"."""
    return ministry_plan(
        doc,
        signature=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH THƯỜNG TRỰC", "(đã ký)"],
        recipients=["- Bộ trưởng (để b/c);", "- Bộ Ngoại giao;", "- Lưu: VT, VP."],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": report_word,
            "thesis": render_thesis,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="jt",
        removing_shapes=("journal", "thesis"),
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
