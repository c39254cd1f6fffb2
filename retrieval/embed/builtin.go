// Package embed holds Marsad's dense embedders: the built-in one, pure Go
// and deterministic, and clients of OpenAI-compatible and Ollama embedding
// servers built on langchaingo.
package embed

import (
	"context"
	"math"
	"unicode/utf8"

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

// EmbedTerms returns the vector of a text given as its terms (as
// retrieval.Terms returns them, or a caller's own mix of Terms and
// WordTerms): Embed(text) is EmbedTerms(retrieval.Terms(text)).
func (b Builtin) EmbedTerms(terms []string) []float32 {
	return b.embed(terms, nil)
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
	tf := make(map[string]int, len(terms))
	order := make([]string, 0, len(terms))
	for _, t := range terms {
		if tf[t] == 0 {
			order = append(order, t)
		}
		tf[t]++
	}
	var g grams
	for _, t := range order {
		w := float32(1 + math.Log(float64(tf[t])))
		if retrieval.IsConceptTerm(t) {
			add(v, hashString(fnvOffset, t), conceptWeight*w)
			continue
		}
		add(v, hashString(wordSeed, t), wordWeight*w)
		g.add(v, t, gramWeight*w)
	}
	for _, t := range expansions {
		add(v, hashString(wordSeed, t), expansionWeight)
		g.add(v, t, gramWeight*expansionWeight)
	}
	return retrieval.Normalize(v)
}

// Features are hashed with 64-bit FNV-1a: a word w as "w:"+w, a trigram
// t as "g:"+t, a concept or place term as itself. The hashes are computed
// over the parts without building the strings.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

var (
	wordSeed = hashString(fnvOffset, "w:")
	gramSeed = hashString(fnvOffset, "g:")
)

func hashString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// grams holds the runes of the word whose trigrams are added, reused
// from word to word.
type grams struct{ r []rune }

// add adds the character trigrams of word (with boundary marks < and >),
// their total weight w spread evenly. Each trigram is hashed as the UTF-8
// of its three runes, an invalid byte of word counting as U+FFFD.
func (g *grams) add(v []float32, word string, w float32) {
	g.r = append(g.r[:0], '<')
	for _, c := range word {
		g.r = append(g.r, c)
	}
	g.r = append(g.r, '>')
	if len(g.r) < minGramWord+2 {
		return
	}
	n := len(g.r) - 2
	each := w / float32(math.Sqrt(float64(n)))
	var buf [3 * utf8.UTFMax]byte
	for i := range n {
		b := utf8.AppendRune(utf8.AppendRune(utf8.AppendRune(buf[:0], g.r[i]), g.r[i+1]), g.r[i+2])
		h := gramSeed
		for _, c := range b {
			h ^= uint64(c)
			h *= fnvPrime
		}
		add(v, h, each)
	}
}

// add adds ±w at the position of a feature hashed to x.
func add(v []float32, x uint64, w float32) {
	if x>>63 == 1 {
		w = -w
	}
	v[x%uint64(len(v))] += w
}
