# The two commands of the README: `make run` and `make test`.
GO ?= go
BIN := bin/marsad
# The version `marsad version` and /healthz report: the commit, or "dev"
# outside a git checkout.
VERSION ?= $(shell git describe --always --dirty 2>/dev/null || echo dev)

.PHONY: run test build vet bench eval ensure-postgres

build:
	$(GO) build -ldflags "-X main.version=$(VERSION)" -o $(BIN) ./cmd/marsad

vet:
	$(GO) vet ./...

run: build
	./$(BIN) serve

# Unit, conformance and end-to-end tests. PostgreSQL tests run against the
# local server (started here when installed but stopped); they skip with a
# message when no server is reachable, unless MARSAD_REQUIRE_PG=1 (CI).
test: ensure-postgres vet
	$(GO) test -race -count=1 -timeout 15m ./...

ensure-postgres:
	@./.ci/ensure-postgres || true

# Long benchmarks and volume runs, kept out of `make test` (about 25 min on
# 2 cores: 1M-row indicator tables, 100k/1M vectors, 100k ads end to end,
# job-ad stores and serve's start-up at 100k-200k ads; MARSAD_BENCH_1M=1
# adds 1M ads). Each package gets the iteration count its setup cost
# allows.
bench: ensure-postgres
	$(GO) test -run '^$$' -bench 'Series|Compare' -benchtime 20000x -timeout 30m ./tools/...
	$(GO) test -run '^$$' -bench LoadSeed -benchtime 20x -timeout 30m ./tools/postgres
	$(GO) test -run '^$$' -bench 'DemandAddAds' -benchtime 100000x -timeout 30m ./tools/postgres
	$(GO) test -run '^$$' -bench 'Demand[^A]|SearchAdsNeed|NeedRank' -benchtime 200x -timeout 30m ./tools/...
	$(GO) test -run '^$$' -bench 'DenseSearch|SparseSearch|Dot' -benchtime 2000x -timeout 60m ./retrieval/embedded
	$(GO) test -run '^$$' -bench Reopen -benchtime 3x -timeout 30m ./retrieval/embedded
	$(GO) test -run '^$$' -bench OpenJobMarket -benchtime 3x -timeout 30m ./tools/embedded
	$(GO) test -run '^$$' -bench ServeStart -benchtime 3x -timeout 60m ./cmd/marsad
	$(GO) test -run '^$$' -bench Index -benchtime 3s -timeout 30m ./retrieval
	$(GO) test -run '^$$' -bench IngestAds -benchtime 1x -cpu 2 -timeout 60m ./ingest
	$(GO) test -run '^$$' -bench EmbedAd ./ingest
	$(GO) test -run '^$$' -bench . ./retrieval/lang ./web ./ingest/gen

eval: build
	@for f in assistant/testdata/*.jsonl; do echo "== $$f"; MARSAD_DATA_DIR=$$(mktemp -d) ./$(BIN) eval $$f; done
