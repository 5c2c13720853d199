package match

import "strings"

// Look-alikes of the tenth round's new families (testdata/lookalike10.tsv,
// testdata/lookalike10_u.tsv): news those readers were not written for,
// each refused by evidence in the rule that fires.

var (
	// lk10Routine are the verbs of taking that every product's own
	// telemetry is told with ("collects", "tracks"); harvesting, siphoning
	// or selling are never routine.
	lk10Routine = wordSet(`collect collects collected collecting record records recorded recording
		track tracks tracked tracking monitor monitors monitored monitoring capture captures
		captured capturing`)
	// lk10OwnUse tell the data's use as the product's own: telemetry,
	// diagnostics, a setting a user may turn off.
	lk10OwnUse = wordSet(`telemetry diagnostic diagnostics opt opt-out acr recognition settings
		setting analytics`)
	// lk10Hidden tell the taking as hidden, whatever the data's use.
	lk10Hidden = wordSet(`secretly silently quietly covertly caught behind without hidden
		undisclosed exclusive warning private incognito consent spying spy spies spyware`)
)

// lk10OwnTelemetry reports whether a routine verb of taking (at v) tells
// the product's own telemetry, measured by a study ("Google collects
// Android data even when phones are idle, study says" — "... how often
// Android phones send telemetry to Google"; "Smart TV makers collect
// viewing data" — "... automatic content recognition unless users opt
// out"): no state or broker takes it, and nothing tells it hidden.
func lk10OwnTelemetry(words, lw []titleWord, v int) bool {
	if !lk10Routine[lower(words[v])] || inWords(words, lk10Hidden) || inWords(lw, lk10Hidden) {
		return false
	}
	return inWords(words, lk10OwnUse) || inWords(lw, lk10OwnUse)
}

// lk10LookBack are the openings, after a colon, of a piece looking back
// on an event the title names before it ("3CX attack: a timeline of the
// supply chain compromise", "SolarWinds hack: what we know so far").
var lk10LookBack = []string{"a timeline", "timeline of", "a look back", "looking back", "what we know",
	"everything you need to know", "what you need to know", "explained", "the story so far", "how it happened"}

// lk10Retrospective reports a title whose part after a colon opens a
// look back (lt lowered).
func lk10Retrospective(lt string) bool {
	c := strings.IndexByte(lt, ':')
	if c < 0 {
		return false
	}
	rest := strings.TrimSpace(lt[c+1:])
	for _, p := range lk10LookBack {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// lk10Practices are what a ban on a vendor's practice names after it:
// the ban reaches a way of doing business, not the vendor's products
// ("Norway's privacy regulator bans Meta's behavioral advertising").
var lk10Practices = wordSet(`advertising ads adverts marketing behavioral behavioural targeted
	personalized personalised pricing billing subscriptions`)

// lk10PracticeBanned reports a ban title whose object, after the vendor's
// possessive, is a practice (lk10Practices).
func lk10PracticeBanned(words []titleWord) bool {
	for i, w := range words {
		if !foldAny(w.text, "bans", "ban", "banned", "banning", "bars", "barred", "blocks", "halts", "orders") {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+4; k++ {
			if ownsNext(words[k]) {
				if k+1 < len(words) && lk10Practices[lower(words[k+1])] {
					return true
				}
				break
			}
		}
	}
	return false
}

// lk10Hosted reports a compromise title that says the vendor's service
// was abused ("Discord CDN abused to distribute malware") whose lead
// tells attackers storing their own files there ("malicious files hosted
// on Discord's content delivery network by criminals using it as free
// hosting"): a platform used, not a channel turned (trust-events.md).
func lk10Hosted(words []titleWord, lead string) bool {
	if !inWords(words, lk10Abused) || inWords(words, lk10Turned) {
		return false // most titles: the lead is not split
	}
	lw := titleWords(firstSentence(lead))
	if inWords(lw, lk10Turned) {
		return false
	}
	return inWords(lw, lk10Storage) && inWords(lw, lk10Users)
}

var (
	lk10Abused  = wordSet("abused abuse abuses abusing misused leveraged")
	lk10Turned  = wordSet("compromised hijacked hacked breached tampered trojanized trojanised poisoned backdoored")
	lk10Storage = wordSet("hosted hosting host hosts uploaded uploads stored storing store")
	lk10Users   = wordSet("criminals attackers scammers hackers fraudsters actors cybercriminals")
)

// lk10Customer are the words of a state as a customer: a military buying
// or testing a product is no tie to its intelligence ("Lenovo develops
// rugged laptops with US Army" — "... tested with soldiers under a
// procurement program").
var lk10Customer = wordSet(`procurement contract contracts tender tested testing customer customers
	order orders purchase purchases supply supplies deliver delivers deal`)

// lk10Customer reports a tie told as a sale, in the title or the lead.
func lk10Bought(words, lw []titleWord) bool {
	return (inWords(words, lk10Customer) || inWords(lw, lk10Customer)) && !inWords(words, lk10Hidden) && !inWords(lw, lk10Hidden)
}

// lk10Feature reports a title telling a function as the owner's feature
// ("Remote kill switch found in e-bike firmware is a safety feature,
// maker says"): nothing hidden, a feature for safety, theft or owners.
func lk10Feature(words []titleWord) bool {
	return inWords(words, lk10FeatureWords) && inWords(words, lk10ForOwners) && !inWords(words, lk10Hidden) &&
		!inWords(words, lk10Secret)
}

var (
	lk10FeatureWords = wordSet("feature features")
	lk10Secret       = wordSet("undocumented secret")
	lk10ForOwners    = wordSet("safety anti-theft theft stolen owners owner parental")
)

// lk10Stops reports a title whose verb ends what staff did ("Microsoft
// stops using China-based engineers for Pentagon cloud after report"):
// the vendor's own step after a finding, told after it.
func lk10Stops(words []titleWord) bool {
	return inWords(words, lk10StopVerbs)
}

var lk10StopVerbs = wordSet(`stops stop stopped stopping ends ended ending halts halted
	halting drops dropped bars barred`)

// lk10Builds reports a verb of building between staff (s) and what they
// work on (e): "Chinese engineers help build Saudi Arabia's new data
// centers" is construction for a customer, not access to a vendor's
// systems or data.
func lk10Builds(words []titleWord, s, e int) bool {
	for k := s + 1; k < e && k < len(words); k++ {
		if oneOf(lower(words[k]), "build", "builds", "built", "building", "construct", "constructs", "constructed",
			"constructing") {
			return true
		}
	}
	return false
}

// lk10NoEvidence reports a finding the title itself denies ("TikTok
// collects more data than other apps, study finds, but no evidence of
// transfers to China").
func lk10NoEvidence(words []titleWord) bool {
	return hasPhrase(words, "no", "evidence") || hasPhrase(words, "found", "no") || hasPhrase(words, "finds", "no") ||
		hasPhrase(words, "no", "sign")
}
