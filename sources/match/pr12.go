package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// pr12.go: look-alikes real security news is full of, read once an alert
// exists, by evidence any wording of them carries (trust-events.md decides
// each):
//   - a privacy case: a regulator, a court or a plaintiff probing, fining
//     or suing a vendor over privacy law ("Nigeria investigates Temu for
//     possible data privacy breaches", "Irish regulator fines TikTok over
//     children's privacy", "X hit with class action over data
//     collection"). Compliance with privacy law is no tie to a state and
//     no spying; the same case over data sent to China, spyware or
//     secret harvesting stays ("Ireland fines TikTok for sending user data
//     to China", "Texas sues Temu, calling its app spyware").
//   - a backdoor attackers left on a vendor's devices ("Custom backdoors
//     found on Juniper routers in espionage campaign", "Espionage group
//     backdoors Fortinet appliances"): an implant after a break-in, not a
//     backdoor the vendor shipped ("CoolReaper backdoor found on millions
//     of Coolpad phones", "Hackers backdoor messaging app update" stay).
//   - the vendor as the target of spies ("Russian GRU targeting Fortinet
//     and other tech companies", "Chinese spies breached Huawei network",
//     "TikTok targeted by Chinese espionage campaign"): state hackers
//     attacking a vendor tie it to no state, unless through its channel
//     (a supply-chain attack on its updates stays).
//   - spying denied by the title's own verb ("Huawei's new chatbot can't
//     spy on you").
//   - an outlet pulling its own story or article about a vendor
//     ("Newspaper pulls article on Huawei after complaint"): content
//     taken down, not the vendor's products.
//   - a spyware maker's tools found on or used against victims ("Citizen
//     Lab finds Pegasus spyware on phones of Spanish politicians",
//     "Governments used Predator spyware to spy on dissidents"): reports
//     of a maker's tools used on victims are not events; courts,
//     sanctions, probes and bans against it stay, and so does spyware a
//     vendor's own update shipped.
//   - an order to patch ("CISA orders agencies to patch FortiOS flaw
//     within a week", even beside "emergency directive"): a patch is a
//     vulnerability's news; an order to disconnect, remove or replace,
//     alone or beside the patch, stays.
//   - a store removing malicious add-ons ("Google removes malicious
//     Chrome extensions that hijacked searches"): what the add-ons did,
//     not add-ons hijacked; they were never trusted.
//   - an outage or a faulty update with no attacker ("Kaspersky restores
//     update servers after outage"): nothing shipped through the channel.
//   - a company's shares delisted or dropped from an index ("Hikvision
//     removed from stock index after sanctions"): a market's act, not a
//     product pulled; at most a further report of the sanctions.
//   - a reversal the lead only says is sought ("NSO Group hires
//     lobbyists" — "trying to get removed from the Entity List").
//   - attackers abusing a product, or an implant a hacking group left
//     ("Microsoft warns of hackers abusing the company's Teams app",
//     "Security firm finds Chinese backdoor implant in routers" — "used
//     by the Camaro Dragon hacking group"): attackers using a product,
//     unless its updates or supply chain are what they abused.
//   - the vendor as the victim of those sanctioned ("Treasury sanctions
//     hackers behind Kaseya attack", "UK sanctions members of ransomware
//     gang that hit Fortinet"): the sanctions fall on the attackers.
//   - a ban denied, ruled out or decided against ("UK decides not to ban
//     Huawei", "White House says no plans to ban DJI").
//   - a ban only called for or recommended by whoever ("Calls grow to ban
//     TikTok", "Report recommends banning Huawei from government
//     networks"): no authority has acted.
//   - the vendor banning people from its own service ("OpenAI bans
//     Chinese hackers from using ChatGPT", "Arvoro bans accounts linked to
//     scams"): a platform's moderation, not trust withdrawn from it.

// pr12Alert applies pr12After to an alert made: its Coverage set, false
// to drop it.
func pr12Alert(title, text string, a *trust.Alert) bool {
	u := unit{category: a.Category, vendors: a.Vendors, across: a.Across, coverage: a.Coverage}
	ok := pr12After(title, stripCredit(text), &u)
	a.Coverage = u.coverage
	return ok
}

