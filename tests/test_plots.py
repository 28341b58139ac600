"""Tests for coverage.plots: values read back from the drawn artists."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.container import BarContainer
from matplotlib.figure import Figure

from coverage.errors import ParameterError
from coverage.families.religion import RELIGION_FRAMES
from coverage.plots import (
    plot_balance,
    plot_frame_heatmap,
    plot_keyness,
    plot_religion_frames,
    plot_sentiment,
    plot_sentiment_arc,
    save_figure,
)

NAN = float("nan")


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


@pytest.fixture
def outlets() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "outlet": ["Alpha News", "Beta Times", "Gamma Daily"],
            "n_articles": [4, 1, 3],
            "n_sentences": [40, 12, 30],
            "n_tokens": [900, 250, 700],
            "ci_basis": ["articles", "sentences", "articles"],
            "sentiment": [0.25, -0.4, 0.0],
            "sentiment_low": [0.1, -0.6, -0.1],
            "sentiment_high": [0.4, -0.2, 0.1],
            "tone": [0.1, -0.3, NAN],
            "tone_low": [0.0, -0.5, NAN],
            "tone_high": [0.2, -0.1, NAN],
            "balance": [0.5, -0.25, NAN],
            "balance_low": [0.2, -0.7, NAN],
            "balance_high": [0.75, 0.1, NAN],
            "solidarity_rate": [3.0, 1.0, 0.0],
            "violence_rate": [1.0, 2.0, 0.0],
            "religion_rate": [2.0, 4.0, 0.0],
            "religion_community": [2, 0, 0],
            "religion_dissociation": [1, 1, 0],
            "religion_attribution": [0, 2, 0],
            "religion_target": [1, 1, 0],
            "religion_neutral": [0, 0, 0],
        }
    )


@pytest.fixture
def sentences() -> pd.DataFrame:
    # article a1: 4 sentences, the last is boilerplate; a2: 2 sentences
    return pd.DataFrame(
        {
            "article_id": ["a1", "a1", "a1", "a1", "a2", "a2"],
            "outlet": ["Alpha News"] * 4 + ["Beta Times"] * 2,
            "sentence": [0, 1, 2, 3, 0, 1],
            "sentiment": [0.0, 0.6, -0.3, 0.9, 0.5, -0.5],
            "boilerplate": [False, False, False, True, False, False],
        }
    )


@pytest.fixture
def keyness() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "term": ["riot", "mob", "police", "vigil", "prayer", "unity", "the"],
            "chi2": [20.0, 12.0, 12.0, -9.0, -4.0, -15.0, 0.0],
            "g2": [18.0, 11.0, 10.0, -8.0, -3.5, -14.0, 0.0],
            "n_target": [40, 25, 30, 2, 1, 3, 500],
            "n_reference": [5, 3, 6, 20, 9, 30, 480],
        }
    )


def _bars(ax) -> list:
    return [p for c in ax.containers if isinstance(c, BarContainer) for p in c]


def _texts(ax) -> list[str]:
    return [t.get_text() for t in ax.texts]


# ---------------------------------------------------------------- plot_balance


def test_balance_bar_widths_positions_and_colours(outlets):
    ax = plot_balance(outlets)
    bars = _bars(ax)
    # NaN outlet gets no bar; the others keep table order (top = row 0)
    assert [p.get_width() for p in bars] == [0.5, -0.25]
    assert [p.get_y() + p.get_height() / 2 for p in bars] == [0.0, 1.0]
    assert all(p.get_x() == 0.0 for p in bars)
    assert matplotlib.colors.to_hex(bars[0].get_facecolor()) == "#0072b2"
    assert matplotlib.colors.to_hex(bars[1].get_facecolor()) == "#d55e00"
    assert ax.get_xlim() == (-1.0, 1.0)
    assert ax.yaxis_inverted()


def test_balance_error_bars_span_ci(outlets):
    ax = plot_balance(outlets)
    segments = [
        seg for coll in ax.collections for seg in coll.get_segments()
    ]  # LineCollection of the xerr bars
    spans = sorted((round(s[0][0], 10), round(s[1][0], 10), s[0][1]) for s in segments)
    assert spans == [(-0.7, 0.1, 1.0), (0.2, 0.75, 0.0)]


def test_balance_marks_nan_and_sentence_ci(outlets):
    ax = plot_balance(outlets)
    assert any(t.startswith("no hits") for t in _texts(ax))
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == [
        "Alpha News\n(n = 4 articles)",
        "Beta Times\u2020\n(n = 1 article)",
        "Gamma Daily\n(n = 3 articles)",
    ]
    bars = _bars(ax)
    assert bars[0].get_hatch() in (None, "")
    assert bars[1].get_hatch() == "///"
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "\u2020 CI over sentences: single article" in legend


def test_balance_uses_given_ax(outlets):
    fig, ax = plt.subplots()
    assert plot_balance(outlets, ax=ax) is ax
    assert len(fig.axes) == 1


def test_new_figure_when_ax_none(outlets):
    ax = plot_balance(outlets)
    assert isinstance(ax.figure, Figure)
    assert ax.get_title()
    assert ax.get_xlabel()


def test_missing_columns_named(outlets):
    with pytest.raises(ParameterError, match=r"'balance_low', 'balance_high'.*Analysis\.outlets"):
        plot_balance(outlets.drop(columns=["balance_low", "balance_high"]))


def test_empty_table_raises(outlets):
    with pytest.raises(ParameterError, match="empty"):
        plot_balance(outlets.iloc[0:0])
    with pytest.raises(ParameterError, match="empty"):
        plot_frame_heatmap(pd.DataFrame())


def test_not_a_dataframe_raises():
    with pytest.raises(ParameterError, match="DataFrame"):
        plot_balance([1, 2, 3])


# ---------------------------------------------------------------- plot_sentiment


def _line(ax, label):
    (line,) = [ln for ln in ax.get_lines() if ln.get_label() == label]
    return line


def test_sentiment_points_dodged(outlets):
    ax = plot_sentiment(outlets)
    sent = _line(ax, "Sentiment")
    tone = _line(ax, "Tone")
    assert list(sent.get_xdata()) == [0.25, -0.4, 0.0]
    assert list(np.round(sent.get_ydata(), 6)) == [-0.17, 0.83, 1.83]
    # NaN tone of Gamma Daily is not drawn
    assert list(tone.get_xdata()) == [0.1, -0.3]
    assert list(np.round(tone.get_ydata(), 6)) == [0.17, 1.17]
    assert "no tone data" in _texts(ax)
    assert ax.get_xlim() == (-1.0, 1.0)
    assert [t.get_text() for t in ax.get_yticklabels()] == list(outlets["outlet"])


def test_sentiment_no_data_label(outlets):
    t = outlets.copy()
    t.loc[2, "sentiment"] = NAN
    ax = plot_sentiment(t)
    assert "no data" in _texts(ax)


def test_sentiment_ax_and_missing(outlets):
    fig, ax = plt.subplots()
    assert plot_sentiment(outlets, ax=ax) is ax
    with pytest.raises(ParameterError, match="'tone_high'"):
        plot_sentiment(outlets.drop(columns="tone_high"))


# ---------------------------------------------------------------- plot_sentiment_arc


def test_arc_excludes_boilerplate_and_smooths(sentences):
    ax = plot_sentiment_arc(sentences, window=3)
    lines = {ln.get_gid(): ln for ln in ax.get_lines() if ln.get_gid()}
    assert sorted(lines) == ["a1", "a2"]
    a1 = lines["a1"]
    # boilerplate sentence 3 dropped -> 3 points at positions 0, .5, 1
    assert list(a1.get_xdata()) == [0.0, 0.5, 1.0]
    # centred rolling mean, min_periods=1: (0+.6)/2, (0+.6-.3)/3, (.6-.3)/2
    np.testing.assert_allclose(a1.get_ydata(), [0.3, 0.1, 0.15])
    np.testing.assert_allclose(lines["a2"].get_ydata(), [0.0, 0.0])
    assert a1.get_color() != lines["a2"].get_color()  # coloured by outlet


def test_arc_single_article_index_axis(sentences):
    fig, ax = plt.subplots()
    out = plot_sentiment_arc(sentences, article_id="a1", window=1, x="index", ax=ax)
    assert out is ax
    smooth = [ln for ln in ax.get_lines() if ln.get_gid() == "a1"]
    assert len(smooth) == 1
    assert list(smooth[0].get_xdata()) == [0.0, 1.0, 2.0]
    assert list(smooth[0].get_ydata()) == [0.0, 0.6, -0.3]
    raw = [ln for ln in ax.get_lines() if ln.get_gid() == "a1:raw"]
    assert list(raw[0].get_ydata()) == [0.0, 0.6, -0.3]


def test_arc_errors(sentences):
    with pytest.raises(ParameterError, match="'zz' is not in the sentences table"):
        plot_sentiment_arc(sentences, article_id="zz")
    with pytest.raises(ParameterError, match="window"):
        plot_sentiment_arc(sentences, window=0)
    with pytest.raises(ParameterError, match="'boilerplate'.*Analysis.sentences"):
        plot_sentiment_arc(sentences.drop(columns="boilerplate"))
    all_bp = sentences.assign(boilerplate=True)
    with pytest.raises(ParameterError, match="boilerplate"):
        plot_sentiment_arc(all_bp)


# ---------------------------------------------------------------- plot_keyness


def test_keyness_top_n_each_side(keyness):
    ax = plot_keyness(keyness, n=2, target_label="Alpha")
    bars = _bars(ax)
    # top 2 positive (ties broken by term: mob before police), then the 2 most
    # negative with the strongest at the bottom; the zero term is never shown
    assert [p.get_width() for p in bars] == [20.0, 12.0, -9.0, -15.0]
    assert [p.get_y() + p.get_height() / 2 for p in bars] == [0.0, 1.0, 2.0, 3.0]
    assert _texts(ax) == ["riot", "mob", "vigil", "unity"]
    assert "Alpha" in ax.get_title()
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        "Target: Alpha",
        "Reference: reference",
    ]


def test_keyness_g2_and_default_n(keyness):
    ax = plot_keyness(keyness, measure="g2")
    assert [p.get_width() for p in _bars(ax)] == [18.0, 11.0, 10.0, -3.5, -8.0, -14.0]
    assert "G\u00b2" in ax.get_xlabel()


def test_keyness_unsigned_measure_signed_by_log_ratio(keyness):
    k = keyness.assign(chi2=keyness["chi2"].abs(), log_ratio=np.sign(keyness["chi2"]))
    ax = plot_keyness(k, n=1)
    assert [p.get_width() for p in _bars(ax)] == [20.0, -15.0]


def test_keyness_errors_and_ax(keyness):
    fig, ax = plt.subplots()
    assert plot_keyness(keyness, ax=ax) is ax
    with pytest.raises(ParameterError, match="'g2'.*keyness"):
        plot_keyness(keyness.drop(columns="g2"))
    with pytest.raises(ParameterError, match="measure"):
        plot_keyness(keyness, measure="pmi")
    with pytest.raises(ParameterError, match="n must be"):
        plot_keyness(keyness, n=0)


# ---------------------------------------------------------------- plot_religion_frames


def test_religion_counts_stacked(outlets):
    ax = plot_religion_frames(outlets)
    containers = [c for c in ax.containers if isinstance(c, BarContainer)]
    assert [c.get_label() for c in containers] == [
        f for f in RELIGION_FRAMES
    ]
    widths = np.array([[p.get_width() for p in c] for c in containers]).T
    lefts = np.array([[p.get_x() for p in c] for c in containers]).T
    np.testing.assert_array_equal(widths[0], [2, 1, 0, 1, 0])
    np.testing.assert_array_equal(lefts[0], [0, 2, 3, 3, 4])
    np.testing.assert_array_equal(widths[1], [0, 1, 2, 1, 0])
    assert "no religion references" in _texts(ax)
    assert "n = 4" in _texts(ax)


def test_religion_normalized_shares(outlets):
    fig, ax = plt.subplots()
    assert plot_religion_frames(outlets, ax=ax, normalize=True) is ax
    containers = [c for c in ax.containers if isinstance(c, BarContainer)]
    widths = np.array([[p.get_width() for p in c] for c in containers]).T
    np.testing.assert_allclose(widths[0], [0.5, 0.25, 0, 0.25, 0])
    np.testing.assert_allclose(widths[1], [0, 0.25, 0.5, 0.25, 0])
    np.testing.assert_allclose(widths[2], 0)
    assert "%" in ax.get_xlabel()


def test_religion_missing(outlets):
    with pytest.raises(ParameterError, match="'religion_target'"):
        plot_religion_frames(outlets.drop(columns="religion_target"))


# ---------------------------------------------------------------- plot_frame_heatmap


def test_heatmap_range_scaling_and_raw_annotations(outlets):
    ax = plot_frame_heatmap(outlets, metrics=["sentiment", "balance", "violence_rate"])
    arr = ax.images[0].get_array()
    # sentiment: (v - -0.4) / 0.65; balance: Gamma is NaN -> masked
    np.testing.assert_allclose(arr[:, 0], [1.0, 0.0, 0.4 / 0.65])
    assert list(np.ma.getmaskarray(arr)[:, 1]) == [False, False, True]
    np.testing.assert_allclose(arr[:2, 1], [1.0, 0.0])
    np.testing.assert_allclose(arr[:, 2], [0.5, 1.0, 0.0])
    assert _texts(ax) == [
        "+0.25", "+0.50", "1.00",
        "-0.40", "-0.25", "2.00",
        "+0.00", "no hits", "0.00",
    ]  # fmt: skip
    cbar_label = ax.figure.axes[-1].get_ylabel()
    assert "scaled within each metric" in cbar_label


def test_heatmap_default_metrics_zscore_and_ax(outlets):
    fig, ax = plt.subplots()
    assert plot_frame_heatmap(outlets, ax=ax, scale="zscore") is ax
    arr = ax.images[0].get_array()
    assert arr.shape == (3, 6)
    col = np.array([3.0, 1.0, 0.0])  # solidarity_rate: the third summary metric of the specs
    np.testing.assert_allclose(arr[:, 2], (col - col.mean()) / col.std())
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert labels[0].startswith("Sentiment") and "balance" in labels[4] and labels[5].startswith("Religion")
    assert "z-score" in fig.axes[-1].get_ylabel()


def test_heatmap_missing_metric(outlets):
    with pytest.raises(ParameterError, match="'religion_rate'"):
        plot_frame_heatmap(outlets.drop(columns="religion_rate"), metrics=["sentiment", "religion_rate"])
    # by default the heatmap shows the summary metrics the table has
    ax = plot_frame_heatmap(outlets.drop(columns="religion_rate"))
    assert ax.images[0].get_array().shape == (3, 5)
    with pytest.raises(ParameterError, match="scale"):
        plot_frame_heatmap(outlets, scale="log")


# ---------------------------------------------------------------- save_figure


@pytest.mark.parametrize("fmt", ["svg", "png", "pdf"])
def test_save_figure_byte_identical(tmp_path, outlets, fmt):
    ax = plot_balance(outlets)
    first = save_figure(ax.figure, tmp_path / f"a.{fmt}").read_bytes()
    second = save_figure(ax.figure, tmp_path / f"b.{fmt}").read_bytes()
    assert first == second
    # a freshly drawn identical figure gives the same bytes too
    third = save_figure(plot_balance(outlets), tmp_path / f"c.{fmt}").read_bytes()
    assert first == third
    if fmt == "svg":
        assert b"<dc:date>" not in first


@pytest.mark.parametrize("fmt", ["svg", "png"])
def test_save_figure_first_save_equals_resave_small_figure(tmp_path, fmt):
    # one-row figure: constrained layout moves the axes on the first draw at
    # the saving dpi; save_figure must still give identical bytes
    t = pd.DataFrame(
        {
            "outlet": ["A"],
            "n_articles": [2],
            "ci_basis": ["articles"],
            "balance": [0.5],
            "balance_low": [0.2],
            "balance_high": [0.8],
        }
    )
    ax = plot_balance(t)
    out = tmp_path / f"b.{fmt}"
    first = save_figure(ax, out).read_bytes()
    assert save_figure(ax, out).read_bytes() == first
    assert save_figure(plot_balance(t), out).read_bytes() == first


def test_save_figure_leaves_rcparams_and_checks_format(tmp_path, outlets):
    before = matplotlib.rcParams["svg.hashsalt"]
    ax = plot_sentiment(outlets)
    save_figure(ax, tmp_path / "x.svg")
    assert matplotlib.rcParams["svg.hashsalt"] == before
    out = save_figure(ax, tmp_path / "noext", format="png")
    assert out.read_bytes().startswith(b"\x89PNG")
    with pytest.raises(ParameterError, match="suffix"):
        save_figure(ax, tmp_path / "x.gif")
    with pytest.raises(ParameterError, match="does not exist"):
        save_figure(ax, tmp_path / "missing" / "x.png")


def test_no_global_rcparams_change(outlets, sentences, keyness):
    before = dict(matplotlib.rcParams)
    plot_balance(outlets)
    plot_sentiment(outlets)
    plot_sentiment_arc(sentences)
    plot_keyness(keyness)
    plot_religion_frames(outlets)
    plot_frame_heatmap(outlets)
    assert dict(matplotlib.rcParams) == before


def test_outlet_arcs_mean_over_articles_with_a_band():
    """One line per outlet: the mean over its articles per part of the article; band = mean +- 1.96 SE."""
    from coverage.plots import plot_outlet_arcs

    s = pd.DataFrame({
        "article_id": ["a1", "a1", "a2", "a2", "a2", "b1", "b1"],
        "outlet": ["X", "X", "X", "X", "X", "Y", "Y"],
        "sentence": [0, 1, 0, 1, 2, 0, 1],
        "sentiment": [0.2, -0.4, 0.6, 0.9, 0.0, -0.5, 0.5],
        "boilerplate": [False, False, False, True, False, False, False],  # a2's middle sentence is dropped
    })
    ax = plot_outlet_arcs(s, bins=2)
    lines = {ln.get_gid(): ln for ln in ax.get_lines() if ln.get_gid()}
    assert sorted(lines) == ["X", "Y"]
    assert lines["X"].get_xdata().tolist() == [0.25, 0.75]
    assert np.allclose(lines["X"].get_ydata(), [(0.2 + 0.6) / 2, (-0.4 + 0.0) / 2])
    assert np.allclose(lines["Y"].get_ydata(), [-0.5, 0.5])
    # X has two articles in each part: a band; Y has one: none
    bands = [c for c in ax.collections if c.get_array() is None and len(c.get_paths())]
    assert len(bands) == 1
    verts = bands[0].get_paths()[0].vertices
    half = 1.96 * np.std([0.2, 0.6], ddof=1) / np.sqrt(2)
    assert np.isclose(verts[:, 1].max(), max(0.4 + half, -0.2 + 0.2828427 * 1.96 / np.sqrt(2)))
    with pytest.raises(ParameterError, match="bins must be a positive integer"):
        plot_outlet_arcs(s, bins=0)
    plt.close("all")
