"""Tests for coverage.quotes round 26: a quoted fragment inside the reporter's own clause (one mixed row), broadcast
transcripts (guests' turns as direct rows, hosts' turns as narration), speech verbs used for acts ("declined to
name", "attacked a man", "about to tweet", "add up", "to explain"), the author of "the statement" issued in the
sentence before, and a cue-less quote continuing the quote of the sentence before.

Small invented sentences, one construction each.
"""

from __future__ import annotations

from _matching import checked_quotes, quote_rows, speaker_of

# a quoted fragment inside the reporter's clause ------------------------------------------------------------------


def test_fragment_after_reporter_words_with_a_verb_is_one_mixed_row():
    t = 'The raid, which began at noon, was a "total failure," police chief Ann Lee said on Monday.'
    assert quote_rows(t) == [("indirect", 'The raid, which began at noon, was a "total failure', "Ann Lee")]


def test_dateline_is_left_out_of_the_mixed_row():
    t = 'BOSTON – The aim was "to save lives," Chief Bo Park said.'
    assert quote_rows(t) == [("indirect", 'The aim was "to save lives', "Bo Park")]


def test_quoted_predicate_after_a_bare_subject_stays_direct():
    t = 'Many guards "had to run for the doors," Lee said.'
    assert quote_rows(t) == [("direct", "had to run for the doors", "Lee")]


def test_quote_after_a_dash_stays_direct():
    t = 'Ann Lee, a senator, set the tone early — "I hope we win," she said.'
    assert quote_rows(t)[0][:2] == ("direct", "I hope we win")


def test_quoted_clause_continued_by_unquoted_words_is_one_mixed_row():
    t = 'Ann Lee, a spokeswoman, said "a bomb went off" inside the hall where people had gathered.'
    assert quote_rows(t) == [("indirect", 'a bomb went off" inside the hall where people had gathered', "Ann Lee")]


# broadcast transcripts -------------------------------------------------------------------------------------------

_SHOW = ("ANN HOST: Welcome to the show. Joining us is Bo Guest.\n\n"
         "BO GUEST: Thanks for having me.\n\n"
         "ANN HOST: What happened, and what did officials say?\n\n"
         "BO GUEST: It spread fast, and officials said it was over.\n\n"
         "Then it got worse.\n\n"
         "ANN HOST: Why? Police said the roads were closed.\n\n"
         "GUEST: Because of the fire.")


def test_guest_turn_is_a_direct_row_running_over_its_paragraphs():
    rows = [r for r in quote_rows(_SHOW) if r[0] == "direct"]
    assert rows == [
        ("direct", "Thanks for having me.", "BO GUEST"),
        ("direct", "It spread fast, and officials said it was over.\n\nThen it got worse.", "BO GUEST"),
        ("direct", "Because of the fire.", "GUEST"),
    ]


def test_reports_inside_a_guest_turn_are_not_rows_and_host_turns_are_narration():
    rows = quote_rows(_SHOW)
    assert ("indirect", "it was over", "officials") not in rows
    assert not any(r[2] == "ANN HOST" for r in rows)
    assert ("indirect", "the roads were closed", "Police") in rows


def test_host_who_introduces_themself_is_no_guest():
    t = ("ANN HOST: I'm Ann Host. Our guest is Bo Guest.\n\nBO GUEST: Hello.\n\nANN HOST: Go on.\n\n"
         "BO GUEST: It is bad.")
    assert [r[2] for r in quote_rows(t) if r[0] == "direct"] == ["BO GUEST", "BO GUEST"]


def test_field_labels_of_a_list_are_no_transcript():
    t = ("TARGET: A mall.\n\nATTACKER: Unknown.\n\nTARGET: A bank.\n\nATTACKER: A man who said he was angry.\n\n"
         "The attacker fled.")
    assert not any(r[0] == "direct" for r in quote_rows(t))


def test_a_few_exchanges_quoted_far_down_an_article_are_read_as_usual():
    t = ("The debate was heated. " * 60 + "\n\nANN ROE: We will win.\n\nBO LEE: No.\n\nANN ROE: Yes.\n\nBO LEE: No."
         "\n\nAnn Roe and Bo Lee meet again next week.")
    assert not any(r[0] == "direct" for r in quote_rows(t))


# speech verbs used for acts ---------------------------------------------------------------------------------------


def test_declined_to_with_an_act_is_no_cue():
    assert quote_rows("Police declined to name the suspect.") == []
    assert quote_rows("He refused to stop at the checkpoint.") == []


def test_declined_to_comment_is_still_reported():
    assert [r[:2] for r in quote_rows("The mayor declined to comment on the case.")] == [
        ("indirect", "to comment on the case")]


def test_physical_attack_is_no_cue_but_attacked_as_is():
    assert quote_rows("She attacked a man at the station.") == []
    assert [r[:2] for r in quote_rows("He attacked the plan as a disgrace.")] == [
        ("indirect", "the plan as a disgrace")]


def test_about_to_tweet_is_no_speech_event():
    assert quote_rows("He was about to tweet that the crowd was thin when he heard shots.") == []


def test_add_up_is_no_cue():
    assert quote_rows("His story did not add up, police said.") == [
        ("indirect", "His story did not add up", "police")]


def test_explain_after_to_or_a_modal_is_no_cue():
    assert quote_rows("The envoy will travel to explain the draft deal.") == []
    assert quote_rows("That could explain the choice of target.") == []


# the author of "the statement" -----------------------------------------------------------------------------------


def test_the_statement_is_the_one_the_subject_issued():
    t = 'Ann Lee was hurt.\n\nLee\'s family issued a statement thanking the nurses. "We are grateful," the statement said.'
    assert speaker_of(t, "We are grateful") == ("Lee's family", t.index("Lee's family"))


def test_a_pronoun_subject_does_not_replace_the_statement():
    t = 'She issued a statement on Friday. "We are grateful," the statement said.'
    assert speaker_of(t, "We are grateful")[0] != "She"


# a cue-less quote continuing the quote before ----------------------------------------------------------------------


def test_cueless_quote_after_the_cue_sentence_joins_the_quote_before():
    t = 'Ann Lee was there. "We ran," Lee said at a hearing on Monday. "It was awful."'
    assert [(q.kind, q.text) for q in checked_quotes(t)] == [
        ("direct", 'We ran," Lee said at a hearing on Monday. "It was awful.')]


def test_quote_in_the_next_paragraph_is_not_joined():
    t = '"We ran," Lee said.\n\n"It was awful."'
    assert len(checked_quotes(t)) == 2
