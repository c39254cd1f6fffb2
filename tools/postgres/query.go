package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/marsad/marsad/tools"
)

// cellColumns are the dimension columns of a cell, in tools.Cell order.
var cellColumns = []string{"geo", "area", "sex", "age", "diploma"}

const compareColumns = `SELECT geo, area, sex, age, diploma, value, unit, publisher, reported_by, coalesce(source_url, ''), series, relay_url
FROM indicators WHERE indicator = $1 AND period = $2 AND `

// compareSQL holds one constant statement per dimension compared across:
// $1 indicator, $2 period, $3..$6 the other dimensions in cellColumns
// order and, for geo, $7 the geos to keep (empty: every geo but MA). The
// compared dimension's aggregate is left out as tools.Compared does.
var compareSQL = map[string]string{
	"geo": compareColumns + `area = $3 AND sex = $4 AND age = $5 AND diploma = $6
  AND CASE WHEN cardinality($7::text[]) > 0 THEN geo = ANY($7::text[]) ELSE geo <> 'MA' END
ORDER BY value DESC, geo`,
	"area": compareColumns + `geo = $3 AND sex = $4 AND age = $5 AND diploma = $6 AND area <> 'total'
ORDER BY value DESC, area`,
	"sex": compareColumns + `geo = $3 AND area = $4 AND age = $5 AND diploma = $6 AND sex <> 'total'
ORDER BY value DESC, sex`,
	"age": compareColumns + `geo = $3 AND area = $4 AND sex = $5 AND diploma = $6 AND age NOT IN ('total', '15+', 'all')
ORDER BY value DESC, age`,
	"diploma": compareColumns + `geo = $3 AND area = $4 AND sex = $5 AND age = $6 AND diploma <> 'total'
ORDER BY value DESC, diploma`,
}

// Compare implements tools.IndicatorStore. A By other than geo, area,
// sex, age or diploma is an error wrapping tools.ErrBadArgs.
func (s *Store) Compare(ctx context.Context, q tools.CompareQuery) ([]tools.Observation, error) {
	sql, ok := compareSQL[q.By]
	if !ok {
		return nil, &tools.ArgError{Field: "by", Value: q.By, Valid: tools.CompareBy}
	}
	c := q.Cell.WithDefaults()
	args := []any{q.Indicator, q.Period}
	for i, v := range []string{c.Geo, c.Area, c.Sex, c.Age, c.Diploma} {
		if cellColumns[i] != q.By {
			args = append(args, v)
		}
	}
	if q.By == "geo" {
		args = append(args, q.Geos)
	}
	rows, err := s.pool.Query(ctx, sql, args...)
	if err != nil {
		return nil, fmt.Errorf("compare %s: %w", q.Indicator, err)
	}
	out := []tools.Observation{}
	for rows.Next() {
		o := tools.Observation{Indicator: q.Indicator, Period: q.Period}
		if err := rows.Scan(&o.Geo, &o.Area, &o.Sex, &o.Age, &o.Diploma, &o.Value, &o.Unit, &o.Publisher, &o.ReportedBy, &o.SourceURL, &o.Series, &o.RelayURL); err != nil {
			rows.Close()
			return nil, fmt.Errorf("compare %s: %w", q.Indicator, err)
		}
		out = append(out, o)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("compare %s: %w", q.Indicator, err)
	}
	return out, nil
}

// Periods implements tools.IndicatorStore.
func (s *Store) Periods(ctx context.Context, indicator string, cell tools.Cell) ([]string, error) {
	c := cell.WithDefaults()
	rows, err := s.pool.Query(ctx, `SELECT period FROM indicators
WHERE indicator = $1 AND geo = $2 AND area = $3 AND sex = $4 AND age = $5 AND diploma = $6
ORDER BY period_start, period`, indicator, c.Geo, c.Area, c.Sex, c.Age, c.Diploma)
	if err != nil {
		return nil, fmt.Errorf("periods %s: %w", indicator, err)
	}
	out, err := pgx.AppendRows(make([]string, 0), rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("periods %s: %w", indicator, err)
	}
	return out, nil
}

// Cells implements tools.IndicatorStore.
func (s *Store) Cells(ctx context.Context, indicator string) ([]tools.Cell, error) {
	rows, err := s.pool.Query(ctx, `SELECT DISTINCT geo, area, sex, age, diploma FROM indicators
WHERE indicator = $1 ORDER BY geo, area, sex, age, diploma`, indicator)
	if err != nil {
		return nil, fmt.Errorf("cells %s: %w", indicator, err)
	}
	out, err := pgx.AppendRows(make([]tools.Cell, 0), rows, func(r pgx.CollectableRow) (tools.Cell, error) {
		var c tools.Cell
		err := r.Scan(&c.Geo, &c.Area, &c.Sex, &c.Age, &c.Diploma)
		return c, err
	})
	if err != nil {
		return nil, fmt.Errorf("cells %s: %w", indicator, err)
	}
	return out, nil
}
