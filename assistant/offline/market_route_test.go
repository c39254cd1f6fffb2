package offline

import (
	"strings"
	"testing"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/retrieval/lang"

	"github.com/marsad/marsad/tools"
)

// routeCase is a message, the language it is in and the tool it must
// reach ("" for the indicator path or the help).
type routeCase struct {
	msg, lang, tool string
}

// routeCases are realistic, messy questions per tool in the five
// languages; the indicator ones check that the routing keeps them.
var routeCases = []routeCase{
	// top_occupations
	{"Quels sont les métiers les plus demandés à Tanger ?", "fr", tools.NameTopOccupations},
	{"quels metiers recrutent le plus a casa en 2025", "fr", tools.NameTopOccupations},
	{"Les métiers porteurs dans la région de l'Oriental ?", "fr", tools.NameTopOccupations},
	{"chno homa l5edmat li kayna f tanja?", "ary-Latn", tools.NameTopOccupations},
	{"ach mn khdmat matloubin bzaf f marrakech", "ary-Latn", tools.NameTopOccupations},
	{"khdmat li kaytalbohom bzaf f l'industrie", "ary-Latn", tools.NameTopOccupations},
	{"شنو هي الخدمات اللي مطلوبة بزاف ف كازا؟", "ary", tools.NameTopOccupations},
	{"آشمن خدمات مطلوبين ف أكادير؟", "ary", tools.NameTopOccupations},
	{"ما هي المهن الأكثر طلبا في جهة سوس ماسة؟", "ar", tools.NameTopOccupations},
	{"ما هي الوظائف المطلوبة في قطاع البناء؟", "ar", tools.NameTopOccupations},
	{"most in-demand jobs in Casablanca", "en", tools.NameTopOccupations},
	{"Which occupations are in demand in Fes?", "en", tools.NameTopOccupations},
	{"top jobs in the construction sector", "en", tools.NameTopOccupations},
	{"Dans quels métiers y a-t-il le plus d'offres à Fès ?", "fr", tools.NameTopOccupations},
	{"Quels postes sont les plus proposés dans les annonces à Fès ?", "fr", tools.NameTopOccupations},
	{"شنو هي الخدمة اللي فيها الخدمة بزاف ف طنجة؟", "ary", tools.NameTopOccupations},
	{"chno l5edma li fiha bzaf d l'offres f casa?", "ary-Latn", tools.NameTopOccupations},
	{"which trades are employers hiring for in Tangier?", "en", tools.NameTopOccupations},
	// skills_in_demand
	{"Quelles compétences pour un développeur ?", "fr", tools.NameSkillsInDemand},
	{"competences demandees pour comptable a rabat", "fr", tools.NameSkillsInDemand},
	{"Quelles compétences sont les plus demandées dans le secteur des services ?", "fr", tools.NameSkillsInDemand},
	{"chno khassni n3ref bach nkhdem comptable?", "ary-Latn", tools.NameSkillsInDemand},
	{"chno homa les competences li kaytalbo l soudeur", "ary-Latn", tools.NameSkillsInDemand},
	{"شنو خاصني نعرف باش نخدم ممرض؟", "ary", tools.NameSkillsInDemand},
	{"ما هي المهارات المطلوبة في قطاع السياحة؟", "ar", tools.NameSkillsInDemand},
	{"الكفاءات المطلوبة لمهنة المحاسب", "ar", tools.NameSkillsInDemand},
	{"What skills do employers want for developers?", "en", tools.NameSkillsInDemand},
	{"skills needed for a nurse", "en", tools.NameSkillsInDemand},
	// occupation_profile
	{"C'est quoi le métier d'infirmier ?", "fr", tools.NameOccupationProfile},
	{"combien gagne un soudeur au maroc", "fr", tools.NameOccupationProfile},
	{"en quoi consiste le métier de technicien de maintenance ?", "fr", tools.NameOccupationProfile},
	{"fermli chno kaydir w ch7al kaykhles?", "ary-Latn", tools.NameOccupationProfile},
	{"chno kaydir l comptable?", "ary-Latn", tools.NameOccupationProfile},
	{"شنو هي الخدمة ديال الفرملي؟", "ary", tools.NameOccupationProfile},
	{"شحال كيخلص السودور؟", "ary", tools.NameOccupationProfile},
	{"ما هي مهنة الممرض؟", "ar", tools.NameOccupationProfile},
	{"ما هو راتب المحاسب في المغرب؟", "ar", tools.NameOccupationProfile},
	{"what does a welder do", "en", tools.NameOccupationProfile},
	{"how much does a nurse earn in Morocco?", "en", tools.NameOccupationProfile},
	{"infirmier", "fr", tools.NameOccupationProfile},
	{"Parle-moi du métier de plombier", "fr", tools.NameOccupationProfile},
	// training_paths
	{"Comment devenir infirmière ?", "fr", tools.NameTrainingPaths},
	{"quelle formation pour devenir soudeur à Tanger", "fr", tools.NameTrainingPaths},
	{"formation OFPPT électricien", "fr", tools.NameTrainingPaths},
	{"kifach nwelli soudeur?", "ary-Latn", tools.NameTrainingPaths},
	{"fin n9ra bach nwelli developpeur", "ary-Latn", tools.NameTrainingPaths},
	{"bghit nwelli cuisinier chno n9ra?", "ary-Latn", tools.NameTrainingPaths},
	{"كيفاش نولي فرملي؟", "ary", tools.NameTrainingPaths},
	{"فين نقرا باش نولي طباخ؟", "ary", tools.NameTrainingPaths},
	{"كيف أصبح تقني في الكهرباء؟", "ar", tools.NameTrainingPaths},
	{"كيف يمكنني أن أصبح ممرضا؟", "ar", tools.NameTrainingPaths},
	{"how to become a nurse in Morocco", "en", tools.NameTrainingPaths},
	{"training to become an electrician", "en", tools.NameTrainingPaths},
	{"fin ntkwen f plomberie f tanja?", "ary-Latn", tools.NameTrainingPaths},
	{"fin n9der ntkwen bach nwelli cuisinier?", "ary-Latn", tools.NameTrainingPaths},
	{"Which school for becoming a chef?", "en", tools.NameTrainingPaths},
	// search_job_ads
	{"offres de stage en informatique à Rabat", "fr", tools.NameSearchJobAds},
	{"CDI comptable Casablanca", "fr", tools.NameSearchJobAds},
	{"je cherche un emploi de chauffeur à Tanger", "fr", tools.NameSearchJobAds},
	{"bghit khedma f agadir f hotel", "ary-Latn", tools.NameSearchJobAds},
	{"kayna chi khedma dyal serveur f marrakech?", "ary-Latn", tools.NameSearchJobAds},
	{"عندكم شي خدمة ديال السائق ف مراكش؟", "ary", tools.NameSearchJobAds},
	{"بغيت خدمة ف كازا", "ary", tools.NameSearchJobAds},
	{"عروض الشغل في مدينة فاس", "ar", tools.NameSearchJobAds},
	{"أبحث عن عمل كمحاسب في الرباط", "ar", tools.NameSearchJobAds},
	{"job offers for developers in Casablanca", "en", tools.NameSearchJobAds},
	{"internship offers in Rabat", "en", tools.NameSearchJobAds},
	{"offres qui demandent excel à Casablanca", "fr", tools.NameSearchJobAds},
	// search_documents
	{"Que dit la note sur le chômage des jeunes ?", "fr", tools.NameSearchDocuments},
	{"étude sur le secteur informel", "fr", tools.NameSearchDocuments},
	{"pourquoi le chômage des diplômés est élevé ?", "fr", tools.NameSearchDocuments},
	{"chno kayn 3la jfaf w lkhedma f l3roubiya?", "ary-Latn", tools.NameSearchDocuments},
	{"3lach chabab ma kaylqawch khedma?", "ary-Latn", tools.NameSearchDocuments},
	{"شنو كاين على الجفاف والخدمة ف العروبية؟", "ary", tools.NameSearchDocuments},
	{"علاش الشباب ما لقاوش الخدمة؟", "ary", tools.NameSearchDocuments},
	{"ماذا تقول الدراسة عن القطاع غير المهيكل؟", "ar", tools.NameSearchDocuments},
	{"ما هي برامج الوكالة الوطنية لإنعاش التشغيل؟", "ar", tools.NameSearchDocuments},
	{"notes about women's employment", "en", tools.NameSearchDocuments},
	{"report on the informal sector", "en", tools.NameSearchDocuments},
	{"ما هي أسباب بطالة حاملي الشهادات؟", "ar", tools.NameSearchDocuments},
	// indicator questions stay on the indicator tables
	{"Quel était le taux de chômage des femmes en 2024 ?", "fr", ""},
	{"Évolution du taux de chômage par rapport à 2019", "fr", ""},
	{"Création nette d'emplois dans les services en 2024", "fr", ""},
	{"ch7al kayn dyal chomage 3nd chabab f 2024", "ary-Latn", ""},
	{"شحال من خدمة تزادت فالبناء عام 2025؟", "ary", ""},
	{"أعد تقريرا صحفيا حول سوق الشغل بالجهة الشرقية. ما هو معدل النشاط في هذه الجهة خلال سنة 2025؟", "ar", ""},
	{"net jobs created in construction in 2025", "en", ""},
	{"taux de chômage selon l'étude du HCP en 2024", "fr", ""},
	{"chno homa a7san tajine f mrakch?", "ary-Latn", ""},
}

