package tools

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
)

// SourceKey identifies an ad at its source, so that a later export of the
// same site can update it: its site and the id the site gave it
// (Meta["source_id"]), else its address. It is "" when the ad has
// neither; such an ad can be added, never updated.
func (a Ad) SourceKey() string {
	if id := a.Meta["source_id"]; id != "" {
		return a.SourceSite + "\x00" + id
	}
	return a.URL
}

// AdVersion is a hash of what an ad says, so that a store tells an ad
// edited at its source (a new salary, a rewritten description) from the
// same ad read again. It leaves out what does not change the ad: where
// and when it was read (Seen, Meta file, line and collected_at), its posting date (a
// repost with a new date is the same ad, as in its ID), and what is
// derived from its text (Vector, Signature).
func AdVersion(a Ad) string {
	a.ID, a.Seen, a.Posted, a.Vector, a.Signature = "", "", "", nil, nil
	meta := make(map[string]string, len(a.Meta))
	for k, v := range a.Meta {
		if k != "file" && k != "line" && k != "collected_at" {
			meta[k] = v
		}
	}
	a.Meta = meta
	b, _ := json.Marshal(a) // map keys are sorted: the same ad gives the same bytes
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:12])
}
