package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Shapes reported as still missed after last round (testdata/leftovers3.tsv).

// Divest orders told through the deal: "Trump orders Chinese firm to
// unwind purchase of hotel software maker StayNTouch", "UK orders
// Chinese-owned investor to reverse acquisition of chip firm FTDI",
// "Nexperia must unwind acquisition of Newport Wafer Fab, UK rules",
// "Germany blocks Chinese takeover of chip firm Elmos over national
// security". The deal's noun stands between the order and the product;
// the product is the vendor. An antitrust unwinding names no foreign owner
// and no motive of trust and keeps failing govAlert's motive check.

// dealNouns are the deals an order undoes or a state blocks.
var dealNouns = wordSet(`purchase acquisition takeover stake buyout deal sale investment merger
	bid`)

// dealUndoVerbs undo or stop a deal: the divest verbs, "reverse", and a
// state's "blocks".
var dealUndoVerbs = wordSet(`unwind unwinds unwound reverse reverses reversed undo divest sell
	blocks blocked block bars barred vetoes vetoed prohibits prohibited`)

// dealOpen reports, from a title's gate bits, whether it may hold a
// deal undone or blocked: a deal noun and a verb of undoing.
func dealOpen(g gateBits) bool {
	return g.all(gDealNouns, gDealUndo)
}

// dealObject is where the product stands after the selling verb at k:
// past "purchase of", "acquisition of", "stake in" ("to unwind purchase
// of X"); right after the verb otherwise ("to sell X").
func dealObject(words []titleWord, k int) int {
	if k+2 < len(words) && dealNouns[lower(words[k+1])] && oneOf(lower(words[k+2]), "of", "in", "for") {
		return k + 3
	}
	if k+3 < len(words) && foreignWord(lower(words[k+1])) && dealNouns[lower(words[k+2])] && oneOf(lower(words[k+3]), "of", "in", "for") {
		return k + 4 // "blocks Chinese takeover of X", "blocks Chinese-backed takeover of X"
	}
	return k + 1
}

// foreignWord is a word of foreignControl, alone or opening a hyphenated
// adjective ("Chinese-backed", "Russia-linked").
func foreignWord(w string) bool {
	if foreignControl[w] {
		return true
	}
	first, _, ok := strings.Cut(w, "-")
	return ok && foreignControl[first]
}

// reverseDeal reports whether words[k] undoes a deal told right after it
// ("reverse acquisition of"): "reverse" alone is no divest verb.
func reverseDeal(words []titleWord, k int) bool {
	return k+1 < len(words) && oneOf(lower(words[k]), "reverse", "undo") && dealNouns[lower(words[k+1])]
}

// divestOff reports an antitrust or tax word that makes a divest order
// another matter (probeOff), the deal's own noun after the selling verb
// excepted: "to unwind acquisition of X" names the deal, not a probe of
// it.
func divestOff(words []titleWord) bool {
	for i, w := range words {
		lw := lower(w)
		if !probeOff[lw] {
			continue
		}
		if dealNouns[lw] && i > 0 && (divestVerbs[lower(words[i-1])] || reverseDeal(words, i-1) ||
			i > 1 && foreignWord(lower(words[i-1])) && dealUndoVerbs[lower(words[i-2])]) {
			continue
		}
		return true
	}
	return false
}

