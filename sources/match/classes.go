package match

import (
	"slices"
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// A class-level action names no vendor but a kind of product, often with
// a country: "FCC bars new approvals of Chinese telecom gear", "a ban on
// foreign-made drones", "government bans Chinese apps". It reaches the
// registry's vendors through their Country and Categories, and the alert
// says so ("applies to DJI, Unitree: Chinese-made drones").

// productClasses maps the words of a headline to a registry category.
// Plurals and a few synonyms: what headlines write.
var productClasses = map[string]string{
	"drone": "drones", "drones": "drones", "uav": "drones", "uavs": "drones",
	"app": "apps", "apps": "apps", "application": "apps", "applications": "apps",
	"router": "routers", "routers": "routers",
	"camera": "cameras", "cameras": "cameras", "cctv": "cameras",
	"antivirus": "antivirus", "anti-virus": "antivirus",
	"telecom": "telecom equipment", "telecoms": "telecom equipment", "5g": "telecom equipment",
	"module": "modules", "modules": "modules",
	"chip": "chips", "chips": "chips", "semiconductor": "chips", "semiconductors": "chips", "chipmakers": "chips",
	"spyware":    "spyware",
	"smartphone": "smartphones", "smartphones": "smartphones", "phones": "smartphones", "handsets": "smartphones",
	"radio": "radios", "radios": "radios",
	"battery": "batteries", "batteries": "batteries",
	"robot": "robots", "robots": "robots",
	"ai": "ai", "chatbot": "ai", "chatbots": "ai",
	"carrier": "telecom carrier", "carriers": "telecom carrier", "operators": "telecom carrier",
	"laptops": "laptops", "pcs": "pcs", "computers": "pcs",
	"software": "software", "smartwatch": "smartwatches", "smartwatches": "smartwatches", "wearables": "wearables",
}

// classCountries maps a headline's country word to the registry's
// country; "" is "foreign": any vendor outside the US.
var classCountries = map[string]string{
	"chinese": "China", "china": "China", "china-made": "China", "chinese-made": "China", "beijing": "China",
	"russian": "Russia", "russia": "Russia", "russia-made": "Russia", "kremlin": "Russia",
	"israeli": "Israel",
	"foreign": "", "foreign-made": "", "foreign-owned": "", "adversary": "", "adversarial": "",
	"foreign-adversary": "", // "bars foreign-adversary equipment from the grid" (authority4)
	// "Chinese-built drones", "Chinese-brand ICT equipment" (govclass)
	"chinese-built": "China", "china-built": "China", "chinese-brand": "China", "chinese-branded": "China",
	"russian-made": "Russia", "russian-built": "Russia", "foreign-built": "",
}

// class finds a product class in a title's words: a category word with a
// country word up to three words before it ("Chinese-made drones",
// "Chinese telecom gear", "foreign adversary apps") or "from"/"made in"
// a country after it ("drones made in China"). ok is false when there is
// none.
func class(words []titleWord) (phrase, country, category string, ok bool) {
	for j, w := range words {
		cat, isCat := productClasses[w.lc()]
		if !isCat {
			continue
		}
		if cat == "software" && j > 0 && oneOf(words[j-1].lc(), "security", "cybersecurity") {
			cat = "security software" // "Russian security software"
		}
		if j+1 < len(words) && !w.stop && (productClasses[words[j+1].lc()] != "" && !strings.EqualFold(words[j+1].text, "software") ||
			storeWords[words[j+1].lc()]) {
			continue // "AI chips": the last noun is the class; "App Store" is a store
		}
		for k := j - 1; k >= 0 && k >= j-3; k-- {
			lw := words[k].lc()
			if activeVerb(lw) {
				break // "China bans some chip sales": the country acts
			}
			if c, isC := cl13Origin(lw); isC {
				// "Chinese and Russian software": both countries.
				if k >= 2 && strings.EqualFold(words[k-1].text, "and") {
					if c2, ok := classCountries[words[k-2].lc()]; ok && c2 != c && c2 != "" && c != "" {
						return joinWords(words[k-2 : j+1]), c2 + "," + c, cat, true
					}
				}
				return joinWords(words[k : j+1]), c, cat, true
			}
			if words[k].stop {
				break
			}
		}
		// Spyware is a trust concern wherever it is made: an action on
		// it reaches every spyware vendor.
		if cat == "spyware" {
			start := j
			if j > 0 && strings.EqualFold(words[j-1].text, "commercial") {
				start = j - 1
			}
			return joinWords(words[start : j+1]), "*", cat, true
		}
		for k := j + 1; k < len(words) && k <= j+4; k++ {
			lw := words[k].lc()
			if c, isC := classCountries[lw]; isC && k > j+1 {
				p := k - 1
				if strings.EqualFold(words[p].text, "the") && p > j+1 {
					p-- // "apps linked to the Chinese Communist Party" (cl13)
				}
				prev := words[p].lc()
				// "drones made in China", "apps from China", "apps
				// linked to Chinese companies"; "chips to China" are
				// exports, not Chinese chips.
				tied := prev == "to" && p >= 1 && tiedWords[words[p-1].lc()] ||
					prev == "by" && p >= 1 && cl9Ties[words[p-1].lc()] // "routers made by foreign adversaries" (cl12)
				// "from Russian App Store" is where, not whose.
				atStore := k+1 < len(words) && (storeWords[words[k+1].lc()] ||
					strings.EqualFold(words[k+1].text, "app"))
				// "cameras of Chinese origin" (cl13)
				origin := prev == "of" && k+1 < len(words) && strings.EqualFold(words[k+1].text, "origin")
				if (prev == "from" || prev == "in" || tied || origin || cl10Apposed(words, j, k)) && !atStore && (p <= j+2 || prev == "them") {
					if prev == "with" || origin {
						k++ // "apps with Chinese links"
					}
					return joinWords(words[cl13Modified(words, j) : k+1]), c, cat, true
				}
			}
		}
	}
	// A country's companies of no product class the registry knows
	// ("Russian tech companies", "Chinese supercomputer makers"): named
	// as written. Not when they act ("Chinese firms ban ...").
	for j, w := range words {
		if !companyNouns[w.lc()] || j+1 < len(words) && activeVerb(words[j+1].lc()) {
			continue
		}
		for k := j - 1; k >= 0 && k >= j-3; k-- {
			lk := words[k].lc()
			if activeVerb(lk) || words[k].stop {
				break
			}
			// "sales to Chinese firms" are trade; "sales to Chinese
			// supercomputer makers" single out a kind of firm, as a
			// listing does (cl15.go)
			if _, isC := cl13Origin(lk); isC && lk != "foreign" && lk != "adversary" && lk != "adversarial" && !(recipientClass(words, k) && j == k+1) {
				if k >= 1 && words[k-1].stop && !words[k-1].dash && cl9Country(words[k-1].lc()) {
					// "Chinese, Iranian suppliers": a list by comma
					return words[k-1].text + ", " + joinWords(words[k:j+1]), "?", "", true
				}
				return joinWords(words[k : j+1]), "?", "", true
			}
		}
	}
	// No country: a kind of product barred from a government's own
	// devices ("France bans recreational apps on government phones"):
	// the class is named as written, reaching no registry vendor.
	if !govDevices(words) {
		return "", "", "", false
	}
	for j, w := range words {
		cat, isCat := productClasses[w.lc()]
		if !isCat || j == 0 {
			continue
		}
		start := j
		for k := j - 1; k >= 0 && k >= j-2; k-- {
			lk := words[k].lc()
			if words[k].stop || stopWords[lk] || actors[lk] || activeVerb(lk) || generic[lk] || isNumber(lk) ||
				quantities[lk] || productClasses[lk] != "" || !hasLetter(lk) {
				break
			}
			start = k
		}
		if start < j && !capitalIn(words[start:j]) {
			// "recreational apps"; "Lemon8 and Moomoo apps" names two.
			return joinWords(words[start : j+1]), "?", cat, true
		}
	}
	return "", "", "", false
}

// describedBy reports whether the class phrase is described by a past
// participle before it rather than acted on: "sold software to
// sanctioned Russian companies", "gives blacklisted spyware companies the
// go-ahead". A subject before the participle makes it a verb ("US
// sanctioned Russian companies").
func describedBy(words []titleWord, phrase string) bool {
	first := strings.Fields(phrase)[0]
	for i := 1; i < len(words); i++ {
		if words[i].text != first {
			continue
		}
		p := words[i-1].lc()
		if !strings.HasSuffix(p, "ed") {
			return false
		}
		if i == 1 {
			return true // "Sanctioned Russian companies still ..."
		}
		before := words[i-2].lc()
		return functionWords[before] || describingVerbs[before]
	}
	return false
}

// describingVerbs take a described object: "gives blacklisted firms".
var describingVerbs = wordSet(`gives give helps help hires hire buys buy bought sold
	sells sell uses use used allows allow lets let funds fund backs invests`)

var tiedWords = wordSet("linked tied connected belonging ties links")

// companyNouns name a country's companies as a class.
var companyNouns = wordSet(`companies firms entities vendors makers suppliers manufacturers
	businesses developers`)

// govDevices reports whether a title speaks of a government's own
// devices: "government phones", "officials' devices", "state-issued".
func govDevices(words []titleWord) bool {
	for i := 0; i+1 < len(words); i++ {
		a, b := words[i].lc(), strings.ToLower(strings.TrimRight(words[i+1].text, "'’"))
		switch a {
		case "government", "government-issued", "state-issued", "officials", "officials'", "official", "federal",
			"state", "work", "civil", "ministers", "staff", "employees":
			switch b {
			case "phones", "devices", "smartphones", "laptops", "networks", "computers":
				return true
			}
		}
	}
	return false
}

func joinWords(ws []titleWord) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.text
	}
	return strings.Join(parts, " ")
}

