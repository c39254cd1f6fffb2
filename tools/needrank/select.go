package needrank

// nthLargest returns the n-th largest of xs (1 <= n <= len(xs)), which
// it reorders: a quickselect, linear on average where a sort of the
// window would cost n·log n.
func nthLargest(xs []float64, n int) float64 {
	lo, hi, want := 0, len(xs)-1, n-1
	for lo < hi {
		// Median of three as the pivot, so that ordered input stays
		// linear.
		mid := lo + (hi-lo)/2
		pivot := max(min(xs[lo], xs[mid]), min(max(xs[lo], xs[mid]), xs[hi]))
		i, j := lo, hi
		for i <= j {
			for xs[i] > pivot {
				i++
			}
			for xs[j] < pivot {
				j--
			}
			if i <= j {
				xs[i], xs[j] = xs[j], xs[i]
				i++
				j--
			}
		}
		switch {
		case want <= j:
			hi = j
		case want >= i:
			lo = i
		default:
			return xs[want]
		}
	}
	return xs[want]
}
