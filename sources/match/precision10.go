package match

import "github.com/vendorwatch/vendorwatch/trust"

// precision10.go: look-alikes that alert but are not events, read once an
// alert exists, each by evidence any wording of it carries across the
// title and the lead's first sentence (trust-events.md decides each):
//   - the vendor answering an accusation ("Qimtek denies sending user data
//     to China", "DJI pushes back on claims ...", "backdoor report is
//     false, company says"): a reaction to the accusation, which is the
//     event. Like the other follow-ups it is coverage: it joins an open
//     event of its vendor and category and never starts a post;
//   - a finding denied or walked back ("no malicious code in DJI drones",
//     "'Backdoor' in ESP32 chips was undocumented debug commands,
//     researchers clarify"): no compromise or spying found (coverage);
//   - a known compromise named as a thing ("Coinbase was the original
//     target of the GitHub Actions supply chain attack"): new details of
//     a past event (coverage);
//   - a listing in the lead as standing background to corporate news
//     ("NSO Group acquired by U.S. investors" — "which remains on the
//     Entity List"): no action taken (dropped);
//   - blocks and removals for speech, politics or protest ("China blocks
//     Clubhouse after users discuss sensitive topics", "Apple removes
//     ICEBlock app after pressure from Justice Department") with no
//     security, data or state-action motive beside them (dropped);
//   - apps a store purges that posed as something else ("Google Play
//     removes 331 'Vapor' apps" — "posed as utilities"): never trusted
//     (dropped);
//   - default passwords ("Brother printers ship with default admin
//     passwords"): a documented setting the owner changes, a
//     vulnerability; a hard-coded or hidden login stays a backdoor
//     (dropped).

// precision10After vetoes or marks as coverage the look-alikes above;
// false drops the alert.
func precision10After(title, lead string, u *unit) bool {
	words := headline(titleWords(title))
	tw := lowerWords(words)
	if p10Denial(words, tw, u) {
		u.coverage = true
	}
	switch u.category {
	case trust.CategoryCompromise, trust.CategoryOSS, trust.CategoryEspionage, trust.CategoryStateLinks:
		if p10Negated(tw) || anyOf(tw, p10walkBack) || pairIn(tw, p10false, p10alarm, 1) || pairIn(tw, p10cleared, p10of, 4) {
			u.coverage = true
		}
		if u.category == trust.CategoryCompromise && p10DefaultLogin(tw) {
			return false
		}
		if (u.category == trust.CategoryCompromise || u.category == trust.CategoryOSS) && p10KnownAttack(words, tw, u) {
			u.coverage = true
		}
	case trust.CategoryBan, trust.CategoryDelisting, trust.CategoryDirective:
		lw := lowerWords(titleWords(firstSentence(lead)))
		if p10Speech(tw, lw, u.category == trust.CategoryBan) {
			return false
		}
		if u.category == trust.CategoryDelisting && (anyOf(tw, p10posed) || anyOf(lw, p10posed)) &&
			!anyOf(tw, p10legit) && !anyOf(lw, p10legit) {
			return false
		}
		if u.across && u.category == trust.CategoryBan && p10Standing(lw) {
			return false
		}
	case trust.CategorySanctions:
		if u.across && p10Standing(lowerWords(titleWords(firstSentence(lead)))) {
			return false
		}
	}
	if (u.category == trust.CategoryBan || u.category == trust.CategorySanctions || u.category == trust.CategoryReversal) && p10Corporate(tw) {
		return false
	}
	return true
}

