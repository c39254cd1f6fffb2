package lang

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// askedIndicator is the indicator a message asks for as the planner reads
// it: the first one named, which a sector named beside it makes that
// sector's series when one is published (lexicon_indicators.go; the
// planner's withSector).
func askedIndicator(text string) string {
	ind, sectors := "", map[string]bool{}
	for _, m := range FindConcepts(text) {
		switch {
		case m.Concept.Kind == KindIndicator && ind == "":
			ind = m.Concept.Value
		case m.Concept.Kind == KindSector:
			sectors[m.Concept.Value] = true
		}
	}
	for s := range sectors {
		if len(sectors) == 1 && sectorSeries[ind+"_"+s] {
			return ind + "_" + s
		}
	}
	return ind
}

// sectorSeries are the indicators published by sector.
var sectorSeries = func() map[string]bool {
	m := map[string]bool{}
	for _, ind := range []string{"net_jobs_created", "excessive_hours_share", "employed_persons", "underemployment_rate"} {
		for _, s := range []string{"services", "industry", "construction", "agriculture"} {
			m[ind+"_"+s] = !(ind == "underemployment_rate" && s == "agriculture")
		}
	}
	return m
}()

// Every indicator of the figures, asked in everyday words of the five
// languages (testdata/indicator_wordings.tsv), is the first one named.
func TestIndicatorWordings(t *testing.T) {
	f, err := os.Open("testdata/indicator_wordings.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		p := strings.SplitN(line, "\t", 3)
		if len(p) != 3 || !Tag(p[1]).Valid() {
			t.Fatalf("bad line %q", line)
		}
		n++
		if got := askedIndicator(p[2]); got != p[0] {
			t.Errorf("%s: %q asks %q, want %s", p[1], p[2], got, p[0])
		}
	}
	if n < 300 {
		t.Errorf("%d wordings, want at least 300", n)
	}
}

// Questions near the indicators' words (a salary, job ads with health
// insurance, how to send money home, an indicator Marsad lacks) name none.
func TestIndicatorsNotNamed(t *testing.T) {
	for _, text := range []string{
		"What is the trade union membership rate of Moroccan workers?",
		"الخدامة ف الكول سونطر شحال كتشد ف الشهر ف كازا؟",
		"offres d'emploi pour travailleurs saisonniers à Agadir",
		"combien gagne un ouvrier agricole ?",
		"je cherche un travail avec assurance maladie à Rabat",
		"offres avec CNSS et AMO à Casablanca",
		"les salariés ont-ils droit à une mutuelle ?",
		"comment envoyer de l'argent au Maroc depuis la France ?",
		"how do I send money to Morocco from Spain?",
		"jobs for workers with health insurance in Tangier",
		"bghit khdma fiha cnss w assurance f casa",
		"بغيت خدمة فيها لاسيرونس ف طنجة",
		"ما هي حقوق العمال في الضمان الاجتماعي؟",
		"chno howa smig f lmghrib?",
		"c'est quoi le SMIG ?",
		"what is the minimum wage in Morocco?",
		"combien d'offres ANAPEC à Casablanca ?",
		"كيفاش نتسجل ف لانابيك؟",
		"comment s'inscrire au programme Idmaj ?",
		"what is the Tahfiz programme?",
		"chno howa tahfiz?",
		"lkhdama f lmo3amil ch7al kaychdo?",
		"combien d'heures de formation pour devenir soudeur ?",
		"how many hours is the OFPPT training for electricians?",
		"what jobs can I do from home?",
		"le taux de syndicalisation des travailleurs",
		"شحال ديال الناس خدامين ف الميطافيرس ف المغرب؟",
		"how many people work in the metaverse in Morocco?",
		"quels sont les métiers les plus demandés à l'étranger ?",
		"kayn chi khdma f lkharij m3a lanapec?",
		"les MRE peuvent-ils postuler aux offres de l'ANAPEC ?",
		"Moroccans abroad: can they apply for jobs in Morocco?",
		"combien de temps dure un CDD au Maroc ?",
		"how long is a probation period in Morocco?",
		"شحال كتدوم الكونطرا ديال لانابيك؟",
	} {
		if got := askedIndicator(text); got != "" {
			t.Errorf("%q asks %s, want no indicator", text, got)
		}
	}
}

// A more specific indicator wins over a general one: a longer name
// starting inside a shorter one, a qualifier anywhere in the message, a
// narrower indicator named beside a broader one.
func TestNarrowerIndicatorWins(t *testing.T) {
	cases := map[string]string{
		"ما هي نسبة الشغل الناقص المرتبط بالدخل في 2025؟":                        "income_related_underemployment_rate",
		"شحال نسبة الناس لي خدامين ولكن ماشي بما يكفي (الشغل الناقص) ف 2024؟":    "underemployment_rate",
		"taux d'emploi et taux de sous-emploi en 2024":                           "underemployment_rate",
		"taux de chômage de longue durée en 2024":                                "long_term_unemployment_share",
		"combien de personnes en sous-emploi lié au revenu en 2024 ?":            "income_related_underemployed_persons",
		"combien de chômeurs formés par le programme Taehil en 2022 ?":           "anapec_taehil_beneficiaries",
		"What share of CNSS-declared employees earned less than the SMIG?":       "cnss_share_below_smig",
		"what share of remittances came from France in 2023?":                    "remittances_share_from_france",
		"on average how many months does an unemployed person stay without work": "mean_unemployment_duration",
	}
	for text, want := range cases {
		if got := askedIndicator(text); got != want {
			t.Errorf("%q asks %q, want %s", text, got, want)
		}
	}
}

// A word the narrowing read as part of an indicator is not also an
// unknown place: France in "the share of remittances from France".
func TestQualifiersAreNotUnresolved(t *testing.T) {
	for _, text := range []string{
		"what share of remittances came from France in 2023?", "quelle part des transferts des MRE vient d'Espagne en 2023 ?",
		"ch7al f lmya mn flous dyal jalia jat mn fransa f 2023?", "ما نسبة التحويلات الواردة من إيطاليا؟",
	} {
		if u := FindUnresolved(text); u != nil {
			t.Errorf("FindUnresolved(%q) = %+v, want nil", text, u)
		}
	}
}

// A duration inside a contract's name is no duration of unemployment.
func TestQualifiersInOtherConcepts(t *testing.T) {
	if got := askedIndicator("chômeurs et contrat à durée déterminée en 2024"); got != "unemployed_persons" {
		t.Errorf("got %q, want unemployed_persons", got)
	}
}

// A year that is the unit of an age or the word before a year is no
// duration of unemployment: "45 سنة فما فوق" is an age band, "فوق سنة
// 2025" no year or more.
func TestAgesAreNoDurations(t *testing.T) {
	for _, text := range []string{
		"ما هو معدل البطالة لدى البالغين 45 سنة فما فوق سنة 2025؟", "شحال نسبة البطالة عند اللي عندهم 45 عام ولفوق ف 2025؟",
		"chhal nisbat lbitala 3nd li 3ndhom 45 3am w lfou9 f 2025?", "taux de chômage des 45 ans et plus en 2025",
		"unemployment rate of people aged 45 years or more in 2025",
	} {
		if got := askedIndicator(text); got != "unemployment_rate" {
			t.Errorf("%q asks %q, want unemployment_rate", text, got)
		}
	}
}
