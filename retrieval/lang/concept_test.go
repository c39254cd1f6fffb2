package lang

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// conceptCase is one text with the concepts FindConcepts must return, in
// order, as "kind:value=surface".
type conceptCase struct {
	text string
	want []string
}

var conceptCases = map[Tag][]conceptCase{
	French: {
		{"Quel est le taux de chômage des jeunes ?", []string{"indicator:unemployment_rate=taux de chômage", "age:15-24=jeunes"}},
		{"combien de chômeurs chez les femmes en milieu rural", []string{"indicator:unemployed_persons=combien de chômeurs", "sex:female=femmes", "area:rural=milieu rural"}},
		{"taux d'activité des 25 à 34 ans", []string{"indicator:activity_rate=taux d'activité", "age:25-34=25 à 34 ans"}},
		{"évolution du sous-emploi dans le BTP", []string{"intent:trend=évolution", "indicator:underemployment_rate=sous-emploi", "sector:construction=BTP"}},
		{"quelle région a le plus de diplômés sans emploi", []string{"intent:compare=quelle région", "intent:compare=le plus", "diploma:graduate=diplômés", "indicator:unemployed_persons=sans emploi"}},
		{"création d'emplois dans l'industrie l'année dernière", []string{"indicator:net_jobs_created=création d'emplois", "sector:industry=industrie"}},
		{"je cherche un stage en CDI comme infirmière", []string{"contract:stage=stage", "contract:cdi=CDI", "occupation:2221=infirmière"}},
		{"offre plombier, permis B exigé, maîtrise d'Excel", []string{"occupation:7126=plombier", "skill:driving_licence=permis B", "skill:excel=Excel"}},
		{"taux NEET des 15-24 ans dans toutes les régions", []string{"indicator:neet_rate=NEET", "age:15-24=15-24 ans", "intent:list_regions=toutes les régions"}},
		{"les sans diplôme et les 45 ans et plus", []string{"diploma:none=sans diplôme", "age:45+=45 ans et plus"}},
		{"téléconseiller en centre d'appel, anglais courant", []string{"occupation:4222=téléconseiller", "occupation:4222=centre d'appel", "skill:english=anglais"}},
		{"dernier taux d'emploi des hommes en ville", []string{"intent:latest=dernier", "indicator:employment_rate=taux d'emploi", "sex:male=hommes", "area:urban=en ville"}},
	},
	Arabic: {
		{"ما هو معدل البطالة لدى الشباب؟", []string{"intent:define=ما هو", "indicator:unemployment_rate=معدل البطالة", "age:15-24=الشباب"}},
		{"عدد العاطلين في الوسط القروي", []string{"indicator:unemployed_persons=عدد العاطلين", "area:rural=الوسط القروي"}},
		{"معدل النشاط عند النساء", []string{"indicator:activity_rate=معدل النشاط", "sex:female=النساء"}},
		{"تطور الشغل الناقص في قطاع البناء", []string{"intent:trend=تطور", "indicator:underemployment_rate=الشغل الناقص", "sector:construction=قطاع البناء"}},
		{"قارن معدل الشغل بين الجهات", []string{"intent:compare=قارن", "indicator:employment_rate=معدل الشغل", "intent:compare=بين الجهات"}},
		{"إحداث مناصب الشغل في الفلاحة", []string{"indicator:net_jobs_created=إحداث مناصب الشغل", "sector:agriculture=الفلاحة"}},
		{"البطالة عند حاملي الشهادات من 15 إلى 24 سنة", []string{"indicator:unemployment_rate=البطالة", "diploma:graduate=حاملي الشهادات", "age:15-24=15 إلى 24 سنة"}},
		{"نسبة الشباب الذين لا يعملون ولا يدرسون", []string{"age:15-24=الشباب", "indicator:neet_rate=لا يعملون ولا يدرسون"}},
		{"أبحث عن عمل كممرضة أو طبيب", []string{"occupation:2221=كممرضة", "occupation:2211=طبيب"}},
		{"مطلوب محاسب يتقن الفرنسية والإنجليزية", []string{"occupation:2411=محاسب", "skill:french=الفرنسية", "skill:english=والإنجليزية"}},
		{"آخر أرقام البطالة في جميع الجهات", []string{"intent:latest=آخر أرقام", "indicator:unemployment_rate=البطالة", "intent:list_regions=جميع الجهات"}},
		{"ما هو آخر معدل للبطالة", []string{"intent:define=ما هو", "intent:latest=آخر", "indicator:unemployment_rate=معدل للبطالة"}},
		{"أبحث عن عمل آخر في طنجة", nil},
		{"عقد محدد المدة أو تدريب", []string{"contract:cdd=عقد محدد المدة", "contract:stage=تدريب"}},
		{"الذكور بدون شهادة في الحضري", []string{"sex:male=الذكور", "diploma:none=بدون شهادة", "area:urban=الحضري"}},
	},
	Darija: {
		{"شحال الشوماج عند الدراري", []string{"indicator:unemployment_rate=الشوماج", "age:15-24=الدراري"}},
		{"بغيت نخدم فرملي ولا تريسيان", []string{"occupation:2221=فرملي", "occupation:7411=تريسيان"}},
		{"كاين شي ستاج فالكول سنتر؟", []string{"contract:stage=ستاج", "occupation:4222=فالكول سنتر"}},
		{"العيالات والبطالة فالبادية", []string{"sex:female=العيالات", "indicator:unemployment_rate=والبطالة", "area:rural=فالبادية"}},
		{"شحال من واحد ما خدامش فالمغرب", []string{"indicator:unemployed_persons=شحال من واحد ما خدامش"}},
		{"كيفاش تبدل الشوماج", []string{"intent:trend=كيفاش تبدل", "indicator:unemployment_rate=الشوماج"}},
		{"دابا شحال البطالة", []string{"intent:latest=دابا", "indicator:unemployment_rate=البطالة"}},
		{"خدمة ديال بلومبي ولا سودور", []string{"occupation:7126=بلومبي", "occupation:7212=سودور"}},
		{"الخدمة بلا ديبلوم", []string{"diploma:none=بلا ديبلوم"}},
		{"عساس ولا شيفور", []string{"occupation:5414=عساس", "occupation:8322=شيفور"}},
		{"كاع الجهات", []string{"intent:list_regions=كاع الجهات"}},
		{"خياطة فالمعمل", []string{"occupation:7531=خياطة"}},
	},
	Arabizi: {
		{"ch7al lbitala f casa", []string{"indicator:unemployment_rate=lbitala"}},
		{"ch7al men wa7d ma khdamch", []string{"indicator:unemployed_persons=ch7al men wa7d ma khdamch"}},
		{"chomage dyal l3yalat f l3roubiya", []string{"indicator:unemployment_rate=chomage", "sex:female=l3yalat", "area:rural=l3roubiya"}},
		{"bghit nkhdem fermli wla trissian", []string{"occupation:2221=fermli", "occupation:7411=trissian"}},
		{"kifach tbeddel choumage", []string{"intent:trend=kifach tbeddel", "indicator:unemployment_rate=choumage"}},
		{"ach men jiha fiha lbitala bzaf", []string{"intent:compare=ach men jiha", "indicator:unemployment_rate=lbitala"}},
		{"l5edma li tzadet f lfla7a", []string{"indicator:net_jobs_created=l5edma li tzadet", "sector:agriculture=lfla7a"}},
		{"chi stage wla cdd", []string{"contract:stage=stage", "contract:cdd=cdd"}},
		{"li 3ndhom diplome f lmdon", []string{"diploma:graduate=li 3ndhom diplome", "area:urban=lmdon"}},
		{"3ssas wla chifour", []string{"occupation:5414=3ssas", "occupation:8322=chifour"}},
		{"ga3 jihat daba", []string{"intent:list_regions=ga3 jihat", "intent:latest=daba"}},
		{"rjal o nsa", []string{"sex:male=rjal", "sex:female=nsa"}},
		{"bla diplome", []string{"diploma:none=bla diplome"}},
		{"drari li ma 3ndhomch diplome", []string{"age:15-24=drari", "diploma:none=ma 3ndhomch diplome"}},
		{"kantqn excel o permi", []string{"skill:excel=excel", "skill:driving_licence=permi"}},
	},
	English: {
		{"What is the youth unemployment rate?", []string{"intent:define=What is", "age:15-24=youth", "indicator:unemployment_rate=unemployment rate"}},
		{"how many unemployed women in rural areas", []string{"indicator:unemployed_persons=how many unemployed", "sex:female=women", "area:rural=rural areas"}},
		{"labour force participation of men", []string{"indicator:activity_rate=labour force participation", "sex:male=men"}},
		{"net job creation in services since 2015", []string{"indicator:net_jobs_created=net job creation", "sector:services=services", "intent:trend=since"}},
		{"compare the employment rate by region", []string{"intent:compare=compare", "indicator:employment_rate=employment rate", "intent:compare=by region"}},
		{"underemployment among graduates aged 35-44", []string{"indicator:underemployment_rate=underemployment", "diploma:graduate=graduates", "age:35-44=35-44"}},
		{"latest NEET figures for all regions", []string{"intent:latest=latest", "indicator:neet_rate=NEET", "intent:list_regions=all regions"}},
		{"nurse or electrician jobs", []string{"occupation:2221=nurse", "occupation:7411=electrician"}},
		{"internship in a call center, fixed-term contract", []string{"contract:stage=internship", "occupation:4222=call center", "contract:cdd=fixed-term contract"}},
		{"people with no diploma in cities", []string{"diploma:none=no diploma", "area:urban=cities"}},
		{"software developer with Python and SQL", []string{"occupation:2512=software developer", "skill:python=Python", "skill:sql=SQL"}},
		{"people aged 45 and over", []string{"age:45+=45 and over"}},
		{"last year the unemployment rate fell", []string{"indicator:unemployment_rate=unemployment rate"}},
	},
}

