package postgres

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/marsad/marsad/tools"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// migration is one versioned schema change, read from migrations/NNNN_name.sql.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the embedded migrations ordered by version. The
// version is the number before the first underscore of the file name.
func migrations() ([]migration, error) {
	names, err := fs.Glob(migrationFiles, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	out := make([]migration, 0, len(names))
	for _, n := range names {
		base := strings.TrimSuffix(path.Base(n), ".sql")
		num, _, _ := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if err != nil {
			return nil, fmt.Errorf("migration %s: no version number: %w", n, err)
		}
		body, err := migrationFiles.ReadFile(n)
		if err != nil {
			return nil, err
		}
		out = append(out, migration{version: v, name: base, sql: string(body)})
	}
	slices.SortFunc(out, func(a, b migration) int { return a.version - b.version })
	for i := 1; i < len(out); i++ {
		if out[i].version == out[i-1].version {
			return nil, fmt.Errorf("migrations %s and %s share version %d", out[i-1].name, out[i].name, out[i].version)
		}
	}
	return out, nil
}

// Advisory lock classes (first key of pg_advisory_xact_lock); the second
// key is the hash of the current schema, so stores in different schemas
// of one database do not wait for each other.
const (
	lockMigrate = 0x4d_41_52_01 // "MAR" 1
	lockLoad    = 0x4d_41_52_02 // "MAR" 2
)

const lockSQL = `SELECT pg_advisory_xact_lock($1, hashtext(coalesce(current_schema(), '')))`

// Migrate applies the pending migrations to the database of pool: the
// schema of every table Marsad keeps in PostgreSQL, whichever package
// reads it (ingest/postgres keeps its own tables in it too). Open calls
// it; it is safe to call again and from several processes at once.
func Migrate(ctx context.Context, pool *pgxpool.Pool) error { return migrate(ctx, pool) }

// migrate applies the migrations not yet recorded in schema_migrations and
// refreshes indicator_definitions from tools.Definitions, all in one
// transaction under an advisory lock: replicas starting together apply
// each migration once, and a failed migration leaves the schema as it was.
func migrate(ctx context.Context, pool *pgxpool.Pool) error {
	all, err := migrations()
	if err != nil {
		return err
	}
	return writeTx(ctx, pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, lockSQL, lockMigrate); err != nil {
			return fmt.Errorf("lock: %w", err)
		}
		if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
			version    integer PRIMARY KEY,
			name       text NOT NULL,
			applied_at timestamptz NOT NULL DEFAULT now())`); err != nil {
			return fmt.Errorf("create schema_migrations: %w", err)
		}
		done, err := appliedVersions(ctx, tx)
		if err != nil {
			return err
		}
		for _, m := range all {
			if done[m.version] {
				continue
			}
			if _, err := tx.Exec(ctx, m.sql); err != nil {
				return fmt.Errorf("migration %s: %w", m.name, err)
			}
			if _, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version, name) VALUES ($1, $2)`, m.version, m.name); err != nil {
				return fmt.Errorf("record migration %s: %w", m.name, err)
			}
		}
		return seedDefinitions(ctx, tx)
	})
}

func appliedVersions(ctx context.Context, tx pgx.Tx) (map[int]bool, error) {
	rows, err := tx.Query(ctx, `SELECT version FROM schema_migrations`)
	if err != nil {
		return nil, fmt.Errorf("read schema_migrations: %w", err)
	}
	vs, err := pgx.CollectRows(rows, pgx.RowTo[int32])
	if err != nil {
		return nil, fmt.Errorf("read schema_migrations: %w", err)
	}
	done := make(map[int]bool, len(vs))
	for _, v := range vs {
		done[int(v)] = true
	}
	return done, nil
}

// seedDefinitions upserts tools.Definitions into indicator_definitions,
// rewriting only the rows whose text changed.
func seedDefinitions(ctx context.Context, tx pgx.Tx) error {
	defs := tools.Definitions()
	cols := make([][]string, 6)
	for _, d := range defs {
		for i, v := range []string{d.ID, d.Names["fr"], d.Names["ar"], d.Names["en"], d.Unit, d.Description} {
			cols[i] = append(cols[i], v)
		}
	}
	_, err := tx.Exec(ctx, `INSERT INTO indicator_definitions AS d (id, name_fr, name_ar, name_en, unit, description)
		SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
		ON CONFLICT (id) DO UPDATE SET name_fr = EXCLUDED.name_fr, name_ar = EXCLUDED.name_ar,
			name_en = EXCLUDED.name_en, unit = EXCLUDED.unit, description = EXCLUDED.description
		WHERE (d.name_fr, d.name_ar, d.name_en, d.unit, d.description)
			IS DISTINCT FROM (EXCLUDED.name_fr, EXCLUDED.name_ar, EXCLUDED.name_en, EXCLUDED.unit, EXCLUDED.description)`,
		cols[0], cols[1], cols[2], cols[3], cols[4], cols[5])
	if err != nil {
		return fmt.Errorf("seed indicator_definitions: %w", err)
	}
	return nil
}