// dealUndone finds the shapes divestOrder's "orders X to sell" does not
// read: an owner that must or is ordered to undo a deal ("Nexperia must
// unwind acquisition of Newport Wafer Fab, UK rules", "Chinese firm
// ordered to unwind purchase of StayNTouch"), and a state blocking a
// foreign takeover ("Germany blocks Chinese takeover of chip firm
// Elmos"). It returns the verb's index, the deal's, and where the
// product's name may start. The authority must be in the title (a
// court's block is procedure); the foreign hand or a motive is checked
// by the caller.
func dealUndone(words []titleWord) (v, d, s int, ok bool) {
	if !inWords(words, authorities) && !inWords(words, leaders) || inWords(words, courts) || divestOff(words) {
		return 0, 0, 0, false
	}
	for k := 1; k+2 < len(words); k++ {
		lk := lower(words[k])
		switch {
		case oneOf(lk, "must", "ordered", "told", "forced", "required") && !words[k-1].stop:
			j := k + 1
			if lower(words[j]) == "to" {
				j++
			}
			if j+1 < len(words) && (divestVerbs[lower(words[j])] || reverseDeal(words, j)) && dealNouns[lower(words[j+1])] {
				return k, j + 1, dealObject(words, j), true
			}
		case oneOf(lk, "blocks", "blocked", "bars", "barred", "vetoes", "vetoed", "prohibits", "prohibited") &&
			(authorities[lower(words[k-1])] || leaders[lower(words[k-1])] || authorityHeads[lower(words[k-1])]):
			if e := dealObject(words, k); e > k+1 {
				return k, e - 2, e, true
			}
		}
	}
	return 0, 0, 0, false
}

// withoutDealMotive drops the other-motive hits ("purchase", "takeover":
// OtherMotives) that stand in a divest shape's span (byte offsets from,
// to): the deal is what the order undoes, not a reason other than trust.
func (m *Matcher) withoutDealMotive(hits []hit, from, to int) []hit {
	drop := func(h hit) bool { return h.off > from && h.off <= to && m.has(h.pat, kindMotive) }
	for i, h := range hits {
		if !drop(h) {
			continue
		}
		out := append([]hit(nil), hits[:i]...)
		for _, h := range hits[i+1:] {
			if !drop(h) {
				out = append(out, h)
			}
		}
		return out
	}
	return hits
}

// leftovers3Open reports, from a title's gate bits (gateSets), whether it
// may hold one of this file's shapes with no lexicon word in the title.
func leftovers3Open(g gateBits) bool {
	return dealOpen(g) || offListOpen(g)
}

// redirectVerbs send a site's visitors elsewhere.
var redirectVerbs = wordSet("redirected redirects redirect redirecting sent sends led leads")

// siteCues are the supply gate's cues (cue.go) of a vendor's site
// serving malware with no lexicon word in the title: "Free Download
// Manager site served Linux malware for years", "X site redirected users
// to malware". The site noun and the verb of serving or sending, as one
// phrase; supplyShape reads the rest.
func siteCues() []string {
	var out []string
	for _, n := range []string{"site", "website", "download page", "downloads", "server", "servers"} {
		for _, v := range []string{"served", "serves", "serving", "redirected", "redirects", "redirecting", "delivered",
			"delivers", "distributed", "distributes", "pushed", "pushes", "spread", "dropped", "drops"} {
			out = append(out, n+" "+v)
		}
	}
	return out
}

// siteRedirects reads a redirect verb at v that sends a site's users to
// malware: "redirected Linux users to malware", "redirects visitors to a
// backdoor". It is read as a verb that delivers the malware (supply.go).
func siteRedirects(words []titleWord, v int) bool {
	if !redirectVerbs[lower(words[v])] {
		return false
	}
	for k := v + 1; k+1 < len(words) && k <= v+4; k++ {
		if lower(words[k]) == "to" {
			return malwareNouns[lower(words[k+1])] || k+2 < len(words) && malwareNouns[lower(words[k+2])] && !words[k+1].stop
		}
		if words[k].stop {
			break
		}
	}
	return false
}

// offWord is the word of a name taken off a list ("orders Luokung off
// Pentagon's list"); with a list's owner it opens offList.
var offWord = wordSet("off")

// offListOpen reports whether a title may hold a vendor ordered or taken
// off a list: "off" and a list's owner (gov.go's offList reads it).
func offListOpen(g gateBits) bool {
	return g.all(gOff, gListOwners)
}

