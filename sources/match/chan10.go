package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// chan10PastBase skips, from word k of a lead, where a maker is based
// when it stands before the maker's name: a possessive place ("India's
// MicroWorld Technologies", "China's Transsion") or a run ending in
// "-based" ("Hong Kong-based BigNox"). A possessive is a place only before
// another capitalised word; "BigNox's servers" is the name itself.
func chan10PastBase(lw []titleWord, k int) int {
	if k+1 < len(lw) && ownsNext(lw[k]) && !lw[k].stop && hasUpperOrDigit(lw[k+1].text) && chan10Place(lw[k].text) {
		return k + 1
	}
	for e := k; e < len(lw) && e <= k+2 && !lw[e].stop; e++ {
		if !hasUpperOrDigit(lw[e].text) {
			break
		}
		if strings.HasSuffix(lw[e].lc(), "-based") {
			if e+1 < len(lw) {
				return e + 1
			}
			break
		}
	}
	return k
}

// chan10Place reports whether w names a country or a region.
func chan10Place(w string) bool {
	l := strings.ToLower(w)
	return places[l] || otherStates[l] || nationality[l]
}

// chan10After names the owner of a channel a compromise alert named by
// its platform ("Chrome" of "firm's Chrome extension hijacked", "AWS-hosted"
// of "the provider's AWS-hosted front end"): the lead's speaker telling
// of its own channel ("Cyberhaven says ... its extension"), or the
// vendor whose staff the lead says were compromised ("a Safe{Wallet}
// developer's machine"). A store or a cloud host is never the channel's
// owner.
func chan10After(title, lead string, u *unit) bool {
	if u.category != trust.CategoryCompromise && u.category != trust.CategoryOSS || len(u.vendors) == 0 {
		return true
	}
	if u.category == trust.CategoryCompromise {
		if chan10Vetoed(title, lead) {
			return false
		}
		chan10Opening(title, lead, u)
		chan10TitleFirst(title, lead, u) // a package's name is the lead's to give (names4.go, oss10.go)
	}
	if len(u.vendors) != 1 || !u.vendors[0].Unlisted {
		return true
	}
	l := strings.ToLower(u.vendors[0].Name)
	if !strings.HasSuffix(l, "-hosted") && !p5Browsers[l] && !p5platformWords[l] {
		return true
	}
	sent := firstSentence(lead)
	if n := chan10LeadOwner(titleWords(sent), sent); n != "" {
		u.vendors = []trust.VendorHit{{Name: n, Term: n, Unlisted: true}}
	}
	return true
}

// chan10Vetoed reports whether a compromise alert's title and lead tell
// what never went through the vendor: a signing key stolen and used on
// anyone's malware, with no build of the vendor's signed ("Stolen Nvidia
// code signing certificates used to sign malware"); a flaw exploited in
// servers the customers run, whose files the attackers replaced
// ("exploited a vulnerability in Sangfor SSL VPN servers run by
// government agencies"): attackers using a product (trust-events.md).
func chan10Vetoed(title, lead string) bool {
	words := titleWords(title)
	lw := titleWords(firstSentence(lead))
	if (c10Signing(words) || c10Signing(lw)) && inWords(words, c10Taken) && !inWords(words, c10Builds) && !inWords(lw, c10Builds) {
		return true
	}
	return inWords(lw, c10Exploited) && inWords(lw, c10Flaws) && c10CustomersRun(lw)
}

var (
	// c10Taken are the words of a key taken from its owner.
	c10Taken = wordSet("stolen leaked leak theft stole")
	// c10Exploited and c10Flaws tell a flaw exploited.
	c10Exploited = wordSet("exploited exploiting exploit exploits")
	c10Flaws     = wordSet("vulnerability vulnerabilities flaw flaws bug zero-day zero-days")
)

// c10CustomersRun reports whether a lead says the servers were the
// customers': "run by", "operated by", "self-hosted", "customers'".
func c10CustomersRun(lw []titleWord) bool {
	for i, w := range lw {
		l := lower(w)
		if oneOf(l, "self-hosted", "on-premises", "on-premise") || oneOf(l, "customers", "customer", "clients") && ownsNext(w) ||
			oneOf(l, "run", "operated", "managed") && i+1 < len(lw) && lower(lw[i+1]) == "by" {
			return true
		}
	}
	return false
}

