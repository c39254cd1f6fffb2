package ingest

import (
	"context"
	"io"
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
		if err := emit(p.classifyRecord(rec)); err != nil {
			return err
		}
	}
}

func (p *Pipeline) classifyRecord(rec *rawAd) Classified {
	c := Classified{ID: rec.fields[fID], Line: rec.line}
	ad, _, reason := readText(rec)
	if reason != "" {
		c.Err = reason
		return c
	}
	c.Title = ad.Title
	m := p.classifier.Classify(adText{title: ad.Title, text: ad.Description, sector: rec.fields[fSector], employer: ad.Employer})
	c.ISCO, c.Via, c.Confidence = m.Code, m.Via, m.Confidence
	return c
}
