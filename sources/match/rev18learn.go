package match

import (
	_ "embed"
	"fmt"
	"math"
	"slices"
	"strconv"
	"sync"

	"github.com/vendorwatch/vendorwatch/trust"
)

// A learned reversal detector: the rules read an undoing in the wordings
// their shapes know (lifted.go, classrev.go, rev17.go); an alert whose
// title tells an undoing in other words keeps the hold's category, and
// a lifted ban is posted as a ban (trust-events.md's reversal row). A
// logistic model over the scorer's features (learnFeatures) and the
// words' roles in an undoing (revRoles), trained by
// cmd/vendorwatch-train on every labelled event (a reversal against
// every other event) and the non-events shaped like a reversal
// (revLookAlike; rv22.tsv writes them), turns an alert of a hold's
// category into a reversal when it is sure (ReversalSure). It reads
// every alert of those categories, whichever path made it, and never a
// non-alert.

// revBuckets is the detector's hashed feature buckets (a power of two):
// a feature's bucket is its scorer bucket modulo revBuckets.
const revBuckets = 1 << 14

// ReversalSure is the probability the detector needs to turn an alert
// into a reversal: on the training rows' held-out folds (go run
// ./cmd/vendorwatch-train -cv) one other event of 5,738 reaches 0.7
// (6 reach 0.5) and none 0.8, which reads 285 of the 374 reversals
// (0.9: 261).
const ReversalSure = 0.8

//go:embed reversal.gz
var reversalFile []byte

// reversalModel is the detector: a weight per bucket and a bias.
type reversalModel struct {
	w    []float32
	bias float64
}

var defaultReversal = sync.OnceValue(func() *reversalModel {
	rm, err := parseReversal(reversalFile)
	if err != nil {
		panic("match: reversal.gz: " + err.Error())
	}
	return rm
})

// parseReversal reads a detector file: gzip of "#" comment lines, "bias
// B", a line "weights" and revBuckets int16s of the fixed point
// (learnScale), their low bytes first, then their high bytes.
func parseReversal(b []byte) (*reversalModel, error) {
	hs, w, err := readWeights(b)
	if err != nil {
		return nil, err
	}
	rm := &reversalModel{}
	for _, h := range hs {
		if h.key != "bias" {
			return nil, fmt.Errorf("unknown key %q", h.key)
		}
		if rm.bias, err = strconv.ParseFloat(h.value, 64); err != nil {
			return nil, fmt.Errorf("line %q: %v", h.key+" "+h.value, err)
		}
	}
	if len(w) != revBuckets {
		return nil, fmt.Errorf("%d weight bytes, want %d", 2*len(w), 2*revBuckets)
	}
	rm.w = w
	return rm, nil
}

// formatReversal writes the detector in parseReversal's format
// (writeWeights).
func formatReversal(w []float64, bias float64, comment string) []byte {
	return writeWeights(comment, []weightsHeader{{"bias", fmt.Sprintf("%.6f", bias)}}, w)
}

// score is the detector's probability for features idx.
func (rm *reversalModel) score(idx []uint32) float64 {
	z := rm.bias
	for _, i := range idx {
		z += float64(rm.w[i&(revBuckets-1)])
	}
	return 1 / (1 + math.Exp(-z))
}

// rv18Holds are the categories of a hold the detector may turn into its
// reversal.
var rv18Holds = [...]trust.Category{trust.CategoryBan, trust.CategorySanctions, trust.CategoryDirective,
	trust.CategoryDelisting, trust.CategoryDistrust}

// rv18Reverse turns an alert of a hold's category into a reversal when
// the detector is sure of the title and lead: good news, never above
// medium, its why saying so.
func (m *Matcher) rv18Reverse(title, text string, a *trust.Alert) {
	if m.reversal == nil || !slices.Contains(rv18Holds[:], a.Category) {
		return
	}
	f := featsPool.Get().(*feats)
	defer featsPool.Put(f)
	f.explain = false
	m.revFeatures(title, text, f)
	p := m.reversal.score(f.idx)
	if p < ReversalSure || rv18Kept(title) {
		return
	}
	a.Signals = append([]trust.SignalHit{{Term: fmt.Sprintf("reversal detector p=%.2f: the %s undone", p, a.Category),
		Category: trust.CategoryReversal, Weight: math.Round(p*100) / 100}}, a.Signals...)
	a.Category = trust.CategoryReversal
	a.Severity = min(a.Severity, trust.SeverityMedium)
}

