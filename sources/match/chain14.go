package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// chain14 (fourteenth round): a named vendor's compromise, its malware
// shipped through the vendor's own channel (trust-events.md
// `compromise`), read by structure rather than by one word order, and
// which name such an alert gives.
//
// Counts over the unread batches (no row read) said that of ~100 named
// compromises 5 had no alert and 15 named someone else, mostly a name in
// the title while the label's stood in the summary: a product in the
// title and its maker in the lead, or the reverse. So every compromise
// alert, whatever path made it, names both the product and its maker when
// the text ties them ("Y's X", "X from Y", "X, made by Y", "Y, the
// developer of X", "the Y-owned X", "Y confirms ... its X"), the maker
// first when the story is its own, and a kind ("Popular PDF tool") is no
// name beside a real one (ch14Name).
//
// The reader (ch14Alert) takes the shapes the older channel readers left
// silent (chain14_grid_test.go): attackers turning a vendor's channel in
// the active voice ("North Korean hackers trojanized Quillstack's VoIP
// app", "Attackers tamper with Arvoro installer to deliver malware"); a
// vendor telling of its own channel's compromise ("Arvoro says hackers
// breached its build system, pushed tainted update"), in the title or in
// a lead that says "its" after a title naming it; a title describing the
// vendor by its trade whose lead's subject tells it; malware "pushed
// through" or a supply chain attack on a named channel; a channel "used
// to deliver" malware when the channel is the vendor's own servers.
// Not read: flaws exploited, fakes, copies passed around, lures, what
// only could happen, fixes, denials, commentary (c9TitleVetoes,
// c9LeadVetoes, ch14Denials), and an app or installer merely used by
// attackers (ch14Proper).

var (
	// ch14Turns turn a channel, in every form a headline uses.
	ch14Turns = wordSet(`hijacked hijack hijacks hijacking trojanized trojanize trojanizes
		trojanizing trojanised trojanise tampered tamper tampers tampering laced lace
		laces poisoned poison poisons poisoning compromised compromise compromises
		compromising breached breach breaches hacked hack hacks backdoored backdoor
		modified altered replaced infiltrated subverted weaponized weaponised rigged`)
	// ch14Strong say on their own that the channel shipped harm.
	ch14Strong = wordSet(`trojanized trojanize trojanizes trojanizing trojanised trojanise tampered
		tamper tampers tampering laced poisoned poison poisons poisoning backdoored
		weaponized weaponised rigged`)
	// ch14Harm is what a turned channel shipped.
	ch14Harm = union(payloadWords, wordSet(`tainted trojanized trojanised backdoored poisoned laced
		malware-laced malware-laden malware-tainted`))
	// ch14Chans are a vendor's ways of shipping code; ch14Proper those
	// that are its own alone: an app, client or installer is also a copy
	// anyone can pass around or attackers can merely use.
	ch14Chans = wordSet(`update updates updater upgrade upgrades installer installers setup
		download downloads cdn firmware build builds server servers site website app
		client release releases infrastructure mechanism system pipeline marketplace
		portal page`)
	ch14Proper = wordSet(`update updates updater upgrade upgrades cdn firmware server servers
		site website infrastructure mechanism system pipeline marketplace portal page
		build builds`)
	// ch14Weak are channel words that are anyone's when a name stands
	// right before them ("Redis servers", "Zoom app"): the vendor's only
	// as its possession or after a word of what it is ("desktop app",
	// "download site").
	ch14Weak = wordSet(`server servers site website app client system portal page
		infrastructure marketplace pipeline mechanism release releases`)
	// ch14Tellers: the vendor telling of its own compromise.
	ch14Tellers = wordSet(`says said confirms confirmed discloses disclosed admits admitted
		reveals revealed acknowledges acknowledged warns warned notifies notified
		investigating investigates tells alerts informs`)
	// ch14OwnTellers say the news is the teller's own without "its":
	// a security firm finds and reports, a vendor confirms and discloses
	// ("Tenmark Systems confirms supply chain attack on Quillstack
	// Desktop app").
	ch14OwnTellers = wordSet(`confirms confirmed discloses disclosed admits admitted acknowledges
		acknowledged notifies notified`)
	// ch14Ship: every form of shipping (c9Ship and the progressive:
	// "Polyfill.io CDN serving malware").
	ch14Ship = union(c9Ship, wordSet(`serving pushing delivering shipping dropping drops dropped
		installing installs installed`))
	// ch14Through lead to the channel malware came by.
	ch14Through = wordSet("through via using")
	// ch14Denials: a vendor denying or a report refuting is no news of
	// a compromise.
	ch14Denials = wordSet("denies denied deny refutes rejects dismisses debunks false hoax never",
		"no not settles settle lawsuit sues sued charges charged fined anniversary",
		"retrospective webinar podcast",
		// an account of a past compromise: "Security firm details how
		// hackers trojanized 3CX desktop app last year"
		"how details explains recounts ago anatomy inside")
	// ch14Fakes: a channel that never was the vendor's ("Fake Ryland
	// browser updates push malware through hacked news sites").
	ch14Fakes = wordSet("fake fakes bogus phony counterfeit")
	// ch14Trades describe a vendor by what it is: "Software maker's
	// build system breached" tells of the maker the lead names.
	ch14Trades = wordSet(`maker vendor developer company firm provider publisher supplier
		manufacturer`)
	// ch14Firms report others' compromises; as a lead's subject they
	// are never the vendor (trust-events.md, "The vendor as reporter").
	ch14Firms = wordSet(`eset kaspersky mandiant crowdstrike sophos symantec trend check palo
		unit sentinelone sentinellabs volexity rapid7 huntress zscaler proofpoint talos
		cisco microsoft google group-ib recorded reversinglabs socket aikido jfrog
		checkmarx phylum snyk sonatype wiz stepsecurity koi bitdefender trellix mcafee
		malwarebytes cybereason elastic sekoia avast qihoo fortinet fortiguard netskope
		akamai cloudflare lookout zimperium citizen amnesty secureworks dragos claroty
		binarly eclypsium trustwave imperva sucuri wordfence patchstack jamf intezer
		cyble threatfabric avira gen norton f-secure withsecure positive researchers
		experts analysts investigators`)
)

