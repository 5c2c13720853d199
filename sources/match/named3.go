package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Named-vendor shapes reported as still missed in this round's batches
// (testdata/named3.tsv).

// groundVerbs are "grounds" and its forms: an authority taking its own
// aircraft out of service.
var groundVerbs = wordSet("grounds grounded ground grounding")

// droneWords are what an authority grounds over a vendor's trust: its
// drones. Aircraft grounded after a crash or an outage ("FAA grounds
// Boeing 737 MAX", "airline grounds flights after IT outage") are safety
// news with no security or foreign-control motive (trust-events.md), so
// only drones make a grounding a ban.
var droneWords = wordSet("drone drones uav uavs uas")

// groundsDrones reads the object of an authority's "grounds" at v:
// "Interior Department grounds its fleet of DJI drones", "Pentagon
// grounds Autel drones". A drone word within five words, before any
// clause ends.
//
// The drones' maker must be named ("DJI drones"): a class grounded
// ("grounds Chinese-made drones") is authorityRids' directive
// (classshape.go).
func groundsDrones(words []titleWord, v int) bool {
	if inWords(words[:actorStart(words, v)], groundSafety) || inWords(words[v:], groundSafety) {
		// "police ground X drones after crash": safety, no motive of
		// trust; the actor's own name is no reason ("Fire department
		// grounds X drones", leftovers3).
		return false
	}
	named := false
	for k := v + 1; k < len(words) && k <= v+5; k++ {
		lk := words[k].lc()
		if droneWords[lk] || named && makerFleet(words, v, k) { // "grounds its DJI fleet over data fears" (leftovers4.go)
			return named
		}
		if _, isC := classCountries[strings.TrimSuffix(lk, "-made")]; hasUpperOrDigit(words[k].text) && !isC {
			named = true
		}
		if words[k].stop {
			break
		}
	}
	return false
}

// turnedCopyAt reports whether words[m] begins a turned copy told with
// no malware noun: "a trojanized build", "backdoored one", "tampered
// version" (the object of swappedChannel's "replaced X installer with").
func turnedCopyAt(words []titleWord, m int) bool {
	if m+1 >= len(words) || words[m].stop || !turnedLead[words[m].lc()] {
		return false
	}
	n := words[m+1].lc()
	return copyNouns[n] || n == "one" || n == "ones"
}

// plantedBy reports a backdoor told in the passive as the attackers':
// "backdoor accounts planted by hackers on Ivanti devices", "backdoors
// installed by Chinese spies in Juniper routers". What attackers leave on
// a customer's device is theirs (trust-events.md, "compromise vs use"),
// unless the title names a vendor's channel or shipping.
func plantedBy(title string) bool {
	if !strings.Contains(title, " by ") {
		return false // most titles: no split into words
	}
	words := titleWords(title)
	if inWords(words, shipWords) || inWords(words, channelNouns) {
		return false
	}
	for v := 1; v+2 < len(words); v++ {
		lv := words[v].lc()
		if !plantVerbs[lv] && !oneOf(lv, "implanted", "installed", "created", "added", "left", "deployed") ||
			!strings.EqualFold(words[v+1].text, "by") {
			continue
		}
		by := false
		for k := v + 2; k < len(words) && k <= v+4; k++ {
			if lk := words[k].lc(); attackers[lk] || oneOf(lk, "spies", "actors", "intruders") {
				by = true
				break
			}
		}
		if !by {
			continue
		}
		for k := v - 1; k >= 0 && k >= v-3; k-- {
			if oneOf(words[k].lc(), "backdoor", "backdoors", "implant", "implants") || accountWords[words[k].lc()] {
				return true
			}
		}
	}
	return false
}

// disableVerbs are a store's word for switching an extension or app off
// in its users' browsers or phones.
var disableVerbs = wordSet(`disables disabled disabling deactivates deactivated
	kills killed yanks yanked`) // "Google kills X extension, flags it as malware" (authority4)

// abusedFeature are the words of a maker's own feature abused by others,
// which it disables.
var abusedFeature = wordSet(`used abused exploited leveraged protocol feature features handler
	macros abuse`)

// storeDisablesOpen reports whether a title may hold storeDisables: a
// verb of it and a store's owner, read without allocating. Titles with
// "disabled" alone are common (security features disabled by malware)
// and are not split into words for this.
func storeDisablesOpen(g gateBits) bool {
	return g.all(gDisableVerbs, gStoreOwners) ||
		g.all(gGone, gStoreOwners) // "Hola apps vanish from Google Play" (named4.go)
}

// storeDisables reads "<store> disables <X> [extension] after|over|for|,
// <reason of trust>": "Google disables Cyberhaven extension after it
// turned malicious", "Mozilla disables Stylish add-on after it was caught
// logging browsing history". The store (storeOwners) stands right before
// the verb, and the reason is one of trust (hasMotive) anywhere after the
// object: a store disabling for its own rules ("as Manifest V2 phase-out
// continues", "outdated extensions", "after certificate expires") is
// routine. The object's name and the index of its last word.
func storeDisables(words []titleWord) (name string, end int, ok bool) {
	if inWords(words, abusedFeature) {
		// "Microsoft disables MSIX App Installer protocol widely used in
		// malware attacks": its own feature abused by attackers.
		return "", 0, false
	}
	for v := 1; v+1 < len(words); v++ {
		if !disableVerbs[words[v].lc()] || !storeOwners[words[v-1].lc()] {
			continue
		}
		f := v + 1
		for f < len(words) && f <= v+6 && !words[f-1].stop && !oneOf(words[f].lc(), "after", "over", "for", "amid") {
			f++
		}
		e := f
		if f > v+1 && words[f-1].stop {
			e = f // "extension, flags it as malware": the comma ends the object
		}
		if e == v+1 || e > len(words) || !hasMotive(words[min(e, len(words)):]) {
			return "", 0, false
		}
		n := objectName(words, v+1, e)
		if n == "" {
			return "", 0, false
		}
		return n, e - 1, true
	}
	return "", 0, false
}