var (
	// p10deny are a speaker answering an accusation.
	p10deny = wordSet(`denies denied deny denying rejects rejected disputes disputed refutes refuted
		rebuts rebutted dismisses dismissed contests contested`)
	// p10back follow a verb that answers ("pushes back", "hits back").
	p10backVerbs = wordSet("pushes pushed push hits hit fires fired strikes struck")
	p10back      = wordSet("back")
	// p10say are a speaker's verbs, whose object a falsity word judges
	// ("calls claims baseless", "says report is false").
	p10say = wordSet("says said calls called insists insisted maintains claims")
	// p10false judge an accusation.
	p10false = wordSet(`false baseless untrue unfounded groundless inaccurate misleading nonsense lies
		fabricated smear bogus`)
	p10copula = wordSet("is are was were")
	// p10claims are an accusation as a noun.
	p10claims = wordSet(`claim claims report reports reporting allegation allegations accusation
		accusations story stories rumour rumours rumor rumors charges`)
	// p10makers stand for the vendor as a speaker ("company denies").
	p10makers = wordSet(`company firm maker makers giant developer developers vendor manufacturer
		startup brand operator chipmaker`)
	// p10authorities before a refusal make it an authority's act ("FCC
	// rejects China Mobile bid"), which other rules read.
	p10authorities = wordSet(`court courts judge judges fcc commerce government governments regulator
		regulators ministry agency agencies department pentagon treasury congress senate house
		commission watchdog lawmakers parliament state states officials administration cisa eu
		ftc doj dhs dod fbi nsa bis ofac sec police prosecutors mps senators`)
	// p10subordinate open a clause inside the subject's reach.
	p10subordinate = wordSet(`after as when because over since following amid before while and
		that who which if it they`)
	// p10contrast open a clause that may hold an event of its own ("Zorblax
	// denies wrongdoing as Montana bans app").
	p10contrast = wordSet("as but while yet though although even")
)

// p10Denial reads the vendor answering an accusation: a denial verb
// ("denies", "rejects", "pushes back") whose subject, before it in the
// title's first clause, is the alert's vendor or a maker noun and no
// authority, with no contrast clause after it; a speaker calling the
// accusation false ("Zorblax calls spying claims baseless"); or a claim
// judged false whoever says so ("Backdoor report is false, company
// says").
func p10Denial(words []titleWord, tw []string, u *unit) bool {
	// Only the first clause: "US adds SenseTime to investment blacklist;
	// company rejects 'groundless' accusations" is the listing's news.
	n := len(tw)
	for i, w := range words {
		if w.stop {
			n = i + 1
			break
		}
	}
	first := tw[:n]
	if pairIn(first, p10claims, p10false, 3) || pairIn(first, p10false, p10claims, 3) {
		return true
	}
	// "Report that Orvane app sends contacts to Chinese servers is false"
	for j := 2; j < n; j++ {
		if p10false[tw[j]] && p10copula[tw[j-1]] && anyOf(tw[:j-1], p10claims) {
			return true
		}
	}
	for i := 1; i < n; i++ {
		verb := p10deny[tw[i]] || p10backVerbs[tw[i]] && i+1 < n && p10back[tw[i+1]] ||
			p10say[tw[i]] && anyOf(tw[i+1:min(n, i+6)], p10false)
		if !verb {
			continue
		}
		if anyOf(tw[:i], p10authorities) || anyOf(tw[i:], p10contrast) {
			return false
		}
		// The subject: the vendor or a maker noun within three words
		// before the verb, with no clause opening between ("Ohio drone
		// ban reversed after police push back" is the police's answer;
		// "Zorblax removes backdoor it denied existed" admits one).
		// Another name may answer for the product the alert names
		// ("Microsoft denies claims of secret backdoor in Windows
		// encryption" names BitLocker from the lead) when what it denies
		// is called a claim.
		claimed := anyOf(tw[i+1:n], p10claims)
		for k := i - 1; k >= 0 && k >= i-3 && !p10subordinate[tw[k]]; k-- {
			if p10makers[tw[k]] || len(tw[k]) > 2 && namesVendor(u.vendors, words[k].text) ||
				claimed && hasUpperOrDigit(words[k].text) {
				return true
			}
		}
		return false
	}
	return false
}

