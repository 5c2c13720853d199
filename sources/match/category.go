package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// This file reads the category a title's action shape gives where the
// lexicon's strongest word alone reads another (trust-events.md's table):
// "removed from" is a store's word but a state's when the place is its
// networks; "restricts" is a ban's word but export controls are sanctions;
// a revoked licence to operate is a ban whatever motive the title gives;
// an order to the vendor itself to shut down is a ban, not a directive to
// users; a package registry's release is open source, a plugin vendor's
// product is the vendor's own. Each reads only the title's words, after
// the unit is chosen, so it never changes whether an alert is made.

// recategorize sets u's category from the title's shape, if one reads.
func recategorize(title string, u *unit) {
	// The unit may be the lead's ("FCC revokes license of Chinese
	// state-owned carrier" | "... China Telecom Americas ..."): the
	// title's action still gives the category.
	words := titleWords(title)
	cat, term := u.category, ""
	switch u.category {
	case trust.CategoryDelisting:
		if nm14SanctionsDelist(words, nil) {
			term, cat = "delists", trust.CategoryReversal // "Treasury delists X": a listing undone (names14.go)
			break
		}
		if term = nm12RootPlace(words); term != "" {
			cat = trust.CategoryDistrust // nm12.go: taken out of a root program
			break
		}
		term = removedFromPlace(words)
		if lo, hi, ok := adviceDrop(words); term == "" && ok {
			term = joinSpan(words, lo, hi) // "urges public bodies to drop Chinese drones" (classrev.go)
		}
		cat = trust.CategoryDirective
		if term == "" {
			term, cat = storesUnderBan(words), trust.CategoryBan // lifted.go
		}
		if term == "" {
			term = lx13StateCuts(words) // "Australia cuts ties with X", "X kicked off government devices"
		}
	case trust.CategoryBan:
		if term = lx13CertBar(words); term != "" {
			cat = trust.CategoryDistrust // "Google bans Entrust certificates" (lx13.go)
			break
		}
		if term = exportControl(words); term == "" {
			term = investmentBan(words) // lifted.go
		}
		if term == "" {
			term = suppliesCut(words)
		}
		cat = trust.CategorySanctions
		if term == "" {
			term = sellerBans(words)
			cat = trust.CategoryDelisting
		}
	case trust.CategoryStateLinks, trust.CategoryEspionage:
		if term = nm12SellerDrop(words); term != "" {
			cat = trust.CategoryDelisting // "Best Buy dumps X over spying concerns": the motive is why (nm12.go)
			break
		}
		if term = militarySaid(words); term != "" {
			cat = trust.CategorySanctions
			break
		}
		if term = licenceRevoked(words); term == "" {
			term = actsOverMotive(words)
		}
		cat = trust.CategoryBan
		if term == "" {
			if term = storeHold(words); term != "" {
				cat = trust.CategoryDelisting // delist.go
			}
		}
		if term == "" && u.category == trust.CategoryEspionage {
			term = authorityFindsThreat(words)
			cat = trust.CategoryStateLinks
		}
	case trust.CategorySanctions:
		if nm14SanctionsDelist(words, nil) {
			term, cat = "delists", trust.CategoryReversal // "OFAC delists X": the sanctioner's word outweighed the delisting
			break
		}
		if term = lx13BlacklistFrom(words); term != "" {
			cat = trust.CategoryBan // "blacklists X from government networks" (lx13.go)
			break
		}
		term = partnerCutsOff(words)
		cat = trust.CategoryDelisting
		if term == "" {
			term, cat = riskLabelled(words), trust.CategoryDirective // authority4.go
		}
	case trust.CategoryDirective:
		if lo, hi, ok := nm12OwnStop(words); ok {
			term = joinSpan(words, lo, hi) // "Pentagon to stop buying X": its own purchases (nm12.go)
		} else if term = licenceRevoked(words); term == "" {
			term = orderedOut(words)
		}
		if term == "" {
			term = storesOrdered(words) // lifted.go
		}
		cat = trust.CategoryBan
	case trust.CategoryCompromise:
		if term = registryRelease(words); term == "" {
			term = ossRecategorized(words) // oss11.go
		}
		cat = trust.CategoryOSS
	case trust.CategoryOSS:
		if term = pluginVendor(words); term == "" {
			term = vendorInstaller(words) // oss11.go
		}
		cat = trust.CategoryCompromise
	}
	if term == "" {
		return
	}
	if t := suppliesCut(words); cat == trust.CategoryBan && t != "" {
		term, cat = t, trust.CategorySanctions // "revokes licences for Huawei suppliers": an export licence
	}
	u.category = cat
	u.signals = append([]trust.SignalHit{{Term: term, Category: cat, Weight: supplyWeight}}, u.signals...)
}

