package offline

import (
	"strings"

	"github.com/marsad/marsad/retrieval/lang"
)

// cueWord is one word of a routing cue: its folded form (lang.Fold), or,
// for a word written with a final '*', a prefix of the word's normal form
// (lang.Normalize), so that "compétence*" finds compétences and
// "demand*" finds demandés and demandées.
type cueWord struct {
	form   string
	prefix bool
}

// cue is one phrase of the routing vocabulary and what it votes for.
type cue struct {
	vote   string // a tool name, cueFigure or a training kind (cueKind + kind)
	weight int
	words  []cueWord
}

// cueGap is how many other words may stand between two words of a cue
// ("métiers les plus demandés" matches "métier* demand*").
const cueGap = 3

// cueFigure marks the words that ask for a figure (combien, شحال, how
// many): with an indicator named, they keep the question on the
// indicator tables whatever else it says.
const cueFigure = "figure"

// cueKind prefixes the votes of the words that name a kind of training.
const cueKind = "kind:"

// Cue weights: a strong cue names what the tool answers (compétences,
// offres, note, and pourquoi: explanations are in the notes); a weak one
// is a verb or a generic word that only leans towards it (devenir, bghit).
const (
	weak   = 1
	strong = 2
)

// cueTable is the source of the routing vocabulary: per vote and weight,
// phrases separated by '|', in every language and script. Spelling
// variants need not be listed when folding makes them equal (l5edma,
// lkhedma, lkhdma), but Arabizi and Darija verb forms that folding keeps
// apart are listed one by one.
var routingTable = []cueRow{
	{"top_occupations", strong, "métier* demand*|métier* recherch*|métier* porteur*|métier* qui recrut*|métier* recrut*|métier* d'avenir|" +
		"métier* en tension|le plus d'offre*|plus d'offre*|le plus d'annonce*|plus d'annonce*|fihom bzaf|bzaf dyal l'offre*|bzaf dyal les offre*|" +
		"bzaf d les annonces|ktar dyal les offres|اكثر عروض|اكثر الاعلانات|يكثر عليها الطلب|يكثر الطلب|most job ads|most ads|most offers|hottest jobs|" +
		"métier* qui embauch*|profession* demand*|profil* demand*|poste* les plus demand*|emploi* les plus demand*|" +
		"quels métiers|quel métier|top des métiers|classement des métiers|les plus demand*|plus recherch*|qui recrute* le plus|" +
		"المهن المطلوب*|المهن الاكثر|اكثر المهن|الوظائف المطلوب*|الوظائف الاكثر|اكثر الوظائف|المهن التي يكثر|الحرف المطلوب*|مهن المستقبل|" +
		"المهن الواعد*|الاكثر طلب*|اكثر طلب*|الخدمات اللي مطلوب*|الخدمات المطلوب*|الخدمات اللي كاين*|الخدمات لي كاين*|الخدمات لي مطلوب*|" +
		"شنو هي الخدمات|اشمن خدمات|اشمن الخدمات|خدمات مطلوب*|مطلوبين بزاف|مطلوبة بزاف|كيطلبو بزاف|" +
		"khdmat li kayn*|khdmat li matlou*|khdmat matlou*|khdmat li mtalb*|khdmat li kaytalb*|chno homa lkhdmat|ach mn khdmat|achmen khdmat|" +
		"ina khdmat|ina khdma|ina khedma|achmen khdma|khdma matlou*|khedma matlou*|matlou* ktar|metiers li matlou*|metiers li kayn*|hirfa li matlou*|matloubin bzaf|matlouba bzaf|kaytalbohom bzaf|kaytalbo bzaf|" +
		"in demand job*|jobs in demand|occupations in demand|in demand occupation*|most in demand|most demanded|most sought|most wanted|" +
		"top jobs|top occupations|which jobs|what jobs|which occupations|what occupations|hiring the most|jobs are hiring|فيهم الطلب|الطلب كتر|الطلب كثير|عليها الطلب|fihom talab|talab kter|talab ktar|talab kbir|demande la plus forte|most demanded|most in demand"},
	{"top_occupations", weak, "métier*|profession*|qui recrute*|recrutent|المهن|مهن|الوظائف|الحرف|khdmat|lkhdmat|occupations|jobs hiring|" +
		"lmihan|mihan|l'mihan|lhiraf|hiraf"},
	{"top_occupations", strong, "top lmihan|top mihan|top khdmat|top lkhdmat|top métiers|top des jobs|top jobs|top occupations|lmihan li matlou*|mihan matlou*"},

	{"skills_in_demand", strong, "compétence*|competance*|qualifications requises|qualités requises|savoir faire|savoir-faire|profil recherché|" +
		"connaissances requises|que faut il savoir|faut il maîtriser|il faut maîtriser|aptitude*|" +
		"مهارات|المهارات|الكفاءات|كفاءات|الكفايات|المؤهلات المطلوب*|القدرات المطلوب*|ماذا يجب ان اتعلم|ما الذي يجب معرفته|ماذا يجب ان اعرف|" +
		"خاصني نعرف|خاص نعرف|خاصك تعرف|خاص تعرف|خاصني نتعلم|شنو خاصني نعرف|الكومبيطونس|الكومبيطونص|" +
		"khassni n3ref|khasni n3ref|khass n3ref|khassek t3ref|khass t3ref|khassni nt3elem|khassni nt3alem|kompetans|mharat|lmharat|mahara|lmahara|mharat*|" +
		"skill*|what do i need to know|need to learn|should i learn|what employers want|requirements for"},
	{"skills_in_demand", weak, "chno khass|chnou khass|شنو خاص|شنو خاصني|chno kaytalbo|شنو كيطلبو|ما المطلوب|qualifications"},

	{"occupation_profile", strong, "c'est quoi le métier|c'est quoi un|c'est quoi une|en quoi consiste|fiche métier|description du métier|تعريف ديال مهنة|تعريف مهنة|تعريف ديال الخدمة|تعريف الخدمة|تعريف لمهنة|définition du métier|définition d'un métier|definition of the job|ta3rif dyal|وصفا لمهنة|وصف مهنة|وصف لمهنة|وصفا للمهنة|description of the job|describe the job|" +
		"que fait un|que fait une|combien gagne|quel salaire|le métier d'|le métier de|du métier de|du métier d'|métier de|métier d'|parle moi du métier|parlez moi du métier|" +
		"ما هي مهنة|ما هو عمل|ماذا يعمل|ماذا يفعل|ما هي مهام|مهام|كم يتقاضى|كم يربح|راتب|اجرة|" +
		"شنو هي الخدمة ديال|شنو كيدير|شنو كتدير|اشنو كيدير|شحال كيخلص|شحال كتخلص|كيخلص|كتخلص|" +
		"chno kaydir|chno katdir|achno kaydir|kaydir|katdir|ch7al kaykhles|ch7al katkhles|kaykhles|katkhles|" +
		"what does a|what does an|what is the job of|job description|how much does|earn|tell me about the job|salary of"},
	{"occupation_profile", weak, "c'est quoi|qu'est-ce qu|salaire*|salary|شنو هي|ما هي|ما هو|kaydiro|wage*|what is a|what is an|pay|pays|paid|paie|payé"},

	{"training_paths", strong, "comment devenir|comment être|formation*|offre* de formation|se former|où apprendre|où étudier|quelles études|" +
		"quel diplôme|cursus|filière*|école*|institut*|apprentissage|" +
		"كيف اصبح|التكوينات|تكوينات|تؤدي الى مهنة|تؤدي الى|الفورماسيونات|فورماسيونات|lformations|كيف يمكنني ان اصبح|كيف اصير|اين يمكنني دراسة|اين يمكن دراسة|اين يمكنني ان ادرس|اين اتكون|لكي اصبح|كي اصبح|الدراسة اللازمة|الدراسة المطلوبة|الدراسات اللازمة|تكوين|التكوين|اين ادرس|ماذا ادرس|اين اتعلم|شعبة|معهد|مدرسة|" +
		"كيفاش نولي|كيفاش نوالي|فين نقرا|شنو نقرا|اشنو نقرا|نتكون|فورماسيون|" +
		"kifach nwelli|kifach nweli|kifach nwalli|kifach nwli|kifech nwelli|fin n9ra|chno n9ra|achno n9ra|fin nt9ra|takwin|tkwin|formasyon|" +
		"how to become|how do i become|how can i become|training*|course*|where to study|what to study|study to become|" +
		"where can i train|where to train|train as|train to become|train for|get trained|" +
		"apprenticeship*|diploma for|degree for"},
	{"training_paths", weak, "devenir|اصبح|لاصبح|اصير|نولي|باش نولي|نقرا|nwelli|nweli|nwalli|nwli|n9ra|nt9ra|bach nwelli|become|study"},

	{"search_job_ads", strong, "offre* d'emploi|offre*|annonce*|je cherche un emploi|je cherche du travail|cherche* emploi|cherche* travail|" +
		"cherche* job|cherche* poste|cherche* un poste|cherche* un stage|postuler|poste* à pourvoir|poste* vacant*|on recrute|" +
		"عروض الشغل|عروض العمل|عروض عمل|عرض عمل|عروض|اعلانات|الاعلانات|فرص الشغل|فرص عمل|فرص العمل|وظائف شاغر*|مناصب شاغر*|" +
		"ابحث عن عمل|ابحث عن شغل|ابحث عن وظيفة|اريد عملا|اريد العمل|" +
		"شي خدمة|شي خدمه|بغيت خدمة|بغيت نخدم|كنقلب على خدمة|كنقلب على الخدمة|نقلب على خدمة|فين نلقى خدمة|لانونس|" +
		"chi khedma|chi khdma|bghit khedma|bghit khdma|bghit nkhdem|bghit nkhdm|kan9leb 3la khedma|kan9eleb 3la khedma|" +
		"n9leb 3la khedma|fin nl9a khedma|fin nlqa khedma|chi poste|chi boulot|chi travail|" +
		"job offer*|job ad*|job posting*|job listing*|vacanc*|opening*|looking for a job|looking for work|find a job|find work|" +
		"internship offer*"},
	{"search_job_ads", weak, "recrutement|embauche|recrute|توظيف|كنقلب|بغيت|bghit|hiring|apply"},

	{"search_documents", strong, "note*|étude*|rapport*|analyse*|que dit|que disent|document*|publication*|article*|pourquoi|les causes|les raisons|" +
		"تقرير|التقرير|تقارير|دراسة|الدراسة|دراسات|مذكرة|المذكرة|تحليل|ماذا تقول|ماذا يقول|وثيقة|نشرة|لماذا|اسباب|الاسباب|" +
		"شنو كاين على|شنو كاين علي|شنو كيقول|شنو كتقول|علاش|" +
		"chno kayn 3la|chnou kayn 3la|chno kaygoul|chno katgoul|3lach|3lache|ta9rir|dirasa|" +
		"report*|study on|study about|a study|studies|analysis|reasons|causes|what does the note|what do the notes|why|définit*|définition*|explication*|expliquer|différence entre|la différence|signifie|veut dire|تعريف|التعريف|معنى|المقصود ب|يقصد ب|شرح|الفرق بين|كيف يتم قياس|far9 bin|lfar9 bin|ma3na|chno ma3na|definition*|what is meant|difference between|define|meaning of"},
	{"search_documents", weak, "parle moi de|explique|explain|tell me about|about"},

	// Words that look like a cue but are not one: "par rapport à" is no report.
	// The CNSS's statistical and demographic report names a series of figures;
	// "what is the net jobs created" is no "what jobs" (the longest cue wins at
	// a word, and a longer cue starting there still does: "what is the job of").
	{"", 0, "par rapport|en rapport avec|rapport qualité|rapport statistique|statistical and demographic report|التقرير الإحصائي|" +
		"what is the|what was the|what were the|what are the|حسب اعلانات|حسب الاعلانات|حسب اعلانات التوظيف|d'après les annonces|selon les annonces|according to job ads|according to ads"},

	// A figure asked for: an indicator question, whatever else it says.
	{cueFigure, strong, "combien|quel est le taux|quel était le taux|quelle est la part|chiffre*|selon le rapport|selon l'étude|selon la note|" +
		"d'après le rapport|d'après l'étude|d'après la note|according to the report|according to the study|حسب التقرير|حسب الدراسة|حسب المذكرة|" +
		"كم|ما هو معدل|ما هي نسبة|ما معدل|رقم|شحال|قداش|ch7al|chhal|9dach|qdach|ra9m|how many|how much is|what is the rate|what was the rate|figure*"},
}

