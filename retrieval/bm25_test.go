package retrieval_test

import (
	"cmp"
	"math"
	"slices"
	"strings"
)

// plainBM25 is the baseline: BM25 (k1 1.2, b 0.75) over raw lower-cased
// whitespace tokens, no normalisation, no stop words, no lexicon.
type plainBM25 struct {
	docs   []bm25Doc
	df     map[string]int
	avgLen float64
}

type bm25Doc struct {
	id  string
	tf  map[string]int
	len int
}

func plainTokens(s string) []string { return strings.Fields(strings.ToLower(s)) }

func newPlainBM25(ids, texts []string) *plainBM25 {
	b := &plainBM25{df: map[string]int{}}
	total := 0
	for i, t := range texts {
		d := bm25Doc{id: ids[i], tf: map[string]int{}}
		for _, w := range plainTokens(t) {
			d.tf[w]++
			d.len++
		}
		for w := range d.tf {
			b.df[w]++
		}
		total += d.len
		b.docs = append(b.docs, d)
	}
	b.avgLen = float64(total) / float64(max(len(texts), 1))
	return b
}

// rank returns the ids of the passages by decreasing score, those sharing
// no token with the query left out.
func (b *plainBM25) rank(query string) []string {
	const k1, bb = 1.2, 0.75
	n := float64(len(b.docs))
	type scored struct {
		id string
		s  float64
	}
	var out []scored
	q := plainTokens(query)
	for _, d := range b.docs {
		s := 0.0
		for _, w := range q {
			tf := float64(d.tf[w])
			if tf == 0 {
				continue
			}
			df := float64(b.df[w])
			idf := math.Log(1 + (n-df+0.5)/(df+0.5))
			s += idf * tf * (k1 + 1) / (tf + k1*(1-bb+bb*float64(d.len)/b.avgLen))
		}
		if s > 0 {
			out = append(out, scored{d.id, s})
		}
	}
	slices.SortStableFunc(out, func(a, c scored) int { return cmp.Compare(c.s, a.s) })
	ids := make([]string, len(out))
	for i, o := range out {
		ids[i] = o.id
	}
	return ids
}
