package match

import (
	"slices"
	"strings"
	"unicode"

	"github.com/vendorwatch/vendorwatch/trust"
)

// Readings of round 22 for shapes the rules read as talk, routine or a
// name where the headline says otherwise.
//
// l22Rescue is tried only on a title no rule alerted on, or alerted on
// as coverage alone. Each shape rewrites the title into the plain
// headline it means and the rules read that; the rewrite's alert is
// taken only in the shape's categories and naming the shape's vendor:
//
//   - a description before a name in a reversal ("lifts sanctions on
//     crypto mixer Tornado Cash"): the description is dropped;
//   - a vendor's own urgent notice about its compromised channel ("Trust
//     Wallet urges users to update extension after hijack"): the
//     channel hijacked;
//   - a vendor suspending downloads in a state ("DeepSeek suspends new
//     downloads in South Korea"): the state's suspension;
//   - a public body restricting a product for its staff ("TSA restricts
//     TikTok for staff", "NHS trusts ban staff from using TikTok"): a
//     government's staff ban.
//
// l22Held is read on alerts only:
//
//   - a private association's rule for its members ("Police union bans
//     members from using Zoom") is no authority's (trust-events.md's ban
//     row: a government, agency, military or state);
//   - an export control on a kind of goods to states ("bars sales of
//     chipmaking tools to hostile states") lists no vendor and withdraws
//     no trust in one.
//
// l22Hyphens drops an English compound a package alert names ("anti-war
// protestware", "malware-laced worm").

// l22Shape is one reading of l22Rescue: gate, groups of words the title
// must hold (one word of every group, case aside) before the shape reads
// its words; read, the shape, returning the rewritten title, the vendor
// its alert must name and the categories taken ("" when the title is
// not of the shape). lead: a group may be met in the lead's opening
// instead (its last group only).
type l22Shape struct {
	gate [][]string
	lead bool
	read func(title string, tw []titleWord, text string) (string, string, []trust.Category)
}

var (
	l22TechGate   = []string{"software", "chip", "tech", "app", "drone", "router", "equipment", "computer", "pc", "server", "product", "cloud", "component", "hardware", "phone", "semiconductor", "processor", "system", "database", "browser", "vendor", "supplier", "firm", "compan"}
	l22ActionGate = []string{"ban", "bar", "order", "drop", "replac", "stop", "tell", "phase", "restrict", "purg", "ditch", "remov", "rid", "prohibit", "block"}
)

// l22Shapes are l22Rescue's readings, in order; l22ObjectsAt is
// l22Objects's index, the one reading tried on an alert naming only a
// registry (l22Prose).
var l22Shapes = []l22Shape{
	{[][]string{{" on ", " against ", " from "}, {"sanction", "ban", "list", "restriction", "curb"}}, false, l22Described},
	{[][]string{{"users to", "customers to", "clients to", "developers to", "holders to", "owners to", "admins to", "administrators to"}, {"hijack", "compromis", "backdoor", "trojan", "poison", "tamper", "malicious"}}, false, l22Notice},
	{[][]string{{"download"}, {" in "}}, false, l22Suspends},
	{[][]string{{"staff", "employees", "officers", "workers", "personnel", "doctors", "nurses", "officials", "clinicians"}, l22ActionGate}, false, l22Staff},
	{[][]string{{"hijack", "sabotag", "compromis", "backdoor", "poison", "trojani"}, {"npm", "pypi", "rubygems", "crates", "packagist", "nuget", "maven", "maintainer", "developer", "dev", "author", "creator"}}, true, l22Objects},
	{[][]string{{"US", "U.S.", "American"}, l22TechGate, l22ActionGate}, false, l22Origin},
	{[][]string{{"trusted"}, {"only"}}, false, l22OnlyTrusted},
}

const l22ObjectsAt = 4

// l22Rescue returns the alert of the first shape title has, or a and ok
// unchanged.
func (m *Matcher) l22Rescue(title, text string, a trust.Alert, ok bool) (trust.Alert, bool) {
	shapes := l22Shapes
	if ok && !a.Coverage {
		if !l22Prose(a) {
			return a, ok
		}
		shapes = shapes[l22ObjectsAt : l22ObjectsAt+1] // the packages a title names, for the registry's name
	}
	var tw []titleWord
	tb := bigramsOf(title)
	for _, shape := range shapes {
		if !l22Gate(title, text, tb, shape) {
			continue
		}
		if tw == nil {
			if tw = titleWords(title); len(tw) < 4 || len(tw) > 24 {
				return a, ok
			}
		}
		rw, want, cats := shape.read(title, tw, text)
		if rw == "" {
			continue
		}
		b, got := m.match(rw, text, false, nil, nil)
		if !got || b.Coverage || !l22Names(b, want) || !slices.Contains(cats, b.Category) {
			continue
		}
		b.Evidence = strings.Replace(b.Evidence, clean(rw), clean(title), 1)
		l22Rename(&b, rw, title)
		return b, true
	}
	return a, ok
}

