"""Speed and memory of coverage.analyze vs a hand-written NLTK pipeline vs one CountVectorizer pass.

Three engines process the same articles of the Article-Bias-Prediction corpus
(``../shared/data/article_bias_prediction/abp_articles.csv.gz``; outlet = ``source``,
text = ``content_original``, id = ``ID``):

``project``
    ``coverage.analyze(df)`` on a DataFrame with columns ``id, outlet, text`` (full
    analysis: segmentation, boilerplate, tokens, frames, religion, sentiment, tone,
    article table, per-outlet bootstrap CIs), then ``a.terms(top=20)`` so the term
    table is part of the timing.
``peer``
    What a researcher writes without this package (no package code): NLTK Punkt
    (``PunktSentenceTokenizer()``, untrained) splits each article into sentences;
    NLTK VADER (``SentimentIntensityAnalyzer`` with vaderSentiment's
    ``vader_lexicon.txt``) scores each sentence, and scores it again with the
    violence words masked (tone; the sentence's own score is reused when it has no
    violence word); NLTK ``TreebankWordTokenizer`` tokens, lower-cased, tokens with a
    letter or digit kept as words; ``collections.Counter`` term counts per article
    (kept) and per outlet (top 20 by count after stop words, with rate per 10,000
    words); hand-written solidarity / violence / religion word sets (below) counted per
    article; per-article means, rates per 1,000 words and balance (S - V) / (S + V);
    pandas groupby outlet with a 95% percentile bootstrap CI (2,000 resamples, numpy)
    of the article means of sentiment, tone, balance and the three rates.
``limit``
    One ``sklearn.feature_extraction.text.CountVectorizer().fit_transform(texts)``
    pass: roughly the least a pure-Python-driven pass over the same text costs.

Articles: the first ``--n`` rows (default 2,000) of the CSV in file order after
dropping rows whose text is empty or whitespace only (there are none in the current
file), or every row with ``--all``. A first subprocess reads the CSV with pandas (not
timed) and writes the selected rows (``id, outlet, text``) to a temporary Parquet
file; each engine then runs in a fresh ``python`` subprocess of this script that
reads the Parquet file (not timed; imports are not timed either), runs the engine
(timed with ``time.perf_counter``, including set-up such as loading the VADER
lexicon) and reports its peak RSS (``resource.getrusage(RUSAGE_SELF).ru_maxrss``).
Peak RSS therefore includes the interpreter, the imports and the Parquet read;
"base RSS" is the peak before the engine started. The parent process never loads
pandas or the data: on Linux ``ru_maxrss`` survives fork + exec, so a child would
otherwise report at least its parent's RSS. With ``--repeat R`` every engine runs R
times (fresh process each time, engines interleaved); the best time is reported.
MB of text = sum of UTF-8 bytes / 10^6; RSS MB = KiB / 1024.
Also printed: the engine's CPU time (user + system, ``getrusage``), which moves less than
wall time when other jobs share the machine. ``--json PATH`` writes every run's figures.

Targets (printed as PASS/FAIL; the exit status is 0 either way, this is a report):
project/peer throughput >= 10x, project/limit >= 1/3, and with ``--all`` project
peak RSS <= 2,048 MB.

Run from the repository root::

    python benchmarks/speed.py [--n 2000 | --all] [--only project,peer,limit] [--repeat 1] [--json PATH]
    python benchmarks/speed.py --only project --baseline ../before --repeat 7   # this code vs an earlier checkout
    python benchmarks/speed.py --only project --baseline . --violence-model gated --repeat 5   # the opt-in model's cost
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import re
import resource
import subprocess
import sys
import tempfile
import time
import warnings
from collections import Counter, defaultdict
from importlib import metadata, resources
from pathlib import Path

# numpy and pandas are imported inside functions: the parent process stays small, because on
# Linux a child's ru_maxrss starts from its parent's RSS at fork time (kept across exec).

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
ABP = Path("article_bias_prediction") / "abp_articles.csv.gz"
ENGINES = ("project", "peer", "limit")
TARGET_PEER = 10.0  # project throughput / peer throughput
TARGET_LIMIT = 1 / 3  # project throughput / CountVectorizer throughput
TARGET_RSS_MB = 2048.0  # project peak RSS with --all
N_BOOT = 2000
PEER_METRICS = ["sentiment", "tone", "balance", "solidarity_rate", "violence_rate", "religion_rate"]

# ---------------------------------------------------------------------------
# The peer's hand-written word sets (lower case, matched against Treebank tokens).

SOLIDARITY = frozenset("""
solidarity unity united unite unites together stand stands standing stood support supported
supporting supporters vigil vigils tribute tributes mourn mourned mourning mourners
condolences sympathy sympathies compassion love loved hope hopes resilience resilient courage
courageous brave bravery hero heroes community communities neighbours neighbors kindness
help helped helping donate donated donations volunteers defiant defiance unbowed embrace
""".split())
VIOLENCE = frozenset("""
attack attacks attacked attacker attackers attacking kill kills killed killing killings killer
killers dead death deaths die died dying murder murdered murders shooting shootings shot
shooter gunman gunmen gunfire bomb bombs bombing bombings bomber explosion explosions
stabbing stabbed terror terrorist terrorists terrorism violence violent victim victims
wounded injured massacre assault assaulted rampage blood bloody carnage weapon weapons
""".split())
RELIGION = frozenset("""
religion religions religious faith faiths god allah muslim muslims islam islamic islamist
islamists mosque mosques imam imams christian christians christianity church churches
catholic catholics pope priest priests bishop jewish jew jews judaism synagogue rabbi hindu
sikh prayer prayers pray prayed worship bible quran koran jihad jihadist jihadists
""".split())
STOPWORDS = frozenset("""
i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she
her hers herself it its itself they them their theirs themselves what which who whom this that
these those am is are was were be been being have has had having do does did doing a an the and
but if or because as until while of at by for with about against between into through during
before after above below to from up down in out on off over under again further then once here
there when where why how all any both each few more most other some such no nor not only own
same so than too very s t can will just don should now 's n't 're 've 'll 'd 'm said would
could also mr. ms. mrs.
""".split())
_WORD = re.compile(r"\w")


# ---------------------------------------------------------------------------
# Engines (each runs inside its own subprocess)


def _imports(engine: str) -> None:
    """Import what an engine needs (not timed)."""
    if engine == "project":
        import coverage  # noqa: F401
    elif engine == "peer":
        import nltk.sentiment.vader  # noqa: F401
        import nltk.tokenize  # noqa: F401
        import nltk.tokenize.punkt  # noqa: F401
    elif engine == "limit":
        import sklearn.feature_extraction.text  # noqa: F401


def run_project(df) -> dict:
    """coverage.analyze on id/outlet/text plus the term table."""
    import coverage

    families = None
    model = os.environ.get("MC_BENCH_VIOLENCE_MODEL", "none")
    if model != "none":  # --violence-model: the framing family's opt-in built-in model, gated or not
        families = coverage.default_families(violence_model="builtin", model_gate=model == "gated")
    a = coverage.analyze(df, families=families, n_jobs=int(os.environ.get("MC_BENCH_JOBS", "1")))
    terms = a.terms(top=20)
    return {
        "package": str(Path(coverage.__file__).parent),
        "articles_analysed": len(a.articles),
        "rejected": len(a.rejected),
        "outlets": len(a.outlets),
        "sentences": len(a.sentences),
        "word_tokens": int(a.articles["n_tokens"].sum()),
        "term_rows": len(terms),
        "mean_sentiment": float(a.articles["sentiment"].mean()),
    }


def run_limit(df) -> dict:
    """One CountVectorizer().fit_transform pass."""
    from sklearn.feature_extraction.text import CountVectorizer

    cv = CountVectorizer()
    x = cv.fit_transform(df["text"])
    return {"vocabulary": len(cv.vocabulary_), "word_tokens": int(x.sum())}


def _boot_ci(values, rng, n_boot: int = N_BOOT) -> tuple[float, float, float]:
    """Mean and 95% percentile bootstrap CI of the mean (NaN CI for fewer than 2 values)."""
    import numpy as np

    v = values[~np.isnan(values)]
    if v.size == 0:
        return float("nan"), float("nan"), float("nan")
    if v.size < 2:
        return float(v.mean()), float("nan"), float("nan")
    means = v[rng.integers(0, v.size, size=(n_boot, v.size))].mean(axis=1)
    lo, hi = np.percentile(means, [2.5, 97.5])
    return float(v.mean()), float(lo), float(hi)


def run_peer(df) -> dict:
    """The hand-written NLTK + Counter + pandas pipeline (no package code)."""
    import nltk
    import numpy as np
    import pandas as pd
    from nltk.sentiment.vader import SentimentIntensityAnalyzer
    from nltk.tokenize import TreebankWordTokenizer
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    # NLTK 3.10 only loads resources from its data path: add vaderSentiment's folder to it
    nltk.data.path.append(str(resources.files("vaderSentiment")))
    sia = SentimentIntensityAnalyzer(lexicon_file="vader_lexicon.txt")
    punkt = PunktSentenceTokenizer()
    treebank = TreebankWordTokenizer()
    violence_re = re.compile(r"\b(?:" + "|".join(sorted(VIOLENCE, key=len, reverse=True)) + r")\b",
                             re.IGNORECASE)

    def mask(m: re.Match) -> str:
        return "x" * len(m.group())

    rows = []
    article_terms: list[Counter] = []
    outlet_terms: dict[str, Counter] = defaultdict(Counter)
    n_sentences = 0
    for aid, outlet, text in zip(df["id"], df["outlet"], df["text"], strict=True):
        sent_scores, tone_scores = [], []
        counts: Counter = Counter()
        sol = vio = rel = 0
        for sentence in punkt.tokenize(text):
            score = sia.polarity_scores(sentence)["compound"]
            words = [t for t in (w.lower() for w in treebank.tokenize(sentence)) if _WORD.search(t)]
            s = sum(w in SOLIDARITY for w in words)
            v = sum(w in VIOLENCE for w in words)
            r = sum(w in RELIGION for w in words)
            tone = sia.polarity_scores(violence_re.sub(mask, sentence))["compound"] if v else score
            sent_scores.append(score)
            tone_scores.append(tone)
            counts.update(words)
            sol, vio, rel = sol + s, vio + v, rel + r
        n_sentences += len(sent_scores)
        n_words = sum(counts.values())
        per_k = 1000.0 / n_words if n_words else float("nan")
        rows.append({
            "article_id": aid, "outlet": outlet, "n_sentences": len(sent_scores), "n_tokens": n_words,
            "sentiment": float(np.mean(sent_scores)) if sent_scores else float("nan"),
            "tone": float(np.mean(tone_scores)) if tone_scores else float("nan"),
            "solidarity": sol, "violence": vio, "religion": rel,
            "solidarity_rate": sol * per_k, "violence_rate": vio * per_k, "religion_rate": rel * per_k,
            "balance": (sol - vio) / (sol + vio) if sol + vio else float("nan"),
        })
        article_terms.append(counts)
        outlet_terms[outlet].update(counts)
    articles = pd.DataFrame(rows)

    rng = np.random.default_rng(0)
    out_rows = []
    for outlet, g in articles.groupby("outlet", sort=True):
        row = {"outlet": outlet, "n_articles": len(g), "n_sentences": int(g["n_sentences"].sum()),
               "n_tokens": int(g["n_tokens"].sum())}
        for m in PEER_METRICS:
            row[m], row[f"{m}_low"], row[f"{m}_high"] = _boot_ci(g[m].to_numpy(dtype="float64"), rng)
        out_rows.append(row)
    outlets = pd.DataFrame(out_rows)

    term_rows = []
    for outlet, c in outlet_terms.items():
        total = sum(c.values())
        top = [(t, n) for t, n in c.most_common() if t not in STOPWORDS][:20]
        term_rows += [{"outlet": outlet, "term": t, "count": n, "rate_per_10k": n / total * 10_000}
                      for t, n in top]
    terms = pd.DataFrame(term_rows)
    return {
        "articles_analysed": len(articles),
        "outlets": len(outlets),
        "sentences": n_sentences,
        "word_tokens": int(articles["n_tokens"].sum()),
        "term_rows": len(terms),
        "mean_sentiment": float(articles["sentiment"].mean()),
        "article_counters": len(article_terms),
    }


RUNNERS = {"project": run_project, "peer": run_peer, "limit": run_limit}


def _rss_kb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def _cpu_seconds() -> float:
    """User + system CPU time of this process and its finished children."""
    return sum(r.ru_utime + r.ru_stime for r in (resource.getrusage(resource.RUSAGE_SELF),
                                                  resource.getrusage(resource.RUSAGE_CHILDREN)))


def _vm_hwm_kb() -> int | None:
    """Peak RSS of this process's own address space (Linux ``VmHWM``), as a cross-check."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return None


