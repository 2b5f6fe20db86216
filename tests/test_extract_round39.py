"""Round 39 (session 13): news pages, and the parties and kinds of events read wrongly.

Sentences written for these tests (other states, names and dates than the working sets), each rule with a negative
twin. Whole pipeline with the learned reading off (marker rules_alone: these pin what the rules read).

* a minister's portfolio before a one-word country name followed by a person's name introduces the country:
  "Bộ trưởng Quốc phòng Pháp Florence Parly" (`mentions`);
* a welcome or rejection of a bare resolution or agreement goes to the makers of the last one told before, and a
  welcome on a news page is dated by the page (`events_object_author`, `events_standing`);
* "chuyến thăm Việt Nam của Tổng thống <a foreign name>" in a text about one country: that country visits
  (`events_unstated`, `events_topic_country`);
* "sẽ tiếp Bộ trưởng <a foreign name>" in a text about one country: the guest is that country's
  (`events_topic_country`); a yearless day telling an act to come after a trade figure's year takes the page's year
  (`dates`);
* going to a place "để gặp" someone is a visit (`trigger_meetings`);
* "vương quốc này", "nước cộng hòa non trẻ" point back to the state named before (`events_demonstratives`);
* a delegation received that came over for a purpose ("tiếp đoàn doanh nghiệp X sang khảo sát") visits
  (`events_destination`).
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params, show

pytestmark = pytest.mark.rules_alone

_NEWS_KEN = "Việt Nam và Kê-ni-a ký hai văn kiện hợp tác\n\n14/3/2019 09:15 GMT+7\n\nNai-rô-bi (TTXVN) – "

# fmt: off
CASES: list[tuple] = [
    ("portfolio-introduces-country",
     "Ngày 5/3/2019, Bộ trưởng Quốc phòng Pháp Florence Parly đã hội đàm với Bộ trưởng Quốc phòng Ấn Độ.",
     K.CONSULT, ("FRA",), ("IND",), "2019-03-05", S.OCCURRED),
    ("welcome-resolution-makers",
     "Ngày 10/4/2019, Hội đồng Bảo an Liên hợp quốc đã thông qua Nghị quyết 2466 về Li-bi. Chính phủ Li-bi hoan"
     " nghênh nghị quyết.",
     K.SUPPORT, ("LBY",), ("UNSC",), "", S.OCCURRED),
    ("welcome-agreement-news-dated",
     "Pháp và Ma-rốc ký thỏa thuận về nghề cá\n\n12/6/2021 08:00 GMT+7\n\nRa-bát (TTXVN) – Ngày 11/6, Pháp và Ma-rốc"
     " ký thỏa thuận về nghề cá. Chính phủ Tây Ban Nha hoan nghênh thỏa thuận.",
     K.SUPPORT, ("ESP",), ("FRA", "MAR"), "2021-06-12", S.OCCURRED),
    ("visit-of-titled-stranger",
     _NEWS_KEN + "Hai bên nhất trí chuẩn bị chuyến thăm Việt Nam của Tổng thống Uy-li-am Ru-tô trong năm 2020.",
     K.VISIT, ("KEN",), ("VNM",), "2020", S.PLANNED),
    ("guest-titled-stranger",
     _NEWS_KEN + "Kim ngạch thương mại hai chiều năm 2018 đạt 150 triệu USD. Theo chương trình, ngày 15/3, Thủ"
     " tướng Nguyễn Xuân Phúc sẽ tiếp Bộ trưởng Mô-ni-ca Giu-ma.",
     K.CONSULT, ("VNM",), ("KEN",), "2019-03-15", S.PLANNED),
    ("go-to-meet",
     "Tháng 2/2022, Thủ tướng Nhật Bản dự kiến sang Oa-sinh-tơn vào đầu tháng để gặp Tổng thống Mỹ.",
     K.VISIT, ("JPN",), ("USA",), "", S.PLANNED),
    ("kingdom-this",
     "Nê-pan thiết lập quan hệ với nhiều nước châu Á. Năm 1955, vương quốc này gia nhập Liên hợp quốc.",
     K.MEMBERSHIP_JOIN, ("NPL",), ("UNO",), "1955", S.OCCURRED),
    ("young-republic",
     "Năm 1991, Crô-a-ti-a tuyên bố độc lập. Nước cộng hòa non trẻ được kết nạp vào Liên hợp quốc ngày 22/5/1992.",
     K.MEMBERSHIP_JOIN, ("HRV",), ("UNO",), "1992-05-22", S.OCCURRED),
    ("delegation-received-came-over",
     "Ngày 8/9/2023, Chủ tịch UBND tỉnh tiếp đoàn doanh nghiệp Bê-la-rút sang khảo sát các khu công nghiệp.",
     K.VISIT, ("BLR",), ("VNM",), "2023-09-08", S.OCCURRED),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_round39(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, one_set=False)


# (id, text, kind, actors, recipients): negative twins where the event must not be read with these parties
# fmt: off
ABSENT: list[tuple] = [
    # a person's name after a country with no title before: no country read into "Pháp Luân"-like names
    ("no-portfolio-name",
     "Năm 2019, ông Trần Văn Pháp Florence đã hội đàm với Bộ trưởng Quốc phòng Ấn Độ.",
     K.CONSULT, ("FRA",), ()),
    # a welcome of a resolution no one was told to adopt before: no maker guessed
    ("welcome-no-maker",
     "Năm 2019, Chính phủ Li-bi hoan nghênh nghị quyết.",
     K.SUPPORT, ("LBY",), ("UNSC",)),
    # a visit of a titled stranger in a text about no one country: no visitor guessed
    ("visit-stranger-no-topic",
     "Hai bên nhất trí chuẩn bị chuyến thăm Việt Nam của Tổng thống Uy-li-am Ru-tô trong năm 2020.",
     K.VISIT, (), ("VNM",)),
    # meeting difficulties is no meeting: no visit
    ("go-meet-difficulty",
     "Năm 2022, đoàn doanh nghiệp Nhật Bản sang Mỹ để gặp khó khăn về thủ tục.",
     K.VISIT, ("JPN",), ("USA",)),
    # a delegation invited over has not come yet: no visit that occurred
    ("delegation-invited-not-came",
     "Ngày 8/9/2023, tỉnh mời đoàn doanh nghiệp Bê-la-rút sang khảo sát các khu công nghiệp.",
     K.VISIT, ("BLR",), ("VNM",)),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "kind", "actors", "recipients"), [pytest.param(*c[1:], id=c[0]) for c in ABSENT]
)
def test_round39_absent(text, kind, actors, recipients):
    got = [e for e in extract_text(text).events if e.status is S.OCCURRED or kind is not K.VISIT]
    wrong = [
        e
        for e in got
        if e.kind is kind and set(actors) <= set(e.actors) and set(recipients) <= set(e.recipients)
    ]
    assert not wrong, show(got)
