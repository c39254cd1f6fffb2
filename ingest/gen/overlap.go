package gen

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
)

// Overlap is a set of CSV files of the same generated ads that overlap,
// for tests of replicas ingesting them at once: X holds the first two
// thirds of the ads, Y the last two, Z the last third then the first,
// and Thirds each third alone. The generator plants reposts, so the
// files hold exact and near duplicates of each other's ads.
type Overlap struct {
	X, Y, Z string
	Thirds  [3]string
}

// WriteOverlap writes the Overlap of the n ads of seed into dir.
func WriteOverlap(dir string, seed int64, n int) (Overlap, error) {
	var buf bytes.Buffer
	if err := Ads(seed, n, &buf, FormatCSV); err != nil {
		return Overlap{}, err
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		return Overlap{}, fmt.Errorf("generated CSV: %w", err)
	}
	head, rows := recs[0], recs[1:]
	third := len(rows) / 3
	var o Overlap
	write := func(name string, parts ...[][]string) (string, error) {
		var b bytes.Buffer
		w := csv.NewWriter(&b)
		_ = w.Write(head) // a bytes.Buffer does not fail
		for _, p := range parts {
			_ = w.WriteAll(p)
		}
		path := filepath.Join(dir, name)
		return path, os.WriteFile(path, b.Bytes(), 0o644)
	}
	for i := range o.Thirds {
		if o.Thirds[i], err = write(fmt.Sprintf("third%d.csv", i+1), rows[i*third:min(len(rows), (i+1)*third)]); err != nil {
			return o, err
		}
	}
	if o.X, err = write("x.csv", rows[:2*third]); err != nil {
		return o, err
	}
	if o.Y, err = write("y.csv", rows[third:]); err != nil {
		return o, err
	}
	o.Z, err = write("z.csv", rows[2*third:], rows[:third])
	return o, err
}
