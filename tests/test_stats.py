"""Tests for coverage.stats: keyness, BH, bootstrap CIs, permutation test."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
import pandas as pd
import pytest
from scipy import stats as sps

from coverage.errors import ParameterError
from coverage.stats import (
    benjamini_hochberg,
    bootstrap_ci,
    grouped_bootstrap,
    keyness,
    permutation_test,
    williams_q,
    yates_delta,
)

KEYNESS_COLUMNS = [
    "term",
    "n_target",
    "n_reference",
    "g2",
    "chi2",
    "p_value",
    "p_adjusted",
    "log_ratio",
]


# ---------------------------------------------------------------------------
# keyness: hand-computed 2x2 table
#
# quanteda's own test table: target d1 = "b b b b b b b a a a" (N_t = 10),
# reference d2 = "a a a a a a a b b" (N_r = 9). For term "a":
#
#               target  reference
#     "a"         a=3      b=7      | 10
#     other       c=7      d=2      |  9
#                 10        9       | N = 19
#
# expected E11 = 10*10/19 = 5.2632 > a = 3  -> sign is negative
# expected cells 5.263, 4.737, 4.737, 4.263: one is < 5, and
# |ad - bc| = |3*2 - 7*7| = 43 >= N/2 = 9.5  -> Yates delta = 0.5 (quanteda rule)
# chi2 = N (|ad - bc| - N/2)^2 / (10 * 9 * 10 * 9) = 19 * 33.5^2 / 8100
#      = 19 * 1122.25 / 8100 = 21322.75 / 8100 = 2.632438...
# G (uncorrected) = 2 * [3 ln(3/5.2632) + 7 ln(7/4.7368) + 7 ln(7/4.7368) + 2 ln(2/4.2632)]
#      = 2 * [-1.68641 + 2.73346 + 2.73346 - 1.51304] = 2 * 2.26747 = 4.534939
# Williams q = 1 + (N/10 + N/9 - 1)(N/10 + N/9 - 1) / (6N) = 1 + 3.011111^2 / 114 = 1.0795332
# G2 = 4.534939 / 1.0795332 = 4.200833
# log ratio (Hardie) = log2((3/10) / (7/9)) = log2(0.385714) = -1.374396

HAND_CHI2 = 19 * 33.5**2 / 8100
HAND_G = 2 * (
    3 * math.log(3 / (100 / 19))
    + 7 * math.log(7 / (90 / 19))
    + 7 * math.log(7 / (90 / 19))
    + 2 * math.log(2 / (81 / 19))
)
HAND_Q = 1 + (19 / 10 + 19 / 9 - 1) ** 2 / (6 * 19)


def _hand_table() -> pd.DataFrame:
    return keyness([3, 7], [7, 2], ["a", "b"])


def test_keyness_hand_computed_values():
    k = _hand_table()
    assert list(k.columns) == KEYNESS_COLUMNS
    assert k["term"].tolist() == ["b", "a"]  # sorted by chi2 descending
    row = k.set_index("term").loc["a"]
    assert row["n_target"] == 3 and row["n_reference"] == 7
    assert HAND_CHI2 == pytest.approx(2.632438271604938)
    assert row["chi2"] == pytest.approx(-HAND_CHI2, rel=1e-12)
    assert HAND_G == pytest.approx(4.534939332, rel=1e-9)
    assert HAND_Q == pytest.approx(1.0795332467, rel=1e-9)
    assert row["g2"] == pytest.approx(-HAND_G / HAND_Q, rel=1e-12)
    assert row["g2"] == pytest.approx(-4.200833412, rel=1e-9)
    assert row["log_ratio"] == pytest.approx(math.log2((3 / 10) / (7 / 9)))
    assert row["p_value"] == pytest.approx(sps.chi2.sf(HAND_CHI2, 1))
    # "b" is the mirror image: same magnitudes, positive sign
    b = k.set_index("term").loc["b"]
    assert b["chi2"] == pytest.approx(HAND_CHI2) and b["g2"] == pytest.approx(HAND_G / HAND_Q)
    assert b["log_ratio"] == pytest.approx(math.log2((7 / 10) / (2 / 9)))
    # two equal p-values: BH leaves them unchanged
    assert k["p_adjusted"].tolist() == pytest.approx(k["p_value"].tolist())


def test_keyness_matches_scipy_chi2_and_g():
    table = np.array([[3, 7], [7, 2]])
    k = _hand_table().set_index("term")
    # chi2 with Yates: scipy/R chisq.test(correct=TRUE) agree when quanteda applies Yates
    chi2_scipy = sps.chi2_contingency(table, correction=True).statistic
    assert abs(k.loc["a", "chi2"]) == pytest.approx(chi2_scipy, rel=1e-12)
    # G2: scipy's uncorrected log-likelihood G divided by Williams' q
    g_scipy = sps.chi2_contingency(table, correction=False, lambda_="log-likelihood").statistic
    assert g_scipy == pytest.approx(HAND_G)
    assert abs(k.loc["a", "g2"]) == pytest.approx(
        g_scipy / float(williams_q(3, 7, 7, 2)), rel=1e-12
    )
    # correction="none": plain Pearson chi2 and plain G
    k0 = keyness([3, 7], [7, 2], ["a", "b"], correction="none").set_index("term")
    assert abs(k0.loc["a", "chi2"]) == pytest.approx(
        sps.chi2_contingency(table, correction=False).statistic
    )
    assert abs(k0.loc["a", "g2"]) == pytest.approx(g_scipy, rel=1e-12)
    # correction="yates" for G2 moves each cell 0.5 toward independence, which is what
    # scipy does with correction=True and lambda_="log-likelihood" (|O - E| > 0.5 here)
    ky = keyness([3, 7], [7, 2], ["a", "b"], correction="yates").set_index("term")
    g_yates = sps.chi2_contingency(table, correction=True, lambda_="log-likelihood").statistic
    assert abs(ky.loc["a", "g2"]) == pytest.approx(g_yates, rel=1e-12)
    # correction="williams" for chi2 divides Pearson chi2 by q
    kw = keyness([3, 7], [7, 2], ["a", "b"], correction="williams").set_index("term")
    assert abs(kw.loc["a", "chi2"]) == pytest.approx(
        sps.chi2_contingency(table, correction=False).statistic / HAND_Q
    )


def test_keyness_large_counts_no_yates_like_quanteda():
    # a=120, b=80, N_t=10000, N_r=12000: smallest expected = 200*10000/22000 = 90.9 >= 5,
    # so quanteda applies no continuity correction: chi2 equals the uncorrected Pearson value
    # chi2 = N (ad - bc)^2 / (r1 r2 c1 c2), ad - bc = 120*11920 - 80*9880 = 640,000
    #      = 22000 * 640000^2 / (200 * 21800 * 10000 * 12000) = 17.2232416
    assert yates_delta(120, 80, 9880, 11920) == 0.0
    k = keyness([120], [80], ["x"], target_total=10_000, reference_total=12_000)
    table = np.array([[120, 80], [9880, 11920]])
    assert k.loc[0, "chi2"] == pytest.approx(22000 * 640000**2 / (200 * 21800 * 10000 * 12000))
    assert k.loc[0, "chi2"] == pytest.approx(
        sps.chi2_contingency(table, correction=False).statistic
    )
    g = sps.chi2_contingency(table, correction=False, lambda_="log-likelihood").statistic
    assert k.loc[0, "g2"] == pytest.approx(g / float(williams_q(120, 80, 9880, 11920)))
    assert k.loc[0, "g2"] > 0  # 120/10000 > 80/12000: over-represented in the target
    # totals default to the sum of the given counts; passing the "other" row is equivalent
    k2 = keyness([120, 9880], [80, 11920], ["x", "zz_other"]).set_index("term")
    assert k2.loc["x", "chi2"] == pytest.approx(k.loc[0, "chi2"])


def test_keyness_reproduces_quanteda_orderings():
    # quanteda.textstats tests/testthat/test-textstat_keyness.R, "basic textstat_keyness works"
    d1 = Counter("a a a b b c c c c c c d e f g h h".split())
    d2 = Counter("a a b c c d d d d e f h".split())
    terms = sorted(set(d1) | set(d2))
    t = [d1[w] for w in terms]
    r = [d2[w] for w in terms]
    assert keyness(t, r, terms)["term"].tolist() == ["g", "c", "b", "h", "a", "e", "f", "d"]
    assert keyness(r, t, terms)["term"].tolist() == ["d", "e", "f", "a", "b", "h", "c", "g"]
    lr = keyness(t, r, terms, correction="none").sort_values(
        ["g2", "term"], ascending=[False, True], kind="mergesort"
    )
    assert lr["term"].tolist() == ["c", "g", "b", "h", "a", "e", "f", "d"]


def test_keyness_sign_zero_counts_and_log_ratio_smoothing():
    # "new" only in target (b = 0): positive; log ratio uses 0.5 for the zero count
    k = keyness([4, 6, 0], [0, 6, 3], ["new", "same", "gone"]).set_index("term")
    assert k.loc["new", "chi2"] > 0 and k.loc["new", "g2"] > 0
    assert k.loc["gone", "chi2"] < 0 and k.loc["gone", "g2"] < 0
    assert k.loc["new", "log_ratio"] == pytest.approx(math.log2((4 / 10) / (0.5 / 9)))
    assert k.loc["gone", "log_ratio"] == pytest.approx(math.log2((0.5 / 10) / (3 / 9)))
    # a == E11 exactly -> statistic 0 (not -0.0), p = 1
    k = keyness([2, 2], [4, 4], ["x", "y"])
    assert k["chi2"].tolist() == [0.0, 0.0]
    assert not np.signbit(k["chi2"]).any()
    assert k["p_value"].tolist() == pytest.approx([1.0, 1.0])
    assert k["term"].tolist() == ["x", "y"]  # ties broken by term


def test_keyness_drops_all_zero_terms_and_validates():
    k = keyness([3, 0, 7], [7, 0, 2], ["a", "nothing", "b"])
    assert "nothing" not in k["term"].tolist()
    assert len(k) == 2
    with pytest.raises(ParameterError, match="same length"):
        keyness([1, 2], [1], ["a", "b"])
    with pytest.raises(ParameterError, match="unique"):
        keyness([1, 2], [1, 2], ["a", "a"])
    with pytest.raises(ParameterError, match="non-negative"):
        keyness([1, -2], [1, 2], ["a", "b"])
    with pytest.raises(ParameterError, match="correction"):
        keyness([1, 2], [1, 2], ["a", "b"], correction="bogus")
    with pytest.raises(ParameterError, match="non-empty"):
        keyness([0, 0], [1, 2], ["a", "b"])


def test_keyness_is_vectorised_over_many_terms():
    rng = np.random.default_rng(3)
    t = rng.integers(0, 50, 5000)
    r = rng.integers(0, 50, 5000)
    terms = [f"t{i:05d}" for i in range(5000)]
    k = keyness(t, r, terms)
    assert k["chi2"].is_monotonic_decreasing
    assert np.isfinite(k[["g2", "chi2", "p_value", "p_adjusted", "log_ratio"]].to_numpy()).all()
    assert (k["p_adjusted"] >= k["p_value"] - 1e-15).all()
    # chi2 and G2 agree in sign and the two tests agree roughly in size
    nz = k["chi2"] != 0
    assert (np.sign(k.loc[nz, "chi2"]) == np.sign(k.loc[nz, "g2"])).all()


# ---------------------------------------------------------------------------
# Benjamini-Hochberg


def test_bh_hand_example():
    # sorted p: 0.01, 0.03, 0.04, 0.2 (m = 4)
    # m p / rank: 0.04, 0.06, 0.0533, 0.2 -> running min from the top: 0.04, 0.0533, 0.0533, 0.2
    out = benjamini_hochberg([0.01, 0.04, 0.03, 0.2])
    assert out.tolist() == pytest.approx([0.04, 0.16 / 3, 0.16 / 3, 0.2])


def test_bh_matches_scipy_and_handles_nan():
    p = np.random.default_rng(0).uniform(size=200) ** 3
    np.testing.assert_allclose(benjamini_hochberg(p), sps.false_discovery_control(p), rtol=1e-12)
    with_nan = np.array([0.01, np.nan, 0.04, 0.03])
    out = benjamini_hochberg(with_nan)
    assert np.isnan(out[1])
    np.testing.assert_allclose(out[[0, 2, 3]], sps.false_discovery_control([0.01, 0.04, 0.03]))
    assert benjamini_hochberg([]).size == 0
    with pytest.raises(ParameterError):
        benjamini_hochberg([0.5, 1.5])


# ---------------------------------------------------------------------------
# bootstrap


def test_bootstrap_determinism_and_seed_dependence():
    x = np.random.default_rng(1).normal(size=50)
    assert bootstrap_ci(x, seed=5) == bootstrap_ci(x, seed=5)
    assert bootstrap_ci(x, seed=5)[1:] != bootstrap_ci(x, seed=6)[1:]
    assert bootstrap_ci(x, seed=5)[0] == bootstrap_ci(x, seed=6)[0] == pytest.approx(x.mean())


def test_bootstrap_matches_explicit_resampling():
    # the documented algorithm: sort, index matrix from default_rng(seed), percentile quantiles
    x = np.array([1.0, 4.0, 2.0, 8.0, 5.0, 7.0])
    est, lo, hi = bootstrap_ci(x, n_resamples=300, confidence=0.9, seed=11)
    assert bootstrap_ci(x[::-1], n_resamples=300, confidence=0.9, seed=11) == (est, lo, hi)
    x = np.sort(x)
    idx = np.random.default_rng(11).integers(0, x.size, size=(300, x.size))
    dist = x[idx].mean(axis=1)
    assert est == pytest.approx(4.5)
    assert (lo, hi) == pytest.approx(tuple(np.quantile(dist, [0.05, 0.95])))


def test_bootstrap_ci_contains_mean_and_edge_cases():
    x = np.random.default_rng(2).exponential(size=200)
    est, lo, hi = bootstrap_ci(x)
    assert lo < est < hi
    assert est == pytest.approx(x.mean())
    # NaN dropped first
    assert bootstrap_ci([1.0, np.nan, 3.0], n_resamples=50)[0] == 2.0
    # empty -> all NaN; a single unit -> estimate with undefined CI
    assert all(math.isnan(v) for v in bootstrap_ci([np.nan]))
    v, lo1, hi1 = bootstrap_ci([0.25])
    assert v == 0.25 and math.isnan(lo1) and math.isnan(hi1)
    # constant data: degenerate interval
    assert bootstrap_ci([2.0, 2.0, 2.0]) == (2.0, 2.0, 2.0)
    # median and callables
    assert bootstrap_ci([1.0, 2.0, 10.0], statistic="median")[0] == 2.0
    assert bootstrap_ci([1.0, 3.0], statistic=np.max, n_resamples=20)[0] == 3.0


def test_bootstrap_large_input_is_chunked_and_valid():
    x = np.random.default_rng(4).normal(loc=1.0, size=20_000)
    est, lo, hi = bootstrap_ci(x, n_resamples=600)
    assert lo < est < hi and hi - lo < 0.1


def test_bootstrap_parameter_errors():
    with pytest.raises(ParameterError):
        bootstrap_ci([1.0, 2.0], statistic="mode")
    with pytest.raises(ParameterError):
        bootstrap_ci([1.0, 2.0], confidence=95)
    with pytest.raises(ParameterError):
        bootstrap_ci([1.0, 2.0], n_resamples=0)
    with pytest.raises(ParameterError):
        bootstrap_ci(["a", "b"])


def test_grouped_bootstrap_columns_and_order_invariance():
    rng = np.random.default_rng(7)
    df = pd.DataFrame(
        {
            "outlet": np.repeat(["guardian", "bbc", "sun"], 30),
            "tone": rng.normal(size=90),
            "balance": np.where(rng.uniform(size=90) < 0.2, np.nan, rng.uniform(-1, 1, size=90)),
        }
    )
    out = grouped_bootstrap(df, by="outlet", columns=["tone", "balance"], n_resamples=400, seed=3)
    assert list(out.columns) == [
        "outlet", "tone", "tone_low", "tone_high", "balance", "balance_low", "balance_high"
    ]  # fmt: skip
    assert out["outlet"].tolist() == ["bbc", "guardian", "sun"]
    bbc = df[df.outlet == "bbc"]
    assert out.loc[0, "tone"] == pytest.approx(bbc["tone"].mean())
    assert out.loc[0, "balance"] == pytest.approx(bbc["balance"].mean())  # skipna
    assert (out["tone_low"] <= out["tone"]).all() and (out["tone"] <= out["tone_high"]).all()

    # shuffled rows, a missing group and reversed column order give identical numbers
    shuffled = df.sample(frac=1.0, random_state=1)
    shuffled = shuffled[shuffled.outlet != "guardian"]
    out2 = grouped_bootstrap(
        shuffled, by="outlet", columns=["balance", "tone"], n_resamples=400, seed=3
    )
    a = out.set_index("outlet").loc[["bbc", "sun"]]
    b = out2.set_index("outlet")
    pd.testing.assert_frame_equal(a[b.columns], b)

    out3 = grouped_bootstrap(df, by="outlet", columns=["tone"], n_resamples=400, seed=4)
    assert not np.allclose(out3["tone_low"], out["tone_low"])


def test_grouped_bootstrap_multiple_keys_and_errors():
    df = pd.DataFrame({"o": ["a", "a", "b", "b"], "e": [1, 1, 1, 2], "x": [1.0, 3.0, 5.0, 6.0]})
    out = grouped_bootstrap(df, by=["o", "e"], columns=["x"], n_resamples=50)
    assert out[["o", "e"]].values.tolist() == [["a", 1], ["b", 1], ["b", 2]]
    assert out["x"].tolist() == [2.0, 5.0, 6.0]
    assert math.isnan(out.loc[1, "x_low"])  # one unit: CI undefined
    with pytest.raises(ParameterError, match="not found"):
        grouped_bootstrap(df, by="outlet", columns=["x"])


# ---------------------------------------------------------------------------
# permutation test


def test_permutation_clear_difference():
    rng = np.random.default_rng(0)
    a = rng.normal(2.0, 1.0, size=40)
    b = rng.normal(0.0, 1.0, size=40)
    r = permutation_test(a, b, n_resamples=5000)
    assert set(r) == {"diff", "p_value", "ci_low", "ci_high", "n_a", "n_b"}
    assert r["diff"] == pytest.approx(a.mean() - b.mean())
    assert r["n_a"] == 40 and r["n_b"] == 40
    # no permutation reaches a 2-SD difference: p = (0 + 1) / (5000 + 1)
    assert r["p_value"] == pytest.approx(1 / 5001)
    assert r["ci_low"] < r["diff"] < r["ci_high"] and r["ci_low"] > 0


def test_permutation_identical_groups():
    x = [0.1, 0.5, 0.9, 0.3]
    r = permutation_test(x, list(x), n_resamples=999)
    assert r["diff"] == 0.0
    assert r["p_value"] == 1.0  # every permuted |diff| >= 0: (999 + 1) / (999 + 1)
    assert r["ci_low"] <= 0.0 <= r["ci_high"]


def test_permutation_matches_scipy():
    rng = np.random.default_rng(5)
    a = rng.normal(0.4, 1.0, size=25)
    b = rng.normal(0.0, 1.0, size=30)

    def diff(x, y, axis):
        return np.mean(x, axis=axis) - np.mean(y, axis=axis)

    for alt in ("greater", "less", "two-sided"):
        ours = permutation_test(a, b, n_resamples=20000, alternative=alt, seed=1)["p_value"]
        ref = sps.permutation_test(
            (a, b), diff, n_resamples=20000, alternative=alt, rng=np.random.default_rng(2)
        ).pvalue
        # independent Monte Carlo estimates of the same p-value (sd < 0.004 each)
        assert ours == pytest.approx(ref, abs=0.015), alt


def test_permutation_deterministic_and_edge_cases():
    a, b = [1.0, 2.0, 3.0, np.nan], [2.0, 3.0, 4.0]
    assert permutation_test(a, b, seed=3) == permutation_test(a, b, seed=3)
    r = permutation_test(a, b, n_resamples=200)
    assert r["n_a"] == 3 and r["diff"] == pytest.approx(-1.0)
    empty = permutation_test([], b)
    assert math.isnan(empty["diff"]) and math.isnan(empty["p_value"]) and empty["n_a"] == 0
    one = permutation_test([5.0], b, n_resamples=100)
    assert one["diff"] == 2.0 and not math.isnan(one["p_value"]) and math.isnan(one["ci_low"])
    with pytest.raises(ParameterError):
        permutation_test(a, b, alternative="bigger")


# ---------------------------------------------------------------------------
# mann_whitney_columns: the article-level test of keyness (Lijffijt et al. 2016)


def test_mann_whitney_columns_hand_computed_and_scipy():
    import scipy.sparse as sp

    from coverage.stats import mann_whitney_columns

    x = np.array([[0.0, 1.0, 0.5], [0.0, 2.0, 0.0], [3.0, 3.0, 0.5]])
    y = np.array([[0.0, 0.0, 0.5], [0.0, 0.0, 0.25]])
    u, p = mann_whitney_columns(sp.csr_matrix(x), sp.csr_matrix(y))
    # column 1 by hand: ranks 1.5, 1.5 (the two zeros of y), 3, 4, 5 (x); R1 = 12, U1 = 12 - 6 = 6, mu = 3;
    # one tie group of 2: s = sqrt(3 * 2 / 12 * (6 - (8 - 2) / (5 * 4))) = sqrt(2.85); z = (6 - 3 - 0.5) / s
    assert u[1] == 6.0
    assert p[1] == pytest.approx(2 * sps.norm.sf(2.5 / math.sqrt(2.85)), rel=1e-12)
    assert p[1] == pytest.approx(0.13864063, abs=1e-8)
    for j in range(3):
        ref = sps.mannwhitneyu(x[:, j], y[:, j], method="asymptotic")
        assert u[j] == ref.statistic
        assert p[j] == pytest.approx(ref.pvalue, rel=1e-12)


def test_mann_whitney_columns_matches_vectorised_scipy_on_sparse_ties():
    from coverage.stats import mann_whitney_columns

    rng = np.random.default_rng(3)
    x = rng.integers(0, 4, size=(9, 60)) * (rng.random((9, 60)) < 0.3) / rng.integers(1, 5, size=(9, 1))
    y = rng.integers(0, 4, size=(14, 60)) * (rng.random((14, 60)) < 0.3) / rng.integers(1, 5, size=(14, 1))
    x[:, 0] = y[:, 0] = 0.25  # one column with all values equal: scipy gives NaN, we give 1
    x[:, 1] = y[:, 1] = 0.0
    x[0, 1] = 0.5
    u, p = mann_whitney_columns(x, y)
    with np.errstate(all="ignore"):
        ref = sps.mannwhitneyu(x, y, axis=0, method="asymptotic")
    np.testing.assert_allclose(u, ref.statistic)
    np.testing.assert_allclose(p[1:], ref.pvalue[1:], rtol=1e-12)
    assert p[0] == 1.0


def test_mann_whitney_columns_edge_cases():
    from coverage.stats import mann_whitney_columns

    u, p = mann_whitney_columns(np.zeros((0, 2)), [[1.0, 0.0]])
    assert np.isnan(u).all() and np.isnan(p).all()
    with pytest.raises(ParameterError, match="non-negative"):
        mann_whitney_columns([[-1.0]], [[1.0]])
    with pytest.raises(ParameterError, match="columns"):
        mann_whitney_columns([[1.0, 2.0]], [[1.0]])
