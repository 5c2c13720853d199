package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Compromise through a vendor's own channel and distrust of certificate
// authorities, as the news words them where the readers before missed
// (testdata/cp16_tune.tsv, cp16.tsv; the grid in cp16_grid_test.go).

// cp16PastAux skips a passive's auxiliaries from word i ("Motherboards
// Were Sold With", "routers have been shipped with") and returns the
// index of the verb they lead to; i when none stands there.
func cp16PastAux(words []titleWord, i int) int {
	k := i
	for k < len(words) && k < i+3 && !words[k-1].stop && cp16Aux[lower(words[k])] {
		k++
	}
	if k == i || k >= len(words) {
		return i
	}
	return k
}

var cp16Aux = wordSet("were was are is have has had been being reportedly allegedly")

// A title that describes the vendor whose channel was turned ("Popular
// Server Management Software Hit in Supply Chain Attack", "Game
// developers in Asia hit", "forced Western companies to install
// malware-laced tax software") and a lead that names it ("NetSarang, the
// maker of Xmanager", "tax software called Intelligent Tax, made by
// Aisino"). The title's words taken as a name are a region's adjective
// or, in Title Case, a kind between a describing word and a generic noun;
// renameVendors (whonamed.go) then asks leadSubject for the name.

// cp16Regions are adjectives of a region or a side, never a vendor's name.
var cp16Regions = wordSet(`asian western eastern european african southeast middle latin nordic
	foreign overseas local domestic global international regional`)

// cp16Described reports whether the name at words[s..e] describes rather
// than names: a region's adjective ("Asian", "Western"), or in a Title
// Case title a phrase after a describing word and before a generic noun
// ("Popular Server Management Software").
func cp16Described(name string, words []titleWord, s, e int, titleCase bool) bool {
	if cp16Regions[strings.ToLower(name)] {
		return true
	}
	return s >= 0 && titleCase && s > 0 && e+1 < len(words) && describeWords[lower(words[s-1])] && !words[e].stop &&
		generic[lower(words[e+1])] && !brandLike(words[s].text)
}

// cp16Rename names, from the lead's first two sentences, the vendor a
// title described when renameVendors found no name in the first: "Popular
// Server Management Software Hit" — "... NetSarang, the maker of
// Xmanager, pulled the tampered builds".
func (m *Matcher) cp16Rename(title, body string, a *trust.Alert) {
	if len(a.Vendors) != 1 || !a.Vendors[0].Unlisted || a.Vendors[0].Class != "" {
		return
	}
	v := a.Vendors[0]
	words := headline(titleWords(title))
	s, e := findName(words, v.Name)
	if (hasUpperOrDigit(v.Name) || !strings.Contains(v.Name, " ")) && !cp16Described(v.Name, words, s, e, isTitleCase(words)) {
		return // a name, not a description ("courtroom recording software"); one lower-case word is a package's
	}
	if len(body) > 1024 {
		body = body[:1024]
	}
	var buf [4][2]int
	spans := sentenceSpans(body, buf[:0])
	if len(spans) == 0 {
		return
	}
	two := body[:spans[min(1, len(spans)-1)][1]]
	if n := leadSubject(two, titleWords(two), v.Name, ""); n != "" {
		a.Vendors = []trust.VendorHit{m.hitFor(n)}
	}
}

// cp16LeadNamed is the vendor a lead names beside a description of it:
// in apposition ("NetSarang, the maker of Xmanager", "PerCSoft, a
// Wisconsin-based company", "Able Desktop, chat software that"), or after
// a generic noun's "called" or a product's "made by" ("tax software
// called Intelligent Tax", "made by Aisino"); "" when none.
func cp16LeadNamed(lead string, lw []titleWord) string {
	for k := 1; k+1 < len(lw); k++ {
		l := lower(lw[k])
		switch {
		case (l == "called" || l == "dubbed") && generic[lower(lw[k-1])] && !lw[k-1].stop,
			l == "by" && oneOf(lower(lw[k-1]), "made", "developed", "built", "published") && !lw[k-1].stop:
			if n := nameAt(lw, k+1); n != "" {
				return n
			}
		case lw[k-1].stop && hasUpperOrDigit(lw[k-1].text) && strings.HasSuffix(lead[lw[k-1].end:lw[k].start], ", ") ||
			lw[k-1].stop && hasUpperOrDigit(lw[k-1].text) && strings.HasPrefix(lead[lw[k-1].end:lw[k].start], ","):
			// The name before the comma, an apposition after it that
			// ends in a trade within five words.
			if !cp16Apposition(lw, k) {
				continue
			}
			if n := nameEnding(lw, k-1); n != "" {
				return n
			}
		}
	}
	return ""
}

