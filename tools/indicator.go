package tools

import (
	"context"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
)

// Observation is one figure in long format: an indicator for one
// geo / area / sex / age / diploma cell and one period, with its source.
// The natural key is (Indicator, Geo, Area, Sex, Age, Diploma, Period).
type Observation struct {
	Indicator  string  `json:"indicator"`
	Geo        string  `json:"geo"`
	Area       string  `json:"area"`
	Sex        string  `json:"sex"`
	Age        string  `json:"age"`
	Diploma    string  `json:"diploma"`
	Period     string  `json:"period"`
	Value      float64 `json:"value"`
	Unit       string  `json:"unit"`
	Publisher  string  `json:"publisher"`
	ReportedBy string  `json:"reported_by,omitempty"`
	SourceURL  string  `json:"source_url,omitempty"`
	// Series is the series the figure belongs to (SeriesIDs: the labour
	// survey before or after its 2017 reform, before HCP's 2019
	// revision, a census), empty when its file does not say; SeriesOf
	// reads it, falling back on SeriesByRule.
	Series string `json:"series,omitempty"`
	// RelayURL is the page of the relay (ReportedBy) the figure was also
	// read on, when SourceURL is the publisher's own page: nothing of
	// where it was read is lost.
	RelayURL string `json:"relay_url,omitempty"`
}

// Key is the natural key of an observation.
type Key struct {
	Indicator, Geo, Area, Sex, Age, Diploma, Period string
}

// Key returns o's natural key.
func (o Observation) Key() Key {
	return Key{o.Indicator, o.Geo, o.Area, o.Sex, o.Age, o.Diploma, o.Period}
}

// Citation returns the citation of o's source, supporting o's period.
// Observations from the same address share one citation ID, which
// MergeCitations makes one source supporting all their periods.
func (o Observation) Citation() Citation {
	c := o.source()
	c.Supports = []string{o.Period}
	return c
}

// source is Citation without Supports, which citationsOf fills from one
// array for a whole series.
func (o Observation) source() Citation {
	id := o.SourceURL
	if id == "" {
		id = o.Publisher + "/" + o.ReportedBy
	}
	kind := KindOfficial
	if strings.HasPrefix(o.Indicator, "job_ads") {
		kind = KindAdCount
	}
	return Citation{ID: id, Kind: kind, Publisher: o.Publisher, ReportedBy: o.ReportedBy, Period: o.Period, URL: o.SourceURL,
		RelayURL: o.RelayURL}
}

// Cell fixes every dimension but the indicator and the period. Empty fields
// mean the default ("MA", "total", "total", "15+", "total").
type Cell struct {
	Geo     string `json:"geo,omitempty"`
	Area    string `json:"area,omitempty"`
	Sex     string `json:"sex,omitempty"`
	Age     string `json:"age,omitempty"`
	Diploma string `json:"diploma,omitempty"`
}

// The whole population of an age dimension: AgeSurvey is the labour
// survey's (15 and over), AgeAll an administrative count's (no age limit).
// They are different populations, never merged.
const (
	AgeSurvey = "15+"
	AgeAll    = "all"
)

// WithDefaultsFor returns c with an empty age set to the whole population
// of the indicator (its Definition's Age: AgeAll for CNSS, ANAPEC and
// consular counts, 15-24 for NEET figures), then the other empty fields
// as WithDefaults sets them.
func (c Cell) WithDefaultsFor(indicator string) Cell {
	if d, ok := LookupDefinition(indicator); ok && c.Age == "" && d.Age != "" {
		c.Age = d.Age
	}
	return c.WithDefaults()
}

// WithDefaults returns c with empty fields set to the national total.
func (c Cell) WithDefaults() Cell {
	def := func(s, d string) string {
		if s == "" {
			return d
		}
		return s
	}
	return Cell{def(c.Geo, "MA"), def(c.Area, "total"), def(c.Sex, "total"), def(c.Age, "15+"), def(c.Diploma, "total")}
}

// SeriesQuery selects one indicator in one cell over a period range.
// From and To are inclusive period bounds compared as periods (see
// ComparePeriods); empty means open. Frequency "annual" keeps years only,
// "quarterly" quarters only, "" keeps both.
type SeriesQuery struct {
	Indicator string
	Cell      Cell
	From, To  string
	Frequency string
}

// Matches reports whether period p is one q asks for: of its
// frequency and within its range (InRange). Stores filter a series with it.
func (q SeriesQuery) Matches(p string) bool {
	return MatchFrequency(p, q.Frequency) && InRange(p, q.From, q.To)
}

