package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// A name outside the registry met beside a trust word needs a word of
// technology around it (techContext): "sanctions" and "ban" hold banks,
// oil firms and people as often as vendors. But where the structure of a
// formal action holds the name as its object ("Treasury sanctions X",
// "adds X to Entity List", "lifts sanctions on X", "Judge blocks
// Pentagon blacklisting of X", "FBI ties X to Chinese military"), a name
// with no such word may still be a vendor's ("US sanctions Funnull for
// powering pig butchering scams", "Treasury delists Tornado Cash"). The
// structure alone does not tell it from a militia, a person, a country
// or a gang ("EU sanctions Wagner", "UK sanctions Prigozhin", "US
// sanctions Nicaragua", "US and UK sanction Trickbot"): for sanctions and
// their reversal the title or lead sentence must call the object a
// business (nm14Firms: "the company", "mapping firm", "the crypto
// mixer"), a state must act, and nothing may tell of a fine, an evasion
// or a person (nm14Others). A class the title reaches beside such a name
// gives way to it when it describes the name ("Treasury sanctions Arvoro,
// a spyware vendor": nm14Named).

// nm14Vouched reports whether name, the object a formal action's
// structure gives in title, stands without a word of technology: a
// category of formal action, a name written with a capital, and no word
// of title or lead saying it is no vendor.
func nm14Vouched(cat trust.Category, name string, title, lead []titleWord) bool {
	switch cat {
	case trust.CategorySanctions, trust.CategoryStateLinks, trust.CategoryEspionage, trust.CategoryBan:
	case trust.CategoryReversal:
		// A listing undone, not a ban: "Court lifts ban on Bolsonaro",
		// "Turkey lifts ban on Wikipedia" hold people and sites.
		if !inWords(title, listWords) && !inWords(title, nm14DelistVerbs) {
			return false
		}
	default:
		return false
	}
	if name == "" || !hasUpperOrDigit(name) || nm14OtherIn(title) || sn16OtherLead(lead) { // sanc16.go: a firm's lead tells of its customers
		return false
	}
	// Sanctions a state imposes, not a court's ("Judge sanctions Google
	// for destroying chats") nor a fine for breaking them ("Binance to
	// pay $4bn over sanctions violations"); and on a business, which the
	// title or lead must call one: "EU sanctions Wagner", "UK sanctions
	// Prigozhin", "US sanctions Nicaragua" and "US and UK sanction
	// Trickbot" have the same structure as "US sanctions Funnull".
	// A court undoing a listing is a reversal ("Judge blocks Pentagon
	// blacklisting of X").
	// sanc16.go: a business's name by its suffix, and holds only
	// businesses are put under, vouch too; a court undoing such a hold
	// is a reversal.
	hold, undone := sn16CompanyHold(title)
	if cat == trust.CategorySanctions && !undone && (inWords(title, nm14Courts) || inWords(lead, nm14Courts)) ||
		(cat == trust.CategorySanctions || cat == trust.CategoryReversal) &&
			(!inWords(title, nm14Sanctioners) && !inWords(title, nm14Courts) && !hold || inWords(title, nm14OtherSenses) ||
				inWords(lead, nm14OtherSenses) || !inWords(title, nm14Firms) && !inWords(lead, nm14Firms) && !sn16Suffixed(name, title) && !hold) {
		return false
	}
	// A ban vouches for a name only as a business's too: bans hold
	// people, sites, outlets and parties in the same structure
	// (measured at the merge: without this an unread batch gained a
	// look-alike, counted only).
	if cat == trust.CategoryBan && !inWords(title, nm14Firms) && !inWords(lead, nm14Firms) {
		return false
	}
	// The whole name: "adds Qihoo 360 and 32 other entities" is read
	// by the list's own shape (gov9.go), not cut at its digits here.
	parts := strings.Fields(name)
	for i := 0; i+len(parts) < len(title); i++ {
		if title[i].text == parts[0] && hasUpperOrDigit(title[i+len(parts)].text) && !title[i+len(parts)-1].stop {
			return false
		}
	}
	return true
}

// nm14RoleAfter reports whether name stands before a person's role in
// words ("Arvoro founder", "former Quillstack executive"): the person is
// the action's object, not the vendor.
func nm14RoleAfter(words []titleWord, name string) bool {
	parts := strings.Fields(name)
	for i := 0; i+len(parts) < len(words); i++ {
		if words[i].text == parts[0] && words[i+len(parts)-1].text == parts[len(parts)-1] && !words[i+len(parts)-1].stop &&
			nm14People[strings.ToLower(words[i+len(parts)].text)] {
			return true
		}
	}
	return false
}