// l22Gate reports whether title (or, for a shape that reads the lead,
// the lead's opening) holds a word of every group of the shape's gate,
// as written or capitalised (init). tb is bigramsOf(title): a word
// whose byte pairs are not all in it is not looked for.
func l22Gate(title, text string, tb bigrams, shape l22Shape) bool {
	for i, group := range shape.gate {
		head := ""
		if shape.lead && i == len(shape.gate)-1 {
			head = text[:min(len(text), 300)] // the registry a lead names
		}
		met := false
		for _, g := range group {
			if tb.mayHold(g) && strings.Contains(title, g) || head != "" && strings.Contains(head, g) {
				met = true
				break
			}
		}
		if !met {
			return false
		}
	}
	return true
}

// init writes every lower-case gate word also capitalised, as a title
// opens with it ("Hijacked chalk ..."): the gates then match as written,
// with strings.Contains, on every title the rules are silent on.
func init() {
	for i := range l22Shapes {
		for j, group := range l22Shapes[i].gate {
			var out []string
			for _, g := range group {
				out = append(out, g)
				if c := strings.TrimLeft(g, " "); c != "" && c == g && unicode.IsLower(rune(c[0])) {
					out = append(out, strings.ToUpper(c[:1])+c[1:])
				}
			}
			l22Shapes[i].gate[j] = out
		}
	}
}

// l22Capital reports whether a word as written opens with a capital or a
// digit: a name's word.
func l22Capital(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r) || unicode.IsDigit(r)
	}
	return false
}

// l22Lower reports whether a word is written in lower-case letters
// (hyphens allowed): a word of description, never a name.
func l22Lower(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsLower(r) && r != '-' {
			return false
		}
	}
	return true
}

// l22Kinds end a description of a business or its product before its
// name: describedHeads, and the trades of crypto and markets.
var l22Kinds = wordSet(`mixer mixers tumbler exchange exchanges marketplace market wallet protocol
	tool service firm company maker vendor developer provider platform app startup`)

// l22ReverseHeads introduce the one a hold was lifted on.
var l22ReverseHeads = wordSet("on against from")

// l22Described: "<lifts sanctions> on <description> <Name>" — the
// description (lower-case words ending in a kind) dropped before the
// name. Only a reversal is taken.
func l22Described(title string, tw []titleWord, _ string) (string, string, []trust.Category) {
	for i := 1; i+2 < len(tw); i++ {
		if !l22ReverseHeads[tw[i].lc()] || tw[i].stop {
			continue
		}
		k := i + 1
		if k+1 < len(tw) && l22Capital(tw[k].text) && l22Lower(tw[k+1].text) && !tw[k].stop {
			k++ // "Ethereum mixing service Tornado Cash"
		}
		for k < len(tw) && k-i <= 4 && l22Lower(tw[k].text) && !describedStops[tw[k].lc()] && !tw[k].stop {
			k++
		}
		if k == i+1 || k >= len(tw) || k-i > 4 || !l22Capital(tw[k].text) {
			continue
		}
		head := tw[k-1].lc()
		if !l22Kinds[head] && !describedHeads[head] {
			continue
		}
		return title[:tw[i+1].start] + title[tw[k].start:], tw[k].text, []trust.Category{trust.CategoryReversal}
	}
	return "", "", nil
}

// l22NoticeVerbs are a vendor's words to its users.
var l22NoticeVerbs = wordSet("urges urge urged warns warned tells told asks asked advises advised alerts")

// l22NoticeAudience are whom a vendor's notice is to.
var l22NoticeAudience = wordSet("users customers clients developers holders owners admins administrators")

// l22NoticeActs are what a vendor's notice asks its users to do about a
// channel of its own.
var l22NoticeActs = wordSet("update upgrade uninstall remove disable delete stop reinstall revoke rotate check")