var (
	// p10negations deny what follows them.
	p10negations = wordSet(`no not never none nothing zero isn't aren't wasn't weren't hasn't
		haven't didn't doesn't don't isn’t aren’t wasn’t weren’t hasn’t haven’t didn’t
		doesn’t don’t`)
	// p10filler stand between a negation and what it denies ("no evidence
	// of a hidden backdoor").
	p10filler = wordSet(`evidence sign signs trace traces proof indication indications of a an
		any the hidden secret such real actual deliberate intentional`)
	// p10finding are what a trust finding says was there.
	p10finding = wordSet(`backdoor backdoors backdoored malicious malware spyware spying spy espionage
		tampering tampered leak leaks leaked send sends sent transmit transmits transmitted
		share shares shared trojan trojans implant implants kill compromise compromised
		harvest harvests exfiltrate exfiltrates`)
	// p10walkBack take back what was said.
	p10walkBack = wordSet(`clarify clarifies clarified clarification retract retracts retracted retraction
		debunk debunks debunked overstated overblown exaggerated backtracks backtracked
		misreported`)
	p10alarm = wordSet("alarm positive positives")
	// p10cleared of a finding: "assessment cleared DJI drones of
	// malicious code".
	p10cleared = wordSet("cleared clears clear exonerated exonerates absolved absolves")
	p10of      = wordSet("of")
)

// p10Negated reads a finding denied: a negation, then at most a few
// filler words ("no evidence of", "a"), then the finding itself ("found
// no malicious code", "drones do not leak data", "is not a backdoor",
// "free of backdoors").
func p10Negated(tw []string) bool {
	for i, w := range tw {
		if !p10negations[w] && !(w == "free" && i+1 < len(tw) && tw[i+1] == "of") {
			continue
		}
		for k := i + 1; k < len(tw) && k <= i+5; k++ {
			if p10finding[tw[k]] {
				return true
			}
			if !p10filler[tw[k]] {
				break
			}
		}
	}
	return false
}

var (
	// p10defaults are logins the owner is given to change.
	p10defaults = wordSet("default factory weak guessable predictable")
	p10logins   = wordSet("password passwords credential credentials login logins admin")
	// p10built are a login the vendor hid or fixed in its product: a
	// backdoor, whatever it is called.
	p10built = wordSet("hard-coded hardcoded undocumented hidden secret backdoor backdoors static")
)

// p10DefaultLogin reads a product shipped with default or weak passwords
// ("ship with default admin passwords"): a vulnerability, unless the
// title calls the login hard-coded, hidden or a backdoor.
func p10DefaultLogin(tw []string) bool {
	return pairIn(tw, p10defaults, p10logins, 2) && !anyOf(tw, p10built)
}

var (
	// p10attackNouns name a compromise as a thing that happened.
	p10attackNouns = wordSet(`attack attacks compromise hack breach incident intrusion hijack hijacking
		heist campaign`)
	// p10fallout are what follows a known attack: its victims, its cost,
	// its investigation.
	p10fallout = wordSet(`victims victim fallout aftermath probe investigation cost costs losses toll
		timeline`)
)

// p10KnownAttack reads a compromise named as a known thing inside a
// title that says something else about it: "the", then within four words
// the alert's vendor, then an attack noun ("Coinbase was the original
// target of the GitHub Actions supply chain attack", "Lazarus behind the
// 3CX supply chain attack, Mandiant says"), or before its victims or
// fallout ("Zorblax supply chain attack victims include US agencies").
// A first report says what happened ("X hit by supply chain attack"),
// not "the X attack".
func p10KnownAttack(words []titleWord, tw []string, u *unit) bool {
	// "Zorblax supply chain attack victims include US agencies": the
	// attack named before its victims or fallout.
	for i := 1; i+1 < len(tw); i++ {
		if !p10attackNouns[tw[i]] || words[i].stop || !p10fallout[tw[i+1]] && (i+2 >= len(tw) || words[i+1].stop || !p10fallout[tw[i+2]]) {
			continue
		}
		for k := max(0, i-4); k < i; k++ {
			if len(tw[k]) > 2 && namesVendor(u.vendors, tw[k]) {
				return true
			}
		}
	}
	for i := 1; i < len(tw); i++ {
		if tw[i] != "the" {
			continue
		}
		named := false
		for k := i + 1; k < len(tw) && k <= i+6; k++ {
			if p10attackNouns[tw[k]] {
				if named {
					return true
				}
				break
			}
			named = named || len(tw[k]) > 2 && namesVendor(u.vendors, tw[k])
		}
	}
	return false
}

