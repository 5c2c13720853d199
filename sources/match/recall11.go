package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// rc11ListAfter reports whether a list noun ends the phrase that starts at
// word i ("from Chinese military company list", "from its entity
// blacklist"): a name taken off a list, whose place adjective belongs to
// the list, not a market the product left.
func rc11ListAfter(words []titleWord, i int) bool {
	for k := i; k < len(words) && k <= i+5; k++ {
		if rc11ListNouns[lower(words[k])] {
			return true
		}
		if words[k].stop {
			return false
		}
	}
	return false
}

// rc11ListNouns are the lists a government keeps of the banned.
var rc11ListNouns = wordSet("list blacklist blocklist registry roster")

// rc11HeldName reads the name an authority's hold is on where the signal's
// neighbours hold none: for distrust, the authority whose certificates
// they are ("stop trusting certificates from Hungarian CA Microsec",
// "block Kazakhstan's root certificate"); for sanctions, a company named
// after its trade ("sanctions Chinese cybersecurity company Beijing
// Huanyu Tianqiong"). accept is unlisted's test of a name.
func rc11HeldName(words []titleWord, c trust.Category, accept func(string) bool) string {
	for k, w := range words {
		lw := lower(w)
		var name string
		switch {
		case c == trust.CategoryDistrust && rc11CertNouns[lw]:
			if k+1 < len(words) && oneOf(lower(words[k+1]), "from", "by") {
				name = rc11RunAfter(words, k+2)
			} else if b := k - 1; b >= 0 {
				if lower(words[b]) == "root" && b > 0 {
					b--
				}
				if ownsNext(words[b]) && hasUpperOrDigit(words[b].text) {
					name = words[b].text
				}
			}
		case c == trust.CategorySanctions && rc11TradeNouns[lw] && !w.stop:
			name = rc11RunAfter(words, k+1)
			if name != "" && !strings.HasPrefix(words[k+1].text, strings.Fields(name)[0]) {
				name = "" // the name stands right after the trade ("company X")
			}
		}
		if name != "" && !rc11When[strings.ToLower(strings.Fields(name)[0])] && accept(name) {
			return name
		}
	}
	return ""
}

// rc11RunAfter is the run of capitalised words from word i on, within
// three words of it and in one clause, with a certificate authority's
// descriptor ("Hungarian CA") dropped: the name is what follows it.
func rc11RunAfter(words []titleWord, i int) string {
	var run []string
	for k := i; k < len(words) && k < i+6; k++ {
		t := strings.TrimRight(words[k].text, ".,:;")
		if !hasUpperOrDigit(t[:1]) {
			if len(run) > 0 || k >= i+3 {
				break
			}
			continue
		}
		if rc11CAWords[strings.ToLower(t)] {
			run = run[:0] // "Hungarian CA Microsec": the name is after the descriptor
		} else {
			run = append(run, t)
		}
		if words[k].stop || ownsNext(words[k]) {
			break
		}
	}
	return strings.Join(run, " ")
}

var (
	// rc11CertNouns are what a root program stops trusting.
	rc11CertNouns = wordSet("certificate certificates certs roots")
	// rc11CAWords describe a certificate authority before its name.
	rc11CAWords = wordSet("ca authority root")
	// rc11TradeNouns name a company by its trade, its name after them.
	rc11TradeNouns = wordSet("company firm contractor maker vendor provider startup manufacturer")
	// rc11When are dates, never a name: "stop trusting certificates from
	// July".
	rc11When = wordSet(`january february march april may june july august september october
		november december jan feb mar apr jun jul aug sep sept oct nov dec
		monday tuesday wednesday thursday friday saturday sunday today tomorrow next`)
)
