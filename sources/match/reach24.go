package match

import (
	"math"
	"slices"
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The rescue's reach past the lexicon (issue 11, the twenty-fourth
// round's reach24).
//
// The learned rescue (learned.go) reads only an item whose title or lead
// sentence holds a signal word: an event told in a paraphrase ("Ferro
// Wallet's web app modified to drain users' crypto", "Interior
// Department grounds its drone fleet over Chinese-made parts") or naming
// only a registry vendor with no signal word ("Chinese AI app
// transferred user prompts abroad without consent") was never scored.
// reachRescue scores such an item with the same model and the same
// candidates, behind a cheap gate on the title's structure and a check
// that the item reads as an event and not as ordinary news about a
// vendor.

// reach24Off turns reachRescue off (the grid tests' before).
var reach24Off = false

// reachSure is the probability an item without a signal word needs: the
// model never trained on such items (TrainLearned gives them weight 0),
// so its bar is the rescue's highest.
const reachSure = 0.98

// reachRescue is the rescue for an item the rules are silent on and
// whose title and lead sentence hold no signal word (the rescue returned
// no alert for want of one). Called only where rescue was.
func (m *Matcher) reachRescue(title, text string) (trust.Alert, bool) {
	if reach24Off || !reachGate(title) {
		return trust.Alert{}, false
	}
	lm := m.learned
	f := featsPool.Get().(*feats)
	defer featsPool.Put(f)
	f.explain = false
	if _, hasSig := m.learnFeatures(title, text, f, false); hasSig {
		return trust.Alert{}, false // the rescue's own: it read the item
	}
	p := lm.score(f, 0)
	if p < reachSure {
		return trust.Alert{}, false
	}
	u, src, ok := m.reachUnit(title, text, f)
	if !ok {
		return trust.Alert{}, false
	}
	u.category = headCategory(lm.head.category(f.idx), u.category)
	if u.category == "" || !rescueHeldText(src, u.category, title, text, u.vendors) || !reachForm(title, text, u.category, u.vendors) {
		return trust.Alert{}, false
	}
	if !m.reachEvent(text, f, u.vendors[0].Name) || hasWordIn(title, reachSpeech) {
		return trust.Alert{}, false
	}
	// Read again with names, for why; the category is the head's (no
	// signal word gave one), so why names no other.
	f.explain = true
	m.learnFeatures(title, text, f, false)
	f.explain = false
	a := trust.Alert{
		Vendors:  u.vendors,
		Signals:  append(u.signals, trust.SignalHit{Term: lm.why(f, p, u.category, u.category) + " (no signal word)", Category: u.category, Weight: math.Round(p*100) / 100}),
		Category: u.category,
		Score:    m.rules.Threshold,
		Severity: m.rules.SeverityFor(m.rules.Threshold),
		Across:   true,
		Coverage: commentary(title),
	}
	a.Evidence = clean(title)
	if lead := clean(learnLead(stripCredit(text))); lead != "" {
		a.Evidence += " — " + lead
	}
	if a.Category == trust.CategoryReversal {
		a.Severity = min(a.Severity, trust.SeverityMedium)
	}
	a.Summary = Summarize(a.Evidence, title, text)
	return a, true
}

// reachUnit is the rescue's candidate (rescueCandidate) and unit
// (rescueUnit) of an item without a signal word: the unit's category is
// the title's shapes' or none, for the category head to choose.
func (m *Matcher) reachUnit(title, text string, f *feats) (unit, rescueSource, bool) {
	vs, src, ok := m.rescueCandidate(title, text, trust.SignalHit{}, f)
	if !ok {
		return unit{}, 0, false
	}
	u, ok := rescueUnit(title, vs, trust.SignalHit{}, src)
	if !ok {
		return unit{}, 0, false
	}
	u.signals = slices.DeleteFunc(u.signals, func(s trust.SignalHit) bool { return s.Term == "" })
	return u, src, true
}

// reachOutcome is TrainLearned's outcome for an example without a signal
// word that the rules leave silent: eligible as reachRescue would read
// it, at reachSure ("reach" before the source's name in the report).
func (m *Matcher) reachOutcome(title, text string, f *feats) LearnOutcome {
	u, src, ok := m.reachUnit(title, text, f)
	if !ok || !m.reachEvent(text, f, u.vendors[0].Name) || hasWordIn(title, reachSpeech) {
		return LearnOutcome{}
	}
	return LearnOutcome{Eligible: true, Alert: trust.Alert{Vendors: u.vendors, Signals: u.signals, Category: u.category, InTitle: true},
		Source: "reach " + rescueSourceNames[src], Sure: reachSure, src: src}
}

// reachStructure is the stems learnStructure reads as a headline's
// structure: what an event ships through or acts on (a channel, an
// ecosystem, a kind of product) and who acts on it (an authority, a
// country's make). An event told without a signal word still names one
// of them; most silent text names none.
var reachStructure = func() map[string]bool {
	s := map[string]bool{}
	for _, set := range []map[string]bool{learnChannels, learnEcosystems, learnKinds, learnAuthorities, learnMakes} {
		for w := range set {
			s[w] = true
		}
	}
	return s
}()

// reachGate is the cheap test an item without a signal word passes
// before reachRescue reads its features: a title word of the headline's
// structure (reachStructure), read by stem in a buffer of its own (no
// allocation).
func reachGate(title string) bool {
	var buf [24]byte
	n := 0
	for i := 0; i <= len(title); i++ {
		if i < len(title) && isWordByte(title[i]) {
			if n < len(buf) {
				buf[n] = title[i]
			}
			n++
			continue
		}
		if n > 0 && n <= len(buf) && reachStructure[string(stem(buf[:n]))] {
			return true
		}
		n = 0
	}
	return false
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-'
}

// reachSpeech: a title whose news is a message shown ("maintainer adds
// anti-war message to npm package", "'Protestware' message greets
// Russian users") tells words put in a channel, not a channel turned;
// the model, whose events told of protestware in the same words, cannot
// tell them apart without a signal word.
var reachSpeech = wordSet("message messages appeal banner")

// reachLeadWords are the structure's stems a lead sentence tells an
// event by: who acts (an authority, a country's make) and what is acted
// on (a kind of product, an ecosystem). A channel's word alone is not
// one: "downloads", "version" and "release" are a business story's too.
var reachLeadWords = func() map[string]bool {
	s := map[string]bool{}
	for _, set := range []map[string]bool{learnEcosystems, learnKinds, learnAuthorities, learnMakes} {
		for w := range set {
			s[w] = true
		}
	}
	return s
}()

// reachEvent is the real-article check: an article's lead sentence
// tells the event the title paraphrases, so it names the candidate (a
// word of its name, by stem), a term of the lexicon's automaton (a
// vendor, a signal, a motive or a cue among f's lead hits) or who acts
// or what is acted on (reachLeadWords). A lead about something else
// ("Temu returns to top of app store charts" — "Downloads rose after a
// marketing push.") is ordinary news about the vendor. An item with no
// lead has only its title to read.
func (m *Matcher) reachEvent(text string, f *feats, name string) bool {
	for _, h := range f.hits[f.nTitle:] {
		for _, r := range m.refs[h.pat] {
			if r.kind == kindVendor || r.kind == kindSignal || r.kind == kindMotive || r.kind == kindCue {
				return true
			}
		}
	}
	lead := learnLead(stripCredit(text))
	if lead == "" {
		return true
	}
	named := map[string]bool{}
	for _, w := range strings.Fields(name) {
		named[string(stem([]byte(strings.ToLower(w))))] = true
	}
	lw := titleWords(lead)
	for _, w := range lw {
		l := stem([]byte(w.lc()))
		if named[string(l)] || reachLeadWords[string(l)] {
			return true
		}
	}
	return reach25Carried(lw) // reach25.go: the vendor's channel carrying something
}
