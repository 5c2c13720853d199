package match

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The invariance harness: the readable sets' rows rewritten in ways that
// keep their meaning (the vendor moved between title and lead, a terse
// title with the fact in the lead, the voice, the verb's tense, a wire's
// label or dateline, quotes, case, an unrelated clause after the news),
// and, per rewriting, how many event rows the matcher had right stay
// right and how many look-alikes it kept quiet start alerting.
// TestPara26Invariance holds the counts to floors; VW_P26=dump prints
// each rewriting's counts, VW_P26=rows also the rows that broke.

// p26Unread reports whether a set is one of the unread sets, which the
// harness never opens.
func p26Unread(name string) bool {
	return strings.HasPrefix(name, "blind") || strings.HasSuffix(name, "_held") ||
		name == "sn16_tune" || name == "final"
}

// p26Row is a readable row with what the rewritings need: the terms its
// labelled vendors are written with.
type p26Row struct {
	set   string
	c     devCase
	terms []string // the labelled vendors' names and registry aliases, longest first
}

// p26Variant is a row rewritten.
type p26Variant struct{ title, lead string }

type p26Transform struct {
	name string
	fn   func(r *p26Row) (p26Variant, bool)
}

// p26Right reports whether a matched row is right, as the readable counts
// read it: an alert that is not coverage, naming a labelled vendor (any
// vendor for a class row), of a labelled category (supply-chain and state
// categories count as one).
func p26Right(c devCase, a trust.Alert, ok bool) bool {
	if !ok || a.Coverage {
		return false
	}
	supply := func(k trust.Category) bool { return k == trust.CategoryOSS || k == trust.CategoryCompromise }
	state := func(k trust.Category) bool { return k == trust.CategoryStateLinks || k == trust.CategoryEspionage }
	catOK := slices.Contains(c.category, a.Category) || supply(a.Category) && slices.ContainsFunc(c.category, supply) ||
		state(a.Category) && slices.ContainsFunc(c.category, state)
	named := len(c.vendors) == 0 || slices.ContainsFunc(c.vendors, func(v string) bool {
		return slices.ContainsFunc(a.VendorNames(), func(n string) bool { return looseName(n, v) })
	})
	return catOK && named
}

// p26Loss names how a row went wrong: silent, cov, vendor or cat.
func p26Loss(c devCase, a trust.Alert, ok bool) string {
	switch {
	case !ok:
		return "silent"
	case a.Coverage:
		return "cov"
	}
	named := len(c.vendors) == 0 || slices.ContainsFunc(c.vendors, func(v string) bool {
		return slices.ContainsFunc(a.VendorNames(), func(n string) bool { return looseName(n, v) })
	})
	if !named {
		return "vendor"
	}
	return "cat"
}

func p26Rows(t testing.TB, vendors []trust.Vendor) []p26Row {
	files, err := filepath.Glob("testdata/*.tsv")
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	var rows []p26Row
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".tsv")
		if p26Unread(name) {
			continue
		}
		tt, ok := t.(*testing.T)
		if !ok {
			t.Fatal("p26Rows needs a *testing.T")
		}
		for _, c := range readCases(tt, f) {
			r := p26Row{set: name, c: c}
			for _, v := range c.vendors {
				r.terms = append(r.terms, v)
				for _, rv := range vendors {
					if looseName(rv.Name, v) && strings.EqualFold(foldName(rv.Name), foldName(v)) {
						r.terms = append(r.terms, rv.Terms()...)
					}
				}
			}
			sort.SliceStable(r.terms, func(i, j int) bool { return len(r.terms[i]) > len(r.terms[j]) })
			rows = append(rows, r)
		}
	}
	return rows
}

// p26Find returns where a term of r's vendors is written in s, on word
// boundaries, case ignored: [start, end), or -1.
func p26Find(s string, terms []string) (int, int) {
	low := strings.ToLower(s)
	for _, term := range terms {
		tl := strings.ToLower(term)
		if len(tl) < 2 {
			continue
		}
		for from := 0; from < len(low); {
			i := strings.Index(low[from:], tl)
			if i < 0 {
				break
			}
			i += from
			j := i + len(tl)
			if p26Boundary(low, i, j) {
				return i, j
			}
			from = i + 1
		}
	}
	return -1, -1
}