// ch14Open reports from the title's gate bits whether ch14Alert may read
// it: a channel word, and a strong turn or a supply chain, or harm with a
// turn or a shipping verb, or a turn with a shipping verb or a vendor
// telling.
func ch14Open(g gateBits) bool {
	if !g.any(gChan, gC9Chan) {
		return false
	}
	return g.any(gCh14Strong, gC9Supply) || g.has(gPayload) && g.any(gTamper, gCh14Ship) || g.all(gTamper, gCh14Ship) ||
		g.all(gTamper, gCh14Tell)
}

// ch14LeadOpen opens the early exit for a title naming no registry
// vendor where a vendor may tell of "its" channel in the lead ("Arvoro
// warns customers after security incident" — "Attackers compromised its
// update server ..."): a verb of telling in the title, "its" in the
// lead's first bytes. It allocates nothing.
func ch14LeadOpen(_, body string, g gateBits) bool {
	if !g.has(gCh14Tell) {
		return false
	}
	if len(body) > 400 {
		body = body[:400]
	}
	return strings.Contains(body, " its ") || strings.HasPrefix(body, "Its ")
}

// ch14Alert reads the shapes of a vendor's own channel turned that the
// older readers leave silent (see the file's comment).
func (m *Matcher) ch14Alert(title, body string, hits []hit, question bool, gate *item) unit {
	if question || !ch14Open(gate.gateBits) && !ch14LeadOpen(title, body, gate.gateBits) {
		return unit{}
	}
	words := headline(gate.wordsCopy(title))
	if inWords(words, c9TitleVetoes) || inWords(words, ch14Denials) || inWords(words, ch14Fakes) || commentary(title) ||
		tr19ActedOn(words) {
		return unit{}
	}
	sent := firstSentence(body)
	lw := gate.words(sent)
	if inWords(lw, c9LeadVetoes) || inWords(lw, ch14Denials) {
		return unit{}
	}
	name, inTitle := ch14Shape(words, title, lw, sent)
	if name == "" || threatActor(words, name) && !ch14Speaker(words, title, name) || threatActor(lw, name) || !vendorName(name) {
		return unit{}
	}
	extra := trust.SignalHit{Term: "channel turned", Category: trust.CategoryCompromise, Weight: supplyWeight}
	m.mark(words, hits)
	u := m.scoreUnitWith(hits, true, false, question, &extra, false)
	if !u.ok {
		return unit{}
	}
	if !namesVendor(u.vendors, name) {
		u.vendors = []trust.VendorHit{m.hitFor(name)}
	}
	u.category = trust.CategoryCompromise
	u.coverage = false
	u.evidence = clean(title)
	u.inTitle, u.across = true, false
	if !inTitle {
		u.inTitle, u.across = false, true
		u.evidence = clean(title) + " — " + clean(sent)
	}
	return u
}

