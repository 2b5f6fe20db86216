"""English adjectives of countries and unions ("Soviet", "Japanese"), each with the English name of what it
names: read by questions (:mod:`doingoai.answer.actors`: "the Japanese government" asks about Japan) and by
search (:mod:`doingoai.search.crosslingual`: "Soviet aid" also searches "Liên Xô"). "Vietnamese" is left out:
a question or query about Vietnam's own side names it or means it."""

from __future__ import annotations

DEMONYMS = {
    "japanese": "Japan", "chinese": "China", "french": "France", "russian": "Russia", "lao": "Laos",
    "laotian": "Laos", "cambodian": "Cambodia", "indian": "India", "thai": "Thailand",
    "australian": "Australia", "german": "Germany", "british": "United Kingdom", "soviet": "Soviet Union",
    "indonesian": "Indonesia", "philippine": "Philippines", "malaysian": "Malaysia",
    "singaporean": "Singapore", "korean": "South Korea", "european": "European Union",
}  # fmt: skip
