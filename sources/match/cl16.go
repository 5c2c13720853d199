package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// cl16.go holds the class16 round's readers of the axes its probe grid
// (cl16_grid_test.go) and the family writer's rows (testdata/cl16_tune.tsv)
// found failing; the third, a product's own traffic to a state ("Unitree's
// robot quietly phones home to China", "US user data has been repeatedly
// accessed from China"), is words of the lexicon (config/rules.toml).
//
//   - a class's origin told as countries described rather than named:
//     "countries of concern" was read (class9.go, cl9OfConcern); "countries
//     bordering India", "countries with offensive cyber programmes" and
//     "nations hostile to the US" were not. The description must be a
//     threat or a border: "countries with cheap labour" or "countries that
//     make drones" stay no class;
//   - a ban whose title states a trade purpose ("India bans import of
//     foreign drones to boost local manufacturing") is trade even when the
//     lead names security as an exception (pr11.go, pr11After).

// cl16Described reports, at q, countries or nations described by a border
// or a hostile programme.
func cl16Described(words []titleWord, q int) bool {
	if q+1 >= len(words) || !cl16Lands[lower(words[q])] || words[q].stop {
		return false
	}
	switch lower(words[q+1]) {
	case "sharing", "bordering", "neighbouring", "neighboring", "adjoining":
		return true // "countries sharing a land border", "countries bordering India"
	case "hostile":
		return true // "nations hostile to the US"
	case "with", "that", "which", "running", "having":
		// "countries with offensive cyber programmes", "states that
		// run offensive cyber programs"
		for k := q + 2; k < len(words) && k <= q+5; k++ {
			if cl16Threats[lower(words[k])] {
				return true
			}
			if words[k].stop {
				break
			}
		}
	}
	return false
}

var (
	cl16Lands = set("countries", "nations", "states", "jurisdictions")
	// cl16Threats are what a described country holds that makes its
	// products a class: an offensive programme, a border conflict.
	cl16Threats = set("offensive", "hostile", "adversarial", "aggressive", "border")
)

// cl16TradePurpose reads a title whose stated purpose is trade: "India
// bans import of foreign drones to boost local manufacturing". The
// title's purpose clause outweighs a lead's word of security told as an
// exception ("except for defence and security purposes"), which
// pr11TradeOnly reads as a motive. A title with a motive of trust of its
// own stays ("to boost local industry and security").
func cl16TradePurpose(tw []string) bool {
	for i := 0; i+2 < len(tw); i++ {
		if tw[i] != "to" || !cl16Boosts[tw[i+1]] {
			continue
		}
		for k := i + 2; k < len(tw) && k <= i+5; k++ {
			if pr11Industry[tw[k]] || cl16Making[tw[k]] {
				return !anyOf(tw, pr11Motives)
			}
		}
	}
	return false
}

var (
	cl16Boosts = set("boost", "promote", "protect", "support", "spur", "encourage", "help", "shield", "nurture",
		"bolster", "favour", "favor")
	cl16Making = set("manufacturing", "production", "manufacturers", "producers", "exporters", "made-in-india")
)

// cl16VendorSues refuses a title whose vendor sues an authority over its
// action: "DJI sues Pentagon over Chinese military company designation",
// "Kaspersky sues over US ban on its software". The vendor's own
// challenge withdraws no trust; the readable sets label such titles
// look-alikes ("Chinese drone maker sues Pentagon over military company
// label"), and a ruling is the reversal's news. A lead that retells the
// listing ("asking a court to order the Defense Department to remove it
// from a list of companies allegedly working with Beijing's military")
// alerted. An authority or a plaintiff suing the vendor ("Texas sues
// TP-Link") and a vendor suing another ("Apple sues NSO Group") stay.
func cl16VendorSues(title string, best unit) bool {
	if !best.ok || len(best.vendors) == 0 {
		return false
	}
	words := titleWords(title)
	for v := 1; v < len(words); v++ {
		if !cl16Sues[lower(words[v])] {
			continue
		}
		if !cl16NamedBefore(words[:v], best.vendors) {
			return false
		}
		for k := v + 1; k < len(words) && k <= v+3; k++ {
			if l := lower(words[k]); authorities[l] || l == "over" && k == v+1 {
				return true // "sues Pentagon", "sues over US ban"
			}
		}
		return false
	}
	return false
}

// cl16NamedBefore reports whether a vendor's name ends among words, or
// words describe a maker ("Chinese drone maker sues").
func cl16NamedBefore(words []titleWord, vs []trust.VendorHit) bool {
	for _, w := range words {
		l := strings.TrimSuffix(lower(w), "'s")
		if companyNouns[l] || oneOf(l, "maker", "makers", "vendor") {
			return true
		}
		for _, v := range vs {
			if strings.EqualFold(l, v.Name) || strings.EqualFold(w.text, v.Name) {
				return true
			}
			if f := strings.Fields(v.Name); len(f) > 1 && strings.EqualFold(w.text, f[len(f)-1]) {
				return true
			}
		}
	}
	return false
}

var cl16Sues = set("sues", "sued", "suing", "challenges")
