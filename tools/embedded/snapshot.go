package embedded

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/marsad/marsad/internal/atomicfile"
	"github.com/marsad/marsad/tools"
)

// snapshotHeader is the long format of DESIGN.md with its two optional
// columns (series, relay_url), so that the file can be read back with
// `marsad ingest indicators` too. A snapshot written before those columns
// existed has the first twelve only, and reads as figures without them.
var snapshotHeader = []string{"indicator", "geo", "area", "sex", "age", "diploma", "period", "value", "unit", "publisher", "reported_by", "source_url", "series", "relay_url"}

// oldSnapshotColumns is the width of a snapshot without series and relay_url.
const oldSnapshotColumns = 12

// readSnapshot returns the observations stored at path, none when the
// file does not exist.
func readSnapshot(path string) ([]tools.Observation, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(bufio.NewReader(f))
	header, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: header: %w", path, err)
	}
	if len(header) != len(snapshotHeader) && len(header) != oldSnapshotColumns {
		return nil, fmt.Errorf("%s: header has %d columns, want %d (or %d, before series and relay_url)", path, len(header), len(snapshotHeader), oldSnapshotColumns)
	}
	r.FieldsPerRecord = len(header)
	var out []tools.Observation
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		v, err := strconv.ParseFloat(rec[7], 64)
		if err != nil {
			line, _ := r.FieldPos(7)
			return nil, fmt.Errorf("%s:%d: value: %w", path, line, err)
		}
		o := tools.Observation{Indicator: rec[0], Geo: rec[1], Area: rec[2], Sex: rec[3], Age: rec[4],
			Diploma: rec[5], Period: rec[6], Value: v, Unit: rec[8], Publisher: rec[9], ReportedBy: rec[10], SourceURL: rec[11]}
		if len(rec) > oldSnapshotColumns {
			o.Series, o.RelayURL = rec[12], rec[13]
		}
		out = append(out, o)
	}
}

// writeSnapshot writes cur overlaid with next to path through a temporary
// file in the same folder, synced, then renamed over the old one.
func writeSnapshot(path string, cur, next map[tools.Key]tools.Observation) error {
	return atomicfile.Replace(path, ".indicators-*.tmp", func(f io.Writer) error {
		bw := bufio.NewWriterSize(f, 1<<20)
		w := csv.NewWriter(bw)
		_ = w.Write(snapshotHeader)
		for k, o := range cur {
			if _, replaced := next[k]; !replaced {
				_ = w.Write(record(o))
			}
		}
		for _, o := range next {
			_ = w.Write(record(o))
		}
		w.Flush()
		return errors.Join(w.Error(), bw.Flush())
	})
}

func record(o tools.Observation) []string {
	return []string{o.Indicator, o.Geo, o.Area, o.Sex, o.Age, o.Diploma, o.Period,
		strconv.FormatFloat(o.Value, 'f', -1, 64), o.Unit, o.Publisher, o.ReportedBy, o.SourceURL, o.Series, o.RelayURL}
}
