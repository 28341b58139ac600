"""Two report runs to the same folder at the same time: serialised by an OS lock, never mixed.

Real processes (the CLI, the notebook in a Jupyter kernel; helpers in ``tests/_runs.py``).
Both runs are started, each stops itself right before taking the lock, and both are resumed at
the same instant, so they really race for it. The two runs use different titles, which end up
in report.html, report.ipynb and manifest.json: a folder mixing the two runs would show.
"""

from __future__ import annotations

import json
import os
import signal
import sys

import nbformat
import pytest
from _runs import Arena, hashes, output, outputs_of, stage_times, stages, wait_stopped

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and process groups")


@pytest.fixture(scope="module")
def arena(tmp_path_factory) -> Arena:
    return Arena.create(tmp_path_factory.mktemp("race"), render=False)  # the first race renders it


def _race(arena: Arena, titles: tuple[str, str], *extra: str):
    """Two runs stopped right before the lock, then resumed together; waits for both."""
    runs = [arena.spawn(*extra, stage="params-validated", title=t) for t in titles]
    for proc, _ in runs:
        wait_stopped(proc)
    for proc, _ in runs:
        os.killpg(proc.pid, signal.SIGCONT)
    for proc, _ in runs:
        proc.wait(timeout=300)
    return runs


def _consistent_title(arena: Arena, titles: tuple[str, str]) -> str:
    """The folder is one run's complete report: manifest.json lists exactly the files present
    with their sha256, and manifest, HTML and notebook carry the same run's title."""
    found = hashes(arena.out)
    m = json.loads((arena.out / "manifest.json").read_text(encoding="utf-8"))
    assert m["outputs"] == outputs_of(found)
    title = m["parameters"]["title"]
    assert title in titles
    other = next(t for t in titles if t != title)
    page = (arena.out / "report.html").read_text(encoding="utf-8")
    assert f"<title>{title}</title>" in page and other not in page
    nb = nbformat.read(arena.out / "report.ipynb", as_version=4)
    injected = next(c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", []))
    assert f'title = "{title}"' in injected.source and other not in json.dumps(nb)
    arena.check_siblings()
    assert not arena.leftovers() and not arena.out.with_name("tiny.failed.ipynb").exists()
    return title


def test_concurrent_runs_one_fails_fast_naming_the_lock(arena):
    titles = ("Run A", "Run B")
    (a, ta), (b, tb) = _race(arena, titles, "--lock-timeout", "0")
    assert sorted([a.returncode, b.returncode]) == [0, 3], (output(a), output(b))
    (winner, _), (loser, loser_trace) = ((a, ta), (b, tb)) if a.returncode == 0 else ((b, tb), (a, ta))
    err = output(loser).strip()
    assert "\n" not in err, err  # one line
    assert err.startswith("media-coverage: error: another media-coverage run is writing to the same output folder")
    assert f"(lock file {arena.lock} is held)" in err
    # the loser gave up before touching anything
    assert stages(loser_trace) == ["params-validated", "lock-waiting"]
    assert _consistent_title(arena, titles) == ("Run A" if winner is a else "Run B")
    arena.check_lock_free()


def test_concurrent_runs_second_waits_then_replaces(arena):
    titles = ("Run C", "Run D")
    (c, tc), (d, td) = _race(arena, titles, "--lock-timeout", "300")
    assert c.returncode == 0 and d.returncode == 0, (output(c), output(d))
    waited = [(t, title) for (t, title) in ((tc, "Run C"), (td, "Run D")) if "lock-waiting" in stages(t)]
    assert len(waited) == 1, (stages(tc), stages(td))
    second_trace, second_title = waited[0]
    first_trace = td if second_trace is tc else tc
    # the second run took the lock only after the first had finished its swap: serialised
    first_done = max(t for s, t in stage_times(first_trace) if s != "lock-released")
    second_got = next(t for s, t in stage_times(second_trace) if s == "lock-acquired")
    assert second_got >= first_done
    assert _consistent_title(arena, titles) == second_title  # the last writer's complete report
    arena.check_lock_free()