// chan10Opening replaces a vendor that is only the title's sentence-case
// first word opening a description of the product ("Media player update
// mechanism hijacked", the lead writing "a media player") with the lead's
// owner of the channel ("the download servers of Hexaloop") and the
// maker the lead gives for it ("made by Singapore-based Tarvo Systems").
func chan10Opening(title, lead string, u *unit) {
	words := headline(titleWords(title))
	if len(u.vendors) != 1 || !u.vendors[0].Unlisted || len(words) < 3 || u.vendors[0].Name != words[0].text ||
		hasUpperOrDigit(words[1].text) || !c10Trades[lower(words[1])] && !productWords[lower(words[1])] {
		return
	}
	sent := firstSentence(lead)
	lw := titleWords(sent)
	if !lowerIn(lw, []string{words[0].text}) {
		return // only a lead writing the word in lower case ("a media player") unmakes the name ("Conceptworld software")
	}
	n := c9LeadOwner(words, lw, sent)
	if n == "" {
		n = c10LeadOf(lw, sent)
	}
	if n == "" || !c10NameOK(n) {
		return
	}
	u.vendors = []trust.VendorHit{{Name: n, Term: n, Unlisted: true}}
	for _, mk := range leadMakers(sent, lw, u.vendors) {
		if !nameWithin(mk, n) && len(u.vendors) < maxNamed {
			u.vendors = append(u.vendors, trust.VendorHit{Name: mk, Term: mk, Unlisted: true})
		}
	}
}

// chan10TitleFirst puts the title's owner of the channel before the
// names only the lead gives: "Gravity Forms WordPress plugin backdoored"
// names Gravity Forms beside the lead's "RocketGenius's own servers", and
// "Notepad++ fixes updater" Notepad++ beside the lead's "WinGUp updater".
func chan10TitleFirst(title, lead string, u *unit) {
	words := headline(titleWords(title))
	for _, v := range u.vendors {
		if s, _ := findName(words, v.Name); s >= 0 || !v.Unlisted {
			return
		}
	}
	lw := titleWords(firstSentence(lead))
	n := c10TitleOwner(words, title, lw)
	if n == "" || !strings.Contains(title, n) || threatActor(words, n) || len(u.vendors) >= maxNamed {
		return
	}
	u.vendors = append([]trust.VendorHit{{Name: n, Term: n, Unlisted: true}}, u.vendors...)
}

// chan10Staff are the vendor's people whose machines or accounts let
// attackers into its channel: "a Safe{Wallet} developer's machine".
var chan10Staff = wordSet("developer developers employee employees engineer engineers staff maintainer")

// chan10LeadOwner is the owner of the channel in a lead's sentence lw (of
// sent): its opening speaker when it later tells of "its" or "our"
// channel, else a name right before one of its staff; a platform, a
// store or attackers are no owner.
func chan10LeadOwner(lw []titleWord, sent string) string {
	ok := func(n string) bool {
		l := strings.ToLower(n)
		return n != "" && !p5Browsers[l] && !p5platformWords[l] && !platformActors[l] && !threatActor(lw, n) && !creditors[l]
	}
	if len(lw) > 2 {
		e := 0
		for e+1 < len(lw) && e < 2 && !lw[e].stop && hasUpperOrDigit(lw[e+1].text) && nameWord(lw[e+1]) {
			e++
		}
		if e+1 < len(lw) && !lw[e].stop && speechVerbs[lower(lw[e+1])] && c9OwnSpeech(lw, e+1) {
			if n := c9Name(lw, 0, e, sent); ok(n) {
				return n
			}
		}
	}
	for i := 1; i < len(lw); i++ {
		if chan10Staff[lower(lw[i])] && !lw[i-1].stop && hasUpperOrDigit(lw[i-1].text) {
			if n := chanOwnerBefore(lw, i, sent); ok(n) {
				return n
			}
		}
	}
	return ""
}

