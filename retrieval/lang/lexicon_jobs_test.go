package lang

import (
	"slices"
	"strings"
	"testing"
)

// presenceCase is a text, the "kind:value" concepts FindConcepts must find
// in it and those it must not.
type presenceCase struct {
	text      string
	want, not []string
}

// conceptKeys returns the "kind:value" of every concept FindConcepts finds.
func conceptKeys(text string) []string {
	var out []string
	for _, m := range FindConcepts(text) {
		out = append(out, m.Concept.Kind+":"+m.Concept.Value)
	}
	return out
}

func checkPresence(t *testing.T, cases []presenceCase) {
	t.Helper()
	for _, c := range cases {
		got := conceptKeys(c.text)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("FindConcepts(%q) = %v, want %s among them", c.text, got, w)
			}
		}
		for _, n := range c.not {
			if slices.Contains(got, n) {
				t.Errorf("FindConcepts(%q) = %v, want no %s", c.text, got, n)
			}
		}
	}
}

const (
	netJobs    = "indicator:net_jobs_created"
	unempRate  = "indicator:unemployment_rate"
	unemployed = "indicator:unemployed_persons"
	emplRate   = "indicator:employment_rate"
	actRate    = "indicator:activity_rate"
	compare    = "intent:compare"
	lowest     = "intent:lowest"
)

func TestJobCreationAndLoss(t *testing.T) {
	checkPresence(t, []presenceCase{
		{"شحال من خدمة تخلقات فالصناعة ف 2024؟", []string{netJobs, "sector:industry"}, nil},
		{"الخدمات اللي تزادو فالفلاحة العام اللي فات", []string{netJobs, "sector:agriculture"}, nil},
		{"واش كانو شي خدمات جداد فالبني هاد العام؟", []string{netJobs, "sector:construction"}, nil},
		{"شحال من منصب طلعات فالصناعة", []string{netJobs, "sector:industry"}, nil},
		{"شحال من خدمة ضاعت فالفلاحة ف 2023؟", []string{netJobs, "sector:agriculture"}, nil},
		{"الخدمات اللي ضيعات فالعروبية", []string{netJobs, "area:rural"}, nil},
		{"شحال من خدمة تقادات فالفلاحة", []string{netJobs, "sector:agriculture"}, nil},
		{"ch7al mn khedma tkhel9at f lbni f 2024?", []string{netJobs, "sector:construction"}, nil},
		{"lkhdmat li tkhal9o f sina3a had l3am", []string{netJobs, "sector:industry"}, nil},
		{"ch7al tzadou dyal postes f lfla7a?", []string{netJobs, "sector:agriculture"}, nil},
		{"kaynin khdamat jdad f tanja?", []string{netJobs}, nil},
		{"ch7al mn khedma tdi3at f lfla7a l3am li fat", []string{netJobs, "sector:agriculture"}, nil},
		{"ch7al mchaw dyal postes f sina3a f 2020?", []string{netJobs, "sector:industry"}, nil},
		{"postes li t9adaw f lbni", []string{netJobs, "sector:construction"}, nil},
		{"lkhedma t9adat f lfla7a", []string{netJobs, "sector:agriculture"}, nil},
		{"combien d'emplois ont été perdus dans le BTP en 2020 ?", []string{netJobs, "sector:construction"}, nil},
		{"pertes d'emplois dans l'agriculture", []string{netJobs, "sector:agriculture"}, nil},
		{"how many jobs were created in agriculture in 2023?", []string{netJobs, "sector:agriculture"}, nil},
		{"how many jobs did industry lose in 2020", []string{netJobs, "sector:industry"}, nil},
		{"فقدان مناصب الشغل في الفلاحة", []string{netJobs, "sector:agriculture"}, nil},

		{"ضاعت ليا الخدمة ديالي", nil, []string{netJobs}},
		{"ضاعت ليا الساروت", nil, []string{netJobs}},
		{"lkhedma mchat mzyan lyoum", nil, []string{netJobs}},
		{"mchat lkhedma o rj3at", nil, []string{netJobs}},
		{"j'ai perdu mon emploi à Casablanca", nil, []string{netJobs}},
		{"I lost my job last year", nil, []string{netJobs}},
		{"البطالة طلعات فالمدن", []string{unempRate}, []string{netJobs}},
		{"lbitala tl3at f casa", []string{unempRate}, []string{netJobs}},
		{"tzad liya lmkhlass", nil, []string{netJobs}},
		{"bghit khedma jdida f casa", nil, []string{netJobs}},
		{"a tax cut for companies", nil, []string{netJobs}},
	})
}

