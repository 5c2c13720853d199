package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// precision5.go: look-alikes read once an alert exists, so the words are
// split only for titles that already alert (trust-events.md decides each):
//   - a platform's policy told with the compromise in an "after" clause
//     ("npm to require 2FA after wave of hijacked packages", "GitHub
//     revokes npm tokens after Shai-Hulud worm ..."): the news is the
//     response, a further report on the past event (coverage);
//   - attackers running their code on servers their owners left exposed
//     ("Docker images hijacked to mine crypto on exposed servers"): use of
//     customers' systems, nothing shipped by the maker;
//   - copies re-uploaded elsewhere ("Popular Minecraft mods infected with
//     malware" — "Malware-laced copies ... re-uploaded to third-party
//     sites"): never the legitimate release channel;
//   - an account taken over with nothing published ("PyPI account hijacked
//     in phishing attack");
//   - a vendor lifting its own rules ("Huawei lifts restrictions on staff
//     travel"): no authority's action is undone;
//   - an organisation named by its country's adjective ("Swedish newspaper
//     bars staff from using Chinese apps"): a newspaper, bank or carmaker
//     is no government;
//   - a court upholding a ban with no place named ("Court upholds ban on
//     Chinese apps"): the ban was the news (coverage).
// And two names: a product's own word before its channel noun kept in its
// name ("Trust Wallet extension" is Trust Wallet, not "Trust"); a scoped
// package named whole ("@ctrl/tinycolor", never "ctrl" or a lead's word).

// precision5After vetoes or marks as coverage the look-alikes above and
// mends the names; false drops the alert.
func precision5After(title, lead string, u *unit) bool {
	words := titleWords(title)
	switch u.category {
	case trust.CategoryCompromise, trust.CategoryOSS:
		if policyAfterClause(words) {
			u.coverage = true
		}
		sent := firstSentence(lead)
		if exposedHosts(words) || copiesElsewhere(words, sent) || accountOnly(words, sent) {
			return false
		}
		scopedName(title, lead, u)
		productWordName(words, firstSentence(lead), u)
		platformOwner(words, title, u)
	case trust.CategoryReversal:
		if selfLifted(words, u) {
			return false
		}
	case trust.CategoryBan, trust.CategoryDirective:
		if nationalOrg(words) {
			return false
		}
		if upheldNoPlace(words) {
			u.coverage = true
		}
	}
	return true
}

// p5Lower is the lower-cased text of words[i], "" out of range.
func p5Lower(words []titleWord, i int) string {
	if i < 0 || i >= len(words) {
		return ""
	}
	return words[i].lc()
}

var (
	// p5policyVerbs are a platform's measures: rules required, tokens revoked.
	p5policyVerbs = wordSet(`require requires requiring mandate mandates mandating enforce enforces enforcing
		tighten tightens tightening revoke revokes revoking invalidate invalidates invalidating
		rotate rotates harden hardens overhaul overhauls deprecate deprecates expire expires
		mandatory introduce introduces roll rolls rolling`)
	// p5clauseAfter opens the clause that tells what the measure answers.
	p5clauseAfter = wordSet("after following amid wake")
	// p5turnWords tell a compromise in the head clause itself.
	p5turnWords = wordSet(`hijack hijacks hijacked compromise compromises compromised backdoor backdoors backdoored
		infect infects infected trojanize trojanizes trojanized poison poisoned malicious malware
		push pushes pushed hack hacks hacked breach breached`)
)

// policyAfterClause reads "X to require 2FA after wave of hijacked
// packages": a measure before an "after" clause holding every turn word.
func policyAfterClause(words []titleWord) bool {
	policy := false
	for i := range words {
		l := p5Lower(words, i)
		if p5clauseAfter[l] {
			return policy && i+1 < len(words)
		}
		if p5turnWords[l] {
			return false
		}
		if p5policyVerbs[l] {
			policy = true
		}
	}
	return false
}

var (
	p5exposedAdj  = wordSet("exposed internet-exposed misconfigured unsecured unprotected poorly-secured")
	p5exposedHost = wordSet(`server servers host hosts instance instances api apis endpoint endpoints cluster clusters
		dashboard dashboards database databases daemon daemons deployments machines systems nodes ports`)
)

// exposedHosts reads "... on exposed servers", "hijack exposed Docker
// APIs": attackers on systems their owners left open.
func exposedHosts(words []titleWord) bool {
	for i := range words {
		if !p5exposedAdj[p5Lower(words, i)] {
			continue
		}
		for j := i + 1; j < len(words) && j <= i+3; j++ {
			if p5exposedHost[p5Lower(words, j)] {
				return true
			}
		}
	}
	return false
}

var (
	p5copyWords = wordSet(`copies re-uploaded reuploaded re-upload re-uploads repackaged repackages cracked
		pirated counterfeit knockoff knock-off clones`)
	// p5channelTurn words in the lead tell the legitimate channel turned.
	p5channelTurn = wordSet(`legitimate official compromised hijacked breached hacked stolen phished takeover taken
		replaced swapped installer update updates`)
)