// pr12After marks the look-alikes above coverage: none is news of its
// own, and each may be one more report of an open event (a fine after a
// regulator's earlier finding, sanctions on those behind a vendor's
// compromise, a ban denied after it was announced). A platform's own
// moderation is dropped; false drops the alert.
func pr12After(title, lead string, u *unit) bool {
	switch u.category {
	case trust.CategoryOSS:
		tw := lowerWords(headline(titleWords(title)))
		return !pr12BadRemoved(tw)
	case trust.CategoryReversal:
		if u.across && pairIn(lowerWords(titleWords(firstSentence(lead))), pr12Tries, pr12Undone, 4) {
			u.coverage = true
		}
		return true
	case trust.CategoryCompromise, trust.CategoryStateLinks, trust.CategoryEspionage:
		words := headline(titleWords(title))
		tw := lowerWords(words)
		if u.category == trust.CategoryCompromise && (pr12BadRemoved(tw) || anyOf(tw, pr12Outage) && !anyOf(tw, pr12Harm)) {
			return false
		}
		if pr12Implanted(words, tw) || pr12SpywareUsed(words, tw) || u.category == trust.CategoryCompromise && pr12Abused(words, tw, lead) || u.category != trust.CategoryCompromise && (pr12Targeted(words, tw, u) || pr12NoSpying(tw)) {
			u.coverage = true
		}
		if u.across && !inWords(words, shipWords) && !inWords(words, channelNouns) {
			// The vendor only in the lead: "Custom backdoors found on
			// routers", its lead "UNC3886 deployed backdoors on Juniper
			// routers".
			if lws := titleWords(firstSentence(lead)); pr12Implanted(lws, lowerWords(lws)) {
				u.coverage = true
			}
		}
		if u.category == trust.CategoryCompromise || !pr12PrivacyCase(tw) {
			return true
		}
		if lw := lowerWords(titleWords(firstSentence(lead))); !pr12Tied(tw) && !pr12Tied(lw) {
			u.coverage = true
		}
		return true
	case trust.CategoryBan, trust.CategorySanctions, trust.CategoryDelisting, trust.CategoryDirective:
	default:
		return true
	}
	words := headline(titleWords(title))
	tw := lowerWords(words)
	if u.category == trust.CategorySanctions && (pr12Victim(words, tw, u) || u.across && pr12LeadVictim(tw, lead, u)) ||
		pr12Negated(tw) ||
		u.category == trust.CategoryBan && pr12Called(tw) && !anyOf(tw, p9decided) {
		u.coverage = true
	}
	if u.category == trust.CategoryDirective && pr12PatchOnly(tw, lowerWords(titleWords(firstSentence(lead)))) {
		u.coverage = true
	}
	if u.category == trust.CategoryDelisting && anyOf(tw, pr12Markets) {
		u.coverage = true
	}
	if u.category == trust.CategoryBan && pr12OwnUsers(words, tw, u) || u.category == trust.CategoryDelisting && pr12Content(tw) {
		return false
	}
	return true
}

var (
	// pr12Case are a case brought: a probe, a fine, a suit.
	pr12Case = wordSet(`investigates investigate investigating investigated investigation probe probes
		probing probed inquiry fine fines fined sue sues sued suing lawsuit lawsuits
		suit action settle settles settled settlement penalty penalised penalized`)
	// pr12Privacy are what privacy law asks of a vendor.
	pr12Privacy = wordSet(`privacy protection gdpr children's children kids child minors consent
		compliance violations violation breaches practices handling mishandling personal cookies cookie retention deceptive`)
	// pr12Ties are a state, spying or data sent away: what makes a privacy
	// case a trust event.
	pr12Ties = wordSet(`china china's beijing communist ccp kremlin moscow russia russia's iran
		state state-backed intelligence espionage spy spies spying spied spyware malware
		surveillance secretly secret covert covertly hidden exfiltrate exfiltrates exfiltrated
		exfiltrating exfiltration harvest harvests harvesting harvested backdoor backdoors
		tracking tracked tracks journalists transfer transfers transferred transferring send
		sends sent sending routes routed security cybersecurity data-gathering`)
	// pr12Foreign and pr12Rulers: "Chinese government", "foreign
	// authorities"; the country's adjective alone only describes the
	// vendor ("Chinese online retailer Temu").
	pr12Foreign = wordSet("chinese russian iranian foreign north")
	pr12Rulers  = wordSet("government governments authorities officials party regime military korean")
)

