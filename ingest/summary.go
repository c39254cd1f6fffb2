package ingest

import "slices"

// Summary counts what an ingestion did. Read = Loaded + Duplicates +
// Quarantined always: every record read is stored, recognised as
// something already stored (or read earlier in the run), or quarantined
// with its reason.
type Summary struct {
	Read        int `json:"read"`
	Loaded      int `json:"loaded"`
	Duplicates  int `json:"duplicates"`
	Quarantined int `json:"quarantined"`
	// NearDuplicates is the part of Duplicates found by similarity rather
	// than by identical content.
	NearDuplicates int `json:"near_duplicates"`
	// Updated counts loaded records that replaced an earlier version: a
	// profile with the same ID, an ad of the same source (site and id)
	// edited since (see tools.AdStore.AddAds).
	Updated int `json:"updated,omitempty"`
	// Unplaced counts loaded ads whose place the gazetteer did not know
	// (kept as written, without region); Unclassified those without an
	// occupation.
	Unplaced     int `json:"unplaced"`
	Unclassified int `json:"unclassified"`
	// Mapped says which input column was read as which field
	// ({"titre": "title"}); UnknownColumns lists columns kept as they are
	// in each ad's Meta.
	Mapped         map[string]string `json:"mapped,omitempty"`
	UnknownColumns []string          `json:"unknown_columns,omitempty"`
	// Files lists the inputs read; Skipped those left alone because
	// their content was already ingested whole (see Options.Force);
	// Resumed those continued after an interrupted run.
	Files   []string `json:"files"`
	Skipped []string `json:"skipped,omitempty"`
	Resumed []string `json:"resumed,omitempty"`
	// Quarantine is the file the quarantined records were appended to.
	Quarantine string `json:"quarantine,omitempty"`
	// Encodings names the inputs that were not UTF-8 and how they were
	// read (windows-1252, windows-1256, utf-16), so that an operator can
	// check a file guessed wrong. A record of another encoding inside a
	// UTF-8 input is quarantined instead (see DecodeInput).
	Encodings map[string]string `json:"encodings,omitempty"`
}

// Add adds o's counts and lists to s.
func (s *Summary) Add(o Summary) {
	s.Read += o.Read
	s.Loaded += o.Loaded
	s.Duplicates += o.Duplicates
	s.Quarantined += o.Quarantined
	s.NearDuplicates += o.NearDuplicates
	s.Updated += o.Updated
	s.Unplaced += o.Unplaced
	s.Unclassified += o.Unclassified
	for k, v := range o.Mapped {
		if s.Mapped == nil {
			s.Mapped = map[string]string{}
		}
		s.Mapped[k] = v
	}
	for _, c := range o.UnknownColumns {
		if !slices.Contains(s.UnknownColumns, c) {
			s.UnknownColumns = append(s.UnknownColumns, c)
		}
	}
	s.Files = append(s.Files, o.Files...)
	s.Skipped = append(s.Skipped, o.Skipped...)
	s.Resumed = append(s.Resumed, o.Resumed...)
	if o.Quarantine != "" {
		s.Quarantine = o.Quarantine
	}
	for k, v := range o.Encodings {
		if s.Encodings == nil {
			s.Encodings = map[string]string{}
		}
		s.Encodings[k] = v
	}
}
