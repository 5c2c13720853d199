package match

import (
	"strings"
	"unicode"

	"github.com/vendorwatch/vendorwatch/trust"
)

// News in an official source's own voice: a Federal Register rule, a
// Treasury or Commerce release, a directive, a root program's or a
// registry's notice. Two of its habits hide what the rules read:
//
//   - its text opens with a docket line, a rule's preamble or a release
//     date ("[Docket No. 240604-0152] RIN 0694-AJ55.", "AGENCY: Bureau
//     of Industry and Security, Commerce. ACTION: Final rule.",
//     "Effective date: ..."), which takes the one lead sentence read;
//   - its title names the act as a noun ("Addition of Certain Entities to
//     the Entity List", "Designation of X Under Executive Order 14024",
//     "Prohibition on a ByteDance Covered Application") with no actor:
//     the issuing government is the notice's author.
//
// official26Preamble drops the first; official26Nominal reads the second
// as the clause it stands for, the government as its subject.

// official26Off turns both off (the grid test's before).
var official26Off = false

// official26Actors are the bodies a notice names as its own subject
// ("The Bureau adds ...", "The Commission today added ...", "The Council
// imposed ...", "The Secretary of State has given a direction"): they
// act as authorities do (unlisted.go's authorities).
const official26Actors = "bureau commission council secretary"

// preambleLabels open a sentence of a notice's preamble: cut through
// its end. Each is lower case and ends where its label does.
var preambleLabels = []string{"agency:", "action:", "effective date:", "effective:", "dates:",
	"date:", "release date:", "billing code", "media contact:", "contact:", "for further information contact:"}

// preambleHeads open a notice's text and are cut alone: a label with
// its content after it ("SUMMARY: In this rule, ...").
var preambleHeads = []string{"summary:", "for immediate release", "press release", "news release"}

// official26Preamble returns text without a notice's opening docket line,
// preamble sentences, labels and a release date standing alone.
func official26Preamble(text string) string {
	if official26Off || len(text) < 8 {
		return text
	}
	for range 8 {
		t := strings.TrimLeftFunc(text, unicode.IsSpace)
		switch {
		case strings.HasPrefix(t, "["):
			// "[Docket No. 240604-0152]", "[FR Doc. 2024-1234]"
			e := strings.IndexByte(t, ']')
			if e < 0 || e > 80 || !strings.ContainsAny(t[:e], "0123456789") {
				return text
			}
			text = t[e+1:]
		case prefixFold(t, "docket no") || prefixFold(t, "rin ") || prefixFold(t, "fr doc"):
			text = afterCode(t)
		case anyPrefixFold(t, preambleLabels):
			e := strings.Index(t, ". ")
			if e < 0 || e > 200 {
				return text
			}
			text = t[e+2:]
		case anyPrefixFold(t, preambleHeads):
			for _, h := range preambleHeads {
				if prefixFold(t, h) {
					text = strings.TrimLeft(t[len(h):], " :.-–—")
					break
				}
			}
		default:
			if n := leadingDate(t); n > 0 {
				rest := strings.TrimLeft(t[n:], " ")
				if strings.HasPrefix(rest, ".") || strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "\n") {
					text = rest[1:]
					continue
				}
			}
			return text
		}
	}
	return text
}

// prefixFold: s starts with p (lower case), ignoring case.
func prefixFold(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
}

// anyPrefixFold: s starts with one of ps, ignoring case.
func anyPrefixFold(s string, ps []string) bool {
	for _, p := range ps {
		if prefixFold(s, p) {
			return true
		}
	}
	return false
}

// afterCode cuts a docket or RIN label and its code: the words up to the
// first that holds a digit, and a period after it.
func afterCode(t string) string {
	rest := t
	for range 4 {
		w, r, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
		rest = r
		if strings.ContainsAny(w, "0123456789") {
			return strings.TrimLeft(rest, " .")
		}
		if r == "" {
			break
		}
	}
	return t
}

// months are the month names a release date opens with.
var months = wordSet("january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec")

// leadingDate is the length of a date opening t ("March 5, 2024",
// "December 13, 2020"), or 0.
func leadingDate(t string) int {
	w, rest, ok := strings.Cut(t, " ")
	m := strings.TrimSuffix(w, ".")
	if !ok || len(m) < 3 || len(m) > 9 {
		return 0
	}
	var lc [9]byte // lower-cased on the stack: the text is read on every Match
	for i := range len(m) {
		lc[i] = m[i] | 0x20
	}
	if !months[string(lc[:len(m)])] {
		return 0
	}
	n := len(w) + 1
	d, rest, ok := strings.Cut(rest, " ")
	if !ok || len(d) < 2 || len(d) > 3 || d[len(d)-1] != ',' || !asciiDigits(d[:len(d)-1]) {
		return 0
	}
	n += len(d) + 1
	y := rest
	if len(y) < 4 || !asciiDigits(y[:4]) {
		return 0
	}
	return n + 4
}

