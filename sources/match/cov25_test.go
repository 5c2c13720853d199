package match

import (
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestTurnToldAfterGrid holds turnToldAfter: a consequence before
// "after" and a compromise's turn told after it as a clause (a subject
// and its verb) alerts; the same parts with the turn named by a noun, an
// adjective before a noun, or dated to the past stay coverage at most.
// News cells the rules leave silent with the reader off, and look-alike
// cells they alert on with it off, are not its own and are skipped; enough of the rest must be coverage without the
// reader, or the grid no longer needs it.
func TestTurnToldAfterGrid(t *testing.T) {
	m := defaultMatcher(t)
	news, look := newProbeGrid(m), newProbeGrid(m)
	offCovered, othersAlert := 0, 0
	consequences := []string{"Developers warned", "Crypto exchange drained", "Customers told to reset passwords",
		"Thousands of users hit", "Users urged to uninstall app"}
	channels := []string{"%s update", "%s installer", "%s software updates", "%s update server"}
	packageChannels := []string{"npm package %s", "popular %s library", "%s releases"}
	// turns tell the channel's turn as a clause (the news).
	turns := []string{"after %c was poisoned", "after %c hijacked", "after %c was trojanized by hackers",
		"after attackers take over %c", "after hackers planted a backdoor in %c", "after %c compromised to push malware",
		"after hackers push malware through %c"}
	// looks tell it by a noun, an adjective, an infinitive, or in the past.
	looks := []string{"after %c hijack", "after the %c compromise", "after last year's %c hijack",
		"months after %c was poisoned", "after %c was poisoned in 2021", "after the hijacked %c",
		"after %c supply-chain attack", "a year after %c was poisoned",
		"after attempts to push malware through %c"}
	vendors := []string{"SolarWinds", "3CX", "Kaspersky", "Passwordstate", "Zorvault", "arvoro-utils", "ua-parser-js"}
	for _, v := range vendors {
		chs := channels
		if strings.Contains(v, "-") {
			chs = packageChannels
		}
		for _, ch := range chs {
			c := strings.ReplaceAll(ch, "%s", v)
			for _, cons := range consequences {
				for _, tf := range turns {
					title := cons + " " + strings.ReplaceAll(tf, "%c", c)
					cov25Off = true
					a, ok := m.Match(title, "")
					cov25Off = false
					if !ok {
						continue // silent whatever the reader says: another rule's
					}
					if a.Coverage {
						offCovered++
					}
					news.check(title, "", []string{cons, tf, ch}, func(a trust.Alert, ok bool) bool {
						return ok && !a.Coverage && (a.Category == trust.CategoryCompromise || a.Category == trust.CategoryOSS) && namesLoosely(a, v)
					}, tf)
				}
				for _, lf := range looks {
					title := cons + " " + strings.ReplaceAll(lf, "%c", c)
					cov25Off = true
					a, ok := m.Match(title, "")
					cov25Off = false
					if ok && !a.Coverage {
						othersAlert++ // another reader's news (pk16AfterTurn: a harm before, the turn after)
						continue
					}
					look.check(title, "", []string{cons, lf, ch}, gridSilent, lf)
				}
			}
		}
	}
	news.stat.log(t, "%s: %d/%d")
	news.holdWithLookalikes(t, look, "turnToldAfter", 0.98)
	t.Logf("news cells coverage with the reader off: %d of %d; look-alike cells other readers alert on, skipped: %d", offCovered, news.all, othersAlert)
	if offCovered < news.all/3 {
		t.Errorf("news cells coverage with the reader off: %d of %d, want at least a third (the grid no longer needs the reader)", offCovered, news.all)
	}
}

// TestTurnToldAfter holds the reader's forms on titles alone.
func TestTurnToldAfter(t *testing.T) {
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"Developers warned after popular Packagist packages hijacked", true},
		{"Exchange drained after custody software vendor's update was poisoned", true},
		{"Third-party package racks up 300,000 downloads after being hijacked", true},
		{"Python developers hit after attackers take over popular PyPI projects", true},
		{"Dozens of WordPress plugins pulled after new owner planted a backdoor", true},
		{"Arvoro hardens updater after hijacked update traffic delivered malware", true},
		{"US govt, FireEye breached after SolarWinds supply-chain attack", false},
		{"3CX users targeted with phishing after supply chain attack", false},
		{"Arvoro users targeted after the hijacked update", false},
		{"Arvoro hardens updater after last year's update hijack", false},
		{"Arvoro hardens updater months after its update was hijacked", false},
		{"Arvoro hardens updater after update was hijacked in 2021", false},
		{"Arvoro hardens updater after hackers take over the tool", true},
		{"After the hijack, Arvoro hardens its updater", false},
		{"npm warns after versions of popular library ship cryptominer and password stealer", true},
		{"npm warns after attempts to push malware through popular library", false},
		{"Arvoro hardens updater after researchers show attackers could push malware", false},
	} {
		u := unit{category: trust.CategoryCompromise}
		if got := turnToldAfter(c.title, &u); got != c.want {
			t.Errorf("turnToldAfter(%q) = %v, want %v", c.title, got, c.want)
		}
	}
	u := unit{category: trust.CategoryBan}
	if turnToldAfter("Developers warned after popular Packagist packages hijacked", &u) {
		t.Error("turnToldAfter read a ban")
	}
}
