"""Time of the user's correction loop on a large labelled corpus: ``validate``, ``audit`` and ``corrected``.

On the development events of ``validate_frames.py`` (every human-coded sentence of the
development sets, the corpus rebuilt by ``benchmarks/events.py``, the event as the group: hundreds
of groups and over ten thousand labels), each fresh ``python`` process of a checkout (``PYTHONPATH``
set to it) builds the labelled analysis as ``corrected_estimates.py`` does (not timed), then times,
as CPU seconds (``time.process_time``) and wall seconds:

* ``validate``: :func:`coverage.validate` of every labelled sentence;
* ``audit``: :func:`coverage.audit.audit` drawing ``--n`` sentences (default 4,352: 8 per group);
* ``composite`` and ``rogan-gladen``: :func:`coverage.audit.corrected` from that sheet, filled with the
  human labels, ``n_boot=2000``.

With ``--baseline PATH`` (a checkout or worktree of this repository) both run side by side,
interleaved ``--repeat`` times; the best of each is printed with the ratio, and a hash of every
step's output, so that a speed change that alters a number shows. Only figures are printed.

Run from the repository root::

    python benchmarks/audit_speed.py [--data ../shared/data] [--n 4352] [--repeat 3] [--baseline ../before]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from checkouts import checkouts as checkouts_of  # noqa: E402
from checkouts import run_child, total_line  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data"
STEPS = ("validate", "audit", "composite", "rogan-gladen")

_CHILD = r"""
import hashlib, json, sys, time
from pathlib import Path
sys.path.insert(0, str(Path(sys.argv[1]) / "benchmarks"))
import coverage
import corrected_estimates as ce
from coverage.audit import audit, corrected
analysis, labels = ce.labelled_analysis(Path(sys.argv[2]))
n = int(sys.argv[3])
out = {"package": str(coverage.__file__), "labels": len(labels),
       "groups": int(analysis.sentences["outlet"].nunique())}

def timed(step, make, digest):
    c, w = time.process_time(), time.perf_counter()
    value = make()
    out[step] = {"cpu": time.process_time() - c, "wall": time.perf_counter() - w,
                 "sha1": hashlib.sha1(digest(value).encode()).hexdigest()[:12]}
    return value

timed("validate", lambda: coverage.validate(ce.labels_of(labels[ce.LABEL_COLUMNS]), analysis=analysis),
      lambda v: v.table.to_csv() + v.errors.to_csv() + v.scores.to_csv())
sheet = ce.fill(timed("audit", lambda: audit(analysis, n, seed=0), lambda s: s.to_csv()), labels)
for method in ("composite", "rogan-gladen"):
    timed(method, lambda: corrected(analysis, sheet, n_boot=2000, seed=0, method=method), lambda t: t.to_csv())
print(json.dumps(out))
"""


def measure(checkout: Path, data: Path, n: int) -> dict:
    """One fresh process of ``checkout``: each step's CPU and wall seconds and output hash."""
    return run_child(checkout, _CHILD, [str(checkout), str(data.resolve()), str(n)], cwd=data.resolve())


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared data folder")
    ap.add_argument("--n", type=int, default=4352, help="sentences the audit draws")
    ap.add_argument("--repeat", type=int, default=3, help="runs per checkout (best is printed)")
    ap.add_argument("--baseline", type=Path, help="an earlier checkout to compare with")
    args = ap.parse_args(argv)
    checkouts = checkouts_of(args.baseline)
    runs: dict[str, list[dict]] = {k: [] for k in checkouts}
    for _ in range(args.repeat):
        for name, path in checkouts.items():
            runs[name].append(measure(path, args.data, args.n))
    first = runs["this"][0]
    print(f"{first['labels']} labelled sentences, {first['groups']} events as groups, audit n = {args.n}, "
          f"n_boot = 2000; best of {args.repeat} fresh processes per checkout (CPU s / wall s)")
    for name, v in runs.items():
        print(f"{name}: {Path(v[0]['package']).parent}")
    head = "step\t" + "\t".join(f"{k} cpu\t{k} wall" for k in checkouts)
    print(head + ("\tcpu ratio\tsame output" if len(checkouts) > 1 else "\toutput sha1"))
    for step in STEPS:
        best = {k: (min(r[step]["cpu"] for r in v), min(r[step]["wall"] for r in v)) for k, v in runs.items()}
        hashes = {r[step]["sha1"] for v in runs.values() for r in v}
        cells = "\t".join(f"{c:.2f}\t{w:.2f}" for c, w in best.values())
        if "baseline" in best:
            tail = f"\t{best['this'][0] / best['baseline'][0]:.3f}\t{'yes' if len(hashes) == 1 else 'NO'}"
        else:
            tail = f"\t{first[step]['sha1']}"
        print(f"{step}\t{cells}{tail}")
    print(total_line(runs, STEPS))


if __name__ == "__main__":
    main()
