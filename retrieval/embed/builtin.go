// Package embed holds Marsad's dense embedders: the built-in one, pure Go
// and deterministic, and clients of OpenAI-compatible and Ollama embedding
// servers built on langchaingo.
package embed

import (
	"context"
	"hash/fnv"
	"math"

	"github.com/marsad/marsad/retrieval"
)

// BuiltinDim is the dimension of the built-in embedder's vectors.
const BuiltinDim = 384

// Feature weights of the built-in embedder.
const (
	wordWeight    = 1.0  // a folded word, scaled by 1 + ln(tf)
	conceptWeight = 2.0  // a concept or place of the lexicon
	gramWeight    = 0.35 // all character trigrams of one word together
	minGramWord   = 4    // shorter words get no trigrams
)

// Builtin is the built-in embedder: signed feature hashing of the terms of
// retrieval.Terms (folded words, so Arabizi and Arabic spellings meet, and
// lexicon concepts and places, so chômage, بطالة and bitala share a
// feature), plus the character trigrams of each folded word (so spelling
// variants and inflections stay close), into BuiltinDim dimensions,
// L2-normalised. It needs no download, is deterministic and safe for
// concurrent use. A text without any term embeds to the zero vector.
type Builtin struct{}

// NewBuiltin returns the built-in embedder.
func NewBuiltin() Builtin { return Builtin{} }

// Dimension returns BuiltinDim.
func (Builtin) Dimension() int { return BuiltinDim }

// Dense embeds each text; it fails only when ctx is done.
func (b Builtin) Dense(ctx context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, len(texts))
	for i, t := range texts {
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		out[i] = b.Embed(t)
	}
	return out, nil
}

// Embed returns the vector of one text.
func (b Builtin) Embed(text string) []float32 {
	return b.embed(retrieval.Terms(text), nil)
}

// DenseQuery embeds a query: its terms, plus the names in every language
// of the concepts it mentions (retrieval.Expansions) at expansionWeight, so
// that a query matches a passage that names the concept its own way.
func (b Builtin) DenseQuery(ctx context.Context, query string) ([]float32, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	terms := retrieval.Terms(query)
	return b.embed(terms, retrieval.Expansions(query, terms)), nil
}

// expansionWeight is the weight of a query expansion word.
const expansionWeight = 0.3

func (Builtin) embed(terms, expansions []string) []float32 {
	v := make([]float32, BuiltinDim)
	tf := map[string]int{}
	var order []string
	for _, t := range terms {
		if tf[t] == 0 {
			order = append(order, t)
		}
		tf[t]++
	}
	for _, t := range order {
		w := float32(1 + math.Log(float64(tf[t])))
		if retrieval.IsConceptTerm(t) {
			add(v, t, conceptWeight*w)
			continue
		}
		add(v, "w:"+t, wordWeight*w)
		addGrams(v, t, gramWeight*w)
	}
	for _, t := range expansions {
		add(v, "w:"+t, expansionWeight)
		addGrams(v, t, gramWeight*expansionWeight)
	}
	return retrieval.Normalize(v)
}

// addGrams adds the character trigrams of word (with boundary marks), their
// total weight w spread evenly.
func addGrams(v []float32, word string, w float32) {
	r := []rune("<" + word + ">")
	if len(r) < minGramWord+2 {
		return
	}
	n := len(r) - 2
	each := w / float32(math.Sqrt(float64(n)))
	for i := range n {
		add(v, "g:"+string(r[i:i+3]), each)
	}
}

// add adds ±w at the hashed position of feature f.
func add(v []float32, f string, w float32) {
	h := fnv.New64a()
	h.Write([]byte(f))
	x := h.Sum64()
	if x>>63 == 1 {
		w = -w
	}
	v[x%uint64(len(v))] += w
}
