package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// A store or browser pulling a legitimate extension or app that went
// rogue (testdata/store9.tsv): "Google removes Nano Adblocker and Nano
// Defender after extensions go rogue", "Microsoft Edge disables The Great
// Suspender extension too" (the new owner in the lead). The evidence:
//   - a store or browser maker right before a verb of pulling in the
//     title ("Google removes", "Microsoft Edge disables", "Mozilla
//     blocks");
//   - an object named as written after the verb (never the store);
//   - an extension, add-on or app word in the title or the lead;
//   - a reason of turning in the title or the lead: gone rogue, a new
//     owner or buyer, sold, hijacked, a malicious update.
// Stores pulling fakes, copycats and typosquats (malicious from birth),
// apps pulled for policy, spam or payments, and counts of extensions
// ("Google removes 106 extensions") stay silent.

var (
	// stPull9 are a store's verbs of pulling or disabling.
	stPull9 = wordSet(`removes removed pulls pulled disables disabled kills killed blocks
		blocked bans banned yanks yanked boots booted delists delisted blacklists
		blacklisted purges purged nukes nuked kicks kicked`)
	// stMakers9 are the stores and browsers that pull extensions.
	stMakers9 = wordSet("google apple microsoft mozilla chrome edge firefox opera")
	// stExt9 name what a store pulls.
	stExt9 = wordSet(`extension extensions add-on add-ons addon addons app apps plugin
		plugins`)
	// stRogue9 are the single words of a reason of turning.
	stRogue9 = wordSet("rogue hijacked hijack buyer buyers")
	// stFake9 mark an object malicious from birth or a pull for
	// policy: the look-alikes.
	stFake9 = wordSet(`fake fakes copycat copycats typosquat typosquats typosquatted
		typosquatting impersonating counterfeit clone clones lookalike look-alike spam
		policy policies payment payments deceptive disruptive uploaded posing`)
	// stEnds9 end the object after the verb.
	stEnds9 = wordSet(`after over for from as amid because following when that which
		too in on`)
)

// stTurns9 turn an extension off: "Microsoft turns off ...".
var stTurns9 = wordSet("turns switches")

