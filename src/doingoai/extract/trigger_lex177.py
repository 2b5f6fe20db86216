"""Round 177's family of the trigger lexicon (docs/decisions.md, Round 177): wordings of a plan's or a report's
lines that fresh text had no trigger for: an envoy invited to an event, money received from a giver, staff sent to a
meeting abroad and technicians sent abroad, a business mission surveying a market, a joint venture set up, a flight
route opened. The delegations' destinations are read by :mod:`doingoai.extract.events_parties` (``_DELEGATIONS``)
and a plan's partner by :mod:`doingoai.extract.events_plan_tasks` (``_TRIP_NAMES``); :mod:`doingoai.extract.triggers`
puts them first.
"""

from __future__ import annotations

from doingoai.extract.trigger_defs import Trigger
from doingoai.extract.trigger_lex79 import _GOING, _NO_GRANT
from doingoai.model import EventKind as K

_T = Trigger

LEX177: tuple[Trigger, ...] = (
    # an envoy invited to an event or to speak is the inviter's contact with the envoy's country: "Mời Đại sứ Pháp tại
    # Việt Nam dự Ngày hội di sản thành phố", "mời đại diện Đại sứ quán Australia và Niu Di-lân tham dự", "Mời Đại sứ
    # Ba Lan tại Việt Nam nói chuyện chuyên đề với sinh viên" (invited to visit the province is the envoy's visit,
    # read by the visit verb; not "lời mời", "được mời": the envoy inviting)
    _T(
        "consult_envoy_invited",
        K.CONSULT,
        ("mời",),
        r"(?<!lời )(?<!được )mời(?= (?:các |ngài )?(?:đại diện (?:các )?)?(?:đại sứ|tổng lãnh sự|lãnh sự)"
        r"(?: quán)?\b[^.;:\n]{1,70}? (?:dự|tham dự|nói chuyện|phát biểu|chứng kiến)\b)"
        r"(?![^.;:\n]{0,90}?\b(?:thăm|làm việc)\b)",
    ),
    # a sum of money received from a giver is its aid: "Tiếp nhận 180.000 USD từ Quỹ Hợp tác Mê Công – Hàn Quốc cho dự án
    # ...", "Tiếp nhận 2,8 triệu USD từ Bộ Ngoại giao Hoa Kỳ thông qua Dự án RENEW" (the giver after "từ / của / do";
    # the receiver is the subject, or the writer's side: events_roles' RECEIVE)
    _T(
        "aid_money_received",
        K.AID,
        ("tiếp nhận", "nhận"),
        r"(?<!xác )(?<!ghi )(?<!chấp )(?<!thừa )(?<!công )(?<!cảm )(?:tiếp nhận|nhận) (?:(?:hơn|gần|khoảng|trên|tổng cộng) )?"
        r"\d[\d.,]* (?:(?:triệu|tỷ|nghìn|ngàn) )?(?:usd|đô la(?: mỹ)?|euro|eur|yên|bảng anh|franc|rúp)"
        r"(?= (?:(?:viện trợ|tài trợ|hỗ trợ|vốn viện trợ)(?: không hoàn lại)? )?(?:từ|của|do)\b)"
        # (an aid verb after the giver tells it: "Tiếp nhận 20.000 euro của Quỹ X (Đức) tài trợ cho ...")
        r"(?![^.;:\n]{0,60}?\b(?:tài trợ|viện trợ|hỗ trợ|quyên góp|ủng hộ|tặng|trao)\b)",
    ),
    # staff sent to attend a meeting or a course held abroad visit its country: "Cử 2 cán bộ dự hội thảo về phục hồi chức
    # năng tại Hoa Kỳ", "Bộ đã cử cán bộ tham dự Triển lãm xây dựng quốc tế tại Át-kha-bát" (the place's country:
    # events_parties, as for a delegation sent; not joining a team, "cử cán bộ tham gia đoàn liên ngành tại ...")
    _T(
        "visit_staff_attend",
        K.VISIT,
        ("cử",),
        r"cử (?:(?:hơn|khoảng|thêm|gần|\d+|một|hai|ba|bốn|năm) )*(?:cán bộ|đại biểu|giảng viên|chuyên viên|kỹ thuật viên"
        r"|nghiên cứu viên)(?: (?!sang\b|đến\b|tới\b)[^\W\d][\w-]*){0,3}? (?:dự|tham dự)"
        # (a meeting, a fair: not a course, which some read as the organiser's aid, "dự khóa tập huấn ... do Nhật Bản
        # tổ chức"; not a body's session, "Phiên họp ... Ủy ban Liên hợp quốc ... tại Niu Oóc", the body's)
        r"(?= (?:các |một )?(?:hội thảo|hội chợ|triển lãm|diễn đàn|hội nghị)\b(?![^.;:\n]{0,80}?\bdo\b)"
        r"[^.;:\n]{0,80}?\btại )",
    ),
    # technicians sent abroad by count: "Cử 4 kỹ thuật viên sang Hoa Kỳ tập huấn" (as lex79's staff sent: a visit)
    _T(
        "visit_technicians_sent",
        K.VISIT,
        ("cử",),
        r"cử (?:hơn |khoảng |thêm |gần )?\d[\d.]* (?:kỹ thuật viên|điều dưỡng viên|nhân viên kỹ thuật)(?![\w-])"
        + _NO_GRANT
        + _GOING,
    ),
    # a business mission organised to survey a market or to trade in a place, with no "sang": "Tổ chức đoàn doanh
    # nghiệp khảo sát thị trường Ca-dắc-xtan và U-dơ-bê-ki-xtan", "tổ chức đoàn giao thương tại A-xta-na và Ta-sken",
    # "tổ chức đoàn doanh nghiệp Việt Nam khảo sát thị trường tại La-gốt" (the writer's own mission: no foreign
    # name between; the place's country is visited, events_parties as for a delegation sent)
    _T(
        "delegation_market",
        K.VISIT,
        ("tổ chức", "cử"),
        r"(?:tổ chức|cử)(?: lại)? (?:các |một |\d+ )?(?:lượt )?đoàn (?:doanh nghiệp|giao thương|xúc tiến thương mại)"
        r"(?: việt nam| của (?:tỉnh|thành phố|bộ|hiệp hội|ta))?"
        r"(?= (?:khảo sát thị trường (?:tại )?|giao thương tại |tại )[^\W\d_])"
        r"(?![^.;:\n]{0,60}?\b(?:khách|du lịch|học tập|du học|tham quan)\b)",
    ),
    # a joint venture set up is cooperation between its partners: "Tập đoàn Dầu khí Việt Nam và Công ty Zarubezhneft của
    # Nga lập liên doanh Rusvietpetro", "Đề xuất thành lập liên doanh quản lý tàu với một công ty Hy Lạp"
    _T(
        "coop_joint_venture",
        K.COOPERATE,
        ("lập liên doanh",),
        r"(?:(?:thành|cùng|góp vốn) )?lập (?:một |các |hai )?liên doanh(?![\w-])",
        back=1,
    ),
    # a flight route opened or flown is cooperation of the pair, as lex90's "mở đường bay thẳng": "Hai bên nhất trí sẽ
    # sớm khai trương đường bay thẳng giữa Hà Nội và U-lan Ba-to", "Hãng Turkish Airlines khai thác đường bay Istanbul –
    # Thành phố Hồ Chí Minh từ năm 2010"
    _T(
        "cooperate_route_opened",
        K.COOPERATE,
        ("khai trương", "khai thác", "nối lại"),
        r"(?:khai trương|khai thác(?: lại)?|nối lại) (?:các |một |hai )?(?:đường bay|tuyến bay|tuyến đường bay)"
        r"(?: thẳng| thương mại)?(?![\w-])",
    ),
)
