package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// A removal headline: a store, marketplace or browser pulling something
// ("Google pulls Chrome extension Great Suspender over malware", "Apple
// removes VK from the App Store", "Mozilla kicks TrustCor out of its
// root store"). The lexicon lists "removed from the app store", but the
// object stands between the verb and the store, and any name can.
// Stores pull apps for many reasons (a payment dispute, content), so an
// unlisted object needs a motive of trust in the title or lead (malware,
// spying, data, sanctions) unless the store is a root store.

var removeVerbs = wordSet("removes removed pulls pulled drops dropped kicks kicked boots",
	"booted bans banned delists delisted yanks yanked purges purged axes axed",
	"nixes nixed evicts evicted expels expelled",
	// the same act in the words of retail news (lexicon13): "Best Buy
	// ditches Kaspersky software from its shelves"; never "strips" ("strips
	// ads from its browser")
	"ditches ditched dumps dumped")

var storeWords = union(wordSet(`store stores play marketplace marketplaces shelves catalog catalogue
	chrome firefox safari edge browser browsers amazon walmart`), lx13Retailers)

var motiveWords = wordSet(`malware malicious spyware adware stalkerware security privacy data
	sanction sanctions sanctioned spying spy spies surveillance secretly stealing steal
	steals harvesting tracking backdoor backdoors hacked compromised cryptominer fraud
	fraudulent scam trojan trojans national intelligence kremlin military
	exfiltrating logging botnet botnets`)

// removalShape finds "<verb> X from|out of <store>" in words: the object's
// name (or "" when the words name none) and the category (distrust for a
// root store or certificates). asked is true when the verb is an infinitive after "to" ("asks Apple
// and Google to remove DeepSeek"): a request or an order, not a removal.
// end is the index of the shape's last word. A passive or intransitive
// verb right before "from" takes its name from before it ("DeepSeek
// disappears from Apple and Google app stores").
func removalShape(words []titleWord) (name string, cat trust.Category, asked bool, end int, ok bool) {
	for v := range words {
		lv := words[v].lc()
		// "asks Apple and Google to remove DeepSeek from app stores":
		// an authority asking the stores is a directive (removalAlert).
		base := removeBase[lv] && v > 0 && strings.EqualFold(words[v-1].text, "to")
		// "Google suspends Pinduoduo over malware", "Google and Apple
		// block TikTok in India after government ban": a store's hold
		// on an app, read only with its owner and a reason.
		hold := storeHolds[lv]
		if !removeVerbs[lv] && !base && !hold && !gone[lv] && !pluralRemoval(words, v) || words[v].stop {
			continue
		}
		for f := v + 1; f < len(words) && f <= v+7; f++ {
			lf := words[f].lc()
			out := lf == "out" && f+1 < len(words) && strings.EqualFold(words[f+1].text, "of")
			// A store pulling something for a reason of trust: "Google
			// pulls Chrome extension Great Suspender over malware".
			if (lf == "over" || lf == "for" || lf == "after" || lf == "amid") && f > v+1 && v > 0 &&
				storeOwners[words[v-1].lc()] && f+1 < len(words) &&
				(hasMotive(words[f+1:min(f+4, len(words))]) || inWords(words[f+1:motiveEnd(words, f)], reportMotives) ||
					inWords(words[f+1:min(f+4, len(words))], statesOrder)) {
				name = objectName(words, v+1, f)
				return name, objectCategory(words, v+1, f), base, f - 1, true
			}
			if hold {
				if words[f].stop {
					break
				}
				continue
			}
			if lf != "from" && !out {
				if words[f].stop {
					break
				}
				continue
			}
			st := f + 1
			if out {
				st++
			}
			cat = trust.CategoryDelisting
			isStore := false
			last := st
			for k := st; k < len(words) && k <= st+4; k++ {
				lk := words[k].lc()
				if lk == "root" || lk == "trust" && k+1 < len(words) && strings.EqualFold(words[k+1].text, "store") {
					cat = trust.CategoryDistrust
				}
				if storeWords[lk] || lk == "buy" && k > 0 && strings.EqualFold(words[k-1].text, "best") {
					isStore, last = true, k
				}
				if words[k].stop {
					break
				}
			}
			if !isStore || f == v+1 && (!gone[lv] || v == 0) {
				break
			}
			if f == v+1 {
				name = goneName(words, v)
				return name, cat, false, last, true
			}
			name = objectName(words, v+1, f)
			if cat != trust.CategoryDistrust {
				cat = objectCategory(words, v+1, f)
			}
			return name, cat, base, last, true
		}
	}
	return "", "", false, 0, false
}

