// Package match finds vendor-trust events in articles: a watched vendor
// named together with a trust signal (ban, Entity List, backdoor,
// distrust...), and explains each one.
//
// Steps:
//
//  1. Compile folds every vendor name and alias and every signal, reporter
//     and routine phrase, and builds ONE Aho-Corasick DFA over them, so the
//     cost per article does not grow with the number of terms.
//  2. Match runs the DFA over the title, then the text, folding on the fly:
//     lower case, diacritics removed (Fold), every run of characters that
//     are not letters or digits read as one space, a possessive "'s"
//     dropped, invisible format characters (zero-width joiners, direction
//     marks, soft hyphens) ignored. Terms are stored as " word word ", so a
//     match begins and ends on a word boundary ("ZTE" is not in "Aztec",
//     "Kaspersky's" is "Kaspersky") and punctuation inside a term does not
//     matter ("supply-chain attack" is "supply chain attack"). There is no
//     stemming: inflected forms are listed as terms in the rules.
//  3. A text with no vendor ends there, allocating nothing. Otherwise
//     the hits are grouped by unit: the title, and each sentence of the
//     text (Sentences). Vendor and signal must meet in one unit.
//  4. In a unit, a vendor term inside a longer vendor term does not count
//     ("Kaspersky" in "Kaspersky Lab"), nor does a signal term inside a longer
//     one. A vendor mention directly followed or preceded by a reporter
//     phrase ("Kaspersky researchers", "according to Kaspersky"; "*" in
//     the rule marks the side) is the vendor reporting, not the subject,
//     and does not count either.
//  5. Score of a unit: for each category present, the weight of its
//     heaviest signal, summed (so corroboration across categories counts,
//     synonyms do not); plus TitleBonus in the title; minus RoutinePenalty
//     for each distinct routine phrase (patch, earnings, launches...).
//     Negation and lists are not parsed: every counting vendor in the unit
//     is reported, which keeps the rule simple to explain.
//  6. The title is the evidence when it scores at least Threshold; else
//     the best-scoring sentence, if it does. The category is that of the
//     heaviest signal, the severity comes from Rules.SeverityFor, and the
//     summary from Summarize.
//
// The scan is linear in the input and safe on any bytes: invalid UTF-8
// reads as a space.
package match

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// maxTermBytes bounds a folded term, which bounds how far apart two hits
// that touch or nest can be.
const maxTermBytes = 200

type kind uint8

const (
	kindVendor kind = iota
	kindSignal
	kindReporterAfter  // "* says": the phrase follows the vendor
	kindReporterBefore // "according to *": the phrase precedes it
	kindRoutine
	kindDecision
	kindTalk
	kindMotive // another motive than trust: OtherMotives
	kindCue    // a verb that lets a title's shapes be read, never scored (cue.go)
)

// ref is what a pattern means; several terms may fold to one pattern.
type ref struct {
	kind kind
	idx  int32 // into vendorTerms, signals, or routine
}

type vendorTerm struct {
	vendor int32
	term   string
}

// Matcher finds alerts. It is safe for concurrent use.
type Matcher struct {
	ac          *automaton
	patterns    []string // padded, folded; kept for tests and errors
	refs        [][]ref  // per pattern
	hasVendor   []bool   // per pattern
	vendors     []trust.Vendor
	vendorTerms []vendorTerm
	signals     []trust.SignalHit
	needs       []bool // per signal: counts only with a decision phrase in its unit
	routine     []string
	motives     []string
	maxWords    int32
	rules       trust.Rules
	learned     *learnedModel         // the rescue's model (learned.go); nil: none
	reversal    *reversalModel        // the reversal detector (rev18learn.go); nil: none
	known       map[string][]knownOrg // rules.Known by first word (known21.go)
}

