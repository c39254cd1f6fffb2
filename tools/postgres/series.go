package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/marsad/marsad/tools"
)

const seriesSQL = `SELECT payload FROM indicator_series
WHERE indicator = $1 AND geo = $2 AND area = $3 AND sex = $4 AND age = $5 AND diploma = $6`

// Series implements tools.IndicatorStore. It reads the series' payload
// (one row of indicator_series) and keeps the periods asked for.
func (s *Store) Series(ctx context.Context, q tools.SeriesQuery) ([]tools.Observation, error) {
	c := q.Cell.WithDefaults()
	rows, err := s.pool.Query(ctx, seriesSQL, q.Indicator, c.Geo, c.Area, c.Sex, c.Age, c.Diploma)
	if err != nil {
		return nil, fmt.Errorf("series %s: %w", q.Indicator, err)
	}
	defer rows.Close()
	if !rows.Next() {
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("series %s: %w", q.Indicator, err)
		}
		return []tools.Observation{}, nil
	}
	// The payload is decoded from pgx's read buffer, not from a copy
	// (decodeSeries copies the few strings it keeps), when it comes in
	// binary form, as bytea does unless the connection is set to the
	// simple protocol.
	var payload []byte
	if rows.FieldDescriptions()[0].Format == pgx.BinaryFormatCode {
		payload = rows.RawValues()[0]
	} else if err := rows.Scan(&payload); err != nil {
		return nil, fmt.Errorf("series %s: %w", q.Indicator, err)
	}
	lo, hi := tools.PeriodBounds(q.From, q.To)
	base := tools.Observation{Indicator: q.Indicator, Geo: c.Geo, Area: c.Area, Sex: c.Sex, Age: c.Age, Diploma: c.Diploma}
	out, err := decodeSeries(nil, payload, base, lo, hi, q.Frequency)
	if err != nil {
		return nil, fmt.Errorf("series %s: %w", q.Indicator, err)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("series %s: %w", q.Indicator, err)
	}
	if out == nil {
		out = []tools.Observation{}
	}
	return out, nil
}

// seriesKey names one series: an indicator in one cell.
type seriesKey struct {
	indicator string
	cell      tools.Cell
}

func seriesOf(k tools.Key) seriesKey {
	return seriesKey{k.Indicator, tools.Cell{Geo: k.Geo, Area: k.Area, Sex: k.Sex, Age: k.Age, Diploma: k.Diploma}}
}

// missingSeriesSQL lists the series of the batch that have no payload.
const missingSeriesSQL = `SELECT DISTINCT indicator, geo, area, sex, age, diploma FROM indicator_batch b
WHERE NOT EXISTS (SELECT 1 FROM indicator_series s WHERE s.indicator = b.indicator AND s.geo = b.geo
    AND s.area = b.area AND s.sex = b.sex AND s.age = b.age AND s.diploma = b.diploma)`

// seriesRowsSQL reads the rows of the series named by six arrays, grouped
// by series and in period order.
const seriesRowsSQL = `SELECT i.indicator, i.geo, i.area, i.sex, i.age, i.diploma,
    i.period, i.period_start, i.value, i.unit, i.publisher, i.reported_by, coalesce(i.source_url, ''), i.series, i.relay_url
FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS k (indicator, geo, area, sex, age, diploma)
JOIN indicators i USING (indicator, geo, area, sex, age, diploma)
ORDER BY i.indicator, i.geo, i.area, i.sex, i.age, i.diploma, i.period_start, i.period`

const upsertSeriesSQL = `INSERT INTO indicator_series AS s (indicator, geo, area, sex, age, diploma, payload)
SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bytea[])
ON CONFLICT (indicator, geo, area, sex, age, diploma) DO UPDATE SET payload = EXCLUDED.payload`

// rebuildSeries rewrites the payload of the series in dirty and of the
// batch's series that have none yet, from indicators.
func rebuildSeries(ctx context.Context, tx pgx.Tx, dirty map[seriesKey]bool) error {
	rows, err := tx.Query(ctx, missingSeriesSQL)
	if err != nil {
		return fmt.Errorf("series: %w", err)
	}
	var k seriesKey
	_, err = pgx.ForEachRow(rows, []any{&k.indicator, &k.cell.Geo, &k.cell.Area, &k.cell.Sex, &k.cell.Age, &k.cell.Diploma}, func() error {
		dirty[k] = true
		return nil
	})
	if err != nil {
		return fmt.Errorf("series: %w", err)
	}
	if len(dirty) == 0 {
		return nil
	}
	keys := keyColumns(dirty)
	payloads, err := readSeries(ctx, tx, keys)
	if err != nil {
		return fmt.Errorf("series: %w", err)
	}
	if _, err := tx.Exec(ctx, upsertSeriesSQL, payloads.cols[0], payloads.cols[1], payloads.cols[2],
		payloads.cols[3], payloads.cols[4], payloads.cols[5], payloads.data); err != nil {
		return fmt.Errorf("series: write: %w", err)
	}
	return nil
}

// keyColumns returns the series keys as six columns for unnest.
func keyColumns(keys map[seriesKey]bool) [6][]string {
	var cols [6][]string
	for k := range keys {
		c := k.cell
		for i, v := range []string{k.indicator, c.Geo, c.Area, c.Sex, c.Age, c.Diploma} {
			cols[i] = append(cols[i], v)
		}
	}
	return cols
}

// encodedSeries are payloads with their keys as six columns.
type encodedSeries struct {
	cols [6][]string
	data [][]byte
}

func (e *encodedSeries) add(k seriesKey, entries []entry) {
	if len(entries) == 0 {
		return
	}
	c := k.cell
	for i, v := range []string{k.indicator, c.Geo, c.Area, c.Sex, c.Age, c.Diploma} {
		e.cols[i] = append(e.cols[i], v)
	}
	e.data = append(e.data, encodeSeries(entries))
}

// readSeries reads the rows of the series named by keys and encodes them.
func readSeries(ctx context.Context, tx pgx.Tx, keys [6][]string) (encodedSeries, error) {
	var out encodedSeries
	rows, err := tx.Query(ctx, seriesRowsSQL, keys[0], keys[1], keys[2], keys[3], keys[4], keys[5])
	if err != nil {
		return out, err
	}
	var cur, k seriesKey
	var entries []entry
	var e entry
	_, err = pgx.ForEachRow(rows, []any{&k.indicator, &k.cell.Geo, &k.cell.Area, &k.cell.Sex, &k.cell.Age, &k.cell.Diploma,
		&e.period, &e.start, &e.value, &e.unit, &e.publisher, &e.reported, &e.url, &e.series, &e.relay}, func() error {
		if k != cur {
			out.add(cur, entries)
			cur, entries = k, entries[:0]
		}
		entries = append(entries, e)
		return nil
	})
	out.add(cur, entries)
	return out, err
}
