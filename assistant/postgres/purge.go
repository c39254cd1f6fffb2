package postgres

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

// purgeBatch is how many rows one DELETE of a purge removes: each
// statement stays well within the conversations' statement timeout (5 s)
// and holds its row locks briefly, however much a first purge of a long
// unpurged table has to remove.
const purgeBatch = 5000

// deleteBatches deletes the rows of table whose column is before cutoff,
// purgeBatch at a time, and returns how many it deleted. table and column
// are this package's constants, never input.
func deleteBatches(ctx context.Context, pool *pgxpool.Pool, table, column string, cutoff time.Time) (int64, error) {
	q := `DELETE FROM ` + table + ` WHERE ctid IN (SELECT ctid FROM ` + table + ` WHERE ` + column + ` < $1 LIMIT $2)`
	var total int64
	for {
		tag, err := pool.Exec(ctx, q, cutoff, purgeBatch)
		if err != nil {
			return total, err
		}
		total += tag.RowsAffected()
		if tag.RowsAffected() < purgeBatch {
			return total, nil
		}
	}
}