// stateSystems are a state's own systems a vendor's products are taken
// out of: "to be removed from federal networks", "removed from all
// government computers", "removed from UK 5G networks".
var stateSystems = wordSet(`network networks 5g infrastructure systems grid devices phones
	computers pcs laptops federal government agencies military bases`)

// storePlaces are a seller's: "removed from Google Play", "from US
// blacklist" (a reversal, read elsewhere).
var storePlaces = wordSet(`store stores play marketplace shelves catalog catalogue list
	blacklist shop shops amazon sale`)

// removedFromPlace finds "removed from <a state's systems>": the state
// taking the vendor out, a directive, not a store delisting it.
func removedFromPlace(words []titleWord) string {
	for i := 0; i+1 < len(words); i++ {
		switch words[i].lc() {
		case "removed", "remove", "removing", "removes", "purged", "stripped", "ripped":
		default:
			continue
		}
		if !strings.EqualFold(words[i+1].text, "from") {
			continue
		}
		end := min(len(words), i+6)
		// A list a few words on is still the store's or the state's
		// buyers' ("removed from US government's approved vendor
		// list"), not its systems.
		if inWords(words[i+2:min(len(words), i+8)], storePlaces) || !inWords(words[i+2:end], stateSystems) {
			return ""
		}
		return joinSpan(words, i, end-1)
	}
	return ""
}

// exportControl finds export controls in a ban's title: "restricts
// exports to X", "export restrictions on X", "export curbs": sanctions by
// trust-events.md's table. Only the action's clause is read, and not a
// reason given for it: "Texas bans DeepSeek on state devices, cites
// export-control concerns" is a ban on use (precision2).
func exportControl(words []titleWord) string {
	acted := false
	for i, w := range words {
		switch w.lc() {
		case "bans", "banned", "ban", "bars", "barred", "restricts", "restricted", "blocks", "blocked", "prohibits":
			acted = true
		case "export", "exports", "export-control", "export-controls":
			if i > 0 && oneOf(words[i-1].lc(), "cites", "citing", "cited", "over", "amid", "despite", "not") {
				return ""
			}
			return joinSpan(words, max(0, i-1), i)
		}
		if acted && hardStop(words, i) {
			return ""
		}
	}
	return ""
}

// militaryAfter reports whether "military company" or "companies"
// follows the article at k within four words: the Pentagon's list of
// Chinese military companies (1260H).
func militaryAfter(words []titleWord, k int) bool {
	for j := k + 1; j < len(words) && j <= k+4; j++ {
		if militaryFirm(words, j) {
			return true
		}
		if words[j].stop {
			break
		}
	}
	return false
}

// militarySaid finds the Pentagon's finding that a vendor is a Chinese
// military company: "Pentagon says DJI is a Chinese military company".
// The finding is the 1260H listing, sanctions by trust-events.md's table;
// lawmakers saying so only accuse.
func militarySaid(words []titleWord) string {
	for v := 1; v+2 < len(words); v++ {
		if !oneOf(words[v].lc(), "says", "said", "finds", "found", "determines", "determined", "identifies",
			"identified") || !stateActor(words[:v]) || inWords(words[:v], legislators) {
			continue
		}
		for k := v + 2; k < len(words) && k <= v+6; k++ {
			if oneOf(words[k].lc(), "a", "an") && militaryAfter(words, k) {
				return joinSpan(words, v, k)
			}
			if words[k].stop {
				break
			}
		}
	}
	return ""
}

// sellToVerbs sell or ship to a buyer; buyerVerbs are the buyer's.
var (
	sellToVerbs = wordSet(`selling sales sale sell supplying supply supplies exports exporting
		shipments shipping ship`)
	buyerVerbs = wordSet("buying acquiring purchasing obtaining accessing getting using")
	suppliedBy = wordSet(`american us u.s foreign western chips technology components parts
		semiconductors software tools equipment`)
)

