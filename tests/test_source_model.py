"""The source-type model (coverage.source_model): features, prediction, the unknown-only fallback, files."""

from __future__ import annotations

import json
import math

import pandas as pd
import pytest

import coverage
from coverage.errors import ParameterError
from coverage.families import QuotesFamily, default_families
from coverage.learn import train_source_model
from coverage.outputs import OutputError
from coverage.source_model import SourceTypeModel, model_types, speaker_features
from coverage.sources import SourceTypes

TEXT = 'Ann Lee, who lives upstairs, heard shots. "It was loud," Lee said. Police Chief Bo Ray said it was over.'


def tiny_model() -> SourceTypeModel:
    # 'lives' after a mention: public; 'chief' before one: police; nothing known: unknown
    return SourceTypeModel(classes=("police", "public", "unknown"), features=("a:lives", "b:chief", "r:unknown"),
                           coef=((-1.0, 3.0, 0.0), (3.0, -1.0, 0.0), (-1.0, -1.0, 0.5)),
                           intercept=(0.0, 0.0, 0.0))


def test_features_are_the_words_around_every_mention_of_the_surname():
    at = TEXT.index("Lee said")
    f = speaker_features(TEXT, at, at + 3, "unknown", before=2, after=2)
    # around "Lee said": before 'was loud', after 'said police'; around the first "Lee": 'ann' / 'who lives'
    assert sorted(f) == ["a:lives", "a:police", "a:said", "a:who", "b:ann", "b:loud", "b:was", "r:unknown",
                         "s:lee"]
    assert set(f.values()) == {1.0}


def test_features_without_other_mentions_or_windows():
    at = TEXT.index("Lee said")
    assert sorted(speaker_features(TEXT, at, at + 3, "public", before=0, after=1, mentions=0)) == [
        "a:said", "r:public", "s:lee"]
    # a lower-case last word is no surname: no other mention is looked up
    start = TEXT.index("shots")
    assert sorted(speaker_features(TEXT, start, start + 5, "unknown", before=1, after=1)) == [
        "a:it", "b:heard", "r:unknown", "s:shots"]


def test_predict_gives_the_softmax_probability_and_the_features_that_weighed_most():
    m = tiny_model()
    at = TEXT.index("Lee said")
    best, p, top = m.predict(TEXT, at, at + 3)
    # features present: a:lives (first mention), r:unknown -> scores police -1, public 3, unknown -0.5
    expected = math.exp(3) / (math.exp(-1) + math.exp(3) + math.exp(-0.5))
    assert best == "public" and p == round(expected, 3) == 0.954
    assert top == [("a:lives", 3.0)]


def test_model_types_fills_only_unknown_rows_with_a_speaker():
    m = tiny_model()
    lee, ray = TEXT.index("Lee said"), TEXT.index("Bo Ray")
    q = pd.DataFrame({"article_id": ["a"] * 4, "speaker_start": [lee, ray, lee, -1],
                      "speaker_end": [lee + 3, ray + 6, lee + 3, -1],
                      "source_type": ["unknown", "unknown", "official", "unknown"],
                      "source_rule": ["no role word near 'Lee'", "r2", "r3", "no speaker"]})
    out = model_types(q, {"a": TEXT}, m)
    assert out["source_type"].tolist() == ["public", "police", "official", "unknown"]
    assert out["source_rule"].tolist()[0] == ("no role word near 'Lee'; the source-type model gives public "
                                              "(p 0.954; after a mention: 'lives')")
    assert out["source_rule"].tolist()[2:] == ["r3", "no speaker"]
    assert q["source_type"].tolist()[0] == "unknown"  # the input is not changed
    assert model_types(q, {"a": TEXT}, None) is q


def test_model_types_keeps_unknown_when_the_model_says_unknown_and_ignores_row_order():
    m = tiny_model()
    s = TEXT.index("shots")  # no 'lives', no 'chief': the model's best is unknown
    lee = TEXT.index("Lee said")
    q = pd.DataFrame({"article_id": ["a", "a"], "speaker_start": [s, lee], "speaker_end": [s + 5, lee + 3],
                      "source_type": ["unknown", "unknown"], "source_rule": ["x", "y"]})
    out = model_types(q, {"a": TEXT}, m)
    assert out["source_type"].tolist() == ["unknown", "public"] and out["source_rule"].iloc[0] == "x"
    rev = model_types(q.iloc[::-1], {"a": TEXT}, m)
    assert rev["source_type"].tolist() == ["public", "unknown"]


