package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Who an alert names, the tenth time: a title that opens with the words
// describing its product or maker ("Video transcoder's download mirror
// ...", "Courtroom recording software installer ...", "Server admin
// panel's downloads ...") capitalises its first word only because it
// opens the sentence. When that word runs straight into lower-case words
// ending in a trade or a product's kind (or an owner's "'s"), and the
// lead never writes it, it describes the product; the lead names the
// vendor ("The HandBrake team said", "an installer for the JAVS
// Viewer"). The replacement is read as names6 reads one (the title's
// proper name beside the product, the lead's in apposition, the lead's
// named product); with none, the word stays.

// nm10KindWord reports whether a lower-case word ends a description of
// a product or its maker: a trade or a kind of software.
func nm10KindWord(w titleWord) bool {
	l := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w.text, "'s"), "’s"))
	// A channel ("Quuxbackup update server") is no kind: a product's
	// name stands before it.
	return singularGeneric[l] || nm10Kinds[l]
}

// nm10Kinds are kinds of software a title describes a product by, past
// the lists names5 and names9 read.
var nm10Kinds = wordSet(`software tool utility client editor transcoder panel suite library
	platform program plugin app`)

// nm10Trades are the trades a lead sets in apposition to the vendor a
// title only describes.
var nm10Trades = []string{"company", "firm", "maker", "developer", "vendor", "provider", "startup"}

// nm10Teams are the nouns a lead names a project's own people by ("The
// HandBrake team said", "Gentoo developers said", "the developers of
// Webmin said").
var nm10Teams = wordSet("team developers developer maintainers maintainer makers maker authors")

// nm10LeadOwner is the proper name a lead gives its speaking team ("The
// HandBrake team said", "the developers of Webmin said"), or "".
func nm10LeadOwner(lw []titleWord) string {
	ok := func(n string, at int) bool {
		return n != "" && hasUpperOrDigit(n) && vendorName(n) && !actorName(n) && !threatActor(lw, n) &&
			!reporterNext(lw, at, n) && !actors[strings.ToLower(n)] && !authorities[strings.ToLower(n)] && !registryWord(n)
	}
	for k := 0; k < len(lw) && k < 12; k++ {
		if k > 0 && lw[k-1].stop || !nm10Teams[lower(lw[k])] || hasUpper(lw[k].text) && k > 0 {
			continue
		}
		if k+2 < len(lw) && lower(lw[k+1]) == "of" && !lw[k].stop {
			if n := nameAt(lw, k+2); ok(n, k+2) {
				return n
			}
		}
		if n := nameEnding(lw, k-1); k > 0 && !lw[k-1].stop && ok(n, k-len(strings.Fields(n))) {
			return n
		}
	}
	return ""
}

// nm10Described reports whether the name n opens a sentence-case title
// as the first word of a description: the title's first words, then one
// to three lower-case words of which one is a kind (nm10KindWord), and
// the lead not writing n at all.
func nm10Described(title, lead string, words []titleWord, n string) bool {
	s, e := findName(words, n)
	if s != 0 || e >= len(words)-1 || words[e].stop || strings.Contains(lead, n) {
		return false
	}
	for k := e + 1; k < len(words) && k <= e+3; k++ {
		w := words[k]
		if hasUpperOrDigit(w.text) || functionWords[lower(w)] {
			return false
		}
		if nm10KindWord(w) {
			return true
		}
		if w.stop {
			return false
		}
	}
	return false
}

// nm10Descriptors replaces u's unlisted names that only open a title's
// description of its product with the name the lead gives.
func (m *Matcher) nm10Descriptors(title, lead string, u *unit) {
	if lead == "" || len(u.vendors) == 0 {
		return
	}
	words := headline(titleWords(title))
	if len(words) < 3 || isTitleCase(words) {
		return
	}
	first := false
	for _, v := range u.vendors {
		if v.Unlisted && v.Class == "" && len(v.Name) > 0 && strings.HasPrefix(strings.ToLower(title), strings.ToLower(v.Name)) {
			first = true
		}
	}
	if !first {
		return
	}
	lw := titleWords(lead)
	tc := titleCased(words)
	out := make([]trust.VendorHit, 0, len(u.vendors))
	for _, v := range u.vendors {
		if !v.Unlisted || v.Class != "" || !nm10Described(title, lead, words, v.Name) {
			out = append(out, v)
			continue
		}
		// Only a proper name replaces it: a lower-case word the readers
		// take ("in-place", "scanning") says the title's word was the name.
		n := m.wordReplacement(title, lead, u, v.Name, words, lw, tc, false)
		if n == "" {
			n = nm10LeadOwner(lw)
		}
		if n == "" {
			// "Zorbtalk, a messaging company with ...": the lead's name in
			// apposition to a trade the title's description implies.
			n = leadAppositive(lw, nm10Trades)
		}
		if n != "" && hasUpperOrDigit(n) && !strings.EqualFold(n, v.Name) {
			out = append(out, m.hitFor(n))
			continue
		}
		out = append(out, v)
	}
	u.vendors = dedupeVendors(out)
}

// A lead's speaker of "its" product: "Codecov said an attacker modified
// its Bash Uploader script", "Ledger said ... a malicious version of its
// Ledger Connect Kit", "LottieFiles says its Lottie Player npm package
// ...". A title naming only the product ("Bash Uploader", "Connect
// Kit") names its maker too: the speaker, which owns what the alert
// names, stands first.

