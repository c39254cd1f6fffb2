package ingest

import (
	"context"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// errNoText is the quarantine reason of a record with neither title nor
// description.
const errNoText = "no title and no description"

// normaliser turns raw records into ads. It is safe for concurrent use.
type normaliser struct {
	classifier *Classifier
	ref        time.Time // reference date of relative dates, when a record has no seen date
	file       string
	fetched    time.Time // when the input was fetched (IngestFetched), zero otherwise
}

// normalised is one record after normalisation: an ad, or the reason it
// goes to quarantine.
type normalised struct {
	ad     tools.Ad
	entry  dedupEntry // the ad as dedup sees it, made here to spare the committer
	reason string
	raw    string
	line   int
}

func (n *normaliser) normalise(ctx context.Context, r *rawAd) (normalised, error) {
	out := normalised{raw: r.raw, line: r.line}
	ad, truncated, reason := readText(r)
	if out.reason = reason; reason != "" {
		return out, nil
	}
	f := &r.fields
	meta := map[string]string{"file": n.file, "line": strconv.Itoa(r.line)}
	for k, v := range limitExtra(r.extra) {
		meta[k] = v
	}
	setMeta := func(k, v string) {
		if v = strings.TrimSpace(v); v != "" {
			meta[k], _ = clipBytes(v, maxMetaValue)
		}
	}
	setMeta("source_id", f[fID])
	setMeta(MetaCollectedAt, collectedAt(f[fSeen], n.fetched))
	p := placeAd(f[fCity], f[fRegion], ad.Title, ad.Description)
	ad.City, ad.Province, ad.Region = p.city, p.province, p.region
	if p.from == "title" || p.from == "description" {
		meta["place_from"] = p.from
	}
	n.dates(&ad, f, setMeta)
	n.terms(&ad, f, setMeta)
	sal := parseSalary(oneLine(f[fSalary]))
	ad.SalaryMin, ad.SalaryMax, ad.SalaryNote, ad.SalaryText = sal.min, sal.max, sal.note, oneLine(f[fSalary])
	var dropped string
	if ad.URL, dropped = webAddress(f[fURL]); dropped != "" {
		meta["url_dropped"] = dropped
	}
	ad.SourceSite = sourceSite(f[fSourceSite], ad.URL)
	ad.Lang = string(lang.Detect(ad.Title + "\n" + prefix(ad.Description, 300)))
	tt := adText{title: ad.Title, text: ad.Description, sector: f[fSector], employer: ad.Employer, titleTokens: lang.Tokens(ad.Title)}
	n.classify(&ad, r, &tt, setMeta)
	fromText(&ad, meta, tt.descConcepts)
	if ad.Contract == "" {
		ad.Contract = firstOf(tt.titleConcepts, lang.KindContract)
	}
	if ad.Sector == "" && ad.Occupation != "" {
		ad.Sector = sectorOfOccupation(ad.Occupation)
		meta["sector_from"] = "occupation"
	}
	empT, descT := lang.Tokens(ad.Employer), lang.Tokens(ad.Description)
	ad.ID = adID(tt.titleTokens, empT, lang.Tokens(placeKey(p)), descT)
	ad.Signature = signature(tt.titleTokens, empT, descT)
	if ad.Title == "" { // after the ID, which stays that of the text as given
		ad.Title, meta["title_from"] = titleFromText(ad.Description), "description"
	}
	if truncated = append(truncated, limitAd(&ad)...); len(truncated) > 0 { // city and salary are read by now
		meta["truncated"] = strings.Join(truncated, ",")
	}
	ad.Meta = meta
	out.ad, out.entry = ad, newEntry(ad.ID, ad.Signature, ad.Region, ad.Employer, ad.SourceKey(), tools.AdVersion(ad))
	return out, nil
}

// readText returns the title, text and employer of a record as ingestion
// stores them (markup stripped, lengths limited: the fields limitAd cut),
// or why the record is refused.
func readText(r *rawAd) (ad tools.Ad, truncated []string, reason string) {
	if r.err != nil {
		return ad, nil, r.err.Error()
	}
	if reason := oversized(&r.fields); reason != "" {
		return ad, nil, reason
	}
	desc, _ := clipBytes(r.fields[fDescription], maxRawDescription) // bounds the work on markup; limitAd cuts the text
	ad = tools.Ad{Title: oneLine(r.fields[fTitle]), Description: plainText(desc), Employer: oneLine(r.fields[fEmployer])}
	if ad.Title == "" && ad.Description == "" {
		return ad, nil, errNoText
	}
	return ad, limitAd(&ad), "" // before the ID and the signature, which stay those of the text stored
}

// placeKey is the place part of an ad's ID: its region when known (so
// that "Casa" and "Casablanca" agree), else the city as written.
func placeKey(p placed) string {
	if p.region != "" {
		return p.region
	}
	return p.city
}

// dates fills Seen and Posted; a posting date that cannot be read is kept
// in Meta as posted_raw.
func (n *normaliser) dates(ad *tools.Ad, f *[numFields]string, setMeta func(k, v string)) {
	ref := n.ref
	if seen, ok := parseDate(f[fSeen], n.ref); ok {
		ref = seen
	}
	ad.Seen = ref.Format(time.DateOnly)
	if d, ok := parseDate(f[fPosted], ref); ok {
		ad.Posted = d.Format(time.DateOnly)
	} else {
		setMeta("posted_raw", f[fPosted])
	}
}

// terms fills contract, sector, education and experience, keeping what
// could not be read in Meta.
func (n *normaliser) terms(ad *tools.Ad, f *[numFields]string, setMeta func(k, v string)) {
	contract := oneLine(f[fContract])
	if ad.Contract = conceptOf(contract, lang.KindContract); ad.Contract == "" {
		setMeta("contract_raw", contract)
	}
	sector := oneLine(f[fSector])
	ad.Sector = sectorOf(sector)
	setMeta("sector_raw", sector)
	edu := oneLine(f[fEducation])
	if ad.Education = parseEducation(edu); ad.Education == "" {
		setMeta("education_raw", edu)
	}
	exp := oneLine(f[fExperience])
	if years, ok := parseExperience(exp); ok {
		ad.ExperienceMin = &years
	} else {
		setMeta("experience_raw", exp)
	}
}

// conceptOf returns the first concept of a kind lang finds in s.
func conceptOf(s, kind string) string {
	if s == "" {
		return ""
	}
	for _, m := range lang.FindDocumentConcepts(s) {
		if m.Concept.Kind == kind {
			return m.Concept.Value
		}
	}
	return ""
}

// classify sets the occupation and the skills, and the concepts of tt
// (the fields of the ad's text read after it).
func (n *normaliser) classify(ad *tools.Ad, r *rawAd, tt *adText, setMeta func(k, v string)) {
	tt.titleConcepts = lang.FindDocumentConcepts(ad.Title)
	tt.descConcepts = lang.FindDocumentConcepts(ad.Description)
	m := n.classifier.Classify(*tt)
	ad.Occupation, ad.OccupationVia = m.Code, m.Via
	if m.Code != "" {
		setMeta("occupation_confidence", strconv.FormatFloat(m.Confidence, 'f', 2, 64))
		setMeta("occupation_label", m.Label)
	}
	listed := r.skills
	if len(listed) == 0 {
		listed = splitList(prefix(r.fields[fSkills], maxSkills*maxSkillRunes))
	}
	listed = limitList(listed)
	ad.Skills = skillIDs(listed, tt.titleConcepts, tt.descConcepts)
}

// skillIDs returns the sorted distinct lexicon skills named in the listed
// skills (read as one text, the items separated by phrase breaks), the
// title and the description.
func skillIDs(listed []string, groups ...[]lang.ConceptMatch) []string {
	var out []string
	if len(listed) > 0 {
		groups = append(groups, lang.FindDocumentConcepts(strings.Join(listed, " ; ")))
	}
	for _, g := range groups {
		for _, m := range g {
			if m.Concept.Kind == lang.KindSkill && !slices.Contains(out, m.Concept.Value) {
				out = append(out, m.Concept.Value)
			}
		}
	}
	slices.Sort(out)
	return out
}

func firstOf(cs []lang.ConceptMatch, kind string) string {
	for _, m := range cs {
		if m.Concept.Kind == kind {
			return m.Concept.Value
		}
	}
	return ""
}

// splitList splits a skills field on , ; | and line breaks.
func splitList(s string) []string {
	var out []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '|' || r == '\n' || r == '،' }) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// sourceSite returns the site an ad came from: the source_site field, as
// a host name when it is an address (an http(s) one only: see
// webAddress), else the host of the ad's link, without "www.".
func sourceSite(field, link string) string {
	field = strings.TrimSpace(field)
	if field != "" && !strings.ContainsAny(field, "/:") {
		return strings.ToLower(field)
	}
	field, _ = webAddress(field)
	for _, s := range []string{field, link} {
		if u, err := url.Parse(s); err == nil && u.Host != "" {
			return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
		}
	}
	return ""
}

// prefix returns about the first n bytes of s, cut at a rune boundary.
func prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }
