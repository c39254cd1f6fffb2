package postgres

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strconv"

	"github.com/marsad/marsad/tools"
)

// where builds the conditions of a query and numbers its parameters.
// Only the conditions a query sets are written, so that each shape of
// query is its own prepared statement with a plan for its indexes,
// rather than one generic plan full of "$1 = ” OR ...".
type where struct {
	conds []string
	args  []any
}

// arg adds v as a parameter and returns its placeholder.
func (w *where) arg(v any) string {
	w.args = append(w.args, v)
	return "$" + strconv.Itoa(len(w.args))
}

func (w *where) add(cond string) { w.conds = append(w.conds, cond) }

// sql returns the conditions as a WHERE clause, "" when there is none.
// It joins fixed SQL fragments and placeholders only, never values.
func (w *where) sql() string {
	out := ""
	for i, c := range w.conds {
		if i == 0 {
			out = " WHERE " + c
		} else {
			out += " AND " + c
		}
	}
	return out
}

// cellConditions adds the conditions of q on the columns that job_ads and
// the aggregate tables share (month, region, sector, occupation), the
// skill aside. A region "" or "MA" is the whole country. An ad without a
// month matches only when neither bound is set.
func (w *where) cellConditions(occupations []string, region, sector, from, to string) {
	if len(occupations) > 0 {
		w.add("occupation = ANY(" + w.arg(occupations) + "::text[])")
	}
	if region != "" && region != "MA" {
		w.add("region = " + w.arg(region))
	}
	if sector != "" {
		w.add("sector = " + w.arg(sector))
	}
	if from != "" {
		w.add("month >= " + w.arg(from))
	}
	if to != "" {
		w.add("month <= " + w.arg(to) + " AND month <> ''")
	}
}

// cellsSQL returns the aggregate cells matching q: the ad cells, or the
// cells of q.Skill's ads when it names one.
func cellsSQL(q tools.AdCountQuery, w *where) string {
	w.cellConditions(q.Occupations, q.Region, q.Sector, q.From, q.To)
	if q.Skill == "" {
		return "demand_ads_monthly" + w.sql()
	}
	w.add("skill = " + w.arg(q.Skill))
	return "demand_skills_monthly" + w.sql()
}

// Kinds of the rows tally reads: one group of the cells each.
const (
	byOccupation = "o"
	bySite       = "s"
	byMonth      = "m"
	bySkill      = "k"
)

