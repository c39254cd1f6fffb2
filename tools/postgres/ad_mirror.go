package postgres

import (
	"cmp"
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

	ads  mirrorAds
	vals mirrorValues
	// order is the live slots newest first (day descending, then ID
	// ascending), keys[k] the filter key of order[k], so that a filter
	// scan reads memory in order.
	order []int32
	keys  []mirrorKey
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

// mirrorPage is the most ads one statement of a refresh reads (27 MB at
// 384 dimensions), so that loading a million stays within the statement
// timeout (a variable for tests).
var mirrorPage = 65536

// refresh brings the mirror up to the table.
func (m *adMirror) refresh(ctx context.Context, pool dbPool) error {
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
		if len(rows) == 0 && total-int64(m.ads.live) == m.drift {
			return nil
		}
		full = total-int64(m.ads.live+len(rows)) != m.drift
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
	m.mu.Lock()
	defer m.mu.Unlock()
	if present != nil {
		m.ads.keepOnly(present)
	}
	m.add(rows)
	if full {
		m.drift, m.checked = total-int64(m.ads.live), true
	}
	return nil
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

// add appends rows (ascending seq, past lastSeq) and brings the order up
// to date.
func (m *adMirror) add(rows []mirrorRow) {
	from := m.ads.len()
	for _, r := range rows {
		m.ads.append(r, m.vals.keyOf(r), m.vals.day.of(r.day))
		m.lastSeq = r.seq
	}
	if m.ads.gone > m.ads.len()/4 {
		m.ads = m.ads.compact()
		m.order, m.keys = nil, nil
		from = 0
	}
	m.merge(from)
}

// newerFirst orders slots a and b newest first: by day descending, then
// by ID ascending, as the table's job_ads_newest index.
func (m *adMirror) newerFirst(a, b int32) int {
	da, db := m.vals.day.vals[m.ads.day[a]], m.vals.day.vals[m.ads.day[b]]
	return cmp.Or(cmp.Compare(db, da), cmp.Compare(m.ads.id[a], m.ads.id[b]))
}

// merge puts the slots from on into the order, and drops the gone ones.
func (m *adMirror) merge(from int) {
	added := make([]int32, 0, m.ads.len()-from)
	for p := from; p < m.ads.len(); p++ {
		if !m.ads.isGone[p] {
			added = append(added, int32(p))
		}
	}
	slices.SortFunc(added, m.newerFirst)
	order := make([]int32, 0, m.ads.live)
	keys := make([]mirrorKey, 0, m.ads.live)
	take := func(p int32) {
		order, keys = append(order, p), append(keys, m.ads.key[p])
	}
	for _, p := range m.order {
		if m.ads.isGone[p] {
			continue
		}
		for len(added) > 0 && m.newerFirst(added[0], p) < 0 {
			take(added[0])
			added = added[1:]
		}
		take(p)
	}
	for _, p := range added {
		take(p)
	}
	m.order, m.keys = order, keys
}
