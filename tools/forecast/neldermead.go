package forecast

import "sort"

// nelderMead minimises f from x0 with the downhill simplex method for at
// most the given iterations (fewer once the simplex's values agree to 1e-9
// relative) and returns the best point. It is deterministic: the starting
// simplex steps by step along each axis.
func nelderMead(f func([]float64) float64, x0 []float64, step float64, iterations int) []float64 {
	n := len(x0)
	pts := make([][]float64, n+1)
	vals := make([]float64, n+1)
	for i := range pts {
		pts[i] = append([]float64(nil), x0...)
		if i > 0 {
			pts[i][i-1] += step
		}
		vals[i] = f(pts[i])
	}
	order := make([]int, n+1)
	centroid := make([]float64, n)
	trial := func(from []float64, t float64) []float64 {
		// The point centroid + t·(centroid − from).
		out := make([]float64, n)
		for j := range out {
			out[j] = centroid[j] + t*(centroid[j]-from[j])
		}
		return out
	}
	for range iterations {
		for i := range order {
			order[i] = i
		}
		sort.SliceStable(order, func(a, b int) bool { return vals[order[a]] < vals[order[b]] })
		best, worst, second := order[0], order[n], order[n-1]
		if vals[worst]-vals[best] <= 1e-9*(1+abs(vals[best])) {
			break
		}
		for j := range centroid {
			centroid[j] = 0
			for _, i := range order[:n] {
				centroid[j] += pts[i][j] / float64(n)
			}
		}
		r := trial(pts[worst], 1)
		fr := f(r)
		switch {
		case fr < vals[best]:
			e := trial(pts[worst], 2)
			if fe := f(e); fe < fr {
				pts[worst], vals[worst] = e, fe
			} else {
				pts[worst], vals[worst] = r, fr
			}
		case fr < vals[second]:
			pts[worst], vals[worst] = r, fr
		default:
			c := trial(pts[worst], -0.5)
			if fc := f(c); fc < vals[worst] {
				pts[worst], vals[worst] = c, fc
				continue
			}
			// Shrink every point halfway towards the best.
			for _, i := range order[1:] {
				for j := range pts[i] {
					pts[i][j] = pts[best][j] + 0.5*(pts[i][j]-pts[best][j])
				}
				vals[i] = f(pts[i])
			}
		}
	}
	best := 0
	for i := range vals {
		if vals[i] < vals[best] {
			best = i
		}
	}
	return pts[best]
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
