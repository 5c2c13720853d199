package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Class-level actions in the shapes 2022 and 2024-2026 news gives them
// (the class2 set): a rule on a kind of product proposed, finalized or
// taking effect ("Commerce proposes rule restricting Chinese drones"), a
// vote to bar it ("FCC votes to bar Chinese test labs"), an authority set
// to rid itself of it ("military to remove Chinese-made cameras",
// "department grounds fleet of Chinese-made drones"), and kinds of product
// the registry has no category for, named as written ("Chinese solar
// inverters", "Chinese-made cranes", "remote access to solar farms from
// China", "end-of-life edge devices"). A rumoured step ("weighs",
// "mulls", "report says") is no action.

// classShape finds an authority's action on a class in a shape no
// lexicon phrase carries, as the signal it stands for.
func classShape(words []titleWord) (trust.SignalHit, bool) {
	sig := func(lo, hi int, c trust.Category) (trust.SignalHit, bool) {
		return trust.SignalHit{Term: joinSpan(words, lo, hi), Category: c, Weight: supplyWeight}, true
	}
	if lo, hi, ok := classrevUndo(words); ok {
		return sig(lo, hi, trust.CategoryReversal) // classrev.go
	}
	if lo, hi, ok := directiveShape(words); ok {
		return sig(lo, hi, trust.CategoryDirective)
	}
	if lo, hi, c, ok := formalRule(words); ok {
		return sig(lo, hi, c)
	}
	if lo, hi, c, ok := govAct(words); ok {
		return sig(lo, hi, c) // govclass.go
	}
	if lo, hi, ok := authorityRids(words); ok {
		return sig(lo, hi, trust.CategoryDirective)
	}
	if lo, hi, c, ok := classrevAct(words); ok {
		return sig(lo, hi, c) // classrev.go
	}
	if lo, hi, ok := keepsOut(words); ok {
		return sig(lo, hi, trust.CategoryBan) // authority4.go
	}
	if lo, hi, ok := warnsFlow(words); ok {
		return sig(lo, hi, trust.CategoryDirective) // authority4.go
	}
	if lo, hi, ok := labelsRisk(words); ok {
		// A label of risk is a warning, unless the labeller keeps a
		// list it puts the class on (riskLabelled's rule for a named
		// vendor): "Pentagon designates Chinese drones as security
		// threats" is a listing.
		if militaryFirm(words, hi) || inWords(words[:lo], listOwners) || inWords(words, listNames4) {
			return sig(lo, hi, trust.CategorySanctions)
		}
		return sig(lo, hi, trust.CategoryDirective) // authority4.go
	}
	return trust.SignalHit{}, false
}

// classShapeCues holds every word one of classShape's shapes turns on (a
// directive's verb, a rule's step or its taking effect, a riddance or a
// grounding). classAlert splits a title into words for these shapes only
// when one is there: most titles reaching it have none, and the split
// doubled the matcher's allocations per title.
var classShapeCues = func() map[string]bool {
	m := wordSet("orders directs tells instructs requires mandates demands ordered directed",
		"told instructed required mandated urges urged advises advised asks asked",
		"warns warned recommends takes take goes go kicks grounds grounded grounding",
		"keeps kept keep locks locked lock shuts shut bars excludes", // keepsOut (authority4.go)
		"labels labeled labelled designates designated brands branded deems deemed declares",
		"declared dubs") // labelsRisk (authority4.go)
	for _, s := range []map[string]bool{ruleVerbs, riddance} {
		for w := range s {
			m[w] = true
		}
	}
	return m
}()

