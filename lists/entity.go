package lists

import (
	"slices"
	"strings"
	"unicode"

	"github.com/vendorwatch/vendorwatch/sources/match"
	"github.com/vendorwatch/vendorwatch/trust"
)

// How a list's name was matched to a vendor, strongest first.
const (
	HowName   = "same name"                            // the list writes the vendor's name or an alias
	HowLegal  = "same name without company suffixes"   // "INTELLEXA S.A." is "Intellexa"
	HowPrefix = "the listed name begins with the name" // "Entrust Root Certification Authority - G2" begins with "Entrust"
	HowTitle  = "named in the title"                   // a directive's title names the vendor
	HowNone   = "in no registry: named as the list writes it"
)

// VendorMatch is a vendor a list entry names, and how it was found.
type VendorMatch struct {
	trust.VendorHit
	Listed string // the name as the list writes it
	How    string // one of the How* phrases
	News   bool   // the vendor is not in the registry but was first seen in the news
}

// Explain says how the match was made, in one phrase:
// `"INTELLEXA S.A." → Intellexa (alias "Intellexa"; same name without company suffixes)`.
func (m VendorMatch) Explain() string {
	var b strings.Builder
	b.WriteString(`"` + m.Listed + `" → ` + m.Name + " (")
	switch {
	case m.Unlisted && !m.News:
		b.WriteString(HowNone)
	default:
		if m.News {
			b.WriteString(`first seen in the news as "` + m.Term + `"`)
		} else if m.Term != m.Name {
			b.WriteString(`alias "` + m.Term + `"`)
		} else {
			b.WriteString("registry name")
		}
		b.WriteString("; " + m.How)
	}
	b.WriteString(")")
	return b.String()
}

type resolverTerm struct {
	vendor trust.Vendor
	term   string
	words  []string // normalised
	core   []string // without company suffixes
	news   bool
}

// Resolver matches the names lists write to vendors: the registry's names
// and aliases, then the names of vendors first seen in the news (an
// unlisted vendor of an earlier alert). Both sides are normalised the
// same way: folded as the matcher folds (lower case, no diacritics),
// Cyrillic and Greek transliterated, split into words, and company
// suffixes ("S.A.", "Limited", "Zártkörűen Működő Részvénytársaság",
// "OOO") dropped for the legal-name comparison.
type Resolver struct {
	terms []resolverTerm
}

// NewResolver indexes vendors (the registry) and news (names of unlisted
// vendors seen in articles).
func NewResolver(vendors []trust.Vendor, news []string) *Resolver {
	r := &Resolver{}
	for _, v := range vendors {
		for _, t := range v.Terms() {
			w := Words(t)
			if len(w) == 0 {
				continue
			}
			r.terms = append(r.terms, resolverTerm{vendor: v, term: t, words: w, core: Core(w)})
		}
	}
	for _, n := range news {
		w := Words(n)
		if len(w) == 0 {
			continue
		}
		r.terms = append(r.terms, resolverTerm{vendor: trust.Vendor{Name: n}, term: n, words: w, core: Core(w), news: true})
	}
	return r
}

// Entity matches a listed name (an entity, a root's organisation or
// label) to one vendor: the strongest way any term matches, the registry
// before the news; ok is false when nothing matches.
func (r *Resolver) Entity(name string) (VendorMatch, bool) {
	w := Words(name)
	if len(w) == 0 {
		return VendorMatch{}, false
	}
	c := Core(w)
	best, bestRank := -1, 99
	for i := range r.terms {
		t := &r.terms[i]
		rank := 99
		switch {
		case slices.Equal(w, t.words):
			rank = 0
		case len(t.core) > 0 && slices.Equal(c, t.core):
			rank = 1
		case len(t.core) > 0 && distinctive(t.core) && len(c) > len(t.core) && slices.Equal(c[:len(t.core)], t.core):
			rank = 2
		}
		if t.news {
			rank += 3
		}
		if rank < bestRank {
			best, bestRank = i, rank
		}
	}
	if best < 0 {
		return VendorMatch{}, false
	}
	t := &r.terms[best]
	how := [...]string{HowName, HowLegal, HowPrefix}[bestRank%3]
	return VendorMatch{
		VendorHit: trust.VendorHit{Name: t.vendor.Name, Term: t.term, Guild: t.vendor.Guild, Unlisted: t.news},
		Listed:    name, How: how, News: t.news,
	}, true
}

// Unmatched is the vendor of a listed name that matches nothing: the
// name as written, company suffixes and all, marked as in no registry.
func Unmatched(name string) VendorMatch {
	return VendorMatch{VendorHit: trust.VendorHit{Name: name, Term: name, Unlisted: true}, Listed: name, How: HowNone}
}

// Mentions returns the vendors whose name or alias appears, as whole
// words, in text (a directive's title), one per vendor, longest term
// first.
func (r *Resolver) Mentions(text string) []VendorMatch {
	w := Words(text)
	var out []VendorMatch
	seen := map[string]int{}
	for i := range r.terms {
		t := &r.terms[i]
		if !containsRun(w, t.words) {
			continue
		}
		m := VendorMatch{
			VendorHit: trust.VendorHit{Name: t.vendor.Name, Term: t.term, Guild: t.vendor.Guild, Unlisted: t.news},
			Listed:    t.term, How: HowTitle, News: t.news,
		}
		if j, ok := seen[t.vendor.Name]; ok {
			if len(Words(out[j].Term)) < len(t.words) {
				out[j] = m
			}
			continue
		}
		seen[t.vendor.Name] = len(out)
		out = append(out, m)
	}
	return out
}

