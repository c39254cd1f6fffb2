package postgres

import (
	"context"
	"fmt"
	"slices"
	"sync"

	"github.com/jackc/pgx/v5"
)

// adMirror is what need search reads of job_ads, kept in the process:
// per ad its seq, ID, day, the fields the common filters test, and its
// vector in int8 rows, so that a need search filters and ranks its
// window in memory (tools/needrank, as the embedded store does) and
// reads from the database only the few ads it returns.
//
// The table is the truth. Before each need search the mirror reads the
// ads past the last seq it holds, with demand_totals in the same
// statement: an ad stored by any replica is inserted with a higher seq
// (AddAds' lock makes seq order commit order), so it is seen. Ads are
// never updated, only removed (a replaced ad); removals show as a total
// below the ads held, and the seqs present are then read again in one
// snapshot with the new rows. A search that finds nothing new costs one
// round trip.
type adMirror struct {
	refreshing sync.Mutex   // one refresh at a time
	mu         sync.RWMutex // searches read under RLock, a refresh applies under Lock
	lastSeq    int64        // the highest seq read
	// drift is demand_totals.ads minus the live ads held after the last
	// full check: 0 unless the totals drifted from the table, which
	// would otherwise make every search check in full.
	drift   int64
	checked bool // a refresh ran
	// lastSeq, drift and checked are written under both locks, so that a
	// search reads them with the segments under the read lock.

	vals mirrorValues
	// The ads are laid out newest first in two segments: main, and
	// recent, the ads read since main was built, so that a refresh lays
	// out again only the recent ones (and main with them once they are
	// an eighth of it). Either may be nil. Only a refresh replaces them.
	main, recent *mirrorSeg
	stride       int // the length of the first vector read, 0 before
}

// live returns the number of live ads held.
func (m *adMirror) live() int {
	n := 0
	for _, s := range []*mirrorSeg{m.main, m.recent} {
		if s != nil {
			n += s.live
		}
	}
	return n
}

// mirrorRow is an ad as the refresh reads it.
type mirrorRow struct {
	seq                                                  int64
	id, day, month, region, sector, contract, occupation string
	vector                                               []byte
}

// newRowsSQL reads up to $2 ads past seq $1, in seq order, and the
// number of stored ads, in one snapshot; with no new ad it returns one
// row of seq 0.
const newRowsSQL = `SELECT t.ads, coalesce(j.seq, 0), coalesce(j.id, ''), coalesce(j.day, ''), coalesce(j.month, ''),
	coalesce(j.region, ''), coalesce(j.sector, ''), coalesce(j.contract, ''), coalesce(j.occupation, ''), j.vector
FROM demand_totals AS t LEFT JOIN LATERAL (
	SELECT seq, id, day, month, region, sector, contract, occupation, vector FROM job_ads WHERE seq > $1 ORDER BY seq LIMIT $2
) AS j ON true ORDER BY j.seq`

// recentShare is the part of main (1/recentShare) past which the recent
// ads are laid out in main: each ad is then copied about recentShare
// times while recent grows, once more with main, and a window walks two
// runs (a variable for tests).
var recentShare = 8

// mirrorPage is the most ads one statement of a refresh reads (27 MB at
// 384 dimensions), so that loading a million stays within the statement
// timeout (a variable for tests).
var mirrorPage = 65536

// refresh brings the mirror up to the table.
func (m *adMirror) refresh(ctx context.Context, pool Pool) error {
	m.refreshing.Lock()
	defer m.refreshing.Unlock()
	var total int64
	var rows []mirrorRow
	full := !m.checked // the first refresh reads all in one snapshot
	if !full {
		var err error
		if total, rows, err = readNewAds(ctx, pool, m.lastSeq); err != nil {
			return err
		}
		if len(rows) == 0 && total-int64(m.live()) == m.drift {
			return nil
		}
		full = total-int64(m.live()+len(rows)) != m.drift
	}
	var present []int64 // nil: no ad removed
	if full {
		// Ads were removed: which, read in one snapshot with the new ones.
		err := pgx.BeginTxFunc(ctx, pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
			var err error
			if total, rows, err = readNewAds(ctx, tx, m.lastSeq); err != nil {
				return err
			}
			present, err = readSeqs(ctx, tx, m.lastSeq)
			return err
		})
		if err != nil {
			return fmt.Errorf("ad mirror: %w", Unavailable(err))
		}
	}
	m.apply(rows, present, full, total)
	return nil
}