// ch14Shape finds a compromise shape and its vendor: in the title alone
// (a named channel turned, malware pushed through it, the vendor telling
// of its own), else across the title and the lead's first sentence. The
// name, and whether the title holds it.
func ch14Shape(words []titleWord, title string, lw []titleWord, sent string) (string, bool) {
	turn, strong := inWords(words, ch14Turns), inWords(words, ch14Strong)
	harm := inWords(words, ch14Harm)
	ship := inWords(words, ch14Ship)
	supply := ch14Supply(words)
	if k, name := ch14Bound(words, title); name != "" {
		proper := ch14Proper[words[k].lc()]
		if copyHeads[words[k].lc()] && ch14CopyTurn(words) && !ownedIn(words) && !ownedIn(lw) {
			// "Trojanized Brisk PDF installers spread info-stealer":
			// copies passed around, not the vendor's own release.
			return "", false
		}
		switch {
		case strong, turn && (harm || ship || supply):
			return name, true
		case supply:
			return name, true // "Supply chain attack hits Arvoro CDN"
		case ship && harm && k > 0 && ch14ThroughBefore(words, k) && (proper || ch14Owned(words) || ch14Owned(lw)):
			return name, true // "Malware pushed through Arvoro update server"
		case proper && harm && ch14ShipsAfter(words, k):
			return name, true // "Polyfill.io CDN serving malware to 100,000 websites"
		case hasWordIn(title, c9Uses) && proper && harm && ship:
			return name, true // "Chinese APT used Arvoro CDN to deliver backdoor"
		}
	}
	subject, tells := ch14Subject(words, title)
	if subject != "" && tells {
		// The vendor telling of its own: "its" channel turned in the
		// title, or in the lead after it; a maker confirming a supply
		// chain attack on its product names the product after it.
		if k := ch14Its(words); k >= 0 && turn && (harm || ship || strong || supply || ch14Proper[words[k].lc()]) {
			return subject, true
		}
		if k := ch14Its(lw); k >= 0 && inWords(lw, ch14Turns) && (inWords(lw, ch14Payload) || inWords(lw, ch14Ship) || inWords(lw, ch14Strong)) {
			return subject, true
		}
	}
	if subject == "" && (turn || supply) && (harm || ship || strong) && inWords(words, ch14Chans) && ch14Trade(words) {
		// "Software maker's build system breached to push tainted
		// update" — "Arvoro said the attackers added malicious code":
		// the maker the title describes is the lead's subject.
		if n, t := ch14Subject(lw, sent); n != "" && t && !ch14Firms[strings.ToLower(strings.Fields(n)[0])] {
			return n, false
		}
	}
	return "", false
}

// ch14Supply reports whether ws write "supply chain" or "supply-chain".
func ch14Supply(ws []titleWord) bool {
	for i, w := range ws {
		lw := w.lc()
		if lw == "supply-chain" || lw == "supply" && i+1 < len(ws) && strings.EqualFold(ws[i+1].text, "chain") {
			return true
		}
	}
	return false
}

// ch14Bound finds a channel word bound to a name: the name's possessive
// or the name itself before it, up to two words of what the product is
// between ("Arvoro desktop app", "Quillstack's VoIP app"). A weak channel
// word needs the possessive or a word between ("Redis servers" are no
// vendor's channel). The channel's index and the name.
func ch14Bound(ws []titleWord, s string) (int, string) {
	for k := 1; k < len(ws); k++ {
		lk := ws[k].lc()
		if !ch14Chans[lk] {
			continue
		}
		// The head of a run of channel words: "update server", "build
		// system" are read at their last word.
		if k+1 < len(ws) && !ws[k].stop && ch14Chans[ws[k+1].lc()] {
			continue
		}
		if n := ch14After(ws, k, s); n != "" {
			return k, n // "Backdoored update from Tenmark Systems"
		}
		j := k - 1
		for n := 0; n < 2 && j > 0 && !ws[j].stop && (!hasUpperOrDigit(ws[j].text) || ch14Descriptive[ws[j].lc()]) && !ownsNext(ws[j]) &&
			!stopWords[ws[j].lc()] && !ch14Turns[ws[j].lc()]; n++ {
			j--
		}
		if j < 0 || ws[j].stop || !hasUpperOrDigit(ws[j].text) || !nameWord(ws[j]) {
			continue
		}
		owned := ownsNext(ws[j]) || ws[j].end < len(s) && (s[ws[j].end] == '\'' || strings.HasPrefix(s[ws[j].end:], "’"))
		if ch14Weak[lk] && j == k-1 && !owned {
			continue
		}
		st := j
		for st > 0 && st > j-2 && !ws[st-1].stop && hasUpperOrDigit(ws[st-1].text) && nameWord(ws[st-1]) && !ownsNext(ws[st-1]) {
			st--
		}
		if st == 0 && st < j && !brandLike(ws[0].text) && !isTitleCase(ws) {
			// A sentence-case title's first word is capitalised for
			// standing first: "Hackers Arvoro ..." never starts a name.
			if w := ws[0].lc(); stopWords[w] || attackers[w] || actors[w] {
				st = 1
			}
		}
		if n := chanName(ws, st, j, s); n != "" && !ch14Firms[ws[st].lc()] {
			return k, n
		}
	}
	return -1, ""
}