// l22Compromised are the words of a compromise of the channel.
var l22Compromised = wordSet(`hijack hijacked hijacking compromise compromised backdoored trojanized
	trojanised poisoned tampered malicious`)

// l22NeverTrusted are the words of what never was the vendor's channel,
// or of a flaw: a fake, a phishing lure, a vulnerability.
var l22NeverTrusted = wordSet(`fake fakes phishing scam scams fraudulent impersonating impersonator
	typosquat typosquatted lookalike look-alike counterfeit clone clones spoofed copycat
	vulnerability vulnerabilities flaw flaws bug bugs zero-day zero-days exploit exploited patch
	accounts account passwords password`)

// l22NoticeReporters are subjects that are no vendor: who reports or
// advises on another's product.
var l22NoticeReporters = wordSet(`researchers researcher experts expert analysts report study police
	officials government microsoft google apple mozilla`)

// l22Channels are a vendor's channels as the notice names them, and the
// channel as the rewrite writes it.
var l22Channels = map[string]string{
	"extension": "extension", "extensions": "extension", "add-on": "extension", "plugin": "extension",
	"package": "package", "packages": "package", "library": "package",
	"app": "app update", "update": "update", "updates": "update", "installer": "update", "firmware": "firmware update",
}

// l22Notice: "<Vendor> urges users to <act> ... <hijacked>" — the
// vendor's own notice that its channel was compromised reads as the
// channel hijacked.
func l22Notice(title string, tw []titleWord, _ string) (string, string, []trust.Category) {
	s := 0
	for s < len(tw) && s < 4 && l22Capital(tw[s].text) && !l22NoticeVerbs[tw[s].lc()] {
		s++
	}
	if s == 0 || s+3 >= len(tw) || !l22NoticeVerbs[tw[s].lc()] || !l22NoticeAudience[tw[s+1].lc()] ||
		tw[s+2].lc() != "to" || !l22NoticeActs[tw[s+3].lc()] {
		return "", "", nil
	}
	if actorAuthority(tw[:s]) || l22NoticeReporters[possessor(tw[s-1].lc())] || l22NoticeReporters[tw[0].lc()] {
		return "", "", nil
	}
	compromised := false
	channel, named := "update", false
	for _, w := range tw[s+3:] {
		lw := w.lc()
		if l22NeverTrusted[lw] {
			return "", "", nil
		}
		if l22Compromised[lw] {
			compromised = true
		}
		if c, ok := l22Channels[lw]; ok && !named {
			channel, named = c, true
		}
	}
	if !compromised {
		return "", "", nil
	}
	subject := title[tw[0].start:tw[s-1].end]
	return subject + " " + channel + " hijacked", tw[0].text, []trust.Category{trust.CategoryOSS, trust.CategoryCompromise}
}

// l22SuspendVerbs halt a product's distribution.
var l22SuspendVerbs = wordSet("suspends suspend suspended halts halt halted pauses pause paused stops stop stopped")

// l22Suspends: "<Vendor> suspends new downloads in <State>" — a
// suspension in one state is that state's (a regulator's order), read as
// "<State> suspends new downloads of <Vendor>".
func l22Suspends(title string, tw []titleWord, _ string) (string, string, []trust.Category) {
	s := 0
	for s < len(tw) && s < 4 && l22Capital(tw[s].text) && !l22SuspendVerbs[tw[s].lc()] {
		s++
	}
	if s == 0 || s+2 >= len(tw) || !l22SuspendVerbs[tw[s].lc()] || actorAuthority(tw[:s]) {
		return "", "", nil
	}
	k := s + 1
	if tw[k].lc() == "new" || tw[k].lc() == "app" {
		k++
	}
	if k+2 >= len(tw) || !oneOf(tw[k].lc(), "downloads", "download") || tw[k+1].lc() != "in" {
		return "", "", nil
	}
	p := k + 2
	e := p
	for e < len(tw) && (places[tw[e].lc()] || placeParts[tw[e].lc()] || otherStates[tw[e].lc()]) {
		e++
		if tw[e-1].stop {
			break
		}
	}
	if e == p || placeParts[tw[e-1].lc()] && e-p == 1 {
		return "", "", nil
	}
	place := title[tw[p].start:tw[e-1].end]
	subject := title[tw[0].start:tw[s-1].end]
	return place + " suspends new downloads of " + subject, tw[0].text, []trust.Category{trust.CategoryBan}
}

