"""Tests for coverage.quotes round 29 (speakers of news attributions): "cried"/"screamed" after a direct quote, a
body "called"/"named" X (the name speaks), two titles of one person ("said ABC President and CEO Ann Lee"), a role
opening the clause before a name in apposition ("Commander of UN forces in Arden, General Ann Lee, said"), the body
before "headed by X, NAME," (not its head), a description with a nationality quoted just before a pronoun in the same
paragraph, link labels in capitals ("CLICK HERE") as no antecedent, a place opening the reported words of a pronoun
cue, the passive "X was quoted by Y as saying" and "they" after a quantifier subject ("Many posted what they
said ...").

Small invented sentences, one construction each.
"""

from __future__ import annotations

from _matching import quote_rows, speaker_of


def test_cried_out_after_a_direct_quote():
    t = 'The crowd waited. "Just tell me if she is safe," one man cried out.'
    assert speaker_of(t, "Just tell me if she is safe") == ("one man", t.index("one man"))


def test_screamed_after_a_direct_quote():
    t = 'The doors closed. "Get out now," a guard screamed.'
    assert speaker_of(t, "Get out now") == ("a guard", t.index("a guard"))


def test_group_called_name_speaks():
    t = "A little-known group called Riders of Dawn claimed responsibility for the attack, saying they had planned it for weeks."
    assert quote_rows(t) == [("indirect", "they had planned it for weeks", "Riders of Dawn")]


def test_called_after_a_person_description_is_still_a_speech_act():
    t = "A spokesman called Lee's plan a disaster for the town."
    rows = quote_rows(t)
    assert rows and rows[0][2] == "A spokesman"


def test_two_titles_of_one_person_after_an_inverted_cue():
    t = 'Talks stalled on Friday. "This is a war on farmers," said Dune Growers President and CEO Ada Brandt.'
    assert speaker_of(t, "This is a war on farmers") == ("Ada Brandt", t.index("Ada Brandt"))


def test_role_opening_the_clause_before_an_apposed_name():
    t = "The truce held. Commander of UN forces in Arden, General Tomas Reyes, said the rebels must stay calm."
    assert speaker_of(t, "the rebels must stay calm") == ("Tomas Reyes", t.index("Tomas Reyes"))


def test_body_headed_by_a_person_speaks_itself():
    t = "The Harbour Relief Fund, headed by a former judge, Ines Varga, estimates that 900 homes were lost."
    assert speaker_of(t, "900 homes were lost") == ("Harbour Relief Fund", t.index("Harbour Relief Fund"))


def test_led_by_a_name_speaks_itself():
    t = "The charity, led by a retired nurse, Ada Brandt, said that it would reopen the shelter."
    assert speaker_of(t, "it would reopen the shelter") == ("The charity", 0)


def test_name_with_an_appositive_description_still_speaks():
    t = "Ada Brandt, a woman known for her charity, said the shelter would reopen."
    assert speaker_of(t, "the shelter would reopen") == ("Ada Brandt", 0)


def test_pronoun_after_a_described_person_in_the_same_paragraph():
    t = ('Prices rose sharply.\n\nCLICK HERE to Help Valley News Reach More Readers\n\n'
         'One Bolivian farmer said the losses were growing every week. "Every day we lose more sheep," he explained.')
    assert speaker_of(t, "Every day we lose more sheep") == ("One Bolivian farmer", t.index("One Bolivian farmer"))


def test_link_label_in_capitals_is_no_antecedent():
    t = ('The storm passed.\n\nREAD MORE about the storm\n\n'
         '"We lost everything," he said.')
    assert speaker_of(t, "We lost everything")[0] != "MORE"


def test_passive_quoted_as_saying_after_a_direct_quote():
    t = '"The road was blocked for hours," Ines Varga was quoted by the Valley Times as saying.'
    assert speaker_of(t, "The road was blocked for hours") == ("Ines Varga", t.index("Ines Varga"))


def test_active_quoted_as_saying_keeps_the_person_quoted():
    t = "The Valley Times quoted Ines Varga as saying the road was blocked."
    assert quote_rows(t) == [("indirect", "the road was blocked", "Ines Varga")]


def test_they_after_a_quantifier_subject():
    t = "Ada Brandt spoke first.\n\nMany shared what they said were pictures of the flood."
    assert speaker_of(t, "were pictures of the flood") == ("Many", t.index("Many"))
