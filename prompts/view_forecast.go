package prompts

// ForecastView is the data of the "forecast_demand" template: a
// projection of job-ad counts, worded as one (its interval, its method
// and its backtest error), from a demo history. Strings are worded and
// numbers formatted by the caller; flags choose the sentences.
type ForecastView struct {
	Occupation string // name; "" for a ranking of occupations
	Place      string // phrase: "au Maroc", "dans la région Casablanca-Settat"
	Asked      string // the city named, when the forecast is for its region
	Months     string // the horizon in months ("6")
	From, To   string // first and last forecast month ("novembre 2025")

	Points []ForecastPoint // one occupation: the monthly projection

	Method   string // method id: seasonal_naive, naive, drift, holt_winters, holt_winters_log
	Fallback bool   // no method beat seasonal naive on past months
	SMAPE    string // mean backtest error in percent ("11,5 %")
	MASE     string // backtest error relative to seasonal naive ("0,77")

	// Growth of the projected months against the same months a year before.
	Change           string // "+3,1 %", "" when the year before had no ad
	Rising, Falling  bool
	Next, YearBefore string // ads projected, ads of the same months a year before
	PrevFrom, PrevTo string // those months a year before

	// Trend is the change of the last 12 months of history against the 12
	// before ("+4,2 %"), over TrendFrom … HistoryTo: today's trend, told
	// when a year beyond the horizon was asked.
	Trend     string
	TrendFrom string

	HistoryFrom, HistoryTo string // months of the history the projection is made from
	AskedYear              string // a year asked beyond the last projected month ("2030")
	AskedMonths            string // a horizon asked beyond 12 months ("24")

	TooShort      bool   // no projection: the history is too short
	Found, Needed string // months found and needed

	Rows       []ForecastRankRow // no occupation: occupations by projected growth
	Ranked     string            // occupations projected
	NoForecast string            // occupations with too short a history, "" when none

	Kind string // what the figures are: a projection, in words

	// The figures of the method itself, given so that the templates
	// write no number of their own.
	Coverage    string // the interval's coverage ("80 %")
	MaxMonths   string // the longest horizon forecast ("12")
	TrendMonths string // the months of today's trend ("12")
}

// ForecastPoint is one projected month with its 80 % interval.
type ForecastPoint struct {
	Period, Value, Lo, Hi string
}

// ForecastRankRow is one occupation of a ranking by projected growth.
type ForecastRankRow struct {
	Rank            int
	Name            string
	Change          string // "+15,3 %"
	Rising, Falling bool
	SMAPE           string // its method's mean backtest error
	Fallback        bool
	// Trend is today's trend ("+3,2 %", the last TrendMonths months of
	// history against as many before), given when a year beyond the
	// horizon was asked: what Marsad can say of that year is the trend.
	Trend string
}