// l22StaffVerbs restrict a product for staff.
var l22StaffVerbs = wordSet("restricts restrict restricted bans ban banned bars bar barred prohibits prohibit blocks block limits limit")

// l22StaffWords are a body's own people.
var l22StaffWords = wordSet("staff employees officers workers personnel doctors nurses officials clinicians")

// l22Staff: "<public body> restricts <Product> for staff", "<public
// body>s ban staff from using <Product>" — a public body's rule for its
// own staff is a ban (fix21.go's publicBody tells the body), read as a
// government's staff ban.
func l22Staff(title string, tw []titleWord, text string) (string, string, []trust.Category) {
	v := 1
	for v < len(tw) && v < 5 && !l22StaffVerbs[tw[v].lc()] {
		v++
	}
	if v >= len(tw)-2 || !l22StaffVerbs[tw[v].lc()] || !publicBody(tw[:v], text) || l22Association(tw[:v]) {
		return "", "", nil
	}
	p := -1
	switch {
	case l22StaffWords[tw[v+1].lc()] && v+4 < len(tw) && tw[v+2].lc() == "from" && tw[v+3].lc() == "using":
		p = v + 4 // "ban staff from using X"
	case l22Capital(tw[v+1].text) && v+3 < len(tw) && oneOf(tw[v+2].lc(), "for", "among") && l22StaffWords[tw[v+3].lc()]:
		p = v + 1 // "restricts X for staff"
	case l22Capital(tw[v+1].text) && v+4 < len(tw) && tw[v+2].lc() == "on" && l22StaffWords[tw[v+3].lc()]:
		p = v + 1 // "restricts X on staff devices"
	}
	if p < 0 || !l22Capital(tw[p].text) {
		return "", "", nil
	}
	e := p + 1
	for e < len(tw) && l22Capital(tw[e].text) && !tw[e-1].stop {
		e++
	}
	product := title[tw[p].start:tw[e-1].end]
	return "Government bans staff from using " + product, tw[p].text, []trust.Category{trust.CategoryBan, trust.CategoryDirective}
}

// l22Associations head a private association: a union, a club, a
// society. Its rule for its members is its own, not an authority's.
var l22Associations = wordSet(`union unions club clubs association associations society societies
	guild guilds fraternity fraternities sorority church churches`)

// l22Association reports whether the subject words end in a private
// association's head ("Police union", "Golf club").
func l22Association(subject []titleWord) bool {
	return len(subject) > 0 && l22Associations[possessor(subject[len(subject)-1].lc())]
}

// l22ActVerbs are the verbs an association's rule is written with.
var l22ActVerbs = wordSet(`bans ban banned bars bar barred prohibits prohibit forbids forbid restricts
	restrict tells tell orders order urges urge blocks block`)

// l22Held reports whether an alert is an association's rule or an export
// control to states.
func l22Held(title string, a *trust.Alert) bool {
	switch a.Category {
	case trust.CategoryBan, trust.CategoryDirective, trust.CategorySanctions:
	default:
		return false
	}
	tw := titleWords(title)
	for v := 1; v < len(tw) && v < 6; v++ {
		if l22ActVerbs[tw[v].lc()] {
			if l22Association(tw[:v]) {
				return true
			}
			break
		}
	}
	return l22Export(title, tw)
}

// l22Goods name the trade an export control restricts.
var l22Goods = wordSet("sales sale exports export exporting selling shipments shipment")

// l22StateHeads are what a class of states is called.
var l22StateHeads = wordSet("states nations countries regimes governments adversaries")

// l22StateMods describe a class of states.
var l22StateMods = wordSet("hostile adversary adversarial authoritarian foreign rogue sanctioned enemy unfriendly")

// l22RestrictVerbs restrict a trade; "on" opens "a ban on sales of".
var l22RestrictVerbs = wordSet(`bars bar barred bans ban banned restricts restrict restricted limits limit
	curbs curb blocks block halts halt prohibits prohibit tightens tighten on`)

