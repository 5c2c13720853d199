package match

import (
	"github.com/vendorwatch/vendorwatch/trust"
)

// findingAlert reads an authority's or a plaintiff's finding against a
// registry vendor whose words the lexicon counts as routine ("fined",
// "sues"), since fines for breaches and lawsuits over outages are no
// events: a fine FOR sending users' data to a state ("TikTok fined €530
// million for sending European user data to China") and a suit calling
// the vendor's product spyware ("Nebraska sues Temu, calling its app
// dangerous spyware") are (trust-events.md, "state-links / espionage").
func (m *Matcher) findingAlert(title string, hits []hit, question bool) unit {
	// Each shape names a registry vendor and a word of data or spying
	// ("user data", "spyware"): without both nothing is read, and the
	// title is not split (most titles with hits end here).
	vendor, spying := false, false
	for _, h := range hits {
		vendor = vendor || m.hasVendor[h.pat]
		for _, r := range m.refs[h.pat] {
			if r.kind == kindSignal && m.signals[r.idx].Category == trust.CategoryEspionage {
				spying = true
			}
		}
	}
	if !vendor || !spying {
		return unit{}
	}
	words := headline(titleWords(title))
	var extra trust.SignalHit
	if lo, hi, ok := fineToState(words); ok {
		extra = trust.SignalHit{Term: joinSpan(words, lo, hi), Category: trust.CategoryEspionage, Weight: supplyWeight}
	} else if lo, hi, ok := m.foundSending(words, hits); ok {
		extra = trust.SignalHit{Term: joinSpan(words, lo, hi), Category: trust.CategoryEspionage, Weight: supplyWeight}
	} else if lo, hi, ok := m.suedAsSpyware(words, hits); ok {
		extra = trust.SignalHit{Term: joinSpan(words, lo, hi), Category: trust.CategoryEspionage, Weight: supplyWeight}
	} else {
		return unit{}
	}
	u := m.scoreUnitWith(hits, true, true, question, &extra, true)
	if !u.ok {
		return unit{}
	}
	u.evidence = clean(title)
	return u
}

// fineToState finds "fined ... for sending|transferring ... data to
// China" or "storing ... data ... in China": the span from the fine to the
// state. A fine over a breach names
// no state and is left to the routine words.
func fineToState(words []titleWord) (int, int, bool) {
	for f, w := range words {
		if !fineWords[w.lc()] {
			continue
		}
		moved := false
		for k := f + 1; k < len(words) && k <= f+14; k++ {
			lk := words[k].lc()
			if transferWords[lk] {
				moved = true
			}
			if moved && (lk == "to" || lk == "in") && k+1 < len(words) && statePlaces[words[k+1].lc()] {
				return f, k + 1, true
			}
		}
	}
	return 0, 0, false
}

var (
	fineWords     = wordSet("fined fines fine penalized penalised penalty")
	transferWords = wordSet(`sending sent sends transferring transferred transfers transfer sharing
		shared shares moving moved storing stored flows exfiltrating routing routed`)
)

// foundSending finds an authority saying a registry vendor sent users'
// data elsewhere: "South Korea says DeepSeek transferred user data to
// ByteDance", "regulator finds X sent user data to...". The authority
// speaks (a state or a regulator before "says", "finds"), the vendor is
// the subject of the sending; the span from the verb to the data.
func (m *Matcher) foundSending(words []titleWord, hits []hit) (int, int, bool) {
	for v := 1; v+2 < len(words); v++ {
		if !findsWords[words[v].lc()] {
			continue
		}
		a := words[v-1].lc()
		if !authorities[a] && !actors[a] {
			continue
		}
		vendor := m.vendorFrom(words, hits, v+1)
		if vendor < 0 || vendor+1 >= len(words) || !transferWords[words[vendor+1].lc()] {
			continue
		}
		for k := vendor + 2; k < len(words) && k <= vendor+6; k++ {
			if lk := words[k].lc(); lk == "data" || lk == "information" || lk == "info" {
				return v, k, true
			}
		}
	}
	return 0, 0, false
}

var findsWords = wordSet("says said finds found alleges accuses claims confirms concludes")

// suedAsSpyware finds a suit or an accusation against a registry vendor
// that calls its product spyware or malware: "Nebraska sues Temu, calling
// its app dangerous spyware". The vendor is the accusing verb's object;
// the span from the verb to the charge.
func (m *Matcher) suedAsSpyware(words []titleWord, hits []hit) (int, int, bool) {
	for v, w := range words {
		if !suing[w.lc()] {
			continue
		}
		object := m.vendorFrom(words, hits, v+1) >= 0
		if !object {
			continue
		}
		for k := v + 2; k < len(words) && k <= v+10; k++ {
			if chargeWords[words[k].lc()] {
				return v, k, true
			}
		}
	}
	return 0, 0, false
}

var (
	suing       = wordSet("sues sued suing accuses accused charges charged")
	chargeWords = wordSet("spyware malware stalkerware spying spy")
)
