package assistant

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
)

// Chart is a table and a picture of figures a turn's tools returned: a
// series over time or a comparison across places or groups. It is made
// from the tool results alone, never from the answer's text, so a chart
// shows no figure that no tool returned.
type Chart struct {
	// Title says what is shown, in the turn's language.
	Title string `json:"title"`
	// URL addresses the chart's SVG (image/svg+xml), the same for the
	// same picture: "/charts/<sha256-hex>.svg".
	URL string `json:"url"`
	// Caption gives the source (publisher) and the period, in the turn's
	// language.
	Caption string `json:"caption"`
	// Table holds the figures drawn, as the answer writes them.
	Table Table `json:"table"`
}

// Table is a chart's figures as text: Columns are the headers, each of
// Rows has one cell a column.
type Table struct {
	Columns []string   `json:"columns"`
	Rows    [][]string `json:"rows"`
}

// ChartFunc makes the charts of an answered turn from its tool results:
// none (and no error) when no result holds a series or a comparison. An
// error means charts could not be made or stored.
type ChartFunc func(ctx context.Context, t Turn) ([]Chart, error)

// WithCharts has every answered turn carry the charts f makes, before it
// is stored and sent. A failure of f never fails the turn: the turn goes
// without charts and failed (which may be nil) receives the error, for
// the edge to log.
func WithCharts(f ChartFunc, failed func(error)) Option {
	return func(a *Assistant) { a.charter, a.chartFailed = f, failed }
}

// charts returns the charts of t: nil without a ChartFunc (Turn's JSON
// says [] all the same), else a list, empty when f makes none, fails or
// panics.
func (a *Assistant) charts(ctx context.Context, t Turn) (out []Chart) {
	if a.charter == nil {
		return nil
	}
	out = []Chart{}
	defer func() {
		if r := recover(); r != nil {
			out = []Chart{}
			a.reportChart(fmt.Errorf("charts: panic: %v", r))
		}
	}()
	cs, err := a.charter(ctx, t)
	if err != nil {
		a.reportChart(fmt.Errorf("charts: %w", err))
		return out
	}
	if cs == nil {
		return out
	}
	return cs
}

func (a *Assistant) reportChart(err error) {
	if a.chartFailed != nil {
		a.chartFailed(err)
	}
}

// ChartList is a turn's charts. It is written as a list, [] when it has
// none (nil): a turn built by a planner, or stored before turns had
// charts, still gives clients the field they iterate over. HTML
// characters are left as they are; an encoder that escapes them still
// does. The method is the list's and not the Turn's, so that encoding a
// turn encodes it once: encoding/json re-reads and compacts what a
// MarshalJSON method returns, which for a whole turn (its tool results
// included) cost 6 % of a chat turn's CPU.
type ChartList []Chart

// MarshalJSON writes the list, [] when nil.
func (l ChartList) MarshalJSON() ([]byte, error) {
	if l == nil {
		return []byte("[]"), nil
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode([]Chart(l)); err != nil {
		return nil, err
	}
	return bytes.TrimRight(b.Bytes(), "\n"), nil
}