// l22Export reports whether a title restricts sales or exports of a kind
// of goods to states: "bars sales of chipmaking tools to hostile
// states", "restricts exports of chip machines to China". The goods
// follow the restricting verb and are written in lower case (a kind,
// no vendor's name); the states follow "to" and are no one's possessor
// ("to China's top chipmaker" is a vendor).
func l22Export(title string, tw []titleWord) bool {
	for i := 1; i+2 < len(tw); i++ {
		if !l22Goods[tw[i].lc()] || !l22RestrictVerbs[tw[i-1].lc()] || tw[i].stop {
			continue
		}
		k := i + 1
		if tw[k].lc() == "of" {
			k++
			for k < len(tw) && k <= i+6 && l22Lower(tw[k].text) && tw[k].lc() != "to" && !tw[k].stop {
				k++
			}
		}
		if k+1 >= len(tw) || tw[k].lc() != "to" || c25DataGoods(tw[i+1:k]) {
			continue // a sale of data barred is no export control (class25.go)
		}
		d := tw[k+1]
		if written := title[d.start:d.end]; possessorText(written) != written {
			continue
		}
		ld := d.lc()
		if k+2 < len(tw) && (describedHeads[tw[k+2].lc()] || companyNouns[tw[k+2].lc()] || describedModifiers[tw[k+2].lc()]) {
			continue // "to Iranian drone makers": firms of a state
		}
		if (places[ld] || otherStates[ld]) && !l22Adjective(ld) {
			return true // "to China", "to Russia"
		}
		if l22StateHeads[ld] || l22StateMods[ld] && k+2 < len(tw) && l22StateHeads[tw[k+2].lc()] {
			return true
		}
	}
	return false
}

// l22HyphenPrefixes and l22HyphenSuffixes make a hyphenated word an
// English compound, never a package's name.
var (
	l22HyphenPrefixes = wordSet("anti pro self non counter post pre semi multi cross ultra")
	l22HyphenSuffixes = wordSet("laced war spreading replicating stealing laden wiping")
)

// l22English reports whether a name is an English compound: lower case,
// one hyphen between two words of letters, a prefix or a suffix of
// English ("anti-war", "malware-laced", "self-replicating").
func l22English(name string) bool {
	before, after, ok := strings.Cut(name, "-")
	if !ok || strings.Contains(after, "-") || !l22Lower(before) || !l22Lower(after) || len(before) < 2 || len(after) < 2 {
		return false
	}
	return l22HyphenPrefixes[before] || l22HyphenSuffixes[after] || hyphenAdjective(name)
}

// l22Hyphens drops the English compounds among a package alert's names
// (l22English): "anti-war" of "anti-war protestware". When every name is
// one, the title and lead without them are read again and that alert's
// names are taken in the same category.
func (m *Matcher) l22Hyphens(title, text string, a *trust.Alert) {
	if a.Category != trust.CategoryOSS && a.Category != trust.CategoryCompromise {
		return
	}
	var kept []trust.VendorHit
	var dropped []string
	for _, v := range a.Vendors {
		if v.Unlisted && l22English(v.Name) {
			dropped = append(dropped, v.Name)
			continue
		}
		kept = append(kept, v)
	}
	if len(dropped) == 0 {
		return
	}
	if len(kept) > 0 {
		a.Vendors = kept
		return
	}
	t, l := title, text
	for _, d := range dropped {
		t, l = l22Without(t, d), l22Without(l, d)
	}
	if b, ok := m.match(t, l, false, nil, nil); ok && b.Category == a.Category && len(b.Vendors) > 0 {
		for _, v := range b.Vendors {
			if l22English(v.Name) {
				return
			}
		}
		a.Vendors = b.Vendors
	}
}

// l22Without deletes every whole-word occurrence of w, as written or
// capitalised, from s.
func l22Without(s, w string) string {
	for _, form := range []string{w, strings.ToUpper(w[:1]) + w[1:]} {
		var b strings.Builder
		rest := s
		for {
			i := strings.Index(rest, form)
			if i < 0 {
				b.WriteString(rest)
				break
			}
			j := i + len(form)
			if (i == 0 || !isTitleRuneAt(rest, i-1)) && (j >= len(rest) || !isTitleRuneAt(rest, j)) {
				b.WriteString(rest[:i])
				rest = strings.TrimLeft(rest[j:], " ")
				continue
			}
			b.WriteString(rest[:j])
			rest = rest[j:]
		}
		s = b.String()
	}
	return s
}

// l22HijackVerbs turn a package: the verbs whose object a headline may
// leave as bare package names ("Attackers hijack chalk and debug").
var l22HijackVerbs = wordSet(`hijack hijacks hijacked sabotage sabotages sabotaged compromise compromises
	compromised backdoor backdoors backdoored poison poisons poisoned trojanize trojanizes trojanized`)

