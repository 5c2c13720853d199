package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// pk22 reads two package compromises the rules were silent on, on a
// title no rule alerted (the path every item takes is untouched):
//
//   - a wave hitting packages named in a shape wormListed does not read:
//     a name in lower case the lead writes again ("npm worm hits keyv and
//     Qlik's nebula.js packages"), a count before the names ("hitting 42
//     TanStack packages"), a list, a possessive, malware or a campaign's
//     quoted or hyphenated name as the subject ("'Second Coming' of
//     Shai-Hulud hits Zapier, ENS packages"), the verb as a participle
//     after the clause that names the worm ("worm returns, hitting");
//   - a named package that carried malware: "Bitwarden CLI npm package
//     briefly carried Shai-Hulud payload", "zorb-ui package shipped
//     infostealer".
//
// Packages never trusted (fake, typosquatted), a question, researchers
// as the subject and a threat actor's name stay silent. The alert is the
// one the rules make of the name's packages compromised, with the
// evidence of the title as written; the oss readers after it name it.

// pk22WaveVerbs are a wave's verbs, with their participles.
var pk22WaveVerbs = wordSet(`hits hit hitting strikes struck striking infects infected infecting
	compromises compromising backdoors backdooring hijacks hijacking poisons poisoning
	trojanizes trojanizing sweeps sweeping`)

// pk22Subjects are the subjects of a wave besides a worm's or malware's
// noun.
var pk22Subjects = wordSet(`campaign campaigns wave attack attacks operation hackers attackers`)

// pk22Carry are what a turned package did with its malware.
var pk22Carry = wordSet(`carried carries carry shipped ships ship contained contains contain
	delivered delivers served serves dropped drops`)

// pk22Adverbs may stand between a package and its verb.
var pk22Adverbs = wordSet(`briefly quietly reportedly secretly was were had`)

// pk22PackageNouns are the nouns of packages a title names.
var pk22PackageNouns = wordSet(`package packages library libraries modules gems crates`)

// pk22Kinds are words between a package's name and its noun; the
// ecosystems among them are no part of the name.
var (
	pk22Kinds      = wordSet(`npm pypi rubygems packagist nuget maven cli sdk python javascript node.js`)
	pk22Ecosystems = wordSet(`npm pypi rubygems packagist nuget maven python javascript node.js`)
)

// pk22Wave reads the shapes above on a title no rule alerted.
func (m *Matcher) pk22Wave(title, text string) (trust.Alert, bool) {
	if !strings.Contains(title, "ackage") && !strings.Contains(title, "ibrar") &&
		!strings.Contains(title, "odules") || isQuestion(title) {
		return trust.Alert{}, false
	}
	words := headline(titleWords(title))
	if untrustedChannel(words) {
		return trust.Alert{}, false
	}
	if cut := pk22Reach(title, words); cut != "" {
		// "Gluestack npm packages with 950,000 weekly downloads hit by
		// supply chain attack": the reach between the packages and
		// their verb is no part of the news.
		if a, ok := m.match(cut, text, false, nil, nil); ok && !a.Coverage && a.Category == trust.CategoryOSS {
			a.Evidence = clean(title)
			a.Summary = Summarize(a.Evidence, title, text)
			return a, true
		}
	}
	lead := firstSentence(text)
	n := pk22Waved(title, words, lead)
	if n == "" {
		n = pk22Carried(title, words, lead)
	}
	if n == "" || threatActor(words, n) || actorName(n) {
		return trust.Alert{}, false
	}
	return m.packageAlert(n, title, text)
}

// pk22Waved is the first name of the packages a wave hit, or "".
func pk22Waved(title string, words []titleWord, lead string) string {
	for v := 1; v+2 < len(words); v++ {
		lv := words[v].lc()
		if !pk22WaveVerbs[lv] || !pk22Subject(words, v, strings.HasSuffix(lv, "ing")) || researchSubject(words, v) {
			continue
		}
		k := v + 1
		if isNumber(strings.ReplaceAll(words[k].lc(), ",", "")) {
			k++ // "hitting 42 TanStack packages"
		}
		first := ""
		for c := k; c < len(words) && c <= k+6; c++ {
			lc := words[c].lc()
			if pk22PackageNouns[lc] {
				return first
			}
			switch {
			case lc == "and" || pk22Kinds[lc]:
			case pk22Name(title, words, c, lead):
				if first == "" {
					first = pk22Trim(rawName(title, words, c, c))
				}
			default:
				c = len(words) // no name: not this verb's packages
			}
			if c < len(words) && words[c].dash {
				break
			}
		}
	}
	return ""
}