// Keep returns the observations of obs whose periods q asks for, in their
// order, in obs's own array (a series a store returned is the caller's):
// obs itself when it keeps them all.
func (q SeriesQuery) Keep(obs []Observation) []Observation {
	if q.From == "" && q.To == "" && q.Frequency == "" {
		return obs
	}
	out := obs[:0]
	for _, o := range obs {
		if q.Matches(o.Period) {
			out = append(out, o)
		}
	}
	return out
}

// Kept returns a copy of the observations of obs whose periods q asks for,
// in their order: never nil, and obs is left as it is (Keep's result
// without writing over obs's array).
func (q SeriesQuery) Kept(obs []Observation) []Observation {
	n := 0
	for _, o := range obs {
		if q.Matches(o.Period) {
			n++
		}
	}
	out := make([]Observation, 0, n)
	for _, o := range obs {
		if q.Matches(o.Period) {
			out = append(out, o)
		}
	}
	return out
}

// CompareQuery selects one indicator for one period across the values of one
// dimension (By: "geo", "area", "sex", "age" or "diploma"), the other
// dimensions fixed by Cell. The compared dimension's aggregate value is left
// out: "MA" for geo, "total" for the others (and "15+" and "all" for age). For
// By == "geo", Geos restricts the geos compared (empty: every geo but MA).
type CompareQuery struct {
	Indicator string
	Period    string
	By        string
	Cell      Cell
	Geos      []string
}

// Dimensions lists the values present in a store, each sorted (Periods by
// ComparePeriods, the others as strings).
type Dimensions struct {
	Indicators []string
	Geos       []string
	Areas      []string
	Sexes      []string
	Ages       []string
	Diplomas   []string
	Periods    []string
}

// LoadSummary counts what a Load did.
type LoadSummary struct {
	Read      int `json:"read"`
	Inserted  int `json:"inserted"`
	Updated   int `json:"updated"`
	Unchanged int `json:"unchanged"`
	// Changes lists each corrected value (old -> new) so that the caller
	// can log it.
	Changes []Change `json:"changes,omitempty"`
}

// Change is a stored value replaced by a corrected one.
type Change struct {
	Key      Key
	Old, New float64
}

// IndicatorStore holds observations. Implementations are safe for
// concurrent use.
type IndicatorStore interface {
	// Series returns the matching observations ordered by period
	// (ComparePeriods), an empty slice and no error when nothing matches.
	Series(ctx context.Context, q SeriesQuery) ([]Observation, error)
	// Compare returns the matching observations ordered by value,
	// highest first, ties by the compared dimension's value; an empty slice
	// when nothing matches.
	Compare(ctx context.Context, q CompareQuery) ([]Observation, error)
	// Periods returns the periods present for an indicator in a cell,
	// ordered; empty when none.
	Periods(ctx context.Context, indicator string, c Cell) ([]string, error)
	// Cells returns the distinct cells that have figures for an indicator,
	// ordered by geo, area, sex, age, diploma; empty when none.
	Cells(ctx context.Context, indicator string) ([]Cell, error)
	// Dimensions returns the values present in the store.
	Dimensions(ctx context.Context) (Dimensions, error)
	// Load validates every observation (ValidateObservation) and then
	// upserts them all by natural key, atomically: on any error nothing is
	// stored and the store keeps its previous state. A value that differs
	// from the stored one replaces it and is reported in Changes.
	Load(ctx context.Context, obs []Observation) (LoadSummary, error)
	Close() error
}

// SeriesLender is an IndicatorStore that can show a series without
// copying it. LendSeries calls f once with the observations Series(ctx, q)
// would return, which f must not modify nor keep after it returns; f runs
// under the store's read lock, so it must not call the store. On error f
// is not called. indicator_series reads a cell's whole series to keep a
// year or two of it (SeriesTool): copying all of it out of the embedded
// store first was two thirds of the tool's CPU.
type SeriesLender interface {
	LendSeries(ctx context.Context, q SeriesQuery, f func([]Observation)) error
}

