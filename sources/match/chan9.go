package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// A named vendor's own distribution channel turned, told with the vendor
// described, speaking or named beside its trade rather than bound to the
// channel (testdata/chan9.tsv): "Printer company Procolored offered
// malware-laced drivers", "Trust Wallet says hacked Chrome extension
// drained $7 million", "Hackers hijack update server of Korean document
// software maker to push backdoor" (the maker named by the lead), "Cloud
// video platform hacked to inject skimmer into 100+ sites" (named as
// written when no one names it). vendorchanAlert reads the channel bound
// to a name in one sentence; chan9Alert reads three pieces of evidence
// across the title and the lead's first sentence:
//
//   - a turn in the title: a word of tampering in any verb form, a harm
//     compound ("malware-laced"), a verb of shipping beside a payload
//     ("shipped with malware", "served a trojanized installer"), or a
//     supply chain attack;
//   - the vendor's channel (an update, installer, driver, extension, site,
//     script, SDK) in the title or, for a title that only describes the
//     vendor, in the lead beside a word of tampering or shipping, with a
//     payload or a purpose of shipping ("hacked to distribute");
//   - the owner: the title's speaker ("X says", "X:"), a name after its
//     trade ("Password manager Pastel Password"), a name before its
//     channel or product ("Procolored printer drivers", "Codecov code
//     coverage tool"), a name opening the title before the turn; else the
//     lead's name bound to a channel ("update infrastructure of South
//     Korean vendor Hanmirae Soft"), after the title's trade ("VPN
//     provider IPany") or as the object of the tampering ("abusing WIZVERA
//     VeraPort"); else the title's description as written.
//
// Kept out, as in vendorchan.go: copies the vendor never shipped (fake or
// typosquatted sites and installers, malvertising, cracked copies),
// exploited flaws, interception in transit and routers redirecting update
// requests, what only could happen; and attackers or reporters are never
// the owner.

var (
	// c9Chans are the channel words chan9 reads beyond chanHeads: what a
	// vendor ships besides updates and installers.
	c9Chans = wordSet(`driver drivers extension extensions add-on add-ons plugin plugins page
		homepage uploader sdk plug-in module`)
	// c9Supply opens the shape with a word of tampering: "abuse South
	// Korean security software in supply-chain attack" (gC9Supply).
	c9Supply = wordSet("supply supply-chain")
	// c9Adds put harm into a channel: "added dodgy code to our SDK".
	c9Adds = wordSet("added adds add planted plants slipped sneaked snuck put")
	// c9Uses are the tampering words that are also attackers using a
	// product ("hackers abuse remote management tool"): a turn only with
	// a supply chain or a channel of the vendor's in the title.
	c9Uses = wordSet("abuse abused abuses abusing used hacked")
	// c9Ship are verbs of shipping and the harm compounds that say what
	// was shipped ("malware-laced"); the gate's words (gC9Ship).
	c9Ship = wordSet(`shipped ships ship served serves serve offered offers delivered
		delivers deliver pushed pushes push distributed distribute distributes distributing
		spread spreads spreading drained drains drain carried included contained came dodgy
		malware-laced malware-laden malware-ridden malware-tainted trojan-laced backdoor-laced
		malware-infected`)
	// c9Kinds are a vendor's trade words: the head of a description
	// ("Korean document software maker") or the word before its name
	// ("Printer company Procolored").
	c9Kinds = wordSet(`maker makers company vendor provider developer firm platform authority
		manager publisher supplier manufacturer software service wallet exchange tool utility`)
	// c9Purpose are the verbs after "to" that make a break-in a channel's
	// turn: "hacked to distribute Cobalt Strike", "to inject skimmer".
	c9Purpose = wordSet(`push distribute spread deliver serve inject drain ship plant drop
		install infect`)
	// c9LeadVetoes in the lead's first sentence make the copies the
	// attackers' own or the channel the network's: "repackaged Zoom
	// installers from fake download sites", "routers ... redirect update
	// requests".
	c9LeadVetoes = union(wordSet(`lookalike look-alike typosquat typosquatted typosquatting impersonating
		impersonate posing spoofed bogus cloned counterfeit cracked pirated malvertising seo
		phishing lure lures exploit exploits exploited exploiting vulnerability vulnerabilities
		flaw flaws zero-day zero-days cve exploitation in-the-middle aitm mitm intercept intercepts
		intercepted infected demo demonstrated could impostor rogue fake fakes ads
		repackaged`))
	// c9Transit in a lead put a hijack of updates on the network, not the
	// vendor's servers: "a network implant ... on compromised routers".
	c9Transit = wordSet("routers router in-the-middle aitm mitm implant")
	// c9TitleVetoes are chanVetoes that veto wherever they stand; "fake"
	// vetoes only beside a channel (c9FakeChannel), since a fake popup can
	// be what a turned site showed.
	c9TitleVetoes = wordSet(`lookalike look-alike typosquat typosquatted typosquatting impersonating
		impersonate posing can spoofed bogus cloned counterfeit cracked pirated unofficial
		third-party malvertising seo phishing lure lures exploit exploits exploited
		exploiting vulnerability vulnerabilities flaw flaws zero-day zero-days cve bug bugs
		in-the-middle aitm mitm intercept intercepts intercepted infected demo patches
		patched fixes fixed demonstrated could lookalikes impostor rogue routers lessons
		bundled persistence disables disabled never denies denied deny`)
)

