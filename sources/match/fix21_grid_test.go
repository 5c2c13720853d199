package match

import (
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The grids of round 21's four readings (fix21.go, rev17.go): each
// look-alike beside the events built from the same parts.

var fx21Concerns = []string{"privacy concerns", "surveillance concerns", "data security concerns"}

var fx21ConcernVendors = []string{"Zoom", "TikTok", "DeepSeek"}

// TestFix21ConcernGrid: a concern is a motive. Who acts on it decides: an
// authority's ban or block is a ban; people who are no authority
// (parents, users, teachers), or the vendor facing concerns, make no event.
func TestFix21ConcernGrid(t *testing.T) {
	m := defaultMatcher(t)
	g, look := newProbeGrid(m), newProbeGrid(m)
	for _, c := range fx21Concerns {
		for _, v := range fx21ConcernVendors {
			for _, p := range []string{
				"Parents ban {V} over {C}", "Teachers boycott {V} over {C}", "Users quit {V} over {C}",
				"Students drop {V} over {C}", "{V} faces {C}", "{V} app raises {C}",
			} {
				title := strings.NewReplacer("{V}", v, "{C}", c).Replace(p)
				axes := []string{"look=" + p, "concern=" + c}
				look.check(title, "", axes, gridSilent, axes...)
			}
			for _, p := range []string{
				"Italy bans {V} over {C}", "Italy blocks {V} over {C}", "Federal agencies ban {V} over {C}",
				"Schools ban {V} over {C}", "Texas bans {V} over {C}",
			} {
				title := strings.NewReplacer("{V}", v, "{C}", c).Replace(p)
				axes := []string{"event=" + p, "concern=" + c}
				g.check(title, "", axes, gridAlerts(trust.CategoryBan, v), axes...)
			}
		}
	}
	// A strong word of spying beside the concern stays espionage.
	g.check("Eufy cameras secretly sent unencrypted footage to cloud, raising privacy concerns", "",
		[]string{"strong word"}, gridAlerts(trust.CategoryEspionage, "Eufy"))
	g.holdWithLookalikes(t, look, "concerns", 1)
}

// fx21Bodies rule for their own staff and are authorities by their kind:
// an agency or a health service by initials, a police department's
// initials, an office, a service, a force.
var fx21Bodies = []string{"TSA", "NHS", "NYPD", "LAPD", "Home Office", "Health service", "Cabinet Office", "Met Police", "Irish Defence Forces"}

// fx21Firms are companies by initials or a company's name: their rule is
// theirs.
var fx21Firms = []string{"IBM", "BBC", "NBA", "HSBC", "KPMG"}

// TestFix21BodyGrid holds every public body's staff rule to a ban or
// directive, every firm's to silence, beside one another.
func TestFix21BodyGrid(t *testing.T) {
	m := defaultMatcher(t)
	g, look := newProbeGrid(m), newProbeGrid(m)
	for _, p := range sr20Phrasings {
		if strings.Contains(p, "restricts") {
			continue // "restricts" alerts for an authority the sets hold only (sr20Authorities)
		}
		for _, v := range sr20Products {
			if v.kind == "unlisted" {
				continue
			}
			for _, a := range fx21Bodies {
				title := strings.NewReplacer("{A}", a, "{V}", v.text).Replace(p)
				axes := []string{"body=" + a, "phrasing=" + p}
				g.check(title, "", axes, gridBanOrDirective(v.want), axes...)
			}
			for _, a := range fx21Firms {
				title := strings.NewReplacer("{A}", a, "{V}", v.text).Replace(p)
				axes := []string{"firm=" + a, "phrasing=" + p}
				look.check(title, "", axes, gridSilent, axes...)
			}
		}
	}
	// Initials the lead spells out: a public body's, a company's.
	for _, v := range []string{"TikTok", "Zoom"} {
		title := "FRA bans staff from using " + v
		g.check(title, "The Federal Railroad Administration told employees to remove the app.", []string{"lead=body"}, gridBanOrDirective(v))
		look.check(title, "", []string{"lead=none"}, gridSilent)
		title = "ABC bans staff from using " + v
		look.check(title, "The Australian Broadcasting Corporation told employees to remove the app.", []string{"lead=firm"}, gridSilent)
	}
	g.holdWithLookalikes(t, look, "bodies", 1)
}

// TestFix21EmbeddedNameGrid: a registry name ending a longer capitalised
// name before a product's kind is another product's ("Hover Zoom
// extension"); the vendor's own product, with or without a modifier,
// stays the vendor's.
func TestFix21EmbeddedNameGrid(t *testing.T) {
	m := defaultMatcher(t)
	g, look := newProbeGrid(m), newProbeGrid(m)
	actions := []string{"removed from Chrome Web Store", "pulled from Google Play"}
	for _, v := range []string{"Zoom", "TikTok", "Kaspersky"} {
		for _, kind := range []string{"extension", "browser extension", "app", "plugin"} {
			for _, act := range actions {
				for _, prefix := range []string{"Hover", "Quuxly", "Zentrix"} {
					title := prefix + " " + v + " " + kind + " " + act
					axes := []string{"kind=" + kind, "prefix=" + prefix}
					look.check(title, "", axes, gridSilent, axes...)
				}
				title := v + " " + kind + " " + act
				axes := []string{"kind=" + kind, "vendor=" + v}
				g.check(title, "", axes, gridAlerts(trust.CategoryDelisting, v), axes...)
				title = "Official " + v + " " + kind + " " + act
				g.check(title, "", axes, gridAlerts(trust.CategoryDelisting, v), axes...)
			}
		}
	}
	g.holdWithLookalikes(t, look, "embedded names", 0.9)
}

// TestFix21PersonGrid: sanctions lifted on a person named by the vendor's
// name of several words and a role are no reversal of the vendor's; the
// same lifting on the vendor is.
func TestFix21PersonGrid(t *testing.T) {
	m := defaultMatcher(t)
	g, look := newProbeGrid(m), newProbeGrid(m)
	for _, v := range []string{"NSO Group", "Positive Technologies", "China Mobile", "Hacking Team"} {
		for _, lift := range []string{"US lifts sanctions on", "Treasury removes sanctions on"} {
			for _, role := range []string{"CFO", "CEO", "founder", "co-founder", "executive", "executives", "employee", "chief executive"} {
				title := lift + " " + v + " " + role
				axes := []string{"role=" + role, "vendor=" + v}
				look.check(title, "", axes, gridSilent, axes...)
			}
			g.check(lift+" "+v, "", []string{"vendor=" + v}, gridAlerts(trust.CategoryReversal, v), "vendor="+v)
		}
	}
	g.holdWithLookalikes(t, look, "persons", 1)
}
