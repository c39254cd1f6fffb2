package ingest

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// Ads posted on social media and classified-ad sites often come as one
// block of text: the salary, the contract and the diploma are written in
// the message, not in columns. fromText reads them there when the columns
// said nothing, and says so in Meta (salary_from, contract_from,
// education_from: "description"), so that a figure read from prose is
// never mistaken for one an employer filled in a form. descConcepts are
// the concepts lang.FindDocumentConcepts found in the description (classification
// has them already).
func fromText(ad *tools.Ad, meta map[string]string, descConcepts []lang.ConceptMatch) {
	if ad.Description == "" {
		return
	}
	if ad.SalaryText == "" {
		if span := salaryInText(ad.Description); span != "" {
			sal := parseSalary(span)
			if sal.min > 0 {
				ad.SalaryMin, ad.SalaryMax, ad.SalaryNote, ad.SalaryText = sal.min, sal.max, sal.note, span
				meta["salary_from"] = "description"
			}
		}
	}
	if ad.Contract == "" {
		if c := firstOf(descConcepts, lang.KindContract); c != "" && c != "anapec" {
			ad.Contract = c // anapec names the agency in prose more often than the contract
			meta["contract_from"] = "description"
		}
	}
	if ad.Education == "" {
		if e := educationInText(ad.Description); e != "" {
			ad.Education = e
			meta["education_from"] = "description"
		}
	}
}

// salaryRe finds an amount, or a range of two, followed by a currency
// (DH, MAD, dirhams, درهم) and, when the text says it, the period
// ("/nhar", "لنهار", "par jour", "f chhar"): what parseSalary reads.
var salaryRe = regexp.MustCompile(`(?i)` + amountPat + `(?:\s*(?:-|–|à|a|au|et|to|l|حتى|إلى|الى|و)\s*` + amountPat + `)?` +
	`\s*(?:dhs?|mad|dirhams?|درهم|دراهم)` +
	`(?:\s*(?:/|par|f|fi|l|في|ف|de\s+l'|de\s+la|la|le)?\s*` +
	`(?:nhar|lnhar|jour|journée|heure|h|sa3a|lsa3a|mois|chhar|day|hour|month|شهر|الشهر|فالشهر|نهار|لنهار|النهار|يوم|اليوم|ساعة|لساعة|الساعة|للساعة|semaine|an|année)(?:[^\pL]|$))?`)

// amountPat is an amount as ads write it: 2800, 4 500, 12.000, 8k.
const amountPat = `\d[\d .,]*k?`

// salaryInText returns the first salary phrase of text, "" when none.
func salaryInText(text string) string {
	s := salaryRe.FindString(asciiDigits(text))
	return strings.TrimRight(strings.TrimSpace(s), " ,.;:!،")
}

// educationInText returns the level of the first degree text names: only
// the names of diplomas (bac, bac+2, licence, master, doctorat...), not
// the words of a job (technicien, ingénieur), which in a description
// name the post rather than the degree asked.
func educationInText(text string) string {
	t := " " + lang.Normalize(text) + " "
	best, at := "", len(t)
	for _, e := range degreeWords {
		for _, p := range e.phrases {
			if i := strings.Index(t, p); i >= 0 && i < at {
				best, at = e.level, i
			}
		}
	}
	return best
}

// degreeWords are the diploma names educationInText looks for, the
// longest first within a level so that "bac 2" is not read as "bac".
var degreeWords = []struct {
	level   string
	phrases phrases
}{
	{"doctorate", words("doctorat", "phd", "دكتوراه")},
	{"bac+5", words("bac 5", "bac 4 5", "master", "mastere", "diplome d ingenieur", "ماستر", "باك 5")},
	{"bac+3", words("bac 3", "bac 3 4", "bac 4", "licence", "licence professionnelle", "إجازة", "الاجازة", "باك 3")},
	{"bac+2", words("bac 2", "bts", "dut", "dts", "deug", "technicien specialise", "باك 2", "تقني متخصص")},
	{"bac", words("bac", "baccalaureat", "niveau bac", "الباكالوريا", "باكالوريا", "الباك", "باك")},
}

// titleFromText is the title shown for an ad that has none: the first
// line of its description, cut at a space near maxTitle runes.
func titleFromText(desc string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(desc), "\n")
	if utf8.RuneCountInString(line) <= maxTitle {
		return strings.TrimRight(line, " .,;:!،؛") // a title ends without its sentence's stop
	}
	rs := []rune(line)[:maxTitle]
	for i := len(rs) - 1; i > maxTitle/2; i-- {
		if rs[i] == ' ' {
			return strings.TrimRight(string(rs[:i]), " ,;:-") + "…"
		}
	}
	return string(rs) + "…"
}

// maxTitle is the length in runes of a title made from a description.
const maxTitle = 80
