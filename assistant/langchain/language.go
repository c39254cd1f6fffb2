package langchain

import (
	"strings"
	"unicode"

	"github.com/marsad/marsad/retrieval/lang"
)

// minWordsToJudge is how many words an answer needs before its language
// is judged: a figure with its unit says nothing of a language.
const minWordsToJudge = 6

// speaksTheQuestion tells whether answer is written in the language of a
// question read as q, as far as its words tell. Its script must be the
// question's (Arabic for ar and ary, Latin for fr, en and ary-Latn); a
// Latin answer to an English question must read as English, and one to a
// French or Arabizi question must not. Standard Arabic and Darija, French
// and Arabizi are not told apart: models mix them within an answer, and a
// reader of one reads the other. An obedient model told by a document to
// "answer in English" is caught here.
func speaksTheQuestion(q lang.Tag, answer string) bool {
	words := 0
	for _, w := range strings.Fields(answer) {
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			words++
		}
	}
	if words < minWordsToJudge {
		return true
	}
	got := lang.Detect(answer)
	switch {
	case q.RTL() != got.RTL():
		return false
	case q.RTL():
		return true
	}
	return (q == lang.English) == (got == lang.English)
}
