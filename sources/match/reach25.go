package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The rescue's reach, the twenty-fifth round (issue 11, reach25).
//
// Two of the readable silent events' stages behind the rescue's model:
// a candidate just under its bar whose band reading (early24Band) wants
// the action's whole structure in the title when the article splits it
// between the title and the lead sentence, and an item without a signal
// word whose lead sentence tells the event only through the vendor's
// channel ("Version 0.5.15 of the package ... contained the Scavenger
// loader"), which reachEvent refused as channel words alone.

// reach25Off turns reach25's readings off (the grid tests' before).
var reach25Off = false

// band25 is early24Band's reading of a title that tells the action with
// its structure split across the title and the lead sentence (words,
// the title's statement, passed early24Band's refusals):
//   - for a ban, a directive or sanctions on a candidate only the lead
//     names (the title writes a description: "U.S. Treasury sanctions
//     crypto mixer ..."), a government acting in the title and no name
//     of its own besides (band25Named), and the lead's government acting
//     on the name (s22LeadGovActs; not "A report by the security firm
//     Zorvex ..."); a name that is a policy's
//     ("Directive", "Rule") is the act, not its object;
//   - for a compromise, a payload or a turned verb in the title and the
//     vendor's channel (early24Channel) in the lead sentence ("FBI:
//     BadBox 2.0 Android malware infects millions of devices" — "...
//     come with the BadBox 2.0 malware preinstalled"); a fake, a
//     typosquat, an account or a lead's copy of the product that is
//     not its owner's (band24Copy: "a malicious version of the
//     'RedAlert' app") is no channel turned.
func band25(words []titleWord, text string, c trust.Category, name string, src rescueSource) bool {
	if reach25Off {
		return false
	}
	switch c {
	case trust.CategoryBan, trust.CategoryDirective, trust.CategorySanctions:
		if src != rescueLead && src != rescueLeadName || band25Policy(name) {
			return false
		}
		return learnGovActs(words) && !band25Named(words) && s22LeadGovActs(titleWords(learnLead(stripCredit(text))), name)
	case trust.CategoryCompromise, trust.CategoryOSS:
		if inWords(words, early24Untrusted) || inWords(words, ch14Accounts) {
			return false
		}
		if !inWords(words, ch14Payload) && !inWords(words, early24Payload) && !inWords(words, lk10Turned) {
			return false
		}
		lw := titleWords(learnLead(stripCredit(text)))
		return early24Channel(lw) && !inWords(lw, early24Untrusted) && !inWords(lw, early24Routine) && !band24Copy(lw)
	}
	return false
}

// reach25Carried reports whether a lead sentence's words (lw) tell the
// vendor's channel carrying something to its users: a channel's word
// (learnChannels, by stem: a version, an update, a release, a package)
// within three words of a verb of carrying or pushing in a past or
// present form ("pushed version 4.0 that", "an update containing"), or
// among the sentence's first three words, its subject, before the verb
// ("Version 0.5.15 of the package, which ..., contained"). A channel's word with none ("Downloads
// rose after a marketing push") is business news.
func reach25Carried(lw []titleWord) bool {
	if reach25Off {
		return false
	}
	for i, w := range lw {
		if !reach25Carry[w.lc()] {
			continue
		}
		for j := range lw {
			near := j >= i-3 && j <= i+3 || j < 3 && j < i
			if j != i && near && learnChannels[string(stem([]byte(lw[j].lc())))] {
				return true
			}
		}
	}
	return false
}

// reach25Carry are verbs a channel carries or is pushed with, never a
// noun's form ("a marketing push", "a ship").
var reach25Carry = wordSet(`contained containing contains pushed pushes pushing shipped shipping ships
	carried carrying carries bundled bundling delivered delivering dropped dropping injected injecting
	published publishing sends sending installed installing`)

// band25Named reports whether a title's words (after the first) write a
// name that is no government's, state's or make's: a title that names
// the firms it is about ("Commerce blacklists Chinese chip designer
// after TSMC die found in Huawei AI processor") is not the description
// whose name only the lead sentence gives.
func band25Named(words []titleWord) bool {
	for _, w := range words[min(1, len(words)):] {
		if c := w.text[0]; c < 'A' || c > 'Z' {
			continue
		}
		l := possessor(w.lc())
		st := stem([]byte(l))
		if !learnAuthorities[string(st)] && !learnMakes[string(st)] && !otherStates[l] && !places[l] && !oneOf(l, "us", "u.s.", "u.s", "america", "american") {
			return true
		}
	}
	return false
}

// band25Policy reports whether name's last word is a policy's: the
// government's act, never its object.
func band25Policy(name string) bool {
	last := strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:])
	return learnPlanWords[last] || band25Policies[last]
}

// band25Policies are words of a government's act that learnPlanWords
// does not hold.
var band25Policies = wordSet("directive directives order orders rule rules regulation regulations decree decrees guidance")
