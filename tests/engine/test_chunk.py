"""The one-pass engine: same numbers as the straightforward per-sentence pipeline, whatever the chunking."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

import coverage
from coverage.engine import process_chunk
from coverage.families import check_families, default_families
from coverage.families import sentiment as _sent
from coverage.families.boilerplate import boilerplate_reasons
from coverage.families.framing import match_frames
from coverage.families.religion import match_religion
from coverage.families.vader import FastVader
from coverage.lexicon import Lexicon
from coverage.terms import doc_term_matrix, stream_term_matrix
from coverage.text import (
    _punkt,
    _punkt_spans,
    _reference_punkt,
    fold_text,
    is_word,
    normalize_text,
    paragraphs,
    segment,
    tokenize,
)


@pytest.fixture(scope="module")
def mixed(mixed_corpus):
    return mixed_corpus


@pytest.fixture(scope="module")
def mixed_analysis(mixed):
    return coverage.analyze(mixed, n_boot=200)


def _reference_sentences(aid: str, outlet: str, text: str, lex: Lexicon) -> list[dict]:
    """The pipeline written the obvious way: tokenize each sentence, match, score with NLTK-equal VADER."""
    vader = FastVader(cache=False)
    rows = []
    prev: list = []
    for s, reason in zip(segment(text), boilerplate_reasons(text, segment(text)), strict=True):
        toks = tokenize(s.text, offset=s.start)
        row = {"article_id": aid, "sentence": s.index, "n_tokens": sum(is_word(t) for t in toks),
               "boilerplate": bool(reason), "solidarity": 0.0, "violence": 0.0}
        mask = []
        for h in match_frames(toks, lex):
            if h.counted_as:
                row[h.counted_as] += h.weight
            if h.metric == "violence" or h.category == "defiance":
                mask.append((h.start - s.start, h.end - s.start))
        rel = match_religion(toks, s.text, sentence_start=s.start, context_tokens=prev)
        row["religion"] = len(rel)
        row["sentiment"] = vader.polarity_scores(fold_text(s.text))["compound"]  # VADER reads the folded text
        row["tone"] = vader.polarity_scores(fold_text(_sent.mask_spans(s.text, mask)))["compound"]
        rows.append(row)
        prev = toks
    return rows


def test_engine_equals_the_per_sentence_pipeline(mixed, mixed_analysis):
    lex = Lexicon.default()
    ref = pd.DataFrame([r for row in mixed.itertuples(index=False)
                        for r in _reference_sentences(row.id, row.outlet, normalize_text(row.text), lex)])
    got = mixed_analysis.sentences[ref.columns].reset_index(drop=True)
    assert len(got) == len(ref) > 300
    assert_frame_equal(got, ref, check_dtype=False, check_exact=False, rtol=0, atol=1e-12)
    assert got["religion"].sum() > 10 and got["violence"].sum() > 10  # the data exercises the matchers


@pytest.mark.parametrize("small_merge", [250_000, 0])  # chunk tables merged by pd.concat / column by column in Arrow
@pytest.mark.parametrize("chunk_size", [1, 7, 1000])
def test_results_do_not_depend_on_chunking(mixed, mixed_analysis, chunk_size, small_merge, monkeypatch):
    import coverage.engine.chunk

    monkeypatch.setattr(coverage.engine.chunk, "_SMALL_MERGE", small_merge)
    other = coverage.analyze(mixed, n_boot=200, chunk_size=chunk_size)
    for name in ("sentences", "articles", "outlets", "hits"):
        assert_frame_equal(getattr(other, name), getattr(mixed_analysis, name), check_exact=True)
    assert_frame_equal(other.terms(ngram_range=(1, 2), top=None), mixed_analysis.terms(ngram_range=(1, 2), top=None))


def test_worker_processes_give_identical_results(mixed, mixed_analysis):
    other = coverage.analyze(mixed, n_boot=200, chunk_size=10, n_jobs=2)
    for name in ("sentences", "articles", "outlets", "hits"):
        assert_frame_equal(getattr(other, name), getattr(mixed_analysis, name), check_exact=True)
    assert_frame_equal(other.keyness("Outlet A"), mixed_analysis.keyness("Outlet A"))


def test_default_term_counts_are_counted_while_the_bootstrap_runs(mixed, mixed_analysis, monkeypatch):
    import dataclasses

    import coverage.terms
    from coverage.engine.schedule import can_fork

    other = coverage.analyze(mixed, n_boot=200, chunk_size=10, n_jobs=2)
    if not can_fork():
        pytest.skip("the outlet table forks workers on Linux only")
    assert "outlet_unigrams" in other._term_cache and not mixed_analysis._term_cache  # n_jobs=1: nothing counted early
    expected = mixed_analysis.terms(top=None)
    calls = []
    count = coverage.terms.stream_term_matrix
    monkeypatch.setattr(coverage.terms, "stream_term_matrix", lambda *a, **k: calls.append(k) or count(*a, **k))
    assert_frame_equal(other.terms(top=None), expected)
    assert calls == []  # the defaults: analyze() already counted them
    assert_frame_equal(other.terms(top=None, min_count=2), mixed_analysis.terms(top=None, min_count=2))
    assert len(calls) == 2  # any other parameter counts again
    # a changed grouping counts again too
    renamed = other.articles.assign(outlet=["Renamed"] + other.articles["outlet"].tolist()[1:])
    changed, fresh = dataclasses.replace(other, articles=renamed), dataclasses.replace(other, articles=renamed,
                                                                                       _term_cache={})
    assert_frame_equal(changed.terms(top=None), fresh.terms(top=None))
    assert len(calls) == 4


@pytest.mark.parametrize("workers", [2, 3, 8])
def test_parallel_chunks_cover_the_corpus_and_shrink_towards_the_end(workers):
    """Guided chunks: contiguous, every article once, at most chunk_size articles, the last ones small."""
    from coverage.engine.schedule import guided_chunks as _guided_chunks

    rng = np.random.default_rng(7)
    lengths = rng.integers(200, 20_000, size=3000)
    capped = _guided_chunks(lengths, workers, 100)
    assert all(0 < hi - lo <= 100 for lo, hi in capped) and capped[-1][1] == len(lengths)
    spans = _guided_chunks(lengths, workers, 10_000)
    assert spans[0][0] == 0 and spans[-1][1] == len(lengths)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))
    chars = np.array([lengths[lo:hi].sum() for lo, hi in spans])
    total = lengths.sum()
    # each of the first chunks takes about 1/(2 workers) of what is left; the tail is a few small ones
    assert chars[1] == pytest.approx((total - chars[0]) / (2 * workers), rel=0.1)
    assert chars[-3:].max() < total / (8 * workers)
    assert len(spans) >= 4 * workers
    # no text (all lengths 0) still gives every article a chunk
    assert _guided_chunks(np.zeros(3, dtype=np.int64), 2, 2) == [(0, 2), (2, 3)]
    assert _guided_chunks(np.zeros(0, dtype=np.int64), 2, 500) == []


def test_outlet_table_from_worker_processes_is_identical(mixed_analysis):
    """The bootstrap of each outlet runs in whichever process; its random stream is its own."""
    from coverage.engine.aggregate import outlet_table
    from coverage.engine.schedule import fork_map, guided_chunks

    a = mixed_analysis
    args = (a.articles, a.sentences, a.plan, True, a.params["seed"], a.params["n_boot"], 0.95)
    assert a.outlets["outlet"].nunique() >= 4

    def forked(fn, units, meanwhile):
        return fork_map(fn, guided_chunks(units + 20, 2, len(units)), 2, meanwhile)

    assert_frame_equal(outlet_table(*args, parallel=forked), outlet_table(*args), check_exact=True)
    assert_frame_equal(outlet_table(*args), a.outlets, check_exact=True)


def test_token_stream_is_compact_and_complete(mixed_analysis):
    t = mixed_analysis._tokens
    assert t.ids.dtype == np.int32 and len(t.indptr) == len(mixed_analysis.articles) + 1
    # one -1 per counted sentence; word tokens match the article table's n_tokens
    counted = mixed_analysis.sentences[~mixed_analysis.sentences["boilerplate"]]
    assert int((t.ids == -1).sum()) == len(counted)
    vocab = np.array(t.vocab, dtype=object)
    for k, row in enumerate(mixed_analysis.articles.itertuples(index=False)):
        seg = t.ids[t.indptr[k]:t.indptr[k + 1]]
        words = [w for w in vocab[seg[seg >= 0]] if is_word(w)]
        assert len(words) == row.n_tokens


@pytest.mark.parametrize("kw", [
    {},
    {"ngram_range": (1, 3)},
    {"ngram_range": (2, 3), "stem": True, "min_count": 2},
    {"stopwords": None, "ngram_range": (1, 2)},
    {"ngrams_across_removed": True, "ngram_range": (2, 2)},
])
def test_stream_term_matrix_equals_doc_term_matrix(mixed_analysis, kw):
    t = mixed_analysis._tokens
    # the same documents as token lists: a "." at each sentence end breaks n-grams like the -1 does
    docs = [[t.vocab[i] if i >= 0 else "." for i in t.ids[t.indptr[k]:t.indptr[k + 1]]]
            for k in range(len(t.indptr) - 1)]
    m1, v1 = doc_term_matrix(docs, **kw)
    m2, v2 = stream_term_matrix(t.ids, t.indptr, t.vocab, **kw)
    assert v1.tolist() == v2.tolist() and len(v1) > 100
    assert (m1 != m2).nnz == 0


@pytest.mark.parametrize("kw", [{}, {"ngram_range": (1, 3), "min_count": 2}, {"ngram_range": (2, 2), "stem": True}])
def test_stream_term_matrix_rows_sum_documents_into_groups(mixed_analysis, kw):
    """rows= gives group_counts of the document matrix (documents of row -1 left out), in any block size."""
    from coverage.terms import _unigram_grouped

    t = mixed_analysis._tokens
    n_docs = len(t.indptr) - 1
    rows = np.arange(n_docs) % 3 - 1  # groups 0 and 1; every third document left out
    min_count = kw.pop("min_count", 1)
    docs, terms = stream_term_matrix(t.ids, t.indptr, t.vocab, **kw)
    grouped, terms2 = stream_term_matrix(t.ids, t.indptr, t.vocab, rows=rows, n_rows=2, min_count=min_count, **kw)
    expected = np.vstack([np.asarray(docs[rows == g].sum(axis=0)).ravel() for g in (0, 1)])
    present = expected.sum(axis=0) >= max(min_count, 1)  # min_count applies to the counted documents
    assert 100 < present.sum() < len(terms)
    assert terms2.tolist() == terms[present].tolist()
    assert np.array_equal(grouped.toarray(), expected[:, present])
    term_of = np.arange(len(t.vocab) + 1, dtype=np.int32)
    term_of[-1] = -1
    vocab = np.array(t.vocab, dtype=object)
    small = _unigram_grouped(t.ids, t.indptr, term_of, vocab, rows, 2, docs_per_block=3)
    large = _unigram_grouped(t.ids, t.indptr, term_of, vocab, rows, 2, docs_per_block=10_000)
    assert small[1].tolist() == large[1].tolist() and (small[0] != large[0]).nnz == 0


def test_bootstrap_batches_draw_the_same_resamples(monkeypatch):
    """The outlet CIs are computed in batches of resamples; the batch size never changes a number."""
    from coverage import stats

    values = np.random.default_rng(1).normal(size=500)
    tok = np.random.default_rng(2).integers(1, 30, size=500).astype(float)
    s, v = np.abs(values), np.abs(values[::-1])

    def run():
        return (stats.bootstrap_ci(values, n_resamples=2000, seed=[0, 7]),
                stats.bootstrap_ratio_ci(s, tok, scale=1000.0, n_resamples=2000, seed=[0, 7]),
                stats.bootstrap_ratio_ci(s - v, s + v, n_resamples=2000, seed=[0, 7]))

    one_batch = run()
    monkeypatch.setattr(stats, "_CHUNK_CELLS", 777)  # batches of one resample (777 < 500 * 2)
    assert run() == one_batch
    idx = np.random.default_rng([0, 7]).integers(0, 500, size=(2000, 500))  # the unbatched draw, by hand
    alpha = 1.0 - 0.95
    lo, hi = np.quantile(np.sort(values)[idx].mean(axis=1), [alpha / 2.0, 1.0 - alpha / 2.0])
    assert one_batch[0][1:] == (lo, hi)


def test_ngrams_stop_at_sentence_ends_and_punctuation():
    a = coverage.analyze(pd.DataFrame({"id": ["x"], "outlet": ["O"],
                                       "text": ["Police arrived. Crowds gathered, mourners wept."]}), n_boot=10)
    bigrams = set(a.terms(ngram_range=(2, 2), stopwords=None, top=None)["term"])
    assert bigrams == {"police arrived", "crowds gathered", "mourners wept"}


def test_process_chunk_alone():
    r = process_chunk(["a", "b"], ["A", "B"], ["We stand together. They were not afraid.", "Nothing here"],
                      families=default_families())
    assert r.article_ids == ["a", "b"]
    assert r.sentences[["article_id", "sentence", "n_tokens", "solidarity"]].values.tolist() == [
        ["a", 0, 3, 1.0], ["a", 1, 4, 1.0], ["b", 0, 2, 0.0]]
    assert r.token_indptr.tolist() == [0, 11, 14]  # (4 + 5 tokens, 2 sentence ends), (2 tokens, 1 end)
    assert r.hits[["term", "negated", "counted_as"]].values.tolist() == [
        ["stand together", False, "solidarity"], ["afraid", True, "solidarity"]]  # "not afraid": defiance


def test_fast_punkt_decides_like_nltk(seeds_corpus):
    texts = list(seeds_corpus.df["text"]) + [
        "It was 2016. This year too. We met in 1999. then left. Mr. Smith and Dr. Jones met U.S. officials.",
        'He said "stop." Then he left! Why? Because. The U.K. government said so... They left.',
        "A. B. Smith met J. Doe. acting!!! I promise. End.) New start. Word.' Next",
        "“We are humble.” Then Mr. Rahami’s lawyer spoke. “Why?” she asked. “Now!” Gov. Chris, Sen. Rand: yes.",
        "U.N. officials met U.S. officials. Mr. Smith?) No. Mr. Smith. Then vs. Harvard, v. Wade. A. 9 b. A. Lee",
        "Rep. Tom’s aides. St. Paul’s. Dr. O’Neil. Mr. Smith.” Mr. 9 Mr. (A) Sen.. Ellis “Quote.” «Fin.» end",
    ]
    # every combination of a word before the period, the punctuation and what follows
    befores = ["Mr", "mr", "U.S", "U.N", "A", "a", "ran", "2016", "mother-of-two", "e.g", "Gov", "St"]
    afters = ["Smith", "smith", "Smith’s", "Smith,", "Smith.", "Smith?)", "(Smith", "9", "”", "’", "»",
              "“Smith", "O’Neil", "Smith:", "SMITH", "s"]
    texts += [f"Start {b}{p} {a} end" for b in befores for p in (".", "?", "!", ".”") for a in afters]
    texts += [f"Start {b}.{a} end" for b in befores for a in ("”", "’", "»", ")", '"')]
    paras = [t[s:e] for t in texts for s, e in paragraphs(t)]
    fast, ref = _punkt(), _reference_punkt()
    assert fast is not ref
    expected = [list(ref.span_tokenize(p)) for p in paras]  # NLTK's own Punkt
    assert [list(fast.span_tokenize(p)) for p in paras] == expected
    # segment()'s one-function span_tokenize, with the shortcut decisions and with Punkt's own
    assert [_punkt_spans(fast, p) for p in paras] == expected
    assert [_punkt_spans(ref, p) for p in paras] == expected
    assert sum(len(e) > 1 for e in expected) > 50


def test_unigram_counts_are_the_same_in_any_block_size(mixed_analysis):
    from coverage.terms import _unigram_blocked

    t = mixed_analysis._tokens
    term_of = np.arange(len(t.vocab) + 1, dtype=np.int32)
    term_of[-1] = -1
    terms = np.array(t.vocab, dtype=object)
    m1, v1 = _unigram_blocked(t.ids, t.indptr, term_of, terms, docs_per_block=3)
    m2, v2 = _unigram_blocked(t.ids, t.indptr, term_of, terms, docs_per_block=10_000)
    assert v1.tolist() == v2.tolist() and (m1 != m2).nnz == 0 and m1.shape == (40, len(v1))
    assert int(m1.sum()) == int((t.ids >= 0).sum())


def test_paragraphs_without_a_candidate_boundary_are_one_sentence_for_punkt(seeds_corpus):
    """segment() skips Punkt when its own candidate regex finds nothing: Punkt would return the whole span."""
    ref = _reference_punkt()
    candidate = ref._lang_vars.period_context_re()
    paras = [t[s:e] for t in seeds_corpus.df["text"] for s, e in paragraphs(t)] + [
        "Headline without a stop", "It ends here.", "Ends with a quote.”", "What now?", "Wait...", "“Quoted”",
        "Mr. Smith", "1. 2. 3.", "U.S.", "ok!", "a.b.c", "e.g. this", "end.”  ",
    ]
    skipped = [p.strip() for p in paras if p.strip() and candidate.search(p.strip()) is None]
    assert len(skipped) > 20
    for p in skipped:
        assert list(ref.span_tokenize(p)) == [(0, len(p))], p


def test_forked_and_loky_workers_give_the_same_chunks(mixed_corpus):
    """Both worker kinds of analyze(n_jobs=...) return exactly what process_chunk gives in this process."""
    from coverage.engine.schedule import _chunks, _parallel_chunks

    df = coverage.load_corpus(mixed_corpus).df
    ids, outlets, texts = df["article_id"].tolist(), df["outlet"].tolist(), df["text"].tolist()
    spans = _chunks(len(ids), 9)

    def args(span):
        return ids[span[0]:span[1]], outlets[span[0]:span[1]], texts[span[0]:span[1]]

    kw = {"families": check_families(default_families()), "exclude_boilerplate": True}
    local = [process_chunk(*args(sp), **kw) for sp in spans]
    for method in ("fork", "loky"):
        got = list(_parallel_chunks(args, spans, kw, 2, method=method))
        assert len(got) == len(local) == 5
        for a, b in zip(got, local, strict=True):
            pd.testing.assert_frame_equal(a.sentences, b.sentences)
            pd.testing.assert_frame_equal(a.hits, b.hits)
            assert a.vocab.to_pylist() == b.vocab.to_pylist() and a.article_ids == b.article_ids
            assert np.array_equal(a.token_ids, b.token_ids) and np.array_equal(a.token_indptr, b.token_indptr)


def test_a_worker_that_dies_is_an_error_not_a_hang():
    """A forked worker killed mid-chunk (say, by the kernel for memory) makes analyze raise."""
    import os
    import threading
    from concurrent.futures.process import BrokenProcessPool

    from coverage.engine.schedule import _parallel_chunks

    texts = ["We stand together.", "They were not afraid.", "Police arrived."]

    def args(span):
        if span[0] == 1:
            os._exit(9)  # the worker process dies without a word
        return [f"a{i}" for i in range(*span)], ["O"] * (span[1] - span[0]), texts[span[0]:span[1]]

    outcome = []

    def run():
        try:
            list(_parallel_chunks(args, [(0, 1), (1, 2), (2, 3)], {"families": default_families()}, 2,
                                  method="fork"))
        except BaseException as e:  # noqa: BLE001 - recorded for the assertion below
            outcome.append(e)

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(60)
    assert not t.is_alive(), "the parallel run hung after a worker died"
    assert len(outcome) == 1 and isinstance(outcome[0], BrokenProcessPool)


# -- folded matching: soft hyphens, zero-width joiners, fullwidth and look-alike letters (issue 15) ----

_PLAIN = "After the terror attack, a vigil was held in solidarity. They were killed."
_HIDDEN = {
    "soft hyphen": ("ter\u00adror", "at\u00adtack", "vi\u00adgil", "soli\u00addarity", "kil\u00adled"),
    "zero-width": ("ter\u200dror", "at\u200ctack", "vig\u2060il", "solidar\u200dity", "kill\u200ced"),
    "fullwidth": ("ｔｅｒｒｏｒ", "ａｔｔａｃｋ", "ｖｉｇｉｌ", "ｓｏｌｉｄａｒｉｔｙ", "ｋｉｌｌｅｄ"),
    "look-alike": ("t\u0435rror", "\u0430ttack", "vig\u0456l", "s\u043elidarity", "kill\u0435d"),
}


def _hidden_text(words):
    terror, attack, vigil, solidarity, killed = words
    return (f"After the {terror} {attack}, a {vigil} was held in {solidarity}. They were {killed}.",
            (terror + " " + attack, vigil, solidarity, killed))


# corpus.py counts fullwidth letters as non-Latin script when it looks for articles the English lexicons cannot read
@pytest.mark.filterwarnings("ignore:.*mostly in a non-Latin script")
def test_hidden_terms_count_match_and_score_like_plain_ones():
    """Same counts, hits, sentiment, tone and term counts; offsets and evidence in the original text."""
    texts = {"plain": _PLAIN, **{k: _hidden_text(w)[0] for k, w in _HIDDEN.items()}}
    df = pd.DataFrame({"id": list(texts), "outlet": list(texts), "text": list(texts.values())})
    a = coverage.analyze(df, n_boot=10)
    s = a.sentences.set_index(["article_id", "sentence"])
    cols = ["solidarity", "violence", "religion", "n_tokens", "sentiment", "tone"]
    art = a.articles.set_index("article_id")
    for name, text in texts.items():
        assert s.loc[name][cols].values.tolist() == s.loc["plain"][cols].values.tolist(), name
        assert art.loc[name, ["solidarity", "violence", "n_tokens"]].tolist() == [2.0, 2.0, 13], name
        h = a.hits[a.hits["article_id"] == name]
        assert h[["metric", "term", "counted_as", "weight"]].values.tolist() == [
            ["violence", "terror attack", "violence", 1.0], ["solidarity", "vigil", "solidarity", 1.0],
            ["solidarity", "solidar*", "solidarity", 1.0], ["violence", "killed", "violence", 1.0]], name
        surfaces = _hidden_text(_HIDDEN[name])[1] if name != "plain" else (
            "terror attack", "vigil", "solidarity", "killed")
        assert [text[b:e] for b, e in zip(h["start"], h["end"], strict=True)] == list(surfaces), name
        assert h["matched"].tolist() == list(surfaces), name
        assert a.sentences[a.sentences["article_id"] == name]["text"].str.cat(sep=" ") == text  # stored as given
    # VADER reads "kil\u00adled" as "killed"
    assert s.loc["soft hyphen"].loc[1, "sentiment"] == s.loc["plain"].loc[1, "sentiment"] < 0
    # term tables count the folded norm once: no "ter\u00adror" or "ｔｅｒｒｏｒ" of its own
    terms = a.terms(by="outlet", top=None, stopwords=None)
    assert set(terms["term"]) == {"after", "the", "terror", "attack", "a", "vigil", "was", "held", "in",
                                  "solidarity", "they", "were", "killed"}
    assert (terms[terms["term"] == "terror"]["count"] == 1).all() and len(terms[terms["term"] == "terror"]) == 5
    # keyness: the folded variants use exactly the plain text's words, so no word is key to any of them
    key = a.keyness(["soft hyphen", "zero-width", "fullwidth", "look-alike"], "plain", stopwords=None)
    assert set(key["term"]) == set(terms["term"]) and (key["n_target"] == 4 * key["n_reference"]).all()
    assert (key["log_ratio"].abs() < 1e-9).all()


@pytest.mark.filterwarnings("ignore:.*mostly in a non-Latin script")
def test_vader_sees_folded_sentences_and_tone_masks_the_original_span():
    df = pd.DataFrame({"id": ["p", "h", "w", "P", "W"], "outlet": ["O"] * 5,
                       "text": ["They were killed. A good day.", "They were kil\u00adled. A ｇｏｏｄ day.",
                                "They were ｋｉｌｌｅｄ. A go\u200dod day.", "They were KILLED. A GOOD day.",
                                "They were ＫＩＬＬＥＤ. A ＧＯＯＤ day."]})
    a = coverage.analyze(df, n_boot=10)
    got = {k: g[["sentiment", "tone"]].values.tolist() for k, g in a.sentences.groupby("article_id")}
    assert got["h"] == got["w"] == got["p"]
    assert got["W"] == got["P"] != got["p"]  # fullwidth capitals are capitals: VADER's emphasis
    assert got["p"][0][0] < 0 and got["p"][0][1] == 0.0 and got["p"][1][0] > 0  # "killed" masked in tone


def test_a_pure_russian_sentence_keeps_its_cyrillic_tokens():
    df = pd.DataFrame({"id": ["r", "e"], "outlet": ["R", "E"],
                       "text": ["Террор в Москве. Сор и рос.", "The t\u0435rror in Moscow."]})
    with pytest.warns(coverage.errors.CoverageWarning, match="non-Latin script"):
        a = coverage.analyze(df, n_boot=10)
    terms = set(a.terms(top=None, stopwords=None)["term"])
    assert {"террор", "москве", "сор", "рос"} <= terms and "terror" in terms
    assert not a.hits[a.hits["article_id"] == "r"].shape[0]  # no "terror" hit from a Russian word
    assert a.hits[a.hits["article_id"] == "e"]["term"].tolist() == ["terror*"]


def test_vader_inputs_are_folded_only_when_a_text_has_a_fold_character():
    from coverage.families.sentiment import _folded

    plain = ["They were killed.", "We’re “here” — 2.40pm … ½ é 😀", ""]
    assert _folded(plain) is plain  # ordinary text: the very list, scored exactly as before
    assert _folded(["Москва сор", "plain"]) == ["Москва сор", "plain"]  # Russian words stay Russian
    assert _folded(["They were kil\u00adled.", "They were xxx\u00adxxx.", "ＧＯＯＤ"]) == [
        "They were killed.", "They were xxxxxx.", "GOOD"]  # tone masks are folded after masking
