"""Time and reproducibility of training a learned detector: :func:`coverage.learn.train_detector`.

The development events' labels (every human-coded sentence of ``validate_frames.py``'s development
sets; the corpus rebuilt by ``benchmarks/events.py``) train the violence detector as a user's labels
would (``train_detector(labels, analysis=..., label="violence", cv_splits=0)``: one fit, no
cross-validation; word 1-2-grams in at least 2 sentences, the lexicon and cue features). Each
measurement is a fresh ``python`` process of a checkout (``PYTHONPATH`` set to it) that builds the
analysis (not timed) and times the fit (CPU and wall seconds), printing a SHA-256 of the model's
coefficients and intercept so that runs can be compared.

Four conditions, each with the checkouts interleaved ``--repeat`` times (best time printed):

* ``quiet``: nothing else runs;
* ``busy, Python``: every other core runs a pure-Python busy loop (``os.cpu_count() - 1`` processes), as
  on a shared machine or a notebook server with other kernels;
* ``busy, NumPy``: every other core runs NumPy matrix products (with NumPy's default BLAS threads), as
  on a cluster node running one numerical job per core;
* ``one BLAS thread``: quiet, with ``OPENBLAS_NUM_THREADS=1`` set for the child: what the model is when
  BLAS has one thread (a checkout whose model changes with the thread count prints two hashes).

With ``--baseline PATH`` (a checkout or worktree of this repository) both run side by side. Only
figures are printed.

Run from the repository root::

    python benchmarks/train_speed.py [--data ../shared/data] [--repeat 2] [--baseline ../before]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from checkouts import checkouts as checkouts_of  # noqa: E402
from checkouts import run_child  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data"

_CHILD = r"""
import hashlib, json, sys, time
from pathlib import Path
sys.path.insert(0, str(Path(sys.argv[1]) / "benchmarks"))
import coverage
import corrected_estimates as ce
from coverage.learn import train_detector
analysis, labels = ce.labelled_analysis(Path(sys.argv[2]))
c, w = time.process_time(), time.perf_counter()
model = train_detector(ce.labels_of(labels[ce.LABEL_COLUMNS]), analysis=analysis, label="violence", cv_splits=0)
out = {"cpu": time.process_time() - c, "wall": time.perf_counter() - w, "package": str(coverage.__file__),
       "n_train": model.n_train, "features": len(model.coef),
       "sha256": hashlib.sha256(json.dumps([list(model.coef), model.intercept]).encode()).hexdigest()[:16]}
print(json.dumps(out))
"""


CONDITIONS = ("quiet", "busy, Python", "busy, NumPy", "one BLAS thread")


def _spin(stop: mp.Event, kind: str) -> None:  # type: ignore[valid-type]
    if kind == "busy, NumPy":
        import numpy as np

        a = np.random.default_rng(0).random((400, 400))
        while not stop.is_set():  # type: ignore[attr-defined]
            a = a @ a
            a /= np.abs(a).max()
        return
    while not stop.is_set():  # type: ignore[attr-defined]
        for _ in range(100_000):
            pass


def measure(checkout: Path, data: Path, one_thread: bool = False) -> dict:
    """One fresh process of ``checkout``: the fit's CPU and wall seconds and the model's hash."""
    return run_child(checkout, _CHILD, [str(checkout), str(data.resolve())], cwd=data.resolve(),
                     env={"OPENBLAS_NUM_THREADS": "1"} if one_thread else None)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared data folder")
    ap.add_argument("--repeat", type=int, default=2, help="runs per checkout and condition (best is printed)")
    ap.add_argument("--baseline", type=Path, help="an earlier checkout to compare with")
    args = ap.parse_args(argv)
    checkouts = checkouts_of(args.baseline)
    others = max((os.cpu_count() or 1) - 1, 0)
    results: dict[tuple[str, str], list[dict]] = {}
    for condition in CONDITIONS:
        stop = mp.Event()
        n_spin = others if condition.startswith("busy") else 0
        spinners = [mp.Process(target=_spin, args=(stop, condition), daemon=True) for _ in range(n_spin)]
        for p in spinners:
            p.start()
        time.sleep(1 if spinners else 0)
        try:
            for _ in range(args.repeat):
                for name, path in checkouts.items():
                    results.setdefault((condition, name), []).append(
                        measure(path, args.data, one_thread=condition == "one BLAS thread"))
        finally:
            stop.set()
            for p in spinners:
                p.join()
    first = results[("quiet", "this")][0]
    print(f"train_detector(label='violence', cv_splits=0) on {first['n_train']} labelled sentences ({first['features']} "
          f"features); {os.cpu_count()} cores, busy = {others} busy process(es) on the other cores; best of "
          f"{args.repeat} fresh processes (CPU s / wall s)")
    for name, path in checkouts.items():
        print(f"{name}: {path}")
    print("condition\tcheckout\tcpu\twall\tmodel sha256 (every run)")
    for (condition, name), runs in results.items():
        hashes = sorted({r["sha256"] for r in runs})
        print(f"{condition}\t{name}\t{min(r['cpu'] for r in runs):.2f}\t{min(r['wall'] for r in runs):.2f}\t"
              f"{', '.join(hashes)}")
    if "baseline" in checkouts:
        for condition in CONDITIONS:
            this = min(r["wall"] for r in results[(condition, "this")])
            base = min(r["wall"] for r in results[(condition, "baseline")])
            print(f"{condition}: this / baseline wall {this / base:.3f}")


if __name__ == "__main__":
    main()
