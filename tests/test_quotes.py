"""Tests for coverage.quotes: hand-checked quotes, speakers, cues and offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from coverage.quotes import Quote, extract_quotes, quote_mark_spans

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _check(text: str, q: Quote) -> None:
    """Every offset of a quote points at the text it reports."""
    assert text[q.start:q.end] == q.text
    if q.speaker:
        assert text[q.speaker_start:q.speaker_end] == q.speaker
    else:
        assert (q.speaker_start, q.speaker_end) == (-1, -1)
    if q.cue:
        assert text[q.cue_start:q.cue_end] == q.cue
    else:
        assert (q.cue_start, q.cue_end) == (-1, -1)


def _one(text: str) -> Quote:
    quotes = extract_quotes(text)
    for q in quotes:
        _check(text, q)
    assert len(quotes) == 1, quotes
    return quotes[0]


def test_straight_quotes_attribution_before():
    t = 'Mr Jones said: "We will rebuild the bridge." Nobody left.'
    q = _one(t)
    assert (q.kind, q.text, q.start, q.end) == ("direct", "We will rebuild the bridge.", 16, 43)
    assert (q.speaker, q.speaker_start, q.cue, q.cue_start) == ("Mr Jones", 0, "said", 9)


def test_curly_quotes_attribution_after_with_title():
    t = "“We are not afraid,” Home Secretary Amber Rudd said."
    q = _one(t)
    assert t[q.start:q.end] == "We are not afraid"  # trailing comma and marks excluded
    assert (q.speaker, q.speaker_start, q.speaker_end) == ("Amber Rudd", 36, 46)
    assert (q.cue, q.cue_start, q.cue_end) == ("said", 47, 51)


def test_inverted_cue_with_role_apposition():
    t = "“The city will stand together,” said Tom Baker, a spokesman for the council."
    q = _one(t)
    assert (q.text, q.speaker, q.cue) == ("The city will stand together", "Tom Baker", "said")


def test_pronoun_resolves_to_last_named_person():
    t = "Sarah Lee spoke first. “Nobody expected this,” she said. “It was awful,” she added."
    a, b = extract_quotes(t)
    for q in (a, b):
        _check(t, q)
        assert (q.speaker, q.speaker_start) == ("Sarah Lee", 0)
    assert (a.cue, b.cue) == ("said", "added")
    assert t[a.mention_start:a.mention_end] == "she"
    assert (b.start, b.end) == (58, 70)


def test_pronoun_prefers_gender_compatible_speaker():
    t = 'Mr Jones said: "Go home." Ms Patel said: "Stay." "Never," he said.'
    quotes = extract_quotes(t)
    assert [q.text for q in quotes] == ["Go home.", "Stay.", "Never"]
    assert [q.speaker for q in quotes] == ["Mr Jones", "Ms Patel", "Mr Jones"]


def test_multi_paragraph_quote_is_one_quote():
    t = "Amber Rudd said: “Stay calm.\n\n“Stay alert. We will win.”\n\nShe left soon after."
    q = _one(t)
    assert (q.start, q.end) == (18, 55)
    assert q.text == "Stay calm.\n\n“Stay alert. We will win."
    assert q.speaker == "Amber Rudd"
    assert quote_mark_spans(t) == [(18, 55)]


def test_headline_quote_without_cue_and_with_cue():
    t = "“We stand together”\n\nThousands marched on Sunday."
    q = _one(t)
    assert (q.text, q.cue, q.speaker) == ("We stand together", "", "")
    t2 = "“Love will win” say marchers\n\nThousands marched on Sunday."
    q2 = _one(t2)
    assert (q2.text, q2.cue, q2.speaker) == ("Love will win", "say", "marchers")


def test_reported_speech_police_said():
    t = "Police said the attacker had acted alone."
    q = _one(t)
    assert (q.kind, q.text, q.start, q.end) == ("indirect", "the attacker had acted alone", 12, 40)
    assert (q.speaker, q.cue) == ("Police", "said")


def test_told_outlet_that():
    t = "A witness told Sky News that the van mounted the pavement at speed."
    q = _one(t)
    assert (q.text, q.speaker, q.cue) == ("the van mounted the pavement at speed", "A witness", "told")


def test_said_that_clause_to_sentence_end():
    t = "The minister said that the service would reopen on Monday. It did."
    q = _one(t)
    assert (q.text, q.speaker) == ("the service would reopen on Monday", "The minister")


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("According to the Metropolitan Police, five people were injured.", "five people were injured", "According to"),
        ("Five people were injured, according to the Metropolitan Police.", "Five people were injured", "according to"),
    ],
)
def test_according_to(text, content, cue):
    q = _one(text)
    assert (q.kind, q.text, q.cue, q.speaker) == ("indirect", content, cue, "the Metropolitan Police")


def test_postposed_reported_clause():
    t = "The roads will stay closed until Friday, police said."
    q = _one(t)
    assert (q.text, q.speaker, q.cue) == ("The roads will stay closed until Friday", "police", "said")


def test_mixed_form_is_one_indirect_quote():
    t = "Mr Khan said Londoners would “pull together” after the attack."
    q = _one(t)
    assert q.kind == "indirect"
    assert q.text == "Londoners would “pull together” after the attack"
    assert q.speaker == "Mr Khan"


def test_name_with_appositive_role():
    t = "Zafir Malik, an imam from the association, said they wanted to show solidarity."
    q = _one(t)
    assert (q.speaker, q.speaker_start, q.speaker_end) == ("Zafir Malik", 0, 11)
    assert q.text == "they wanted to show solidarity"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A young woman said she had come to show solidarity.", "A young woman"),
        ("One crowd member told the Standard: “There is a subdued atmosphere.”", "One crowd member"),
    ],
)
def test_description_speakers(text, speaker):
    assert _one(text).speaker == speaker


def test_single_curly_quotes_are_not_apostrophes():
    t = "They chanted ‘We stand together with London today’. We’re sure it wasn’t."
    q = _one(t)
    assert q.text == "We stand together with London today"
    assert quote_mark_spans("We’re sure it wasn’t.") == []


def test_sign_and_banner_texts_are_not_quotes_and_their_bearers_no_speakers():
    # QUOTES_LABELS.md, hard case 10: displayed slogans are not statements, even with a speech verb
    assert extract_quotes("They held signs reading ‘We stand together with London today’.") == []
    t = ('Banners reading "Love for All, Hatred for None", "Islam says No to Terror" and "Islam Means Peace" were '
         'seen.\n\nOne woman\'s sign said, "Not in our name."\n\nAnn Lee came too. She said: "We are not afraid."')
    q = _one(t)
    assert (q.text, q.speaker) == ("We are not afraid.", "Ann Lee")


def test_short_scare_quote_without_cue_is_dropped():
    assert extract_quotes("The so-called “experts” were wrong.") == []


def test_empty_and_plain_text():
    assert extract_quotes("") == []
    assert extract_quotes("Nothing was said here at all.") == []


def test_seed_000_quotes_and_speakers():
    t = (SEEDS / "000_e82ffc3f97d3e728.txt").read_text("utf-8")
    quotes = extract_quotes(t)
    for q in quotes:
        _check(t, q)
    by_start = {q.text[:30]: q for q in quotes}
    smith = by_start["There was a strong sense of so"]
    assert smith.kind == "direct" and smith.speaker == "Mr Smith" and smith.cue == "said"
    # two paragraphs, one quote
    assert smith.text.endswith("“People were standing together, both literally and emotionally.")
    malik = by_start["they were asked by the police "]
    assert malik.kind == "indirect" and malik.speaker == "Zafir Malik"
    assert malik.text.endswith("had ‘nothing to do’ with religion")
    islam = by_start["[It has] nothing to do with Is"]
    assert islam.speaker == "Zafir Malik" and t[islam.mention_start:islam.mention_end] == "He"
    assert islam.text.endswith("showing our solidarity for the country.")


def test_seed_002_quotes_and_speakers():
    t = (SEEDS / "002_3af8e3a32a6fdc5a.txt").read_text("utf-8")
    quotes = extract_quotes(t)
    for q in quotes:
        _check(t, q)
    by_start = {q.text[:25]: q for q in quotes}
    rudd = by_start["They will not win, we are"]
    assert (rudd.speaker, rudd.cue) == ("Ms Rudd", "said")
    assert by_start["evil and twisted"].speaker == "Mr Khan"
    victims = by_start["The victims were people w"]
    assert (victims.speaker, victims.cue) == ("Mr Khan", "said")
    crowd = by_start["There's a subdued atmosphe"[:25]]
    assert (crowd.speaker, crowd.cue) == ("one crowd member", "told")


def test_cue_at_end_of_previous_paragraph():
    t = "Ms Patel said:\n\n“We will open the bridge on Monday.”"
    q = _one(t)
    assert (q.text, q.speaker, q.cue, q.cue_start) == ("We will open the bridge on Monday.", "Ms Patel", "said", 9)


def test_headline_colon_attribution():
    t = "Sadiq Khan: “London will never be beaten”\n\nThe mayor spoke on Thursday."
    q = _one(t)
    assert (q.text, q.speaker, q.cue) == ("London will never be beaten", "Sadiq Khan", ":")


def test_quote_interrupted_by_its_attribution_is_one_quote():
    t = "“It was calm,” Mr Jones said. “Nobody panicked at all.”"
    q = _one(t)
    assert (q.kind, q.start, q.end) == ("direct", 1, 54)
    assert q.text == "It was calm,” Mr Jones said. “Nobody panicked at all."
    assert (q.speaker, q.speaker_start, q.cue, q.cue_start) == ("Mr Jones", 15, "said", 24)


def test_paragraph_opening_quote_inherits_speaker():
    t = "“It was calm,” Mr Jones said.\n\n“Nobody panicked at all.”"
    a, b = extract_quotes(t)
    assert (b.text, b.speaker, b.cue) == ("Nobody panicked at all.", "Mr Jones", "")
    assert b.speaker_start == a.speaker_start == 15


def test_two_apostrophe_quote_marks():
    t = "''The bridge will reopen,'' said Ana Ruiz, a city engineer. ''We are ahead of schedule.''"
    q = _one(t)
    assert (q.kind, q.start, q.end, q.speaker, q.speaker_start, q.cue, q.cue_start) == (
        "direct", 2, 87, "Ana Ruiz", 33, "said", 28)
    assert quote_mark_spans("''Yes,'' she said.") == [(2, 6)]


def test_multi_paragraph_quote_with_headline_and_cue():
    t = ("“We will rebuild”\n\nThe mayor, Lena Ortiz, said: “The water is going down.\n\n"
         "“We will rebuild every house.”\n\nShe left at noon.")
    head, body = extract_quotes(t)
    assert (head.text, head.cue, head.speaker) == ("We will rebuild", "", "")
    assert (body.start, body.end) == (49, 104)
    assert body.text == "The water is going down.\n\n“We will rebuild every house."
    assert (body.speaker, body.cue) == ("Lena Ortiz", "said")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # inverted postposed cue with an apposition
        ("The new runway will open in May, said Tom Hale, a spokesman for the airport.",
         ("The new runway will open in May", 0, "Tom Hale", 38, "said", 33)),
        # parenthetical cue: the whole sentence is the report
        ("The council, Ms Patel said, would publish the figures on Friday.",
         ("The council, Ms Patel said, would publish the figures on Friday", 0, "Ms Patel", 13, "said", 22)),
        # postposed cue followed by adverbials
        ("The vote will go ahead, the electoral commission said on Tuesday in a statement.",
         ("The vote will go ahead", 0, "the electoral commission", 24, "said", 49)),
        # adverbials between the cue and "that"
        ("Mayor Lena Ortiz said on Monday in a statement that the curfew would end at midnight.",
         ("the curfew would end at midnight", 52, "Lena Ortiz", 6, "said", 17)),
        # "told" + object without "that"
        ("Governor Tim Walz told reporters the bridge would reopen next spring.",
         ("the bridge would reopen next spring", 33, "Tim Walz", 9, "told", 18)),
        # speech acts with an object
        ("Senator Ruth Cole has called for an independent inquiry into the contract.",
         ("an independent inquiry into the contract", 33, "Ruth Cole", 8, "called", 22)),
        ("Ms Okafor accused the minister of misleading parliament.",
         ("the minister of misleading parliament", 18, "Ms Okafor", 0, "accused", 10)),
        # verbs that report only with "that"
        ("Dana Brooks wrote that the plan would cost billions.",
         ("the plan would cost billions", 23, "Dana Brooks", 0, "wrote", 12)),
        # parenthesised party and relative clause between speaker and cue
        ("Rep. Alan Grey (D-Ohio), who chairs the panel, said the hearing would be public.",
         ("the hearing would be public", 52, "Alan Grey", 5, "said", 47)),
        # a time phrase between speaker and cue is not the speaker
        ("Gov. Mark Hill on Saturday criticized the budget deal.",
         ("the budget deal", 38, "Mark Hill", 5, "criticized", 27)),
        # headline "Name: claim"
        ("Sanders: Brexit vote a warning for Democrats\n\nThe senator spoke in Vermont.",
         ("Brexit vote a warning for Democrats", 9, "Sanders", 0, ":", 7)),
        # mixed form with "according to" and a title dropped
        ("The company is “very confident” about the merger, according to Chief Executive Paul Grant.",
         ("The company is “very confident” about the merger", 0, "Paul Grant", 79, "according to", 50)),
    ],
)
def test_reported_speech_rules(text, expected):
    q = _one(text)
    assert q.kind == "indirect"
    assert (q.text, q.start, q.speaker, q.speaker_start, q.cue, q.cue_start) == expected


def test_asked_whether_and_answer():
    t = "Asked whether he would run again, Mr Brandt said he had not decided."
    quotes = extract_quotes(t)
    for q in quotes:
        _check(t, q)
    assert [(q.text, q.speaker, q.cue) for q in quotes] == [
        ("whether he would run again", "", "Asked"), ("he had not decided", "Mr Brandt", "said")]


def test_direct_quote_without_cue_takes_sentence_subject():
    t = "Nina Shah posted a video on Sunday, “We will not stop until the vote is counted.”"
    q = _one(t)
    assert (q.kind, q.text, q.speaker, q.speaker_start, q.cue) == (
        "direct", "We will not stop until the vote is counted.", "Nina Shah", 0, "")


def test_pronoun_in_reported_speech_resolves_to_named_speaker():
    t = "Maria Lopez led the march. She said the city had ignored the residents for years."
    q = _one(t)
    assert (q.text, q.speaker, q.speaker_start, q.mention_start, q.mention_end) == (
        "the city had ignored the residents for years", "Maria Lopez", 0, 27, 30)


def test_state_is_not_a_cue():
    assert extract_quotes("The state will hold the election in May, and the United States will send observers.") == []
    assert extract_quotes("Her claims were rejected by the board.") == []


def test_a_capitalised_headline_full_of_apostrophes_does_not_crash():
    # the two-apostrophe closing mark at the very end of a sentence (it once ran past the last token)
    text = "Officials said they said '' we said '\n\nThe rest of the story."
    assert all(0 <= q.start < q.end <= len(text) for q in extract_quotes(text))


def test_title_abbreviation_does_not_end_the_attribution():
    t = "Intro here.\n\n“We will not be divided,” Mr. Hale said. “We stand together.”"
    q = _one(t)
    assert (q.text, q.speaker, q.cue) == ("We will not be divided,” Mr. Hale said. “We stand together.", "Mr. Hale", "said")


def test_cue_in_the_next_sentence():
    t = "Intro here.\n\n“Did you know it was him?” Dana Lee asked the mogul."
    q = _one(t)
    assert (q.text, q.speaker, q.cue) == ("Did you know it was him?", "Dana Lee", "asked")
    t = "Intro here.\n\n“We win.” Dana Lee said the plan would fail."
    assert [(q.kind, q.speaker) for q in extract_quotes(t)] == [("direct", ""), ("indirect", "Dana Lee")]


def test_inverted_cue_with_role_words_before_the_name():
    q = _one("“We will act,” said former city manager Ana Ruiz.")
    assert (q.text, q.speaker, q.speaker_start, q.cue) == ("We will act", "Ana Ruiz", 40, "said")


def test_relative_pronoun_and_it_as_speaker_mentions():
    t = "Voters backed Ted Moss, who said the vote would be delayed."
    q = _one(t)
    assert (q.text, q.speaker, q.cue, t[q.mention_start:q.mention_end]) == (
        "the vote would be delayed", "Ted Moss", "said", "who")
    t = "The agency said it would act. It also said the report was accurate."
    q = extract_quotes(t)[1]
    assert (q.text, q.speaker, t[q.mention_start:q.mention_end]) == ("the report was accurate", "The agency", "It")


def test_noun_cues_and_adverbs_before_the_cue():
    assert extract_quotes("Ruiz made an impassioned call for unity on Wednesday.") == []
    q = _one("Ruiz always maintained that the count was fair.")
    assert (q.text, q.speaker, q.cue) == ("the count was fair", "Ruiz", "maintained")


def _triples(text: str) -> list[tuple[str, str, str]]:
    quotes = extract_quotes(text)
    for q in quotes:
        _check(text, q)
    return [(q.text, q.cue, q.speaker) for q in quotes]


def test_clause_opening_with_there_or_no():
    assert _triples("The governor also said there had been no warning before the flood.") == [
        ("there had been no warning before the flood", "said", "The governor")]
    assert _triples("Mayor Ada Finch said no final decision had been made on the bridge.") == [
        ("no final decision had been made on the bridge", "said", "Ada Finch")]
    assert _triples("Mayor Ada Finch said no to the bridge.") == []


def test_inverted_cue_after_a_clause_with_commas():
    assert _triples("Rents will rise, but for most tenants, the change will be small, said Lena Ortiz.") == [
        ("Rents will rise, but for most tenants, the change will be small", "said", "Lena Ortiz")]


def test_postposed_cue_followed_by_a_comma():
    assert _triples("The new rule is unfair to farmers, local growers said Tuesday, as they met in Fresno.") == [
        ("The new rule is unfair to farmers", "said", "growers")]


def test_describe_and_citing_cues():
    assert _triples("Senator Maria Lopez described the pipeline as a disaster.") == [
        ("the pipeline as a disaster", "described", "Maria Lopez")]
    assert _triples("The plan was described by most members as a failure.") == []
    assert _triples("Mayor Ada Finch withdrew the bill, citing the cost of new roads.") == [
        ("the cost of new roads", "citing", "Ada Finch")]


def test_evidence_nouns_with_show_and_find():
    assert _triples("A new poll shows the senator trailing her rival by six points.") == [
        ("the senator trailing her rival by six points", "shows", "A new poll")]
    assert _triples("Most voters back the tax, the survey found.") == [("Most voters back the tax", "found", "the survey")]
    assert _triples("The children found the lost dog near the river.") == []


def test_according_to_variants():
    assert _triples("Turnout fell by a third according to the county clerk.") == [
        ("Turnout fell by a third", "according to", "the county clerk")]
    assert _triples("It did not go unnoticed: According to the county, turnout fell by a third.") == [
        ("turnout fell by a third", "According to", "the county")]
    t = "The main obstacle, according to Ruth Kagan, was the cost of the wall."
    assert _triples(t) == [(t[:-1], "according to", "Ruth Kagan")]


def test_as_reported_opening():
    assert _triples("As the Gazette has reported, the factory will close in May.") == [
        ("the factory will close in May", "reported", "Gazette")]
    assert _triples("As reported by the Gazette, the factory will close in May.") == [
        ("the factory will close in May", "reported", "Gazette")]


def test_stance_verbs_report_their_object():
    assert _triples("Senator Ada Finch supported the bridge plan from the start.") == [
        ("the bridge plan from the start", "supported", "Ada Finch")]
    assert _triples("Most farmers oppose the new water tax.") == [("the new water tax", "oppose", "farmers")]
    # "support" / "favor" as nouns are no cue
    assert _triples("Financial support for the bridge plan has grown.") == []
    assert _triples("The plan won support among farmers.") == []
    assert [q.cue for q in extract_quotes("Voters backed Ted Moss, who said the vote would be delayed.")] == ["said"]


def test_poll_as_source_with_in():
    assert _triples("In the latest Gazette poll, the mayor leads her rival by six points.") == [
        ("the mayor leads her rival by six points", "In", "the latest Gazette poll")]
    assert _triples("The mayor leads her rival by six points in the latest Gazette poll.") == [
        ("The mayor leads her rival by six points", "in", "the latest Gazette poll")]
    assert _triples("Although the mayor trails, she leads in the latest Gazette poll.") == []
    assert _triples("Voters will head to the polls in May.") == []
    assert _triples("But, according to the county clerk, turnout fell by a third.") == [
        ("turnout fell by a third", "according to", "the county clerk")]


def test_transcript_turn_with_one_capitalised_name():
    t = ("Jake Tapper asked Sen. Deb Finch.\n\nTAPPER: Do you think the plan will pass? It seems hard.\n\n"
         "FINCH: We will win it. We have the votes.")
    assert _triples(t) == [("Do you think the plan will pass? It seems hard.", ":", "TAPPER"),
                           ("We will win it. We have the votes.", ":", "FINCH")]
    assert _triples("The debate was long.\n\nUPDATE: The vote was delayed to Friday.") == []
    # field labels of a list are no speakers: the word is no name in the text ("the attacker")
    t = "The attacker fled.\n\nTARGET: Two police officers wounded.\n\nATTACKER: Abdul Haider, 18."
    assert _triples(t) == []


def test_parenthetical_cue_after_a_partial_mention():
    t = "In several cases, county officials said, the checks were never cashed."
    assert [(q.text, q.cue) for q in extract_quotes(t)] == [(t[:-1], "said")]


def test_poll_subject_further_back_and_postposed_that_cues():
    assert [q[:2] for q in _triples("New polls released Sunday showed the mayor taking a lead.")] == [
        ("the mayor taking a lead", "showed")]
    assert _triples("The children found the lost dog near the river.") == []
    assert _triples("The bridge will close in May, the Gazette has learned.") == [
        ("The bridge will close in May", "learned", "Gazette")]


def test_request_with_ask():
    assert _triples("Senator Ada Finch has asked party leaders to disavow the plan.") == [
        ("party leaders to disavow the plan", "asked", "Ada Finch")]
    assert _triples("He asked to the crowd.") == []


def test_speech_acts_before_a_given_word():
    assert _triples("Mayor Ada Finch talked about the bridge plan on Monday.") == [
        ("the bridge plan on Monday", "talked", "Ada Finch")]
    assert _triples("Mayor Ada Finch has not talked about the flood.") == [("the flood", "talked", "Ada Finch")]
    assert _triples("There was a lot of talk about the bridge.") == []
    assert _triples("A county spokesman pointed out that the bridge is safe.") == [
        ("that the bridge is safe", "pointed", "A county spokesman")]
    assert _triples("Mayor Ada Finch declined to comment on the bridge plan.") == [
        ("to comment on the bridge plan", "declined", "Ada Finch")]
    assert _triples("Sales declined to $2 million in 2014.") == []
    assert _triples("Some farmers expressed outrage that the tax was raised.") == [
        ("outrage that the tax was raised", "expressed", "Some farmers")]
    assert _triples("The county agreed to pay for the new bridge.") == [
        ("to pay for the new bridge", "agreed", "The county")]
    assert _triples("The county agreed that the bridge was unsafe.") == [
        ("the bridge was unsafe", "agreed", "The county")]


# --- speaker attribution rules (round 4) -------------------------------------------------------------


def _speaker(text: str, quote_text: str) -> str:
    quotes = extract_quotes(text)
    for q in quotes:
        _check(text, q)
    q = next(q for q in quotes if quote_text in q.text)
    return q.speaker


@pytest.mark.parametrize("text, speaker", [
    ("Daniel Stein's nephew, Steven Halle, said his uncle had become a grandfather.", "Steven Halle"),
    ("The FBI director, James Comey, has said the agency is trying to find out more.", "James Comey"),
    ("The Bishop of Stepney, Rt Rev Adrian Newman, said the attack was an attack on us all.", "Adrian Newman"),
    ("Organizers of the event, the South Carolina Progressive Network, estimates that 1,500 people came.",
     "South Carolina Progressive Network"),
    # a name before the comma stays the speaker
    ("Boris Johnson, the Foreign Secretary, said the talks would go on.", "Boris Johnson"),
    ("Giovanni Vian, the editor of the Vatican's newspaper, L'Osservatore Romano, said every pope was different.",
     "Giovanni Vian"),
])
def test_appositive_name_after_a_description(text, speaker):
    assert _speaker(text, "") == speaker


def test_appositive_past_a_relative_clause():
    t = "Angus King, a member of the Senate intelligence committee, which received a briefing, told CNN that it was odd."
    assert _speaker(t, "odd") == "Angus King"


@pytest.mark.parametrize("text, speaker", [
    ("House Minority Whip Steny Hoyer said the review would go ahead.", "Steny Hoyer"),
    ("Islington North MP Jeremy Corbyn said an attack on a mosque is an attack on all.", "Jeremy Corbyn"),
    ("Sheriff Joseph Lombardo of the Las Vegas Metropolitan Police Department said that she might help.",
     "Joseph Lombardo"),
    ("Prof Robert Spitzer of the State University of New York at Cortland said it has a powerful ability.",
     "Prof Robert Spitzer"),
])
def test_person_in_a_run_of_titles_and_organisations(text, speaker):
    assert _speaker(text, "") == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Mass will be held at 9:30 a.m. Sunday, according to CNN affiliate WCSC.", "WCSC"),
    ("Labour leader and Islington North MP Jeremy Corbyn also visited the area, telling the BBC that all were hurt.",
     "Jeremy Corbyn"),
    ("“We cannot lose another child,” said Florida's governor, Rick Scott.", "Rick Scott"),
    ("“Untrue and totally ridiculous,” spokeswoman Sara Brady said in an email.", "Sara Brady"),
    ("“It hurts,” event coordinator Dorsey Fairbairn said on the Facebook page.", "Dorsey Fairbairn"),
])
def test_role_words_before_a_name(text, speaker):
    assert _speaker(text, "") == speaker


@pytest.mark.parametrize("text, speaker", [
    ("A survivor of the massacre, Patience Carter, suggested on Tuesday that the motive was hate.", "Patience Carter"),
    ("Soon after the attack, Mateen's father indicated that his son had been angry.", "Mateen's father"),
    ("For instance, CNN affiliate WBTV, citing a source, says the suspect was arrested in Shelby.", "WBTV"),
])
def test_sentence_openers_are_no_names(text, speaker):
    assert _speaker(text, "") == speaker


@pytest.mark.parametrize("text, speaker", [
    # the head of the noun phrase, not the object of its preposition
    ("Organisers of the sombre memorial, which included a silence, said they wanted the event to go on.",
     "Organisers of the sombre memorial"),
    ("The gunman live-streaming the attack from a head-mounted camera said he was a 28-year-old.",
     "The gunman live-streaming the attack from a head-mounted camera"),
    ("A teenage boy who was at the vigil with his mother said: “I wanted to show that we stand together.”",
     "A teenage boy"),
    # no description ends in a preposition or a possessive
    ("Trump, the presumptive nominee, broke ranks with the party by saying he would meet the group.", "Trump"),
    # a number in a description
    ("The 57-year-old scientist says she does not take the threat lightly.", "The 57-year-old scientist"),
    # a prepositional phrase about the medium between speaker and cue
    ("Former President Barack Obama in a tweet called the Easter bloodshed an attack on humanity.", "Barack Obama"),
    # the owner of a statement
    ("Arthur Evans's statement said the link to mental illness was simplistic.", "Arthur Evans's"),
])
def test_description_heads(text, speaker):
    assert _speaker(text, "") == speaker


def test_sentence_subject_description_and_quote_before_it():
    t = "The manifesto posted by the suspect used similar language, saying that this attack is a response."
    assert _speaker(t, "this attack") == "The manifesto"
    t = "“He underwent surgery to stop bleeding,” the hospital said, noting the congressman had received units of blood."
    assert _speaker(t, "the congressman") == "the hospital"


def test_noun_cue_and_headline_colon_after_a_description():
    t = "But aside from a promise to “study the intersection of mental health and guns”, nothing was done."
    assert all(q.cue != "promise" for q in extract_quotes(t))
    t = "He posted a link to a ceremony for refugees around the country: “Why hello there, you like to bring in invaders?”"
    assert all(q.speaker != "the country" for q in extract_quotes(t))
    t = "Trump: “We will win this state and we will win it big.”"
    assert _speaker(t, "win") == "Trump"


def test_pronoun_resolves_to_a_later_sentence_subject():
    t = ("FBI special agent Robert Jones said that the suspect was not known. Mr Bowers has posted anti-Semitic "
         "content on a social network. On Saturday morning, he criticised a refugee group and said he could not "
         "“sit by and watch”.")
    assert _speaker(t, "sit by") == "Mr Bowers"
    # a one-word subject counts when it was a surname before
    t = ("Authorities said Dylann Roof, 21, had been arrested, officials said. Roof is white and all the victims "
         "are black. He told investigators he did it to start a race war.")
    assert _speaker(t, "he did it") == "Roof"
    # not a name inside a quote, not a month, not after "the"
    t = ("Jane Fox said: “We came here. Tom Hill is my brother.” Then she added that the April 11 warning "
         "had reached the Jewish community.")
    assert _speaker(t, "warning") == "Jane Fox"


def test_pronoun_chain_keeps_its_person():
    t = ("FBI agent Robert Jones said that the suspect was unknown. Mr Bowers has posted hateful content online. "
         "“Screw your optics, I'm going in,” he wrote. In earlier posts, he attacked the Jewish community and "
         "many more people, and some of the posts were long and very angry indeed, with many words in them. "
         "“Trump is a globalist, not a nationalist,” he wrote.")
    assert _speaker(t, "globalist") == "Mr Bowers"


def test_single_collective_word_is_no_named_antecedent():
    t = ("Witnesses described powerful explosions. “People were being dragged out,” Bhanuka Harischandra "
         "of Colombo said. He added: “There was blood everywhere.”")
    assert _speaker(t, "blood") == "Bhanuka Harischandra of Colombo"


def test_relative_pronoun_without_comma():
    t = "They turned to the Chicago Police Department which reported that 2,521 shootings took place."
    q = next(q for q in extract_quotes(t) if "2,521" in q.text)
    _check(t, q)
    assert (t[q.mention_start:q.mention_end], q.speaker) == ("which", "the Chicago Police Department")


def test_words_that_look_like_cues_but_are_not_speech():
    # a past participle after a determiner is an adjective; a capitalised word after a lower-case one is a name
    assert extract_quotes("With 5 million people, there are an estimated 1.5 million firearms in the country.") == []
    assert extract_quotes("USAID used it to launch the Predict program, which sought to identify viruses.") == []
    assert [(q.speaker, q.cue) for q in extract_quotes("The alleged gunman said he had acted alone that day.")] == [
        ("The alleged gunman", "said")]
    # a title-case headline keeps its cue
    assert [(q.speaker, q.cue) for q in extract_quotes("Trump Says He Will Sign The Bill Next Week")] == [
        ("Trump", "Says")]


def _mention(text: str, quote_text: str) -> str:
    quotes = extract_quotes(text)
    for q in quotes:
        _check(text, q)
    q = next(q for q in quotes if quote_text in q.text)
    return text[q.mention_start:q.mention_end] if q.mention_start >= 0 else ""


def test_role_noun_before_name_after_inverted_cue():
    t = '"How much worse could it get?" said Florida-based Republican strategist Al Cardenas, referring to Trump.'
    assert _speaker(t, "worse") == "Al Cardenas"
    assert _speaker('"It is over," said Democratic pollster Jane Lee.', "over") == "Jane Lee"
    # a verb between two names is no role noun
    assert _speaker("Sanders credited Clinton's victory to a closed primary, saying it hurt him.", "hurt") == "Sanders"


def test_issued_statement_object_is_no_speaker():
    t = "The town released a statement Wednesday saying Trump's comments are based on his opinion."
    assert _speaker(t, "opinion") == "The town"
    t = "The Cruz campaign sent a fundraising email Wednesday saying that Cruz and Trump are in a two-man race."
    assert _speaker(t, "two-man race") == "Cruz"  # the campaign's name (not "a fundraising email")
    # the statement itself speaks when it is the subject
    assert _speaker("The statement said the town was safe.", "safe") == "The statement"


@pytest.mark.parametrize("text, quote_text, speaker", [
    ("Minutes after the voting began, Colorado's delegation chairman announced four votes for Trump.", "four votes",
     "Colorado's delegation chairman"),
    ("Back in 1999, Mr. Trump expressed admiration for his skills, telling CNBC: \"I wish I could be like that.\"",
     "admiration", "Mr. Trump"),
    ("In an interview with The Wall Street Journal, Trump doubled down and said the judge had a conflict.",
     "conflict", "Trump"),
    ("Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, calling him a total stiff.",
     "stiff", "Trump"),
    ("In a statement, Mr Jones praised them, saying they were brave.", "brave", "Mr Jones"),
])
def test_opening_phrase_is_no_subject(text, quote_text, speaker):
    assert _speaker(text, quote_text) == speaker


def test_according_to_description_without_name():
    t = "According to early results of exit polls, black voters make up a fifth of the electorate."
    assert _speaker(t, "black voters") == "early results of exit polls"
    t = "Trump gave his blessing, according to court documents reported previously by The Post."
    assert _speaker(t, "blessing") == "court documents reported previously"


def test_party_state_parenthesis_does_not_split_the_sentence():
    t = "Senate Minority Leader Harry M. Reid (D-Nev.) told reporters that he had spoken to Jeh Johnson."
    assert _speaker(t, "Jeh Johnson").endswith("Reid")
    t = "Sen. Bernie Sanders (I-Vt.) defended his call to raise the wage, saying the positives would outweigh the losses."
    assert _speaker(t, "positives") == "Bernie Sanders"


def test_opening_participle_and_inverted_opening_cue():
    t = "Noting that only Sen. Mark Kirk voted with Democrats on background checks, Tester added that the bill would fail."
    assert _speaker(t, "Kirk") == "Tester"
    t = "It was hard.\n\nContinued Stone: \u201cSo I think it\u2019s a very real problem.\u201d"
    assert _speaker(t, "real problem") == "Stone"


def test_object_of_relative_clause_is_no_speaker():
    t = "Current and former officials who spoke with The Huffington Post said the organization has become a shell."
    assert _speaker(t, "shell") == "officials"


def test_any_verb_alone_after_quote_and_speaker():
    t = '"I make my own money!" LeVell declared, a point he likes to make.'
    assert _speaker(t, "money") == "LeVell"
    t = "Woods spoke. \u201cThe way I see it,\u201d she elaborated, \u201cno one ever questioned his sacrifice.\u201d"
    assert _mention(t, "The way") == "she"
    # "is" is no verb of saying
    assert _speaker('Sam Lee spoke. "This is the end," Trump is.', "the end") != "Trump"


def test_asked_object_then_adverb_is_a_bare_attribution():
    t = '"You think I\'m going to change?" Trump asked reporters rhetorically during a news conference.'
    assert _speaker(t, "change") == "Trump"


@pytest.mark.parametrize("text, quote_text, speaker", [
    ("Around that time, 47 percent said they would vote for Clinton.", "vote", "47 percent"),
    ("Six in 10 say he is at least somewhat decisive.", "decisive", "Six in 10"),
    ("Twenty-four percent said they were more likely to vote for him.", "likely", "Twenty-four percent"),
    ("Voters view her as prepared, with 50 percent saying she is ready.", "ready", "50 percent"),
])
def test_poll_shares_as_speakers(text, quote_text, speaker):
    assert _speaker(text, quote_text) == speaker
    # a year after "in" is no share ("... in 10")
    t = "The company and its co-founder in 2009 agreed to pay, the firm said."
    assert all("2009" not in q.speaker for q in extract_quotes(t))


def test_subject_past_a_long_opening_quote():
    t = ("''We are going to take a much more proactive role at the company to protect the value of our "
         "investment,'' he said, adding that Steve Fraidin joined the board.")
    assert _mention(t, "Fraidin") == "he"


@pytest.mark.parametrize("text, quote_text, speaker", [
    # the period of a title or a middle initial between the quote and the name
    ("\u201cWe will not back down,\u201d Sen. Jane Doe said. \u201cNever.\u201d", "back down", "Jane Doe"),
    ("\u201cThe vote was rigged,\u201d Rep. Tom R. Miles (D-Md.) said in a phone interview.", "rigged", "Tom R. Miles"),
    # a party and state between commas
    ('"The bill is dead," Senate Majority Leader Ann Cole, R-Ky., said.', "dead", "Ann Cole"),
    # lower-case role words before the capitalised ones
    ('The lab "is the best in the region," retired Army colonel Ray Burns said.', "best", "Ray Burns"),
    ('"Rules are rules," panel Chairman Rep. Lee Park (R-Utah) said before the vote.', "Rules", "Lee Park"),
])
def test_titles_initials_and_parties_before_postposed_cue(text, quote_text, speaker):
    assert _speaker(text, quote_text) == speaker


def test_postposed_cue_after_a_mixed_quote():
    t = "Ms. Hale spoke on Monday.\n\n\u201cThe only way out is a new law\u201d for such cases, she said."
    assert _mention(t, "only way") == "she"
    # not for a quote inside its sentence: the reported clause keeps the whole sentence
    t = "A clerk who \u201cbends the rules\u201d is fired, Hale said."
    assert [q.kind for q in extract_quotes(t)] == ["indirect"]


def test_quote_signed_with_a_dash_and_a_name():
    t = ("Readers wrote in.\n\u201cHe does not care about us.\u201d \u2015 Maria Lopez "
         "\u201cI am afraid.\u201d\u2015 Ana B. Cruz.\n"
         "\u201cWe will vote.\u201d \u2014 John Smith\n")
    assert _speaker(t, "care about") == "Maria Lopez"
    assert _speaker(t, "afraid") == "Ana B. Cruz"
    assert _speaker(t, "We will vote") == "John Smith"
    assert _speaker("\u201cWe will win,\u201d \u2014 and then he left the room.\n", "We will win") == ""


def test_second_attribution_in_a_reported_clause():
    t = "Mary Jones said the old server was a mistake, but she denied that she broke any rule."
    quotes = extract_quotes(t)
    assert [(q.text, q.cue) for q in quotes] == [("the old server was a mistake", "said"),
                                                  ("she broke any rule", "denied")]
    assert t[quotes[1].mention_start:quotes[1].mention_end] == "she"
    t = "Some friends say he would look better, but others say he has never been healthier than now."
    assert _speaker(t, "healthier") == "others"
    t = "Three in four voters said the economy was weak, and more than 4 in 10 said a new leader would do better."
    assert _speaker(t, "new leader") == "more than 4 in 10"
    t = "While one firm says there are 2,400 of them, another says there are about 1,800 in all."
    assert _speaker(t, "1,800") == "another"


def test_quoted_transcript_turn():
    t = ('Senator Jane Roe spoke to host Tom Miller on Sunday.\n\n"MILLER: Senator, will you run again?"\n\n'
         '"ROE: I have not decided yet, and I will tell you soon."\n')
    assert _speaker(t, "run again") == "MILLER"
    assert _speaker(t, "not decided") == "ROE"


def test_subject_of_a_sentence_opening_inside_a_quote():
    t = ("\u201cWe feel great in all of those states. We\u2019re going to win delegates in all of them,\u201d he said, "
         "adding that he does not want to offer predictions.")
    assert _mention(t, "predictions") == "he"


def test_dateline_before_the_subject():
    t = ("Headline.\n\nWASHINGTON (Reuters) - President Ann Cole met survivors on Thursday and said "
         "the country must act.")
    assert _speaker(t, "must act") == "Ann Cole"
    t = "Headline.\n\nBoston (AFP) \u2013 Democrat Ann Cole took a swipe at her rival, saying his remarks do harm."
    assert _speaker(t, "remarks") == "Ann Cole"


def test_possessive_office_as_speaker():
    t = '"We will unify the party around shared ideas," Ryan\u2019s office said in a statement.'
    assert _speaker(t, "unify") == "Ryan\u2019s office"


def test_no_merge_past_a_sentence_with_its_own_parenthetical_cue():
    t = ("''Perhaps it can help a visitor understand the pain,'' Mr. Lane said. And perhaps, he said, it could help "
         "another visitor see the efforts of officers who, ''in fits and starts, are trying to do the right thing.''")
    assert _mention(t, "another visitor") == "he"
    # the plain case is still one quote interrupted by its attribution
    t = "\u201cWe are done,\u201d she said. \u201cThere is nothing left to say.\u201d"
    assert [q.text for q in extract_quotes(t)] == ["We are done,\u201d she said. \u201cThere is nothing left to say."]


def test_second_attribution_after_a_closing_mark():
    t = ('Ken Ross, the police chief, said that the video gave no "clear evidence of a gun," but he said that the '
         'footage "supports what we heard" about it.')
    quotes = extract_quotes(t)
    assert [q.cue for q in quotes] == ["said", "said"]
    assert t[quotes[1].mention_start:quotes[1].mention_end] == "he"


def test_quote_after_a_title_quote_keeps_the_speaker():
    t = ("\u201cHe is right. There is a disconnect,\u201d Ann Flynn, a surrogate, said on Fox News\u2019s "
         "\u201cFox and Friends.\u201d \u201cI mean, there is a lot of frustration within the ranks.\u201d")
    assert _speaker(t, "frustration") == "Ann Flynn"


def test_asked_by_names_the_asker():
    t = "When asked by a reporter whether this differed from the old rules, Lee said it did not."
    assert _speaker(t, "differed") == "a reporter"


def test_possessive_role_phrase_as_speaker():
    t = "\u201cMy reaction, that was outrageous,\u201d Lee's former campaign strategist said in an interview."
    assert _speaker(t, "outrageous") == "Lee's former campaign strategist"


def test_participle_cue_after_an_opening_quote():
    t = ("\u201cHe does not have a chance,\u201d Graham said on MSNBC's \"Morning Joe,\" adding, "
         "\u201cThe other man is an insider in an outsider year.\u201d")
    assert _speaker(t, "insider") == "Graham"


def test_mixed_quote_with_postposed_cue_and_participle():
    t = ("\u201cIt is not right,\u201d Mary Doe said. \u201cYou pushed workers to the limit\u201d to raise the price, "
         "she said, pointing to the bonuses.")
    assert _mention(t, "pushed workers") == "she"


def test_inverted_cue_between_two_parts_of_a_quote():
    t = ("Momentum is needed. \u201cShe is too far behind,\u201d said an Iowa Democrat, "
         "\u201cand the win was small.\u201d")
    # one quote from the first part to the second, its cue inside (hard case 1 of benchmarks/QUOTES_LABELS.md)
    assert [(q.speaker, q.text[:6], q.text[-6:]) for q in extract_quotes(t)] == [("an Iowa Democrat", "She is", "small.")]


@pytest.mark.parametrize("text, spans", [
    # a claim of responsibility, a hedge without a speaker, a negated confirmation: no quote
    ("The group claimed responsibility for the blast on Monday.", []),
    ("The driver is then said to have fled across the river.", []),
    ("Police have not yet confirmed that the two men were brothers.", []),
    # "attack(s)" as a noun, not a speech act; as a verb with its object, one
    ("Terror attacks in the capital left the city in shock.", []),
    ("They attack the plan as a waste of money.", ["the plan as a waste of money"]),
    # gestures: condolences, mourning
    ("The mayor expressed his condolences to the families of the victims.", []),
    ("The prime minister declared three days of national mourning.", []),
    # a hedge without "is": "a letter said to be ..."; "court records show"; naming with "called"
    ("They showed a letter said to be a warning from the police.", []),
    ("He was out on bail at the time, court records show.", []),
    ("He posted about a small charity called Helpers before the attack.", []),
    ("A spokesman called the plan a disaster.", ["the plan a disaster"]),
    # an imperative opening the sentence
    ("Note that the times given are local.", []),
    # titles: a programme after "told", a work after "entitled"
    ('Ann Lee told ABC\'s "Morning Talk With Bob" on Sunday that she felt safe.', ["she felt safe"]),
    ('A sketch entitled "Nothing Happened Today" was shown.', []),
    # an inverted cue before a title and a name (speaker), and before a time adverbial
    ("The road was closed by noon, said Harbor County police chief Ann Lee.", ["The road was closed by noon"]),
    ("The boy died at a hospital, the clinic said late Sunday night.", ["The boy died at a hospital"]),
    ("The gun was jammed, the source told the paper on condition of anonymity.", ["The gun was jammed"]),
])
def test_precision_rules(text, spans):
    assert [q.text for q in extract_quotes(text)] == spans


def test_multi_paragraph_quote_with_straight_marks():
    # each paragraph re-opens the quote with a straight mark: one quote (the re-opening mark is no close)
    t = ('He said: "We cannot undo it.\n\n"But we choose how to answer. We stand together.\n\n'
         '"They will never win."\n\nMany people came.')
    assert [(q.text[:6], q.text[-8:]) for q in extract_quotes(t)] == [("We can", "ver win.")]


@pytest.mark.parametrize("text, speaker", [
    ('"We welcome them," said master of ceremonies Asab Tabchi, a volunteer.', "Asab Tabchi"),
    ('"The first defense is the community," said former secretary of state Ann Cole, who spoke Monday.', "Ann Cole"),
])
def test_role_words_with_of_before_a_name(text, speaker):
    assert _speaker(text, text[1:8]) == speaker


def test_sentence_final_attribution_is_the_outer_one():
    t = "The county hospital reported that 12 people had died there, Mark Oduya said."
    quotes = extract_quotes(t)
    for q in quotes:
        _check(t, q)
    # the hospital's inner report is a quote of its own (nested reported speech, hard case 8 of the labels)
    assert [(q.text, q.speaker, q.cue) for q in quotes] == [
        ("The county hospital reported that 12 people had died there", "Mark Oduya", "said"),
        ("12 people had died there", "The county hospital", "reported")]
    t = "She told the inspectors she had left before noon, according to one of the clerks."
    assert _speaker(t, "She told") == "one of the clerks"
    t = "Lena Ortiz said she feared the dam would break, reports say."
    assert _speaker(t, "Lena Ortiz said") == "reports"


def test_possessive_apostrophe_after_s_is_no_quote_mark():
    t = "\u201cBlaming the weather is simplistic and wrong,\u201d Tomas Evans' statement said."
    assert _speaker(t, "simplistic") == "Tomas Evans"


def test_dotted_abbreviation_before_a_title_ends_no_attribution():
    t = "\u201cWe offer our condolences to the town,\u201d U.K. Ambassador Maria Lund wrote early Sunday."
    assert _speaker(t, "condolences") == "Maria Lund"


@pytest.mark.parametrize("text, quote, speaker", [
    # a sentence-opening description with a number adjective
    ("The 120-year-old club claims 4 million members.", "4 million", "The 120-year-old club"),
    ("The 3,000-word letter explains the group's plan, saying the vote \"changed everything\" for them.",
     "the group's plan", "The 3,000-word letter"),
    # "named X": the name
    ("A student named Rosa at the college hit back at the message by writing in her own post: "
     "\u201cI do not want your sympathy, I want a change.\u201d", "sympathy", "Rosa"),
    # an opening time phrase is no subject
    ("A few weeks back, Ferrand apparently wrote a post about the fair: "
     "\u201cWhy hello there! Do you like to bring crowds here?\u201d", "hello there", "Ferrand"),
    # a longer title run before the name
    ("Kenyan Member of Parliament Amina de Souza tweeted Sunday of \"many injured.\"\n\n"
     "\u201cThe minister and I are at the market. Please stay calm and indoors,\u201d she posted.",
     "stay calm", "Amina de Souza"),
])
def test_sentence_subject_forms(text, quote, speaker):
    assert _speaker(text, quote) == speaker


def test_definite_description_takes_the_earlier_fuller_mention():
    t = ("Fire Chief Dana Holt said the blaze was out. Crews stayed overnight.\n\n"
         "The fire chief urged people to stay away from the river.\n\n"
         "\u201cWe still have hot spots all along the bank,\u201d he said.")
    assert _speaker(t, "stay away") == "Dana Holt"
    assert _speaker(t, "hot spots") == "Dana Holt"
    t = ("The Norwegian government warns travellers about the region.\n\n"
         "\u201cAttacks cannot be ruled out in the area,\u201d the government advises on its website.")
    assert _speaker(t, "ruled out") == "The Norwegian government"


def test_party_split_inside_parentheses_is_joined():
    t = "Sen. Ann Ruiz (R-Ky.), who was also at the field, told MSNBC that the man crawled away."
    assert _speaker(t, "crawled") == "Ann Ruiz"


def test_appositive_after_a_bare_opener_or_a_possessive():
    t = "Another, a man who said he lived nearby, added: \"This is our home. We stay together.\""
    assert _speaker(t, "our home") == "a man"
    t = ("Ortiz\u2019s sister, Mara Ortiz, told the paper she did not know where he was but added: "
         "\u201cWell, he had changed a lot in that last year.\u201d\n\n"
         "\u201cI feel like it was a side of him that nobody knew about.\u201d")
    assert _speaker(t, "nobody knew") == "Mara Ortiz"


def test_place_after_an_organisation_is_no_person():
    t = "The Central Hospital in Dunmore reported that 30 people were hurt."
    assert _speaker(t, "30 people") == "The Central Hospital in Dunmore"
    t = ("Tom Reyes spoke to reporters. The Central Hospital in Dunmore reported that 30 people were hurt. "
         "At another clinic, four more were treated, he said.")
    assert _speaker(t, "four more") == "Tom Reyes"


def _all(text: str) -> list[Quote]:
    quotes = extract_quotes(text)
    for q in quotes:
        _check(text, q)
    return quotes


@pytest.mark.parametrize("text", [
    "The only question is whether the bridge will open in the spring.",
    "It is a signal that the council is feeling the pressure from residents.",
    "This suggests that the pond froze earlier than the keepers thought.",
    "The added cost is the town's burden, not the builder's.",
    "A 2011 report by the water board records that the dam leaked twice.",
])
def test_cue_word_after_an_article_is_a_noun(text):
    assert all(q.speaker.lower() not in {"the", "a", "an", "this"} for q in _all(text))
    assert not [q for q in _all(text) if q.kind == "indirect"]


def test_document_after_its_quote_speaks():
    t = "\u201cThe river will rise by a metre,\u201d the report states. \u201cTowns must prepare now.\u201d"
    q = _all(t)[0]
    assert (q.speaker, q.cue) == ("the report", "states")
    t = "\u201cThe river will rise by a metre,\u201d the report said."
    assert (_one(t).speaker, _one(t).cue) == ("the report", "said")


@pytest.mark.parametrize("text, speaker", [
    ("All of them said they had never seen the lake so low.", "All of them"),
    ("All the farmers I met said the lake had never been so low.", "the farmers I met"),
])
def test_all_opening_a_sentence_is_no_name(text, speaker):
    assert _one(text).speaker == speaker


@pytest.mark.parametrize("text", [
    "All of which is to say that the lake will not recover this year.",
    "Which is to say that the lake will not recover this year.",
    "The views expressed in this column are the author's own.",
])
def test_idioms_and_disclaimers_are_no_quotes(text):
    assert _all(text) == []


def test_to_say_after_a_noun_subject_is_kept():
    assert _one("His best answer was to say he would build more wells.").cue == "say"


def test_dotted_abbreviation_stays_in_the_name():
    t = "Farm incomes fell last year, according to the U.S. Department of Agriculture."
    assert _one(t).speaker == "the U.S. Department of Agriculture"
    t = "Farm incomes fell last year, the U.S. Farm Bureau said on Monday."
    assert _one(t).speaker == "U.S. Farm Bureau"
    t = "She moved to the U.S. Lopez said the farm was sold in May."
    assert _speaker(t, "farm was sold") == "Lopez"


def test_quoted_title_after_the_cue_is_no_bare_determiner():
    t = "\u201cIt was a long winter,\u201d said the \u201cNorth Road\u201d singer."
    assert _all(t)[0].speaker.lower() != "the"


@pytest.mark.parametrize("text", [
    "The storm passed.\n\nFILE PHOTO: A man walks past a flooded shop in Dunmore on Monday.",
    "The storm passed.\n\nSEE ALSO: Mayor says the dam is safe",
    "The storm passed.\n\nJUST WATCHED Lopez: The dam is safe Replay More Videos",
    "The storm passed.\n\nPhotos: Storm damage in Dunmore A man walks past a flooded shop",
    "The storm passed.\n\nEDITOR\u2019S NOTE: This story has been updated.",
    "The storm passed.\n\nNorth County: Ann Lee, Bo Park, Cy Ruiz, Di Wu",
    "The storm passed.\n\nVotes counted: 1,204 812 96 40",
])
def test_page_furniture_is_no_speaker(text):
    assert _all(text) == []


def test_note_label_keeps_the_article_text():
    t = "The storm passed.\n\nUPDATE: \u201cThe road is open again, and the bridge too.\u201d"
    assert _one(t).speaker == ""
    t = "The storm passed.\n\nUpdate: On Tuesday, Mayor Ann Lee said the road would reopen."
    assert _one(t).speaker == "Ann Lee"


def test_transcript_turns_stay():
    t = ("Jo Park of the river trust joins us.\n\nJO PARK: Thank you for having me. The water is high.\n\n"
         "HOST: What happens next?")
    assert [q.speaker for q in _all(t)][:1] == ["JO PARK"]


def test_as_x_pointed_out():
    t = "As the engineers pointed out, the dam was never built for this much rain."
    q = _one(t)
    assert (q.speaker, q.text) == ("the engineers", "the dam was never built for this much rain")


def test_interrupted_quote_not_merged_into_a_later_sentence_with_its_own_cue():
    t = ("\u201cThe dam held,\u201d Lee said on Monday. Her critics called her \u201ca lucky mayor\u201d for "
         "the calm weather.")
    qs = _all(t)
    assert qs[0].text == "The dam held"
    assert any(q.cue == "called" for q in qs)
    t = "\u201cThe dam held,\u201d Lee said. \u201cAnd it will hold again next year.\u201d"
    assert _one(t).text.endswith("next year.")


def test_aside_between_cue_and_that_clause():
    t = "The mayor says at a rally in Dover, Delaware, that the bridge will reopen in May."
    q = _one(t)
    assert (q.speaker, q.cue, q.text) == ("The mayor", "says", "the bridge will reopen in May")
    t = "Several engineers cautioned, as did the council itself, that the costs might rise."
    q = _one(t)
    assert (q.speaker, q.text) == ("Several engineers", "the costs might rise")
    # a comma with no "that" after the aside stays a parenthetical cue
    assert not any(q.text.startswith("as did") for q in _all("The dam, she said, as did others, held firm."))


def test_said_there_needs_to_be():
    q = _one("The mayor says there needs to be a new bridge on the river.")
    assert q.text == "there needs to be a new bridge on the river"


def test_progressive_and_participial_speech_verbs_before_that():
    t = "The mayor is warning residents that the river will flood again."
    q = _one(t)
    assert (q.speaker, q.cue, q.text) == ("The mayor", "warning", "the river will flood again")
    t = "The council filed a complaint on Monday, claiming that the builder had cut corners."
    q = _one(t)
    assert (q.speaker, q.cue, q.text) == ("The council", "claiming", "the builder had cut corners")
    # a noun ("a warning that"), or no "that": no cue
    assert _all("The town got a warning that the river was rising.") == []
    assert _all("The mayor is stressing the budget this week.") == []


def test_written_findings_with_the_noun_further_back():
    t = "A 2015 study by a water engineer found 30 leaks in the old pipes."
    q = _one(t)
    assert (q.cue, q.text) == ("found", "30 leaks in the old pipes")
    t = "Leaked documents from the council show the mayor knew about the leaks."
    assert _one(t).text == "the mayor knew about the leaks"
    # a comma between the noun and the verb: no finding of the study
    assert _all("After the study, the divers found a wreck in the lake.") == []


def test_participle_cue_with_a_bare_clause_after_a_comma():
    t = "The council sued the builder on Monday, claiming the new bridge was unsafe."
    q = _one(t)
    assert (q.speaker, q.cue, q.text) == ("The council", "claiming", "the new bridge was unsafe")
    t = "For months, Mayor Ada Lund stayed out of the race, arguing she didn't want to sway the voters."
    q = _one(t)
    assert (q.speaker, q.cue, q.text) == ("Ada Lund", "arguing", "she didn't want to sway the voters")
    # an object or a preposition after the participle: no clause
    assert _all("The mayor left the stage after arguing with the host about the budget.") == []
    # the object of "warning" is not skipped when a clause follows directly
    q = _one("The mayor spoke for an hour, warning the city would run out of money by June.")
    assert q.text == "the city would run out of money by June"


def test_plural_say_after_a_noun_in_a_phrase():
    t = "Sources close to the mayor say she will not run again."
    q = _one(t)
    assert (q.speaker, q.text) == ("Sources", "she will not run again")
    t = "The family of a man arrested near the harbour say they are shocked."
    q = _one(t)
    assert (q.speaker, q.text) == ("The family", "they are shocked")
    assert _one("A mere 9 percent say they only buy local bread.").text == "they only buy local bread"
    # the noun "say" after a determiner stays no cue
    assert _all("Voters want the final say on the new bridge.") == []


def test_name_and_apposition_before_the_cue_is_no_inverted_cue():
    t = "Ann Berg, 27, a nurse from Leeds, said the new rules would help the town."
    q = _one(t)
    assert (q.speaker, q.text) == ("Ann Berg", "the new rules would help the town")
    t = "Tom Reed, a delegate from Ohio, said having the mayor at the top of the list hurts the party."
    q = _one(t)
    assert (q.speaker, q.text) == ("Tom Reed", "having the mayor at the top of the list hurts the party")
    q = _one("The bridge is safe, said the city engineer, who declined to be named.")
    assert (q.speaker, q.text) == ("the city engineer", "The bridge is safe")
