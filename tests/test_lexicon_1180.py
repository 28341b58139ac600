"""Tests for framing lexicon 1.18.0 and religion rules 1.13.0: one rule round from the misses of former fresh set 11, written
as families of constructions (a struck place "but still standing" or that "will remain standing", "no to terror / hate",
"no pasarán"; appeals and donations to help, the love and support shown to the wounded, the victims commemorated; the noun
"slaying"; a faith minority in a violent sentence, war declared on a faith group and victims said to be of a faith as the
target frame; the victims' faith; ISWAP and "IS says"; "with God's grace" and Chapel Hill as no reference). The sentences
are invented; each positive fails without its entry, and each near miss is a use that the ABP precision check kept out."""

from __future__ import annotations

import pytest
from _matching import S, V, religion_frames, version_info
from _matching import frame_hits as _hits

from coverage.families.religion import ReligionRules
from coverage.lexicon import Lexicon


def test_version_1180():
    assert version_info(Lexicon.default().version) >= (1, 18, 0)
    assert version_info(ReligionRules.default().version) >= (1, 13, 0)


@pytest.mark.parametrize(("text", "expected"), [
    # defiance: the struck place still standing, refusals and the antifascist slogan
    ("Our town is battered but still standing.", [("but still standing", "defiance", S, 1.0)]),
    ("This country will remain standing.", [("will remain standing", "defiance", S, 1.0)]),
    ("Crowds chanted no to terrorism.", [("no to terrorism", "defiance", S, 1.0)]),
    ("Marchers carried signs reading no to hate.", [("no to hate", "defiance", S, 1.0)]),
    ("No pasarán, the mayor wrote.", [("no pasarán", "defiance", S, 1.0)]),
    # support: appeals and donations to help, love shown to the wounded
    ("An online appeal raised money for the shop.", [("online appeal", "compassion", S, 1.0)]),
    ("Neighbours collected donations to help the family rebuild.", [("donations to help", "compassion", S, 1.0)]),
    ("She thanked strangers for the love she had been shown.", [("love * * been shown", "compassion", S, 1.0)]),
    ("He was buoyed by the love and support of friends.", [("buoyed by the love", "compassion", S, 1.0)]),
    # mourning: the victims commemorated
    ("Hundreds gathered to commemorate the victims.", [("commemorate the victims", "mourning", S, 1.0)]),
    # violence: the noun beside "slain"
    ("The slaying shocked the town.", [("slaying", "attack", V, 1.0)]),
])
def test_1180_fires(text, expected):
    assert _hits(text, counted_only=True) == expected


@pytest.mark.parametrize("text", [
    # standing, commemoration, appeals, donations and buoyancy in political and everyday use
    "He is still standing after the inquiry.",
    "The old building is still standing.",
    "The nation commemorated its independence.",
    "The campaign made an appeal for votes.",
    "He made donations to the party.",
    "Sales were buoyed by strong demand.",
])
def test_1180_near_misses(text):
    assert _hits(text, counted_only=True) == []


@pytest.mark.parametrize(("text", "expected"), [
    # the target frame: a faith minority in a violent sentence, war declared on a faith group, victims said to be of a faith
    ("Gunmen attacked a ceremony for a minority Shiite leader, wounding ten.", [("Shiite", "target", "minority")]),
    ("Militants have declared war on the country's Shiites.", [("Shiites", "target", "declared war on")]),
    ("All three victims were Muslim, police said.", [("Muslim", "target", "victims")]),
    ("Many asked what role the victims' faith may have played.", [("victims' faith", "target", "victims' faith")]),
    # the group's acronym and "IS" as the subject of a report
    ("ISWAP is led by a new commander.", [("ISWAP", "attribution", "ISWAP")]),
    ("IS says the men were captured last month.", [("IS says", "attribution", "IS says")]),
    # no reference: a formula and a town's name
    ("With God's grace, police caught the man.", []),
    ("He studied at UNC Chapel Hill.", []),
    # near misses: a minority with no violence, war declared on a group, mourning Muslims
    ("The Christian minority makes up a tenth of the population.", [("Christian", "neutral", "")]),
    ("The president declared war on ISIS.", [("ISIS", "attribution", "ISIS")]),
    ("Muslim leaders prayed for the victims.", [("Muslim", "community", "prayed")]),
])
def test_1180_religion(text, expected):
    assert religion_frames(text) == expected


def test_1180_rules_held_out():
    # a one-event rule is dropped when its event is held out
    s = "Hundreds gathered to commemorate the victims."
    assert _hits(s, Lexicon.default(exclude_events={"kabul-mazari-ceremony-2020"}), counted_only=True) == []
    r = "Militants have declared war on the country's Shiites."
    held = ReligionRules.default(exclude_events={"kabul-mazari-ceremony-2020"})
    assert religion_frames(r, held)[0][1] != "target"
