package match

import (
	"slices"
	"testing"
)

// TestSanc16Batch measures the untouched set (logged, never tuned on).
func TestSanc16Batch(t *testing.T) {
	logBatch(t, "testdata/sanc16_u.tsv")
}

// TestSanc16Set holds sanc16's own set (written from the grid's axes).
func TestSanc16Set(t *testing.T) {
	// 16 of 18: two rows name a "Group" as an active listing's object,
	// left (see TestSanc16Rules).
	testHeadlines(t, "testdata/sanc16.tsv", 0.85)
}

// TestSanc16Rules holds each of sanc16's readings to a row that needs it
// and a look-alike it must refuse.
func TestSanc16Rules(t *testing.T) {
	m := defaultMatcher(t)
	rows := []nameRow{
		// A plural-shaped first word the lead tells of as one firm.
		{"one firm", "Zservers hit with sanctions", "The Russia-based bulletproof hosting provider supplied servers to LockBit.", []string{"Zservers"}},
		{"plural", "Servers hit with sanctions", "", nil},
		// A list of imposing states inside "hit with ... sanctions".
		{"imposers", "Tenmark Systems hit with US, UK, Australia sanctions", "", []string{"Tenmark Systems"}},
		// A lead whose subject is a firm tells of its customers.
		{"lead firm", "Arvoro hit with sanctions", "The bulletproof hosting provider rented servers to ransomware gangs.", []string{"Arvoro"}},
		{"lead crew", "Arvoro hit with sanctions", "The Russian hacking crew rented servers to ransomware gangs.", nil},
		// A business's suffix vouches for an active listing's object.
		{"suffix", "US blacklists Tenmark Systems", "", []string{"Tenmark Systems"}},
		// "Group" as a name's end: the subject of "hit with" and a name
		// joined to it are read; an attackers' group the lead names is
		// no vendor. (As the object of an active listing, "Commerce adds
		// Arvoro Group to Entity List", it is left: read there, it added
		// a false alert on the held-out corpus.)
		{"group", "Arvoro Group hit with US, UK, Australia sanctions", "The bulletproof hosting provider served ransomware gangs.", []string{"Arvoro Group"}},
		{"attackers group", "US sanctions Lazarus Group over crypto theft", "The North Korean hacking group stole billions.", nil},
		// Holds only businesses are put under.
		{"company hold", "Judge halts US investment ban on Arvoro", "", []string{"Arvoro"}},
		{"lands", "Arvoro lands on US Entity List", "", []string{"Arvoro"}},
		// Two names joined.
		{"joined", "Arvoro and Tenmark Systems hit with sanctions", "", []string{"Arvoro", "Tenmark Systems"}},
		// sn16Held: malware, states, a sanctions list's unknown name,
		// censorship.
		{"malware", "Trickbot removed from Entity List", "", nil},
		{"state", "Nicaragua removed from US sanctions list", "", nil},
		{"unknown on sanctions list", "Arvoro removed from US sanctions list", "", nil},
		{"firm on sanctions list", "Arvoro removed from US sanctions list", "The drone maker had sued the Treasury.", []string{"Arvoro"}},
		{"censorship", "Apple removes VPN apps from App Store in Russia", "Apple removed Arvoro VPN and Tenmark VPN from its Russian store at the request of Roskomnadzor.", nil},
	}
	for _, r := range rows {
		t.Run(r.name, func(t *testing.T) {
			a, ok := m.Match(r.title, r.lead)
			ok = ok && !a.Coverage
			if (r.want != nil) != ok {
				t.Fatalf("%q: alert %v, want %v (%s)", r.title, ok, r.want != nil, a.Why())
			}
			for _, w := range r.want {
				if !slices.ContainsFunc(a.VendorNames(), func(n string) bool { return looseName(n, w) }) {
					t.Errorf("%q: vendors %v, want %s", r.title, a.VendorNames(), w)
				}
			}
		})
	}
}
