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
//   - a purchase allowed only from trusted sources ("Telecom operators can
//     buy network gear only from 'trusted sources', DoT says"): the trust
//     regime's directive, its buyers and kind before the rule;
//   - a vendor suing an authority over its listing or ban is refused;
//   - a product called malware with its voice after the charge ("Temu
//     app is malware, lawsuit says"), callsSpyware's shape turned round;
//     and what is sent named by where it lands ("sent encryption keys to
//     servers in China"), words of the lexicon;
//   - a vendor called a state's arm or tool, and a security review failed,
//     words of the lexicon; a review passed is refused (cl16PassedReview);
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
	cl16Lands = wordSet("countries nations states jurisdictions")
	// cl16Threats are what a described country holds that makes its
	// products a class: an offensive programme, a border conflict.
	cl16Threats = wordSet("offensive hostile adversarial aggressive border")
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
	cl16Boosts = wordSet(`boost promote protect support spur encourage help shield nurture
		bolster favour favor`)
	cl16Making = wordSet("manufacturing production manufacturers producers exporters made-in-india")
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

// cl16Sues are a suit's active verbs: "X sued over" and "X can be sued"
// make X the defendant.
var cl16Sues = wordSet("sues suing challenges")

// cl16LandBorder reports "land" at i as a border's ("countries sharing a
// land border"), which describes where a class comes from, not a ban's
// object (class9.go, cl9NonTechIn).
func cl16LandBorder(words []titleWord, i int) bool {
	return words[i].text == "land" && i+1 < len(words) && oneOf(lower(words[i+1]), "border", "borders")
}

// cl16OnlyTrusted reads, at the word "only" at v, a purchase allowed only
// from trusted sources: "Telecom operators can buy network gear only from
// 'trusted sources' from June 15, DoT says". The rule bars every other
// source, the trust regime class9.go reads when the kind follows it
// ("'trusted sources' rule for telecom gear"); here the buyers and the
// kind stand before. The buyers must be operators or agencies and the
// verb a purchase: "Users should download apps only from trusted
// sources" is advice to the public, no class acted on.
func cl16OnlyTrusted(words []titleWord, v int) bool {
	if v+2 >= len(words) || lower(words[v+1]) != "from" || lower(words[v+2]) != "trusted" {
		return false
	}
	buy := false
	for k := v - 1; k >= 0 && k >= v-5; k-- {
		if cl16Procure[lower(words[k])] {
			buy = true
		}
	}
	return buy && inWords(words[:v], cl16Buyers)
}

// cl16KindBeforeTrusted finds the kind bought in cl16OnlyTrusted's shape,
// up to four words before "only": "buy network gear only from".
func cl16KindBeforeTrusted(words []titleWord) (int, int, bool) {
	for v := range words {
		if lower(words[v]) != "only" || !cl16OnlyTrusted(words, v) {
			continue
		}
		for k := v - 1; k >= 0 && k >= v-4; k-- {
			if !cl9Kinds[lower(words[k])] {
				continue
			}
			lo := k
			if lo > 0 && !words[lo-1].stop && !cl16Procure[lower(words[lo-1])] && !stopWords[lower(words[lo-1])] {
				lo-- // "network gear"
			}
			return lo, k, true
		}
	}
	return 0, 0, false
}

var (
	cl16Procure = wordSet(`buy buying purchase purchasing procure procuring source sourcing deploy
		deploying`)
	// cl16Buyers are who a trusted-source rule binds.
	cl16Buyers = wordSet(`operators carriers telcos telecoms providers agencies departments ministries
		utilities operator carrier telco`)
)

// cl16OnlyGate opens class9's gate for cl16OnlyTrusted's word.
var cl16OnlyGate = wordSet("only")

// cl16OnlyTrustedIn reports cl16OnlyTrusted's shape anywhere in words.
func cl16OnlyTrustedIn(words []titleWord) bool {
	_, _, ok := cl16KindBeforeTrusted(words)
	return ok
}

// cl16IsSpyware finds a product called spyware or malware with its voice
// after it: "Temu app is malware, lawsuit says", "Temu is dangerous
// malware, Arkansas lawsuit alleges" (callsSpyware, gov.go, reads the
// voice before: "Nebraska lawsuit calls Temu shopping app spyware").
// Returns the verb's index and the charge's; the accused stands before
// the verb.
func cl16IsSpyware(words []titleWord) (int, int, bool) {
	for v := 1; v+1 < len(words); v++ {
		if !oneOf(lower(words[v]), "is", "are") || words[v-1].stop {
			continue
		}
		for k := v + 1; k < len(words) && k <= v+4; k++ {
			if lk := lower(words[k]); lk == "malware" || lk == "spyware" {
				if words[k].stop && k+1 < len(words) && inWords(words[k+1:], spywareAccusers) && inWords(words[k+1:], cl16Says) {
					return v, k, true
				}
				return 0, 0, false
			}
			if words[k].stop {
				break
			}
		}
	}
	return 0, 0, false
}

var cl16Says = wordSet("says said alleges alleged claims claimed argues contends charges")

// cl16AttackersSent reports an espionage alert whose title's subject is
// attackers moving data ("Hackers exfiltrated Hikvision customer data to
// servers in China"): the data is stolen from the vendor's customers, not
// sent by its product (trust-events.md, "compromise vs use"). The
// subject is the title's first words, before any verb of moving.
func cl16AttackersSent(title string) bool {
	words := titleWords(title)
	for i := 0; i < len(words) && i < 3; i++ {
		l := lower(words[i])
		if attackers[l] || oneOf(l, "attackers", "attacker", "malware", "spies") {
			for k := i + 1; k < len(words) && k <= i+3; k++ {
				if cl16Moves[lower(words[k])] {
					return true
				}
			}
		}
	}
	return false
}

// cl16Moves are attackers' verbs of taking data away.
var cl16Moves = wordSet(`exfiltrated exfiltrate exfiltrates stole steal steals siphoned siphon
	moved sent send sends copied funneled funnelled uploaded`)

// cl16PassedReview refuses a title whose vendor passed or cleared a
// security review ("Hikvision products passed security review, regulator
// says"): "security review" weighs as a ban's word, and the readable sets
// label the pass no event ("Chinese government says Micron products
// passed security review").
func cl16PassedReview(title string, best unit) bool {
	if !best.ok || !hasWordIn(title, cl16Passes) {
		return false
	}
	words := titleWords(title)
	for i, w := range words {
		if !cl16Passes[lower(w)] {
			continue
		}
		for k := i + 1; k+1 < len(words) && k <= i+3; k++ {
			if oneOf(lower(words[k]), "security", "cybersecurity") && oneOf(lower(words[k+1]), "review", "reviews", "check", "checks", "audit") {
				return true
			}
		}
	}
	return false
}

var cl16Passes = wordSet("passed passes pass cleared clears clear")