var (
	// storeHolds are a store's verbs of holding an app back.
	storeHolds = wordSet("suspends suspended blocks block blocked bans ban halts")
	// statesOrder are a state's orders a store carries out: "after
	// government ban".
	statesOrder = wordSet("ban bans banned order orders ordered ruling blacklisting law")
	// gone are the verbs of a thing taken from a store, its name before
	// them: "DeepSeek disappears from app stores", "TikTok pulled from".
	gone = wordSet("disappears disappeared vanishes vanished removed pulled dropped kicked",
		"booted banned delisted yanked purged suspended evicted expelled gone missing",
		// "Kaspersky apps vanish from Google Play" (named4.go: goneOwner)
		"vanish disappear")
)

// goneName reads the name right before a verb of being taken from a
// store ("DeepSeek disappears from"); none when words describe what was
// taken ("Viral AI photo app pulled from": a registry vendor is still
// read) or it is what a store removes for its own rules ("Malicious").
func goneName(words []titleWord, v int) string {
	n := nameBefore(words, goneOwner(words, v), false)
	if !hasUpperOrDigit(n) {
		return ""
	}
	for _, w := range strings.Fields(n) {
		if motiveWords[strings.ToLower(w)] || goneFakeWords[strings.ToLower(w)] {
			return ""
		}
	}
	return n
}

// goneFakeWords describe an app a store removes for its own rules.
var goneFakeWords = wordSet("fake bogus counterfeit cloned rogue copycat trojanized infected")

// reportNouns open a reason told as what a report found: "after report
// says it is a spying tool", "after investigation ties it to Chinese
// intelligence".
var reportNouns = wordSet("report reports investigation probe study research findings analysis")

// reportMotives are the motives of trust a report's clause may give
// past its first words: spying and a state's hand, not a "security risk"
// of any kind.
var reportMotives = wordSet(`malware malicious spyware stalkerware spying spy spies surveillance
	secretly backdoor backdoors trojan intelligence kremlin military`)

// motiveEnd is the end of the words after a reason's preposition at f
// where reportMotives are looked for: three words, or a report's whole
// clause (up to eight words) when a report opens it.
func motiveEnd(words []titleWord, f int) int {
	e := min(f+4, len(words))
	if f+1 < len(words) && reportNouns[words[f+1].lc()] && !words[f+1].stop {
		for e = f + 2; e < len(words) && e < f+9; e++ {
			if words[e].stop {
				e++
				break
			}
		}
		e = min(e, len(words))
	}
	return e
}

// pluralRemoval reports whether the removal verb at v is in its base
// form after stores as a plural subject: "Apple and Google pull ToTok",
// "Apple, Google remove ToTok", "Retailers pull Arvoro" read as "Apple
// pulls ToTok" does (tr19_grid_test.go).
func pluralRemoval(words []titleWord, v int) bool {
	if v == 0 || !removeBase[words[v].lc()] || words[v-1].stop || !storeOwners[words[v-1].lc()] {
		return false
	}
	if p := words[v-1].lc(); p == "retailers" || p == "stores" {
		return true
	}
	return v >= 2 && storeOwners[strings.TrimRight(words[v-2].lc(), ",")] && words[v-2].stop ||
		v >= 3 && words[v-2].lc() == "and" && storeOwners[words[v-3].lc()]
}