// pk22Subject reports whether a worm, malware, a campaign (by noun or by
// a quoted or hyphenated name) or attackers are the subject of the verb
// at v; a participle takes the subject of the clause before it.
func pk22Subject(words []titleWord, v int, participle bool) bool {
	reach := 4
	if participle {
		reach = 6
	}
	for k := v - 1; k >= 0 && k >= v-reach; k-- {
		t := words[k].text
		lk := words[k].lc()
		if wormWord(t) || malwareNouns[lk] || pk22Subjects[lk] || pk22Campaign(t) {
			return true
		}
		if words[k].stop && !participle {
			return false
		}
	}
	return false
}

// pk22Campaign: a campaign's name as written, quoted ("'ChainDrop'") or
// hyphenated in capitals ("Shai-Hulud").
func pk22Campaign(t string) bool {
	if strings.HasPrefix(t, "'") || strings.HasPrefix(t, "‘") || strings.HasPrefix(t, "\"") || strings.HasPrefix(t, "“") {
		return len(t) > 2
	}
	a, b, ok := strings.Cut(t, "-")
	return ok && a != "" && b != "" && pk22Upper(a[:1]) && pk22Upper(b[:1])
}

// pk22Upper reports whether s has an upper-case letter.
func pk22Upper(s string) bool {
	return strings.ToLower(s) != s
}

// pk22Name reports whether the word at c names a package: a name in
// capitals or digits, a name written as code, a possessive owner, or a
// word in lower case the lead writes again ("keyv").
func pk22Name(title string, words []titleWord, c int, lead string) bool {
	w := words[c]
	n := pk22Trim(rawName(title, words, c, c))
	if n == "" || pk22Function(n) || pk22Audiences[strings.ToLower(n)] {
		return false // "Malware Hits Roblox Devs Through npm Packages": Title Case
	}
	if hasUpperOrDigit(n) && nameWord(w) || codeName(n) {
		return true
	}
	return packageToken(n) && nameWord(w) && len(n) > 2 && lead != "" && wordIn(strings.ToLower(lead), strings.ToLower(n))
}

// pk22Trim cuts a possessive and a list's comma off a name.
func pk22Trim(n string) string {
	n = strings.TrimRight(n, ",")
	n = strings.TrimSuffix(strings.TrimSuffix(n, "'s"), "’s")
	return n
}

// pk22Carried is the name of a package the title says carried malware
// ("Bitwarden CLI npm package briefly carried Shai-Hulud payload"), or "".
func pk22Carried(title string, words []titleWord, lead string) string {
	for c := 1; c+2 < len(words); c++ {
		if !pk22PackageNouns[words[c].lc()] || words[c].stop {
			continue
		}
		v := c + 1
		for v < len(words) && v <= c+2 && pk22Adverbs[words[v].lc()] {
			v++
		}
		if v >= len(words) || !pk22Carry[words[v].lc()] || !pk22Payload(words, v) {
			continue
		}
		e := c - 1
		for e >= 0 && pk22Kinds[words[e].lc()] && !words[e].stop {
			e--
		}
		if e < 0 || !pk22Name(title, words, e, lead) {
			continue
		}
		s := e
		for s > 0 && e-s < 2 && !words[s-1].stop && hasUpperOrDigit(words[s-1].text) && nameWord(words[s-1]) {
			s--
		}
		if s > 0 && !words[s-1].stop && !oneOf(words[s-1].lc(), "the", "popular", "official", "legitimate") {
			continue // the name is a longer phrase's end
		}
		ne := c - 1
		for ne > e && pk22Ecosystems[words[ne].lc()] {
			ne--
		}
		return pk22Trim(rawName(title, words, s, ne))
	}
	return ""
}

// pk22Payload reports whether malware follows the verb at v within three
// words, with nothing that fights it between ("ships protection against
// infostealers").
func pk22Payload(words []titleWord, v int) bool {
	for k := v + 1; k < len(words) && k <= v+3; k++ {
		lk := words[k].lc()
		if versionGuards[lk] {
			return false
		}
		if versionPayloads[lk] || wormWord(words[k].text) ||
			oneOf(lk, "payload", "payloads") && k > v+1 && (pk22Campaign(words[k-1].text) || wormWord(words[k-1].text)) {
			return true
		}
		if words[k].stop {
			return false
		}
	}
	return false
}

// pk22ReachNouns count a package's reach.
var pk22ReachNouns = wordSet(`downloads installs users dependents stars`)