// chan9Open reports from a title's gate bits whether chan9Alert may read
// it: vendorchan's own gate, or a verb of shipping or harm compound with a
// payload or a channel, or a chan9 channel word with a word of tampering.
func chan9Open(g gateBits) bool {
	return vendorchanOpen(g) || g.has(gC9Ship) && g.any(gPayload, gChan, gC9Chan, gStrongTamper) ||
		g.has(gC9Chan) && g.any(gTamper, gStrongTamper) || g.has(gC9Supply) && g.any(gTamper, gStrongTamper, gPayload)
}

// chan9Alert reads the shape (the file's comment).
func (m *Matcher) chan9Alert(title, body string, hits []hit, question bool, gate *item) unit {
	if !chan9Open(gate.gateBits) {
		return unit{}
	}
	words := headline(gate.words(title))
	if inWords(words, c9TitleVetoes) || c9FakeChannel(words) || tr19ActedOn(words) {
		return unit{}
	}
	sent := firstSentence(body)
	lw := gate.words(sent)
	if sent == "" || inWords(lw, c9LeadVetoes) || c9ThirdPartySite(lw) {
		return unit{}
	}
	turn := c9Turn(words)
	if turn < 0 {
		return unit{}
	}
	if tw := lower(words[turn]); turn > 0 && strings.HasSuffix(tw, "s") && !strings.HasSuffix(tw, "ss") && (chanWords[lower(words[turn-1])] || c9Chans[lower(words[turn-1])]) {
		return unit{} // "Chrome extension injects JavaScript": the product acts itself, never turned
	}
	titleChan := c9ChanAt(words) >= 0
	supply := inWords(words, c9Supply)
	if c9Uses[lower(words[turn])] && lower(words[turn]) != "hacked" && !supply && !c9StrictChan(words) {
		return unit{} // attackers using a product ("abuses TryCloudflare to hide infrastructure")
	}
	if c9BreachNews(words) {
		return unit{} // a breach the vendor suffered, shoppers' cards stolen from its own store
	}
	payload := payloadIn(words) || payloadIn(lw) || c9Harmed(words) || c9Harmed(lw) || inWords(words, strongTamper)
	purpose := c9Purposed(words) || supply
	leadChan := c9ChanAt(lw) >= 0 && (tamperIn(lw) || inWords(lw, c9Ship) || inWords(lw, strongTamper)) ||
		tamperIn(lw) && c9Purposed(lw)
	if !payload && !purpose || !titleChan && !leadChan || !titleChan && !purpose && !inWords(words, c9Ship) {
		return unit{}
	}
	if c9CopiesOnly(words) && !ownedIn(words) && !ownedIn(lw) {
		return unit{} // "Trojanized Brisk PDF installers": copies anyone can pass around
	}
	name := c9TitleOwner(words, title, lw)
	if name == "" {
		name = c9LeadOwner(words, lw, sent)
	}
	if name == "" {
		name = c9Described(words, title)
	}
	if name == "" || c9Attacker(words, name) || c9Attacker(lw, name) {
		return unit{}
	}
	if st, _ := findName(words, name); (st < 0 || st > turn) && c9HarmAdjective(words[turn]) && !ownedIn(words) && !ownedIn(lw) {
		return unit{} // "Trojanized Super Mario Bros game", "Malware-laced 'RedAlert' app": a copy, not the vendor's release
	}
	u := m.scoreUnitWith(m.c9OwnHits(words, hits), true, false, question,
		&trust.SignalHit{Term: words[turn].text, Category: trust.CategoryCompromise, Weight: supplyWeight}, false)
	if !u.ok {
		return unit{}
	}
	u.vendors = []trust.VendorHit{{Name: name, Term: name, Unlisted: true}}
	u.category = trust.CategoryCompromise
	u.evidence = clean(title)
	if !strings.Contains(title, name) {
		u.inTitle, u.across = false, true
		u.evidence = clean(title) + " — " + clean(sent)
	}
	return u
}