// removeBase are removal verbs after "to": an order or a request to pull.
var removeBase = wordSet("remove pull delist drop kick yank purge")

// storeOwners run stores, marketplaces and browsers.
var storeOwners = union(wordSet(`google apple microsoft mozilla amazon walmart retailer retailers store
	stores ebay buy marketplace play`), lx13Retailers)

// objectCategory: certificates or a certificate authority pulled are
// distrusted; anything else is delisted.
func objectCategory(words []titleWord, s, e int) trust.Category {
	for _, w := range words[s:e] {
		switch w.lc() {
		case "certificate", "certificates", "root", "roots", "ca", "cas":
			return trust.CategoryDistrust
		}
	}
	return trust.CategoryDelisting
}

// objectName reads the name among words[s:e] (a verb's object): a quoted
// word, a capitalised run, past the generic and channel words ("Chrome
// extension Great Suspender", "Russia's largest social network": none).
func objectName(words []titleWord, s, e int) string {
	for i := s; i < e; i++ {
		w := words[i]
		if w.quoted {
			return w.text
		}
		lw := w.lc()
		if !hasUpperOrDigit(w.text) || !nameWord(w) || generic[lw] || actors[lw] && i+1 < e && !hasUpperOrDigit(words[i+1].text) {
			continue
		}
		j := i
		for j+1 < e && j < i+3 && hasUpperOrDigit(words[j+1].text) && nameWord(words[j+1]) && !words[j].stop {
			j++
		}
		if n := nameSpan(words, i, j); n != "" && !storeWords[strings.ToLower(n)] {
			return n
		}
		i = j
	}
	return ""
}

// hasMotive reports whether words give a reason of trust.
func hasMotive(words []titleWord) bool {
	for _, w := range words {
		if motiveWords[w.lc()] {
			return true
		}
	}
	return false
}

// removalAlert reads a title for the removal shape.
func (m *Matcher) removalAlert(title, lead string, hits []hit, question bool, gate *item) unit {
	words := headline(gate.wordsCopy(title))
	m.mark(words, hits)
	name, cat, asked, end, ok := removalShape(words)
	term := "removed from a store"
	if !ok {
		if name, end, ok = storeDisables(words); !ok { // named3.go
			if name, end, ok = accountClosed(words); !ok { // named4.go
				return unit{}
			}
		}
		cat, term = objectCategory(words, 0, end+1), "disabled by its store"
	}
	if asked {
		// Asked or ordered to pull: only an authority's request is news
		// ("regulator asks Apple and Google to remove DeepSeek"), and it
		// is a directive.
		if !inWords(words, authorities) {
			return unit{}
		}
		cat = trust.CategoryDirective
	}
	extra := trust.SignalHit{Term: term, Category: cat, Weight: supplyWeight}
	if asked {
		extra.Term = "told to remove from a store"
	}
	if cat == trust.CategoryDistrust {
		extra.Term = "removed from a root store"
	}
	u := m.scoreUnitWith(hits, true, false, question, &extra, false)
	if !u.ok {
		return unit{}
	}
	if asked {
		for _, s := range u.signals {
			if s.Category == "talk" {
				return unit{} // "lawmakers urge Apple to remove TikTok"
			}
		}
	}
	var registry []trust.VendorHit
	for _, v := range u.vendors {
		if name == "" || strings.Contains(strings.ToLower(name), strings.ToLower(v.Term)) {
			registry = append(registry, v)
		}
	}
	switch {
	case len(registry) > 0:
		u.vendors = registry
	case name != "" && m.rules.AnyVendor && (cat == trust.CategoryDistrust || hasMotive(words) || hasMotive(gate.words(lead))):
		if isTitleCase(words) && !confirmed(name, words, true, gate.words(lead)) {
			return unit{}
		}
		u.vendors = []trust.VendorHit{{Name: name, Term: name, Unlisted: true}}
	default:
		return unit{}
	}
	u.evidence = clean(title)
	u.shapeEnd = words[end].end // the removal is the news, a clause after it its reason
	return u
}
