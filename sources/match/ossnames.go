package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// A count or a campaign that names only the registry in the title
// ("Self-spreading worm hits 180 npm packages", "35 Chrome extensions
// hijacked in phishing campaign") while the lead names the packages
// ("The attack began with the popular @ctrl/tinycolor package",
// "Cyberhaven's extension was among them"): the alert names the lead's
// package, so that the reports of one compromise meet under the package's
// name; the registry stays the name only when the lead gives none
// (registry.go).

// registryWord reports whether n is a registry named on its own.
func registryWord(n string) bool {
	l := strings.ToLower(n)
	if registries[l] {
		return true
	}
	_, ok := registryPairs[l]
	return ok
}

// leadPackageNamed is leadPackage with the forms a lead gives for one of
// the packages a title counted: an owner before the channel
// ("Cyberhaven's extension was among them"), what the packages include
// ("The compromised packages include chalk and debug"), what is among
// them ("Among the packages compromised is @ctrl/tinycolor") and where
// the wave began ("began with the popular @ctrl/tinycolor package",
// "first appeared in quuxauth and zorbcli").
func leadPackageNamed(lw []titleWord, s string) string {
	if n := leadPackage(lw, s); n != "" {
		return n
	}
	among := false
	for i, w := range lw {
		l := strings.ToLower(w.text)
		if l == "among" {
			among = true
		}
		if leadChannels[l] && i > 0 && !lw[i-1].stop && ownerWord(s, lw[i-1]) {
			if n := nameEnding(lw, i-1); n != "" && !threatActor(lw, n) && !actors[strings.ToLower(n)] {
				return strings.TrimSuffix(strings.TrimSuffix(n, "'s"), "’s")
			}
		}
		if i+1 >= len(lw) || w.stop {
			continue
		}
		next := strings.ToLower(lw[i+1].text)
		k := -1
		switch {
		case oneOf(l, "include", "includes", "included") && leadChannelBefore(lw, i):
			k = i + 1
		case among && oneOf(l, "is", "are", "was", "were") && leadChannelBefore(lw, i):
			k = i + 1
		case oneOf(l, "began", "begun", "started", "starting", "beginning", "originated") && oneOf(next, "with", "in", "at"),
			oneOf(l, "appeared", "seen", "spotted", "detected") && next == "in":
			k = i + 2
		}
		if k < 0 || k >= len(lw) {
			continue
		}
		if n := slashName(lw, k, nameAfter(lw, k, true, true)); n != "" && !threatActor(lw, n) &&
			!quantities[strings.ToLower(n)] && !registryWord(n) && !leadChannels[strings.ToLower(n)] {
			return n
		}
	}
	return ""
}

// leadChannelBefore reports whether a channel word stands within five words
// before word i, in its phrase: "the compromised packages include".
func leadChannelBefore(lw []titleWord, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if lw[k].stop {
			return false
		}
		if leadChannels[strings.ToLower(lw[k].text)] {
			return true
		}
	}
	return false
}

// slashName carries a package name read at or after word i over an
// owner's slash ("@ctrl" "/" "tinycolor" is one name).
func slashName(lw []titleWord, i int, n string) string {
	if n == "" || strings.Contains(n, " ") {
		return n
	}
	for k := i; k < len(lw) && k <= i+6; k++ {
		if lw[k].text == n {
			if lw[k].slash && k+1 < len(lw) {
				return n + "/" + lw[k+1].text
			}
			return n
		}
	}
	return n
}

// leadForRegistry renames an oss alert that names only a registry to the
// package its lead names (leadPackageNamed).
func (m *Matcher) leadForRegistry(title, lead string, u *unit) {
	if u.category != trust.CategoryOSS || lead == "" || len(u.vendors) != 1 || !u.vendors[0].Unlisted ||
		!registryWord(u.vendors[0].Name) {
		return
	}
	lw := titleWords(lead)
	n := leadPackageNamed(lw, lead)
	if n == "" || !vendorName(n) || registryWord(n) {
		return
	}
	u.vendors = []trust.VendorHit{m.hitFor(n)}
	u.across = true
	u.evidence = clean(title) + " — " + clean(lead)
}
