"""VADER through NLTK's analyzer, with the lexicon from the vaderSentiment wheel."""

from __future__ import annotations

import pytest

from coverage.families.sentiment import (
    VaderAnalyzer,
    compound,
    mask_spans,
    polarity_scores,
    tone_compound,
    vader_lexicon_path,
)


def _nltk_reference():
    """NLTK's own class loading the same file through its data path."""
    import nltk
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    folder = str(vader_lexicon_path().parent)
    if folder not in nltk.data.path:
        nltk.data.path.append(folder)
    try:
        return SentimentIntensityAnalyzer(lexicon_file="vader_lexicon.txt")
    finally:
        nltk.data.path.remove(folder)


# Known scores (NLTK 3.9/3.10 VADER rules, vaderSentiment 3.3.2 lexicon), checked by hand
# against the lexicon: "win" = 2.8, negated by "not" (x -0.74) -> -2.072 -> compound -0.4717.
KNOWN = {
    "They will not win.": (0.506, 0.494, 0.0, -0.4717),
    "The attack killed three people.": (0.717, 0.283, 0.0, -0.8225),
    "Love for all, hatred for none.": (0.339, 0.323, 0.339, 0.0),
    # strong 2.3 + values 1.7 + proud 2.1 = 6.1 -> 6.1 / sqrt(6.1**2 + 15) = 0.8442
    "We are strong in our values and proud of our country.": (0.0, 0.468, 0.532, 0.8442),
    "VADER is smart, handsome, and funny!": (0.0, 0.248, 0.752, 0.8439),
}


@pytest.mark.parametrize(("text", "expected"), KNOWN.items())
def test_known_scores(text, expected):
    assert polarity_scores(text) == pytest.approx(expected, abs=1e-12)


def test_equals_nltk_reference_on_seed_sentences(seeds_analysis):
    ref = _nltk_reference()
    for text, score in zip(seeds_analysis.sentences["text"], seeds_analysis.sentences["sentiment"], strict=True):
        assert score == ref.polarity_scores(text)["compound"]


def test_lexicon_comes_from_vadersentiment_wheel():
    a = VaderAnalyzer()
    assert a.lexicon_path.name == "vader_lexicon.txt" and "vaderSentiment" in str(a.lexicon_path)
    assert a.lexicon["win"] == 2.8 and len(a.lexicon) > 7000


def test_tone_masks_event_words():
    text = "The attack killed three people."
    assert compound(text) == -0.8225
    assert tone_compound(text, [(4, 10), (11, 17)]) == 0.0
    assert tone_compound("A sad day.", []) == compound("A sad day.")
    assert mask_spans("Hate, fear!", [(0, 11)]) == "xxxx, xxxx!"