// tally reads the matching cells grouped by site, by month and, when
// occupations is set, by occupation, in one scan (GROUPING SETS); with
// skills set it adds the skill counts of the matching skill cells.
// fn gets each group's kind, key and number of ads.
func (s *Store) tally(ctx context.Context, q tools.AdCountQuery, occupations, skills bool, fn func(kind, key string, ads int)) error {
	var w where
	// A column outside a row's grouping set is NULL in that row, so the
	// coalesce is the row's key ('' stays '': it is not NULL).
	kindSQL := `CASE WHEN GROUPING(source_site) = 0 THEN '` + bySite + `' ELSE '` + byMonth + `' END`
	keySQL, sets := "coalesce(source_site, month)", "(source_site), (month)"
	if occupations {
		kindSQL = `CASE WHEN GROUPING(source_site) = 0 THEN '` + bySite + `' WHEN GROUPING(month) = 0 THEN '` + byMonth +
			`' ELSE '` + byOccupation + `' END`
		keySQL, sets = "coalesce(source_site, month, occupation)", sets+", (occupation)"
	}
	sql := `SELECT ` + kindSQL + `, ` + keySQL + `, sum(ads)::bigint FROM ` + cellsSQL(q, &w) + ` GROUP BY GROUPING SETS (` + sets + `)`
	if skills {
		// The same conditions and parameters: the skill cells have the
		// columns of the ad cells, and q.Skill's condition when it is set.
		sql += ` UNION ALL SELECT '` + bySkill + `', skill, sum(ads)::bigint FROM demand_skills_monthly` + w.sql() + ` GROUP BY skill`
	}
	rows, err := s.pool.Query(ctx, sql, w.args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	var kind, key string
	var n int64
	for rows.Next() {
		if err := rows.Scan(&kind, &key, &n); err != nil {
			return err
		}
		fn(kind, key, int(n))
	}
	return rows.Err()
}

// scoper accumulates a Scope from the site and month groups of tally.
type scoper struct {
	ads    int
	sites  []tools.SiteCount
	lo, hi string
}

// add takes a row of tally; it reports whether the row was a scope row.
func (sc *scoper) add(kind, key string, n int) bool {
	switch kind {
	case bySite:
		sc.ads += n // every cell has one site: the site groups sum to the scope
		sc.sites = append(sc.sites, tools.SiteCount{Site: key, Ads: n})
	case byMonth:
		if key != "" {
			if sc.lo == "" || key < sc.lo {
				sc.lo = key
			}
			sc.hi = max(sc.hi, key)
		}
	default:
		return false
	}
	return true
}

func (sc *scoper) scope() tools.Scope {
	sites := append([]tools.SiteCount{}, sc.sites...)
	slices.SortFunc(sites, func(a, b tools.SiteCount) int { return cmp.Or(cmp.Compare(b.Ads, a.Ads), cmp.Compare(a.Site, b.Site)) })
	return tools.Scope{Ads: sc.ads, Sites: sites, From: sc.lo, To: sc.hi}
}

// ranking sorts counts highest first, ties by key, and keeps limit (0: all).
func ranking(rows []tools.Count, limit int) []tools.Count {
	rows = append([]tools.Count{}, rows...)
	slices.SortFunc(rows, func(a, b tools.Count) int { return cmp.Or(cmp.Compare(b.Ads, a.Ads), cmp.Compare(a.Key, b.Key)) })
	if limit > 0 && len(rows) > limit {
		rows = rows[:limit]
	}
	return rows
}

// TopOccupations implements tools.AdCounter from demand_ads_monthly
// (demand_skills_monthly when q.Skill is set).
func (s *Store) TopOccupations(ctx context.Context, q tools.AdCountQuery, limit int) (tools.Ranking, error) {
	var sc scoper
	var rows []tools.Count
	err := s.tally(ctx, q, true, false, func(kind, key string, n int) {
		if !sc.add(kind, key, n) && key != "" {
			rows = append(rows, tools.Count{Key: key, Ads: n})
		}
	})
	if err != nil {
		return tools.Ranking{}, fmt.Errorf("top occupations: %w", err)
	}
	return tools.Ranking{Rows: ranking(rows, limit), Scope: sc.scope()}, nil
}

// SkillsInDemand implements tools.AdCounter from the aggregate tables.
func (s *Store) SkillsInDemand(ctx context.Context, q tools.AdCountQuery, limit int) (tools.Ranking, error) {
	var sc scoper
	var rows []tools.Count
	err := s.tally(ctx, q, false, true, func(kind, key string, n int) {
		if !sc.add(kind, key, n) {
			rows = append(rows, tools.Count{Key: key, Ads: n})
		}
	})
	if err != nil {
		return tools.Ranking{}, fmt.Errorf("skills in demand: %w", err)
	}
	return tools.Ranking{Rows: ranking(rows, limit), Scope: sc.scope()}, nil
}

// Trend implements tools.AdCounter from the aggregate tables.
func (s *Store) Trend(ctx context.Context, q tools.AdCountQuery) (tools.Ranking, error) {
	var sc scoper
	counts := map[string]int{}
	err := s.tally(ctx, q, false, false, func(kind, key string, n int) {
		sc.add(kind, key, n)
		if kind == byMonth && key != "" {
			counts[key] = n
		}
	})
	if err != nil {
		return tools.Ranking{}, fmt.Errorf("trend: %w", err)
	}
	return tools.Ranking{Rows: tools.MonthRows(sc.lo, sc.hi, counts), Scope: sc.scope()}, nil
}