def child(engine: str, input_path: Path, result_path: Path) -> int:
    """Run one engine on the Parquet file and write its measurements as JSON.

    ``baseline`` is the project engine run from the checkout named by ``MC_BENCH_BASELINE``
    (an earlier commit, e.g. ``git worktree add ../before HEAD~3``).
    """
    label = engine
    if engine == "baseline":
        sys.path.insert(0, os.environ["MC_BENCH_BASELINE"])
        os.environ.pop("MC_BENCH_VIOLENCE_MODEL", None)  # (the baseline runs the defaults)
        engine = "project"
    t0 = time.perf_counter()
    import pandas as pd

    _imports(engine)
    t1 = time.perf_counter()
    df = pd.read_parquet(input_path)
    t2 = time.perf_counter()
    rss_before = _rss_kb()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        cpu0, start = _cpu_seconds(), time.perf_counter()
        summary = RUNNERS[engine](df)
        seconds = time.perf_counter() - start
        cpu = _cpu_seconds() - cpu0
    import coverage  # noqa: F401  (already imported by the project engine; records which checkout ran)

    result = {
        "engine": label, "code": str(Path(sys.modules["coverage"].__file__).parent.parent)
        if engine == "project" else None, "seconds": seconds, "cpu_seconds": cpu, "import_seconds": t1 - t0, "read_seconds": t2 - t1,
        "rss_before_kb": rss_before, "rss_peak_kb": _rss_kb(), "vm_hwm_kb": _vm_hwm_kb(), "summary": summary,
        "rss_children_peak_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
        "warnings": sorted({f"{w.category.__name__}: {str(w.message)[:200]}" for w in caught}),
    }
    result_path.write_text(json.dumps(result), encoding="utf-8")
    return 0