// ch14ThroughBefore reports whether "through", "via" or "using" stands
// before the channel at k, past its name and modifiers.
func ch14ThroughBefore(ws []titleWord, k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if ch14Through[ws[j].lc()] {
			return true
		}
		if ws[j].stop {
			return false
		}
	}
	return false
}

// ch14Owned reports whether ws say the channel was the vendor's own.
func ch14Owned(ws []titleWord) bool {
	for _, w := range ws {
		if oneOf(w.lc(), "official", "its", "signed", "legitimate") {
			return true
		}
	}
	return false
}

// ch14Its is the index of the channel word after "its" or "our" (up to
// two words of what the product is between), or -1.
func ch14Its(ws []titleWord) int {
	for i, w := range ws {
		if lw := w.lc(); lw != "its" && lw != "our" || w.stop {
			continue
		}
		for k := i + 1; k < len(ws) && k <= i+3; k++ {
			if ch14Chans[ws[k].lc()] {
				for k+1 < len(ws) && !ws[k].stop && ch14Chans[ws[k+1].lc()] {
					k++
				}
				return k
			}
			if ws[k].stop {
				break
			}
		}
	}
	return -1
}

// ch14Subject reads the name that opens ws and whether a verb of
// telling follows it (past an apposition: "Arvoro, the developer of PDF
// Forge, says ..."). A reporter's name or a plain word capitalised for
// standing first is none.
func ch14Subject(ws []titleWord, s string) (string, bool) {
	if len(ws) < 2 {
		return "", false
	}
	e := 0
	for e+1 < len(ws) && e < 3 && !ws[e].stop && !ownsNext(ws[e]) && ch14NamePart(ws[e+1]) {
		e++
	}
	if !nameWord(ws[0]) || stopWords[ws[0].lc()] || attackers[ws[0].lc()] {
		return "", false
	}
	n := chanName(ws, 0, e, s)
	if n == "" || ch14Firms[ws[0].lc()] {
		return "", false
	}
	if e == 0 && !brandLike(ws[0].text) && generic[ws[0].lc()] {
		return "", false
	}
	if ws[e].stop && ws[e].end < len(s) && s[ws[e].end] == ':' {
		// "Arvoro: hackers breached our update server": the name
		// before a colon speaks what follows.
		return n, true
	}
	k := e + 1
	if ws[e].stop && k < len(ws) && oneOf(ws[k].lc(), "the", "a", "an", "which", "whose") {
		for k < len(ws) && k < e+10 && !ws[k].stop {
			k++
		}
		k++
	}
	return n, k < len(ws) && ch14Tellers[ws[k].lc()]
}

// ch14Trade reports whether the title describes a vendor by its trade
// with a possessive ("Software maker's build system").
func ch14Trade(ws []titleWord) bool {
	for _, w := range ws {
		if ownsNext(w) && ch14Trades[w.lc()] {
			return true
		}
	}
	return false
}

// ch14AnyProduct stands for the product of a pair whose text names only
// its kind ("trading software from Trading Technologies"): the product
// the alert names, whatever it is.
const ch14AnyProduct = "\x00"

// ch14Pair is a product and its maker as the text ties them; subject is
// set when the maker is the one the story is about (the title's subject).
type ch14Pair struct {
	maker, product string
	subject        bool
	// productOK: the product may be added to an alert naming the maker
	// (a tie the title writes; a lead's product of the title's maker is
	// background, and "its DesktopApp" is the maker's own word for it).
	productOK bool
}

