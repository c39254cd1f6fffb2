package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/toolstest"
)

// benchRows is the size of the volume the benchmarks query.
const benchRows = 1_000_000

var bench struct {
	once    sync.Once
	store   *Store
	drop    func() error
	series  []tools.SeriesQuery
	compare []tools.CompareQuery
	err     error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if bench.store != nil {
		bench.store.Close()
	}
	if bench.drop != nil {
		if err := bench.drop(); err != nil {
			fmt.Fprintln(os.Stderr, err)
			code = 1
		}
	}
	if err := dropAdBench(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		code = 1
	}
	os.Exit(code)
}

// benchStore loads toolstest.Volume(benchRows) through Store.Load into a
// schema of its own, once per process, dropped by TestMain. Only
// benchmarks call it, so `go test` without -bench builds no volume.
func benchStore(b *testing.B) *Store {
	b.Helper()
	admin := mustConnect(b, adminDSN())
	bench.once.Do(func() {
		var dsn string
		if dsn, bench.drop, bench.err = createSchema(admin); bench.err != nil {
			return
		}
		bench.store, bench.err = loadVolume(b, dsn)
	})
	if bench.err != nil {
		b.Fatal(bench.err)
	}
	runtime.GC() // the volume's garbage is not the next benchmark's cost
	return bench.store
}

// loadVolume copies the volume straight into indicators (a first Load
// of 1M rows spends most of its time in ON CONFLICT's speculative
// inserts), then loads it again through Store.Load, which must find every
// row unchanged and records the dimensions.
func loadVolume(b *testing.B, dsn string) (*Store, error) {
	ctx := context.Background()
	start := time.Now()
	obs := toolstest.Volume(benchRows, 1)
	bench.series, bench.compare = toolstest.VolumeQueries(obs, 10_000, 2)
	made := time.Since(start)
	// Copying the volume is a load, not a request: on a busy machine it
	// outlasts the statement timeout that bounds requests.
	s, err := open(ctx, dsn, timeouts{connect: connectTimeout})
	if err != nil {
		return nil, err
	}
	start = time.Now()
	if err := copyVolume(ctx, s, obs); err != nil {
		return nil, err
	}
	copied := time.Since(start)
	start = time.Now()
	sum, err := s.Load(ctx, obs)
	if err != nil {
		return nil, err
	}
	if sum.Unchanged != len(obs) {
		return nil, fmt.Errorf("reload of the volume: %+v, want all %d unchanged", sum, len(obs))
	}
	reloaded := time.Since(start)
	start = time.Now()
	if _, err := s.pool.Exec(ctx, `VACUUM ANALYZE indicators`); err != nil {
		return nil, err
	}
	b.Logf("volume of %d rows made in %s, copied in %s, reloaded unchanged by Load in %s, vacuum analyze %s",
		len(obs), made.Round(time.Millisecond), copied.Round(time.Millisecond), reloaded.Round(time.Millisecond), time.Since(start).Round(time.Millisecond))
	// Warm the buffer cache and every connection's statement cache.
	for i := range 2000 {
		if _, err := s.Series(ctx, bench.series[i]); err != nil {
			return nil, err
		}
		if _, err := s.Compare(ctx, bench.compare[i]); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// copyVolume inserts the sources of obs and copies obs into indicators in
// one transaction.
func copyVolume(ctx context.Context, s *Store, obs []tools.Observation) error {
	seen := map[string]bool{}
	var urls, pubs []string
	for _, o := range obs {
		if !seen[o.SourceURL] {
			seen[o.SourceURL] = true
			urls, pubs = append(urls, o.SourceURL), append(pubs, o.Publisher)
		}
	}
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `INSERT INTO sources (source_url, publisher) SELECT * FROM unnest($1::text[], $2::text[])`, urls, pubs); err != nil {
			return err
		}
		cols := []string{"indicator", "geo", "area", "sex", "age", "diploma", "period", "value", "unit", "publisher", "reported_by", "source_url"}
		_, err := tx.CopyFrom(ctx, pgx.Identifier{"indicators"}, cols, pgx.CopyFromSlice(len(obs), func(i int) ([]any, error) {
			o := obs[i]
			return []any{o.Indicator, o.Geo, o.Area, o.Sex, o.Age, o.Diploma, o.Period, o.Value, o.Unit, o.Publisher, o.ReportedBy, o.SourceURL}, nil
		}))
		return err
	})
}

func BenchmarkSeries(b *testing.B) {
	s := benchStore(b)
	ctx := context.Background()
	logPlan(b, s, seriesSQL, seriesArgs(bench.series[0])...)
	toolstest.MeasureLatency(b, func(i int) error {
		_, err := s.Series(ctx, bench.series[i%len(bench.series)])
		return err
	})
}

// BenchmarkSeriesTool is indicator_series end to end on the store: the
// arguments decoded and checked, the series read, the result built (the
// PERF.md target: p99 ≤ 0.5 ms at 1M rows).
func BenchmarkSeriesTool(b *testing.B) {
	tool := tools.SeriesTool{Store: benchStore(b)}
	ctx := context.Background()
	args := make([]json.RawMessage, len(bench.series))
	for i, q := range bench.series {
		c := q.Cell.WithDefaults()
		a := tools.SeriesArgs{Indicator: q.Indicator, Cell: c, From: q.From, To: q.To}
		raw, err := json.Marshal(a)
		if err != nil {
			b.Fatal(err)
		}
		args[i] = raw
	}
	toolstest.MeasureLatency(b, func(i int) error {
		_, err := tool.Call(ctx, args[i%len(args)])
		return err
	})
}

func BenchmarkCompare(b *testing.B) {
	s := benchStore(b)
	ctx := context.Background()
	q := bench.compare[0]
	c := q.Cell.WithDefaults()
	logPlan(b, s, compareSQL["geo"], q.Indicator, q.Period, c.Area, c.Sex, c.Age, c.Diploma, q.Geos)
	toolstest.MeasureLatency(b, func(i int) error {
		_, err := s.Compare(ctx, bench.compare[i%len(bench.compare)])
		return err
	})
}

func seriesArgs(q tools.SeriesQuery) []any {
	c := q.Cell.WithDefaults()
	return []any{q.Indicator, c.Geo, c.Area, c.Sex, c.Age, c.Diploma}
}

// logPlan logs the plan PostgreSQL picks for sql, once per benchmark.
func logPlan(b *testing.B, s *Store, sql string, args ...any) {
	rows, err := s.pool.Query(context.Background(), "EXPLAIN (COSTS OFF) "+sql, args...)
	if err != nil {
		b.Fatal(err)
	}
	var lines []string
	for rows.Next() {
		var l string
		if err := rows.Scan(&l); err != nil {
			b.Fatal(err)
		}
		lines = append(lines, strings.TrimSpace(l))
	}
	b.Log("plan: " + strings.Join(lines, " / "))
}