// A named vendor's own channel turned, told by evidence the older shapes
// (vendorchan.go, chan9.go) read only in one sentence or one order
// (testdata/chan10.tsv): the turn, the channel and the payload may each
// stand in the title or in the lead's first sentence, and the owner is
// the title's name or the lead's name for the channel:
//
//   - a release that shipped the harm: "pushed a trojan to handsets
//     through an update", "turned into crypto stealer by patch",
//     "extension pushed update that drained funds", "a malicious build
//     being signed and distributed";
//   - the vendor's site or front end serving it: "homepage served wallet
//     drainer", "its installers were replaced with versions carrying the
//     PhantomNet backdoor";
//   - a product's own mechanism abused to ship: "abused WIZVERA VeraPort
//     ... to push signed malware through its legitimate installation
//     mechanism", only beside a supply chain attack or the mechanism
//     called legitimate or official (else attackers using a product).
//
// Kept out as chan9 keeps them: copies from fake or typosquatted sites,
// malvertising, flaws exploited, what only could happen, research; and a
// fix is news of the turn only when the harm follows it ("fixes updater
// after users receive malicious executables").
var (
	// c10Chans are the vendor's ways of shipping: what it releases and
	// where users fetch it.
	c10Chans = wordSet(`update updates updater upgrade upgrades patch release releases build
		builds firmware installer installers homepage website site download downloads
		extension extensions front front-end frontend mechanism toolkit version versions signing
		plugin add-on app`)
	// c10Releases are the channel words only a vendor ever ships: bound
	// to it with no owning word.
	c10Releases = wordSet(`update updates updater upgrade upgrades patch release releases build
		builds firmware signing`)
	// c10Ships are the verbs that move harm down a channel, beyond
	// c9Ship's.
	c10Ships = wordSet(`installed installs added adds dropped drops sent receive received carrying
		infected infect infects emptied signed containing injected`)
	// c10Turns open the shape in a title the older gates leave shut:
	// "Chinese phone maker infected 20 million devices on purpose".
	c10Turns = wordSet("infected infect infects infecting")
	// c10Legit call a product's own mechanism the vendor's: an abuse of
	// it ships through the vendor.
	c10Legit = wordSet("legitimate official")
	// c10TitleVetoes make the channel the attackers' or the story a flaw,
	// a study or a copy; c9TitleVetoes less the fixes a turn can follow
	// and "third-party" (a widget on the vendor's own homepage).
	c10TitleVetoes = wordSet(`lookalike look-alike typosquat typosquatted typosquatting impersonating
		impersonate posing can spoofed bogus cloned counterfeit cracked pirated unofficial
		malvertising seo phishing lure lures exploit exploits exploited exploiting
		vulnerability vulnerabilities flaw flaws zero-day zero-days cve bug bugs in-the-middle
		aitm mitm intercept intercepts intercepted demo demonstrated could lookalikes impostor
		rogue routers lessons bundled fake fakes researchers study show shows how why
		flags flagged wrongly mistakenly false disguised disguise disguises masquerading evil
		using persistence disables disabled check checks accidental never denies denied deny`)
	// c10LeadVetoes are c9LeadVetoes less "fake" (a turned site shows a
	// fake pop-up: c9FakeChannel reads a fake channel) and "infected".
	c10LeadVetoes = wordSet(`lookalike look-alike typosquat typosquatted typosquatting impersonating
		impersonate posing spoofed bogus cloned counterfeit cracked pirated malvertising seo
		phishing lure lures exploit exploits exploited exploiting vulnerability vulnerabilities
		flaw flaws zero-day zero-days cve exploitation in-the-middle aitm mitm intercept
		intercepts intercepted demo demonstrated could impostor rogue ads repackaged proof`)
)

// chan10Open reports from a title's gate bits whether chan10Alert may
// read it: the older channel shapes' gates, a word of infecting, or a
// supply chain attack whose turn only the lead tells.
func chan10Open(g gateBits) bool {
	return chan9Open(g) || g.any(gC10Turn, gC9Supply)
}

