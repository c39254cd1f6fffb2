package tools

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"

	"github.com/marsad/marsad/tools/forecast"
)

// Horizons of forecast_demand, in months: DefaultHorizon when none is
// asked, at most MaxHorizon (one season: beyond it the backtest says
// nothing about the error).
const (
	DefaultHorizon = 6
	MaxHorizon     = 12
	historyShown   = 24 // months of history a one-occupation result carries
	forecastRows   = 10 // occupations a ranking lists by default
)

// ForecastArgs are the arguments of forecast_demand: an occupation (name
// in any language or ISCO-08 code; none ranks every occupation of the
// history), a region (code or place; none: the whole country), a horizon
// in months and the language of the names.
type ForecastArgs struct {
	Occupation string `json:"occupation,omitempty"`
	Region     string `json:"region,omitempty"`
	Horizon    int    `json:"horizon,omitempty"`
	Limit      int    `json:"limit,omitempty"`
	Lang       string `json:"lang,omitempty"`
}

// MonthAds is one month of history.
type MonthAds struct {
	Month string  `json:"month"`
	Ads   float64 `json:"ads"`
}

// Growth compares the ads forecast over the horizon's months with the ads
// of the same months a year before: Change is Next/YearBefore − 1 in
// percent, rounded to one decimal, nil when YearBefore is 0.
type Growth struct {
	From       string   `json:"from"` // first forecast month
	To         string   `json:"to"`   // last forecast month
	Next       float64  `json:"next"`
	YearBefore float64  `json:"year_before"`
	Change     *float64 `json:"change_pct,omitempty"`
}

// TooShort says why a series got no forecast: it has Found months, a
// forecast needs Needed.
type TooShort struct {
	Found  int `json:"found"`
	Needed int `json:"needed"`
}

// ForecastRow is one occupation of a ranking by forecast growth.
type ForecastRow struct {
	Rank     int     `json:"rank"`
	Code     string  `json:"code"`
	Name     string  `json:"name"`
	Growth   Growth  `json:"growth"`
	Method   string  `json:"method"`
	Fallback bool    `json:"fallback"`
	MASE     float64 `json:"mase"`
	SMAPE    float64 `json:"smape"`
}

// ForecastResult is the Data of a forecast_demand result. With an
// occupation: its last months of history, the forecast points with their
// 80 % interval, the method and its backtest errors, and Growth; or
// TooShort when the series is too short to forecast. Without: Rows ranks
// the occupations by Growth.Change (those without a change last) and
// NoForecast counts those with too short a history. Every figure is a
// projection of the history Source describes (demo data when Source.Demo).
type ForecastResult struct {
	Occupation     string `json:"occupation,omitempty"`
	OccupationName string `json:"occupation_name,omitempty"`
	Region         string `json:"region"` // "" for the whole country
	Horizon        int    `json:"horizon"`
	// AskedHorizon is the horizon asked when it was beyond MaxHorizon:
	// Marsad forecasts MaxHorizon months, no further.
	AskedHorizon int           `json:"asked_horizon,omitempty"`
	Source       HistorySource `json:"source"`

	History  []MonthAds       `json:"history,omitempty"`
	Points   []forecast.Point `json:"points,omitempty"`
	Method   string           `json:"method,omitempty"`
	Fallback bool             `json:"fallback"`
	MASE     float64          `json:"mase,omitempty"`
	SMAPE    float64          `json:"smape,omitempty"`
	Growth   *Growth          `json:"growth,omitempty"`
	TooShort *TooShort        `json:"too_short,omitempty"`

	Rows       []ForecastRow `json:"rows,omitempty"`
	Ranked     int           `json:"ranked,omitempty"`      // occupations with a forecast
	NoForecast int           `json:"no_forecast,omitempty"` // occupations with too short a history
}

// ForecastTool is forecast_demand: projections of the monthly count of
// job ads, read from History. Profiles, when not nil, returns the
// occupation profiles whose titles and aliases name and resolve
// occupations (besides the lexicon and the ISCO names). Memo, when not
// nil, keeps the forecasts made, for a History that does not change.
type ForecastTool struct {
	History  AdHistory
	Profiles func(ctx context.Context) ([]Profile, error)
	Memo     *ForecastMemo
}

// Name implements Tool.
func (ForecastTool) Name() string { return NameForecastDemand }