// c9Turn is the index of the title's turn (the file's comment), or -1.
func c9Turn(ws []titleWord) int {
	for i, w := range ws {
		l := lower(w)
		switch {
		case strongTamper[l] || c9Ship[l] && strings.Contains(l, "-"):
			return i
		case tamperWords[l] && (l != "used" || i+1 < len(ws) && lower(ws[i+1]) == "to"):
			return i
		case (l == "supply" || l == "supply-chain") && i+1 < len(ws):
			return i
		case c9Ship[l] || c9Adds[l]:
			for k := i + 1; k < len(ws) && k <= i+4; k++ {
				if c9Adds[l] && k+1 < len(ws) && oneOf(lower(ws[k]), "dodgy", "malicious", "harmful", "tainted") {
					return i
				}
				if payloadWords[lower(ws[k])] || strongTamper[lower(ws[k])] || c9Ship[lower(ws[k])] && strings.Contains(lower(ws[k]), "-") {
					return i
				}
			}
		}
	}
	return -1
}

// c9ChanAt is the index of a channel word in ws, or -1.
func c9ChanAt(ws []titleWord) int {
	for i, w := range ws {
		if l := lower(w); chanHeads[l] || c9Chans[l] {
			return i
		}
	}
	return -1
}

// c9Harmed reports whether ws name harmful code without a payload word:
// "dodgy code", "malicious code" is payloadIn's.
func c9Harmed(ws []titleWord) bool {
	for i, w := range ws {
		if l := lower(w); c9Ship[l] && strings.Contains(l, "-") ||
			oneOf(l, "dodgy", "tainted", "harmful") && i+1 < len(ws) && oneOf(lower(ws[i+1]), "code", "version", "versions", "update", "script") {
			return true
		}
	}
	return false
}

// c9Purposed reports whether the title gives a break-in a purpose of
// shipping: "hacked to distribute", "to inject skimmer".
func c9Purposed(ws []titleWord) bool {
	for i := 0; i+1 < len(ws); i++ {
		if lower(ws[i]) == "to" && c9Purpose[lower(ws[i+1])] {
			return true
		}
	}
	return false
}

// c9FakeChannel reports whether "fake" or "fraudulent" stands before a
// channel within two words: "fake download sites", "fake Zoom installer".
func c9FakeChannel(ws []titleWord) bool {
	for i, w := range ws {
		if !oneOf(lower(w), "fake", "fakes", "fraudulent") {
			continue
		}
		for k := i + 1; k < len(ws) && k <= i+3; k++ {
			if l := lower(ws[k]); chanWords[l] || c9Chans[l] || mirrorNouns[l] || oneOf(l, "version", "versions", "copy", "copies") {
				return true
			}
		}
	}
	return false
}