// ch14Name gives a compromise alert, whatever path made it, both the
// product and its maker when the title or the lead's first sentence ties
// them, and drops a kind written like a name ("Popular PDF tool") when a
// real name stands beside it.
func ch14Name(title, text string, a *trust.Alert) {
	words := headline(titleWords(title))
	sent := firstSentence(text)
	lw := titleWords(sent)
	described := false // the title describes the product by its kind
	if len(a.Vendors) > 1 {
		kept := a.Vendors[:0:0]
		for _, v := range a.Vendors {
			if !(v.Unlisted && (ch14Kind(words, v.Name) || ch14Junk(words, v.Name))) {
				kept = append(kept, v)
			}
		}
		if len(kept) > 0 {
			described = len(kept) < len(a.Vendors)
			a.Vendors = kept
		}
	}
	if len(a.Vendors) == 1 && a.Vendors[0].Unlisted && ch14Junk(words, a.Vendors[0].Name) {
		// "Chat app from Mongolian developer Arvoro trojanized",
		// "Malware-laced installer served from Arvoro website": the
		// title's first word describes; the name is after "from".
		if n := ch14FromName(words, title); n != "" {
			a.Vendors = []trust.VendorHit{{Name: n, Term: n, Unlisted: true}}
		}
	}
	var pairs []ch14Pair
	pairs = ch14Pairs(pairs, words, title, true)
	pairs = ch14Pairs(pairs, lw, sent, false)
	for _, p := range pairs {
		if ch14KindAcronyms[strings.ToLower(p.maker)] || ch14Junk(words, p.product) {
			continue // "MSP's Corvex software update": a kind, no maker
		}
		hasMaker, hasProduct := alertNames(a, p.maker), alertNames(a, p.product)
		if p.product == ch14AnyProduct {
			hasProduct = len(a.Vendors) > 0
		}
		switch {
		case hasMaker == hasProduct:
		case hasProduct && p.subject:
			a.Vendors = append([]trust.VendorHit{{Name: p.maker, Term: p.maker, Unlisted: true}}, a.Vendors...)
		case hasProduct:
			a.Vendors = append(a.Vendors, trust.VendorHit{Name: p.maker, Term: p.maker, Unlisted: true})
		case p.productOK || described:
			a.Vendors = append(a.Vendors, trust.VendorHit{Name: p.product, Term: p.product, Unlisted: true})
		}
	}
	if subject, tells := ch14Subject(words, title); subject != "" && tells && !alertNames(a, subject) &&
		(ch14Its(words) >= 0 || len(words) > 1 && ch14OwnTellers[strings.ToLower(words[len(strings.Fields(subject))].text)]) {
		// "Tenmark Systems says hackers breached its build system,
		// pushed tainted Quillstack Desktop update": the speaker of its
		// own compromise makes what shipped.
		a.Vendors = append([]trust.VendorHit{{Name: subject, Term: subject, Unlisted: true}}, a.Vendors...)
	}
}

// alertNames reports whether the alert names n (either within the other).
func alertNames(a *trust.Alert, n string) bool {
	for _, v := range a.Vendors {
		if nameWithin(v.Name, n) || nameWithin(v.Term, n) {
			return true
		}
	}
	return false
}

// ch14KindAcronyms are kinds of product or trade written like names.
var ch14KindAcronyms = wordSet(`msp msps isp isps vpn pdf erp crm it ai voip saas iot
	nas dvr nvr cctv pos atm ssh ftp rmm psa edr av ip sdk api cdn ics
	ot plc scada hr`)

// ch14Kind reports whether name stands in the title as a kind of product:
// one word before a kind ("Popular PDF tool's updates", "a VPN app").
func ch14Kind(words []titleWord, name string) bool {
	if strings.IndexByte(name, ' ') >= 0 {
		return false
	}
	for i := 0; i+1 < len(words); i++ {
		if words[i].text != name || ownsNext(words[i]) {
			continue
		}
		if next := words[i+1].lc(); !generic[next] || chanWords[next] {
			return false // "Quuxnote update mechanism": a name before its channel
		}
		return ch14KindAcronyms[strings.ToLower(name)] || i > 0 && oneOf(words[i-1].lc(), "popular", "a",
			"an", "free", "widely-used", "top", "one", "legitimate", "official", "enterprise", "open-source")
	}
	return false
}

