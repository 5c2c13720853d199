package match

import (
	"slices"
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Class-level readings of the twenty-second round (issue 11, class22).
//
// An authority's warning about a kind of a country's make, told to no
// one, that says what the kind does ("CISA and FBI warn Chinese-made
// drones pose risk to critical infrastructure", "DHS warns Chinese-made
// drones could be stealing data"): the warning is the agency's advice
// against the kind, a directive, as the readable sets label it every
// time (cl11, cl13_u, train17d, train17f, cl22_tune). class10's reader
// refused a warning addressed to no one unless its lead made it formal
// or the data flowed to a state ("Taiwan warns that Chinese apps harvest
// data" is a finding); a risk or a harm told right after the kind makes
// it a warning against the kind. A warning of attackers, flaws or
// product safety stays out (cl10Warned refuses those first), and so do
// warnings by lawmakers, researchers or reports (cl9ActorBefore).
//
// The kind's country may be a compound of make ("Chinese-manufactured
// UAS"), never of ties ("Russia-linked APT28 attacks": a threat actor).

// cl22Makes end a compound of make after a country word.
var cl22Makes = wordSet("manufactured produced designed assembled sourced")

// cl22Made is classCountries' country of a word, or of a compound of make
// ("chinese-manufactured").
func cl22Made(w string) (string, bool) {
	if c, ok := classCountries[w]; ok {
		return c, true
	}
	i := strings.IndexByte(w, '-')
	if i <= 0 || !cl22Makes[w[i+1:]] {
		return "", false
	}
	c := classCountries[w[:i]]
	return c, c != ""
}

// cl22Harms are what a warning says a kind does with data: "could be
// stealing data", "may be sending flight data".
var cl22Harms = wordSet(`stealing steal steals sending send sends spying spy spies collecting
	collect collects harvesting harvest harvests leaking leak leaks transmitting transmit
	exfiltrating exfiltrate accessing siphoning`)

// cl22Modals tell a harm as a warning's possibility.
var cl22Modals = wordSet("could may might can")

// cl22RiskTold reports whether a warning (its verb at v, the kind's
// country word at k) tells a risk or a harm of the kind within the next
// five words ("Chinese-made drones pose risk", "may be sending flight
// data"), the warning's voice being no legislator's ("Lawmakers warn":
// a step before any action).
func cl22RiskTold(words []titleWord, v, k int) bool {
	if inWords(words[:v], legislative) {
		return false
	}
	ws := words[k:]
	for i := 1; i < len(ws) && i <= 5; i++ {
		lw := lower(ws[i])
		switch {
		case cl10RiskWords[lw] && lw != "deemed", oneOf(lw, "threaten", "threatens", "threatening", "endanger", "endangers"):
			return true
		case cl22Modals[lw]:
			for j := i + 1; j < len(ws) && j <= i+3; j++ {
				if cl22Harms[lower(ws[j])] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// cl22Kind is the registry's category of a kind class() has no word for
// but the drone family does ("Chinese-manufactured UAS"), or "".
func cl22Kind(w titleWord) string {
	if droneWords[lower(w)] {
		return "drones"
	}
	return ""
}

// A verb of riddance split from its "out" by its object ("China moves to
// phase Intel and AMD chips out of government computers", "keep Hikvision
// cameras out of public buildings"): the lexicon reads the verb and its
// particle together ("phase out", "rip out"), so the title is read again
// with the particle moved back after the verb. Tried only on a title no
// rule alerted on; the rewrite's alert is taken only as a ban or a
// directive, and its vendors must stand in the object the particle
// closed.

// cl22Phrasal are the verbs whose "out" a title may write after their
// object.
var cl22Phrasal = wordSet(`phase phases phased phasing rip rips ripped ripping keep keeps kept keeping
	strip strips stripped stripping push pushes pushed pushing force forces forced forcing
	kick kicks kicked kicking lock locks locked locking shut shuts shutting root roots rooted
	rooting weed weeds weeded weeding squeeze squeezes squeezed squeezing`)

// cl22Split returns title with the "out" closing a cl22Phrasal verb's
// object (two to five words, no phrase ending in them) moved back after
// the verb, the object's words, and whether there was one.
func cl22Split(title string) (string, []titleWord, bool) {
	words := titleWords(title)
	for i, w := range words {
		if !cl22Phrasal[w.lc()] || w.stop {
			continue
		}
		for j := i + 2; j < len(words) && j <= i+6; j++ {
			if words[j].text == "out" {
				obj := words[i+1 : j]
				return title[:w.end] + " out" + title[w.end:words[j-1].end] + title[words[j].end:], obj, true
			}
			if words[j-1].stop || activeVerb(words[j].lc()) {
				break
			}
		}
	}
	return "", nil, false
}

// cl22Stems are cl22Phrasal's verbs as written in a title, matched
// before its words are read (no allocation).
var cl22Stems = []string{"phas", "rip", "keep", "kept", "strip", "push", "forc", "kick", "lock", "shut", "root", "weed", "squeez"}

// cl22SplitGate reports a title that may hold a split riddance verb: a
// word "out" (not "outage", "output") and one of cl22Stems.
func cl22SplitGate(title string) bool {
	i := strings.Index(title, " out")
	for i >= 0 {
		if j := i + 4; j == len(title) || !cl22Letter(title[j]) {
			break
		}
		k := strings.Index(title[i+4:], " out")
		if k < 0 {
			return false
		}
		i += 4 + k
	}
	if i < 0 {
		return false
	}
	for _, st := range cl22Stems {
		if strings.Contains(title, st) {
			return true
		}
	}
	return false
}

func cl22Letter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// cl22SplitOut is the alert of a title read with its riddance verb's
// particle moved back (cl22Split), or none.
func (m *Matcher) cl22SplitOut(title, text string) (trust.Alert, bool) {
	if !cl22SplitGate(title) {
		return trust.Alert{}, false
	}
	t, obj, ok := cl22Split(title)
	if !ok {
		return trust.Alert{}, false
	}
	a, ok := m.match(t, text, false, nil, nil)
	if !ok || a.Coverage || a.Category != trust.CategoryBan && a.Category != trust.CategoryDirective {
		return trust.Alert{}, false
	}
	if len(a.Vendors) == 0 {
		return trust.Alert{}, false
	}
	for _, v := range a.Vendors {
		// a name's first word, or a class's, in the object
		n, _, _ := strings.Cut(v.Name, " ")
		if v.Class != "" {
			n, _, _ = strings.Cut(v.Class, " ")
		}
		if !slices.ContainsFunc(obj, func(w titleWord) bool { return strings.EqualFold(w.text, n) }) {
			return trust.Alert{}, false // a vendor the object does not hold
		}
	}
	a.Evidence = strings.Replace(a.Evidence, clean(t), clean(title), 1)
	return a, true
}

// cl22Gerunds are a bar's gerunds a title may negate with "without".
var cl22Gerunds = wordSet(`barring banning excluding blocking restricting blacklisting sanctioning
	removing prohibiting`)

// cl22Without reports an alert whose every action term is a gerund the
// title negates ("Brazil approves 5G auction rules without barring
// Huawei", "adopts 5G law without banning Huawei"): the rule came and
// the bar did not. Read on alerts only.
func cl22Without(title string, a *trust.Alert) bool {
	if !strings.Contains(title, "without ") || len(a.Signals) == 0 {
		return false
	}
	words := titleWords(title)
	negated := map[string]bool{}
	for i := 0; i+1 < len(words); i++ {
		if words[i].lc() == "without" && cl22Gerunds[words[i+1].lc()] {
			negated[words[i+1].lc()] = true
		}
	}
	if len(negated) == 0 {
		return false
	}
	for _, s := range a.Signals {
		if s.Weight > 0 && !negated[strings.ToLower(s.Term)] {
			return false
		}
	}
	return true
}
