package match

import "strings"

// Candidates of the learned rescue read from a headline's structure
// where the rules' name finders are silent: the name that opens a title
// and tells of its own compromise, a package the lead sentence writes
// after "of", a package-shaped word of the title, and a project whose
// own developers report in the lead. Each is tried only after the
// rescue's other title sources found no one (rescueRest).

// learnOwnVerbs21 are the verbs a company tells of its own compromise with
// ("Cyberhaven says it was hacked", "JumpCloud confirms ... its network").
var learnOwnVerbs21 = wordSet(`say says said confirm confirms confirmed admit admits admitted disclose discloses disclosed
	acknowledge acknowledges acknowledged reveal reveals revealed`)

// learnNegations after an own report make it a denial ("says it was not
// hacked").
var learnNegations = wordSet("not never no wasn't isn't hasn't didn't denies")

// learnOwnReport is the name that opens the title as the subject of a
// verb of reporting followed by "it" or by "its" before any other name:
// the company tells of what befell its own ("Cyberhaven says it was
// hacked to publish a malicious Chrome extension", "JumpCloud says
// nation-state hackers breached its network"), where reporterHead
// refuses a reporter. Not when the report denies ("says it was not
// breached"). The words before the verb must all be written capitalised
// (a name, not "Researchers say ...", which accept refuses by its
// lists).
func learnOwnReport(words []titleWord) string {
	k := 0
	for k < len(words) && k < 3 && !learnOwnVerbs21[words[k].lc()] {
		if !hasUpperOrDigit(words[k].text) || words[k].stop && k+1 < len(words) && !learnOwnVerbs21[words[k+1].lc()] {
			return ""
		}
		k++
	}
	if k == 0 || k+1 >= len(words) || !learnOwnVerbs21[words[k].lc()] || words[k-1].stop && !strings.HasSuffix(words[k-1].text, ",") {
		return ""
	}
	rest := words[k+1:]
	if !(rest[0].lc() == "it" || ownNext(rest)) {
		return ""
	}
	for _, w := range rest[:min(len(rest), 4)] {
		if learnNegations[w.lc()] {
			return ""
		}
	}
	return strings.TrimSuffix(joinWords(words[:k]), ",")
}

// learnKeepers are a project's own people: "the maintainer of node-ipc",
// "Webmin developers say ...".
var learnKeepers = wordSet("maintainer maintainers author authors developer developers creator creators owner owners team")

// learnLeadCodeOf is a package the lead sentence lw writes in a
// package's shape (learnCodeName) after "of", with its releases or its
// people within the six words before ("Versions 0.7.29, 0.8.0 and 1.0.0
// of ua-parser-js, published after ...", "The maintainer of node-ipc
// added code ..."): leadPackageNamed reads a package beside a channel's
// word, not one owned so.
func learnLeadCodeOf(lw []titleWord) string {
	for i := 1; i+1 < len(lw); i++ {
		if lw[i].lc() != "of" {
			continue
		}
		n := strings.TrimSuffix(strings.TrimRight(lw[i+1].text, ",.;:"), "'s")
		if !learnCodeName(n) || englishCompounds[n] || learnCompound(n) || registryWord(n) {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-6; k-- {
			if l := lw[k].lc(); learnReleases[l] || learnKeepers[l] {
				return n
			}
		}
	}
	return ""
}

// learnTitleCode is a word of the title written as a package's name
// (learnCodeName) where no channel's word stands beside it
// (learnTitleCodeName reads those): "node-ipc protestware wipes files",
// "polyfill.io domain injects malware", "sites hit in polyfill.io supply
// chain attack". One after "of" first ("... traced back to compromise of
// reviewdog action": the object of the action, not the effect named
// before it). A hyphenated word only where the title or the lead sentence
// writes an ecosystem's or a channel's word (eco): "nation-state" and
// "long-running" are words of English, not packages.
func learnTitleCode(words []titleWord, eco bool) string {
	ok := func(w string) bool {
		if !learnCodeName(w) || englishCompounds[w] || registryWord(w) || strings.HasSuffix(w, ".") {
			return false
		}
		return strings.ContainsAny(w, "._/@") || eco && !learnCompound(w)
	}
	first := ""
	for i, w := range words {
		t := strings.TrimSuffix(w.text, "'s")
		if !ok(t) || i > 0 && (oneOf(words[i-1].lc(), "a", "an") || learnPosing[words[i-1].lc()]) {
			// "greets users with an anti-war message": a description;
			// "Fake X GitHub Action", "gem posing as X": X impersonated.
			continue
		}
		if i > 0 && words[i-1].lc() == "of" {
			return t
		}
		if first == "" {
			first = t
		}
	}
	return first
}

// learnKeeperReport: the lead's name at lw[i] (its last word) is
// followed by its own people reporting ("Webmin developers say a
// compromised build server inserted ..."): the project speaks of its own,
// first word of the sentence or not.
func learnKeeperReport(lw []titleWord, i int) bool {
	return i+2 < len(lw) && learnKeepers[lw[i+1].lc()] && (reporterVerbs[lw[i+2].lc()] || learnOwnVerbs21[lw[i+2].lc()])
}

// learnPrefixes are English prefixes a hyphenated word of news English
// starts with ("anti-war", "self-hosted", "re-registered").
var learnPrefixes = wordSet("anti pro non self re pre co multi cross post semi sub super inter counter ex de un over under out mid all")

// learnCompound: a hyphenated word is English, not a package: it starts
// with a prefix (learnPrefixes), holds a number ("two-year") or a stop
// word ("end-to-end"), or ends in a participle ("malware-laced",
// "long-running", "state-sponsored").
func learnCompound(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 || learnPrefixes[parts[0]] {
		return len(parts) >= 2
	}
	for _, p := range parts {
		if p == "" || isNumber(p) || stopWords[p] {
			return true
		}
	}
	last := parts[len(parts)-1]
	return len(last) > 3 && (strings.HasSuffix(last, "ed") || strings.HasSuffix(last, "ing") || strings.HasSuffix(last, "en"))
}

// learnPosing before a package's name say it is impersonated, not
// compromised ("Fake quillstack-utils GitHub Action", "gem posing as
// quillstack-utils").
var learnPosing = wordSet("as like fake counterfeit copycat imitation bogus spoofed rogue typosquatted impersonating mimicking")
