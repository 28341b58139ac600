"""A normal (non-editable) install renders the report (issue 15).

The wheel is built from a copy of the source (offline: ``--no-build-isolation`` with the dev
environment's setuptools), installed into a fresh virtual environment outside the checkout,
and ``media-coverage report`` renders the seeds there. The fresh environment sees the dev
environment's dependencies through a ``.pth`` file and a copy of nbconvert's templates (so
nothing is downloaded), but not the checkout: ``coverage`` is imported from the installed wheel, and the report notebook is the
copy the wheel carries.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX paths of the fresh environment")


def _run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=600, **kw)
    assert res.returncode == 0, f"{cmd}\n{res.stdout}\n{res.stderr}"
    return res


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("install")
    src = base / "src"
    src.mkdir()
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    shutil.copytree(ROOT / "coverage", src / "coverage", ignore=shutil.ignore_patterns("__pycache__"))
    (src / "notebooks").mkdir()
    shutil.copy2(ROOT / "notebooks" / "comparison_report.ipynb", src / "notebooks")
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(base / "dist"),
          str(src)])
    wheel = next((base / "dist").glob("media_coverage-*.whl"))
    env_dir = base / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    py = env_dir / "bin" / "python"
    site = Path(_run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip())
    # the dependencies come from the dev environment; the package itself only from the wheel
    (site / "dev_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    # nbconvert's templates are data files a real install of nbconvert puts under <prefix>/share/jupyter
    shutil.copytree(Path(sys.prefix) / "share" / "jupyter" / "nbconvert", env_dir / "share" / "jupyter" / "nbconvert")
    _run([str(py), "-m", "pip", "install", "--no-deps", "--no-index", "-q", str(wheel)])
    return env_dir, base


def test_wheel_carries_the_report_notebook(installed):
    env_dir, _ = installed
    py = env_dir / "bin" / "python"
    out = _run([str(py), "-c", "import coverage, coverage.report as r; print(coverage.__file__); "
                               "print(r.default_notebook())"], cwd="/").stdout.split()
    assert out[0].startswith(str(env_dir)), out  # the installed package, not the checkout
    assert out[1].startswith(str(env_dir)) and out[1].endswith("coverage/data/notebooks/comparison_report.ipynb")
    packaged = Path(out[1]).read_bytes()
    assert packaged == (ROOT / "notebooks" / "comparison_report.ipynb").read_bytes()


def test_installed_package_renders_the_seeds_report(installed):
    env_dir, base = installed
    work = base / "work"
    work.mkdir()
    shutil.copytree(ROOT / "seeds", work / "seeds")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER", "PYTHONPATH", "VIRTUAL_ENV"))}
    env.update({"JUPYTER_DATA_DIR": str(base / "jupyter-data"), "JUPYTER_CONFIG_DIR": str(base / "jupyter-config"),
                "PATH": f"{env_dir / 'bin'}:{env.get('PATH', '')}"})
    _run([str(env_dir / "bin" / "python"), "-m", "ipykernel", "install", "--sys-prefix", "--name", "python3"],
         env=env, cwd=work)
    res = subprocess.run([str(env_dir / "bin" / "media-coverage"), "report", "seeds", "--out", "report",
                          "--quiet", "-p", "n_boot", "100"], capture_output=True, text=True, timeout=600, env=env,
                         cwd=work)
    assert res.returncode == 0, res.stderr
    page = (work / "report" / "report.html").read_text(encoding="utf-8")
    assert "Detector scores against the sentence-level human labels" in page and "could not run" not in page
    manifest = json.loads((work / "report" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["run"]["notebook_path"].startswith(str(env_dir))
    assert manifest["git"] is None  # an installed package describes no repository
