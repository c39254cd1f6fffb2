package assistant

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/marsad/marsad/prompts"
)

// checkUnknown passes when the answer says that Marsad does not know what
// was named and gives no figure:
//   - it holds one of prompts.UnknownPhrases for the answer's language
//     (the turn's, else the expected one, else any), as
//     prompts.SaysUnknown matches them;
//   - every number of the answer (NumbersIn) is also a number of the
//     question, such as a year the user named; any other number, a year
//     offered instead included, fails the check, because "no figure" is
//     easier to keep strict than to tell a figure from a list of periods.
//
// Region codes (MA-01) are names and age bands (15-24) populations, not
// numbers, and are not read as numbers. Got says which part failed.
func checkUnknown(r turnRun) (bool, string, string) {
	tag := cmp.Or(r.turn.Lang, r.expect.Lang)
	var problems []string
	if !prompts.SaysUnknown(tag, r.turn.Answer) {
		problems = append(problems, fmt.Sprintf("no phrase of prompts.UnknownPhrases(%q)", tag))
	}
	if extra := numbersNotIn(r.turn.Answer, r.question); len(extra) > 0 {
		problems = append(problems, fmt.Sprintf("numbers not in the question: %v", extra))
	}
	return len(problems) == 0, "says it does not know, gives no figure", strings.Join(problems, "; ")
}

// regionCode matches an ISO 3166-2:MA region code, which NumbersIn would
// read as a negative number (MA-06 as -6).
var regionCode = regexp.MustCompile(`\bMA-[0-9]{2}\b`)

// period matches the periods an answer offers instead of the one asked
// (DESIGN: an unknown answer "offers what it knows instead"): years
// 1990–2099, with a quarter or month ("2024-Q3", "2024-05"), and quarter
// names ("T3", "Q1"). They are periods, not figures; a figure that looks
// like a year is the price of that rule.
var period = regexp.MustCompile(`\b(?:19[9][0-9]|20[0-9]{2})(?:-(?:[QT][1-4]|0[1-9]|1[0-2]))?\b|\b[QT][1-4]\b`)

// ageBand matches the age bands of the populations an answer offers
// instead of the one asked ("chez les jeunes de 15-24 ans", "aged
// 18-24", "15-24 سنة"): populations, not figures, as periods are.
var ageBand = regexp.MustCompile(`\b[1-9][0-9]-[1-9][0-9]\b`)

// numbersNotIn returns the numbers of answer, region codes, periods and
// age bands aside, whose value is not among the numbers of question, each
// once, in order.
func numbersNotIn(answer, question string) []float64 {
	asked := NumbersIn(question)
	var out []float64
	for _, v := range NumbersIn(ageBand.ReplaceAllString(period.ReplaceAllString(regionCode.ReplaceAllString(answer, "MA"), " "), " ")) {
		if !slices.Contains(asked, v) && !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}