func TestRouting(t *testing.T) {
	for _, c := range routeCases {
		q := understand(lang.Read(c.msg), now())
		_, got := followUpAny(q, readMarketAsk(lang.Read(c.msg), q), refs{}, state{})
		if string(q.lang) != c.lang || got.tool != c.tool {
			t.Errorf("%q: lang %s, tool %q; want %s, %q", c.msg, q.lang, got.tool, c.lang, c.tool)
		}
	}
}

func TestRoutingCoversEveryToolInEveryLanguage(t *testing.T) {
	per := map[string]map[string]int{}
	for _, c := range routeCases {
		if per[c.tool] == nil {
			per[c.tool] = map[string]int{}
		}
		per[c.tool][c.lang]++
	}
	for _, tool := range marketTools {
		n := 0
		for _, l := range lang.Tags {
			if per[tool][string(l)] == 0 {
				t.Errorf("%s has no routing case in %s", tool, l)
			}
			n += per[tool][string(l)]
		}
		if n < 5 {
			t.Errorf("%s has %d routing cases, want at least 5", tool, n)
		}
	}
}

func TestDemandSlots(t *testing.T) {
	cases := []struct {
		msg  string
		want marketAsk
	}{
		{"CDI comptable Casablanca", marketAsk{tool: tools.NameSearchJobAds, occupation: "comptable", code: "2411", contract: "cdi"}},
		{"bghit khedma f agadir f hotel", marketAsk{tool: tools.NameSearchJobAds, sector: "services", topic: "tourism", topicWords: "hotel"}},
		{"formation OFPPT électricien", marketAsk{tool: tools.NameTrainingPaths, occupation: "électricien", code: "7411", topic: "vocational_training",
			topicWords: "OFPPT", kind: "vocational"}},
		{"comment devenir astronaute ?", marketAsk{tool: tools.NameTrainingPaths, occupation: "astronaute", object: "astronaute"}},
		{"شنو التكوين ديال الميكانيك؟", marketAsk{tool: tools.NameTrainingPaths, skill: "mechanics"}},
		{"les competences dyal technicien reseau?", marketAsk{tool: tools.NameSkillsInDemand, occupation: "technicien reseau", code: "3513"}},
		{"الكاسيير شنو كتدير وشحال كتخلص؟", marketAsk{tool: tools.NameOccupationProfile, occupation: "كاسيير", code: "5230", salary: true}},
		{"ما هو التكوين المطلوب لأصبح محاسبا؟", marketAsk{tool: tools.NameTrainingPaths, occupation: "محاسب", code: "2411"}},
		{"أبحث عن عمل كمحاسب في الرباط", marketAsk{tool: tools.NameSearchJobAds, occupation: "محاسب", code: "2411"}},
		{"ماذا يعمل اللحام؟", marketAsk{tool: tools.NameOccupationProfile, occupation: "لحام", code: "7212"}},
	}
	for _, c := range cases {
		q := understand(lang.Read(c.msg), now())
		_, got := followUpAny(q, readMarketAsk(lang.Read(c.msg), q), refs{}, state{})
		got.read, got.cues = nil, nil
		if got != c.want {
			t.Errorf("%q:\n got %+v\nwant %+v", c.msg, got, c.want)
		}
	}
}