// rv18Kept reports whether a title tells a hold kept, put back or newly
// made, which the detector's words of undoing may read as lifted: a hold
// upheld or reimposed ("Court upholds ban on Huawei", "restores export
// ban on ZTE"), an undoing refused or itself undone ("Judge refuses to
// block Montana TikTok ban", "will not lift", "lifts injunction against
// Texas TikTok ban"), a vendor back on a list of the banned ("Hikvision
// back on banned list") or off a list of the trusted ("drops Kaspersky
// from list of approved suppliers": lifted.go reads the same), an act of
// trust or a permission undone ("drops plan to buy Huawei drones",
// "revokes licences for Hytera suppliers"), or an
// undoing in one clause and a hold in a later one ("Judge blocks Texas
// law, Biden bans TikTok", "Ban on TikTok stays after appeal, curfew
// lifted").
func rv18Kept(title string) bool {
	ws := titleWords(title)
	role := func(j int) string { return revRole[string(stem([]byte(ws[j].lc())))] }
	undoneAt := -1 // the clause of the last word of undoing
	clause := 0
	// per clause: a hold told in it, an undoing told in it.
	var hold, undo [8]bool
	for i, w := range ws {
		l := w.lc()
		r := role(i)
		switch {
		case rv18Keeps[l]:
			return true
		case rv18Puts[l] && i+1 < len(ws) && (holds[ws[i+1].lc()] || i+2 < len(ws) && holds[ws[i+2].lc()]):
			return true // "restores export ban", "reinstates Indiana ban"
		case rv18Nots[l]:
			for j := i + 1; j < min(len(ws), i+4); j++ {
				if r := role(j); r == "undo" || r == "off" || r == "back" {
					return true
				}
			}
		case l == "back" && i+1 < len(ws) && (ws[i+1].lc() == "on" || ws[i+1].lc() == "onto" || ws[i+1].lc() == "to"):
			for j := i + 2; j < min(len(ws), i+5); j++ {
				if rv17BannedAdjs[ws[j].lc()] || bannedLists[ws[j].lc()] || ws[j].lc() == "blacklist" {
					return true
				}
			}
		}
		if r == "undo" || r == "off" {
			held := false // a hold between: "lifts ban on using Kaspersky"
			for j := i + 1; j < min(len(ws), i+8); j++ {
				lj := ws[j].lc()
				if (rv18Undoings[lj] || grantNouns[lj]) && j <= i+3 || rv18Trusted[lj] || rv18Trusting[lj] && j <= i+4 && !held {
					return true
				}
				held = held || role(j) == "hold" && lj != "plan" && lj != "plans"
			}
		}
		if r == "undo" || r == "off" || r == "back" {
			undoneAt = clause
			undo[min(clause, 7)] = true
		}
		if r == "hold" {
			hold[min(clause, 7)] = true
		}
		if r == "hold" && undoneAt >= 0 && clause > undoneAt && (holdVerb(l)) {
			return true
		}
		if w.stop && !w.dash {
			clause++
		}
	}
	// A hold alone in one clause, the undoing of something else in
	// another: "Ban on TikTok stays after appeal, curfew lifted".
	var holdAlone, undoneHeld bool
	for c := range min(clause+1, 8) {
		holdAlone = holdAlone || hold[c] && !undo[c]
		undoneHeld = undoneHeld || hold[c] && undo[c]
	}
	return holdAlone && undoneAt >= 0 && !undoneHeld
}

// holdVerb: a word of a hold told as a verb ("bans", "bars"): a hold
// newly made.
func holdVerb(l string) bool {
	return l == "bans" || l == "bars" || l == "banned" || l == "barred" || l == "blacklists" || l == "blacklisted" || l == "sanctions"
}

var (
	// rv18Keeps keep a hold whatever follows.
	rv18Keeps = wordSet("upholds upheld uphold upholding reimposes reimposed reimpose reimposing re-imposes re-imposed stays remains")
	// rv18Puts put back the hold that follows them.
	rv18Puts = wordSet("restores restored restore reinstates reinstated reinstate renews renewed extends extended")
	// rv18Nots refuse or deny the undoing that follows them.
	rv18Nots = wordSet("not won't refuses refused refuse declines declined decline rejects rejected reject denies denied deny fails failed no never")
	// rv18Undoings are undoings an undoing undoes: the hold stands again.
	rv18Undoings = wordSet("injunction injunctions stay")
	// rv18Trusted say a list is of the trusted: leaving it is a loss.
	rv18Trusted = wordSet("approved trusted authorized authorised preferred qualified certified accredited procurement")
	// rv18Trusting are acts of trust a plan or a deal would have done:
	// "drops plan to buy Huawei drones" is a loss, never a reversal.
	rv18Trusting = wordSet("buy buying purchase purchasing use using deploy deploying adopt adopting partner partnering contract")
)