// Compile builds a Matcher for vendors and rules. An error names the bad
// term: an empty one, one that folds to nothing (no letter or digit), one
// longer than 200 bytes, a reporter phrase with a misplaced "*", or a
// signal group of unknown category.
func Compile(vendors []trust.Vendor, rules trust.Rules) (*Matcher, error) {
	m := &Matcher{vendors: vendors, rules: rules, learned: defaultLearned(), reversal: defaultReversal(), known: compileKnown(rules.Known)}
	index := map[string]int32{}
	var patterns []string
	add := func(term string, r ref) error {
		p, err := pattern(term)
		if err != nil {
			return err
		}
		id, ok := index[p]
		if !ok {
			id = int32(len(patterns))
			index[p] = id
			patterns = append(patterns, p)
			m.refs = append(m.refs, nil)
			m.hasVendor = append(m.hasVendor, false)
		}
		m.refs[id] = append(m.refs[id], r)
		if r.kind == kindVendor {
			m.hasVendor[id] = true
		}
		return nil
	}

	var errs []error
	for vi, v := range vendors {
		for _, t := range v.Terms() {
			m.vendorTerms = append(m.vendorTerms, vendorTerm{vendor: int32(vi), term: t})
			if err := add(t, ref{kindVendor, int32(len(m.vendorTerms) - 1)}); err != nil {
				errs = append(errs, fmt.Errorf("vendor %q: %w", v.Name, err))
			}
		}
	}
	for gi, g := range rules.Signals {
		if !g.Category.Valid() {
			errs = append(errs, fmt.Errorf("signal group %d: unknown category %q", gi, g.Category))
			continue
		}
		for _, t := range g.Terms {
			m.signals = append(m.signals, trust.SignalHit{Term: t, Category: g.Category, Weight: g.Weight})
			m.needs = append(m.needs, g.NeedsDecision)
			if err := add(t, ref{kindSignal, int32(len(m.signals) - 1)}); err != nil {
				errs = append(errs, fmt.Errorf("signal (%s): %w", g.Category, err))
			}
		}
	}
	for _, t := range rules.Reporter {
		k := kindReporterAfter
		phrase := strings.TrimSpace(t)
		switch {
		case strings.HasPrefix(phrase, "*"):
			phrase = phrase[1:]
		case strings.HasSuffix(phrase, "*"):
			phrase, k = phrase[:len(phrase)-1], kindReporterBefore
		}
		if strings.Contains(phrase, "*") {
			errs = append(errs, fmt.Errorf("reporter %q: \"*\" must be at the start or the end", t))
			continue
		}
		if err := add(phrase, ref{k, 0}); err != nil {
			errs = append(errs, fmt.Errorf("reporter: %w", err))
		}
	}
	for _, t := range rules.Routine {
		m.routine = append(m.routine, t)
		if err := add(t, ref{kindRoutine, int32(len(m.routine) - 1)}); err != nil {
			errs = append(errs, fmt.Errorf("routine: %w", err))
		}
	}
	for i, t := range rules.OtherMotives {
		m.motives = append(m.motives, t)
		if err := add(t, ref{kindMotive, int32(i)}); err != nil {
			errs = append(errs, fmt.Errorf("other_motives: %w", err))
		}
	}
	for i, t := range rules.Talk {
		if err := add(t, ref{kindTalk, int32(i)}); err != nil {
			errs = append(errs, fmt.Errorf("talk: %w", err))
		}
	}
	for _, t := range rules.Decision {
		if err := add(t, ref{kindDecision, 0}); err != nil {
			errs = append(errs, fmt.Errorf("decision: %w", err))
		}
	}
	for t, class := range cueTerms() {
		if err := add(t, ref{kindCue, class}); err != nil {
			errs = append(errs, fmt.Errorf("cue: %w", err))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	m.patterns = patterns
	m.ac = newAutomaton(patterns, m.hasVendor)
	written, err := m.writtenTerms()
	if err != nil {
		return nil, err
	}
	m.ac.written = written
	for _, w := range m.ac.words {
		m.maxWords = max(m.maxWords, w)
	}
	return m, nil
}

// writtenTerms is the automaton's written: per pattern, the term of a
// common-word vendor (trust.Vendor.Word) as a text must write it, nil when
// the registry has none. Such a term must mean only that vendor: one that
// folds like a rules term or another vendor's is an error, as its hit
// could not be dropped for the vendor alone.
func (m *Matcher) writtenTerms() ([]string, error) {
	var written []string
	var errs []error
	for id, rs := range m.refs {
		var term string
		var word, other bool
		for _, r := range rs {
			if r.kind == kindVendor && m.vendors[m.vendorTerms[r.idx].vendor].Word {
				if word && term != m.vendorTerms[r.idx].term {
					other = true
				}
				word, term = true, m.vendorTerms[r.idx].term
				continue
			}
			other = true
		}
		if !word {
			continue
		}
		if other {
			errs = append(errs, fmt.Errorf("vendor term %q: a common-word name must fold like no other term", term))
			continue
		}
		if written == nil {
			written = make([]string, len(m.refs))
		}
		written[id] = term
	}
	return written, errors.Join(errs...)
}

// pattern folds a term into the automaton's padded form.
func pattern(term string) (string, error) {
	if strings.TrimSpace(term) == "" {
		return "", fmt.Errorf("empty term %q", term)
	}
	p := wordStream(term)
	if strings.TrimSpace(p) == "" {
		return "", fmt.Errorf("term %q has no letter or digit", term)
	}
	if len(p) > maxTermBytes {
		return "", fmt.Errorf("term %q is longer than %d bytes", term, maxTermBytes)
	}
	return p, nil
}

// Match reports whether title and text (plain text) hold an alert and, if
// so, returns it with its explanation filled in: Vendors, Signals,
// Category, Score, Severity, Evidence, InTitle and Summary.
func (m *Matcher) Match(title, text string) (trust.Alert, bool) {
	var rs reachState
	text = official26Preamble(text) // official26.go: a notice's docket line, preamble and release date
	// The progressive read as the present (nm12.go); the evidence quotes
	// the title as written.
	// A wire's label ("Exclusive:") is no part of the news (nx13.go).
	unlabelled := nx13Unlabel(title)
	present := nm12Present(unlabelled)
	// The gates' words of the title, read once for match and for the
	// readers below (wordsets.go).
	gate := newItem(present)
	a, ok := m.match(present, text, false, &rs, gate)
	reached := rs.reached
	if !ok && reached || ds15KindOnly(a) {
		// desc15.go: the lead's name for the vendor a title's kind
		// describes outranks the class the kind reaches.
		if b, named := m.ds15Named(present, text, gate); named {
			a, ok = b, true
		}
	}
	if !ok && m.rules.AnyVendor {
		// desc15.go: the title's name, the lead's action.
		a, ok = m.ds15Reverse(present, text, gate)
		if !ok {
			a, ok = m.cp16Distrust(present, text, gate) // cp16.go: the title's authority, the lead's restriction
		}
		if !ok {
			a, ok = m.cp16Platform(present, text, gate) // cp16.go: a vendor's platform used to push malware to its customers
		}
	}
	if !ok && reached && strings.Contains(present, " out") {
		a, ok = m.cl22SplitOut(present, text) // class22.go: a riddance verb's "out" after its object
	}
	if (!ok || a.Coverage || l22Prose(a)) && (reached || strings.Contains(present, "trusted")) {
		a, ok = m.l22Rescue(present, text, a, ok) // left22.go: a title the rules read as talk, routine or a description
	}
	if ok && present != title {
		a.Evidence = strings.Replace(a.Evidence, clean(present), clean(title), 1)
	}
	if !ok && !class26Off && strings.Contains(present, "only") {
		a, ok = m.c26OnlyAlert(present, text, gate) // class26.go: a rule that admits only the trusted or the domestic
	}
	if !ok && reached && m.learned != nil {
		// No rule made an alert of an item with words of the lexicon in
		// its title or a vendor: the learned scorer's turn (learned.go).
		a, ok = m.rescueBand(unlabelled, text, early24Band) // early24.go: the band under the bars, read again by the title's structure
		if !ok {
			a, ok = m.reachRescue(unlabelled, text) // reach24.go: an item with no signal word
		}
		if ok && concernRescue(unlabelled) {
			a, ok = trust.Alert{}, false // fix21.go: a concern no authority acts on
		}
		if ok {
			m.pn13Rescued(unlabelled, text, &a) // pn13.go: the package's name on the rescue's alert too
		}
	} else if ok && a.Coverage && reached && m.learned != nil {
		// cov22.go: the rules' coverage, the rescue's news where the
		// title carries both the name and the action.
		if b, news := m.cov22Rescue(unlabelled, text, a); news {
			a = b
			m.pn13Rescued(unlabelled, text, &a)
		}
	}
	if (!ok || a.Coverage) && reached && gate.any(gNm22Verbs, gNm22FutureVerbs) {
		// name22.go: a sanction's objects one by one, a person beside the
		// business; a state's act in the infinitive read in the present.
		// Either outranks a lead sentence's coverage. Their verbs are in
		// gateSets: the present's words hold every one the title's do
		// (nm12Present only rewrites an auxiliary and its -ing verb), and
		// a word scan of every silent title each was 2.5% of Match.
		if b, named := m.nm22Sanctions(unlabelled, text); named {
			a, ok = b, true
		} else if b, named := m.nm22Future(unlabelled, text); named {
			a, ok = b, true
		}
	}
	if !ok {
		a, ok = m.pk22Wave(unlabelled, text) // pk22.go: a wave's packages named in lower case or listed; a package that carried malware
	}
	if !ok && strings.Contains(unlabelled, "alicious") {
		a, ok = m.pk23Pulled(unlabelled, text) // pk23.go: a named package that pulled in a malicious dependency
	}
	if !ok && strings.Contains(unlabelled, "pdate") {
		a, ok = m.pk23Update(unlabelled, text) // pk23.go: an SDK's, a library's or an extension's update turned
	}
	if !ok && (strings.Contains(unlabelled, "ijack") || strings.Contains(unlabelled, "ackdoor") || strings.Contains(unlabelled, "oison") || strings.Contains(unlabelled, "rojaniz")) {
		a, ok = m.pk24Taken(unlabelled, text) // pk24taken.go: a package's releases hijacked, or a package named after its keeper's account was
	}
	if !ok && rs.leadSignal && m.learned != nil {
		a, ok = m.exit24(unlabelled, text) // exit24.go: the rules' early exit, a signal in the lead
	}
	a, ok = m.class25(unlabelled, text, gate, a, ok) // class25.go: data barred from flowing to a state, a class's order told in the lead
	if !ok {
		a, ok = m.class26(present, text, gate) // class26.go: a terse title, the lead's class-level action
	}
	if ok {
		m.rv18Reverse(unlabelled, text, &a) // rev18learn.go: a hold undone in words no shape reads
	}
	if ok && (cp16IssuedOnly(a) || cp16Victim(unlabelled, a)) {
		return trust.Alert{}, false // cp16.go: certificates mis-issued, no root program acting yet; a vendor spied on
	}
	if ok && ds15Misnamed(unlabelled, text, a) {
		return trust.Alert{}, false // desc15.go: the lead's name is a person's, a report's or a victim's
	}
	if ok && official26Generic(&a) {
		return trust.Alert{}, false // official26.go: a notice's count of its targets or its act noun named
	}
	if ok && lk14Lookalike(unlabelled, &a) {
		return trust.Alert{}, false // lk14.go: attackers, a reporter or lawmakers beside a tie
	}
	if ok && rv18Refused(unlabelled) {
		return trust.Alert{}, false // rev18learn.go: an undoing refused, denied or ruled out
	}
	if ok && rv19Contested(unlabelled) {
		return trust.Alert{}, false // rv19.go: a court undoing a contest of a hold, or refusing to undo it
	}
	if ok && concernOnly(unlabelled, &a) {
		return trust.Alert{}, false // fix21.go: a concern with no authority acting on it
	}
	if ok && cl22Without(unlabelled, &a) {
		return trust.Alert{}, false // class22.go: a bar the title says was not made ("without barring")
	}
	if ok && (l22Held(unlabelled, &a) || l22Unplaced(unlabelled, text, &a)) {
		return trust.Alert{}, false // left22.go: an association's rule for its members, an export control to states, a vendor's own pause
	}
	if ok && m.embeddedName(unlabelled, &a) {
		return trust.Alert{}, false // fix21.go: a product named after the vendor ("Hover Zoom extension")
	}
	if ok && rv17Held(unlabelled, a) {
		return trust.Alert{}, false // rev17.go: a hold lifted on a person or an account, a lifting asked about
	}
	if ok && sn16Held(unlabelled, text, &a) {
		return trust.Alert{}, false // sanc16.go: malware or a state listed, a sanctions list's unknown name, censorship
	}
	if ok && !pr12Alert(unlabelled, text, &a) {
		// pr12.go: privacy cases, spies' targets, implants, bans denied
		// or called for, a platform's own users; read on every alert,
		// whichever path made it (a title's description rewritten with
		// the lead's name, the learned rescue).
		return trust.Alert{}, false
	}
	if ok && prec22After(unlabelled, &a) {
		return trust.Alert{}, false // prec22.go: a ban on people or media, a country barred, a reason of trade or content
	}
	if ok && !cov23Off && (voicesAsk(unlabelled, a.InTitle) || spiedOn(unlabelled, &a)) {
		return trust.Alert{}, false // cov23.go: legislators or a commissioner asking for the action, a vendor spied on; whichever path alerted
	}
	if ok && !cov23bOff && (weighedOnAlert(unlabelled) || billUnpassed(unlabelled) || vendorChallenges(unlabelled, &a)) {
		return trust.Alert{}, false // cov23b.go: a step only weighed, a bill not passed by a chamber, the vendor's challenge; whichever path alerted
	}
	if ok && !cov23cOff && (m.staffRuleOnAlert(unlabelled, text, &a) || vendorSells(unlabelled, &a)) {
		return trust.Alert{}, false // cov23c.go: a company's rule for its staff, the vendor selling a business; whichever path alerted
	}
	if ok {
		nx13Trim(unlabelled, text, &a) // a Title Case name cut to the summary's (nx13.go)
		if a.Category == trust.CategoryCompromise && evCodeRecast(unlabelled, &a) {
			a.Category = trust.CategoryOSS // ossev.go: a name written as code beside the compromise is a package's
		}
		if (a.Category == trust.CategoryOSS || a.Category == trust.CategoryCompromise) && pk16Lookalike(unlabelled, text) {
			return trust.Alert{}, false // an account's suspension, a registry's takedown of packages never trusted (pk16.go)
		}
		if a.Category == trust.CategoryOSS {
			pk15Name(unlabelled, text, &a)       // the package as written, scope, path and product words kept (pk15.go)
			pk16Name(unlabelled, text, &a)       // the package among the owner, campaign, victim and ecosystem the title names (pk16.go)
			m.cp16Campaign(unlabelled, text, &a) // cp16.go: a campaign's name, the lead's vendor and no package
		}
		if a.Category == trust.CategoryCompromise {
			if !ch14Held(unlabelled) {
				return trust.Alert{}, false // a claim, data taken, accounts hijacked (chain14.go)
			}
			ch14Name(unlabelled, text, &a)     // a product and its maker both (chain14.go)
			m.cp16Rename(unlabelled, text, &a) // cp16.go: a described vendor the lead names
		}
		if a.Category == trust.CategoryOSS || a.Category == trust.CategoryCompromise {
			pkName(unlabelled, text, &a) // pkname.go: the package turned, for a platform, a word of prose, a victim or a description
		}
		m.rerank(unlabelled, text, &a)      // rank18.go: the learned ranker's name, far likelier than the alert's
		m.name24Class(unlabelled, text, &a) // name24.go: the maker a title writes beside a class, not the class's members
		m.name25Class(unlabelled, text, &a) // name25.go: the lead's object or the title's name among a class, not the class's members
		m.name26Role(unlabelled, text, &a)  // name26.go: the name the action is of, not an addressee, a victim or an attacker beside it
		m.l22Hyphens(unlabelled, text, &a)  // left22.go: an English compound is no package's name
		if a.Category == trust.CategoryOSS {
			pk22Rename(unlabelled, text, &a)  // pk22.go: a function word named, the lead's package instead
			pk23Entered(unlabelled, text, &a) // pk23.go: the package a malicious dependency entered, not the dependency
			pk23Unnamed(unlabelled, text, &a) // pk23.go: an ecosystem named, the lead's released package instead
		}
		if a.Category == trust.CategoryOSS || a.Category == trust.CategoryCompromise {
			pk24Name(unlabelled, text, &a)     // pk24.go: a registry, a part, a result or a nickname named, the package instead
			pk25LeadCode(unlabelled, text, &a) // pk25.go: a place or a class still named, the lead's code instead
		}
		if !a.Coverage && !cov23Off && (cov23Form(unlabelled) || cov23Purpose(unlabelled, &a)) {
			a.Coverage = true // cov23.go: an explainer, a look back, a question, a vendor coping with a hold; whichever path alerted
		}
		if !a.Coverage && !cov23bOff && (aheadOfHold(unlabelled, &a) || heardOnAlert(unlabelled)) {
			a.Coverage = true // cov23b.go: a hold the news is ahead of, a hearing; whichever path alerted
		}
		if !a.Coverage && !cov23cOff && vendorPromises(unlabelled, &a) {
			a.Coverage = true // cov23c.go: the vendor's own statement or promise; whichever path alerted
		}
		if !a.Coverage && !cov24Off && cov24Coverage(unlabelled, &a) {
			a.Coverage = true // cov24.go: the lead's background, a genre's item, a product used by spies, a vendor reporting; whichever path alerted
		}
		cat25Category(unlabelled, text, &a)       // cat25.go: a store's pull of a turned release, a ban's word describing goods, the FCC's designation, a backdoor found
		m.name25Pair(unlabelled, text, &a)        // name25.go: the maker and the product both, a tie the title or the lead writes
		m.acr25Pair(unlabelled, text, &a)         // acr25.go: a name and its acronym both, written together
		m.name26Tie(unlabelled, text, &a)         // name26.go: a maker and its product both, tied in the clause
		cat26Category(unlabelled, text, &a)       // cat26.go: the act's actor, verb and object over a reason's, a described thing's or the lead's word; after the namers, so names stay as they were
		official26Continued(unlabelled, text, &a) // official26.go: a legal name's rest ("China Mobile International USA Inc.") is no second name
	}
	if (!ok || a.Coverage) && reached {
		// official26.go: a notice's act written as a noun, the government
		// its author; its title holds a name or a word of the lexicon
		// ("Additions to the Entity List", not "Additions to the List of
		// Approved Drone Vendors").
		if t, nominal := official26Nominal(unlabelled); nominal {
			if b, news := m.Match(t, text); news && !b.Coverage {
				b.Evidence = strings.Replace(b.Evidence, clean(t), clean(title), 1)
				return b, true
			}
		}
	}
	if !ok && reached && m.rules.AnyVendor {
		if b, news := m.c26DescribedAlert(present, text, gate); news {
			return b, true // class26.go: a vendor described, not named
		}
	}
	if !ok && (strings.Contains(unlabelled, "fake") || strings.Contains(unlabelled, "poof") || strings.Contains(unlabelled, "typo")) {
		// pk23.go: a maintainer phished through a fake site; the fake
		// is the lure, not the packages.
		if cut := pk23Lured(unlabelled); cut != "" {
			if b, news := m.Match(cut, text); news && !b.Coverage && (b.Category == trust.CategoryOSS || b.Category == trust.CategoryCompromise) {
				b.Evidence = strings.Replace(b.Evidence, clean(cut), clean(title), 1)
				return b, true
			}
		}
	}
	return a, ok
}

// match is Match without the rescue; described is set when title is a
// title whose description of a vendor was replaced by the lead's name for
// it (describedLead), which is not tried again. *reached is set when the
// item passes the early exit (a vendor or a term in the title), for the
// rescue, and reached.leadSignal when it ends there with a signal among
// the lead's hits (exit24.go); reached may be nil. titleGate, when not nil, is
// newItem(title), made by the caller.
func (m *Matcher) match(title, text string, described bool, reached *reachState, titleGate *item) (trust.Alert, bool) {
	orig := text
	text = stripCredit(text)
	body := text
	text = m.lead(text)
	// "Italy just banned ChatGPT. Could the US be next?": the news is
	// the statement; the question after it is commentary, and its talk
	// words are not the news's. (The alert's title stays the article's.)
	if t := statementOnly(title); len(t) != len(title) {
		title, titleGate = t, nil
	}
	// Room for the hits on the stack; a text that outgrows it before
	// naming a vendor is scanned again (scanState). A long text (every sentence read) gets more
	// room, so that it is mostly scanned once; a short one keeps the
	// small buffer, whose zeroing costs it less.
	var buf [64]hit
	ss := scanState{hits: buf[:0]}
	if len(text) > 4<<10 {
		var large [256]hit
		ss.hits = large[:0]
	}
	ss = m.ac.scan(ss, title)
	nTitle := len(ss.hits)
	ss = m.ac.scan(ss, text)
	// Without a registry vendor only the title can still alert: an
	// action on a class of products, or (AnyVendor) on a vendor named as
	// written, by a shape one of the openers lets read it (openers.go).
	// The early gates' words, in one pass (wordsets.go).
	gate := titleGate
	if gate == nil {
		gate = newItem(title)
	}
	if !ss.vendor && nTitle == 0 && !(m.rules.AnyVendor && m.vendorlessOpens(title, body, gate.gateBits)) {
		// authority.go: a title with no word of its own may describe
		// the vendor its lead names with a word of the lexicon.
		if reached != nil {
			reached.leadSignal = ss.overflow || m.anySignal(ss.hits) // exit24.go: the exit's rescue, read off the hits already found
		}
		return m.describedOnly(title, orig, body, nil, described || len(ss.hits) == 0, gate)
	}
	if reached != nil {
		reached.reached = true
	}
	if ss.overflow {
		ss = scanState{grow: true}
		ss = m.ac.scan(ss, title)
		nTitle = len(ss.hits)
		ss = m.ac.scan(ss, text)
	}
	hits := ss.hits
	markClauses(title, hits[:nTitle])

	var best unit
	question := isQuestion(title)
	if !ss.vendor && !classrevOpen(gate.gateBits) && !authority4Open(gate.gateBits) && !govclassOpen(gate.gateBits) && !gov9Open(gate.gateBits) && !gov10Open(gate.gateBits) && !lk14Open(gate.gateBits) && m.cueOnly(hits[:nTitle], title, text, hits[nTitle:], question, gate) && !m.futileAlert(title, body, hits[:nTitle], question, gate).ok &&
		!m.named4Alert(title, body, hits[:nTitle], question, gate).ok && !m.dl14Alert(title, body, hits[:nTitle], question, gate, unit{}).ok {
		// cue.go: a cue that no shape reads is no news, unless the title
		// describes a vendor the lead names (authority.go) or an
		// evidence rule reads it (fallback.go).
		if a, ok := m.describedOnly(title, orig, body, hits[:nTitle], described, gate); ok {
			return a, true
		}
		return m.fallback(title, orig, text, body, hits, nTitle, question, gate, described, unit{})
	}
	if u := m.scoreUnit(hits[:nTitle], true, true, question); u.ok {
		best = u
		best.evidence = clean(title)
	} else if u := m.clauses(title, hits[:nTitle], question); u.ok {
		// "19 states choke TikTok on gov't devices; feds push for
		// nationwide restrictions": the talk is the other clause's.
		best = u
		best.evidence = clean(title)
	} else if u := m.officialAlert(title, hits[:nTitle], question, gate); u.ok {
		// Before the package shapes: a turned copy from the vendor's own
		// site is the vendor's, never a package's (official.go).
		best = u
	} else if u := m.supplyAlert(title, text, hits[:nTitle], hits[nTitle:], question, gate); u.ok {
		best = u
	} else if u := m.shapeAlert(title, text, hits[:nTitle], question, gate); u.ok {
		best = u
	} else if u := m.findingAlert(title, hits[:nTitle], question); u.ok {
		best = u
	} else if u := m.warnLead(title, body, hits[:nTitle], question, gate); u.ok {
		// "FBI warns ... Barracuda ESG" — "urges customers to replace"
		best = u
	} else if u := m.futileAlert(title, body, hits[:nTitle], question, gate); u.ok {
		// "FBI: Patches for Barracuda ESG zero-day are ineffective"
		best = u
	} else if u := m.watchdogAlert(title, body, hits[:nTitle], question, gate); u.ok {
		// "Italy's privacy watchdog orders DeepSeek app blocked"
		best = u
	} else if m.sentencesMayScore(hits[nTitle:], nTitle) {
		best = m.sentenceUnits(title, text, hits, nTitle, question)
	}
	if !best.ok {
		best = m.classAlert(title, hits[:nTitle], question, gate)
		if best.ok && m.rules.AnyVendor {
			best = m.nm14Named(title, text, hits[:nTitle], question, best) // a name the action holds outranks the class beside it (names14.go)
		}
		if best.ok && !described && oneDescribed(title, best.vendors) {
			// "Commerce blacklists Chinese AI startup" — "... added
			// Zhipu AI": one vendor described, not a class (authority.go).
			if a, ok := m.describedLead(title, orig, body, hits[:nTitle], gate); ok {
				return a, true
			}
		}
	}
	if !best.ok {
		best = m.classrevAlert(title, text, hits[:nTitle], question, gate) // advice to drop, walk-backs (classrev.go)
	}
	if !best.ok {
		best = m.authority4Alert(title, text, hits[:nTitle], question, gate) // duties to disconnect, data-flow warnings, returns (authority4.go)
	}
	if !best.ok || best.coverage && !best.inTitle {
		// gov9.go: stores, orders, courts, listings undone; the title's
		// shape outranks the lead's coverage.
		if u := m.gov9Alert(title, text, hits[:nTitle], question, gate); u.ok {
			best = u
		}
	}
	if !best.ok || best.coverage && !best.inTitle {
		// gov10.go: plural bodies, returns, orders by their noun.
		if u := m.gov10Alert(title, text, hits[:nTitle], question, gate); u.ok {
			best = u
		}
	}
	if !best.ok || !best.inTitle || best.across {
		// store9.go: a store pulling an extension gone rogue; the
		// title's shape outranks a name from the lead.
		if u := m.store9Alert(title, text, question, gate); u.ok {
			best = u
		}
	}
	if !best.ok || best.coverage && !best.inTitle ||
		best.category == trust.CategoryDistrust && len(best.vendors) == 1 && best.vendors[0].Unlisted && describedCA(best.vendors[0].Name) {
		// Distrust told from the root's side (rootstore.go); its title
		// is the news even when the lead's sentence scored alone, and
		// its lead names the authority a title only describes.
		if u := m.certSideAlert(title, text, hits[:nTitle], question); u.ok {
			best = u
		}
	}
	if (!best.ok || best.coverage && !best.inTitle || bd10Described(best, title, body)) && m.rules.AnyVendor {
		if u := m.bd10Alert(title, body, hits[:nTitle], question, gate); u.ok {
			best = u // a way in its maker left in a product (backdoor10.go)
		}
	}
	if !best.ok && m.rules.AnyVendor {
		best = m.unlisted(title, text, hits[:nTitle], question)
	}
	victim := best.ok && qt15Victim(best) && !qt15Class(best)
	if (!best.ok || qt15Kind(best) || qt15Class(best) || victim) && m.rules.AnyVendor && qt15Open(gate.gateBits) {
		// quiet15.go: a name as the subject of a passive form, or the
		// object of an authority undoing; it outranks a kind as written,
		// a class that describes it and a registry vendor the reason for
		// its sanctions names.
		if u := m.qt15Alert(title, text, hits[:nTitle], question, best.ok && qt15Class(best)); u.ok && (!victim || u.category == trust.CategorySanctions) {
			best = u
		}
	}
	// lk14 reads the tie's structure, so its category outranks the one
	// unlisted took from the signal's word ("Arvoro spied for Beijing"
	// is state links, not espionage).
	if !best.ok || best.coverage && !best.inTitle || lk14Recategorise(best) {
		if u := m.lk14Alert(title, body, hits[:nTitle], question, gate); u.ok {
			best = u // lk14.go: a tie to a state's body, spying charged
		}
	}
	if !best.ok || best.coverage && !best.inTitle {
		// nm12.go: a state's own use stopped; the title's shape outranks
		// the lead's coverage.
		if u := m.nm12OwnStopAlert(title, text, hits[:nTitle], question, gate); u.ok {
			best = u
		}
	}
	if !best.ok && m.rules.AnyVendor {
		best = m.supplyLead(title, body, hits[:nTitle], question) // the vendor in the summary's first sentences
	}
	if !best.ok && m.rules.AnyVendor {
		best = m.productLeadAlert(title, body, hits[:nTitle], question) // a described product's brand in the summary (backdoor9.go)
	}
	if !best.ok {
		best = m.builtInAlert(title, text, hits[:nTitle], question) // a login the vendor built in (builtin.go)
	}
	if (!best.ok || !best.inTitle) && m.rules.AnyVendor {
		if u := m.named4Alert(title, body, hits[:nTitle], question, gate); u.ok && (!best.ok || u.inTitle) {
			best = u // named4.go: a channel named in the title outranks the lead's
		}
	}
	if !best.ok {
		best = m.channelAlert(title, hits[:nTitle], question) // a named product's channel swapped or hijacked (official.go)
	}
	if (!best.ok || best.coverage && !best.inTitle) && m.rules.AnyVendor {
		// vendorchan.go: a vendor's channel turned, from title and lead;
		// a channel named in the title outranks the lead's coverage.
		if u := m.vendorchanAlert(title, body, hits[:nTitle], question, gate); u.ok && (!best.ok || u.inTitle) {
			best = u
		}
	}
	if !best.ok && m.rules.AnyVendor {
		best = m.chan9Alert(title, body, hits[:nTitle], question, gate) // a described or speaking vendor's channel turned (chan9.go)
	}
	if !best.ok || best.coverage && !best.inTitle || best.inTitle && best.category == trust.CategorySanctions && !hasWordIn(title, st10Listing) {
		// state10.go: state links and espionage findings; a tie told in
		// the title outranks a word of sanctions beside it that lists
		// nothing ("aids China's military and evaded export controls").
		if u := m.st10Alert(title, body, hits[:nTitle], question, gate); u.ok && (!best.ok || best.coverage || u.category == trust.CategoryStateLinks) {
			best = u
		}
	}
	if !best.ok && m.rules.AnyVendor {
		best = m.chan10Alert(title, body, hits[:nTitle], question, gate) // a channel turned, told across title and lead (chan10.go)
	}
	if (!best.ok || best.coverage || ch14Unnamed(best)) && m.rules.AnyVendor {
		// chain14.go: a channel turned in the active voice, told by its
		// vendor, or by a trade the lead names; a vendor telling of its
		// own channel is news, not coverage.
		if u := m.ch14Alert(title, body, hits[:nTitle], question, gate); u.ok {
			best = u
		}
	}
	if !best.ok && m.rules.AnyVendor {
		best = m.oss11Alert(title, hits[:nTitle], question, gate) // releases pushed with harm, code added to a package (oss11.go)
	}
	if !best.ok && m.rules.AnyVendor && hasWorm(title) {
		best = m.wormAlert(title, hits[:nTitle], question) // a worm through a registry (registry.go)
	}
	if !best.ok && m.rules.AnyVendor && maliciousOpen(title) {
		best = m.maliciousNamedAlert(title, text, hits[:nTitle], question) // releases of a named package (registry.go)
	}
	if !best.ok && m.rules.AnyVendor && campaignWord(title) {
		best = m.campaignAlert(title, text, hits[:nTitle], question) // a campaign's title, the lead's package (osstakeover.go)
	}
	if !best.ok && m.rules.AnyVendor {
		best = m.ossevAlert(title, text, hits[:nTitle], question, gate) // a package compromise from evidence across title and lead (ossev.go)
	}
	if !best.ok && m.rules.AnyVendor {
		best = m.waveLeadAlert(title, text, hits[:nTitle], question, gate) // a wave's packages named in the lead (oss12.go)
	}
	if !best.ok && m.rules.AnyVendor {
		best = m.os12SupplyAlert(title, text, hits[:nTitle], question) // a supply chain attack on a package the lead describes (oss12r.go)
	}
	if !best.ok && m.rules.AnyVendor && ossr10Open(title, body, gate.gateBits) {
		best = m.ossr10Alert(title, hits[:nTitle], question) // packages a title lists beside a count, a malicious commit (ossr10.go)
	}
	if !best.ok && m.rules.AnyVendor {
		best = m.pk15Alert(title, text, hits[:nTitle], question) // code found in a package, a maintainer's word (pk15.go)
	}
	if !best.ok && m.rules.AnyVendor {
		best = m.pk16Alert(title, hits[:nTitle], question) // a release by its version shipping harm, a package hit by a supply-chain attack (pk16.go)
	}
	if m.rules.AnyVendor {
		best = m.unnamedAlert(title, text, hits[:nTitle], question, gate, best) // trusted packages compromised, none named (unnamed.go)
	}
	if !best.ok && !m.namesVendor(hits[nTitle:]) {
		// an authority's action on a class, across title and lead
		// (class9.go); a lead naming the vendors is describedLead's
		best = m.class9AlertBits(title, text, hits[:nTitle], question, cl9Of(gate.gateBits))
	}
	if u := m.dl14Alert(title, body, hits[:nTitle], question, gate, best); u.ok {
		// delist14.go: a seller pulling a vendor's goods; its motive
		// (a backdoor, spying) is why, and the lead's report is news.
		best = u
	}
	if u := m.dl16Alert(title, body, hits[:nTitle], question, best, gate); u.ok {
		// delist16.go: a vendor taken off a list of the trusted; its
		// motive (state links) is why.
		best = u
	} else if u := m.dl16Reversal(title, body, hits[:nTitle], question, best, gate); u.ok {
		best = u // delist16.go: back after a hold the lead tells, a court's overstep
	}
	if !described && (!best.ok || best.coverage && !best.inTitle || best.leadOfDescribed) {
		// "Pentagon adds Chinese drone maker to list" — "... added DJI":
		// the title describes the vendor, the lead names it.
		if a, ok := m.describedLead(title, orig, body, hits[:nTitle], gate); ok {
			return a, true
		}
	}
	if a, ok := m.settle(title, orig, text, body, hits, nTitle, question, gate, described, best); ok || !best.ok {
		return a, ok
	}
	// A candidate a later veto or name check dropped: the evidence rules
	// the chain skipped for it get their turn (fallback.go).
	return m.fallback(title, orig, text, body, hits, nTitle, question, gate, described, best)
}

// sentencesMayScore reports whether a sentence of the text may score, or
// the title may with the lead: a sentence scores with a vendor and a
// signal of its own, so a text whose hits lack either needs no sentence
// split (reading every sentence, most texts; the split was as costly as
// the automaton's scan of them).
func (m *Matcher) sentencesMayScore(body []hit, nTitle int) bool {
	if m.rules.LeadSentences > 0 && nTitle > 0 {
		return true
	}
	vendor, signal := false, false
	for _, h := range body {
		vendor = vendor || m.hasVendor[h.pat]
		signal = signal || m.has(h.pat, kindSignal)
		if vendor && signal {
			return true
		}
	}
	return false
}

// sentenceUnits is the best-scoring unit of the text's sentences, each
// read on its own, or of the title read with the lead.
func (m *Matcher) sentenceUnits(title, text string, hits []hit, nTitle int, question bool) unit {
	var best unit
	body := hits[nTitle:]
	var buf [64][2]int // enough for most texts: no allocation
	spans := sentenceSpans(text, buf[:0])
	j := 0
	for si, sp := range spans {
		if si == len(spans)-1 {
			sp[1] = len(text) // the final space may follow trailing blanks
		}
		k := j
		// Only space lies between sentences, so a match's last word
		// character is inside the sentence it belongs to.
		for k < len(body) && body[k].off <= sp[1] {
			k++
		}
		if k > j {
			if u := m.score(body[j:k], false); u.ok && u.score > best.score && m.leadStrong(u) {
				best = u
				best.evidence = clean(text[sp[0]:sp[1]])
				news, described := false, false
				if si == 0 {
					// The first sentence from the text's start: the
					// hits' offsets are the text's.
					news, described = m.leadNews(u, title, hits[:nTitle], body[j:k], text[:sp[1]])
				}
				best.coverage = !news
				best.leadOfDescribed = described
			}
		}
		if si == 0 && m.rules.LeadSentences > 0 && !best.ok && nTitle > 0 {
			// Title and lead read together: the vendor in one, the
			// signal in the other.
			// The pair is a headline: the title's bonus applies.
			both := append(append([]hit(nil), hits[:nTitle]...), body[:k]...)
			if u := m.scoreUnit(both, true, true, question); u.ok {
				best = u
				best.inTitle = false
				// The title says what happened and the lead who it
				// happened to ("FCC bans Chinese cameras" — "...
				// Hikvision, Dahua"): news. A title that only names
				// the vendor, with the trust word in the lead, is
				// mostly a story about something else: coverage.
				// So does a title whose actor or channel is not the
				// shape of a trust event ("Shorts is banning links").
				best.coverage = !actedOn(u.category, headline(titleWords(title)), titleWords(text[sp[0]:sp[1]])) ||
					!m.coreSignal(hits[:nTitle], 0) && !m.coreSignal(body[:k], 1) ||
					u.category == trust.CategoryDelisting && !m.leadPulls(body[:k], text[sp[0]:sp[1]], u.vendors)
				best.across = true
				best.evidence = clean(title) + " — " + clean(text[sp[0]:sp[1]])
			}
		}
		j = k
	}
	return best
}

// settle is the end of match for the chain's candidate best: its
// adjustments, the vetoes and name checks, and the alert.
func (m *Matcher) settle(title, orig, text, body string, hits []hit, nTitle int, question bool, gate *item, described bool, best unit) (trust.Alert, bool) {
	best = m.govclassAdjust(title, text, hits[:nTitle], question, gate, best) // an authority's action told without it (govclass.go)
	if !best.ok || financialService(title, best.vendors) || nonTechTrade(title, best.vendors) || best.inTitle && (accusedIsState(title) || lawmakersAsk(title) || rumouredStep(title)) || class9Vetoed(title, text, best) || class10Vetoed(title, text, best) || cl11Vetoed(title, text, best) || cl12Vetoed(title, best) || cl13Vetoed(title, best) || cl15Vetoed(title, best) || cl16VendorSues(title, best) || cl16PassedReview(title, best) || dl14Vetoed(title, best) || dl16Exchange(title) ||
		best.across && warnsOfAttacks(title) {
		// A vetoed title that describes its vendor is read again with
		// the lead's name for it (describedLead has been tried when
		// nothing alerted).
		return m.describedOnly(title, orig, body, hits[:nTitle], described || !best.ok, gate)
	}
	if routerBotnet(title, gate) {
		return trust.Alert{}, false // a botnet of hijacked devices is not their maker's (named4.go)
	}
	if st10Denied(title, best) {
		return trust.Alert{}, false // a vendor saying it never sent data to a state (state10.go)
	}
	if m.gov9Settle(title, text, hits[:nTitle], &best) {
		return trust.Alert{}, false // a court keeping a listing (gov9.go)
	}
	if fp20Vetoed(title, hits[:nTitle], best, m) {
		return trust.Alert{}, false // the action's words without its shape (fp20.go)
	}
	if m.workplaceRule(title, text, hits[:nTitle], &best) {
		return trust.Alert{}, false // a company's rule for its staff (lookalike.go)
	}
	if m.lookalike(title, text, body, hits[:nTitle], &best) {
		// The vetoes read the title's words; one that describes its
		// vendor is read again with the lead's name for it
		// ("Treasury sanctions Iranian company behind election hacks"
		// is not "sanctions on hackers").
		return m.describedOnly(title, orig, body, hits[:nTitle], described, gate)
	}
	if best.category == trust.CategoryCompromise && (throughVulnerability(title) || attackersImplant(title) || countedLogins(title) || plantedBy(title)) ||
		(best.category == trust.CategoryCompromise || best.category == trust.CategoryOSS) && (stillShipped(title) || bd10Withdrawn(title)) ||
		best.category == trust.CategoryEspionage && (plantedBy(title) || cl16AttackersSent(title)) {
		// "Ivanti VPN backdoored by Chinese hackers exploiting
		// zero-days": attackers breaking in through a flaw, not the
		// vendor shipping anything (trust-events.md).
		return trust.Alert{}, false
	}
	if best.category == trust.CategoryDistrust && (selfRevocation(title) || expiryOnly(title)) {
		return trust.Alert{}, false // revocation.go: a CA revoking its own certificates is routine
	}
	if (best.category == trust.CategoryCompromise || best.category == trust.CategoryOSS) && (researchDemo(title) || untrustedSubject(title) || fakeCopy(title) || couldOnly(title) ||
		len(best.vendors) == 1 && countVerbName(title, best.vendors[0].Name)) {
		// "Researchers hijack popular npm package to show...": what
		// attackers could do; "Malicious PyPI packages hijack Discord
		// accounts": packages never trusted (registry.go).
		return trust.Alert{}, false
	}
	if commentary(title) || best.inTitle && m.afterClause(title, hits[:nTitle]) && !shapeBefore(title, best.shapeEnd) && !liftedClause(title) && !removedAfterTurn(title, &best) && !lossAfterTurn(title, &best) && !staysAfterReversal(title, &best) && !rv17MainClause(title, &best) && !ch14OwnAfter(title, &best) && !pk16AfterTurn(title, &best) &&
		!groundedBeforeTurn(title) && !storeRemovesBeforeTurn(title, &best) && !turnToldAfter(title, &best) ||
		best.category == trust.CategoryCompromise && legalAftermath(title) {
		best.coverage = true
	}
	if best.inTitle && (best.category == trust.CategoryEspionage || best.category == trust.CategoryStateLinks) {
		// "Pentagon adds Xiaomi to list of Communist Chinese military
		// companies": the listing is the news, the military ties its
		// reason.
		words := gate.words(title)
		v, l, ok := listAdd(words)
		if !ok {
			// "Pentagon lists Tencent and CATL as Chinese military
			// companies"
			v, l, ok = listAs(words)
		}
		if ok {
			best.category = trust.CategorySanctions
			best.signals = append([]trust.SignalHit{{Term: joinSpan(words, v, l), Category: trust.CategorySanctions, Weight: supplyWeight}}, best.signals...)
		}
	}
	if best.inTitle && best.category != trust.CategoryReversal {
		if term, ok := reversalShape(title); ok || (classrevOpen(gate.gateBits) || gate.all(gLift, gLiftObj)) && classrevUndone(title, &term) {
			// "Court blocks Trump's WeChat ban", "Xiaomi removed from US
			// blacklist": the action is being undone.
			best.category = trust.CategoryReversal
			best.signals = append([]trust.SignalHit{{Term: term, Category: trust.CategoryReversal, Weight: 5}}, best.signals...)
		}
	}
	if best.across && best.category != trust.CategoryReversal {
		liftedAcross(title, text, question, &best) // lifted.go
	}
	if best.category != trust.CategoryReversal {
		recategorize(title, &best)          // category.go
		class9Investment(title, &best)      // class9.go: investment barred is a sanction
		class10Category(title, text, &best) // class10.go: own use stopped is a ban, advice a directive
		cl12Category(title, text, &best)    // cl12.go: walk-backs, orders to own bodies or to others, government sites
		cl13Category(title, &best)          // cl13.go: an order to disconnect, a cyber agency's order
	}
	if !m.oss12After(title, text, &best) {
		return trust.Alert{}, false // oss12.go: the field's statistics; names of events, registries, platforms
	}
	m.leadForRegistry(title, text, &best)
	m.ossSupplyChain(title, text, &best)
	ossRelease(title, &best) // osspassive.go
	if judgedAfter(title, &best) {
		return trust.Alert{}, false // commentary on a package compromise (ossnames.go)
	}
	if (best.category == trust.CategoryOSS || best.category == trust.CategoryCompromise) && ossr10AimedAt(title, text) {
		return trust.Alert{}, false // whom a known attack first went after (ossr10.go)
	}
	if !m.nonNameVendors(title, text, &best) || !m.renameVendors(title, text, &best) { // names4.go: a grammar word named
		return trust.Alert{}, false
	}
	// The lead's package for a title that only describes it; a vendor
	// named only as a past case compared with (oss10.go).
	if m.leadPackageFor(title, text, &best); !dropCompared(title, &best) {
		return trust.Alert{}, false
	}
	lw := settleLead{text: text}
	m.namesAround(title, &lw, &best) // names5.go: owners, speakers, makers, lists
	if !m.sentenceWords(title, &lw, &best) {
		return trust.Alert{}, false // names6.go: a word of the sentence named, nothing to name instead
	}
	m.nm10Descriptors(title, text, &best) // names10.go: a title's opening description named, the lead's name instead
	m.nm10Owners(title, text, &best)
	m.nm10Products(&lw, &best) // names10.go: the lead's speaker of "its" named product
	if !m.gov10After(title, text, &best) {
		return trust.Alert{}, false // gov10.go: censorship, purges, a listing that stands; categories and names
	}
	m.ossr10Names(title, text, &best) // ossr10.go: listed packages, not their registry; a firm's own extension
	m.os12Rename(title, body, &best)  // oss12r.go: the package beside its channel, not the channel; the lead's first two sentences
	if !precision5After(title, body, &best) {
		return trust.Alert{}, false // precision5.go: policy after a compromise, exposed hosts, copies, accounts, own rules
	}
	if !precision9After(title, body, &best) {
		return trust.Alert{}, false // precision9.go: statistics, fake sites, traffic hijacked in the middle, other motives
	}
	if !precision10After(title, body, &best) {
		return trust.Alert{}, false // precision10.go: denials, walk-backs, known attacks, background listings, speech, default passwords
	}
	if !chan9After(title, body, &best) {
		return trust.Alert{}, false // chan9.go: the channel's owner, not a kind word or a reporter; copies the attackers served
	}
	if !vendorchanAfter(title, body, &best) {
		return trust.Alert{}, false // vendorchan.go: the attackers' channel, or the vendor's own site named
	}
	if !chan10After(title, body, &best) {
		return trust.Alert{}, false // chan10.go: keys stolen for anyone's malware, customers' servers exploited; the channel's owner named
	}
	if !pr11After(title, body, &best) {
		return trust.Alert{}, false // pr11.go: fake apps removed, laws only proposed, trade bans
	}
	m.pn13Names(title, body, &best) // pn13.go: the package, not a sentence word, dependency or campaign
	os12DropChannels(&best)         // oss12r.go: a registry beside the package it hosts

	cl15Category(title, text, &best) // cl15.go: an order to rid a class, an order of a ban
	a := trust.Alert{
		Vendors:  best.vendors,
		Signals:  best.signals,
		Category: best.category,
		Score:    best.score,
		Severity: m.rules.SeverityFor(best.score),
		Evidence: best.evidence,
		InTitle:  best.inTitle,
		Across:   best.across,
		Coverage: best.coverage,
	}
	if a.Category == trust.CategoryReversal {
		// Good news: never above medium.
		a.Severity = min(a.Severity, trust.SeverityMedium)
	}
	a.Summary = Summarize(a.Evidence, title, text)
	return a, true
}

// shapeAlert reads a title for the removal and action shapes. Both build
// on a signal word of the title ("removes", "blocks", "ban"): without one
// there is nothing for them to read, and the title's words are not split.
// gate is gateSets.in(title), read once by match.
func (m *Matcher) shapeAlert(title, lead string, hits []hit, question bool, gate *item) unit {
	signal := false
	for _, h := range hits {
		if m.has(h.pat, kindSignal) || m.cue(h.pat, cueAuthority) && actorNamed(title) {
			signal = true
			break
		}
	}
	if !signal {
		// A registry vendor with no signal word beside it: the shapes
		// whose words are no lexicon phrase ("Judge orders NSO to...",
		// "agencies ordered to immediately remove Kaspersky").
		for _, h := range hits {
			if m.hasVendor[h.pat] {
				if u := m.actionAlert(title, lead, hits, question, gate); u.ok {
					return u
				}
				if u := m.removalAlert(title, lead, hits, question, gate); u.ok {
					return u // "DeepSeek disappears from Apple and Google app stores"
				}
				return m.govAlert(title, lead, hits, question, gate)
			}
		}
		if leftoverOpen(gate.gateBits) || leftovers3Open(gate.gateBits) {
			// An unlisted product's owner told to sell, its data sent to
			// a state (leftovers2.go).
			return m.govAlert(title, lead, hits, question, gate)
		}
		if storeDisablesOpen(gate.gateBits) {
			return m.removalAlert(title, lead, hits, question, gate) // a store disables an extension (named3.go)
		}
		if actionOpen(gate.gateBits) {
			return m.actionAlert(title, lead, hits, question, gate) // a listing undone, drones grounded (named3.go)
		}
		return unit{}
	}
	if u := m.removalAlert(title, lead, hits, question, gate); u.ok {
		return u
	}
	if u := m.actionAlert(title, lead, hits, question, gate); u.ok {
		return u
	}
	return m.govAlert(title, lead, hits, question, gate)
}

// coreSignal reports whether hits hold a signal of at least CoreWeight
// plus extra.
func (m *Matcher) coreSignal(hits []hit, extra float64) bool {
	for _, h := range hits {
		for _, r := range m.refs[h.pat] {
			if r.kind == kindSignal && !m.needs[r.idx] && m.signals[r.idx].Weight >= m.rules.CoreWeight+extra {
				return true
			}
		}
	}
	return false
}

// leadNews reports whether a lead sentence that holds a trust event of
// its own (u) is the news of its title. Two titles leave the lead to say
// it: one naming the same vendor and nothing more ("DeepSeek faces new
// restrictions in South Korea" — "South Korea's data regulator suspended
// new downloads of DeepSeek over privacy concerns"), and one telling a
// trust action, or an authority acting, on vendors it does not name
// ("FCC adds Russian cybersecurity firm to national security threat
// list" — "The FCC added Kaspersky Lab ... to its Covered List"). The
// lead must show the shape a title would (an authority acting, a
// channel); background in it ("last year") is routine and has lowered u
// already. A reporter ("FCC says") or a decision word is no story of the
// title's own.
func (m *Matcher) leadNews(u unit, title string, titleHits []hit, leadHits []hit, sentence string) (news, described bool) {
	for _, s := range u.signals {
		if s.Weight < 0 {
			return false, false // talk or routine in the lead: not plainly news
		}
	}
	named, other, signal, any, reported := false, false, false, false, false
	for _, h := range titleHits {
		for _, r := range m.refs[h.pat] {
			switch r.kind {
			case kindCue:
				continue // a cue is no word of the story's until a shape reads it
			case kindReporterAfter, kindReporterBefore:
				reported = true // "..., FCC says"
				continue
			case kindSignal:
				s := m.signals[r.idx]
				if m.needs[r.idx] || s.Weight <= 0 {
					return false, false
				}
				// The title's action is the lead's: "FCC adds ... to
				// national security threat list" — "added ... to its
				// Covered List", not a ban told beside a state tie.
				signal = signal || s.Category == u.category
				any = true
				continue
			case kindVendor:
			default:
				// Talk, routine or a decision in the title says its
				// story is another (a proposal, a product): not plainly
				// news.
				return false, false
			}
			in := false
			for _, v := range u.vendors {
				in = in || m.vendors[m.vendorTerms[r.idx].vendor].Name == v.Name
			}
			named = named || in
			other = other || !in
		}
	}
	if other || !actedOn(u.category, titleWords(sentence), nil) {
		// A title naming another vendor is its story ("House China
		// committee calls DeepSeek ..." — "... linked to state-owned
		// China Mobile").
		return false, false
	}
	if named {
		// A title that names the lead's vendor and says something of
		// it ("Former Huawei supplier fined ...") tells its own story.
		return !any && !reported, false
	}
	// A title with a trust word of another action tells that one ("UK
	// government bans Chinese cameras" — "... subject to China's
	// National Intelligence Law"); one with none must show an
	// authority acting ("Three more Chinese-owned carriers land on the
	// FCC's national security list").
	// The lead's dates hold too: "SMIC, which the US added to the
	// Entity List in 2020, opened a new fab" is history. A compromise
	// title names its own channel; a lead's other one is a past attack
	// compared ("in a style reminiscent of the attack on 3CX").
	// So does a relative clause: "Hikvision, which the Pentagon says has
	// ties to China's military, will supply cameras" (background).
	if u.category == trust.CategoryCompromise || u.category == trust.CategoryOSS {
		return false, false
	}
	news = (signal || !any && actedOn(u.category, headline(titleWords(title)), nil)) && !pastBackground(sentence) && !m.background(sentence, leadHits)
	return news, news
}

// leadStrong holds a unit outside the title to the title's bar when only
// the lead is read: a headline says what the news is, and a signal word
// in a summary's first sentence next to a vendor is as often context.
func (m *Matcher) leadStrong(u unit) bool {
	return m.rules.LeadSentences == 0 || u.score >= m.rules.Threshold+m.rules.TitleBonus
}

// lead is the part of text that is read: its first LeadSentences
// sentences, or all of it when LeadSentences is 0.
func (m *Matcher) lead(text string) string {
	n := m.rules.LeadSentences
	if n <= 0 || text == "" {
		return text
	}
	// Sentences are short: look at a bounded prefix, so that a long body
	// costs nothing more.
	head := text
	if len(head) > 2048 {
		head = head[:2048]
	}
	var buf [64][2]int // enough for 2 KiB of ordinary prose: no allocation
	spans := sentenceSpansUpTo(head, buf[:0], n)
	if len(spans) == 0 {
		return ""
	}
	if n > len(spans) {
		n = len(spans)
	}
	return head[:spans[n-1][1]]
}

type unit struct {
	ok       bool
	inTitle  bool
	coverage bool // a further report, not news alone
	// leadOfDescribed: a lead sentence read as the news of a title that
	// describes its vendors (leadNews); describedLead reads it first.
	leadOfDescribed bool
	across          bool // vendor and signal met across the title and the lead
	shapeEnd        int  // where a supply-chain shape ends in the title (byte offset); 0 for none
	score           float64
	category        trust.Category
	vendors         []trust.VendorHit
	signals         []trust.SignalHit
	evidence        string
}

// score rates the hits of one unit (title or sentence), ordered by end.
func (m *Matcher) score(hits []hit, inTitle bool) unit {
	return m.scoreUnit(hits, inTitle, true, false)
}

// scoreUnit is score; without needVendor a unit of signals alone is rated
// too (for unlisted vendors); question is a title ending in "?".
func (m *Matcher) scoreUnit(hits []hit, inTitle, needVendor, question bool) unit {
	return m.scoreUnitWith(hits, inTitle, needVendor, question, nil, false)
}

// scoreUnitWith is scoreUnit with one more signal than the hits give
// (a headline's shape, supplyShape); decides: the shape is a decision
// taken, so talk does not lower the score ("sell or face a ban").
func (m *Matcher) scoreUnitWith(hits []hit, inTitle, needVendor, question bool, extra *trust.SignalHit, decides bool) unit {
	u := unit{inTitle: inTitle}
	var weights [16]float64 // per category, index in trust.Categories
	var heaviest float64
	routineSeen := map[int32]bool{}
	talkSeen := map[int32]bool{}
	if question {
		talkSeen[-1] = true
	}
	decided := decides
	for _, h := range hits {
		if m.has(h.pat, kindDecision) {
			decided = true
		}
	}
	signalSeen := map[int32]bool{}
	vendorSeen := map[int32]bool{}
	motive := int32(-1)
	// Talk and the turns before it, and the fewest turns before a
	// signal: talk in a reason or time clause after the signal's is
	// not the action's ("bans TikTok after hearing").
	var talkBuf [4][2]int32
	talkAt := talkBuf[:0]
	sigTurns := int32(1<<31 - 1)
	for i, h := range hits {
		for _, r := range m.refs[h.pat] {
			switch r.kind {
			case kindVendor:
				if m.nested(hits, i, kindVendor) || m.reported(hits, i) {
					continue
				}
				vt := m.vendorTerms[r.idx]
				if vendorSeen[vt.vendor] {
					continue
				}
				vendorSeen[vt.vendor] = true
				v := m.vendors[vt.vendor]
				u.vendors = append(u.vendors, trust.VendorHit{Name: v.Name, Term: vt.term, Guild: v.Guild})
			case kindSignal:
				if signalSeen[r.idx] || m.nested(hits, i, kindSignal) || m.needs[r.idx] && !decided {
					continue
				}
				signalSeen[r.idx] = true
				sigTurns = min(sigTurns, h.turns)
				s := m.signals[r.idx]
				u.signals = append(u.signals, s)
				ci := categoryIndex(s.Category)
				weights[ci] = max(weights[ci], s.Weight)
				if s.Weight > heaviest {
					heaviest, u.category = s.Weight, s.Category
				}
			case kindRoutine:
				// "sale" inside "bans sale" is the signal's word, not a
				// deal.
				if m.nested(hits, i, kindSignal) {
					continue
				}
				routineSeen[r.idx] = true
			case kindTalk:
				if len(talkAt) < cap(talkAt) {
					talkAt = append(talkAt, [2]int32{r.idx, h.turns})
				} else {
					talkSeen[r.idx] = true
				}
			case kindMotive:
				if motive < 0 {
					motive = r.idx
				}
			}
		}
	}
	for _, t := range talkAt {
		if t[1] <= sigTurns {
			talkSeen[t[0]] = true
		}
	}
	if extra != nil {
		u.signals = append(u.signals, *extra)
		ci := categoryIndex(extra.Category)
		weights[ci] = max(weights[ci], extra.Weight)
		if extra.Weight >= heaviest {
			heaviest, u.category = extra.Weight, extra.Category
		}
	}
	if (len(u.vendors) == 0 && needVendor) || len(u.signals) == 0 {
		return u
	}
	for _, w := range weights {
		u.score += w
	}
	if inTitle {
		u.score += m.rules.TitleBonus
	}
	u.score -= m.rules.RoutinePenalty * float64(len(routineSeen))
	if !decided {
		u.score -= m.rules.RoutinePenalty * float64(len(talkSeen))
	}
	// A motive (spying, state links) beside an action (a ban, sanctions,
	// a delisting) is why the action was taken: the news is the action
	// ("Italy blocks DeepSeek over data privacy concerns").
	if u.category == trust.CategoryEspionage || u.category == trust.CategoryStateLinks {
		best := 0.0
		for _, c := range actionCategories {
			if w := weights[categoryIndex(c)]; w >= 2 && w > best {
				best, u.category = w, c
			}
		}
	}
	sort.SliceStable(u.signals, func(a, b int) bool { return u.signals[a].Weight > u.signals[b].Weight })
	// What lowered the score goes into the explanation too, after the
	// signals: each routine phrase, and each talk phrase unless a
	// decision outweighed it.
	var minus []trust.SignalHit
	for idx := range routineSeen {
		minus = append(minus, trust.SignalHit{Term: m.routine[idx], Category: "routine", Weight: -m.rules.RoutinePenalty})
	}
	if !decided {
		for idx := range talkSeen {
			term := "a question"
			if idx >= 0 {
				term = m.rules.Talk[idx]
			}
			minus = append(minus, trust.SignalHit{Term: term, Category: "talk", Weight: -m.rules.RoutinePenalty})
		}
	}
	sort.Slice(minus, func(a, b int) bool { return minus[a].Term < minus[b].Term })
	u.signals = append(u.signals, minus...)
	u.ok = u.score >= m.rules.Threshold && heaviest >= m.rules.CoreWeight
	if motive >= 0 && slices.Contains(motiveVetoed, u.category) {
		// "Pakistan blocks Wikipedia, says it hurt Muslim sentiments":
		// the action was taken, for another reason than trust.
		u.signals = append(u.signals, trust.SignalHit{Term: m.motives[motive], Category: "other motive"})
		u.ok = false
	}
	return u
}

// motiveVetoed are the categories whose news is an action taken for a
// reason: another reason than trust makes it no trust event.
var motiveVetoed = []trust.Category{trust.CategoryBan, trust.CategorySanctions, trust.CategoryDirective,
	trust.CategoryDelisting, trust.CategoryReversal}

// leadingClauseEnd is where a look-back clause that opens the title ends
// at a comma ("Hours after coa, the 'rc' npm package is hijacked too":
// what follows the comma is the news), or -1: the clause must begin in
// the title's first words (at word i, "after" and its time words before
// it) and end before the title does.
func leadingClauseEnd(words []titleWord, i int) int {
	if i > 2 {
		return -1
	}
	for k := i + 1; k+1 < len(words); k++ {
		if words[k].stop {
			if words[k].dash {
				return -1
			}
			return words[k].end
		}
	}
	return -1
}

// afterClause reports whether every core signal of a title stands in a
// clause that looks back ("3CX users targeted with phishing after supply
// chain attack", "... following the breach"): the news is what happened
// since, and the event, if it is news, is another article's.
func (m *Matcher) afterClause(title string, hits []hit) bool {
	cut, main := -1, -1
	words := titleWords(title)
	for i, w := range words {
		if i == 0 {
			continue
		}
		switch w.lc() {
		case "after", "following", "since":
			cut = w.start
			main = leadingClauseEnd(words, i)
		}
		if cut >= 0 {
			break
		}
	}
	if cut < 0 {
		return false
	}
	core := false
	for _, h := range hits {
		for _, r := range m.refs[h.pat] {
			if r.kind != kindSignal {
				continue
			}
			sg := m.signals[r.idx]
			if sg.Weight < m.rules.CoreWeight {
				continue
			}
			if sg.Category == trust.CategoryEspionage || sg.Category == trust.CategoryStateLinks {
				// A motive after "after" is why something was done
				// ("closes TikTok account after China data warning").
				return false
			}
			core = true
			if h.off <= cut || main >= 0 && h.off > main {
				return false // a core signal before the clause, or after it ends: the news itself
			}
		}
	}
	return core
}

// clauses scores each clause of a title joined by semicolons on its own,
// so that talk or routine in one clause does not lower another's action.
func (m *Matcher) clauses(title string, hits []hit, question bool) unit {
	if strings.IndexByte(title, ';') < 0 {
		return unit{}
	}
	start := 0
	for start < len(title) {
		end := strings.IndexByte(title[start:], ';')
		if end < 0 {
			end = len(title)
		} else {
			end += start
		}
		var part []hit
		for _, h := range hits {
			if h.off > start && h.off <= end {
				part = append(part, h)
			}
		}
		if u := m.scoreUnit(part, true, true, question); u.ok {
			return u
		}
		start = end + 1
	}
	return unit{}
}

// actionCategories are things done to a vendor, not said about it.
var actionCategories = []trust.Category{trust.CategoryBan, trust.CategorySanctions, trust.CategoryDelisting,
	trust.CategoryDirective, trust.CategoryDistrust, trust.CategoryReversal}

func categoryIndex(c trust.Category) int {
	for i, k := range trust.Categories {
		if k == c {
			return i
		}
	}
	return 0
}

// has reports whether pattern p means kind k.
func (m *Matcher) has(p int32, k kind) bool {
	for _, r := range m.refs[p] {
		if r.kind == k {
			return true
		}
	}
	return false
}

// nested reports whether hits[i] lies inside a longer hit of kind k. Hits
// are ordered by end, and a container ends at most maxWords later, so the
// look-around is bounded.
func (m *Matcher) nested(hits []hit, i int, k kind) bool {
	h := hits[i]
	hs, he := h.start(m.ac), h.end
	for j := i + 1; j < len(hits) && hits[j].end <= he+m.maxWords; j++ {
		o := hits[j]
		if o.start(m.ac) <= hs && m.has(o.pat, k) {
			return true
		}
	}
	for j := i - 1; j >= 0 && hits[j].end == he; j-- {
		o := hits[j]
		if o.start(m.ac) < hs && m.has(o.pat, k) {
			return true
		}
	}
	return false
}

// markClauses sets each title hit's clause and turns: the commas and
// semicolons of the title before the hit's end, and the words opening a
// reason or time clause (turnWords). The hits are ordered by end, so one
// pass over the title counts them all.
func markClauses(title string, hits []hit) {
	n, turns, at := int32(0), int32(0), 0
	for i := range hits {
		for ; at < hits[i].off && at < len(title); at++ {
			switch title[at] {
			case ',', ';':
				n++
			case ' ':
				if turnAt(title, at+1) {
					turns++
				}
			}
		}
		hits[i].clause, hits[i].turns = n, turns
	}
}

// turnWords open a reason or time clause after a title's action
// ("Commerce adds Hikvision to Entity List after hearing").
var turnWords = [...]string{"after", "amid", "following", "during"}

// turnAt reports whether one of turnWords starts title at i and ends at
// a space.
func turnAt(title string, i int) bool {
	if i >= len(title) {
		return false
	}
	switch title[i] | 0x20 { // every turn word opens with a, f or d
	case 'a', 'f', 'd':
	default:
		return false
	}
	for _, w := range turnWords {
		if j := i + len(w); j < len(title) && title[j] == ' ' && strings.EqualFold(title[i:j], w) {
			return true
		}
	}
	return false
}

// reported reports whether the vendor mention hits[i] is touched by a
// reporter phrase on the phrase's side.
func (m *Matcher) reported(hits []hit, i int) bool {
	h := hits[i]
	hs, he := h.start(m.ac), h.end
	// After the name, one word may stand between ("Symantec successfully
	// blocks", "TikTok also bans", "Mandiant security researchers").
	for j := i + 1; j < len(hits) && hits[j].end <= he+1+m.maxWords; j++ {
		// A comma between starts another clause, whose verb is not the
		// name's ("US bans Kaspersky software, adds units to Entity
		// List": Kaspersky adds nothing).
		if st := hits[j].start(m.ac); (st == he || st == he+1) && hits[j].clause == h.clause && m.has(hits[j].pat, kindReporterAfter) {
			return true
		}
	}
	for j := i - 1; j >= 0 && hits[j].end >= hs; j-- {
		if hits[j].end == hs && m.has(hits[j].pat, kindReporterBefore) {
			return true
		}
	}
	return false
}

// commentary reports whether a title opens as an explainer, an analysis
// or an opinion ("How the ban played out", "Why X matters", "Inside
// the fight over X", "Opinion: ..."): such a piece reports on a happening
// and may join its event, but is not news of it.
func commentary(title string) bool {
	t := strings.TrimLeft(title, " \t\"'‘“")
	i := strings.IndexFunc(t, func(r rune) bool { return r == ' ' || r == ':' })
	if i < 0 {
		return false
	}
	switch strings.ToLower(t[:i]) {
	case "how", "why", "what", "inside", "opinion", "analysis", "explainer", "here's", "here’s", "commentary", "podcast", "webinar",
		"op-ed", "editorial", "column", "viewpoint":
		return true
	}
	// Looking back on an event: "In the wake of the 3CX supply chain
	// attack, vendors rethink...", "Lessons from the SolarWinds hack".
	lt := strings.ToLower(t)
	for _, p := range lookingBack {
		if strings.HasPrefix(lt, p) {
			return true
		}
	}
	// A roundup's label before a colon ("This week in security: ...",
	// "Security roundup: ...", "Weekly recap: ..."): several stories, each
	// another article's news.
	if c := strings.IndexByte(lt, ':'); c > 0 && c < 40 {
		for _, w := range roundupWords {
			if strings.Contains(lt[:c], w) {
				return true
			}
		}
	}
	return lk10Retrospective(lt) // "3CX attack: a timeline of ..." (lookalike10.go)
}

var roundupWords = []string{"week", "roundup", "round-up", "recap", "digest", "newsletter", "briefing", "in review",
	"wrap-up", "wrapup", "month in"}

var lookingBack = []string{"in the wake of", "after the", "lessons from", "lessons learned", "a year after",
	"years after", "months after", "one year", "two years", "five years", "ten years", "looking back", "remembering"}

// stripCredit drops the picture credit a summary may open with, which
// flattened HTML glues to the lead sentence: "Illustration by Alex Castro
// / The Verge VK, the Russian technology conglomerate...", "The Nokia
// X30. | Image: HMD HMD is announcing...", "Image: Microsoft Microsoft is
// publicly pleading...". A tenth of the corpus's summaries open so; the
// credit is no sentence, and its name ("Image: Microsoft") no mention.
func stripCredit(text string) string {
	head := text
	if len(head) > 300 {
		head = head[:300]
	}
	// A caption and its credit: "caption. | Image: X".
	if i := captionBar(head); i >= 0 && i < 200 {
		if rest := head[i+3:]; creditStart(rest) > 0 {
			return text[i+3+creditEnd(rest):]
		}
	}
	if creditStart(head) > 0 {
		return text[creditEnd(head):]
	}
	return text
}

// captionBar is strings.Index(s, " | ") found from the bar: a search for
// the space, the commonest byte of a text, stops at every word.
func captionBar(s string) int {
	for j := 0; ; {
		k := strings.IndexByte(s[j:], '|')
		if k < 0 {
			return -1
		}
		k += j
		if k > 0 && k+1 < len(s) && s[k-1] == ' ' && s[k+1] == ' ' {
			return k - 1
		}
		j = k + 1
	}
}

var creditWords = []string{"Photo Illustration by ", "Illustration by ", "Photo by ", "Screenshot by ", "Image by ",
	"Image: ", "Photo: ", "Illustration: ", "Screenshot: "}

// creditStart is the length of the credit word s opens with, or 0.
func creditStart(s string) int {
	for _, w := range creditWords {
		if strings.HasPrefix(s, w) {
			return len(w)
		}
	}
	return 0
}

// creditEnd is where the credit s opens with ends: after "/ Outlet" (and
// "; Getty Images") when a slash comes within a few words, else after the
// credited name ("Image: HMD", "Image: The Verge").
func creditEnd(s string) int {
	end := creditStart(s)
	if j := strings.Index(s[end:], " / "); j >= 0 && j < 50 {
		end += j + 3
		end += creditName(s[end:])
		if strings.HasPrefix(s[end:], "; Getty Images") {
			end += len("; Getty Images")
		}
	} else {
		end += creditName(s[end:])
	}
	return min(len(s), end+1)
}

// creditName is the length of the name a credit opens with: "The Verge",
// "Getty Images", or one word ("Bloomberg", "HMD"); all of s when it has
// no space.
func creditName(s string) int {
	for _, two := range []string{"The Verge", "Getty Images"} {
		if strings.HasPrefix(s, two) {
			return len(two)
		}
	}
	if j := strings.IndexByte(s, ' '); j > 0 {
		return j
	}
	return len(s)
}

// statementOnly cuts a title of a statement and then a question to the
// statement.
func statementOnly(title string) string {
	t := strings.TrimRight(title, " \t\"'’”")
	if !strings.HasSuffix(t, "?") {
		return title
	}
	cut := -1
	for _, sep := range []string{". ", "! "} {
		if i := strings.LastIndex(t, sep); i > cut {
			cut = i
		}
	}
	if cut <= 0 || strings.Count(t[:cut], " ") < 2 {
		return title // "U.S. to ban ZTE?": an abbreviation's dot
	}
	return title[:cut+1]
}

// isQuestion reports whether a title asks ("Will the US ban TikTok?"):
// news of a decision states it. A title of a statement and then a
// question ("Italy just banned ChatGPT. Could the US be next?") states its
// news first: the question is the commentary after it, so it is no
// question.
func isQuestion(title string) bool {
	t := strings.TrimRight(title, " \t\"'’”")
	if !strings.HasSuffix(t, "?") {
		return false
	}
	t = t[:len(t)-1]
	return !strings.Contains(t, ". ") && !strings.Contains(t, "! ") && !strings.Contains(t, "? ")
}
