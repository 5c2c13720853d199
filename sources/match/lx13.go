package match

// The words of trust actions (lexicon13). Most of the family lives in
// config/rules.toml's signal terms; what a term cannot say lives here.

// lx13Retailers are shops that pull a vendor's goods, beside the app
// stores and marketplaces: "Kaspersky disappears from Costco", "Costco
// ditches Hikvision cameras over spying concerns". storeWords (where a
// product is taken from), storeOwners and stores (who takes it) hold
// them; "Best Buy" is read as "best" and "buy" there (never "buy" alone:
// "removed from buy lists").
var lx13Retailers = wordSet(`costco newegg ebay staples argos currys flipkart aliexpress
	mediamarkt bestbuy`)

// lx13CutVerbs end a relationship ("cuts ties with", "cancels contracts
// with"); lx13BootVerbs put a product off somewhere ("kicks X off
// government devices").
var (
	lx13CutVerbs  = wordSet("cuts cut severs severed cancels cancelled canceled terminates terminated")
	lx13CutNouns  = wordSet("ties contracts contract links relations")
	lx13BootVerbs = wordSet("boots booted kicks kicked")
	lx13StateOwn  = wordSet("government federal state official military public")
)

// lx13StateCuts finds a state, not a seller, ending its dealings with a
// vendor or putting its products off the state's own systems: "Australia
// cuts ties with X over security fears", "X kicked off government devices
// in Australia". The words read as a store's delisting; trust-events.md
// calls a government restricting the use of a vendor's products a ban. It
// returns the verb's span, or "" when a store owner or retailer acts.
func lx13StateCuts(words []titleWord) string {
	for v := range words {
		lv := lower(words[v])
		switch {
		case lx13CutVerbs[lv]:
			if v == 0 || !inWords(words[:v], authorities) || inWords(words[:v], storeOwners) ||
				v+1 >= len(words) || !lx13CutNouns[lower(words[v+1])] {
				continue
			}
			return joinSpan(words, v, v+1)
		case lx13BootVerbs[lv]:
			// "off government devices": the state's own systems within
			// three words of "off".
			for k := v + 1; k < len(words) && k <= v+4; k++ {
				if lower(words[k]) != "off" && lower(words[k]) != "out" {
					continue
				}
				for j := k + 1; j < len(words) && j <= k+3; j++ {
					if lx13StateOwn[lower(words[j])] && j+1 < len(words) && stateSystems[lower(words[j+1])] {
						return joinSpan(words, v, j+1)
					}
				}
				break
			}
		}
	}
	return ""
}

// lx13BlacklistFrom finds a state blacklisting a vendor from its own
// systems: "Australia blacklists X from government networks". The word
// reads as sanctions; a state keeping a product off its networks is a
// ban. It returns the span from the verb to the systems, or "".
func lx13BlacklistFrom(words []titleWord) string {
	for v := range words {
		if lv := lower(words[v]); lv != "blacklists" && lv != "blacklisted" && lv != "blacklisting" {
			continue
		}
		for f := v + 1; f < len(words) && f <= v+5; f++ {
			if lower(words[f]) != "from" {
				continue
			}
			for k := f + 1; k < len(words) && k <= f+3; k++ {
				if lk := lower(words[k]); lk != "government" && lk != "federal" && lk != "state" && stateSystems[lk] {
					return joinSpan(words, v, k)
				}
			}
			break
		}
	}
	return ""
}

// lx13RootOwners run a root program: their bar on a certificate
// authority's certificates is distrust.
var lx13RootOwners = wordSet("google chrome mozilla firefox apple microsoft browsers browser")

// lx13CertBar finds a root program barring a certificate authority's
// certificates in a verb a seller's or a state's act uses too: "Google
// bans Entrust certificates", "Chrome to block X certificates". It
// returns the span from the verb to "certificates", or "".
func lx13CertBar(words []titleWord) string {
	for v := 1; v < len(words); v++ {
		switch lower(words[v]) {
		case "bans", "ban", "banned", "blocks", "block", "blocked", "rejects", "reject", "drops", "drop", "pulls", "pull":
		default:
			continue
		}
		if !inWords(words[:v], lx13RootOwners) {
			continue
		}
		for k := v + 1; k < len(words) && k <= v+4; k++ {
			if lk := lower(words[k]); lk == "certificates" || lk == "certs" || lk == "roots" {
				return joinSpan(words, v, k)
			}
			if words[k].stop {
				break
			}
		}
	}
	return ""
}

// lx13Abandon are the verbs of giving up a plan or a contract: "drops
// plans to sell", "scraps Huawei contract", "hits the brakes on plans".
var lx13Abandon = wordSet(`drops dropped scraps scrapped shelves shelved abandons abandoned halts
	halted cancels cancelled canceled ditches ditched axes axed pauses paused
	terminates terminated voids voided annuls annulled hits pumps`)

// lx13UseVerbs are what a partner planned to do with a vendor's products.
var lx13UseVerbs = wordSet(`sell use buy carry stock source deploy offer install adopt
	purchase integrate ship distribute`)

// lx13PlanDropped finds a partner giving up its plan to sell or use a
// vendor's products: "Verizon drops plans to sell Huawei phones under
// government pressure", "Apple hits the brakes on plans to use Chinese
// memory chips". A partner halting the vendor's products is a delisting.
// It returns the verb's index and the use verb's.
func lx13PlanDropped(words []titleWord) (int, int, bool) {
	for v := 1; v < len(words); v++ {
		lv := lower(words[v])
		if !lx13Abandon[lv] {
			continue
		}
		k := v + 1
		// "hits the brakes on plans", "drops its plans"
		for k < len(words) && k <= v+4 && oneOf(lower(words[k]), "the", "brakes", "brake", "on", "its", "their") {
			k++
		}
		if (lv == "hits" || lv == "pumps") && k == v+1 || k+2 >= len(words) ||
			!oneOf(lower(words[k]), "plans", "plan") || lower(words[k+1]) != "to" || !lx13UseVerbs[lower(words[k+2])] {
			continue
		}
		return v, k + 2, true
	}
	return 0, 0, false
}

// lx13ContractCut finds a state ending a contract with a vendor: "Spain
// scraps Huawei contract for storing police wiretaps", "Army cancels its
// contract with Hikvision". A state ending its own purchases of a
// vendor's products is a ban. It returns the verb's index and the
// contract's.
func lx13ContractCut(words []titleWord) (int, int, bool) {
	for v := 1; v < len(words); v++ {
		if lv := lower(words[v]); !lx13Abandon[lv] || lv == "hits" || lv == "pumps" {
			continue
		}
		if !inWords(words[:v], authorities) || inWords(words[:v], storeOwners) {
			continue
		}
		for k := v + 1; k < len(words) && k <= v+4; k++ {
			if lk := lower(words[k]); lk == "contract" || lk == "contracts" || lk == "deal" {
				return v, k, true
			}
			if words[k].stop {
				break
			}
		}
	}
	return 0, 0, false
}

// lx13VendorsAfter reports whether every registry vendor hit of a title
// stands after byte offset at: the vendor is what the verb there acts
// on, not the actor ("Huawei drops plans to sell phones in Europe").
func (m *Matcher) lx13VendorsAfter(hits []hit, at int) bool {
	for _, h := range hits {
		if m.hasVendor[h.pat] && h.off <= at {
			return false
		}
	}
	return true
}
