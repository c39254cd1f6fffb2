package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/marsad/marsad/tools"
)

// Catalog implements tools.AdCounter from demand_values and
// demand_totals (a few hundred rows), read in one snapshot. Nothing is
// cached, so that every replica sees the values another one added.
func (s *Store) Catalog(ctx context.Context) (tools.AdCatalog, error) {
	c := tools.AdCatalog{Occupations: []string{}, Regions: []string{}, Sectors: []string{}, Skills: []string{},
		Contracts: []string{}, Sites: []string{}, Months: []string{}}
	lists := map[string]*[]string{"occupation": &c.Occupations, "region": &c.Regions, "sector": &c.Sectors,
		"skill": &c.Skills, "contract": &c.Contracts, "site": &c.Sites, "month": &c.Months}
	err := pgx.BeginTxFunc(ctx, s.pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
		if err := tx.QueryRow(ctx, `SELECT ads FROM demand_totals`).Scan(&c.Ads); err != nil {
			return err
		}
		// YYYY-MM months and MA-NN regions sort chronologically and in
		// code order as bytes.
		rows, err := tx.Query(ctx, `SELECT dim, value FROM demand_values ORDER BY dim, value`)
		if err != nil {
			return err
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
	if err != nil {
		return tools.AdCatalog{}, fmt.Errorf("demand catalog: %w", err)
	}
	return c, nil
}