// pr12PrivacyCase reads a case over privacy law: a word of the case and
// privacy as its stated motive, after the case ("investigates Temu for
// possible data privacy breaches") or naming it ("faces privacy probe").
// Privacy that only names who acts ("Italy's privacy watchdog opens probe
// into DeepSeek") states no motive: the probe may be over data sent to a
// state.
func pr12PrivacyCase(tw []string) bool {
	c := -1
	for i, w := range tw {
		if pr12Case[w] {
			c = i
			break
		}
	}
	if c < 0 {
		return false
	}
	for i, w := range tw {
		if pr12Privacy[w] && (i > c || i+1 < len(tw) && pr12Case[tw[i+1]]) {
			return true
		}
	}
	return false
}

// pr12Tied reports whether ws ties a privacy case to a state or to spying.
func pr12Tied(ws []string) bool {
	return anyOf(ws, pr12Ties) || pairIn(ws, pr12Foreign, pr12Rulers, 1)
}

var (
	// pr12Incidents are an attack the vendor suffered, right after its name.
	pr12Incidents = wordSet(`attack attacks cyberattack cyberattacks hack hacks breach breaches
		hacker hackers intrusion heist leak ransomware`)
	// pr12Attackers are people or gangs sanctioned.
	pr12Attackers = wordSet(`hacker hackers members member gang gangs operators individuals nationals
		national administrator admin leader leaders actors affiliate affiliates crew russians`)
	// pr12Hit link attackers to their victim ("gang that hit X", "attack on X").
	pr12Hit = wordSet("hit hits on against targeted targeting breached hacked attacked extorted")
)

// pr12Victim reports whether every vendor of the sanctions alert is told
// as the victim of those sanctioned: its name followed by an attack noun
// ("behind Kaseya attack"), or after a verb of hitting with attackers
// sanctioned before it ("members of ransomware gang that hit Fortinet").
func pr12Victim(words []titleWord, tw []string, u *unit) bool {
	if len(u.vendors) == 0 {
		return false
	}
	for _, v := range u.vendors {
		k := -1
		for i := range words {
			if pr12NameAt(tw, i, v) {
				k = i
				break
			}
		}
		if k < 0 {
			return false
		}
		if k+1 < len(tw) && pr12Incidents[tw[k+1]] {
			continue
		}
		if k > 0 && pr12Hit[tw[k-1]] && anyOf(tw[:k-1], pr12Attackers) {
			continue
		}
		return false
	}
	return true
}

// pr12LeadVictim reads sanctions whose title names only attackers ("UK
// sanctions LockBit affiliates") and whose lead names the vendor as struck
// by them ("The affiliates had attacked Fortinet and dozens of other
// firms"): every vendor of the lead after a verb of striking, in its
// phrase.
func pr12LeadVictim(tw []string, lead string, u *unit) bool {
	if !anyOf(tw, pr12Attackers) || len(u.vendors) == 0 {
		return false
	}
	lws := titleWords(firstSentence(lead))
	lw := lowerWords(lws)
	for _, v := range u.vendors {
		k := -1
		for i := range lw {
			if pr12NameAt(lw, i, v) {
				k = i
				break
			}
		}
		if k < 1 || !pr12StruckIn(lws[:k], lw[:k]) {
			return false
		}
	}
	return true
}

// pr12StruckIn reports whether before ends with a verb of striking in the
// same phrase as its end, within eight words of it.
func pr12StruckIn(words []titleWord, before []string) bool {
	return pr12StrikeAt(words, before, 0) >= 0
}

// pr12StrikeAt is the last verb of striking in before at lo or after,
// in the same phrase as before's end and within eight words of it; -1
// for none.
func pr12StrikeAt(words []titleWord, before []string, lo int) int {
	for h := len(before) - 1; h >= lo && h >= len(before)-8; h-- {
		if words[h].stop {
			return -1
		}
		if pr12Strikes[before[h]] {
			return h
		}
	}
	return -1
}