// copiesElsewhere reads a lead that calls the infected things copies
// spread elsewhere, with no word of the legitimate channel turned.
func copiesElsewhere(words []titleWord, sent string) bool {
	if sent == "" {
		return false
	}
	lw := titleWords(sent)
	return inWords(lw, p5copyWords) && !inWords(lw, p5channelTurn) && !inWords(words, wordSet("update updates version versions release releases"))
}

var (
	p5accountNouns = wordSet("account accounts credentials login logins password passwords")
	p5shipWords    = wordSet(`publish published publishes push pushed pushes release released releases version versions
		update updates upload uploaded malicious malware backdoor backdoored package packages library libraries
		extension extensions code trojanized infected poisoned worm stealer steal steals drain drains`)
	p5negations = wordSet("no not none nothing never")
	// p5BuiltIn tell a login the vendor built into its product (builtin.go's news), not a user's account.
	p5BuiltIn = wordSet(`hidden undocumented hard-coded hardcoded secret static default root admin maintenance
		backdoor built-in master unchangeable telnet ssh service debug firmware`)
)

// accountOnly reads "PyPI account hijacked in phishing attack": the
// title's only turned thing is an account (its verb ends the title or is
// followed by the means: in, via, by), nothing in the title ships, and the
// lead tells no release (or says none was made).
func accountOnly(words []titleWord, sent string) bool {
	if inWords(words, p5shipWords) || inWords(words, p5BuiltIn) {
		return false
	}
	a := -1
	for i := range words {
		if p5accountNouns[p5Lower(words, i)] {
			a = i
			break
		}
	}
	if a < 0 || a > 3 || !oneOf(p5Lower(words, a+1), "hijacked", "compromised", "hacked", "breached", "taken", "stolen") {
		return false
	}
	k := a + 2
	if p5Lower(words, a+1) == "taken" {
		k++ // "taken over"
	}
	if k < len(words) && !oneOf(p5Lower(words, k), "in", "via", "by", "through", "after", "following", "amid", "with") {
		return false
	}
	// "no malicious releases were published": a negation before the
	// first word of shipping says none was made.
	for _, w := range titleWords(sent) {
		l := w.lc()
		if p5negations[l] {
			return true
		}
		if p5shipWords[l] {
			return false
		}
	}
	return true
}

var (
	p5liftVerbs  = wordSet("lifts eases relaxes ends drops removes scraps rescinds loosens reverses suspends")
	p5liftObject = wordSet("restrictions restriction ban bans curbs limits pause freeze rules policy no-fly geofencing")
)

// selfLifted reads "Huawei lifts restrictions on staff travel": the
// alert's vendor is the subject of the lifting verb.
func selfLifted(words []titleWord, u *unit) bool {
	for i := 1; i+1 < len(words); i++ {
		if !p5liftVerbs[p5Lower(words, i)] || words[i-1].stop || !p5liftObject[p5Lower(words, i+1)] {
			continue
		}
		prev := p5Lower(words, i-1)
		for _, v := range u.vendors {
			n := strings.ToLower(v.Name)
			if n == prev || strings.HasSuffix(n, " "+prev) {
				return true
			}
		}
	}
	return false
}

// p5orgNouns are organisations that are no authority.
var p5orgNouns = wordSet(`newspaper newspapers paper broadcaster bank banks lender lenders carmaker carmakers automaker
	automakers university college firm firms company companies employer employers publisher airline
	airlines insurer insurers retailer conglomerate chipmaker startup club newsroom outlet daily tabloid`)

// nationalOrg reads "Swedish newspaper bars staff ...": the title opens
// with a country's adjective and an organisation, the subject of the ban.
func nationalOrg(words []titleWord) bool {
	i := 0
	if oneOf(p5Lower(words, 0), "the", "a", "major", "top", "big", "leading", "large") {
		i = 1
	}
	if !otherStates[p5Lower(words, i)] && !oneOf(p5Lower(words, i), "american", "us", "u.s") {
		return false
	}
	if !p5orgNouns[p5Lower(words, i+1)] {
		return false
	}
	// the organisation acts: "... bars staff", "... daily Dagens Nyheter tells staff to"
	for j := i + 2; j < len(words) && j <= i+4; j++ {
		if p5orgActs[p5Lower(words, j)] {
			return true
		}
		if words[j].stop {
			return false
		}
	}
	return false
}

// p5orgActs are the verbs of an organisation's own rule on its staff.
var p5orgActs = wordSet(`bans bars blocks restricts prohibits forbids tells orders asks limits curbs drops
	removes deletes ban bar block`)

// upheldNoPlace reads "Court upholds ban on Chinese apps": a court keeps a
// ban and the title names no place whose ban it is.
func upheldNoPlace(words []titleWord) bool {
	court, upheld := false, false
	for i := range words {
		l := p5Lower(words, i)
		switch {
		case oneOf(l, "court", "courts", "judge", "judges", "tribunal"):
			court = true
		case oneOf(l, "upholds", "uphold", "upheld", "affirms", "affirmed"):
			upheld = true
		case (l == "chinese" || l == "russian") && i > 0:
			// the vendors' country, not the ban's
		case otherStates[l] || usStates[l] || oneOf(l, "us", "u.s", "american", "federal", "supreme", "state"):
			return false
		}
	}
	return court && upheld
}