// suppliesCut finds a ban on supplying the vendor, not on its products:
// "Commerce bars US firms from selling to ZTE", "US bans American
// companies from supplying Huawei", "US bans Huawei from buying American
// chips", "US restricts Huawei's access to chips". Cutting a vendor off
// from suppliers is an export control, sanctions by trust-events.md's
// table; "bans sale of Kaspersky software" and "bars agencies from buying
// Hikvision cameras" keep the vendor's products as the object and stay
// bans.
func suppliesCut(words []titleWord) string {
	for i := 1; i < len(words); i++ {
		lw, next := words[i].lc(), titleWord{}
		if i+1 < len(words) {
			next = words[i+1]
		}
		switch {
		case sellToVerbs[lw] && strings.EqualFold(next.text, "to") && i+2 < len(words) && hasUpperOrDigit(words[i+2].text):
			return joinSpan(words, i, i+2) // "selling to ZTE"
		case (lw == "supplying" || lw == "supply") && hasUpperOrDigit(next.text) && !authorities[next.lc()]:
			return joinSpan(words, i, i+1) // "supplying Huawei"
		case lw == "from" && buyerVerbs[next.lc()] && hasUpperOrDigit(words[i-1].text) &&
			!authorities[words[i-1].lc()] && i+2 < len(words) && suppliedBy[words[i+2].lc()]:
			return joinSpan(words, i-1, i+2) // "Huawei from buying American chips"
		case (lw == "suppliers" || lw == "supplier") && i >= 2 && oneOf(words[i-2].lc(), "for", "to", "of") &&
			hasUpperOrDigit(words[i-1].text) && !authorities[words[i-1].lc()]:
			return joinSpan(words, i-1, i) // "revokes licences for Huawei suppliers", not "squeeze Chinese CCTV suppliers out"
		case lw == "access" && strings.EqualFold(next.text, "to") && i+2 < len(words) && suppliedBy[words[i+2].lc()] &&
			hasUpperOrDigit(words[i-1].text) && !authorities[words[i-1].lc()]:
			return joinSpan(words, i-1, i+2) // "Huawei's access to chips"
		}
	}
	return ""
}

// licenceRevoked finds an authority taking away a vendor's licence to
// operate: "FCC revokes license of Chinese state-owned carrier",
// "FCC revokes China Telecom's license": a ban on its market, whatever
// motive (state ownership, national security) the title gives.
func licenceRevoked(words []titleWord) string {
	for v := 1; v < len(words); v++ {
		switch words[v].lc() {
		case "revokes", "revoked", "revoking", "revoke", "strips", "stripped", "withdraws", "withdrew", "yanks", "cancels", "cancelled", "canceled":
		default:
			continue
		}
		if !inWords(words[:v], authorities) || inWords(words[:v], courts) {
			continue
		}
		for k := v + 1; k < len(words) && k <= v+5; k++ {
			switch words[k].lc() {
			case "license", "licence", "licenses", "licences", "authorization", "authorisation", "permit", "permits":
				return joinSpan(words, v, k)
			}
			if words[k].stop {
				break
			}
		}
	}
	return ""
}

// users are who a directive tells to stop using a product.
var users = wordSet(`agencies agency staff employees officials departments ministries government
	federal civil servants users citizens operators carriers banks schools contractors
	military troops personnel soldiers lawmakers public companies firms organizations
	organisations businesses people consumers americans`)

// leaveVerbs are what a vendor ordered out of a market must do.
var leaveVerbs = wordSet("shut cease wind close exit leave halt stop dissolve divest sell")

// orderedOut finds an authority ordering the vendor itself out: "Canada
// orders TikTok to shut down its Canadian offices", "orders X to cease
// operations": a ban on its market. "Orders agencies to stop using X" is
// a directive to users and stays one.
func orderedOut(words []titleWord) string {
	for i := 1; i < len(words); i++ {
		switch words[i].lc() {
		case "orders", "ordered", "forces", "forced", "tells", "told":
		default:
			continue
		}
		if !inWords(words[:i], authorities) {
			continue
		}
		for t := i + 1; t < len(words) && t <= i+5; t++ {
			if !strings.EqualFold(words[t].text, "to") {
				if words[t].stop {
					break
				}
				continue
			}
			if t == i+1 || t+1 >= len(words) || inWords(words[i+1:t], users) {
				return ""
			}
			verb := words[t+1].lc()
			if !leaveVerbs[verb] {
				return ""
			}
			if verb == "stop" || verb == "halt" {
				// "orders X to stop operations", not "to stop selling Y"
				if t+2 >= len(words) || !strings.HasPrefix(words[t+2].lc(), "operat") {
					return ""
				}
			}
			return joinSpan(words, i, t+1)
		}
	}
	return ""
}

// pkgRegistries are package registries; releases what they publish.
var (
	pkgRegistries = wordSet("npm pypi rubygems nuget crates.io packagist maven")
	releases      = wordSet(`release releases version versions package packages library libraries
		module modules`)
	makerWords = wordSet("vendor vendors maker makers company firm developer")
)

