package match

// item is what the rules of one Match call read of its item more than
// once, handed to them by pointer: the title's gate bits (titleBits) and
// the word splits (titleWords) of the title, the lead and its first
// sentence, each split on first use. Dozens of rules read the same
// title's words; split in each, they cost the matcher about a tenth of
// its time.
type item struct {
	gateBits
	splits [4]itemSplit
	nSplit int
}

// itemSplit is one text's titleWords.
type itemSplit struct {
	s     string
	words []titleWord
}

// newItem is the item of a title: its gate bits, no words split yet.
func newItem(title string) *item { return &item{gateBits: titleBits(title)} }

// words is titleWords(s), split once per item whatever text s is (a
// split depends on the text alone). The words are shared: a reader that
// writes into them (mark) takes wordsCopy; the capacity is the length,
// so that an append copies.
func (it *item) words(s string) []titleWord {
	for k := range it.nSplit {
		if it.splits[k].s == s {
			w := it.splits[k].words
			return w[:len(w):len(w)]
		}
	}
	w := titleWords(s)
	if it.nSplit < len(it.splits) {
		it.splits[it.nSplit] = itemSplit{s, w}
		it.nSplit++
	}
	return w[:len(w):len(w)]
}

// wordsCopy is words(s) in a slice of the caller's own, for a reader
// that marks them (mark): a copy of a split already made, or else a
// split of its own, left out of the item (a copy of it would cost the
// item as much as the split it saves the next reader).
func (it *item) wordsCopy(s string) []titleWord {
	for k := range it.nSplit {
		if it.splits[k].s == s {
			w := it.splits[k].words
			return append(make([]titleWord, 0, len(w)), w...)
		}
	}
	return titleWords(s)
}
