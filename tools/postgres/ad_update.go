package postgres

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/marsad/marsad/tools"
)

// updatePlan is what AddAds does with a batch that has source keys: the
// indexes of the ads to insert (ascending), the IDs of the stored ads
// they replace, and the summary.
type updatePlan struct {
	insert []int
	gone   []string
	sum    tools.AddSummary
}

// heldAd is an ad held by the store while a batch is settled: a stored
// row (batch < 0) or an ad of the batch planned for insertion.
type heldAd struct {
	id, key string
	version string // "" while unknown: a row stored before migration 0005
	ad      []byte // the stored JSON, to compute the unknown version from
	batch   int
}

// heldAds indexes the ads held by ID and by non-empty source key. A key
// normally has one ad; rows stored before 0005 may share one.
type heldAds struct {
	byID  map[string]*heldAd
	byKey map[string][]*heldAd
}

func (h *heldAds) add(a *heldAd) {
	h.byID[a.id] = a
	if a.key != "" {
		h.byKey[a.key] = append(h.byKey[a.key], a)
	}
}

// planUpdates reads the stored ads that share an ID or a source key with
// the batch, then settles the batch's ads in order as AddAds' contract
// says, each against the ads stored and those of the batch settled
// before it. It runs under AddAds' lock, so what it read stays true.
func planUpdates(ctx context.Context, tx pgx.Tx, b *adBatch) (updatePlan, error) {
	h, err := readHeld(ctx, tx, b)
	if err != nil {
		return updatePlan{}, err
	}
	var p updatePlan
	planned := make([]bool, len(b.ads))
	for i, ad := range b.ads {
		id, key := pgText(ad.ID), b.keys[i]
		olds := h.byKey[key]
		switch {
		case key != "" && len(olds) > 0:
			same, err := sameVersion(olds, b.versions[i])
			if err != nil {
				return updatePlan{}, err
			}
			if same {
				p.sum.Existing++
				continue
			}
			for _, old := range olds { // the ad read again replaces its stored versions
				delete(h.byID, old.id)
				if old.batch < 0 {
					p.gone = append(p.gone, old.id)
				} else {
					planned[old.batch] = false
				}
			}
			delete(h.byKey, key)
			p.sum.Updated++
			if h.byID[id] != nil {
				continue // its ID is stored under another source
			}
		case h.byID[id] != nil:
			p.sum.Existing++
			continue
		default:
			p.sum.Inserted++
		}
		planned[i] = true
		h.add(&heldAd{id: id, key: key, version: b.versions[i], batch: i})
	}
	for i, ok := range planned {
		if ok {
			p.insert = append(p.insert, i)
		}
	}
	return p, nil
}

// sameVersion tells whether one of the held ads of a source key has the
// version v, computing the unknown version of a row stored before 0005.
func sameVersion(held []*heldAd, v string) (bool, error) {
	for _, a := range held {
		if a.version == "" {
			var err error
			if a.version, err = storedVersion(a.id, a.ad); err != nil {
				return false, err
			}
		}
		if a.version == v {
			return true, nil
		}
	}
	return false, nil
}

// storedVersion is the tools.AdVersion of the stored ad id from its JSON
// (the ad without Signature and Vector, which AdVersion leaves out
// anyway): the version of an ad stored before migration 0005.
func storedVersion(id string, js []byte) (string, error) {
	var ad tools.Ad
	if err := json.Unmarshal(js, &ad); err != nil {
		return "", fmt.Errorf("stored ad %s: %w", id, err)
	}
	return tools.AdVersion(ad), nil
}

