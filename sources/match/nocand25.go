package match

import (
	"math"
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// nocand25Off turns rankedCandidate off (the counts' before).
var nocand25Off = false

// rankedShare is the share of the ranker's softmax its best name needs
// among every name the item writes for the rescue to take it.
const rankedShare = 0.5

// rankedCandidate is the rescue's last source (rescueRanked), tried only
// when every other source named no one: the name rank18's ranker scores
// best among the names title and lead sentence write (capitalised runs,
// possessives cut, package-shaped and quoted words, a lower-case word
// before a channel's word, registry vendors), when it holds at least
// rankedShare of the ranker's softmax and is a name a maker could have:
// rankMakerLike (no place, body of state, reporter, researcher, actor or
// campaign), and what the rescue's other sources hold a name to
// (rankedName). The ranker decides who, the learned model whether: no
// second scorer. ("Xubuntu website briefly served a Windows trojan":
// the title's first word, which the lead does not write, is refused as
// a word capitalised for standing first by the title's readers.)
func (m *Matcher) rankedCandidate(title, text string, words []titleWord) ([]trust.VendorHit, rescueSource, bool) {
	if nocand25Off || !m.rules.AnyVendor || m.learned == nil || m.learned.rank == nil {
		return nil, 0, false
	}
	it := m.rankRead(title, text)
	if len(it.cands) == 0 {
		return nil, 0, false
	}
	s := rankScores(it, m.learned.rank)
	best := 0
	for k := range s {
		if s[k] > s[best] {
			best = k
		}
	}
	sum := 0.0
	for _, x := range s {
		sum += math.Exp(x - s[best])
	}
	c := &it.cands[best]
	if 1/sum < rankedShare || !rankMakerLike(it, c) || !rankedName(it, c, words) {
		return nil, 0, false
	}
	if c.reg {
		if v := m.hitFor(c.regName); !v.Unlisted {
			return []trust.VendorHit{v}, rescueRanked, true
		}
	}
	return []trust.VendorHit{m.hitFor(c.name)}, rescueRanked, true
}

// rankedName holds the ranker's candidate c to what the rescue's other
// sources hold a name to: a vendor's name, no algorithm, number, threat
// actor, described kind or kind of product, legal form, date,
// operation, plan or campaign; in the title nothing aside
// (learnTitleAside) and no reporter; in the lead nothing aside
// (learnLeadAside), no reporter and not the sentence's first word
// unless written as a brand (learnLeadName's rule). A name in lower case
// is a package's: written as one (learnCodeName) or before a channel's
// or an ecosystem's word ("quuxqueue packages"), never an adjective
// ("cheap digital picture frames").
func rankedName(it *rankItem, c *rankCand, words []titleWord) bool {
	n := c.name
	l := strings.ToLower(n)
	first := strings.Fields(l)[0]
	if !vendorName(n) || learnTechNames[l] || legalForms[l] || learnDateWords[first] || stopWords[first] || quantities[first] || first == "one" ||
		generic[first] || strings.ContainsAny(n, "'’") || threatActor(it.tw, n) || threatActor(it.lw, n) || describedKind(n) ||
		kindNamed(n) || campaignNamed(it.tw, n) || campaignNamed(it.lw, n) || operationNamed(it.tw, n) || planNamed(it.tw, n) {
		return false
	}
	// A name in lower case is a package's, which the package readers
	// after the rescue (pk22, pk23, pk24) read better; an acronym of
	// three letters or fewer is a kind's or a body's more often than a
	// maker's ("CI pipelines"); a name after "fake" or "posing as" is
	// impersonated (learnPosing).
	if n == l && c.regName != n || !c.reg && (!rankedLowerName(it, c) || len(n) <= 3 && n == strings.ToUpper(n)) || rankedAttackersGroup(it, c) || rankedPosing(it, c) {
		return false
	}
	if c.ti >= 0 {
		if learnTitleAside(words, n) || reporterHead(it.tw, n) || reporterTail(it.tw, n) {
			return false
		}
		return c.reg || rankedWritten(it, c)
	}
	if c.li < 0 || c.li == 0 && !c.reg && !brandLike(strings.Fields(n)[0]) {
		return false
	}
	return !learnLeadAside(it.lw, c.li, c.li+c.ln, first) && !reporterHead(it.lw, n)
}

// rankedLowerName: c, written in lower case, is a package's name: a
// word before a channel's or an ecosystem's word that is no English
// word's form ("faker libraries", not "broken release": a participle
// in -en too), or written as
// code: a dot, slash or scope, or a hyphen where the title or the lead
// writes a channel's or an ecosystem's word and the word is no English
// compound (learnCompound, englishCompounds: "post-mortem",
// "end-to-end", "five-year") or describing word ("e-commerce").
func rankedLowerName(it *rankItem, c *rankCand) bool {
	n := c.name
	if n != strings.ToLower(n) {
		return true
	}
	if !learnCodeName(n) {
		return rankedBeforeChannel(it, c) && !englishShaped(n) && !(len(n) > 5 && strings.HasSuffix(n, "en"))
	}
	if strings.ContainsAny(n, "._/@") {
		return true
	}
	for p := range strings.SplitSeq(n, "-") {
		if quantities[p] {
			return false
		}
	}
	eco := inWords(it.tw, leadChannels) || inWords(it.tw, learnEcoWords) || inWords(it.lw, leadChannels) || inWords(it.lw, learnEcoWords)
	return eco && !learnCompound(n) && !englishCompounds[n] && !describedModifiers[n]
}

// rankedPosing: the word before c says it is impersonated ("Fake
// Quuxhub extension", "posing as Quuxhub").
func rankedPosing(it *rankItem, c *rankCand) bool {
	ws, i := it.tw, c.ti
	if c.ti < 0 {
		ws, i = it.lw, c.li
	}
	return i > 0 && learnPosing[ws[i-1].lc()]
}

// rankedAttackersGroup: c is followed by "group" in lower case (a
// threat group: "The Qarvo group replaced an installer ...", as
// learnLeadName reads it), or by "Group" where the lead's opening calls
// its holders attackers ("Lazarus Group hijacks software updates
// ..." | "The North Korean hackers ...": sn16AttackersGroup).
func rankedAttackersGroup(it *rankItem, c *rankCand) bool {
	ws, i := it.tw, c.ti+c.tn
	if c.ti < 0 {
		ws, i = it.lw, c.li+c.ln
	}
	return i < len(ws) && (ws[i].text == "group" || ws[i].lc() == "group" && sn16AttackersGroup(c.name+" Group", it.lw))
}

// rankedBeforeChannel: the word after c in its first field is a
// channel's or an ecosystem's ("faker libraries", "zorbmail package").
func rankedBeforeChannel(it *rankItem, c *rankCand) bool {
	ws, i := it.tw, c.ti+c.tn
	if c.ti < 0 {
		ws, i = it.lw, c.li+c.ln
	}
	if i >= len(ws) {
		return false
	}
	l := ws[i].lc()
	return learnEcoWords[l] || learnChannels[string(stem([]byte(l)))]
}

// rankedWritten: a title's name c is written as a name, not a word its
// capital owes to its place (the title's first word, the first after a
// stop, any word of a Title Case title): a word written as a brand, a
// word the lead sentence capitalises past its start, or words none of
// which is English-shaped (englishShaped: "Expired email domain let
// ...", "Allies name ...", "... 2 Billion Weekly Downloads") or a word
// the matcher's lexicon knows as a describing one ("Popular",
// "Legitimate", "Official": describedModifiers, unTrusted, ...); elsewhere
// the capital is evidence enough.
func rankedWritten(it *rankItem, c *rankCand) bool {
	parts := strings.Fields(c.name)
	for _, p := range parts {
		if brandLike(p) {
			return true
		}
	}
	if c.ti > 0 && !it.titleCase && !it.tw[c.ti-1].stop {
		return true
	}
	// "Former Google engineer", "Cheap Android tablets": a word before a
	// name the lead writes or the registry knows describes it.
	if len(parts) > 1 {
		rest := strings.Join(parts[1:], " ")
		for i := range it.lw {
			if it.lw[i].text == parts[1] {
				return false
			}
		}
		for _, o := range it.cands {
			if o.reg && strings.EqualFold(o.name, rest) {
				return false
			}
		}
	}
	for i := 1; i < len(it.lw); i++ {
		if it.lw[i].text == parts[0] {
			return true
		}
	}
	for _, p := range parts {
		if l := strings.ToLower(p); englishShaped(l) || describedModifiers[l] || unTrusted[l] || trustedBefore[l] || nm17Prose[l] || listBadges[l] {
			return false
		}
	}
	return true
}

// englishShaped: w (lower case) wears an English word's inflection or
// derivation (a plural of a person or thing, a participle, an adverb or
// adjective ending), which a maker's one-word name seldom does.
func englishShaped(w string) bool {
	if activeVerb(w) {
		return true
	}
	for _, suf := range [...]string{"ed", "ing", "ly", "ers", "ors", "ies", "ists", "ants", "ents", "als", "ive", "ous", "ent", "ant", "ful", "less", "ment", "ments", "tion", "tions", "ness"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