// l22Ecosystems are the registries a package is released on.
var l22Ecosystems = wordSet("npm pypi rubygems crates packagist nuget maven")

// l22Makers sabotage what they maintain: with one of them as the
// subject no registry need be named ("Maintainer sabotages colors and
// faker").
var l22Makers = wordSet("maintainer maintainers developer developers dev devs author authors creator creators")

// l22Hijacked are what a hijack takes that is never a package: accounts,
// sessions, machines and what they hold.
var l22Hijacked = wordSet(`accounts account sessions session cookies cookie credentials tokens token servers
	server routers router cameras camera devices device domains domain websites website sites site
	browsers browser searches search traffic computers computers machines machine systems system
	wallets wallet funds bots ads links results repos repositories builds pipelines workflows emails
	inboxes phones users developers maintainers passwords keys secrets networks network data
	the a an its their his her our your this that these those thousands hundreds millions dozens
	popular other more many some all two three several`)

// l22PackageWord reports whether a word may be a package's bare name:
// lower case letters, digits and the marks names use, never a word a
// hijack takes that is no package.
func l22PackageWord(w titleWord) bool {
	if w.text == "" || l22Hijacked[w.lc()] || describedStops[w.lc()] || l22HijackVerbs[w.lc()] || l22Ecosystems[w.lc()] {
		return false
	}
	for _, r := range w.text {
		if !unicode.IsLower(r) && !unicode.IsDigit(r) && r != '-' && r != '.' && r != '_' {
			return false
		}
	}
	return true
}

// l22Objects: "Attackers hijack chalk and debug in npm attack", "colors
// and faker sabotaged by their developer" — bare lower-case names as the
// object or the subject of a hijack, a registry named in the title or
// the lead or a maintainer in the title, read as the names' packages.
func l22Objects(title string, tw []titleWord, text string) (string, string, []trust.Category) {
	v := -1
	for i, w := range tw {
		if l22HijackVerbs[w.lc()] {
			v = i
			break
		}
	}
	if v < 0 {
		return "", "", nil
	}
	// The names: after the verb, or before it opening the title.
	first, last := -1, -1
	names := 0
	scan := func(from, to int) {
		for k := from; k < to; k++ {
			w := tw[k]
			switch {
			case l22PackageWord(w):
				if first < 0 {
					first = k
				}
				last = k
				names++
			case w.lc() == "and" && names > 0:
			default:
				return
			}
			if w.stop && !strings.HasPrefix(title[w.end:], ",") {
				return
			}
		}
	}
	if v > 0 && v <= 4 && strings.HasSuffix(tw[v].lc(), "ed") {
		scan(0, v) // "colors and faker sabotaged"
		if last != v-1 {
			first, last, names = -1, -1, 0
		}
	}
	if names == 0 {
		scan(v+1, len(tw)) // "hijack chalk and debug"
	}
	if names == 0 || tw[last].lc() == "and" {
		return "", "", nil
	}
	if last+1 < len(tw) && !describedStops[tw[last+1].lc()] && !l22HijackVerbs[tw[last+1].lc()] {
		return "", "", nil // "chalk and debug packages": the rules' shape
	}
	registry := false
	for _, w := range tw {
		registry = registry || l22Ecosystems[w.lc()] || l22Makers[possessor(w.lc())]
	}
	if !registry {
		for _, w := range titleWords(nx13Head(text)) {
			registry = registry || l22Ecosystems[w.lc()]
		}
	}
	if !registry {
		return "", "", nil
	}
	// The names as a list the rules read: "chalk, debug" as "chalk and
	// debug".
	var list []string
	for k := first; k <= last; k++ {
		if tw[k].lc() != "and" {
			list = append(list, tw[k].text)
		}
	}
	joined := list[len(list)-1]
	if len(list) > 1 {
		joined = strings.Join(list[:len(list)-1], ", ") + " and " + joined
	}
	return title[:tw[first].start] + joined + " packages" + title[tw[last].end:], tw[first].text, []trust.Category{trust.CategoryOSS, trust.CategoryCompromise}
}

// l22Rename gives a class the rewrite named back its words as the title
// writes them: "foreign software" of "drop US software" is "US
// software".
func l22Rename(a *trust.Alert, rw, title string) {
	if rw == title {
		return
	}
	for i, v := range a.Vendors {
		if !v.Unlisted || strings.Contains(title, v.Name) {
			continue
		}
		for _, w := range l22OriginWords {
			if n := strings.Replace(v.Name, "foreign", w, 1); n != v.Name && strings.Contains(title, n) {
				a.Vendors[i].Name, a.Vendors[i].Term = n, n
				break
			}
		}
	}
}

