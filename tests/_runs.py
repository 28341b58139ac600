"""Run, freeze and kill real ``media-coverage report`` processes (helpers, not tests).

Used by ``tests/test_report_kill.py`` and ``tests/test_report_concurrency.py``. Every run is the
real CLI (``coverage.cli.main``) executing the real notebook in a real Jupyter kernel, in a
process of its own (``start_new_session=True``), on a three-article corpus.

Deterministic kill moments: :data:`WRAPPER` runs the CLI with ``coverage.report._trace`` (the
stage hook behind ``MEDIA_COVERAGE_TRACE``) wrapped so that the process stops itself with
SIGSTOP right after the n-th occurrence of a stage. A stopped process does nothing more, so
SIGKILLing it then is a kill at exactly that point. jupyter_client starts the kernel in a
session of its own, so :func:`kill` kills it separately.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
import pandas as pd
import psutil
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "comparison_report.ipynb"
#: Left-overs of killed runs next to the report folder ``tiny`` (marked staging and previous folders).
LEFTOVER = re.compile(r"\.tiny\.media-coverage-(staging|previous)-(\d+)-[0-9a-f]{8}")
#: Files of the tool's own that differ between two renders of the same input (run metadata).
RUN_FILES = ("manifest.json", ".media-coverage-owned.json")

#: argv: STAGE N CLI-ARGS... Runs coverage.cli.main and stops itself right after the N-th
#: trace of STAGE ("-": never). KILLTEST_NO_EXCHANGE=1 forces the two-rename swap that
#: coverage.report uses where renameat2(RENAME_EXCHANGE) is unavailable.
WRAPPER = textwrap.dedent(
    """
    import os, signal, sys
    import coverage.report.folder as folder
    import coverage.report.trace as tracing

    stage, nth = sys.argv[1], int(sys.argv[2])
    seen = 0
    traced = tracing.trace

    def stop_after(name):
        global seen
        traced(name)
        if name == stage:
            seen += 1
            if seen == nth:
                os.kill(os.getpid(), signal.SIGSTOP)

    tracing.trace = stop_after
    if os.environ.get("KILLTEST_NO_EXCHANGE"):
        folder._rename_exchange = lambda a, b: False
    from coverage.cli import main
    sys.exit(main(sys.argv[3:]))
    """
)

TINY = pd.DataFrame({
    "id": ["a1", "a2", "b1"],
    "outlet": ["Alpha", "Alpha", "Beta"],  # one outlet resampled over articles, one over sentences
    "text": [
        "Thousands stood together in solidarity at the vigil. The attacker killed three people.",
        "Faith leaders from the mosque and the church prayed together. “We are not afraid,” she said.",
        "Police said the rampage was an act of terror. Crowds gathered to show unity and love.",
    ],
})


def cell_stage(tag: str) -> str:
    """Trace stage of the notebook cell tagged ``tag`` (its index in the executed notebook,
    where papermill inserts the injected-parameters cell after the parameters cell)."""
    tags = [c.metadata.get("tags", []) for c in nbformat.read(NOTEBOOK, as_version=4).cells]
    params = next(i for i, t in enumerate(tags) if "parameters" in t)
    i = next(i for i, t in enumerate(tags) if tag in t)
    return f"cell-executed:{i + (i > params)}"


def hashes(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@dataclass
class Arena:
    """A corpus, its report folder ``reports/tiny`` and the previous report's hashes."""

    base: Path
    previous: dict[str, str] = field(default_factory=dict)  # sha256 of every file
    manifest: dict = field(default_factory=dict)  # previous manifest.json without "run"
    runs: int = 0

    @classmethod
    def create(cls, base: Path, *, render: bool = True) -> Arena:
        """Write the corpus and (``render=True``) render the report once into ``reports/tiny``."""
        TINY.to_csv(base / "tiny.csv", index=False)
        arena = cls(base)
        if not render:
            return arena
        proc, trace = arena.spawn()
        assert proc.wait(timeout=300) == 0, output(proc)
        assert "lock-waiting" not in stages(trace)
        arena.remember()
        return arena

    @property
    def corpus(self) -> Path:
        return self.base / "tiny.csv"

    @property
    def out(self) -> Path:
        return self.base / "reports" / "tiny"

    @property
    def lock(self) -> Path:
        return self.out.with_name(".tiny.media-coverage-lock")

    def remember(self) -> None:
        """Take the current report as the previous one."""
        self.previous = hashes(self.out)
        self.manifest = json.loads((self.out / "manifest.json").read_text(encoding="utf-8"))
        self.manifest.pop("run")
        assert self.manifest["outputs"] == outputs_of(self.previous)

    def cli(self, *extra: str, title: str | None = None) -> list[str]:
        args = ["report", str(self.corpus), "--out", str(self.out), "--quiet", "-p", "n_boot", "50"]
        return args + (["-p", "title", title] if title else []) + list(extra)

    def spawn(self, *extra: str, stage: str = "-", nth: int = 1, title: str | None = None,
              env: dict[str, str] | None = None):
        """Start a run (stopping itself after ``stage``); returns (process, trace file)."""
        self.runs += 1
        trace = self.base / f"trace-{self.runs:02d}.txt"
        log = trace.with_suffix(".log")
        full_env = {k: v for k, v in os.environ.items() if not k.startswith("KILLTEST_")}
        full_env.update({"MEDIA_COVERAGE_TRACE": str(trace), **(env or {})})
        cmd = [sys.executable, "-c", WRAPPER, stage, str(nth), *self.cli(*extra, title=title)]
        with open(log, "wb") as fh:  # a file, not a pipe: nothing can block on a full pipe
            proc = subprocess.Popen(cmd, cwd=self.base, env=full_env, stdout=fh, stderr=subprocess.STDOUT,
                                    start_new_session=True)
        proc.log = log  # type: ignore[attr-defined]
        return proc, trace

    def leftovers(self) -> set[tuple[str, int]]:
        """(role, pid) of every left-over next to the report: ("staging", pid) or ("previous", pid)."""
        return {(m.group(1), int(m.group(2))) for p in self.out.parent.iterdir() if (m := LEFTOVER.fullmatch(p.name))}

    def leftover(self, role: str, pid: int) -> Path:
        """The left-over folder of ``role`` of the run ``pid``."""
        found = [p for p in self.out.parent.iterdir()
                 if (m := LEFTOVER.fullmatch(p.name)) and m.group(1) == role and int(m.group(2)) == pid]
        assert len(found) == 1, found
        return found[0]

    def state(self, *, allow_new: bool) -> str:
        """'previous' when the folder is exactly the previous report; 'new' when it is exactly a
        complete new report of the same input (byte-identical except manifest.json's "run");
        fails on anything else: missing, a mixture, an extra or half-written file."""
        assert self.out.is_dir(), f"{self.out} is missing"
        found = hashes(self.out)
        assert sorted(found) == sorted(self.previous), f"files differ: {sorted(set(found) ^ set(self.previous))}"
        if found == self.previous:
            return "previous"
        changed = sorted(k for k in found if found[k] != self.previous[k])
        assert set(changed) <= set(RUN_FILES) and "manifest.json" in changed, (
            f"a mixture of two reports: {changed} differ (or the code changed mid-test)")
        assert allow_new, "the report was replaced before the swap"
        m = json.loads((self.out / "manifest.json").read_text(encoding="utf-8"))
        m.pop("run")
        assert m == self.manifest
        assert m["outputs"] == outputs_of(found)
        return "new"

    def check_siblings(self) -> None:
        """Next to the report only its lock file and clearly named left-overs of killed runs."""
        for p in self.out.parent.iterdir():
            assert p.name in ("tiny", self.lock.name) or LEFTOVER.fullmatch(p.name), f"unexpected {p.name}"

    def check_lock_free(self) -> None:
        """No dead run holds the lock: it can be taken at once."""
        from coverage.outputs import FolderLock

        FolderLock(self.lock, timeout=0).acquire().release()


