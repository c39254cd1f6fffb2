package postgres

import (
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/postgres/pgtest"
)

// A store whose server stopped says so with tools.ErrUnavailable (web
// answers 503), on a read of the pool and on a write; a statement the
// server refuses does not, and the store answers again once the server
// is back.
func TestAStoppedServerIsUnavailable(t *testing.T) {
	proxy := pgtest.NewProxy(t, newSchema(t))
	s := mustOpen(t, proxy.DSN())
	ctx := context.Background()
	if _, err := s.Periods(ctx, "unemployment_rate", tools.Cell{Geo: "MA"}); err != nil {
		t.Fatal(err)
	}
	var pe error
	if _, err := s.pool.Exec(ctx, `SELECT no_such_column FROM indicators`); err == nil || errors.Is(err, tools.ErrUnavailable) {
		t.Errorf("a refused statement: %v, want an error that is not ErrUnavailable", err)
	} else {
		pe = err
	}
	proxy.Stop()
	if _, err := s.Periods(ctx, "unemployment_rate", tools.Cell{Geo: "MA"}); !errors.Is(err, tools.ErrUnavailable) {
		t.Errorf("a read while the server is stopped: %v, want ErrUnavailable", err)
	}
	if _, err := s.AddAds(ctx, nil); !errors.Is(err, tools.ErrUnavailable) {
		t.Errorf("a write while the server is stopped: %v, want ErrUnavailable", err)
	}
	if err := s.Ping(ctx); !errors.Is(err, tools.ErrUnavailable) {
		t.Errorf("a ping while the server is stopped: %v, want ErrUnavailable", err)
	}
	proxy.Start(t)
	if _, err := s.Periods(ctx, "unemployment_rate", tools.Cell{Geo: "MA"}); err != nil {
		t.Errorf("a read once the server is back: %v (refused statement before: %v)", err, pe)
	}
}

// A server restarted while the pool held idle connections to it costs no
// statement: the first reads after it connect anew, whichever pooled
// connections the restart dropped (the pool pings only connections idle
// for a second or more).
func TestReadsAfterARestart(t *testing.T) {
	proxy := pgtest.NewProxy(t, newSchema(t))
	s := mustOpen(t, proxy.DSN())
	ctx := context.Background()
	read := func() error {
		_, err := s.Periods(ctx, "unemployment_rate", tools.Cell{Geo: "MA"})
		return err
	}
	var wg sync.WaitGroup
	for range 4 { // several connections in the pool
		wg.Go(func() {
			if err := read(); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	proxy.Stop()
	proxy.Start(t)
	for i := range 4 {
		if err := read(); err != nil {
			t.Fatalf("read %d after the restart: %v", i+1, err)
		}
	}
}