// kindTable names the kinds of training (tools.TrainingKinds) a training
// question may ask for.
var kindTable = []cueRow{
	{cueKind + "vocational", strong, "OFPPT|formation professionnelle|ISTA|technicien spécialisé|التكوين المهني|تكوين مهني|takwin mihani|vocational"},
	{cueKind + "university", strong, "université|universitaire|fac|faculté|licence|master|جامعة|الجامعة|كلية|الفاك|jami3a|lfac|university|degree"},
	{cueKind + "certificate", strong, "certificat|certification|شهادة مهنية|certificate|certification"},
}

// cueRow is a line of a cue table: a vote, its weight, and phrases
// separated by '|'.
type cueRow struct {
	vote   string
	weight int
	terms  string
}

// vocabulary is a compiled cue table.
type vocabulary []cue

// The planner's routing vocabulary and its training kinds, compiled.
var (
	routingVocabulary = compileVocabulary(routingTable)
	kindVocabulary    = compileVocabulary(kindTable)
)

func compileVocabulary(rows []cueRow) vocabulary {
	var out vocabulary
	for _, row := range rows {
		for _, term := range strings.Split(row.terms, "|") {
			if words := compileCue(term); len(words) > 0 {
				out = append(out, cue{vote: row.vote, weight: row.weight, words: words})
			}
		}
	}
	return out
}