// pk22Reach is the title without a package's reach told between the
// package and its verb ("packages with 950,000 weekly downloads hit
// by"), or "" when it tells none there.
func pk22Reach(title string, words []titleWord) string {
	for c := 0; c+4 < len(words); c++ {
		if !pk22PackageNouns[words[c].lc()] || words[c].stop || words[c+1].lc() != "with" {
			continue
		}
		for k := c + 3; k < len(words) && k <= c+5; k++ {
			if pk22ReachNouns[words[k].lc()] && k+1 < len(words) && !words[k].stop {
				if !isNumber(strings.ReplaceAll(words[c+2].lc(), ",", "")) && !quantities[words[c+2].lc()] {
					return ""
				}
				return title[:words[c].end] + title[words[k].end:]
			}
			if words[k].stop {
				break
			}
		}
	}
	return ""
}

// pk22Rename names a package alert whose name is a function word
// ("'Megalodon' campaign backdoors 5,500 GitHub repositories through
// automated commits": "through") by the package the lead names, if it
// names one; else it leaves the alert as it is.
// A name in capitals ("Go") or quoted ("npm package 'is'") is the
// package's own.
func pk22Rename(title, text string, a *trust.Alert) {
	if len(a.Vendors) != 1 {
		return
	}
	v := a.Vendors[0].Name
	if v == "" || strings.ToLower(v) != v || strings.ContainsAny(v, " .-_/@") || !pk22Function(v) || pk22Quoted(title, v) {
		return
	}
	s := firstSentence(text)
	if s == "" {
		return
	}
	lw := titleWords(s)
	n := leadPackageNamed(lw, s)
	if n == "" {
		n = pk22TurnedOf(s, lw)
	}
	if n != "" && vendorName(n) && !threatActor(lw, n) && !pk22Function(n) {
		a.Vendors = []trust.VendorHit{{Name: n, Term: n, Unlisted: true}}
	}
}

// pk22TurnedOf reads the package a lead says was turned, after "of":
// "compromised packages of the Tiledesk chat platform", "malicious
// versions of zorb-ui".
func pk22TurnedOf(s string, lw []titleWord) string {
	for i := 1; i+2 < len(lw); i++ {
		if !oneOf(lw[i].lc(), "packages", "package", "versions", "version", "releases", "release") || lw[i].stop ||
			lw[i+1].lc() != "of" || !pk22Turned[lw[i-1].lc()] {
			continue
		}
		k := i + 2
		if lw[k].lc() == "the" && k+1 < len(lw) {
			k++
		}
		n := pk22Trim(rawName(s, lw, k, k))
		if hasUpperOrDigit(n) && nameWord(lw[k]) || codeName(n) {
			return n
		}
	}
	return ""
}

// pk22Turned are the words of a release turned.
var pk22Turned = wordSet(`compromised malicious poisoned trojanized backdoored hijacked tampered rogue`)

// pk22Function reports whether w is an English function word: the
// headline stop words and the prepositions and conjunctions they lack.
func pk22Function(w string) bool {
	lw := strings.ToLower(w)
	return stopWords[lw] || pk22Prepositions[lw]
}

var pk22Prepositions = wordSet(`through throughout across toward towards within without behind
	beneath below above between beyond during despite upon until unless while whereas because
	though although onto inside outside around along beside besides per since`)

// pk22Quoted reports whether title writes name in quotes or as code.
func pk22Quoted(title, name string) bool {
	for _, q := range [][2]string{{"'", "'"}, {"‘", "’"}, {"\"", "\""}, {"“", "”"}, {"`", "`"}} {
		if strings.Contains(title, q[0]+name+q[1]) {
			return true
		}
	}
	return false
}

// pk22Audiences are whom a wave reaches through packages, never the
// packages' owners.
var pk22Audiences = wordSet(`devs developers users coders programmers maintainers engineers gamers players customers`)

// packageAlert is the package-compromise alert on package n that pk22,
// pk23 and pk24 make when they have read a title the rules left silent:
// the rules read a plain "n npm packages compromised" so the alert is
// theirs (its category, vendor and why), and only when they name n itself
// does the alert stand, with the title as its evidence.
func (m *Matcher) packageAlert(n, title, text string) (trust.Alert, bool) {
	a, ok := m.match(n+" npm packages compromised", "", true, nil, nil)
	if !ok || a.Coverage || a.Category != trust.CategoryOSS || len(a.Vendors) != 1 || !looseVendor(a.Vendors[0].Name, n) {
		return trust.Alert{}, false
	}
	a.Evidence = clean(title)
	a.Summary = Summarize(a.Evidence, title, text)
	return a, true
}
