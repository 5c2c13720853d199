package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// describedOnly reads a title that holds no registry vendor and no word
// any title shape reads, when it describes its vendor instead of naming
// it: "The US Navy, NATO, and NASA are using a shady Chinese company's
// encryption chips" — "US government warns encryption chipmaker Hualan
// has suspicious ties to China's military". Such a title has nothing of
// its own to alert on; the lead that names the described vendor may
// (describedLead). Without text, or without a word of kind in the title,
// it costs one scan of the title's letters.
func (m *Matcher) describedOnly(title, orig, body string, titleHits []hit, described bool) (trust.Alert, bool) {
	if described || !m.rules.AnyVendor || body == "" || !hasWordIn(title, describedHeads) {
		return trust.Alert{}, false
	}
	return m.describedLead(title, orig, body, titleHits)
}

// warnsOfAttacks reports whether a title is a warning to the targets of
// attacks ("Apple warns Indian opposition and journalists of state-backed
// hacking", "Google alerts users of government-backed attacks"): its
// news is the attacks. A vendor its lead names beside them (a spyware
// product the attackers may have used) is the tool, not the one a trust
// event is about (trust-events.md: reports of a spyware maker's tools
// used on victims are not events).
func warnsOfAttacks(title string) bool {
	if !hasWordIn(title, attackWarnVerbs) {
		return false
	}
	words := titleWords(title)
	for i, w := range words {
		if !attackWarnVerbs[strings.ToLower(w.text)] {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+6; k++ {
			if !oneOf(strings.ToLower(words[k].text), "of", "about") {
				continue
			}
			for j := k + 1; j < len(words) && j <= k+4; j++ {
				if warnedAttacks[strings.ToLower(words[j].text)] {
					return true
				}
			}
			break
		}
	}
	return false
}

var (
	attackWarnVerbs = set("warns", "warned", "warn", "alerts", "alerted", "notifies", "notified", "notify")
	warnedAttacks   = set("hacking", "hack", "hacks", "attack", "attacks", "attackers", "hackers", "intrusions",
		"targeting", "spyware", "surveillance", "phishing", "campaign", "campaigns", "exploitation")
)

// An authority telling users that a vendor's fix does not help: "FBI:
// Patches for Barracuda ESG zero-day are ineffective", "FBI warns of
// patched Barracuda ESG appliances still being hacked", "CISA warns
// FortiGate devices stay compromised after patching", "NSA urges owners
// to retire SonicWall SMA appliances". Patching is the routine answer to
// a flaw; an authority saying it is no answer tells users to stop
// relying on the product (trust-events.md: a directive to stop using or
// remove it). An authority opens the title; the futility or the order
// to give the product up is said in the title or in the lead's first
// sentence, which then names the vendor again. "FBI warns of attacks
// exploiting X flaw" says neither and stays out.

// futileCheap are the words without one of which in the title or lead
// none of the shape's phrases can be said.
var futileCheap = set("ineffective", "useless", "insufficient", "still", "stay", "stays", "stayed", "remain", "remains",
	"remained", "persist", "persists", "survive", "survives", "survived", "won", "doesn", "don", "cannot", "can", "not",
	"assume", "retire", "replacement", "replace", "disconnect", "unplug", "decommission")

// fixWords are a vendor's answers to a flaw.
var fixWords = set("patch", "patches", "patched", "patching", "fix", "fixes", "fixed", "update", "updates",
	"updated", "updating", "upgrade", "upgrades", "upgraded", "upgrading", "reset", "reboot", "reimage", "reimaging")

// breachedWords say a device is in attackers' hands.
var breachedWords = set("compromised", "hacked", "breached", "backdoored", "infected", "hijacked", "owned", "access",
	"exploited", "exploiting", "hacking", "breaching", "compromising", "targeted")

// persistVerbs say attackers or their access outlast something.
var persistVerbs = set("stay", "stays", "stayed", "remain", "remains", "remained", "persist", "persists", "survive",
	"survives", "survived", "keep", "keeps", "kept", "retain", "retains", "retained", "maintain", "maintains")

// futility finds in words a fix said not to help, and returns the span.
func futility(words []titleWord) (int, int, bool) {
	fix := -1
	for i, w := range words {
		if fixWords[strings.ToLower(w.text)] {
			fix = i
			break
		}
	}
	near := func(i, d int, s map[string]bool) int {
		for k := i + 1; k < len(words) && k <= i+d; k++ {
			if s[strings.ToLower(words[k].text)] {
				return k
			}
		}
		return -1
	}
	for i, w := range words {
		lw := strings.ToLower(w.text)
		switch {
		case fix >= 0 && oneOf(lw, "ineffective", "useless", "insufficient"):
			// "patches are ineffective", "ineffective patches"
			return min(i, fix), max(i, fix), true
		case lw == "still" && fix >= 0 && strings.EqualFold(words[fix].text, "patched"):
			// "patched appliances still being hacked"
			if k := near(i, 3, breachedWords); k >= 0 {
				return min(fix, i), k, true
			}
		case persistVerbs[lw] || lw == "even" || lw == "despite":
			// "stay compromised after patching", "keep access even
			// after a factory reset"
			for k := i + 1; k < len(words) && k <= i+6; k++ {
				lk := strings.ToLower(words[k].text)
				if oneOf(lk, "after", "despite", "through") {
					if f := near(k, 3, fixWords); f >= 0 && (persistVerbs[lw] || lw == "even" || lw == "despite") {
						return i, f, true
					}
				}
			}
		case oneOf(lw, "won", "doesn", "don", "can", "cannot", "not") && i > 0 && fix >= 0 && fix < i:
			// "patches won't stop attacks", "updating does not remove
			// the hackers"
			k := i + 1
			if k < len(words) && words[k].text == "t" {
				k++
			}
			if k < len(words) && oneOf(strings.ToLower(words[k].text), "stop", "fix", "help", "protect", "remove", "evict", "block", "prevent") {
				return fix, k, true
			}
		case lw == "assume":
			// "urges defenders to assume breach"
			if k := near(i, 2, set("breach", "compromise", "compromised")); k >= 0 {
				return i, k, true
			}
		}
	}
	return 0, 0, false
}

// futileAlert reads the shape for a title of an authority (titleHits its
// hits) with the lead's first sentence.
func (m *Matcher) futileAlert(title, body string, titleHits []hit, question bool) unit {
	if !hasWordIn(title, futileCheap) && !hasWordIn(firstSentence(body), futileCheap) {
		return unit{}
	}
	words := headline(titleWords(title))
	actor := -1
	for i := 0; i < len(words) && i < 3; i++ {
		lw := strings.ToLower(strings.TrimRight(words[i].text, "."))
		if warnActors[lw] || authorities[lw] && !statePlaces[lw] && !oneOf(lw, "court", "judge", "lawmakers", "congress", "senate", "house") {
			actor = i
		}
	}
	if actor < 0 {
		return unit{}
	}
	var vendor *hit
	for i, h := range titleHits {
		if m.hasVendor[h.pat] && !m.reported(titleHits, i) {
			vendor = &titleHits[i]
			break
		}
	}
	m.mark(words, titleHits)
	name := ""
	if vendor == nil {
		if !m.rules.AnyVendor {
			return unit{}
		}
		// The first name after the actor, past verbs, function words
		// and the fix itself ("Patches for Barracuda ESG ...").
		for k := actor + 1; k < len(words) && name == ""; k++ {
			if lk := strings.ToLower(words[k].text); fixWords[lk] || warnVerbs[lk] || authorities[lk] || warnActors[lk] {
				continue
			}
			name = nameAt(words, k)
		}
		if name == "" || threatActor(words, name) {
			return unit{}
		}
	}
	var term string
	if lo, hi, ok := futility(words); ok && lo > actor {
		term = joinSpan(words, lo, hi)
	} else if t, ok := m.giveUp(words, title, vendor, name); ok && hasWordIn(title, warnVerbs) {
		term = t // "NSA urges owners to retire SonicWall SMA appliances"
	} else {
		lead := firstSentence(body)
		lw := titleWords(lead)
		lo, hi, ok := futility(lw)
		if !ok || !hasWordIn(title, warnVerbs) || !m.namesAgain(lead, lw, vendor, name) {
			return unit{}
		}
		term = joinSpan(lw, lo, hi)
	}
	extra := trust.SignalHit{Term: term, Category: trust.CategoryDirective, Weight: supplyWeight}
	u := m.scoreUnitWith(titleHits, true, vendor != nil, question, &extra, true)
	if !u.ok {
		return unit{}
	}
	if vendor == nil {
		u.vendors = []trust.VendorHit{{Name: name, Term: name, Unlisted: true}}
	}
	u.evidence = clean(title)
	return u
}

// namesAgain reports whether a lead sentence (s, its words lw) names the
// title's vendor: its registry hit, or the first word of its name as
// written.
func (m *Matcher) namesAgain(s string, lw []titleWord, vendor *hit, name string) bool {
	if vendor == nil {
		first := strings.Fields(name)[0]
		for _, w := range lw {
			if w.text == first {
				return true
			}
		}
		return false
	}
	ss := m.ac.scan(scanState{grow: true}, s)
	for _, h := range ss.hits {
		if m.hasVendor[h.pat] && m.sameVendor(h.pat, vendor.pat) {
			return true
		}
	}
	return false
}

// firstSentence is the first sentence of text, read from a bounded
// prefix.
func firstSentence(text string) string {
	// A first sentence is short: 600 bytes hold it, and the spans of
	// that much prose fit the buffer, so nothing is allocated.
	head := text
	if len(head) > 600 {
		head = head[:600]
	}
	var buf [32][2]int
	spans := sentenceSpans(head, buf[:0])
	if len(spans) == 0 {
		return ""
	}
	return head[spans[0][0]:spans[0][1]]
}

// futileOpen reports whether a title without any lexicon word may still
// be futileAlert's: an authority's name cannot be told from the title's
// letters cheaply, the shape's words can.
func futileOpen(title, body string) bool {
	return body != "" && (hasWordIn(title, futileCheap) || hasWordIn(firstSentence(body), futileCheap))
}
