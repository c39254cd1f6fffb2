package lang

import "strings"

// cueSet is a set of cue classes: kinds of words that must stand near an
// entry for it to mean what the lexicon says. "tkhel9at" (got created) is
// about jobs only near a job noun; "li khdamin" (who work) is the
// employment rate only after a rate word; "9lil" (few) asks for the lowest
// only in a question about which region or group.
type cueSet uint8

// Cue classes.
const (
	cueRate   cueSet = 1 << iota // a rate or share: taux, نسبة, nisba, percentage
	cueCount                     // a count question: ch7al, شحال, combien, how many, عدد
	cueJob                       // a job noun, singular or plural: khedma, خدمة, poste, emploi, job
	cueJobs                      // a plural job noun: khdamat, خدمات, مناصب, postes, emplois, jobs
	cueWhich                     // which / where: ina, achmen, فين, أي, quelle, which
	cueGroup                     // a population group, a sector or a labour indicator: العيالات, drari, lmdon, البطالة, femmes
	cueSector                    // a sector: lfla7a, البني, industrie
	cueLabour                    // work or its lack: a job noun, a labour indicator, travail, العمل, khedma, employment
)

// cueWindow is how many words on each side of an entry, within its phrase,
// are searched for cues.
const cueWindow = 4

var cueNames = map[string]cueSet{"rate": cueRate, "count": cueCount, "job": cueJob, "jobs": cueJobs, "which": cueWhich,
	"group": cueGroup, "sector": cueSector, "labour": cueLabour}

// parseCues reads a cue marker's content: alternatives separated by '/',
// each a '+'-separated list of classes that must all be present
// ("job+count/jobs": a job noun and a count word, or a plural job noun). It
// panics on an unknown class: the tables are wrong.
func parseCues(spec string) [4]cueSet {
	var out [4]cueSet
	for i, alt := range strings.Split(spec, "/") {
		for _, name := range strings.Split(alt, "+") {
			c, ok := cueNames[name]
			if !ok || i >= len(out) {
				panic("lang: bad cue marker [" + spec + "]")
			}
			out[i] |= c
		}
	}
	return out
}

// cueWords are the words of each class, keyed by folded form.
var cueWords = func() map[string]cueSet {
	m := map[string]cueSet{}
	add := func(c cueSet, list string) {
		for _, w := range splitList(list) {
			for _, t := range Tokens(w) {
				m[foldNormal(t)] |= c
			}
		}
	}
	add(cueRate, "taux|nisba|nisbat|nesba|pourcentage|pourcent|proportion|part|parts|répartition|shares|percentage|percent|share|rate|ratio|mo3adal|m3adal|حصة|الحصة|حصه|7essa|7issa|7esset|poids|نسبة|معدل|بالمائة|المائة|المية|فالمية|lmya|lmiya|miya")
	add(cueCount, "ch7al|chhal|sh7al|chal|9dach|qdach|kdach|kadach|شحال|قداش|بشحال|كم|عدد|combien|nombre|many|number|how|3adad|3dad|size|taille|حجم")
	add(cueJob|cueJobs, "khdamat|khdmat|khadmat|khdayem|khdayim|postes|postat|emplois|jobs|positions|places|خدمات|خدايم|مناصب|بوسطات|وظائف|فرص|مناصب")
	add(cueJob, "khedma|khdma|khidma|5edma|5dma|poste|post|posta|boulot|emploi|job|position|خدمة|منصب|بوسط|بوسطة|شغل|وظيفة|فرصة")
	add(cueLabour, "travail|travailler|travaillent|travailleurs|travailleuses|salariés|employees|employed|worker|works|المشتغلين|المشتغلون|العاملين|العمال|تخدمو|خدمو|تخدم|lkhdama|الخدامة|emploi|emplois|employment|employ|work|working|workers|labour|labor|workforce|"+
		"activité|activite|actifs|actives|insertion|embauche|recrutement|salariés|salariées|salaire|salaires|wages|"+
		"العمل|عمل|الشغل|شغل|التشغيل|تشغيل|النشاط|نشاط|الإدماج|العاملات|العاملين|خدامين|خدامات|كيخدمو|"+
		"khdam|khddam|khdamin|khddamin|kaykhdmo|kaykhdmou|nachat|choghl|tachghil|khadmin|khedamin|"+
		"khddama|khdama|nkhdem|kankhdem|kaykhdem|katkhdem|tkhdem|ykhdem|nekhdem|خدام|خدامة|نخدم|كنخدم|كيخدم|كتخدم|تخدم|يخدم|"+
		"travaille|travaillé|bosse|bosser|works|worked")
	add(cueWhich, "ina|inahiya|inahia|achmen|chmen|ach|achnahiya|fin|fina|فين|فاين|أي|اشمن|شمن|آشمن|اينا|شكون|chkoun|chkon|quelle|quel|quelles|quels|laquelle|lequel|which|where|who")
	for _, defs := range [][]conceptDef{statConcepts, jobPhrasings} {
		for _, d := range defs {
			c := cueGroup
			switch d.kind {
			case KindIndicator:
				c |= cueLabour
			case KindSector:
				c = cueSector | cueGroup
			case KindIntent, KindContract:
				continue
			}
			for _, f := range splitList(d.terms) {
				if t := Tokens(f); len(t) == 1 && !strings.ContainsAny(f, "[!~+^:") {
					m[foldNormal(t[0])] |= c
				}
			}
		}
	}
	for k, c := range m {
		if c&cueJob != 0 {
			m[k] = c | cueLabour
		}
	}
	return m
}()

// cued reports whether one of e's cue alternatives is met by the words
// around position i, within the phrase and cueWindow words.
func (tw *textWords) cued(e *entry, i int) bool {
	tw.computeCues()
	end := i + len(e.words)
	var near cueSet
	for k := i - 1; k >= 0 && k >= i-cueWindow && !tw.spans[k+1].brk; k-- {
		near |= tw.cues[k]
	}
	for k := end; k < len(tw.spans) && k < end+cueWindow && !tw.spans[k].brk; k++ {
		near |= tw.cues[k]
	}
	for _, alt := range e.cues {
		if alt != 0 && near&alt == alt {
			return true
		}
	}
	return false
}

// computeCues computes the cue classes of the words of tw, once.
func (tw *textWords) computeCues() {
	if tw.cues != nil {
		return
	}
	tw.cues = make([]cueSet, len(tw.spans))
	for k, forms := range tw.forms {
		for _, f := range forms {
			tw.cues[k] |= cueWords[f]
		}
	}
}

// countAfter reports whether a number follows token k, directly or after
// one small word ("من 2000", "mn 25", "de 45", "than 2000").
func (tw *textWords) countAfter(k int) bool {
	if k < len(tw.spans) && !tw.spans[k].brk && countLinks[tw.spans[k].norm] {
		k++
	}
	return k < len(tw.spans) && !tw.spans[k].brk && isDigit(tw.spans[k].norm[0])
}

// countLinks may stand between a comparative and the number it counts
// (normal forms).
var countLinks = setOf("من", "mn", "men", "min", "de", "d", "than", "que", "qu", "ب", "b", "par", "by")
