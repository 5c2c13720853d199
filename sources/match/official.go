package match

import (
	"strings"
)

// A turned copy of a named product served from the vendor's own site:
// "Trojanized version of X distributed from official site", "backdoored
// X installers hosted on the developer's website". A trojanized copy is
// usually one attackers spread themselves (fake sites, ads, lures), which
// is not the vendor's compromise; the vendor's own site serving it is
// (trust-events.md). Fake, look-alike and third-party sites end the shape.

// copyNouns are what a turned copy of a product is.
var copyNouns = wordSet(`version versions copy copies installer installers build builds update
	updates release releases download downloads`)

// ownSite words say the site is the vendor's: "official site", "its own
// website", "the developer's download page".
var (
	ownSiteMarks = wordSet("official own vendor's developer's company's maker's vendor developer")
	siteNouns    = wordSet(`site sites website websites server servers portal page pages
		channel channels domain cdn`)
	fakeSites = wordSet(`fake fraudulent spoofed look-alike lookalike typosquatted typosquat unofficial
		third-party pirated cracked malvertising ads imitation impostor cloned clone
		bogus counterfeit`)
)

// officialTurned finds "<turned> <copy> of <Name> ... <official> <site>"
// in one title: the span and the name.
func officialTurned(words []titleWord) (lo, hi int, name string, ok bool) {
	if inWords(words, fakeSites) {
		return 0, 0, "", false
	}
	for t := 0; t+3 < len(words); t++ {
		if !turnedLead[words[t].lc()] || words[t].stop {
			continue
		}
		c := t + 1
		if !copyNouns[words[c].lc()] || words[c].stop || !strings.EqualFold(words[c+1].text, "of") {
			continue
		}
		j := c + 2
		if j < len(words) && oneOf(words[j].lc(), "the", "popular", "legitimate") {
			j++
		}
		if j >= len(words) {
			return 0, 0, "", false
		}
		n := nameAt(words, j)
		if n == "" {
			continue
		}
		for k := j + 1; k+1 < len(words) && k <= j+10; k++ {
			if ownSiteMarks[words[k].lc()] && !words[k].stop {
				for s := k + 1; s < len(words) && s <= k+2; s++ {
					if siteNouns[words[s].lc()] {
						return t, s, n, true
					}
				}
			}
		}
	}
	return 0, 0, "", false
}

// officialAlert reads a title for officialTurned.
func (m *Matcher) officialAlert(title string, hits []hit, question bool, gate *item) unit {
	// Most titles name no site of the vendor's: a look at the bytes
	// spares them the split into words.
	if !strings.Contains(title, "fficial") && !strings.Contains(title, " own ") && !strings.Contains(title, "endor") &&
		!strings.Contains(title, "eveloper") && !strings.Contains(title, "ompany") && !strings.Contains(title, "aker") {
		return unit{}
	}
	words := headline(gate.wordsCopy(title))
	lo, hi, name, ok := officialTurned(words)
	if !ok {
		return unit{}
	}
	return m.compromiseUnit(title, words, lo, hi, hits, question, func() string { return name })
}

// fakeCopy reports whether a title's turned copy of a product came from a
// fake or third-party source ("Malicious versions of KeePass pushed
// through search ads"): one attackers spread, never trusted, whatever
// shape named the copy.
func fakeCopy(title string) bool {
	words := headline(titleWords(title))
	if !inWords(words, fakeSites) {
		return false
	}
	for t := 0; t+2 < len(words); t++ {
		if turnedLead[words[t].lc()] && copyNouns[words[t+1].lc()] && !words[t].stop &&
			strings.EqualFold(words[t+2].text, "of") {
			return true
		}
		if t > 0 && swapVerbs[words[t-1].lc()] && turnedCopyAt(words, t+1) {
			return true // "pirated ISOs replaced with backdoored copies" (named3.go)
		}
	}
	return false
}

// A named product's channel turned, in two more shapes security news uses:
// the channel swapped for malware ("Attackers swap X installer for
// infostealer", "breach X servers, replace installer with infostealer")
// and the channel named before its product ("hijack updates of Korean VPN
// app X to deploy backdoor"). Both need malware said in the title: a
// release replaced by a new version, or updates of X "hijacked" by a flaw
// name, is no compromise.

// swapVerbs put something in a channel's place.
var swapVerbs = wordSet("replace replaces replaced replacing swap swaps swapped swapping")

// turnChannels are a vendor's release channels.
var turnChannels = wordSet(`installer installers update updates download downloads binary binaries
	build builds setup client app`)

// hijackVerbs take a channel over.
var hijackVerbs = wordSet(`hijack hijacks hijacked hijacking compromise compromises compromised
	compromising poison poisons poisoned breach breaches breached hack hacks hacked
	trojanize trojanizes trojanized backdoor backdoors backdoored`)