// c9TitleOwner reads the owner in the title: its speaker, a name after
// its trade, a name before its channel or product, or a name opening the
// title right before the turn.
func c9TitleOwner(ws []titleWord, s string, lead []titleWord) string {
	if len(ws) == 0 {
		return ""
	}
	// The speaker: "Trust Wallet says", "Twilio:", "Password manager
	// Pastel Password says" (the name right before the verb).
	for v := 0; v < len(ws) && v < 7; v++ {
		if ws[v].stop && !ws[v].dash && v < 3 {
			// "Twilio:" speaks when the lead names it too ("Twilio has
			// admitted"); "GoldenSpy:" titles the malware the lead
			// finds in another maker's software.
			if n := c9Name(ws, 0, v, s); n != "" && c9InLead(lead, n) {
				return n
			}
			break
		}
		if v > 0 && oneOf(lower(ws[v]), "says", "said", "confirms", "admits", "warns") {
			st := v - 1
			for st > 0 && st > v-3 && hasUpperOrDigit(ws[st-1].text) && !ws[st-1].stop && !c9Kinds[lower(ws[st-1])] {
				st--
			}
			if n := c9Name(ws, st, v-1, s); n != "" {
				return n
			}
			break
		}
	}
	// A name after its trade: "Printer company Procolored".
	for i := 0; i+1 < len(ws) && i < 4; i++ {
		if c9Kinds[lower(ws[i])] && !ws[i].stop && !hasUpperOrDigit(ws[i].text[1:]) {
			if n := c9NameRun(ws, i+1, s); n != "" {
				return n
			}
		}
	}
	// A name before its channel or product, past no trade word ("Video
	// conferencing software maker's installer" describes its owner).
	for i, w := range ws {
		if l := lower(w); chanHeads[l] || c9Chans[l] || oneOf(l, "tool", "software", "app", "wallet") {
			n := chanOwnerBefore(ws, i, s)
			if n == "" || threatActor(ws, n) || !c9Confirmed(ws, n, lead) ||
				weakHeads[l] && (i == 0 || !ownsNext(ws[i-1])) { // "Redis servers" are anyone's
				continue
			}
			if st, _ := findName(ws, n); st >= 0 && !c9KindBetween(ws, st, i) {
				return n
			}
		}
	}
	// A name opening the title before the turn: "CoinMarketCap briefly
	// hacked", "Codecov hacked".
	if n := c9NameRun(ws, 0, s); n != "" && c9Confirmed(ws, n, lead) {
		k := len(strings.Fields(n))
		if k < len(ws) && (tamperWords[lower(ws[k])] || k+1 < len(ws) && strings.HasSuffix(lower(ws[k]), "ly") && tamperWords[lower(ws[k+1])]) {
			return n
		}
	}
	return ""
}

// c9NameRun reads a capitalised name of up to three words at word k.
func c9NameRun(ws []titleWord, k int, s string) string {
	if k >= len(ws) || !hasUpperOrDigit(ws[k].text) || !nameWord(ws[k]) {
		return ""
	}
	e := k
	for e+1 < len(ws) && e < k+2 && !ws[e].stop && !ownsNext(ws[e]) && hasUpperOrDigit(ws[e+1].text) &&
		(nameWord(ws[e+1]) || channelModifiers[lower(ws[e+1])]) { // "Pastel Password"
		e++
	}
	return c9Name(ws, k, e, s)
}

// c9Name is words st..e of s as a vendor's name, or "": chanName, and no
// research team or authority credited with a finding, no attackers.
func c9Name(ws []titleWord, st, e int, s string) string {
	n := chanName(ws, st, e, s)
	// "Operation SignSight:" is the campaign's title, not a speaker.
	if n == "" || lower(ws[st]) == "operation" || creditors[strings.ToLower(n)] || attackers[lower(ws[e])] || groupFamilies[lower(ws[e])] ||
		c9Kinds[strings.ToLower(n)] || chanHeads[strings.ToLower(n)] || c9Chans[strings.ToLower(n)] {
		return ""
	}
	return n
}

// c9LeadOwner reads the owner in the lead's first sentence lw (of sent):
// a name bound to a channel, before it or after "of", "for" or "from"
// past a description ("the update infrastructure of South Korean vendor
// Hanmirae Soft"); a name right after a trade word ("VPN provider
// IPany"); the object of a word of tampering ("abusing WIZVERA VeraPort").
// A name the lead puts before a verb of saying is its reporter.
func c9LeadOwner(words, lw []titleWord, sent string) string {
	ok := func(n string) bool {
		i := wordIndex(lw, n)
		return n != "" && !threatActor(lw, n) && !threatActor(words, n) && (i < 0 || i+1 >= len(lw) || !sayVerbs[lower(lw[i+1])] || c9OwnSpeech(lw, i))
	}
	for i, w := range lw {
		l := lower(w)
		if !chanHeads[l] && !c9Chans[l] {
			continue
		}
		if n := chanOwnerBefore(lw, i, sent); ok(n) && (!weakHeads[l] || i > 0 && ownsNext(lw[i-1])) {
			return n
		}
		e := i
		for e+1 < len(lw) && e < i+2 && !lw[e].stop && chanWords[lower(lw[e+1])] {
			e++
		}
		if e+2 < len(lw) && !lw[e].stop && oneOf(lower(lw[e+1]), "of", "for", "from") {
			if n := c9NameRun(lw, c9PastDescription(lw, e+2), sent); ok(n) {
				return n
			}
		}
	}
	for i, w := range lw {
		l := lower(w)
		if c9Kinds[l] && !w.stop && i+1 < len(lw) && !hasUpperOrDigit(w.text) {
			if n := c9NameRun(lw, i+1, sent); ok(n) {
				return n
			}
		}
		if (tamperWords[l] || strongTamper[l]) && l != "used" && i+1 < len(lw) && !w.stop {
			if n := c9NameRun(lw, c9PastDescription(lw, i+1), sent); ok(n) {
				return n
			}
		}
	}
	return ""
}

