package postgres

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/marsad/marsad/tools"
)

var _ tools.SharedAdStore = (*Store)(nil)

// lockIngest is held, at session level, by the connection of a writer
// that holds the job ads (HoldAds) for a whole ingestion run.
const lockIngest = 0x4d_41_52_05 // "MAR" 5

// holdPoll is how often HoldAds asks for the lock again while another
// replica holds it: pg_advisory_lock would wait inside one statement,
// which the pool's statement timeout cuts, and could not honour ctx.
const holdPoll = 200 * time.Millisecond

// querier runs a query: the pool or a held connection.
type querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
}

// HoldAds implements tools.SharedAdStore: it takes a connection out of
// the pool and waits until it gets the session advisory lock lockIngest
// (keyed by schema, like the other locks). The held store writes through
// that connection only, so that writes stop with the lock: a connection
// that breaks loses both, and no write can follow a lost hold.
func (s *Store) HoldAds(ctx context.Context) (tools.HeldAds, error) {
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return nil, fmt.Errorf("hold ads: %w", err)
	}
	for {
		var got bool
		err := conn.QueryRow(ctx, `SELECT pg_try_advisory_lock($1, hashtext(coalesce(current_schema(), '')))`,
			lockIngest).Scan(&got)
		if err != nil {
			conn.Release()
			return nil, fmt.Errorf("hold ads: %w", err)
		}
		if got {
			return &adHold{conn: conn}, nil
		}
		select {
		case <-ctx.Done():
			conn.Release()
			return nil, fmt.Errorf("hold ads: waiting for another ingestion: %w", context.Cause(ctx))
		case <-time.After(holdPoll):
		}
	}
}

// adHold is the job-ad store held through one connection.
type adHold struct {
	once sync.Once
	conn *pgxpool.Conn
}

func (h *adHold) AddAds(ctx context.Context, ads []tools.Ad) (tools.AddSummary, error) {
	return addAds(ctx, h.conn, ads)
}

func (h *adHold) FingerprintsAfter(ctx context.Context, after int64, fn func(tools.AdFingerprint) error) (int64, error) {
	return fingerprintsAfter(ctx, h.conn, after, fn)
}

// Release unlocks and gives the connection back; a connection that
// cannot unlock (broken) is closed instead, which releases the lock too.
func (h *adHold) Release() {
	h.once.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), connectTimeout)
		defer cancel()
		_, err := h.conn.Exec(ctx, `SELECT pg_advisory_unlock($1, hashtext(coalesce(current_schema(), '')))`, lockIngest)
		if err != nil {
			_ = h.conn.Hijack().Close(ctx)
			return
		}
		h.conn.Release()
	})
}