func p26Boundary(s string, i, j int) bool {
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if j < len(s) {
		r, _ := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// p26Verb is a verb of the news in its forms; noun is the action as a
// noun with its preposition ("ban on"), "" when no noun reads naturally.
type p26Verb struct{ base, s, ed, pp, ing, noun string }

var p26Verbs = []p26Verb{
	{"ban", "bans", "banned", "banned", "banning", "ban on"},
	{"bar", "bars", "barred", "barred", "barring", "bar on"},
	{"block", "blocks", "blocked", "blocked", "blocking", "block on"},
	{"blacklist", "blacklists", "blacklisted", "blacklisted", "blacklisting", "blacklisting of"},
	{"sanction", "sanctions", "sanctioned", "sanctioned", "sanctioning", "sanctions on"},
	{"add", "adds", "added", "added", "adding", ""},
	{"remove", "removes", "removed", "removed", "removing", "removal of"},
	{"pull", "pulls", "pulled", "pulled", "pulling", ""},
	{"drop", "drops", "dropped", "dropped", "dropping", ""},
	{"delist", "delists", "delisted", "delisted", "delisting", "delisting of"},
	{"distrust", "distrusts", "distrusted", "distrusted", "distrusting", "distrust of"},
	{"hijack", "hijacks", "hijacked", "hijacked", "hijacking", ""},
	{"compromise", "compromises", "compromised", "compromised", "compromising", ""},
	{"backdoor", "backdoors", "backdoored", "backdoored", "backdooring", ""},
	{"restrict", "restricts", "restricted", "restricted", "restricting", "restrictions on"},
	{"prohibit", "prohibits", "prohibited", "prohibited", "prohibiting", "prohibition on"},
	{"halt", "halts", "halted", "halted", "halting", ""},
	{"suspend", "suspends", "suspended", "suspended", "suspending", "suspension of"},
	{"order", "orders", "ordered", "ordered", "ordering", ""},
	{"warn", "warns", "warned", "warned", "warning", ""},
	{"kick", "kicks", "kicked", "kicked", "kicking", ""},
	{"boot", "boots", "booted", "booted", "booting", ""},
	{"stop", "stops", "stopped", "stopped", "stopping", ""},
	{"lift", "lifts", "lifted", "lifted", "lifting", ""},
	{"revoke", "revokes", "revoked", "revoked", "revoking", ""},
	{"sue", "sues", "sued", "sued", "suing", "lawsuit against"},
	{"probe", "probes", "probed", "probed", "probing", "probe into"},
	{"accuse", "accuses", "accused", "accused", "accusing", ""},
	{"charge", "charges", "charged", "charged", "charging", ""},
	{"fine", "fines", "fined", "fined", "fining", ""},
	{"designate", "designates", "designated", "designated", "designating", "designation of"},
	{"list", "lists", "listed", "listed", "listing", ""},
	{"poison", "poisons", "poisoned", "poisoned", "poisoning", ""},
	{"trojanize", "trojanizes", "trojanized", "trojanized", "trojanizing", ""},
	{"infect", "infects", "infected", "infected", "infecting", ""},
	{"breach", "breaches", "breached", "breached", "breaching", ""},
	{"forbid", "forbids", "forbade", "forbidden", "forbidding", ""},
	{"exclude", "excludes", "excluded", "excluded", "excluding", "exclusion of"},
	{"expel", "expels", "expelled", "expelled", "expelling", "expulsion of"},
	{"oust", "ousts", "ousted", "ousted", "ousting", ""},
	{"purge", "purges", "purged", "purged", "purging", ""},
	{"scrap", "scraps", "scrapped", "scrapped", "scrapping", ""},
	{"ditch", "ditches", "ditched", "ditched", "ditching", ""},
	{"dump", "dumps", "dumped", "dumped", "dumping", ""},
	{"strip", "strips", "stripped", "stripped", "stripping", ""},
	{"rip", "rips", "ripped", "ripped", "ripping", ""},
	{"phase", "phases", "phased", "phased", "phasing", ""},
	{"blacklist", "blacklists", "blacklisted", "blacklisted", "blacklisting", ""},
	{"target", "targets", "targeted", "targeted", "targeting", ""},
	{"hit", "hits", "hit", "hit", "hitting", ""},
	{"tie", "ties", "tied", "tied", "tying", ""},
	{"link", "links", "linked", "linked", "linking", ""},
	{"find", "finds", "found", "found", "finding", ""},
	{"discover", "discovers", "discovered", "discovered", "discovering", ""},
	{"spot", "spots", "spotted", "spotted", "spotting", ""},
	{"uncover", "uncovers", "uncovered", "uncovered", "uncovering", ""},
	{"push", "pushes", "pushed", "pushed", "pushing", ""},
	{"ship", "ships", "shipped", "shipped", "shipping", ""},
	{"plant", "plants", "planted", "planted", "planting", ""},
	{"inject", "injects", "injected", "injected", "injecting", ""},
	{"tamper", "tampers", "tampered", "tampered", "tampering", ""},
	{"cut", "cuts", "cut", "cut", "cutting", ""},
	{"restore", "restores", "restored", "restored", "restoring", ""},
	{"reinstate", "reinstates", "reinstated", "reinstated", "reinstating", ""},
	{"unban", "unbans", "unbanned", "unbanned", "unbanning", ""},
	{"overturn", "overturns", "overturned", "overturned", "overturning", ""},
	{"strike", "strikes", "struck", "struck", "striking", ""},
	{"disconnect", "disconnects", "disconnected", "disconnected", "disconnecting", ""},
	{"replace", "replaces", "replaced", "replaced", "replacing", ""},
	{"uninstall", "uninstalls", "uninstalled", "uninstalled", "uninstalling", ""},
	{"spy", "spies", "spied", "spied", "spying", ""},
	{"steal", "steals", "stole", "stolen", "stealing", ""},
	{"send", "sends", "sent", "sent", "sending", ""},
	{"share", "shares", "shared", "shared", "sharing", ""},
	{"name", "names", "named", "named", "naming", ""},
	{"flag", "flags", "flagged", "flagged", "flagging", ""},
	{"halt", "halts", "halted", "halted", "halting", ""},
	{"quit", "quits", "quit", "quit", "quitting", ""},
	{"shun", "shuns", "shunned", "shunned", "shunning", ""},
	{"avoid", "avoids", "avoided", "avoided", "avoiding", ""},
	{"terminate", "terminates", "terminated", "terminated", "terminating", ""},
	{"end", "ends", "ended", "ended", "ending", ""},
	{"cancel", "cancels", "canceled", "canceled", "canceling", ""},
	{"deny", "denies", "denied", "denied", "denying", ""},
	{"pause", "pauses", "paused", "paused", "pausing", ""},
	{"freeze", "freezes", "froze", "frozen", "freezing", ""},
	{"seize", "seizes", "seized", "seized", "seizing", ""},
	{"shut", "shuts", "shut", "shut", "shutting", ""},
	{"disable", "disables", "disabled", "disabled", "disabling", ""},
	{"invalidate", "invalidates", "invalidated", "invalidated", "invalidating", ""},
	{"reject", "rejects", "rejected", "rejected", "rejecting", ""},
	{"crack", "cracks", "cracked", "cracked", "cracking", ""},
	{"restrict", "restricts", "restricted", "restricted", "restricting", ""},
	{"impose", "imposes", "imposed", "imposed", "imposing", ""},
	{"slap", "slaps", "slapped", "slapped", "slapping", ""},
	{"hack", "hacks", "hacked", "hacked", "hacking", ""},
	{"sell", "sells", "sold", "sold", "selling", ""},
	{"use", "uses", "used", "used", "using", ""},
}

type p26Form uint8

const (
	p26S p26Form = iota
	p26Ed
	p26Ing
	p26Base
)

type p26FormRef struct {
	v    *p26Verb
	form p26Form
}

var p26Forms = func() map[string]p26FormRef {
	m := map[string]p26FormRef{}
	for i := range p26Verbs {
		v := &p26Verbs[i]
		for _, f := range []struct {
			w string
			f p26Form
		}{{v.s, p26S}, {v.ed, p26Ed}, {v.pp, p26Ed}, {v.ing, p26Ing}, {v.base, p26Base}} {
			if _, ok := m[f.w]; !ok {
				m[f.w] = p26FormRef{v, f.f}
			}
		}
	}
	return m
}()

// p26Word is a word of a title with the punctuation around it.
type p26Word struct{ pre, core, post string }

func p26Split(s string) []p26Word {
	var out []p26Word
	for _, f := range strings.Fields(s) {
		i := strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
		if i < 0 {
			out = append(out, p26Word{pre: f})
			continue
		}
		j := strings.LastIndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
		_, n := utf8.DecodeRuneInString(f[j:])
		out = append(out, p26Word{pre: f[:i], core: f[i : j+n], post: f[j+n:]})
	}
	return out
}

func p26Join(ws []p26Word) string {
	parts := make([]string, 0, len(ws))
	for _, w := range ws {
		parts = append(parts, w.pre+w.core+w.post)
	}
	return strings.Join(parts, " ")
}

var p26Preps = map[string]bool{
	"to": true, "from": true, "on": true, "in": true, "by": true, "over": true, "as": true, "for": true,
	"after": true, "amid": true, "at": true, "under": true, "with": true, "across": true, "following": true,
	"via": true, "off": true, "out": true, "into": true, "citing": true, "because": true, "despite": true,
	"against": true, "of": true, "and": false, "until": true, "before": true, "through": true, "within": true,
	"since": true, "says": true, "said": true, "report": true, "reports": true, "but": true, "while": true,
	"behind": true, "near": true, "about": true, "like": true, "than": true, "without": true, "among": true,
	"including": true, "between": true, "around": true, "per": true, "toward": true, "towards": true, "onto": true,
	"upon": true, "beyond": true, "ahead": true, "inside": true, "outside": true, "that": true, "which": true,
	"who": true, "whose": true, "where": true, "when": true, "if": true, "so": true, "or": true,
}

// p26Verbish are common verbs outside p26Verbs: a subject holding one is
// a clause, not a name ("Congress passes provision banning ...").
var p26Verbish = map[string]bool{
	"says": true, "say": true, "said": true, "tells": true, "told": true, "passes": true, "passed": true,
	"approves": true, "approved": true, "abuse": true, "abuses": true, "carry": true, "carries": true,
	"keep": true, "keeps": true, "gets": true, "get": true, "makes": true, "make": true, "wants": true,
	"asks": true, "urges": true, "plans": true, "moves": true, "seeks": true, "vows": true, "calls": true,
	"threatens": true, "considers": true, "weighs": true, "mulls": true, "eyes": true, "claims": true,
	"reveals": true, "shows": true, "exposes": true, "confirms": true, "denies": true, "admits": true,
	"leads": true, "lets": true, "helps": true, "goes": true, "comes": true, "takes": true, "gives": true,
	"votes": true, "backs": true, "signs": true, "issues": true, "launches": true, "unveils": true,
	"exploit": true, "exploits": true, "hits": true, "is": true, "are": true, "was": true, "were": true,
	"will": true, "would": true, "could": true, "may": true, "might": true, "should": true, "can": true,
	"not": true, "no": true, "still": true, "now": true,
}

// p26NounHeads are heads of a noun phrase whose "to" is no future ("Bill
// to ban X"), nor its participle a passive of the news.
var p26NounHeads = map[string]bool{
	"bill": true, "plan": true, "move": true, "bid": true, "law": true, "proposal": true, "push": true,
	"effort": true, "vote": true, "order": true, "decision": true, "call": true, "motion": true,
	"amendment": true, "rule": true, "measure": true, "attempt": true, "deal": true, "pressure": true,
	"campaign": true, "legislation": true, "calls": true, "plans": true, "moves": true, "bids": true,
	"efforts": true, "way": true, "right": true, "power": true, "pledge": true, "deadline": true,
}

var p26Aux = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true, "been": true,
	"be": true, "being": true, "will": true, "to": true, "would": true, "may": true, "could": true,
}

var p26PassiveAux = map[string]bool{"is": true, "are": true, "was": true, "were": true, "been": true, "be": true, "being": true, "get": true, "gets": true, "got": true}

var p26NounBefore = map[string]bool{
	"the": true, "a": true, "an": true, "new": true, "more": true, "fresh": true, "latest": true, "its": true,
	"their": true, "his": true, "her": true, "of": true, "on": true, "in": true, "for": true, "over": true,
	"amid": true, "after": true, "with": true, "and": true, "no": true, "any": true, "first": true, "s": true,
	"this": true, "that": true, "these": true, "those": true, "without": true, "into": true, "about": true,
}

// p26Clause is a title's news verb and the words around it.
type p26Clause struct {
	ws       []p26Word
	start    int // the verb group's first word (an auxiliary, or the verb)
	verb     int // the verb
	v        *p26Verb
	form     p26Form
	passive  bool
	prefix   int // ws[:prefix] is a label before a colon, no part of the clause
	capStyle int // 0 lower, 1 Title, 2 UPPER: the verb as written
}

// p26Parse finds a title's first news verb in a form the rewritings can
// inflect: a verb with a subject before it, not a noun ("sanctions on").
func p26Parse(title string) (p26Clause, bool) {
	ws := p26Split(title)
	prefix := 0
	for i, w := range ws {
		if strings.HasSuffix(w.post, ":") && i < len(ws)-2 {
			prefix = i + 1
		}
	}
	for i := prefix + 1; i < len(ws); i++ {
		w := ws[i]
		low := strings.ToLower(w.core)
		ref, ok := p26Forms[low]
		if !ok || w.pre != "" {
			continue
		}
		prevW := ws[i-1]
		if strings.ContainsAny(prevW.post, ",;:") && !p26Aux[strings.ToLower(prevW.core)] {
			continue
		}
		prev := strings.ToLower(prevW.core)
		if p26NounBefore[prev] {
			continue
		}
		next := ""
		if i+1 < len(ws) {
			next = strings.ToLower(ws[i+1].core)
		}
		c := p26Clause{ws: ws, start: i, verb: i, v: ref.v, form: ref.form, prefix: prefix}
		switch {
		case w.core == strings.ToUpper(w.core) && len(w.core) > 1:
			c.capStyle = 2
		case unicode.IsUpper([]rune(w.core)[0]):
			c.capStyle = 1
		}
		// the auxiliaries before the verb
		for c.start > prefix+1 && p26Aux[strings.ToLower(ws[c.start-1].core)] && ws[c.start-1].post == "" && ws[c.start-1].pre == "" {
			c.start--
		}
		aux := ""
		if c.start < i {
			aux = strings.ToLower(ws[i-1].core)
		}
		switch ref.form {
		case p26Base:
			if aux != "to" && aux != "will" {
				continue // a bare base form is most often a noun ("TikTok ban")
			}
		case p26S:
			if next == "on" || next == "against" || next == "to" && ref.v.base == "sanction" || aux != "" {
				continue // "sanctions on", "bans against": nouns
			}
		case p26Ing:
			if aux != "" && aux != "is" && aux != "are" && aux != "been" && aux != "be" {
				continue
			}
			if next == "of" {
				continue
			}
		case p26Ed:
			if p26PassiveAux[aux] {
				c.passive = true
			} else if aux == "" {
				// a headline's bare participle: passive when no object follows
				c.passive = next == "" || p26Preps[next] || strings.ContainsAny(w.post, ",;:") || strings.HasSuffix(next, "ing")
				if c.passive && p26LaterVerb(ws[i+1:]) {
					continue // "Gang linked to FSB hits hospitals": a participle describing the subject
				}
			}
		}
		if c.start <= prefix || !p26Subject(ws[prefix:c.start]) {
			continue
		}
		if aux == "to" && p26NounHeads[strings.ToLower(ws[c.start-1].core)] {
			continue
		}
		return c, true
	}
	return p26Clause{}, false
}

// p26LaterVerb reports whether a finite verb follows in the clause.
func p26LaterVerb(ws []p26Word) bool {
	for _, w := range ws {
		low := strings.ToLower(w.core)
		if ref, ok := p26Forms[low]; ok && ref.form == p26S || p26Verbish[low] && low != "not" && low != "no" && low != "still" && low != "now" {
			return true
		}
		if strings.ContainsAny(w.post, ",;:") {
			return false
		}
	}
	return false
}

// p26Subject reports whether words read as a subject: at most six, no
// clause's punctuation, no verb.
func p26Subject(ws []p26Word) bool {
	if len(ws) == 0 || len(ws) > 6 {
		return false
	}
	for i, w := range ws {
		low := strings.ToLower(w.core)
		if p26Verbish[low] || strings.ContainsAny(w.post, ",;:?!") || w.core == "" {
			return false
		}
		if _, verb := p26Forms[low]; verb && i > 0 {
			return false
		}
	}
	return true
}

// p26Style writes words as the verb was written (lower, Title or UPPER).
func (c p26Clause) p26Style(words ...string) []p26Word {
	var out []p26Word
	for _, s := range words {
		for _, w := range strings.Fields(s) {
			switch c.capStyle {
			case 1:
				w = strings.ToUpper(w[:1]) + w[1:]
			case 2:
				w = strings.ToUpper(w)
			}
			out = append(out, p26Word{core: w})
		}
	}
	return out
}

// p26Plural reports whether the clause's subject reads as plural
// ("Accounts", "States"), for the auxiliary's number.
func (c p26Clause) p26Plural() bool {
	if c.start == 0 {
		return false
	}
	w := c.ws[c.start-1].core
	l := strings.ToLower(w)
	if len(w) < 3 || w == strings.ToUpper(w) || !strings.HasSuffix(l, "s") {
		return false
	}
	for _, s := range []string{"ss", "us", "is", "as", "os", "news"} {
		if strings.HasSuffix(l, s) {
			return false
		}
	}
	return true
}

// p26Num picks the singular or the plural auxiliary.
func (c p26Clause) p26Num(sing, plural string) string {
	if c.p26Plural() {
		return plural
	}
	return sing
}

// p26Rebuild writes the clause with its verb group replaced by words,
// the verb's trailing punctuation kept on the last.
func (c p26Clause) p26Rebuild(words ...string) string {
	group := c.p26Style(words...)
	if len(group) == 0 {
		return ""
	}
	group[len(group)-1].post = c.ws[c.verb].post
	out := slices.Concat(c.ws[:c.start], group, c.ws[c.verb+1:])
	return p26Join(out)
}

// p26Tense rewrites a title's news verb in form ("present", "past",
// "perfect", "future", "progressive", "gerund", "noun").
func p26Tense(title, form string) (string, bool) {
	c, ok := p26Parse(title)
	if !ok {
		return "", false
	}
	v := c.v
	if (form == "future" || form == "progressive" && c.passive) && p26Happening[v.base] {
		return "", false // "to be hijacked", "is being found": no longer what happened
	}
	var out string
	if c.passive {
		switch form {
		case "present":
			out = c.p26Rebuild(c.p26Num("is", "are"), v.pp)
		case "past":
			out = c.p26Rebuild(v.pp)
		case "perfect":
			out = c.p26Rebuild(c.p26Num("has", "have")+" been", v.pp)
		case "future":
			out = c.p26Rebuild("to be", v.pp)
		case "progressive":
			out = c.p26Rebuild(c.p26Num("is", "are")+" being", v.pp)
		}
	} else {
		switch form {
		case "present":
			out = c.p26Rebuild(c.p26Num(v.s, v.base))
		case "past":
			out = c.p26Rebuild(v.ed)
		case "perfect":
			out = c.p26Rebuild(c.p26Num("has", "have"), v.pp)
		case "future":
			out = c.p26Rebuild("to", v.base)
		case "progressive":
			out = c.p26Rebuild(c.p26Num("is", "are"), v.ing)
		case "gerund":
			out = c.p26Rebuild(v.ing)
		case "noun":
			if v.noun != "" && c.verb+1 < len(c.ws) && !p26Preps[strings.ToLower(c.ws[c.verb+1].core)] {
				out = c.p26Rebuild(v.noun)
			}
		}
	}
	if out == "" || out == title {
		return "", false
	}
	return out, true
}

// p26Happening are the verbs of what happened rather than of what an
// authority decides: their future tells of no event.
var p26Happening = map[string]bool{
	"hijack": true, "compromise": true, "backdoor": true, "poison": true, "trojanize": true, "infect": true,
	"breach": true, "hack": true, "push": true, "ship": true, "plant": true, "inject": true, "tamper": true,
	"steal": true, "send": true, "share": true, "spy": true, "find": true, "discover": true, "spot": true,
	"uncover": true, "hit": true, "target": true, "link": true, "tie": true, "use": true, "sell": true,
	"crack": true, "name": true, "flag": true,
}

// p26Phrase returns the noun phrase at the start of ws: the words up to a
// preposition, a verb form or punctuation, at most max words; n is how
// many it took.
func p26Phrase(ws []p26Word, max int) int {
	n := 0
	for n < len(ws) && n < max {
		w := ws[n]
		low := strings.ToLower(w.core)
		if w.core == "" || n > 0 && (p26Preps[low] || w.pre != "" || p26Verbish[low]) || unicode.IsDigit([]rune(w.core)[0]) || strings.HasPrefix(w.pre, "$") {
			break
		}
		if n == 0 && (strings.HasSuffix(low, "ing") || p26Preps[low]) {
			break
		}
		if n > 0 {
			if _, verb := p26Forms[low]; verb {
				break
			}
		}
		n++
		if w.post != "" && w.post != "'s" && w.post != "’s" {
			break
		}
	}
	return n
}

// p26Passive rewrites an active title ("Commerce adds Huawei to Entity
// List") in the passive ("Huawei added by Commerce to Entity List").
func p26Passive(title string) (string, bool) {
	c, ok := p26Parse(title)
	if !ok || c.passive || c.form == p26Base && c.start == c.verb {
		return "", false
	}
	switch c.v.base {
	case "warn", "find", "spot", "discover", "uncover", "say", "use", "send", "share", "spy":
		return "", false // a clause or no object after it
	}
	subj := c.ws[c.prefix:c.start]
	rest := c.ws[c.verb+1:]
	n := p26Phrase(rest, 6)
	if n == 0 || len(subj) == 0 || len(subj) > 6 {
		return "", false
	}
	obj := slices.Clone(rest[:n])
	tail := rest[n:]
	objPost := obj[n-1].post
	obj[n-1].post = ""
	subjC := slices.Clone(subj)
	subjC[len(subjC)-1].post = ""
	// the object opens the clause: capitalise it as the subject was
	if c.capStyle != 2 && len(subj[0].core) > 0 && unicode.IsUpper([]rune(subj[0].core)[0]) && len(obj[0].core) > 0 {
		r, sz := utf8.DecodeRuneInString(obj[0].core)
		obj[0].core = string(unicode.ToUpper(r)) + obj[0].core[sz:]
	}
	if len(subjC[0].core) > 0 && !p26Proper(subjC[0].core) {
		r, sz := utf8.DecodeRuneInString(subjC[0].core)
		subjC[0].core = string(unicode.ToLower(r)) + subjC[0].core[sz:]
	}
	verb := c.p26Style(c.v.pp)
	by := c.p26Style("by")
	var mid []p26Word
	mid = append(mid, verb...)
	mid = append(mid, by...)
	mid = append(mid, subjC...)
	mid[len(mid)-1].post = objPost
	out := p26Join(slices.Concat(c.ws[:c.prefix], obj, mid, tail))
	return out, out != title
}

// p26Proper reports whether a word reads as a name (an acronym, or a
// capitalised word that is not a common one opening a sentence).
func p26Proper(w string) bool {
	if len(w) > 1 && w == strings.ToUpper(w) {
		return true
	}
	switch strings.ToLower(w) {
	case "hackers", "attackers", "researchers", "officials", "lawmakers", "regulators", "the", "a", "an",
		"government", "state", "states", "agencies", "court", "judge", "retailer", "retailers", "criminals",
		"cybercriminals", "threat", "scammers", "authorities", "senate", "house", "parliament", "military", "army":
		return false
	}
	return true
}

// p26Active rewrites a passive title with its agent ("Huawei added to
// Entity List by Commerce") in the active ("Commerce adds Huawei to
// Entity List").
func p26Active(title string) (string, bool) {
	c, ok := p26Parse(title)
	if !ok || !c.passive {
		return "", false
	}
	rest := c.ws[c.verb+1:]
	by := -1
	for i, w := range rest {
		if strings.ToLower(w.core) == "by" && w.pre == "" {
			by = i
			break
		}
		if w.post != "" && w.post != "'s" || p26Verbish[strings.ToLower(w.core)] {
			break
		}
		if _, verb := p26Forms[strings.ToLower(w.core)]; verb {
			break
		}
	}
	if by < 0 || by+1 >= len(rest) {
		return "", false
	}
	n := p26Phrase(rest[by+1:], 6)
	if n == 0 {
		return "", false
	}
	agent := slices.Clone(rest[by+1 : by+1+n])
	agentPost := agent[n-1].post
	agent[n-1].post = ""
	if l := strings.ToLower(agent[n-1].core); strings.HasPrefix(l, "report") || strings.HasPrefix(l, "research") || l == "experts" {
		return "", false // "... by researchers": an agent that found, not acted
	}
	subj := slices.Clone(c.ws[c.prefix:c.start])
	if len(subj) == 0 {
		return "", false
	}
	if r, sz := utf8.DecodeRuneInString(agent[0].core); unicode.IsLower(r) && c.capStyle != 0 || c.prefix == 0 {
		agent[0].core = string(unicode.ToUpper(r)) + agent[0].core[sz:]
	}
	if !p26Proper(subj[0].core) {
		r, sz := utf8.DecodeRuneInString(subj[0].core)
		subj[0].core = string(unicode.ToLower(r)) + subj[0].core[sz:]
	}
	form := c.v.s
	if l := strings.ToLower(agent[n-1].core); strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") && !strings.HasSuffix(l, "us") && agent[n-1].core != strings.ToUpper(agent[n-1].core) {
		form = c.v.base
	}
	verb := c.p26Style(form)
	mid := slices.Clone(rest[:by])
	tail := slices.Clone(rest[by+1+n:])
	last := slices.Concat(agent, verb, subj, mid)
	last[len(last)-1].post += agentPost
	if len(mid) == 0 {
		last[len(last)-1].post = c.ws[c.verb].post + agentPost
	}
	out := p26Join(slices.Concat(c.ws[:c.prefix], last, tail))
	return out, out != title
}

