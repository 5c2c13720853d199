package match

// An opener reports, cheaply, whether one shape may read a title that
// names no registry vendor and holds no lexicon term, from the title, the
// body (plain text, its credit stripped) and the title's gate bits
// (wordsets.go). It must not allocate on the common path: every title
// without a vendor asks the openers.
type opener func(m *Matcher, title, body string, g gateBits) bool

// vendorlessOpeners are the shapes that may still alert on such a title
// (AnyVendor): match goes past its early exit when one of them opens. A
// new shape of this kind is one line here. The order matters for speed
// only, never for the result.
var vendorlessOpeners = []opener{
	byTitle(hasWorm),          // registry.go: a worm, packages hit by a campaign
	byTitle(maliciousOpen),    // registry.go: "Malicious ..." releases of a named package
	byTitle(campaignWord),     // osstakeover.go: a campaign named, the package in the lead
	byTitle(versionCue),       // ecosystems.go: a release named by its version
	byText(authorityOpenBits), // authority.go: futile patches, a regulator's order
	byGate(leftoverOpen),      // leftovers2.go: an owner told to sell, data sent to a state
	byGate(storeDisablesOpen), // named3.go: a store disables or loses an app
	byGate(actionOpen),        // named3.go: a listing undone, drones grounded
	byGate(classrevOpen),      // classrev.go: advice to drop a kind, bans walked back
	byGate(govclassOpen),      // govclass.go: an authority's action on a kind
	byGate(leftovers3Open),    // leftovers3.go: a deal undone, off a list
	byGate(authority4Open),    // authority4.go: duties to disconnect, data-flow warnings
	class9Opens,               // class9.go, class10.go: an authority's action on a class, across title and lead
	named4Opens,               // named4.go: hidden ways in, heists traced, suits
	byGate(oss11Open),         // oss11.go: releases pushed with harm
	byGate(vendorchanOpen),    // vendorchan.go: a vendor's channel turned
	byGate(chan9Open),         // chan9.go: a described or speaking vendor's channel turned
	byGate(chan10Open),        // chan10.go: a channel turned, told across title and lead
	byText(ossevOpen),         // ossev.go: a package compromise from evidence
	byText(waveOpener),        // oss12.go: a wave's packages named in the lead
	byGate(gov9Open),          // gov9.go: stores, orders, courts and listings undone
	byGate(gov10Open),         // gov10.go: plural bodies, returns, orders by their noun
	byText(ossr10Open),        // ossr10.go: packages listed beside a count, a malicious commit
	byGate(st10Open),          // state10.go: state links and espionage findings
	dl14Opens,                 // delist14.go: a seller pulling a vendor's goods
	byGate(lk14Open),          // lk14.go: a tie to a state's body, spying charged
	byText(lk14LeadOpen),      // lk14.go: the tie in the lead, a voice in the title
	byText(ch14LeadOpen),      // chain14.go: a vendor telling of its own channel in the lead
	qt15Opens,                 // quiet15.go: an unknown name as the subject of a passive form
	dl16Opens,                 // delist16.go: a vendor taken off a list of the trusted
	dl16RevOpens,              // delist16.go: back after a hold, a court's overstep
}

// vendorlessOpens reports whether one of vendorlessOpeners opens for title.
func (m *Matcher) vendorlessOpens(title, body string, g gateBits) bool {
	for _, open := range vendorlessOpeners {
		if open(m, title, body, g) {
			return true
		}
	}
	return false
}

// byTitle is an opener reading the title alone.
func byTitle(f func(title string) bool) opener {
	return func(_ *Matcher, title, _ string, _ gateBits) bool { return f(title) }
}

// byGate is an opener reading the gate bits alone.
func byGate(f func(g gateBits) bool) opener {
	return func(_ *Matcher, _, _ string, g gateBits) bool { return f(g) }
}

// byText is an opener reading the title, the body and the gate bits.
func byText(f func(title, body string, g gateBits) bool) opener {
	return func(_ *Matcher, title, body string, g gateBits) bool { return f(title, body, g) }
}

// named4Opens opens when a named4 shape, behind its gate (named4Open),
// alerts on the title with no lexicon hits.
func named4Opens(m *Matcher, title, body string, g gateBits) bool {
	return named4Open(g) && m.named4Alert(title, body, nil, false, &item{gateBits: g}).ok
}

// dl14Opens opens when the seller's pull (delist14.go), behind its gate,
// alerts on the title with no lexicon hits: a gate alone would hand the
// learned rescue every title with a word of pulling.
func dl14Opens(m *Matcher, title, body string, g gateBits) bool {
	return g.has(gDl14) && m.dl14Alert(title, body, nil, false, &item{gateBits: g}, unit{}).ok
}