// formalRule finds an agency's formal step on a kind of product: a rule
// or listing proposed, finalized or issued ("Commerce proposes ban on
// Chinese software in connected vehicles", "FCC proposes adding foreign
// drones to Covered List"), a vote to bar it ("FCC votes to bar Chinese
// test labs"), or a rule taking effect ("connected-car rule takes
// effect"). A formal proposal is an event (trust-events.md: "or a formal
// proposal of one"); lawmakers proposing a bill are not, until it passes
// a chamber.
func formalRule(words []titleWord) (int, int, trust.Category, bool) {
	if inWords(words, legislative) {
		return 0, 0, "", false
	}
	for v, w := range words {
		lw := w.lc()
		switch {
		case ruleVerbs[lw]:
			if !inWords(words[:v], authorities) {
				continue
			}
			for k := v + 1; k < len(words) && k <= v+3; k++ {
				lk := words[k].lc()
				if ruleNouns[lk] || ruleActs[lk] || lk == "to" && k+1 < len(words) && ruleActs[words[k+1].lc()] {
					return v, k, ruleCategory(words[k:]), true
				}
				if words[k].stop {
					break
				}
			}
		case lw == "takes" || lw == "take" || lw == "goes" || lw == "go" || lw == "kicks":
			// "US rule barring Chinese connected vehicle technology
			// takes effect"
			if v+1 >= len(words) || !(strings.EqualFold(words[v+1].text, "effect") || lw == "kicks" && strings.EqualFold(words[v+1].text, "in") ||
				strings.EqualFold(words[v+1].text, "into") && v+2 < len(words) && strings.EqualFold(words[v+2].text, "effect")) {
				continue
			}
			for k := v - 1; k >= 0 && k >= v-8; k-- {
				if ruleNouns[words[k].lc()] {
					return k, v + 1, trust.CategoryBan, true
				}
				if words[k].stop {
					break
				}
			}
		}
	}
	return 0, 0, "", false
}

// ruleCategory is a listing's category when the step names a list
// ("adding foreign drones to Covered List"), else a ban's.
func ruleCategory(rest []titleWord) trust.Category {
	for _, w := range rest {
		switch w.lc() {
		case "covered", "entity", "blacklist", "sanctions":
			return trust.CategorySanctions
		}
	}
	return trust.CategoryBan
}

var (
	ruleVerbs = wordSet(`proposes proposed propose proposing finalizes finalized finalises finalised
		finalizing issues issued unveils unveiled publishes published adopts adopted
		votes voted vote`)
	ruleNouns = wordSet("rule rules regulation regulations ban restrictions prohibition curbs")
	ruleActs  = wordSet(`ban bar prohibit restrict block exclude add adding banning barring
		restricting prohibiting blocking excluding`)
	// legislative words: a bill's steps before a chamber passes it are
	// talk ("lawmakers propose ban on Chinese drones").
	legislative = wordSet(`lawmakers senators senator bill legislation congressman congresswoman
		republicans democrats mps lawmaker`)
)

// authorityRids finds an authority set to rid itself of a kind of
// product, with no order to others: "South Korean military to remove
// Chinese-made cameras from bases", "Pentagon will replace Chinese
// batteries", "Interior Department grounds fleet of Chinese-made drones".
func authorityRids(words []titleWord) (int, int, bool) {
	for v := 1; v < len(words); v++ {
		lw := words[v].lc()
		switch {
		case (lw == "to" || lw == "will") && v+1 < len(words) && riddanceAt(words, v+1):
			if riderAt(words, v-1) {
				return v - 1, v + 1, true
			}
		case lw == "grounds" || lw == "grounded" || lw == "grounding":
			for k := v - 1; k >= 0 && k >= v-2; k-- {
				if riderAt(words, k) {
					return k, v, true
				}
			}
		}
	}
	return 0, 0, false
}

// riderAt reports whether words[i] is an authority (a state's
// "department" too) ending its phrase.
func riderAt(words []titleWord, i int) bool {
	if i < 0 || words[i].stop {
		return false
	}
	w := strings.ToLower(strings.TrimRight(words[i].text, "."))
	return authorities[w] && w != "court" && w != "judge" || w == "department"
}

// rumoured reports whether a class action is only weighed, mulled or
// reported ahead of any step: "FCC weighs adding Chinese-made routers to
// Covered List", "US considers ban on Chinese routers, report says".
func rumoured(words []titleWord) bool {
	for i, w := range words {
		lw := w.lc()
		if rumourWords[lw] {
			return true
		}
		if (lw == "says" || lw == "say" || lw == "said") && i > 0 {
			if p := words[i-1].lc(); p == "report" || p == "sources" || p == "reports" {
				return true
			}
		}
	}
	return false
}

