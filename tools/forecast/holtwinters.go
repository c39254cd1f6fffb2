package forecast

import "math"

// hwParams are the smoothing weights of additive Holt-Winters with a
// damped trend.
type hwParams struct{ alpha, beta, gamma, phi float64 }

// Bounds of the weights. The damping stays below 0.98 so that a trend
// learnt on a few seasons flattens over a year instead of running on; the
// lower bound keeps some trend in the model.
const (
	phiMin, phiMax = 0.8, 0.98
	nmIterations   = 250 // Nelder-Mead steps of a cold fit: enough to converge on 4 weights
	nmWarm         = 60  // steps of a fit started from the previous origin's weights
	nmWarmStep     = 0.3 // its simplex size, in logit units: a nearby optimum
)

// hwFitter fits Holt-Winters at successive origins of one series. The
// weights barely move from one origin to the next, so each fit after the
// first starts from the previous optimum with a small simplex: a quarter of
// the work for the same optimum within the tolerance.
type hwFitter struct {
	prev []float64 // logit weights of the last fit; nil before the first
	buf  []float64 // seasonal scratch space
}

// hwState is a fitted model at the end of its history.
type hwState struct {
	p        hwParams
	level    float64
	trend    float64
	seasonal []float64 // seasonal[j] for the period j steps after the end, mod m
}

// fitHoltWinters chooses the weights minimising the one-step-ahead squared
// error over y (after the first season, which starts the state) and
// returns the state at the end of y. len(y) >= 2m.
func fitHoltWinters(y []float64, m int) hwState {
	var f hwFitter
	return f.fit(y, m)
}

func (f *hwFitter) fit(y []float64, m int) hwState {
	if len(f.buf) != m {
		f.buf = make([]float64, m)
	}
	sse := func(x []float64) float64 {
		_, _, e := runHoltWinters(y, m, toParams(x), f.buf)
		return e
	}
	// Start from moderate smoothing; the simplex moves in an unbounded
	// space mapped onto the bounds by a logistic, so no weight escapes.
	var x []float64
	if f.prev == nil {
		x = nelderMead(sse, []float64{logit(0.3), logit(0.1), logit(0.1), logit(0.5)}, 1, nmIterations)
	} else {
		x = nelderMead(sse, f.prev, nmWarmStep, nmWarm)
	}
	f.prev = x
	p := toParams(x)
	st := hwState{p: p, seasonal: make([]float64, m)}
	st.level, st.trend, _ = runHoltWinters(y, m, p, f.buf)
	for j := range m {
		st.seasonal[j] = f.buf[(len(y)+j)%m]
	}
	return st
}

func toParams(x []float64) hwParams {
	a := logistic(x[0])
	return hwParams{
		alpha: a,
		beta:  a * logistic(x[1]), // β ≤ α keeps the trend smoother than the level
		gamma: (1 - a) * logistic(x[2]),
		phi:   phiMin + (phiMax-phiMin)*logistic(x[3]),
	}
}

// runHoltWinters filters y with weights p from a state read off the first
// two seasons and returns the final level and trend and the one-step SSE;
// the final seasonal terms are left in seas (len m, indexed by period mod
// m), so that the optimiser's thousands of calls allocate nothing.
func runHoltWinters(y []float64, m int, p hwParams, seas []float64) (level, trend, sse float64) {
	m1, m2 := mean(y[:m]), mean(y[m:2*m])
	trend = (m2 - m1) / float64(m)
	// The level at the end of the first season: its mean plus half a
	// season of trend; the seasonal terms are the deviations from the line.
	level = m1 + trend*float64(m-1)/2
	for i := range m {
		seas[i] = y[i] - (m1 + trend*(float64(i)-float64(m-1)/2))
	}
	j := 0 // t mod m, kept by hand: a division per step is a third of the loop
	for t := m; t < len(y); t++ {
		s := seas[j]
		pred := level + p.phi*trend + s
		e := y[t] - pred
		sse += e * e
		newLevel := p.alpha*(y[t]-s) + (1-p.alpha)*(level+p.phi*trend)
		trend = p.beta*(newLevel-level) + (1-p.beta)*p.phi*trend
		seas[j] = p.gamma*(y[t]-newLevel) + (1-p.gamma)*s
		if j++; j == m {
			j = 0
		}
		level = newLevel
	}
	return level, trend, sse
}

// forecast returns horizons 1..h: level, damped trend, season.
func (s hwState) forecast(h int) []float64 {
	out := make([]float64, h)
	damp, pw := 0.0, 1.0
	for i := range out {
		pw *= s.p.phi
		damp += pw
		out[i] = s.level + damp*s.trend + s.seasonal[i%len(s.seasonal)]
	}
	return out
}

func logistic(x float64) float64 { return 1 / (1 + math.Exp(-x)) }
func logit(p float64) float64    { return math.Log(p / (1 - p)) }

func mean(v []float64) float64 {
	var s float64
	for _, x := range v {
		s += x
	}
	return s / float64(len(v))
}
