package lang

// lexiconHits returns the lexicon's hits in tw, lexicon.index.find(tw),
// found once for each start (foundOnce): a text that several finders
// read (Read's: the references' taken words, small talk, the concepts,
// the unresolved and unmeasured scan) is searched once. The hits are
// shared: a reader that changes them (narrow) takes a copy.
func lexiconHits(tw *textWords) []hit {
	return tw.concepts.get(tw, lexicon.index.find)
}

// foundOnce is what a search of a text found, searching from lastEnd
// from, and where the search left lastEnd (end). What a phrase search
// finds depends only on the text and on where the last match ended.
type foundOnce[T any] struct {
	found     T
	from, end int
	read      bool
}

// get returns search(tw), searching only when tw's lastEnd is not where
// the last search started; either way lastEnd is left as search leaves
// it.
func (f *foundOnce[T]) get(tw *textWords, search func(*textWords) T) T {
	if f.read && f.from == tw.lastEnd {
		tw.lastEnd = f.end
		return f.found
	}
	from := tw.lastEnd
	found := search(tw)
	*f = foundOnce[T]{found: found, from: from, end: tw.lastEnd, read: true}
	return found
}
