"""The quotes family: who is quoted, their source types, and the outlet's own voice (issue 19)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import coverage
from coverage.errors import LexiconError, ParameterError
from coverage.families import ArticleResult, Family, Hit, Metric, QuotesFamily, default_families
from coverage.families.quotes import QUOTE_COLUMNS, plot_source_mix
from coverage.sources import SourceTypes, canonical_name, source_shares, top_speakers

# Two outlets, hand-written articles (no corpus text).
A1 = ("Home Secretary Amber Rudd said the city would not be cowed.\n\n"
      "Crowds gathered in the square.\n\n"
      "“We stand together,” said Zafir Malik, an imam from the mosque.")
A2 = ("Police said two men had been arrested.\n\n"
      "“It was terrifying,” one witness told reporters.\n\n"
      "The vigil ended at nine.")
B1 = ("The attack was condemned.\n\n"
      "“They will not divide us,” Ms Rudd said.\n\n"
      "Amber Rudd, the Home Secretary, visited the site.")


@pytest.fixture(scope="module")
def analysis():
    df = pd.DataFrame({"id": ["a1", "a2", "b1"], "outlet": ["A", "A", "B"], "text": [A1, A2, B1]})
    return coverage.analyze(df, n_boot=200, seed=1)


def test_quotes_is_a_default_family_with_its_metrics():
    assert [f.name for f in default_families()][-1] == "quotes"
    fam = QuotesFamily()
    assert [m.name for m in fam.metrics()] == ["quotes", "quotes_rate", "quoted_share"]
    assert fam.columns() == {"n_quotes": "int32", "quote_chars": "int32", "sentence_chars": "int32",
                             "quoted": "bool"}


def test_quote_table_rows_offsets_speakers_and_types(analysis):
    q = analysis.quotes
    assert list(q.columns) == QUOTE_COLUMNS
    got = q[["article_id", "kind", "speaker", "cue", "source_type", "words"]].values.tolist()
    assert got == [
        ["a1", "indirect", "Amber Rudd", "said", "official", 6],
        ["a1", "direct", "Zafir Malik", "said", "faith", 3],
        ["a2", "indirect", "Police", "said", "police", 5],
        ["a2", "direct", "one witness", "told", "public", 3],
        ["b1", "direct", "Ms Rudd", "said", "official", 5],
    ]
    texts = dict(zip(analysis.corpus.df["article_id"], analysis.corpus.df["text"], strict=True))
    for r in q.itertuples(index=False):  # offsets are into the article text as loaded
        assert texts[r.article_id][r.start:r.end] == r.text
        assert texts[r.article_id][r.cue_start:r.cue_end].lower() == r.cue
        assert texts[r.article_id][r.speaker_start:r.speaker_end] == r.speaker
    assert q.loc[0, "text"] == "the city would not be cowed"
    # "Ms Rudd" is typed by the mentions of her full name ("Amber Rudd, the Home Secretary,")
    assert q.loc[4, "person"] == "Amber Rudd"
    assert q.loc[4, "source_rule"] == "role word 'secretary' in the apposition after the name 'Amber Rudd'"
    assert q["sentence"].tolist() == [0, 2, 0, 1, 1]


def test_per_sentence_counts_and_the_quoted_flag(analysis):
    s = analysis.sentences
    a1 = s[s["article_id"] == "a1"]
    assert a1["n_quotes"].tolist() == [1, 0, 1]
    assert a1["quoted"].tolist() == [True, False, True]  # quoted words + speaker + cue make half the sentence
    assert a1["quote_chars"].tolist() == [len("the city would not be cowed"), 0, len("We stand together")]
    assert a1["sentence_chars"].tolist() == [len(t) for t in a1["text"]]
    b1 = s[s["article_id"] == "b1"]
    assert b1["quoted"].tolist() == [False, True, False]


def test_article_and_outlet_metrics(analysis):
    arts = analysis.articles.set_index("article_id")
    assert arts.loc["a1", "quotes"] == 2
    a1 = analysis.sentences[analysis.sentences["article_id"] == "a1"]
    assert arts.loc["a1", "quoted_share"] == pytest.approx(a1["quote_chars"].sum() / a1["sentence_chars"].sum())
    assert arts.loc["a1", "quotes_rate"] == pytest.approx(2 / arts.loc["a1", "n_tokens"] * 1000)
    out = analysis.outlets.set_index("outlet")
    assert out.loc["A", "quotes"] == 4 and out.loc["B", "quotes"] == 1


def test_explain_quotes_highlights_quote_cue_and_speaker(analysis):
    ev = analysis.explain("a1", metric="quotes")
    assert ev.table["metric"].tolist() == ["quotes", "quote_cue", "quote_speaker", "quotes", "quote_cue",
                                           "quote_speaker"]
    html = ev._repr_html_()
    assert "title='indirect quote of &#x27;Amber Rudd&#x27;; cue &#x27;said&#x27;'>the city would not be cowed</mark>" in html
    assert "#f3e3a1" in html and "#b9e0c9" in html  # the cue's and the speaker's marks
    # explain() without a metric leaves the long quote spans out (they would cover the other marks)
    assert not analysis.explain("a1").table["metric"].isin(["quotes", "quote_cue", "quote_speaker"]).any()


def test_quote_marks_are_built_on_request_from_the_quotes_table(analysis):
    # the one pass over the corpus keeps no quote marks (analysis.hits); explain() builds them from analysis.quotes
    assert not analysis.hits["metric"].isin(["quotes", "quote_cue", "quote_speaker"]).any()
    t = analysis.explain(metric="quotes").table
    assert t["article_id"].tolist() == ["a1"] * 6 + ["a2"] * 6 + ["b1"] * 3  # article order, then sentence
    assert t["sentence"].tolist() == [0, 0, 0, 2, 2, 2, 0, 0, 0, 1, 1, 1, 1, 1, 1]
    assert t["metric"].tolist()[-3:] == ["quotes", "quote_cue", "quote_speaker"]
    b1 = t[t["article_id"] == "b1"].set_index("metric")
    assert b1.loc["quote_cue", "matched"] == "said" and b1.loc["quote_speaker", "matched"] == "Ms Rudd"
    assert b1.loc["quotes", "rule"] == "direct quote of 'Ms Rudd'; cue 'said'"
    assert (B1[b1.loc["quotes", "start"]:b1.loc["quotes", "end"]]) == "They will not divide us"
    assert t["sentence_text"].tolist()[-1] == "“They will not divide us,” Ms Rudd said."
    assert not t["boilerplate"].any() and t["weight"].eq(1.0).all()


def test_a_person_typed_in_one_article_is_typed_in_the_others():
    df = pd.DataFrame({"id": ["x", "y", "z"], "outlet": ["X", "Y", "Y"],
                       "text": ["Home Secretary Amber Rudd said the city would not be cowed.",
                                "Amber Rudd said the attack was an attack on democracy itself.",
                                "Mr Rudd said the attack had been a shock to everyone."]})
    # the corpus step alone (the source-type model, which would type "Mr Rudd" from the words around it, left out)
    q = coverage.analyze(df, n_boot=20, families=default_families(source_model=None)).quotes.set_index("article_id")
    assert q.loc["x", "source_type"] == "official" and q.loc["y", "source_type"] == "official"
    assert q.loc["y", "source_rule"] == "'Amber Rudd' is typed official in 1 other quote of the corpus (of 1 typed)"
    assert q.loc["z", "source_type"] == "unknown"  # "Mr Rudd" is not a full name: maybe someone else
    # with the model (the default) the corpus step's types stay, and "Mr Rudd" gets the model's type, which says so
    m = coverage.analyze(df, n_boot=20).quotes.set_index("article_id")
    assert m.loc[["x", "y"], "source_type"].tolist() == ["official", "official"]
    assert m.loc["y", "source_rule"] == q.loc["y", "source_rule"]
    assert "the source-type model gives" in m.loc["z", "source_rule"]


def test_explaining_one_article_extracts_only_its_quotes():
    df = pd.DataFrame({"id": ["a1", "a2", "b1"], "outlet": ["A", "A", "B"], "text": [A1, A2, B1]})
    a = coverage.analyze(df, n_boot=50, seed=1)
    one = a.explain("a2", metric="quotes").table
    assert "quotes" not in a._term_cache  # the whole table was not built for one article
    assert set(one["article_id"]) == {"a2"} and len(one) == 6
    q = a._quotes_of(["a2"])
    cols = ["start", "end", "text", "kind", "speaker", "speaker_start", "cue", "cue_start", "mention_start"]
    assert q[cols].equals(a.quotes[a.quotes["article_id"] == "a2"][cols].reset_index(drop=True))
    assert a._quotes_of(["b1"]).equals(a.quotes[a.quotes["article_id"] == "b1"].reset_index(drop=True))  # cached


def test_a_pronoun_speaker_is_resolved_and_the_rule_says_so():
    text = "Mr Jones, a firefighter, arrived first.\n\n“It was chaos,” he said."
    a = coverage.analyze(pd.DataFrame({"id": ["x"], "outlet": ["X"], "text": [text]}), n_boot=50)
    q = a.quotes.iloc[0]
    assert (q["speaker"], text[q["mention_start"]:q["mention_end"]]) == ("Mr Jones", "he")
    rules = a.explain("x", metric="quotes").table.set_index("metric")["rule"]
    assert rules["quote_speaker"].startswith("speaker 'he' resolved to 'Mr Jones'")
    # the speaker mark says which source type the speaker got and why (the quotes table's source_rule)
    assert rules["quote_speaker"].endswith("; source type police: role word 'firefighter' in the apposition after the "
                                           "name")
    assert (q["source_type"], q["source_rule"]) == ("police", "role word 'firefighter' in the apposition after the name")


def test_sources_shares_with_cis_and_top_speakers(analysis):
    src = analysis.sources
    a = src[src["outlet"] == "A"].set_index("source_type")
    assert a["n_quotes"].to_dict() == {"police": 1, "faith": 1, "official": 1, "public": 1}
    assert a["share"].tolist() == [0.25] * 4
    assert a.loc["official", "word_share"] == pytest.approx(6 / 17)
    assert (a["share_low"] <= a["share"]).all() and (a["share"] <= a["share_high"]).all()
    assert set(a["ci_basis"]) == {"articles"}
    b = src[src["outlet"] == "B"].set_index("source_type")
    assert b.loc["official", "share"] == 1.0 and b.loc["official", "top_speakers"] == "Amber Rudd (1)"
    assert set(b["ci_basis"]) == {"quotes"}
    sp = analysis.speakers
    assert sp[sp["outlet"] == "A"]["speaker"].tolist() == ["Amber Rudd", "Police", "Zafir Malik", "one witness"]


def test_source_shares_hand_computed_and_independent_of_row_order():
    q = pd.DataFrame({"article_id": ["a", "a", "b", "c"], "outlet": ["X"] * 4,
                      "speaker": ["P", "Q", "P", "R"], "source_type": ["police", "public", "police", "police"],
                      "words": [10, 30, 20, 40]})
    arts = pd.DataFrame({"article_id": ["a", "b", "c", "d"], "outlet": ["X"] * 4})
    t = source_shares(q, arts, n_boot=300, seed=3).set_index("source_type")
    assert t.loc["police", "share"] == 0.75 and t.loc["police", "word_share"] == 0.7
    assert t.loc["public", "share"] == 0.25 and t.loc["police", "quotes_total"] == 4
    shuffled = source_shares(q.iloc[::-1], arts.iloc[::-1], n_boot=300, seed=3).set_index("source_type")
    pd.testing.assert_frame_equal(t, shuffled)


def test_top_speakers_ranks_by_quotes_then_words_then_name():
    q = pd.DataFrame({"article_id": list("abcd"), "outlet": ["X"] * 4, "speaker": ["Bo", "Al", "Bo", "Cy"],
                      "source_type": ["police"] * 4, "words": [1, 9, 1, 9]})
    assert top_speakers(q, 2)[["rank", "speaker", "n_quotes"]].values.tolist() == [[1, "Bo", 2], [2, "Al", 1]]


def test_voices_split_every_sentence_metric(analysis):
    v = analysis.voices("article").set_index("article_id")
    s = analysis.sentences[analysis.sentences["article_id"] == "a1"]
    narr, quot = s[~s["quoted"]], s[s["quoted"]]
    assert v.loc["a1", "tone_narration"] == pytest.approx(narr["tone"].mean())
    assert v.loc["a1", "tone_quoted"] == pytest.approx(quot["tone"].mean())
    assert v.loc["a1", "n_tokens_quoted"] == quot["n_tokens"].sum()
    assert v.loc["a1", "solidarity_rate_quoted"] == pytest.approx(quot["solidarity"].sum() / quot["n_tokens"].sum()
                                                                   * 1000)
    assert not any(c.startswith(("quotes", "quoted_share")) for c in v.columns)
    o = analysis.voices("outlet")
    assert {"tone_narration", "tone_narration_low", "tone_quoted_high", "violence_rate_quoted"} <= set(o.columns)
    assert o["outlet"].tolist() == ["A", "B"]
    with pytest.raises(ParameterError, match="level must be"):
        analysis.voices("sentence")


def test_without_the_family_the_tables_say_how_to_get_them():
    df = pd.DataFrame({"id": ["a"], "outlet": ["A"], "text": [A1]})
    a = coverage.analyze(df, families=default_families(quotes=False), n_boot=50)
    with pytest.raises(ParameterError, match="no quotes family"):
        _ = a.quotes
    assert "quotes" not in a._family_tables()


def test_saved_quotes_are_formula_safe(tmp_path):
    text = "“=HYPERLINK(\"http://x\") is what they sent,” said Ann Lee, a witness."
    a = coverage.analyze(pd.DataFrame({"id": ["a"], "outlet": ["A"], "text": [text]}), n_boot=50)
    written = [p.name for p in a.save(tmp_path / "m", formats=["csv"])]
    assert written[-2:] == ["quotes.csv", "sources.csv"]
    row = (tmp_path / "m" / "quotes.csv").read_text(encoding="utf-8").splitlines()[1]
    assert ",'=HYPERLINK(" in row


def test_user_source_types_extend_and_override():
    st = SourceTypes.extended("types:\n  police: {words: [gardai]}\nspeakers:\n  Ann Lee: expert\n")
    assert st.classify("Gardai said so.", "Gardai", 0, 6)[0] == "police"
    assert st.classify("x", "Ann Lee")[0] == "expert"
    assert st.classify("Zafir Malik, an imam, spoke.", "Zafir Malik", 0, 11)[0] == "faith"  # built-ins kept
    fam = QuotesFamily(sources={"speakers": {"Ann Lee": "victim"}})
    assert fam.fingerprint() != QuotesFamily().fingerprint()
    with pytest.raises(LexiconError, match="speaker 'X' has type 'hero'"):
        SourceTypes.extended({"speakers": {"X": "hero"}})
    with pytest.raises(LexiconError, match="unknown top-level key"):
        SourceTypes.from_yaml({"types": {"a": {"words": ["b"]}}, "typo": 1})


@pytest.mark.parametrize(("text", "speaker", "start", "expected"), [
    ("Home Secretary Amber Rudd said so.", "Amber Rudd", 15, "official"),
    ("Ann Lee, 32, a doctor at the hospital, said so.", "Ann Lee", 0, "expert"),
    ("Ann Lee, whose son was injured, said so.", "Ann Lee", 0, "victim"),
    ("London Mayor Sadiq Khan, Police Commissioner Cressida Dick and others spoke.", "Sadiq Khan", 13, "official"),
    # sources.yaml 1.3: a generic speaker takes the body after it (1.2 gave "organisation", the spokesman's own type)
    ("A spokesman for the Metropolitan Police said so.", "A spokesman", 0, "police"),
    ("The Metropolitan Police said so.", "The Metropolitan Police", 0, "police"),
    ("A worshipper at the mosque said so.", "A worshipper at the mosque", 0, "faith"),
    ("Jo Bloggs said so.", "Jo Bloggs", 0, "unknown"),
    ("Pat Toomey (R-Pa.) said so.", "Pat Toomey", 0, "official"),
    ("Later, Sen. Pat Toomey said so.", "Pat Toomey", 12, "official"),  # "Sen." does not end the context
    ("Law enforcement officials said so.", "Law enforcement officials", 0, "police"),  # the longer phrase
    ("The Defense Ministry said so.", "The Defense Ministry", 0, "official"),
    # sources.yaml 1.1: a rank abbreviation does not end the context, "Chief X" is police, a neighbour is the
    # public, the UN an organisation; generic "authorities" are officials since 1.4 ("police authorities" police)
    ("The Sheriff's Office's Maj. Eric Watson said so.", "Eric Watson", 31, "police"),
    ("It was over, according to Chief Matthew Verderosa.", "Matthew Verderosa", 33, "police"),
    ("Authorities said so.", "Authorities", 0, "official"),
    ("Police authorities said so.", "Police authorities", 0, "police"),
    ("Jay Roberts, 60, lives nearby and said so.", "Jay Roberts", 0, "public"),
    ("The U.N. said so.", "The U.N.", 0, "organisation"),
    # the surname on its own carries the role ("Fernando, Sri Lanka's minister"), not another person's surname
    ("Harin Fernando tweeted it.\n\nFernando, Sri Lanka's minister of sports, said so.", "Harin Fernando", 0,
     "official"),
    ("Harin Fernando tweeted it. Later Ana Fernando, a minister, said so.", "Harin Fernando", 0, "unknown"),
])
def test_role_word_nearest_the_name_decides(text, speaker, start, expected):
    assert SourceTypes.default().classify(text, speaker, start, start + len(speaker))[0] == expected


# sources.yaml 1.2 (rules written from the dev errors only): each rule with its exact evidence trail
@pytest.mark.parametrize(("text", "speaker", "expected", "rule"), [
    # an apposition that opens with a verb describes nothing; the title before the name decides
    ("Mayor of Oldtown, Jo Fox, invited residents to come.", "Jo Fox", "official",
     "role word 'mayor' just before the name"),
    ("Jo Fox, who was leaving the Houses of Parliament, said so. Police Commissioner Jo Fox spoke.", "Jo Fox",
     "police", "role word 'commissioner' just before the name"),
    # a role word of another clause ("X said that NAME") is not the name's title; "that night" opens no clause
    ("Detective Jo Ames said that Bo Ray had no record. Bo Ray said so.", "Bo Ray", "unknown",
     "no role word near 'Bo Ray'"),
    ("The surgeon on call that night, Dr Jo Fox, said so.", "Dr Jo Fox", "expert",
     "role word 'surgeon' just before the name"),
    # the subject of "... was NAME" / "... named as NAME", a relative clause inside it
    ("The suspect, who was taken into custody, has been named as Bo Ray, 46.", "Bo Ray", "perpetrator",
     "role word 'suspect' in the subject of '... named as' before the name"),
    ("One of those taking part was Ann Lee.", "Ann Lee", "public", "role word 'taking part' just before the name"),
    # a perpetrator verb phrase right after the name; before a name it has the name for its object
    ("Bo Ray opened fire in the hall.", "Bo Ray", "perpetrator", "role phrase 'opened fire' right after the name"),
    ("The man opened fire at the Blue club. Blue said it was closed.", "Blue", "unknown",
     "no role word near 'Blue'"),
    # a generic head ("director", "spokesman") takes the type of the body it speaks for
    ("The FBI director, Jo Fox, said so.", "Jo Fox", "police",
     "role word 'fbi' (the body of 'director') just before the name"),
    ("Jo Fox, spokesman for the Muslim Council of Oldtown, said so.", "Jo Fox", "faith",
     "role word 'muslim council' (the body of 'spokesman') in the apposition after the name"),
    # relatives: of a perpetrator, the perpetrator's side; of someone with no role word, a victim's family
    ("Ann Lee's nephew, Jo Fox, said so.", "Jo Fox", "victim",
     "kin word 'nephew' of 'Ann Lee', typed unknown (a victim's family)"),
    ("Bo Ray, 40, was held on suspicion of murder. Bo Ray's father Al Ray said so.", "Al Ray", "perpetrator",
     "kin word 'father' of 'Bo Ray', typed perpetrator"),
    ("Bo Ray, 40, was charged with murder. Bo Ray's mother and sister said so.", "Bo Ray's", "perpetrator",
     "kin word 'mother' of 'Bo Ray', typed perpetrator"),
    # a possessive speaker is read with the words after it; a truncated speaker with the phrase around it
    ("Oldland's foreign ministry said so.", "Oldland's", "official",
     "role word 'foreign ministry' after the possessive speaker \"Oldland's\""),
    ("Police officials said so.", "officials", "police",
     "role phrase 'police officials' across the speaker 'officials'"),
    ("Families of the victims said so.", "Families", "victim",
     "role phrase 'families of' across the speaker 'Families'"),
    # the surname after a title only ("President Ray") for "Mr. Ray"
    ("President Ray spoke. Mr. Ray said so.", "Mr. Ray", "official",
     "role word 'president' just before the name 'Ray' ('Mr. Ray')"),
    # new words
    ("Gov. Ann Lee said so.", "Ann Lee", "official", "role word 'gov' just before the name"),
    ("A teenage boy who was at the vigil said so.", "A teenage boy", "public",
     "role word 'boy' in the speaker 'A teenage boy'"),
    ("Jo Fox, 47, lives in a nearby building.", "Jo Fox", "public",
     "role word 'lives in a nearby' in the apposition after the name"),
])
def test_sources_1_2_rules_exact(text, speaker, expected, rule):
    start = text.find(speaker)
    assert SourceTypes.default().classify(text, speaker, start, start + len(speaker)) == (expected, rule)


def test_canonical_name_joins_honorific_mentions():
    text = "Prime Minister Theresa May's statement. Mrs May said it. London's Sadiq Khan agreed; Mr Khan left."
    assert canonical_name(text, "Mrs May") == "Theresa May"
    assert canonical_name(text, "Mr Khan") == "Sadiq Khan"
    assert canonical_name(text, "Mr Smith") == "Mr Smith"
    # a capitalised sentence opener is no first name
    assert canonical_name("But Trump said so. No Trump aide came.", "Trump") == "Trump"
    assert canonical_name("But Donald Trump said so. Trump left.", "Trump") == "Donald Trump"
    # role phrases are titles, a period ends a sentence unless it follows an initial or abbreviation
    assert canonical_name("Attorney General William Barr spoke. Barr left.", "Barr") == "William Barr"
    assert canonical_name("He landed at Entebbe Airport. Netanyahu spoke.", "Netanyahu") == "Netanyahu"
    assert canonical_name("Capt. Jo Ames and Sen. Pat Toomey spoke. Toomey left.", "Toomey") == "Pat Toomey"
    # an opening modal or preposition and an acronym ending a sentence are no first names; dotted initials are
    assert canonical_name("Could Barr win? Barr said no.", "Barr") == "Barr"
    assert canonical_name("Like Obama, she spoke. Obama said so.", "Obama") == "Obama"
    assert canonical_name("He ran HHS. Sebelius said so.", "Sebelius") == "Sebelius"
    assert canonical_name("Adviser H.R. McMaster spoke. McMaster said so.", "McMaster") == "H.R. McMaster"
    assert canonical_name("J. Smith spoke. Smith said so.", "Smith") == "J. Smith"
    assert canonical_name("Will Hurd spoke. Hurd said so.", "Hurd") == "Will Hurd"
    # a label in capitals before a name is page furniture; a name in capitals stays whole
    assert canonical_name("MUST WATCH Melania Trump speaks. Trump said so.", "Trump") == "Melania Trump"
    assert canonical_name("AMY GOODMAN: Welcome. GOODMAN: Thanks.", "GOODMAN") == "AMY GOODMAN"


def test_plot_source_mix_returns_the_axes():
    t = pd.DataFrame({"outlet": ["A", "A", "B"], "source_type": ["police", "public", "police"],
                      "share": [0.25, 0.75, 1.0]})
    ax = plot_source_mix(t, labels={"police": "Police and security"})
    widths = [[float(p.get_width()) for p in c] for c in ax.containers]
    assert widths == [[0.25, 1.0], [0.75, 0.0]]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Police and security", "public"]


class _Marks(Family):
    """A family whose article hook returns hits (an ArticleResult)."""

    name = "marks"

    def columns(self):
        return {"marks": "int64"}

    def metrics(self):
        return [Metric("marks", kind="total", column="marks", outlet="total", summary=False)]

    def article(self, text, sentences):
        k = text.find("star")
        hits = [Hit("marks", term="star", matched="star", counted_as="marks", start=k, end=k + 4)] if k >= 0 else []
        return ArticleResult({"marks": [int(s.start <= k < s.end) for s in sentences]}, hits)


def test_article_hook_hits_are_filed_under_their_sentence():
    df = pd.DataFrame({"id": ["a"], "outlet": ["A"], "text": ["One. Two. A star here."]})
    a = coverage.analyze(df, families=[*default_families()[:1], _Marks()], n_boot=20)
    h = a.hits[a.hits["metric"] == "marks"]
    assert h[["sentence", "start", "end"]].values.tolist() == [[2, 12, 16]]
    assert a.articles["marks"].tolist() == [1]
    assert np.array_equal(a.sentences["marks"].to_numpy(), [0, 0, 1])


def test_the_quotes_table_is_built_from_what_analyze_found_without_extracting_again(analysis, monkeypatch):
    import dataclasses

    import coverage.families.quotes as fq

    kept = analysis.family_table("quotes")
    assert list(kept.columns) == ["article_id", "outlet", *fq.QUOTE_OFFSETS]
    assert kept["start"].dtype == np.int32 and kept["direct"].dtype == bool
    # "“We stand together,” said Zafir Malik, ...": offsets of the words, speaker and cue in a1's text
    row = kept[(kept["article_id"] == "a1") & kept["direct"]].iloc[0]
    assert A1[row["start"]:row["end"]] == "We stand together"
    assert (A1[row["speaker_start"]:row["speaker_end"]], A1[row["cue_start"]:row["cue_end"]]) == ("Zafir Malik", "said")
    fresh = dataclasses.replace(analysis, _term_cache={}, _tables={})  # no kept table: the quotes are found again
    expected = fresh.quotes

    def no_extraction(*args, **kwargs):
        raise AssertionError("extract_quotes ran a second time")

    monkeypatch.setattr(fq, "extract_quotes", no_extraction)
    again = dataclasses.replace(analysis, _term_cache={})
    pd.testing.assert_frame_equal(again.quotes, expected, check_exact=True)
    assert len(expected) == analysis.articles["quotes"].sum()


def test_the_kept_quotes_do_not_depend_on_chunks_or_workers():
    df = pd.DataFrame({"id": ["a1", "a2", "b1"] * 3, "outlet": ["A", "A", "B"] * 3, "text": [A1, A2, B1] * 3})
    df["id"] = [f"{i}-{k}" for k, i in enumerate(df["id"])]
    one = coverage.analyze(df, n_boot=20)
    many = coverage.analyze(df, n_boot=20, chunk_size=2, n_jobs=2)
    pd.testing.assert_frame_equal(one.family_table("quotes"), many.family_table("quotes"), check_exact=True)
    pd.testing.assert_frame_equal(one.quotes, many.quotes, check_exact=True)


class _Rows(_Marks):
    name = "rows"

    def table_columns(self):
        return {"at": "int64", "word": "str"}

    def article(self, text, sentences):
        got = super().article(text, sentences)
        k = text.find("star")
        return ArticleResult(got.values, got.hits, [(k, text[k:k + 4])] if k >= 0 else [])


def test_a_family_keeps_its_own_table_with_the_article_and_outlet():
    df = pd.DataFrame({"id": ["a", "b"], "outlet": ["A", "B"], "text": ["One. A star here.", "No mark."]})
    a = coverage.analyze(df, families=[*default_families()[:1], _Rows()], n_boot=20)
    t = a.family_table("rows")
    assert t.values.tolist() == [["a", "A", 7, "star"]]
    assert a.family_table("quotes") is None  # not among the families


@pytest.mark.parametrize("columns, message", [
    ({"article_id": "str"}, "engine adds"),
    ({"At": "int64"}, "lower-case"),
    ({"at": "complex"}, "dtype 'complex'"),
])
def test_bad_table_columns_are_refused_with_the_fix(columns, message):
    class Bad(_Rows):
        def table_columns(self):
            return columns

    with pytest.raises(ParameterError, match=message):
        coverage.analyze(pd.DataFrame({"id": ["a"], "outlet": ["A"], "text": ["A star."]}), families=[Bad()])


def test_a_row_of_the_wrong_length_names_the_family():
    class Short(_Rows):
        def article(self, text, sentences):
            got = super().article(text, sentences)
            return ArticleResult(got.values, (), [(1,)])

    with pytest.raises(ValueError, match="family 'rows': each row of ArticleResult.rows must hold 2 values"):
        coverage.analyze(pd.DataFrame({"id": ["a"], "outlet": ["A"], "text": ["A star."]}), families=[Short()])


def _full_mentions_by_regex(text, surname):
    """The definition: ``re.finditer`` of the compiled per-surname pattern over the runs of name characters."""
    from coverage import sources

    pattern = sources._surname_pattern(surname)
    return [(m.start(), m.group(1)) for lo, hi in sources._surname_runs(text, surname)
            for m in pattern.finditer(text, lo, hi)]


def test_full_mentions_are_the_matches_of_the_surname_pattern_without_compiling_it():
    import random

    from coverage.sources import _full_mentions

    texts = ["London Mayor Sadiq Khan spoke. Mr Khan said. Khan and Khan Khan.",
             "Sen. Pat Toomey (R-Pa.) agreed; J. R. Toomey, Toomey Toomey Toomey Toomey Toomey said.",
             "aJohn Smith, McDonald Smith, A B C D E Smith, Smithson Smith-Jones O'Neil Smith.  Ann  Smith"]
    for t in texts:
        for surname in ("Khan", "Toomey", "Smith", "Jones"):
            assert _full_mentions(t, surname) == _full_mentions_by_regex(t, surname), (t, surname)
    # "Khan and Khan Khan.": "and" is no name word, so only the last two make a mention
    assert _full_mentions(texts[0], "Khan") == [(0, "London Mayor Sadiq "), (31, "Mr "), (54, "Khan ")]
    rng = random.Random(7)
    pieces = ["Smith", "Sen.", "J.", "Jr.", "Mc", "x", " ", " ", "  ", ",", "O'Neil", "A-B", ".", "ab.", "\t", "É", "S"]
    for _ in range(3000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        for surname in ("Smith", "Neil", "B", "Jr.", "S"):
            assert _full_mentions(t, surname) == _full_mentions_by_regex(t, surname), (t, surname)


def test_an_adverb_is_skipped_only_before_a_verb_in_the_apposition():
    src = SourceTypes.default()
    # "family" ends in -ly but is no adverb: the apposition "a family friend" types the speaker
    assert src.classify("Jo Bell, a family friend, said the boy was kind.", "Jo Bell", 0, 7) == (
        "public", "role word 'friend' in the apposition after the name")
    # "reportedly invited ...": an adverb and a verb, no description
    assert src.classify("Jo Bell, reportedly invited to the vigil, said it was moving.", "Jo Bell", 0, 7) == (
        "unknown", "no role word near 'Jo Bell'")
