package match

import "github.com/vendorwatch/vendorwatch/trust"

// The evidence rules read a whole event from the title and the lead:
// ossevAlert (ossev.go: a package compromise), unnamedAlert (unnamed.go:
// trusted packages compromised, none named), vendorchanAlert
// (vendorchan.go: a vendor's channel turned) and the class shapes govclass
// adds to classAlert (govclass.go: an authority's action on a kind). match
// calls them only when no older shape alerted. When an older shape's
// candidate is then dropped by a veto or a name check (a count verb read
// as a name: "Hijacked npm package racks up 20,000 downloads"; names4's
// non-names; dropCompared; precision5After; vendorchanAfter), or when the
// cue-only exit ends a title before any shape ran ("ZorbRMM update used to
// push ransomware"), the evidence rules never had their turn and the
// event was lost (testdata/fallback.tsv).
//
// fallback gives them that turn, in a fixed order, each behind its own
// gate so that only titles that open it pay, and settles the first one's
// candidate through the SAME adjustments and vetoes as match's (settle):
// nothing a veto refuses comes back. A candidate the same as the dropped
// one is not settled again.
func (m *Matcher) fallback(title, orig, text, body string, hits []hit, nTitle int, question bool, gate *item, described bool, dropped unit) (trust.Alert, bool) {
	th := hits[:nTitle]
	// First: its shapes refuse turned channels, which the others read.
	u := m.st10Alert(title, body, th, question, gate) // gated by st10Gate (state10.go)
	if !u.ok && m.rules.AnyVendor {
		u = m.ossevAlert(title, text, th, question, gate) // gated by ossevOpen
		if !u.ok {
			u = m.waveLeadAlert(title, text, th, question, gate) // gated by waveOpen (oss12.go)
		}
		if !u.ok {
			u = m.unnamedAlert(title, text, th, question, gate, unit{}) // gated by ossevOpen
		}
		if !u.ok {
			u = m.vendorchanAlert(title, body, th, question, gate) // gated by its gate bits
		}
		if !u.ok {
			u = m.chan9Alert(title, body, th, question, gate) // gated by chan9Open
		}
		if !u.ok && ossr10Open(title, body, gate.gateBits) {
			u = m.ossr10Alert(title, th, question) // packages listed beside a count, a malicious commit
		}
		if !u.ok {
			u = m.chan10Alert(title, body, th, question, gate) // gated by chan10Open
		}
	}
	if !u.ok && m.rules.AnyVendor {
		u = m.productLeadAlert(title, body, th, question) // backdoor9.go
	}
	if !u.ok && m.rules.AnyVendor {
		u = m.bd10Alert(title, body, th, question, gate) // backdoor10.go: a cheap byte check first
	}
	if !u.ok && govclassOpen(gate.gateBits) {
		u = m.classAlert(title, th, question, gate)
	}
	if !u.ok {
		u = m.gov9Alert(title, text, th, question, gate) // gated by gov9Open
	}
	if !u.ok {
		u = m.class9AlertBits(title, text, th, question, cl9Of(gate.gateBits)) // gated by class9OpenBits (and class10OpenBits)
	}
	same := func(u unit) bool {
		return u.category == dropped.category && u.evidence == dropped.evidence && sameVendors(u.vendors, dropped.vendors)
	}
	if u.ok && same(u) && m.rules.AnyVendor {
		// An older channel shape gave the dropped candidate again:
		// chan10's reading of the lead's owner gets its turn.
		u = m.chan10Alert(title, body, th, question, gate)
	}
	if !u.ok || same(u) {
		return trust.Alert{}, false
	}
	return m.settle(title, orig, text, body, hits, nTitle, question, gate, described, u)
}

// sameVendors reports whether a and b name the same vendors in order.
func sameVendors(a, b []trust.VendorHit) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Name != b[i].Name {
			return false
		}
	}
	return true
}