func TestCueVotes(t *testing.T) {
	cases := []struct {
		msg  string
		vote string
		want int
	}{
		{"les métiers les plus demandés", tools.NameTopOccupations, strong}, // words between the words of a cue
		{"offres de formation en soudure", tools.NameTrainingPaths, strong}, // the longer cue wins at "offres"
		{"offres de formation en soudure", tools.NameSearchJobAds, 0},
		{"le chômage a augmenté par rapport à 2023", tools.NameSearchDocuments, 0}, // "par rapport" is no report
		{"L5EDMAT LI KAYNA", tools.NameTopOccupations, strong},                     // case and Arabizi spelling
		{"واش كاين شي خدمة ف طنجة", tools.NameSearchJobAds, strong},
		{"ما هو معدل البطالة", cueFigure, strong},
		{"chi haja", tools.NameSearchJobAds, 0},
	}
	for _, c := range cases {
		if got := routingVocabulary.votes(c.msg)[c.vote]; got != c.want {
			t.Errorf("votes(%q)[%s] = %d, want %d", c.msg, c.vote, got, c.want)
		}
	}
}

func TestObjectWordsLeaveOutWhatIsKnown(t *testing.T) {
	cases := map[string]string{
		"comment devenir astronaute à Rabat ?":  "astronaute",
		"Comment devenir infirmière ?":          "",
		"عروض الشغل في مدينة فاس":               "",
		"bghit nkhdem jardinier f casa 3afak":   "jardinier",
		"offres de stage en informatique à Fès": "",
	}
	for msg, want := range cases {
		if got := strings.Join(objectTokens(lang.Read(msg)), " "); got != want {
			t.Errorf("objectTokens(%q) = %q, want %q", msg, got, want)
		}
	}
}