// c9PastDescription skips, from word k, an article and up to five words
// describing a vendor: its nation, trade and kind, in lower case or a
// nation's ("South Korean vendor", "a major point-of-sale provider").
func c9PastDescription(ws []titleWord, k int) int {
	for n := 0; k < len(ws) && n < 6 && !ws[k].stop; n++ {
		l := lower(ws[k])
		if !oneOf(l, "the", "a", "an") && !nationality[l] && !statePlaces[l] && hasUpperOrDigit(ws[k].text) {
			break
		}
		if !oneOf(l, "the", "a", "an") && !nationality[l] && !statePlaces[l] && !c9Kinds[l] && !channelModifiers[l] &&
			!productWords[l] && !oneOf(l, "major", "popular", "leading", "vpn", "document", "accounting", "point-of-sale",
			"certificate", "certification", "video", "cloud", "password", "security") {
			break
		}
		k++
	}
	return k
}

// c9Described is the title's description of the vendor as written, when
// it opens the title in lower-case words ending in a trade word: "Cloud
// video platform hacked to inject skimmer".
func c9Described(ws []titleWord, s string) string {
	for e := 0; e < len(ws) && e < 4; e++ {
		if hasUpperOrDigit(ws[e].text) && e > 0 || ws[e].stop && !c9Kinds[lower(ws[e])] {
			return ""
		}
		if c9Kinds[lower(ws[e])] && e > 0 {
			if e+1 < len(ws) && tamperWords[lower(ws[e+1])] {
				return strings.ToLower(s[ws[0].start:ws[e].end])
			}
			return ""
		}
	}
	return ""
}

// c9OwnHits are the title's hits without the routine phrases inside the
// shape's own words: one inside a compound ("sale" of "point-of-sale") or
// a channel's "used to spread".
func (m *Matcher) c9OwnHits(words []titleWord, hits []hit) []hit {
	out := make([]hit, 0, len(hits))
	for _, h := range hits {
		routine := false
		for _, r := range m.refs[h.pat] {
			routine = routine || r.kind == kindRoutine
		}
		if routine {
			last := wordEndingAt(words, h.off)
			n := int(m.ac.words[h.pat])
			if last >= 0 && strings.Contains(words[last].text, "-") && n < 1+strings.Count(words[last].text, "-") {
				continue
			}
			if f := hitFirst(words, last, n); f > 0 && lower(words[f]) == "used" && (chanWords[lower(words[f-1])] || c9Chans[lower(words[f-1])]) {
				continue // "update channel used to spread": the channel's turn, not a product used by attackers
			}
		}
		out = append(out, h)
	}
	return out
}

// capitalInLead reports whether the lead writes name capitalised past
// its first word: a title's opening "Procolored" that looks like a
// participle is a name the lead confirms ("the official software for
// Procolored printers").
func capitalInLead(lw []titleWord, name string) bool {
	for i := 1; i < len(lw); i++ {
		if lw[i].text == name && hasUpperOrDigit(name[:1]) {
			return true
		}
	}
	return false
}

