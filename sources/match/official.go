package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// A turned copy of a named product served from the vendor's own site:
// "Trojanized version of X distributed from official site", "backdoored
// X installers hosted on the developer's website". A trojanized copy is
// usually one attackers spread themselves (fake sites, ads, lures), which
// is not the vendor's compromise; the vendor's own site serving it is
// (trust-events.md). Fake, look-alike and third-party sites end the shape.

// copyNouns are what a turned copy of a product is.
var copyNouns = set("version", "versions", "copy", "copies", "installer", "installers", "build", "builds", "update",
	"updates", "release", "releases", "download", "downloads")

// ownSite words say the site is the vendor's: "official site", "its own
// website", "the developer's download page".
var (
	ownSiteMarks = set("official", "own", "vendor's", "developer's", "company's", "maker's", "vendor", "developer")
	siteNouns    = set("site", "sites", "website", "websites", "server", "servers", "portal", "page", "pages",
		"channel", "channels", "domain", "cdn")
	fakeSites = set("fake", "fraudulent", "spoofed", "look-alike", "lookalike", "typosquatted", "typosquat", "unofficial",
		"third-party", "pirated", "cracked", "malvertising", "ads", "imitation", "impostor", "cloned", "clone",
		"bogus", "counterfeit")
)

// officialTurned finds "<turned> <copy> of <Name> ... <official> <site>"
// in one title: the span and the name.
func officialTurned(words []titleWord) (lo, hi int, name string, ok bool) {
	if inWords(words, fakeSites) {
		return 0, 0, "", false
	}
	for t := 0; t+3 < len(words); t++ {
		if !turnedLead[strings.ToLower(words[t].text)] || words[t].stop {
			continue
		}
		c := t + 1
		if !copyNouns[strings.ToLower(words[c].text)] || words[c].stop || !strings.EqualFold(words[c+1].text, "of") {
			continue
		}
		j := c + 2
		if j < len(words) && oneOf(strings.ToLower(words[j].text), "the", "popular", "legitimate") {
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
			if ownSiteMarks[strings.ToLower(words[k].text)] && !words[k].stop {
				for s := k + 1; s < len(words) && s <= k+2; s++ {
					if siteNouns[strings.ToLower(words[s].text)] {
						return t, s, n, true
					}
				}
			}
		}
	}
	return 0, 0, "", false
}

// officialAlert reads a title for officialTurned.
func (m *Matcher) officialAlert(title string, hits []hit, question bool) unit {
	// Most titles name no site of the vendor's: a look at the bytes
	// spares them the split into words.
	if !strings.Contains(title, "fficial") && !strings.Contains(title, " own ") && !strings.Contains(title, "endor") &&
		!strings.Contains(title, "eveloper") && !strings.Contains(title, "ompany") && !strings.Contains(title, "aker") {
		return unit{}
	}
	words := headline(titleWords(title))
	lo, hi, name, ok := officialTurned(words)
	if !ok {
		return unit{}
	}
	m.mark(words, hits)
	extra := trust.SignalHit{Term: joinSpan(words, lo, hi), Category: trust.CategoryCompromise, Weight: supplyWeight}
	u := m.scoreUnitWith(hits, true, false, question, &extra, false)
	if !u.ok {
		return unit{}
	}
	if len(u.vendors) == 0 {
		if !m.rules.AnyVendor {
			return unit{}
		}
		u.vendors = []trust.VendorHit{{Name: name, Term: name, Unlisted: true}}
	}
	u.category = trust.CategoryCompromise
	u.evidence = clean(title)
	u.shapeEnd = words[hi].end
	return u
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
		if turnedLead[strings.ToLower(words[t].text)] && copyNouns[strings.ToLower(words[t+1].text)] && !words[t].stop &&
			strings.EqualFold(words[t+2].text, "of") {
			return true
		}
	}
	return false
}
