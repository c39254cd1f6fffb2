package gen

import (
	"bytes"
	"fmt"
	"strings"
	"time"
)

// File is one file of the seed corpus, named relative to ingest/seed/ads.
type File struct {
	Name string
	Data []byte
}

// Seed corpus parameters.
const (
	corpusSeed  = 20250611
	corpusDups  = 24 // cross-site reposts planted
	corpusFirst = 104000
)

// slot is one record of a seed file: a good ad or a bad record.
type slot struct {
	ad    Ad
	uid   int
	dupOf int // uid of the reposted ad, -1 for an original
	bad   *badRecord
}

// badRecord is a record the ingest must quarantine. raw, when set, is
// written as is ({ID} replaced); otherwise the ad is written with only the
// keep fields (and its ID).
type badRecord struct {
	raw    string
	keep   []int
	reason string
}

// badRecords lists the planted bad records per seed file (index in
// siteFiles).
var badRecords = [][]badRecord{
	{
		{keep: []int{fEmployer, fCity, fSector, fContract, fSalary, fPosted, fURL}, reason: "no title and no description"},
		{keep: []int{fPosted}, reason: "no title and no description (only id and date)"},
		{keep: []int{fURL}, reason: "no title and no description (only id and link)"},
	},
	{
		{raw: `{"id":"{ID}","title":"Chauffeur poids lourd (permis C/EC)","company":"Sahara Trans SARL","location":"Tanger","descr` + "\n", reason: "broken JSON (line cut off)"},
		{raw: "<html><head><title>503 Service Temporarily Unavailable</title></head><body><h1>Service Temporarily Unavailable</h1></body></html>\n", reason: "not JSON (HTML error page)"},
		{keep: []int{fEmployer, fCity, fPosted, fScrapedAt}, reason: "no title and no description"},
	},
	{
		{keep: []int{fEmployer, fCity, fRegion, fSector, fContract, fSalary, fPosted}, reason: "no title and no description"},
		{raw: "{ID},,Atlas Sécurité,Casablanca\n", reason: "wrong number of fields (4 of 15), no title and no description"},
	},
	{
		{raw: `{"id": "{ID}", "intitule": "Technicien de maintenance", "entreprise": "Tizi Industries", "ville": "Kénitra", "description": "Maintenance préventive et curative des lignes` + "\n", reason: "broken JSON (unterminated string)"},
		{keep: []int{fEmployer, fCity, fRegion, fPosted, fAgency}, reason: "empty title and no description"},
	},
}

// SeedCorpus builds the bundled demo corpus: the four site exports, then
// DUPLICATES.tsv (id_a, id_b: original and repost), BAD.tsv (file, line where
// the record starts, reason) and LABELS.tsv (id, intended ISCO-08 code), each
// TSV with a header row. It is deterministic.
func SeedCorpus() ([]File, error) {
	files, ids := seedSlots()
	out := make([]File, 0, len(siteFiles)+3)
	var bad, labels, dups bytes.Buffer
	bad.WriteString("file\tline\treason\n")
	labels.WriteString("id\tisco\n")
	dups.WriteString("id_a\tid_b\n")
	for i, sf := range siteFiles {
		data, err := writeSite(files[i], sf.schema, i, &bad)
		if err != nil {
			return nil, fmt.Errorf("gen: write %s: %w", sf.name, err)
		}
		out = append(out, File{Name: sf.name, Data: data})
		for _, s := range files[i] {
			if s.bad != nil {
				continue
			}
			fmt.Fprintf(&labels, "%s\t%s\n", s.ad.ID, s.ad.ISCO)
			if s.dupOf >= 0 {
				fmt.Fprintf(&dups, "%s\t%s\n", ids[s.dupOf], s.ad.ID)
			}
		}
	}
	return append(out, File{"DUPLICATES.tsv", dups.Bytes()}, File{"BAD.tsv", bad.Bytes()}, File{"LABELS.tsv", labels.Bytes()}), nil
}

// seedSlots builds the records of every seed file, in file order, and the
// IDs of the good ads by uid.
func seedSlots() ([][]slot, map[int]string) {
	g := newRNG(corpusSeed, 2)
	files, uid := make([][]slot, len(siteFiles)), 0
	for i, sf := range siteFiles {
		for range sf.count {
			files[i] = append(files[i], slot{ad: g.fresh(&siteStyles[sf.style]), uid: uid, dupOf: -1})
			uid++
		}
	}
	plantDuplicates(g, files, uid)
	plantBad(g, files)
	return files, assignIDs(g, files)
}

