package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/marsad/marsad/tools"
)

// storedSQL reads the stored rows of the batch's keys.
const storedSQL = `SELECT b.ord, i.value, i.unit, i.publisher, i.reported_by, coalesce(i.source_url, ''), i.series, i.relay_url
FROM indicator_batch b JOIN indicators i USING (indicator, geo, area, sex, age, diploma, period)`

// upsertSQL writes indicator_batch into indicators by natural key,
// skipping the rows identical to the stored ones, and counts the rows it
// inserted and updated.
const upsertSQL = `WITH up AS (
    INSERT INTO indicators AS i (indicator, geo, area, sex, age, diploma, period, value, unit, publisher, reported_by, source_url, series, relay_url)
    SELECT indicator, geo, area, sex, age, diploma, period, value, unit, publisher, reported_by, source_url, series, relay_url
    FROM indicator_batch
    ON CONFLICT (indicator, geo, area, sex, age, diploma, period) DO UPDATE
    SET value = EXCLUDED.value, unit = EXCLUDED.unit, publisher = EXCLUDED.publisher,
        reported_by = EXCLUDED.reported_by, source_url = EXCLUDED.source_url,
        series = EXCLUDED.series, relay_url = EXCLUDED.relay_url, loaded_at = now()
    WHERE (i.value, i.unit, i.publisher, i.reported_by, i.source_url, i.series, i.relay_url)
        IS DISTINCT FROM (EXCLUDED.value, EXCLUDED.unit, EXCLUDED.publisher, EXCLUDED.reported_by, EXCLUDED.source_url,
            EXCLUDED.series, EXCLUDED.relay_url)
    RETURNING xmax = 0 AS inserted
)
SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up`

// upsert returns the stored row of each key of the batch that has one
// (the state before the Load), then writes the batch. The counts the
// upsert returns must agree with that state: under the Load lock nothing
// else writes in between, so a disagreement is an error.
func upsert(ctx context.Context, tx pgx.Tx, obs []tools.Observation, last []int) (map[tools.Key]tools.Observation, error) {
	before, err := stored(ctx, tx, obs, len(last))
	if err != nil {
		return nil, err
	}
	var wantIns, wantUpd, gotIns, gotUpd int64
	for _, i := range last {
		old, ok := before[obs[i].Key()]
		switch {
		case !ok:
			wantIns++
		case old != obs[i]:
			wantUpd++
		}
	}
	if err := tx.QueryRow(ctx, upsertSQL).Scan(&gotIns, &gotUpd); err != nil {
		return nil, fmt.Errorf("upsert: %w", err)
	}
	if gotIns != wantIns || gotUpd != wantUpd {
		return nil, fmt.Errorf("upsert: %d inserted and %d updated, expected %d and %d", gotIns, gotUpd, wantIns, wantUpd)
	}
	return before, nil
}

// stored reads the stored rows of the batch's keys.
func stored(ctx context.Context, tx pgx.Tx, obs []tools.Observation, keys int) (map[tools.Key]tools.Observation, error) {
	before := make(map[tools.Key]tools.Observation, keys)
	rows, err := tx.Query(ctx, storedSQL)
	if err != nil {
		return nil, fmt.Errorf("read stored rows: %w", err)
	}
	var ord int32
	var old tools.Observation
	_, err = pgx.ForEachRow(rows, []any{&ord, &old.Value, &old.Unit, &old.Publisher, &old.ReportedBy, &old.SourceURL, &old.Series, &old.RelayURL}, func() error {
		if ord < 0 || int(ord) >= len(obs) {
			return fmt.Errorf("stored row for batch row %d of %d", ord, len(obs))
		}
		k := obs[ord].Key()
		o := old
		o.Indicator, o.Geo, o.Area, o.Sex, o.Age, o.Diploma, o.Period = k.Indicator, k.Geo, k.Area, k.Sex, k.Age, k.Diploma, k.Period
		before[k] = o
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read stored rows: %w", err)
	}
	return before, nil
}

// summarise counts the batch row by row against the state before it, each
// row also replacing the state of its key for the rows after it: a new key
// is inserted, an identical row unchanged, any other row updated, and a
// different value is a Change. It consumes before, left holding the state
// after the batch.
func summarise(obs []tools.Observation, before map[tools.Key]tools.Observation) tools.LoadSummary {
	sum := tools.LoadSummary{Read: len(obs)}
	for _, o := range obs {
		k := o.Key()
		old, ok := before[k]
		switch {
		case !ok:
			sum.Inserted++
		case old == o:
			sum.Unchanged++
		default:
			sum.Updated++
			if old.Value != o.Value {
				sum.Changes = append(sum.Changes, tools.Change{Key: k, Old: old.Value, New: o.Value})
			}
		}
		before[k] = o
	}
	return sum
}
