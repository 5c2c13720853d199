package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Named-vendor shapes reported as still missed in this round's batches
// (testdata/named4.tsv).

// goneCopulas and goneProducts stand between a vendor's name and a verb
// of its products leaving a store: "Pinduoduo app is gone from Google
// Play", "Kaspersky apps vanish from Google Play". The owner is the name
// before them.
var (
	goneCopulas  = wordSet("is are was were now been")
	goneProducts = wordSet(`app apps software products games extension extensions application
		applications vpn`)
)

// goneOwner returns the index of the word after the owner's name before
// the verb of leaving a store at v, past a copula and the word for its
// products.
func goneOwner(words []titleWord, v int) int {
	e := v
	if e > 1 && goneCopulas[lower(words[e-1])] && !words[e-2].stop {
		e--
	}
	if e > 1 && goneProducts[lower(words[e-1])] && !words[e-2].stop {
		e--
	}
	return e
}

// closeVerbs are a store's verbs of closing a developer's account.
var closeVerbs = wordSet(`disables disabled terminates terminated suspends suspended bans banned
	closes closed deletes deleted removes removed kills shuts`)

// accountClosed reads "<store> disables <X>'s developer account" and
// "Google Play terminates X developer account": a store ending a vendor's
// presence in it at once, every app of it gone (a delisting). The store
// (storeOwners) stands right before the verb; the owner's name lies
// between the verb and "developer account". Stores close accounts over
// disputes and payments too ("Apple disables Epic Games developer
// account in Fortnite dispute"): removalAlert asks an unlisted name for a
// motive of trust. The name and the index of "account".
func accountClosed(words []titleWord) (name string, end int, ok bool) {
	for v := 1; v+2 < len(words); v++ {
		if !closeVerbs[lower(words[v])] || !storeOwners[lower(words[v-1])] {
			continue
		}
		for d := v + 2; d+1 < len(words) && d <= v+5; d++ {
			if lower(words[d]) == "developer" && oneOf(lower(words[d+1]), "account", "accounts") {
				if n := objectName(words, v+1, d); n != "" {
					return trimPossessive(n), d + 1, true
				}
				return "", 0, false
			}
			if words[d-1].stop {
				break
			}
		}
	}
	return "", 0, false
}

// trimPossessive drops a trailing "'s" from a name.
func trimPossessive(n string) string {
	return strings.TrimSuffix(strings.TrimSuffix(n, "'s"), "’s")
}

// Word sets of the named4 shapes; the gate words among them join gateSets
// (wordsets.go) so that a title without them is never split for these.
var (
	// hiddenAdjs say a way in was put there and kept from the owner.
	hiddenAdjs = wordSet(`hidden undocumented secret preinstalled pre-installed built-in covert
		concealed unremovable undisclosed remotely`)
	// wayInNouns are what a maker leaves in a product for itself.
	wayInNouns = wordSet(`backdoor backdoors tunnel tunnels account accounts remote-access ssh
		telnet root malware disabled stopped controlled bricked`)
	// tracedWords open the cause of a heist or breach.
	tracedWords = wordSet("traced")
	// botnetWords name a network of hijacked devices.
	botnetWords = wordSet("botnet botnets")
	// stateBodies are a state's police, spies and soldiers a firm works
	// for, and the names security firms give its hacking groups.
	stateBodies = wordSet(`police intelligence spy spies military pla fsb gru svr mss kgb
		ministry army kremlin irgc typhoon blizzard sandstorm sleet panda bear kitten
		chollima`)
	// spyCharges are what a state's suit calls an app.
	spyCharges = wordSet("spyware malware spy spies spying surveillance")
	// tieVerbs tie a firm to whom it works for.
	tieVerbs = wordSet(`hacked hacks spied spies worked works working linked tied served
		acted contracted`)
	// goneGate are the verbs of an app leaving a store with no lexicon
	// phrase of their own ("Hola VPN apps missing from Google Play"): with
	// a store's word they open removalAlert for an unlisted name.
	goneGate = wordSet("vanish vanishes vanished disappear disappears disappeared gone missing")
	// suitWords bring a suit.
	suitWords = wordSet("sues sued suing lawsuit suit complaint")
)

