"""The article-level cache: identical results, only new or changed articles processed, invalidation."""

from __future__ import annotations

import hashlib
import json
import shutil
import warnings

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

import coverage
from coverage.engine import cache as _cache
from coverage.engine import chunk as _engine
from coverage.errors import CoverageWarning


@pytest.fixture(scope="module")
def corpus(mixed_corpus):
    return mixed_corpus.iloc[:24].reset_index(drop=True)


@pytest.fixture(scope="module")
def fresh(corpus):
    return coverage.analyze(corpus, n_boot=100)


@pytest.fixture
def counted(monkeypatch):
    """Count the articles the engine really processes."""
    seen: list[str] = []
    real = _engine.process_chunk

    def spy(ids, *args, **kw):
        seen.extend(ids)
        return real(ids, *args, **kw)

    monkeypatch.setattr("coverage.engine.schedule.process_chunk", spy)
    return seen


def _same(a, b):
    for name in ("sentences", "articles", "outlets", "hits"):
        assert_frame_equal(getattr(a, name), getattr(b, name), check_exact=True)
    # the quotes family's own table comes back from the cache with the rest (and so does the quotes table)
    assert_frame_equal(a.family_table("quotes"), b.family_table("quotes"), check_exact=True)
    assert_frame_equal(a.quotes, b.quotes, check_exact=True)
    assert_frame_equal(a.terms(ngram_range=(1, 2), top=None), b.terms(ngram_range=(1, 2), top=None))
    target = sorted(set(a.articles["outlet"]))[-1]
    assert_frame_equal(a.keyness(target), b.keyness(target))


def test_cached_results_equal_fresh_ones_and_only_new_articles_run(tmp_path, corpus, fresh, counted):
    first = coverage.analyze(corpus.iloc[:16], n_boot=100, cache=tmp_path, chunk_size=5)
    assert len(counted) == 16
    assert len(list((tmp_path).glob("*/part-*.sentences.parquet"))) == 1
    counted.clear()
    grown = coverage.analyze(corpus, n_boot=100, cache=tmp_path, chunk_size=5)  # the corpus grew by 8
    assert counted == corpus["id"].iloc[16:].tolist()
    _same(grown, fresh)
    counted.clear()
    again = coverage.analyze(corpus, n_boot=100, cache=tmp_path)
    assert counted == []
    _same(again, fresh)
    assert first.articles["article_id"].tolist() == corpus["id"].iloc[:16].tolist()


def test_lookup_is_by_text_so_renamed_articles_hit_and_edited_ones_miss(tmp_path, corpus, counted):
    coverage.analyze(corpus, n_boot=50, cache=tmp_path)
    counted.clear()
    changed = corpus.copy()
    changed["id"] = [f"new-{i}" for i in changed["id"]]  # new ids and outlets, same texts: cache hits
    changed["outlet"] = changed["outlet"].str.upper()
    changed.loc[3, "text"] = changed.loc[3, "text"] + "\n\nA late update: police made an arrest."
    a = coverage.analyze(changed, n_boot=50, cache=tmp_path)
    assert counted == ["new-m003"]
    _same(a, coverage.analyze(changed, n_boot=50))


@pytest.mark.parametrize("change", ["lexicon", "exclude_boilerplate", "version", "schema"])
def test_configuration_changes_invalidate(tmp_path, corpus, counted, monkeypatch, change):
    coverage.analyze(corpus.iloc[:6], n_boot=50, cache=tmp_path)
    counted.clear()
    kw = {}
    if change == "lexicon":
        kw["lexicon"] = {"version": "1", "frames": {"economy": {"groups": {"m": {"terms": ["jobs"]}}}}}
    elif change == "exclude_boilerplate":
        kw["exclude_boilerplate"] = False
    elif change == "version":
        monkeypatch.setattr(_cache, "__version__", "999.0")
    else:
        monkeypatch.setattr(_cache, "SCHEMA", "999")
    coverage.analyze(corpus.iloc[:6], n_boot=50, cache=tmp_path, **kw)
    assert len(counted) == 6
    assert len(list(tmp_path.iterdir())) == 2  # a second configuration folder; the first is untouched