// liftedListing reports whether a unit is a state's listing told undone
// in the passive ("Luokung shares jump after Pentagon blacklisting is
// lifted", "Entity List designation is revoked"): the list is the state's
// and the name was on it, which is context enough for an unlisted vendor
// without an authority's or a technology's word (unlisted.go).
func liftedListing(u unit, words []titleWord) bool {
	if u.category != trust.CategorySanctions && u.category != trust.CategoryReversal {
		return false
	}
	for _, s := range u.signals {
		if s.Category == trust.CategorySanctions {
			_, _, ok := passiveLifted(words)
			return ok
		}
	}
	return false
}

// liftedSubject is the name whose listing a clause says was lifted: the
// subject opening the headline ("Luokung shares jump after ..."), before
// the clause's turn. Authorities and lists are no subject.
func liftedSubject(words []titleWord, titleCase bool, accept func(string) bool) string {
	for i, w := range words {
		lw := w.lc()
		if clauseTurns[lw] || w.stop {
			break
		}
		if authorities[lw] || i > 0 && !hasUpperOrDigit(w.text) {
			continue
		}
		if n := nameAt(words, i); n != "" && accept(n) {
			return n
		}
		if i == 0 && !titleCase {
			break
		}
	}
	return ""
}

// otherMakerIn reads the maker a speaker's login is found in when it is
// not the speaker's own: "Rapid7 warns of hidden admin account in Zyxel
// firewalls" is about Zyxel (trust-events.md, "the vendor as reporter").
// The name after "in" is a maker's when a kind of device follows it
// ("Zyxel firewalls", "Sapido routers"); a product's own name ("in Smart
// Licensing Utility") or a kind alone ("in NAS devices") leaves the
// speaker its maker.
func otherMakerIn(words []titleWord, hi int, speaker string) string {
	for k := hi + 1; k+2 < len(words) && k <= hi+5; k++ {
		if !oneOf(words[k].lc(), "in", "inside", "within") {
			if words[k].stop {
				break
			}
			continue
		}
		o := nameAt(words, k+1)
		if o == "" || strings.EqualFold(o, speaker) || productClasses[strings.ToLower(o)] != "" || classHeads[strings.ToLower(o)] {
			return ""
		}
		e := k + 1 + len(strings.Fields(o))
		if e >= len(words) || hasUpperOrDigit(words[e].text) {
			return ""
		}
		if lk := words[e].lc(); classHeads[lk] || productClasses[lk] != "" || deviceKinds[lk] {
			return o
		}
		return ""
	}
	return ""
}

// deviceKinds are kinds of device security news names after a maker.
var deviceKinds = wordSet(`routers router cameras camera phones switches gateways appliances
	nas controllers firewall monitors printers dvrs nvrs plcs`)

// soldToo adds the product a divest order sells when the registry knows
// only its owner: "CFIUS orders ByteDance to sell Musical.ly assets" is
// news of Musical.ly as much as of ByteDance. The product comes first.
func soldToo(owners []trust.VendorHit, sold string) []trust.VendorHit {
	if sold == "" || !vendorName(sold) {
		return owners
	}
	for _, v := range owners {
		if looseContains(sold, v.Term) {
			return owners // the registry knows the product ("TikTok")
		}
	}
	return append([]trust.VendorHit{{Name: sold, Term: sold, Unlisted: true}}, owners...)
}

// groundSafety are the reasons of a grounding for safety or weather.
var groundSafety = wordSet(`crash crashes crashed fire fires battery batteries malfunction
	malfunctions glitch outage weather wind winds heat storm inspection inspections
	safety accident collision`)

// groundActors are the state's forces that ground their own drones, as
// security news names them without an agency's word: "coast guard grounds
// X drones", "police ground X drones".
var groundActors = wordSet("guard police force forces corps marines sheriff sheriffs troops")

// listLifted finds a state's listing undone in the passive with the
// list's owner before it: "after Pentagon designation is rescinded", "its
// Pentagon listing is revoked", "Entity List designation is lifted". The
// span from the owner to the undoing verb.
func listLifted(words []titleWord) (lo, hi int, ok bool) {
	i, k, ok := passiveLifted(words)
	if !ok {
		return 0, 0, false
	}
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if lj := words[j].lc(); listOwners[lj] || lj == "list" || lj == "entity" {
			return j, k, true
		}
		if words[j].stop {
			break
		}
	}
	return 0, 0, false
}

// actionOpen reports whether a title may hold listLifted (an undoing
// verb and a list's owner) or a grounding of drones, without allocating:
// actionAlert reads such a title even with no lexicon word in it.
func actionOpen(g gateBits) bool {
	return g.all(gLiftedVerbs, gListOwners) || g.all(gGroundVerbs, gDroneWords) ||
		g.all(gGroundVerbs, gFleetWords) // "grounds its DJI fleet" (leftovers4.go)
}