// classAlert is a title's action on a class of products: a ban,
// sanction, directive, delisting or reversal with an authority acting,
// and a product class. The vendors are the registry's of that class
// (country and category); with none, the class itself when AnyVendor is
// on, else nothing. gate is gateSets.in(title), read once by match.
func (m *Matcher) classAlert(title string, hits []hit, question bool, gate *item) unit {
	u := m.scoreUnit(hits, true, false, question)
	if !u.ok || len(u.signals) == 0 || u.signals[0].Weight < 3 {
		// "Pakistan blocks apps linked to Chinese companies": an
		// authority's verb that alone weighs little ("blocks").
		if len(u.vendors) == 0 && gate.has(gActingVerbs) {
			words := gate.words(title)
			if v, ok := authorityActs(words); ok {
				extra := trust.SignalHit{Term: joinSpan(words, v-1, v), Category: trust.CategoryBan, Weight: supplyWeight}
				u = m.scoreUnitWith(hits, true, false, question, &extra, true)
			}
		}
	}
	if !u.ok || len(u.signals) == 0 || u.signals[0].Weight < 3 || !classCategory(u.category) {
		// A shape the lexicon's phrases miss (classshape.go).
		if len(u.vendors) == 0 && (gate.has(gClassShapeCues) || kindShapeOpen(gate.gateBits)) {
			words := gate.words(title)
			if extra, ok := classShape(words); ok {
				hits := m.govUseHits(hits, words) // "prohibits purchase of": buying, not a deal (govclass.go)
				u = m.scoreUnitWith(hits, true, false, question, &extra, true)
			}
		}
	}
	if !u.ok || len(u.vendors) > 0 || len(u.signals) == 0 || u.signals[0].Weight < 3 {
		return unit{}
	}
	if !classCategory(u.category) {
		return unit{}
	}
	words := gate.words(title)
	// a passive order to its addressees implies its authority (cl15.go)
	if !m.unlistedContext(u, words, nil) && !departmentActs(words) && !govActor(words) && cl15PassiveAt(words) < 0 ||
		rumoured(words) || legislatorsMove(words) {
		return unit{}
	}
	phrase, country, category, ok := class(words)
	if !ok {
		phrase, country, category, ok = classrevClass(words) // classrev.go
	}
	if !ok {
		phrase, ok = headClass(words, u.category)
		country = "?" // no registry category: named as written
	}
	if !ok {
		phrase, ok = govClass(words) // a condition, data flow or tech qualifier (govclass.go)
	}
	if !ok && (u.category == trust.CategoryReversal || kindBanUndone(title, words)) {
		phrase, ok = kindUndone(words) // "Texas drone ban reversed": the kind as written (leftovers4.go)
	}
	if !ok || describedBy(words, phrase) || listName(words, phrase) {
		return unit{}
	}
	if u.category == trust.CategoryDelisting && !inWords(words, authorities) && !hasMotive(words) {
		return unit{} // a store pulls kinds of apps for many reasons
	}
	u.vendors = m.reachClass(words, phrase, country, category)
	if len(u.vendors) == 0 {
		return unit{}
	}
	// "bans 43 more Chinese apps including AliExpress": the one named is
	// named first.
	if m.rules.AnyVendor {
		for i, w := range words {
			if lw := w.lc(); lw == "including" || lw == "like" {
				if n := nameAfter(words, i+1, false, false); n != "" {
					u.vendors = append([]trust.VendorHit{{Name: n, Term: n, Unlisted: true}}, u.vendors...)
				}
				break
			}
		}
	}
	u.evidence = clean(title)
	return u
}

