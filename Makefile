# Every target does its own set-up, so each works on a fresh machine: `make demo`, `make test`.
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export LITELLM_LOCAL_MODEL_COST_MAP := True

.PHONY: setup demo test lint docker image

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