// Description implements Tool.
func (ForecastTool) Description() string {
	return "Forecast of the monthly number of job ads of an occupation (or, without one, the occupations ranked by forecast growth) " +
		"over the next 1 to 12 months, nationally or in one region, with an 80% interval, the method chosen by backtest and its error (MASE, sMAPE). " +
		"Use only for questions about the future: 'quels métiers seront demandés l'an prochain', 'prévision de la demande d'infirmiers à Casablanca', " +
		"'which jobs will be in demand next year'. It never forecasts beyond 12 months; the history is demo data."
}

// Schema implements Tool.
func (ForecastTool) Schema() map[string]any {
	return objectSchema(map[string]any{
		"occupation": map[string]any{"type": "string", "description": "occupation name in any language or ISCO-08 code; empty: rank every occupation"},
		"region":     map[string]any{"type": "string", "description": "region code MA-01..MA-12 or a place name; empty or MA: whole country"},
		"horizon":    map[string]any{"type": "integer", "minimum": 1, "description": "months ahead, default 6; above 12 is answered for 12"},
		"limit":      limitSchema(forecastRows, 50),
		"lang":       langSchema(),
	})
}

// Call implements Tool.
func (t ForecastTool) Call(ctx context.Context, raw json.RawMessage) (Result, error) {
	var a ForecastArgs
	if err := decodeArgs(raw, &a); err != nil {
		return Result{}, err
	}
	if err := checkLang(a.Lang); err != nil {
		return Result{}, err
	}
	res := ForecastResult{Horizon: a.Horizon, Source: t.History.About()}
	switch {
	case a.Horizon == 0:
		res.Horizon = DefaultHorizon
	case a.Horizon < 0:
		return Result{}, &ArgError{Field: "horizon", Value: strconv.Itoa(a.Horizon), Valid: []string{"1 to 12 (months)"}}
	case a.Horizon > MaxHorizon:
		res.Horizon, res.AskedHorizon = MaxHorizon, a.Horizon
	}
	region, ok := ResolveRegion(a.Region)
	if !ok {
		return Result{}, &ArgError{Field: "region", Value: a.Region, Valid: regionChoices()}
	}
	res.Region = region
	var ps []Profile
	if t.Profiles != nil {
		var err error
		if ps, err = t.Profiles(ctx); err != nil {
			return Result{}, fmt.Errorf("%s: %w", t.Name(), err)
		}
	}
	names := ProfileSetOf(ps)
	codes, err := t.History.HistoryOccupations(ctx)
	if err != nil {
		return Result{}, fmt.Errorf("%s: %w", t.Name(), err)
	}
	if a.Occupation == "" {
		err = t.rank(ctx, &res, codes, names, a)
	} else {
		code, _, ok := names.Resolve(a.Occupation)
		if !ok || !slices.Contains(codes, code) {
			return Result{}, &ArgError{Field: "occupation", Value: a.Occupation, Valid: names.choices(codes)}
		}
		res.Occupation, res.OccupationName = code, names.Name(code, a.Lang)
		err = t.one(ctx, &res)
	}
	if err != nil {
		return Result{}, fmt.Errorf("%s: %w", t.Name(), err)
	}
	return Result{Tool: t.Name(), Data: res, Citations: []Citation{t.citation(res.Source)}}, nil
}

// one fills res with the forecast of res.Occupation in res.Region.
func (t ForecastTool) one(ctx context.Context, res *ForecastResult) error {
	s, ok, err := t.series(ctx, res.Occupation, res.Region)
	if err != nil || !ok {
		return err // no ad at all: an empty result, the occupation is known
	}
	for i := max(0, s.Len()-historyShown); i < s.Len(); i++ {
		res.History = append(res.History, MonthAds{Month: s.Period(i).String(), Ads: s.Values[i]})
	}
	fc, err := t.forecast(s, res.Occupation, res.Region, res.Horizon)
	var short *forecast.TooShortError
	if errors.As(err, &short) {
		res.TooShort = &TooShort{Found: short.Found, Needed: short.Needed}
		return nil
	}
	if err != nil {
		return err
	}
	res.Points, res.Method, res.Fallback = roundPoints(fc.Points), fc.Method, fc.Fallback
	res.MASE, res.SMAPE = round2(fc.MASE), round2(fc.SMAPE)
	g := growth(s, fc.Points)
	res.Growth = &g
	return nil
}