// store9Alert reads a store pulling an extension or app that went rogue.
func (m *Matcher) store9Alert(title, lead string, question bool, gate *item) unit {
	if question || !m.rules.AnyVendor {
		return unit{}
	}
	// Every title reaches here: without a store or browser and a pull
	// word, nothing below can read it, and splitting the title into
	// words allocates.
	if !gate.has(gStMakers9) || !gate.any(gStPull9, gStTurns9) {
		return unit{}
	}
	words := gate.words(title)
	if rumoured(words) {
		return unit{}
	}
	v, obj := -1, -1 // the verb, where the object starts
	for i := 1; i < len(words) && v < 0; i++ {
		if mk := ossr10Maker(words, i); !stMakers9[lower(words[mk])] || words[mk].stop {
			continue
		}
		switch {
		case stPull9[lower(words[i])]:
			v, obj = i, i+1
		case (lower(words[i]) == "turns" || lower(words[i]) == "switches") && i+1 < len(words) && lower(words[i+1]) == "off":
			v, obj = i, i+2 // "Microsoft turns off The Great Suspender"
		}
	}
	passive := false
	if v < 0 {
		// "The Great Suspender disabled by Google after its sale",
		// "Hover Zoom pulled from Chrome after going rogue": the name
		// before a past participle, the store after "by" or "from".
		for i := 1; i+2 < len(words) && v < 0; i++ {
			lw := lower(words[i])
			if !stPull9[lw] || !strings.HasSuffix(lw, "ed") || words[i-1].stop {
				continue
			}
			nx := lower(words[i+1])
			if (nx == "by" || nx == "from") && stMakers9[lower(words[i+2])] {
				v, passive = i, true
			}
		}
	}
	if v < 0 {
		return unit{}
	}
	first := gate.words(firstSentence(lead))
	leadWords := gate.words(lead)
	if inWords(words, stFake9) || inWords(first, stFake9) {
		return unit{}
	}
	if !inWords(words, stExt9) && !inWords(first, stExt9) {
		return unit{}
	}
	if !stTurned9(words) && !stTurned9(leadWords) && !ossr10DisabledForUsers(first) {
		return unit{}
	}
	start, end := obj, obj
	if passive {
		start, end = max(0, v-5), v
		for k := start; k < v; k++ {
			if words[k].stop {
				start = k + 1 // "Update: X disabled by Google"
			}
		}
	} else {
		for end < len(words) && end <= obj+6 && !stEnds9[lower(words[end])] {
			if words[end].stop {
				end++
				break
			}
			end++
		}
	}
	if start < len(words) && isNumber(lower(words[start])) {
		return unit{} // "Google removes 106 extensions": a count
	}
	name := objectName(words, start, end)
	if name == "" || stMakers9[strings.ToLower(name)] || stExt9[strings.ToLower(name)] {
		return unit{}
	}
	// "The Great Suspender": a capital article belongs to the name.
	for i := start; i < end; i++ {
		if strings.HasPrefix(title[words[i].start:], name) {
			if i > start && words[i-1].text == "The" {
				name = "The " + name
			}
			break
		}
	}
	lo, hi := v-1, v
	if passive {
		lo, hi = v, v+2
	}
	extra := trust.SignalHit{Term: joinSpan(words, lo, hi), Category: trust.CategoryDelisting, Weight: supplyWeight}
	return unit{ok: true, inTitle: true, score: supplyWeight + m.rules.TitleBonus, category: trust.CategoryDelisting,
		vendors: []trust.VendorHit{{Name: name, Term: name, Unlisted: true}}, signals: []trust.SignalHit{extra},
		evidence: clean(title)}
}

// stTurned9 reports whether words give a reason of turning: gone rogue,
// hijacked, a new owner, sold to a buyer, a malicious update or version.
func stTurned9(words []titleWord) bool {
	for i, w := range words {
		lw := lower(w)
		if stRogue9[lw] {
			return true
		}
		next := ""
		if i+1 < len(words) {
			next = lower(words[i+1])
		}
		switch lw {
		case "new":
			if next == "owner" || next == "owners" || next == "owner's" || next == "ownership" {
				return true
			}
		case "malicious":
			if next == "update" || next == "updates" || next == "version" || next == "versions" {
				return true
			}
		case "sold", "bought", "acquired":
			// "after its developer sold it", "was sold to an unknown party"
			for k := max(0, i-3); k < min(len(words), i+4); k++ {
				switch lower(words[k]) {
				case "it", "them", "developer", "developers", "extension", "extensions", "app", "party", "owner", "owners":
					return true
				}
			}
		case "owner":
			if next == "change" || next == "changed" {
				return true
			}
		}
	}
	return false
}

// stPolicy9 give a store's reason of policy: "for violating its
// deceptive behaviour policy".
var stPolicy9 = wordSet("policy policies violating violated violation violations")

// store9Lookalike vetoes a store pulling an app for its policy: "Google
// pulls 'Remove China Apps' from Play Store" with "for violating its
// deceptive behaviour policy" in the lead. The title gives no reason of
// trust, and the lead's first sentence gives policy and none of trust
// (malware, data, foreign ownership, a turn).
func store9Lookalike(words []titleWord, lead string, u *unit) bool {
	if !u.inTitle || u.category != trust.CategoryDelisting {
		return false
	}
	if hasMotive(words) || inWords(words, trustReasons9) || stTurned9(words) {
		return false
	}
	first := titleWords(firstSentence(lead))
	return inWords(first, stPolicy9) && !hasMotive(first) && !inWords(first, trustReasons9) && !stTurned9(first)
}
