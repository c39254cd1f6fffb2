package postgres_test

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/assistant/postgres"
	"github.com/marsad/marsad/assistant/sessionstest"
	"github.com/marsad/marsad/tools/postgres/pgtest"
)

func mustOpen(t *testing.T, dsn string) *postgres.Sessions {
	t.Helper()
	s, err := postgres.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestSessions(t *testing.T) {
	sessionstest.TestSessions(t, func(t *testing.T) assistant.Sessions { return mustOpen(t, pgtest.NewSchema(t)) })
}

// Replicas are stores on one database: they start together (each applies
// the schema, once in all), append to one session at the same time, and
// the table keeps only the last turns of it.
func TestReplicasShareSessions(t *testing.T) {
	dsn := pgtest.NewSchema(t)
	const replicas, each = 3, 15
	stores := make([]*postgres.Sessions, replicas)
	var wg sync.WaitGroup
	for i := range stores {
		wg.Go(func() {
			s, err := postgres.Open(context.Background(), dsn)
			if err != nil {
				t.Errorf("Open of replica %d: %v", i, err)
				return
			}
			t.Cleanup(func() { s.Close() })
			stores[i] = s
		})
	}
	wg.Wait()
	if t.Failed() {
		t.FailNow()
	}
	for i, s := range stores {
		wg.Go(func() {
			for j := range each {
				if err := s.Append(context.Background(), "shared", assistant.Turn{Answer: fmt.Sprintf("r%d-%d", i, j)}); err != nil {
					t.Errorf("replica %d: %v", i, err)
					return
				}
			}
		})
	}
	wg.Wait()
	if n := pgtest.QueryInt(t, dsn, "SELECT count(*) FROM chat_turns"); n != assistant.TurnsKept {
		t.Errorf("chat_turns holds %d rows, want the last %d", n, assistant.TurnsKept)
	}
	if n := pgtest.QueryInt(t, dsn, "SELECT max(seq) FROM chat_turns WHERE session_id = 'shared'"); n != replicas*each {
		t.Errorf("last seq = %d, want %d (one per append)", n, replicas*each)
	}
	if n := pgtest.QueryInt(t, dsn, "SELECT count(*) FROM chat_schema_versions"); n != postgres.SchemaVersions {
		t.Errorf("chat_schema_versions holds %d rows, want %d (each version once)", n, postgres.SchemaVersions)
	}
	turns, err := stores[0].Load(context.Background(), "shared", 100)
	if err != nil || len(turns) != assistant.TurnsKept {
		t.Errorf("Load gives %d turns, err %v; want %d", len(turns), err, assistant.TurnsKept)
	}
}

// A server restarted while the pool held idle connections to it costs no
// conversation: the turns read and written after it go through new
// connections.
func TestSessionsAfterARestart(t *testing.T) {
	proxy := pgtest.NewProxy(t, pgtest.NewSchema(t))
	s := mustOpen(t, proxy.DSN())
	ctx := context.Background()
	var wg sync.WaitGroup
	for i := range 4 { // several connections in the pool
		wg.Go(func() {
			if err := s.Append(ctx, fmt.Sprint("before-", i), assistant.Turn{Question: "q", Answer: "a"}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	proxy.Stop()
	proxy.Start(t)
	for i := range 4 {
		if _, err := s.Load(ctx, fmt.Sprint("before-", i), 4); err != nil {
			t.Fatalf("load %d after the restart: %v", i+1, err)
		}
	}
	for i := range 4 {
		if err := s.Append(ctx, fmt.Sprint("after-", i), assistant.Turn{Question: "q", Answer: "a"}); err != nil {
			t.Fatalf("append %d after the restart: %v", i+1, err)
		}
	}
}
