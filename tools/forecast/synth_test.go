package forecast

import (
	"math"
	"math/rand/v2"
)

// synth builds a monthly series of n values: level + slope·t + amp·sin of
// the month, a shift of shock from shockAt on, and Gaussian noise of sd.
// Fixed seeds make every test deterministic.
type synth struct {
	n            int
	level, slope float64
	amp          float64
	shockAt      int
	shock        float64
	sd           float64
	seed         uint64
}

func (c synth) values() []float64 {
	r := rand.New(rand.NewPCG(c.seed, 17))
	y := make([]float64, c.n)
	for t := range y {
		v := c.level + c.slope*float64(t) + c.amp*math.Sin(2*math.Pi*float64(t%12)/12)
		if c.shockAt > 0 && t >= c.shockAt {
			v += c.shock
		}
		y[t] = v + c.sd*r.NormFloat64()
	}
	return y
}

func (c synth) series() Series {
	return Series{Start: Period{Year: 2019, Sub: 1, Season: Monthly}, Values: c.values()}
}