# ---------------------------------------------------------------------------
# Parent: data (in a subprocess too), engine subprocesses, report


def first_rows(csv_path: Path, n: int | None):
    """``id, outlet, text`` of the first ``n`` ABP rows with non-blank text (all if None), in file order."""
    import pandas as pd

    cols = ["ID", "source", "content_original"]
    kw = {"usecols": cols, "dtype": str, "keep_default_na": False}
    if n is None:
        chunks = [pd.read_csv(csv_path, **kw)]
    else:
        chunks, have = [], 0
        for chunk in pd.read_csv(csv_path, chunksize=5000, **kw):
            chunk = chunk[chunk["content_original"].str.strip() != ""]
            chunks.append(chunk)
            have += len(chunk)
            if have >= n:
                break
    df = pd.concat(chunks, ignore_index=True)
    df = df[df["content_original"].str.strip() != ""]
    if n is not None:
        df = df.head(n)
    return pd.DataFrame({"id": df["ID"].to_numpy(dtype=object), "outlet": df["source"].to_numpy(dtype=object),
                         "text": df["content_original"].to_numpy(dtype=object)})


def prepare(csv_path: Path, n: int | None, parquet_path: Path, result_path: Path) -> int:
    """Write id/outlet/text of the first ``n`` rows with non-blank text (all if None) to Parquet."""
    t0 = time.perf_counter()
    out = first_rows(csv_path, n)
    out.to_parquet(parquet_path, index=False)
    result = {"n_articles": len(out), "mb": sum(len(t.encode("utf-8")) for t in out["text"]) / 1e6,
              "n_outlets": int(out["outlet"].nunique()), "seconds": time.perf_counter() - t0}
    result_path.write_text(json.dumps(result), encoding="utf-8")
    return 0


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