// compileCue splits a phrase into cue words. A word written with a final
// '*' is a prefix; when it normalises to several words ("d'avenir*"), only
// the last one is.
func compileCue(term string) []cueWord {
	var out []cueWord
	for _, w := range strings.Fields(term) {
		prefix := strings.HasSuffix(w, "*")
		toks := lang.Tokens(strings.TrimSuffix(w, "*"))
		for i, t := range toks {
			p := prefix && i == len(toks)-1
			out = append(out, cueWord{form: foldOrNorm(t, p), prefix: p})
		}
	}
	return out
}

func foldOrNorm(tok string, prefix bool) string {
	if prefix {
		return tok
	}
	return lang.Fold(tok)
}

// cueText is a message prepared for cue matching: each word's normal form
// and folded forms (the fold, and the fold without an Arabizi article l-
// or a one-letter Arabic proclitic و ف ل ب).
type cueText struct {
	norm  []string
	folds [][]string
}

func prepareCues(msg string) cueText {
	toks := lang.Tokens(msg)
	ct := cueText{norm: toks, folds: make([][]string, len(toks))}
	for i, t := range toks {
		f := lang.Fold(t)
		ct.folds[i] = []string{f}
		if alt, ok := withoutProclitic(t); ok {
			ct.folds[i] = append(ct.folds[i], lang.Fold(alt))
		}
	}
	return ct
}

