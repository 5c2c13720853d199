package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Named-vendor shapes reported as still missed in this round's batches
// (testdata/leftovers2.tsv): a product "found with" a backdoor, a channel
// swapped where a product noun stands between the name and the channel.

// foundWithVerbs come before "with" in a product said to hold a backdoor:
// "X cameras found with hidden backdoor account", "X routers ship with
// backdoor".
var foundWithVerbs = wordSet(`found discovered spotted caught shipped ships ship sold come
	comes came`)

// foundWithBackdoor reads "<X> <devices> found with [hidden] backdoor
// [account]" and "<X> <devices> shipped with undocumented admin account":
// the passive of hasBackdoor's "X devices have a backdoor". The owner is
// named before the verb (past two lower-case words for what it is), and
// neither attackers nor malware are the subject ("Hackers found with
// backdoor access" is an intrusion).
func foundWithBackdoor(words []titleWord) (supplyHit, bool) {
	if inWords(words, attackers) || inWords(words, claimWords) {
		return supplyHit{}, false
	}
	for v := 1; v+2 < len(words); v++ {
		if !strings.EqualFold(words[v+1].text, "with") || !foundWithVerbs[words[v].lc()] ||
			words[v].stop || words[v-1].stop || malwareNouns[words[v-1].lc()] {
			continue
		}
		// What it came with: the word "backdoor" within four words, or a
		// login only the vendor could have built in.
		hi := -1
		for k := v + 2; k < len(words) && k <= v+5; k++ {
			if oneOf(words[k].lc(), "backdoor", "backdoors") {
				hi = k
				if k+1 < len(words) && !words[k].stop && accountWords[words[k+1].lc()] {
					hi = k + 1
				} else if k+2 < len(words) && !words[k+1].stop && accountWords[words[k+2].lc()] {
					hi = k + 2 // "backdoor user account"
				}
				break
			}
			if words[k].stop {
				break
			}
		}
		if hi < 0 {
			end := min(len(words), v+7)
			if _, h, ok := builtInAccount(words[v+2 : end]); ok {
				hi = v + 2 + h
			}
		}
		if hi < 0 {
			continue
		}
		n := ownerBefore(words, v)
		if n == "" {
			continue
		}
		return supplyHit{category: trust.CategoryCompromise, term: joinSpan(words, v, hi), name: n, lo: v, hi: hi}, true
	}
	return supplyHit{}, false
}

// kindBeforeChannel are the lower-case words that say what a product is
// between its name and its channel: "eScan antivirus updates", "X VPN
// client installer".
var kindBeforeChannel = wordSet(`antivirus vpn browser editor software app client desktop
	mobile firmware security accounting tax chat messaging`)

// nameBeforeKind is the name before channel word c past up to two words
// of kindBeforeChannel ("swapped eScan antivirus updates"), or "".
func nameBeforeKind(words []titleWord, c, floor int) string {
	e := c
	for k := 0; k < 2 && e-1 > floor && !words[e-1].stop && kindBeforeChannel[words[e-1].lc()]; k++ {
		e--
	}
	if e == c || e-1 <= floor || !hasUpperOrDigit(words[e-1].text) {
		return ""
	}
	return nameBefore(words, e, false)
}

// makerVerbs open a title whose subject speaks of its own product:
// "Cisco warns of backdoor admin account in Smart Licensing Utility".
var makerVerbs = wordSet(`warns warned confirms confirmed discloses disclosed admits admitted
	removes removed fixes fixed patches patched`)

// makerWarns names the maker when a company that opens the title warns of
// a login built into the product the shape found (at lo, named product):
// "Cisco warns of backdoor admin account in Smart Licensing Utility",
// "Zyxel warns of undocumented backdoor account in NAS devices". A login
// only a maker can build in, told by a company in its own voice, is that
// company's; a backdoor alone ("Red Hat warns of backdoor in XZ tools")
// may be another project's, and an agency that warns is no maker.
func makerWarns(words []titleWord, product string, lo int) string {
	j := -1
	for k := 1; k < len(words) && k <= 3 && k < lo; k++ {
		if makerVerbs[words[k].lc()] {
			j = k
			break
		}
		if words[k].stop {
			return ""
		}
	}
	if j < 0 {
		return ""
	}
	n := nameBefore(words, j, false)
	if n == "" || !hasUpperOrDigit(n) || strings.EqualFold(n, product) || len(strings.Fields(n)) != j || actorName(n) {
		return ""
	}
	for _, w := range words[:j] {
		if lw := w.lc(); authorities[lw] || warnActors[lw] || attackers[lw] {
			return ""
		}
	}
	rest := words[j+1:]
	if _, _, ok := builtInAccount(rest); ok {
		return n
	}
	for k := 0; k+1 < len(rest); k++ {
		if oneOf(rest[k].lc(), "backdoor", "backdoors") && accountWords[rest[k+1].lc()] {
			return n
		}
	}
	return ""
}

