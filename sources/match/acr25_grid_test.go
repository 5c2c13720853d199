package match

import (
	"slices"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// acr25Names are invented long names (not in the registry) and their
// acronyms: initials, a compound's inner capital, an inner word skipped.
var acr25Forms = []struct{ long, acr string }{
	{"Varnholt Memory Technologies", "VMT"},
	{"Quellon Data Systems", "QDS"},
	{"Ombrix Silicon Manufacturing International", "OSMI"},
	{"Korvath Network Information Center", "KNIC"},
	{"Tamsworth Optical Networks", "TON"},
}

// acr25Cells write a vendor by {L} and {A} together: brackets after the
// long name, "known as", the acronym in the title over the long name in
// the lead.
var acr25Cells = []struct{ form, title, lead string }{
	{"bracket", "US adds {L} ({A}) to Entity List",
		"The Commerce Department said the company supported China's military modernisation."},
	{"bracket-lead", "US adds {A} to Entity List",
		"The Commerce Department added {L} ({A}), a Chinese chipmaker, to the Entity List on Thursday."},
	{"known-as", "US blacklists Chinese chipmaker and 30 others",
		"The Commerce Department added {L}, known as {A}, to the Entity List."},
	{"across", "US blacklists China's {A}",
		"The Commerce Department added {L} and 30 other companies to the Entity List on Thursday."},
	{"across-distrust", "Google and Mozilla drop trust in China's {A} root certificate",
		"The browsers will no longer trust certificates issued by the {L} after an intermediate issued unauthorized certificates."},
}

// acr25Both: the alert names the acronym and the long name as two
// names.
func acr25Both(a trust.Alert, ok bool, long, acr string) bool {
	names := a.VendorNames()
	ia := slices.IndexFunc(names, func(n string) bool { return acr25WordsWithin(n, acr) && !containsFold(n, strings.ToLower(long)) })
	il := slices.IndexFunc(names, func(n string) bool { return looseName(n, long) && !acr25WordsWithin(n, acr) })
	return ok && !a.Coverage && ia >= 0 && il >= 0
}

// TestAcr25Grid holds acr25.go: a vendor written by its long name and
// its acronym together is named both ways. Three in four cells must be
// named both ways with it and at most one in four without it; an
// acronym that is not the name's (an agency beside it, a bureau and its
// acronym, letters that spell no initials) is never named.
func TestAcr25Grid(t *testing.T) {
	m := defaultMatcher(t)
	on, off := newProbeGrid(m), newProbeGrid(m)
	for _, f := range acr25Forms {
		for _, c := range acr25Cells {
			rp := strings.NewReplacer("{L}", f.long, "{A}", f.acr)
			title, lead := rp.Replace(c.title), rp.Replace(c.lead)
			right := func(a trust.Alert, ok bool) bool { return acr25Both(a, ok, f.long, f.acr) }
			on.check(title, lead, []string{c.form}, right, c.form)
			acr25Off = true
			off.check(title, lead, nil, right, c.form)
			acr25Off = false
		}
	}
	for _, fl := range on.fails {
		t.Logf("miss: %s", fl)
	}
	on.stat.log(t, "with acr25 %s: %d/%d")
	off.stat.log(t, "without %s: %d/%d")
	if on.right < on.all*3/4 {
		t.Errorf("with acr25.go %d of %d cells named both ways, want 75%%", on.right, on.all)
	}
	if off.right > off.all/4 {
		t.Errorf("without acr25.go %d of %d cells named both ways already: the grid no longer holds it", off.right, off.all)
	}
	// Look-alikes from the same parts: an acronym beside the name that is
	// not its own, a state body's: acr25 names nothing more.
	looks := []struct{ title, lead, not string }{
		{"US adds {L} to Entity List", "The Commerce Department added {L} to the Entity List, CISA said.", "CISA"},
		{"US adds {L} (XQZ) to Entity List", "The Commerce Department said the company supported China's military.", "XQZ"},
		{"Bureau of Industry and Security (BIS) adds {L} to Entity List", "The Commerce Department said the company supported China's military.", "BIS"},
		{"Bureau of Industry and Security (BIS) adds {L} to Entity List", "The Commerce Department said the company supported China's military.", "Bureau of Industry"},
		{"US blacklists China's DJI", "The Department of Justice and Commerce added {L} to the Entity List.", "Department of Justice"},
		{"US blacklists China's {A}", "The Commerce Department added Zephyr Lumen Quartz and 30 other companies to the Entity List.", "Zephyr"},
		{"CISA orders agencies to remove {L} cameras", "The Cybersecurity and Infrastructure Security Agency (CISA) ordered federal agencies to remove the cameras.", "Cybersecurity"},
	}
	for _, f := range acr25Forms {
		for _, l := range looks {
			rp := strings.NewReplacer("{L}", f.long, "{A}", f.acr)
			title, lead := rp.Replace(l.title), rp.Replace(l.lead)
			acr25Off = true
			b, _ := m.Match(title, lead)
			acr25Off = false
			a, _ := m.Match(title, lead)
			if !slices.Equal(a.VendorNames(), b.VendorNames()) {
				t.Errorf("%q / %q: acr25 named %v over %v (a pair not the name's: %q)", title, lead, a.VendorNames(), b.VendorNames(), l.not)
			}
		}
	}
}

// TestAcr25Tight holds the word-by-word reading of an acronym.
func TestAcr25Tight(t *testing.T) {
	for _, c := range []struct {
		acr, run, want string
	}{
		{"CNNIC", "the China Internet Network Information Center", "China Internet Network Information Center"},
		{"JAVS", "Justice AV Solutions", "Justice AV Solutions"},
		{"BGMI", "Battlegrounds Mobile India", "Battlegrounds Mobile India"},
		{"YMTC", "Yangtze Memory Technologies Co", "Yangtze Memory Technologies Co"},
		{"BIS", "Bureau of Industry and Security", "Bureau of Industry and Security"},
		{"CISA", "Huawei Technologies", ""},
		{"XQZ", "Varnholt Memory Technologies", ""},
		{"VGCA", "Vietnam Certification", ""},
		{"KNIC", "Korvath Network", ""},
	} {
		if got := acr25Tight(c.acr, strings.Fields(c.run)); got != c.want {
			t.Errorf("acr25Tight(%q, %q) = %q, want %q", c.acr, c.run, got, c.want)
		}
	}
}