var p26CountryAdj = map[string]string{
	"China": "Chinese", "Russia": "Russian", "US": "US", "Israel": "Israeli", "Taiwan": "Taiwanese",
	"Italy": "Italian", "Hungary": "Hungarian", "Greece": "Greek", "Canada": "Canadian", "Cyprus": "Cypriot",
}

// p26Descriptor is how a title describes r's vendor without naming it.
func p26Descriptor(r *p26Row, vendors []trust.Vendor) string {
	if slices.Contains(r.c.category, trust.CategoryOSS) {
		return "popular package"
	}
	for _, v := range vendors {
		if len(r.c.vendors) == 0 || !looseName(v.Name, r.c.vendors[0]) || foldName(v.Name) != foldName(r.c.vendors[0]) {
			continue
		}
		cat := "tech"
		if len(v.Categories) > 0 {
			cat = v.Categories[0]
			for _, pl := range []string{"apps", "routers", "cameras", "drones", "smartphones", "chips", "modules", "firewalls", "servers", "scanners", "robots", "radios", "pcs", "laptops"} {
				if strings.HasSuffix(cat, pl) {
					cat = strings.TrimSuffix(cat, "s")
				}
			}
		}
		if adj := p26CountryAdj[v.Country]; adj != "" {
			return adj + " " + cat + " firm"
		}
		return cat + " firm"
	}
	return "tech firm"
}

