"""sources.yaml 1.6 and its coverage.sources rules: made-up sentences, exact type and evidence trail."""

from __future__ import annotations

import pandas as pd
import pytest
from _matching import classify_source as _classify

from coverage.sources import corpus_types


@pytest.mark.parametrize(("text", "speaker", "expected"), [
    ("Most of the dead were pupils, said Jo Fox, chief minister of Oldland province.", "Jo Fox", "official"),
    ("He was charged with murder, said Jo Fox, the regional jail superintendent.", "Jo Fox", "official"),
    ("Jo Fox, a spokesman for Oldland's ruling junta, told reporters the bomb went off.", "Jo Fox", "official"),
    ("A spokesperson for Britain's Foreign Office said a citizen was hurt.", "A spokesperson", "official"),
    ("Jo Fox, a spokesman for the City of Oldtown, said the mall was closed.", "Jo Fox", "official"),
    ("Jo Fox, head of the U.N. mission in Oldland, said the talks would go on.", "Jo Fox", "official"),
    ("Jo Fox, president of the Oldtown Freedom Initiative, said the event went ahead.", "Jo Fox", "organisation"),
    ("State-run CCTV reported that four guests were rescued.", "State-run CCTV", "media"),
    ("The Oldland Press Service reported that the plant was shut.", "The Oldland Press Service", "media"),
    ('"I am scared," says Jo Fox, a travel agent in the neighbourhood.', "Jo Fox", "public"),
])
def test_new_role_words(text, speaker, expected):
    assert _classify(text, speaker)[0] == expected


@pytest.mark.parametrize(("text", "speaker", "expected", "rule"), [
    # an abbreviation's full stops do not end the apposition
    ('Jo Fox, the U.S. ambassador to Oldland, said the embassy was safe.', "Jo Fox", "official",
     "role word 'ambassador' in the apposition after the name"),
    # a masthead
    ("The Oldtown Star reported that the man had a record.", "Oldtown Star", "media",
     "the name of a newspaper, broadcaster or news agency 'Oldtown Star'"),
    ("The Globe and Mail says he was a labourer.", "Mail", "media",
     "the name of a newspaper, broadcaster or news agency 'The Globe and Mail'"),
    # a title that ends a full name is a surname
    ("Oldtown-based security analyst Ann Sheikh said the state had failed.", "Ann Sheikh", "expert",
     "role word 'analyst' just before the name"),
    # a relative in the apposition after the name
    ("Tim Cole was hit in the face. Jo Fox, Tim's grandfather, said the boy was getting better.", "Jo Fox", "victim",
     "kin word 'grandfather' of 'Tim', typed unknown (a victim's family) (in the apposition after the name)"),
    # a first name with an age
    ('"It is chaos," said Lisa, 53, who was visiting from Oldtown.', "Lisa", "public",
     "an age after the first name 'Lisa' and no role word (a member of the public)"),
    # a resident's clause, and no title before a past verb that has the name for object
    ("Prime Minister Bo Ray on Thursday praised Jo Fox's courage. Jo Fox, who lives in Oldtown, said she was not "
     "scared.", "Jo Fox", "public",
     "a resident's relative clause after the name ('who lives in') and no role word"),
])
def test_new_rules(text, speaker, expected, rule):
    assert _classify(text, speaker) == (expected, rule)


def test_a_verb_before_the_name_hides_the_title_of_its_subject():
    text = "Prime Minister Bo Ray on Thursday praised Jo Fox for her calm."
    assert _classify(text, "Jo Fox") == ("unknown", "no role word near 'Jo Fox'")
    # a naming verb does not: "a witness named Jo Fox"
    assert _classify("A witness named Jo Fox said the van sped off.", "Jo Fox")[0] == "public"


def test_kept_titles_and_surnames():
    # a title first is a title; a role word ending a name that is not a title-surname still counts
    assert _classify("Sheikh Ann Lee said prayers went on.", "Sheikh Ann Lee")[0] == "faith"
    assert _classify("Police Chief Jo Fox said the road was shut.", "Police Chief")[0] == "police"
    # a plain stop after a capital still ends the apposition
    assert _classify("Jo Fox, who lives in the U.S. He said nothing.", "Jo Fox")[0] == "public"


def test_corpus_type_beats_the_default():
    q = pd.DataFrame({"person": ["Ann Lee", "Ann Lee"], "source_type": ["official", "unknown"],
                      "source_rule": ["role word 'minister' just before the name", "no role word near 'Ann Lee'"]})
    assert corpus_types(q)["source_type"].tolist() == ["official", "official"]