// chan10Alert reads the shape (the comment above c10Chans).
func (m *Matcher) chan10Alert(title, body string, hits []hit, question bool, gate *item) unit {
	if !chan10Open(gate.gateBits) || question {
		return unit{}
	}
	words := headline(gate.words(title))
	if inWords(words, c10TitleVetoes) || c9FakeChannel(words) || c9BreachNews(words) || c10FixOnly(words) || tr19ActedOn(words) {
		return unit{}
	}
	sent := firstSentence(body)
	lw := gate.words(sent)
	if sent == "" || inWords(lw, c10LeadVetoes) || c9FakeChannel(lw) || c9ThirdPartySite(lw) || c9InTransit(lw) {
		return unit{}
	}
	if !payloadIn(words) && !payloadIn(lw) && !c9Harmed(words) && !c9Harmed(lw) && !inWords(words, strongTamper) && !inWords(lw, strongTamper) {
		return unit{}
	}
	ch, inTitle := c10Channel(words), true
	if ch < 0 {
		ch, inTitle = c10Channel(lw), false
	}
	supply := inWords(words, c9Supply)
	if ch < 0 && !supply || (c10Signing(words) || c10Signing(lw)) && !inWords(words, c10Builds) && !inWords(lw, c10Builds) {
		// A supply chain attack's channel may be the product itself
		// ("abused WIZVERA VeraPort"); a signing key is the vendor's
		// channel only with a build of its own signed ("Stolen
		// certificates used to sign malware" is anyone's malware).
		return unit{}
	}
	turn := c10Turn(words)
	if turn < 0 && c10Turn(lw) < 0 {
		return unit{}
	}
	if c10UseOnly(words, lw) {
		return unit{} // attackers using a product ("hackers abuse remote tool to push ransomware")
	}
	cw := lw
	if inTitle {
		cw = words
	}
	if !supply && !c10Releases[lower(cw[ch])] && !ownedIn(words) && !ownedIn(lw) && !inWords(lw, c10Legit) && !c10Bound(cw, ch) {
		return unit{} // a site or an app anyone runs, not said to be the vendor's
	}
	if c9CopiesOnly(words) && !ownedIn(words) && !ownedIn(lw) {
		return unit{} // "Trojanized Brisk PDF installers": copies anyone can pass around
	}
	if turn >= 0 && c10HarmFirst(words, turn) {
		return unit{} // "CanesSpy spyware discovered in modified WhatsApp versions": the harm is the news's subject
	}
	name := c10Owner(words, title, lw, sent)
	if name == "" || c9Attacker(words, name) || c9Attacker(lw, name) {
		return unit{}
	}
	if st, _ := findName(words, name); turn >= 0 && (st < 0 || st > turn) && c9HarmAdjective(words[turn]) && !ownedIn(words) && !ownedIn(lw) {
		return unit{} // "Malware-laced 'RedAlert' app", "Trojanized Telegram apps": a copy, not the vendor's release
	}
	term := title
	if turn >= 0 {
		term = words[turn].text
	}
	u := m.scoreUnitWith(m.c9OwnHits(words, hits), true, false, question,
		&trust.SignalHit{Term: term, Category: trust.CategoryCompromise, Weight: supplyWeight}, false)
	if !u.ok {
		return unit{}
	}
	u.vendors = []trust.VendorHit{{Name: name, Term: name, Unlisted: true}}
	u.category = trust.CategoryCompromise
	u.evidence = clean(title)
	if !strings.Contains(title, name) || turn < 0 || ch < 0 || !inTitle {
		u.inTitle, u.across = false, true
		u.evidence = clean(title) + " — " + clean(sent)
	}
	return u
}

// c10Channel is the index of the first channel word in ws, or -1; "front"
// counts only as "front end".
func c10Channel(ws []titleWord) int {
	for i, w := range ws {
		l := lower(w)
		if !c10Chans[l] || l == "front" && (i+1 >= len(ws) || lower(ws[i+1]) != "end") ||
			l == "signing" && (i+1 >= len(ws) || !oneOf(lower(ws[i+1]), "key", "keys", "certificate")) {
			continue
		}
		return i
	}
	return -1
}

// c10Builds are what a vendor builds and ships: a stolen signing key
// turns its channel only when one of them was signed.
var c10Builds = wordSet("build builds release releases update updates version versions app apk")

// c10Signing reports whether ws tell of a signing key or certificate.
func c10Signing(ws []titleWord) bool {
	for i := 0; i+1 < len(ws); i++ {
		if oneOf(lower(ws[i]), "signing", "code-signing") && oneOf(lower(ws[i+1]), "key", "keys", "certificate", "certificates") {
			return true
		}
	}
	return false
}

