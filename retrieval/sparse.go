package retrieval

// TermEncoder is the built-in SparseEncoder: BM25 term weights over the
// terms of Terms. A document term weighs tf·(k1+1) / (tf + k1·(1−b+b·dl/avgdl))
// with the document length dl in terms against a fixed avgdl (no corpus
// statistics are needed; the store supplies the IDF); a query term weighs 1,
// and each expansion word of Expansions weighs ExpansionWeight. The zero
// value is not usable; call NewTermEncoder.
type TermEncoder struct {
	K1, B, AvgLen   float64
	ExpansionWeight float32
}

// NewTermEncoder returns a TermEncoder with k1 = 1.2, b = 0.75, avgdl = 80
// terms (about a passage of 200 tokens) and expansion weight 0.3.
func NewTermEncoder() TermEncoder {
	return TermEncoder{K1: 1.2, B: 0.75, AvgLen: 80, ExpansionWeight: 0.6}
}

// EncodeDocs returns the sparse vector of each text, canonical.
func (e TermEncoder) EncodeDocs(texts []string) []SparseVector {
	out := make([]SparseVector, len(texts))
	for i, t := range texts {
		out[i] = e.encodeDoc(Terms(t))
	}
	return out
}

func (e TermEncoder) encodeDoc(terms []string) SparseVector {
	tf := make(map[uint32]float64, len(terms))
	for _, t := range terms {
		tf[TermID(t)]++
	}
	norm := e.K1 * (1 - e.B + e.B*float64(len(terms))/e.AvgLen)
	v := SparseVector{Indices: make([]uint32, 0, len(tf)), Values: make([]float32, 0, len(tf))}
	for id, f := range tf {
		v.Indices = append(v.Indices, id)
		v.Values = append(v.Values, float32(f*(e.K1+1)/(f+norm)))
	}
	return v.Canonical()
}

// EncodeQuery returns the sparse vector of a query, canonical: weight 1 per
// distinct term of Terms, ExpansionWeight per expansion word.
func (e TermEncoder) EncodeQuery(text string) SparseVector {
	terms := Terms(text)
	v := SparseVector{}
	seen := map[uint32]bool{}
	add := func(t string, w float32) {
		id := TermID(t)
		if !seen[id] {
			seen[id] = true
			v.Indices = append(v.Indices, id)
			v.Values = append(v.Values, w)
		}
	}
	for _, t := range terms {
		add(t, 1)
	}
	if e.ExpansionWeight > 0 {
		for _, t := range Expansions(text, terms) {
			add(t, e.ExpansionWeight)
		}
	}
	return v.Canonical()
}