// asciiDigits: s is all ASCII digits.
func asciiDigits(s string) bool {
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// nominalActs are a notice's action nouns and the verb each stands for,
// the government as its subject.
var nominalActs = map[string]string{
	"addition": "adds", "additions": "adds",
	"designation": "designates", "designations": "designates",
	"prohibition": "prohibits", "prohibitions": "prohibits",
	"removal": "removes", "removals": "removes",
	"imposition": "imposes",
	"blocking":   "blocks",
	"exclusion":  "excludes",
	"suspension": "suspends",
}

// actStems are nominalActs' keys, shortest forms: a cheap test before a
// title is split.
var actStems = []string{"addition", "designation", "prohibition", "removal", "imposition", "blocking", "exclusion", "suspension"}

// hasActNoun: t holds one of actStems, in any case.
func hasActNoun(t string) bool {
	for _, st := range actStems {
		if containsFold(t, st) {
			return true
		}
	}
	return false
}

// nominalOpeners stand before a notice's action noun and are dropped:
// "Announcing the Designation of", "Notice of Addition of".
var nominalOpeners = wordSet("announcing announcement notice of the final interim rule")

// announceVerbs tell a notice's act as an authority's announcement.
var announceVerbs = wordSet("announces announced issues issued publishes published finalizes finalized orders ordered")

// grantWords name a list of trust granted, not withdrawn.
var grantWords = wordSet("approved trusted authorized authorised qualified eligible allowed preferred recommended certified accredited")

// official26Nominal rewrites a title that names its act as a noun into
// the clause it stands for: "Addition of Certain Entities to the Entity
// List; Revision of Existing Entries" is "Government adds Certain
// Entities to the Entity List", "Designation of X Under Executive Order
// 14024" is "Government designates X under ...". The part after a label's
// colon is read ("Federal Acquisition Regulation: Prohibition on ..."),
// and a notice's further parts after a semicolon are dropped.
func official26Nominal(title string) (string, bool) {
	if official26Off {
		return "", false
	}
	t := title
	if i := strings.LastIndex(t, ": "); i >= 0 {
		t = t[i+2:]
	}
	if i := strings.IndexByte(t, ';'); i >= 0 {
		t = t[:i]
	}
	if !hasActNoun(t) {
		return "", false // most titles: no word split, nothing allocated
	}
	ws := strings.Fields(t)
	i := 0
	for i < len(ws) && i < 4 && nominalOpeners[strings.ToLower(ws[i])] {
		i++
	}
	if i == 0 {
		// "Public Safety and Homeland Security Bureau Announces Additions
		// to the Covered List": an authority announcing its act.
		for k := 1; k+1 < len(ws) && k <= 8; k++ {
			if announceVerbs[strings.ToLower(ws[k])] {
				if _, act := nominalActs[strings.ToLower(ws[k+1])]; act {
					i = k + 1
				}
				break
			}
		}
	}
	if i+2 >= len(ws) {
		return "", false
	}
	verb, ok := nominalActs[strings.ToLower(ws[i])]
	if !ok {
		return "", false
	}
	prep := strings.ToLower(ws[i+1])
	obj := ws[i+2:]
	switch prep {
	case "of", "on", "against":
	case "to":
		// "Additions to the Entity List": the entities are the lead's.
		if verb != "adds" {
			return "", false
		}
		obj = append([]string{"entities", "to"}, obj...)
	default:
		return "", false
	}
	for _, w := range obj {
		if grantWords[strings.ToLower(w)] {
			return "", false // "Additions to the List of Approved Drone Vendors": trust granted
		}
	}
	if prep == "on" && len(obj) > 2 && strings.EqualFold(obj[0], "use") && strings.EqualFold(obj[1], "of") {
		obj = obj[2:] // "Prohibition on Use of X by State Agencies"
	}
	return "Government " + verb + " " + strings.Join(obj, " "), true
}

// genericNouns name no one: a notice's count of its targets ("12
// Entities", "Certain Entities") or its act ("the Inclusion of ...").
var genericNouns = wordSet(`entities entity companies firms persons individuals entries parties
	organizations inclusion addition additions designation designations revision revisions
	removal prohibition determination determinations`)

// genericCounts stand before a generic noun: a number, a quantifier.
var genericCounts = wordSet(`certain additional several multiple new more other further various
	two three four five six seven eight nine ten eleven twelve dozens dozen final interim`)

// official26Generic: every name of alert a is a count of targets or a
// notice's act noun, not a vendor ("Commerce Adds 12 Entities to Entity
// List for Diversion of Aircraft Parts", "Announcing the Inclusion of New
// Root Certificates"). A class's alert names its class, never these.
func official26Generic(a *trust.Alert) bool {
	if official26Off || len(a.Vendors) == 0 {
		return false
	}
	for _, v := range a.Vendors {
		if v.Class != "" || !v.Unlisted {
			return false
		}
		ws := strings.Fields(strings.ToLower(v.Name))
		for len(ws) > 1 && (genericCounts[ws[0]] || asciiDigits(ws[0])) {
			ws = ws[1:]
		}
		if len(ws) != 1 || !genericNouns[ws[0]] {
			return false
		}
	}
	return true
}

// official26Continued drops from a's names a name that only continues
// another's legal name: "China Mobile International USA Inc." names
// China Mobile, not also "International USA". A notice writes its
// targets by their full legal names, which outrun the registry's.
func official26Continued(title, text string, a *trust.Alert) {
	if official26Off || len(a.Vendors) < 2 {
		return
	}
	out := a.Vendors[:0:0]
	for _, v := range a.Vendors {
		cont := false
		if v.Unlisted && v.Class == "" {
			for _, o := range a.Vendors {
				if o.Name == v.Name || o.Unlisted {
					continue
				}
				for _, head := range []string{o.Term, o.Name} {
					p := strings.ToLower(head + " " + v.Name)
					cont = cont || head != "" && (containsFold(text, p) || containsFold(title, p))
				}
			}
		}
		if !cont {
			out = append(out, v)
		}
	}
	if len(out) > 0 && len(out) < len(a.Vendors) {
		a.Vendors = out
	}
}