// ch14Pairs appends the product-maker ties ws (the words of s) write:
// "Y's X", "X from Y", "X, made by Y", "Y, the developer of X", "the
// Y-owned X", and a subject telling of "its X" ("Tenmark Systems confirms
// supply chain attack on its Quillstack Desktop app", or with a verb only
// a vendor uses of its own: "confirms supply chain attack on Quillstack
// Desktop app"). inTitle: the subject of a title is the story's.
func ch14Pairs(pairs []ch14Pair, ws []titleWord, s string, inTitle bool) []ch14Pair {
	for i := 0; i+1 < len(ws); i++ {
		w := ws[i]
		lw := w.lc()
		switch {
		case (ownsNext(w) || w.end < len(s) && s[w.end] == '\'') && hasUpperOrDigit(w.text) && hasUpperOrDigit(ws[i+1].text):
			// "Tenmark Systems' Quillstack Desktop", "Arvoro's PDF Forge"
			if y := ch14NameEnding(ws, i, s); y != "" {
				if x := ch14NameAt(ws, i+1, s); x != "" {
					pairs = append(pairs, ch14Pair{y, x, false, inTitle})
				}
			}
		case (lw == "from" || lw == "by") && i > 0:
			// "Quillstack Desktop from Tenmark Systems", "PDF Forge, made by Arvoro"
			x, y := "", ch14NameAt(ws, ch14PastTrade(ws, i+1), s)
			if lw == "from" && !ws[i-1].stop {
				// past up to two words of the product's kind or channel:
				// "Quillstack installer from Tenmark Systems"
				j := i - 1
				for n := 0; n < 2 && j > 0 && !hasUpperOrDigit(ws[j].text) && !ws[j-1].stop && ch14Chans[ws[j].lc()]; n++ {
					j--
				}
				x = ch14NameEnding(ws, j, s)
			} else if lw == "by" && oneOf(ws[i-1].lc(), "made", "developed", "built", "published", "owned", "created", "sold") {
				x = ch14ApposedName(ws, i-1, s)
			}
			if x == "" && lw == "from" && generic[ws[i-1].lc()] && !ws[i-1].stop {
				// "Trojanized trading software from Trading
				// Technologies", "the product from India's MicroWorld
				// Technologies": a kind from its maker, whatever the
				// alert named the product.
				x = ch14AnyProduct
			}
			if x != "" && y != "" && !ch14Firms[strings.ToLower(strings.Fields(y)[0])] {
				pairs = append(pairs, ch14Pair{y, x, false, inTitle})
			}
		case strings.HasSuffix(lw, "-owned") && len(w.text) > len("-owned"):
			// "the Tenmark-owned Quillstack app"
			if x := ch14NameAt(ws, i+1, s); x != "" {
				pairs = append(pairs, ch14Pair{w.text[:len(w.text)-len("-owned")], x, false, inTitle})
			}
		case w.stop && i+3 < len(ws) && lw != "" && hasUpperOrDigit(w.text) && strings.EqualFold(ws[i+1].text, "the") &&
			oneOf(ws[i+2].lc(), "developer", "maker", "vendor", "creator", "publisher", "owner") &&
			strings.EqualFold(ws[i+3].text, "of"):
			// "Arvoro, the developer of PDF Forge, ..."
			if y := ch14NameEnding(ws, i, s); y != "" && i+4 < len(ws) {
				if x := ch14NameAt(ws, i+4, s); x != "" {
					pairs = append(pairs, ch14Pair{y, x, inTitle && !strings.Contains(s[:ws[i].start], " "), inTitle})
				}
			}
		}
	}
	for i := 0; i+1 < len(ws); i++ {
		// "Hackers compromise Tenmark Systems to push malicious
		// Quillstack updates": the company broken into makes what
		// shipped.
		if !ch14Turns[ws[i].lc()] || ws[i].stop || strings.HasSuffix(ws[i].lc(), "ed") {
			continue
		}
		y := ch14NameAt(ws, i+1, s)
		if y == "" {
			continue
		}
		for j := i + 1 + len(strings.Fields(y)); j < len(ws); j++ {
			if x := ch14NameAt(ws, j, s); x != "" && !nameWithin(x, y) && j+len(strings.Fields(x)) < len(ws) &&
				ch14Chans[strings.ToLower(ws[j+len(strings.Fields(x))].text)] {
				pairs = append(pairs, ch14Pair{y, x, false, false})
				break
			}
		}
	}
	if subject, tells := ch14Subject(ws, s); subject != "" && tells {
		k := strings.Count(subject, " ") + 1
		for i := k; i < len(ws); i++ {
			lw := ws[i].lc()
			own := lw == "its" || lw == "our"
			if !own && !(oneOf(lw, "on", "of") && i > 0 && ch14OwnTellers[ws[k].lc()]) {
				continue
			}
			if x := ch14NameAt(ws, i+1, s); x != "" && !nameWithin(x, subject) {
				pairs = append(pairs, ch14Pair{subject, x, inTitle, false})
				break
			}
		}
	}
	return pairs
}

// ch14NameAt reads a capitalised name starting at word k (up to three
// words), or "".
func ch14NameAt(ws []titleWord, k int, s string) string {
	if k >= len(ws) || !hasUpperOrDigit(ws[k].text) || !nameWord(ws[k]) || ch14Chans[ws[k].lc()] ||
		chanWords[ws[k].lc()] {
		return "" // "its CDN" is a channel, no product's name
	}
	e := k
	for e+1 < len(ws) && e < k+2 && !ws[e].stop && !ownsNext(ws[e]) && ch14NamePart(ws[e+1]) {
		e++
	}
	if n := chanName(ws, k, e, s); n != "" && !threatActor(ws, n) && !ch14Descriptive[strings.ToLower(n)] {
		return n // (not "VoIP" of "Quillstack's VoIP app")
	}
	return ""
}