def test_config_json_explains_the_key(tmp_path, corpus):
    coverage.analyze(corpus.iloc[:2], n_boot=10, cache=tmp_path)
    (cfg,) = tmp_path.glob("*/config.json")
    text = cfg.read_text()
    cfg = json.loads(text)
    assert {"package_version", "families", "exclude_boilerplate", "schema"} <= set(cfg)
    fams = {f["name"]: f for f in cfg["families"]}
    assert list(fams) == ["boilerplate", "sentiment", "framing", "religion", "quotes"]
    from coverage.families.religion import ReligionRules
    from coverage.lexicon import Lexicon

    assert fams["framing"]["lexicon"]["sha256"] == Lexicon.default().sha256
    assert fams["religion"]["rules"]["sha256"] == ReligionRules.default().sha256
    assert all(len(f["fingerprint"]) == 64 for f in cfg["families"])


def test_the_key_comes_from_the_rules_and_lexicon_actually_used(tmp_path, corpus):
    """Custom religion rules (or a custom lexicon) give another key folder: results of other rules are never reused."""
    import yaml

    from coverage.families import default_families
    from coverage.families.religion import ReligionRules

    spec = ReligionRules.default().spec
    custom = yaml.safe_load(yaml.safe_dump(spec))
    custom["categories"]["place_of_worship"]["terms"] = [
        t for t in custom["categories"]["place_of_worship"]["terms"] if (t if isinstance(t, str) else t["term"]) != "mosque"]
    fams = default_families(religion_rules=ReligionRules(spec=custom, source="custom.yaml"))
    coverage.analyze(corpus.iloc[:2], n_boot=10, cache=tmp_path)
    coverage.analyze(corpus.iloc[:2], n_boot=10, cache=tmp_path, families=fams)
    coverage.analyze(corpus.iloc[:2], n_boot=10, cache=tmp_path, lexicon={"version": "1", "frames": {
        "economy": {"groups": {"m": {"terms": ["jobs"]}}}}})
    assert len(list(tmp_path.glob("*/config.json"))) == 3


def test_damaged_part_is_ignored_with_a_warning_and_recomputed(tmp_path, corpus, counted):
    coverage.analyze(corpus.iloc[:4], n_boot=10, cache=tmp_path)
    (part,) = tmp_path.glob("*/part-*.hits.parquet")
    part.write_bytes(b"not parquet")
    counted.clear()
    with pytest.warns(CoverageWarning, match=f"{part.name} does not match the checksum"):
        a = coverage.analyze(corpus.iloc[:4], n_boot=10, cache=tmp_path)
    assert len(counted) == 4
    _same(a, coverage.analyze(corpus.iloc[:4], n_boot=10))


def test_no_temporary_files_are_left(tmp_path, corpus):
    coverage.analyze(corpus.iloc[:3], n_boot=10, cache=tmp_path)
    names = [p.name for p in tmp_path.rglob("*")]
    assert not [n for n in names if n.endswith(".tmp")]


def test_bad_cache_argument(corpus):
    with pytest.raises(coverage.ParameterError, match="cache must be a folder path"):
        coverage.analyze(corpus.iloc[:1], cache=42)


def test_duplicate_texts_share_one_entry(tmp_path, counted):
    df = pd.DataFrame({"id": ["a", "b", "c"], "outlet": ["X", "Y", "Y"],
                       "text": ["We stand together.", "We stand together.", "The attacker was shot."]})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CoverageWarning)
        first = coverage.analyze(df, n_boot=10, cache=tmp_path)
        counted.clear()
        second = coverage.analyze(df, n_boot=10, cache=tmp_path)
    assert counted == []
    _same(first, second)


# -- integrity: parts carry checksums of their content and their key (issue 15, item 7) -------------------------


def _numbers(a):
    return a.articles[["article_id", "sentiment", "tone"]], a.outlets


def test_normal_reuse_reads_everything_from_the_cache(tmp_path, corpus, counted):
    df = corpus.iloc[:8]
    assert coverage.analyze(df, n_boot=10).params["cache"] is None
    first = coverage.analyze(df, n_boot=10, cache=tmp_path)
    (key,) = [p.name for p in tmp_path.iterdir()]
    assert len(first.family_table("quotes")) > 0  # the quotes are cached too (compared by _same below)
    assert first.params["cache"] == {"key": key, "from_cache": 0, "computed": 8, "ignored_parts": []}
    (side,) = tmp_path.glob(f"{key}/part-*.json")
    meta = json.loads(side.read_text())
    assert meta["key"] == key and meta["schema"] == _cache.SCHEMA
    stem = side.name.removesuffix(".json")
    assert meta["sha256"] == {k: hashlib.sha256((side.parent / f"{stem}.{k}.parquet").read_bytes()).hexdigest()
                              for k in ("sentences", "hits", "tokens", "table-quotes")}
    counted.clear()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        second = coverage.analyze(df, n_boot=10, cache=tmp_path)
    assert counted == []
    assert second.params["cache"] == {"key": key, "from_cache": 8, "computed": 0, "ignored_parts": []}
    _same(first, second)