// Listings told with the name after the list: "Court lifts Pentagon
// blacklisting of Chinese mapping firm Luokung", "Pentagon blacklisting
// of lidar maker Hesai is lifted". The hold's object follows "of" or
// "on", past up to three words that say what it is.

// holdOfName is the name after a hold's "of" or "on" ("blacklisting of
// Chinese mapping firm Luokung"), or "".
func holdOfName(words []titleWord, accept func(string) bool) string {
	for i := 0; i+2 < len(words); i++ {
		if !liftedHolds[lower(words[i])] || words[i].stop || !oneOf(lower(words[i+1]), "of", "on", "against") {
			continue
		}
		for k := i + 2; k < len(words) && k <= i+5; k++ {
			if n := nameAt(words, k); n != "" && !authorities[lower(words[k])] && !actors[lower(words[k])] {
				if accept(n) {
					return n
				}
				return ""
			}
			if words[k].stop || hasUpperOrDigit(words[k].text) && !actors[lower(words[k])] || stopWords[lower(words[k])] {
				break
			}
		}
	}
	return ""
}

// companyLists own or name the lists that hold companies only: a name
// taken off one needs no word of technology beside it ("Judge orders
// Luokung off Pentagon's Chinese military companies list"); sanctions
// lists hold people too.
var companyLists = wordSet("pentagon dod commerce fcc covered entity military 1260h companies")

func companyList(words []titleWord) bool {
	return inWords(words, companyLists)
}

// leftovers3Lookalike drops the look-alikes of this round's shapes (u is
// the alert the title's words made): a vendor's bid to leave a list
// refused, a fall from a ranking, an order to patch, a backdoor said to
// survive updates.
func leftovers3Lookalike(words []titleWord, lead string, u *unit) bool {
	switch u.category {
	case trust.CategoryReversal, trust.CategorySanctions:
		// The reversal's own shape is read after the look-alikes: a
		// removal bid is still a listing's signal here.
		return bidRefused(words)
	case trust.CategoryDelisting:
		return bidRefused(words) || rankingDrop(words)
	case trust.CategoryDirective:
		if !patchOrder(words) {
			return false
		}
		lw := titleWords(lead)
		return !inWords(lw, riddance) && !inWords(words, emergencyWords) && !inWords(lw, emergencyWords)
	case trust.CategoryCompromise:
		return survivesUpdates(words)
	}
	return false
}

// bidNouns are a vendor's own attempts to be taken off a list.
var bidNouns = wordSet("bid request petition appeal challenge attempt plea lawsuit suit")

// refusals turn a bid down.
var refusals = wordSet(`rejected rejects denied denies refused refuses dismissed dismisses
	fails failed loses lost tossed tosses`)

// bidRefused reads a vendor's bid to leave a list turned down:
// "Hikvision's bid for removal from the Entity List rejected", "Court
// rejects DJI's challenge to Pentagon listing". The listing stands; an
// authority's own bid refused ("rejects Pentagon's bid to keep Xiaomi on
// the list") is the vendor's win and keeps the alert.
func bidRefused(words []titleWord) bool {
	if !inWords(words, refusals) {
		return false
	}
	for i, w := range words {
		if bidNouns[lower(w)] && (i == 0 || !authorities[lower(words[i-1])] && !listOwners[lower(words[i-1])]) {
			return true
		}
	}
	return false
}

// rankingWords end a list that ranks rather than bars: "removal from the
// top five smartphone sellers list".
var rankingWords = wordSet("top ranking rankings chart charts index sellers bestsellers leaderboard")

