"""Build the two-hundred-and-fifteenth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout215/build_heldout215.py [--check]

A WORKING set of five short documents in shapes the earlier sets have few examples of (a Foreign Ministry
press-conference transcript, a speech, a chronology, a history textbook lesson, an excerpt of a Party congress
document), on topics those sets do not use as main topics: the regular press conference of 15/5/2014 (the
Haiyang Shiyou 981 rig, the ASEAN statement of 10/5/2014), a speech at a seminar in Brussels on the eve of the
ASEAN – EU commemorative summit (13/12/2022), a chronology of Vietnam – India relations 1954 – 2024, a textbook
lesson on Western Europe and European integration, and the multilateral part of a Foreign Ministry Party
Committee's political report for 2025 – 2030. Nothing in src/ was changed for them. Facts are well-established;
the transcript's wording, the speaker and his words, the textbook's cited authors, quotation and pages, and the
whole political report are invented. Events, citations and questions gold are written by hand; ``--check``
verifies that every gold evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import build_and_check, wrap  # noqa: E402

BTA_PRESS = {
    "id": "bta",
    "shape": "press",
    "site": "BỘ NGOẠI GIAO VIỆT NAM",
    "crumb": "Trang chủ / Tin tức / Họp báo Người Phát ngôn",
    "stamp": "Cập nhật: 15/05/2014 18:20",
    "blocks": [
        ("title", "Họp báo thường kỳ Bộ Ngoại giao ngày 15/5/2014"),
        (
            "paragraph",
            "Chiều 15/5/2014, Người Phát ngôn Bộ Ngoại giao Lê Hải Bình chủ trì họp báo thường kỳ.",
        ),
        (
            "paragraph",
            "Thông báo: Nhận lời mời của Diễn đàn Kinh tế thế giới (WEF), Thủ tướng Nguyễn Tấn Dũng sẽ dự Hội nghị WEF về Đông Á tại Ma-ni-la (Phi-líp-pin) vào tuần tới và có các cuộc tiếp xúc với lãnh đạo nước chủ nhà.",
        ),
        (
            "paragraph",
            "Phóng viên hãng AFP hỏi: Xin cho biết tình hình hiện nay ở khu vực giàn khoan Hải Dương – 981?",
        ),
        (
            "paragraph",
            "Người Phát ngôn: Từ ngày 1/5/2014, Trung Quốc đã đưa giàn khoan Hải Dương – 981 vào hạ đặt tại vị trí 15°29'58\" vĩ độ Bắc – 111°12'06\" kinh độ Đông, nằm sâu khoảng 80 hải lý trong thềm lục địa của Việt Nam. Trung Quốc còn huy động nhiều tàu, kể cả tàu quân sự, liên tục đâm va, phun vòi rồng vào các tàu chấp pháp của Việt Nam, làm nhiều cán bộ, kiểm ngư viên bị thương. Việt Nam đã nhiều lần trao công hàm phản đối, yêu cầu Trung Quốc rút giàn khoan và các tàu hộ tống ra khỏi vùng biển Việt Nam, nhưng đến nay phía Trung Quốc vẫn chưa đáp ứng.",
        ),
        (
            "paragraph",
            "Phóng viên hãng Kyodo (Nhật Bản) hỏi: Cộng đồng quốc tế, nhất là các nước ASEAN, đã phản ứng như thế nào?",
        ),
        (
            "paragraph",
            "Người Phát ngôn: Ngày 10/5/2014, các Bộ trưởng Ngoại giao ASEAN đã ra Tuyên bố riêng về tình hình Biển Đông, bày tỏ quan ngại nghiêm trọng về những diễn biến đang diễn ra. Tại Hội nghị Cấp cao ASEAN lần thứ 24 ở Nay Pyi Taw ngày 11/5, Thủ tướng Nguyễn Tấn Dũng đã thông báo với lãnh đạo các nước ASEAN về các hành động của Trung Quốc. Hoa Kỳ, Nhật Bản và nhiều nước khác cũng đã lên tiếng bày tỏ quan ngại.",
        ),
        (
            "paragraph",
            "Phóng viên hãng Yonhap (Hàn Quốc) hỏi: Việt Nam có biện pháp gì để bảo đảm an toàn cho doanh nghiệp nước ngoài sau các vụ gây rối tại một số khu công nghiệp vừa qua?",
        ),
        (
            "paragraph",
            "Người Phát ngôn: Các đối tượng vi phạm pháp luật đang bị xử lý nghiêm. Chính phủ Việt Nam kiên quyết bảo vệ tính mạng, tài sản và quyền lợi hợp pháp của các tổ chức, cá nhân nước ngoài. Bộ Ngoại giao đã thông báo tình hình cho các cơ quan đại diện nước ngoài tại Hà Nội.",
        ),
        (
            "paragraph",
            "Phóng viên Đài Tiếng nói Việt Nam hỏi: Việt Nam có tính đến khả năng đối thoại với Trung Quốc?",
        ),
        (
            "paragraph",
            "Người Phát ngôn: Việt Nam luôn để ngỏ các kênh liên lạc và sẵn sàng đối thoại với Trung Quốc trên cơ sở luật pháp quốc tế, trong đó có Công ước của Liên hợp quốc về Luật Biển năm 1982, nhưng không chấp nhận việc sử dụng vũ lực hay đe dọa sử dụng vũ lực.",
        ),
    ],
}

BTB_SPEECH = {
    "id": "btb",
    "shape": "speech",
    "speaker": "PHÁT BIỂU CỦA THỨ TRƯỞNG BỘ NGOẠI GIAO VŨ ĐÌNH KHANG",
    "place": "Brúc-xen, ngày 13/12/2022",
    "blocks": [
        ("title", "tại Hội thảo “ASEAN – EU: 45 năm quan hệ đối tác”"),
        ("paragraph", "Thưa Ngài Chủ tọa,"),
        ("paragraph", "Thưa các vị Đại sứ,"),
        ("paragraph", "Kính thưa Quý vị khách quý,"),
        (
            "paragraph",
            "Trước hết, tôi xin cảm ơn Ban tổ chức đã mời tôi phát biểu tại Hội thảo hôm nay. Năm 2022 đánh dấu 45 năm ASEAN và Cộng đồng châu Âu, nay là Liên minh châu Âu (EU), thiết lập quan hệ đối thoại. Ngày mai, lần đầu tiên lãnh đạo các nước ASEAN và EU sẽ họp cấp cao tại Brúc-xen. Sự kiện này tiếp nối quyết định nâng quan hệ giữa hai tổ chức lên Đối tác chiến lược vào tháng 12/2020.",
        ),
        (
            "paragraph",
            "Bốn mươi lăm năm qua, EU luôn là một trong những đối tác thương mại và nhà đầu tư hàng đầu của ASEAN. EU đã ký hiệp định thương mại tự do với Xinh-ga-po và Việt Nam, những viên gạch đầu tiên cho một hiệp định giữa hai khu vực trong tương lai.",
        ),
        (
            "paragraph",
            "Với Việt Nam, kể từ khi hai bên thiết lập quan hệ ngoại giao năm 1990, EU luôn là đối tác quan trọng hàng đầu. Hiệp định Đối tác và Hợp tác toàn diện (PCA) có hiệu lực năm 2016 đã mở rộng hợp tác sang nhiều lĩnh vực mới. Năm 2019, hai bên ký Hiệp định khung về việc Việt Nam tham gia các hoạt động quản lý khủng hoảng của EU (FPA), đưa Việt Nam trở thành đối tác đầu tiên ở Đông Nam Á ký văn kiện này với EU.",
        ),
        (
            "paragraph",
            "Đặc biệt, bên lề Hội nghị Cấp cao ngày mai, Việt Nam và Nhóm các đối tác quốc tế, gồm EU, Anh, Hoa Kỳ, Nhật Bản và một số nước khác, sẽ thông qua Tuyên bố chính trị về thiết lập Quan hệ đối tác chuyển đổi năng lượng công bằng (JETP). Các đối tác dự kiến huy động ban đầu 15,5 tỷ USD để hỗ trợ Việt Nam chuyển đổi sang năng lượng sạch.",
        ),
        ("paragraph", "Thưa Quý vị,"),
        (
            "paragraph",
            "Để quan hệ Việt Nam – EU phát triển mạnh mẽ hơn nữa, tôi xin nêu hai đề xuất. Một là, các nước thành viên EU sớm hoàn tất phê chuẩn Hiệp định Bảo hộ đầu tư Việt Nam – EU (EVIPA). Hai là, Ủy ban châu Âu sớm gỡ bỏ “thẻ vàng” đối với hải sản khai thác của Việt Nam, được áp dụng từ tháng 10/2017, trên cơ sở ghi nhận những nỗ lực chống khai thác hải sản bất hợp pháp của chúng tôi.",
        ),
        ("paragraph", "Chúc Hội nghị Cấp cao ASEAN – EU thành công tốt đẹp. Xin trân trọng cảm ơn Quý vị."),
    ],
}

BTC_CHRONOLOGY = {
    "id": "btc",
    "shape": "chronology",
    "blocks": [
        ("title", "NIÊN BIỂU QUAN HỆ VIỆT NAM – ẤN ĐỘ (1954 – 2024)"),
        (
            "paragraph",
            "Quan hệ hữu nghị truyền thống Việt Nam – Ấn Độ do Chủ tịch Hồ Chí Minh và Thủ tướng Gia-oa-hác-lan Nê-ru đặt nền móng. Niên biểu dưới đây điểm lại một số mốc chính trong quan hệ giữa hai nước.",
        ),
        ("heading", "Giai đoạn 1954 – 1991", 1),
        (
            "list_item",
            "17/10/1954 – Thủ tướng Gia-oa-hác-lan Nê-ru thăm Hà Nội, trở thành nhà lãnh đạo nước ngoài đầu tiên đến Thủ đô sau ngày giải phóng.",
        ),
        ("list_item", "2/1958 – Chủ tịch Hồ Chí Minh thăm chính thức Ấn Độ."),
        (
            "list_item",
            "7/1/1972 – Hai nước nâng cơ quan đại diện lên cấp Đại sứ quán, chính thức thiết lập quan hệ ngoại giao đầy đủ.",
        ),
        ("heading", "Giai đoạn 1992 – 2015", 1),
        (
            "list_item",
            "10/11/2000 – Tại Viêng Chăn, Ấn Độ cùng Việt Nam, Cam-pu-chia, Lào, Mi-an-ma và Thái Lan khởi động Hợp tác Mê Công – Sông Hằng (MGC).",
        ),
        (
            "list_item",
            "7/2007 – Nhân chuyến thăm chính thức Ấn Độ của Thủ tướng Nguyễn Tấn Dũng, hai nước ra Tuyên bố chung về thiết lập quan hệ Đối tác chiến lược.",
        ),
        ("heading", "Giai đoạn từ năm 2016 đến nay", 1),
        (
            "list_item",
            "2 – 3/9/2016 – Thủ tướng Na-ren-đra Mô-đi thăm chính thức Việt Nam; hai bên nâng quan hệ lên Đối tác chiến lược toàn diện.",
        ),
        ("list_item", "2 – 4/3/2018 – Chủ tịch nước Trần Đại Quang thăm cấp Nhà nước Ấn Độ."),
        (
            "list_item",
            "21/12/2020 – Hội nghị thượng đỉnh trực tuyến giữa hai Thủ tướng thông qua Tầm nhìn chung vì Hòa bình, Thịnh vượng và Nhân dân.",
        ),
        (
            "list_item",
            "8/6/2022 – Bộ trưởng Quốc phòng Ấn Độ Ra-giơ-nát Xinh thăm Việt Nam; hai bên ký Tuyên bố tầm nhìn chung về quan hệ đối tác quốc phòng đến năm 2030.",
        ),
        ("list_item", "30/7 – 1/8/2024 – Thủ tướng Phạm Minh Chính thăm cấp Nhà nước Ấn Độ."),
    ],
}

BTD_TEXTBOOK = {
    "id": "btd",
    "shape": "textbook",
    "box": "Tư liệu",
    "blocks": [
        ("title", "Bài 7. TÂY ÂU"),
        (
            "paragraph",
            "Sau Chiến tranh thế giới thứ hai, các nước Tây Âu từ chỗ bị tàn phá nặng nề đã phục hồi và trở thành một trung tâm kinh tế – tài chính lớn của thế giới. Quá trình liên kết khu vực đã dẫn tới sự ra đời của Liên minh châu Âu (EU).",
        ),
        ("heading", "1. Tây Âu từ năm 1945 đến năm 1950", 1),
        (
            "paragraph",
            "Để khôi phục nền kinh tế, các nước Tây Âu đã nhận viện trợ của Mĩ theo Kế hoạch Mác-san, tổng cộng khoảng 13 tỉ USD trong những năm 1948 – 1951. Về đối ngoại, nhiều nước Tây Âu liên minh chặt chẽ với Mĩ: ngày 4/4/1949, Mĩ, Ca-na-đa và mười nước Tây Âu thành lập Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO). Một số nước còn tìm cách quay trở lại các thuộc địa cũ, trong đó thực dân Pháp tiến hành cuộc chiến tranh xâm lược Đông Dương kéo dài đến năm 1954.",
        ),
        ("heading", "2. Sự ra đời và phát triển của Liên minh châu Âu", 1),
        (
            "paragraph",
            "Ngày 18/4/1951, sáu nước Pháp, Cộng hòa Liên bang Đức, I-ta-li-a, Bỉ, Hà Lan và Lúc-xăm-bua thành lập Cộng đồng Than – Thép châu Âu. Ngày 25/3/1957, sáu nước này kí Hiệp ước Rô-ma, thành lập Cộng đồng Năng lượng nguyên tử châu Âu và Cộng đồng Kinh tế châu Âu. Năm 1967, ba cộng đồng hợp nhất thành Cộng đồng châu Âu (EC). Ngày 7/2/1992, các nước thành viên kí Hiệp ước Ma-xtrích (Hà Lan); từ ngày 1/11/1993, EC đổi tên thành Liên minh châu Âu (Phạm Thị Thu Trang, 2021).",
        ),
        (
            "paragraph",
            "Số thành viên không ngừng tăng lên: Anh, Ai-len và Đan Mạch gia nhập năm 1973; năm 2004, EU kết nạp thêm mười nước, phần lớn ở Trung và Đông Âu. Ngày 31/1/2020, Anh chính thức rời khỏi EU sau gần nửa thế kỉ là thành viên.",
        ),
        ("heading", "Tư liệu", 2),
        (
            "paragraph",
            "Nhận xét về quá trình nhất thể hóa châu Âu, nhà nghiên cứu Lê Minh Quân viết: “Liên minh châu Âu là một thực thể chính trị – kinh tế độc đáo, chưa có tiền lệ trong lịch sử quan hệ quốc tế” (Lê Minh Quân, 2019, tr. 88).",
        ),
        ("heading", "3. Quan hệ giữa Việt Nam và Liên minh châu Âu", 1),
        (
            "paragraph",
            "Ngày 22/10/1990, Việt Nam và Cộng đồng châu Âu thiết lập quan hệ ngoại giao. Năm 1995, hai bên kí Hiệp định khung về hợp tác. Hiệp định Thương mại tự do Việt Nam – EU (EVFTA) được kí ngày 30/6/2019 tại Hà Nội, góp phần đưa EU trở thành một trong những thị trường xuất khẩu lớn nhất của nước ta.",
        ),
        ("heading", "Câu hỏi và bài tập", 1),
        ("list_item", "1. Nêu những nét chính về tình hình Tây Âu trong những năm 1945 – 1950."),
        (
            "list_item",
            "2. Trình bày các mốc chính trong quá trình hình thành và phát triển của Liên minh châu Âu.",
        ),
        ("list_item", "3. Quan hệ Việt Nam – EU đã phát triển như thế nào từ năm 1990 đến nay?"),
    ],
}

BTE_PARTY = {
    "id": "bte",
    "shape": "party",
    "head": [
        f"{'ĐẢNG BỘ CHÍNH PHỦ':<46}ĐẢNG CỘNG SẢN VIỆT NAM",
        "ĐẢNG BỘ BỘ NGOẠI GIAO",
        f"{'*':^21}".rstrip(),
        f"{'':46}Hà Nội, tháng 7 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO CHÍNH TRỊ",
        "của Ban Chấp hành Đảng bộ Bộ Ngoại giao",
        "trình Đại hội đại biểu Đảng bộ nhiệm kỳ 2025 – 2030",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO CHÍNH TRỊ của Ban Chấp hành Đảng bộ Bộ Ngoại giao trình Đại hội đại biểu Đảng bộ nhiệm kỳ 2025 – 2030",
        ),
        (
            "paragraph",
            "Thực hiện Nghị quyết Đại hội XIII của Đảng, trong nhiệm kỳ 2020 – 2025, công tác đối ngoại đa phương được triển khai chủ động, tích cực và đạt nhiều kết quả nổi bật.",
        ),
        ("heading", "I. KẾT QUẢ ĐỐI NGOẠI ĐA PHƯƠNG NHIỆM KỲ 2020 – 2025", 1),
        (
            "list_item",
            "1. Ta hoàn thành tốt vai trò Ủy viên không thường trực Hội đồng Bảo an Liên hợp quốc nhiệm kỳ 2020 – 2021, hai lần đảm nhiệm cương vị Chủ tịch Hội đồng Bảo an vào tháng 1/2020 và tháng 4/2021.",
        ),
        (
            "list_item",
            "2. Việt Nam được bầu vào nhiều cơ quan quan trọng của Liên hợp quốc, như Hội đồng Nhân quyền nhiệm kỳ 2023 – 2025 và Ủy ban Di sản thế giới của UNESCO nhiệm kỳ 2023 – 2027; ông Đặng Hoàng Giang trúng cử Thẩm phán Tòa án quốc tế về Luật Biển nhiệm kỳ 2023 – 2032.",
        ),
        (
            "list_item",
            "3. Ta duy trì cử các Bệnh viện dã chiến cấp 2 tới Nam Xu-đăng, triển khai Đội Công binh tới khu vực Abyei và cử sĩ quan tham gia phái bộ tại Cộng hòa Trung Phi.",
        ),
        (
            "list_item",
            "4. Nhiều sáng kiến của ta được cộng đồng quốc tế ủng hộ: năm 2020, Đại hội đồng Liên hợp quốc thông qua nghị quyết do Việt Nam đề xuất, lấy ngày 27/12 hằng năm là Ngày Quốc tế phòng chống dịch bệnh; ngày 24/12/2024, Đại hội đồng thông qua Công ước về chống tội phạm mạng và quyết định tổ chức lễ mở ký Công ước tại Hà Nội. Tháng 4/2025, ta đăng cai thành công Hội nghị Thượng đỉnh Đối tác vì tăng trưởng xanh và các Mục tiêu toàn cầu 2030 (P4G).",
        ),
        (
            "paragraph",
            "Tuy nhiên, việc vận động ứng cử vào một số cơ quan chưa đạt kết quả như mong muốn; số lượng cán bộ Việt Nam làm việc tại các tổ chức quốc tế còn ít.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ 2025 – 2030", 1),
        ("paragraph", "Trong nhiệm kỳ tới, Đảng bộ tập trung lãnh đạo thực hiện tốt các nhiệm vụ sau:"),
        (
            "list_item",
            "a) Tổ chức thành công Lễ mở ký Công ước của Liên hợp quốc về chống tội phạm mạng tại Hà Nội vào tháng 10/2025; vận động các nước sớm ký và phê chuẩn Công ước;",
        ),
        ("list_item", "b) Chuẩn bị chu đáo để Việt Nam đăng cai Năm APEC 2027;"),
        (
            "list_item",
            "c) Nâng cao quy mô, chất lượng tham gia gìn giữ hòa bình Liên hợp quốc, tiếp tục luân phiên các Bệnh viện dã chiến cấp 2 và Đội Công binh.",
        ),
    ],
}

DOCS = [BTA_PRESS, BTB_SPEECH, BTC_CHRONOLOGY, BTD_TEXTBOOK, BTE_PARTY]


def render_press(doc: dict) -> str:
    """A press-conference transcript saved from the ministry's site: the site line and the breadcrumb, the
    title with its update stamp under it, then the blocks wrapped at 80 columns, each question and answer with
    its label inline ("Phóng viên … hỏi:" / "Người Phát ngôn:"), a blank line after every block; "(Hết)"."""
    out = [doc["site"], doc["crumb"], "", doc["blocks"][0][1], doc["stamp"], ""]
    for b in doc["blocks"][1:]:
        out += wrap(b[1], 80) + [""]
    out += ["(Hết)"]
    return "\n".join(out) + "\n"


def render_speech(doc: dict) -> str:
    """A speech as printed: the speaker line in capitals, the occasion and the place-date, a blank line, the
    greetings one a line (a blank line after a run of them), the paragraphs wrapped at 72 columns with a first-line
    indent of five spaces and a blank line after each."""
    blocks = doc["blocks"]
    out = [doc["speaker"], blocks[0][1], doc["place"], ""]
    rest = blocks[1:]
    for i, b in enumerate(rest):
        if b[1].startswith(("Kính thưa", "Thưa")):
            out.append(b[1])
            if i + 1 < len(rest) and not rest[i + 1][1].startswith(("Kính thưa", "Thưa")):
                out.append("")
        else:
            lines = wrap(b[1], 67)
            out += ["     " + lines[0], *lines[1:], ""]
    return "\n".join(out)


def render_chronology(doc: dict) -> str:
    """A chronology ("Niên biểu"): the title, the introduction, the period headings, and each dated entry
    ("17/10/1954 – …") as a short paragraph wrapped at 76 columns, a blank line after every block."""
    out: list[str] = []
    for b in doc["blocks"]:
        out += (wrap(b[1], 76) if b[0] != "heading" else [b[1]]) + [""]
    return "\n".join(out)


def render_textbook(doc: dict) -> str:
    """A history textbook lesson copied as text: the lesson title, the headings as they are, paragraphs and the
    exercises wrapped at 70 columns with a blank line after every block; the "Tư liệu" box drawn with "+---+"
    rules, its label and text indented by two spaces."""
    out: list[str] = []
    in_box = False
    for b in doc["blocks"]:
        if b[0] == "heading" and b[1] == doc["box"]:
            out += ["+" + "-" * 66 + "+", "  " + b[1]]
            in_box = True
            continue
        if in_box:
            out += ["  " + ln for ln in wrap(b[1], 64)] + ["+" + "-" * 66 + "+", ""]
            in_box = False
            continue
        out += (wrap(b[1], 70) if b[0] in ("paragraph", "list_item") else [b[1]]) + [""]
    return "\n".join(out)


def render_party(doc: dict) -> str:
    """An excerpt of a Party congress document: the Party organisation lines beside "ĐẢNG CỘNG SẢN VIỆT NAM",
    "*", the place and month, the centred three-line title and "(Trích)", then the body at 80 columns with a
    blank line after every block."""
    width = 80
    out = [*doc["head"], ""]
    out += [f"{ln:^{width}}".rstrip() for ln in doc["title_lines"]]
    out += [f"{'(Trích)':^{width}}".rstrip(), ""]
    for b in doc["blocks"][1:]:
        out += (wrap(b[1], width) if b[0] != "heading" else [b[1]]) + [""]
    return "\n".join(out)


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "press": render_press,
            "speech": render_speech,
            "chronology": render_chronology,
            "textbook": render_textbook,
            "party": render_party,
        },
        prefix="bt",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