// nm14OtherIn reports whether words call the action's object something
// that is no vendor: a word of nm14Others written in lower case (a
// capital one is part of a name: "Integrity Technology Group"); "national
// security" is a motive, not a Russian national.
func nm14OtherIn(words []titleWord) bool {
	for i, w := range words {
		if w.text == "national" && i+1 < len(words) && lower(words[i+1]) == "security" {
			continue
		}
		if nm14Others[cutPossessive(w.text)] {
			return true
		}
	}
	return false
}

// nm14Others are the objects of sanctions and bans that are no vendor:
// banks and trades of goods, people and their roles, criminal groups.
var nm14Others = wordSet(`bank banks lender lenders oil gas tanker tankers vessel vessels
	ship ships shipping shipper airline airlines aluminum aluminium steel mining miner
	metals refinery oligarch oligarchs billionaire businessman businesswoman tycoon national
	nationals citizen citizens individual individuals executive executives founder ceo
	chairman leader administrator minister man woman person son daughter wife
	politician commander gang gangs crew cybercriminals group hacktivists hacktivist
	ransomware operators regime`)

// nm14Named gives a class alert's place to the vendor its title names as
// the action's object: "Treasury sanctions Arvoro, a spyware vendor" is
// about Arvoro, never about the registry's spyware makers the class
// reaches. The name is unlisted's (the object of the title's signal), so
// a class alone ("sanctions spyware vendors") keeps its reach. A name
// that qualifies a person ("sanctions Arvoro founder over spyware
// sales") makes the person the object: no alert, the class's included.
func (m *Matcher) nm14Named(title, lead string, hits []hit, question bool, class unit) unit {
	words := titleWords(title)
	// After the signal only: "Biden executive order bans ..." is the
	// actor's.
	for i := nm14After(words, class.signals[0].Term); i > 0 && i+1 < len(words); i++ {
		if hasUpperOrDigit(words[i].text) && !words[i].stop && nm14People[words[i+1].lc()] {
			return unit{}
		}
	}
	u := m.unlisted(title, lead, hits, question)
	if !u.ok || len(u.vendors) != 1 || u.category != class.category || !nm14Object(words, u.vendors[0].Name, u.signals[0].Term) {
		return class
	}
	if !nm14OneVendor(class.vendors) {
		return class // "bans Arvoro and other Chinese apps": the class is news of its own
	}
	return u
}

// nm14OneVendor reports whether a class's phrase describes one vendor,
// the name beside it: a singular trade ("a Chinese drone maker",
// "spyware vendor") or spyware alone ("over spyware sales": its makers
// are who sells it), or a class named as written that holds the name
// ("Beijing company Integrity Technology"). A plural or a kind of product
// ("Chinese apps", "telecom equipment") is a class the name is one of.
func nm14OneVendor(class []trust.VendorHit) bool {
	if len(class) == 0 {
		return false
	}
	if class[0].Unlisted {
		return true // a class named as written, no registry reach: the name within it is the vendor
	}
	p := strings.Fields(strings.ToLower(class[0].Class))
	return len(p) > 0 && (nm14Trades[p[len(p)-1]] || p[len(p)-1] == "spyware")
}

var nm14Trades = wordSet(`vendor maker firm company developer provider manufacturer startup seller
	supplier contractor`)

// nm14Object reports whether name stands in the title as an object
// beside a class: written there after the signal, whose object it is
// (not its actor: "Arvoro bans Chinese modules from its offices",
// "Texas Governor Abbott bans Chinese apps"), and not opening with
// a kind, a qualifier or an origin ("bans Chinese-made ICT equipment"
// names no "ICT", "Chinese-brand ICT" none either). A name from the lead is describedLead's to give.
func nm14Object(words []titleWord, name, signal string) bool {
	from := nm14After(words, signal)
	parts := strings.Fields(name)
	at := -1
	for i := max(from, 1); from > 0 && i+len(parts) <= len(words); i++ {
		if words[i].text == parts[0] && words[i+len(parts)-1].text == parts[len(parts)-1] {
			at = i
			break
		}
	}
	if at < 0 {
		return false
	}
	l := strings.ToLower(parts[0])
	origin, _, _ := strings.Cut(l, "-")
	_, country := classCountries[origin]
	return !techQualifiers[l] && productClasses[l] == "" && !country
}

// nm14People are the roles that make a person of a company's name before
// them.
var nm14People = wordSet(`founder founders executive executives ceo chairman owner owners
	employee employees director directors president boss cofounder co-founder`)