// c10Turn is the index of a word in ws that turns a channel or moves harm
// down it, or -1: a tampering word, a shipping verb, "turned into".
func c10Turn(ws []titleWord) int {
	for i, w := range ws {
		l := lower(w)
		if strongTamper[l] || tamperWords[l] && (l != "used" || i+1 < len(ws) && lower(ws[i+1]) == "to") || c9Ship[l] || c10Ships[l] {
			return i
		}
	}
	return -1
}

// c10UseOnly reports whether the only turn of title and lead is a product
// used or abused, with no supply chain in the title and no mechanism of
// the product's own called legitimate in the lead: attackers using it.
func c10UseOnly(words, lw []titleWord) bool {
	for _, ws := range [][]titleWord{words, lw} {
		for _, w := range ws {
			l := lower(w)
			if strongTamper[l] || c9Ship[l] || c10Ships[l] || tamperWords[l] && !c9Uses[l] && l != "used" {
				return false
			}
		}
	}
	return !inWords(words, c9Supply) && !inWords(lw, c10Legit)
}

// c10Bound reports whether the channel at word i of ws is bound to an
// owner: a possessive or capitalised name before it, or "of" a name after.
func c10Bound(ws []titleWord, i int) bool {
	if i > 0 && (ownsNext(ws[i-1]) || hasUpperOrDigit(ws[i-1].text) && nameWord(ws[i-1])) {
		return true
	}
	return i+2 < len(ws) && lower(ws[i+1]) == "of" && (hasUpperOrDigit(ws[i+2].text) || lower(ws[i+2]) == "the")
}

// c10FixOnly reports whether a title tells a fix or a patch with no harm
// following it: a fix "after users receive malicious executables" is the
// turn's news, a patch alone a flaw's.
func c10FixOnly(ws []titleWord) bool {
	fix := -1
	for i, w := range ws {
		if oneOf(lower(w), "fixes", "fixed", "patches", "patched", "hardens", "hardened") {
			fix = i
			break
		}
	}
	if fix < 0 {
		return false
	}
	for k := fix + 1; k+1 < len(ws); k++ {
		if lower(ws[k]) == "after" {
			return !payloadIn(ws[k+1:]) && !inWords(ws[k+1:], strongTamper)
		}
	}
	return true
}

// c10Owner is the channel's owner: the title's name for it (chan9's
// readings), the lead's (its developer, its site's owner, a subsidiary's
// parent, chan9's), else a name the title gives that the lead repeats.
func c10Owner(words []titleWord, title string, lw []titleWord, sent string) string {
	if n := c10TitleOwner(words, title, lw); n != "" {
		return n
	}
	if n := c10LeadOf(lw, sent); n != "" {
		return n
	}
	if n := c9LeadOwner(words, lw, sent); n != "" && c10NameOK(n) {
		return n
	}
	if n := chan10LeadOwner(lw, sent); n != "" {
		return n
	}
	for i := range words {
		if i > 0 && !c10Trades[lower(words[i-1])] && !c9InLead(lw, words[i].text) {
			continue // a name only after its trade ("Steam game BlockBlasters") or repeated by the lead
		}
		n := c9NameRun(words, i, title)
		if n == "" || !c10NameOK(n) || threatActor(words, n) {
			continue
		}
		if c9Confirmed(words, n, lw) && (i > 0 || c9InLead(lw, n)) || i == 0 && c10OpensVerb(words, n) {
			return n
		}
	}
	return ""
}

// c10Trades are the kinds of product a title writes before the product's
// name: "Steam game BlockBlasters", "Android emulator NoxPlayer".
var c10Trades = wordSet(`game app client emulator extension plugin wallet tool software utility
	editor player manager browser maker vendor developer company firm provider`)