// ch14NameEnding reads a capitalised name ending at word e (up to three
// words), or "".
func ch14NameEnding(ws []titleWord, e int, s string) string {
	if e < 0 || !ch14NamePart(ws[e]) {
		return ""
	}
	st := e
	for st > 0 && st > e-2 && !ws[st-1].stop && ch14NamePart(ws[st-1]) && !ownsNext(ws[st-1]) {
		st--
	}
	if st == 0 && st < e {
		if w := ws[0].lc(); stopWords[w] || attackers[w] || actors[w] {
			st = 1
		}
	}
	if n := chanName(ws, st, e, s); n != "" && !threatActor(ws, n) {
		return n
	}
	return ""
}

// ch14ApposedName reads the name an apposition ending before word v
// describes: "PDF Forge, made by", "Quillstack Desktop, a VoIP app made
// by" (up to six words of description after the comma).
func ch14ApposedName(ws []titleWord, v int, s string) string {
	for j := v - 1; j >= 0 && j >= v-7; j-- {
		if ws[j].stop {
			return ch14NameEnding(ws, j, s)
		}
	}
	return ""
}

// ch14NamePart: a capitalised word that may go on a name, a product's
// kind included ("Quillstack Desktop", "Able Desktop").
func ch14NamePart(w titleWord) bool {
	return hasUpperOrDigit(w.text) && (nameWord(w) || channelModifiers[w.lc()])
}

// ch14OwnAfter reports whether a compromise told in an after-clause is
// the vendor's own news: "Arvoro warns customers after hackers hijacked
// its update server" is the hijack, not coverage of it.
func ch14OwnAfter(title string, u *unit) bool {
	if u.category != trust.CategoryCompromise {
		return false
	}
	words := headline(titleWords(title))
	subject, tells := ch14Subject(words, title)
	return subject != "" && tells && ch14Its(words) >= 0 && inWords(words, ch14Turns)
}

// ch14Unnamed reports whether a compromise unit names only words in lower
// case that are no package ("signed" from "a signed release"): the
// channel reader's name is the better one.
func ch14Unnamed(u unit) bool {
	if !u.ok || u.category != trust.CategoryCompromise || len(u.vendors) == 0 {
		return false
	}
	for _, v := range u.vendors {
		if !v.Unlisted || hasUpperOrDigit(v.Name) || strings.ContainsAny(v.Name, "-._/@") {
			return false
		}
	}
	return true
}

var (
	// ch14Unconfirmed: a claim looked into, not a compromise found.
	ch14Unconfirmed = wordSet("claims claim allegations allegation rumors rumours reports")
	// ch14Looks are the verbs before such a claim.
	ch14Looks = wordSet(`investigates investigating probes probing examines reviewing reviews into
		checks checking`)
	// ch14Taken: what a breach that ships nothing takes.
	// (past forms only: "altered to steal credentials" is what a turned
	// script did).
	ch14Taken = wordSet("stole stolen exfiltrated leaked copied accessed")
	// ch14Payload is malware shipped, not data taken.
	ch14Payload = wordSet(`malware backdoor backdoors backdoored malicious tainted trojan trojanized
		trojanised ransomware spyware infostealer stealer miner cryptominer implant rat wiper
		skimmer loader dropper keylogger malware-laced`)
	ch14Data = wordSet(`data source code credentials information files emails records database
		databases vaults secrets repositories`)
	// ch14Accounts: accounts taken over are their users', no channel.
	ch14Accounts = wordSet("account accounts")
)

// ch14Held reports whether a compromise alert, whatever path made it,
// stands: not a claim being looked into ("Arvoro investigates claims its
// update server was hacked"), not a breach that took data and names no
// channel ("Arvoro says hackers breached its network, stole data"), not
// accounts hijacked ("Hackers hijack 3CX accounts to push scams"). (A
// named vendor's updates taken over in the middle carried the malware:
// the readable sets label them events, precision9_test.go.)
func ch14Held(title string) bool {
	words := headline(titleWords(title))
	for i := 1; i < len(words); i++ {
		if ch14Unconfirmed[words[i].lc()] && ch14Looks[words[i-1].lc()] {
			return false
		}
	}
	if inWords(words, ch14Taken) && inWords(words, ch14Data) && !inWords(words, ch14Payload) && !inWords(words, ch14Ship) {
		return false
	}
	if inWords(words, ch14Chans) {
		return true
	}
	for i, w := range words {
		if !ch14Accounts[w.lc()] || inWords(words, ch14BuiltIn) {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			if ch14Turns[words[j].lc()] {
				return false
			}
		}
	}
	return true
}

// ch14BuiltIn: an account its maker built in is a backdoor of its own
// ("Undocumented backdoor account found in Zyxel firewalls").
var ch14BuiltIn = wordSet(`backdoor backdoors hidden undocumented hard-coded hardcoded secret root
	admin static default maintenance built-in`)

