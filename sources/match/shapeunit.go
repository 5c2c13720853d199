package match

import (
	"github.com/vendorwatch/vendorwatch/trust"
)

// shapeUnit scores a title whose shape, of category cat, is words lo..hi:
// the span joins hits as one more signal (scoreUnitWith); decides: the
// shape is a decision taken, so talk does not lower it.
func (m *Matcher) shapeUnit(words []titleWord, lo, hi int, cat trust.Category, hits []hit, question, decides bool) unit {
	extra := trust.SignalHit{Term: joinSpan(words, lo, hi), Category: cat, Weight: supplyWeight}
	return m.scoreUnitWith(hits, true, false, question, &extra, decides)
}

// actionUnit is the unit of an authority's action shape at words lo..hi
// (classrev.go, authority4.go): scored with the title's hits, naming the
// registry vendors they reach; else, when the rules take any vendor, the
// one unlisted names ("" for none: no unit), if the title or the lead's
// first sentence is about technology.
func (m *Matcher) actionUnit(title, lead string, words []titleWord, lo, hi int, cat trust.Category, hits []hit, question bool, unlisted func() string) unit {
	extra := trust.SignalHit{Term: joinSpan(words, lo, hi), Category: cat, Weight: supplyWeight}
	if u := m.scoreUnitWith(hits, true, true, question, &extra, true); u.ok && len(u.vendors) > 0 {
		u.evidence = clean(title)
		return u
	}
	if !m.rules.AnyVendor {
		return unit{}
	}
	name := unlisted()
	if name == "" || !techContext(words) && !techContext(titleWords(firstSentence(lead))) {
		return unit{}
	}
	u := m.scoreUnitWith(hits, true, false, question, &extra, true)
	if !u.ok {
		return unit{}
	}
	u.vendors = []trust.VendorHit{{Name: name, Term: name, Unlisted: true}}
	u.evidence = clean(title)
	return u
}

// outsideShape returns the hits that are not the shape's own words lo..hi,
// which its term stands for; a hit inside the shape whose pattern is of
// one of the keep kinds stays.
func (m *Matcher) outsideShape(words []titleWord, hits []hit, lo, hi int, keep ...kind) []hit {
	own := make([]hit, 0, len(hits))
	for _, h := range hits {
		last := wordEndingAt(words, h.off)
		first := hitFirst(words, last, int(m.ac.words[h.pat]))
		if first >= lo && last <= hi && !m.hasAny(h.pat, keep) {
			continue
		}
		own = append(own, h)
	}
	return own
}

// hasAny reports whether pattern p is of any of the kinds ks.
func (m *Matcher) hasAny(p int32, ks []kind) bool {
	for _, k := range ks {
		if m.has(p, k) {
			return true
		}
	}
	return false
}

// compromiseUnit is the unit of a compromise shape found in a title at
// words lo..hi (builtInAlert, officialAlert, channelAlert): the title's
// hits marked and scored with the shape, and, when the title names no
// registry vendor and the rules take any vendor, the one unlisted names
// ("" for none: no unit). unlisted is called at most once, after scoring.
func (m *Matcher) compromiseUnit(title string, words []titleWord, lo, hi int, hits []hit, question bool, unlisted func() string) unit {
	m.mark(words, hits)
	u := m.shapeUnit(words, lo, hi, trust.CategoryCompromise, hits, question, false)
	if !u.ok {
		return unit{}
	}
	if len(u.vendors) == 0 {
		if !m.rules.AnyVendor {
			return unit{}
		}
		n := unlisted()
		if n == "" {
			return unit{}
		}
		u.vendors = []trust.VendorHit{{Name: n, Term: n, Unlisted: true}}
	}
	u.category = trust.CategoryCompromise
	u.evidence = clean(title)
	u.shapeEnd = words[hi].end
	return u
}

// ownerBefore is the owner named before the verb at v, past up to two
// words in lower case for what it is ("NAS devices", "CMS8000 patient
// monitors"); "" when none, or none with a capital or a digit.
func ownerBefore(words []titleWord, v int) string {
	e := v
	for e > 1 && e > v-2 && !words[e-2].stop && !hasUpperOrDigit(words[e-1].text) &&
		(nameWord(words[e-1]) || ownedWords[words[e-1].lc()]) {
		e--
	}
	if n := nameBefore(words, e, false); hasUpperOrDigit(n) {
		return n
	}
	return ""
}

// vendorFrom returns the last word of the last vendor hit whose first word
// is w (the object of a verb at w-1), or -1.
func (m *Matcher) vendorFrom(words []titleWord, hits []hit, w int) int {
	vendor := -1
	for _, h := range hits {
		if !m.hasVendor[h.pat] {
			continue
		}
		last := wordEndingAt(words, h.off)
		if last-int(m.ac.words[h.pat])+1 == w {
			vendor = last
		}
	}
	return vendor
}