// apply adds rows (ascending seq, past lastSeq) and, when present is not
// nil, marks gone the ads held whose seq it lacks; after a full check
// (full) it records the drift from total. Interning the rows' values
// and marking removals is done under the write lock; the segments are
// laid out meanwhile searches go on, and swapped in under it (only a
// refresh, which the caller holds, changes them).
func (m *adMirror) apply(rows []mirrorRow, present []int64, full bool, total int64) {
	keys, days := make([]mirrorKey, len(rows)), make([]uint32, len(rows))
	m.mu.Lock()
	for i, r := range rows {
		keys[i], days[i] = m.vals.keyOf(r), m.vals.day.of(r.day)
		if m.stride == 0 && len(r.vector) > 0 {
			m.stride = len(r.vector)
		}
	}
	removed := false
	for _, s := range []*mirrorSeg{m.main, m.recent} {
		if s != nil && present != nil {
			removed = s.keepOnly(present) > 0 || removed
		}
	}
	if len(rows) == 0 && !removed {
		if full {
			m.drift, m.checked = total-int64(m.live()), true
		}
		m.mu.Unlock()
		return
	}
	m.mu.Unlock()
	main, recent := m.main, m.recent
	a, b := segAds(recent), m.vals.rowAds(rows, keys, days)
	switch {
	case main == nil: // then recent is nil too
		main = m.vals.buildSeg(a, b, m.stride)
	case len(a.ads)+len(b.ads) >= main.live/recentShare || main.live < main.len()*3/4:
		main, recent = m.vals.buildSeg(segAds(main), segAds(m.vals.buildSeg(a, b, m.stride)), m.stride), nil
	default:
		recent = m.vals.buildSeg(a, b, m.stride)
	}
	m.mu.Lock()
	m.main, m.recent = main, recent
	if len(rows) > 0 {
		m.lastSeq = rows[len(rows)-1].seq
	}
	if full {
		m.drift, m.checked = total-int64(m.live()), true
	}
	m.mu.Unlock()
}

// readNewAds reads the ads past seq after, in seq order, a page per
// statement, and the number of stored ads as the last statement saw it.
// Any ad removed after an earlier page was read shows in that number,
// and an ad stored after it has a higher seq, read by a later page.
func readNewAds(ctx context.Context, q querier, after int64) (int64, []mirrorRow, error) {
	var total int64
	var out []mirrorRow
	for {
		rs, err := q.Query(ctx, newRowsSQL, after, mirrorPage)
		if err != nil {
			return 0, nil, fmt.Errorf("ad mirror: %w", err)
		}
		var r mirrorRow
		n := 0
		_, err = pgx.ForEachRow(rs, []any{&total, &r.seq, &r.id, &r.day, &r.month, &r.region, &r.sector, &r.contract, &r.occupation, &r.vector}, func() error {
			if r.seq != 0 {
				row := r
				row.vector = slices.Clone(r.vector) // the scan buffer is reused
				out, after, n = append(out, row), r.seq, n+1
			}
			return nil
		})
		if err != nil {
			return 0, nil, fmt.Errorf("ad mirror: %w", err)
		}
		if n < mirrorPage {
			return total, out, nil
		}
	}
}

// readSeqs returns the seqs of the stored ads up to upTo, ascending.
func readSeqs(ctx context.Context, q querier, upTo int64) ([]int64, error) {
	rs, err := q.Query(ctx, `SELECT seq FROM job_ads WHERE seq <= $1 ORDER BY seq`, upTo)
	if err != nil {
		return nil, err
	}
	seqs := []int64{}
	var seq int64
	_, err = pgx.ForEachRow(rs, []any{&seq}, func() error {
		seqs = append(seqs, seq)
		return nil
	})
	return seqs, err
}
