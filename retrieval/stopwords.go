package retrieval

import (
	"strings"

	"github.com/marsad/marsad/retrieval/lang"
)

// stopList holds the function words of French, English, Modern Standard
// Arabic and Darija (both scripts) that carry no topic. Question words are
// stop words too: a query's intent is not what a passage is about.
const stopList = `
le la les l de des du d un une et en au aux a pour par sur dans est sont ce ces cet cette qui que qu quoi quel quelle
quels quelles il elle ils elles on ne n pas plus se s sa son ses leur leurs avec comme ou mais donc ni car entre
selon ete etre avoir ont y je tu nous vous me m te t lui j c est combien comment quand pourquoi aussi tres fait
the an of in on for to and or is are was were what which who whom how with by at from as be been this that these those
it its do does did there their about much many
في من على الى إلى عن ما ماذا هل هي هو التي الذي الذين و او أو ان أن إن كان كانت مع هذا هذه ذلك تلك بين حسب قد لا لم لن
كم كيف متى اين أين عند ثم كل بعد قبل حول
ف ديال ديال ديالي دال اللي لي شنو شنوا شنو واش كاين كاينة كاينين هاد هادي هادا هادو مع غير باش حتى ولا
f fi dyal dial d l ila wach wash chno chnou chnu ach ash achno kayn kayna kaynin kaynine li lli had hadi hada hadou
m3a o w wla bach b ta ghir homa huma hiya howa ana nta nti kifach fin imta wash chhal ch7al ha hna
bghit bghina nwli nweli ndir khasni khassni chi wa7d bzaf mzyan
شحال كيفاش فين بغيت بغينا نولي خاصني شي بزاف لدى أصبح اصبح
`

// stopNorm holds the stop words in normal form; stopFold maps their
// folded forms to the length in runes of the longest stop word with that
// form, so that a long word that folds like a short stop word (pelouses
// and plus both fold to plus) is not taken for it.
var stopNorm, stopFold = buildStopSets()

func buildStopSets() (map[string]bool, map[string]int) {
	norm, fold := map[string]bool{}, map[string]int{}
	for _, w := range strings.Fields(stopList) {
		for _, t := range lang.Tokens(w) {
			norm[t] = true
			f := lang.Fold(t)
			fold[f] = max(fold[f], len([]rune(t)))
		}
	}
	return norm, fold
}

// foldSlack is how many runes longer than a stop word a token folding
// like it may be and still be a spelling of it (dyal, dial, diyal).
const foldSlack = 1

// isStopWord reports whether the normal-form token t, folded to f, carries
// no topic: a stop word, or a single letter.
func isStopWord(t, f string) bool {
	n := len([]rune(t))
	if n < 2 && !(t >= "0" && t <= "9") {
		return true
	}
	if stopNorm[t] {
		return true
	}
	m, ok := stopFold[f]
	return ok && n <= m+foldSlack
}
