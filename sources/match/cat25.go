package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// cat25.go settles the category of an alert, whichever path made it, where
// the word that chose it names the actor's act but the structure of the
// title and its lead's first sentence says what the news is
// (trust-events.md's table):
//
//   - a store or platform pulling a release that turned malicious (its
//     new owner's or its update's code: "Google kills The Great Suspender,
//     flags it as malware" — "months after its developer sold it to an
//     unknown owner who added code") is the hijacked release's news,
//     open source for an extension or package, a compromise for an app;
//     the store's act is how it ended. A store pulling an app for malware
//     with no turn ("malware found in versions offered outside the
//     store") stays its delisting;
//   - a ban's participle that only describes the goods a seller pulls
//     ("retailers pull listings of banned Chinese electronics") is no
//     ban: the seller's act is a delisting;
//   - the FCC designating a vendor a threat is its Covered List
//     (sanctions), whatever the lexicon reads in "national security
//     threats";
//   - a backdoor found in a product is its compromise, not the data flow
//     beside it.
//
// It reads only alerts, after every precision reader, and changes only
// the category and the signal that explains it.

// cat25Off turns the readers of this file off (the grid tests' before).
var cat25Off = false

// cat25Category recasts a's category by the structure above.
func cat25Category(title, lead string, a *trust.Alert) {
	if cat25Off || a.Coverage {
		return
	}
	switch a.Category {
	case trust.CategoryDelisting:
		if term, cat := cat25Turned(title, lead); term != "" {
			cat25Set(a, cat, term)
		}
	case trust.CategoryBan:
		if term, cat := cat25Attributive(a); term != "" {
			cat25Set(a, cat, term)
		}
	case trust.CategoryEspionage, trust.CategoryStateLinks:
		words := titleWords(title)
		if term := cat25Designated(words); term != "" {
			cat25Set(a, trust.CategorySanctions, term)
		} else if term := cat25BackdoorIn(words); term != "" {
			cat25Set(a, trust.CategoryCompromise, term)
		}
	}
}

func cat25Set(a *trust.Alert, c trust.Category, term string) {
	a.Category = c
	a.Signals = append([]trust.SignalHit{{Term: term, Category: c, Weight: supplyWeight}}, a.Signals...)
}

// cat25Turned finds a store's pull of a release that turned: a word of
// malware and a word of the turn (an owner's change, an update, "turned")
// in the title or the lead's first sentence, and no fake ("fake app",
// "copycat": never trusted). It returns the turn's word and the category:
// open source when the release is an extension's, add-on's or package's,
// a compromise otherwise.
func cat25Turned(title, lead string) (string, trust.Category) {
	words := titleWords(title)
	if inWords(words, cat25Fakes) {
		return "", ""
	}
	lw := titleWords(firstSentence(lead))
	if !inWords(words, cat25Malware) && !inWords(lw, cat25Malware) {
		return "", ""
	}
	turn := cat25TurnAt(words)
	if turn == "" {
		turn = cat25TurnAt(lw)
	}
	if turn == "" {
		return "", ""
	}
	if inWords(words, cat25Packages) || inWords(lw, cat25Packages) {
		return turn, trust.CategoryOSS
	}
	return turn, trust.CategoryCompromise
}

// cat25TurnAt returns the first word of a turn in words: a new owner, a
// sale, an update, "turned" or "went rogue".
func cat25TurnAt(words []titleWord) string {
	for i, w := range words {
		lw := w.lc()
		switch {
		case cat25Turns[lw]:
			return w.text
		case lw == "changed" || lw == "change" || lw == "changes":
			if i+1 < len(words) && oneOf(words[i+1].lc(), "hands", "owner", "owners", "ownership") {
				return joinSpan(words, i, i+1)
			}
		case lw == "went" || lw == "goes" || lw == "go" || lw == "gone":
			if i+1 < len(words) && words[i+1].lc() == "rogue" {
				return joinSpan(words, i, i+1)
			}
		}
	}
	return ""
}

