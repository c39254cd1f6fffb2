package lang

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// topicQueries are, for each topic, questions in the five languages that
// must find it (in the order fr, ar, ary, ary-Latn, en).
var topicQueries = map[string][5]string{
	"drought": {"L'impact de la sécheresse sur l'emploi rural", "أثر الجفاف على الشغل في العالم القروي",
		"الجفاف ضيع الخدمة فالعروبية", "ljfaf dar bzaf dyal lmachakil f l3roubiya", "How did the drought affect farm jobs?"},
	"informal_sector": {"Quelle est la part de l'économie informelle ?", "حجم القطاع غير المهيكل في المغرب",
		"واش الفراشة كيدخلو فالإحصائيات؟", "ch7al mn wa7ed khdam f lghir mohaykal", "How big is the informal economy in Morocco?"},
	"call_centres": {"Les centres d'appels recrutent à Rabat", "التشغيل في مراكز النداء",
		"بغيت نخدم فالكول سنتر", "kayn chi khedma f colsenter?", "Are call centres still hiring?"},
	"anapec": {"Comment s'inscrire à l'ANAPEC ?", "التسجيل في الوكالة الوطنية لإنعاش التشغيل والكفاءات",
		"كيفاش نتسجل فلانابيك؟", "wach programme idmaj mzyan?", "How does the Tahfiz programme work?"},
	"vocational_training": {"Les filières de la formation professionnelle", "شعب التكوين المهني",
		"بغيت ندخل للتكوين المهني", "chno homa lchou3ab f lofppt?", "Which vocational training leads to a job?"},
	"world_cup_2030": {"Les emplois créés par la Coupe du monde 2030", "فرص الشغل المرتبطة بكأس العالم 2030",
		"المونديال غادي يجيب الخدمة؟", "lmondial ghadi ykhle9 lkhdma?", "Jobs linked to the World Cup 2030"},
	"digital_jobs": {"Les métiers du numérique recrutent", "الوظائف في القطاع الرقمي",
		"الخدمة فالانفورماتيك", "bghit nkhdem f l'informatique", "Which digital jobs pay best?"},
	"tourism": {"L'emploi dans le tourisme à Marrakech", "التشغيل في قطاع السياحة",
		"الخدمة فالأوطيلات", "kayna khedma f siya7a f agadir?", "Hotel jobs in tourism"},
	"neet": {"Combien de jeunes sont ni en emploi ni en formation ?", "الشباب خارج الدراسة والشغل والتكوين",
		"الدراري اللي ما كيقراوش ما كيخدموش", "drari li ma kay9raw ma kaykhdmo", "How many young people are NEET?"},
	"automotive": {"Les usines automobiles de Kénitra", "التشغيل في صناعة السيارات",
		"بغيت نخدم فالطوموبيل", "khdma f tomobil f tanja", "Jobs in the automotive industry"},
	"aeronautics": {"Les métiers de l'aéronautique", "مهن صناعة الطيران",
		"الخدمة فالأيرونوتيك", "kayna khedma f aironotik?", "Careers in aerospace"},
	"textile": {"L'emploi dans le textile", "التشغيل في قطاع النسيج",
		"الخدمة فالتيكستيل", "khdama f textile f fes", "Jobs in the garment industry"},
	"agriculture_jobs": {"Combien d'emplois agricoles ont été perdus ?", "الشغل الفلاحي في تراجع",
		"الخدمة فالفلاحة قلات", "khdma f lfla7a m9awda", "How many farm jobs were lost?"},
	"construction_jobs": {"Les ouvriers du bâtiment sont-ils déclarés ?", "عمال البناء في المدن",
		"الخدمة فالبني كاينة؟", "khdma f chantier f casa", "Construction jobs in Tangier"},
	"remote_work": {"Offres en télétravail", "العمل عن بعد في المغرب",
		"بغيت الخدمة من الدار", "bghit khdma mn dar", "Remote jobs for developers"},
	"internships": {"Je cherche un stage à Rabat", "أبحث عن تدريب في الرباط",
		"كاين شي ستاج فطنجة؟", "bghit stage f casa", "Looking for an internship in Casablanca"},
	"women_employment": {"L'emploi des femmes au Maroc", "عمل المرأة في المغرب",
		"الخدمة ديال العيالات", "khdma dyal l3yalat f lmdon", "Women's employment in Morocco"},
	"youth_employment": {"Le chômage des jeunes en 2024", "بطالة الشباب في المدن",
		"الخدمة ديال الشباب", "khdma dyal chabab f casa", "Youth unemployment in cities"},
	"graduate_employment": {"L'insertion des diplômés du supérieur", "بطالة حاملي الشهادات",
		"الديبلومات بلا خدمة", "mdiplomin bla khdma", "Graduate unemployment in Morocco"},
	"migration": {"L'émigration des ingénieurs marocains", "هجرة الكفاءات المغربية",
		"الحريك ديال الشباب", "bghit nkhdem lbra", "Brain drain of Moroccan engineers"},
	"minimum_wage": {"Le montant du SMIG en 2025", "الحد الأدنى للأجور في المغرب",
		"شحال السميك دابا؟", "ch7al lsmig daba?", "What is the minimum wage in Morocco?"},
}

