"""Build the three hundred first held-out set (Vietnam and Western Europe: the JETP, Spain) and its structure
gold.

    .venv/bin/python tests/data/heldout301/build_heldout301.py [--check]

Five short documents: a journal article on the Just Energy Transition Partnership with the EU, the United Kingdom
and other partners (Brussels 2022, COP28 2023), a (fictitious) foreign languages college's report for 2025 on
cooperation with Spanish and Portuguese partners, two posts of the Vietnamese embassy in Spain's Facebook page with
their comments copied as text (the new shape, replacing the news page: Prime Minister Pedro Sánchez's visit of
April 2025 and the anniversary of relations in May 2025), a (fictitious) provincial department's climate
cooperation plan for 2026, and an encyclopedia entry on Vietnam – Spain relations. Facts are well-established;
authors, journal, page numbers, document numbers, the embassy's own activities, commenters, the report's and
plan's items are invented. Gold is written by hand; ``--check`` verifies it against the documents.
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
)

KVA = {
    "id": "kva",
    "shape": "journal",
    "header": "MÔI TRƯỜNG VÀ PHÁT TRIỂN BỀN VỮNG – Số 5 (2024)",
    "first_page": 19,
    "break_after": 4,
    "blocks": [
        ("title", "QUAN HỆ ĐỐI TÁC CHUYỂN ĐỔI NĂNG LƯỢNG CÔNG BẰNG GIỮA VIỆT NAM VÀ CÁC ĐỐI TÁC CHÂU ÂU"),
        ("author", "Trịnh Hồng Nhung"),
        ("affiliation", "Trường Đại học Kinh tế Quốc dân"),
        (
            "abstract",
            "Bài viết phân tích quá trình hình thành và triển khai JETP giữa Việt Nam và Nhóm các đối tác quốc tế, trong đó các nước Tây Âu giữ vai trò nòng cốt.",
            "vi",
        ),
        ("keywords", "JETP; chuyển đổi năng lượng; EU; Vương quốc Anh; COP28", "vi"),
        ("heading", "1. Sự hình thành", 1),
        (
            "paragraph",
            "Ngày 14/12/2022, tại Brúc-xen, nhân Hội nghị cấp cao kỷ niệm 45 năm quan hệ ASEAN – EU, Việt Nam và Nhóm các đối tác quốc tế (IPG) thông qua Tuyên bố chính trị thiết lập Quan hệ Đối tác chuyển đổi năng lượng công bằng (JETP) (Đỗ Văn Phúc, 2023, tr. 28). Nhóm IPG do EU và Vương quốc Anh đồng dẫn dắt, gồm cả Pháp, Đức, I-ta-li-a, Đan Mạch, Na Uy, Hoa Kỳ, Nhật Bản và Ca-na-đa; các đối tác cam kết huy động ban đầu 15,5 tỷ USD trong 3 – 5 năm.",
        ),
        ("heading", "2. Triển khai", 1),
        (
            "paragraph",
            "Ngày 1/12/2023, tại Hội nghị COP28 ở Đu-bai, Thủ tướng Phạm Minh Chính công bố Kế hoạch huy động nguồn lực thực hiện JETP, với sự chứng kiến của Chủ tịch Ủy ban châu Âu Ursula von der Leyen. Theo một chuyên gia, JETP là “phép thử cho cam kết tài chính khí hậu của các nước giàu” (Nguyễn Thu Trang, 2024, tr. 15).",
        ),
        ("heading", "3. Hạn chế", 1),
        (
            "paragraph",
            "Phần lớn nguồn vốn cam kết là các khoản vay; viện trợ không hoàn lại chỉ chiếm tỷ lệ nhỏ, và nhiều dự án chưa được giải ngân (Phan Quốc Bảo, 2024).",
        ),
    ],
}

KVB = {
    "id": "kvb",
    "shape": "word",
    "head": [
        "ĐẠI HỌC HUẾ",
        "TRƯỜNG ĐẠI HỌC NGOẠI NGỮ",
        "Số: 96/BC-ĐHNN",
        "Huế, ngày 16 tháng 12 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả hợp tác với các đối tác Tây Ban Nha và Bồ Đào Nha năm 2025",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả hợp tác với các đối tác Tây Ban Nha và Bồ Đào Nha năm 2025"),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Qua chương trình Erasmus+ của Liên minh châu Âu, 18 sinh viên của Trường sang học một học kỳ tại Đại học Salamanca và Đại học Granada (Tây Ban Nha).",
        ),
        (
            "list_item",
            "2. Tháng 10/2025, đón đoàn Đại học Valencia sang trao đổi về chương trình đào tạo tiếng Tây Ban Nha.",
        ),
        (
            "list_item",
            "3. Ký biên bản ghi nhớ với Đại học Coimbra (Bồ Đào Nha) về trao đổi giảng viên.",
        ),
        (
            "list_item",
            "4. Đại sứ quán Tây Ban Nha tặng 500 đầu sách cho Thư viện của Trường.",
        ),
        (
            "list_item",
            "5. Dự án mở Trung tâm tiếng Tây Ban Nha tại Huế chưa thực hiện được do phía đối tác chưa bố trí kinh phí.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2026", 1),
        (
            "list_item",
            "1. Mời Đại sứ Tây Ban Nha tại Việt Nam dự lễ khai giảng ngành Ngôn ngữ Tây Ban Nha vào tháng 9/2026.",
        ),
        (
            "list_item",
            "2. Cử 4 giảng viên sang Ma-đrít dự hội thảo quốc tế về giảng dạy tiếng Tây Ban Nha.",
        ),
        (
            "list_item",
            "3. Không tiếp nhận thêm sinh viên trao đổi từ Bồ Đào Nha cho đến khi hai bên ký thỏa thuận chính thức.",
        ),
        (
            "paragraph",
            "Trên đây là báo cáo kết quả hợp tác với các đối tác Tây Ban Nha và Bồ Đào Nha năm 2025 của Trường.",
        ),
    ],
}

PAGE = "Đại sứ quán Việt Nam tại Tây Ban Nha"

KVC = {
    "id": "kvc",
    "shape": "social",
    "category": "Cơ quan chính phủ · 12K người theo dõi",
    # each post: its time line, its number of body blocks (headline and paragraphs), its reaction lines and its
    # comments, each (name, text, age, badge, translate)
    "posts": [
        {
            "time": "2 giờ · 🌏",
            "body": 4,
            "reactions": ["👍❤️ 1,2K", "356 bình luận  89 lượt chia sẻ"],
            "comments": [
                (
                    "Lê Minh Tuấn",
                    "Tự hào quá! Mong sớm có đường bay thẳng sang Ma-đrít 🙏",
                    "1 giờ",
                    "",
                    False,
                ),
                ("Carmen Ruiz", "¡Felicidades! Viva la amistad España – Vietnam 🇪🇸🇻🇳", "1 giờ", "", True),
                (
                    "Phạm Thị Hồng",
                    "Tuần lễ ẩm thực năm ngoái ở Barcelona đông vui lắm, năm nay em sẽ đi ạ.",
                    "45 phút",
                    "",
                    False,
                ),
            ],
        },
        {
            "time": "10 tháng 4 lúc 20:15 · 🌏",
            "body": 5,
            "reactions": ["👍❤️😮 2,4K", "512 bình luận  140 lượt chia sẻ"],
            "comments": [
                ("Hoàng Văn Nam", "Hai nước có quan hệ ngoại giao từ bao giờ vậy ad?", "6 tuần", "", False),
                (
                    PAGE,
                    "Dạ, hai nước thiết lập quan hệ ngoại giao ngày 23/5/1977 và là Đối tác chiến lược từ tháng 12/2009 ạ.",
                    "6 tuần",
                    "Tác giả",
                    False,
                ),
                ("Trần Quỳnh Anh", "Mong có thêm học bổng cho sinh viên Việt Nam ạ 🙏", "5 tuần", "", False),
            ],
        },
    ],
    "blocks": [
        ("title", PAGE),
        ("author", PAGE),
        (
            "heading",
            "🇻🇳🇪🇸 KỶ NIỆM 48 NĂM THIẾT LẬP QUAN HỆ NGOẠI GIAO VIỆT NAM – TÂY BAN NHA (23/5/1977 – 23/5/2025)",
            1,
        ),
        (
            "paragraph",
            "📌 Sáng nay (23/5), tại Ma-đrít, Đại sứ quán tổ chức gặp mặt hữu nghị với đại diện Bộ Ngoại giao Tây Ban Nha và cộng đồng người Việt.",
        ),
        (
            "paragraph",
            "✅ Nhân dịp này, Đại sứ quán trao tặng 200 cuốn sách về văn hóa Việt Nam cho Thư viện thành phố Ma-đrít.",
        ),
        (
            "paragraph",
            "✅ Tháng 6 tới, Đại sứ quán sẽ phối hợp với thành phố Va-len-xi-a tổ chức Tuần lễ ẩm thực Việt Nam.",
        ),
        ("author", "Lê Minh Tuấn"),
        ("paragraph", "Tự hào quá! Mong sớm có đường bay thẳng sang Ma-đrít 🙏"),
        ("author", "Carmen Ruiz"),
        ("paragraph", "¡Felicidades! Viva la amistad España – Vietnam 🇪🇸🇻🇳"),
        ("author", "Phạm Thị Hồng"),
        ("paragraph", "Tuần lễ ẩm thực năm ngoái ở Barcelona đông vui lắm, năm nay em sẽ đi ạ."),
        ("author", PAGE),
        (
            "heading",
            "🇻🇳🇪🇸 THỦ TƯỚNG TÂY BAN NHA PEDRO SÁNCHEZ KẾT THÚC TỐT ĐẸP CHUYẾN THĂM CHÍNH THỨC VIỆT NAM",
            1,
        ),
        (
            "paragraph",
            "📌 Từ ngày 8 đến 10/4/2025, Thủ tướng Pedro Sánchez thăm chính thức Việt Nam. Đây là chuyến thăm Việt Nam đầu tiên của một Thủ tướng Tây Ban Nha kể từ khi hai nước thiết lập quan hệ ngoại giao năm 1977.",
        ),
        (
            "paragraph",
            "✅ Hai Thủ tướng hội đàm và chứng kiến lễ trao các văn kiện hợp tác, trong đó có Bản ghi nhớ về hợp tác và tham vấn chính trị giữa hai Bộ Ngoại giao.",
        ),
        (
            "paragraph",
            "✅ Thủ tướng Sánchez hội kiến Tổng Bí thư Tô Lâm, Chủ tịch nước Lương Cường và Chủ tịch Quốc hội Trần Thanh Mẫn.",
        ),
        (
            "paragraph",
            "✅ Hai bên nhất trí hướng tới nâng quan hệ lên Đối tác chiến lược toàn diện vào thời điểm thích hợp.",
        ),
        ("author", "Hoàng Văn Nam"),
        ("paragraph", "Hai nước có quan hệ ngoại giao từ bao giờ vậy ad?"),
        ("author", PAGE),
        (
            "paragraph",
            "Dạ, hai nước thiết lập quan hệ ngoại giao ngày 23/5/1977 và là Đối tác chiến lược từ tháng 12/2009 ạ.",
        ),
        ("author", "Trần Quỳnh Anh"),
        ("paragraph", "Mong có thêm học bổng cho sinh viên Việt Nam ạ 🙏"),
    ],
}

KVD = {
    "id": "kvd",
    "shape": "plan",
    "head": [
        f"{'ỦY BAN NHÂN DÂN TỈNH AN GIANG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 21/KH-SNNMT':<40}An Giang, ngày 9 tháng 1 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác quốc tế về ứng phó với biến đổi khí hậu năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác quốc tế về ứng phó với biến đổi khí hậu năm 2026"),
        (
            "paragraph",
            "Nhằm huy động nguồn lực quốc tế cho thích ứng với biến đổi khí hậu và chuyển đổi năng lượng, Sở Nông nghiệp và Môi trường xây dựng Kế hoạch hợp tác quốc tế năm 2026 như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "paragraph",
            "Năm 2025, Cơ quan Phát triển Bỉ (Enabel) hỗ trợ tỉnh 600.000 euro xây dựng hệ thống cảnh báo sớm hạn mặn; Sở ký thỏa thuận với Cơ quan Phát triển Pháp (AFD) về dự án điện mặt trời áp mái cho trường học. Đề xuất tham gia dự án lưới điện thông minh trong khuôn khổ JETP chưa được lựa chọn.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Trong quý II/2026, đón đoàn chuyên gia Tổ chức Hợp tác Quốc tế Đức (GIZ) khảo sát mô hình trồng lúa phát thải thấp.",
        ),
        (
            "list_item",
            "2. Ký thỏa thuận hợp tác với vùng Va-len-xi-a (Tây Ban Nha) về tưới tiết kiệm nước.",
        ),
        (
            "list_item",
            "3. Cử đoàn cán bộ sang Hà Lan học tập kinh nghiệm quản lý nước vùng đồng bằng.",
        ),
        (
            "list_item",
            "4. Đề nghị Đại sứ quán Anh hỗ trợ đào tạo về thị trường tín chỉ các-bon.",
        ),
        (
            "list_item",
            "5. Phối hợp với Đại sứ quán Pháp tổ chức Diễn đàn chuyển đổi xanh vùng đồng bằng sông Cửu Long vào tháng 11/2026.",
        ),
        (
            "paragraph",
            "Phòng Biến đổi khí hậu chủ trì, theo dõi và định kỳ báo cáo Giám đốc Sở việc thực hiện Kế hoạch.",
        ),
    ],
}

KVE = {
    "id": "kve",
    "shape": "entry",
    "blocks": [
        ("title", "Quan hệ Việt Nam – Tây Ban Nha"),
        (
            "paragraph",
            "Quan hệ Việt Nam – Tây Ban Nha là quan hệ ngoại giao giữa Cộng hòa xã hội chủ nghĩa Việt Nam và Vương quốc Tây Ban Nha, chính thức thiết lập ngày 23/5/1977. Việt Nam có đại sứ quán tại Ma-đrít; Tây Ban Nha có đại sứ quán tại Hà Nội.",
        ),
        ("heading", "Chính trị", 1),
        (
            "paragraph",
            "Năm 2006, Nhà vua Juan Carlos I và Hoàng hậu Sofía thăm Việt Nam. Tháng 12/2009, hai nước thiết lập quan hệ Đối tác chiến lược vì tương lai; Tây Ban Nha là thành viên EU đầu tiên xác lập khuôn khổ đối tác chiến lược với Việt Nam. Năm 2024, hai nước kỷ niệm 15 năm quan hệ Đối tác chiến lược.",
        ),
        ("heading", "Kinh tế", 1),
        (
            "paragraph",
            "Tây Ban Nha là một trong những nước thành viên EU sớm phê chuẩn Hiệp định Bảo hộ đầu tư Việt Nam – EU (EVIPA). Việt Nam là đối tác thương mại lớn nhất của Tây Ban Nha trong ASEAN, còn Tây Ban Nha là đối tác thương mại lớn thứ tám của Việt Nam trong EU. Hai nước thống nhất phối hợp tổ chức các hoạt động kỷ niệm 50 năm thiết lập quan hệ ngoại giao vào năm 2027.",
        ),
    ],
}

DOCS = [KVA, KVB, KVC, KVD, KVE]


def render_social(doc: dict) -> tuple[str, list[str]]:
    """A government page's Facebook posts copied from the browser as text: the page name and its category line,
    then each post: the page name, the time line ("2 giờ · 🌏" or "10 tháng 4 lúc 20:15 · 🌏"), a blank line, the
    headline and the emoji-marked short paragraphs with blank lines between, the hashtags, "Xem bản dịch", the
    reaction counts, "Thích · Bình luận · Chia sẻ", a blank line, then each comment: the name (with a "Tác giả"
    badge when the page answers), the text, "Xem bản dịch" under a foreign-language one, "Thích · Phản hồi ·"
    with its age, a blank line. Returns the text and the lines layout repair must remove (the category, time,
    hashtag, translate, reaction and action lines)."""
    blocks = iter(doc["blocks"][1:])
    out = [doc["blocks"][0][1], doc["category"], ""]
    removed = [doc["category"]]
    for post in doc["posts"]:
        out.append(next(blocks)[1])  # the page name as the post's author
        out += [post["time"], ""]
        removed.append(post["time"])
        body = [next(blocks)[1] for _ in range(post["body"])]
        for text in body:
            out += [text, ""]
        tail = [
            "#NgoaiGiao #VietNam #TayBanNha",
            "Xem bản dịch",
            *post["reactions"],
            "Thích · Bình luận · Chia sẻ",
        ]
        out += tail + [""]
        removed += tail
        for name, text, age, badge, translate in post["comments"]:
            assert next(blocks)[1] == name and next(blocks)[1] == text
            out.append(name)
            if badge:
                out.append(badge)
                removed.append(badge)
            out.append(text)
            if translate:
                out.append("Xem bản dịch")
                removed.append("Xem bản dịch")
            action = f"Thích · Phản hồi · {age}"
            out += [action, ""]
            removed.append(action)
    return "\n".join(out), removed


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "HIỆU TRƯỞNG"."""
    return report_word(doc, ["HIỆU TRƯỞNG", "(Đã ký và đóng dấu)"])


def render_plan(doc: dict) -> str:
    """A plan by heldout_kit.ministry_plan, signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"."""
    return ministry_plan(
        doc,
        signature=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(đã ký)"],
        recipients=["- UBND tỉnh (để b/c);", "- Lưu: VT, BĐKH."],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": render_word,
            "social": render_social,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="kv",
        rendered=True,
        removing_shapes=("journal", "social"),
    )


if __name__ == "__main__":
    sys.exit(main())
