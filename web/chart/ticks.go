package chart

import "math"

// scale maps values onto a length of the picture, between round bounds.
type scale struct {
	lo, hi, step float64
}

// niceScale returns round bounds around [min, max] with about n steps of
// 1, 2 or 5 times a power of ten. zero includes 0 (bars start there); a
// flat series gets a band around its value.
func niceScale(min, max float64, n int, zero bool) scale {
	if zero {
		min, max = math.Min(min, 0), math.Max(max, 0)
	}
	if max == min {
		pad := math.Max(math.Abs(max)*0.1, 1)
		min, max = min-pad, max+pad
		if zero && min < 0 && max-pad >= 0 {
			min = 0
		}
	}
	step := niceStep((max - min) / float64(n))
	return scale{lo: math.Floor(min/step) * step, hi: math.Ceil(max/step) * step, step: step}
}

func niceStep(raw float64) float64 {
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if raw <= m*p {
			return m * p
		}
	}
	return 10 * p
}

// ticks returns the values of the scale's gridlines, rounded to the
// step's decimals so that they print without float noise.
func (s scale) ticks() []float64 {
	d := decimals(s.step)
	var out []float64
	for i := 0; ; i++ {
		v := round(s.lo+float64(i)*s.step, d)
		if v > s.hi+s.step/2 {
			return out
		}
		out = append(out, v)
	}
}

// at returns where v falls on a length from a to b.
func (s scale) at(v, a, b float64) float64 {
	return a + (v-s.lo)/(s.hi-s.lo)*(b-a)
}

func decimals(step float64) int {
	d := 0
	for step < 1 && d < 6 {
		step *= 10
		d++
	}
	if step != math.Trunc(step) && d < 6 {
		d++ // 2.5
	}
	return d
}

func round(v float64, d int) float64 {
	p := math.Pow(10, float64(d))
	r := math.Round(v*p) / p
	if r == 0 {
		return 0 // no "-0"
	}
	return r
}
