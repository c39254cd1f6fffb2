package gen

import (
	"fmt"
	"io"
	"iter"
	"strings"
	"unicode"
)

// DupRate is the share of ads that Generator emits as near-duplicates of a
// recent ad (a repost with small edits, linked by Ad.DupOf).
const DupRate = 0.05

// ringSize bounds how far back a near-duplicate may look; it is also what
// keeps the generator's memory constant.
const ringSize = 256

// Generator produces an endless, deterministic stream of ads in the styles of
// the four demo sites. It is not safe for concurrent use.
type Generator struct {
	g      *rng
	seed   int64
	n      int
	ring   [ringSize]Ad
	filled int
}

// NewGenerator returns a generator; the same seed gives the same stream.
func NewGenerator(seed int64) *Generator {
	return &Generator{g: newRNG(seed, 1), seed: seed}
}

// Next returns the next ad. About DupRate of them repost an earlier ad of
// the last ringSize (Ad.DupOf holds its ID); the first ad is never one.
func (gen *Generator) Next() Ad {
	g := gen.g
	st := &siteStyles[g.intn(len(siteStyles))]
	var a Ad
	if gen.filled > 0 && g.chance(DupRate) {
		src := &gen.ring[g.intn(gen.filled)]
		a = g.repost(src, st)
	} else {
		a = g.fresh(st)
	}
	a.ID = fmt.Sprintf("g%d-%08d", gen.seed, gen.n)
	setSite(&a, st)
	gen.ring[gen.n%ringSize] = a
	if gen.filled < ringSize {
		gen.filled++
	}
	gen.n++
	return a
}

// setSite stamps the site name and the ad's address on a.
func setSite(a *Ad, st *siteStyle) {
	a.SourceSite = st.name
	a.URL = fmt.Sprintf("https://%s/offre/%s-%s", st.host, a.ID, slug(a.Title))
}

// Ads writes n generated ads to w as "csv" (header row, DESIGN.md field
// names, skills joined by ", ") or "jsonl" (one object a line, skills as an
// array). It streams in constant memory; the same seed and n give the same
// bytes. Ground-truth fields (occupation, ISCO, duplicates) are not written:
// use AdsIter for them. It returns ErrFormat or ErrCount for bad arguments,
// or the first write error, wrapped.
func Ads(seed int64, n int, w io.Writer, format string) error {
	if n < 0 {
		return fmt.Errorf("%w: %d", ErrCount, n)
	}
	enc, err := newEncoder(w, canonicalSchema(format), seed)
	if err != nil {
		return err
	}
	if err := enc.header(); err != nil {
		return fmt.Errorf("gen: write header: %w", err)
	}
	gen := NewGenerator(seed)
	for i := range n {
		a := gen.Next()
		if err := enc.write(&a); err != nil {
			return fmt.Errorf("gen: write ad %d: %w", i, err)
		}
	}
	if err := enc.flush(); err != nil {
		return fmt.Errorf("gen: write: %w", err)
	}
	return nil
}

// AdsIter yields the same n ads as Ads for that seed, with their ground
// truth (Occupation, ISCO, RegionCode, Lang, DupOf).
func AdsIter(seed int64, n int) iter.Seq[Ad] {
	return func(yield func(Ad) bool) {
		gen := NewGenerator(seed)
		for range n {
			if !yield(gen.Next()) {
				return
			}
		}
	}
}

// slug makes an ASCII URL fragment of a title ("offre" for Arabic titles).
func slug(title string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(foldAccents(title)) {
		switch {
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
		if b.Len() >= 60 {
			break
		}
	}
	s := strings.Trim(b.String(), "-")
	if s == "" {
		return "offre"
	}
	return s
}

var accentFolder = strings.NewReplacer("é", "e", "è", "e", "ê", "e", "ë", "e", "à", "a", "â", "a", "î", "i", "ï", "i",
	"ô", "o", "û", "u", "ù", "u", "ç", "c", "É", "e", "È", "e", "À", "a", "Ç", "c", "œ", "oe")

func foldAccents(s string) string { return accentFolder.Replace(s) }