func TestDemandFollowUps(t *testing.T) {
	prev := func(tool, args string) []assistant.Turn {
		return []assistant.Turn{{ToolCalls: []assistant.ToolCall{{Name: tool, Arguments: []byte(args)}}}}
	}
	cases := []struct {
		history []assistant.Turn
		msg     string
		tool    string
		region  string
		occ     string
	}{
		{prev(tools.NameTopOccupations, `{"region":"MA-01"}`), "w f rbat?", tools.NameTopOccupations, "MA-04", ""},
		{prev(tools.NameSkillsInDemand, `{"occupation":"infirmier","region":"MA-06"}`), "et pour les soudeurs ?", tools.NameSkillsInDemand, "MA-06", "soudeurs"},
		{prev(tools.NameTrainingPaths, `{"occupation":"soudeur"}`), "w f tanja?", tools.NameTrainingPaths, "MA-01", "soudeur"},
		{prev(tools.NameTopOccupations, `{"region":"MA-01"}`), "et les infirmiers ?", tools.NameOccupationProfile, "MA-01", "infirmiers"}, // top takes no occupation; the place carries
		{prev("indicator_series", `{"indicator":"unemployment_rate"}`), "et à Tanger ?", "", "MA-01", ""},
		{prev(tools.NameSearchDocuments, `{"query":"x"}`), "w f rbat?", "", "MA-04", ""},
	}
	for _, c := range cases {
		msg := lang.Read(c.msg)
		q := understand(msg, now())
		q, a := followUpAny(q, readMarketAsk(msg, q), readRefs(msg), readState(c.history))
		if a.tool != c.tool || q.region() != c.region || a.occupation != c.occ {
			t.Errorf("%q after %s: tool %q region %q occupation %q; want %q %q %q", c.msg, c.history[0].ToolCalls[0].Name,
				a.tool, q.region(), a.occupation, c.tool, c.region, c.occ)
		}
	}
}