// scopedName names a scoped package ("@ctrl/tinycolor") whole when the
// alert named only its scope ("ctrl") or a word apart from it while the
// title names the package.
func scopedName(title, lead string, u *unit) {
	if len(u.vendors) != 1 || !u.vendors[0].Unlisted || u.category != trust.CategoryOSS {
		return
	}
	name := strings.ToLower(strings.TrimPrefix(u.vendors[0].Name, "@"))
	n := p5Scoped(title)
	if n != "" {
		if strings.Contains(strings.ToLower(n), name) && strings.Contains(name, "/") || wordIndex(titleWords(title), u.vendors[0].Name) >= 0 && !strings.Contains(strings.ToLower(n), name) {
			return // the package itself, or a vendor the title names apart from it
		}
	} else if n = p5Scoped(firstSentence(lead)); n == "" || strings.Contains(name, "/") || !strings.HasPrefix(strings.ToLower(n), "@"+name+"/") {
		return // only a bare scope is widened from the lead
	}
	u.vendors = []trust.VendorHit{{Name: n, Term: n, Unlisted: true}}
}

// p5Scoped is the first "@scope/name" token of s, "" without one.
func p5Scoped(s string) string {
	for {
		i := strings.IndexByte(s, '@')
		if i < 0 {
			return ""
		}
		j := i + 1
		slash := false
		for j < len(s) && (p5NameByte(s[j]) || s[j] == '/' && !slash) {
			slash = slash || s[j] == '/'
			j++
		}
		for j > i+1 && s[j-1] == '.' {
			j--
		}
		if slash && s[j-1] != '/' && (i == 0 || s[i-1] == ' ' || s[i-1] == '\'' || s[i-1] == '"' || s[i-1] == '(') {
			return s[i:j]
		}
		s = s[j:]
	}
}

func p5NameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.'
}

var (
	// p5channelNouns follow a product's name.
	p5channelNouns = wordSet("extension extensions app apps package library plugin add-on sdk installer update")
	// p5platformWords name the store or platform, never a product's own word.
	p5platformWords = wordSet(`chrome firefox edge safari android ios windows macos linux npm pypi vs code
		github docker wordpress python browser desktop mobile web store official popular new malicious`)
)

// productWordName keeps a product's own capitalised word that the channel
// phrase took: "Trust Wallet Chrome extension" names Trust Wallet.
func productWordName(words []titleWord, lead string, u *unit) {
	if len(u.vendors) != 1 || !u.vendors[0].Unlisted {
		return
	}
	n := u.vendors[0].Name
	i := wordIndex(words, n)
	if i < 0 || strings.Contains(n, " ") || i+2 >= len(words) || words[i].stop {
		return
	}
	next := words[i+1]
	nl := next.lc()
	if p5channelNouns[nl] || next.text == "" || next.text[0] < 'A' || next.text[0] > 'Z' || next.text == strings.ToUpper(next.text) && nl != "vpn" || p5platformWords[nl] || p5turnWords[nl] {
		return
	}
	// The pair is a name the lead uses too, or its second word is a kind
	// of product that names take ("Trust Wallet", "Internxt VPN"); a
	// channel noun follows it, or a platform's name before one.
	after := p5Lower(words, i+2)
	if (strings.Contains(lead, n+" "+next.text) || oneOf(nl, "wallet", "vpn")) &&
		(p5channelNouns[after] || p5platformWords[after] && p5channelNouns[p5Lower(words, i+3)]) {
		name := n + " " + next.text
		u.vendors = []trust.VendorHit{{Name: name, Term: name, Unlisted: true}}
	}
}

// p5Browsers are platforms whose name stands before a channel noun
// ("Chrome extension") without being the channel's owner.
var p5Browsers = wordSet("chrome firefox edge safari opera brave android ios")

// platformOwner names the owner a title gives a platform's channel when
// the alert named the platform: the speaker before a colon ("Cyberhaven:
// Chrome extension compromised") or a possessive ("Cyberhaven's Chrome
// extension").
func platformOwner(words []titleWord, title string, u *unit) {
	if len(u.vendors) != 1 || !u.vendors[0].Unlisted || !p5Browsers[strings.ToLower(u.vendors[0].Name)] {
		return
	}
	owner := ""
	for i, w := range words {
		if i < 3 && w.stop && !w.dash && w.end < len(title) && title[w.end] == ':' && w.text[0] >= 'A' && w.text[0] <= 'Z' && !p5Browsers[w.lc()] {
			owner = title[words[0].start:w.end]
			break
		}
		if l := w.lc(); strings.HasSuffix(l, "'s") && w.text[0] >= 'A' && w.text[0] <= 'Z' && i+1 < len(words) && p5Lower(words, i+1) == strings.ToLower(u.vendors[0].Name) {
			owner = w.text[:len(w.text)-2]
			break
		}
	}
	if owner != "" && !strings.EqualFold(owner, u.vendors[0].Name) {
		u.vendors = []trust.VendorHit{{Name: owner, Term: owner, Unlisted: true}}
	}
}