// named4Open reports whether a title may hold one of the named4 shapes
// read by named4Alert, from its gate bits.
func named4Open(g gateBits) bool {
	return g.all(gHiddenAdjs, gWayInNouns) || g.has(gTraced) || g.all(gStateBodies, gTie) || g.has(gSuit)
}

// named4Alert tries the named4 shapes on a title that alerted no other
// way: a hidden way in found in a product the title describes and the
// lead names (hiddenFound), a heist traced to a vendor's channel
// (tracedTo), a firm tied to a state's agencies (firmForState) and a
// state suing over an app it calls spyware (stateSuit).
func (m *Matcher) named4Alert(title, lead string, hits []hit, question bool, gate *item) unit {
	if !named4Open(gate.gateBits) {
		return unit{}
	}
	words := headline(gate.wordsCopy(title))
	m.mark(words, hits)
	if gate.all(gHiddenAdjs, gWayInNouns) {
		if u := m.hiddenFound(title, lead, words, hits, question); u.ok {
			return u
		}
	}
	if gate.has(gTraced) {
		if u := m.tracedTo(title, lead, words, hits, question); u.ok {
			return u
		}
	}
	if gate.all(gStateBodies, gTie) {
		if u := m.firmForState(title, words, hits, question); u.ok {
			return u
		}
	}
	if gate.has(gSuit) {
		return m.stateSuit(title, words, hits, question)
	}
	return unit{}
}

// wayInVetoes are a title's words that make a way in the attackers' or a
// flaw's: "Hackers abuse undocumented Windows feature", "hidden admin
// account created by a bug".
var wayInVetoes = wordSet(`exploit exploits exploited exploiting zero-day abuse abused abuses
	plant plants planted implant implants deploy deploys deployed via could can't`)

// hiddenWayIn finds the way in a title says a product holds: a hidden
// adjective before a noun of access within three words ("hidden
// remote-access tunnel", "undocumented admin account", "preinstalled
// malware") or a product that "can be remotely disabled by its maker".
// Its first and last word.
func hiddenWayIn(words []titleWord) (lo, hi int, ok bool) {
	for i, w := range words {
		lw := lower(w)
		if !hiddenAdjs[lw] || i > 0 && oneOf(lower(words[i-1]), "previously", "new", "newly") {
			// "previously undocumented backdoor" is new malware of
			// attackers.
			continue
		}
		for k := i + 1; k < len(words) && k <= i+3; k++ {
			lk := lower(words[k])
			switch {
			case !wayInNouns[lk]:
			case lw == "remotely" && !oneOf(lk, "disabled", "stopped", "controlled", "bricked"),
				lw != "remotely" && oneOf(lk, "disabled", "stopped", "controlled", "bricked"):
				// "remotely" goes with what the maker can do, the others
				// with what it left in.
			case preinstallWords[lw] && !malwareNouns[lk] && !oneOf(lk, "tunnel", "tunnels", "remote-access"),
				lk == "malware" && !preinstallWords[lw]:
				// "preinstalled Facebook service": bloatware, not a way
				// in (preinstalledBenign); "undocumented malware" is an
				// attacker's, new to researchers.
			default:
				if lw == "remotely" {
					// "...can be remotely disabled by their maker": the
					// maker holds the switch, not an attacker.
					for b := k + 1; b+1 < len(words) && b <= k+2; b++ {
						if lower(words[b]) == "by" && oneOf(lower(words[b+1]), "their", "its", "the") && b+2 < len(words) &&
							oneOf(lower(words[b+2]), "maker", "makers", "manufacturer", "manufacturers", "vendor") {
							return i, b + 2, true
						}
					}
					break
				}
				return i, k, true
			}
			if words[k-1].stop {
				break
			}
		}
	}
	return 0, 0, false
}