// p26Heads are the nouns a title describes a vendor with.
var p26Heads = map[string]bool{
	"maker": true, "firm": true, "company": true, "vendor": true, "giant": true, "provider": true,
	"developer": true, "startup": true, "manufacturer": true, "supplier": true, "brand": true, "app": true,
	"carrier": true, "group": true, "authority": true, "library": true, "package": true, "chipmaker": true,
	"platform": true, "service": true, "contractor": true, "operator": true, "producer": true, "extension": true,
	"plugin": true, "tool": true, "software": true, "chatbot": true, "browser": true, "messenger": true,
}

// p26Sentence ends s as a sentence.
func p26Sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	switch s[len(s)-1] {
	case '.', '?', '!':
		return s
	}
	return s + "."
}

func p26LeadWith(title, lead string) string {
	if lead == "" {
		return p26Sentence(title)
	}
	return p26Sentence(title) + " " + lead
}

func p26Upper1(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

var p26Small = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "of": true, "on": true, "in": true,
	"to": true, "for": true, "by": true, "at": true, "from": true, "with": true, "as": true, "over": true, "vs": true,
}

// p26TitleCase capitalises every word but the small ones; a word with a
// capital inside or a character of code ("iPhone", "ua-parser-js") stays.
func p26TitleCase(title string) string {
	ws := p26Split(title)
	for i := range ws {
		w := ws[i].core
		if w == "" || strings.ContainsAny(w, "/@._") || strings.ContainsAny(ws[i].pre, "@") {
			continue
		}
		rs := []rune(w)
		if unicode.IsLower(rs[0]) && strings.IndexFunc(string(rs[1:]), unicode.IsUpper) >= 0 {
			continue
		}
		if i > 0 && p26Small[w] && !strings.HasSuffix(ws[i-1].post, ":") {
			continue
		}
		ws[i].core = p26Upper1(w)
	}
	return p26Join(ws)
}

