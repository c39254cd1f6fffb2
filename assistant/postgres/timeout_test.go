package postgres_test

import (
	"context"
	"testing"
	"time"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/assistant/postgres"
	"github.com/marsad/marsad/tools/postgres/pgtest"
)

func TestOpenBoundsStatements(t *testing.T) {
	s := mustOpen(t, pgtest.NewSchema(t))
	if got, err := s.Show(context.Background(), "statement_timeout"); err != nil || got != "5s" {
		t.Errorf("statement_timeout = %q (err %v), want 5s", got, err)
	}
}

// guard ends a call that the store's bounds did not end: it fails the
// test instead of hanging it.
const guard = 10 * time.Second

// within runs f and returns its error, or fails the test when f is still
// waiting after guard.
func within(t *testing.T, what string, f func() error) error {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- f() }()
	select {
	case err := <-done:
		return err
	case <-time.After(guard):
		t.Fatalf("%s still waiting for a frozen server after %v", what, guard)
		return nil
	}
}

// A frozen server (stopped, its connections open) fails each call after
// the store's bound instead of holding it for the whole outage, and so
// does connecting to it.
func TestAFrozenServerFailsCallsAtTheirBound(t *testing.T) {
	dsn := pgtest.NewSchema(t)
	proxy := pgtest.NewProxy(t, dsn)
	bounded := func() (*postgres.Sessions, error) {
		return postgres.OpenBounded(context.Background(), proxy.DSN(), 200*time.Millisecond, 5*time.Second, 300*time.Millisecond)
	}
	s, err := bounded()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { proxy.Close(); s.Close() }) // the pool waits for the calls the proxy holds
	ctx := context.Background()
	if err := s.Append(ctx, "a", assistant.Turn{Answer: "avant"}); err != nil {
		t.Fatal(err)
	}
	proxy.Freeze()
	if err := within(t, "Load", func() error { _, err := s.Load(ctx, "a", 5); return err }); err == nil {
		t.Error("Load from a frozen server succeeded")
	}
	if err := within(t, "Append", func() error { return s.Append(ctx, "a", assistant.Turn{Answer: "pendant"}) }); err == nil {
		t.Error("Append to a frozen server succeeded")
	}
	if err := within(t, "Open", func() error {
		s2, err := bounded()
		if err == nil {
			t.Cleanup(func() { proxy.Close(); s2.Close() })
		}
		return err
	}); err == nil {
		t.Error("Open on a frozen server succeeded")
	}
}
