package tools

import "cmp"

// NeedOrder compares two ads as AdQuery.Need ranks them, on what the
// contract fixes first: an ad with a vector (has) before one without,
// then the more similar first. It returns 0 on a tie, which the store
// breaks newest first.
func NeedOrder(aHas bool, aSim float32, bHas bool, bSim float32) int {
	switch {
	case aHas && !bHas:
		return -1
	case bHas && !aHas:
		return 1
	}
	return cmp.Compare(bSim, aSim)
}
