package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
	"golang.org/x/sync/errgroup"
)

var _ tools.JobMarketStore = (*Store)(nil)

// lockAds and lockProfiles serialise AddAds and PutProfiles across
// replicas (see lockSQL): one writer at a time cannot deadlock on the
// aggregate cells, and keeps job_ads.seq in commit order.
const (
	lockAds      = 0x4d_41_52_03 // "MAR" 3
	lockProfiles = 0x4d_41_52_04 // "MAR" 4
)

// AddAds implements tools.AdStore. Every ad is validated, and its
// row made, before the database is touched. Then, in one transaction
// under an advisory lock, the ads to insert are copied into a temporary
// table and inserted into job_ads; only the rows actually inserted are
// added to the aggregate cells, the catalogue values and the total, in
// the same statement. A batch without source keys (the common case) needs
// nothing more: ON CONFLICT DO NOTHING skips the IDs already stored. A
// batch with source keys first reads the stored ads of its keys and IDs
// and settles each ad in order (planUpdates); the ads it replaces leave
// job_ads and every count (removeAds) before the new ones are inserted.
// The commit is synchronous, so the ads are durable on return.
func (s *Store) AddAds(ctx context.Context, ads []tools.Ad) (tools.AddSummary, error) {
	return addAds(ctx, s.pool, ads)
}

// addAds is AddAds writing through db.
func addAds(ctx context.Context, db beginner, ads []tools.Ad) (tools.AddSummary, error) {
	for i, ad := range ads {
		if err := tools.ValidateAd(ad); err != nil {
			return tools.AddSummary{}, fmt.Errorf("ad %d (%s): %w", i+1, ad.ID, err)
		}
	}
	b, err := newAdBatch(ads)
	if err != nil {
		return tools.AddSummary{}, fmt.Errorf("add ads: %w", err)
	}
	var sum tools.AddSummary
	err = writeTx(ctx, db, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, lockSQL, lockAds); err != nil {
			return fmt.Errorf("lock: %w", err)
		}
		// The batch is sorted by ord to keep its order in job_ads.seq:
		// with the default 4MB a batch of 4096 ads sorts on disk.
		if _, err := tx.Exec(ctx, `SET LOCAL work_mem = '64MB'`); err != nil {
			return fmt.Errorf("work_mem: %w", err)
		}
		if _, err := tx.Exec(ctx, createAdBatchSQL); err != nil {
			return fmt.Errorf("create batch table: %w", err)
		}
		insert := b.firstOfEachID()
		if b.keyed {
			p, err := planUpdates(ctx, tx, b)
			if err != nil {
				return err
			}
			if err := removeAds(ctx, tx, p.gone); err != nil {
				return err
			}
			insert, sum = p.insert, p.sum
		}
		inserted, err := insertAds(ctx, tx, b, insert)
		switch {
		case err != nil:
			return err
		case !b.keyed:
			sum = tools.AddSummary{Inserted: inserted, Existing: len(ads) - inserted}
		case inserted != len(insert):
			// Under the lock nothing else writes job_ads: the plan was wrong.
			return fmt.Errorf("inserted %d ads of the %d planned", inserted, len(insert))
		}
		return nil
	})
	if err != nil {
		return tools.AddSummary{}, fmt.Errorf("add ads: %w", err)
	}
	return sum, nil
}

// insertAds copies the rows of b at the indexes insert (ascending) into
// ad_batch and inserts them, returning how many were inserted.
func insertAds(ctx context.Context, tx pgx.Tx, b *adBatch, insert []int) (int, error) {
	rows := make([][]any, len(insert))
	for j, i := range insert {
		rows[j] = b.rows[i]
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"ad_batch"}, adBatchColumns, pgx.CopyFromRows(rows)); err != nil {
		return 0, fmt.Errorf("copy batch: %w", err)
	}
	var inserted int
	if err := tx.QueryRow(ctx, insertAdsSQL).Scan(&inserted); err != nil {
		return 0, err
	}
	return inserted, nil
}

