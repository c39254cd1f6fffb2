package ingest

import (
	"fmt"
	"strconv"

	"github.com/marsad/marsad/tools"
)

// cellIndex holds the first row read of each cell of one file.
type cellIndex map[tools.Key]cellRow

// cellRow is where a cell was first read, and its value there.
type cellRow struct {
	line  int
	value float64
}

// add records o, read on line. It reports whether an earlier row gave o's
// cell the same value (o is then a duplicate, to be dropped), and returns
// a *tools.FieldError on "value" naming the earlier line when that row
// gave another value: a file that contradicts itself has no figure to
// keep, where the store would silently keep the last one as a correction.
func (c cellIndex) add(o tools.Observation, line int) (dup bool, err error) {
	k := o.Key()
	first, ok := c[k]
	switch {
	case !ok:
		c[k] = cellRow{line, o.Value}
		return false, nil
	case first.value == o.Value:
		return true, nil
	}
	return false, &tools.FieldError{Field: "value", Value: formatValue(o.Value),
		Want: fmt.Sprintf("%s as on line %d, which has the same indicator, geo, area, sex, age, diploma and period (%s %s %s/%s/%s/%s %s): one file cannot give a cell two values",
			formatValue(first.value), first.line, k.Indicator, k.Geo, k.Area, k.Sex, k.Age, k.Diploma, k.Period)}
}

func formatValue(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
