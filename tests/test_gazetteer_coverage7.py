"""Gazetteer coverage, round 7 (issue 3): the UN system, regional organisations of every continent, development
banks and aid agencies, treaties and FTAs, summit series (COP), transliterations and their older joined spellings,
and the spellings the build script generates ("Liên Hiệp Quốc" / "LHQ", "Mê Kông" / "Mekong", "COP{1-35}").
Each name in sentences written here (other countries, organisations and dates than the development sets'), with
negative twins; the answer stage's English place names and the citations' place list read the gazetteer's places."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from doingoai.extract import gazetteer
from doingoai.extract.cite_aliases import is_place
from doingoai.extract.mentions import mentions_in

ROOT = Path(__file__).resolve().parent.parent


def found(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.code) for m in mentions_in(text)]


def codes(text: str) -> set[str]:
    return {code for _, code in found(text)}


def _build_script():
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "scripts" / "build_gazetteer.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "text,name,code",
    [
        # the UN system: peacekeeping missions are the UN; offices, funds, commissions their own codes
        ("Năm 2022, Việt Nam cử đội công binh sang Phái bộ UNISFA ở khu vực Abyei.", "UNISFA", "UNISFA"),
        ("Hai sĩ quan Việt Nam làm nhiệm vụ tại MINUSCA ở Cộng hòa Trung Phi.", "MINUSCA", "MINUSCA"),
        (
            "Văn phòng Cao ủy Liên Hợp Quốc về Nhân quyền hoan nghênh báo cáo của Thái Lan.",
            "Văn phòng Cao ủy Liên Hợp Quốc về Nhân quyền",
            "OHCHR",
        ),
        (
            "Văn phòng Cao ủy Liên Hiệp Quốc về Nhân quyền mở văn phòng tại Băng Cốc.",
            "Văn phòng Cao ủy Liên Hiệp Quốc về Nhân quyền",
            "OHCHR",
        ),
        ("Quỹ Phát triển Vốn LHQ hỗ trợ tỉnh Lào Cai.", "Quỹ Phát triển Vốn LHQ", "UNCDF"),
        (
            "Ủy ban Kinh tế Liên Hợp Quốc về châu Âu họp tại Giơ-ne-vơ.",
            "Ủy ban Kinh tế Liên Hợp Quốc về châu Âu",
            "UNECE",
        ),
        (
            "Ủy ban Kinh tế và Xã hội Tây Á (ESCWA) công bố báo cáo.",
            "Ủy ban Kinh tế và Xã hội Tây Á",
            "ESCWA",
        ),
        (
            "In-đô-nê-xi-a trình bày báo cáo theo Cơ chế Rà soát định kỳ phổ quát chu kỳ IV.",
            "Cơ chế Rà soát định kỳ phổ quát",
            "UNHRC",
        ),
        ("Năm 2017, Mông Cổ không còn được vay vốn IDA.", "IDA", "WB"),
        ("Công ty Tài chính Quốc tế (IFC) đầu tư vào Mi-an-ma.", "Công ty Tài chính Quốc tế", "IFC"),
        ("Lào tham gia Tổ chức Cấm vũ khí hóa học năm 1997.", "Tổ chức Cấm vũ khí hóa học", "OPCW"),
        (
            "Chi-lê ủng hộ Cơ quan quyền lực quốc tế về đáy đại dương.",
            "Cơ quan quyền lực quốc tế về đáy đại dương",
            "ISA",
        ),
        (
            "Liên đoàn Chữ thập đỏ và Trăng lưỡi liềm đỏ quốc tế viện trợ cho Phi-líp-pin.",
            "Liên đoàn Chữ thập đỏ và Trăng lưỡi liềm đỏ quốc tế",
            "IFRC",
        ),
        ("Quỹ Khí hậu xanh phê duyệt dự án cho Băng-la-đét.", "Quỹ Khí hậu xanh", "GCF"),
        # regional organisations of other continents
        ("Cộng đồng Đông Phi kết nạp Xô-ma-li năm 2023.", "Cộng đồng Đông Phi", "EAC"),
        ("Ai Cập là thành viên COMESA.", "COMESA", "COMESA"),
        ("Liên minh các quốc gia Nam Mỹ ra đời năm 2008.", "Liên minh các quốc gia Nam Mỹ", "UNASUR"),
        ("Hệ thống Hội nhập Trung Mỹ (SICA) có trụ sở ở En Xan-va-đo.", "Hệ thống Hội nhập Trung Mỹ", "SICA"),
        ("Ca-dắc-xtan là thành viên SNG.", "SNG", "CIS"),
        ("Tổ chức Hiệp ước An ninh tập thể họp tại Min-xcơ.", "Tổ chức Hiệp ước An ninh tập thể", "CSTO"),
        ("Ngân hàng Đầu tư châu Âu cho Ai Cập vay vốn.", "Ngân hàng Đầu tư châu Âu", "EIB"),
        (
            "Ngân hàng Tái thiết và Phát triển châu Âu tài trợ cho U-crai-na.",
            "Ngân hàng Tái thiết và Phát triển châu Âu",
            "EBRD",
        ),
        ("Phi-gi là thành viên Cộng đồng Thái Bình Dương.", "Cộng đồng Thái Bình Dương", "SPC"),
        ("Quỹ Á-Âu tổ chức hội thảo tại Phnôm Pênh.", "Quỹ Á-Âu", "ASEF"),
        ("Hội nghị Cấp cao Á – Âu lần thứ 13 họp tại Phnôm Pênh.", "Hội nghị Cấp cao Á – Âu", "ASEM"),
        ("Năm 1999, Mi-an-ma tham gia Nhóm 77.", "Nhóm 77", "G77"),
        # the Mekong in its three spellings
        ("Thái Lan là thành viên Ủy hội sông Mê Kông quốc tế.", "Ủy hội sông Mê Kông quốc tế", "MRC"),
        (
            "Cam-pu-chia đăng cai Hợp tác Mê Kông – Lan Thương năm 2018.",
            "Hợp tác Mê Kông – Lan Thương",
            "MLC",
        ),
        ("hành lang kinh tế của Tiểu vùng Mekong mở rộng", "Tiểu vùng Mekong mở rộng", "GMS"),
        ("Ấn Độ khởi xướng Hợp tác Mê Kông – sông Hằng năm 2000.", "Hợp tác Mê Kông – sông Hằng", "MGC"),
        # development banks and aid agencies
        ("Ngân hàng Phát triển châu Phi cấp vốn cho Ga-na.", "Ngân hàng Phát triển châu Phi", "AFDB"),
        ("Ngân hàng Phát triển Liên Mỹ hỗ trợ Pê-ru.", "Ngân hàng Phát triển Liên Mỹ", "IDB"),
        ("Quỹ Phát triển Ả-rập Xê-út cho Lào vay vốn.", "Quỹ Phát triển Ả-rập Xê-út", "SFD"),
        ("Cơ quan Phát triển Pháp (AFD) tài trợ dự án ở Cam-pu-chia.", "Cơ quan Phát triển Pháp", "AFD"),
        ("Tổ chức Hợp tác Quốc tế Đức hỗ trợ đào tạo nghề.", "Tổ chức Hợp tác Quốc tế Đức", "GIZ"),
        ("Ngân hàng Tái thiết Đức tài trợ dự án năng lượng.", "Ngân hàng Tái thiết Đức", "KFW"),
        (
            "Cơ quan Hợp tác Quốc tế Thái Lan cấp học bổng cho Lào.",
            "Cơ quan Hợp tác Quốc tế Thái Lan",
            "TICA",
        ),
        # agreements
        (
            "Hiệp định Thương mại tự do ASEAN – Hồng Kông được ký năm 2017.",
            "Hiệp định Thương mại tự do ASEAN – Hồng Kông",
            "AHKFTA",
        ),
        ("Hiệp định Pa-ri về Campuchia được ký năm 1991.", "Hiệp định Pa-ri về Campuchia", "PARIS_1991"),
        (
            "Hai nước ký Hiệp ước Hoạch định biên giới quốc gia Việt Nam – Campuchia năm 1985.",
            "Hiệp ước Hoạch định biên giới quốc gia Việt Nam – Campuchia",
            "TREATY_VNM_KHM_BORDER_1985",
        ),
        ("Mông Cổ phê chuẩn Công ước về Đa dạng sinh học.", "Công ước về Đa dạng sinh học", "CBD"),
        ("Lào gia nhập Nghị định thư Montreal.", "Nghị định thư Montreal", "MONTREAL_1987"),
        ("Hội nghị COP28 họp tại Đu-bai.", "COP28", "UNFCCC"),
        ("tại COP 29 ở Ba-cu", "COP 29", "UNFCCC"),
        ("Bên lề COP-21 ở Pa-ri", "COP-21", "UNFCCC"),
        (
            "Thái Lan phê chuẩn Công ước của Liên hợp quốc về quyền của người khuyết tật.",
            "Công ước của Liên hợp quốc về quyền của người khuyết tật",
            "CRPD",
        ),
        ("In-đô-nê-xi-a tham gia Cam kết toàn cầu về khí mê-tan.", "Cam kết toàn cầu về khí mê-tan", "GMP"),
        # parties and movements
        ("Tổ chức Giải phóng Palestine (PLO) cử đoàn sang thăm.", "Tổ chức Giải phóng Palestine", "PLO"),
        ("Đảng Cộng sản Nam Phi gửi điện mừng.", "Đảng Cộng sản Nam Phi", "SACP"),
        (
            "Mô-dăm-bích: Mặt trận Giải phóng Mô-dăm-bích thắng cử.",
            "Mặt trận Giải phóng Mô-dăm-bích",
            "FRELIMO",
        ),
        # countries: transliterations and the joined spellings of older Party documents
        ("Đoàn đại biểu Bungari sang thăm.", "Bungari", "BGR"),
        ("quan hệ với Cămpuchia và Lào", "Cămpuchia", "KHM"),
        ("Inđônêxia và Malaixia", "Inđônêxia", "IDN"),
        ("nhân dân Nicaragoa anh em", "Nicaragoa", "NIC"),
        ("Đại sứ Găm-bi-a trình quốc thư.", "Găm-bi-a", "GMB"),
        ("Quần đảo Mác-san ủng hộ nghị quyết.", "Quần đảo Mác-san", "MHL"),
        ("Xanh Vin-xen và Grê-na-đin bỏ phiếu thuận.", "Xanh Vin-xen và Grê-na-đin", "VCT"),
        ("Đại sứ Brunei Darussalam", "Brunei Darussalam", "BRN"),
        ("Cộng hòa Bolivar Venezuela tuyên bố", "Cộng hòa Bolivar Venezuela", "VEN"),
        ("Cộng hòa Ả Rập Syria lên án", "Cộng hòa Ả Rập Syria", "SYR"),
    ],
)
def test_new_names_found_with_their_code(text, name, code):
    assert (name, code) in found(text), found(text)


@pytest.mark.parametrize(
    "text,absent",
    [
        # a national committee or commission is its state's body, not the organisation
        ("Ủy ban sông Mê Công Việt Nam họp phiên thường kỳ.", "MRC"),
        ("Ủy ban Quốc gia UNESCO Việt Nam chủ trì lễ đón bằng.", "UNESCO"),
        # the 1991 agreement on Cambodia is not the 1973 accords; the EBRD is not the World Bank
        ("Hiệp định Paris về Campuchia năm 1991", "PARIS_1973"),
        ("Ngân hàng Tái thiết và Phát triển châu Âu", "WB"),
        # a bare "COP" and a product standard are no treaty; "GMP" is a manufacturing standard here
        ("bộ phận COP của nhà máy", "UNFCCC"),
        ("nhà máy đạt chuẩn GMP", "GMP"),
        # the Asia–Europe Foundation is not the meeting; the Pacific Community is not APEC's region
        ("Quỹ Á – Âu (ASEF)", "ASEM"),
        ("cộng đồng châu Á – Thái Bình Dương", "SPC"),
        # a list's bare pair stays the country (as the first coverage round)
        ("hợp tác Mê Kông – Lan Thương và Mê Kông – Nhật Bản", "MJC"),
        # lower-case words that contain a new name
        ("tài khoản ida của khách hàng", "WB"),
    ],
)
def test_no_false_match(text, absent):
    assert absent not in codes(text), found(text)


def test_an_fta_named_with_its_partner_keeps_the_partners_abbreviation():
    # "(EFTA)" after "Việt Nam – Khối Thương mại tự do châu Âu" defines EFTA, not the agreement
    text = (
        "Đàm phán Hiệp định thương mại tự do Việt Nam – Khối Thương mại tự do châu Âu (EFTA) chưa kết thúc. "
        "Ai-xơ-len là thành viên EFTA."
    )
    got = found(text)
    assert ("EFTA", "EFTA") in got and all(code != "VN_EFTA_FTA" for _, code in got), got


def test_kinds_parents_and_attributes():
    # a state's agency or fund acts for its state; a UN regional commission is a UN body, as ESCAP
    for code, parent in (("SFD", "SAU"), ("AFD", "FRA"), ("GIZ", "DEU"), ("KFW", "DEU"), ("VNMC", "VNM")):
        e = gazetteer.entry(code)
        assert e is not None and e.kind == "body" and e.parent == parent, code
    for code in ("UNECE", "ECLAC", "UNECA", "ESCWA"):
        e = gazetteer.entry(code)
        assert e is not None and e.kind == "body" and e.parent == "UNO", code
    # bilateral treaties carry their parties and dates; multilateral conventions act as a group
    border = gazetteer.entry("TREATY_VNM_KHM_BORDER_1985")
    assert border is not None and border.attr("parties") == ("VNM", "KHM") and border.date == "1985-12-27"
    cbd = gazetteer.entry("CBD")
    assert cbd is not None and cbd.attr("parties") is None and cbd.date == "1992"
    assert gazetteer.entry("AHKFTA").attr("parties") == ("ASEAN", "HKG")
    # no code of an existing entry changed
    for code in ("MLC", "ARAB_LEAGUE", "ADMM_PLUS", "NAM_MOVEMENT", "UNESCO_WHC", "UNO", "UNFCCC"):
        assert gazetteer.entry(code) is not None, code


def test_generated_spellings_are_curated_names():
    unesco = gazetteer.entry("UNCDF")
    names = {n.text: n for n in unesco.names}
    assert {
        "Quỹ Phát triển Vốn Liên Hợp Quốc",
        "Quỹ Phát triển Vốn Liên Hiệp Quốc",
        "Quỹ Phát triển Vốn LHQ",
    } <= set(names)
    assert all(n.source == "curated" for n in names.values())
    cop = {n.text for n in gazetteer.entry("UNFCCC").names if n.type == "abbr"}
    assert {"COP1", "COP21", "COP35", "COP 26", "COP-28"} <= cop and "COP36" not in cop


def test_build_spellings():
    build = _build_script()
    assert build.spellings("COP{1-3}", "agreement", "abbr") == ["COP1", "COP2", "COP3"]
    assert build.spellings("Ủy hội sông Mekong", "organisation", "alias") == [
        "Ủy hội sông Mekong",
        "Ủy hội sông Mê Công",
        "Ủy hội sông Mê Kông",
    ]
    assert build.spellings("Bun-ga-ri", "country", "translit") == ["Bun-ga-ri", "Bungari"]
    # joined forms only for countries' transliterations; abbreviations and English names are left as they are
    assert build.spellings("Vác-sa-va", "organisation", "alias") == ["Vác-sa-va"]
    assert build.spellings("HĐBA LHQ", "body", "abbr") == ["HĐBA LHQ"]
    assert build.spellings("Mekong River Commission", "organisation", "en") == ["Mekong River Commission"]


# --- the places twins: the answer stage's English names and the citations' place list ---------------------------


def test_answer_places_read_the_gazetteer_places():
    from doingoai.answer.places import places_in

    got = dict(places_in("Was the treaty signed in Santiago, in Dalat or in Peking?"))
    assert (
        got["Santiago"][0] == "Xan-ti-a-gô" and got["Dalat"][0] == "Đà Lạt" and got["Peking"][0] == "Bắc Kinh"
    )
    # every spelling of the curated places row, then the other hyphenations the build generates (type "variant")
    assert dict(places_in("in Havana"))["Havana"] == (
        "Ha-ba-na",
        "Havana",
        "Ha Ba Na",
        "Habana",
        "La-ha-ba-na",
    )
    assert dict(places_in("held in Vienna"))["Vienna"][0] == "Viên"  # a question-only spelling (_EXTRA)
    assert places_in("santiago") == ()


def test_citation_places_come_from_the_gazetteer():
    # cities and provinces of the places table are no authors ("(Viêng Chăn, 1977)"); regions stay listed
    for name in ("Viêng Chăn", "Phnôm Pênh", "Mát-xcơ-va", "Quảng Tây", "Đà Lạt", "Đông Dương", "Liên Xô"):
        assert is_place(name), name
    # a name the table qualifies (shared with a Vietnamese place or word) is not taken as a place
    assert not is_place("Đông Hưng") and not is_place("Nguyễn Văn Linh")