// hiddenFound reads a way in found in a product the title only describes
// ("Popular Chinese robot dogs ship with hidden remote-access tunnel",
// "CISA warns of hidden backdoor in Chinese-made patient monitors") with a
// lead that names the maker ("Unitree Go1 robots run an undocumented
// CloudSail tunnel", "The Contec CMS8000 contains..."): a backdoor found
// in the vendor's product (trust-events.md, compromise). A title that
// names a vendor is read by builtInAlert and the title shapes; attackers,
// a flaw or an implant in the title make the way in theirs.
func (m *Matcher) hiddenFound(title, body string, words []titleWord, hits []hit, question bool) unit {
	for _, h := range hits {
		if m.hasVendor[h.pat] {
			return m.titledWayIn(title, words, hits, question) // vendorchan.go: the title names the maker
		}
	}
	lo, hi, ok := hiddenWayIn(words)
	if !ok || inWords(words, attackers) || inWords(words, flawLabels) || inWords(words, wayInVetoes) ||
		throughVulnerability(title) || attackersImplant(title) || plantedBy(title) {
		return unit{}
	}
	lead := firstSentence(body)
	lw := titleWords(lead)
	if lead == "" || inWords(lw, attackers) && attackersPlanted(lw) || inWords(lw, flawLabels) && !inWords(lw, hiddenAdjs) {
		return unit{}
	}
	return m.leadMakerAlert(title, lead, lw, hits, question, joinSpan(words, lo, hi))
}

// leadMakerAlert is the compromise alert of a way in that a title finds in
// a product it only describes (term, its words) and whose maker the lead
// names (makerInLead): none when the lead names no maker, or when the
// title names it after all, as the one who reports ("Pre-installed
// malware stealing data from mobiles: Check Point").
func (m *Matcher) leadMakerAlert(title, lead string, lw []titleWord, hits []hit, question bool, term string) unit {
	vendors := m.makerInLead(lead, lw)
	if len(vendors) == 0 || strings.Contains(strings.ToLower(title), strings.ToLower(vendors[0].Term)) {
		return unit{}
	}
	return m.acrossAlert(title, lead, hits, question, vendors, term, trust.CategoryCompromise)
}

// acrossAlert is the alert of a shape that reads the event in the title
// (term, its words, a signal of category cat) and the vendors it happened
// to (found in the lead, or described): title and lead read together are
// its evidence.
func (m *Matcher) acrossAlert(title, lead string, hits []hit, question bool, vendors []trust.VendorHit, term string, cat trust.Category) unit {
	extra := trust.SignalHit{Term: term, Category: cat, Weight: supplyWeight}
	u := m.scoreUnitWith(hits, true, false, question, &extra, false)
	if !u.ok {
		return unit{}
	}
	u.vendors, u.category = vendors, cat
	u.inTitle, u.across = false, true
	u.evidence = clean(title) + " — " + clean(lead)
	return u
}

// deviceNouns follow a maker's name in a lead about what it makes.
var deviceNouns = wordSet(`devices device robots robot monitors monitor boxes box firmware
	routers router cameras camera bikes bike e-bikes buses bus plugs plug
	motherboards firewalls gateways phones tablets models products software app apps
	chips modems inverters printers tvs vehicles cars drones platform units`)

// leadMakerVerbs follow a maker opening a lead and tell what it does with
// its product ("Rad Power Bikes can disable any bike"), where a reporter's
// verb ("Researchers found") would stand.
var leadMakerVerbs = wordSet(`can could has have ships ship shipped contains contain runs run
	exposes expose sends send includes include uses use left leaves installs
	installed sells sold makes made builds built keeps retains`)

// makerCues stand right before a maker's name in a lead: "made by
// Chinese vendor C-Data", "manufacturer Yutong".
var makerCues = wordSet("vendor maker manufacturer brand by from supplier")

