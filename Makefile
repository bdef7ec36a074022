# Two commands: `make run` (the main job on the embedded default) and `make test`.
# Both set everything up on a fresh machine: the virtual environment from
# pyproject.toml, the Debian packages the tests need, the local services.

PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
# chromium: the web UI's browser tests (Playwright drives Debian's build; never `playwright install`)
APT_PKGS := dovecot-imapd dovecot-core chromium

.PHONY: run test venv system-packages services bench lint clean

run: $(STAMP)
	$(BIN)/support-pipeline db upgrade
	$(BIN)/support-pipeline run

test: $(STAMP) system-packages services
	$(BIN)/pytest -q

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

# Debian packages the test suite needs (a real Dovecot, Chromium), installed when missing.
system-packages:
	@missing=""; for p in $(APT_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

# The local Redis and PostgreSQL servers: started when they are down.
services:
	@redis-cli -h 127.0.0.1 ping >/dev/null 2>&1 || \
		redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
			--dir /var/lib/redis --logfile /var/log/redis/ci.log
	@pg_isready -q -h 127.0.0.1 || \
		pg_ctlcluster --skip-systemctl-redirect $$(ls /etc/postgresql) main start
	@for i in $$(seq 1 30); do pg_isready -q -h 127.0.0.1 && redis-cli -h 127.0.0.1 ping >/dev/null 2>&1 && exit 0; sleep 1; done; \
		echo "Redis or PostgreSQL did not come up" >&2; exit 1

bench: $(STAMP) system-packages services
	$(BIN)/python bench/ingest.py 1000
	$(BIN)/python bench/web.py

lint: $(STAMP)
	$(BIN)/ruff check pipeline tests bench

clean:
	rm -rf $(VENV) var