def machine_info() -> dict:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        usable = os.cpu_count()
    try:
        git = subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty"], capture_output=True,
                             text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        git = ""
    return {
        "git": git or "unknown",
        "cpu_count": os.cpu_count(), "cpus_usable": usable, "cpu_model": model,
        "load_average_1m": round(os.getloadavg()[0], 2), "platform": platform.platform(),
        "python": platform.python_version(),
        "versions": {d: _version(d) for d in ("media-coverage", "nltk", "scikit-learn", "pandas", "numpy",
                                              "pyarrow", "vaderSentiment")},
    }


def _subprocess(args: list[str]) -> tuple[int, str]:
    proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), *args], capture_output=True, text=True)
    return proc.returncode, "\n".join(proc.stderr.strip().splitlines()[-15:])


def run_engine(engine: str, input_path: Path, workdir: Path, k: int) -> dict:
    result_path = workdir / f"{engine}-{k}.json"
    code, tail = _subprocess(["--engine", engine, "--input", str(input_path), "--result", str(result_path)])
    if code != 0 or not result_path.is_file():
        return {"engine": engine, "failed": True, "returncode": code, "stderr_tail": tail}
    return json.loads(result_path.read_text(encoding="utf-8"))


def _fmt(x: float | None, spec: str, suffix: str = "") -> str:
    return "n/a" if x is None or math.isnan(x) else format(x, spec) + suffix