// makerInLead is the maker a lead names for a product found holding a
// way in: a registry vendor that is no reporter, else the name after a
// word of making ("made by Chinese vendor C-Data"), else the first name
// that is neither a reporter ("Eclypsium found"), an authority nor an
// attacker. A name opening the lead must be followed by what it makes
// ("Zyxel devices ship with").
func (m *Matcher) makerInLead(lead string, lw []titleWord) []trust.VendorHit {
	reporter := func(e int) bool {
		return e < len(lw) && (sayVerbs[lower(lw[e])] || oneOf(lower(lw[e]), "researchers", "researcher", "team", "labs",
			"has", "have", "discovered", "detected", "observed", "identified", "spotted", "uncovered", "analyzed", "analysed"))
	}
	ss := m.ac.scan(scanState{grow: true}, lead)
	var registry []trust.VendorHit
	for _, h := range ss.hits {
		if !m.hasVendor[h.pat] {
			continue
		}
		e := wordEndingAt(lw, h.off) + 1
		if e <= 0 || reporter(e) {
			continue
		}
		u := m.scoreUnit([]hit{h}, false, false, false)
		registry = append(registry, u.vendors...)
	}
	if len(registry) > 0 {
		return registry[:1]
	}
	if !m.rules.AnyVendor {
		return nil
	}
	accept := func(n string) bool {
		f := strings.ToLower(strings.Fields(n)[0])
		return !authorities[f] && !investigators[f] && !statePlaces[f] && !storeOwners[f] && !threatActor(lw, n)
	}
	for i, w := range lw {
		if !makerCues[lower(w)] || w.stop || i+1 >= len(lw) {
			continue
		}
		j := i + 1
		for j < len(lw) && j <= i+3 && !hasUpperOrDigit(lw[j].text) && !lw[j].stop {
			j++ // "made by Chinese vendor", "from a little-known maker"
		}
		for j+1 < len(lw) && (statePlaces[lower(lw[j])] || makerCues[lower(lw[j])]) {
			j++
		}
		if n, _ := namedAt(lw, j, lead); n != "" && accept(n) && !reporter(j+len(strings.Fields(n))) {
			return []trust.VendorHit{{Name: n, Term: n, Unlisted: true}}
		}
	}
	for i := 0; i < len(lw); i++ {
		var n string
		var e int
		if i == 0 {
			// "Zyxel devices", "Tecno W2 phones": a run of capitalised
			// words then what they make.
			for e = 0; e < len(lw) && e < 3 && hasUpperOrDigit(lw[e].text) && nameWord(lw[e]) && (e == 0 || !lw[e-1].stop); e++ {
			}
			d := e // "Contec CMS8000 patient monitors": up to two words of what it is
			for d < len(lw) && d < e+2 && !lw[d].stop && !hasUpperOrDigit(lw[d].text) && !deviceNouns[lower(lw[d])] &&
				!leadMakerVerbs[lower(lw[d])] && !sayVerbs[lower(lw[d])] {
				d++
			}
			if e == 0 || d >= len(lw) || !deviceNouns[lower(lw[d])] && !leadMakerVerbs[lower(lw[d])] || lw[e-1].stop {
				i = max(e, 1) - 1 // the opening run is no name ("Researchers found"), nor any word of it
				continue
			}
			n = lead[lw[0].start:lw[e-1].end]
			if lw[e-1].end-lw[e-1].start > len(lw[e-1].text) {
				n = lead[lw[0].start : lw[e-1].start+len(lw[e-1].text)] // "Zyxel's devices"
			}
		} else if n, e = namedAt(lw, i, lead); n == "" {
			continue
		}
		// "Analysis of the Contec CMS8000 found": the object of what was
		// analysed, not the one who found.
		if accept(n) && (!reporter(e) || bd10Object(lw, i)) {
			return []trust.VendorHit{{Name: n, Term: n, Unlisted: true}}
		}
		if e > i {
			i = e - 1
		}
	}
	return nil
}

// incidentNouns are a heist's or breach's words before "traced to".
var incidentNouns = wordSet("hack hacks heist heists breach breaches attack attacks hijack",
	"hijacking compromise theft intrusion incident exploit infection infections drain drains",
	// what the channel shipped: "Malicious firmware update traced to ..."
	"update updates release releases installer installers")

// machineOwners own a machine that builds or signs a vendor's code.
var machineOwners = wordSet(`developer developers employee employees engineer engineers staff admin
	administrator devops`)