func TestTopicQueries(t *testing.T) {
	if got, want := len(topicQueries), len(Concepts(KindTopic)); got != want {
		t.Errorf("%d topics with queries, %d topics in the lexicon", got, want)
	}
	for topic, qs := range topicQueries {
		if !slices.Contains(Concepts(KindTopic), Concept{KindTopic, topic}) {
			t.Errorf("topic %q is not in the lexicon", topic)
		}
		for i, q := range qs {
			if !slices.Contains(conceptKeys(q), "topic:"+topic) {
				t.Errorf("%s: FindConcepts(%q) = %v, want topic %s", Tags[i], q, conceptKeys(q), topic)
			}
		}
	}
}

// TestTopicsNotFound lists texts that share words with a topic without
// being about it.
func TestTopicsNotFound(t *testing.T) {
	checkPresence(t, []presenceCase{
		{"les femmes et les hommes", []string{"sex:female"}, []string{"topic:women_employment"}},
		{"الخدمة بلا ديبلوم", []string{"diploma:none"}, []string{"topic:graduate_employment"}},
		{"jeunes sans diplôme", []string{"diploma:none"}, []string{"topic:graduate_employment"}},
		{"Rendez-vous à l'hôtel de ville de Rabat", nil, []string{"topic:tourism"}},
		{"la croissance du marché mondial", nil, []string{"topic:world_cup_2030"}},
		{"la formation à distance", nil, []string{"topic:remote_work"}},
		{"people in remote areas", nil, []string{"topic:remote_work"}},
		{"إدماج الشباب في سوق الشغل", []string{"topic:youth_employment"}, []string{"topic:anapec"}},
		{"تحفيز الاستثمار", nil, []string{"topic:anapec"}},
		{"الفلاحة فالمغرب", []string{"sector:agriculture"}, []string{"topic:agriculture_jobs"}},
		{"le BTP et l'industrie", []string{"sector:construction"}, []string{"topic:construction_jobs"}},
		{"an informal interview", nil, []string{"topic:informal_sector"}},
		{"دابا", []string{"intent:latest"}, []string{"topic:drought"}},
		{"câblage aéronautique", []string{"topic:aeronautics"}, []string{"topic:automotive"}},
		{"câblage électrique du bâtiment", []string{"skill:wiring"}, []string{"topic:automotive"}},
		{"أبحث عن عمل كممرضة", []string{"occupation:2221"}, []string{"topic:women_employment"}},
	})
}

