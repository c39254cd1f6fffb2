package lang

import "strconv"

// MonthCount returns the number of months a message names as a span ("les
// 12 prochains mois", "next 12 months", "6 أشهر", "3 chhor jayin"): a
// number from 1 to 36 followed, within two words, by a word for months.
// It returns 0 when the message names none.
func (r Reading) MonthCount() int {
	for i, t := range r.Tokens {
		n, err := strconv.Atoi(t)
		if err != nil || n < 1 || n > 36 {
			continue
		}
		for j := i + 1; j < len(r.Tokens) && j <= i+2; j++ {
			if monthWords[r.Tokens[j]] {
				return n
			}
		}
	}
	return 0
}

// monthWords are the words for months of the five languages, in normal
// form.
var monthWords = setOf("mois", "month", "months", "شهر", "اشهر", "شهور", "الشهور", "الاشهر", "شهرا",
	"chhar", "chhor", "chhour", "chhoura", "shhar", "shhor", "chehar", "chhr")
