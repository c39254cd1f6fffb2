package postgres

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// lockReplicas is held for its whole life by every replica serving from
// the database: shared by those whose vectors are shared too (Qdrant),
// exclusive by one that keeps its own embedded vector store.
const lockReplicas = 0x4d_41_52_06 // "MAR" 6

// ErrNotShareable is wrapped by JoinReplicas' refusal.
var ErrNotShareable = errors.New("this configuration cannot share the database with the replicas serving from it")

// Replica describes a serving process, as others are told of it.
type Replica struct {
	Host string
	PID  int
	Addr string
	// OwnVectors is true when the replica keeps its vectors (notes,
	// occupation sheets) in an embedded store of its own data folder.
	OwnVectors bool
}

// JoinReplicas registers r as a replica serving from the database, for
// as long as the returned leave is not called (or the process lives: the
// lock goes with its connection). A replica with its own vectors must be
// alone, since the others would never find the notes uploaded to it:
// JoinReplicas refuses it while any replica serves, and refuses any
// replica while one with its own vectors serves, with an error wrapping
// ErrNotShareable that names who holds the database.
func (s *Store) JoinReplicas(ctx context.Context, r Replica) (leave func(), err error) {
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return nil, fmt.Errorf("join replicas: %w", Unavailable(err))
	}
	lock := `SELECT pg_try_advisory_lock_shared($1, hashtext(coalesce(current_schema(), '')))`
	if r.OwnVectors {
		lock = `SELECT pg_try_advisory_lock($1, hashtext(coalesce(current_schema(), '')))`
	}
	var got bool
	if err := conn.QueryRow(ctx, lock, lockReplicas).Scan(&got); err != nil {
		conn.Release()
		return nil, fmt.Errorf("join replicas: %w", Unavailable(err))
	}
	if !got {
		defer conn.Release()
		return nil, refusal(ctx, conn, r)
	}
	vectors := "qdrant"
	if r.OwnVectors {
		vectors = "embedded"
	}
	_, err = conn.Exec(ctx, `WITH gone AS (
			DELETE FROM serving_replicas WHERE backend_pid NOT IN (SELECT pid FROM pg_stat_activity))
		INSERT INTO serving_replicas (backend_pid, host, pid, addr, vectors) VALUES (pg_backend_pid(), $1, $2, $3, $4)
		ON CONFLICT (backend_pid) DO UPDATE SET host = EXCLUDED.host, pid = EXCLUDED.pid, addr = EXCLUDED.addr,
			vectors = EXCLUDED.vectors, started_at = now()`, r.Host, r.PID, r.Addr, vectors)
	if err != nil {
		_ = conn.Hijack().Close(ctx) // drops the lock with the connection
		return nil, fmt.Errorf("join replicas: %w", Unavailable(err))
	}
	// The connection is kept out of the pool for the process's life; a
	// statement timeout cannot touch it, as it runs none.
	return func() { leaveReplicas(conn) }, nil
}

// leaveReplicas ends a replica's registration: its row and its lock go
// before the connection is closed (a closed connection's locks go only
// when its server process has ended, which a replica starting right
// after could beat). A connection already broken lost both anyway.
func leaveReplicas(conn *pgxpool.Conn) {
	ctx, cancel := context.WithTimeout(context.Background(), connectTimeout)
	defer cancel()
	_, _ = conn.Exec(ctx, `DELETE FROM serving_replicas WHERE backend_pid = pg_backend_pid()`)
	_, _ = conn.Exec(ctx, `SELECT pg_advisory_unlock_all()`)
	_ = conn.Hijack().Close(ctx)
}

// refusal is the error of r, which could not join: it names the replicas
// that hold the database and says how to serve together.
func refusal(ctx context.Context, conn *pgxpool.Conn, r Replica) error {
	rows, err := conn.Query(ctx, `SELECT host, pid, addr, vectors, started_at FROM serving_replicas
		WHERE backend_pid IN (SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND classid = $1 AND objsubid = 2 AND granted)
		ORDER BY started_at`, lockReplicas)
	var others []string
	if err == nil {
		var host, addr, vectors string
		var pid int
		var since time.Time
		// Naming them is best effort: the refusal stands without.
		_, _ = pgx.ForEachRow(rows, []any{&host, &pid, &addr, &vectors, &since}, func() error {
			others = append(others, host+" pid "+strconv.Itoa(pid)+" at "+addr+", vectors "+vectors+", since "+since.UTC().Format(time.RFC3339))
			return nil
		})
	}
	// Told, not SQL: this package builds no SQL text from values
	// (TestNoSQLBuiltFromStrings), and joins these by hand.
	who := "another replica"
	for i, o := range others {
		if i == 0 {
			who = o
		} else {
			who += "; " + o
		}
	}
	if r.OwnVectors {
		return fmt.Errorf("%w: other replicas serve from it (%s), and this one keeps notes and occupation sheets in the embedded vector store of its own data folder, where they would never search: set MARSAD_QDRANT_URL on every replica, or run this one alone", ErrNotShareable, who)
	}
	return fmt.Errorf("%w: a replica keeping its vectors in its own data folder serves from it (%s): notes uploaded to either would not be found by the other. Set MARSAD_QDRANT_URL on that replica too and restart it, then start this one", ErrNotShareable, who)
}