// withoutProclitic strips a leading Arabizi article l- or an Arabic
// proclitic و ف ل ب from a word long enough to keep a stem.
func withoutProclitic(t string) (string, bool) {
	r := []rune(t)
	if len(r) < 4 {
		return "", false
	}
	switch r[0] {
	case 'l', 'و', 'ف', 'ل', 'ب':
		return string(r[1:]), true
	}
	return "", false
}

func (ct cueText) matches(i int, w cueWord) bool {
	if w.prefix {
		return strings.HasPrefix(ct.norm[i], w.form)
	}
	for _, f := range ct.folds[i] {
		if f == w.form {
			return true
		}
	}
	return false
}

// matchAt returns the index after the last word of c when c matches from
// word i, each next word within cueGap words of the previous one.
func (ct cueText) matchAt(i int, c cue) (int, bool) {
	if !ct.matches(i, c.words[0]) {
		return 0, false
	}
	pos := i
	for _, w := range c.words[1:] {
		found := false
		for j := pos + 1; j < len(ct.norm) && j <= pos+1+cueGap; j++ {
			if ct.matches(j, w) {
				pos, found = j, true
				break
			}
		}
		if !found {
			return 0, false
		}
	}
	return pos + 1, true
}

// votes adds up the weights of the cues of v found in msg, per vote. At
// each word the cue with the most words wins (then the heaviest), and the
// words it covers are not read again, so "offres de formation" votes for
// training_paths only and "par rapport à" for nothing.
func (v vocabulary) votes(msg string) map[string]int {
	ct := prepareCues(msg)
	votes := map[string]int{}
	for i := 0; i < len(ct.norm); {
		best, end := -1, 0
		for k, c := range v {
			e, ok := ct.matchAt(i, c)
			if ok && (best < 0 || longer(c, v[best])) && !v.crossed(ct, i, e, c) {
				best, end = k, e
			}
		}
		if best < 0 {
			i++
			continue
		}
		if v[best].vote != "" {
			votes[v[best].vote] += v[best].weight
		}
		i = end
	}
	return votes
}

// crossed reports whether cue c, matched over words [from, to) with gaps,
// leaps over a word where a strong cue of another vote starts: in "les
// compétences les plus demandées" the ranking's "les plus demand*" would
// swallow compétences, which asks for skills.
func (v vocabulary) crossed(ct cueText, from, to int, c cue) bool {
	if to-from == len(c.words) {
		return false
	}
	for j := from + 1; j < to; j++ {
		for _, o := range v {
			if o.vote != "" && o.vote != c.vote && o.weight >= strong && ct.matches(j, o.words[0]) {
				if _, ok := ct.matchAt(j, o); ok {
					return true
				}
			}
		}
	}
	return false
}

