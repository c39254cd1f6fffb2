package prompts

import (
	"fmt"
	"strconv"
	"strings"
)

// SourceWords are the words of a list of sources in one language: its
// heading (one source, several), how a relay is named, what the periods a
// source supports are called, and the marks of demo data, of Marsad's own
// reference sheets and of job-ad counts.
type SourceWords struct {
	Heading, HeadingOne string
	ReportedBy          string // "rapporté par": "HCP, rapporté par LNT"
	Supports            string // before the periods: "chiffres : 2017–2023"
	Demo                string // "données de démonstration"
	OwnSheet            string // Marsad's own reference sheet
	AdsCounted          string // a count of ads from a site; %s is the number
	Period              string // before a document's date
	Figures             string // a count of official figures; %s is the number
	Sheets              string // a count of occupation sheets; %s is the number
	Notes               string // a count of analytical notes; %s is the number
}

var sourceWords = map[string]SourceWords{
	"fr": {Heading: "Sources", HeadingOne: "Source", ReportedBy: "rapporté par", Supports: "chiffres",
		Demo: "données de démonstration", OwnSheet: "fiche de référence de Marsad",
		AdsCounted: "%s offres d'emploi dédoublonnées", Period: "période",
		Figures: "%s chiffres officiels", Sheets: "%s fiches métiers", Notes: "%s notes d'analyse"},
	"ar": {Heading: "المصادر", HeadingOne: "المصدر", ReportedBy: "نقلا عن", Supports: "الأرقام",
		Demo: "بيانات تجريبية", OwnSheet: "بطاقة مرجعية من إعداد مرصد",
		AdsCounted: "%s إعلان شغل بعد حذف المكرر", Period: "الفترة",
		Figures: "%s رقما رسميا", Sheets: "%s بطاقة مهنية", Notes: "%s مذكرة تحليلية"},
	"ary": {Heading: "المصادر", HeadingOne: "المصدر", ReportedBy: "نقلا على", Supports: "الأرقام",
		Demo: "داتا ديال التجربة", OwnSheet: "فيشة مرجعية ديال مرصد",
		AdsCounted: "%s إعلان ديال الخدمة بلا تكرار", Period: "الفترة",
		Figures: "%s رقم رسمي", Sheets: "%s فيشة ديال الخدمة", Notes: "%s مذكرة ديال التحليل"},
	"ary-Latn": {Heading: "Sources", HeadingOne: "Source", ReportedBy: "3la 7sab", Supports: "l2ar9am",
		Demo: "data dyal demo", OwnSheet: "fiche dyal Marsad",
		AdsCounted: "%s annonce dyal lkhdma bla tekrar", Period: "lfatra",
		Figures: "%s ra9m rasmi", Sheets: "%s fiche dyal lkhdma", Notes: "%s note dyal ta7lil"},
	"en": {Heading: "Sources", HeadingOne: "Source", ReportedBy: "reported by", Supports: "figures",
		Demo: "demo data", OwnSheet: "Marsad's own reference sheet",
		AdsCounted: "%s deduplicated job ads", Period: "period",
		Figures: "%s official figures", Sheets: "%s occupation sheets", Notes: "%s analytical notes"},
}

// Sources returns the words of a source list in lang (French for a
// language Marsad does not answer in).
func Sources(lang string) SourceWords {
	if w, ok := sourceWords[lang]; ok {
		return w
	}
	return sourceWords["fr"]
}

// AdsCounted words a count of ads from one site in lang.
func AdsCounted(lang string, n int) string { return Count(lang, "ads", n) }

// singular words one thing where the plural would be wrong.
var singular = map[string]map[string]string{
	"fr": {"figures": "%s chiffre officiel", "sheets": "%s fiche métier", "ads": "%s offre d'emploi dédoublonnée", "notes": "%s note d'analyse"},
	"en": {"figures": "%s official figure", "sheets": "%s occupation sheet", "ads": "%s deduplicated job ad", "notes": "%s analytical note"},
}

// Count words n things of a kind in lang: what is one of Figures, Sheets,
// AdsCounted or Notes ("figures", "sheets", "ads", "notes").
func Count(lang, what string, n int) string {
	w := Sources(lang)
	f := map[string]string{"figures": w.Figures, "sheets": w.Sheets, "ads": w.AdsCounted, "notes": w.Notes}[what]
	if one, ok := singular[lang][what]; ok && n == 1 {
		f = one
	}
	if f == "" {
		return Number(lang, float64(n))
	}
	return fmt.Sprintf(f, Number(lang, float64(n)))
}

// SupportsLabel words the periods a source supports, in the order given:
// runs of consecutive years become one range ("2014, 2016–2019, T3 2024";
// PeriodLabel words the others).
func SupportsLabel(lang string, periods []string) string {
	var parts []string
	for i := 0; i < len(periods); {
		j := i
		for j+1 < len(periods) && nextYear(periods[j], periods[j+1]) {
			j++
		}
		switch {
		case j-i >= 2:
			parts = append(parts, periods[i]+"–"+periods[j])
		case j == i+1:
			parts = append(parts, periods[i], periods[j])
		default:
			parts = append(parts, PeriodLabel(lang, periods[i]))
		}
		i = j + 1
	}
	sep := ", "
	if lang == "ar" || lang == "ary" {
		sep = "، "
	}
	return strings.Join(parts, sep)
}

// nextYear reports whether a and b are years, b the one after a.
func nextYear(a, b string) bool {
	ya, ea := strconv.Atoi(a)
	yb, eb := strconv.Atoi(b)
	return ea == nil && eb == nil && len(a) == 4 && len(b) == 4 && yb == ya+1
}