def test_json_round_trip_checksum_and_safe_overwrite(tmp_path):
    m = tiny_model()
    path = tmp_path / "m.json"
    m.to_json(path)
    back = SourceTypeModel.from_json(path)
    assert back == m and back.sha256 == m.sha256
    m.to_json(path)  # a model file may be replaced
    data = json.loads(path.read_text())
    data["coef"][0][0] = 5.0
    path.write_text(json.dumps(data))
    with pytest.raises(ParameterError, match="sha256 recorded in the file does not match"):
        SourceTypeModel.from_json(path)
    other = tmp_path / "notes.json"
    other.write_text('{"my": "notes"}')
    with pytest.raises(OutputError, match="not overwritten"):
        m.to_json(other)
    assert other.read_text() == '{"my": "notes"}'
    with pytest.raises(ParameterError, match="does not exist"):
        SourceTypeModel.from_json(tmp_path / "missing.json")


def test_bad_models_are_refused():
    with pytest.raises(ParameterError, match="one weight per feature"):
        SourceTypeModel(classes=("a", "b"), features=("x",), coef=((1.0,), (1.0, 2.0)), intercept=(0.0, 0.0))
    with pytest.raises(ParameterError, match="finite"):
        SourceTypeModel(classes=("a", "b"), features=("x",), coef=((1.0,), (math.nan,)), intercept=(0.0, 0.0))
    with pytest.raises(ParameterError, match="two or more distinct"):
        SourceTypeModel(classes=("a",), features=("x",), coef=((1.0,),), intercept=(0.0,))


def test_train_source_model_learns_the_words_of_a_role():
    text = ("Ann Lee, a neighbour, said it. Bo Ray, a neighbour, said so. Cy Day, an officer, said no. "
            "Di Fox, an officer, said yes.")
    starts = [text.index(n) for n in ("Ann Lee", "Bo Ray", "Cy Day", "Di Fox")]
    rows = pd.DataFrame({"article_id": ["a"] * 4, "speaker_start": starts, "speaker_end": [s + 6 for s in starts],
                         "rule_type": ["unknown"] * 4, "source_type": ["public", "public", "police", "police"]})
    m = train_source_model(rows, {"a": text}, C=10.0, min_articles=1, before=0, after=3, mentions=0)
    assert (m.classes, m.n_train, m.n_articles, m.min_articles) == (("police", "public"), 4, 1, 1)
    new = "Ed Poe, a neighbour, said that."
    assert m.predict(new, 0, 6)[0] == "public"
    assert m.predict("Flo Ng, an officer, said that.", 0, 6)[0] == "police"
    # min_articles keeps the words of one article out of the model file
    assert train_source_model(rows, {"a": text}, min_articles=2, after=3).features == ("r:unknown",)
    with pytest.raises(ParameterError, match="no speaker mention"):
        train_source_model(rows.assign(speaker_start=-1), {"a": text})
    with pytest.raises(ParameterError, match="1 source type"):
        train_source_model(rows.assign(source_type="public"), {"a": text})


def test_the_builtin_model_is_plain_data_trained_on_the_development_files():
    m = SourceTypeModel.default()
    assert set(m.classes) == set(SourceTypes.default().types)
    assert "development quote files" in m.trained_on and m.n_train > 7000
    assert m.cv["accuracy"] > m.cv["rules_accuracy"]
    assert all(f[:2] in ("s:", "b:", "a:", "r:") for f in m.features)


def test_quotes_family_types_unknown_speakers_with_the_model_and_says_so():
    df = pd.DataFrame({"id": ["a"], "outlet": ["X"], "text": [TEXT]})
    with_model = coverage.analyze(df, families=default_families(source_model=tiny_model())).quotes
    rules = coverage.analyze(df, families=default_families(source_model=None)).quotes
    lee = with_model[with_model["speaker"] == "Lee"]
    assert rules.loc[rules["speaker"] == "Lee", "source_type"].tolist() == ["unknown"]
    assert lee["source_type"].tolist() == ["public"]
    assert "the source-type model gives public" in lee["source_rule"].iloc[0]
    # what the rules type is left alone
    chief = with_model[with_model["speaker"].str.contains("Ray")]
    assert chief["source_type"].tolist() == rules.loc[rules["speaker"].str.contains("Ray"), "source_type"].tolist()


def test_quotes_family_checks_source_model():
    with pytest.raises(ParameterError, match="source_model must be"):
        QuotesFamily(source_model=3)
    assert QuotesFamily(source_model=None).type_model is None
    assert QuotesFamily().type_model is SourceTypeModel.default()