var (
	// cat25Malware are the words of malicious code a store gives as its
	// reason.
	cat25Malware = wordSet(`malware malicious adware spyware rogue trojan trojanized`)
	// cat25Turns tell a release turned: owned anew, sold, updated.
	cat25Turns = wordSet(`owner owners ownership sold sale bought buyer acquired acquisition
		update updates updated turned turning turns`)
	// cat25Packages are the releases trust-events.md calls open source:
	// extensions, add-ons, packages, libraries, plugins.
	cat25Packages = wordSet(`extension extensions add-on add-ons addon addons package packages
		library libraries plugin plugins`)
	// cat25Fakes were never trusted (trust-events.md's typosquat).
	cat25Fakes = wordSet(`fake fakes copycat copycats clone clones counterfeit typosquat
		typosquatting impostor imposter`)
)

// cat25Attributive finds a ban's word that only describes the goods a
// seller pulls ("retailers removed millions of listings for prohibited
// Chinese-made equipment", "Retailers pull listings of banned Chinese
// electronics"): the participle stands after a preposition or a
// determiner, and before it in its sentence a seller and a verb of
// pulling. The act is the seller's: a delisting.
func cat25Attributive(a *trust.Alert) (string, trust.Category) {
	if len(a.Signals) == 0 || a.Signals[0].Category != trust.CategoryBan || !cat25Participles[strings.ToLower(a.Signals[0].Term)] {
		return "", ""
	}
	words := titleWords(a.Evidence)
	for i := 1; i+1 < len(words); i++ {
		if !strings.EqualFold(words[i].text, a.Signals[0].Term) {
			continue
		}
		if words[i].stop || !cat25Before[words[i-1].lc()] {
			return "", ""
		}
		if !inWords(words[:i], cat25Sellers) {
			return "", ""
		}
		for v := 0; v < i; v++ {
			if cat25Pulls[words[v].lc()] {
				return joinSpan(words, v, i), trust.CategoryDelisting
			}
		}
		return "", ""
	}
	return "", ""
}

var (
	// cat25Participles are a ban's participles that may qualify a noun.
	cat25Participles = wordSet(`banned prohibited blacklisted restricted`)
	// cat25Before stand before a participle that qualifies a noun.
	cat25Before = wordSet(`of for on the a an any all selling sold sell sells listing listed
		listings remaining`)
	// cat25Sellers list and sell goods.
	cat25Sellers = wordSet(`retailer retailers marketplace marketplaces seller sellers store stores
		shops listings amazon walmart ebay`)
	// cat25Pulls are a seller's verbs of pulling goods.
	cat25Pulls = wordSet(`pull pulls pulled remove removes removed removing yank yanks yanked
		delist delists delisted drop drops dropped purge purges purged`)
)

// cat25Designated finds the Covered List's authority designating a
// vendor a threat: "FCC names China Mobile and China Telecom national
// security threats" (trust-events.md's sanctions row: the FCC Covered
// List). The FCC stands before the verb; a threat or a risk within twelve
// words after it (a list of names between).
func cat25Designated(words []titleWord) string {
	for v := 1; v < len(words); v++ {
		if !cat25Designates[words[v].lc()] || !inWords(words[:v], cat25CoveredList) {
			continue
		}
		for k := v + 1; k < len(words) && k <= v+12; k++ {
			if oneOf(words[k].lc(), "threat", "threats", "risk", "risks") {
				return joinSpan(words, v, k)
			}
		}
	}
	return ""
}

var (
	cat25Designates  = wordSet(`names named designates designated labels labelled labeled lists listed declares declared deems deemed brands`)
	cat25CoveredList = wordSet(`fcc`)
)

// cat25BackdoorIn finds a backdoor found in a product: "backdoor in
// Contec patient monitors", "backdoors found in X firmware"
// (trust-events.md's compromise row: a hidden backdoor found in its
// product), not a risk of one ("backdoor risks in H20 chips") nor access
// through one ("access networks through backdoors").
func cat25BackdoorIn(words []titleWord) string {
	for i := 0; i+1 < len(words); i++ {
		if lw := words[i].lc(); lw != "backdoor" && lw != "backdoors" || words[i].stop {
			continue
		}
		k := i + 1
		if oneOf(words[k].lc(), "found", "discovered", "hidden", "planted") && k+1 < len(words) {
			k++
		}
		if words[k].lc() == "in" && k+1 < len(words) && hasUpperOrDigit(words[k+1].text) {
			return joinSpan(words, i, k+1)
		}
	}
	return ""
}
