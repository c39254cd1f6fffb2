package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/marsad/marsad/tools"
)

// Load implements tools.IndicatorStore. Every row is validated before the
// database is touched; then, in one transaction under an advisory lock
// (Loads of all replicas run one at a time), the batch is copied into a
// temporary table and upserted by natural key. Sources gain the new
// addresses, indicator_changes a row per corrected value,
// indicator_dimensions the new dimension values and indicator_series the
// new payload of each series written to. On any error the
// transaction is rolled back and nothing is stored.
//
// Counting follows the batch order: a row whose key appears earlier in the
// same batch is compared with that earlier row, and the last one is kept.
func (s *Store) Load(ctx context.Context, obs []tools.Observation) (tools.LoadSummary, error) {
	for i, o := range obs {
		if err := tools.ValidateObservation(o); err != nil {
			return tools.LoadSummary{}, fmt.Errorf("observation %d: %w", i+1, err)
		}
	}
	last := lastOfEachKey(obs)
	var sum tools.LoadSummary
	err := writeTx(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, lockSQL, lockLoad); err != nil {
			return fmt.Errorf("lock: %w", err)
		}
		if err := copyBatch(ctx, tx, obs, last); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, insertSourcesSQL); err != nil {
			return fmt.Errorf("sources: %w", err)
		}
		before, err := upsert(ctx, tx, obs, last)
		if err != nil {
			return err
		}
		dirty := dirtySeries(obs, last, before)
		sum = summarise(obs, before)
		if err := logChanges(ctx, tx, sum.Changes); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, insertDimensionsSQL); err != nil {
			return fmt.Errorf("dimensions: %w", err)
		}
		return rebuildSeries(ctx, tx, dirty)
	})
	if err != nil {
		return tools.LoadSummary{}, fmt.Errorf("load indicators: %w", err)
	}
	return sum, nil
}

// dirtySeries returns the series in which the batch writes a row: a new
// key, or a last row that differs from the stored one.
func dirtySeries(obs []tools.Observation, last []int, before map[tools.Key]tools.Observation) map[seriesKey]bool {
	dirty := map[seriesKey]bool{}
	for _, i := range last {
		if old, ok := before[obs[i].Key()]; !ok || old != obs[i] {
			dirty[seriesOf(obs[i].Key())] = true
		}
	}
	return dirty
}

// lastOfEachKey returns the index in obs of the last row of each natural
// key, in the order the keys first appear.
func lastOfEachKey(obs []tools.Observation) []int {
	pos := make(map[tools.Key]int, len(obs))
	var out []int
	for i, o := range obs {
		if j, ok := pos[o.Key()]; ok {
			out[j] = i
			continue
		}
		pos[o.Key()] = len(out)
		out = append(out, i)
	}
	return out
}

// analyzeFrom is the batch size from which the batch table is analysed
// before it is joined.
const analyzeFrom = 2000

// batchColumns are the columns of indicator_batch filled by COPY.
var batchColumns = []string{"ord", "indicator", "geo", "area", "sex", "age", "diploma", "period", "period_start",
	"value", "unit", "publisher", "reported_by", "source_url", "series", "relay_url"}

// copyBatch creates the temporary table indicator_batch, dropped at the
// end of the transaction, and copies the rows obs[last[...]] into it; ord
// is the row's index in obs.
func copyBatch(ctx context.Context, tx pgx.Tx, obs []tools.Observation, last []int) error {
	if _, err := tx.Exec(ctx, `CREATE TEMPORARY TABLE indicator_batch (
		ord integer NOT NULL,
		indicator text COLLATE "C" NOT NULL, geo text COLLATE "C" NOT NULL, area text COLLATE "C" NOT NULL,
		sex text COLLATE "C" NOT NULL, age text COLLATE "C" NOT NULL, diploma text COLLATE "C" NOT NULL,
		period text COLLATE "C" NOT NULL, period_start integer NOT NULL,
		value double precision NOT NULL, unit text NOT NULL, publisher text NOT NULL, reported_by text NOT NULL,
		source_url text COLLATE "C", series text COLLATE "C" NOT NULL, relay_url text COLLATE "C" NOT NULL) ON COMMIT DROP`); err != nil {
		return fmt.Errorf("create batch table: %w", err)
	}
	src := pgx.CopyFromSlice(len(last), func(i int) ([]any, error) {
		o := obs[last[i]]
		var url any
		if o.SourceURL != "" {
			url = o.SourceURL
		}
		return []any{int32(last[i]), o.Indicator, o.Geo, o.Area, o.Sex, o.Age, o.Diploma, o.Period, int32(tools.PeriodStart(o.Period)),
			o.Value, o.Unit, o.Publisher, o.ReportedBy, url, o.Series, o.RelayURL}, nil
	})
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"indicator_batch"}, batchColumns, src); err != nil {
		return fmt.Errorf("copy batch: %w", err)
	}
	// Without statistics the planner takes the batch for a few rows and
	// joins it by nested loops, which a large batch cannot afford.
	if len(last) < analyzeFrom {
		return nil
	}
	if _, err := tx.Exec(ctx, `ANALYZE indicator_batch`); err != nil {
		return fmt.Errorf("analyze batch: %w", err)
	}
	return nil
}

// insertSourcesSQL adds the batch's new source addresses, each with the
// publisher of its first row; known addresses are left as they are.
const insertSourcesSQL = `INSERT INTO sources (source_url, publisher, reported_by)
SELECT DISTINCT ON (source_url) source_url, publisher, reported_by
FROM indicator_batch WHERE source_url IS NOT NULL ORDER BY source_url, ord
ON CONFLICT (source_url) DO NOTHING`

// insertDimensionsSQL records the batch's dimension values and bumps the
// catalogue version when one is new.
const insertDimensionsSQL = `WITH vals (dim, value, sort_key) AS (
    SELECT 'indicator', indicator, 0 FROM indicator_batch
    UNION SELECT 'geo', geo, 0 FROM indicator_batch
    UNION SELECT 'area', area, 0 FROM indicator_batch
    UNION SELECT 'sex', sex, 0 FROM indicator_batch
    UNION SELECT 'age', age, 0 FROM indicator_batch
    UNION SELECT 'diploma', diploma, 0 FROM indicator_batch
    UNION SELECT 'period', period, period_start FROM indicator_batch
), added AS (
    INSERT INTO indicator_dimensions (dim, value, sort_key) SELECT dim, value, sort_key FROM vals
    ON CONFLICT (dim, value) DO NOTHING RETURNING 1
)
UPDATE indicator_catalog SET dimensions_version = dimensions_version + 1 WHERE EXISTS (SELECT 1 FROM added)`

// logChanges appends one indicator_changes row per corrected value.
func logChanges(ctx context.Context, tx pgx.Tx, changes []tools.Change) error {
	if len(changes) == 0 {
		return nil
	}
	cols := []string{"indicator", "geo", "area", "sex", "age", "diploma", "period", "old_value", "new_value"}
	src := pgx.CopyFromSlice(len(changes), func(i int) ([]any, error) {
		c := changes[i]
		k := c.Key
		return []any{k.Indicator, k.Geo, k.Area, k.Sex, k.Age, k.Diploma, k.Period, c.Old, c.New}, nil
	})
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"indicator_changes"}, cols, src); err != nil {
		return fmt.Errorf("log changes: %w", err)
	}
	return nil
}
