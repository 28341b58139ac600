"""Build hook: ship the report notebook inside the package.

The comparison-report notebook lives in ``notebooks/`` (where researchers open it), and
``media-coverage report`` needs it after a normal, non-editable ``pip install``. This copies
``notebooks/comparison_report.ipynb`` into the built package as
``coverage/data/notebooks/comparison_report.ipynb`` (every other setting is in pyproject.toml).
The media-literacy lesson (``media-coverage lesson``) is copied the same way when it is present
(an sdist built from MANIFEST.in does not carry it yet, and the lesson's default articles, ``seeds/``,
are not packaged: a wheel install runs the lesson only with ``parameters={"corpus": ...}``).
"""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

NOTEBOOK = Path("notebooks") / "comparison_report.ipynb"
LESSON = Path("notebooks") / "media_literacy_lesson.ipynb"  # optional: copied when present


class BuildWithReportNotebook(build_py):
    def run(self):
        super().run()
        source = Path(__file__).resolve().parent / NOTEBOOK
        if not source.is_file():
            raise SystemExit(f"cannot build media-coverage: {NOTEBOOK} is missing")
        target = Path(self.build_lib) / "coverage" / "data" / "notebooks" / NOTEBOOK.name
        target.parent.mkdir(parents=True, exist_ok=True)
        self.copy_file(str(source), str(target))
        lesson = source.parent / LESSON.name
        if lesson.is_file():
            self.copy_file(str(lesson), str(target.parent / LESSON.name))


setup(cmdclass={"build_py": BuildWithReportNotebook})