// l22OriginWords name the US as an origin, as a title writes it: never
// "us" in lower case, the pronoun.
var l22OriginWords = []string{"US", "U.S.", "American", "US-made", "American-made", "U.S.-made"}

// l22Kinds of technology a class action names after its origin.
var l22TechKinds = wordSet(`software chips chip tech technology apps app drones routers equipment computers
	pcs servers products cloud components hardware phones smartphones semiconductors processors
	systems databases browsers vendors suppliers firms companies`)

// l22StateActors are states and their seats of power, acting.
var l22StateActors = wordSet("kremlin beijing moscow tehran pyongyang minsk")

// l22Origin: "Kremlin orders state firms to drop US software" — the US
// is an origin to another state as "foreign" is, read as "foreign
// software" and named back as written (l22Rename). Only a state other
// than the US acts.
func l22Origin(title string, tw []titleWord, _ string) (string, string, []trust.Category) {
	for i := 1; i+1 < len(tw); i++ {
		written := title[tw[i].start:tw[i].end]
		origin := ""
		for _, w := range l22OriginWords {
			if written == w || strings.HasPrefix(w, written) && strings.HasPrefix(title[tw[i].start:], w) {
				origin = w
			}
		}
		if origin == "" || !l22TechKinds[tw[i+1].lc()] {
			continue
		}
		actor := false
		for _, w := range tw[:i] {
			lw := w.lc()
			if lw == "us" || lw == "u.s" || lw == "american" || lw == "america" {
				return "", "", nil
			}
			actor = actor || places[lw] && !placeParts[lw] || otherStates[lw] || l22StateActors[lw]
		}
		if !actor {
			return "", "", nil
		}
		rest := title[tw[i].start+len(origin):]
		foreign := "foreign"
		if strings.HasSuffix(origin, "-made") {
			foreign = "foreign-made"
		}
		return title[:tw[i].start] + foreign + rest, "foreign", []trust.Category{trust.CategoryBan, trust.CategoryDirective}
	}
	return "", "", nil
}

// l22OnlyModals make a rule of "only trusted": "may", "must", "to".
var l22OnlyModals = wordSet("may must can will to required allowed permitted")

// l22OnlyVerbs are what a rule lets its subjects do only with the
// trusted.
var l22OnlyVerbs = wordSet("buy use procure purchase source deploy install")

// l22TrustedKinds are who may be trusted: vendors and their goods,
// never a source of downloads ("only from trusted sources").
var l22TrustedKinds = wordSet(`vendors vendor suppliers supplier manufacturers makers equipment drones
	hardware components products providers technology tech cameras routers chips`)

// l22OnlyTrusted: "Agencies may buy only from trusted vendors",
// "Telecoms may use only trusted vendors in 5G networks" — a rule that
// admits only the trusted bars the untrusted, read as "<subject> bans
// untrusted <kind>". Its subject is an authority, a public body or the
// bodies a rule binds (agencies, operators, contractors); its modal
// makes it a rule, never advice ("should").
func l22OnlyTrusted(title string, tw []titleWord, text string) (string, string, []trust.Category) {
	for i := 2; i+2 < len(tw); i++ {
		if tw[i].lc() != "only" {
			continue
		}
		k := i + 1
		if tw[k].lc() == "from" {
			k++
		}
		if k+1 >= len(tw) || tw[k].lc() != "trusted" || !l22TrustedKinds[tw[k+1].lc()] {
			return "", "", nil
		}
		// The verb and its modal before "only", an object between them
		// at most ("buy drones only from").
		v := i - 1
		if !l22OnlyVerbs[tw[v].lc()] && v > 1 && l22OnlyVerbs[tw[v-1].lc()] {
			v--
		}
		if !l22OnlyVerbs[tw[v].lc()] || v < 1 || !l22OnlyModals[tw[v-1].lc()] {
			return "", "", nil
		}
		m := v - 1
		for m > 0 && l22OnlyModals[tw[m-1].lc()] {
			m--
		}
		if m == 0 {
			return "", "", nil
		}
		subject := tw[:m]
		if !actorAuthority(subject) && !publicBody(subject, text) && !l22Bound[possessor(subject[len(subject)-1].lc())] {
			return "", "", nil
		}
		return "Government bans untrusted " + title[tw[k+1].start:], "untrusted", []trust.Category{trust.CategoryBan, trust.CategoryDirective}
	}
	return "", "", nil
}

