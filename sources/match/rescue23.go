package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The rescue's last candidate for a class-level action (issue 11, the
// twenty-third round's rescue23).
//
// learnClass and learnConcern name a class by its make ("Chinese-made
// drones") or its makers' ties ("inverters from 'unfriendly'
// countries"); a government acting on a kind of product with neither
// ("Kremlin orders state firms to drop foreign software", "Iran bars
// officials from using smartphones and connected devices", "US moves to
// keep Chinese, Russian tech out of connected cars") gave the rescue no
// candidate, however sure the model was. A class-level event names no
// vendor, so the kind as the title writes it is the alert's name.

// learnKindWritten is the first kind of product the title writes (a
// product class, a kind of equipment or a kind the model reads,
// learnKinds) with up to two words before it that qualify it
// (learnQualifier: "foreign software", "connected cars"), "" when there
// is none.
func learnKindWritten(words []titleWord) string {
	for k, w := range words {
		lc := w.lc()
		if productClasses[lc] == "" && !learnConcernKinds[lc] && !learnKinds[string(stem([]byte(lc)))] {
			continue
		}
		j := k
		if learnOwned(words, k) {
			continue // "ban on its products": a firm's, no class
		}
		for j > 0 && k-j < 2 {
			p := words[j-1]
			if p.stop || p.marked || !learnQualifier(p) {
				break
			}
			j--
		}
		return joinWords(words[j : k+1])
	}
	return ""
}

// learnClassWritten is the class-level candidate of last resort: a
// government or a law acting in the title (learnActs) on a kind of
// product it writes (learnKindWritten), of technology, the heaviest
// signal or the category head reading a class-level category. Not a kind
// that describes a vendor the title names or a list's name (learnClass's
// guards), and not a denial (rescueHeld).
func (m *Matcher) learnClassWritten(words, lw []titleWord, sig trust.SignalHit, f *feats) []trust.VendorHit {
	if !classCategory(sig.Category) && (m.learned == nil || !classCategory(m.learned.head.category(f.idx))) {
		return nil
	}
	if !learnActs(words) || !learnTechy(words) && !learnTechy(lw) {
		return nil
	}
	phrase := learnKindWritten(words)
	if phrase == "" || describedBy(words, phrase) || listName(words, phrase) || learnOneFirm(words, phrase) {
		return nil
	}
	return []trust.VendorHit{{Name: phrase, Term: phrase, Unlisted: true, Class: phrase}}
}

// learnQualifier: a word before a kind qualifies it when it is a make
// ("foreign", "Chinese"), a participle or compound ("connected",
// "foreign-made") or a word of technology ("surveillance cameras",
// "telecom gear"); a verb, a name or a place acting does not ("drop
// software", "Kremlin software").
func learnQualifier(w titleWord) bool {
	l := w.lc()
	if stopWords[l] || activeVerb(l) || learnAuthorities[string(stem([]byte(l)))] {
		return false
	}
	if learnMakes[string(stem([]byte(l)))] {
		return true
	}
	if w.text != l {
		return false
	}
	return strings.HasSuffix(l, "ed") || strings.Contains(l, "-") || techWords[l]
}

// learnOwned: the kind at words[k] is someone's: a possessive before it
// or its qualifiers ("its products", "their connected cars"), or, in a
// sentence-case title, a name ("Zorbtek's phones": titleWords drops the
// "'s", so a capitalised word that is no make) right before them.
func learnOwned(words []titleWord, k int) bool {
	titleCase := isTitleCase(words)
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		w := words[j]
		l := w.lc()
		if oneOf(l, "its", "their", "his", "her", "our", "my") {
			return true
		}
		if w.stop {
			return false
		}
		if learnQualifier(w) {
			continue
		}
		return !titleCase && j > 0 && w.text != l && !learnMakes[string(stem([]byte(l)))]
	}
	return false
}