// p26Vocab is every word the rows write in lower case inside a
// sentence: the common words, which sentence case lowers.
func p26Vocab(rows []p26Row) map[string]bool {
	v := map[string]bool{}
	for _, r := range rows {
		for _, text := range []string{r.c.title, r.c.body} {
			ws := p26Split(text)
			for i, w := range ws {
				if i == 0 || w.core == "" || strings.ContainsAny(ws[i-1].post, ".!?:") {
					continue
				}
				if w.core == strings.ToLower(w.core) {
					v[w.core] = true
				}
			}
		}
	}
	return v
}

// p26SentenceCase lowers every word but the first, acronyms, the
// vendor's terms, the words the lead writes capitalised inside a
// sentence and the words no row writes in lower case (names).
func p26SentenceCase(title, lead string, terms []string, vocab map[string]bool) string {
	keep := map[string]bool{}
	lw := p26Split(lead)
	for i, w := range lw {
		if i == 0 || strings.ContainsAny(lw[i-1].post, ".!?") || w.core == "" {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w.core); unicode.IsUpper(r) {
			keep[w.core] = true
		}
	}
	vs, ve := p26Find(title, terms)
	ws := p26Split(title)
	caps := 0
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w.core); unicode.IsUpper(r) {
			caps++
		}
	}
	if caps*10 < len(ws)*7 {
		// a title mostly in lower case already: a run of capitals is a name
		for i := 1; i+1 < len(ws); i++ {
			r1, _ := utf8.DecodeRuneInString(ws[i].core)
			r2, _ := utf8.DecodeRuneInString(ws[i+1].core)
			if unicode.IsUpper(r1) && unicode.IsUpper(r2) && ws[i].post == "" {
				keep[ws[i].core], keep[ws[i+1].core] = true, true
			}
		}
	}
	pos := 0
	for i := range ws {
		w := ws[i].core
		start := strings.Index(title[pos:], ws[i].pre+w) + pos + len(ws[i].pre)
		pos = start + len(w)
		if i == 0 || w == "" || keep[w] || strings.HasSuffix(ws[i-1].post, ":") {
			continue
		}
		if vs >= 0 && start >= vs && start < ve {
			continue
		}
		if len(w) > 1 && w == strings.ToUpper(w) && strings.ToUpper(w) != strings.ToLower(w) {
			continue
		}
		if strings.IndexFunc(w[1:], unicode.IsUpper) >= 0 || !vocab[strings.ToLower(w)] {
			continue // "McAfee", "iPhone"; "Chinese", "York"
		}
		ws[i].core = strings.ToLower(w)
	}
	return p26Join(ws)
}