// readHeld reads the stored ads whose ID or non-empty source key is one
// of the batch's (the key through its partial index).
func readHeld(ctx context.Context, tx pgx.Tx, b *adBatch) (*heldAds, error) {
	ids := make([]string, len(b.ads))
	keys := make([][]byte, 0, len(b.ads))
	for i, ad := range b.ads {
		ids[i] = pgText(ad.ID)
		if b.keys[i] != "" {
			keys = append(keys, []byte(b.keys[i]))
		}
	}
	rows, err := tx.Query(ctx, `SELECT id, source_key, coalesce(version, ''), CASE WHEN version IS NULL THEN ad END
		FROM job_ads WHERE id = ANY($1) OR (source_key = ANY($2) AND source_key <> ''::bytea)`, ids, keys)
	if err != nil {
		return nil, fmt.Errorf("read stored ads of the batch: %w", err)
	}
	h := &heldAds{byID: make(map[string]*heldAd), byKey: make(map[string][]*heldAd)}
	var a heldAd
	var key []byte
	_, err = pgx.ForEachRow(rows, []any{&a.id, &key, &a.version, &a.ad}, func() error {
		held := a
		held.key, held.ad, held.batch = string(key), append([]byte(nil), a.ad...), -1
		h.add(&held)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read stored ads of the batch: %w", err)
	}
	return h, nil
}

// removeAds deletes the stored ads ids and takes them out of the read
// model: every cell, catalogue value and the total lose them, and a
// cell or value left with no ad is deleted, so that Catalog and Scope
// list only what stored ads hold. MERGE cannot be a WITH query (before
// PostgreSQL 17), so the deleted rows go through the temporary table
// ad_gone, and the four statements reading it go in one round trip.
func removeAds(ctx context.Context, tx pgx.Tx, ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	if _, err := tx.Exec(ctx, createAdGoneSQL); err != nil {
		return fmt.Errorf("create removed ads table: %w", err)
	}
	if _, err := tx.Exec(ctx, `WITH gone AS (
		DELETE FROM job_ads WHERE id = ANY($1) RETURNING month, region, sector, occupation, source_site, contract, skills
	) INSERT INTO ad_gone SELECT * FROM gone`, ids); err != nil {
		return fmt.Errorf("remove replaced ads: %w", err)
	}
	// No arguments: pgx sends the statements in the simple protocol.
	if _, err := tx.Exec(ctx, uncountAdsSQL); err != nil {
		return fmt.Errorf("uncount replaced ads: %w", err)
	}
	return nil
}

const createAdGoneSQL = `CREATE TEMPORARY TABLE IF NOT EXISTS ad_gone (
	month text COLLATE "C" NOT NULL, region text COLLATE "C" NOT NULL, sector text COLLATE "C" NOT NULL,
	occupation text COLLATE "C" NOT NULL, source_site text COLLATE "C" NOT NULL, contract text COLLATE "C" NOT NULL,
	skills text[] COLLATE "C" NOT NULL
) ON COMMIT DELETE ROWS`

// uncountAdsSQL takes the ads of ad_gone out of the read model. A count
// that reaches zero (or less, which exact counts never give) deletes
// its row.
const uncountAdsSQL = `MERGE INTO demand_ads_monthly AS d
USING (SELECT occupation, month, region, sector, source_site, count(*) AS n FROM ad_gone GROUP BY 1, 2, 3, 4, 5) AS g
ON d.occupation = g.occupation AND d.month = g.month AND d.region = g.region AND d.sector = g.sector
	AND d.source_site = g.source_site
WHEN MATCHED AND d.ads <= g.n THEN DELETE
WHEN MATCHED THEN UPDATE SET ads = d.ads - g.n;

MERGE INTO demand_skills_monthly AS d
USING (SELECT occupation, month, region, sector, source_site, skill, count(*) AS n
	FROM ad_gone, unnest(ad_gone.skills) AS skill GROUP BY 1, 2, 3, 4, 5, 6) AS g
ON d.occupation = g.occupation AND d.month = g.month AND d.region = g.region AND d.sector = g.sector
	AND d.source_site = g.source_site AND d.skill = g.skill
WHEN MATCHED AND d.ads <= g.n THEN DELETE
WHEN MATCHED THEN UPDATE SET ads = d.ads - g.n;

WITH ins AS (TABLE ad_gone)
MERGE INTO demand_values AS d
USING (SELECT dim, value, count(*) AS n FROM (` + insValuesSQL + `) AS v GROUP BY dim, value) AS g
ON d.dim = g.dim AND d.value = g.value
WHEN MATCHED AND d.ads <= g.n THEN DELETE
WHEN MATCHED THEN UPDATE SET ads = d.ads - g.n;

UPDATE demand_totals SET ads = ads - (SELECT count(*) FROM ad_gone)`