func containsRun(w, run []string) bool {
	for i := 0; i+len(run) <= len(w); i++ {
		if slices.Equal(w[i:i+len(run)], run) {
			return true
		}
	}
	return false
}

// distinctive reports whether a name is safe to match as the first words
// of a longer one: several words, or one of at least four letters (so
// "AG" or "ZTE Kft" cannot pull in every name that starts alike, but
// "Entrust" does reach "Entrust Root Certification Authority").
func distinctive(core []string) bool {
	return len(core) > 1 || len([]rune(core[0])) >= 4
}

// Words normalises a name into words: match.Fold (lower case, no
// diacritics), Cyrillic and Greek transliterated, every run of other
// characters a separator. "Cytrox Holdings Zártkörűen Működő
// Részvénytársaság" is [cytrox holdings zartkoruen mukodo reszvenytarsasag].
func Words(s string) []string {
	f := match.Fold(transliterate(s))
	return strings.FieldsFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '&' && r != '+' })
}

// companyForms are legal forms, as normalised words, that say what kind
// of company a name is and not which: dropped from either end of a name.
// Several are written with dots ("S.A.", "S. de R.L."), which Words
// splits into letters.
var companyForms = [][]string{
	{"s", "a"}, {"sa"}, {"ltd"}, {"limited"}, {"llc"}, {"l", "l", "c"}, {"inc"}, {"incorporated"},
	{"corp"}, {"corporation"}, {"co"}, {"company"}, {"gmbh"}, {"ag"}, {"ad"}, {"plc"}, {"b", "v"}, {"bv"},
	{"n", "v"}, {"nv"}, {"srl"}, {"s", "r", "l"}, {"spa"}, {"s", "p", "a"}, {"oy"}, {"ab"}, {"as"}, {"a", "s"},
	{"kft"}, {"zrt"}, {"nyrt"}, {"bt"}, {"sarl"}, {"sas"}, {"pte"}, {"pty"}, {"kk"}, {"llp"}, {"lp"}, {"sl"},
	{"sro"}, {"s", "r", "o"}, {"sp", "z", "o", "o"}, {"doo"}, {"d", "o", "o"}, {"s", "de", "r", "l"},
	{"s", "de", "rl"}, {"de", "c", "v"}, {"s", "a", "de", "c", "v"}, {"jsc"}, {"pjsc"}, {"ojsc"}, {"cjsc"},
	{"ooo"}, {"ao"}, {"oao"}, {"zao"}, {"pao"}, {"tov"}, {"fze"}, {"fzco"}, {"fz", "llc"},
	{"zartkoruen", "mukodo", "reszvenytarsasag"}, {"nyilvanosan", "mukodo", "reszvenytarsasag"},
	{"korlatolt", "felelossegu", "tarsasag"}, {"kabushiki", "kaisha"}, {"aktiengesellschaft"},
	{"limited", "liability", "company"}, {"joint", "stock", "company"}, {"closed", "joint", "stock", "company"},
	{"public", "joint", "stock", "company"}, {"open", "joint", "stock", "company"},
	{"obshchestvo", "s", "ogranichennoi", "otvetstvennostyu"}, {"aktsionernoe", "obshchestvo"},
	{"holdings"}, {"holding"}, {"group"}, {"the"},
}

func init() {
	// Longest first, so "Limited Liability Company" goes whole rather
	// than leaving "Liability Company" after "Limited".
	slices.SortStableFunc(companyForms, func(a, b []string) int { return len(b) - len(a) })
}

// Core drops company forms from both ends of a normalised name, keeping
// at least one word: [cytrox holdings zartkoruen mukodo reszvenytarsasag]
// is [cytrox].
func Core(w []string) []string {
	for {
		cut := false
		for _, f := range companyForms {
			if len(w) > len(f) && slices.Equal(w[len(w)-len(f):], f) {
				w, cut = w[:len(w)-len(f)], true
			}
			if len(w) > len(f) && slices.Equal(w[:len(f)], f) {
				w, cut = w[len(f):], true
			}
		}
		if !cut {
			return w
		}
	}
}

// translit is a plain Latin reading of Cyrillic and Greek letters, close
// to the BGN/PCGN forms that OFAC and the press write ("Касперский" is
// "kasperskii", "Лаборатория" "laboratoriya").
var translit = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh", 'з': "z", 'и': "i",
	'й': "i", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t",
	'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "",
	'э': "e", 'ю': "yu", 'я': "ya", 'і': "i", 'ї': "yi", 'є': "ye", 'ґ': "g",
	'α': "a", 'β': "v", 'γ': "g", 'δ': "d", 'ε': "e", 'ζ': "z", 'η': "i", 'θ': "th", 'ι': "i", 'κ': "k",
	'λ': "l", 'μ': "m", 'ν': "n", 'ξ': "x", 'ο': "o", 'π': "p", 'ρ': "r", 'σ': "s", 'ς': "s", 'τ': "t",
	'υ': "y", 'φ': "f", 'χ': "ch", 'ψ': "ps", 'ω': "o",
}

func transliterate(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if t, ok := translit[unicode.ToLower(r)]; ok {
			b.WriteString(t)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