func p26Transforms(vendors []trust.Vendor, vocab map[string]bool) []p26Transform {
	title := func(f func(string) string) func(r *p26Row) (p26Variant, bool) {
		return func(r *p26Row) (p26Variant, bool) {
			t := f(r.c.title)
			return p26Variant{t, r.c.body}, t != "" && t != r.c.title
		}
	}
	tense := func(form string) func(r *p26Row) (p26Variant, bool) {
		return func(r *p26Row) (p26Variant, bool) {
			t, ok := p26Tense(r.c.title, form)
			return p26Variant{t, r.c.body}, ok
		}
	}
	catNoun := map[trust.Category]string{
		trust.CategoryBan: "ban", trust.CategorySanctions: "sanctions", trust.CategoryDelisting: "removal",
		trust.CategoryDirective: "warning", trust.CategoryCompromise: "supply-chain attack", trust.CategoryOSS: "compromise",
		trust.CategoryDistrust: "distrust", trust.CategoryStateLinks: "state ties", trust.CategoryEspionage: "spying claims",
		trust.CategoryReversal: "ban lifted",
	}
	return []p26Transform{
		{"vendor.title>lead", func(r *p26Row) (p26Variant, bool) {
			i, j := p26Find(r.c.title, r.terms)
			if i < 0 {
				return p26Variant{}, false
			}
			if k, _ := p26Find(r.c.title[j:], r.terms); k >= 0 {
				return p26Variant{}, false // named twice, or two vendors
			}
			d := p26Descriptor(r, vendors)
			if i == 0 {
				d = p26Upper1(d)
			}
			t := r.c.title[:i] + d + r.c.title[j:]
			if before := p26Split(r.c.title[:i]); len(before) > 0 && before[len(before)-1].post == "" && p26Heads[strings.ToLower(before[len(before)-1].core)] {
				// "Chinese router maker TP-Link": the title describes it already
				t = strings.TrimRight(r.c.title[:i], " ") + r.c.title[j:]
			}
			lead := r.c.body
			if k, _ := p26Find(lead, r.terms); k < 0 {
				lead = p26LeadWith(r.c.title, lead)
			}
			return p26Variant{t, lead}, true
		}},
		{"vendor.lead>title:prefix", func(r *p26Row) (p26Variant, bool) {
			if i, _ := p26Find(r.c.title, r.terms); i >= 0 || len(r.c.vendors) == 0 {
				return p26Variant{}, false
			}
			i, j := p26Find(r.c.body, r.terms)
			if i < 0 {
				return p26Variant{}, false
			}
			return p26Variant{r.c.body[i:j] + ": " + r.c.title, r.c.body}, true
		}},
		{"vendor.lead>title:paren", func(r *p26Row) (p26Variant, bool) {
			if i, _ := p26Find(r.c.title, r.terms); i >= 0 || len(r.c.vendors) == 0 {
				return p26Variant{}, false
			}
			i, j := p26Find(r.c.body, r.terms)
			if i < 0 {
				return p26Variant{}, false
			}
			return p26Variant{r.c.title + " (" + r.c.body[i:j] + ")", r.c.body}, true
		}},
		{"terse.name", func(r *p26Row) (p26Variant, bool) {
			i, j := p26Find(r.c.title, r.terms)
			if i < 0 {
				return p26Variant{}, false
			}
			return p26Variant{r.c.title[i:j], p26LeadWith(r.c.title, r.c.body)}, true
		}},
		{"terse.name+noun", func(r *p26Row) (p26Variant, bool) {
			i, j := p26Find(r.c.title, r.terms)
			if i < 0 || !r.c.positive {
				return p26Variant{}, false
			}
			return p26Variant{r.c.title[i:j] + " " + catNoun[r.c.category[0]], p26LeadWith(r.c.title, r.c.body)}, true
		}},
		{"voice.passive", title(func(s string) string { t, _ := p26Passive(s); return t })},
		{"voice.active", title(func(s string) string { t, _ := p26Active(s); return t })},
		{"tense.present", tense("present")},
		{"tense.past", tense("past")},
		{"tense.perfect", tense("perfect")},
		{"tense.future", tense("future")},
		{"tense.progressive", tense("progressive")},
		{"tense.gerund", tense("gerund")},
		{"tense.noun", tense("noun")},
		{"label.report", title(func(s string) string { return "Report: " + s })},
		{"label.exclusive", title(func(s string) string { return "Exclusive: " + s })},
		{"label.[update]", title(func(s string) string { return "[Update] " + s })},
		{"label.UPDATE 2-", title(func(s string) string { return "UPDATE 2-" + s })},
		{"label.outlet", title(func(s string) string { return s + " - Reuters" })},
		{"lead.dateline", func(r *p26Row) (p26Variant, bool) {
			if r.c.body == "" {
				return p26Variant{}, false
			}
			return p26Variant{r.c.title, "WASHINGTON (Reuters) - " + r.c.body}, true
		}},
		{"quote.double", title(func(s string) string { return "\"" + s + "\"" })},
		{"quote.curly", title(func(s string) string { return "“" + s + "”" })},
		{"quote.section:", title(func(s string) string { return "Cybersecurity: " + s })},
		{"case.title", title(p26TitleCase)},
		{"case.sentence", func(r *p26Row) (p26Variant, bool) {
			t := p26SentenceCase(r.c.title, r.c.body, r.terms, vocab)
			return p26Variant{t, r.c.body}, t != r.c.title
		}},
		{"case.upper", title(strings.ToUpper)},
		{"clause.shares", title(func(s string) string { return strings.TrimRight(s, ".") + ", shares fall" })},
		{"clause.as", title(func(s string) string { return strings.TrimRight(s, ".") + " as stocks slide" })},
	}
}

// p26Count is one rewriting's counts.
type p26Count struct {
	posN, posRight int // right rows it applied to; of them still right
	negN, negAlert int // quiet look-alikes it applied to; of them alerting
	loss           map[string]int
	broke          []string
}

