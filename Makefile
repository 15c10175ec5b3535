# Vizpost: `make run` to try it, `make test` for the whole suite.

CARGO ?= cargo
NPM ?= npm
export CARGO_TERM_COLOR ?= never
# The browser tests start the server and the Tableau simulator built here.
TARGET_DIR := $(abspath $(or $(CARGO_TARGET_DIR),target))
export VIZPOST_BIN ?= $(TARGET_DIR)/debug/vizpost
export VIZPOST_SIMS_BIN ?= $(TARGET_DIR)/debug/vizpost-sims

.PHONY: run test test-rust test-web lint fmt schema web web-deps chromium bench demo clean

## Build the console and start Vizpost on SQLite at http://127.0.0.1:8080
run: web
	$(CARGO) run --release -p vizpost -- serve

## Everything CI checks: formatting, lints, Rust tests on SQLite and
## PostgreSQL, the console's type check, lint, unit and browser tests.
test: lint test-rust test-web

lint:
	$(CARGO) fmt --all --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings

test-rust:
	$(CARGO) build -p vizpost -p vizpost-sims --bins
	VIZPOST_TEST_POSTGRES="$$(scripts/ensure-postgres.sh)" $(CARGO) test --workspace

test-web: web chromium
	$(CARGO) build -p vizpost -p vizpost-sims --bins
	$(NPM) --prefix web run typecheck
	$(NPM) --prefix web run lint
	$(NPM) --prefix web test
	$(NPM) --prefix web run e2e

web-deps:
	$(NPM) --prefix web ci --no-audit --no-fund

web: web-deps
	$(NPM) --prefix web run build

## Debian's Chromium drives the browser tests; nothing is downloaded by npm.
chromium:
	@command -v chromium >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium)

fmt:
	$(CARGO) fmt --all

## Regenerate schema.graphql after changing the GraphQL API.
schema:
	$(CARGO) run -q -p vizpost -- print-schema > schema.graphql

clean:
	$(CARGO) clean
	rm -rf web/dist web/node_modules

## Throughput and latency of delivery, webhooks and rule previews.
bench:
	$(CARGO) run -q -p vizpost-tests --bin vizpost-bench -- sqlite
	VIZPOST_TEST_POSTGRES="$$(scripts/ensure-postgres.sh)" $(CARGO) run -q -p vizpost-tests --bin vizpost-bench -- postgres
