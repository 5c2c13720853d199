package match

import (
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// name25Makers are invented makers the registry does not hold.
var name25Makers = []string{"Varnholt", "Ombrix", "Tamsworth", "Quellon"}

// name25Tied are registry vendors a title writes in a clause aside from
// its action: a reason, a tie, a precedent.
var name25Tied = []string{"Huawei", "Xiaomi", "ZTE"}

// name25AsideCells write the maker {V} as the object of a hold and the
// registry vendor {R} after "after", "linked to" or "following".
var name25AsideCells = []struct{ title, lead string }{
	{"Commerce adds {V} to Entity List after its chip turned up in {R} processor",
		"The chip designer was among 25 entities added on Wednesday."},
	{"Commerce blacklists chip designer {V} after a die was found in a {R} processor",
		"The chip designer was among two dozen entities added on Wednesday."},
	{"Judge halts Pentagon's blacklisting of {V}",
		"The mapping company won a preliminary injunction against its designation, following a similar ruling for {R}."},
}

// name25PairCells write the product {P} in the title and its maker {V}
// as the lead's speaker of its own channel: the alert names both.
var name25PairCells = []struct{ title, lead string }{
	{"{P} password manager update mechanism hijacked to install malware",
		"{V} says attackers compromised its in-place upgrade feature to deliver a malicious DLL to customers."},
	{"{P} password manager hacked in supply chain attack to push malware",
		"{V} said attackers compromised its update server to deliver a malicious DLL."},
	{"{V} says thousands of customers installed tainted {P} updates",
		"The IT management company told regulators that malicious code injected into its build process shipped in {P} releases."},
}

// name25Apps are invented apps and makers of two words.
var name25Apps = []string{"Kestrel Fire", "Ombrix Chat", "Varnholt Games", "Quellon Video"}

// name25ClassCells write a class the rules read and the maker {V}
// among it in the title or as the lead's object of the action.
var name25ClassCells = []struct{ title, lead string }{
	{"{V} among 54 Chinese-linked apps blocked by India",
		"The government invoked Section 69A of the IT Act to block the apps, saying they sent users' data to servers in a hostile country."},
	{"{V} among 40 Chinese apps banned by Pakistan",
		"The regulator said the apps threatened national security and sent users' data abroad."},
	{"Google bans one of China's largest Android developers from the Play store",
		"Google has banned {V}, a Chinese app developer, and pulled nearly 100 of its apps from the store after an investigation found ad fraud."},
}

// name25Products are invented products the registry does not hold.
var name25Products = []string{"Keystash", "Nimbulon", "Orvex"}

// TestName25Grid holds name25.go's three namings: a maker the action is
// of over a registry vendor written aside from it, a product and its
// maker both when a speaker tells of its own, and a maker among a class
// or the lead's object of a class's action. Three in four cells must
// be named right with name25.go and at most one in four without it.
func TestName25Grid(t *testing.T) {
	m := defaultMatcher(t)
	on, off := newProbeGrid(m), newProbeGrid(m)
	cell := func(title, lead string, right func(trust.Alert, bool) bool, axes ...string) {
		on.check(title, lead, axes, right, axes...)
		name25Off = true
		off.check(title, lead, nil, right, axes...)
		name25Off = false
	}
	for _, v := range name25Makers {
		for _, r := range name25Tied {
			for _, c := range name25AsideCells {
				rp := strings.NewReplacer("{V}", v, "{R}", r)
				cell(rp.Replace(c.title), rp.Replace(c.lead), func(a trust.Alert, ok bool) bool {
					return ok && !a.Coverage && namesLoosely(a, v) && !namesLoosely(a, r)
				}, "aside", r)
			}
		}
		for _, p := range name25Products {
			for _, c := range name25PairCells {
				rp := strings.NewReplacer("{V}", v, "{P}", p)
				cell(rp.Replace(c.title), rp.Replace(c.lead), func(a trust.Alert, ok bool) bool {
					return ok && !a.Coverage && namesLoosely(a, v) && namesLoosely(a, p)
				}, "pair")
			}
		}
	}
	for _, v := range name25Apps {
		for _, c := range name25ClassCells {
			rp := strings.NewReplacer("{V}", v)
			cell(rp.Replace(c.title), rp.Replace(c.lead), func(a trust.Alert, ok bool) bool {
				return ok && !a.Coverage && namesLoosely(a, v)
			}, "class")
		}
	}
	for _, f := range on.fails {
		t.Logf("miss: %s", f)
	}
	on.stat.log(t, "with name25 %s: %d/%d")
	off.stat.log(t, "without %s: %d/%d")
	// A researcher speaking of a victim's "its" is no maker.
	for _, v := range name25Makers {
		a, ok := m.Match("Iran-linked hackers hijack Korvath payroll software updates to deploy wiper",
			v+" says an Iran-nexus group breached Korvath, an Israeli payroll software developer, and pushed a wiper through its update server.")
		if ok && namesLoosely(a, v) {
			t.Errorf("the researcher %q was named: %v", v, a.VendorNames())
		}
	}
	// A kind the lead's action is of is no maker's name.
	for _, kind := range []string{"ICT", "IoT", "CCTV"} {
		a, ok := m.Match("Taiwan: agencies to stop buying, using Chinese-made information products",
			"The cabinet has told agencies to phase out "+kind+" equipment from Chinese makers, citing information security risks.")
		if ok && namesLoosely(a, kind) {
			t.Errorf("the class alert named the kind %q: %v", kind, a.VendorNames())
		}
	}
	if on.right < on.all*3/4 {
		t.Errorf("with name25.go %d of %d cells named right, want 75%%", on.right, on.all)
	}
	if off.right > off.all/4 {
		t.Errorf("without name25.go %d of %d cells named right already: the grid no longer holds it", off.right, off.all)
	}
}