var (
	// pr12Nots deny or rule out what follows.
	pr12Nots = wordSet("not no won't wont never against n't")
	// pr12Bans are the act denied.
	pr12Bans = wordSet(`ban bans banning banned bar barring barred blacklist blacklisting
		sanction sanctioning prohibit prohibiting block blocking exclude excluding`)
	// pr12Ruled are verbs of denying or ruling out plans ("denies plans",
	// "rules out banning").
	pr12Ruled = wordSet("denies denied deny dismisses dismissed rules ruled ruling")
	// pr12Unnegated are negations that deny nothing: "no more" is a ban of
	// its own; "not only banned TikTok" adds to it.
	pr12Unnegated = set("no more", "not only", "not just", "not merely")
	// pr12Intent are a plan or decision negated before the act.
	pr12Intent = wordSet("to plans plan intention intent move decision immediate")
	pr12Plans  = wordSet("plans plan reports report talk out intention rumours rumors")
)

// pr12Negated reads a ban ruled out: a negation of the act itself ("will
// not ban", "won't blacklist", "against banning") or of a plan or decision
// to act ("decides not to ban", "no plans to ban", "denies plans to ban",
// "rules out banning"). A negation of anything else denies no decision:
// "says no law bans iPhones" states what the law is.
func pr12Negated(tw []string) bool {
	for i, w := range tw {
		neg := pr12Nots[w] && !(i+1 < len(tw) && pr12Unnegated[w+" "+tw[i+1]]) ||
			pr12Ruled[w] && i+1 < len(tw) && pr12Plans[tw[i+1]]
		if !neg || i+1 >= len(tw) {
			continue
		}
		if pr12Bans[tw[i+1]] {
			return true
		}
		if !pr12Intent[tw[i+1]] && !pr12Ruled[w] {
			continue
		}
		if anyOf(tw[i+2:min(len(tw), i+4)], pr12Bans) {
			return true
		}
	}
	return false
}

var (
	// pr12Calls are a ban asked for or advised, by anyone.
	pr12Calls = wordSet(`calls call calling recommends recommend recommended recommendation urges
		urge urged urging petition demands demand`)
	pr12Banning = wordSet("ban banning bar barring blacklist blacklisting prohibit prohibiting")
)

// pr12Called reads a ban called for or recommended ("Calls grow to ban
// TikTok", "Report recommends banning Huawei"): the call within four
// words before the ban. Advice to those who use the product ("urges
// agencies to ban") is a directive's, left alone.
func pr12Called(tw []string) bool {
	for i, w := range tw {
		if !pr12Calls[w] || i+1 < len(tw) && addressees[tw[i+1]] {
			continue
		}
		if anyOf(tw[i+1:min(len(tw), i+5)], pr12Banning) {
			return true
		}
	}
	return false
}

var (
	// pr12Users are people or content a platform bans from itself.
	pr12Users = wordSet(`accounts account users user hackers groups actors criminals scammers
		cheaters players bots ads posts content networks influencers creators`)
	pr12BanVerbs = wordSet(`bans banned blocks blocked bars barred suspends suspended removes
		removed purges purged`)
)

// pr12OwnUsers reads the alert's one vendor banning people or content
// from its own service: its name right before the verb and a user noun
// within three words after ("OpenAI bans Chinese hackers from using
// ChatGPT").
func pr12OwnUsers(words []titleWord, tw []string, u *unit) bool {
	if len(u.vendors) != 1 {
		return false
	}
	for i := 1; i < len(tw); i++ {
		if !pr12BanVerbs[tw[i]] || !namesVendor(u.vendors, words[i-1].text) {
			continue
		}
		for k := i + 1; k < len(tw) && k <= i+3; k++ {
			if pr12Reasons[tw[k]] {
				break // "blocked over user data concerns": a reason, not whom
			}
			if pr12Users[tw[k]] {
				return true
			}
		}
	}
	return false
}

// pr12Reasons open a verb's reason, after its object.
var pr12Reasons = wordSet("over after amid for because due citing")

