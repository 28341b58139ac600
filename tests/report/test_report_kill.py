"""A report run killed with SIGKILL at any of 20 moments never damages the previous report.

Each moment runs the real CLI (the real notebook in a real Jupyter kernel) on a three-article
corpus into a folder that already holds a report of the same input, and kills it (helpers in
``tests/_runs.py``). Most moments are deterministic: the run stops itself right after a stage
of ``coverage.report`` (the stages ``MEDIA_COVERAGE_TRACE`` reports) and is SIGKILLed there;
three are time-based (during start-up, kernel start-up and HTML conversion).

After each kill the folder holds exactly the previous report (same sha256 for every file) or,
only once the run has passed the swap, exactly the complete new report (for the same input
byte-identical except manifest.json's "run" part): never a mixture, never a half-written file
at a final path. Next to it there is only the lock file ``.tiny.media-coverage-lock`` and
marked ``.tiny.media-coverage-staging-<pid>-<hex>`` / ``.tiny.media-coverage-previous-<pid>-<hex>``
left-overs of killed runs; the next run deletes them (and only them), and the dead run's lock
never blocks it.
"""

from __future__ import annotations

import sys
import time

import psutil
import pytest
from _runs import (
    Arena,
    cell_stage,
    hashes,
    hold_lock,
    kill,
    output,
    stages,
    wait_stage,
    wait_stopped,
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and process groups")


@pytest.fixture(scope="module")
def arena(tmp_path_factory) -> Arena:
    return Arena.create(tmp_path_factory.mktemp("kill"))


#: (id, how, when, what the moment is). how: "stage" = stopped right after that stage;
#: "waiting" = the same while another process holds the lock; "orphan" = the same but only the
#: CLI process is killed, the kernel must notice and exit on its own; "time" = seconds after
#: start; "after" = (stage, seconds after it, guard stage): on a machine so fast that the delay
#: outlasts the step, the run stops itself at the guard stage, so the kill still lands mid-run.
MOMENTS = [
    ("t+0.05s", "time", 0.05, "interpreter start-up"),
    ("t+0.5s", "time", 0.5, "importing"),
    ("params-validated", "stage", "params-validated", "parameters checked, lock not yet taken"),
    ("lock-waiting", "waiting", "lock-waiting", "waiting for another run's lock"),
    ("lock-acquired", "stage", "lock-acquired", "holding the lock"),
    ("stale-cleaned", "stage", "stale-cleaned", "left-overs of earlier kills deleted"),
    ("staging-created", "stage", "staging-created", "empty staging folder"),
    ("kernel-started", "stage", "kernel-started", "kernel process launched"),
    ("kernel+1.0s", "after", ("kernel-started", 1.0, "notebook-executed"), "kernel starting up, importing"),
    ("cell-derived", "stage", cell_stage("derived"), "corpus analysed in the kernel"),
    ("cell-metrics", "stage", cell_stage("metrics"), "kernel wrote metrics/* into the staging folder"),
    ("orphan-kernel", "orphan", cell_stage("plots"), "CLI killed alone, kernel orphaned"),
    ("notebook-executed", "stage", "notebook-executed", "kernel shut down, notebook in memory"),
    ("notebook-written", "stage", "notebook-written", "report.ipynb in staging"),
    ("notebook+0.2s", "after", ("notebook-written", 0.2, "staging-synced"), "converting to HTML"),
    ("html-written", "stage", "html-written", "report.html in staging"),
    ("manifest-written", "stage", "manifest-written", "staging complete"),
    ("staging-synced", "stage", "staging-synced", "staging flushed to disk, right before the swap"),
    ("previous-removed", "stage", "previous-removed", "swapped, previous report deleted, lock held"),
    ("swapped", "stage", "swapped", "swapped; the staging folder now holds the previous report"),
]
#: Stages after which the folder must be the new report.
AFTER_SWAP = {"swapped", "previous-removed"}


def test_twenty_distinct_moments():
    assert len(MOMENTS) == 20 and len({m[0] for m in MOMENTS}) == 20


@pytest.mark.parametrize(("how", "when"), [m[1:3] for m in MOMENTS], ids=[m[0] for m in MOMENTS])
def test_kill_keeps_previous_or_complete_new_report(arena, how, when):
    stale_before = arena.leftovers()
    deterministic = how in ("stage", "waiting", "orphan")
    holder = hold_lock(arena.lock) if how == "waiting" else None
    try:
        proc, trace = arena.spawn(stage=when if deterministic else when[2] if how == "after" else "-")
        orphans: list[psutil.Process] = []
        if how == "time":
            time.sleep(when)
            kill(proc)
        elif how == "after":
            wait_stage(proc, trace, when[0])
            time.sleep(when[1])
            kill(proc)
        else:
            wait_stopped(proc)
            orphans = kill(proc, kernel=how != "orphan")
    finally:
        if holder is not None:
            holder.kill()
            holder.wait()
    reached = stages(trace, proc.pid)
    if deterministic:
        assert reached and reached[-1] == when, reached  # killed exactly there
    assert "lock-released" not in reached and "failed" not in reached, output(proc)

    if how == "orphan":
        assert orphans, "expected a running kernel"
        _, alive = psutil.wait_procs(orphans, timeout=20)  # ipykernel polls its parent every second
        for p in alive:
            p.kill()
        assert not alive, f"the orphaned kernel is still running: {alive}"

    swapped = bool(AFTER_SWAP & set(reached)) or (not deterministic and "staging-synced" in reached)
    state = arena.state(allow_new=swapped)
    if deterministic:
        assert state == ("new" if when in AFTER_SWAP else "previous")
    arena.check_siblings()
    assert not arena.out.with_name("tiny.failed.ipynb").exists()
    arena.check_lock_free()

    mine = ("staging", proc.pid)
    if deterministic:
        expected = {mine} if "staging-created" in reached and "previous-removed" not in reached else set()
        expected |= set() if "stale-cleaned" in reached else stale_before
        assert arena.leftovers() == expected, reached
    else:  # a time-based kill may land between a step and its trace line
        assert arena.leftovers() <= stale_before | {mine}, reached


def test_next_run_after_kills_cleans_up_and_reproduces(arena):
    """After the kills one normal run succeeds without waiting for a lock, deletes every
    left-over (the last kill left the previous report in a staging folder) and gives the
    same bytes."""
    stale = arena.leftovers()
    proc, trace = arena.spawn()
    assert proc.wait(timeout=300) == 0, output(proc)
    done = stages(trace)
    assert "lock-waiting" not in done and done[-1] == "lock-released"
    assert arena.state(allow_new=True) in ("previous", "new")
    assert not arena.leftovers(), f"left over: {arena.leftovers()} (before the run: {stale})"
    arena.check_siblings()
    arena.remember()


def test_fallback_swap_killed_between_renames_is_recovered(arena):
    """Where renameat2 is unavailable the swap is two renames. Killed between them, the folder
    is missing but a marked "previous" folder holds the complete previous report; the next run puts
    it back before anything else (killed right after that, the previous report is in place)."""
    proc, _ = arena.spawn(stage="previous-moved", env={"KILLTEST_NO_EXCHANGE": "1"})
    wait_stopped(proc)
    kill(proc)
    assert not arena.out.exists()
    assert hashes(arena.leftover("previous", proc.pid)) == arena.previous
    assert arena.leftovers() == {("previous", proc.pid), ("staging", proc.pid)}  # old report, new staging

    nxt, trace = arena.spawn(stage="swap-recovered")
    wait_stopped(nxt)
    kill(nxt)
    assert stages(trace)[-2:] == ["lock-acquired", "swap-recovered"]
    assert arena.state(allow_new=False) == "previous"
    arena.check_lock_free()

    last, trace = arena.spawn(stage="staging-created")
    wait_stopped(last)
    kill(last)
    assert arena.state(allow_new=False) == "previous"
    assert arena.leftovers() == {("staging", last.pid)}