// l22Bound are the bodies a procurement rule binds.
var l22Bound = wordSet(`agencies departments ministries telecoms operators carriers contractors utilities
	schools hospitals states governments banks providers`)

// l22Prose reports whether a package alert names only a registry or
// its packages in prose ("npm packages"): no package's name.
func l22Prose(a trust.Alert) bool {
	if a.Category != trust.CategoryOSS || len(a.Vendors) == 0 {
		return false
	}
	for _, v := range a.Vendors {
		words := strings.Fields(strings.ToLower(v.Name))
		if len(words) == 0 || !l22Ecosystems[words[0]] && words[0] != "packages" {
			return false
		}
		for _, w := range words[1:] {
			if w != "packages" && w != "package" {
				return false
			}
		}
	}
	return true
}

// l22Unplaced reports whether a title says a vendor suspended its
// downloads with no state, authority or regulator in the title or the
// lead's first sentence ("Zoom suspended downloads of old app version"):
// the vendor's own routine, never a ban.
func l22Unplaced(title, text string, a *trust.Alert) bool {
	if a.Category != trust.CategoryBan {
		return false
	}
	tw := titleWords(title)
	s := 0
	for s < len(tw) && s < 4 && l22Capital(tw[s].text) && !l22SuspendVerbs[tw[s].lc()] {
		s++
	}
	if s == 0 || s+2 >= len(tw) || !l22SuspendVerbs[tw[s].lc()] || actorAuthority(tw[:s]) {
		return false
	}
	k := s + 1
	if tw[k].lc() == "new" || tw[k].lc() == "app" {
		k++
	}
	if !oneOf(tw[k].lc(), "downloads", "download") {
		return false
	}
	for _, ws := range [][]titleWord{tw, titleWords(nx13Head(text))} {
		for _, w := range ws {
			lw := possessor(w.lc())
			if places[lw] && !placeParts[lw] || otherStates[lw] || oneOf(lw, "regulator", "regulators", "watchdog", "order", "ordered", "request", "government", "authorities") {
				return false
			}
		}
		if actorAuthority(ws) {
			return false
		}
	}
	return true
}

// l22Names reports whether one of an alert's vendor names holds want or
// is held in it, case aside: the rewrite's vendor is the shape's.
func l22Names(a trust.Alert, want string) bool {
	w := strings.ToLower(want)
	for _, n := range a.VendorNames() {
		n = strings.ToLower(n)
		if strings.Contains(n, w) || strings.Contains(w, n) {
			return true
		}
	}
	return false
}

// l22Adjective reports whether a place word is a state's adjective
// ("Iranian", "Chinese", "Israeli"), not the state ("Iran", "Japan").
func l22Adjective(w string) bool {
	if strings.HasSuffix(w, "stan") || oneOf(w, "iran", "japan", "taiwan", "sudan", "oman", "yemen", "britain") {
		return false
	}
	for _, suf := range []string{"an", "ese", "ish", "i", "ch", "ic"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// bigrams is a 256-bit set of the byte pairs of a text, hashed: a word
// with a pair missing from a title's set cannot be in it. The gates of
// l22Rescue look for some fifty words in every title the rules leave
// silent; one pass over the title to fill the set, then a few bit tests
// per word, costs a fraction of fifty substring searches (about 7% of
// Match on the bench before).
type bigrams [4]uint64

// bigramsOf is the set of s's byte pairs.
func bigramsOf(s string) bigrams {
	var b bigrams
	for i := 1; i < len(s); i++ {
		h := bigramHash(s[i-1], s[i])
		b[h>>6] |= 1 << (h & 63)
	}
	return b
}

// mayHold reports whether every byte pair of w is in b: false means w is
// surely not in the text b was made of.
func (b bigrams) mayHold(w string) bool {
	for i := 1; i < len(w); i++ {
		h := bigramHash(w[i-1], w[i])
		if b[h>>6]&(1<<(h&63)) == 0 {
			return false
		}
	}
	return true
}

// bigramHash maps a byte pair to 0..255.
func bigramHash(a, c byte) uint { return (uint(a)*131 + uint(c)*7) & 255 }
