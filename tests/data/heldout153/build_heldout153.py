"""Build the hundred-and-fifty-third held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout153/build_heldout153.py [--check]

Five short documents on topics the earlier sets do not use (Bahrain's foreign policy in the Gulf crises, the
Vietnam Chamber of Commerce and Industry's promotion work with the Gulf states in 2024, the restoration of
Bahrain – Qatar relations on 12/4/2023, a (fictitious) Secretariat conclusion on relations with the Middle
East and Africa to 2030, an encyclopedia entry on the International Court of Justice). Nothing in src/ was
changed for them. Facts are well-established; authors, journal, page numbers, document numbers, the report's
items and all quoted words are invented, the Party conclusion (number, date, meeting, tasks) is fictitious. Events,
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
    party_text,
    word_text,
)

MTA_BAHRAIN = {
    "id": "mta",
    "shape": "journal",
    "header": "TẠP CHÍ VÙNG VỊNH VÀ ẤN ĐỘ DƯƠNG – Số 2 (2024)",
    "first_page": 88,
    "break_after": 9,
    "blocks": [
        ("title", "BA-RANH: QUỐC ĐẢO NHỎ GIỮA NHỮNG BIẾN ĐỘNG VÙNG VỊNH"),
        ("author", "Đinh Thị Quỳnh Anh"),
        ("affiliation", "Viện Nghiên cứu Châu Phi và Trung Đông"),
        (
            "abstract",
            "Bài viết phân tích chính sách đối ngoại của Ba-ranh và triển vọng quan hệ với Việt Nam.",
            "vi",
        ),
        ("keywords", "Ba-ranh; GCC; Ca-ta; Hiệp định Abraham", "vi"),
        ("heading", "1. Độc lập và hội nhập khu vực", 1),
        (
            "paragraph",
            "Ba-ranh tuyên bố độc lập ngày 15/8/1971, khi các hiệp ước bảo hộ với Anh chấm dứt, và ngay trong năm đó được kết nạp vào Liên đoàn Ả-rập và Liên hợp quốc. Năm 1981, nước này cùng Ả-rập Xê-út, Cô-oét, Ô-man, Ca-ta và Các Tiểu vương quốc Ả-rập Thống nhất thành lập Hội đồng Hợp tác vùng Vịnh (GCC) (Trịnh Thu Trang, 2018, tr. 15). Ngày 16/3/2001, Tòa án Công lý quốc tế ra phán quyết về tranh chấp lãnh thổ giữa Ba-ranh và Ca-ta, theo đó quần đảo Hawar thuộc về Ba-ranh.",
        ),
        ("heading", "2. Giữa các cuộc khủng hoảng", 1),
        (
            "paragraph",
            "Tháng 3/2011, theo đề nghị của Manama, Lực lượng Lá chắn bán đảo của GCC được triển khai tới Ba-ranh. Ngày 5/6/2017, Ba-ranh cùng Ả-rập Xê-út, UAE và Ai Cập cắt quan hệ ngoại giao và phong tỏa Ca-ta; quan hệ Ba-ranh – Ca-ta chỉ được khôi phục vào tháng 4/2023, hơn hai năm sau Tuyên bố Al-Ula. Ngày 15/9/2020, tại Nhà Trắng, Ba-ranh và UAE ký Hiệp định Abraham, bình thường hóa quan hệ với I-xra-en (Đoàn Minh Khôi, 2021).",
        ),
        ("heading", "3. Triển vọng quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam và Ba-ranh đã thiết lập quan hệ ngoại giao từ lâu, song trao đổi đoàn cấp cao còn thưa thớt. Theo một chuyên gia, Manama có thể trở thành “cửa ngõ tài chính của Việt Nam vào vùng Vịnh” (Hà Thị Ngân, 2023, tr. 64). Ta cần sớm đàm phán hiệp định khuyến khích và bảo hộ đầu tư với Ba-ranh, đồng thời thúc đẩy hợp tác với GCC về an ninh lương thực.",
        ),
    ],
}

MTB_VCCI = {
    "id": "mtb",
    "shape": "word",
    "head": [
        "PHÒNG THƯƠNG MẠI VÀ CÔNG NGHIỆP VIỆT NAM",
        "BAN QUAN HỆ QUỐC TẾ",
        "Số: 312/BC-QHQT",
        "Hà Nội, ngày 17 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Hoạt động xúc tiến thương mại, đầu tư với các nước vùng Vịnh năm 2024 và kế hoạch năm 2025",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Hoạt động xúc tiến thương mại, đầu tư với các nước vùng Vịnh năm 2024 và kế hoạch năm 2025",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Tháng 3/2024, Ban đón đoàn Phòng Thương mại và Công nghiệp Ba-ranh sang Hà Nội và Thành phố Hồ Chí Minh tìm hiểu cơ hội đầu tư vào tài chính Hồi giáo và thực phẩm halal; hai bên ký Biên bản ghi nhớ về thành lập Hội đồng doanh nghiệp chung.",
        ),
        (
            "list_item",
            "2. Tháng 6, phối hợp với Đại sứ quán Việt Nam tại Ả-rập Xê-út tổ chức Diễn đàn doanh nghiệp Việt Nam – Ả-rập Xê-út tại Riyadh với sự tham gia của hơn 100 doanh nghiệp.",
        ),
        (
            "list_item",
            "3. Nhân chuyến thăm chính thức Các Tiểu vương quốc Ả-rập Thống nhất của Thủ tướng Phạm Minh Chính cuối tháng 10, Ban tổ chức đoàn 40 doanh nghiệp tháp tùng; trong chuyến thăm, hai nước đã ký Hiệp định Đối tác kinh tế toàn diện (CEPA).",
        ),
        (
            "list_item",
            "4. Tháng trước, Ban làm việc với Tập đoàn Tài chính thương mại quốc tế Hồi giáo (ITFC) về khả năng tài trợ thương mại; do Việt Nam không phải là thành viên của Ngân hàng Phát triển Hồi giáo, doanh nghiệp ta chưa thể tiếp cận nguồn vốn này.",
        ),
        (
            "list_item",
            "5. Đề xuất của một doanh nghiệp Ca-ta về đầu tư cảng cá tại Bình Định chưa được chấp thuận.",
        ),
        ("heading", "II. KẾ HOẠCH NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 2 năm sau, tổ chức đoàn doanh nghiệp sang Manama và Riyadh xúc tiến xuất khẩu thực phẩm halal.",
        ),
        (
            "list_item",
            "2. Phối hợp tổ chức phiên họp thứ nhất của Hội đồng doanh nghiệp Việt Nam – Ba-ranh tại Hà Nội.",
        ),
    ],
}

MTC_QATAR = {
    "id": "mtc",
    "shape": "news",
    "date": "2023-04-13",
    "stamp": "Thứ Năm, 13/04/2023 - 10:05",
    "blocks": [
        ("title", "Ba-ranh và Ca-ta khôi phục quan hệ ngoại giao"),
        (
            "paragraph",
            "Riyadh (TTXVN) – Ngày 12/4, Ba-ranh và Ca-ta đã nhất trí khôi phục quan hệ ngoại giao sau cuộc họp giữa phái đoàn hai nước tại trụ sở Ban Thư ký Hội đồng Hợp tác vùng Vịnh (GCC) ở thủ đô Ả-rập Xê-út.",
        ),
        ("heading", "Khép lại gần sáu năm đóng băng", 1),
        (
            "paragraph",
            "Theo tuyên bố chung, quyết định này xuất phát từ mong muốn tăng cường đoàn kết và hội nhập giữa các nước GCC. Hai bên cam kết thực hiện quyết định phù hợp với Công ước Viên năm 1961 về quan hệ ngoại giao. Tổng Thư ký GCC Jasem Mohamed Albudaiwi hoan nghênh bước đi này.",
        ),
        (
            "paragraph",
            "Tháng 6/2017, Ba-ranh cùng Ả-rập Xê-út, UAE và Ai Cập cắt đứt quan hệ với Doha. Tuyên bố Al-Ula ký ngày 5/1/2021 đã chấm dứt lệnh phong tỏa; Ả-rập Xê-út và Ai Cập nối lại quan hệ với Ca-ta ngay trong năm đó. Trong những năm đóng băng, đường bay trực tiếp giữa Manama và Doha bị gián đoạn, gây nhiều khó khăn cho công dân hai nước.",
        ),
        ("heading", "Làn sóng hòa giải khu vực", 1),
        (
            "paragraph",
            "Sự kiện diễn ra chỉ hơn một tháng sau khi Ả-rập Xê-út và I-ran ký thỏa thuận tại Bắc Kinh ngày 10/3 về việc khôi phục quan hệ ngoại giao, với vai trò trung gian của Trung Quốc.",
        ),
    ],
}

MTD_PARTY = {
    "id": "mtd",
    "shape": "party",
    "head": [
        f"{'BAN CHẤP HÀNH TRUNG ƯƠNG':<44}ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{'*':^24}".rstrip(),
        f"{'Số 135-KL/TW':^24}{'':20}Hà Nội, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": [
        "KẾT LUẬN",
        "CỦA BAN BÍ THƯ",
        "về tiếp tục đẩy mạnh quan hệ với các nước",
        "Trung Đông – châu Phi đến năm 2030",
        "-----",
    ],
    "blocks": [
        (
            "title",
            "KẾT LUẬN CỦA BAN BÍ THƯ về tiếp tục đẩy mạnh quan hệ với các nước Trung Đông – châu Phi đến năm 2030",
        ),
        (
            "paragraph",
            "Tại phiên họp ngày 12/12/2024, sau khi nghe Ban Đối ngoại Trung ương báo cáo kết quả thực hiện chủ trương tăng cường quan hệ với các nước Trung Đông – châu Phi giai đoạn 2016 – 2024, Ban Bí thư kết luận như sau:",
        ),
        (
            "list_item",
            "1. Ban Bí thư ghi nhận: quan hệ chính trị giữa nước ta với các nước Trung Đông – châu Phi tiếp tục được củng cố; quan hệ giữa Đảng ta với Đại hội Dân tộc Phi (ANC), Đảng FRELIMO, Đảng MPLA và nhiều chính đảng cầm quyền khác được duy trì thường xuyên. Ta đã ký Hiệp định Thương mại tự do với I-xra-en (VIFTA) tháng 7/2023 và Hiệp định Đối tác kinh tế toàn diện (CEPA) với Các Tiểu vương quốc Ả-rập Thống nhất tháng 10/2024. Tuy nhiên, hợp tác kinh tế chưa tương xứng với tiềm năng, nhiều thỏa thuận đã ký chưa được triển khai trên thực tế.",
        ),
        (
            "list_item",
            "2. Trong thời gian tới, các cấp ủy, tổ chức đảng tập trung thực hiện tốt các nhiệm vụ sau:",
        ),
        (
            "list_item",
            "a) Tăng cường trao đổi đoàn cấp cao qua các kênh Đảng, Nhà nước, Quốc hội và đối ngoại nhân dân; trong năm 2025, tổ chức chuyến thăm của lãnh đạo chủ chốt tới một số đối tác quan trọng ở vùng Vịnh và Bắc Phi.",
        ),
        (
            "list_item",
            "b) Nghiên cứu, thúc đẩy đàm phán hiệp định thương mại tự do với Hội đồng Hợp tác vùng Vịnh (GCC); tận dụng Hiệp định Khu vực thương mại tự do lục địa châu Phi (AfCFTA) để mở rộng thị trường cho hàng hóa Việt Nam.",
        ),
        (
            "list_item",
            "c) Mở rộng hợp tác nông nghiệp ba bên với Tổ chức Lương thực và Nông nghiệp Liên hợp quốc (FAO) tại châu Phi; tiếp tục cử chuyên gia, kỹ thuật viên sang giúp các nước bạn.",
        ),
        (
            "list_item",
            "d) Tiếp tục tham gia lực lượng gìn giữ hòa bình Liên hợp quốc tại Nam Xu-đăng và khu vực Abyei.",
        ),
        (
            "list_item",
            "đ) Kiên định ủng hộ cuộc đấu tranh chính nghĩa của nhân dân Palestine vì quyền tự quyết, ủng hộ giải pháp hai nhà nước.",
        ),
        (
            "list_item",
            "e) Chưa mở thêm cơ quan đại diện mới tại khu vực trong giai đoạn 2025 – 2026; tập trung nâng cao hiệu quả hoạt động của các cơ quan đại diện hiện có.",
        ),
        (
            "list_item",
            "3. Ban cán sự đảng Bộ Ngoại giao chủ trì, phối hợp với Ban Đối ngoại Trung ương và các cơ quan liên quan cụ thể hóa Kết luận này, định kỳ báo cáo Ban Bí thư.",
        ),
    ],
}

MTE_ICJ = {
    "id": "mte",
    "shape": "entry",
    "blocks": [
        ("title", "Tòa án Công lý quốc tế"),
        (
            "paragraph",
            "Tòa án Công lý quốc tế (ICJ) là cơ quan tư pháp chính của Liên hợp quốc, được thành lập theo Hiến chương ký tại Xan Phran-xi-xcô ngày 26/6/1945 và họp phiên đầu tiên tháng 4/1946, thay thế Tòa án Thường trực Công lý quốc tế. Trụ sở của Tòa đặt tại Cung Hòa bình ở La Hay (Hà Lan).",
        ),
        ("heading", "Tổ chức và thẩm quyền", 1),
        (
            "paragraph",
            "Tòa gồm 15 thẩm phán có nhiệm kỳ 9 năm, do Đại hội đồng và Hội đồng Bảo an bầu; cứ ba năm bầu lại một phần ba số thẩm phán. Chỉ các quốc gia mới có thể là bên trong các vụ tranh chấp, còn Đại hội đồng, Hội đồng Bảo an và một số cơ quan chuyên môn có thể đề nghị Tòa cho ý kiến tư vấn.",
        ),
        ("heading", "Một số vụ việc", 1),
        (
            "paragraph",
            "Sau khi Tòa khẳng định thẩm quyền đối với đơn kiện của Ni-ca-ra-goa năm 1984, Hoa Kỳ rút khỏi vụ kiện và năm 1985 chấm dứt việc chấp nhận thẩm quyền bắt buộc của Tòa. Ngày 16/3/2001, Tòa phân xử tranh chấp lãnh thổ giữa Ca-ta và Ba-ranh. Tháng 11/2019, Găm-bi-a đệ đơn kiện Mi-an-ma vi phạm Công ước về ngăn ngừa và trừng trị tội diệt chủng.",
        ),
        ("heading", "Việt Nam và ICJ", 1),
        (
            "paragraph",
            "Là thành viên Liên hợp quốc từ năm 1977, Việt Nam mặc nhiên là thành viên Quy chế Tòa nhưng chưa ra tuyên bố chấp nhận thẩm quyền bắt buộc. Năm 2023, ta là một trong những nước đồng bảo trợ nghị quyết của Đại hội đồng đề nghị Tòa cho ý kiến tư vấn về nghĩa vụ của các quốc gia đối với biến đổi khí hậu.",
        ),
    ],
}

DOCS = [MTA_BAHRAIN, MTB_VCCI, MTC_QATAR, MTD_PARTY, MTE_ICJ]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 70 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 70, ["TRƯỞNG BAN", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Thế giới",
        "10:05",
        [("/the-gioi", "Thế giới"), ("/trung-dong", "Trung Đông")],
        [("/tag/ba-ranh", "Ba-ranh"), ("/tag/ca-ta", "Ca-ta"), ("/tag/gcc", "GCC")],
    )


def render_party(doc: dict) -> str:
    """A Secretariat conclusion as text: "BAN CHẤP HÀNH TRUNG ƯƠNG" and "ĐẢNG CỘNG SẢN VIỆT NAM" side by side,
    "*" and "Số …-KL/TW" centred under the issuer with the place-date at the right, the centred title lines and
    "-----", body at 78 columns with no blank lines between blocks, then the signature and "Nơi nhận"."""
    return party_text(doc, "T/M BAN BÍ THƯ")


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "news": render_news,
            "party": render_party,
            "entry": entry_text,
        },
        prefix="mt",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
