package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// maxProfileFile bounds an occupation-profile file, read whole (profiles
// are a few hundred, not millions).
const maxProfileFile = 64 << 20

// profileRecord is an occupation profile as files write it. Both the
// seed's names (isco, names, description) and tools.Profile's (code,
// titles, descriptions) are accepted.
type profileRecord struct {
	ID           string            `json:"id" yaml:"id"`
	ISCO         string            `json:"isco" yaml:"isco"`
	Code         string            `json:"code" yaml:"code"`
	Names        map[string]string `json:"names" yaml:"names"`
	Titles       map[string]string `json:"titles" yaml:"titles"`
	Aliases      []string          `json:"aliases" yaml:"aliases"`
	Sector       string            `json:"sector" yaml:"sector"`
	Description  map[string]string `json:"description" yaml:"description"`
	Descriptions map[string]string `json:"descriptions" yaml:"descriptions"`
	Skills       []string          `json:"skills" yaml:"skills"`
	SkillsAR     []string          `json:"skills_ar" yaml:"skills_ar"`
	Education    string            `json:"education" yaml:"education"`
	Salary       struct {
		Min  float64 `json:"min" yaml:"min"`
		Max  float64 `json:"max" yaml:"max"`
		Note string  `json:"note" yaml:"note"`
	} `json:"salary_mad" yaml:"salary_mad"`
	Trainings []tools.Training `json:"trainings" yaml:"trainings"`
	Publisher string           `json:"publisher" yaml:"publisher"`
	URL       string           `json:"url" yaml:"url"`
}

// ProfileRecord is one profile read from a file, or why it could not be.
type ProfileRecord struct {
	Line    int
	Profile tools.Profile
	Err     error // the profile goes to quarantine
	Raw     string
	// Notes says what reading dropped from the profile (url_dropped: why
	// its address, or a training's, was not http(s)), for the Meta of its
	// documents; nil when nothing was.
	Notes map[string]string
}

// ReadProfiles reads occupation profiles from JSON (an array of objects,
// or an object with a "profiles" array) or YAML (a list of mappings).
// publisher is the source named for profiles that name none. A profile
// that fails validation is returned with Err set and its line; an input
// that is not such a document is an error wrapping ErrBadFile.
func ReadProfiles(r io.Reader, name, publisher string) ([]ProfileRecord, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxProfileFile+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxProfileFile {
		return nil, &RowError{File: name, Line: 1, Err: fmt.Errorf("profile file larger than %d bytes", maxProfileFile)}
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if line := invalidLine(data); line > 0 { // the decoders would read each bad byte as U+FFFD
		reason, _ := notUTF8(string(data))
		return nil, &RowError{File: name, Line: line, Err: errors.New(reason)}
	}
	var recs []profileRecord
	var lines []int
	if t := bytes.TrimSpace(data); len(t) > 0 && (t[0] == '[' || t[0] == '{') {
		recs, lines, err = decodeProfilesJSON(data)
	} else {
		recs, lines, err = decodeProfilesYAML(data)
	}
	if err != nil {
		return nil, &RowError{File: name, Line: 1, Err: err}
	}
	out := make([]ProfileRecord, len(recs))
	for i, rec := range recs {
		raw, _ := json.Marshal(rec)
		p, notes := rec.profile(publisher)
		out[i] = ProfileRecord{Line: lines[i], Profile: p, Err: tools.ValidateProfile(p), Raw: string(raw), Notes: notes}
	}
	return out, nil
}

// decodeProfilesJSON decodes the array element by element to know each
// one's line.
func decodeProfilesJSON(data []byte) ([]profileRecord, []int, error) {
	if t := bytes.TrimSpace(data); t[0] == '{' {
		var wrap struct {
			Profiles json.RawMessage `json:"profiles"`
		}
		if err := json.Unmarshal(t, &wrap); err != nil || wrap.Profiles == nil {
			return nil, nil, fmt.Errorf("a JSON profile file is an array of profiles or {\"profiles\": [...]}")
		}
		base := bytes.Index(data, wrap.Profiles)
		recs, lines, err := decodeProfilesJSON(wrap.Profiles)
		for i := range lines {
			lines[i] += bytes.Count(data[:base], []byte("\n"))
		}
		return recs, lines, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	if _, err := dec.Token(); err != nil {
		return nil, nil, err
	}
	var recs []profileRecord
	var lines []int
	for dec.More() {
		off := dec.InputOffset()
		var rec profileRecord
		if err := dec.Decode(&rec); err != nil {
			return nil, nil, fmt.Errorf("profile %d: %w", len(recs)+1, err)
		}
		start := off + int64(len(data[off:])-len(bytes.TrimLeft(data[off:], " \t\r\n,")))
		recs, lines = append(recs, rec), append(lines, 1+bytes.Count(data[:start], []byte("\n")))
	}
	return recs, lines, nil
}

func decodeProfilesYAML(data []byte) ([]profileRecord, []int, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, nil, fmt.Errorf("neither JSON nor YAML: %w", err)
	}
	if len(root.Content) == 0 || root.Content[0].Kind != yaml.SequenceNode {
		return nil, nil, fmt.Errorf("a YAML profile file is a list of profiles")
	}
	var recs []profileRecord
	var lines []int
	for _, n := range root.Content[0].Content {
		var rec profileRecord
		if err := n.Decode(&rec); err != nil {
			return nil, nil, fmt.Errorf("line %d: %w", n.Line, err)
		}
		recs, lines = append(recs, rec), append(lines, n.Line)
	}
	return recs, lines, nil
}

// profile converts a record; publisher is used when it names none. Its
// addresses and its trainings' are kept when they are http(s) (see
// webAddress); the notes say why one was dropped.
func (r profileRecord) profile(publisher string) (tools.Profile, map[string]string) {
	p := tools.Profile{ID: r.ID, Code: strings.TrimSpace(first(r.ISCO, r.Code)), Titles: firstMap(r.Names, r.Titles),
		Aliases: r.Aliases, Sector: r.Sector, Descriptions: firstMap(r.Description, r.Descriptions), Skills: r.Skills,
		SkillsAR: r.SkillsAR, Education: r.Education, SalaryMin: r.Salary.Min, SalaryMax: r.Salary.Max,
		SalaryNote: r.Salary.Note, Trainings: slices.Clone(r.Trainings), Publisher: first(r.Publisher, publisher)}
	if p.ID == "" {
		p.ID = p.Code + "-" + strings.ReplaceAll(lang.Normalize(p.Title("fr")), " ", "-")
	}
	p.SkillIDs = skillIDs(append(slices.Clone(p.Skills), p.SkillsAR...))
	var notes map[string]string
	note := func(k, why string) {
		if why != "" {
			if notes == nil {
				notes = map[string]string{}
			}
			notes[k] = why
		}
	}
	var why string
	p.URL, why = webAddress(r.URL)
	note("url_dropped", why)
	for i := range p.Trainings {
		p.Trainings[i].URL, why = webAddress(p.Trainings[i].URL)
		note("training_url_dropped", why)
	}
	return p, notes
}

func first(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func firstMap(a, b map[string]string) map[string]string {
	if len(a) > 0 {
		return a
	}
	return b
}