// channelAt reads a vendor's channel at word c: a staff machine
// ("developer machine", "employee PC"), its web interface, a build,
// update or download server, or its Docker image. ships is true when the
// channel makes what users run (a build server): anything traced there
// was shipped; a machine or an interface ships only when the lead or the
// name says so. It returns the channel's last word.
func channelAt(words []titleWord, c int) (end int, ships, ok bool) {
	if c+1 >= len(words) {
		return 0, false, false
	}
	a, b := lower(words[c]), lower(words[c+1])
	switch {
	case machineOwners[a] && oneOf(b, "machine", "machines", "laptop", "laptops", "pc", "pcs", "computer", "computers",
		"workstation", "workstations", "device", "devices"):
		return c + 1, false, true
	case oneOf(a, "web", "user", "wallet", "signing") && oneOf(b, "interface", "ui", "frontend", "front-end"):
		return c + 1, false, true
	case oneOf(a, "build", "update", "updates", "download", "distribution", "release", "signing", "ci") &&
		oneOf(b, "server", "servers", "system", "systems", "environment", "pipeline", "infrastructure", "mirror", "key"):
		return c + 1, true, true
	case oneOf(a, "infrastructure", "frontend", "front-end", "website", "cdn") && oneOf(b, "compromise", "breach", "hack", "hijack"):
		return c, false, true // "traced to Safe{Wallet} infrastructure compromise" (chan9)
	case a == "docker" && oneOf(b, "image", "images"):
		return c + 1, true, true
	case a == "hosting" && oneOf(b, "provider", "account"):
		return c + 1, false, true
	}
	return 0, false, false
}

// rawName is the name as the title writes it around words s..e, out to the
// spaces that bound it, so that "Safe{Wallet}", "X.org" and "Notepad++"
// stay whole; a possessive and trailing punctuation are dropped.
func rawName(title string, words []titleWord, s, e int) string {
	lo, hi := words[s].start, words[e].end
	for lo > 0 && title[lo-1] != ' ' {
		lo--
	}
	for hi < len(title) && title[hi] != ' ' {
		hi++
	}
	return trimPossessive(strings.Trim(title[lo:hi], ",;:\"'“”‘’()[]$"))
}

// tracedTo reads a heist or breach "traced to" a vendor's channel: "Bybit
// hack traced to compromised Safe{Wallet} developer machine", "WazirX
// heist traced to compromised Liminal web interface", "SolarWinds attack
// traced to malware on company's build server". The vendor is the name
// before the channel when one is written there (the exchange robbed is
// the victim); else the one whose incident it is, when the channel is
// one that ships (a build server, a Docker image) or the lead says the
// vendor shipped the attacker's code (leadShips). A breach traced to a
// phished employee, stolen keys or a fake job offer names no channel of
// the vendor's and is the victim's own.
func (m *Matcher) tracedTo(title, body string, words []titleWord, hits []hit, question bool) unit {
	for t := 1; t+2 < len(words); t++ {
		if !tracedWords[lower(words[t])] {
			continue
		}
		i := t + 1
		if lower(words[i]) == "back" {
			i++
		}
		if i >= len(words) || lower(words[i]) != "to" {
			continue
		}
		inc := -1
		for k := t - 1; k >= 0 && k >= t-3; k-- {
			if incidentNouns[lower(words[k])] {
				inc = k
				break
			}
		}
		if inc < 0 {
			return unit{}
		}
		for c := i + 1; c < len(words) && c <= i+6; c++ {
			end, ships, ok := channelAt(words, c)
			if !ok {
				if e, ok := ossTracedAt(words, c); ok {
					if n := tracedPackage(title, words, i, c); n != "" {
						return m.tracedPackageUnit(title, words, hits, question, n, inc, e)
					}
				}
				if words[c].stop {
					break
				}
				continue
			}
			name := ""
			if p := c - 1; p > i && hasUpperOrDigit(words[p].text) && nameWord(words[p]) {
				s := p
				for s-1 > i && hasUpperOrDigit(words[s-1].text) && nameWord(words[s-1]) && s > p-2 {
					s--
				}
				name = rawName(title, words, s, p)
			}
			if name == "" {
				lead := titleWords(firstSentence(body))
				if !ships && !leadShips(lead) || inc == 0 {
					return unit{}
				}
				s := inc - 1
				for s > 0 && (shipWords[lower(words[s])] || oneOf(lower(words[s]), "chain", "update")) {
					s--
				}
				if !hasUpperOrDigit(words[s].text) || !nameWord(words[s]) {
					return unit{}
				}
				name = rawName(title, words, s, s)
			}
			f := strings.ToLower(strings.Fields(name)[0])
			if name == "" || authorities[f] || threatActor(words, name) || !vendorName(name) {
				return unit{}
			}
			extra := trust.SignalHit{Term: joinSpan(words, inc, end), Category: trust.CategoryCompromise, Weight: supplyWeight}
			u := m.scoreUnitWith(hits, true, false, question, &extra, false)
			if !u.ok {
				return unit{}
			}
			u.vendors = m.registryOr(name, hits)
			u.category = trust.CategoryCompromise
			u.evidence = clean(title)
			u.shapeEnd = words[end].end
			return u
		}
		return unit{}
	}
	return unit{}
}