// c10LeadOf reads a lead's owner written with its role: "the developer of
// SmartTube", "the website of the Vietnam Government Certification
// Authority", "a Gionee subsidiary".
func c10LeadOf(lw []titleWord, sent string) string {
	for i, w := range lw {
		l := lower(w)
		if oneOf(l, "developer", "developers", "maker", "website", "site", "publisher") && i+2 < len(lw) && !w.stop && lower(lw[i+1]) == "of" {
			k := i + 2
			if lower(lw[k]) == "the" && k+1 < len(lw) {
				k++
			}
			if n := c10LongName(lw, k, sent); n != "" && c10NameOK(n) {
				return n
			}
		}
		if oneOf(l, "subsidiary", "unit") && i > 0 && !lw[i-1].stop {
			if n := chanOwnerBefore(lw, i, sent); n != "" && c10NameOK(n) {
				return n
			}
		}
	}
	return ""
}

// c10NameOK reports whether n can own a channel: no platform or store,
// no researcher credited.
func c10NameOK(n string) bool {
	l := strings.ToLower(n)
	f := strings.ToLower(strings.Fields(n)[0])
	return !p5Browsers[l] && !p5platformWords[l] && !platformActors[l] && !creditors[l] && !creditors[f] && !p5Browsers[f] && !p5platformWords[f] &&
		!(chan10Place(f) && !strings.Contains(n, " ")) &&
		!c10Months[f] &&
		!oneOf(f, "steam", "youtube", "aws", "google", "apple", "microsoft", "wordpress", "eset", "kaspersky", "avast")
}

// c10Months are no owner: "its July release".
var c10Months = wordSet(`january february march april may june july august september october
	november december`)

// c10LongName reads a capitalised name of up to four words at word k: an
// institution's full name ("Vietnam Government Certification Authority").
func c10LongName(ws []titleWord, k int, s string) string {
	if k >= len(ws) || !hasUpperOrDigit(ws[k].text) || !nameWord(ws[k]) {
		return ""
	}
	e := k
	for e+1 < len(ws) && e < k+3 && !ws[e].stop && !ownsNext(ws[e]) && hasUpperOrDigit(ws[e+1].text) &&
		(nameWord(ws[e+1]) || chan10Place(ws[k].text) && oneOf(lower(ws[e+1]), "government", "national", "state")) {
		e++
	}
	if e-k >= 2 && chan10Place(ws[k].text) {
		// A state's institution is named for its state: chanName
		// refuses a place's name, not "Vietnam Government
		// Certification Authority".
		if n := s[ws[k].start:ws[e].end]; vendorName(n) {
			return n
		}
	}
	return c9Name(ws, k, e, s)
}

// c10OpensVerb reports whether a sentence-case title opens with the
// one-word name n right before its verb of shipping or fixing ("Quillora
// fixes updater after ..."), n no inflected word ("Hijacked", "Updates"):
// the subject of the news, not a word capitalised by the sentence.
func c10OpensVerb(words []titleWord, n string) bool {
	if strings.Contains(n, " ") || len(words) < 3 || inflectedWord(strings.ToLower(n)) || words[0].stop {
		return false
	}
	l := lower(words[1])
	return oneOf(l, "fixes", "patches", "hardens", "says", "confirms", "warns", "admits") || c10Ships[l] || c9Ship[l]
}

// c10Role reports whether the name at word i of a lead is written with
// its role ("the developer of Quuxcast said"): the owner speaking, not a
// reporter.
func c10Role(lw []titleWord, i int) bool {
	return i >= 2 && lower(lw[i-1]) == "of" && oneOf(lower(lw[i-2]), "developer", "developers", "maker", "publisher", "maintainer", "creator")
}

// c10TitleOwner is the title's owner of the channel: chan9's readings, or
// a one-word name opening the title before its verb ("Notepad++ fixes
// updater after ...").
func c10TitleOwner(words []titleWord, title string, lw []titleWord) string {
	if n := c9TitleOwner(words, title, lw); n != "" && c10NameOK(n) {
		return n
	}
	if n := c9NameRun(words, 0, title); n != "" && c10NameOK(n) && !threatActor(words, n) && c10OpensVerb(words, n) {
		return n
	}
	return ""
}

// c10HarmFirst reports whether a payload stands in the title before its
// turn: the malware is what the title is about ("Ransomware toolkit
// turns into wiper", "Spyware discovered in modified versions"), not what
// a channel shipped.
func c10HarmFirst(words []titleWord, turn int) bool {
	return payloadIn(words[:turn])
}
