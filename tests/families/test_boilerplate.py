"""Boilerplate expectations for all five seed articles."""

from __future__ import annotations

import pytest
from conftest import read_seed

from coverage.families.boilerplate import RULES, boilerplate_reasons
from coverage.text import segment

# sentence index -> rule, for every flagged sentence; every other sentence is prose
EXPECTED = {
    "000_e82ffc3f97d3e728.txt": {},
    "001_8b6572a08c34f0ad.txt": {
        3: "caption",  # "Children walk over Westminster Bridge during a vigil ..." (photo caption)
        6: "player",  # "Video Loading"
        16: "caption", 17: "caption",  # "Janey with daughter Alice, from Ealing. She said it was "special ..."
        22: "caption",  # "A minute's silence was held at 2.40pm, ..." (no final stop)
        29: "caption",  # "Banners reading Love for All Hatred for None were displayed ..."
        33: "caption",  # "Imams holding flowers in front of the Houses of Parliament"
        37: "promo", 38: "promo", 39: "promo",  # getwestlondon app promotion
    },
    "002_3af8e3a32a6fdc5a.txt": {
        1: "byline",  # "Chloe Chaplain"
        6: "credit",  # "Vigil: People lit candles ... (REUTERS)"
        11: "credit",  # "Tribute: Mayor of London ... (PA)"
        19: "credit",  # "Vigil: Crowds gathered in Trafalgar Square (Amy Ashenden)"
        24: "credit",  # "Tribute: Supporters hold up a banner ... (Getty Images)"
        32: "caption",  # "Londoners light candles at a vigil in Trafalgar Square"
        33: "embed",  # "— Erin McLaughlin (@ErinCNN) March 23, 2017"
    },
    "003_ac9285f299bddcc0.txt": {
        1: "byline",  # "Philip Whiteside, News Reporter"
        5: "teaser",  # ":: Westminster attack: Death toll rises"
        13: "teaser",  # ":: Timeline of terror"
    },
    "004_a9d9733c30e082bb.txt": {},
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_boilerplate(name):
    text = read_seed(name)
    sents = segment(text)
    reasons = boilerplate_reasons(text, sents)
    got = {i: r for i, r in enumerate(reasons) if r}
    assert got == EXPECTED[name]
    assert all(r in RULES for r in got.values())


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("This article is more than 2 years old", "notice"),
        ("Read more: How the vigil unfolded", "teaser"),
        ("READ MORE:", "teaser"),
        ("Photograph: Dan Kitwood/Getty Images", "credit"),
        ("Download the app from the App Store", "promo"),
        ("Sign up for our daily newsletter", "promo"),
        ("Advertisement", "player"),
        ("pic.twitter.com/abc123 — Jane Doe (@jane) March 23, 2017", "embed"),
        ("© 2017 All rights reserved.", "notice"),
    ],
)
def test_rules_on_typical_lines(line, rule):
    text = f"Vigil held in London today.\n\n{line}\n\nThe crowd stood in silence."
    sents = segment(text)
    reasons = boilerplate_reasons(text, sents)
    flagged = {s.text: r for s, r in zip(sents, reasons, strict=True) if r}
    assert set(flagged.values()) == {rule}
    assert reasons[0] == "" and reasons[-1] == ""


def test_prose_with_parentheses_is_not_a_credit():
    text = "Vigil held\n\nAlso present were MPs Dawn Butler (Brent Central) and Seema Malhotra (Feltham and Heston).\n\nThey stood on the bridge on Wednesday (March 29)."
    sents = segment(text)
    assert boilerplate_reasons(text, sents) == ["", "", ""]


def test_needle_gates_see_every_case_insensitive_spelling():
    """The substring gates run on a case-folded copy: every character that re.IGNORECASE takes for a
    needle's letter must fold to that letter, or a gate could hide a match."""
    import re
    import sys

    from coverage.families.boilerplate import _NOTICE_NEEDLES, _PROMO_NEEDLES, _PROMO_PHRASES, _fold

    every = "".join(map(chr, range(sys.maxunicode + 1)))
    for ch in sorted(set("".join(_NOTICE_NEEDLES + _PROMO_NEEDLES + _PROMO_PHRASES))):
        same = re.findall(re.escape(ch), every, re.IGNORECASE)
        assert {_fold(c) for c in same} == {ch}, ch


@pytest.mark.parametrize(("text", "promo"), [
    ("Download our app for free today", True),
    ("Get the free app now", True),
    ("Find us on theApp Store or Google Play", True),   # "App Store" needs no word boundary
    ("GET THE LATEST NEWS IN OUR APP", True),            # anchored alternative
    ("Sign up to our newsletter and subscribe", True),
    ("It will happen again, the approach is free and apparent", False),  # "app" inside words
    ("Supporters said the apps were free", False),      # "apps" is not the word "app"
    ("The app-based service was free to use", True),
    ("They applauded, free at last", False),
])
def test_promo_rule_equals_its_plain_search(text, promo):
    from coverage.families.boilerplate import _PROMO_RE, _fold, _promo

    assert _promo(text, _fold(text)) is promo
    assert promo is (_PROMO_RE.search(text) is not None)
