package lang

import (
	"slices"
	"strings"
)

// BroaderIndicator returns the indicator a follow-up's qualifying words
// narrow after a question on indicator: indicator itself when some
// narrower ones give way to it (narrowerOf: remittances, the NEETs), else
// the closest general indicator it is one of the narrower ones of (the
// underemployment rate for the time-related one: "and the income-related
// one?"); "" when it has neither.
func BroaderIndicator(indicator string) string {
	if _, ok := narrowerOf[indicator]; ok {
		return indicator
	}
	var best string
	for k, list := range narrowerOf {
		if !slices.Contains(list, indicator) {
			continue
		}
		if best == "" || closer(k, best) {
			best = k
		}
	}
	return best
}

// closer reports whether general indicator a is closer to its narrower
// ones than b: it has fewer of them, then it is a rate rather than a
// count of persons, then it sorts first.
func closer(a, b string) bool {
	if la, lb := len(narrowerOf[a]), len(narrowerOf[b]); la != lb {
		return la < lb
	}
	if pa, pb := strings.HasSuffix(a, "_persons"), strings.HasSuffix(b, "_persons"); pa != pb {
		return pb
	}
	return a < b
}

// Narrows reports whether narrower is one of the indicators that general
// gives way to when a message names both (narrowerOf).
func Narrows(general, narrower string) bool {
	return slices.Contains(narrowerOf[general], narrower)
}
