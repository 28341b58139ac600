# Quick start:  make report   (renders the seeds comparison report into reports/seeds/)
#               make test     (runs the test suite)
# Both create .venv and install the package on first use; nothing else is needed.
PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' && echo $$p && break; done)
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: report test lint bench bench-speed frame-model violence-model source-model lab clean

$(STAMP): pyproject.toml .ci/constraints.txt
	@test -n "$(PYTHON)" || { echo "error: Python 3.11 or newer is required (python3.11 on PATH)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c .ci/constraints.txt -e ".[dev]"
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 >/dev/null
	@touch $(STAMP)

report: $(STAMP)
	$(BIN)/media-coverage report seeds/ --out reports/seeds

test: $(STAMP)
	$(BIN)/python -m pytest -n 2 --dist loadfile

lint: $(STAMP)
	$(BIN)/ruff check coverage tests benchmarks

bench: $(STAMP)
	$(BIN)/python benchmarks/sentiment_nyt.py

bench-speed: $(STAMP)
	$(BIN)/python benchmarks/speed.py

frame-model: $(STAMP)
	$(BIN)/python benchmarks/learned_frames.py --write-builtin

violence-model: $(STAMP)
	$(BIN)/python benchmarks/learned_detector.py --write-builtin

source-model: $(STAMP)
	$(BIN)/python benchmarks/source_model.py --write-builtin

lab: $(STAMP)
	$(BIN)/jupyter lab notebooks/

clean:
	rm -rf $(VENV) .pytest_cache
