package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The registry's names-only tier (rules.Known, config/orgs.txt): the
// organisations official lists name, a certificate authority's operator
// in a root store or a company OFAC lists under a cyber program. They are
// no watchlist entries: they make no hit and no alert of their own, and
// are read only where the matcher names a vendor the registry does not
// have (unlisted, the rescue's title candidates):
//   - a title whose trust signal is a distrust and that writes a CA's
//     operator, or a sanction and a listed company, names it when no
//     subject was read by the signal ("Mozilla, Google to drop
//     Camerfirma certificates"; "Treasury targets Thalestris in
//     spyware sanctions");
//   - a known name is evidence that a Title Case title's capitals are a
//     name, as a brand's inner capital is;
//   - a CA's operator in the title is a word of technology, and so is
//     the listed company in a sanction's title (a cyber program's
//     designation is a vendor-trust event whatever the company makes).
// A known name counts only written as a name (a capital or a digit in
// its first word), so "certainly" or "a sinbad tale" name no one. Its
// words compare by knownKey: folded, hyphens dropped, so that the ways
// the news spells a name ("E-Tugra", "e-Tuğra", "Etugra") are one.

// knownOrg is one known organisation as lower-case words.
type knownOrg struct {
	words []string
	list  string
}

// compileKnown indexes known organisations by their first word.
func compileKnown(orgs []trust.KnownOrg) map[string][]knownOrg {
	if len(orgs) == 0 {
		return nil
	}
	idx := make(map[string][]knownOrg, len(orgs))
	for _, o := range orgs {
		w := strings.Fields(o.Name)
		if len(w) == 0 {
			continue
		}
		for i := range w {
			w[i] = knownKey(w[i])
		}
		idx[w[0]] = append(idx[w[0]], knownOrg{words: w, list: o.List})
	}
	return idx
}

// knownKey is a word of a name as known names compare: its possessive
// cut, folded (case, diacritics), its hyphens dropped.
func knownKey(w string) string {
	return strings.ReplaceAll(Fold(cutPossessive(w)), "-", "")
}

// knownAt reports the known organisation written at words[i:], the
// longest, and where it ends (inclusive); list "" is any list.
func (m *Matcher) knownAt(words []titleWord, i int, list string) (knownOrg, int, bool) {
	if i >= len(words) || !hasUpperOrDigit(words[i].text) {
		return knownOrg{}, 0, false
	}
	best, end, ok := knownOrg{}, 0, false
	for _, k := range m.known[knownKey(words[i].text)] {
		if list != "" && k.list != list || i+len(k.words) > len(words) || ok && len(k.words) <= len(best.words) {
			continue
		}
		same := true
		for j := 1; j < len(k.words) && same; j++ {
			same = knownKey(words[i+j].text) == k.words[j] && !words[i+j-1].stop
		}
		if same {
			best, end, ok = k, i+len(k.words)-1, true
		}
	}
	return best, end, ok
}

// knownIn is the first known organisation of list the words write, as
// written; "" for none.
func (m *Matcher) knownIn(words []titleWord, list string) string {
	if len(m.known) == 0 {
		return ""
	}
	for i := range words {
		if _, end, ok := m.knownAt(words, i, list); ok {
			return joinSpan(words, i, end)
		}
	}
	return ""
}

// isKnown reports whether a name as written is a known organisation, or
// begins with one ("TrustCor Systems", "DigiCert Inc").
func (m *Matcher) isKnown(name string) bool {
	if len(m.known) == 0 || name == "" {
		return false
	}
	ws := titleWords(name)
	_, _, ok := m.knownAt(ws, 0, "")
	return ok
}

// knownList is the list whose action a category is: a distrust is a root
// program's, a sanction (or its lifting) OFAC's; "" for other categories.
func knownList(c trust.Category) string {
	switch c {
	case trust.CategoryDistrust:
		return trust.OrgCA
	case trust.CategorySanctions, trust.CategoryReversal:
		return trust.OrgSDN
	}
	return ""
}