// chan9After holds a compromise alert from any shape to who owned the
// channel, and reports whether it stands (settle, beside vendorchanAfter):
//
//   - a vendor that is no name of the title's (a lower-case kind or
//     channel word it holds: "page", "authority"; or a name only the
//     lead gives while the title names the owner: "Uploader" for
//     "Codecov code coverage tool") gives way to the title's owner, else
//     the lead's (c9LeadOwner: "a public web server of MonPass");
//   - a lead's name the title never gives, standing before a verb of
//     saying (a reporter: "ESET says") or where the lead names another
//     owner after the title's trade ("VPN provider IPany"), gives way to
//     that owner; a reporter with no owner to replace it is no alert;
//   - updates redirected by routers or intercepted in transit, and copies
//     the lead says were repackaged or served from fake sites, are the
//     attackers' channel when the title holds no word of the vendor's
//     channel being tampered with;
//   - a vendor's name used for its attackers ("SolarWinds hackers used
//     'Sunspot' malware") under a lead that publishes an analysis or
//     calls the attack known ("the hackers behind the SolarWinds attack")
//     tells a past compromise: coverage.
func chan9After(title, lead string, u *unit) bool {
	if u.category != trust.CategoryCompromise || len(u.vendors) == 0 {
		return true
	}
	words := headline(titleWords(title))
	sent := firstSentence(lead)
	lw := titleWords(sent)
	if i := c9Opening(words, u.vendors, lw); i >= 0 {
		// "Museum ticketing platform hacked": a sentence-case capital
		// opening a description, no name.
		if len(u.vendors) > 1 {
			u.vendors = append(u.vendors[:i:i], u.vendors[i+1:]...)
		} else if n := c9Described(words, title); n != "" {
			u.vendors = []trust.VendorHit{{Name: n, Term: n, Unlisted: true}}
		}
	}
	for _, v := range u.vendors {
		if s, _ := findName(words, v.Name); s >= 0 && s+1 < len(words) && attackers[lower(words[s+1])] &&
			(inWords(lw, c9Analysis) || c9KnownAttack(lw, v.Name)) {
			u.coverage = true // "SolarWinds hackers used 'Sunspot' malware": a past compromise looked back on
			return true
		}
	}
	if len(u.vendors) != 1 {
		return true
	}
	v := u.vendors[0]
	s, _ := findName(words, v.Name)
	if c9InTransit(lw) && inWords(words, c9Updates) && !namedUpdates(lowerWords(words), u) ||
		!tamperIn(words) && !inWords(words, strongTamper) && !ownedIn(words) && (inWords(lw, c9Repackaged) || c9FakeChannel(lw)) {
		return false
	}
	if !v.Unlisted {
		return true
	}
	lowerKind := s >= 0 && !hasUpperOrDigit(v.Name) || c9Kinds[strings.ToLower(v.Name)] || chanHeads[strings.ToLower(v.Name)] || c9Chans[strings.ToLower(v.Name)]
	owner := ""
	switch {
	case lowerKind:
		if owner = c9TitleOwner(words, title, lw); owner == "" {
			owner = c9LeadOwner(words, lw, sent)
		}
	case s < 0:
		owner = c9TitleOwner(words, title, lw)
		if owner == "" || !strings.Contains(title, owner) {
			owner = ""
			if n := c9LeadOwner(words, lw, sent); n != "" && c9KindShared(words, lw, n) {
				owner = n
			}
		}
		if owner == "" {
			if i := wordIndex(lw, v.Name); i >= 0 && i+1 < len(lw) && sayVerbs[lower(lw[i+1])] && !c9OwnSpeech(lw, i) && !c10Role(lw, i) &&
				!bd10Object(lw, i-len(strings.Fields(v.Name))+1) { // "Analysis of the Contec CMS8000 found"
				return false // the lead's reporter, and no owner
			}
		}
	}
	if owner != "" && !nameWithin(owner, v.Name) && !os12RegistryOnly(owner) {
		// A registry hosts the channel, it does not own it ("Open VSX
		// extension" — "The Solidity Pro extension was compromised":
		// oss12r.go).
		u.vendors = []trust.VendorHit{{Name: owner, Term: owner, Unlisted: true}}
	}
	return true
}

// c9KindShared reports whether the lead names n right after a trade word
// the title also gives ("South Korean VPN provider" — "VPN provider
// IPany"): the title described the owner the lead names.
func c9KindShared(words, lw []titleWord, n string) bool {
	i := wordIndex(lw, strings.Fields(n)[0])
	if i < 1 {
		return false
	}
	k := lower(lw[i-1])
	return c9Kinds[k] && inWords(words, set(k))
}