// nm10OwnerOf is the lead's opening speaker when the lead calls the
// alert's name n its own product, or "".
func nm10OwnerOf(lw []titleWord, n string) string {
	if len(lw) < 5 || !hasUpperOrDigit(lw[0].text) || !nameWord(lw[0]) {
		return ""
	}
	e := 0
	for e+1 < len(lw) && e < 2 && !lw[e].stop && hasUpperOrDigit(lw[e+1].text) && nameWord(lw[e+1]) {
		e++
	}
	if lw[e].stop || e+1 >= len(lw) || !speechVerbs[lower(lw[e+1])] {
		return ""
	}
	s := joinSpan(lw, 0, e)
	if strings.EqualFold(s, n) || actors[strings.ToLower(s)] || authorities[strings.ToLower(s)] ||
		actorName(s) || registryWord(s) || !vendorName(s) {
		return ""
	}
	first := strings.ToLower(strings.Fields(n)[0])
	for i := e + 2; i+1 < len(lw); i++ {
		if lower(lw[i]) != "its" || lw[i].stop {
			continue
		}
		// "its Lottie Player", "its Ledger Connect Kit": the name, past
		// capitalised words that lead up to it.
		for j := i + 1; j < len(lw) && j <= i+3 && hasUpperOrDigit(lw[j].text); j++ {
			if lower(lw[j]) == first {
				return s
			}
			if lw[j].stop {
				break
			}
		}
	}
	return ""
}

// nm10Owners puts the speaker first where the title, or else the lead, calls the
// alert's only names its own product.
func (m *Matcher) nm10Owners(title, lead string, u *unit) {
	if len(u.vendors) == 0 {
		return
	}
	var lw []titleWord
	switch {
	case strings.Contains(title, " its "):
		lw = titleWords(title) // "LottieFiles says its Lottie Player npm package was compromised"
	case strings.Contains(lead, " its ") && nm10TradeOwner(title):
		// "Code coverage firm's Bash Uploader script ...": the title
		// tells of the maker by its trade only.
		lw = titleWords(lead)
	default:
		return
	}
	for _, v := range u.vendors {
		if v.Class != "" || !v.Unlisted {
			return
		}
	}
	for _, v := range u.vendors {
		if s := nm10OwnerOf(lw, v.Name); s != "" {
			for _, w := range u.vendors {
				if strings.EqualFold(w.Name, s) {
					return
				}
			}
			u.vendors = dedupeVendors(append([]trust.VendorHit{m.hitFor(s)}, u.vendors...))
			return
		}
	}
}

// nm10TradeOwner reports whether a title tells of a maker by its trade
// as an owner ("Code coverage firm's", "Hardware wallet maker's").
func nm10TradeOwner(title string) bool {
	for _, w := range titleWords(title) {
		l := w.lc()
		if singularGeneric[strings.TrimSuffix(strings.TrimSuffix(l, "'s"), "’s")] && (ownerWord(title, w) || l != strings.TrimSuffix(l, "'s")) {
			return true
		}
	}
	return false
}

// A lead's maker in apposition to its product: "the servers of
// Intellect Service, maker of the M.E.Doc tax software". An alert that
// names the maker names the product the news was about beside it.

// nm10MakerOf is the product a lead gives its named maker n after
// "maker of" or "developer of", or "".
func nm10MakerOf(lw []titleWord, n string) string {
	ls, le := findName(lw, n)
	if ls < 0 {
		return ""
	}
	for k := le + 1; k+2 < len(lw) && k <= le+4; k++ {
		if !oneOf(lower(lw[k]), "maker", "makers", "developer", "creator", "publisher") || lower(lw[k+1]) != "of" || lw[k].stop {
			continue
		}
		at := k + 2
		if oneOf(lower(lw[at]), "the", "a") && at+1 < len(lw) {
			at++
		}
		if p := nameAt(lw, at); p != "" && hasUpperOrDigit(p) && !strings.EqualFold(p, n) && !registryWord(p) {
			return p
		}
		return ""
	}
	return ""
}

// nm10Products adds the product the lead's maker of the alert's names
// makes, after the maker. It reads settle's words of the lead, split
// once for the rules of names (names5.go): a lead read to its end may be
// tens of kilobytes.
func (m *Matcher) nm10Products(ld *settleLead, u *unit) {
	if len(u.vendors) == 0 || len(u.vendors) > 2 || !strings.Contains(ld.text, " of ") {
		return
	}
	for _, v := range u.vendors {
		if v.Class != "" {
			return
		}
	}
	lw := ld.words()
	for _, v := range u.vendors {
		p := nm10MakerOf(lw, v.Name)
		if p == "" {
			p = nm10ProductOf(lw, v.Name)
		}
		if p != "" {
			u.vendors = dedupeVendors(append(u.vendors, m.hitFor(p)))
			return
		}
	}
}

// nm10ProductOf is the maker a lead sets in apposition before "maker of"
// or "developer of" the alert's product n ("Zorbsoft, developer of the
// Quuxlearn app"), or "".
func nm10ProductOf(lw []titleWord, n string) string {
	ls, _ := findName(lw, n)
	if ls < 3 {
		return ""
	}
	at := ls - 1
	if oneOf(lower(lw[at]), "the", "a") {
		at--
	}
	if at < 2 || lower(lw[at]) != "of" || !oneOf(lower(lw[at-1]), "maker", "developer", "creator", "publisher") || !lw[at-2].stop {
		return ""
	}
	if m := nameEnding(lw, at-2); m != "" && hasUpperOrDigit(m) && !strings.EqualFold(m, n) && !registryWord(m) {
		return m
	}
	return ""
}
