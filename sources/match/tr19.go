package match

import "github.com/vendorwatch/vendorwatch/trust"

// Channels that are the object of someone else's act (nineteenth round,
// tr19_grid_test.go): "Arvoro blocks site that served a Windows trojan",
// "Arvoro researchers find download page that pushed malware", "Arvoro
// takes down phishing site that delivered an infostealer". The channel
// is what the title's subject acted on, told in a relative clause, so the
// subject is a reporter or a defender, never the vendor whose channel
// turned (trust-events.md, "The vendor as reporter").

// tr19Acts are the verbs of acting on or reporting another's channel.
var tr19Acts = wordSet(`block blocks blocked blocking find finds found discover discovers
	discovered uncover uncovers uncovered spot spots spotted flag flags flagged take takes
	took taking remove removes removed seize seizes seized sinkhole sinkholes sinkholed
	disrupt disrupts disrupted dismantle dismantles dismantled track tracks tracked expose
	exposes exposed report reports reported warn warns warned detect detects detected
	shut shuts identify identifies identified`)

// tr19ActedOn reports whether a title tells a channel that shipped harm
// only in a relative clause whose head a verb of tr19Acts governs: the
// channel word right before "that" or "which", a shipping verb right
// after, and the act within four words before the channel.
func tr19ActedOn(words []titleWord) bool {
	for r := 1; r+1 < len(words); r++ {
		if !oneOf(words[r].lc(), "that", "which") || words[r-1].stop {
			continue
		}
		if lc := words[r-1].lc(); !ch14Chans[lc] && !chanWords[lc] {
			continue
		}
		if sv := words[r+1].lc(); !ch14Ship[sv] && !deliverVerbs[sv] {
			continue
		}
		for k := r - 2; k >= 0 && k >= r-5; k-- {
			if words[k].stop {
				break
			}
			if tr19Acts[words[k].lc()] {
				return true
			}
		}
	}
	return false
}

// The vendor's product turned against its own customers, told in the
// active voice with attackers as the subject and the customers as whom
// the harm reached: "Hackers hijack Kaseya VSA to push ransomware to
// customers", "Hackers breach Arvoro's support portal to send wipers to
// its customers". The customers are the vendor's: a product attackers
// merely use reaches "users" or "victims" ("abuse Microsoft Teams to push
// malware to users"), which this shape never reads.

// tr19Turns are the attackers' verbs of turning a vendor's product.
var tr19Turns = wordSet(`hijack hijacks hijacked abuse abuses abused compromise compromises
	compromised breach breaches breached hack hacks hacked subvert subverts subverted`)

// tr19Customers are the vendor's customers as the harm's recipients.
var tr19Customers = wordSet("customers clients msps subscribers")

// tr19Harm is what the turned product shipped: malwareNouns and
// their plurals a headline uses ("wipers").
var tr19Harm = union(malwareNouns, wordSet(`wipers ransomwares updates commands`))

// tr19TurnedToCustomers reads the shape in a title's words: attackers
// (attackers) before a turning verb, a name right after it (within two
// words: "Kaseya VSA", "ESET partner", "Arvoro's platform"), then "to"
// and a shipping verb (shipVerbs, "send"), a payload within four words,
// and "to" with the customers (optionally "its" or "their") within the
// clause. Flaws, fakes and copies (neverTrusted) end it.
func tr19TurnedToCustomers(words []titleWord) (supplyHit, bool) {
	for v := 1; v+5 < len(words); v++ {
		if !tr19Turns[words[v].lc()] || words[v-1].stop {
			continue
		}
		subject := false
		for k := v - 1; k >= 0 && k >= v-3; k-- {
			if attackers[words[k].lc()] {
				subject = true
			}
			if k > 0 && words[k-1].stop {
				break
			}
		}
		if !subject {
			continue
		}
		name := nameAt(words, v+1)
		if name == "" {
			continue
		}
		to := -1
		for k := v + 2; k < len(words) && k <= v+6; k++ {
			if words[k-1].stop {
				break
			}
			if words[k].lc() == "to" {
				to = k
				break
			}
		}
		if to < 0 || to+1 >= len(words) || !shipVerbs[words[to+1].lc()] && words[to+1].lc() != "send" {
			continue
		}
		payload, reach := false, false
		for k := to + 2; k < len(words) && k <= to+8; k++ {
			if words[k-1].stop {
				break
			}
			lk := words[k].lc()
			if tr19Harm[lk] && lk != "updates" && lk != "commands" || (lk == "updates" || lk == "commands") && oneOf(words[k-1].lc(), "malicious", "tainted", "backdoored", "trojanized") {
				payload = true
			}
			if payload && lk == "to" && k+1 < len(words) {
				c := k + 1
				if oneOf(words[c].lc(), "its", "their") && c+1 < len(words) {
					c++
				}
				reach = tr19Customers[words[c].lc()]
				break
			}
		}
		if !reach {
			continue
		}
		return supplyHit{category: trust.CategoryCompromise, term: joinSpan(words, v, to+1), name: name, lo: v, hi: to + 1}, true
	}
	return supplyHit{}, false
}
