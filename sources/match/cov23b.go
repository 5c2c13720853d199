package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// cov23bOff turns the readers of this file off (the grid tests' before).
var cov23bOff = false

// weighedOnAlert reports whether a title's step is only weighed ("U.S.
// weighs blacklisting Chinese surveillance firms", "Commerce considers
// sanctioning X", "EU mulls ban on Y"): a step not taken is no event
// (trust-events.md). The rules veto it where the title holds the alert's
// evidence (rumouredStep in match); this reads it on the answer whichever
// path made it, a lead's vendor or the rescue, and only on an alert.
func weighedOnAlert(title string) bool {
	return rumouredStep(title)
}

// aheadOfHold reports whether a title's hold is the occasion its news is
// ahead of, not the news ("Chinese buyers rush to stock Nvidia chips
// ahead of new export curbs", "X stockpiles chips in anticipation of US
// sanctions", "Y braces for ban"): the clause before the marker is what
// happened, the hold after it is awaited. With the evidence in the title,
// every signal must stand after the marker ("Amazon pulls X ahead of US
// ban" keeps its alert); with the evidence in the lead, the title must
// write a hold after the marker and none before it.
func aheadOfHold(title string, a *trust.Alert) bool {
	lt := strings.ToLower(title)
	at, end := -1, 0
	for _, p := range aheadMarkers {
		if i := strings.Index(lt, p); i >= 0 && (at < 0 || i < at) {
			at, end = i, i+len(p)
		}
	}
	if at < 0 {
		return false
	}
	if a.InTitle {
		return signalsAfter(lt, at, a)
	}
	return hasWordIn(lt[end:], awaitedHolds) && !hasWordIn(lt[:at], awaitedHolds)
}

// signalsAfter reports whether every signal of a with a weight stands in
// lt after byte at, and there is one.
func signalsAfter(lt string, at int, a *trust.Alert) bool {
	n := 0
	for _, sg := range a.Signals {
		if sg.Weight <= 0 {
			continue
		}
		if i := strings.Index(lt, strings.ToLower(sg.Term)); i <= at {
			return false
		}
		n++
	}
	return n > 0
}

// aheadMarkers open the clause of what a title's news is ahead of.
var aheadMarkers = []string{" ahead of ", " in anticipation of ", " in preparation for ",
	" in the run-up to ", " in the lead-up to ", " braces for ", " brace for ", " bracing for ",
	" prepares for ", " prepare for ", " preparing for "}

// awaitedHolds are a hold's nouns that a title may await.
var awaitedHolds = wordSet(`ban bans curbs restrictions sanctions controls tariffs blacklisting
	blacklist prohibition deadline delisting crackdown`)