func TestPeopleWithAndWithoutWork(t *testing.T) {
	checkPresence(t, []presenceCase{
		{"شحال النشاط عند العيالات فالعروبية؟", []string{actRate, "sex:female", "area:rural"}, nil},
		{"النشاط ديال الشباب ف 2024", []string{actRate, "age:15-24"}, nil},
		{"nachat dyal l3yalat f lmdon", []string{actRate, "sex:female", "area:urban"}, nil},
		{"lactivité dyal drari f casa", []string{actRate, "age:15-24"}, nil},
		{"نسبة اللي خدامين فجهة الشرق", []string{emplRate}, nil},
		{"taux dyal li khdamin f lmghrib", []string{emplRate}, nil},
		{"nisbat nas li khdamin f l3roubiya", []string{emplRate, "area:rural"}, nil},
		{"quelle est la part des femmes qui travaillent ?", []string{emplRate, "sex:female"}, nil},
		{"what share of women are employed in rural areas", []string{emplRate, "sex:female", "area:rural"}, nil},
		{"ch7al mn wa7ed ma3ndouch lkhedma f casa?", []string{unemployed}, []string{unempRate}},
		{"ch7al mn wahed ma3ndhomch lkhdma f tanja", []string{unemployed}, nil},
		{"drari bla khedma f l3roubiya", []string{unemployed, "age:15-24", "area:rural"}, nil},
		{"شحال من واحد ما عندهومش الخدمة فالمدن", []string{unemployed, "area:urban"}, nil},
		{"شحال من واحد بلا خدمة فالمغرب", []string{unemployed}, nil},
		{"العاطلين فالعروبية", []string{unemployed}, nil},
		{"chomeurs f fes 2024", []string{unemployed}, nil},
		{"9dach mn wa7ed ma khdamch f lmghrib", []string{unemployed}, nil},
		{"nisbat drari li bla khedma", []string{unempRate}, []string{unemployed}},
		{"نسبة الشباب اللي ما خدامينش", []string{unempRate}, []string{unemployed, emplRate}},
		{"how many people are out of work in Morocco", []string{unemployed}, nil},
		{"ch7al mn wa7ed ma kaykhdemch f casa", []string{unemployed}, nil},
		{"شحال من شاب ما لقاوش الخدمة فالمدن", []string{unemployed, "area:urban"}, nil},

		{"telephone ma khdamch", nil, []string{unemployed, unempRate}},
		{"ana ma khdamch lyoum", nil, []string{unemployed, unempRate}},
		{"الخدمة كاينة فطنجة", nil, []string{emplRate, unemployed}},
		{"khdamin f casa", nil, []string{emplRate}},
		{"nachat dyal charika dyali", nil, []string{actRate}},
		{"عندي نشاط تجاري فالمدينة", nil, []string{actRate}},
		{"قطاع النشاط ديال الشركة", nil, []string{actRate}},
		{"يساعد المدير في تنظيم نشاط المصلحة", nil, []string{actRate}},
		{"engineers who are working on the project", nil, []string{emplRate}},
		{"the app is not working", nil, []string{unemployed}},
		{"secteur d'activité : industrie", nil, []string{actRate}},
	})
}

// TestCuedEntriesFindTheirConcept checks every cued entry against its
// surface preceded by words meeting its first cue alternative.
func TestCuedEntriesFindTheirConcept(t *testing.T) {
	cueWord := map[cueSet]string{cueRate: "nisbat", cueCount: "ch7al", cueJob: "khedma", cueJobs: "khdamat", cueWhich: "ina",
		cueGroup: "l3yalat", cueSector: "lfla7a", cueLabour: "khddam"}
	for _, list := range lexicon.index.byFirst {
		for _, e := range list {
			if e.cues[0] == 0 || e.flags&block != 0 {
				continue
			}
			var ctx []string
			for c := cueSet(1); c != 0 && c <= e.cues[0]; c <<= 1 {
				if e.cues[0]&c != 0 {
					ctx = append(ctx, cueWord[c])
				}
			}
			text := strings.Join(ctx, " ") + " " + e.surface
			c := lexicon.concepts[e.item]
			if got := FindConcepts(text); !hasConcept(got, c) {
				t.Errorf("FindConcepts(%q) = %+v, want %+v among them", text, got, c)
			}
			if got := FindConcepts(e.surface); hasConcept(got, c) && e.item != lexicon.compare && e.item != lexicon.lowest {
				t.Errorf("FindConcepts(%q) = %+v without its cue", e.surface, got)
			}
		}
	}
}

func hasConcept(ms []ConceptMatch, c Concept) bool {
	for _, m := range ms {
		if m.Concept == c {
			return true
		}
	}
	return false
}