// nm14SanctionsDelist reports whether a title's delisting is a sanctions
// authority's ("Treasury delists Tornado Cash", "Arvoro delisted by
// OFAC"): a listing undone, a reversal, where a store's delisting pulls
// a product. A stock exchange's delisting is neither.
func nm14SanctionsDelist(title, lead []titleWord) bool {
	if inWords(title, nm14Exchanges) || inWords(lead, nm14Exchanges) {
		return false
	}
	for i, w := range title {
		if !nm14DelistVerbs[w.lc()] {
			continue
		}
		if i > 0 && !title[i-1].stop && nm14Sanctioners[strings.ToLower(strings.TrimRight(title[i-1].text, "."))] {
			return true
		}
		if i+2 < len(title) && strings.EqualFold(title[i+1].text, "by") && nm14Sanctioners[strings.ToLower(strings.TrimRight(title[i+2].text, "."))] {
			return true
		}
	}
	return false
}

var (
	nm14DelistVerbs = wordSet("delists delisted delist delisting")
	nm14Sanctioners = wordSet(`treasury ofac us u.s eu uk commerce bis washington pentagon dod
		state britain japan canada australia`)
	nm14Firms = wordSet(`firm firms company companies vendor vendors maker makers provider
		providers contractor contractors startup manufacturer manufacturers supplier suppliers
		developer corporation business subsidiary subsidiaries chipmaker inc ltd llc gmbh
		corp co plc mixer operator`)
	nm14Courts      = wordSet("court courts judge judges lawyer lawyers attorney attorneys")
	nm14OtherSenses = wordSet(`violation violations violating violate violated evade evasion evading
		evaded dodge dodging breach breaches breaching breached faces face facing threatens
		threatened could may might fined
		fine pay pays settle settles settlement penalty despite avoid avoids escape
		escapes urge urges calls seeks proposes bill lawmakers senators`)
	nm14Exchanges = wordSet("exchange exchanges stock stocks shares nyse nasdaq index listing")
)

// nm14After is the index of the word after signal's last word in words,
// or -1 when it is not there.
func nm14After(words []titleWord, signal string) int {
	sig := strings.Fields(signal)
	if len(sig) == 0 {
		return -1
	}
	for i := range words {
		if strings.EqualFold(words[i].text, sig[len(sig)-1]) {
			return i + 1
		}
	}
	return -1
}

// nm14HeldName is the name a sanctions or a tie holds where the signal
// is a noun with a verb between: "US targets X with sanctions", "X hit
// with US sanctions", "FBI finds X has ties to Chinese military": the
// run of words right before "with" or "has".
func nm14HeldName(words []titleWord, cat trust.Category, titleCase bool, accept func(string) bool) string {
	for k := 1; k+1 < len(words); k++ {
		lk := words[k].lc()
		held := false
		switch {
		case cat == trust.CategorySanctions && lk == "with":
			for j := k + 1; j < len(words) && j <= k+3; j++ {
				if oneOf(words[j].lc(), "sanctions", "sanction") {
					held = true
				}
			}
		case (cat == trust.CategoryStateLinks || cat == trust.CategoryEspionage) && oneOf(lk, "has", "have", "had"):
			held = oneOf(words[k+1].lc(), "ties", "links", "connections")
		}
		if !held || words[k-1].stop {
			continue
		}
		if name := subjectRun(words, k-1, -1, titleCase); name != "" && accept(name) {
			return name
		}
	}
	return ""
}

// nm14AuthorityTies reports whether an authority opens a title with a
// verb that ties ("Pentagon ties X to Chinese military", "NSA links X to
// Russian intelligence"): an authority's finding of state links, as an
// accuser's is. Not "says" ("NSA says Russian intelligence used X
// servers" is attackers using a product).
func nm14AuthorityTies(words []titleWord) bool {
	for v := 1; v < len(words) && v <= 3; v++ {
		if !nm14TieVerbs[words[v].lc()] {
			continue
		}
		a := strings.ToLower(strings.TrimRight(words[v-1].text, "."))
		if v+1 >= len(words) || words[v-1].stop || !authorities[a] && !authorityHeads[a] {
			return false
		}
		// What is tied is right after the verb, a name, not an origin
		// ("links Chinese military hackers to X router breaches").
		o := words[v+1].lc()
		origin, _, _ := strings.Cut(o, "-")
		_, country := classCountries[origin]
		return hasUpperOrDigit(words[v+1].text) && !country && !authorities[o]
	}
	return false
}

var nm14TieVerbs = wordSet("ties links connects")
