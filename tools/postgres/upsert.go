package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/marsad/marsad/tools"
)

// upsertSQL writes indicator_batch into indicators by natural key. A row
// identical to the stored one is skipped (and not returned); the others
// come back with ord, whether they were inserted, and the stored fields
// they replaced, read by the old CTE from the statement's snapshot, taken
// before the INSERT changes anything.
const upsertSQL = `WITH old AS (
    SELECT b.ord, i.value, i.unit, i.publisher, i.reported_by, i.source_url
    FROM indicator_batch b JOIN indicators i USING (indicator, geo, area, sex, age, diploma, period)
), up AS (
    INSERT INTO indicators AS i (indicator, geo, area, sex, age, diploma, period, value, unit, publisher, reported_by, source_url)
    SELECT indicator, geo, area, sex, age, diploma, period, value, unit, publisher, reported_by, source_url
    FROM indicator_batch
    ON CONFLICT (indicator, geo, area, sex, age, diploma, period) DO UPDATE
    SET value = EXCLUDED.value, unit = EXCLUDED.unit, publisher = EXCLUDED.publisher,
        reported_by = EXCLUDED.reported_by, source_url = EXCLUDED.source_url, loaded_at = now()
    WHERE (i.value, i.unit, i.publisher, i.reported_by, i.source_url)
        IS DISTINCT FROM (EXCLUDED.value, EXCLUDED.unit, EXCLUDED.publisher, EXCLUDED.reported_by, EXCLUDED.source_url)
    RETURNING indicator, geo, area, sex, age, diploma, period, (xmax = 0) AS inserted
)
SELECT b.ord, up.inserted, coalesce(old.value, 0), coalesce(old.unit, ''), coalesce(old.publisher, ''),
       coalesce(old.reported_by, ''), coalesce(old.source_url, '')
FROM up JOIN indicator_batch b USING (indicator, geo, area, sex, age, diploma, period)
LEFT JOIN old ON old.ord = b.ord`

// upsert runs upsertSQL and returns the state before it of every key of
// the batch: absent from the map when the key was new, the replaced row
// when it was updated, and the batch's last row when it was unchanged.
func upsert(ctx context.Context, tx pgx.Tx, obs []tools.Observation, last []int) (map[tools.Key]tools.Observation, error) {
	before := make(map[tools.Key]tools.Observation, len(last))
	for _, i := range last {
		before[obs[i].Key()] = obs[i]
	}
	rows, err := tx.Query(ctx, upsertSQL)
	if err != nil {
		return nil, fmt.Errorf("upsert: %w", err)
	}
	var ord int32
	var inserted bool
	var old tools.Observation
	_, err = pgx.ForEachRow(rows, []any{&ord, &inserted, &old.Value, &old.Unit, &old.Publisher, &old.ReportedBy, &old.SourceURL}, func() error {
		if ord < 0 || int(ord) >= len(obs) {
			return fmt.Errorf("upsert returned row %d of %d", ord, len(obs))
		}
		k := obs[ord].Key()
		if inserted {
			delete(before, k)
			return nil
		}
		o := old
		o.Indicator, o.Geo, o.Area, o.Sex, o.Age, o.Diploma, o.Period = k.Indicator, k.Geo, k.Area, k.Sex, k.Age, k.Diploma, k.Period
		before[k] = o
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("upsert: %w", err)
	}
	return before, nil
}

// summarise counts the batch row by row against the state before it, each
// row also replacing the state of its key for the rows after it: a new key
// is inserted, an identical row unchanged, any other row updated, and a
// different value is a Change.
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