var rumourWords = wordSet(`weighs weighing weigh mulls mulling mull considers considering
	consider eyes eyeing ponders pondering explores exploring reportedly mulled weighed`)

// classHeads are kinds of product the registry keeps no category for
// ("Chinese solar inverters", "Chinese-made cranes", "Chinese test
// labs"): with a country, a class named as written.
var classHeads = wordSet(`inverters inverter cranes crane labs laboratories vehicles cars evs
	components equipment hardware gear technology tech devices sensors lidar chargers
	meters turbines modems firewalls satellites transformers access printers scanners tvs`)

// notProducts are what a country's word before a head may qualify that is
// no product: "Chinese investment in technology", "Chinese ownership of
// cranes".
var notProducts = wordSet(`investment investments ownership stakes stake students workers imports
	exports funding capital acquisitions purchases`)

// headClass finds a class of product the registry has no category for:
// a head of classHeads with a country before it ("Chinese solar
// inverters") or "from"/"in" a country after it ("remote access to solar
// farms from China"); with no country, the object of a directive's verb of
// riddance ("orders agencies to remove end-of-life edge devices"). The
// phrase is as written.
func headClass(words []titleWord, cat trust.Category) (string, bool) {
	for j, w := range words {
		lw := w.lc()
		if !classHeads[lw] {
			continue
		}
		start := j
		if lw == "access" {
			if j == 0 || !strings.EqualFold(words[j-1].text, "remote") {
				continue // remote access is a product's reach; other access is not a product
			}
			start = j - 1
		}
		if !w.stop && j+1 < len(words) {
			if n := words[j+1].lc(); classHeads[n] || productClasses[n] != "" || companyNouns[n] {
				continue // "Chinese test labs", "vehicle software": the last noun is the head
			}
		}
		for k := j - 1; k >= 0 && k >= j-3; k-- {
			lk := words[k].lc()
			if activeVerb(lk) || words[k].stop || stopWords[lk] || notProducts[lk] {
				break // "Chinese investment in technology" is no kind of product
			}
			if _, isC := classCountries[lk]; isC {
				if k >= 2 && strings.EqualFold(words[k-1].text, "and") {
					if _, ok := classCountries[words[k-2].lc()]; ok {
						k -= 2
					}
				}
				return joinWords(words[k : j+1]), true
			}
		}
		for k := j + 2; k < len(words) && k <= j+5; k++ {
			if words[k-1].stop {
				break
			}
			if _, isC := classCountries[words[k].lc()]; isC {
				if p := words[k-1].lc(); p == "from" || p == "in" {
					return joinWords(words[start : k+1]), true
				}
			}
		}
	}
	if cat != trust.CategoryDirective || isTitleCase(words) {
		return "", false
	}
	for r := range words {
		if r == 0 || !riddanceAt(words, r) || !strings.EqualFold(words[r-1].text, "to") {
			continue
		}
		last := -1 // the last head of a run: "unsupported firewalls and routers"
		for j := r + 1; j < len(words) && j <= r+5; j++ {
			lj := words[j].lc()
			if hasUpperOrDigit(words[j].text) {
				break
			}
			if classHeads[lj] || productClasses[lj] != "" {
				last = j
			} else if stopWords[lj] && lj != "and" && lj != "or" {
				break
			}
			if words[j].stop {
				break
			}
		}
		if last > r+1 {
			return joinWords(words[r+1 : last+1]), true
		}
		break
	}
	return "", false
}

// departmentActs reports whether a state's department is the title's
// actor ("Interior Department grounds fleet of Chinese-made drones"):
// an authority the authorities list keeps by its first word only.
func departmentActs(words []titleWord) bool {
	for i := 1; i < len(words); i++ {
		if strings.EqualFold(words[i].text, "department") && hasUpperOrDigit(words[i-1].text) {
			return true
		}
	}
	return false
}
