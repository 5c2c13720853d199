package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// rescueBandWidth is how far under a candidate's bar (rescueSure) the
// rescue's band reaches (early24Band).
const rescueBandWidth = 0.05

// early24Band is the band's second reading, independent of the model's
// words: an item just under its candidate's bar alerts only when the
// title is news, not talk (no question, no commentary, no routine fix
// or exposure, no modal's possibility), and the title tells the action
// its category needs, done by the one who can do it: a government
// acting on the title's own candidate, not on something the candidate
// owns ("bans Meta's advertising"), for the acts of authority; a store,
// a platform or a root program acting for a delisting or a distrust;
// the vendor's own channel (an update, an installer, a package,
// preinstalled software) carrying a payload for a compromise.
func early24Band(title, text string, u unit, src rescueSource) bool {
	if commentary(title) || isQuestion(title) || len(u.vendors) == 0 {
		return false
	}
	line := statementOnly(title)
	words := titleWords(line)
	if inWords(words, early24Routine) || inWords(words, early24Hedges) || band24Form(words, u.category, u.vendors[0].Name) {
		return false // band24.go: the look-alikes' forms
	}
	if band25(words, text, u.category, u.vendors[0].Name, src) {
		return true // reach25.go: the action split across the title and the lead sentence
	}
	switch u.category {
	case trust.CategoryCompromise, trust.CategoryOSS:
		if inWords(words, early24Untrusted) || inWords(words, ch14Accounts) {
			return false // a fake never trusted, accounts with nothing shipped (trust-events.md)
		}
		return early24Channel(words) && (inWords(words, ch14Payload) || inWords(words, lk10Turned) || inWords(words, early24Payload))
	case trust.CategoryDelisting, trust.CategoryDistrust:
		return early24Platform(words, u.vendors[0].Name)
	}
	if src != rescueTitle && src != rescueTitleVendor && src != rescueTitleName {
		return false // the lead's candidate: rescueHeldText already asked for a government
	}
	return learnGovActs(words) && early24Object(line, words, u.vendors[0].Name)
}

// early24Routine are a title's words of routine work or exposure: a fix,
// a patch, hosts found open. The band reads none as the event.
var early24Routine = wordSet("patch patches patched patching fix fixes fixed vulnerable exposed flaw flaws bug bugs")

// early24Payload are payloads ch14Payload does not list: the band's
// channel must carry one (or be turned: lk10Turned), never a feature.
var early24Payload = wordSet("adware protestware drainer cryptominer infostealers stealers spyware-laced")

// early24Untrusted are a title's words for packages never trusted: a
// fake, a typosquat, a flood of copies.
var early24Untrusted = wordSet("fake fakes typosquat typosquats typosquatting counterfeit copycat copycats floods flood")

// early24Hedges are modals that make the title's action a possibility
// ("Governments may spy on you by ..."), never a step taken.
var early24Hedges = wordSet("may might could would")

// early24Object reports whether line (whose words are words) writes
// name as a name of its own, not as the owner of what the action is on
// ("Norway's regulator bans Meta's behavioral advertising").
func early24Object(line string, words []titleWord, name string) bool {
	first, _, _ := strings.Cut(name, " ")
	for i, w := range words {
		if w.text != first {
			continue
		}
		last := min(i+strings.Count(name, " "), len(words)-1)
		span := line[words[last].start:words[last].end]
		return !strings.HasSuffix(span, "'s") && !strings.HasSuffix(span, "’s")
	}
	return false
}

// early24Platform reports whether words name a store, a platform's maker
// or a root program other than the candidate (name) as the one acting.
func early24Platform(words []titleWord, name string) bool {
	low := strings.ToLower(name)
	for _, w := range words {
		l := possessor(w.lc())
		if l != low && (stores[l] && l != "app" && l != "play" || rootPrograms[l]) {
			return true
		}
	}
	return false
}

// early24Channel reports whether words name a channel a vendor ships
// through (learnChannels: an update, an installer, a package, an
// extension) or software that came preinstalled or shipped.
func early24Channel(words []titleWord) bool {
	for _, w := range words {
		l := w.lc()
		if learnChannels[string(stem([]byte(l)))] || oneOf(l, "preinstalled", "pre-installed", "ship", "ships", "shipped", "bundled") {
			return true
		}
	}
	return false
}

// outcomeUnit is the unit a held-out outcome's rescue would alert with.
func outcomeUnit(o *LearnOutcome) unit {
	return unit{ok: true, category: o.Alert.Category, vendors: o.Alert.Vendors, signals: o.Alert.Signals, inTitle: true}
}
