package cluster

import (
	"slices"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/trust"
)

var t0 = time.Date(2024, 6, 20, 16, 0, 0, 0, time.UTC)

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"U.S. bans Kaspersky's antivirus sales", []string{"us", "ban", "kaspersky", "antivirus", "sell"}},
		{"Kaspersky banned from selling software in the United States", []string{"kaspersky", "ban", "sell", "software", "us"}},
		{"Commerce Department prohibits sales", []string{"commerce", "department", "ban", "sell"}},
		{"FCC adds Kaspersky to Covered List", []string{"fcc", "add", "kaspersky", "cover", "list"}},
		{"Huawei added to the Entity List", []string{"huawei", "add", "blacklist"}},
		{"British regulator warns over ZTE; Canberra follows", []string{"uk", "regulator", "warn", "zte", "australia", "follow"}},
		{"Twelve executives, seven years, 90-day license", []string{"12", "executive", "7", "90", "license"}},
		{"Çeşme Straße — naïve “quotes”", []string{"cesme", "strasse", "naive", "quote"}},
		{"", nil},
		{"the of and", nil},
	}
	for _, tt := range tests {
		if got := words(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("words(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSimilarity(t *testing.T) {
	a := Sign("US bans Kaspersky antivirus sales", "")
	if got := Similarity(a, a); got != 1 {
		t.Errorf("Similarity(a, a) = %v, want 1", got)
	}
	if got := Similarity(a, Signature{}); got != 0 {
		t.Errorf("Similarity with the empty signature = %v, want 0", got)
	}
	same := Sign("Kaspersky banned from selling software in the United States", "")
	other := Sign("FCC adds Kaspersky to Covered List", "")
	if s, o := Similarity(a, same), Similarity(a, other); s <= o {
		t.Errorf("same story %v <= different story %v", s, o)
	}
	// Title against evidence: the best pair counts.
	b := Sign("Commerce acts on Russian antivirus maker", "The US will ban sales of Kaspersky antivirus software.")
	if got, title := Similarity(a, b), Similarity(a, Sign("Commerce acts on Russian antivirus maker", "")); got <= title {
		t.Errorf("with evidence %v <= title only %v", got, title)
	}
}

func TestPlaces(t *testing.T) {
	tests := []struct {
		a, b     string
		conflict bool
	}{
		{"Canada bans TikTok on government devices", "White House gives agencies 30 days to remove TikTok", true},
		{"Canada bans TikTok on government devices", "Ottawa orders TikTok off federal devices", false},
		{"FCC blocks Hikvision cameras", "Britain restricts Hikvision cameras at government sites", true},
		{"FCC blocks Hikvision cameras", "US bans Hikvision cameras", false},
		{"Canberra joins Italy and Taiwan in DeepSeek crackdown", "Taiwan bans DeepSeek", false},
		{"Kaspersky units placed on US Entity List", "Commerce adds Kaspersky entities to Entity List", false},
		{"Kaspersky units placed on US Entity List", "Kaspersky added to trade blacklist", false}, // no place: no conflict
		{"China-linked hackers breach Huawei", "Russian hackers breach Huawei", false},            // not places that act
	}
	for _, tt := range tests {
		if got := conflict(Sign(tt.a, ""), Sign(tt.b, "")); got != tt.conflict {
			t.Errorf("conflict(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.conflict)
		}
	}
	// Only titles name the acting country.
	if conflict(Sign("Kaspersky units placed on US Entity List", ""), Sign("Commerce lists Kaspersky", "Affiliates in the UK are listed.")) {
		t.Error("a place in the evidence made a conflict")
	}
}

func TestSignatureBinary(t *testing.T) {
	sigs := []Signature{
		{},
		Sign("US bans Kaspersky antivirus sales", "The Commerce Department said Kaspersky will be barred from selling."),
		Sign("FCC adds Kaspersky to Covered List", "").Merge(Sign("Kaspersky named a national security threat", "")),
		Sign("UK and Canada ban TikTok", "").Merge(Sign("Australia bans TikTok", "")),
	}
	for _, s := range sigs {
		b, err := s.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var got Signature
		if err := got.UnmarshalBinary(b); err != nil {
			t.Fatalf("UnmarshalBinary(%x): %v", b, err)
		}
		if !equalSig(got, s) {
			t.Errorf("round trip: got %+v, want %+v", got, s)
		}
	}
	for _, bad := range [][]byte{nil, {0}, {9, 0}, {1}, {1, 1}, {1, 1, 0}, {1, 1, 2, 5, 0}, {1, 0, 7}, {1, 1, 1, 0xff}} {
		var s Signature
		if err := s.UnmarshalBinary(bad); err == nil {
			t.Errorf("UnmarshalBinary(%x) = nil error, want one", bad)
		}
	}
}

func TestMerge(t *testing.T) {
	a := Sign("US bans Kaspersky antivirus sales", "")
	if got := a.Merge(a); len(got.units) != len(a.units) {
		t.Errorf("merging a signature with itself added units: %d, want %d", len(got.units), len(a.units))
	}
	m := a
	for i := range 40 {
		m = m.Merge(Sign("headline number "+string(rune('a'+i%26))+string(rune('a'+i/26)), ""))
	}
	if len(m.units) != maxUnits {
		t.Errorf("merged signature has %d units, want the cap %d", len(m.units), maxUnits)
	}
	if Similarity(m, a) != 1 {
		t.Error("merging lost the first units")
	}
}

func TestAssign(t *testing.T) {
	sig := Sign("US bans Kaspersky antivirus sales", "")
	event := func(id int64, vendors []string, cat trust.Category, last time.Time, title string) Event {
		return Event{ID: id, Vendors: vendors, Category: cat, First: last.Add(-time.Hour), Last: last, Sig: Sign(title, "")}
	}
	kasp := []string{"Kaspersky"}
	same := "Commerce Department prohibits sales of Kaspersky software in the US"
	tests := []struct {
		name string
		open []Event
		want int
	}{
		{"none open", nil, -1},
		{"joins", []Event{event(1, kasp, trust.CategoryBan, t0, same)}, 0},
		{"shared vendor is enough", []Event{event(1, []string{"Huawei", "Kaspersky"}, trust.CategoryBan, t0, same)}, 0},
		{"other vendor", []Event{event(1, []string{"Huawei"}, trust.CategoryBan, t0, same)}, -1},
		{"vendor written longer", []Event{event(1, []string{"Kaspersky Lab"}, trust.CategoryBan, t0, same)}, 0},
		{"vendor written inside a word", []Event{event(1, []string{"Kasperskylab"}, trust.CategoryBan, t0, same)}, -1},
		{"other category", []Event{event(1, kasp, trust.CategorySanctions, t0, same)}, -1},
		{"too late", []Event{event(1, kasp, trust.CategoryBan, t0.Add(-DefaultWindow-time.Minute), same)}, -1},
		{"just in time", []Event{event(1, kasp, trust.CategoryBan, t0.Add(-DefaultWindow), same)}, 0},
		{"before the event, within the window", []Event{event(1, kasp, trust.CategoryBan, t0.Add(48*time.Hour), same)}, 0},
		{"different story", []Event{event(1, kasp, trust.CategoryBan, t0, "FCC adds Kaspersky to Covered List")}, -1},
		{"vendor name alone is not similar", []Event{event(1, kasp, trust.CategoryBan, t0, "Kaspersky")}, -1},
		{"most similar wins", []Event{
			event(1, kasp, trust.CategoryBan, t0, "Kaspersky antivirus sales to end in the US"),
			event(2, kasp, trust.CategoryBan, t0, "US bans Kaspersky antivirus sales"),
		}, 1},
		{"tie goes to the lowest ID", []Event{
			event(7, kasp, trust.CategoryBan, t0, same),
			event(3, kasp, trust.CategoryBan, t0, same),
			event(5, kasp, trust.CategoryBan, t0, same),
		}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Assign(Options{}, tt.open, kasp, trust.CategoryBan, t0, sig); got != tt.want {
				t.Errorf("Assign = %d, want %d", got, tt.want)
			}
		})
	}
	// Options: a shorter window and a stricter threshold.
	open := []Event{event(1, kasp, trust.CategoryBan, t0.Add(-2*time.Hour), same)}
	if got := Assign(Options{Window: time.Hour}, open, kasp, trust.CategoryBan, t0, sig); got != -1 {
		t.Errorf("with a 1h window, Assign = %d, want -1", got)
	}
	if got := Assign(Options{Threshold: 0.99}, open, kasp, trust.CategoryBan, t0, sig); got != -1 {
		t.Errorf("with threshold 0.99, Assign = %d, want -1", got)
	}
}

// TestSameVendor: names of one vendor as outlets write them (outside the
// registry a vendor is named as written) against names that only share
// letters.
func TestSameVendor(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"CyberLink", "CyberLink software", true},
		{"Ledger dApp", "Ledger", true},
		{"ChatGPT", "OpenAI ChatGPT", true},
		{"Free Download Manager", "free download manager", true},
		{"Android devices", "Android Devices", true},
		{"Apple", "Pineapple", false},
		{"ZTE", "ZTEsoft", false},
		{"Huawei", "Honor", false},
		{"", "Huawei", false},
	} {
		if got := sameVendor(tt.a, tt.b); got != tt.want {
			t.Errorf("sameVendor(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := sameVendor(tt.b, tt.a); got != tt.want {
			t.Errorf("sameVendor(%q, %q) = %v, want %v", tt.b, tt.a, got, tt.want)
		}
	}
}

// TestOneStory runs the example of the issue: three wordings of the US
// sales ban are one event; the FCC Covered List story of the same week,
// vendor and kind is another.
func TestOneStory(t *testing.T) {
	alerts := []struct {
		title string
		cat   trust.Category
		event int64
	}{
		{"US bans Kaspersky antivirus sales", trust.CategoryBan, 1},
		{"FCC adds Kaspersky to Covered List", trust.CategoryBan, 2},
		{"Commerce Department prohibits sales of Kaspersky software in the US", trust.CategoryBan, 1},
		{"Kaspersky banned from selling software in the United States", trust.CategoryBan, 1},
		{"FCC puts Kaspersky on its Covered List of national security risks", trust.CategoryBan, 2},
		{"US bans Kaspersky antivirus sales", trust.CategorySanctions, 3},
	}
	var open []Event
	for i, a := range alerts {
		at := t0.Add(time.Duration(i) * time.Hour)
		sig := Sign(a.title, "")
		j := Assign(Options{}, open, []string{"Kaspersky"}, a.cat, at, sig)
		if j < 0 {
			open = append(open, Event{ID: int64(len(open) + 1), Vendors: []string{"Kaspersky"}, Category: a.cat, First: at, Last: at, Sig: sig})
			j = len(open) - 1
		} else {
			open[j].Last = at
			open[j].Sig = open[j].Sig.Merge(sig)
		}
		if got := open[j].ID; got != a.event {
			t.Errorf("%q (%s) went to event %d, want %d", a.title, a.cat, got, a.event)
		}
	}
}

// TestCoverageJoinsOnly: a coverage alert joins the event it is about, and
// alone starts none (its EventID stays 0).
func TestCoverageJoinsOnly(t *testing.T) {
	alerts := []trust.Alert{
		{Title: "Students shrug off college bans on Kaspersky antivirus", Coverage: true, Published: t0},
		{Title: "US bans Kaspersky antivirus sales", Published: t0.Add(time.Hour)},
		{Title: "Kaspersky antivirus sales ban: what the US ban means", Coverage: true, Published: t0.Add(2 * time.Hour)},
	}
	for i := range alerts {
		alerts[i].Vendors = []trust.VendorHit{{Name: "Kaspersky"}}
		alerts[i].Category = trust.CategoryBan
		alerts[i].Link = "https://example.com/" + string(rune('a'+i))
	}
	Alerts(alerts, DefaultWindow)
	if alerts[0].EventID != 0 {
		t.Errorf("coverage before any event started event %d", alerts[0].EventID)
	}
	if alerts[1].EventID != 1 {
		t.Errorf("news: event %d, want 1", alerts[1].EventID)
	}
	if alerts[2].EventID != 1 {
		t.Errorf("coverage of the event: event %d, want 1 (joined)", alerts[2].EventID)
	}
}