// liftedHolds are the actions a passive undoing verb follows: "ban is
// lifted", "blacklisting lifted", "sanctions on X are lifted".
var liftedHolds = wordSet(`ban bans blacklisting sanctions designation restrictions curbs embargo
	listing`)

// liftedVerbs undo a hold in the passive.
var liftedVerbs = wordSet(`lifted rescinded revoked overturned scrapped reversed repealed dropped
	vacated withdrawn`)

// passiveLifted finds a hold undone in the passive: "after ban is
// lifted", "Ban on Xiaomi lifted", "sanctions on Luokung are rescinded".
// Between the hold and the verb only "on <name>" and a form of "be".
func passiveLifted(words []titleWord) (lo, hi int, ok bool) {
	for i, w := range words {
		if !liftedHolds[w.lc()] || w.stop {
			continue
		}
		of := false // "blacklisting of lidar maker Hesai is lifted": what the name is may come first (leftovers3)
		for k := i + 1; k < len(words) && (k <= i+5 || of && k <= i+7); k++ {
			lk := words[k].lc()
			if liftedVerbs[lk] {
				return i, k, true
			}
			if k == i+1 && lk == "of" {
				of = true
				continue
			}
			if words[k].stop || !(oneOf(lk, "is", "was", "are", "were", "has", "have", "been", "being", "be", "on", "against") ||
				hasUpperOrDigit(words[k].text) || of && !stopWords[lk]) {
				break
			}
		}
	}
	return 0, 0, false
}

// liftedClause reports whether a title's reason clause is a hold lifted:
// "DJI drones return to US shelves after ban is lifted". The undoing is
// the news, not a past action named as the reason.
func liftedClause(title string) bool {
	if !strings.Contains(title, "lifted") && !strings.Contains(title, "rescinded") && !strings.Contains(title, "revoked") &&
		!strings.Contains(title, "overturned") {
		return false
	}
	_, _, ok := passiveLifted(titleWords(title))
	return ok
}

// takenOffNamed reads "off" after a name that follows a verb of taking
// ("Commerce takes Inspur off Entity List"): off at v.
func takenOffNamed(words []titleWord, v int) bool {
	for k := v - 1; k >= 1 && k >= v-4; k-- {
		if words[k].stop || !hasUpperOrDigit(words[k].text) {
			return false
		}
		if offVerbs[words[k-1].lc()] {
			return true
		}
	}
	return false
}

// victimVerbs befall a product in the passive when attackers get in.
var victimVerbs = wordSet("compromised hacked breached backdoored infected hijacked exploited targeted")

// campaignNouns name an attack the devices were hit in.
var campaignNouns = wordSet(`campaign campaigns attack attacks operation espionage intrusions hackers
	hacking wave`)

// devicesHitIn reads a vendor's devices as victims of a campaign:
// "Fortinet FortiGate firewalls compromised in year-long espionage
// campaign", "Juniper routers hacked in cyberespionage attacks". The
// devices are the object of attackers' work (trust-events.md, "compromise
// vs use"); a supply chain, an update or a release in the title is a
// channel and keeps the alert.
func devicesHitIn(words []titleWord) bool {
	for v := 1; v+2 < len(words); v++ {
		if !victimVerbs[words[v].lc()] || !ownedWords[words[v-1].lc()] || words[v-1].stop {
			continue
		}
		if !oneOf(words[v+1].lc(), "in", "by", "during", "amid") {
			continue
		}
		for k := v + 2; k < len(words) && k <= v+6; k++ {
			lk := words[k].lc()
			if oneOf(lk, "supply", "update", "updates") {
				return false
			}
			if campaignNouns[lk] {
				return !inWords(words, shipWords) && !inWords(words, channelNouns)
			}
			if words[k].stop {
				break
			}
		}
	}
	return false
}

