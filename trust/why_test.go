package trust

import "testing"

// TestWhyNamesWhom: the first part of why says whom the alert is about, in
// each of the forms a vendor hit takes, and never leaves a doubled space
// or an empty name.
func TestWhyNamesWhom(t *testing.T) {
	ban := []SignalHit{{Term: "bans", Category: CategoryBan, Weight: 3}}
	for _, tt := range []struct {
		name    string
		vendors []VendorHit
		want    string
	}{
		{"registry vendor", []VendorHit{{Name: "Kaspersky", Term: "Kaspersky"}},
			`"Kaspersky" with "bans" [ban +3] in the title; score 4.0`},
		{"alias", []VendorHit{{Name: "Kaspersky", Term: "AO Kaspersky Lab"}},
			`"Kaspersky" (as "AO Kaspersky Lab") with "bans" [ban +3] in the title; score 4.0`},
		{"not in the registry", []VendorHit{{Name: "Tenmark Systems", Term: "Tenmark Systems", Unlisted: true}},
			`"Tenmark Systems" (not in the registry) with "bans" [ban +3] in the title; score 4.0`},
		{"class reaching registry vendors", []VendorHit{
			{Name: "DJI", Term: "foreign-made drones", Class: "foreign-made drones"},
			{Name: "Autel", Term: "foreign-made drones", Class: "foreign-made drones"}},
			`applies to DJI, Autel: foreign-made drones with "bans" [ban +3] in the title; score 4.0`},
		{"class reaching none", []VendorHit{
			{Name: "Chinese routers", Term: "Chinese routers", Unlisted: true, Class: "Chinese routers"}},
			`"Chinese routers" (a class of products; no registry vendor in it) with "bans" [ban +3] in the title; score 4.0`},
	} {
		a := Alert{Vendors: tt.vendors, Signals: ban, InTitle: true, Score: 4}
		if got := a.Why(); got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
		}
	}
}
