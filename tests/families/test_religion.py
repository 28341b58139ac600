"""Tests for coverage.religion.match_religion: detection, exclusions and frames."""

from __future__ import annotations

import pytest

from coverage.errors import LexiconError, ParameterError
from coverage.families.religion import RELIGION_FRAMES, ReligionHit, ReligionRules, match_religion
from coverage.text import tokenize


def rel(text, context=None, offset=0):
    ctx = tokenize(context) if context else None
    return match_religion(tokenize(text, offset=offset), text, sentence_start=offset, context_tokens=ctx)


def frames(text, context=None):
    return [(h.matched, h.category, h.frame, h.cue) for h in rel(text, context)]


def test_fields_and_frames():
    assert ReligionHit._fields == ("term", "matched", "category", "frame", "cue", "rule", "start", "end")
    assert RELIGION_FRAMES == ("community", "dissociation", "attribution", "target", "neutral")
    rules = ReligionRules.default()
    assert rules.version == "1.0.0" and len(rules.sha256) == 64
    assert rules.precedence == ("dissociation", "target", "attribution", "community")


# --- seed sentences -------------------------------------------------------------


def test_seed_nothing_to_do_with_islam():
    s = "He said: “[It has] nothing to do with Islam, nothing to do with what we believe in and preach on a daily basis."
    assert frames(s) == [("Islam", "faith", "dissociation", "nothing to do with")]


def test_seed_quote_inside_cue_is_ignored():
    s = ("Zafir Malik, an imam from the association, said they wanted to show that the terror "
         "attack had ‘nothing to do’ with religion.")
    assert frames(s) == [
        ("imam", "clergy", "dissociation", "nothing to do with"),
        ("religion", "faith", "dissociation", "nothing to do with"),
    ]


def test_seed_islamic_state_claimed():
    (h,) = rel('Islamic State has claimed Masood was one of their "soldiers".')
    assert (h.matched, h.category, h.frame, h.cue) == ("Islamic State", "extremist_group", "attribution", "Islamic State")
    assert h.rule == "'Islamic State' (extremist_group): a extremist group term is attribution by definition"


def test_seed_ahmadiyya_present_neutral_without_context_community_with_vigil_context():
    s = "Hundreds of members of the Ahmadiyya Muslim Youth Association were also present."
    assert frames(s) == [("Ahmadiyya Muslim Youth Association", "organisation", "neutral", "")]
    (h,) = rel(s, context="The bridge was closed while the Hands Across Westminster Bridge vigil took place.")
    assert (h.frame, h.cue) == ("community", "vigil")
    assert "surrounding text" in h.rule


def test_seed_isis_and_is_in_context():
    s = ("Some people will use this to spread hate, like ISIS (another name for IS) who feed off each other.")
    assert frames(s) == [
        ("ISIS", "extremist_group", "attribution", "ISIS"),
        ("IS", "extremist_group", "attribution", "IS"),
    ]


def test_seed_banners():
    s = 'Banners reading "Love for All, Hatred for None", "Islam says No to Terror" and "Islam Means Peace" were seen.'
    assert [h.frame for h in rel(s)] == ["dissociation", "dissociation"]


# --- frames: two or more sentences each ------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Faith leaders joined the vigil on the bridge.", "vigil"),
        ("Muslims and Jews prayed together for the victims.", "prayed"),
        ("I've seen leaders from several different faiths here united tonight.", "united"),
    ],
)
def test_community(text, cue):
    found = rel(text)
    assert found and all(h.frame == "community" for h in found)
    assert found[0].cue == cue


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The word Islam means peace.", "means peace"),
        ("Terrorism isn't a religion.", "isn't a religion"),
        ("Doing this sort of atrocity is the opposite of Islam.", "opposite of"),
        ("The Muslim Council of Britain condemned the attack.", "condemned"),
    ],
)
def test_dissociation(text, cue):
    (h,) = rel(text)
    assert (h.frame, h.cue) == ("dissociation", cue)


def test_condemn_needs_violence_word():
    assert frames("Evangelical leaders condemned the impeachment vote.") == [
        ("Evangelical", "adherent", "neutral", "")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The attacker was a Muslim convert who had been radicalised in prison.",
         [("Muslim", "adherent", "attribution", "convert")]),
        ("He said he acted in the name of Islam.", [("Islam", "faith", "attribution", "in the name of")]),
        ("Islamist militants claimed the bombing.", [("Islamist", "ideology", "attribution", "Islamist")]),
        ("Al Qaeda and the Taliban were blamed.",
         [("Al Qaeda", "extremist_group", "attribution", "Al Qaeda"),
          ("Taliban", "extremist_group", "attribution", "Taliban")]),
    ],
)
def test_attribution(text, expected):
    assert frames(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A mosque was attacked in north London.", [("mosque", "place_of_worship", "target", "attacked")]),
        ("Worshippers were killed as they left Friday prayers.",
         [("Worshippers", "worshipper", "target", "killed"), ("Friday prayers", "practice", "community", "prayers")]),
        ("Police recorded a rise in Islamophobic incidents.", [("Islamophobic", "hostility", "target", "Islamophobic")]),
        ("Muslims reported a wave of hate crimes after the attack.", [("Muslims", "adherent", "target", "hate crimes")]),
    ],
)
def test_target(text, expected):
    assert frames(text) == expected


