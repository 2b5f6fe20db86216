"""Build the hundred-and-second held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout102/build_heldout102.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on a
partner those sets do not use as a main topic: Kazakhstan (a journal article on Kazakhstan's multilateral
foreign policy since 1991 and its relations with Vietnam, a Ministry of Industry and Trade department's
report on trade with the Eurasian Economic Union in the first half of 2025, a news page on Kazakhstan's
election to the Security Council on 28/6/2016, a (fictitious) Ministry of Education and Training plan for
education cooperation with Kazakhstan in 2026, an encyclopedia entry on the Convention on the Legal Status
of the Caspian Sea). Nothing in src/ was changed for them. Facts are well-established; authors, journal,
page numbers, document numbers, the department's own activities and all quoted words are invented, the
ministry plan (number, date, tasks) is fictitious. Events, citations and questions gold are written by hand;
``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
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

UXA_KAZAKHSTAN = {
    "id": "uxa",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU NGA VÀ TRUNG Á – Số 3 (2025)",
    "first_page": 45,
    "break_after": 11,
    "blocks": [
        ("title", "CA-DẮC-XTAN TRONG CẤU TRÚC HỢP TÁC Á – ÂU VÀ QUAN HỆ VỚI VIỆT NAM"),
        ("author", "Lương Thị Hải Yến"),
        ("affiliation", "Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết khái quát chính sách đối ngoại của Ca-dắc-xtan từ năm 1991 và triển vọng quan hệ với Việt Nam.",
            "vi",
        ),
        ("keywords", "Ca-dắc-xtan; Trung Á; Liên minh Kinh tế Á – Âu; đối ngoại đa vectơ", "vi"),
        ("heading", "1. Từ một nước cộng hòa Xô viết đến thành viên Liên hợp quốc", 1),
        (
            "paragraph",
            "Ca-dắc-xtan là nước cộng hòa cuối cùng tuyên bố độc lập khỏi Liên Xô, ngày 16/12/1991. Chỉ năm ngày sau, tại hội nghị An-ma-a-ta, nước này cùng mười nước cộng hòa khác gia nhập Cộng đồng các quốc gia độc lập (SNG). Ngày 2/3/1992, Ca-dắc-xtan được kết nạp vào Liên hợp quốc. Thừa hưởng kho vũ khí hạt nhân lớn thứ tư thế giới, nước này đã chọn con đường từ bỏ toàn bộ và tham gia Hiệp ước Không phổ biến vũ khí hạt nhân (NPT); đổi lại, Mỹ, Anh và Nga cam kết bảo đảm an ninh cho Ca-dắc-xtan trong Bản ghi nhớ Bu-đa-pét ngày 5/12/1994 (Đinh Quang Hiếu, 2019, tr. 44).",
        ),
        ("heading", "2. Chính sách đối ngoại đa vectơ", 1),
        (
            "paragraph",
            "Ca-dắc-xtan là một trong sáu thành viên sáng lập Tổ chức Hợp tác Thượng Hải (SCO) ngày 15/6/2001. Năm 2010, nước này trở thành quốc gia SNG đầu tiên giữ cương vị Chủ tịch Tổ chức An ninh và Hợp tác châu Âu (OSCE) và đăng cai Hội nghị thượng đỉnh OSCE tại A-xta-na ngày 1 – 2/12/2010. Ngày 29/5/2014, Tổng thống Nu-xun-tan Na-da-bai-ép cùng Tổng thống Nga V. Pu-tin và Tổng thống Bê-la-rút A. Lu-ca-sen-cô ký Hiệp ước về Liên minh Kinh tế Á – Âu (EAEU). Ngày 30/11/2015, Ca-dắc-xtan trở thành thành viên thứ 162 của Tổ chức Thương mại thế giới (WTO). Đường lối đa vectơ giúp A-xta-na “giữ thăng bằng giữa các cường quốc mà không lệ thuộc vào bất kỳ bên nào” (Trịnh Thị Mai Hương, 2021, tr. 17).",
        ),
        ("heading", "3. Quan hệ với Việt Nam và triển vọng", 1),
        (
            "paragraph",
            "Việt Nam và Ca-dắc-xtan thiết lập quan hệ ngoại giao ngày 29/6/1992. Hiệp định Thương mại tự do giữa Việt Nam và EAEU, được ký tại Bu-ra-bai (Ca-dắc-xtan) ngày 29/5/2015, có hiệu lực từ ngày 5/10/2016 và mở ra cơ hội lớn cho nông sản, thủy sản, dệt may của ta vào thị trường Trung Á (Bùi Văn Tuấn, 2023). Dù vậy, quan hệ kinh tế vẫn chưa tương xứng với quan hệ chính trị tốt đẹp giữa hai nước. Thời gian tới, ta nên sớm đề xuất đàm phán một hiệp định khuyến khích và bảo hộ đầu tư song phương mới.",
        ),
    ],
}

UXB_MOIT = {
    "id": "uxb",
    "shape": "word",
    "head": [
        "BỘ CÔNG THƯƠNG",
        "VỤ THỊ TRƯỜNG CHÂU ÂU – CHÂU MỸ",
        "Số: 87/BC-TTAM",
        "Hà Nội, ngày 30 tháng 6 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Tình hình thương mại với các nước Liên minh Kinh tế Á – Âu 6 tháng đầu năm 2025 và nhiệm vụ 6 tháng cuối năm",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Tình hình thương mại với các nước Liên minh Kinh tế Á – Âu 6 tháng đầu năm 2025 và nhiệm vụ 6 tháng cuối năm",
        ),
        ("heading", "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2025", 1),
        (
            "list_item",
            "1. Kim ngạch thương mại hai chiều giữa Việt Nam và các nước thành viên Liên minh Kinh tế Á – Âu (EAEU) ước đạt 3,1 tỷ USD, tăng 9,4% so với cùng kỳ năm ngoái, chủ yếu nhờ các mặt hàng được hưởng ưu đãi thuế quan theo Hiệp định Thương mại tự do Việt Nam – EAEU.",
        ),
        (
            "list_item",
            "2. Tháng 3, Vụ phối hợp với Cục Xúc tiến thương mại đưa đoàn 18 doanh nghiệp Việt Nam tham dự Hội chợ Thực phẩm quốc tế tại Almaty; bên lề hội chợ, các doanh nghiệp đã ký 11 hợp đồng xuất khẩu gạo, hạt điều và hải sản với đối tác Kazakhstan.",
        ),
        (
            "list_item",
            "3. Từ ngày 12 đến ngày 14/5/2025, đoàn Bộ Thương mại và Hội nhập Kazakhstan do một Thứ trưởng dẫn đầu sang làm việc tại Bộ Công Thương. Hai bên đã thảo luận việc sử dụng cảng Aktau và hành lang vận tải xuyên Caspi để đưa hàng Việt Nam sang Nam Caucasus và châu Âu.",
        ),
        (
            "list_item",
            "4. Thông qua Đại sứ quán Việt Nam tại Liên bang Nga, Vụ đã trao đổi với Ủy ban Kinh tế Á – Âu về kết quả giám sát cơ chế phòng vệ ngưỡng đối với hàng dệt may và giày dép của Việt Nam; đến nay phía EAEU chưa áp dụng biện pháp nào đối với các mặt hàng này.",
        ),
        (
            "list_item",
            "5. Phiên họp lần thứ hai của Tiểu ban hợp tác thương mại Việt Nam – Uzbekistan, dự kiến trong quý II, chưa tổ chức được do phía bạn đề nghị lùi sang cuối năm.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025", 1),
        (
            "list_item",
            "1. Chủ trì tổ chức Diễn đàn doanh nghiệp Việt Nam – Kazakhstan tại Almaty vào tháng 9.",
        ),
        (
            "list_item",
            "2. Phối hợp với Ủy ban Kinh tế Á – Âu chuẩn bị phiên họp Ủy ban hỗn hợp về thực thi Hiệp định, dự kiến tổ chức tại Hà Nội trong quý IV.",
        ),
        (
            "list_item",
            "3. Nghiên cứu, đề xuất phương án đàm phán hiệp định thương mại với Uzbekistan, nước quan sát viên của EAEU từ tháng 12/2020.",
        ),
        (
            "list_item",
            "4. Chưa tổ chức đoàn xúc tiến thương mại sang Turkmenistan trong năm nay; tiếp tục theo dõi thị trường này thông qua cơ quan đại diện kiêm nhiệm.",
        ),
    ],
}

UXC_UNSC = {
    "id": "uxc",
    "shape": "news",
    "date": "2016-06-29",
    "stamp": "Thứ Tư, 29/06/2016 - 06:40",
    "blocks": [
        ("title", "Kazakhstan lần đầu tiên trở thành Ủy viên không thường trực Hội đồng Bảo an"),
        (
            "paragraph",
            "New York (TTXVN) – Ngày 28/6 (giờ địa phương), Đại hội đồng Liên hợp quốc đã bầu Kazakhstan làm Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2017 – 2018. Ở vòng bỏ phiếu thứ hai, Kazakhstan giành 138 phiếu, vượt xa đối thủ Thái Lan với 55 phiếu.",
        ),
        ("heading", "Ghế đầu tiên cho Trung Á", 1),
        (
            "paragraph",
            "Với kết quả này, Kazakhstan trở thành quốc gia Trung Á đầu tiên có mặt tại Hội đồng Bảo an. Trao đổi với báo giới sau cuộc bỏ phiếu, Ngoại trưởng Erlan Idrissov cảm ơn các nước đã tín nhiệm và cho biết nước này sẽ ưu tiên các vấn đề giải trừ vũ khí hạt nhân, an ninh lương thực và ổn định ở Afghanistan. Thái Lan, vốn từng là ủy viên không thường trực nhiệm kỳ 1985 – 1986, đã không thể trở lại Hội đồng sau 30 năm.",
        ),
        ("heading", "Italy và Hà Lan chia đôi nhiệm kỳ", 1),
        (
            "paragraph",
            "Cũng trong ngày, Thụy Điển, Bolivia và Ethiopia trúng cử ngay từ vòng đầu. Cuộc đua vào ghế còn lại của Nhóm Tây Âu và các nước khác giữa Italy và Hà Lan kéo dài tới năm vòng nhưng không phân thắng bại, khi hai nước cùng nhận được 95 phiếu. Ngoại trưởng hai nước sau đó tuyên bố sẽ chia đôi nhiệm kỳ: Italy đảm nhiệm năm 2017, Hà Lan năm 2018.",
        ),
        (
            "paragraph",
            "Năm ủy viên mới sẽ thay thế Angola, Malaysia, New Zealand, Tây Ban Nha và Venezuela, những nước kết thúc nhiệm kỳ vào cuối năm nay. Đây là lần đầu tiên cuộc bầu cử được tiến hành vào tháng 6 thay vì tháng 10 như thường lệ, giúp các nước trúng cử có thêm thời gian chuẩn bị.",
        ),
        (
            "paragraph",
            "Kazakhstan và Việt Nam thiết lập quan hệ ngoại giao ngày 29/6/1992. Việt Nam từng là Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2008 – 2009.",
        ),
    ],
}

UXD_PLAN = {
    "id": "uxd",
    "shape": "plan",
    "head": [
        f"{'BỘ GIÁO DỤC VÀ ĐÀO TẠO':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 35/KH-BGDĐT':<40}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác giáo dục và đào tạo với Cộng hòa Ca-dắc-xtan",
        "và các nước Trung Á năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác giáo dục và đào tạo với Cộng hòa Ca-dắc-xtan và các nước Trung Á năm 2026",
        ),
        (
            "paragraph",
            "Thực hiện chủ trương đẩy mạnh hợp tác với các nước Trung Á và phát huy quan hệ hữu nghị giữa Việt Nam và Ca-dắc-xtan, được thiết lập từ ngày 29/6/1992, Bộ Giáo dục và Đào tạo xây dựng Kế hoạch hợp tác năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Lưu học sinh Việt Nam tại Ca-dắc-xtan hiện chủ yếu theo học tại Đại học Quốc gia Ca-dắc-xtan mang tên Al-Farabi ở An-ma-ty và Đại học Quốc gia Á – Âu mang tên L. N. Gumilyov ở A-xta-na. Tháng 10 năm ngoái, Bộ đã đón đoàn Bộ Khoa học và Giáo dục đại học Ca-dắc-xtan sang làm việc; hai bên nhất trí tăng số suất học bổng trao đổi, song chưa ký được thỏa thuận công nhận tương đương văn bằng. Trong năm 2025, Bộ cũng tiếp nhận 15 sinh viên U-dơ-bê-ki-xtan sang học tiếng Việt theo học bổng của Chính phủ Việt Nam.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 5, cử đoàn công tác do một Thứ trưởng dẫn đầu sang A-xta-na và An-ma-ty làm việc với Bộ Khoa học và Giáo dục đại học Ca-dắc-xtan và một số trường đại học đối tác.",
        ),
        (
            "list_item",
            "2. Hoàn tất đàm phán Thỏa thuận về công nhận lẫn nhau văn bằng giáo dục đại học để hai Bộ ký trong chuyến thăm nói trên.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Ca-dắc-xtan nâng số học bổng dành cho sinh viên Việt Nam lên 20 suất mỗi năm; phía Việt Nam cấp 10 suất học bổng cho sinh viên Ca-dắc-xtan học tiếng Việt và văn hóa Việt Nam.",
        ),
        (
            "list_item",
            "4. Phối hợp với Đại sứ quán Ca-dắc-xtan tại Hà Nội tổ chức Ngày hội du học Trung Á lần thứ nhất vào tháng 11.",
        ),
        (
            "list_item",
            "5. Lùi việc mở lớp tiếng Việt tại Đại học Quốc gia Ca-dắc-xtan mang tên Al-Farabi sang năm 2027, khi bố trí đủ giáo viên.",
        ),
        (
            "paragraph",
            "Cục Hợp tác quốc tế chủ trì, phối hợp với các đơn vị liên quan theo dõi, đôn đốc thực hiện Kế hoạch này và định kỳ báo cáo Bộ trưởng.",
        ),
    ],
}

UXE_CASPIAN = {
    "id": "uxe",
    "shape": "entry",
    "blocks": [
        ("title", "Công ước về địa vị pháp lý của biển Ca-xpi"),
        (
            "paragraph",
            "Công ước về địa vị pháp lý của biển Ca-xpi là điều ước quốc tế được nguyên thủ năm quốc gia ven biển gồm A-déc-bai-gian, I-ran, Ca-dắc-xtan, Nga và Tuốc-mê-ni-xtan ký ngày 12/8/2018 tại thành phố cảng Ác-tau (Ca-dắc-xtan), trong khuôn khổ Hội nghị thượng đỉnh Ca-xpi lần thứ năm.",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "Trước năm 1991, chế độ pháp lý của biển Ca-xpi do các hiệp ước giữa nước Nga Xô viết và Ba Tư ký năm 1921, rồi giữa Liên Xô và I-ran ký năm 1940 điều chỉnh. Khi Liên Xô tan rã, số quốc gia ven biển tăng từ hai lên năm, và việc phân chia đáy biển giàu dầu khí trở thành vấn đề tranh chấp. Năm 1996, các nước ven biển lập Nhóm công tác đặc biệt cấp thứ trưởng ngoại giao để soạn thảo công ước; tiến trình đàm phán kéo dài hơn hai thập kỷ, qua nhiều vòng họp và bốn hội nghị thượng đỉnh.",
        ),
        ("heading", "Nội dung chính", 1),
        (
            "paragraph",
            "Công ước xác định biển Ca-xpi có quy chế pháp lý đặc thù. Mỗi nước ven biển có lãnh hải rộng 15 hải lý và vùng đánh cá độc quyền 10 hải lý; phần mặt nước còn lại được sử dụng chung. Việc phân định đáy biển và lòng đất dưới đáy biển được để lại cho các thỏa thuận giữa các nước láng giềng. Văn kiện cấm sự hiện diện lực lượng vũ trang của các nước không ven biển và cho phép xây dựng đường ống dẫn dầu khí dưới đáy biển khi có sự đồng ý của nước mà đường ống đi qua.",
        ),
        ("heading", "Phê chuẩn và thực thi", 1),
        (
            "paragraph",
            "Công ước chỉ có hiệu lực khi cả năm nước ký phê chuẩn. Đến nay I-ran vẫn chưa phê chuẩn, nên văn kiện chưa có hiệu lực. Trên thực tế, Nga, Ca-dắc-xtan và A-déc-bai-gian đã phân định đáy biển ở phần phía bắc bằng các hiệp định song phương và ba bên ký trong giai đoạn 1998 – 2003. Tháng 1/2021, A-déc-bai-gian và Tuốc-mê-ni-xtan ký bản ghi nhớ cùng thăm dò, khai thác mỏ dầu khí Dostlug, vốn là khu vực tranh chấp giữa hai nước. Hội nghị thượng đỉnh Ca-xpi lần thứ sáu do Tuốc-mê-ni-xtan đăng cai tại A-sơ-kha-bát tháng 6/2022.",
        ),
    ],
}

DOCS = [UXA_KAZAKHSTAN, UXB_MOIT, UXC_UNSC, UXD_PLAN, UXE_CASPIAN]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page (the first too), "[N]"
    page numbers flush right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 76 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 76, ["KT. VỤ TRƯỞNG", "PHÓ VỤ TRƯỞNG", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <title>, <meta property="article:published_time">, a nav menu, <article>, <h1>, a date
    line, the lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list,
    footer."""
    return news_page(
        doc,
        "Thế giới",
        "06:40",
        [("/the-gioi", "Thế giới"), ("/the-gioi/lien-hop-quoc", "Liên hợp quốc")],
        [("/tag/kazakhstan", "Kazakhstan"), ("/tag/hoi-dong-bao-an", "Hội đồng Bảo an")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        76,
        [
            "Nơi nhận:",
            "- Bộ Ngoại giao (để phối hợp);",
            "- Đại sứ quán Việt Nam tại Ca-dắc-xtan;",
            "- Lưu: VT, HTQT.",
        ],
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
        prefix="ux",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