// longer reports whether cue a beats cue b at the same word.
func longer(a, b cue) bool {
	return len(a.words) > len(b.words) || len(a.words) == len(b.words) && a.weight > b.weight
}

// fillers are the words of a question that name nothing: articles,
// prepositions, question and courtesy words, in every language. With the
// cue words and the words of concepts and places, they are what
// objectTokens leaves out.
var fillers = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range lang.Tokens("le la les un une des de du d l au aux a à en et ou est c ce cet cette quoi qui que qu comment " +
		"pour par sur dans avec mon ma mes je j me m tu vous il elle on nous être faire veux voudrais aimerais peux " +
		"bonjour salut svp merci stp quel quelle quels quelles où ou bien plus moins très tres sont était " +
		"the a an of to for in on at and or is are was be do does did how what which who where can could i my me you " +
		"want would like please hello hi as with about job jobs work become " +
		"في من على عن الى إلى ما ماذا هو هي هل كيف اين أين لي انا أنا اريد أريد ان أن التي الذي مع او أو يمكنني " +
		"ديال د ف شنو اشنو واش علاش باش اللي لي كاين كاينة عندكم عندك بغيت شي انا أنا راه هاد هادي مع ولا " +
		"dyal d f fi w chno chnou achno wach bach li kayn kayna 3ndkom 3andkom bghit chi ana rah had hadi m3a wla " +
		"salam slm mrc merci haja 7aja comme show give list domaine field area مجال ميدان هناك fihom fiha fih fihum chnahoma chnahuma chnouma 3afak 3afakom 3afakoum afak please svp عافاك عافاكم فضلك " +
		"région region ville province année annee ans year years city town emploi travail employment jobs " +
		"those these that them with وفي وف خلال فخلال " +
		"chez among عند لدى 3nd 3and 3end kan kant kanet كان كانت people persons personnes gens ناس الناس اشخاص الاشخاص nas lnas " +
		"جهة جهه مدينة مدينه سنة سنه عام اقليم إقليم عمالة مهنة مهنه لمهنة توجد يوجد هناك كاينين l3am lmdina jiha") {
		m[lang.Fold(w)] = true
	}
	return m
}()

// isCueWord reports whether the word with normal form norm and folded
// form fold is a word of some routing cue.
func isCueWord(norm, fold string) bool {
	for _, v := range []vocabulary{routingVocabulary, kindVocabulary} {
		for _, c := range v {
			for _, w := range c.words {
				if w.prefix && strings.HasPrefix(norm, w.form) || !w.prefix && w.form == fold {
					return true
				}
			}
		}
	}
	return false
}

// objectTokens returns the words of msg (in normal form) that name no
// concept, place, cue or filler (a proclitic و ف ل ب or Arabizi l-
// aside): in "comment devenir astronaute ?" the occupation the lexicon
// does not know.
func objectTokens(msg string) []string {
	for _, m := range lang.FindConcepts(msg) {
		if m.Concept.Kind != lang.KindIntent { // "wla" in "casa wla sla" keeps Sla a place
			msg = strings.Replace(msg, m.Surface, " ", 1)
		}
	}
	for _, p := range lang.FindPlaces(msg) {
		msg = strings.Replace(msg, p.Surface, " ", 1)
	}
	for _, p := range lang.FindPeriods(msg) { // "au troisième trimestre", "الفصل الثالث", "التريمستر التالت"
		msg = strings.Replace(msg, p.Surface, " ", 1)
	}
	var out []string
	for _, t := range lang.Tokens(msg) {
		if isObject(t) {
			out = append(out, t)
		}
	}
	return out
}

// isObject reports whether word t (in normal form) may name a thing: not
// a filler, a cue word or a number, and at least three letters long.
func isObject(t string) bool {
	if len([]rune(t)) < 3 || isDigits(t) {
		return false
	}
	forms := []string{t}
	if alt, ok := withoutProclitic(t); ok {
		forms = append(forms, alt)
	}
	for _, w := range forms {
		if f := lang.Fold(w); fillers[f] || isCueWord(w, f) {
			return false
		}
	}
	return true
}

func isDigits(s string) bool {
	return strings.Trim(s, "0123456789.") == ""
}