// c9Confirmed reports whether n, read in title words ws, is a name: past
// the title's first word any capital is, and an opening capital must be
// written as no word is ("CoinMarketCap", "EmEditor") or be given by the
// lead too ("Procolored"); "Payroll software maker's" opens a
// description in sentence case.
func c9Confirmed(ws []titleWord, n string, lead []titleWord) bool {
	if st, _ := findName(ws, n); st < 0 || st > 0 && !ws[st-1].stop {
		return true // "GoldenSpy: Tax software" opens a sentence too
	}
	if strings.ContainsAny(n[1:], "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789{.") {
		return true
	}
	for i, w := range lead {
		// Not the tail of the lead's longer name ("the Intelligent Tax
		// app"); an article or preposition opening it is no name's.
		if w.text == strings.Fields(n)[0] && (i == 0 || lead[i-1].stop || !hasUpperOrDigit(lead[i-1].text[:1]) ||
			oneOf(lower(lead[i-1]), "the", "a", "an", "in", "on", "at", "by", "for", "from", "with", "of")) {
			return true
		}
	}
	return false
}

// c9InLead reports whether the lead writes n's first word.
func c9InLead(lead []titleWord, n string) bool {
	first := strings.Fields(n)[0]
	for _, w := range lead {
		if strings.EqualFold(w.text, first) {
			return true
		}
	}
	return false
}

// c9KindBetween reports whether a trade word stands between words st and
// e: the run before the channel describes its owner.
func c9KindBetween(ws []titleWord, st, e int) bool {
	for k := st + 1; k < e; k++ {
		if c9Kinds[lower(ws[k])] {
			return true
		}
	}
	return false
}

// c9OwnSpeech reports whether the lead, after word i, has its speaker
// tell of its own channel ("Ledgerly says attackers replaced installers
// on its download site"): the speaker is the owner, not a reporter.
func c9OwnSpeech(lw []titleWord, i int) bool {
	for k := i + 1; k < len(lw); k++ {
		if oneOf(lower(lw[k]), "its", "our") {
			for j := k + 1; j < len(lw) && j <= k+3; j++ {
				if chanHeads[lower(lw[j])] || c9Chans[lower(lw[j])] {
					return true
				}
			}
		}
	}
	return false
}

// c9CopiesOnly reports whether every channel word of the title is one that
// also names a copy anyone can pass around (copyHeads: "installers").
func c9CopiesOnly(ws []titleWord) bool {
	n := 0
	for _, w := range ws {
		if l := lower(w); chanHeads[l] || c9Chans[l] {
			if !copyHeads[l] {
				return false
			}
			n++
		}
	}
	return n > 0
}

// chan9After's word sets, built once rather than on every alert: a later
// look at a past compromise, a channel of updates, a copy repackaged.
var (
	c9Analysis   = wordSet("analysis post-mortem details")
	c9Updates    = wordSet("update updates updater updaters")
	c9Repackaged = wordSet("repackaged")
)

// c9InTransit reports whether a lead puts the hijack on the network
// (c9Transit), a router not being a maker's trade ("router maker Zentrix").
func c9InTransit(lw []titleWord) bool {
	for i, w := range lw {
		l := lower(w)
		if !c9Transit[l] || i+1 < len(lw) && c9Kinds[lower(lw[i+1])] {
			continue
		}
		// Routers are the network only when traffic through them is
		// turned aside: "pushed a trojanized firmware image to its
		// routers" names where the maker's own update went.
		if !p9devices[l] || inWords(lw, p9divert) {
			return true
		}
	}
	return false
}

// c9Attacker is threatActor, except that a name ending a phrase is not
// followed by the attackers it names: "Quorra: Attackers added ...".
func c9Attacker(ws []titleWord, n string) bool {
	if _, e := findName(ws, n); e >= 0 && ws[e].stop {
		return false
	}
	return threatActor(ws, n)
}

// c9ThirdPartySite reports whether a lead's copies came from a third
// party's or an unofficial site ("from unofficial mirrors"); a third-party
// widget on the vendor's own site is still its channel.
func c9ThirdPartySite(lw []titleWord) bool {
	for i := 0; i+1 < len(lw); i++ {
		if oneOf(lower(lw[i]), "third-party", "unofficial") && mirrorNouns[lower(lw[i+1])] {
			return true
		}
	}
	return false
}