// revFeatures reads the reversal detector's features into f: the
// scorer's (learnFeatures), and each field's words read by their role in
// an undoing (revRoles), so that "scraps <name> ban" and "nixes <name>
// bans" share "undo ... hold".
func (m *Matcher) revFeatures(title, text string, f *feats) {
	m.learnFeatures(title, text, f, false)
	nt := min(countTitleWords(title), 24)
	f.revRoles(0, nt, "rt", true)
	f.revRoles(nt, len(f.spans), "rl", false)
}

// countTitleWords is how many words learnFeatures reads of a title.
func countTitleWords(title string) int {
	var buf [48]titleWord
	return len(appendTitleWords(buf[:0], title))
}

// revRoles adds the role features of the words from first to end: each
// role, the field's first role (with head), a role beside each of the
// next three words (a role or a token) and each ordered pair of roles in
// the field, however far apart ("Ban on Huawei equipment in Portugal is
// lifted").
func (f *feats) revRoles(first, end int, prefix string, head bool) {
	role := func(i int) (string, bool) {
		r, ok := revRole[string(f.word(i))]
		return r, ok
	}
	// The order of the field's first hold and first undoing, each
	// counted once: "hold<undo" is a hold told and then undone ("Ban on
	// Huawei equipment in Portugal is lifted").
	firstHold, firstUndo := -1, -1
	for i := first; i < end; i++ {
		switch r, _ := role(i); r {
		case "hold":
			if firstHold < 0 {
				firstHold = i
			}
		case "undo", "off", "back":
			if firstUndo < 0 {
				firstUndo = i
			}
		}
	}
	switch {
	case firstHold >= 0 && firstUndo > firstHold:
		f.addS(prefix+"order:", "hold<undo")
	case firstUndo >= 0 && firstHold > firstUndo:
		f.addS(prefix+"order:", "undo<hold")
	}
	for i := first; i < end; i++ {
		r, ok := role(i)
		if !ok {
			continue
		}
		f.addS(prefix+":", r)
		if head {
			f.addS(prefix+"head:", r)
			head = false
		}
		for j := i + 1; j < end; j++ {
			r2, ok := role(j)
			if ok {
				f.addS(prefix+"pair:", r+" "+r2)
			}
			if j >= i+4 {
				continue
			}
			if ok {
				f.addS(prefix+"rr:", r+" "+r2)
			} else {
				f.add(prefix+"rw:"+r+" ", f.token(j), nil)
			}
		}
		for j := max(first, i-3); j < i; j++ {
			if _, ok := role(j); !ok {
				f.add(prefix+"wr:", f.token(j), []byte(" "+r))
			}
		}
	}
}

// revRole is a stemmed word's role in an undoing: undo (a verb of
// lifting), hold (what is lifted), back (a return), grant (a
// permission), off (off a list), talk (a wish, a plan, a modal), court,
// keep (a hold kept, renewed or put back).
var revRole = func() map[string]string {
	m := map[string]string{}
	add := func(role string, sets ...map[string]bool) {
		for _, s := range sets {
			for w := range s {
				m[string(stem([]byte(w)))] = role
			}
		}
	}
	add("talk", liftTalk, wordSet("will to plan plans planned set"))
	add("hold", holds, rv17Plans, wordSet("order orders rule rules law laws blacklist blacklists list designation label restrictions controls"))
	add("off", offVerbsAny, wordSet("off"))
	add("undo", liftVerbs, rv17UndoVerbs, restoreVerbs, wordSet("overturn overturns overturned repeal repeals repealed reprieve delays delayed delay"))
	add("back", backWords, letVerbs, wordSet("available reinstated readmitted returned"))
	add("grant", grantNouns, grantVerbs)
	add("court", wordSet("court courts judge judges appeals injunction tribunal"))
	add("keep", wordSet("upholds upheld keeps kept extends extended renews renewed reimposes reimposed restores restored tightens tightened expands expanded"))
	return m
}()

// revPosW weighs a reversal over another event (386 against 5,738).
const revPosW = 3

// revRows reads the detector's training rows: every labelled event, a
// reversal or not, and every non-event whose title tells an undoing of
// a hold (revLookAlike): a reversal's look-alike, such as a stock index
// dropping a company after sanctions or a ban on a person's account
// lifted, which the rules may alert on as a hold. Other non-events
// weigh nothing.
func (m *Matcher) revRows(ex []LearnExample, groups map[string]int) []learnRow {
	rows := make([]learnRow, len(ex))
	f := &feats{}
	for i, e := range ex {
		m.revFeatures(e.Title, e.Text, f)
		rows[i] = learnRow{idx: slices.Clone(f.idx), group: groups[e.Group]}
		switch {
		case e.Positive && len(e.Categories) > 0:
			rows[i].wt = 1
			if slices.Contains(e.Categories, trust.CategoryReversal) {
				rows[i].y, rows[i].wt = 1, revPosW
			}
		case !e.Positive && revLookAlike(e.Title):
			rows[i].wt = revLookW
		}
	}
	return rows
}