def outputs_of(files: dict[str, str]) -> dict[str, str]:
    """What manifest.json's "outputs" lists: every file but the manifest and the ownership markers."""
    return {k: v for k, v in files.items() if k != "manifest.json" and not k.endswith(".media-coverage-owned.json")}


def output(proc) -> str:
    return proc.log.read_text(errors="replace")


def stages(trace: Path, pid: int | None = None) -> list[str]:
    """Stages in a trace file, optionally of one process only."""
    if not trace.is_file():
        return []
    rows = [ln.split() for ln in trace.read_text().splitlines() if ln.strip()]
    return [r[0] for r in rows if pid is None or int(r[1]) == pid]


def stage_times(trace: Path) -> list[tuple[str, float]]:
    return [(r[0], float(r[2])) for r in (ln.split() for ln in trace.read_text().splitlines() if ln.strip())]


def wait_stopped(proc, timeout: float = 240) -> None:
    """Wait until the wrapper stopped itself at its stage (fail if the run ended instead)."""
    deadline = time.monotonic() + timeout
    p = psutil.Process(proc.pid)
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"the run ended (exit {proc.returncode}) before its stop stage:\n{output(proc)}")
        try:
            if p.status() == psutil.STATUS_STOPPED:
                return
        except psutil.NoSuchProcess:
            pass
        time.sleep(0.02)
    pytest.fail(f"the run did not reach its stop stage within {timeout}s:\n{output(proc)}")


def wait_stage(proc, trace: Path, stage: str, timeout: float = 240) -> None:
    """Wait until a (running, not stopping) run has traced ``stage``."""
    deadline = time.monotonic() + timeout
    while stage not in stages(trace):
        if proc.poll() is not None:
            pytest.fail(f"the run ended (exit {proc.returncode}) before {stage}:\n{output(proc)}")
        if time.monotonic() > deadline:
            pytest.fail(f"no {stage} within {timeout}s")
        time.sleep(0.01)


def kill(proc, *, kernel: bool = True) -> list[psutil.Process]:
    """SIGKILL a run: its process group and, unless ``kernel=False``, its Jupyter kernel.

    The group is frozen (SIGSTOP) first so no child can appear between listing and killing.
    With ``kernel=False`` only the CLI process dies (as the out-of-memory killer would do it)
    and its still running children are returned.
    """
    try:
        os.killpg(proc.pid, signal.SIGSTOP)
        children = psutil.Process(proc.pid).children(recursive=True)
    except (ProcessLookupError, psutil.NoSuchProcess):
        children = []
    if kernel:
        os.killpg(proc.pid, signal.SIGKILL)
        for c in children:
            try:
                c.kill()
            except psutil.NoSuchProcess:
                pass
        psutil.wait_procs(children, timeout=10)
    else:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, (proc.returncode, output(proc))
    return [] if kernel else children


def hold_lock(lock: Path):
    """Another process holding ``lock`` (as a running report would); kill it to release."""
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import time\nfrom pathlib import Path\nfrom coverage.outputs import FolderLock\n"
         f"l = FolderLock(Path({str(lock)!r}), timeout=0).acquire(); print('locked', flush=True); time.sleep(300)"],
        stdout=subprocess.PIPE, text=True,
    )
    assert holder.stdout.readline().strip() == "locked"
    return holder
