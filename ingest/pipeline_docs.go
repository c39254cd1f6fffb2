package ingest

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"strings"

	"github.com/marsad/marsad/retrieval"
	"github.com/marsad/marsad/tools"
)

// ingestProfiles stores the valid profiles of one file (invalid ones go
// to quarantine), reloads the classifier, and indexes the profiles as
// documents when there is an index.
func (p *Pipeline) ingestProfiles(ctx context.Context, j job) (Summary, error) {
	recs, err := ReadProfiles(j.r, j.name, first(p.opts.Publisher, j.name))
	if err != nil {
		return Summary{}, err
	}
	sum := Summary{Files: []string{j.name}, Quarantine: p.quar.path, Read: len(recs)}
	var valid []tools.Profile
	notes := map[string]map[string]string{} // by profile ID
	for _, r := range recs {
		if r.Err != nil {
			sum.Quarantined++
			p.quar.add(QuarantineEntry{File: j.name, Line: r.Line, Reason: r.Err.Error(), Raw: r.Raw, SHA256: j.hash})
			continue
		}
		valid = append(valid, r.Profile)
		if r.Notes != nil {
			notes[r.Profile.ID] = r.Notes
		}
	}
	s, err := p.store.PutProfiles(ctx, valid)
	if err != nil {
		p.quar.discard()
		return Summary{}, fmt.Errorf("%s: %w", j.name, err)
	}
	sum.Loaded, sum.Updated, sum.Duplicates = s.Inserted+s.Updated, s.Updated, s.Existing
	if p.opts.Index != nil && len(valid) > 0 {
		if err := p.opts.Index(ctx, profileDocuments(valid, notes)); err != nil {
			return sum, fmt.Errorf("%s: index profiles: %w", j.name, err)
		}
	}
	if err := p.reloadProfiles(ctx); err != nil {
		return sum, err
	}
	return sum, errors.Join(p.quar.flush(ctx), p.done(ctx, j, sum))
}

// profileDocuments returns the documents of profiles: one per language
// of description, so that a question in Arabic finds the Arabic text.
// notes, by profile ID, go to the documents' Meta (see ProfileRecord).
func profileDocuments(ps []tools.Profile, notes map[string]map[string]string) []retrieval.Document {
	var docs []retrieval.Document
	for _, pr := range ps {
		for _, l := range []string{"fr", "ar", "en"} {
			desc := pr.Descriptions[l]
			if desc == "" {
				continue
			}
			skills := pr.Skills
			if l == "ar" && len(pr.SkillsAR) > 0 {
				skills = pr.SkillsAR
			}
			var tr []string
			for _, t := range pr.Trainings {
				tr = append(tr, t.Name+" ("+t.Provider+")")
			}
			text := desc + "\n\n" + strings.Join(skills, ", ") + "\n\n" + strings.Join(tr, "\n")
			meta := map[string]string{"profile_id": pr.ID}
			maps.Copy(meta, notes[pr.ID])
			docs = append(docs, retrieval.Document{ID: "profile:" + pr.ID + ":" + l, Kind: retrieval.KindProfile, Lang: l,
				Title: pr.Title(l), Text: text, Occupation: pr.Code, Publisher: pr.Publisher, URL: pr.URL, Meta: meta})
		}
	}
	return docs
}

// ingestNotes reads one note and indexes it.
func (p *Pipeline) ingestNotes(ctx context.Context, j job) (Summary, error) {
	if p.opts.Index == nil {
		return Summary{}, fmt.Errorf("%s: %w", j.name, ErrNoIndex)
	}
	sum := Summary{Files: []string{j.name}, Quarantine: p.quar.path, Read: 1}
	n, err := ReadNote(j.r, j.name, p.opts.Publisher)
	if err != nil {
		var re *RowError
		if !errors.As(err, &re) {
			return Summary{}, err
		}
		sum.Quarantined = 1
		p.quar.add(QuarantineEntry{File: j.name, Line: re.Line, Reason: re.Err.Error(), SHA256: j.hash})
		return sum, errors.Join(p.quar.flush(ctx), p.done(ctx, j, sum))
	}
	if err := p.opts.Index(ctx, []retrieval.Document{n.Document()}); err != nil {
		return Summary{}, fmt.Errorf("%s: index note: %w", j.name, err)
	}
	sum.Loaded = 1
	return sum, p.done(ctx, j, sum)
}
