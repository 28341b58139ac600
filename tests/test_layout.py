"""The package's layers: a module imports only from its own level or the levels below (issue 16).

Levels, from the leaves up (README, "Development"): foundations, input, families, engine, results,
report, interface. Every ``import`` and ``from ... import`` of every module is read from its source
(at module level and inside functions), so a lazy import cannot hide an upward dependency.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "coverage"

LEVELS = {
    "foundations": ["_version", "_memory", "errors", "text", "lexicon", "stats", "terms", "outputs", "evidence",
                    "palette", "_html", "_plotting", "quotes", "sources", "source_model", "_modelfile"],
    "input": ["corpus", "topic"],
    "families": ["families"],
    "engine": ["engine"],
    "results": ["analysis", "validate", "plots", "dask", "timeline", "audit", "learn"],
    "report": ["report"],
    "interface": ["cli", "__init__"],
}
ORDER = list(LEVELS)


def level_of(module: str) -> int:
    """Level of ``coverage.<module>`` (a module or a subpackage's first part)."""
    top = module.split(".")[0]
    for k, name in enumerate(ORDER):
        if top in LEVELS[name]:
            return k
    raise AssertionError(f"coverage.{module} is in no level of tests/test_layout.py; add it there and to the README")


def modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def dotted(path: Path) -> str:
    rel = path.relative_to(PACKAGE).with_suffix("")
    parts = list(rel.parts)
    return ".".join(parts)


def imports_of(path: Path) -> list[tuple[int, str]]:
    """(line, coverage-relative module) of every import of a coverage module in ``path``."""
    here = dotted(path).split(".")
    package = here[:-1] if path.name != "__init__.py" else here[:-1]
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)] if node.level > 1 else package
                target = ".".join([*base, *(node.module.split(".") if node.module else [])])
                if not node.module:  # from . import x / from .. import x
                    for alias in node.names:
                        out.append((node.lineno, ".".join([*base, alias.name])))
                    continue
                out.append((node.lineno, target))
            elif node.module and (node.module == "coverage" or node.module.startswith("coverage.")):
                out.append((node.lineno, node.module.removeprefix("coverage").lstrip(".") or "__init__"))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "coverage" or alias.name.startswith("coverage."):
                    out.append((node.lineno, alias.name.removeprefix("coverage").lstrip(".") or "__init__"))
    return [(line, mod or "__init__") for line, mod in out]


@pytest.mark.parametrize("path", modules(), ids=lambda p: dotted(p))
def test_no_upward_imports(path):
    own = level_of(dotted(path)) if dotted(path) != "__init__" else ORDER.index("interface")
    for line, target in imports_of(path):
        assert level_of(target) <= own, (
            f"coverage/{path.relative_to(PACKAGE)}:{line} imports coverage.{target} ({ORDER[level_of(target)]}), "
            f"a level above its own ({ORDER[own]})")


def test_every_module_has_a_level():
    for path in modules():
        level_of(dotted(path))


def test_only_a_familys_module_names_its_metrics():
    """The engine, the analysis, the report and the CLI name no metric of a built-in family."""
    import coverage

    names = {m.name for f in coverage.default_families() for m in f.metrics()}
    names |= {c for f in coverage.default_families() for c in f.columns()}
    # family names, used in messages about families; "boilerplate" is also the hit table's flag of a sentence
    # some family excludes (the engine's word for it, as in analyze(exclude_boilerplate=...)); "quotes" is also
    # the name of the quotes family's table (Analysis.quotes)
    names -= {"religion", "boilerplate", "quotes"}
    checked = [*sorted((PACKAGE / "engine").glob("*.py")), *sorted((PACKAGE / "report").glob("*.py")),
               PACKAGE / "analysis.py", PACKAGE / "cli.py", PACKAGE / "evidence.py", PACKAGE / "outputs.py",
               PACKAGE / "corpus.py", ROOT / "notebooks" / "comparison_report.ipynb"]
    for path in checked:
        tree_text = path.read_text(encoding="utf-8")
        if path.suffix == ".py":  # code only: strings in docstrings and comments may explain with examples
            tree = ast.parse(tree_text)
            strings = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant)}
            literals = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
                        and id(n) not in strings]
        else:
            import json

            cells = json.loads(tree_text)["cells"]
            literals = [ln for c in cells if c["cell_type"] == "code" for ln in c["source"]]
        for lit in literals:
            for name in names:
                assert f'"{name}"' not in lit and f"'{name}'" not in lit and lit != name, (
                    f"{path.relative_to(ROOT)} names the metric or column {name!r}: {lit[:120]!r}")