def test_target_proximity_only_for_victim_prone_categories():
    # adherents are not victim-prone: a Muslim attacker killing people is not 'target'
    assert frames("A Muslim man killed three people.") == [("Muslim", "adherent", "neutral", "")]


def test_precedence_dissociation_over_attribution_and_community():
    s = "Muslim leaders at the vigil said the radicalised attacker had nothing to do with Islam."
    found = rel(s)
    assert [(h.matched, h.frame, h.cue) for h in found] == [
        ("Muslim", "dissociation", "nothing to do with"),
        ("Islam", "dissociation", "nothing to do with"),
    ]
    assert "precedence dissociation > target > attribution > community" in found[0].rule


def test_neutral():
    assert frames("The church was built in 1850.") == [("church", "place_of_worship", "neutral", "")]


# --- not references --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Thank God nobody was hurt.",
        "God knows how they escaped.",
        "Oh my God, it was terrible.",
        "For heaven's sake, stay at home.",
        "God forbid it happens again.",
        "It was a godsend.",
        "Jesus! That was close.",
        "Christ, what a day.",
        "Holy cow, look at that.",
        "Talks with the Islamic Republic of Iran resumed.",
        "Boats on the Isis in Oxford.",
        "WHAT IS HAPPENING IN LONDON TODAY AND WHY",
        "The question IS whether it matters.",
        "Christian Bale starred in the film.",
        "Foreign minister Julie Bishop spoke.",
        "By Chloe Chaplain",
    ],
)
def test_idioms_and_names_not_detected(text):
    assert rel(text) == []


def test_is_needs_context():
    assert frames("IS fighters retreated.") == [("IS", "extremist_group", "attribution", "IS")]
    assert frames("He joined IS in 2014.") == [("IS", "extremist_group", "attribution", "IS")]


def test_offsets_and_matched():
    text = "Imams held flowers."
    (h,) = rel(text, offset=50)
    assert (h.start, h.end, h.matched, h.term) == (50, 55, "Imams", "imams")


def test_empty_and_bad_rules():
    assert match_religion([], "", sentence_start=0) == []
    with pytest.raises(ParameterError):
        match_religion(tokenize("Islam"), "Islam", sentence_start=0, rules="religion.yaml")


def test_custom_rules_validation(tmp_path):
    p = tmp_path / "rel.yaml"
    p.write_text('version: "1"\ncategories: {faith: {terms: [islam], frame: hostile}}\nframes: {}\n')
    with pytest.raises(LexiconError, match=r"rel\.yaml: categories\.faith\.frame: must be one of"):
        ReligionRules.from_yaml(p)
    p.write_text("version: !!python/name:os.system\n")
    with pytest.raises(LexiconError, match=r"rel\.yaml: refused YAML tag"):
        ReligionRules.from_yaml(p)


# --- folded surfaces: soft hyphens, fullwidth and look-alike letters (issue 15) ----------------------


@pytest.mark.parametrize("isis", ["ISIS", "IS\u00adIS", "I\u200dSIS", "ＩＳＩＳ", "I\u0405IS", "IS\u0406S"])
def test_case_rules_read_the_folded_surface(isis):
    """An upper-case-only term matches however the capitals are hidden; the evidence is the original text."""
    text = f"Police said {isis} fighters attacked the town."
    (h,) = rel(text, offset=10)
    assert (h.term, h.category, h.frame) == ("ISIS", "extremist_group", "attribution")
    assert h.matched == isis and text[h.start - 10:h.end - 10] == isis


@pytest.mark.parametrize("river", ["Is\u00adis", "ｉｓｉｓ", "Isis", "I\u0455is"])
def test_case_rules_still_refuse_a_folded_surface_in_the_wrong_case(river):
    assert rel(f"They rowed on the {river} at dawn.") == []


def test_a_hidden_religion_term_matches_like_the_plain_one():
    plain = frames("Muslims prayed at the mosque.")
    for hidden in ["Mus\u00adlims prayed at the mos\u200dque.", "Ｍｕｓｌｉｍｓ prayed at the ｍｏｓｑｕｅ.",
                   "Musl\u0456ms prayed at the m\u043esque."]:
        got = frames(hidden)
        assert [(c, f, cue) for _, c, f, cue in got] == [(c, f, cue) for _, c, f, cue in plain]
        assert [h.matched for h in rel(hidden)] == [hidden.split()[0], hidden.split()[-1].rstrip(".")]
