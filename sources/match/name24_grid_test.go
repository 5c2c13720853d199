package match

import (
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// name24Makers are invented makers the registry does not hold.
var name24Makers = []string{"Varnholt", "Kestrel Ridge", "Ombrix", "Tamsworth Labs"}

// name24ClassMakers are invented apps written as an acronym and a word,
// which the rules' own reading of a class ban's title does not take for
// a name.
var name24ClassMakers = []string{"QRVX Mobile", "BGXM Lite", "ZKTV Go", "HDLX Mobile"}

// name24Tied are registry vendors a lead writes late, as a tie or a
// precedent, beside the title's maker.
var name24Tied = []string{"Huawei", "Dahua", "Xiaomi", "ZTE"}

// name24TitleCells write the maker {V} in the title as the object of a
// hold and the registry vendor {R} only late in the lead.
var name24TitleCells = []struct{ title, lead string }{
	{"FCC moves to ban {V} cameras; Texas bars state agencies from using them",
		"Texas Governor Greg Abbott added the camera maker to the state's prohibited technology list, citing ties to {R}."},
	{"FCC moves to ban {V} routers; Florida bars state agencies from buying them",
		"Florida's governor added the router maker to the state's list of prohibited vendors, citing its ties to {R}."},
	{"Entity List additions: {V} among 25 Chinese entities",
		"BIS says chip designer {V} was linked to a die found in a {R} processor."},
}

// name24ClassCells write the maker {V} as the object of a ban on a class
// the rules read.
var name24ClassCells = []struct{ title, lead string }{
	{"India bans {V} and 117 other Chinese apps",
		"The IT ministry said the apps were prejudicial to the country's sovereignty and security, extending its ban on China-linked software."},
	{"India bans {V} and 53 more apps with Chinese links",
		"The ministry said the apps were prejudicial to sovereignty and security, widening its ban on China-linked software."},
	{"Pakistan blocks {V} and 40 other Chinese apps",
		"The regulator said the apps threatened national security, extending its ban on China-linked software."},
}

// name24ClassActors are the same class bans whose title names only the
// body that acts: the alert must not name it.
var name24ClassActors = []string{
	"Coast Guard orders agencies to remove Chinese apps from government phones",
	"Whitehall tells staff to delete Chinese apps from work devices",
}

// TestName24Grid holds the two namings of name24.go: a title's maker
// over a registry vendor only the lead writes, and the maker a class
// ban's title names over the class's registry members. Three in four
// cells must name the maker with name24.go (46 of 60 do: a second
// clause's state and a lead's "a die found in a ZTE processor" keep
// some) and at most one in four without it (6 of 60 do: the class
// cells a reading of their own names); a title naming only the acting
// body must not be named by it.
func TestName24Grid(t *testing.T) {
	m := defaultMatcher(t)
	on, off := newProbeGrid(m), newProbeGrid(m)
	cell := func(title, lead, v string, axes ...string) {
		right := func(a trust.Alert, ok bool) bool { return ok && !a.Coverage && namesLoosely(a, v) }
		on.check(title, lead, axes, right, axes...)
		name24Off = true
		off.check(title, lead, nil, right, axes...)
		name24Off = false
	}
	for _, v := range name24Makers {
		for _, r := range name24Tied {
			for _, c := range name24TitleCells {
				rp := strings.NewReplacer("{V}", v, "{R}", r)
				cell(rp.Replace(c.title), rp.Replace(c.lead), v, "title", r)
			}
		}
	}
	for _, v := range name24ClassMakers {
		for _, c := range name24ClassCells {
			rp := strings.NewReplacer("{V}", v)
			cell(rp.Replace(c.title), rp.Replace(c.lead), v, "class")
		}
	}
	for _, f := range on.fails {
		t.Logf("miss: %s", f)
	}
	on.stat.log(t, "with name24 %s: %d/%d")
	off.stat.log(t, "without %s: %d/%d")
	if on.right < on.all*3/4 {
		t.Errorf("with name24.go %d of %d cells name the maker, want 75%%", on.right, on.all)
	}
	if off.right > off.all/4 {
		t.Errorf("without name24.go %d of %d cells name the maker already: the grid no longer holds it", off.right, off.all)
	}
	for _, title := range name24ClassActors {
		a, ok := m.Match(title, "The order covers apps made by companies based in China.")
		for _, n := range a.VendorNames() {
			if ok && strings.Contains(title, n) {
				t.Errorf("%q named the acting body %q", title, n)
			}
		}
	}
}