// registryRelease finds a package registry's release in a compromise's
// title: "Hackers poisoned the official Lottie Player npm release": an
// open-source package hijacked, not a company's installer.
func registryRelease(words []titleWord) string {
	for i := 0; i+1 < len(words); i++ {
		if pkgRegistries[words[i].lc()] && releases[words[i+1].lc()] {
			if inWords(words, makerWords) {
				return ""
			}
			return joinSpan(words, i, i+1)
		}
	}
	return ""
}

// pluginVendor finds a company that makes plugins as the subject of an
// open-source title: "Magento extension vendor FishPig hit by supply
// chain attack": the vendor's own distribution, a compromise.
func pluginVendor(words []titleWord) string {
	for i := 0; i+1 < len(words); i++ {
		switch words[i].lc() {
		case "extension", "extensions", "plugin", "plugins", "theme", "themes", "add-on", "addon":
		default:
			continue
		}
		switch strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(words[i+1].text, "'s"), "’s")) {
		case "vendor", "maker", "developer", "company", "firm":
			// The vendor named right after: "vendor FishPig hit", not
			// "plugin maker's license server" (whose vendor the title
			// does not name).
			if i+2 < len(words) && hasUpperOrDigit(words[i+2].text) {
				return joinSpan(words, i, i+2)
			}
		}
	}
	return ""
}

// actsOverMotive finds an authority blocking or suspending the vendor for
// a privacy or security motive: "South Korea suspends DeepSeek downloads
// over privacy concerns". The motive's words (espionage's) are the
// reason; the action, a ban, is the news.
func actsOverMotive(words []titleWord) string {
	if v, ok := authorityActs(words); ok {
		return joinSpan(words, v-1, v)
	}
	return ""
}

// partnerCutsOff finds a company, not a state, cutting a vendor off:
// "Google cuts off Huawei from Android updates", "Arm cuts ties with
// Huawei": a partner halting the vendor's business, a delisting by
// trust-events.md's table, though "cuts off" is a sanction's word when a
// state says it ("US cuts off Huawei from chip suppliers").
func partnerCutsOff(words []titleWord) string {
	for v := 1; v+1 < len(words); v++ {
		switch words[v].lc() {
		case "cuts", "cut", "cutting":
		default:
			continue
		}
		switch words[v+1].lc() {
		case "off", "ties":
		default:
			continue
		}
		if inWords(words[:v], authorities) || !hasUpperOrDigit(words[0].text) {
			return ""
		}
		return joinSpan(words, v, v+1)
	}
	return ""
}

// authorityFindsThreat finds an authority's finding that a vendor poses a
// threat (posesThreat, gate.go): "Pentagon says Chinese battery maker
// CATL poses national security threat", "UK agency says Huawei poses
// 'unmanageable' risk": the state ties the vendor to a foreign state's
// reach (state-links), it does not accuse the vendor itself of spying.
// Lawmakers speak, they do not find: "Lawmakers say X poses risk" stays
// the accusation it is.
func authorityFindsThreat(words []titleWord) string {
	v, k, ok := posesThreat(words)
	if !ok || inWords(words[:v], legislators) {
		return ""
	}
	return joinSpan(words, v, k)
}

// partners are platform and supply-chain companies whose ban on a vendor
// is a partner cutting it off (a delisting), whatever its object; a
// store's ban needs sales or a store for its object (sellerBans), since
// "Microsoft bans" is as often its staff's rule.
var partners = wordSet(`google arm intel qualcomm tsmc broadcom nvidia samsung meta facebook
	cloudflare github visa mastercard paypal`)

// sellerBans finds a store, not a state, banning a vendor's sales or its
// apps: "Amazon bans sales of Hikvision cameras", "Apple bans X from App
// Store": a retailer or store pulling the products, a delisting by
// trust-events.md's table. The store owner leads the title, no authority
// stands before the verb, and the verb's object is sales or a store.
func sellerBans(words []titleWord) string {
	for v := 1; v+1 < len(words); v++ {
		switch words[v].lc() {
		case "bans", "banned", "bars", "barred", "blocks", "blocked", "prohibits", "restricts":
		default:
			continue
		}
		first := words[0].lc()
		if !storeOwners[first] && !partners[first] || inWords(words[:v], authorities) || inWords(words[:v], courtWords) {
			return ""
		}
		if partners[first] {
			return joinSpan(words, 0, v) // "Google bans Huawei from Android updates": a partner cutting it off
		}
		for k := v + 1; k < len(words) && k <= v+6; k++ {
			switch words[k].lc() {
			case "sale", "sales", "selling", "listings", "store", "play", "marketplace", "shelves":
				return joinSpan(words, v, k)
			}
		}
		return ""
	}
	return ""
}
