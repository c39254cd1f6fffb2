package offline

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/prompts"
	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

func render(name string, l lang.Tag, data any) (string, error) {
	return prompts.Render(name, string(l), data)
}

func helpView(reason string) prompts.HelpView { return prompts.HelpView{Reason: reason} }

// citationsOf returns the citations of the figures shown, one per
// source with the periods it supports.
func citationsOf(obs []tools.Observation) []tools.Citation {
	cs := make([]tools.Citation, 0, len(obs))
	for _, o := range obs {
		cs = append(cs, o.Citation())
	}
	return tools.MergeCitations(cs)
}

// cellWords words a cell of the availability list: place and population.
func cellWords(l string, c tools.Cell) string {
	who := prompts.Who(l, c.Area, c.Sex, c.Age, c.Diploma)
	place := lang.RegionName(c.Geo, lang.Tag(l))
	if who == "" {
		return place
	}
	return place + " — " + who
}

// hasPeriod reports whether the message named a period or asked for a
// trend.
func (q question) hasPeriod() bool {
	return q.year != 0 || q.quarter != 0 || q.month != 0 || q.fromYear != 0 || q.trend
}

// carryPeriod sets the period of the call a follow-up repeats: one period
// (from = to, or compare_indicator's period: 2024, 2024-Q3, 2024-05), or
// a range of years.
func (q *question) carryPeriod(from, to, period string) {
	if period != "" {
		from, to = period, period
	}
	if from == "" {
		return
	}
	if from == to && q.setSpan(from) {
		return
	}
	if from != to {
		fy, err1 := strconv.Atoi(from)
		ty, err2 := strconv.Atoi(to)
		if err1 == nil && (err2 == nil || to == "") {
			q.fromYear, q.toYear = fy, ty
		}
		return
	}
	y, rest, _ := strings.Cut(from, "-")
	year, err := strconv.Atoi(y)
	if err != nil {
		return
	}
	q.year = year
	switch {
	case strings.HasPrefix(rest, "Q"):
		q.quarter, _ = strconv.Atoi(rest[1:])
	case rest != "":
		q.month, _ = strconv.Atoi(rest)
	}
}

// setSpan makes the interval of months p ("2022-01/2022-07") the period
// asked, and reports whether p is one.
func (q *question) setSpan(p string) bool {
	_, last, ok := tools.IntervalMonths(p)
	if !ok {
		return false
	}
	q.span = p
	q.year, _ = strconv.Atoi(last[:4])
	q.month, _ = strconv.Atoi(last[5:])
	return true
}

// shiftSpan returns the interval of months p ("2022-01/2022-07") moved to
// end in year, "" when p is no interval: the same months of another year.
func shiftSpan(p string, year int) string {
	first, last, ok := tools.IntervalMonths(p)
	if !ok {
		return ""
	}
	y1, _ := strconv.Atoi(first[:4])
	y2, _ := strconv.Atoi(last[:4])
	return fmt.Sprintf("%d%s/%d%s", year-(y2-y1), first[4:], year, last[4:])
}

// streamText emits the answer as token events, a line at a time and a
// long line in pieces of at least tokenBytes ending after a space, so
// that clients render it progressively. A token a word was seventy
// events a turn, each handed through the emitters to the transport's
// writer, which gathers them into frames of flushBytes anyway.
func streamText(text string, emit assistant.Emit) error {
	start := 0
	for i := 0; i < len(text); i++ {
		if c := text[i]; c == '\n' || c == ' ' && i+1-start >= tokenBytes {
			if err := emit(assistant.Event{Type: assistant.EventToken, Text: text[start : i+1]}); err != nil {
				return err
			}
			start = i + 1
		}
	}
	if start < len(text) {
		return emit(assistant.Event{Type: assistant.EventToken, Text: text[start:]})
	}
	return nil
}

// tokenBytes is the least size of a token streamText cuts from a line.
const tokenBytes = 48
