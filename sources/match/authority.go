package match

import (
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// describedOnly reads a title that holds no registry vendor and no word
// any title shape reads, when it describes its vendor instead of naming
// it: "The US Navy, NATO, and NASA are using a shady Chinese company's
// encryption chips" — "US government warns encryption chipmaker Hualan
// has suspicious ties to China's military". Such a title has nothing of
// its own to alert on; the lead that names the described vendor may
// (describedLead). Without text, or without a word of kind in the title,
// it costs one scan of the title's letters.
func (m *Matcher) describedOnly(title, orig, body string, titleHits []hit, described bool) (trust.Alert, bool) {
	if described || !m.rules.AnyVendor || body == "" || !hasWordIn(title, describedHeads) {
		return trust.Alert{}, false
	}
	return m.describedLead(title, orig, body, titleHits)
}

// warnsOfAttacks reports whether a title is a warning to the targets of
// attacks ("Apple warns Indian opposition and journalists of state-backed
// hacking", "Google alerts users of government-backed attacks"): its
// news is the attacks. A vendor its lead names beside them (a spyware
// product the attackers may have used) is the tool, not the one a trust
// event is about (trust-events.md: reports of a spyware maker's tools
// used on victims are not events).
func warnsOfAttacks(title string) bool {
	if !hasWordIn(title, attackWarnVerbs) {
		return false
	}
	words := titleWords(title)
	for i, w := range words {
		if !attackWarnVerbs[strings.ToLower(w.text)] {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+6; k++ {
			if !oneOf(strings.ToLower(words[k].text), "of", "about") {
				continue
			}
			for j := k + 1; j < len(words) && j <= k+4; j++ {
				if warnedAttacks[strings.ToLower(words[j].text)] {
					return true
				}
			}
			break
		}
	}
	return false
}

var (
	attackWarnVerbs = set("warns", "warned", "warn", "alerts", "alerted", "notifies", "notified", "notify")
	warnedAttacks   = set("hacking", "hack", "hacks", "attack", "attacks", "attackers", "hackers", "intrusions",
		"targeting", "spyware", "surveillance", "phishing", "campaign", "campaigns", "exploitation")
)