func TestFindConcepts(t *testing.T) {
	for tag, cases := range conceptCases {
		if len(cases) < 10 {
			t.Errorf("%s: %d cases, want at least 10", tag, len(cases))
		}
		for _, c := range cases {
			var got []string
			for _, m := range FindConcepts(c.text) {
				if m.Concept.Kind != KindTopic { // topics: TestTopicsOfConceptCases
					got = append(got, m.Concept.Kind+":"+m.Concept.Value+"="+m.Surface)
				}
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("%s: FindConcepts(%q) (-want +got):\n%s", tag, c.text, diff)
			}
		}
	}
}

func TestFindConceptsAgeBands(t *testing.T) {
	cases := map[string]string{
		"15-24 ans": "15-24", "25 à 34 ans": "25-34", "de 35 à 44 ans": "35-44", "من 15 إلى 24 سنة": "15-24",
		"45+": "45+", "45 ans et plus": "45+", "plus de 45 ans": "45+", "aged 25 to 34": "25-34", "15/24": "15-24",
		"men 25 l 34 3am": "25-34", "entre 15 et 24 ans": "15-24",
	}
	for text, want := range cases {
		got := FindConcepts(text)
		if len(got) != 1 || got[0].Concept != (Concept{KindAge, want}) {
			t.Errorf("FindConcepts(%q) = %+v, want age %s", text, got, want)
		}
	}
	for _, text := range []string{"45+5", "15 000 DH", "2024", "18-30 ans"} {
		for _, m := range FindConcepts(text) {
			if m.Concept.Kind == KindAge {
				t.Errorf("FindConcepts(%q) found %+v, want no age", text, m)
			}
		}
	}
}