// attackersPlanted reads a lead whose attackers planted the backdoor:
// "ESET researchers found that hackers planted a backdoor in Fortinet
// routers". A title drawn across to such a lead names a victim's devices
// (trust-events.md, "compromise vs use"); a channel of the vendor's
// ("planted a backdoor in the update server") keeps it.
func attackersPlanted(words []titleWord) bool {
	if inWords(words, shipWords) || inWords(words, channelNouns) {
		return false
	}
	for v := 1; v+2 < len(words); v++ {
		if !plantVerbs[words[v].lc()] && !oneOf(words[v].lc(), "implanted", "installed") || !attackers[words[v-1].lc()] {
			continue
		}
		for k := v + 1; k < len(words) && k <= v+3; k++ {
			if lk := words[k].lc(); lk == "backdoor" || lk == "backdoors" || lk == "implant" || lk == "implants" {
				return true
			}
		}
	}
	return false
}

// pastHolds open a title as adjectives of an action taken before:
// "Sanctioned spyware vendor Intellexa rebrands", "Banned app TikTok tops
// download charts".
var pastHolds = wordSet("sanctioned banned blacklisted blocklisted outlawed embargoed")

// holdWords after the adjective would make an action of the title's own.
var holdWords = wordSet(`ban bans sanctions blacklist entity covered list lifted restrictions
	designation designates designated adds added bars barred blocks blocked removes
	removed prohibits prohibited restricts restricted orders ordered`)

// pastAdjective reports whether a title's only hold is the adjective
// that opens it: the vendor was sanctioned or banned before, and the news
// is what it does now (trust-events.md, "coverage of a past event").
func pastAdjective(words []titleWord) bool {
	if len(words) < 3 || !pastHolds[words[0].lc()] {
		return false
	}
	for _, w := range words[1:] {
		if lw := w.lc(); holdWords[lw] || actionVerbs[lw] {
			return false
		}
	}
	return true
}

// Divest orders against a foreign owner: "CFIUS orders Chinese owner to
// sell Grindr", "Biden orders Chinese firm to divest Jupiter Systems",
// "StayNTouch's Chinese owner ordered to divest". The order bans the
// owner's control of the product for a foreign-control motive; an
// antitrust divestiture ("EU orders Illumina to divest Grail") names no
// foreign owner and keeps needing a motive in title or lead.

// ownerNouns are who a divest order tells to sell.
var ownerNouns = wordSet("owner owners parent firm company investor investors buyer acquirer")

// foreignOwner reports whether the title names a foreign owner or buyer
// ("Chinese owner", "Chinese-owned parent") before word v.
func foreignOwner(words []titleWord, v int) bool {
	for k := 1; k < v && k < len(words); k++ {
		if ownerNouns[lower(words[k])] && foreignControl[lower(words[k-1])] {
			return true
		}
	}
	return false
}

// ownerOfName is the product named as the owner's possession before the
// order's verb: "StayNTouch's Chinese owner ordered to divest" reads
// StayNTouch.
func ownerOfName(words []titleWord, v int) string {
	for k := 0; k+1 < v; k++ {
		// titleWords keeps a possessive out of the word's text but
		// inside its span.
		base := words[k].text
		if words[k].end-words[k].start <= len(base) || base == "" || !hasUpperOrDigit(base[:1]) {
			continue
		}
		for j := k + 1; j < v && j <= k+3; j++ {
			if ownerNouns[lower(words[j])] {
				return base
			}
		}
	}
	return ""
}

// leftoverOpen reports, from a title's gate bits (gateSets), whether it
// may hold a shape govAlert reads with no lexicon word in the title: a
// divest order against an owner ("CFIUS orders Chinese owner to sell
// Grindr") or data going to a state ("BYD cars route driver data through
// China").
func leftoverOpen(g gateBits) bool {
	return g.all(gDivestVerbs, gOwnerNouns) || g.all(gFlowVerbs, gForeignControl, gDataNouns)
}