// swappedChannel finds "<swap> [X] <channel> with|for <malware>": the
// span and the name before the channel, or in the clause before
// ("breach X servers, replace installer ...").
func swappedChannel(words []titleWord) (lo, hi int, name string, ok bool) {
	for v := 0; v+3 < len(words); v++ {
		if !swapVerbs[words[v].lc()] || words[v].stop {
			continue
		}
		for c := v + 1; c < len(words) && c <= v+4; c++ {
			if !turnChannels[words[c].lc()] {
				if words[c].stop {
					break
				}
				continue
			}
			if c+2 >= len(words) || words[c].stop || !oneOf(words[c+1].lc(), "with", "for") {
				if c+1 < len(words) && !words[c].stop && turnChannels[words[c+1].lc()] {
					continue // "client installer": the channel is the last of the run
				}
				break
			}
			m := c + 2
			for m < len(words) && m <= c+4 && !malwareNouns[words[m].lc()] && !turnedCopyAt(words, m) && !words[m-1].stop {
				m++
			}
			if m >= len(words) || (!malwareNouns[words[m].lc()] || strings.EqualFold(words[m].text, "malicious")) && !turnedCopyAt(words, m) {
				break
			}
			n := ""
			if c-1 > v && hasUpperOrDigit(words[c-1].text) {
				n = nameBefore(words, c, false)
			}
			if n == "" {
				n = nameBeforeKind(words, c, v) // "swapped eScan antivirus updates" (leftovers2.go)
			}
			if n == "" && v > 1 {
				// The words before name whose servers or site it was
				// ("breach X servers, replace installer", "compromised X
				// website to swap installer").
				for s := v - 1; s > 0; s-- {
					if siteNouns[words[s].lc()] || oneOf(words[s].lc(), "servers", "server") {
						n = nameBefore(words, s, false)
						break
					}
				}
			}
			return v, m, n, n != ""
		}
	}
	return 0, 0, "", false
}

// channelOfNamed finds "<hijack> <channel> of <descriptors> <Name>" with
// malware or a delivering verb after: "hijack updates of Korean VPN app
// Kovra to deploy backdoor".
func channelOfNamed(words []titleWord) (lo, hi int, name string, ok bool) {
	for v := 0; v+3 < len(words); v++ {
		if !hijackVerbs[words[v].lc()] || words[v].stop {
			continue
		}
		c := v + 1
		if c+2 >= len(words) || !turnChannels[words[c].lc()] || words[c].stop ||
			!strings.EqualFold(words[c+1].text, "of") {
			continue
		}
		// The name: the capitalised run after a product noun ("VPN app
		// Kovra"), else the first one that is no nationality.
		n, e := "", c+2
		for k := c + 2; k < len(words) && k <= c+7; k++ {
			lk := words[k].lc()
			if productNouns[lk] || turnChannels[lk] {
				if k+1 < len(words) && !words[k].stop {
					if a := nameAt(words, k+1); a != "" {
						n, e = a, k+1
					}
				}
				break
			}
			if n == "" && !nationality[lk] {
				if a := nameAt(words, k); a != "" {
					n, e = a, k
				}
			}
			if words[k].stop || oneOf(lk, "to", "with") {
				break
			}
		}
		if n == "" {
			continue
		}
		for k := e + 1; k < len(words) && k <= e+6; k++ {
			lk := words[k].lc()
			if malwareNouns[lk] && lk != "malicious" || deliverVerbs[lk] && strings.EqualFold(words[k-1].text, "to") {
				return v, k, n, true
			}
		}
	}
	return 0, 0, "", false
}

// channelAlert reads a title for swappedChannel and channelOfNamed.
func (m *Matcher) channelAlert(title string, hits []hit, question bool) unit {
	if !anyFold(title, channelMarks) {
		return unit{} // most titles: no split into words
	}
	words := headline(titleWords(title))
	if inWords(words, fakeSites) || inWords(words, neverTrusted) {
		return unit{}
	}
	lo, hi, name, ok := swappedChannel(words)
	if !ok {
		lo, hi, name, ok = channelOfNamed(words)
	}
	if !ok {
		return unit{}
	}
	return m.compromiseUnit(title, words, lo, hi, hits, question, func() string {
		if isTitleCase(words) && !confirmed(name, words, true, nil) {
			return ""
		}
		return name
	})
}

// channelMarks are the bytes a title of channelAlert's shapes holds: a
// swapping verb, or a channel before "of".
var channelMarks = newFoldSubs("replac", "swap", "updates of", "update of", "installer of", "installers of", "downloads of",
	"builds of", "binaries of", "client of", "app of", "setup of")
