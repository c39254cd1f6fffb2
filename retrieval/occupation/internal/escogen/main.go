// Command escogen writes esco_titles.tsv.gz, the job titles of ESCO that
// package occupation embeds, from the ESCO occupation exports in French and
// English (../shared/data/esco_occupations_fr.csv, _en.csv): one line per
// label, "isco\tlang\tkind\tlabel" (kind p for the preferred label, a for
// an alternative one), after a header naming the source.
//
//	go run ./internal/escogen -data ../../../shared/data -out esco_titles.tsv.gz
package main

import (
	"compress/gzip"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

const header = `# ESCO v1.0 occupations (preferred and alternative labels, French and English) with their ISCO-08 unit group.
# Source: ESCO - European Skills, Competences, Qualifications and Occupations, European Commission
# (https://esco.ec.europa.eu), reused under Commission Decision 2011/833/EU with attribution.
# Derived by retrieval/occupation/internal/escogen; columns: isco, lang, kind (p preferred, a alternative), label.
`

func main() {
	data := flag.String("data", "../../../shared/data", "folder of esco_occupations_fr.csv and esco_occupations_en.csv")
	out := flag.String("out", "esco_titles.tsv.gz", "file to write")
	flag.Parse()
	var lines []string
	for _, l := range []string{"fr", "en"} {
		ls, err := read(filepath.Join(*data, "esco_occupations_"+l+".csv"), l)
		if err != nil {
			log.Fatal(err)
		}
		lines = append(lines, ls...)
	}
	sort.Strings(lines)
	if err := write(*out, lines); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d labels written to %s\n", len(lines), *out)
}

func read(path, lang string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if strings.Join(head, ",") != "esco_uri,isco08,preferred_label,alt_labels" {
		return nil, fmt.Errorf("%s: unexpected header %v", path, head)
	}
	seen := map[string]bool{}
	var out []string
	for line := 2; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		code := rec[1]
		if len(code) != 4 {
			return nil, fmt.Errorf("%s:%d: isco08 %q is not a unit group", path, line, code)
		}
		add := func(kind, label string) {
			label = strings.Join(strings.Fields(label), " ")
			key := code + "\t" + strings.ToLower(label)
			if label == "" || seen[key] || strings.ContainsAny(label, "\t\n") {
				return
			}
			seen[key] = true
			out = append(out, strings.Join([]string{code, lang, kind, label}, "\t"))
		}
		add("p", rec[2])
		for _, a := range strings.Split(rec[3], "|") {
			add("a", a)
		}
	}
}

func write(path string, lines []string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err != nil {
		return err
	}
	io.WriteString(zw, header)
	for _, l := range lines {
		io.WriteString(zw, l+"\n")
	}
	if err := zw.Close(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