// revLookAlike reports whether a title has a word of undoing, of leaving
// a list or of a return (revRole's undo, off, back) and a word of a hold:
// the shape the detector reads a reversal by.
func revLookAlike(title string) bool {
	var undo, hold bool
	for _, w := range titleWords(title) {
		switch revRole[string(stem([]byte(w.lc())))] {
		case "undo", "off", "back":
			undo = true
		case "hold":
			hold = true
		}
	}
	return undo && hold
}

// revLookW weighs a reversal's look-alike against an event (1): on the
// held-out folds, 0.3 reads 295 of 386 reversals at ReversalSure and 45
// of 17,695 non-events, 1 reads 278 and 30 (events alone: 343 and 170,
// and the stock-index look-alikes of TestPrecision12Grid at 0.80-0.84).
const revLookW = 0.3

// learnGroups assigns each example's group a fold: whole groups in the
// order of their names, round robin (TrainLearned, TrainReversal).
func learnGroups(ex []LearnExample) map[string]int {
	groups := map[string]int{}
	var names []string
	for _, e := range ex {
		if _, ok := groups[e.Group]; !ok {
			groups[e.Group] = 0
			names = append(names, e.Group)
		}
	}
	slices.Sort(names)
	for i, n := range names {
		groups[n] = i % learnFolds
	}
	return groups
}

// TrainReversal fits the reversal detector on every example and returns
// its file (reversal.gz) and, for each example, the probability the
// detector trained without the example's fold gives it.
func (m *Matcher) TrainReversal(ex []LearnExample) ([]byte, []float64) {
	rows := m.revRows(ex, learnGroups(ex))
	out := make([]float64, len(ex))
	for fold := range learnFolds {
		w, bias := fitReversal(rows, fold)
		for i, r := range rows {
			if r.group == fold {
				out[i] = predictMasked(w, bias, r.idx, revBuckets)
			}
		}
	}
	w, bias := fitReversal(rows, -1)
	var pos, read int
	for _, r := range rows {
		if r.wt > 0 {
			read++
			pos += int(r.y)
		}
	}
	comment := fmt.Sprintf("The reversal detector's weights (sources/match/rev18learn.go): written by `go run ./cmd/vendorwatch-train`.\n"+
		"%d rows trained on (%d reversals; the events and the non-events whose title tells an undoing of a hold); %d buckets of int16/%d.", read, pos, revBuckets, learnScale)
	return formatReversal(w, bias, comment), out
}

func fitReversal(rows []learnRow, fold int) ([]float64, float64) {
	return fitLogistic(rows, fold, revBuckets, 101, func(r *learnRow) (float64, float64, bool) { return r.y, r.wt, r.wt > 0 })
}

// predictMasked is the probability of a logistic model of buckets
// weights w (a power of two) for features idx, each in its bucket
// modulo buckets.
func predictMasked(w []float64, bias float64, idx []uint32, buckets int) float64 {
	z := bias
	for _, i := range idx {
		z += w[i&uint32(buckets-1)]
	}
	return 1 / (1 + math.Exp(-z))
}

// WithReversal returns a copy of m whose reversal detector is the file b
// (as TrainReversal writes it); nil b turns it off.
func (m *Matcher) WithReversal(b []byte) (*Matcher, error) {
	c := *m
	c.reversal = nil
	if b != nil {
		rm, err := parseReversal(b)
		if err != nil {
			return nil, err
		}
		c.reversal = rm
	}
	return &c, nil
}

// rv18Refused reports whether a title refuses, denies or rules out the
// undoing it names ("US will not lift sanctions on Huawei", "Treasury
// refuses to lift sanctions on NSO Group", "India rules out lifting ban
// on Chinese apps", "FCC rejects Huawei's bid to lift ban"): the hold
// stands and nothing happened, neither a reversal nor a new hold.
func rv18Refused(title string) bool {
	ws := titleWords(title)
	for i, w := range ws {
		l := w.lc()
		if !rv18Nots[l] && !(rv18RuleOut[l] && i+1 < len(ws) && ws[i+1].lc() == "out") ||
			i+1 < len(ws) && ws[i+1].lc() == "longer" {
			continue // "no longer available" is the hold itself
		}
		for j := i + 1; j < min(len(ws), i+5); j++ {
			// An undoing, not a return ("not available" is a hold).
			if r := revRole[string(stem([]byte(ws[j].lc())))]; r == "undo" || r == "off" {
				return true
			}
		}
	}
	return false
}

// rv18RuleOut rule out what follows "out".
var rv18RuleOut = wordSet("rules ruled rule ruling")
