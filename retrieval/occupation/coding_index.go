package occupation

import (
	_ "embed"
	"fmt"
	"math"
	"strings"
)

// codingIndexTSV is Marsad's coding index of Moroccan job titles: the
// titles as Moroccan ads and notices write them (French, English,
// Arabic, Darija in both scripts), each with the ISCO-08 unit group it
// names, as national statistical offices keep one beside the
// classification to code titles the classification's own labels do not
// cover. It is Marsad's own table, written by the team on 2026-12-07 from
// knowledge of Moroccan job-site usage and of the ISCO-08 definitions of
// the unit groups, in four parts by major group and a fifth of English
// offshoring, computing and public-service titles, without reading any
// labelled set of real titles, Marsad's code or ESCO (the fifth part was
// asked for after the dev half of a labelled set, set 19, showed those
// kinds of titles placed wrong, and two of its brief's examples came
// from there; its test half was not read); a title two parts
// gave different codes was left out (its code depends on more than the
// title), as were the 66 titles of unit groups ESCO has no occupation in
// (3221, 7549, 9624…: Marsad would have no name to show for them).
// Lines: code, language (fr, en, ar, ary, ary-Latn), title.
//
//go:embed coding_index.tsv
var codingIndexTSV string

// indexedTitle is one line of the coding index.
type indexedTitle struct{ code, lang, name string }

// readCodingIndex reads the coding index, saying which line does not
// read.
func readCodingIndex(s string) ([]indexedTitle, error) {
	var out []indexedTitle
	for n, line := range strings.Split(strings.TrimRight(s, "\n"), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		p := strings.Split(line, "\t")
		if len(p) != 3 || len(p[0]) != 4 || !indexLangs[p[1]] || strings.TrimSpace(p[2]) == "" {
			return nil, fmt.Errorf("coding_index.tsv:%d: want a 4-digit code, a language (fr, en, ar, ary, ary-Latn) and a title, got %q", n+1, line)
		}
		out = append(out, indexedTitle{p[0], p[1], p[2]})
	}
	return out, nil
}

var indexLangs = map[string]bool{"fr": true, "en": true, "ar": true, "ary": true, "ary-Latn": true}

// headLang is the language add reads a title's head in: French heads
// come first and English ones last; Arabic script is read first word
// first; Arabizi is left to the heads of the labels.
func (t indexedTitle) headLang() string {
	if t.lang == "fr" || t.lang == "en" {
		return t.lang
	}
	return ""
}

// addCodingIndex adds the coding index's titles once the other labels
// are weighed, under listed: a title matches one only when it holds all
// its words (listedScore). A title Marsad's tables or lexicon (named:
// keys → code) give another code is left to them: those were checked
// against labelled titles.
func (b *builder) addCodingIndex(named map[string]string) error {
	idx, err := readCodingIndex(codingIndexTSV)
	if err != nil {
		return err
	}
	th := b.th
	th.listed, th.listedKeys = map[word][]int32{}, map[word]bool{}
	plain, joined := make([][]word, len(idx)), make([][]word, len(idx)) // each title's keys, read once
	for i, t := range idx {
		plain[i] = keys(t.name)
		joined[i] = withCombiningForms(plain[i])
	}
	weighIndexKeys(th, joined)
	for i, t := range idx {
		ks := joined[i]
		if len(ks) == 0 {
			continue
		}
		id := t.code + "|" + strings.Join(ks, " ")
		if code, ok := named[strings.Join(plain[i], " ")]; ok && code != t.code {
			continue
		}
		heads := b.heads(ks, t.name, t.headLang())
		if otherLevel(named, th.generic, heads, t.code) {
			continue
		}
		if _, ok := b.seen[id]; ok {
			continue // a label already: it keeps its weight and source
		}
		b.seen[id] = int32(len(th.labels))
		e := entry{code: t.code, name: t.name, source: "index", keys: ks, heads: heads, english: t.lang == "en", computing: holdsComputingWord(ks)}
		for _, k := range unique(ks) {
			e.total += th.titleWeight(k)
			th.listedKeys[k] = true
		}
		n := int32(len(th.labels))
		th.labels = append(th.labels, e)
		for _, h := range unique(e.heads) {
			th.listed[h] = append(th.listed[h], n)
		}
	}
	return nil
}

// weighIndexKeys weighs the words only the coding index knows ("فرملي",
// "كترونيك"; titles: each index title's keys) as the other keys are
// weighed, by how few titles hold them: left at unknownWeight, a brand's,
// a title of such a word was explained as well by its head alone ("مهندس"
// for "مهندس في الإلكترونيك").
func weighIndexKeys(th *Thesaurus, titles [][]word) {
	held := map[word]int{}
	for _, ks := range titles {
		for _, k := range unique(ks) {
			if _, ok := th.weight[k]; !ok && !technology[k] {
				held[k]++ // a tool's name stays light, as in a title: "Data Engineer GCP" is a data engineer, not a "GCP engineer"
			}
		}
	}
	n := float64(len(th.labels) + len(titles))
	for k, c := range held {
		th.weight[k] = math.Max(0.5, math.Log(n/float64(c)))
	}
}

// listedScore is how well a coding index title e fits title t: nothing
// unless t holds all of e's words, then how much of t it explains.
func (th *Thesaurus) listedScore(e *entry, t titleKeys) float64 {
	for _, k := range unique(e.keys) {
		if !t.holdsOrSupports(k) {
			return 0
		}
	}
	if t.total == 0 {
		return 0
	}
	return math.Sqrt(math.Min(1, e.total/t.total))
}

// otherLevel reports whether a head of an index title is alone one of
// Marsad's names (named) in another sub-major group than code, and not
// the generic head of many ("ingénieur"): Marsad's names decide the
// level of their word ("comptable" 2411, a professional; "infirmier"
// 2221), the index refines within it ("chauffeur poids lourd" 8332
// beside "chauffeur" 8322), never across ("comptable de cabinet" at
// 3313, an associate professional, would place the same accountants at
// two levels).
func otherLevel(named map[string]string, generic map[word]bool, heads []word, code string) bool {
	for _, h := range heads {
		if c, ok := named[h]; ok && !generic[h] && c[:2] != code[:2] {
			return true
		}
	}
	return false
}