// TestDemandForAnOccupationAsksItsProfile: whether an occupation is in
// demand, recruits or has a future is asked of its profile, which carries
// its demand in ads, in the five languages, with or without a place;
// without an occupation the same words ask the ranking, and about words
// the lexicon lacks they go to the profile tool, which judges them.
func TestDemandForAnOccupationAsksItsProfile(t *testing.T) {
	cases := []struct {
		msg, tool, occupation string
	}{
		{"est-ce que les soudeurs sont demandés ?", tools.NameOccupationProfile, "soudeurs"},
		{"soudeur, un métier d'avenir ?", tools.NameOccupationProfile, "soudeur"},
		{"le métier d'infirmier est-il demandé à Tanger ?", tools.NameOccupationProfile, "infirmier"},
		{"هل الطلب على سائقي الشاحنات الثقيلة في ارتفاع؟", tools.NameOccupationProfile, "سايقي شاحنات ثقيله"},
		{"هل مهنة المحاسب مطلوبة في المغرب؟", tools.NameOccupationProfile, "محاسب"},
		{"الكوافورة واش عليها الطلب ولا لا؟", tools.NameOccupationProfile, "كوافوره"},
		{"واش الفرملية مطلوبين ف كازا؟", tools.NameOccupationProfile, "فرمليه"},
		{"wach l plombi 3lih talab?", tools.NameOccupationProfile, "plombi"},
		{"wach chifour 3ndo mosta9bal?", tools.NameOccupationProfile, "chifour"},
		{"is there demand for nurses?", tools.NameOccupationProfile, "nurses"},
		{"are welders in demand in Morocco?", tools.NameOccupationProfile, "welders"},
		{"is there demand for astronauts?", tools.NameOccupationProfile, "astronauts"},
		// no occupation, or which ones: the ranking
		{"شنو هوما الخدمات لي عليهم الطلب بزاف ف مراكش؟", tools.NameTopOccupations, ""},
		{"top 5 dyal lmehan li talbin f casa", tools.NameTopOccupations, ""},
		{"quels métiers sont demandés à Agadir ?", tools.NameTopOccupations, ""},
		{"les métiers les plus demandés pour un soudeur", tools.NameTopOccupations, "soudeur"},
		{"slt, c koi les boulots qui recrutent le plus à Marrakech stp", tools.NameTopOccupations, ""},
		{"ما هي المهارات الأكثر طلبا في سوق الشغل بجهة سوس ماسة؟", tools.NameSkillsInDemand, ""},
	}
	for _, c := range cases {
		_, got := routeAlone(c.msg)
		if got.tool != c.tool || got.occupation != c.occupation {
			t.Errorf("%q: tool %q, occupation %q; want %q, %q", c.msg, got.tool, got.occupation, c.tool, c.occupation)
		}
	}
}

// TestSkillsAndProfileAsked: what a worker must know asks the skills,
// said of the worker too ("شنو خاص الطباخ يعرف", "what must a cook
// know"); a description asked with the skills asks the profile, which
// holds both; and "tell me about" an occupation asks its profile, not
// the notes.
func TestSkillsAndProfileAsked(t *testing.T) {
	cases := []struct {
		msg, tool string
	}{
		{"الطباخ شنو هوما الحوايج لي خاصو يعرف باش يخدم ف شي ريسطو؟", tools.NameSkillsInDemand},
		{"chno khasso y3ref lplombi?", tools.NameSkillsInDemand},
		{"que doit savoir un soudeur ?", tools.NameSkillsInDemand},
		{"what must a cook know?", tools.NameSkillsInDemand},
		{"quelles qualités pour être serveur ?", tools.NameSkillsInDemand},
		{"what are employers looking for in a cashier?", tools.NameSkillsInDemand},
		{"ما هي المهارات المطلوبة من كهربائي البناء؟", tools.NameSkillsInDemand},
		{"الباطرونا شنو كيقلبو عند الطباخ؟ شنو هي الكومبيطونس اللي مطلوبة ف الريسطورات", tools.NameSkillsInDemand},
		{"agent de sécurité : description du poste et compétences", tools.NameOccupationProfile},
		{"security guard profile", tools.NameOccupationProfile},
		{"وصف الوظيفة والمهارات ديال العساس", tools.NameOccupationProfile},
		{"tell me about the bakers and pastry cooks job", tools.NameOccupationProfile},
		{"parle-moi des infirmiers", tools.NameOccupationProfile},
		{"notes about nurses", tools.NameSearchDocuments},
	}
	for _, c := range cases {
		_, got := routeAlone(c.msg)
		if got.tool != c.tool {
			t.Errorf("%q: tool %q, want %q", c.msg, got.tool, c.tool)
		}
	}
}

