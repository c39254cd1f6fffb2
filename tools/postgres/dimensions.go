package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/marsad/marsad/tools"
)

// Dimensions implements tools.IndicatorStore. It reads the catalogue
// version (one row) and rereads indicator_dimensions only when another
// Load, from this store or another replica, has added a value since.
// The slices returned are shared: callers must not modify them.
func (s *Store) Dimensions(ctx context.Context) (tools.Dimensions, error) {
	var version int64
	if err := s.pool.QueryRow(ctx, `SELECT dimensions_version FROM indicator_catalog`).Scan(&version); err != nil {
		return tools.Dimensions{}, fmt.Errorf("dimensions: %w", err)
	}
	s.mu.Lock()
	if s.dimsVersion == version {
		d := s.dims
		s.mu.Unlock()
		return d, nil
	}
	s.mu.Unlock()
	d, version, err := s.readDimensions(ctx)
	if err != nil {
		return tools.Dimensions{}, fmt.Errorf("dimensions: %w", err)
	}
	s.mu.Lock()
	if version >= s.dimsVersion {
		s.dims, s.dimsVersion = d, version
	}
	s.mu.Unlock()
	return d, nil
}

// readDimensions reads indicator_dimensions and its version in one
// snapshot. Periods come ordered by (period_start, period), the others by
// value, both as in tools.Dimensions.
func (s *Store) readDimensions(ctx context.Context) (tools.Dimensions, int64, error) {
	var d tools.Dimensions
	var version int64
	err := pgx.BeginTxFunc(ctx, s.pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
		if err := tx.QueryRow(ctx, `SELECT dimensions_version FROM indicator_catalog`).Scan(&version); err != nil {
			return err
		}
		rows, err := tx.Query(ctx, `SELECT dim, value FROM indicator_dimensions ORDER BY dim, sort_key, value`)
		if err != nil {
			return err
		}
		lists := map[string]*[]string{"indicator": &d.Indicators, "geo": &d.Geos, "area": &d.Areas,
			"sex": &d.Sexes, "age": &d.Ages, "diploma": &d.Diplomas, "period": &d.Periods}
		for _, l := range lists {
			*l = []string{}
		}
		var dim, value string
		_, err = pgx.ForEachRow(rows, []any{&dim, &value}, func() error {
			if l, ok := lists[dim]; ok {
				*l = append(*l, value)
			}
			return nil
		})
		return err
	})
	return d, version, err
}
