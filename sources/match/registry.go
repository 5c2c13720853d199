package match

import "strings"

// Open-source compromises told by their count or their campaign, with no
// package named in the title nor in the lead: "Shai-Hulud malware infects
// 500 npm packages", "40+ npm packages compromised in supply chain
// attack", "hackers hijacked 35 Chrome extensions". The news is a
// compromise of packages in one registry, and the registry is the only
// name the words give: the alert names it as written ("npm", "PyPI",
// "Open VSX"), so that the reports of one wave meet in one event.

// registries are the words that name a package registry or marketplace
// on their own; registryPairs the two-word ones ("VS Code", "Docker Hub").
var (
	registries = set("npm", "pypi", "rubygems", "crates.io", "nuget", "packagist", "openvsx", "open-vsx", "maven",
		"chrome", "firefox", "wordpress", "github", "go", "golang", "python", "rust", "ruby", "php", "vscode", "edge",
		"cargo", "composer", "jetbrains", "docker")
	registryPairs = map[string]string{"vs code": "VS Code", "open vsx": "Open VSX", "docker hub": "Docker Hub",
		"hugging face": "Hugging Face", "visual studio": "Visual Studio"}
)

// registryName is the registry the channel words of a shape (lo..hi) are
// of, or else the first the title names, as written; "" for none.
func registryName(words []titleWord, lo, hi int) string {
	if n := registryIn(words, lo, hi); n != "" {
		return n
	}
	return registryIn(words, 0, len(words)-1)
}

func registryIn(words []titleWord, lo, hi int) string {
	for i := max(lo, 0); i <= hi && i < len(words); i++ {
		lw := strings.ToLower(words[i].text)
		if i+1 < len(words) && !words[i].stop {
			if _, ok := registryPairs[lw+" "+strings.ToLower(words[i+1].text)]; ok {
				return joinSpan(words, i, i+1)
			}
		}
		if registries[lw] {
			return words[i].text
		}
	}
	return ""
}

// researchSubject reports whether researchers are the subject of the
// verb at v ("Researchers hijack popular npm package with millions of
// downloads", "Researcher hijacks abandoned GitHub repositories"): a
// demonstration of what attackers could do, not a channel turned.
func researchSubject(words []titleWord, v int) bool {
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		if words[k].stop {
			return false
		}
		switch strings.ToLower(words[k].text) {
		case "security":
			continue
		case "researcher", "researchers", "white-hat", "whitehat", "pentester", "pentesters":
			return true
		case "have", "has", "successfully", "secretly", "ethically":
			continue
		}
		return false
	}
	return false
}

// predicate reports whether a verb at v that stands before its channel
// is the headline's verb with a subject ("hackers hijacked 35 Chrome
// extensions", "worm infects 500 npm packages"; an opening participle
// with a verb after its channel, "Hijacked npm packages steal keys"),
// not a participle that
// describes the channel ("Compromised NPM packages: how to check",
// "attack involving compromised npm packages"), whose news is elsewhere.
func predicate(words []titleWord, v int) bool {
	lv := strings.ToLower(words[v].text)
	if !strings.HasSuffix(lv, "ed") {
		return true
	}
	if v == 0 {
		// "Hijacked npm packages steal developers' keys": the verb
		// follows the channel.
		for _, w := range words[1:] {
			if deliverVerbs[strings.ToLower(w.text)] {
				return true
			}
		}
		return false
	}
	if words[v-1].stop {
		return false
	}
	p := strings.ToLower(words[v-1].text)
	return !describers[p] && !strings.HasSuffix(p, "ing") && !channelModifiers[p]
}

// describers stand before a participle that describes what follows it:
// "the compromised packages", "of hijacked extensions".
var describers = set("a", "an", "the", "of", "in", "on", "to", "for", "with", "by", "from", "into", "via", "these",
	"those", "this", "that", "about", "over", "after", "against", "amid", "its", "their", "more", "other", "and", "or")

// harmful reports whether a word says what code was made to do to its
// users: "computer-wiping commands", "password-stealing code".
func harmful(w string) bool {
	return strings.HasSuffix(w, "-wiping") || strings.HasSuffix(w, "-stealing") || strings.HasSuffix(w, "-mining") ||
		w == "wiping" || w == "wiper"
}

// ownerOf is the package whose maintainer is the subject of the verb at
// v ("node-ipc maintainer sabotages popular npm package", "colors.js
// developer corrupts own libraries"): the package turned is the
// maintainer's own.
func ownerOf(words []titleWord, v int) string {
	if v < 2 || words[v-1].stop {
		return ""
	}
	switch strings.ToLower(words[v-1].text) {
	case "maintainer", "developer", "author", "creator", "owner", "dev":
		return nameBefore(words, v-1, false)
	}
	return ""
}

// countWith is the index of the "with" that opens a count ending at word
// e ("with 2 billion weekly downloads", "with over 100,000 users"), or
// -1.
func countWith(words []titleWord, e int) int {
	switch strings.ToLower(words[e].text) {
	case "downloads", "installs", "users", "stars", "dependents":
	default:
		return -1
	}
	counted := false
	for k := e - 1; k >= 0 && k >= e-6; k-- {
		lk := strings.ToLower(words[k].text)
		switch {
		case lk == "with" && counted && !words[k].stop:
			return k
		case isNumber(lk) || quantities[lk] || strings.HasSuffix(lk, "+") && isNumber(strings.TrimSuffix(lk, "+")):
			counted = true
		case oneOf(lk, "over", "more", "than", "nearly", "almost", "about", "weekly", "monthly", "active"):
		default:
			return -1
		}
		if words[k].stop {
			return -1
		}
	}
	return -1
}

// researchDemo reports whether a title's turning verb has researchers for
// its subject (researchSubject), whichever shape read it.
func researchDemo(title string) bool {
	words := titleWords(title)
	for v, w := range words {
		lw := strings.ToLower(w.text)
		if (supplyVerbs[lw] || weakVerbs[lw] || objectVerbs[lw] || insertVerbs[lw]) && researchSubject(words, v) {
			return true
		}
	}
	return false
}