// TestTopicsOfConceptCases gives the topics of the sentences of
// conceptCases and of TestGluedPrepositions (their other concepts are
// checked there); the sentences not listed have none.
func TestTopicsOfConceptCases(t *testing.T) {
	want := map[string][]string{
		"Quel est le taux de chômage des jeunes ?":            {"youth_employment=chômage des jeunes"},
		"combien de chômeurs chez les femmes en milieu rural": {"women_employment=femmes"},
		"évolution du sous-emploi dans le BTP":                {"construction_jobs=emploi dans le BTP"},
		"quelle région a le plus de diplômés sans emploi":     {"graduate_employment=diplômés"},
		"je cherche un stage en CDI comme infirmière":         {"internships=stage"},
		"taux NEET des 15-24 ans dans toutes les régions":     {"neet=NEET"},
		"téléconseiller en centre d'appel, anglais courant":   {"call_centres=téléconseiller", "call_centres=centre d'appel"},
		"ما هو معدل البطالة لدى الشباب؟":                      {"youth_employment=الشباب"},
		"معدل النشاط عند النساء":                              {"women_employment=النساء"},
		"تطور الشغل الناقص في قطاع البناء":                    {"construction_jobs=قطاع البناء"},
		"إحداث مناصب الشغل في الفلاحة":                        {"agriculture_jobs=الفلاحة"},
		"البطالة عند حاملي الشهادات من 15 إلى 24 سنة":         {"graduate_employment=حاملي الشهادات"},
		"نسبة الشباب الذين لا يعملون ولا يدرسون":              {"neet=لا يعملون ولا يدرسون"},
		"عقد محدد المدة أو تدريب":                             {"internships=تدريب"},
		"شحال الشوماج عند الدراري":                            {"youth_employment=الدراري"},
		"كاين شي ستاج فالكول سنتر؟":                           {"internships=ستاج", "call_centres=فالكول سنتر"},
		"العيالات والبطالة فالبادية":                          {"women_employment=العيالات"},
		"خياطة فالمعمل":                                       {"textile=خياطة"},
		"chomage dyal l3yalat f l3roubiya":                    {"women_employment=l3yalat"},
		"l5edma li tzadet f lfla7a":                           {"agriculture_jobs=lfla7a"},
		"chi stage wla cdd":                                   {"internships=stage"},
		"What is the youth unemployment rate?":                {"youth_employment=youth unemployment"},
		"how many unemployed women in rural areas":            {"women_employment=women"},
		"underemployment among graduates aged 35-44":          {"graduate_employment=graduates"},
		"latest NEET figures for all regions":                 {"neet=NEET"},
		"internship in a call center, fixed-term contract":    {"internships=internship", "call_centres=call center"},
		"software developer with Python and SQL":              {"digital_jobs=software"},
		"الخدمات اللي تخلقو فالفلاحة فالربع اللول":            {"agriculture_jobs=فالفلاحة"},
		"الشوماج عند العيالات فالبادية":                       {"women_employment=العيالات"},
	}
	texts := []string{"الخدمات اللي تخلقو فالفلاحة فالربع اللول", "الشوماج عند العيالات فالبادية"}
	for _, cases := range conceptCases {
		for _, c := range cases {
			texts = append(texts, c.text)
		}
	}
	for _, text := range texts {
		var got []string
		for _, m := range FindConcepts(text) {
			if m.Concept.Kind == KindTopic {
				got = append(got, m.Concept.Value+"="+m.Surface)
			}
		}
		if diff := cmp.Diff(want[text], got); diff != "" {
			t.Errorf("topics of %q (-want +got):\n%s", text, diff)
		}
	}
}

// TestEveryTopicTermFindsItsTopic checks each plain topic form against its
// own surface.
func TestEveryTopicTermFindsItsTopic(t *testing.T) {
	for _, list := range lexicon.topics.byFirst {
		for _, e := range list {
			if e.flags&block != 0 || e.cues[0] != 0 {
				continue
			}
			c := lexicon.concepts[e.item]
			if got := FindConcepts(e.surface); !hasConcept(got, c) {
				t.Errorf("FindConcepts(%q) = %+v, want %+v among them", e.surface, got, c)
			}
		}
	}
}

// TestCuedTopics checks every cued topic form: found after a word of work,
// not alone.
func TestCuedTopics(t *testing.T) {
	n := 0
	for _, list := range lexicon.topics.byFirst {
		for _, e := range list {
			if e.cues[0] == 0 {
				continue
			}
			n++
			c := lexicon.concepts[e.item]
			if got := FindConcepts("khedma " + e.surface); !hasConcept(got, c) {
				t.Errorf("FindConcepts(%q) = %+v, want %+v among them", "khedma "+e.surface, got, c)
			}
			if got := FindConcepts(e.surface); hasConcept(got, c) {
				t.Errorf("FindConcepts(%q) = %+v without a word of work", e.surface, got)
			}
		}
	}
	if n < 50 {
		t.Errorf("%d cued topic forms, want the group and sector forms (50 or more)", n)
	}
}

// TestTopicTermsInEveryScript checks that ConceptTerms gives each topic in
// Latin and Arabic script, with at least one Arabizi-looking or Darija form
// and one English form among them (the query tables above check that they
// are found).
func TestTopicTermsInEveryScript(t *testing.T) {
	for _, c := range Concepts(KindTopic) {
		terms := ConceptTerms(c)
		var latin, arabic int
		for _, term := range terms {
			if strings.ContainsAny(term, "[]") {
				t.Errorf("ConceptTerms(%v) holds the marker of %q", c, term)
			}
			switch scriptOf(Normalize(term)) {
			case latinScript:
				latin++
			case arabicScript:
				arabic++
			}
		}
		if latin < 3 || arabic < 2 {
			t.Errorf("ConceptTerms(%v) = %d Latin and %d Arabic forms, want 3 and 2: %q", c, latin, arabic, terms)
		}
	}
}

func TestNEETIsIndicatorAndTopic(t *testing.T) {
	for _, text := range []string{"taux NEET", "ma kay9raw ma kaykhdmo", "خارج الدراسة والشغل والتكوين", "NEET rate in 2024"} {
		got := conceptKeys(text)
		if !slices.Contains(got, "indicator:neet_rate") || !slices.Contains(got, "topic:neet") {
			t.Errorf("FindConcepts(%q) = %v, want indicator:neet_rate and topic:neet", text, got)
		}
	}
}