var (
	// p10speech are reasons of speech, politics and protest.
	// What a product is found to censor is a finding about it, so the
	// verbs stay out ("could detect and censor terms").
	p10speech = wordSet(`censorship protest protests
		protesters protestors demonstrations demonstrators unrest dissent dissident dissidents
		opposition election elections electoral voting discuss discussed discussing discussion
		discussions political politically politics criticism coverage news pressure ice-tracking`)
	// p10vpn are tools to get round a censor: a state banning them
	// censors ("Russia blocks foreign VPN services"); a directive on
	// VPN appliances or a store pulling a VPN for its users' data is
	// no such thing, so only a ban reads them.
	p10vpn = wordSet("vpn vpns")
	// p10trustMotive are motives of trust, or a trust action behind the
	// step (a store pulling an app under a ban).
	p10trustMotive = wordSet(`security secure cybersecurity cyber privacy data spy spying spyware
		espionage surveillance intelligence hack hacked hacking hackers malware malicious
		backdoor backdoors sovereignty military defence defense national ban banned bans sanctions sanctioned
		blacklist blacklisted entity covered adversary adversaries ownership owned ties linked
		hacks breach breaches breached attack attacks cyberattack cyberattacks compromised
		exploited botnet`)
)

// p10Speech reads a block or removal for speech, politics or protest
// ("China blocks Clubhouse after users discuss sensitive topics", "Apple
// and Google pull Navalny voting app as Russian election begins"), in
// title or lead, or a ban on VPNs, with no motive of trust beside it.
func p10Speech(tw, lw []string, ban bool) bool {
	speech := anyOf(tw, p10speech) || anyOf(lw, p10speech) || pairIn(tw, p10sensitive, p10topics, 2) || pairIn(lw, p10sensitive, p10topics, 2) ||
		ban && anyOf(tw, p10vpn)
	return speech && !anyOf(tw, p10trustMotive) && !anyOf(lw, p10trustMotive)
}

var (
	// p10sensitive before a subject of talk is speech ("sensitive
	// topics", "illegal content"); "sensitive sites" are a place.
	p10sensitive = wordSet("sensitive illegal prohibited objectionable unlawful")
	p10topics    = wordSet("topic topics subject subjects issues content matters discussions discussion")
)

var (
	// p10posed say an app pretended to be something else: never trusted.
	p10posed = wordSet(`posed posing poses pose disguised masquerading masqueraded impersonating
		impersonated pretending fake`)
	// p10legit say a trusted app was turned.
	p10legit = wordSet(`legitimate hijacked compromised official sold acquired owner owners takeover
		bought`)
)

var (
	// p10standing say a listing stands from before: background.
	p10standing = wordSet("remains remain remained still already stays stayed since")
	p10listed   = wordSet("list blacklist blacklisted sanctioned sanctions banned listed")
)

// p10Standing reads a lead whose listing is background ("..., which
// remains on the Commerce Entity List", "blacklisted since 2019"): a
// standing word within four words before the list word, or "since"
// within three after it.
func p10Standing(lw []string) bool {
	for i, w := range lw {
		if !p10listed[w] {
			continue
		}
		for k := max(0, i-5); k < i; k++ {
			if p10standing[lw[k]] {
				return true
			}
		}
		for k := i + 1; k < len(lw) && k <= i+3; k++ {
			if lw[k] == "since" {
				return true
			}
		}
	}
	return false
}

var (
	// p10business are a company's own news: its results, shares, staff.
	// Shares moving are the same day's reaction to the action, so they
	// are not read.
	p10business = wordSet(`profit profits revenue revenues earnings ipo layoffs hires appoints ceo
		funding valuation quarterly results dividend`)
	// p10backdrop open the clause an action stands in as a backdrop.
	p10backdrop = wordSet("after as despite amid following since under")
)

// p10Corporate reads a company's own news with an action as its backdrop
// ("ZTE returns to profit after US ban lifted", "Huawei revenue climbs
// despite sanctions"): a business word before the clause that holds the
// action, which was news when it was taken.
func p10Corporate(tw []string) bool {
	for _, w := range tw {
		if p10backdrop[w] {
			return false
		}
		if p10business[w] {
			return anyOf(tw, p10backdrop)
		}
	}
	return false
}
