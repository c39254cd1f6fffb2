package postgres

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// Replicas sharing their vectors serve together; one keeping its own is
// refused while others serve, and refuses the others while it serves,
// naming who holds the database; once it leaves, others join.
func TestJoinReplicasRefusesOwnVectorsWithOthers(t *testing.T) {
	dsn := newSchema(t)
	a, b, c := mustOpen(t, dsn), mustOpen(t, dsn), mustOpen(t, dsn)
	ctx := context.Background()
	leaveA, err := a.JoinReplicas(ctx, Replica{Host: "h1", PID: 11, Addr: "10.0.0.1:8080"})
	if err != nil {
		t.Fatal(err)
	}
	leaveB, err := b.JoinReplicas(ctx, Replica{Host: "h2", PID: 12, Addr: "10.0.0.2:8080"})
	if err != nil {
		t.Fatalf("a second replica sharing its vectors: %v", err)
	}
	_, err = c.JoinReplicas(ctx, Replica{Host: "h3", PID: 13, Addr: "10.0.0.3:8080", OwnVectors: true})
	if !errors.Is(err, ErrNotShareable) || !strings.Contains(err.Error(), "h1 pid 11 at 10.0.0.1:8080") ||
		!strings.Contains(err.Error(), "h2 pid 12") || !strings.Contains(err.Error(), "MARSAD_QDRANT_URL") {
		t.Errorf("a replica with its own vectors beside two others: %v", err)
	}
	leaveA()
	leaveB()
	leaveC, err := c.JoinReplicas(ctx, Replica{Host: "h3", PID: 13, Addr: "10.0.0.3:8080", OwnVectors: true})
	if err != nil {
		t.Fatalf("alone, a replica with its own vectors: %v", err)
	}
	_, err = a.JoinReplicas(ctx, Replica{Host: "h1", PID: 21, Addr: "10.0.0.1:8080"})
	if !errors.Is(err, ErrNotShareable) || !strings.Contains(err.Error(), "h3 pid 13") || !strings.Contains(err.Error(), "vectors embedded") {
		t.Errorf("a replica beside one with its own vectors: %v", err)
	}
	leaveC()
	if n := mustQueryInt(t, dsn, `SELECT count(*) FROM serving_replicas`); n != 0 {
		t.Errorf("%d replicas registered after all left", n)
	}
}