// rank fills res.Rows with the occupations of the history ranked by
// forecast growth in res.Region.
func (t ForecastTool) rank(ctx context.Context, res *ForecastResult, codes []string, names ProfileSet, a ForecastArgs) error {
	var rows []ForecastRow
	for _, code := range codes {
		s, ok, err := t.series(ctx, code, res.Region)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		fc, err := t.forecast(s, code, res.Region, res.Horizon)
		if errors.Is(err, forecast.ErrTooShort) {
			res.NoForecast++
			continue
		}
		if err != nil {
			return fmt.Errorf("occupation %s: %w", code, err)
		}
		rows = append(rows, ForecastRow{Code: code, Name: names.Name(code, a.Lang), Growth: growth(s, fc.Points),
			Method: fc.Method, Fallback: fc.Fallback, MASE: round2(fc.MASE), SMAPE: round2(fc.SMAPE)})
	}
	slices.SortStableFunc(rows, func(x, y ForecastRow) int {
		if (x.Growth.Change == nil) != (y.Growth.Change == nil) {
			return cmp.Compare(boolInt(x.Growth.Change == nil), boolInt(y.Growth.Change == nil))
		}
		if x.Growth.Change != nil && *x.Growth.Change != *y.Growth.Change {
			return cmp.Compare(*y.Growth.Change, *x.Growth.Change)
		}
		return cmp.Compare(x.Code, y.Code)
	})
	res.Ranked = len(rows)
	rows = rows[:min(len(rows), clampLimit(a.Limit, forecastRows, 50))]
	for i := range rows {
		rows[i].Rank = i + 1
	}
	res.Rows = rows
	return nil
}

// forecast forecasts s, the series of occupation in place, through the
// memo when there is one.
func (t ForecastTool) forecast(s forecast.Series, occupation, place string, horizon int) (forecast.Result, error) {
	key := forecastKey{history: t.History.About(), occupation: occupation, place: place, horizon: horizon}
	return t.Memo.forecast(key, s)
}

// series reads the monthly counts of code in region as a forecast series;
// ok is false when the history has none.
func (t ForecastTool) series(ctx context.Context, code, region string) (forecast.Series, bool, error) {
	start, counts, err := t.History.MonthlyAds(ctx, code, region)
	if err != nil || len(counts) == 0 {
		return forecast.Series{}, false, err
	}
	p, err := forecast.ParsePeriod(start)
	if err != nil {
		return forecast.Series{}, false, err
	}
	return forecast.Series{Start: p, Values: counts, Counts: true}, true, nil
}

// citation is the source of every figure of a result: a projection made
// by Marsad from the history.
func (t ForecastTool) citation(h HistorySource) Citation {
	title := "Projection of monthly job-ad counts from the history counted by " + h.Source
	if h.Demo {
		title = "Projection of monthly job-ad counts from Marsad's demo history (" + h.Source + ")"
	}
	return Citation{ID: "projection:ad_history:" + h.From + "/" + h.To, Kind: KindProjection, Publisher: "Marsad",
		Title: title, Period: h.From + "/" + h.To, Demo: h.Demo}
}

// growth compares the forecast with the same months a year before.
func growth(s forecast.Series, pts []forecast.Point) Growth {
	g := Growth{From: pts[0].Period, To: pts[len(pts)-1].Period}
	for h, p := range pts {
		g.Next += p.Value
		if i := s.Len() + h - 12; i >= 0 {
			g.YearBefore += s.Values[i]
		}
	}
	g.Next = math.Round(g.Next)
	if g.YearBefore > 0 {
		c := math.Round((g.Next/g.YearBefore-1)*1000) / 10
		g.Change = &c
	}
	return g
}

// roundPoints rounds counts to whole ads: the decimals of a projection
// are noise, and a reader takes them for precision.
func roundPoints(pts []forecast.Point) []forecast.Point {
	out := make([]forecast.Point, len(pts))
	for i, p := range pts {
		out[i] = forecast.Point{Period: p.Period, Value: math.Round(p.Value), Lo: math.Floor(p.Lo), Hi: math.Ceil(p.Hi)}
	}
	return out
}

func round2(v float64) float64 { return math.Round(v*100) / 100 }

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
