"""Tests for coverage.religion.match_religion: detection, exclusions and frames."""

from __future__ import annotations

import pytest
from _matching import religion_frames as _frames

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
    assert rules.version == "1.19.1" and len(rules.sha256) == 64
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
        # religion 1.8.0: the bare names are no reference (seeds/LABELS.md: Al Qaeda and the Taliban, as names,
        # are religion = 0); the names with "Islamic" stay
        ("Al Qaeda and the Taliban were blamed.", []),
        ("Al Qaeda in the Islamic Maghreb was blamed.",
         [("Al Qaeda in the Islamic Maghreb", "extremist_group", "attribution", "Al Qaeda in the Islamic Maghreb")]),
    ],
)
def test_attribution(text, expected):
    assert frames(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A mosque was attacked in north London.", [("mosque", "place_of_worship", "target", "attacked")]),
        ("Worshippers were killed as they left Friday prayers.",
         [("Worshippers", "worshipper", "target", "killed"), ("Friday prayers", "practice", "target", "killed")]),
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


# ---------------------------------------------------------------------------
# 1.1.0: attacks on worshippers (target), provenance and leave-one-event-out exclusion (issue 18)

def test_attack_word_anywhere_in_sentence_makes_place_of_worship_target():
    s = "The shooting deaths of nine people at a historically black church in Charleston."
    assert _frames(s) == [("church", "target", "shooting")]
    hit = match_religion(tokenize(s), s, sentence_start=0)[0]
    assert hit.rule == ("'church' (place_of_worship): attack word 'shooting' in the sentence of a place of "
                        "worship/worshippers -> target")
    # outranks the community cue 'prayer' of the worship the victims were at
    s = "He shot and killed nine people at a historic black church during a Wednesday night prayer meeting."
    assert _frames(s) == [("church", "target", "shot")]


def test_adherents_are_target_only_when_the_harm_word_comes_before():
    assert _frames("A van hit Muslims in Finsbury Park.") == [("Muslims", "target", "hit")]
    assert _frames("A Muslim man killed three people.") == [("Muslim", "neutral", "")]
    hit = match_religion(tokenize("A van hit Muslims."), "A van hit Muslims.", sentence_start=0)[0]
    assert hit.rule == ("'Muslims' (adherent): harm word 'hit' within 4 words of an adherent (harm word before it: "
                        "its object) -> target")


_RULES = """
version: "1"
categories:
  place_of_worship:
    victim_prone: true
    terms: [mosque, {term: pews, from: [sri-lanka-2019]}]
  adherent:
    victim_prone: before
    victim_prone_from: [finsbury-park-2017]
    terms: [muslims]
exclusions:
  terms: [{term: mosque road, from: [basil]}]
frames:
  dissociation: {cues: [nothing to do with]}
  target:
    cues: [backlash]
    proximity_cues: [attacked, {term: hit, from: [finsbury-park-2017]}]
    sentence_cues: [{term: gunman, from: [christchurch-2019, pittsburgh-2018]}]
  attribution: {cues: [islamist]}
  community: {cues: [vigil]}
"""


def test_religion_rules_without_events_exact():
    rules = ReligionRules.from_yaml(_RULES)
    s = "A gunman walked for a long time towards the big old mosque."
    assert _frames(s, rules) == [("mosque", "target", "gunman")]
    assert _frames(s, rules.without_events({"christchurch-2019"})) == [("mosque", "target", "gunman")]
    assert _frames(s, rules.without_events({"christchurch-2019"}, strict=True)) == [("mosque", "neutral", "")]
    assert _frames(s, rules.without_events({"christchurch-2019", "pittsburgh-2018"})) == [("mosque", "neutral", "")]
    s = "The van hit Muslims."
    assert _frames(s, rules) == [("Muslims", "target", "hit")]
    assert _frames(s, rules.without_events({"finsbury-park-2017"})) == [("Muslims", "neutral", "")]
    assert _frames("Blood on the pews.", rules) == [("pews", "neutral", "")]
    assert _frames("Blood on the pews.", rules.without_events({"sri-lanka-2019"})) == []
    assert _frames("They live on Mosque Road.", rules) == []
    assert _frames("They live on Mosque Road.", rules.without_events({"basil"})) == [("Mosque", "neutral", "")]
    held = rules.without_events({"basil"})
    assert held.exclude_events == frozenset({"basil"}) and held.sha256 != rules.sha256
    assert rules.without_events(set()) is rules


def test_religion_default_exclude_events_and_version():
    rules = ReligionRules.default()
    assert rules.version == "1.19.1"
    assert ReligionRules.default(exclude_events={"pittsburgh-2018"}).exclude_events == frozenset({"pittsburgh-2018"})
    s = "Other attacks occurred at St. Anthony's Shrine in Colombo and Zion Church in Batticaloa."
    # 1.3.0: the conditional target cue ("attacks ... occurred at ... Church") decides before the harm words;
    # 1.7.0: a shrine is a place of worship too (without the Bangkok rule, only the church)
    assert _frames(s) == [("Shrine", "target", "occurred"), ("Church", "target", "occurred")]
    # 1.8.0: "shrine" is attested in sri-lanka-2019 too, so only the strict variant drops it
    assert _frames(s, ReligionRules.default(exclude_events={"bangkok-2015"})) == [("Shrine", "target", "occurred"),
                                                                                 ("Church", "target", "occurred")]
    assert _frames(s, ReligionRules.default(exclude_events={"bangkok-2015"}, strict=True)) == [("Church", "target", "occurred")]
    assert _frames(s, ReligionRules.default(exclude_events={"finsbury-park-2017", "sri-lanka-2019", "berlin-2016"})) == [
        ("Shrine", "target", "attacks"), ("Church", "target", "attacks")]
    # memorials of flowers and "a shrine to" a person are no place of worship
    assert _frames("Mourners built a makeshift shrine of candles; his office is a shrine to Reagan.") == []


@pytest.mark.parametrize("bad", [
    "frames: {target: {cues: [x], sentence_cues: [{term: gunman, from: Pittsburgh}]}}",
    "frames: {community: {cues: [x], sentence_cues: [gunman]}}",
])
def test_bad_religion_provenance_or_sentence_cues_refused(bad):
    base = ('version: "1"\ncategories: {faith: {terms: [islam], victim_prone: maybe}}\n' if "maybe" in bad else
            'version: "1"\ncategories: {faith: {terms: [islam]}}\n')
    spec = base + bad.replace("frames: {", "frames: {dissociation: {cues: [a]}, attribution: {cues: [b]}, "
                              + ("community: {cues: [c]}, " if "community" not in bad else "target: {cues: [t]}, "))
    with pytest.raises(LexiconError):
        ReligionRules.from_yaml(spec)
    with pytest.raises(LexiconError, match="victim_prone"):
        ReligionRules.from_yaml('version: "1"\ncategories: {faith: {terms: [islam], victim_prone: maybe}}\n'
                                "frames: {dissociation: {cues: [a]}, target: {cues: [t]}, attribution: {cues: [b]}, "
                                "community: {cues: [c]}}")


# 1.2.0: context rules, category-restricted conditional cues (issue 18, held-out frame accuracy)
def _ctx(s, context, rules=None):
    return [(h.matched, h.frame, h.cue, h.rule) for h in
            match_religion(tokenize(s), s, sentence_start=0, context_tokens=tokenize(context), rules=rules)]


def test_condemnation_dissociates_only_the_faith_of_the_speaker():
    s = "The United States condemns in the strongest terms the outrageous terrorist attacks on this Easter Sunday."
    assert _frames(s) == [("Easter", "target", "attacks")]
    s = "Muslim leaders condemned the attack."
    assert [(m, f, c) for m, f, c, _ in _ctx(s, "")] == [("Muslim", "dissociation", "condemned")]
    assert _ctx(s, "")[0][3] == ("'Muslim' (adherent): dissociation cue 'condemned' together with violence word "
                                 "'attack' (applies to adherent, clergy, faith, organisation, worshipper references) "
                                 "in the sentence -> dissociation")
    # the restriction is a rule of the scheme (and Sri Lanka): it stays when Sri Lanka is held out ...
    s = "Pompeo went on to condemn the terror attacks on the church."
    assert _frames(s, ReligionRules.default(exclude_events={"sri-lanka-2019"})) == [("church", "target", "attacks")]
    # ... and goes in the strict variant, where condemnation dissociates every reference again
    strict = ReligionRules.default(exclude_events={"sri-lanka-2019"}, strict=True)
    assert _frames(s, strict) == [("church", "dissociation", "condemn")]


def test_previous_sentence_attack_word_makes_place_of_worship_target():
    s = "He was seen near the synagogue."  # (religion 1.4.0: "fleeing the synagogue" is a harm word itself)
    assert _ctx(s, "A gunman opened fire on the congregation.") == [
        ("synagogue", "target", "gunman",
         "'synagogue' (place_of_worship): no cue in the sentence; attack word 'gunman' in the previous sentence "
         "-> target (a place of worship/worshippers as the scene of the attack)")]
    # political "attacks" in the previous sentence are no scene; adherents are not victim-prone
    assert [f for _, f, _, _ in _ctx(s, "Democrats faced attacks over the plan.")] == ["neutral"]
    assert [f for _, f, _, _ in _ctx("Many Muslims live nearby.", "A gunman opened fire.")] == ["neutral"]
    # a cue in the sentence itself wins over the context
    assert [f for _, f, _, _ in _ctx("The synagogue held a vigil.", "A gunman opened fire.")] == ["community"]
    # without the target-context rule, "gunman" still names the perpetrator (the attribution-context rule)
    held = ReligionRules.default(exclude_events={"christchurch-2019", "sri-lanka-2019"})
    assert [(f, c) for _, f, c, _ in _ctx(s, "A gunman opened fire.", held)] == [("attribution", "gunman")]
    assert [f for _, f, _, _ in _ctx(s, "Shots were fired.", held)] == ["neutral"]


def test_previous_sentence_perpetrator_makes_his_faith_attribution():
    s = "The brothers practiced Islam."
    assert _ctx(s, "He was accused of setting off the bombs.") == [
        ("Islam", "attribution", "accused",
         "'Islam' (faith): no cue in the sentence; the perpetrator ('accused') named in the previous sentence "
         "-> attribution (the faith or place of worship of the perpetrator)")]
    assert [(f, c) for _, f, c, _ in _ctx("The two attended the same mosque.", "No contact with the bomber.")] == [
        ("attribution", "bomber")]
    # adherent nouns name other people: no attribution
    assert [f for _, f, _, _ in _ctx("Khan, the first Muslim mayor, spoke.", "The suspect was arrested.")] == [
        "neutral"]
    held = ReligionRules.default(exclude_events={"boston-2013", "orlando-2016"})
    assert [f for _, f, _, _ in _ctx(s, "He was accused of setting off the bombs.", held)] == ["neutral"]


def test_service_at_a_place_of_worship_is_community():
    assert _frames("The church will hold a service at 9:30 a.m. Sunday.") == [("church", "community", "service")]
    # not with other categories, and not from the context
    assert _frames("Catholic bishops warned against cuts in essential services.") == [
        ("Catholic", "neutral", ""), ("bishops", "neutral", "")]
    assert [f for _, f, _, _ in _ctx("The mosque is nearby.", "Essential services were cut.")] == ["neutral"]
    s = "He attended the synagogue every Saturday for services."
    assert _frames(s, ReligionRules.default(exclude_events={"pittsburgh-2018"})) == [
        ("synagogue", "community", "services")]


@pytest.mark.parametrize("bad", [
    "{cues: [condemn], categories: [nosuch]}",
    "{cues: [condemn]}",
    "{cues: [condemn], categories: []}",
])
def test_bad_conditional_categories_refused(bad):
    spec = ('version: "1"\ncategories: {faith: {terms: [islam]}}\n'
            f"frames: {{dissociation: {{cues: [a], conditional_cues: [{bad}]}}, target: {{cues: [t]}}, "
            "attribution: {cues: [b]}, community: {cues: [c]}}")
    with pytest.raises(LexiconError):
        ReligionRules.from_yaml(spec)


@pytest.mark.parametrize("ctx", [
    "{from: [x]}",
    "{from: [x], reasoning: r, cues: [gunman], categories: [faith]}",
])
def test_bad_target_context_refused(ctx):
    spec = ('version: "1"\ncategories: {faith: {terms: [islam]}}\n'
            f"frames: {{dissociation: {{cues: [a]}}, target: {{cues: [t], context: {ctx}}}, "
            "attribution: {cues: [b]}, community: {cues: [c]}}")
    with pytest.raises(LexiconError, match="context"):
        ReligionRules.from_yaml(spec)


# 1.3.0: the attack located at a place of worship ("took place", "occurred"), "motivated" as attribution,
# "Islamic militant(s)" as ideology (rules attested in two or more labelled events)
def test_attack_took_place_at_place_of_worship_is_target():
    s = "The incident occurred outside the old mosque after evening prayers."
    hits = match_religion(tokenize(s), s, sentence_start=0)
    assert [(h.matched, h.frame, h.cue) for h in hits] == [("mosque", "target", "occurred")]
    assert hits[0].rule == ("'mosque' (place_of_worship): target cue 'occurred' together with violence word "
                            "'incident' (applies to place of worship, practice, worshipper references) in the "
                            "sentence -> target (also community cue(s); precedence dissociation > target > "
                            "attribution > community)")
    s = "The first explosion took place at the cathedral during Easter Mass."
    assert _frames(s) == [("cathedral", "target", "took place"), ("Easter", "target", "took place")]
    # an attack-event noun is required, and adherents are not covered (victim-prone 'before' only)
    assert _frames("The wedding took place at the church.") == [("church", "neutral", "")]
    assert _frames("The incident occurred near a Muslim bakery.") == [("Muslim", "neutral", "")]
    # attested in Finsbury Park and Sri Lanka: kept when one of them is held out, dropped when both are
    s = "The incident occurred outside the mosque."
    assert _frames(s, ReligionRules.default(exclude_events={"sri-lanka-2019"})) == [("mosque", "target", "occurred")]
    assert _frames(s, ReligionRules.default(exclude_events={"sri-lanka-2019"}, strict=True)) == [
        ("mosque", "neutral", "")]
    assert _frames(s, ReligionRules.default(exclude_events={"finsbury-park-2017", "sri-lanka-2019",
                                                            "berlin-2016"})) == [("mosque", "neutral", "")]


def test_motivated_with_violence_word_is_attribution_of_the_faith():
    s = "A radical form of Islam appears to have motivated the men suspected of bombing the station."
    assert _frames(s) == [("Islam", "attribution", "motivated")]
    # no violence word: no motive of an attack; adherents are not covered
    assert _frames("Parents objected to religiously motivated lessons.") == [("religiously", "neutral", "")]
    assert _frames("Christians were spared politically motivated violence.") == [("Christians", "neutral", "")]
    held = ReligionRules.default(exclude_events={"boston-2013"})
    assert _frames(s, held) == [("Islam", "attribution", "motivated")]
    assert _frames(s, ReligionRules.default(exclude_events={"boston-2013"}, strict=True)) == [
        ("Islam", "neutral", "")]


def test_islamic_militants_is_attribution_by_definition():
    s = "The town was seized by Islamic militants last year."
    assert [(m, c, f) for m, c, f, _ in frames(s)] == [("Islamic militants", "ideology", "attribution")]
    # without the entry, "Islamic" is the faith adjective (and "militants" an attribution cue written from Nice)
    assert _frames(s, ReligionRules.default(exclude_events={"nice-2016", "manchester-2017", "orlando-2016"})) == [
        ("Islamic", "neutral", "")]
