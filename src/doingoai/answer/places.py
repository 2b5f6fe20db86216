"""English names of places -> how Vietnamese text writes them ("Washington" -> "Oa-sinh-tơn").

An English question naming a city ("held in Washington", "signed in Santiago") reaches Vietnamese
text only through the Vietnamese spelling: the press and Party documents transliterate capitals and
the cities of diplomacy ("Mát-xcơ-va", "Phnôm Pênh", "U-lan Ba-to") or use Sino-Vietnamese names
("Bắc Kinh", "Luân Đôn"). Places are not actors (the gazetteer holds states, bodies, parties and
agreements; a city there would become an actor of events), so their names live here, for questions
only. Each entry keeps the English spelling too: some texts write it as is ("Paris", "Jakarta").
"""

from __future__ import annotations

import re
from functools import lru_cache

# English name(s) separated by "|" -> Vietnamese spellings
_PLACES: dict[str, tuple[str, ...]] = {
    "Washington|Washington, D.C.|Washington DC": ("Oa-sinh-tơn", "Washington"),
    "New York": ("Niu Oóc", "New York"),
    "San Francisco": ("Xan Phran-xi-xcô", "San Francisco"),
    "Honolulu": ("Hô-nô-lu-lu", "Honolulu"),
    "Ottawa": ("Ốt-ta-oa", "Ottawa"),
    "Mexico City": ("Mê-hi-cô", "Mexico City"),
    "Havana": ("La Ha-ba-na", "Ha-ba-na", "Havana"),
    "Brasilia|Brasília": ("Bra-xi-li-a", "Brasília", "Brasilia"),
    "Buenos Aires": ("Bu-ê-nốt Ai-rét", "Buenos Aires"),
    "Rio de Janeiro": ("Ri-ô đê Gia-nê-rô", "Rio de Janeiro"),
    "São Paulo|Sao Paulo": ("Xao Pao-lô", "São Paulo"),
    "Santiago": ("Xan-ti-a-gô", "Santiago"),
    "Lima": ("Li-ma", "Lima"),
    "Moscow": ("Mát-xcơ-va", "Moskva"),
    "Vladivostok": ("Vla-đi-vô-xtốc", "Vladivostok"),
    "Paris": ("Pa-ri", "Paris"),
    "London": ("Luân Đôn", "London"),
    "Berlin": ("Béc-lin", "Berlin"),
    "Rome": ("Rô-ma", "Roma"),
    "Vienna": ("Viên", "Vienna"),
    "Brussels": ("Brúc-xen", "Brussels"),
    "Geneva": ("Giơ-ne-vơ", "Geneva", "Genève"),
    "Warsaw": ("Vác-sa-va", "Warsaw"),
    "Prague": ("Pra-ha", "Praha"),
    "Budapest": ("Bu-đa-pét", "Budapest"),
    "Madrid": ("Ma-đrít", "Madrid"),
    "Lisbon": ("Li-xbon", "Lisbon"),
    "Athens": ("A-ten", "Athens"),
    "Stockholm": ("Xtốc-khôm", "Stockholm"),
    "Helsinki": ("Hen-xin-ki", "Helsinki"),
    "Oslo": ("Ô-xlô", "Oslo"),
    "Copenhagen": ("Cô-pen-ha-ghen", "Copenhagen"),
    "Davos": ("Đa-vốt", "Davos"),
    "Kyiv|Kiev": ("Ki-ép", "Ki-ev", "Kyiv"),
    "Minsk": ("Min-xcơ", "Minsk"),
    "Ankara": ("An-ca-ra", "Ankara"),
    "Tehran": ("Tê-hê-ran", "Tehran"),
    "Cairo": ("Cai-rô", "Cairo"),
    "Astana": ("A-xta-na", "Astana"),
    "Tashkent": ("Ta-sken", "Tashkent"),
    "Ulaanbaatar|Ulan Bator": ("U-lan Ba-to", "Ulan Bator", "Ulaanbaatar"),
    "Beijing|Peking": ("Bắc Kinh",),
    "Shanghai": ("Thượng Hải",),
    "Guangzhou": ("Quảng Châu",),
    "Nanning": ("Nam Ninh",),
    "Kunming": ("Côn Minh",),
    # China's provinces and regions on the border or in the trade with Viet Nam
    "Guangxi": ("Quảng Tây",),
    "Yunnan": ("Vân Nam",),
    "Guangdong": ("Quảng Đông",),
    "Hainan": ("Hải Nam",),
    "Hong Kong": ("Hồng Kông",),
    "Pyongyang": ("Bình Nhưỡng",),
    "Seoul": ("Xơ-un", "Seoul"),
    "Busan": ("Bu-xan", "Busan"),
    "Tokyo": ("Tô-ky-ô", "Tokyo"),
    "Osaka": ("Ô-xa-ca", "Osaka"),
    "Hiroshima": ("Hi-rô-si-ma", "Hiroshima"),
    "New Delhi": ("Niu Đê-li", "New Delhi"),
    "Dhaka": ("Đắc-ca", "Dhaka"),
    "Islamabad": ("I-xla-ma-bát", "Islamabad"),
    "Phnom Penh": ("Phnôm Pênh", "Phnom Penh"),
    "Siem Reap": ("Xiêm Riệp", "Siem Reap"),
    "Vientiane": ("Viêng Chăn",),
    "Luang Prabang": ("Luông Pha-bang", "Luang Prabang"),
    "Bangkok": ("Băng Cốc", "Bangkok"),
    "Yangon|Rangoon": ("Y-an-gun", "Yangon"),
    "Naypyidaw|Nay Pyi Taw": ("Nay Pyi Taw", "Nây Pyi Tô", "Naypyidaw"),
    "Kuala Lumpur": ("Cu-a-la Lăm-pơ", "Kuala Lumpur"),
    "Jakarta": ("Gia-các-ta", "Jakarta"),
    "Bali": ("Ba-li", "Bali"),
    "Manila": ("Ma-ni-la", "Manila"),
    "Bandar Seri Begawan": ("Ban-đa Xê-ri Bê-ga-oan", "Bandar Seri Begawan"),
    "Dili": ("Đi-li", "Dili"),
    "Canberra": ("Can-bê-ra", "Canberra"),
    "Sydney": ("Xít-ni", "Sydney"),
    "Wellington": ("Oen-linh-tơn", "Wellington"),
    "Auckland": ("Ốc-len", "Auckland"),
    "Hanoi|Ha Noi": ("Hà Nội",),
    "Ho Chi Minh City|HCMC": ("Thành phố Hồ Chí Minh", "TP Hồ Chí Minh", "TP. Hồ Chí Minh"),
    "Saigon": ("Sài Gòn",),
    "Da Nang|Danang": ("Đà Nẵng",),
    "Hai Phong|Haiphong": ("Hải Phòng",),
    "Hue": ("Huế",),
    "Ha Long|Halong": ("Hạ Long",),
    "Can Tho": ("Cần Thơ",),
    "Da Lat|Dalat": ("Đà Lạt",),
    "Nha Trang": ("Nha Trang",),
}

_INDEX: dict[str, tuple[str, ...]] = {
    en: vi for names, vi in _PLACES.items() for en in names.split("|")
}  # fmt: skip
_PLACE = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(n) for n in sorted(_INDEX, key=len, reverse=True)) + r")(?![\w-])"
)


@lru_cache(maxsize=1024)
def places_in(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The places an English text names, as written, each with its Vietnamese spellings (case as
    written: "Washington", never "washington")."""
    return tuple((m.group(1), _INDEX[m.group(1)]) for m in _PLACE.finditer(text))


def strip_places(text: str) -> str:
    """``text`` without the place names :func:`places_in` finds (not counted again as words)."""
    return _PLACE.sub(" ", text)
