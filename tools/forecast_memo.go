package tools

import (
	"sync"

	"github.com/marsad/marsad/tools/forecast"
)

// ForecastMemo keeps the forecasts forecast_demand has made, by series and
// horizon, so that a question asked again costs a map read. A ranking
// makes one forecast per occupation of the history (75 for the demo
// history, about 0.4 s on 2 cores, nearly all of it the backtest), and
// "which jobs will be in demand?" is a question many users ask. A forecast
// depends only on its series, so a memo is valid while the history does
// not change: each entry is keyed by the history's months too (About), and
// a history that gains a month no longer matches its old entries. The
// zero value is ready to use and safe for concurrent use.
type ForecastMemo struct {
	mu      sync.Mutex
	entries map[forecastKey]forecastEntry
}

type forecastKey struct {
	history           HistorySource
	occupation, place string
	horizon           int
}

type forecastEntry struct {
	result forecast.Result
	err    error
}

// maxForecastEntries bounds the memo: every occupation × 13 places × 12
// horizons of a history the size of the demo one fits under it.
const maxForecastEntries = 20000

// forecast returns the forecast of s for key, made once.
func (m *ForecastMemo) forecast(key forecastKey, s forecast.Series) (forecast.Result, error) {
	if m == nil {
		return forecast.Forecast(s, key.horizon)
	}
	m.mu.Lock()
	e, ok := m.entries[key]
	m.mu.Unlock()
	if ok {
		return e.result, e.err
	}
	// Made outside the lock: two callers may make the same forecast once
	// each, which is cheaper than making every other caller wait.
	r, err := forecast.Forecast(s, key.horizon)
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.entries == nil || len(m.entries) >= maxForecastEntries {
		m.entries = make(map[forecastKey]forecastEntry)
	}
	m.entries[key] = forecastEntry{result: r, err: err}
	return r, err
}