// TestQuestionAfterStatements: a question that follows statements of
// context is routed by its own cues, not by the words of the context
// (here, job offers), in the five languages; two questions are read
// together.
func TestQuestionAfterStatements(t *testing.T) {
	cases := []struct{ msg, tool string }{
		{"Je cherche un emploi et je lis les offres d'emploi tous les jours. Quels métiers recrutent à Fès ?", tools.NameTopOccupations},
		{"أنا مستشار في التوجيه وأحضر ورشة حول فرص الشغل وعروض العمل. ما هي المهن الأكثر طلبا في جهة الشرق؟", tools.NameTopOccupations},
		{"كنقلب على خدمة و كنشوف الإعلانات كل نهار. شنو هي الخدمات اللي مطلوبة ف طنجة؟", tools.NameTopOccupations},
		{"kan9leb 3la khedma w kanchouf les offres kol nhar. chno homa lkhdmat li kaynin f agadir?", tools.NameTopOccupations},
		{"I'm looking for a job and I read the job offers every day. Which occupations are in demand in Tangier?", tools.NameTopOccupations},
		{"شنو كيدير التريسيان؟ و شنو خاصو يعرف", tools.NameOccupationProfile},
	}
	for _, c := range cases {
		_, got := routeAlone(c.msg)
		if got.tool != c.tool {
			t.Errorf("%q: tool %q, want %q", c.msg, got.tool, c.tool)
		}
	}
	for text, want := range map[string]string{
		"Le taux était de 13.3 en 2024":                 "",
		"Quel métier ? Et quelle formation ?":           "",
		"Je suis infirmière. Quels métiers recrutent ?": "Quels métiers recrutent",
		"أنا عاطل.\nشنو الخدمات اللي كاينين؟":           "شنو الخدمات اللي كاينين",
		"I am a nurse! which jobs are hiring in Rabat?": "which jobs are hiring in Rabat",
	} {
		if got, _ := questionAfterStatements(text); got != want {
			t.Errorf("questionAfterStatements(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestAKindOfTrainingAsksTrainings: a kind of training named with a field
// or an occupation and no other cue ("licence professionnelle en
// logistique", "ماستر في المحاسبة") asks the trainings of that kind, in
// the five languages.
func TestAKindOfTrainingAsksTrainings(t *testing.T) {
	for msg, lng := range map[string]string{
		"licence professionnelle en logistique à Fès": "fr",
		"ماستر في المحاسبة بالرباط":                   "ar",
		"الماستر ديال اللوجستيك ف كازا":               "ary",
		"bghit ndir master f la logistique f casa":    "ary-Latn",
		"a bachelor in logistics in Tangier":          "en",
	} {
		q, got := routeAlone(msg)
		if string(q.lang) != lng || got.tool != tools.NameTrainingPaths || got.kind != "university" {
			t.Errorf("%q: lang %s, tool %q, kind %q; want %s, %q, university", msg, q.lang, got.tool, got.kind, lng, tools.NameTrainingPaths)
		}
	}
}

// routeAlone reads msg as the first message of a conversation: the
// question and the demand ask the planner routes.
func routeAlone(msg string) (question, marketAsk) {
	m := lang.Read(msg)
	q := understand(m, now())
	return followUpAny(q, readMarketAsk(m, q), readRefs(m), state{})
}

// TestPayAndAdsAsWritten: "combien touche" asks the pay, and "any ads"
// the job ads, of the occupation named.
func TestPayAndAdsAsWritten(t *testing.T) {
	for msg, want := range map[string]string{
		"combien touche une secrétaire par mois a rabat": tools.NameOccupationProfile,
		"une caissière touche combien ?":                 tools.NameOccupationProfile,
		"any ads for plumbers in Agadir?":                tools.NameSearchJobAds,
		"are there ads for welders right now?":           tools.NameSearchJobAds,
	} {
		_, got := routeAlone(msg)
		if got.tool != want || want == tools.NameOccupationProfile && !got.salary {
			t.Errorf("%q: tool %q salary %v; want %q", msg, got.tool, got.salary, want)
		}
	}
}
