package postgres

import (
	"context"
	"testing"

	"github.com/marsad/marsad/tools"
)

// downgrade0007 takes a schema back to what migration 0006 left, with the
// figures it holds, as a database written before 0007 would be.
const downgrade0007 = `ALTER TABLE indicators DROP CONSTRAINT indicators_period_check;
ALTER TABLE indicators ADD CONSTRAINT indicators_period_check
    CHECK (period ~ '^(19|20)[0-9]{2}(-Q[1-4]|-(0[1-9]|1[0-2]))?$');
ALTER TABLE indicators DROP COLUMN frequency;
ALTER TABLE indicators ADD COLUMN frequency text NOT NULL GENERATED ALWAYS AS (
    CASE WHEN length(period) = 4 THEN 'annual' WHEN substr(period, 6, 1) = 'Q' THEN 'quarterly' ELSE 'monthly' END) STORED;
DELETE FROM schema_migrations WHERE version = 7`

// A database of the previous seed takes the new seed's intervals, dates
// and ages all after 0007, its figures unchanged, each period's frequency
// column naming its form.
func TestMigration0007TakesIntervalsAndDates(t *testing.T) {
	dsn := newSchema(t)
	ctx := context.Background()
	var previous, fresh []tools.Observation
	for _, o := range readSeed(t) {
		if tools.MatchFrequency(o.Period, tools.FreqInterval) || tools.MatchFrequency(o.Period, tools.FreqDate) {
			fresh = append(fresh, o)
		} else {
			previous = append(previous, o)
		}
	}
	s := mustOpen(t, dsn)
	if _, err := s.Load(ctx, previous); err != nil {
		t.Fatal(err)
	}
	s.Close()
	conn := mustConnect(t, dsn)
	if _, err := conn.Exec(ctx, downgrade0007); err != nil {
		t.Fatal(err)
	}
	conn.Close(ctx)

	s = mustOpen(t, dsn) // applies 0007
	sum, err := s.Load(ctx, append(previous, fresh...))
	if err != nil || sum.Inserted != len(fresh) || sum.Unchanged != len(previous) || len(fresh) == 0 {
		t.Fatalf("Load after 0007 = %+v, %v; want %d inserted, %d unchanged", sum, err, len(fresh), len(previous))
	}
	for _, p := range []string{"2024", "2024-Q3", "2022-01/2022-07", "2021-04-30"} {
		want := tools.PeriodFrequency(p)
		if n := mustQueryInt(t, dsn, `SELECT count(*) FROM indicators WHERE period = $1 AND frequency <> $2`, p, want); n != 0 {
			t.Errorf("%d rows of %s with a frequency other than %s", n, p, want)
		}
	}
}