// rankingDrop reads a fall from a ranking told as a removal: no store and
// no list owner, a ranking's word after "from".
func rankingDrop(words []titleWord) bool {
	if inWords(words, stores) || inWords(words, storeWords) || inWords(words, listOwners) {
		return false
	}
	for i, w := range words {
		if lower(w) != "from" {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+5; k++ {
			if rankingWords[lower(words[k])] {
				return true
			}
			if words[k].stop {
				break
			}
		}
	}
	return false
}

// patchVerbs are what an order to fix a product asks: it keeps the
// product (trust-events.md: patches are no events).
var patchVerbs = wordSet("patch update fix mitigate upgrade apply remediate secure")

// emergencyWords name an emergency directive, which security news counts
// as an event even when it orders mitigation (devset: "CISA ED 24-01
// requires agencies to mitigate Ivanti Connect Secure flaws"); the
// binding operational directive behind every catalogue addition does not.
var emergencyWords = wordSet("emergency ed")

// patchOrder reads an order to patch ("CISA orders agencies to patch
// FortiOS flaw within a week") with no verb of riddance beside it ("to
// patch or disconnect" keeps the directive).
func patchOrder(words []titleWord) bool {
	if inWords(words, riddance) {
		return false
	}
	for i := 0; i+1 < len(words); i++ {
		if lower(words[i]) == "to" && patchVerbs[lower(words[i+1])] {
			return true
		}
	}
	return false
}

// outliveVerbs say an implant outlives the fixes on a device.
var outliveVerbs = wordSet("survives survive survived persists persist persisted lingers outlives")

// survivesUpdates reads a backdoor that survives updates or reboots on
// the devices attackers broke into ("New FortiGate backdoor survives
// updates, Fortinet warns"): the attackers' implant, not the vendor's
// channel, unless the title says supply chain or trojanized.
func survivesUpdates(words []titleWord) bool {
	return inWords(words, outliveVerbs) && !inWords(words, trojanWords) && !inWords(words, supplyChainWords)
}

var supplyChainWords = wordSet("supply supply-chain")

// A security firm reporting on a product whose maker the registry does
// not know: the title describes the product by its users or its origin
// ("ESET finds backdoor in Mongolian government chat software update",
// "Chinese hackers trojanize Tibetan translation software, ESET finds"),
// and the lead names it where it says what was turned: "installers of
// Able Desktop", "the developer of Monlam software", "replaced the IPany
// VPN installer". The firm that found it is the reporter
// (trust-events.md, "the vendor as reporter").

// leadTurnedOf are the channel nouns a lead writes before "of" and the
// product: "installers of Able Desktop", "the update server of X".
var leadTurnedOf = wordSet(`installer installers update updates updater versions version builds
	build developer developers maker vendor website site server servers releases
	release users`)

// leadTurnedName reads the product a lead says was turned: a channel noun
// and "of" before a name ("installers of Able Desktop", "the developer of
// Monlam software"), or a name before a channel past up to two words of
// kind ("replaced the IPany VPN installer"). "" when there is none.
func leadTurnedName(lw []titleWord, accept func(string) bool) string {
	for i := 0; i+2 < len(lw); i++ {
		li := lower(lw[i])
		if leadTurnedOf[li] && !lw[i].stop && oneOf(lower(lw[i+1]), "of", "for") && hasUpperOrDigit(lw[i+2].text) {
			if n := nameAt(lw, i+2); n != "" && !actors[strings.ToLower(n)] && accept(n) {
				return n
			}
		}
		if (channelNouns[li] || shipWords[li]) && i > 1 && !hasUpperOrDigit(lw[i].text) {
			if n := nameBeforeKind(lw, i, 0); n != "" && !actors[strings.ToLower(n)] && accept(n) {
				return n
			}
		}
	}
	return ""
}

// reporterVerbs close a title told by its source: "..., ESET finds".
var reporterVerbs = wordSet(`finds found says said warns reports discovers claims reveals
	shows suggests`)

// reporterTail reports whether name is the source a title's last clause
// credits ("..., ESET finds", "... - Kaspersky says"): the reporter, not
// the subject.
func reporterTail(words []titleWord, name string) bool {
	parts := strings.Fields(name)
	n := len(parts)
	if n == 0 || len(words) < n+2 {
		return false
	}
	s := len(words) - 1 - n
	if !reporterVerbs[lower(words[len(words)-1])] || !words[s-1].stop || words[s].text != parts[0] {
		return false
	}
	return true
}

// originLike reports whether a title's name is a word of origin that only
// describes a product ("Tibetan translation software", "Mongolian chat
// app"): one capitalised word with a demonym's ending, followed by a
// lower-case word. The lead's named product is then preferred.
func originLike(words []titleWord, name string) bool {
	if strings.Contains(name, " ") {
		return false
	}
	ln := strings.ToLower(name)
	if !strings.HasSuffix(ln, "an") && !strings.HasSuffix(ln, "ese") && !strings.HasSuffix(ln, "ish") {
		return false
	}
	for i := 0; i+1 < len(words); i++ {
		if words[i].text == name && !words[i].stop && !hasUpperOrDigit(words[i+1].text) {
			return true
		}
	}
	return false
}

// sourceOpening drops the registry vendors that only open a title as its
// source, before a colon ("Kaspersky: Free Download Manager site
// redirected Linux users to malware"), when the shape names another
// product: the firm reports (trust-events.md, "the vendor as reporter").
// "SolarWinds hack: Orion updates trojanized" names no other maker than
// the one before the colon, and keeps it.
func sourceOpening(title string, words []titleWord, vendors []trust.VendorHit, name string) []trust.VendorHit {
	if name == "" || len(vendors) == 0 {
		return vendors
	}
	c := -1
	for i := 0; i < len(words) && i < 2; i++ {
		if words[i].end < len(title) && title[words[i].end] == ':' {
			c = i
			break
		}
	}
	if c < 0 {
		return vendors
	}
	opening := strings.ToLower(joinSpan(words, 0, c))
	var out []trust.VendorHit
	for _, v := range vendors {
		if !strings.Contains(opening, strings.ToLower(v.Term)) || looseContains(name, v.Term) {
			out = append(out, v)
		}
	}
	return out
}

// functionKind reports whether the lower-case word at j says what a
// package does after the language it is for ("PHP authentication
// library", "Python encryption module"): a noun of function after a
// techKinds word is a kind, not a name; "Python requests library" names
// its package.
func functionKind(words []titleWord, j int) bool {
	w := words[j].lc()
	if j == 0 || words[j-1].stop || strings.ContainsAny(w, "-._/0123456789") || !techKinds[words[j-1].lc()] {
		return false
	}
	return strings.HasSuffix(w, "tion") || strings.HasSuffix(w, "sion") || strings.HasSuffix(w, "ment")
}

// authorityHeads are the nouns that make an actor an authority by its
// shape, whatever its name: "Border Patrol", "Coast Guard", "Air Force",
// "school district", "city council", "Interior Department". Before a verb
// of grounding or blocking (authorityActs) they read as the state acting;
// "office" is left out ("Office blocks macros" is Microsoft's product),
// as are "service" and "board" (a company's).
var authorityHeads = wordSet(`patrol guard force forces corps marines sheriff sheriffs troops
	agency agencies ministry ministries department departments dept district districts
	council councils parliament legislature assembly bureau commission command
	administration army navy police`)

// theName widens a name found at words[s..e] back to a capitalised "The"
// that opens it, over at most two capitalised words: "The Great
// Suspender", "The Camelizer", "The Unarchiver" are products whose names
// begin with the article. In a Title Case headline every word is
// capitalised and "The" is read only right before the name's run ("Google
// Removes The Great Suspender"). "" when there is no such "The".
func theName(words []titleWord, s, e int) string {
	for k := s - 1; k >= 0 && k >= s-3; k-- {
		w := words[k]
		if w.stop {
			return ""
		}
		if w.text == "The" {
			if k+1 < s && !hasUpperOrDigit(words[k+1].text) {
				return ""
			}
			return joinSpan(words, k, e)
		}
		if !hasUpperOrDigit(w.text) || !nameWord(w) || actors[w.lc()] {
			return ""
		}
	}
	return ""
}