// cp16Apposition reports whether lw[k:] opens an apposition that says
// what a vendor is: "the maker of", "a Wisconsin-based company", "chat
// software that".
func cp16Apposition(lw []titleWord, k int) bool {
	for j := k; j < len(lw) && j < k+5; j++ {
		l := lower(lw[j])
		if cp16Trades[l] {
			return true
		}
		if lw[j].stop {
			return false
		}
	}
	return false
}

var cp16Trades = wordSet(`maker makers company developer vendor firm provider publisher
	manufacturer software app application utility tool supplier`)

// cp16Campaign renames a package alert whose name is a campaign's ("'Kingslayer' supply
// chain attack backdoored sysadmin tool" — "Attackers broke into the
// website of Altair Technologies ... replaced its EvLog utility"): when
// the lead tells of no package and names the vendor whose channel was
// turned, the alert is that vendor's compromise.
func (m *Matcher) cp16Campaign(title, body string, a *trust.Alert) {
	if len(a.Vendors) != 1 || !a.Vendors[0].Unlisted || hasWordIn(body, cp16PackageWords) {
		return
	}
	words := headline(titleWords(title))
	s, e := findName(words, a.Vendors[0].Name)
	if s < 0 || !words[s].quoted || e+1 >= len(words) || !cp16Attacks[lower(words[e+1])] ||
		strings.Contains(strings.ToLower(body), strings.ToLower(a.Vendors[0].Name)) {
		return // a quoted name the lead repeats is the package's
	}
	if len(body) > 1024 {
		body = body[:1024]
	}
	if n := leadSubject(body, titleWords(body), a.Vendors[0].Name, ""); n != "" {
		a.Vendors = []trust.VendorHit{m.hitFor(n)}
		a.Category = trust.CategoryCompromise
	}
}

// cp16Attacks after a quoted name make it an attack's: "'Kingslayer'
// supply chain attack", "'Wildfire' campaign".
var cp16Attacks = wordSet("supply supply-chain attack campaign operation")

// cp16PackageWords tell a lead of a package or its registry.
var cp16PackageWords = wordSet(`npm pypi rubygems crate crates library libraries
	repository repositories github extension extensions plugin plugins maintainer maintainers
	dependency dependencies open-source nuget maven packagist docker`)

// cp16TitleCA is the name a title writes right after the certificate
// authority it drops ("Mozilla to remove French certificate authority
// Certinomis from Firefox"): the lead may name another CA first (the one
// it cross-signed), the title's is the one distrusted; "" when none.
func cp16TitleCA(words []titleWord, hi int) string {
	if hi+1 >= len(words) || words[hi].stop || !oneOf(lower(words[hi]), "authority", "ca") {
		return ""
	}
	n := nameAt(words, hi+1)
	if n == "" || rootOwners[strings.ToLower(n)] {
		return ""
	}
	return n
}

// Distrust told in the lead with a verb of restriction, under a title
// that names the authority and a root program in other words ("Google
// takes Symantec to the woodshed for mis-issuing 30,000 HTTPS certs" —
// "Google Chrome developers announced plans to drastically restrict
// transport layer security certificates sold by Symantec-owned
// issuers"). The lead sentence must restrict certificates of the name
// the title writes; the alert is read from the title written plainly
// ("Google to distrust Symantec certificates").

// cp16Restricts take trust from certificates in a lead's words.
var cp16Restricts = wordSet(`restrict restricts restricting limit limits limiting reject rejects
	rejecting refuse refuses penalize penalise penalizes penalises distrust distrusts
	distrusting block blocks blocking untrust remove removes removing`)

// cp16Doubts make a lead's restriction one not taken.
var cp16Doubts = wordSet(`not never could may might considering considers weighs weighing
	urged urges asks asked calls called proposal proposed if whether expire expired
	revoke revokes revoked revoking`)

// cp16CertWords are a certificate written in a title.
var cp16CertWords = wordSet(`cert certs certificate certificates https tls ssl ca cas root
	roots authority authorities`)