func TestLexiconSize(t *testing.T) {
	want := map[string]int{KindOccupation: 60, KindSkill: 40, KindIndicator: 8, KindContract: 6, KindIntent: 4, KindSector: 4}
	for kind, n := range want {
		if got := len(Concepts(kind)); got < n {
			t.Errorf("%d %s concepts, want at least %d", got, kind, n)
		}
	}
	for _, c := range Concepts(KindOccupation) {
		if len(c.Value) != 4 || !allDigits(c.Value) {
			t.Errorf("occupation %q is not an ISCO-08 unit group code", c.Value)
		}
	}
}

func TestConceptTerms(t *testing.T) {
	terms := ConceptTerms(Concept{KindIndicator, "unemployment_rate"})
	for _, want := range []string{"chômage", "البطالة", "الشوماج", "lbitala", "unemployment"} {
		if !contains(terms, want) {
			t.Errorf("ConceptTerms(unemployment_rate) lacks %q", want)
		}
	}
	if ConceptTerms(Concept{"indicator", "nope"}) != nil {
		t.Error("ConceptTerms of an unknown concept is not nil")
	}
}

// TestEveryTermFindsItsConcept checks each lexicon entry against its own
// surface: FindConcepts must return the entry's concept, unless an earlier
// entry has the same words or the entry is restricted to another language.
func TestEveryTermFindsItsConcept(t *testing.T) {
	first := map[string]int{}
	for _, list := range lexicon.index.byFirst {
		for _, e := range list {
			k := strings.Join(e.words, " ")
			if i, ok := first[k]; e.cues[0] == 0 && (!ok || e.item < i) {
				first[k] = e.item
			}
		}
	}
	for _, list := range lexicon.index.byFirst {
		for _, e := range list {
			if e.flags&block != 0 || e.cues[0] != 0 || e == plusEntry || first[strings.Join(e.words, " ")] != e.item {
				continue
			}
			if e.onlyIn != "" && Detect(e.surface) != e.onlyIn || e.flags&needsNext != 0 {
				continue
			}
			c := lexicon.concepts[e.item]
			found := false
			for _, m := range FindConcepts(e.surface) {
				found = found || m.Concept == c
			}
			if !found {
				t.Errorf("FindConcepts(%q) = %+v, want %+v among them", e.surface, FindConcepts(e.surface), c)
			}
		}
	}
}

func FuzzFindConcepts(f *testing.F) {
	for _, cases := range conceptCases {
		for _, c := range cases {
			f.Add(c.text)
		}
	}
	for _, s := range []string{"a9al chomage f casa wla rbat", "bin 25 w 34 3am", "45+ ou 15-24", "unemplyment", "ch7al mn khedma tkhel9at"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// Matches of one finder (topics, or the other kinds) start after one
		// another; the two finders' matches are interleaved by start.
		lastOf := map[bool]int{false: -1, true: -1}
		lastAny, lastSurface := 0, ""
		for _, m := range FindConcepts(s) {
			if m.Concept.Value == "lowest" && m.Surface == lastSurface {
				continue // reported with compare, on the same words
			}
			topic := m.Concept.Kind == KindTopic
			from := max(lastOf[topic]+1, lastAny)
			surface := strings.TrimSuffix(m.Surface, "+")
			i := strings.Index(s[from:], surface)
			if surface == "" || i < 0 {
				t.Fatalf("FindConcepts(%q): surface %q is not in the input after offset %d", s, m.Surface, from)
			}
			lastOf[topic], lastAny, lastSurface = from+i, from+i, m.Surface
		}
	})
}
