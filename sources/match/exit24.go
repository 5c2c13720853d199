package match

import (
	"github.com/vendorwatch/vendorwatch/trust"
)

// The rescue on the rules' early exit (issue 11, the twenty-fourth
// round's exit24).
//
// match ends an item with no registry vendor anywhere and no word of the
// lexicon in its title at its early exit (reached stays false), so the
// learned rescue, whose precondition is a signal in the title or the lead
// sentence, never read an event told only in the lead ("A trusted tool
// turned against its own users" — "Attackers hijacked the vendor's
// updater to push a backdoor"). early24 ran the rescue on every such item
// and cost Match a fifth of its time: most feed items end there. exit24
// runs it behind two cheap gates: a signal among the lead's hits, which
// match already found before it exited (reachState.leadSignal, no new
// scan), and a title the rescue could name a candidate in or that tells
// the event's structure (exitGate, no allocation). The rescue keeps its
// own bars; band24's look-alike forms hold its alert.

// exit24Off turns exit24 off (the grid tests' before).
var exit24Off = false

// reachState is what match tells Match of an item's path: reached when
// it passed the early exit, leadSignal when it ended there with a signal
// among the lead's hits.
type reachState struct {
	reached, leadSignal bool
}

// anySignal reports whether hits hold a signal of the lexicon.
func (m *Matcher) anySignal(hits []hit) bool {
	for _, h := range hits {
		for _, r := range m.refs[h.pat] {
			if r.kind == kindSignal {
				return true
			}
		}
	}
	return false
}

// exit24 is the rescue for an item match ended at its early exit with a
// signal in the lead (the caller checked reachState.leadSignal).
func (m *Matcher) exit24(title, text string) (trust.Alert, bool) {
	if exit24Off || !exitGate(title) {
		return trust.Alert{}, false
	}
	a, ok := m.rescue(title, text)
	if !ok || concernRescue(title) || exitHeld(title, text, a) {
		return trust.Alert{}, false
	}
	m.pn13Rescued(title, text, &a)
	return a, true
}

// exitHeld holds a rescued alert of the early exit (TrainLearned's
// outcome too): band24's look-alike forms in the title, or a lead, the
// event's only telling, that only asks.
func exitHeld(title, text string, a trust.Alert) bool {
	if len(a.Vendors) > 0 && band24Form(titleWords(statementOnly(title)), a.Category, a.Vendors[0].Name) {
		return true
	}
	return hasWordIn(learnLead(stripCredit(text)), exitHedges)
}

// exitHedges are a lead sentence's words of a step only asked about
// ("Lawmakers asked whether the updater could be hijacked"): at the
// early exit the lead is all that tells the event, so it must tell one
// taken. A modal is not one: a lead describes what a payload could do
// ("a hidden kill switch that could drop a site's database").
var exitHedges = wordSet("whether")

// exitGateOff lets the count test measure what exitGate turns away.
var exitGateOff = false

// exitGate is the cheap test of the title before the rescue reads the
// item's features: a word of the headline's structure (reachGate) or a
// capitalised word after the first that is not every word's case (a name
// the rescue could make its candidate). No allocation.
func exitGate(title string) bool {
	return exitGateOff || reachGate(title) || exitNamed(title)
}

// exitNamed reports whether title, not written in Title Case, holds a
// capitalised word after its first: a name. A Title Case title's
// capitals name nothing, so it passes only on its structure.
func exitNamed(title string) bool {
	start, words, caps := -1, 0, 0
	named := false
	for i := 0; i <= len(title); i++ {
		if i < len(title) && isWordByte(title[i]) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start < 0 {
			continue
		}
		c := title[start]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
			words++
			if 'A' <= c && c <= 'Z' {
				caps++
				if words > 1 {
					named = true
				}
			}
		}
		start = -1
	}
	return named && caps*2 <= words+1
}
