package ingest

import (
	"context"
	"io"

	"github.com/marsad/marsad/retrieval/lang"
)

// Classified is the occupation ingestion would give one ad of a file, as
// `marsad classify` prints it. ISCO is "" when the classifier cannot place
// the ad; Confidence is then 0. Err says why a record could not be read
// (the others are still classified).
type Classified struct {
	ID         string  `json:"id"`
	Line       int     `json:"line"`
	Title      string  `json:"title"`
	ISCO       string  `json:"isco"`
	Confidence float64 `json:"confidence"`
	Via        string  `json:"via,omitempty"`
	Err        string  `json:"error,omitempty"`
}

// ClassifyAds reads the job ads of r (CSV or JSON Lines, in any encoding
// ingestion reads) as ingestion does, and gives emit the occupation of
// each, in order, storing nothing: an operator checks a site's export
// before loading it. The ad's ID is its id field, else its line.
func (p *Pipeline) ClassifyAds(ctx context.Context, r io.Reader, emit func(Classified) error) error {
	br, head, _, _, err := sniffReader(r, KindAds)
	if err != nil {
		return err
	}
	rd, err := newAdReader(br, sniffAdFormat(head))
	if err != nil {
		return err
	}
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec, err := rd.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		c, err := p.classifyRecord(ctx, rec)
		if err != nil {
			return err
		}
		if err := emit(c); err != nil {
			return err
		}
	}
}

func (p *Pipeline) classifyRecord(ctx context.Context, rec *rawAd) (Classified, error) {
	c := Classified{ID: rec.fields[fID], Line: rec.line}
	if rec.err != nil {
		c.Err = rec.err.Error()
		return c, nil
	}
	if reason := oversized(&rec.fields); reason != "" {
		c.Err = reason
		return c, nil
	}
	desc, _ := clipBytes(rec.fields[fDescription], maxRawDescription)
	title, text := oneLine(rec.fields[fTitle]), plainText(desc)
	c.Title = title
	tt := adText{title: title, text: text, titleTokens: lang.Tokens(title),
		titleConcepts: lang.FindConcepts(title), descConcepts: lang.FindConcepts(text)}
	code, via, err := p.classifier.Classify(ctx, tt)
	if err != nil {
		return c, err
	}
	c.ISCO, c.Via, c.Confidence = code, via, viaConfidence[via]
	return c, nil
}

// viaConfidence is the share of right codes measured per way of finding
// them, on 189 real ads labelled by hand (issue 21): a code from the
// title was right 0.63 of the time, from the description 0.20, from the
// nearest profile 0.04.
var viaConfidence = map[string]float64{"title": 0.63, "description": 0.20, "profile": 0.04, "retrieval": 0.04}
