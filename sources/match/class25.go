package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// class25.go reads two class-level actions the class readers leave
// silent (issue 11, the twenty-fifth round), on items every other reader
// was silent on:
//
//   - data barred from flowing to a state of concern: an authority, a law
//     or an order restricting the sale, transfer or brokering of data to
//     China, Russia, "foreign adversaries" or "countries of concern"
//     ("Biden order restricts sale of Americans' sensitive data to China",
//     "House votes to stop data brokers selling Americans' data to foreign
//     adversaries", "Americans' bulk data can no longer be sold to China").
//     The class readers want a kind of product; data has no registry
//     category, so the class is named as written, a ban.
//   - the class in the title with the order only in the lead: an authority
//     moving on a class ("takes aim at", "cracks down on", "rule hits")
//     whose lead's first sentence orders its removal or replacement
//     ("Agencies must remove the equipment within a year"): cl13LeadBar
//     reads a bar in the lead, not an order to rid, which is a directive
//     (trust-events.md).
//
// Both refuse the family's talk, bills not passed, steps weighed or
// delayed, questions and commentary; the precision readers after them in
// Match read their alerts as every other.

// class25 is the file's reader, given the alert the others made (a, ok):
// its own alert for a silent item, or, for an alert whose one vendor is
// a name the title writes inside the data it bars ("Americans' data"
// named "Americans"), the data flow's; else a, ok as they were.
//
// Every silent item asks it: byte scans that split no words come first
// (data and a state of concern's stem; the gate's bits of an authority
// for the lead's order), then one word scan of the title.
func (m *Matcher) class25(title, text string, gate *item, a trust.Alert, ok bool) (trust.Alert, bool) {
	if class25Off || !m.rules.AnyVendor || ok && (len(a.Vendors) != 1 || !a.Vendors[0].Unlisted || a.Vendors[0].Class != "") {
		return a, ok
	}
	if strings.HasSuffix(title, "?") {
		return a, ok
	}
	if (strings.Contains(title, "data") || strings.Contains(title, "Data")) && c25StateStem(title) &&
		hasWordIn(title, c25Flows) && (hasWordIn(title, cl9Bar) || hasWordIn(title, c25Stops)) {
		if b, flow := m.c25DataFlow(title, text); flow && (!ok || strings.Contains(b.Vendors[0].Name, a.Vendors[0].Name)) {
			return b, true
		}
	}
	if ok || text == "" || gate != nil && cl9Of(gate.gateBits)&cl9GActor == 0 {
		return a, ok
	}
	if hasWordIn(title, c25Moves) {
		return m.c25LeadOrder(title, text)
	}
	return trust.Alert{}, false
}

// c25StateStems are c25States' stems as a title writes them.
var c25StateStems = []string{"hin", "ussia", "dversar", "oncern", "Iran", "Korea", "ostile", "eijing", "PRC", "CCP", "remlin", "oscow"}

// c25StateStem reports a state of concern's stem in s, by byte scans.
func c25StateStem(s string) bool {
	for _, st := range c25StateStems {
		if strings.Contains(s, st) {
			return true
		}
	}
	return false
}

// class25Off turns the file's readers off (the grid tests' before).
var class25Off = false

var (
	// c25States are a state of concern as data's destination: "to China",
	// "to foreign adversaries", "to countries of concern", "to North
	// Korea" (read by "north").
	c25States = wordSet(`china chinese beijing prc ccp russia russian moscow kremlin iran iranian
		tehran pyongyang north adversary adversaries adversarial concern hostile`)
	// c25Flows are data moving: sold, transferred, brokered, sent.
	c25Flows = wordSet(`sale sales sell sells selling sold transfer transfers transferred
		transferring transfers flow flows flowing send sends sending sent export exports
		exporting broker brokers brokered brokering share sharing shared`)
	// c25Stops are a bar cl9Bar lacks: "stop data brokers selling", "halts
	// transfers", "no longer be sold", "cannot be sold".
	c25Stops = wordSet(`stop stops stopped stopping halt halts halted halting longer cannot`)
	// c25DataNot are words after "data" that make it a thing of its own:
	// "data centres", "data breach".
	c25DataNot = wordSet(`center centers centre centres breach breaches leak leaks`)
)

