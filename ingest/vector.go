package ingest

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/sync/errgroup"

	"github.com/marsad/marsad/retrieval"
	"github.com/marsad/marsad/tools"
)

// embedHead is how many runes of an ad's description its embedding
// reads: the head names the job and its requirements; what follows
// (the company, how to apply) would dilute a need search, and the cost
// of embedding grows with the text.
const embedHead = 300

// embedChunk is how many ads one embedding call takes.
const embedChunk = 256

// lexiconNames names occupations from the lexicon alone (an empty
// profile set).
var lexiconNames tools.ProfileSet

// vectorText is the text an ad is embedded from, for SearchAds by need:
// its title, the name of its occupation (twice) and of its skills in the
// ad's language (so a need that names the occupation or a skill in
// another language meets it through the lexicon's concepts), its city,
// and the first embedHead runes of its description, cut at a space. It
// leaves out what a need does not search by: employer, salary, dates,
// contract. The occupation name comes twice because the classified
// occupation is the surest thing known of an ad, and the description's
// words would otherwise outweigh it: on the seed ads, the need "soudeur
// tig tanger" then finds the one welder's ad third rather than fifth,
// behind ads in Tanger, and no other need tried ranks worse.
func vectorText(ad tools.Ad) string {
	lead, desc := vectorParts(ad)
	if desc == "" {
		return lead
	}
	return lead + " \n" + desc
}

// vectorParts returns the two parts of vectorText: what the ad is (title,
// occupation, skills, city), and the head of its description.
func vectorParts(ad tools.Ad) (lead, desc string) {
	var b strings.Builder
	b.Grow(len(ad.Title) + 128)
	b.WriteString(ad.Title)
	l := ad.Lang
	if ad.Occupation != "" {
		name := lexiconNames.Name(ad.Occupation, l)
		b.WriteString(" \n")
		b.WriteString(name)
		b.WriteString(" \n")
		b.WriteString(name)
	}
	for _, s := range ad.Skills {
		b.WriteString(" \n")
		b.WriteString(tools.SkillName(s, l))
	}
	if ad.City != "" {
		b.WriteString(" \n")
		b.WriteString(ad.City)
	}
	if ad.Description != "" {
		desc = head(ad.Description, embedHead)
	}
	return b.String(), desc
}

// TermEmbedder is an embedder that can embed a text given as its terms
// (embed.Builtin). With one, an ad's description head contributes its
// words only (retrieval.WordTerms): the concepts and places that matter
// are those of its title, occupation, skills and city, found in the
// short lead, and searching the description for more would cost a fifth
// of ingestion's time for little.
type TermEmbedder interface {
	EmbedTerms(terms []string) []float32
}

// adTerms are the terms a TermEmbedder embeds an ad from.
func adTerms(ad tools.Ad) []string {
	lead, desc := vectorParts(ad)
	return append(retrieval.Terms(lead), retrieval.WordTerms(desc)...)
}

// head returns the first n runes of s, cut at the last space before the
// (n+1)th rune when there is one.
func head(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	if i >= len(s) {
		return s
	}
	if sp := strings.LastIndexAny(s[:i], " \n"); sp > 0 {
		return s[:sp]
	}
	return s[:i]
}

// embedAds sets the Vector of each ad: its adTerms (when e is a
// TermEmbedder) or its vectorText embedded by e, quantised
// (retrieval.QuantizeInt8).
func embedAds(ctx context.Context, e retrieval.Embedder, ads []tools.Ad) error {
	if te, ok := e.(TermEmbedder); ok {
		for i := range ads {
			if i%64 == 0 && ctx.Err() != nil {
				return context.Cause(ctx)
			}
			ads[i].Vector = retrieval.QuantizeInt8(te.EmbedTerms(adTerms(ads[i])))
		}
		return nil
	}
	texts := make([]string, len(ads))
	for i := range ads {
		texts[i] = vectorText(ads[i])
	}
	vs, err := e.Dense(ctx, texts)
	if err != nil {
		return fmt.Errorf("embed ads: %w", err)
	}
	if len(vs) != len(ads) {
		return fmt.Errorf("embed ads: %d vectors for %d ads", len(vs), len(ads))
	}
	for i, v := range vs {
		ads[i].Vector = retrieval.QuantizeInt8(v)
	}
	return nil
}

// embedder embeds the runs of new ads handed on by the committer, a chunk
// of embedChunk ads at a time on at most workers goroutines in all.
type embedder struct {
	e   retrieval.Embedder // nil: ads stay without vector
	sem chan struct{}
}

func newEmbedder(e retrieval.Embedder, workers int) *embedder {
	return &embedder{e: e, sem: make(chan struct{}, max(workers, 1))}
}

// start embeds the ads of sj in the background and then sends the
// outcome on sj.ready.
func (em *embedder) start(ctx context.Context, sj *storeJob) {
	if em.e == nil || len(sj.ads) == 0 {
		sj.ready <- nil
		return
	}
	go func() { sj.ready <- em.embed(ctx, sj.ads) }()
}

func (em *embedder) embed(ctx context.Context, ads []tools.Ad) error {
	var g errgroup.Group
	for start := 0; start < len(ads); start += embedChunk {
		part := ads[start:min(start+embedChunk, len(ads))]
		select {
		case em.sem <- struct{}{}:
		case <-ctx.Done():
			g.Wait()
			return context.Cause(ctx)
		}
		g.Go(func() error {
			defer func() { <-em.sem }()
			return embedAds(ctx, em.e, part)
		})
	}
	return g.Wait()
}