// ValidateObservation checks one row. The error wraps ErrBadData and names
// the field and what was expected.
func ValidateObservation(o Observation) error {
	bad := func(field, val, want string) error {
		return &FieldError{Field: field, Value: val, Want: want}
	}
	switch {
	case o.Indicator == "" || !indicatorIDRe.MatchString(o.Indicator):
		return bad("indicator", o.Indicator, "an indicator id in snake_case (a-z, 0-9, _)")
	case !IsGeo(o.Geo):
		return bad("geo", o.Geo, "MA, MA-SUD or an ISO 3166-2:MA region code MA-01 … MA-12")
	case !oneOf(o.Area, Areas):
		return bad("area", o.Area, strings.Join(Areas, ", "))
	case !oneOf(o.Sex, Sexes):
		return bad("sex", o.Sex, strings.Join(Sexes, ", "))
	case !ageRe.MatchString(o.Age):
		return bad("age", o.Age, "15+ (the labour survey's population), all (an administrative count with no age limit), total, or an age band such as 15-24, 45+")
	case !oneOf(o.Diploma, Diplomas):
		return bad("diploma", o.Diploma, strings.Join(Diplomas, ", "))
	case !ValidPeriod(o.Period):
		return bad("period", o.Period, "a year (2024), a quarter (2024-Q3), a month (2024-05), an interval of months (2022-01/2022-07) or a date (2021-04-30)")
	case o.Unit == "":
		return bad("unit", o.Unit, "a unit such as percent, persons, jobs (year on year)")
	case o.Publisher == "":
		return bad("publisher", o.Publisher, "the publisher of the figure (HCP, ANAPEC, CNSS…)")
	case math.IsNaN(o.Value) || math.IsInf(o.Value, 0):
		return bad("value", strconv.FormatFloat(o.Value, 'f', -1, 64), "a finite number")
	case o.Unit == "percent" && (o.Value < 0 || o.Value > 100):
		return bad("value", strconv.FormatFloat(o.Value, 'f', -1, 64), "a percentage between 0 and 100")
	}
	if p := seriesProblem(o); p != "" {
		return bad("series", o.Series, p)
	}
	return nil
}

// FieldError is a bad field in a data row.
type FieldError struct {
	Field, Value, Want string
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("field %s: got %q, want %s", e.Field, e.Value, e.Want)
}

// Unwrap makes errors.Is(err, ErrBadData) true.
func (e *FieldError) Unwrap() error { return ErrBadData }

var (
	indicatorIDRe = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)
	// ageRe: AgeAll is not 15+: a register or an administrative count
	// (ANAPEC, CNSS, consulates) has no age limit, children included.
	ageRe = regexp.MustCompile(`^(total|all|\d{1,2}\+|\d{1,2}-\d{1,2})$`)
)

// Allowed values of the fixed dimensions.
var (
	Areas    = []string{"total", "urban", "rural"}
	Sexes    = []string{"total", "male", "female"}
	Diplomas = []string{"total", "none", "medium", "higher", "graduate"}
	// Regions are the twelve ISO 3166-2:MA regions.
	Regions = []string{"MA-01", "MA-02", "MA-03", "MA-04", "MA-05", "MA-06", "MA-07", "MA-08", "MA-09", "MA-10", "MA-11", "MA-12"}
)

// IsGeo reports whether g is MA, MA-SUD or a region code.
func IsGeo(g string) bool {
	return g == "MA" || g == "MA-SUD" || oneOf(g, Regions)
}

func oneOf(s string, set []string) bool {
	for _, v := range set {
		if s == v {
			return true
		}
	}
	return false
}

// DimensionValue returns o's value for dimension dim (geo, area, sex, age,
// diploma), or "" for another name.
func DimensionValue(o Observation, dim string) string {
	switch dim {
	case "geo":
		return o.Geo
	case "area":
		return o.Area
	case "sex":
		return o.Sex
	case "age":
		return o.Age
	case "diploma":
		return o.Diploma
	}
	return ""
}

// SetDimension returns c with dimension dim set to v.
func SetDimension(c Cell, dim, v string) Cell {
	switch dim {
	case "geo":
		c.Geo = v
	case "area":
		c.Area = v
	case "sex":
		c.Sex = v
	case "age":
		c.Age = v
	case "diploma":
		c.Diploma = v
	}
	return c
}

// Compared reports whether value v of the compared dimension belongs in a
// comparison: aggregates are left out and, for geos, only q.Geos when set.
func Compared(q CompareQuery, v string) bool {
	switch {
	case q.By == "geo" && len(q.Geos) > 0:
		return oneOf(v, q.Geos)
	case q.By == "geo":
		return v != "MA"
	case q.By == "age":
		return v != "total" && v != "15+" && v != AgeAll
	}
	return v != "total"
}
