"""Build the two hundred ninety-third held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout293/build_heldout293.py [--check]

Five short documents on Vietnam with Russia, Kazakhstan, Kyrgyzstan and Belarus: a journal article on
Vietnam – Russia defence cooperation (the Kilo submarine contract of December 2009, the Gepard frigates,
the Victory Day parade of 9/5/2025), a (fictitious) provincial friendship union's report for 2025 on the
CIS countries, the SUBTITLES of a documentary video on Vietnam and Kazakhstan saved as .srt (the new shape,
replacing the news page), the (fictitious) minutes of talks between Quảng Ninh province and the Minsk
region (October 2024), and an encyclopedia entry on Kyrgyzstan. Facts are well-established; authors,
journal, page numbers, document numbers, the channel, the people interviewed, the report's and minutes'
items and quoted words are invented. Gold is written by hand; ``--check`` verifies that every gold
evidence, quote and citation occurs in the documents.
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
    official_text,
    report_word,
    wrap,
)
from heldout_shapes21 import srt_time  # noqa: E402

JXA = {
    "id": "jxa",
    "shape": "journal",
    "header": "NGHIÊN CỨU AN NINH CHÂU Á – Số 3 (2025)",
    "first_page": 18,
    "break_after": 4,
    "blocks": [
        ("title", "HỢP TÁC QUỐC PHÒNG VIỆT NAM – LIÊN BANG NGA TỪ ĐẦU THẾ KỶ XXI"),
        ("author", "Thái Minh Khôi"),
        ("affiliation", "Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết khái quát hợp tác quốc phòng và kỹ thuật quân sự giữa Việt Nam và Nga từ năm 2000 đến nay.",
            "vi",
        ),
        ("keywords", "quốc phòng; tàu ngầm Ki-lô; Ghê-pát; Ngày Chiến thắng", "vi"),
        ("heading", "1. Hợp tác kỹ thuật quân sự", 1),
        (
            "paragraph",
            "Nga là đối tác hàng đầu của Việt Nam về kỹ thuật quân sự (Lã Quang Nghĩa, 2016, tr. 20). Tháng 12/2009, nhân chuyến thăm Nga của Thủ tướng Nguyễn Tấn Dũng, hai bên ký hợp đồng đóng sáu tàu ngầm lớp Ki-lô cho Hải quân Việt Nam; các tàu lần lượt được bàn giao từ năm 2014 đến năm 2017. Hai chiến hạm lớp Ghê-pát 3.9 đầu tiên do Nga đóng đã được bàn giao cho Hải quân Việt Nam năm 2011.",
        ),
        ("heading", "2. Đối thoại và giao lưu", 1),
        (
            "paragraph",
            "Hai nước duy trì cơ chế Đối thoại chiến lược quốc phòng cấp thứ trưởng; nhiều học viên quân sự Việt Nam được đào tạo tại các học viện của Nga. Ngày 9/5/2025, Tổng Bí thư Tô Lâm dự Lễ duyệt binh kỷ niệm 80 năm Chiến thắng trong Chiến tranh Vệ quốc vĩ đại tại Quảng trường Đỏ, nơi khối quân nhân Quân đội nhân dân Việt Nam lần đầu tham gia diễu binh. Như một tướng lĩnh nhận xét, đó là “lời tri ân của những người lính hôm nay với thế hệ cha anh” (Vi Thanh Sơn, 2025, tr. 29).",
        ),
        ("heading", "3. Nhận định", 1),
        (
            "paragraph",
            "Việt Nam kiên trì chính sách quốc phòng “bốn không”, không tham gia liên minh quân sự, kể cả Tổ chức Hiệp ước An ninh Tập thể (CSTO) do Nga đứng đầu (Đinh Hải Yến, 2024).",
        ),
    ],
}

JXB = {
    "id": "jxb",
    "shape": "word",
    "head": [
        "LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ",
        "TỈNH THANH HÓA",
        "Số: 44/BC-LHHN",
        "Thanh Hóa, ngày 12 tháng 12 năm 2025",
    ],
    "title_lines": ["BÁO CÁO", "Công tác đối ngoại nhân dân với các nước SNG năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Công tác đối ngoại nhân dân với các nước SNG năm 2025"),
        ("heading", "I. KẾT QUẢ", 1),
        (
            "list_item",
            "1. Tháng 5/2025, phối hợp với Hội Hữu nghị Việt Nam – Ca-dắc-xtan tổ chức đêm giao lưu văn hóa nhân Ngày Thống nhất các dân tộc Ca-dắc-xtan (1/5).",
        ),
        (
            "list_item",
            "2. Đón đoàn nghệ sĩ thành phố Bích-kếch (Cư-rơ-gư-xtan) sang biểu diễn tại Liên hoan nghệ thuật quốc tế ở Sầm Sơn.",
        ),
        (
            "list_item",
            "3. Tháng 8/2025, đoàn Liên hiệp thăm tỉnh Brét (Bê-la-rút), dâng hoa tại Khu tưởng niệm Pháo đài Brét và ký thỏa thuận giao lưu nhân dân với Hội Hữu nghị tỉnh Brét.",
        ),
        (
            "list_item",
            "4. Tiếp nhận 2 xe cứu thương do một doanh nghiệp Ca-dắc-xtan tặng các trạm y tế xã miền núi.",
        ),
        (
            "list_item",
            "5. Đề án thành lập Chi hội Hữu nghị Việt Nam – Cư-rơ-gư-xtan của tỉnh chưa triển khai được.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2026", 1),
        (
            "list_item",
            "1. Mời đoàn Hội Hữu nghị tỉnh Brét sang thăm Thanh Hóa nhân dịp Quốc khánh 2/9.",
        ),
        (
            "list_item",
            "2. Phối hợp tổ chức Tuần văn hóa Ca-dắc-xtan tại Thanh Hóa trong quý IV/2026.",
        ),
        (
            "paragraph",
            "Trên đây là báo cáo công tác đối ngoại nhân dân với các nước SNG năm 2025 của Liên hiệp các tổ chức hữu nghị tỉnh.",
        ),
    ],
}

# The documentary's spoken parts in order: ("title", lines), ("say", marker, text) (marker None for the
# narrator, else the "[Name, role]:" put before the first line), ("dialog", [turns]) (one cue, a "- " line a
# turn), ("close", lines). Every number is spoken (in words), so no digit occurs in the text.
JXC_PARTS = [
    ("title", ["PHIM TÀI LIỆU", "VIỆT NAM – CA-DẮC-XTAN: NHỊP CẦU GIỮA HAI MIỀN ĐẤT"]),
    (
        "say",
        None,
        "Ca-dắc-xtan, quốc gia nội lục lớn nhất thế giới, thiết lập quan hệ ngoại giao với Việt Nam năm một nghìn chín trăm chín mươi hai, chỉ ít tháng sau khi tuyên bố độc lập.",
    ),
    (
        "say",
        None,
        "Năm hai nghìn không trăm mười bảy, thủ đô A-xta-na đăng cai Triển lãm thế giới EXPO với chủ đề năng lượng tương lai. Cũng trong hai năm đó, Ca-dắc-xtan là Ủy viên không thường trực Hội đồng Bảo an Liên hợp quốc, vị trí mà Việt Nam đảm nhiệm trong nhiệm kỳ hai nghìn không trăm hai mươi – hai nghìn không trăm hai mươi mốt.",
    ),
    (
        "say",
        None,
        "Ngày ba mươi tháng mười một năm hai nghìn không trăm mười lăm, Ca-dắc-xtan trở thành thành viên thứ một trăm sáu mươi hai của Tổ chức Thương mại Thế giới.",
    ),
    (
        "say",
        "[PGS.TS Trịnh Quang Vinh]:",
        "Ca-dắc-xtan là cửa ngõ để hàng hóa Việt Nam đi sâu vào Trung Á. Theo tôi, hai bên cần đẩy mạnh hợp tác trong nông nghiệp và vận tải, nhất là đường sắt xuyên lục địa.",
    ),
    (
        "say",
        None,
        "Ở Al-ma-ty, Hội người Việt Nam vừa mở lớp tiếng Việt đầu tiên cho con em kiều bào, với hai mươi lăm học sinh.",
    ),
    (
        "say",
        "[Chị Nguyễn Thị Hòa]:",
        "Khách Ca-dắc-xtan rất thích phở và nem. Năm nay, chúng tôi đã giới thiệu ba đoàn khách Ca-dắc-xtan sang du lịch Nha Trang.",
    ),
    ("dialog", ["Chị có định mở thêm nhà hàng không?", "Chưa đâu, thủ tục thuê mặt bằng còn khó."]),
    (
        "say",
        None,
        "Từ thảo nguyên Trung Á đến dải đất hình chữ S, nhịp cầu hữu nghị vẫn đang được tiếp nối.",
    ),
    ("close", ["Cảm ơn quý vị đã theo dõi.", "Phụ đề: Kênh Đối ngoại"]),
]


def _parts_blocks(parts: list) -> list[tuple]:
    """The gold blocks of the documentary: the title (its second line), one paragraph per spoken part (the
    speaker marker left out, a dialog's turns joined), the closing lines as one paragraph."""
    blocks: list[tuple] = []
    for p in parts:
        if p[0] == "title":
            blocks.append(("title", p[1][-1]))
        elif p[0] == "say":
            blocks.append(("paragraph", p[2]))
        else:
            blocks.append(("paragraph", " ".join(p[1])))
    return blocks


JXC = {
    "id": "jxc",
    "shape": "subtitles",
    "parts": JXC_PARTS,
    "blocks": _parts_blocks(JXC_PARTS),
}

JXD = {
    "id": "jxd",
    "shape": "minutes",
    "head": [
        f"{'':38}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':38}Độc lập - Tự do - Hạnh phúc",
        "",
        f"{'':38}Hạ Long, ngày 16 tháng 10 năm 2024",
    ],
    "title_lines": [
        "BIÊN BẢN HỘI ĐÀM",
        "giữa Ủy ban nhân dân tỉnh Quảng Ninh (Việt Nam)",
        "và Ủy ban hành pháp tỉnh Min-xcơ (Bê-la-rút)",
    ],
    "blocks": [
        (
            "title",
            "BIÊN BẢN HỘI ĐÀM giữa Ủy ban nhân dân tỉnh Quảng Ninh (Việt Nam) và Ủy ban hành pháp tỉnh Min-xcơ (Bê-la-rút)",
        ),
        (
            "paragraph",
            "Từ ngày 15 đến 18/10/2024, đoàn đại biểu Ủy ban hành pháp tỉnh Min-xcơ do Phó Chủ tịch thứ nhất dẫn đầu thăm và làm việc tại tỉnh Quảng Ninh. Ngày 16/10/2024, hai bên đã hội đàm tại Hạ Long và thống nhất những nội dung sau:",
        ),
        (
            "list_item",
            "1. Hai bên khẳng định mong muốn phát triển quan hệ hợp tác trên cơ sở Thỏa thuận hợp tác ký năm 2019 giữa hai tỉnh.",
        ),
        (
            "list_item",
            "2. Phía Bê-la-rút đề nghị tỉnh Quảng Ninh xem xét nhập khẩu xe tải mỏ BelAZ; phía Việt Nam sẽ giới thiệu các doanh nghiệp ngành than làm việc trực tiếp với nhà sản xuất.",
        ),
        (
            "list_item",
            "3. Quảng Ninh cử 10 cán bộ y tế sang Min-xcơ dự khóa đào tạo về phục hồi chức năng trong năm 2025 do phía Bê-la-rút tài trợ.",
        ),
        (
            "list_item",
            "4. Hai bên chưa thống nhất được phương án mở đường bay thuê chuyến Min-xcơ – Vân Đồn và sẽ tiếp tục trao đổi.",
        ),
        (
            "list_item",
            "5. Biên bản được lập thành bốn bản bằng tiếng Việt và tiếng Nga, có giá trị như nhau.",
        ),
    ],
}

JXE = {
    "id": "jxe",
    "shape": "entry",
    "blocks": [
        ("title", "Cư-rơ-gư-xtan"),
        (
            "paragraph",
            "Cư-rơ-gư-xtan (tên chính thức: Cộng hòa Cư-rơ-gư-xtan) là quốc gia miền núi ở Trung Á, thủ đô là Bích-kếch. Nước này tuyên bố độc lập ngày 31/8/1991 và trở thành thành viên Liên hợp quốc ngày 2/3/1992.",
        ),
        ("heading", "Chính trị", 1),
        (
            "paragraph",
            "Tổng thống Xa-đư-rơ Gia-pa-rốp nhậm chức tháng 1/2021 sau cuộc bầu cử trước thời hạn. Hiến pháp mới, được thông qua qua trưng cầu ý dân tháng 4/2021, tăng cường quyền hạn của Tổng thống.",
        ),
        ("heading", "Hội nhập quốc tế", 1),
        (
            "paragraph",
            "Cư-rơ-gư-xtan là nước đầu tiên trong Cộng đồng các quốc gia độc lập (SNG) gia nhập Tổ chức Thương mại Thế giới, ngày 20/12/1998. Nước này là thành viên Tổ chức Hiệp ước An ninh Tập thể và gia nhập Liên minh Kinh tế Á – Âu ngày 12/8/2015. Từ năm 2003, Nga duy trì căn cứ không quân Can-tơ gần Bích-kếch.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam và Cư-rơ-gư-xtan thiết lập quan hệ ngoại giao năm 1992. Thương mại giữa hai nước chủ yếu được điều chỉnh bởi Hiệp định Thương mại tự do giữa Việt Nam và Liên minh Kinh tế Á – Âu, mà Cư-rơ-gư-xtan là một bên.",
        ),
    ],
}

DOCS = [JXA, JXB, JXC, JXD, JXE]


def subtitle_cues(doc: dict, width: int = 42, start: int = 4_200) -> list[tuple[str, list[str]]]:
    """The documentary's cues, each (time line, text lines): the title cue, then every spoken part wrapped at
    ``width`` columns (the speaker marker before the first words) and cut two lines a cue, so a sentence runs
    on into the next cue, broken mid-phrase; a dialog in one cue, a "- " line a turn; the closing cue. A cue
    lasts about one second per 14 characters (at least 1.6 s), 0.3 s apart."""
    cues: list[list[str]] = []
    for p in doc["parts"]:
        if p[0] in ("title", "close"):
            cues.append(list(p[1]))
        elif p[0] == "dialog":
            cues.append([f"- {t}" for t in p[1]])
        else:
            text = f"{p[1]} {p[2]}" if p[1] else p[2]
            lines = wrap(text, width)
            cues += [lines[i : i + 2] for i in range(0, len(lines), 2)]
    out = []
    t = start
    for lines in cues:
        dur = max(1600, round(sum(len(ln) for ln in lines) * 1000 / 14 / 100) * 100)
        out.append((f"{srt_time(t)} --> {srt_time(t + dur)}", lines))
        t += dur + 300
    return out


def render_subtitles(doc: dict) -> tuple[str, list[str]]:
    """A video's subtitle file (.srt): numbered cues, each its number, its time line "00:01:02,500 -->
    00:01:06,200", one or two text lines and a blank line. Returns the text and the lines layout repair must
    remove (the cue numbers and time lines)."""
    out: list[str] = []
    removed: list[str] = []
    for n, (timing, lines) in enumerate(subtitle_cues(doc), start=1):
        out += [str(n), timing, *lines, ""]
        removed += [str(n), timing]
    return "\n".join(out), removed


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "CHỦ TỊCH"."""
    return report_word(doc, ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "(Đã ký)"])


def render_minutes(doc: dict) -> str:
    """Minutes of talks by heldout_kit.official_text: the motto and place-date at the right, the centred
    title lines, body at 78 columns with blank lines between, then the two delegations' signature blocks
    side by side."""
    tail = [
        "",
        f"{'ĐẠI DIỆN UBND TỈNH QUẢNG NINH':<44}ĐẠI DIỆN ỦY BAN HÀNH PHÁP",
        f"{'PHÓ CHỦ TỊCH':<44}TỈNH MIN-XCƠ",
        f"{'(đã ký)':<44}PHÓ CHỦ TỊCH THỨ NHẤT",
        f"{'':44}(đã ký)",
    ]
    return official_text(doc, 78, tail)


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": render_word,
            "subtitles": render_subtitles,
            "minutes": render_minutes,
            "entry": entry_text,
        },
        prefix="jx",
        rendered=True,
        removing_shapes=("journal", "subtitles"),
        extensions={"subtitles": "srt"},
        split_shapes=("journal", "subtitles"),
    )


if __name__ == "__main__":
    sys.exit(main())