// cp16Distrust reads the title's root program and certificates, the
// lead's restriction; gate is gateSets.in(title).
func (m *Matcher) cp16Distrust(title, text string, gate *item) (trust.Alert, bool) {
	if !gate.all(gRootOwners, gCp16Cert) {
		return trust.Alert{}, false
	}
	if a, ok := m.cp16DistrustedBy(title, text); ok {
		return a, true
	}
	head := text
	if len(head) > 1024 {
		head = head[:1024]
	}
	if k := strings.Index(head, ". "); k > 0 {
		head = head[:k+1]
	}
	if !hasWordIn(head, cp16Restricts) || hasWordIn(head, cp16Doubts) || isQuestion(title) || commentary(title) {
		return trust.Alert{}, false
	}
	lw := gate.words(head)
	owner := ""
	for _, w := range lw {
		if rootOwners[lower(w)] && hasUpperOrDigit(w.text) {
			owner = w.text
			break
		}
	}
	if owner == "" {
		return trust.Alert{}, false // the lead says whose store restricts
	}
	words := headline(gate.words(title))
	for k := range lw {
		if !cp16Restricts[lower(lw[k])] || lw[k].stop {
			continue
		}
		for c := k + 1; c < len(lw) && c <= k+6; c++ {
			if !certNouns[lower(lw[c])] {
				if lw[c].stop {
					break
				}
				continue
			}
			n := cp16Issuer(lw, c)
			if n == "" || rootOwners[strings.ToLower(n)] {
				break
			}
			if s, _ := findName(words, n); s < 0 {
				break // the title names someone else
			}
			a, ok := m.match(owner+" to distrust "+n+" certificates", "", true, nil, nil)
			if !ok || a.Category != trust.CategoryDistrust || len(a.Vendors) != 1 || !looseVendor(a.Vendors[0].Name, n) {
				return trust.Alert{}, false
			}
			a.InTitle, a.Across = false, true
			a.Evidence = clean(title) + " — " + clean(head)
			a.Summary = Summarize(a.Evidence, title, text)
			return a, true
		}
	}
	return trust.Alert{}, false
}

// cp16Issuer is the name that issued the certificates at lw[c]: written
// before them ("Symantec certificates") or after "issued by", "sold by",
// "from" ("certificates sold by Symantec-owned issuers"); "" for none.
func cp16Issuer(lw []titleWord, c int) string {
	if c > 0 && !lw[c-1].stop {
		if n := nameEnding(lw, c-1); n != "" {
			return n
		}
	}
	k := c + 1
	if k < len(lw) && oneOf(lower(lw[k]), "issued", "sold", "operated") && !lw[c].stop {
		k++
	}
	if k+1 >= len(lw) || lw[k-1].stop || !oneOf(lower(lw[k]), "by", "from") {
		return ""
	}
	n := nameAt(lw, k+1)
	for _, suf := range []string{"-owned", "-issued", "-run", "-operated"} {
		if s := lw[k+1].text; strings.HasSuffix(strings.ToLower(s), suf) {
			return s[:len(s)-len(suf)]
		}
	}
	return n
}

// A vendor's own platform used to push malware to its customers
// ("Ransomware gang used Kaseya VSA to push ransomware to customers",
// "Hackers abused Arvoro's service to deploy ransomware on clients"): the
// vendor's channel turned, as an update hijacked is. The title is read
// again written as one ("Hackers hijacked X updates to push malware").
// Attackers using a tool on their own victims ("used AnyDesk to deploy
// ransomware") send nothing to the vendor's customers and stay silent.

var cp16UseVerbs = wordSet(`used uses use abused abuses abuse leveraged leverages hijacked
	hijacks weaponized weaponised weaponizes weaponises`)

var cp16PushVerbs = wordSet(`push pushes pushed deploy deploys deployed deliver delivers
	delivered distribute distributes distributed spread spreads install installs installed`)

var cp16Customers = wordSet("customers clients customer client users subscribers")

