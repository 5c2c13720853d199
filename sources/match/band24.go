package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The band's and the reach's look-alikes (issue 11, the twenty-fourth
// round's band24).
//
// early24Band (the band under the rescue's bars) and reachRescue (an
// item with no signal word) each let through, held out, items of the
// forms a look-alike is written in: accounts or content banned, not the
// vendor ("bans <vendor> accounts of state agencies"); a directive to
// apply an update; a firm of influence or propaganda, which sells no
// product; a leak or a report named as if it were a vendor; a copy of a
// product passed around by others ("a spyware version of <product>");
// a package that broke, with nothing shipped in it; a lawsuit over a
// vendor's own data collection read as a tie to a state. The readers
// below read each form by the title's structure.

// band24Off turns band24's readers off (the grids' and counts' before).
var band24Off = false

// band24Held are nouns of what lives on a platform: a name followed by
// one is the owner of what the action is on ("<vendor> accounts",
// "<vendor> posts"), not the one acted on.
var band24Held = wordSet("account accounts page pages channel channels post posts video videos content ads profiles handles")

// band24Update are the words of applying an update: a government telling
// agencies to update a product orders a fix (as early24Routine's
// "patch"), no act on the vendor.
var band24Update = wordSet("update updates updated updating upgrade upgrades upgraded upgrading")

// band24Trades are trades that sell no product: a firm of one is no
// vendor, whatever is done to it.
var band24Trades = wordSet("disinformation misinformation propaganda influence troll trolls lobbying lobbyist lobbyists")

// band24Documents are the last words of a name that is a document or a
// leak, no vendor's ("WikiLeaks Dump", "Panama Papers").
var band24Documents = wordSet("dump dumps leak leaks files papers documents report reports memo cables")

// band24Untrusted are early24Untrusted's words for a copy never trusted
// that it lacks.
var band24Untrusted = wordSet("rogue knockoff knockoffs impostor imposter spoofed")

// band24Broken are a title's words of a malfunction: a package that broke
// shipped nothing.
var band24Broken = wordSet("breaks broke broken breaking crash crashes crashed crashing outage outages glitch glitches")

// band24Form reports whether early24Band's reading of title (words) is a
// look-alike's form for category c and candidate name: true holds the
// item back.
func band24Form(words []titleWord, c trust.Category, name string) bool {
	if band24Off {
		return false
	}
	if inWords(words, band24Trades) || band24Document(name) {
		return true
	}
	switch c {
	case trust.CategoryCompromise, trust.CategoryOSS:
		return inWords(words, band24Untrusted) || band24Copy(words)
	case trust.CategoryDelisting, trust.CategoryDistrust:
		return false
	}
	return inWords(words, band24Update) || band24OnPlatform(words, name)
}

// band24Document reports whether name ends in a document's word.
func band24Document(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	return i >= 0 && band24Documents[strings.ToLower(name[i+1:])]
}

// band24OnPlatform reports whether name, in words, is followed by a noun
// of what is on it (band24Held).
func band24OnPlatform(words []titleWord, name string) bool {
	first, _, _ := strings.Cut(name, " ")
	for i, w := range words {
		if w.text != first {
			continue
		}
		j := i + strings.Count(name, " ") + 1
		return j < len(words) && band24Held[words[j].lc()]
	}
	return false
}

// band24Copy reports whether words tell a version or a copy of a product
// that is not its owner's ("a spyware version of the Tor Browser", "rogue
// versions of KeePass"; not "versions of its web player").
func band24Copy(words []titleWord) bool {
	for i := 0; i+2 < len(words); i++ {
		if oneOf(words[i].lc(), "version", "versions", "copy", "copies", "clone", "clones") && words[i+1].lc() == "of" {
			return !oneOf(words[i+2].lc(), "its", "their", "his", "her")
		}
	}
	return false
}

// reachForm is reachRescue's reading of the look-alikes' forms for an
// item with no signal word, alerting with category c for vendors: false
// holds it back. A firm of a trade that sells nothing, a document named
// as a vendor, a malfunction with no payload for a compromise, a tie to
// a state that names no state other than the actor's for state links.
func reachForm(title, text string, c trust.Category, vendors []trust.VendorHit) bool {
	if band24Off {
		return true
	}
	words := titleWords(statementOnly(title))
	if inWords(words, band24Trades) || len(vendors) > 0 && band24Document(vendors[0].Name) {
		return false
	}
	payload := inWords(words, ch14Payload) || inWords(words, early24Payload) || inWords(words, lk10Turned)
	switch c {
	case trust.CategoryCompromise, trust.CategoryOSS:
		return payload || !inWords(words, band24Broken)
	case trust.CategoryStateLinks, trust.CategoryEspionage:
		return payload || band24State(words) || band24State(titleWords(learnLead(stripCredit(text))))
	}
	return true
}

// band24State reports whether words name a state other than the US (a
// place, a country's make), possessive or not.
func band24State(words []titleWord) bool {
	for _, w := range words {
		l := possessor(w.lc())
		if otherStates[l] || learnMakes[string(stem([]byte(l)))] {
			return true
		}
	}
	return false
}
