# The two commands of the README: `make run` and `make test`.
GO ?= go
BIN := bin/marsad

.PHONY: run test build vet bench eval ensure-postgres

build:
	$(GO) build -o $(BIN) ./cmd/marsad

run: build
	./$(BIN) serve

# Unit, conformance and end-to-end tests. PostgreSQL tests run against the
# local server (started here when installed but stopped); they skip with a
# message when no server is reachable, unless MARSAD_REQUIRE_PG=1 (CI).
test: ensure-postgres
	$(GO) vet ./...
	$(GO) test -race -count=1 -timeout 15m ./...

ensure-postgres:
	@./.ci/ensure-postgres || true

# Long benchmarks and volume runs, kept out of `make test`.
bench: ensure-postgres
	$(GO) test -run '^$$' -bench . -benchtime 2000x -timeout 60m ./...

eval: build
	@for f in assistant/testdata/*.jsonl; do echo "== $$f"; MARSAD_DATA_DIR=$$(mktemp -d) ./$(BIN) eval $$f; done