// c9StrictChan reports whether the title holds a channel word that is
// only ever a vendor's way of shipping (not a server, site or
// infrastructure anyone runs: weakHeads).
func c9StrictChan(ws []titleWord) bool {
	for _, w := range ws {
		if l := lower(w); (chanHeads[l] || c9Chans[l]) && !weakHeads[l] {
			return true
		}
	}
	return false
}

// c9HarmAdjective reports whether w says a copy is harmful before naming
// it: "Trojanized", "Malware-laced".
func c9HarmAdjective(w titleWord) bool {
	l := lower(w)
	return strongTamper[l] || c9Ship[l] && strings.Contains(l, "-")
}

// c9BreachNews reports whether a title tells a breach the vendor
// suffered: "discloses data breach", or cards stolen from its own site
// with no other sites the code was put into.
func c9BreachNews(ws []titleWord) bool {
	card, others := false, false
	for i, w := range ws {
		l := lower(w)
		if l == "data" && i+1 < len(ws) && oneOf(lower(ws[i+1]), "breach", "leak") {
			return true
		}
		card = card || oneOf(l, "credit", "card", "cards", "payment")
		others = others || oneOf(l, "into", "supply", "supply-chain", "sites", "stores", "websites", "shops", "merchants")
	}
	return card && !others
}

// c9Opening is the index in vs of an unlisted vendor that is only the
// title's first word written in sentence case before a description
// ending in a trade word ("Remote support vendor Castwise", "Museum
// ticketing platform"), or -1.
func c9Opening(ws []titleWord, vs []trust.VendorHit, lead []titleWord) int {
	if len(ws) < 3 {
		return -1
	}
	for i, v := range vs {
		if !v.Unlisted || v.Name != ws[0].text || c9Confirmed(ws, v.Name, lead) {
			continue
		}
		for k := 1; k < len(ws) && k <= 3 && !hasUpperOrDigit(ws[k].text); k++ {
			// A company's trade describes; a product's ("backup tool")
			// may follow a brand, so only a lead that never names the
			// word makes it a description.
			if makerNouns[lower(ws[k])] || oneOf(lower(ws[k]), "provider", "developer", "publisher") ||
				c9Kinds[lower(ws[k])] && len(lead) > 0 {
				return i
			}
		}
	}
	return -1
}

// lossAfterTurn reports whether a compromise title tells a loss right
// before "after" the vendor's own channel turned: "BadgerDAO loses $120
// million after malicious script injected into its front end", "US govt,
// FireEye breached after SolarWinds supply-chain attack". The loss is the
// day's news of the turn, not a past event looked back on (afterClause).
func lossAfterTurn(title string, u *unit) bool {
	if u.category != trust.CategoryCompromise {
		return false
	}
	words := titleWords(title)
	for i := 1; i+2 < len(words); i++ {
		if lower(words[i]) != "after" {
			continue
		}
		loss := false
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			loss = loss || oneOf(lower(words[k]), "loses", "lost", "drained", "breached", "hit", "robbed", "infected")
		}
		if !loss {
			return false
		}
		rest := words[i+1:]
		for k, w := range rest {
			l := lower(w)
			if l == "its" && k+2 < len(rest) && (chanWords[lower(rest[k+1])] || c9Chans[lower(rest[k+1])] ||
				lower(rest[k+1]) == "front" && lower(rest[k+2]) == "end") {
				return true // "into its front end"
			}
			if (l == "supply-chain" || l == "supply" && k+1 < len(rest) && lower(rest[k+1]) == "chain") && k > 0 &&
				hasUpperOrDigit(rest[k-1].text) {
				return true // "SolarWinds supply-chain attack"
			}
		}
		return false
	}
	return false
}

// c9KnownAttack reports whether a lead refers to the vendor's attack as
// one already known: "the hackers behind the SolarWinds attack".
func c9KnownAttack(lw []titleWord, name string) bool {
	for i := 0; i+3 < len(lw); i++ {
		if lower(lw[i]) == "behind" && lower(lw[i+1]) == "the" && lw[i+2].text == name &&
			oneOf(lower(lw[i+3]), "attack", "hack", "breach", "compromise", "campaign", "intrusion") {
			return true
		}
	}
	return false
}