// reachClass is the vendors a class reaches: the registry's of its
// category and country, or with none the class itself when AnyVendor is
// on, else nothing. country "?" is none (the class is named as written),
// "*" any, "" foreign.
func (m *Matcher) reachClass(words []titleWord, phrase, country, category string) []trust.VendorHit {
	var vs []trust.VendorHit
	// "Foreign" is the registry's vendors outside the US when the US
	// acts; another state's foreign apps may well be American ("French
	// government recommends against using foreign chat apps"), so then
	// the class is named as written.
	foreignElsewhere := country == "" && inWords(words, otherStates)
	for _, v := range m.vendors {
		if foreignElsewhere {
			break
		}
		if v.Guild != "" || !hasCategory(v.Categories, category) {
			continue
		}
		switch {
		case country == "?":
			continue // no country: named as written
		case country == "*":
		case country == "" && (v.Country == "" || v.Country == "US"):
			continue
		case country != "" && !slices.Contains(strings.Split(country, ","), v.Country):
			continue
		}
		vs = append(vs, trust.VendorHit{Name: v.Name, Term: phrase, Class: phrase})
	}
	if len(vs) == 0 && m.rules.AnyVendor {
		vs = []trust.VendorHit{{Name: phrase, Term: phrase, Unlisted: true, Class: phrase}}
	}
	return vs
}

// classCategory: the categories of an action on a class.
func classCategory(c trust.Category) bool {
	switch c {
	case trust.CategoryBan, trust.CategorySanctions, trust.CategoryDirective, trust.CategoryDelisting, trust.CategoryReversal:
		return true
	}
	return false
}

func hasCategory(cats []string, c string) bool {
	for _, x := range cats {
		if strings.EqualFold(x, c) {
			return true
		}
	}
	return false
}

// kindShapeOpen reports, from a title's gate bits, whether classShape may
// read a shape of classrev.go or govclass.go in it (one pass over the
// title for both).
func kindShapeOpen(g gateBits) bool { return classrevOpen(g) || govclassOpen(g) }
