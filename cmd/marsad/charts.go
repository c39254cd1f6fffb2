package main

import (
	"path/filepath"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/web"
	"github.com/marsad/marsad/web/chart"
)

// chartOptions has the turns of serve and ask carry charts, their
// pictures stored under the data folder's charts/, so that a later serve
// on the same folder serves what ask drew. Other commands draw none (eval
// would fill the folder with pictures nobody asks for).
func (a *app) chartOptions() ([]assistant.Option, error) {
	if a.cfg.Command != "serve" && a.cfg.Command != "ask" {
		return nil, nil
	}
	store, err := chart.OpenStore(filepath.Join(a.cfg.DataDir, "charts"))
	if err != nil {
		return nil, err
	}
	a.charts = store
	return []assistant.Option{assistant.WithCharts(chart.NewMaker(store).Charts, a.chartFailed)}, nil
}

// chartFailed hands a chart failure to the command's log (chartLog),
// which the command sets before its first turn; the turn goes on without
// charts.
func (a *app) chartFailed(err error) {
	if a.chartLog != nil {
		a.chartLog(err)
	}
}

// chartFiles is what the server serves GET /charts/:name from; nil
// (every chart 404) for a command that draws none.
func (a *app) chartFiles() web.ChartFiles {
	if a.charts == nil {
		return nil
	}
	return a.charts
}
