package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

var _ tools.DemandStore = (*Store)(nil)

// lockAds and lockProfiles serialise AddAds and PutProfiles across
// replicas (see lockSQL): one writer at a time cannot deadlock on the
// aggregate cells, and keeps job_ads.seq in commit order.
const (
	lockAds      = 0x4d_41_52_03 // "MAR" 3
	lockProfiles = 0x4d_41_52_04 // "MAR" 4
)

// AddAds implements tools.DemandStore. Every ad is validated before the
// database is touched. Then, in one transaction under an advisory lock,
// the new ads (the first of each ID in the batch) are copied into a
// temporary table and inserted into job_ads with ON CONFLICT DO NOTHING;
// only the rows actually inserted are added to the aggregate cells, the
// catalogue values and the total, in the same statement. The commit is
// synchronous, so the ads are durable on return.
func (s *Store) AddAds(ctx context.Context, ads []tools.Ad) (tools.AddSummary, error) {
	for i, ad := range ads {
		if err := tools.ValidateAd(ad); err != nil {
			return tools.AddSummary{}, fmt.Errorf("ad %d (%s): %w", i+1, ad.ID, err)
		}
	}
	rows, err := adRows(ads)
	if err != nil {
		return tools.AddSummary{}, fmt.Errorf("add ads: %w", err)
	}
	var inserted int
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
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
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{"ad_batch"}, adBatchColumns, pgx.CopyFromRows(rows)); err != nil {
			return fmt.Errorf("copy batch: %w", err)
		}
		return tx.QueryRow(ctx, insertAdsSQL).Scan(&inserted)
	})
	if err != nil {
		return tools.AddSummary{}, fmt.Errorf("add ads: %w", err)
	}
	return tools.AddSummary{Inserted: inserted, Existing: len(ads) - inserted}, nil
}

// createAdBatchSQL makes the session's batch table once; ON COMMIT DELETE
// ROWS empties it after each AddAds, so that a busy writer does not
// create and drop a table (catalogue churn) per batch.
const createAdBatchSQL = `CREATE TEMPORARY TABLE IF NOT EXISTS ad_batch (
	ord integer NOT NULL, id text COLLATE "C" NOT NULL,
	region text COLLATE "C" NOT NULL, sector text COLLATE "C" NOT NULL, contract text COLLATE "C" NOT NULL,
	occupation text COLLATE "C" NOT NULL, month text COLLATE "C" NOT NULL, day text COLLATE "C" NOT NULL,
	source_site text COLLATE "C" NOT NULL, city text NOT NULL, employer text NOT NULL,
	skills text[] COLLATE "C" NOT NULL, words text NOT NULL, signature bytea, vector bytea, ad json NOT NULL
) ON COMMIT DELETE ROWS`

var adBatchColumns = []string{"ord", "id", "region", "sector", "contract", "occupation", "month", "day", "source_site",
	"city", "employer", "skills", "words", "signature", "vector", "ad"}

// insertAdsSQL inserts the batch in its order and counts what was
// inserted into the read model; it returns the number of ads inserted.
// The data-modifying CTE ins runs once, and its RETURNING rows are the
// only ones the aggregates see: an ID already stored adds nothing.
// Cells are upserted in key order: the index pages they touch are then
// visited in order (measured: a quarter faster than unsorted).
const insertAdsSQL = `WITH ins AS (
	INSERT INTO job_ads (id, region, sector, contract, occupation, month, day, source_site,
		city, employer, skills, words, signature, vector, ad)
	SELECT id, region, sector, contract, occupation, month, day, source_site,
		city, employer, skills, words, signature, vector, ad
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
	INSERT INTO demand_values (dim, value)
	SELECT dim, value FROM (
		SELECT v.dim, v.value FROM ins, LATERAL (VALUES ('occupation', ins.occupation), ('region', ins.region),
			('sector', ins.sector), ('contract', ins.contract), ('site', ins.source_site), ('month', ins.month)) AS v (dim, value)
		UNION ALL SELECT 'skill', skill FROM ins, unnest(ins.skills) AS skill
	) AS v WHERE value <> '' GROUP BY dim, value
	ON CONFLICT (dim, value) DO NOTHING
), total AS (
	UPDATE demand_totals SET ads = ads + (SELECT count(*) FROM ins)
)
SELECT count(*)::integer FROM ins`

// adRows returns the COPY rows of ads: the first ad of each ID, in
// order; a later ad with the same ID is left out (AddAds counts it as
// Existing).
func adRows(ads []tools.Ad) ([][]any, error) {
	seen := make(map[string]bool, len(ads))
	rows := make([][]any, 0, len(ads))
	for i, ad := range ads {
		if seen[ad.ID] {
			continue
		}
		seen[ad.ID] = true
		row, err := adRow(i, ad)
		if err != nil {
			return nil, fmt.Errorf("ad %d (%s): %w", i+1, ad.ID, err)
		}
		rows = append(rows, row)
	}
	return rows, nil
}

// adRow is one row of ad_batch.
func adRow(ord int, ad tools.Ad) ([]any, error) {
	sig, vec := orNil(ad.Signature), orNil(ad.Vector)
	ad.Signature, ad.Vector = nil, nil
	js, err := json.Marshal(ad)
	if err != nil {
		return nil, err
	}
	skills := textArray(ad.Skills) // never nil: no skills is an empty array, not NULL
	words := " " + lang.Normalize(ad.Title+" "+ad.Employer) + " "
	return []any{int32(ord), pgText(ad.ID), pgText(ad.Region), pgText(ad.Sector), pgText(ad.Contract),
		pgText(ad.Occupation), ad.Month(), ad.Day(), pgText(ad.SourceSite), pgText(ad.City), pgText(ad.Employer),
		skills, pgText(words), sig, vec, js}, nil
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