// registryOr is the registry vendor of hits that name is written as, else
// name as an unlisted vendor.
func (m *Matcher) registryOr(name string, hits []hit) []trust.VendorHit {
	for _, h := range hits {
		if !m.hasVendor[h.pat] {
			continue
		}
		u := m.scoreUnit([]hit{h}, false, false, false)
		for _, v := range u.vendors {
			if looseVendor(v.Term, name) {
				return []trust.VendorHit{v}
			}
		}
	}
	return []trust.VendorHit{{Name: name, Term: name, Unlisted: true}}
}

// corpEnds end a business's name.
var corpEnds = wordSet(`technology technologies group inc ltd labs systems networks corp
	co holdings information network science sciences security`)

// firmForState reads a firm tied to a state's police, spies or military
// in the title: "Leaked files show Chinese firm i-Soon hacked for China's
// police and spy agencies", "i-Soon worked as contractor for Ministry of
// Public Security", "Chinese firm Integrity Technology linked to Flax
// Typhoon hacking": an investigation tying the vendor to a state
// (trust-events.md, state-links). The name must be a business's (a word
// of kind before it, a registry vendor, a company's last word): hackers,
// gangs and APTs "linked to the FSB" are the state's own, not a vendor.
func (m *Matcher) firmForState(title string, words []titleWord, hits []hit, question bool) unit {
	for v := 1; v+1 < len(words); v++ {
		lv := lower(words[v])
		var to int
		switch {
		case oneOf(lv, "hacked", "hacks", "spied", "spies", "worked", "works", "working", "contracted") &&
			lower(words[v+1]) == "for":
			to = v + 1
		case oneOf(lv, "worked", "works", "working", "served", "acted") && lower(words[v+1]) == "as":
			for k := v + 2; k+1 < len(words) && k <= v+4; k++ {
				if oneOf(lower(words[k]), "contractor", "contractors", "supplier", "front", "proxy") && lower(words[k+1]) == "for" {
					to = k + 1
					break
				}
			}
		case oneOf(lv, "linked", "tied") && lower(words[v+1]) == "to":
			to = v + 1
		}
		if to == 0 || words[v-1].stop {
			continue
		}
		body := false
		for k := to + 1; k < len(words) && k <= to+5; k++ {
			if stateBodies[lower(words[k])] {
				body = true
				break
			}
			if words[k-1].stop {
				break
			}
		}
		if !body {
			continue
		}
		n := nameBefore(words, v, false)
		if n == "" {
			continue
		}
		s := v - len(strings.Fields(splitName(n)))
		if s < 0 || threatActor(words, n) || inWords(words[:v], attackers) {
			return unit{}
		}
		f := strings.ToLower(strings.Fields(n)[0])
		if authorities[f] || statePlaces[f] || stateBodies[f] {
			return unit{}
		}
		firm := corpEnds[lower(words[v-1])]
		for k := s - 1; k >= 0 && k >= s-2 && !firm; k-- {
			firm = firmNouns[lower(words[k])]
		}
		vendors := m.registryOr(n, hits)
		if !firm && vendors[0].Unlisted {
			continue
		}
		extra := trust.SignalHit{Term: joinSpan(words, v, to), Category: trust.CategoryStateLinks, Weight: supplyWeight}
		u := m.scoreUnitWith(hits, true, false, question, &extra, false)
		if !u.ok {
			return unit{}
		}
		u.vendors, u.category = vendors, trust.CategoryStateLinks
		u.evidence = clean(title)
		return u
	}
	return unit{}
}