// cp16Platform reads the shape above; gate is gateSets.in(title).
func (m *Matcher) cp16Platform(title, text string, gate *item) (trust.Alert, bool) {
	if !gate.all(gCp16Customers, gCp16Use) || isQuestion(title) {
		return trust.Alert{}, false
	}
	words := headline(gate.words(title))
	for v := 1; v+3 < len(words); v++ {
		if !cp16UseVerbs[lower(words[v])] || words[v].stop {
			continue
		}
		n := nameAt(words, v+1)
		if strings.HasSuffix(n, "'s") || strings.HasSuffix(n, "’s") {
			n = strings.TrimSuffix(strings.TrimSuffix(n, "'s"), "’s")
		}
		if n == "" || actorName(n) || threatActor(words, n) {
			return trust.Alert{}, false
		}
		// "to push ransomware to its customers" within eight words.
		push, to := -1, false
		for k := v + 2; k < len(words) && k <= v+10; k++ {
			l := lower(words[k])
			if push < 0 && cp16PushVerbs[l] && strings.EqualFold(words[k-1].text, "to") {
				push = k
			}
			if push >= 0 && k > push && cp16Customers[l] {
				to = true
				break
			}
		}
		if !to {
			return trust.Alert{}, false
		}
		a, ok := m.match("Hackers hijacked "+n+" updates to push malware", "", true, nil, nil)
		if !ok || a.Category != trust.CategoryCompromise || len(a.Vendors) != 1 || !looseVendor(a.Vendors[0].Name, n) {
			return trust.Alert{}, false
		}
		a.Evidence = clean(title)
		a.Summary = Summarize(a.Evidence, title, text)
		return a, true
	}
	return trust.Alert{}, false
}

// cp16DistrustedBy reads the passive with the certificates as subject:
// "X certificates to be distrusted by Chrome", "X roots will no longer be
// trusted in Firefox".
func (m *Matcher) cp16DistrustedBy(title, text string) (trust.Alert, bool) {
	words := headline(titleWords(title))
	for c := 1; c+2 < len(words); c++ {
		if !certNouns[lower(words[c])] || words[c].stop {
			continue
		}
		n := cp16Issuer(words, c)
		if n == "" || rootOwners[strings.ToLower(n)] {
			continue
		}
		// The passive after them: "(to|will) (no longer) be distrusted|trusted by|in|from <owner>".
		k := c + 1
		for k < len(words) && k <= c+4 && oneOf(lower(words[k]), "to", "will", "would", "be", "no", "longer", "are", "is") {
			k++
		}
		if k+2 > len(words) || k == c+1 || words[k-1].stop {
			continue
		}
		l := lower(words[k])
		if l != "distrusted" && !(l == "trusted" && k > 1 && lower(words[k-2]) == "longer") {
			continue
		}
		if !oneOf(lower(words[k+1]), "by", "in", "from") || k+2 >= len(words) || !rootOwners[lower(words[k+2])] {
			continue
		}
		a, ok := m.match(words[k+2].text+" to distrust "+n+" certificates", "", true, nil, nil)
		if !ok || a.Category != trust.CategoryDistrust || len(a.Vendors) != 1 || !looseVendor(a.Vendors[0].Name, n) {
			return trust.Alert{}, false
		}
		a.Evidence = clean(title)
		a.Summary = Summarize(a.Evidence, title, text)
		return a, true
	}
	return trust.Alert{}, false
}

// cp16IssuedOnly reports whether a distrust alert's only words are of
// certificates issued wrongly ("X mis-issued certificates for Google
// domains"): a CA's incident, news before any root program acts on it.
func cp16IssuedOnly(a trust.Alert) bool {
	if a.Category != trust.CategoryDistrust || len(a.Signals) == 0 {
		return false
	}
	for _, s := range a.Signals {
		if !strings.Contains(strings.ToLower(s.Term), "issu") {
			return false
		}
	}
	return true
}

// cp16Victim reports whether an espionage alert's title tells the vendor
// as the spies' victim ("Czech antivirus firm Avast hit by cyber
// espionage attack", "X targeted in espionage campaign"): a breach of the
// vendor, not an accusation that it spies.
func cp16Victim(title string, a trust.Alert) bool {
	if a.Category != trust.CategoryEspionage || !hasWordIn(title, cp16Struck) {
		return false
	}
	words := titleWords(title)
	for k := 0; k+2 < len(words); k++ {
		if !cp16Struck[lower(words[k])] || words[k].stop {
			continue
		}
		spying := false
		for j := k + 1; j < len(words) && j <= k+5; j++ {
			l := lower(words[j])
			spying = spying || strings.Contains(l, "espionage") || strings.HasPrefix(l, "spy")
			if cp16Attack[l] && spying {
				return true
			}
			if words[j].stop {
				break
			}
		}
	}
	return false
}

var cp16Struck = wordSet("hit targeted struck suffers suffered breached hacked victim")

var cp16Attack = wordSet("attack attacks cyberattack campaign hack intrusion breach operation")
