"""Round 33's family of the trigger lexicon (docs/decisions.md, Events, round 33): wordings of foreign-affairs
writing the misses of the working and development sets had no trigger for. A border closed against a neighbour
("đóng cửa biên giới với X": a sanction), a chair taken over from its last holder ("tiếp nhận từ X chức Chủ
tịch"), online work with a body ("làm việc trực tuyến với": talks), a trade fair abroad attended ("tham gia Hội
chợ ... tại X": a visit), a meeting with an adverb before the one met ("gặp không chính thức người đứng đầu X"),
an agreement reached by the parties ("đạt thỏa thuận": made, not a treaty's negotiation concluded), a market
surveyed abroad ("khảo sát thị trường ... tại X": a visit), delegations exchanged ("trao đổi đoàn": visits,
not online ones nor the high-level exchanges read as talks). The fair and the survey find their country as a
delegation sent does (events_parties). :mod:`doingoai.extract.triggers` puts them before the older families: each
is more specific than the trigger starting at its word.
"""

from __future__ import annotations

from doingoai.extract.trigger_defs import Trigger
from doingoai.extract.vi_regex import NO_WORD as _NO_WORD
from doingoai.model import EventKind as K

_T = Trigger

LEX33: tuple[Trigger, ...] = (
    # a border closed against a neighbour: "Năm 1994, An-giê-ri đóng cửa biên giới (đất liền) với Ma-rốc"
    _T(
        "sanction_border",
        K.SANCTION,
        ("đóng cửa",),
        r"(?:đơn phương )?đóng cửa (?:toàn bộ )?(?:đường )?biên giới(?: (?:đất liền|trên bộ|chung))?(?= với )",
        back=1,
    ),
    # the chair taken over from its last holder: "Síp tiếp nhận từ Đan Mạch chức Chủ tịch luân phiên Hội đồng EU"
    _T(
        "chair_take_over",
        K.CHAIR,
        ("tiếp nhận", "tiếp quản"),
        r"(?:tiếp nhận|tiếp quản)(?= từ [^,.;:()\n]{2,30}? (?:vai trò |cương vị |chức |ghế )?chủ tịch"
        + _NO_WORD
        + ")",
    ),
    # online work with a body: "Sở X đã làm việc trực tuyến với Ủy ban Y (nước)" (talks)
    _T(
        "consult_online",
        K.CONSULT,
        ("làm việc", "họp", "hội đàm"),
        r"(?:làm việc|họp|hội đàm) trực tuyến với" + _NO_WORD,
    ),
    # a trade fair abroad attended is a visit to the fair's country: "đoàn doanh nghiệp của tỉnh tham gia Hội chợ
    # thương mại quốc tế tại Đu-san-bê (Tát-gi-ki-xtan)" (the country of the place: events_places)
    _T(
        "visit_fair",
        K.VISIT,
        ("tham gia", "tham dự"),
        r"(?:tham gia|tham dự)(?: các| một số)?(?= hội chợ(?: [^.;:()\n]{0,60}?)? (?:tại|ở) )",
    ),
    # a meeting with an adverb between the verb and the one met: "lãnh đạo ASEAN lần đầu gặp không chính thức người
    # đứng đầu Trung Quốc, Nhật Bản" (talks with a titled person, as "gặp Thủ tướng X")
    _T(
        "consult_meet_adverb",
        K.CONSULT,
        ("gặp",),
        r"gặp(?: gỡ| mặt)? (?:không chính thức|chính thức|riêng|song phương|thân mật)(?= (?:ngài |bà |ông )?(?:tổng thống"
        r"|thủ tướng|chủ tịch|bộ trưởng|ngoại trưởng|đại sứ|quốc vương|nhà vua|người đứng đầu|người đồng cấp"
        r"|nhà lãnh đạo|lãnh đạo(?! (?:tỉnh|thành phố|địa phương|doanh nghiệp)\b))" + _NO_WORD + ")",
    ),
    # an agreement reached by the parties is made: "Tổng thống A và Tổng thống B đạt thỏa thuận nâng giá điện" (not
    # one reached on a treaty, its negotiation: "negotiate_reached")
    _T(
        "sign_reached",
        K.AGREEMENT_SIGN,
        ("đạt",),
        r"đạt(?: được)? (?:(?:một|các) )?thỏa thuận(?! (?:chính trị|nguyên tắc|sơ bộ|về mặt nguyên tắc|cuối cùng)\b)"
        r"(?![^.;:\n]{0,40}?\b(?:hiệp định|hiệp ước|fta|công ước|nghị định thư)\b)" + _NO_WORD,
    ),
    # a market surveyed abroad is a visit to its country: "đoàn công tác của tỉnh đã khảo sát thị trường cà phê tại
    # Ru-an-đa" (the country of the place, as for a delegation sent: events_parties)
    _T(
        "visit_survey",
        K.VISIT,
        ("khảo sát",),
        r"khảo sát(?: thị trường)?(?= [^.;:()\n]{0,40}? (?:tại|ở) )",
    ),
    # delegations exchanged: "hai bên đã trao đổi đoàn chuyên gia", "đẩy mạnh trao đổi đoàn các cấp" (visits; not
    # online, not the standing practice "duy trì trao đổi đoàn", and not "trao đổi đoàn cấp cao": talks, as read so far)
    _T(
        "visit_exchange",
        K.VISIT,
        ("trao đổi",),
        r"(?<!duy trì )trao đổi (?:các |nhiều )?(?:đoàn|phái đoàn)(?= )(?! cấp cao)(?![^.;:\n]{0,40}?\btrực tuyến\b)",
    ),
)