// createAdBatchSQL makes the session's batch table once; ON COMMIT DELETE
// ROWS empties it after each AddAds, so that a busy writer does not
// create and drop a table (catalogue churn) per batch.
const createAdBatchSQL = `CREATE TEMPORARY TABLE IF NOT EXISTS ad_batch (
	ord integer NOT NULL, id text COLLATE "C" NOT NULL,
	region text COLLATE "C" NOT NULL, sector text COLLATE "C" NOT NULL, contract text COLLATE "C" NOT NULL,
	occupation text COLLATE "C" NOT NULL, month text COLLATE "C" NOT NULL, day text COLLATE "C" NOT NULL,
	source_site text COLLATE "C" NOT NULL, city text NOT NULL, employer text NOT NULL,
	skills text[] COLLATE "C" NOT NULL, words text NOT NULL, signature bytea, vector bytea, ad json NOT NULL,
	source_key bytea NOT NULL, version text COLLATE "C" NOT NULL
) ON COMMIT DELETE ROWS`

var adBatchColumns = []string{"ord", "id", "region", "sector", "contract", "occupation", "month", "day", "source_site",
	"city", "employer", "skills", "words", "signature", "vector", "ad", "source_key", "version"}

// insValuesSQL lists the catalogue values (dim, value) of the ads in
// the relation ins: one row per value an ad holds, a skill once per ad
// listing it, unknown (empty) values left out. AddAds adds them to
// demand_values and removeAds takes them away, so both count alike.
const insValuesSQL = `SELECT dim, value FROM (
		SELECT v.dim, v.value FROM ins AS a, LATERAL (VALUES ('occupation', a.occupation), ('region', a.region),
			('sector', a.sector), ('contract', a.contract), ('site', a.source_site), ('month', a.month)) AS v (dim, value)
		UNION ALL SELECT 'skill', skill FROM ins AS a, unnest(a.skills) AS skill
	) AS v WHERE value <> ''`

// insertAdsSQL inserts the batch in its order and counts what was
// inserted into the read model; it returns the number of ads inserted.
// The data-modifying CTE ins runs once, and its RETURNING rows are the
// only ones the aggregates see: an ID already stored adds nothing.
// Cells are upserted in key order: the index pages they touch are then
// visited in order (measured: a quarter faster than unsorted).
const insertAdsSQL = `WITH ins AS (
	INSERT INTO job_ads (id, region, sector, contract, occupation, month, day, source_site,
		city, employer, skills, words, signature, vector, ad, source_key, version)
	SELECT id, region, sector, contract, occupation, month, day, source_site,
		city, employer, skills, words, signature, vector, ad, source_key, version
	FROM ad_batch ORDER BY ord
	ON CONFLICT (id) DO NOTHING
	RETURNING month, region, sector, occupation, source_site, contract, skills
), cells AS (
	INSERT INTO demand_ads_monthly AS d (occupation, month, region, sector, source_site, ads)
	SELECT occupation, month, region, sector, source_site, count(*) FROM ins
	GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
	ON CONFLICT (occupation, month, region, sector, source_site) DO UPDATE SET ads = d.ads + EXCLUDED.ads
), skilled AS (
	INSERT INTO demand_skills_monthly AS d (occupation, month, region, sector, source_site, skill, ads)
	SELECT occupation, month, region, sector, source_site, skill, count(*) FROM ins, unnest(ins.skills) AS skill
	GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
	ON CONFLICT (occupation, month, region, sector, source_site, skill) DO UPDATE SET ads = d.ads + EXCLUDED.ads
), vals AS (
	INSERT INTO demand_values AS d (dim, value, ads)
	SELECT dim, value, count(*) FROM (` + insValuesSQL + `) AS v
	GROUP BY dim, value ORDER BY dim, value
	ON CONFLICT (dim, value) DO UPDATE SET ads = d.ads + EXCLUDED.ads
), total AS (
	UPDATE demand_totals SET ads = ads + (SELECT count(*) FROM ins)
)
SELECT count(*)::integer FROM ins`

