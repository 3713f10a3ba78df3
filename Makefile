# Quick start: `make demo` and `make test` set themselves up in .venv.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# torch 2.13.0: on the project's machines pip takes a CPU build from local disk.
# Users who want a small CPU-only torch elsewhere: make TORCH_INDEX=https://download.pytorch.org/whl/cpu
TORCH_SPEC ?= torch==2.13.0
TORCH_INDEX ?=
EXTRAS ?= dev,ray
STAMP := $(VENV)/.installed

.PHONY: demo test install clean bench browser

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check "$(TORCH_SPEC)" $(if $(TORCH_INDEX),--index-url $(TORCH_INDEX))
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[$(EXTRAS)]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/nlptools analyze examples/klustermote-rapport.md --format md

# The browser test drives Debian's chromium; install it only when missing (apt-get update only then).
browser:
	@test -x /usr/bin/chromium || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
	  || echo "WARNING: could not install chromium: the browser end-to-end test will be skipped"

test: $(STAMP) browser
	$(BIN)/python -m pytest -q -p no:cacheprovider

# Every CPU benchmark (about an hour on 2 cores), then the README's results table from the JSON files.
# Absent data is skipped with a message. The CUDA ones: benchmarks/gpu.sh.
BENCH_CPU := langid segmentation summ_eval summ_faith_cv summ_sv_eval summ_memory translate_speed translate_quality \
	quotes_eval batch_throughput desk_checks desk_serve robustness
bench: $(STAMP)
	for b in $(BENCH_CPU); do echo "== $$b"; $(BIN)/python benchmarks/$$b.py || exit 1; done
	$(BIN)/python benchmarks/summ_speed.py --device cpu --models distilbart-cnn-12-6
	$(BIN)/python benchmarks/readme_results.py

clean:
	rm -rf $(VENV) .pytest_cache