// plantDuplicates reposts corpusDups originals on another site, at a random
// place in that site's file.
func plantDuplicates(g *rng, files [][]slot, uid int) {
	used := map[int]bool{}
	weights := make([]int, len(siteFiles))
	for i, sf := range siteFiles {
		weights[i] = sf.count
	}
	for planted := 0; planted < corpusDups; {
		i := g.weighted(weights)
		j := g.intn(len(files[i]))
		src := files[i][j]
		if src.dupOf >= 0 || used[src.uid] {
			continue
		}
		used[src.uid] = true
		t := (i + 1 + g.intn(len(siteFiles)-1)) % len(siteFiles)
		d := slot{ad: g.repost(&src.ad, &siteStyles[siteFiles[t].style]), uid: uid, dupOf: src.uid}
		uid++
		p := g.intn(len(files[t]) + 1)
		files[t] = append(files[t][:p], append([]slot{d}, files[t][p:]...)...)
		planted++
	}
}

// plantBad inserts the bad records of each file away from its edges.
func plantBad(g *rng, files [][]slot) {
	for i, recs := range badRecords {
		st := &siteStyles[siteFiles[i].style]
		for k := range recs {
			a := g.fresh(st)
			p := g.between(3, len(files[i])-3)
			s := slot{ad: a, uid: -1, dupOf: -1, bad: &recs[k]}
			files[i] = append(files[i][:p], append([]slot{s}, files[i][p:]...)...)
		}
	}
}

// assignIDs numbers the records of each file in order, stamps their site and
// address, and returns the IDs of the good ads by uid.
func assignIDs(g *rng, files [][]slot) map[int]string {
	ids := map[int]string{}
	for i, sf := range siteFiles {
		n := corpusFirst + 1000*i
		for k := range files[i] {
			n += g.between(1, 37)
			s := &files[i][k]
			s.ad.ID = fmt.Sprintf("%s-%d", sf.prefix, n)
			setSite(&s.ad, &siteStyles[sf.style])
			if s.bad != nil && s.bad.raw == "" {
				blank(&s.ad, s.bad.keep)
			}
			if s.uid >= 0 {
				ids[s.uid] = s.ad.ID
			}
		}
	}
	for i := range files {
		for k := range files[i] {
			if s := &files[i][k]; s.dupOf >= 0 {
				s.ad.DupOf = ids[s.dupOf]
			}
		}
	}
	return ids
}

// blank empties every published field of a except its ID and keep.
func blank(a *Ad, keep []int) {
	kept := map[int]bool{}
	for _, f := range keep {
		kept[f] = true
	}
	fields := map[int]*string{fTitle: &a.Title, fEmployer: &a.Employer, fCity: &a.City, fRegion: &a.Region,
		fSector: &a.Sector, fContract: &a.Contract, fSalary: &a.Salary, fEducation: &a.Education,
		fExperience: &a.Experience, fDescription: &a.Description, fPosted: &a.Posted, fURL: &a.URL, fSourceSite: &a.SourceSite}
	for f, p := range fields {
		if !kept[f] {
			*p = ""
		}
	}
	if !kept[fSkills] {
		a.Skills = nil
	}
	if !kept[fPositions] {
		a.Positions = 0
	}
	if !kept[fAgency] {
		a.cityKey = ""
	}
	if !kept[fScrapedAt] {
		a.date = time.Time{}
	}
}

// writeSite encodes one seed file and appends its bad records to bad.
func writeSite(slots []slot, s schema, file int, bad *bytes.Buffer) ([]byte, error) {
	var buf bytes.Buffer
	enc, err := newEncoder(&buf, s, corpusSeed+int64(file))
	if err != nil {
		return nil, err
	}
	if err := enc.header(); err != nil {
		return nil, err
	}
	for k := range slots {
		sl := &slots[k]
		if sl.bad != nil {
			line, err := enc.line()
			if err != nil {
				return nil, err
			}
			fmt.Fprintf(bad, "%s\t%d\t%s\n", siteFiles[file].name, line, sl.bad.reason)
		}
		if sl.bad != nil && sl.bad.raw != "" {
			err = enc.raw(strings.ReplaceAll(sl.bad.raw, "{ID}", sl.ad.ID))
		} else {
			err = enc.write(&sl.ad)
		}
		if err != nil {
			return nil, err
		}
	}
	if err := enc.flush(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
