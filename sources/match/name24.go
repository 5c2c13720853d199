package match

// rankTitleMargin is the margin for an alert whose name only the lead
// writes while the ranker's best is a name the title writes: a headline
// names what the story is about, and the rules took a name from further
// down.
const rankTitleMargin = 2.0

// rankTitleSubject: the alert's name, candidate cur, is written in the
// lead alone and the ranker's best, best, in the title, past its first
// word unless the lead or the registry confirms it (a title's opening
// run is capitalised by its place: "Budget Android tablets").
func rankTitleSubject(it *rankItem, cur, best int) bool {
	c, b := &it.cands[cur], &it.cands[best]
	return c.ti < 0 && b.ti >= 0 && (b.ti > 0 || b.li >= 0 || b.reg)
}