// adBatch is an AddAds batch made ready before the transaction: the
// COPY row of each ad, and the source key and version AddAds compares.
type adBatch struct {
	ads      []tools.Ad
	rows     [][]any
	keys     []string // Ad.SourceKey
	versions []string // tools.AdVersion
	keyed    bool     // some ad has a source key
}

// newAdBatch makes the rows of ads in parallel chunks: at about 10 µs
// an ad (JSON twice, the version's hash, the words), a batch of 4096
// would otherwise cost one core 40 ms while the server waits.
func newAdBatch(ads []tools.Ad) (*adBatch, error) {
	b := &adBatch{ads: ads, rows: make([][]any, len(ads)), keys: make([]string, len(ads)), versions: make([]string, len(ads))}
	var g errgroup.Group
	chunk := max(minRowChunk, (len(ads)+runtime.GOMAXPROCS(0)-1)/runtime.GOMAXPROCS(0))
	for lo := 0; lo < len(ads); lo += chunk {
		g.Go(func() error { return b.makeRows(lo, min(len(ads), lo+chunk)) })
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	b.keyed = slices.ContainsFunc(b.keys, func(k string) bool { return k != "" })
	return b, nil
}

// minRowChunk is the fewest ads worth a goroutine of their own.
const minRowChunk = 256

// makeRows fills the rows, keys and versions of the ads lo to hi.
func (b *adBatch) makeRows(lo, hi int) error {
	for i := lo; i < hi; i++ {
		ad := b.ads[i]
		b.keys[i], b.versions[i] = ad.SourceKey(), tools.AdVersion(ad)
		row, err := adRow(i, ad, b.keys[i], b.versions[i])
		if err != nil {
			return fmt.Errorf("ad %d (%s): %w", i+1, ad.ID, err)
		}
		b.rows[i] = row
	}
	return nil
}

// firstOfEachID returns the indexes of the first ad of each ID, in
// order; a later ad with the same ID is left out (AddAds counts it as
// Existing).
func (b *adBatch) firstOfEachID() []int {
	seen := make(map[string]bool, len(b.ads))
	out := make([]int, 0, len(b.ads))
	for i, ad := range b.ads {
		if !seen[ad.ID] {
			seen[ad.ID] = true
			out = append(out, i)
		}
	}
	return out
}

// adRow is one row of ad_batch. The source key is stored as its bytes.
func adRow(ord int, ad tools.Ad, key, version string) ([]any, error) {
	sig, vec := orNil(ad.Signature), orNil(ad.Vector)
	ad.Signature, ad.Vector = nil, nil
	js, err := json.Marshal(ad)
	if err != nil { // a value JSON cannot hold (a NaN salary): the ad's fault, not the store's
		return nil, fmt.Errorf("%w: %w", tools.ErrBadData, err)
	}
	skills := textArray(ad.Skills) // never nil: no skills is an empty array, not NULL
	words := " " + lang.Normalize(ad.Title+" "+ad.Employer) + " "
	return []any{int32(ord), pgText(ad.ID), pgText(ad.Region), pgText(ad.Sector), pgText(ad.Contract),
		pgText(ad.Occupation), ad.Month(), ad.Day(), pgText(ad.SourceSite), pgText(ad.City), pgText(ad.Employer),
		skills, pgText(words), sig, vec, js, []byte(key), version}, nil
}

// orNil returns b, or nil when it is empty: JSON (the embedded store's
// form) does not tell an empty slice from none, and neither does this one.
func orNil(b []byte) []byte {
	if len(b) == 0 {
		return nil
	}
	return b
}

// pgText makes s storable in a text column, which refuses NUL and
// invalid UTF-8: invalid bytes become U+FFFD, as encoding/json writes
// them in the ad's JSON, and NUL is dropped.
func pgText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.ReplaceAll(s, "\x00", "")
}

// textArray applies pgText to each of ss, in a new slice.
func textArray(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = pgText(s)
	}
	return out
}