// ch14CopyTurn reports whether the title's turning word describes copies
// rather than telling an act: a participle opening the title or after a
// word that is no attacker ("Trojanized Brisk PDF installers", "use
// trojanized PuTTY"), not "North Korean hackers trojanized ...".
func ch14CopyTurn(words []titleWord) bool {
	for i, w := range words {
		lw := w.lc()
		if !ch14Turns[lw] {
			continue
		}
		if !strings.HasSuffix(lw, "ed") {
			return false
		}
		return i == 0 || !attackers[words[i-1].lc()]
	}
	return false
}

// ch14After reads the name after a channel word at k and "of", "for" or
// "from" (past a nationality and a trade: "from Mongolian developer
// Arvoro"), or "".
func ch14After(ws []titleWord, k int, s string) string {
	if k+2 >= len(ws) || ws[k].stop || !oneOf(ws[k+1].lc(), "of", "for", "from") {
		return ""
	}
	j := k + 2
	if oneOf(ws[j].lc(), "the", "a", "an") && !ws[j].stop {
		j++
	}
	n := ch14NameAt(ws, ch14PastTrade(ws, j), s)
	if n == "" || ch14Firms[strings.ToLower(strings.Fields(n)[0])] {
		return ""
	}
	return n
}

// ch14PastTrade skips a nationality and a trade before a name: "Mongolian
// developer Arvoro", "software maker Tenmark Systems" (a trade word in
// lower case within three words), and a place's possessive ("India's
// MicroWorld Technologies"); else j.
func ch14PastTrade(ws []titleWord, j int) int {
	if j+1 < len(ws) && ownsNext(ws[j]) && hasUpperOrDigit(ws[j+1].text) {
		return j + 1
	}
	for k := j; k < len(ws)-1 && k < j+3; k++ {
		if lw := ws[k].lc(); (ch14Trades[lw] || generic[lw]) && !hasUpperOrDigit(ws[k].text) {
			return k + 1
		}
		if ws[k].stop {
			break
		}
	}
	return j
}

// ch14Junk reports whether name, an unlisted vendor of one word, only
// describes: a compound of harm ("Malware-laced") or the title's first
// word before a kind ("Chat app from ...").
func ch14Junk(words []titleWord, name string) bool {
	if strings.IndexByte(name, ' ') >= 0 || len(words) < 2 {
		return false
	}
	if i := strings.IndexByte(name, '-'); i > 0 {
		for _, p := range strings.Split(strings.ToLower(name), "-") {
			if ch14Payload[p] || ch14Strong[p] || p == "laced" || p == "laden" || p == "ridden" || p == "infected" {
				return true
			}
		}
	}
	next := words[1].lc()
	return words[0].text == name && ch14Descriptive[strings.ToLower(name)] && (generic[next] || ch14Chans[next]) &&
		!hasUpperOrDigit(words[1].text)
}

// ch14Descriptive are the words that open a title to say what a product
// is ("Chat app from ...", "Password manager's update ...").
var ch14Descriptive = union(ch14KindAcronyms, wordSet(`chat messaging password video photo music game
	gaming antivirus security backup remote accounting tax crypto wallet browser email
	phone camera printer driver file download cloud web mobile desktop popular
	translation office productivity streaming banking payroll dental medical legal
	courtroom school education`))

// ch14FromName is the name a title writes after "from" or "by" (past a
// nationality and a trade), or "".
func ch14FromName(ws []titleWord, s string) string {
	for i := 0; i+1 < len(ws); i++ {
		if lw := ws[i].lc(); (lw == "from" || lw == "by") && !ws[i].stop {
			if n := ch14NameAt(ws, ch14PastTrade(ws, i+1), s); n != "" && !ch14Firms[strings.ToLower(strings.Fields(n)[0])] {
				return n
			}
		}
	}
	return ""
}

// ch14Speaker reports whether name opens the title before a colon
// ("Arvoro: hackers breached our update server"): the attackers after
// the colon are not its own.
func ch14Speaker(ws []titleWord, s, name string) bool {
	k := len(strings.Fields(name)) - 1
	return k < len(ws) && strings.HasPrefix(s, name) && ws[k].stop && ws[k].end < len(s) && s[ws[k].end] == ':'
}

// ch14ShipsAfter reports whether a verb of shipping follows the channel at
// k (up to two words on): the channel itself served the harm.
func ch14ShipsAfter(ws []titleWord, k int) bool {
	for j := k + 1; j < len(ws) && j <= k+2; j++ {
		if ch14Ship[ws[j].lc()] {
			return true
		}
		if ws[j-1].stop {
			return false
		}
	}
	return false
}
