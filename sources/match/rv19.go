package match

// A court undoing a contest of a hold, or refusing to undo the hold in
// its own words: the hold stands and nothing happened (trust-events.md's
// reversal row wants a hold lifted or struck down). The rules read a
// court's verb of undoing and a hold within a few words as a reversal,
// so "Court blocks Huawei's challenge to FCC ban", "Judge throws out
// Xiaomi's bid to overturn blacklisting" and "Court declines to throw
// out Xiaomi ban" alerted as the ban undone. Read on alerts only.

// rv19Contested reports whether the title's court undoes or rejects a
// contest of a hold ("blocks Huawei's challenge to FCC ban", "tosses
// Kaspersky lawsuit over federal ban", "sets aside appeal against TikTok
// ban") or refuses a phrasal undoing rv18Refused does not know ("declines
// to throw out Xiaomi ban"). A hold undone before the contest is named
// is a reversal still ("blocks TikTok ban in suit by creators"), and so
// is an injunction or a stay, whose undoing rv18Kept reads.
func rv19Contested(title string) bool {
	ws := titleWords(title)
	court := -1
	for i, w := range ws {
		l := w.lc()
		if courtWords[l] || courts[l] || l == "tribunal" {
			if court < 0 {
				court = i
			}
			continue
		}
		if court < 0 || court >= i {
			continue
		}
		if rv18Nots[l] {
			// "declines to throw out", "refuses to set aside".
			for j := i + 1; j < min(len(ws), i+4); j++ {
				if courtSetsAside[ws[j].lc()] {
					if _, ok := courtUndoEnd(ws, j); ok {
						return true
					}
				}
			}
		}
		end := i
		switch {
		case courtSetsAside[l]:
			e, ok := courtUndoEnd(ws, i)
			if !ok {
				continue
			}
			end = e
		case liftVerbs[l] || courtUndoVerbs[l] || rv19Rejects[l]:
		default:
			continue
		}
		if rv19ContestAfter(ws, end) {
			return true
		}
	}
	return false
}

// rv19ContestAfter reports whether a contest of a hold is the object of
// the verb ending at v: a contest noun within four words, before any
// hold and in the verb's clause, and a hold within six words after it
// ("challenge to FCC ban", "bid to overturn blacklisting"). A contest of
// something else is a court's own news ("rejects NSO Group's immunity
// claim in WhatsApp case").
func rv19ContestAfter(ws []titleWord, v int) bool {
	for k := v + 1; k < len(ws) && k <= v+4; k++ {
		lk := ws[k].lc()
		if rv19Contests[lk] {
			for j := k + 1; j < len(ws) && j <= k+6; j++ {
				if lj := ws[j].lc(); holds[lj] || banNouns[lj] || rv19Listed[lj] {
					return true
				}
			}
			return false
		}
		if holds[lk] || banNouns[lk] || ws[k].stop || clauseTurns[lk] {
			return false
		}
	}
	return false
}

var (
	// rv19Contests are a party's contest of a hold.
	rv19Contests = wordSet(`challenge challenges appeal appeals bid bids suit suits lawsuit lawsuits
		petition petitions motion motions request requests complaint complaints claim claims case
		attempt attempts effort efforts`)
	// rv19Listed name a listing a contest is against, beside holds.
	rv19Listed = wordSet("blacklist blacklisted list designation exclusion warning label")
	// rv19Rejects are a court's verbs of turning a contest down.
	rv19Rejects = wordSet("rejects rejected dismisses dismissed denies denied refuses refused")
)