// pr12NameAt reports whether the vendor's name, word for word, starts at
// tw[i] ("Fortinet", not the "for" it holds).
func pr12NameAt(tw []string, i int, v trust.VendorHit) bool {
	for _, n := range [2]string{v.Name, v.Term} {
		f := strings.Fields(strings.ToLower(n))
		if len(f) == 0 || i+len(f) > len(tw) {
			continue
		}
		same := true
		for j, p := range f {
			if strings.TrimSuffix(tw[i+j], "'s") != p {
				same = false
				break
			}
		}
		if same {
			return true
		}
	}
	return false
}

var (
	// pr12Backdoors are a backdoor or implant named.
	pr12Backdoors = wordSet("backdoor backdoors backdoored implant implants")
	// pr12BackdoorVerbs are attackers backdooring something.
	pr12BackdoorVerbs = wordSet("backdoor backdoors backdoored backdooring")
	// pr12Attack are a break-in told: who did it or how.
	pr12Attack = wordSet(`hackers hacker attackers attacker cyberspies apt actors actor group
		groups campaign campaigns hacked espionage cyberespionage exploited exploiting exploit
		exploits zero-day flaw flaws vulnerability breached intrusions`)
	// pr12Hosts are the devices an implant sits on.
	pr12Hosts = wordSet(`servers server devices routers systems machines networks computers endpoints
		hosts appliances phones firewalls gateways switches controllers`)
)

// pr12ActorNamed reports whether ws names a tracked threat group
// ("UNC3886", "APT41", "Storm-0558"): a break-in told by its author.
func pr12ActorNamed(ws []string) bool {
	for _, w := range ws {
		for _, p := range [...]string{"unc", "apt", "storm-", "ta", "temp."} {
			if len(w) > len(p) && strings.HasPrefix(w, p) && w[len(p)] >= '0' && w[len(p)] <= '9' {
				return true
			}
		}
	}
	return false
}

// pr12Implanted reads a backdoor attackers left on devices: with no
// channel of the vendor's in the title, a backdoor "on" hosts in a title
// that tells a break-in ("Custom backdoors found on Juniper routers in
// espionage campaign"), or attackers backdooring hosts ("Espionage group
// backdoors Fortinet appliances").
func pr12Implanted(words []titleWord, tw []string) bool {
	if !anyOf(tw, pr12Backdoors) || !anyOf(tw, pr12Attack) && !pr12ActorNamed(tw) || inWords(words, shipWords) || inWords(words, channelNouns) {
		return false
	}
	for i, w := range tw {
		if !pr12Backdoors[w] {
			continue
		}
		for k := i + 1; k < len(tw) && k <= i+3; k++ {
			if tw[k] == "on" && anyOf(tw[k+1:min(len(tw), k+5)], pr12Hosts) {
				return true
			}
		}
		if pr12BackdoorVerbs[w] && anyOf(tw[:i], pr12Attack) && anyOf(tw[i+1:min(len(tw), i+4)], pr12Hosts) {
			return true
		}
	}
	return false
}

var (
	// pr12Spies are state attackers or their operations.
	pr12Spies = wordSet(`hackers hacker spies cyberspies gru svr fsb mss apt group actors
		operatives campaign operation state-sponsored state-backed nation-state`)
	// pr12Strikes are what attackers do to a target.
	pr12Strikes = wordSet(`target targets targeting targeted breach breaches breached hack hacks
		hacked hit hits stole steal steals stealing accessed infiltrate infiltrated
		infiltrating compromised attack attacks attacked spy spied spying`)
)

// pr12Targeted reads the alert's vendor as the target of state attackers:
// named in the phrase of an attackers' verb of striking ("Chinese
// hackers stole Kaspersky data in espionage operation", "North Korean
// hackers spy on Zoom users"), or struck "by" them ("TikTok targeted by
// Chinese espionage campaign"). A channel of the vendor's in the title is
// the vendor's compromise, left alone.
func pr12Targeted(words []titleWord, tw []string, u *unit) bool {
	if len(u.vendors) == 0 || !anyOf(tw, pr12Spies) || inWords(words, shipWords) || inWords(words, channelNouns) {
		return false
	}
	for _, v := range u.vendors {
		k := -1
		for i := range tw {
			if pr12NameAt(tw, i, v) {
				k = i
				break
			}
		}
		switch {
		case k < 0:
			return false
		case k+2 < len(tw) && pr12Strikes[tw[k+1]] && tw[k+2] == "by" && anyOf(tw[k+3:], pr12Spies):
		case k > 1 && pr12Struck(words[:k], tw[:k]):
		default:
			return false
		}
	}
	return true
}

