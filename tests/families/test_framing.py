"""Tests for coverage.frames.match_frames: negation, contrast, longest match, custom frames."""

from __future__ import annotations

import pytest

from coverage.errors import ParameterError
from coverage.families.framing import FrameHit, match_frames
from coverage.lexicon import Lexicon
from coverage.text import tokenize

LEX = Lexicon.default()


def hits(text, lex=LEX, offset=0):
    return match_frames(tokenize(text, offset=offset), lex)


def summary(text, lex=LEX):
    return [(h.term, h.metric, h.category, h.counted_as, h.weight, h.negated) for h in hits(text, lex)]


def totals(text, lex=LEX):
    out: dict[str, float] = {}
    for h in hits(text, lex):
        if h.counted_as:
            out[h.counted_as] = out.get(h.counted_as, 0.0) + h.weight
    return out


def test_framehit_fields():
    assert FrameHit._fields == (
        "metric", "term", "matched", "category", "weight", "negated", "rule", "start", "end", "counted_as",
    )


def test_we_are_not_afraid_is_defiance():
    (h,) = hits("We are not afraid.")
    assert (h.metric, h.category, h.counted_as, h.weight, h.negated) == ("violence", "fear", "solidarity", 1.0, True)
    assert h.rule == "'afraid' (violence/fear) negated by 'not' -> counted as solidarity (defiance) (weight 1)"


@pytest.mark.parametrize(
    ("text", "term", "negator"),
    [
        ("We will not be divided.", "be divided", "not"),
        ("London will never be beaten.", "be beaten", "never"),
        ("The terrorists will not defeat us.", "defeat us", "not"),
        ("We won't be scared", "scared", "won't"),
        ("They can't divide us", "divide us", "can't"),
        ("Londoners without fear", "fear", "without"),
        ("We have nothing to fear", "fear", "nothing"),
    ],
)
def test_negated_fear_division_defeat_count_as_solidarity(text, term, negator):
    negated = [h for h in hits(text) if h.negated]
    assert len(negated) == 1
    h = negated[0]
    assert (h.term, h.metric, h.counted_as, h.weight) == (term, "violence", "solidarity", 1.0)
    assert f"negated by '{negator}'" in h.rule and "(defiance)" in h.rule


def test_terrorists_will_not_defeat_us_full_sentence():
    assert summary("The terrorists will not defeat us, we will defeat them.") == [
        ("terrorist*", "violence", "perpetrator", "violence", 1.0, False),
        ("defeat us", "violence", "defeat", "solidarity", 1.0, True),
        ("we will defeat them", "solidarity", "defiance", "solidarity", 1.0, False),
    ]


def test_explicit_defiance_entries():
    assert summary("They will not win") == [("will not win", "solidarity", "defiance", "solidarity", 1.0, False)]
    # longest match: the explicit 3-word entry wins over 'beat us' (defeat)
    assert summary("they won't beat us") == [("won't beat us", "solidarity", "defiance", "solidarity", 1.0, False)]


def test_negated_solidarity_is_not_counted():
    (h,) = hits("We are not united.")
    assert (h.metric, h.counted_as, h.weight, h.negated) == ("solidarity", "", 0.0, True)
    assert h.rule == "'united' (solidarity/unity) negated by 'not' -> not counted"


def test_negated_casualties_not_counted():
    assert summary("No one was injured.") == [("injured", "violence", "casualties", "", 0.0, True)]


def test_nothing_to_do_with_negates_what_follows():
    (h,) = hits("It has nothing to do with terrorism.")
    assert (h.term, h.counted_as, h.negated) == ("terror*", "", True)
    assert "negated by 'nothing to do with'" in h.rule


def test_negation_window_limits():
    # four words between negator and hit: outside the 3-word window
    assert summary("Nobody here in this city is afraid") == [
        ("afraid", "violence", "fear", "violence", 1.0, False)
    ]
    # punctuation ends the scope
    assert summary("No, we are afraid") == [("afraid", "violence", "fear", "violence", 1.0, False)]
    # a negator applies only to the first hit after it
    assert summary("not afraid of terrorists") == [
        ("afraid", "violence", "fear", "solidarity", 1.0, True),
        ("terrorist*", "violence", "perpetrator", "violence", 1.0, False),
    ]
    # a lexical verb takes the negation: the noun after it stays counted
    assert summary("Police could not confirm the deaths") == [
        ("deaths", "violence", "casualties", "violence", 1.0, False)
    ]
    # pseudo-negation
    assert summary("not only killed") == [("killed", "violence", "casualties", "violence", 1.0, False)]
    # quotes are transparent
    assert summary("We are not ‘afraid’")[0][3:] == ("solidarity", 1.0, True)


def test_contrast_but_rule_halves_clause_before():
    h1, h2 = hits("They might have scared us but they won't beat us.")
    assert (h1.term, h1.counted_as, h1.weight) == ("scared", "violence", 0.5)
    assert "weight x0.5 by contrast: the clause after 'but' has a solidarity hit ('won't beat us')" in h1.rule
    assert (h2.term, h2.counted_as, h2.weight) == ("won't beat us", "solidarity", 1.0)
    assert totals("They might have scared us but they won't beat us.") == {"violence": 0.5, "solidarity": 1.0}


