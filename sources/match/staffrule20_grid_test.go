package match

import (
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The grids of a rule for a workforce (companyPolicy, lookalike.go): who
// rules decides. A company or another organisation barring its own staff
// or its own devices from a product is no trust event; an authority doing
// the same is a ban. Cells differ in one axis at a time: the actor, the
// phrasing of the rule, the product (a registry vendor or a name outside
// the registry).

var sr20Phrasings = []string{
	"{A} bans staff from using {V}",
	"{A} bans employees from using {V} over privacy concerns",
	"{A} bans {V} from employee computers",
	"{A} bans {V} on work phones",
	"{A} bars its employees from using {V}",
	"{A} restricts {V} for staff",
}

var sr20Products = []struct{ kind, text, want string }{
	{"registry", "Zoom", "Zoom"},
	{"registry", "Kaspersky", "Kaspersky"},
	{"registry", "TikTok", "TikTok"},
	{"registry", "DeepSeek", "DeepSeek"},
	{"unlisted", "Quuxchat app", "Quuxchat"},
}

// sr20Companies rule for their own staff: a registry vendor, platforms,
// names no list holds, a company noun after a country's adjective.
var sr20Companies = []string{"Samsung", "SpaceX", "Google", "Microsoft", "Wells Fargo", "Dutch bank", "Japanese carmaker", "Swedish newspaper", "Huawei"}

// TestStaffRule20Lookalikes holds every company cell silent.
func TestStaffRule20Lookalikes(t *testing.T) {
	m := defaultMatcher(t)
	g := newProbeGrid(m)
	for _, c := range sr20Companies {
		for _, p := range sr20Phrasings {
			for _, v := range sr20Products {
				title := strings.NewReplacer("{A}", c, "{V}", v.text).Replace(p)
				axes := []string{"actor=" + c, "phrasing=" + p, "product=" + v.kind}
				g.check(title, "", axes, gridSilent, axes...)
			}
		}
	}
	// The passive and the plural: staff named with their company.
	for _, title := range []string{
		"SpaceX employees barred from using Zoom",
		"Samsung staff banned from using TikTok over leak fears",
		"Samsung, Apple ban staff from using Kaspersky",
		"Google tells staff to stop using Zoom",
	} {
		g.check(title, "", []string{"shape=" + title}, gridSilent)
	}
	// The products named in the lead: who rules stays the title's.
	for _, c := range []string{"Dutch bank", "Swedish broadcaster", "Samsung"} {
		title := c + " bars staff from using Chinese apps"
		g.check(title, "The company told employees not to install TikTok or WeChat on work phones.", []string{"lead=" + c}, gridSilent)
	}
	g.holdExpected(t, newProbeGrid(m), "SR20_LOOK", 1)
}

// sr20Authorities bar their own staff: a legislature, an agency, a
// military, a state, a bloc's body, a ministry told by its country.
var sr20Authorities = []string{"Pentagon", "US House", "NASA", "EU Commission", "Texas", "Denmark's defence ministry", "Taiwan"}

// TestStaffRule20Grid holds every authority cell to a ban or directive
// naming the product.
func TestStaffRule20Grid(t *testing.T) {
	m := defaultMatcher(t)
	g := newProbeGrid(m)
	for _, a := range sr20Authorities {
		for _, p := range sr20Phrasings {
			for _, v := range sr20Products {
				if v.kind == "unlisted" {
					continue // a name outside the registry needs its motive (gov.go); counted below
				}
				title := strings.NewReplacer("{A}", a, "{V}", v.text).Replace(p)
				axes := []string{"actor=" + a, "phrasing=" + p, "product=" + v.kind}
				g.check(title, "", axes, gridBanOrDirective(v.want), axes...)
			}
		}
	}
	for _, title := range []string{
		"NYC schools ban staff from using Zoom",
		"Pentagon, Congress bar staff from using Zoom",
		"States bar employees from using TikTok on work phones",
		"Federal employees barred from using Kaspersky",
		"US Marines barred from using TikTok on work phones",
	} {
		g.check(title, "", []string{"shape=" + title}, gridBanOrDirective(""))
	}
	g.holdExpected(t, newProbeGrid(m), "SR20_GRID", 1)
}

// The grid of a ban's category: a plural body or a list of authorities
// taking a bare verb of barring, with a motive of trust that alone reads
// as espionage ("privacy concerns"). The ban is the news.

var bb20Bodies = []string{"NYC schools", "Several ministries", "Federal agencies", "Pentagon, Congress", "Texas, Virginia", "School districts", "Universities"}

var bb20Verbs = []string{"ban", "bar", "restrict", "suspend"}

var bb20Concerns = []string{"privacy concerns", "security and privacy concerns", "espionage concerns", "surveillance concerns"}

// TestBodiesBan20Grid holds every cell to a ban naming the vendor.
func TestBodiesBan20Grid(t *testing.T) {
	m := defaultMatcher(t)
	g := newProbeGrid(m)
	for _, b := range bb20Bodies {
		for _, v := range bb20Verbs {
			for _, c := range bb20Concerns {
				for _, p := range []string{"Zoom", "TikTok", "Kaspersky"} {
					title := b + " " + v + " " + p + " over " + c
					axes := []string{"body=" + b, "verb=" + v, "concern=" + c, "vendor=" + p}
					g.check(title, "", axes, gridAlerts(trust.CategoryBan, p), axes...)
				}
			}
		}
	}
	g.holdExpected(t, newProbeGrid(m), "BB20_GRID", 1)
}

// TestBodiesBan20Lookalikes holds the parts that make no body's ban out
// of a concern: a noun "ban on", one authority's noun "Texas ban", the
// vendor outside the verb's object. None may read as a ban naming Zoom.
func TestBodiesBan20Lookalikes(t *testing.T) {
	m := defaultMatcher(t)
	for _, title := range []string{
		"NYC schools ban on Zoom draws privacy concerns",
		"Texas ban Zoom privacy concerns explained",
		"Schools ban phones in classrooms as Zoom faces privacy concerns",
	} {
		t.Run(title, func(t *testing.T) {
			if a, ok := m.Match(title, ""); ok && !a.Coverage && a.Category == trust.CategoryBan {
				t.Errorf("ban, want none: %s", a.Why())
			}
		})
	}
}