// suers are who brings a state's suit: an attorney general.
var suers = wordSet("attorney ag ags")

// stateSuit reads a state suing over an app it calls spyware or a tool of
// a foreign state: "Is Temu spyware? Arkansas attorney general says yes in
// new lawsuit", "Texas sues TP-Link, alleging routers expose users to
// Chinese state hackers" (trust-events.md: "lawsuit calls X app
// spyware"). The suit must be a state's (an attorney general, a state
// name before "sues"): consumers' class actions and suits over other
// harms ("AG sues Meta over teen mental health") are not this.
func (m *Matcher) stateSuit(title string, words []titleWord, hits []hit, question bool) unit {
	suit, sues := -1, -1
	for i, w := range words {
		lw := lower(w)
		switch {
		case oneOf(lw, "lawsuit", "suit", "sues", "sued", "suing", "complaint"):
			if suit < 0 {
				suit = i
			}
			if lw == "sues" || lw == "sued" {
				sues = i
			}
		}
	}
	if suit < 0 {
		return unit{}
	}
	// "Chinese state hackers" is no state suing: the suer stands before
	// the suit ("Texas sues", "state lawsuit") or is an attorney general.
	bySate := inWords(words, suers) || sues > 0 && notVendors[lower(words[sues-1])] ||
		suit > 0 && oneOf(lower(words[suit-1]), "state", "states", "state's")
	spy, state := false, false
	for _, w := range words {
		lw := lower(w)
		spy = spy || spyCharges[lw]
		state = state || stateWords[lw] || statePlaces[lw]
	}
	if !bySate || !spy && !state {
		return unit{}
	}
	// The vendor: a registry vendor of the title, else the name after
	// "sues" or after "Is" in the question.
	var vendors []trust.VendorHit
	for _, h := range hits {
		if m.hasVendor[h.pat] {
			vendors = m.scoreUnit([]hit{h}, false, false, false).vendors
			break
		}
	}
	if len(vendors) == 0 {
		n := ""
		if sues >= 0 && sues+1 < len(words) {
			n = nameAt(words, sues+1)
		}
		if n == "" && lower(words[0]) == "is" && len(words) > 1 {
			n = nameAt(words, 1)
		}
		if n == "" || threatActor(words, n) || !m.rules.AnyVendor {
			return unit{}
		}
		vendors = []trust.VendorHit{{Name: n, Term: n, Unlisted: true}}
	}
	cat := trust.CategoryEspionage
	if state {
		cat = trust.CategoryStateLinks
	}
	extra := trust.SignalHit{Term: joinSpan(words, suit, suit), Category: cat, Weight: supplyWeight}
	u := m.scoreUnitWith(hits, true, false, false, &extra, true)
	if !u.ok {
		return unit{}
	}
	u.vendors, u.category = vendors, cat
	u.evidence = clean(title)
	return u
}

// hijackedWords say a botnet's devices were taken over, not built so.
var hijackedWords = wordSet(`hacked compromised hijacked infected end-of-life eol vulnerable
	exploited outdated unpatched legacy ensnared enslaved commandeered disrupts disrupted
	dismantles dismantled takes took seizes seized`)

// routerBotnet reports whether a title tells a botnet of a vendor's
// devices taken over by others ("FBI disrupts Russian GRU botnet built on
// hacked Ubiquiti routers", "Europol disrupts proxy botnet of end-of-life
// Linksys routers"): attackers using the devices, never the maker's event,
// whatever state runs the botnet. A botnet preinstalled at the factory
// (BadBox on TV boxes) is the maker's, and keeps its alert.
func routerBotnet(title string, gate *item) bool {
	if !gate.has(gBotnet) {
		return false
	}
	words := gate.words(title)
	return inWords(words, hijackedWords) && !inWords(words, hiddenAdjs) &&
		!inWords(words, wordSet("factory ships shipped sold backdoored firmware"))
}