// pr12Struck reports whether before ends with attackers and their verb of
// striking, in the same phrase as the end and within eight words of it
// ("Chinese spies breached", "Russian GRU targeting Western logistics
// firms and", "hackers spy on").
func pr12Struck(words []titleWord, before []string) bool {
	h := pr12StrikeAt(words, before, 1)
	return h >= 1 && anyOf(before[max(0, h-4):h], pr12Spies)
}

var (
	// pr12Cannot deny what the next words say.
	pr12Cannot = wordSet("can't can’t cannot won't won’t doesn't doesn’t don't don’t never")
	pr12Spying = wordSet("spy spies snoop eavesdrop surveil track")
)

// pr12NoSpying reads spying denied by the title's own verb: a negation
// right before the verb of spying ("can't spy on you", "won't track").
func pr12NoSpying(tw []string) bool {
	return pairIn(tw, pr12Cannot, pr12Spying, 1)
}

var (
	pr12Pulls   = wordSet("pulls pulled pulling retracts retracted removes removed withdraws withdrew")
	pr12Stories = wordSet(`article articles story stories report post posts episode
		interview column op-ed documentary podcast tweet segment`)
)

// pr12Content reads an outlet pulling its own content about a vendor: a
// story noun within three words after the verb of pulling ("pulls
// article on Huawei", "pulls Huawei story"). "Video" is no story noun:
// it names products too ("pulls Eken video doorbells").
func pr12Content(tw []string) bool {
	return pairIn(tw, pr12Pulls, pr12Stories, 3)
}

var (
	// pr12Victims are those spyware is found on or used against.
	pr12Victims = wordSet(`phones phone iphones devices journalists journalist activists activist
		dissidents politicians officials critics lawyers victims reporters opposition`)
	// pr12Uses are spyware found or used.
	pr12Uses = wordSet(`used uses using use found finds find deployed infected infections
		infection targeted targeting target hack hacked hacking spy spied`)
	// pr12Acts are an authority's act against the maker: the news then.
	pr12Acts = wordSet(`sanctions sanctioned ban bans banned bars barred court judge jury
		blacklist blacklisted entity sues sued lawsuit probe probes investigates fined
		fines charges charged indicted orders ordered`)
)

// pr12SpywareUsed reads spyware found on or used against victims, with
// no channel of a vendor's and no authority's act in the title.
func pr12SpywareUsed(words []titleWord, tw []string) bool {
	return anyOf(tw, pr12Spyware) && anyOf(tw, pr12Victims) && anyOf(tw, pr12Uses) && !anyOf(tw, pr12Acts) &&
		!inWords(words, shipWords) && !inWords(words, channelNouns)
}

// pr12Spyware names the tool.
var pr12Spyware = wordSet("spyware")

var (
	// pr12Orders are an order given.
	pr12Orders = wordSet(`orders ordered tells told gives given requires required must directs
		directed instructs instructed mandates`)
	// pr12Patches are a flaw fixed.
	// Mitigations are not among them: an emergency directive's
	// mitigations may take a product off the network ("ED 24-01 requires
	// agencies to mitigate Ivanti Connect Secure flaws").
	pr12Patches = wordSet("patch patches patching fix fixes update updates apply upgrade")
	// pr12Rid are the product taken away, beside riddance's verbs.
	pr12Rid = wordSet("offline replace replacement rip disconnecting removing unplugging")
)

// pr12PatchOnly reads an order to patch (an order's verb and a patch word
// within four words after it) with no word of riddance in the title or
// the lead's first sentence.
func pr12PatchOnly(tw, lw []string) bool {
	return pairIn(tw, pr12Orders, pr12Patches, 4) && !anyOf(tw, riddance) && !anyOf(tw, pr12Rid) &&
		!anyOf(lw, riddance) && !anyOf(lw, pr12Rid)
}