def test_an_edited_part_is_refused_and_recomputed(tmp_path, corpus, counted):
    df = corpus.iloc[:6]
    first = coverage.analyze(df, n_boot=10, cache=tmp_path)
    coverage.analyze(df, n_boot=10, cache=tmp_path)
    (part,) = tmp_path.glob("*/part-*.sentences.parquet")
    edited = pd.read_parquet(part).assign(sentiment=0.99)
    edited.to_parquet(part, index=False)
    counted.clear()
    with pytest.warns(CoverageWarning, match=f"{part.name} does not match the checksum") as record:
        third = coverage.analyze(df, n_boot=10, cache=tmp_path)
    assert "ignored and its articles are recomputed" in str(record[0].message)
    assert len(counted) == 6
    name = part.name.removesuffix(".sentences.parquet")
    assert third.params["cache"]["ignored_parts"] == [name]
    assert third.params["cache"]["from_cache"] == 0 and third.params["cache"]["computed"] == 6
    assert not (third.sentences["sentiment"] == 0.99).any()
    for x, y in zip(_numbers(first), _numbers(third), strict=True):
        assert_frame_equal(x, y, check_exact=True)
    _same(first, third)


def test_a_part_copied_from_another_key_is_refused(tmp_path, corpus, counted):
    df = corpus.iloc[:6]
    coverage.analyze(df, n_boot=10, cache=tmp_path, exclude_boilerplate=True)
    (key_a,) = [p.name for p in tmp_path.iterdir()]
    coverage.analyze(df.iloc[:1], n_boot=10, cache=tmp_path, exclude_boilerplate=False)
    (key_b,) = [p.name for p in tmp_path.iterdir() if p.name != key_a]
    foreign = sorted((tmp_path / key_a).glob("part-*"))
    assert len(foreign) == 5  # four Parquet files (sentences, hits, tokens, the quotes family's table), the checksums
    for f in foreign:
        shutil.copy(f, tmp_path / key_b / f.name)
    name = foreign[0].name.split(".")[0]
    # make the foreign part wrong but self-consistent (checksums match): only the key can refuse it
    sent = tmp_path / key_b / f"{name}.sentences.parquet"
    pd.read_parquet(sent).assign(sentiment=0.99).to_parquet(sent, index=False)
    side = tmp_path / key_b / f"{name}.json"
    meta = json.loads(side.read_text())
    meta["sha256"]["sentences"] = hashlib.sha256(sent.read_bytes()).hexdigest()
    side.write_text(json.dumps(meta))
    counted.clear()
    with pytest.warns(CoverageWarning, match=f"{name}.json was written for cache key '{key_a}'"):
        b = coverage.analyze(df, n_boot=10, cache=tmp_path, exclude_boilerplate=False)
    assert b.params["cache"] == {"key": key_b, "from_cache": 1, "computed": 5, "ignored_parts": [name]}
    assert counted == df["id"].iloc[1:].tolist()
    assert not (b.sentences["sentiment"] == 0.99).any()
    _same(b, coverage.analyze(df, n_boot=10, exclude_boilerplate=False))


def test_a_part_without_its_checksum_file_is_not_used(tmp_path, corpus, counted):
    df = corpus.iloc[:4]
    first = coverage.analyze(df, n_boot=10, cache=tmp_path)
    (side,) = tmp_path.glob("*/part-*.json")
    side.unlink()  # as a run killed before its last write leaves it
    counted.clear()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        again = coverage.analyze(df, n_boot=10, cache=tmp_path)
    assert len(counted) == 4
    assert again.params["cache"]["from_cache"] == 0 and again.params["cache"]["ignored_parts"] == []
    assert side.exists()  # the part was written again, complete
    _same(first, again)