// c25DataFlow reads data barred from flowing to a state of concern:
// "data" with a flow word, "to" or "with" a state within three words
// after it, a bar (cl9Bar, c25Stops) before that "to", and an authority
// or instrument in the title, or in the lead's first sentence when the
// title's bar stands without one ("can no longer be sold to China").
func (m *Matcher) c25DataFlow(title, text string) (trust.Alert, bool) {
	words := titleWords(unquote(title))
	d := -1
	for i, w := range words {
		if w.lc() == "data" && (i+1 == len(words) || !c25DataNot[words[i+1].lc()]) {
			d = i
			break
		}
	}
	if d < 0 || !inWords(words, c25Flows) {
		return trust.Alert{}, false
	}
	to := -1
	for i := d + 1; i < len(words) && to < 0; i++ {
		if lw := words[i].lc(); lw != "to" && lw != "with" {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+3; k++ {
			if c25States[words[k].lc()] && (words[k].lc() != "north" || k+1 < len(words) && words[k+1].lc() == "korea") {
				to = i
				break
			}
		}
	}
	if to < 0 {
		return trust.Alert{}, false
	}
	bar, b := "", -1
	for i, w := range words[:to] {
		if lw := w.lc(); cl9Bar[lw] || c25Stops[lw] {
			bar, b = w.text, i
			break
		}
	}
	if b < 0 || b+1 < len(words) && c25Instruments[words[b+1].lc()] {
		return trust.Alert{}, false // "Court blocks law barring ...": an undoing
	}
	if cl9Refused(words) || inWords(words, c25Undone) || inWords(words, cl12Weighs) || inWords(words, cl12Delays) || inWords(words, cl11Talk) ||
		commentary(title) || cl12Opener[words[0].lc()] {
		return trust.Alert{}, false
	}
	// the authority acts: it stands before the bar ("TikTok stops sending
	// US user data to China" is a company's own step)
	if !cl11Authority(words, b, len(words)-1, true) && !c25InForce(words) {
		s := firstSentence(text)
		if s == "" || cl12Past(s) || hasWordIn(s, cl9Talk) || !cl11Authority(titleWords(s), -1, -1, false) {
			return trust.Alert{}, false
		}
	}
	return m.classPhraseAlert(c25DataPhrase(words, d), bar, trust.CategoryBan, title, text), true
}

// classPhraseAlert is a title's class-level alert on a phrase written as
// the class ("data on Americans", "untrusted sources"), its signal term
// at weight 4 and a score of 5 (class25.go, class26.go).
func (m *Matcher) classPhraseAlert(phrase, term string, cat trust.Category, title, text string) trust.Alert {
	ev := clean(title)
	score := 5.0
	return trust.Alert{
		Vendors:  []trust.VendorHit{{Name: phrase, Term: phrase, Unlisted: true, Class: phrase}},
		Signals:  []trust.SignalHit{{Term: term, Category: cat, Weight: 4}},
		Category: cat,
		Score:    score,
		Severity: m.rules.SeverityFor(score),
		Evidence: ev,
		InTitle:  true,
		Summary:  Summarize(ev, title, text),
	}
}

// c25Undone are a hold eased or undone: the reversal readers', never a
// new bar ("US lifts curbs on data sales to China").
var c25Undone = wordSet(`lift lifts lifted lifting ease eases eased easing relax relaxes relaxed
	relaxing scrap scraps scrapped revoke revokes revoked waive waives waived suspend
	suspends suspended strikes struck loosen loosens loosened`)

// c25Instruments are a bar's object when the bar undoes a hold.
var c25Instruments = wordSet("law laws rule rules order orders ban bans act bill measure policy regulation")

// c25InForce reports a step told as taking effect: "takes effect", "in
// force", "signed into law": the instrument acts where no authority is
// named.
func c25InForce(words []titleWord) bool {
	for i := 1; i < len(words); i++ {
		p, w := words[i-1].lc(), words[i].lc()
		if w == "effect" && (p == "takes" || p == "took" || p == "take" || p == "into") ||
			w == "force" && (p == "in" || p == "into") || w == "law" && p == "into" {
			return true
		}
	}
	return false
}

// c25DataPhrase names the data as the title writes it: up to two words
// that qualify it ("Americans' sensitive data"), or its brokers ("data
// brokers").
func c25DataPhrase(words []titleWord, d int) string {
	if d+1 < len(words) && strings.HasPrefix(words[d+1].lc(), "broker") {
		return joinWords(words[d : d+2])
	}
	j := d
	for j > 0 && d-j < 2 {
		p := words[j-1]
		lp := p.lc()
		if p.stop || stopWords[lp] || cl9Bar[lp] || c25Stops[lp] || c25Flows[lp] || cl9Actor(lp) || cl11Bodies[lp] {
			break
		}
		j--
	}
	return joinWords(words[j : d+1])
}

var (
	// c25Moves are an authority moving on a class without saying how
	// (cl13Moves), and a rule that "hits" one.
	c25Moves = wordSet("moves acts targets cracks clamps takes hits")
	// c25Particles stand between the move and its class.
	c25Particles = wordSet("against on down aim at")
	// c25Orders mark a lead's riddance as ordered: "must remove", "are
	// required to replace", "told to phase out", "have a year to".
	// c25Calls are a lead asking or planning, not acting.
	c25Calls = wordSet(`should urge urges urged urging call calls called calling want wants wanted
		plan plans planned planning seek seeks propose wish hopes hope`)
	// c25Exports are an export control's words: a state's access to a
	// technology cut ("clamps down on China's access to chip technology")
	// is a sanction's matter, not a class of product barred.
	c25Exports = wordSet(`export exports exporting exported access shipments licence license licences licenses`)
	// c25Safety are a lead's motives of safety or content, not of trust:
	// "bars sales of batteries that fail fire tests".
	c25Safety = wordSet(`safety fire fires flammable recall recalls ads advertising content misleading
		emissions labelling labeling`)
	c25Orders = wordSet(`must required requires require ordered orders order told directs directed
		directive instructed instructs until deadline`)
)

// c25LeadOrder reads a title whose authority moves on a class when its
// lead's first sentence orders the class rid (a riddance verb, cl10Rid
// or cl11Acts, with an order's mark, c25Orders) or bars it (cl9Bar): the
// title is read with "orders removal of" or "bans" in place of the move,
// and its class alert is a directive or a ban told across title and
// lead. A lead that asks, plans, weighs or tells an earlier step acts on
// nothing.
func (m *Matcher) c25LeadOrder(title, text string) (trust.Alert, bool) {
	s := firstSentence(text)
	if s == "" || cl12Past(s) || hasWordIn(s, cl9Talk) || hasWordIn(s, cl12Weighs) || hasWordIn(s, cl12Delays) ||
		hasWordIn(s, c25Calls) || hasWordIn(title, c25Exports) || hasWordIn(s, c25Exports) || cl9TradeOnly(title, s) || hasWordIn(s, c25Safety) && !hasWordIn(s, cl9Security) {
		return trust.Alert{}, false
	}
	// the lead's step: an order to rid the class (a directive) or a bar
	verb, cat := "bans ", trust.CategoryBan
	switch {
	case hasWordIn(s, c25Orders) && (hasWordIn(s, cl10Rid) || hasWordIn(s, cl11Acts)):
		verb, cat = "orders removal of ", trust.CategoryDirective
	case !hasWordIn(s, cl9Bar):
		return trust.Alert{}, false
	}
	words := titleWords(title)
	for v, w := range words {
		if !c25Moves[w.lc()] {
			continue
		}
		k := v + 1
		for k < len(words) && c25Particles[words[k].lc()] {
			k++
		}
		if k == len(words) || k == v+1 && w.lc() != "targets" && w.lc() != "hits" || !cl11ActorBefore(words, v) {
			return trust.Alert{}, false // "moves to", "takes over": no move on a class; "Report takes aim at": no authority moves
		}
		t := title[:w.start] + verb + title[words[k].start:]
		a, ok := m.match(t, "", false, nil, nil)
		if !ok || a.Coverage || a.Category != trust.CategoryBan && a.Category != trust.CategoryDirective || !c25ClassOnly(a.Vendors) {
			return trust.Alert{}, false
		}
		a.Category = cat
		a.Across = true
		a.InTitle = false
		a.Evidence = clean(title) + " — " + clean(s)
		a.Summary = Summarize(a.Evidence, title, text)
		return a, true
	}
	return trust.Alert{}, false
}

// c25ClassOnly reports vendors all reached through a class.
func c25ClassOnly(vs []trust.VendorHit) bool {
	for _, v := range vs {
		if v.Class == "" {
			return false
		}
	}
	return len(vs) > 0
}

// c25DataGoods reports data among the goods of a sale barred ("bans sale
// of Americans' personal data to China"): a flow of data, which
// l22Export does not read as an export control.
func c25DataGoods(goods []titleWord) bool {
	for _, w := range goods {
		if w.lc() == "data" {
			return true
		}
	}
	return false
}