def test_contrast_needs_opposite_metric_after():
    # same metric on both sides: no halving
    assert totals("They killed three, but many more were injured") == {"violence": 2.0}
    # however at sentence start: no clause before it
    assert totals("However we must stand together.") == {"solidarity": 1.0}
    # 'yet' as an adverb is not a contrast
    assert totals("The attacker has not yet been named, yet we stand together") == {
        "violence": 0.5, "solidarity": 1.0,
    }
    # 'all but' is not a contrast
    assert totals("The bombing was all but forgotten and the vigil") == {"violence": 1.0, "solidarity": 1.0}


def test_longest_match_hatred_for_none():
    assert summary("Love for All, Hatred for None") == [
        ("love for all", "solidarity", "values", "solidarity", 1.0, False),
        ("hatred for none", "solidarity", "values", "solidarity", 1.0, False),
    ]
    assert summary("They spread hatred") == [("hatred", "violence", "division", "violence", 1.0, False)]


def test_wildcards():
    assert summary("A strong sense of solidarity and solidarities") == [
        ("solidar*", "solidarity", "unity", "solidarity", 1.0, False),
        ("solidar*", "solidarity", "unity", "solidarity", 1.0, False),
    ]
    assert [h.category for h in hits("terrorism, terrorists, extremism")] == ["attack", "perpetrator", "perpetrator"]
    # stab* is not a wildcard: 'stable' does not match
    assert hits("The patient is stable") == []
    # lone '*' inside a phrase
    (h,) = hits("They tried to tear this city apart")
    assert (h.term, h.matched) == ("tear * * apart", "tear this city apart")


def test_exclusions_and_case():
    assert hits("He died of a heart attack") == [hits("He died of a heart attack")[0]]
    assert [h.term for h in hits("He died of a heart attack")] == ["died"]
    assert hits("The United States and Manchester United") == []
    assert [h.term for h in hits("we stand united")] == ["stand united"]


def test_offsets_and_matched_surface():
    text = "Crowds said “we are not afraid”."
    (h,) = hits(text, offset=100)
    assert (h.start, h.end, h.matched) == (100 + text.index("afraid"), 100 + text.index("afraid") + 6, "afraid")
    (h,) = hits("A minute’s silence was held")
    assert (h.term, h.matched) == ("minute's silence", "minute’s silence")


def test_custom_frame_matching_and_merge():
    econ = Lexicon.from_yaml(
        'version: "1"\nframes:\n  economy:\n    groups:\n      markets:\n'
        "        reasoning: markets\n        weight: 2\n        terms: [stock market, econom*, {term: jobs, weight: 0.5}]\n"
    )
    lex = LEX.merge(econ)
    assert summary("The economy and the stock market fell; jobs were lost in the attack", lex) == [
        ("econom*", "economy", "markets", "economy", 2.0, False),
        ("stock market", "economy", "markets", "economy", 2.0, False),
        ("jobs", "economy", "markets", "economy", 0.5, False),
        ("attack", "violence", "attack", "violence", 0.5, False),
    ]
    # negation default for a custom group: not counted
    assert summary("no economic damage", lex)[0][3:] == ("", 0.0, True)


def test_seed_sentence_totals():
    s = ("Ms Rudd said: \"They will not win, we are all connected and we showed that today, by coming "
         "together, by going to work, by getting about our normal business, because the terrorists "
         "will not defeat us, we will defeat them.\"")
    assert [(h.term, h.counted_as) for h in hits(s)] == [
        ("will not win", "solidarity"),
        ("are all connected", "solidarity"),
        ("coming together", "solidarity"),
        ("terrorist*", "violence"),
        ("defeat us", "solidarity"),
        ("we will defeat them", "solidarity"),
    ]
    assert totals(s) == {"solidarity": 5.0, "violence": 1.0}


def test_empty_and_bad_input():
    assert match_frames([], LEX) == []
    assert hits("Nothing relevant here.") == []
    with pytest.raises(ParameterError):
        match_frames(tokenize("x"), "framing.yaml")


# --- folded norms: soft hyphens, zero-width joiners, fullwidth and look-alike letters (issue 15) -----


@pytest.mark.parametrize("terror, vigil", [
    ("terror attack", "vigil"),
    ("ter\u00adror at\u00adtack", "vi\u00adgil"),
    ("ter\u200dror at\u200ctack", "vig\u2060il"),
    ("ＴＥＲＲＯＲ ＡＴＴＡＣＫ", "ｖｉｇｉｌ"),
    ("t\u0435rror \u0430ttack", "vig\u0456l"),
])
def test_hidden_terms_match_like_plain_ones_with_original_offsets(terror, vigil):
    text = f"After the {terror}, a {vigil} was held in solidarity."
    got = hits(text, offset=7)
    assert [(h.term, h.metric, h.counted_as, h.weight) for h in got] == [
        ("terror attack", "violence", "violence", 1.0), ("vigil", "solidarity", "solidarity", 1.0),
        ("solidar*", "solidarity", "solidarity", 1.0)]
    assert [text[h.start - 7:h.end - 7] for h in got] == [terror, vigil, "solidarity"]
    assert [h.matched for h in got] == [terror, vigil, "solidarity"]


def test_lower_case_rule_on_hidden_words():
    """'united' counts only in lower case, also when a soft hyphen or fullwidth letters hide it."""
    for word in ["united", "uni\u00adted", "ｕｎｉｔｅｄ", "unit\u0435d"]:
        assert totals(f"The city {word} in grief.") == totals("The city united in grief.") == {"solidarity": 2.0}
    for word in ["United", "Uni\u00adted", "Ｕｎｉｔｅｄ"]:
        assert totals(f"The {word} Nations met.") == totals("The United Nations met.") == {}