var (
	// pr12Markets are a company's shares and where they trade.
	pr12Markets = wordSet(`shares stock stocks index indexes indices msci ftse nyse nasdaq
		benchmark securities`)
	// pr12Outage are a service failing or restored. Not "bricked": a
	// maker able to disable what it sold is an event of its own ("e-bikes
	// can be remotely bricked by their maker").
	pr12Outage = wordSet(`outage outages restores restored downtime glitch buggy faulty crash
		crashes crashed`)
	// pr12Harm are an attacker's hand.
	pr12Harm = wordSet(`hacked hack hackers attackers malware malicious backdoor backdoored
		compromised breach breached trojan trojanized sabotage sabotages sabotaged hijacked
		poisoned spyware ransomware injected attack cyberattack`)
	// pr12Tries are a step only sought.
	pr12Tries = wordSet(`trying tries seeks seeking sought wants hopes hoping lobbying asks
		asking petitions petitioned pushing`)
	// pr12Undone are the listing or ban undone that is sought.
	pr12Undone = wordSet("removed remove lifted lift delisted reversed overturned unbanned off")
	// pr12Removing are a store taking items down. "Pulls" is not among
	// them: builds "pulled a malicious dependency" fetched it.
	pr12Removing = wordSet("removes removed bans banned purges purged kills deletes deleted")
	// pr12Turned call the items trusted ones turned: the event itself.
	pr12Turned = wordSet(`hijacked compromised trojanized trojanised backdoored poisoned tampered
		sabotaged infected`)
	// pr12Relative open what the removed items did.
	pr12Relative = wordSet("that which who")
	// pr12Payload are what malicious items do.
	pr12Payload = wordSet(`hijacked hijack hijacks stole steal steals spied injected inject
		injects redirected redirect harvested harvest infected tracked tracks drained`)
)

// pr12BadRemoved reads a store removing malicious items: a verb of
// removing and, after it, "malicious" or a relative clause of what the
// items did ("extensions that hijacked searches"), unless the items are
// called trusted ones turned or the malice is a reason clause's.
func pr12BadRemoved(tw []string) bool {
	for i, w := range tw {
		if !pr12Removing[w] {
			continue
		}
		for k := i + 1; k < len(tw) && k <= i+6; k++ {
			if pr12Turned[tw[k]] || pr12Reasons[tw[k]] {
				break // "removes hijacked add-on", "removed after malicious update"
			}
			if tw[k] == "malicious" || pr12Relative[tw[k]] && k+1 < len(tw) && pr12Payload[tw[k+1]] {
				return !anyOf(tw[:i], pr12Turned)
			}
		}
	}
	return false
}

// pr12Implants name an implant.
var pr12Implants = wordSet("implant implants")

// pr12Abuses are attackers using something for their ends.
var pr12Abuses = wordSet("abuse abuses abused abusing misuse misuses misused misusing")

// pr12Abused reads attackers abusing a product (attackers and a verb of
// abuse in the title), or an implant (the noun) with a break-in told in
// the title or the lead's first sentence; neither with a word of the
// vendor's shipping (updates, supply chain) in the title.
func pr12Abused(words []titleWord, tw []string, lead string) bool {
	if inWords(words, shipWords) {
		return false
	}
	lws := titleWords(firstSentence(lead))
	lw := lowerWords(lws)
	if anyOf(tw, pr12Abuses) && anyOf(tw, attackerNouns) {
		// The lead may tell the channel the title does not ("used the
		// updater of Able Desktop", "push software through WIZVERA").
		return !inWords(lws, shipWords) && !inWords(lws, channelNouns) && !anyOf(lw, pr12Shipping)
	}
	if !anyOf(tw, pr12Implants) || inWords(words, channelNouns) {
		return false
	}
	return anyOf(tw, pr12Attack) || anyOf(lw, pr12Attack) || pr12ActorNamed(lw)
}

// pr12Shipping are more words of a product's distribution, in a lead.
var pr12Shipping = wordSet("installation updater through signed distribute distributed distributes")