def summarise(runs: list[dict], n_articles: int, mb: float) -> dict:
    """Best time, highest peak RSS and the first run's work summary of one engine's runs."""
    ok = [r for r in runs if not r.get("failed")]
    if not ok:
        return {"failed": True, "runs": runs}
    best = min(r["seconds"] for r in ok)
    return {
        "articles": n_articles, "mb": mb, "seconds": best, "cpu_seconds": min(r["cpu_seconds"] for r in ok),
        "mb_per_s": mb / best,
        "articles_per_s": n_articles / best,
        "peak_rss_mb": max(r["rss_peak_kb"] for r in ok) / 1024,
        "children_peak_rss_mb": max(r.get("rss_children_peak_kb", 0) for r in ok) / 1024,
        "base_rss_mb": max(r["rss_before_kb"] for r in ok) / 1024,
        "import_seconds": min(r["import_seconds"] for r in ok),
        "summary": ok[0]["summary"], "warnings": ok[0]["warnings"], "runs": runs,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared data folder")
    size = ap.add_mutually_exclusive_group()
    size.add_argument("--n", type=int, default=2000, help="articles (first N non-empty rows; default 2000)")
    size.add_argument("--all", action="store_true", help="the whole corpus")
    ap.add_argument("--only", default=",".join(ENGINES), help="engines to run, comma-separated (project,peer,limit)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per engine (fresh process each); best time is reported")
    ap.add_argument("--json", type=Path, help="also write the results to this JSON file")
    ap.add_argument("--jobs", type=int, default=1,
                    help="n_jobs of the project's analyze (worker processes; default 1, -1 = every CPU)")
    ap.add_argument("--baseline", type=Path, default=None, metavar="CHECKOUT",
                    help="also run the project engine from this checkout (e.g. a git worktree of an earlier commit), "
                    "interleaved with the current one, and print the time ratio (target: within 5%%)")
    ap.add_argument("--violence-model", choices=("none", "gated", "ungated"), default="none",
                    help="the project engine runs the framing family's opt-in built-in violence model (gated to "
                         "attack coverage or not); the baseline engine never does (--baseline . measures its cost)")
    ap.add_argument("--engine", choices=(*ENGINES, "baseline"), help=argparse.SUPPRESS)
    ap.add_argument("--prepare", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--input", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--result", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.engine:  # (the child reads --jobs from MC_BENCH_JOBS, set by the parent)
        return child(args.engine, args.input, args.result)
    os.environ["MC_BENCH_JOBS"] = str(args.jobs)  # read by the project engine's subprocess
    os.environ["MC_BENCH_VIOLENCE_MODEL"] = args.violence_model  # (likewise)
    if args.baseline is not None:
        if not (args.baseline / "coverage" / "__init__.py").is_file():
            ap.error(f"--baseline {args.baseline}: not a media-coverage checkout (no coverage/__init__.py)")
        os.environ["MC_BENCH_BASELINE"] = str(args.baseline.resolve())
    if args.prepare:
        return prepare(args.data / ABP, None if args.all else args.n, args.input, args.result)

    engines = list(dict.fromkeys(e.strip() for e in args.only.split(",") if e.strip()))
    unknown = [e for e in engines if e not in ENGINES]
    if unknown or not engines:
        ap.error(f"--only takes a comma-separated subset of {','.join(ENGINES)}; got {args.only!r}")
    if args.baseline is not None:
        engines.insert(engines.index("project") + 1 if "project" in engines else 0, "baseline")
    if args.repeat < 1 or (not args.all and args.n < 1):
        ap.error("--n and --repeat must be positive")
    path = args.data / ABP
    if not path.is_file():
        sys.exit(f"not found: {path}; pass --data pointing at the shared data folder")

    info = machine_info()
    runs: dict[str, list[dict]] = {e: [] for e in engines}
    with tempfile.TemporaryDirectory(prefix="coverage-speed-") as tmp:
        workdir = Path(tmp)
        input_path, prep_path = workdir / "articles.parquet", workdir / "prepare.json"
        code, tail = _subprocess(["--prepare", "--data", str(args.data), *(["--all"] if args.all else ["--n", str(args.n)]),
                                  "--input", str(input_path), "--result", str(prep_path)])
        if code != 0:
            sys.exit(f"reading {path} failed:\n{tail}")
        prep = json.loads(prep_path.read_text(encoding="utf-8"))
        n_articles, mb = prep["n_articles"], prep["mb"]
        v = info["versions"]
        print(f"media-coverage {v['media-coverage']}: speed benchmark on {n_articles} ABP articles "
              f"({'whole corpus' if args.all else 'first non-empty rows in file order'}), {mb:.2f} MB of text, "
              f"{prep['n_outlets']} outlets")
        print(f"machine: {info['cpu_count']} CPUs ({info['cpus_usable']} usable) {info['cpu_model']}, "
              f"load {info['load_average_1m']}; {info['platform']}")
        print(f"repository at {info['git']}; python {info['python']}, nltk {v['nltk']}, scikit-learn {v['scikit-learn']}, pandas {v['pandas']}, "
              f"numpy {v['numpy']}, pyarrow {v['pyarrow']}, vaderSentiment {v['vaderSentiment']}")
        print(f"CSV read and selection: {prep['seconds']:.1f} s (not timed); each engine in a fresh subprocess, "
              f"{args.repeat} run(s) each, best time reported; project analyze(n_jobs={args.jobs}"
              f"{'' if args.violence_model == 'none' else ', violence model ' + args.violence_model})\n", flush=True)
        for k in range(args.repeat):
            for e in engines:
                runs[e].append(run_engine(e, input_path, workdir, k))
    results = {e: summarise(runs[e], n_articles, mb) for e in engines}

    print(f"{'engine':8} {'articles':>8} {'MB':>7} {'seconds':>9} {'MB/s':>8} {'articles/s':>10} "
          f"{'peak RSS MB':>11} {'base RSS MB':>11} {'CPU s':>8}")
    for e in engines:
        r = results[e]
        if r.get("failed"):
            print(f"{e:8} FAILED (exit {r['runs'][0]['returncode']})")
            continue
        print(f"{e:8} {r['articles']:8d} {r['mb']:7.2f} {r['seconds']:9.2f} {r['mb_per_s']:8.3f} "
              f"{r['articles_per_s']:10.1f} {r['peak_rss_mb']:11.0f} {r['base_rss_mb']:11.0f} "
              f"{r['cpu_seconds']:8.2f}")
    if args.repeat > 1:
        for e in engines:
            times = [f"{r['seconds']:.2f}" for r in runs[e] if not r.get("failed")]
            print(f"  {e} runs (s): {', '.join(times)}")
    if ok_project_children := (results.get("project", {}).get("children_peak_rss_mb") or 0):
        print(f"project worker processes: largest peak RSS {ok_project_children:.0f} MB each")
    print("(seconds: wall time, best run; peak RSS: ru_maxrss of the engine's process, including interpreter,\n"
          " imports and the Parquet read; base RSS: the same just before the engine started; CPU s: user + system\n"
          " CPU time of the engine and any worker processes it waited for, less sensitive to a busy machine)")

    def ok(e: str) -> bool:
        return e in results and not results[e].get("failed")

    ratio_peer = results["peer"]["seconds"] / results["project"]["seconds"] if ok("peer") and ok("project") else None
    ratio_limit = (results["limit"]["seconds"] / results["project"]["seconds"]
                   if ok("limit") and ok("project") else None)
    rss = results["project"]["peak_rss_mb"] if ok("project") else None
    cpu_peer = (results["peer"]["cpu_seconds"] / results["project"]["cpu_seconds"]
                if ok("peer") and ok("project") else None)
    cpu_limit = (results["limit"]["cpu_seconds"] / results["project"]["cpu_seconds"]
                 if ok("limit") and ok("project") else None)
    print(f"\nthroughput ratios (wall time; same articles, so = inverse time ratios): "
          f"project/peer {_fmt(ratio_peer, '.2f', 'x')}, project/limit {_fmt(ratio_limit, '.3f', 'x')}")
    print(f"same by CPU time (information only): project/peer {_fmt(cpu_peer, '.2f', 'x')}, "
          f"project/limit {_fmt(cpu_limit, '.3f', 'x')}")

    def verdict(value: float | None, goal: float, higher: bool, why: str = "engine not run or failed") -> str:
        if value is None:
            return f"n/a ({why})"
        return "PASS" if (value >= goal if higher else value <= goal) else "FAIL"

    rss_why = "checked with --all only" + (f"; {rss:.0f} MB here" if rss is not None else "")
    targets = {
        "project/peer throughput >= 10x": (ratio_peer, verdict(ratio_peer, TARGET_PEER, True)),
        "project/limit throughput >= 1/3": (ratio_limit, verdict(ratio_limit, TARGET_LIMIT, True)),
        "project peak RSS <= 2,048 MB (--all)": (
            rss, verdict(rss if args.all else None, TARGET_RSS_MB, False, rss_why if not args.all else
                         "project not run or failed")),
    }
    if ok("baseline") and ok("project"):
        base_s, new_s = results["baseline"]["seconds"], results["project"]["seconds"]
        change = new_s / base_s - 1.0
        print(f"project vs baseline ({args.baseline}): {new_s:.2f} s vs {base_s:.2f} s, "
              f"{change:+.1%} ({'within' if change <= 0.05 else 'OUTSIDE'} the 5% budget); CPU time "
              f"{results['project']['cpu_seconds'] / results['baseline']['cpu_seconds'] - 1:+.1%}")
    print("targets:")
    for name, (value, result) in targets.items():
        shown = f"  ({value:.3g})" if value is not None and result in ("PASS", "FAIL") else ""
        print(f"  {name:38} {result}{shown}")

    print("\nwork done (sanity check that the engines did comparable work):")
    for e in engines:
        if ok(e):
            items = results[e]["summary"].items()
            print(f"  {e}: " + ", ".join(f"{k} {v:.4g}" if isinstance(v, float) else f"{k} {v}" for k, v in items))
            for w in results[e]["warnings"]:
                print(f"    warning: {w}")
        else:
            print(f"  {e}: FAILED")
            print("\n".join("    " + ln for ln in results[e]["runs"][0]["stderr_tail"].splitlines()))
    print("note: shared 2-core machine; timings are noisy (use --repeat)")

    if args.json:
        payload = {
            "machine": info, "n_articles": n_articles, "mb": mb, "n_outlets": prep["n_outlets"],
            "all": bool(args.all), "repeat": args.repeat,
            "selection": "whole corpus" if args.all else "first non-empty rows in file order",
            "csv_load_seconds": prep["seconds"], "engines": results,
            "ratios": {"project_over_peer": ratio_peer, "project_over_limit": ratio_limit,
                       "cpu_project_over_peer": cpu_peer, "cpu_project_over_limit": cpu_limit},
            "targets": {k: {"value": val, "result": res} for k, (val, res) in targets.items()},
        }
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(payload, indent=2), encoding="utf-8")
        print(f"results written to {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