// p26Measure runs every rewriting over the rows (every step-th).
func p26Measure(t *testing.T, step int, keepRows bool) ([]p26Transform, map[string]*p26Count, [2]int) {
	vendors := defaultVendors(t)
	m := defaultMatcher(t)
	rows := p26Rows(t, vendors)
	trs := p26Transforms(vendors, p26Vocab(rows))
	if only := os.Getenv("VW_P26_ONLY"); only != "" {
		trs = slices.DeleteFunc(trs, func(tr p26Transform) bool { return !strings.Contains(","+only+",", ","+tr.name+",") })
	}
	counts := map[string]*p26Count{}
	for _, tr := range trs {
		counts[tr.name] = &p26Count{loss: map[string]int{}}
	}
	var base [2]int // right rows, quiet look-alikes
	for n := range rows {
		if n%step != 0 {
			continue
		}
		r := &rows[n]
		a, ok := m.Match(r.c.title, r.c.body)
		if r.c.positive && !p26Right(r.c, a, ok) || !r.c.positive && ok && !a.Coverage {
			continue
		}
		if r.c.positive {
			base[0]++
		} else {
			base[1]++
		}
		for _, tr := range trs {
			v, applies := tr.fn(r)
			if !applies {
				continue
			}
			cnt := counts[tr.name]
			b, ok := m.Match(v.title, v.lead)
			if r.c.positive {
				cnt.posN++
				if p26Right(r.c, b, ok) {
					cnt.posRight++
					continue
				}
				cnt.loss[p26Loss(r.c, b, ok)]++
				if keepRows {
					cnt.broke = append(cnt.broke, fmt.Sprintf("+ %s:%d %s\t%s\t%s\t%s", r.set, r.c.line, p26Loss(r.c, b, ok), strings.Join(r.c.vendors, ","), v.title, p26Cut(v.lead)))
				}
				continue
			}
			cnt.negN++
			if ok && !b.Coverage {
				cnt.negAlert++
				if keepRows {
					cnt.broke = append(cnt.broke, fmt.Sprintf("- %s:%d %s\t%s\t%s", r.set, r.c.line, b.VendorNames(), v.title, p26Cut(v.lead)))
				}
			}
		}
	}
	return trs, counts, base
}

func p26Cut(s string) string {
	if len(s) > 160 {
		return s[:160] + "…"
	}
	return s
}

// p26Floors are the least share of right rows each rewriting keeps right
// (per mille) and the most look-alikes it may set alerting, on the
// default sample (every p26Step-th row): 1.5 points under the share and
// two look-alikes over the count para26.go reached (the comments).
var p26Floors = map[string][2]int{
	"vendor.title>lead":        {713, 7},  // 233/320, 5/144
	"vendor.lead>title:prefix": {920, 2},  // 102/109, 0/1
	"vendor.lead>title:paren":  {957, 2},  // 106/109, 0/1
	"terse.name":               {98, 2},   // 39/345, 0/146
	"terse.name+noun":          {547, 2},  // 194/345, 0/0
	"voice.passive":            {884, 10}, // 170/189, 8/173
	"voice.active":             {0, 2},    // 2/2, 0/7: too few to hold a share
	"tense.present":            {917, 3},  // 138/148, 1/75
	"tense.past":               {959, 9},  // 193/198, 7/208
	"tense.perfect":            {947, 10}, // 311/323, 8/259
	"tense.future":             {898, 4},  // 168/184, 2/177
	"tense.progressive":        {937, 5},  // 220/231, 3/230
	"tense.gerund":             {899, 6},  // 193/211, 4/215
	"tense.noun":               {895, 7},  // 91/100, 5/78
	"label.report":             {985, 2},  // 514/514, 0/611
	"label.exclusive":          {985, 2},  // 514/514, 0/611
	"label.[update]":           {985, 2},  // 514/514, 0/611
	"label.UPDATE 2-":          {985, 2},  // 514/514, 0/611
	"label.outlet":             {979, 3},  // 511/514, 1/611
	"lead.dateline":            {985, 2},  // 446/446, 0/480
	"quote.double":             {985, 2},  // 514/514, 0/611
	"quote.curly":              {985, 2},  // 514/514, 0/611
	"quote.section:":           {985, 2},  // 514/514, 0/611
	"case.title":               {892, 5},  // 463/510, 3/598
	"case.sentence":            {940, 2},  // 17/17, 0/50
	"case.upper":               {903, 6},  // 472/514, 4/611
	"clause.shares":            {985, 2},  // 514/514, 0/611
	"clause.as":                {985, 2},  // 514/514, 0/611
}

// p26Step samples the rows the default run rewrites, to keep it quick.
const p26Step = 12

func TestPara26Invariance(t *testing.T) {
	mode := os.Getenv("VW_P26")
	step := p26Step
	if mode != "" {
		step = 1
	}
	trs, counts, base := p26Measure(t, step, mode == "rows")
	var sumN, sumR, sumNeg, sumA int
	for _, tr := range trs {
		c := counts[tr.name]
		sumN += c.posN
		sumR += c.posRight
		sumNeg += c.negN
		sumA += c.negAlert
		if mode != "" {
			var ls []string
			for k, v := range c.loss {
				ls = append(ls, fmt.Sprintf("%s %d", k, v))
			}
			sort.Strings(ls)
			fmt.Printf("P26 %-26s right %4d/%4d (%5.1f%%)  look-alikes alerting %3d/%4d  [%s]\n",
				tr.name, c.posRight, c.posN, 100*float64(c.posRight)/float64(max(c.posN, 1)), c.negAlert, c.negN, strings.Join(ls, ", "))
			if mode == "rows" {
				for _, b := range c.broke {
					fmt.Printf("P26ROW %s %s\n", tr.name, b)
				}
			}
		}
		if mode == "" {
			t.Logf("%-26s right %d/%d, look-alikes alerting %d/%d", tr.name, c.posRight, c.posN, c.negAlert, c.negN)
		}
		if f, ok := p26Floors[tr.name]; ok && mode == "" {
			if c.posRight*1000 < f[0]*c.posN {
				t.Errorf("%s: %d of %d right rows stay right, want at least %d‰", tr.name, c.posRight, c.posN, f[0])
			}
			if c.negAlert > f[1] {
				t.Errorf("%s: %d look-alikes alert, want at most %d", tr.name, c.negAlert, f[1])
			}
		}
	}
	if mode != "" {
		fmt.Printf("P26 TOTAL base right %d quiet %d; rewritten right %d/%d (%.1f%%), look-alikes alerting %d/%d\n",
			base[0], base[1], sumR, sumN, 100*float64(sumR)/float64(max(sumN, 1)), sumA, sumNeg)
	}
}

// TestPara26Show prints a sample of each rewriting (VW_P26=show).
func TestPara26Show(t *testing.T) {
	if os.Getenv("VW_P26") != "show" {
		t.Skip("VW_P26 != show")
	}
	vendors := defaultVendors(t)
	rows := p26Rows(t, vendors)
	for _, tr := range p26Transforms(vendors, p26Vocab(rows)) {
		shown := 0
		for n := 7; n < len(rows) && shown < 12; n += 53 {
			v, ok := tr.fn(&rows[n])
			if !ok {
				continue
			}
			shown++
			fmt.Printf("SHOW %-24s %q\n%31s %q | %q\n", tr.name, rows[n].c.title, "->", v.title, p26Cut(v.lead))
		}
	}
}

// TestPara26Wrappings holds para26.go's readings to rows written in
// shapes the readable sets do not have: a site's section or a wire's
// label before the title, a market's reaction after it, a dateline before
// the lead, a title in capitals, and a verb in the future, the perfect, a
// passive with its auxiliary or a bare "-ing"; each beside look-alikes in
// the same wrapping.
func TestPara26Wrappings(t *testing.T) {
	m := defaultMatcher(t)
	checkLeadRows(t, m, []leadRow{
		{"label", "[Updated] Commerce adds Zorbtek to Entity List", "The department said the Shenzhen firm supplied China's military.", "Zorbtek", trust.CategorySanctions},
		{"label", "(Update) Germany bars Huawei from 5G core network", "", "Huawei", trust.CategoryBan},
		{"label", "CORRECTED-Pentagon adds DJI to list of Chinese military companies", "", "DJI", trust.CategorySanctions},
		{"label", "UPDATE 3-Commerce adds Zorbtek to Entity List", "", "Zorbtek", trust.CategorySanctions},
		{"label", "Tech: India bans TikTok and 58 other Chinese apps", "", "TikTok", trust.CategoryBan},
		{"label", "Privacy: Italy's watchdog orders DeepSeek blocked", "", "DeepSeek", trust.CategoryBan},
		{"label", "[Update] Huawei unveils new foldable phone", "", "", ""},
		{"label", "Security: Kaspersky finds new Android spyware", "", "", ""},
		{"label", "UPDATE 1-Huawei launches HarmonyOS Next", "", "", ""},
		{"label", "Cybersecurity: Vietnam orders telecom providers to block Telegram", "The ministry cited the app's failure to cooperate with police.", "", ""},
		{"market", "Pentagon blacklists Xiaomi, shares plunge 10%", "", "Xiaomi", trust.CategorySanctions},
		{"market", "FCC bans Hikvision gear approvals; stock slides", "", "Hikvision", trust.CategoryBan},
		{"market", "Apple pulls Kaspersky apps from App Store as shares tumble", "", "Kaspersky", trust.CategoryDelisting},
		{"market", "Huawei shares fall after earnings miss", "", "", ""},
		{"market", "Kaspersky posts record revenue, shares rise", "", "", ""},
		{"dateline", "US blacklists Chinese drone maker", "WASHINGTON (AP) — The Commerce Department added DJI to the Entity List on Friday.", "DJI", trust.CategorySanctions},
		{"dateline", "Retailer stops selling Russian antivirus", "SAN FRANCISCO -- Best Buy said it would pull Kaspersky products from its shelves amid concerns over ties to Russian intelligence.", "Kaspersky", trust.CategoryDelisting},
		{"dateline", "Smart TV maker settles privacy suit", "NEW YORK (Reuters) - Vizio agreed to pay $2.2 million to settle claims.", "", ""},
		{"capitals", "PENTAGON ADDS DJI TO LIST OF CHINESE MILITARY COMPANIES", "", "DJI", trust.CategorySanctions},
		{"capitals", "SECRET ROOT ACCOUNT FOUND IN ZORVEX NAS FIRMWARE", "Researchers found an undocumented root account in Zorvex NAS drives that owners cannot disable.", "Zorvex", trust.CategoryCompromise},
		{"capitals", "COMMERCE ADDS ZORBTEK TO ENTITY LIST", "The Commerce Department added Zorbtek, a Shenzhen maker of chips, to the Entity List.", "Zorbtek", trust.CategorySanctions},
		{"capitals", "ZORVEX PATCHES CRITICAL NAS FLAW", "Zorvex fixed a bug that let attackers run code on its drives.", "", ""},
		{"present", "Norway has banned Zorbchat on government phones", "The ministry cited the app's Chinese ownership.", "Zorbchat", trust.CategoryBan},
		{"present", "Zorbchat to be removed from Google Play in India", "The government ordered the app blocked over data security.", "Zorbchat", trust.CategoryDelisting},
		{"present", "Lithuania Will Ban Zorbtek Routers", "The defence ministry said the routers could send data to China.", "Zorbtek", trust.CategoryBan},
		{"present", "Zorbchat has removed its desktop app", "The company said few people used it.", "", ""},
		{"present", "Lawmakers have urged a ban on Zorbchat", "", "", ""},
		{"present", "Zorbtek to suspend sales in Europe", "The company cited weak demand.", "", ""},
		{"present", "Zorbtek Has Added a Dark Mode to Its App", "", "", ""},
		{"present", "Apple to remove charger from iPhone boxes", "", "", ""},
		{"present", "Chinese app makers lobby New Delhi to reverse ban", "", "", ""},
	})
}

// TestPara26Unwrap holds the unwrapping functions to their cuts.
func TestPara26Unwrap(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"UPDATE 2-Treasury sanctions Russian disinformation agency", "Treasury sanctions Russian disinformation agency"},
		{"[Update] Commerce adds Zorbtek to Entity List", "Commerce adds Zorbtek to Entity List"},
		{"Report: Zorbtek has PLA ties", "Report: Zorbtek has PLA ties"},
		{"Politics: US bans Zorbtek routers", "US bans Zorbtek routers"},
		{"FBI: Zorbtek routers used in attacks", "FBI: Zorbtek routers used in attacks"},
		{"China: US ban on Huawei is bullying", "China: US ban on Huawei is bullying"},
		{"Kaspersky-made tool flagged", "Kaspersky-made tool flagged"},
		{"US bans Zorbtek, shares fall", "US bans Zorbtek"},
		{"US bans Zorbtek as its shares slump 8% in early trading", "US bans Zorbtek"},
		{"Zorbtek shares fall", "Zorbtek shares fall"},
		{"US bans Zorbtek, shares of rivals fall", "US bans Zorbtek, shares of rivals fall"},
	} {
		if got := p26Unlabel(c.in); got != c.want {
			t.Errorf("p26Unlabel(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, c := range []struct{ in, want string }{
		{"WASHINGTON (Reuters) - The Commerce Department", "The Commerce Department"},
		{"BEIJING, Dec 3 (AP) — China said", "China said"},
		{"LONDON -- The UK said", "The UK said"},
		{"Huawei - the Chinese firm - said", "Huawei - the Chinese firm - said"},
		{"The FBI (which) - said", "The FBI (which) - said"},
	} {
		if got := p26Undateline(c.in); got != c.want {
			t.Errorf("p26Undateline(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, c := range []struct{ in, lead, want string }{
		{"SECRET ROOT ACCOUNT FOUND IN ZORVEX NAS DRIVES", "Researchers found a root account in Zorvex drives.", "Secret root account found in Zorvex NAS drives"},
		{"DJI DRONES BANNED FROM FEDERAL AGENCIES", "DJI was added to the list.", "DJI drones banned from federal agencies"},
		{"DJI DRONES BANNED", "", "DJI DRONES BANNED"},
		{"Zorvex NAS drives carry a backdoor", "", "Zorvex NAS drives carry a backdoor"},
	} {
		if got := p26Recase(c.in, c.lead); got != c.want {
			t.Errorf("p26Recase(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, c := range []struct{ in, want string }{
		{"India has banned TikTok", "India bans TikTok"},
		{"TikTok has been banned in India", "TikTok banned in India"},
		{"Germany to strip Huawei gear from its networks", "Germany strips Huawei gear from its networks"},
		{"Hackers hijacking update servers", "Hackers hijack update servers"},
		{"Huawei is banned from UK 5G", "Huawei banned from UK 5G"},
		{"Bill to ban DeepSeek introduced", "Bill to ban DeepSeek introduced"},
		{"How to remove Chinese apps", "How to remove Chinese apps"},
		{"CCleaner compromised to distribute malware", "CCleaner compromised to distribute malware"},
		{"Apple and Google tell developers to rip out SDK", "Apple and Google tell developers to rip out SDK"},
		{"Chinese App Makers Lobby New Delhi to Reverse Ban", "Chinese App Makers Lobby New Delhi to Reverse Ban"},
		{"Will Chrome distrust Zorbsign?", "Will Chrome distrust Zorbsign?"},
	} {
		if got := p26Present(c.in); got != c.want {
			t.Errorf("p26Present(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
