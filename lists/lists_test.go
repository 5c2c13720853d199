package lists

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/config"
	"github.com/vendorwatch/vendorwatch/internal/shareddir"
	"github.com/vendorwatch/vendorwatch/trust"
)

func registry(t testing.TB) []trust.Vendor {
	t.Helper()
	cfg, err := config.Default()
	if err != nil {
		t.Fatal(err)
	}
	return cfg.Watchlist()
}

func capture(t testing.TB, rel string) []byte {
	t.Helper()
	b, err := os.ReadFile(shareddir.OrSkip(t, "lists", rel))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// captureDate is the UTC date in a capture's file name.
func captureDate(t testing.TB, rel string) time.Time {
	t.Helper()
	d, err := time.Parse("2006-01-02", filepath.Base(rel)[:10])
	if err != nil {
		return time.Time{} // Chrome's captures are named by version
	}
	return d
}

// diffAlerts runs the watcher's steps on two real captures.
func diffAlerts(t *testing.T, kind Kind, oldRel, newRel string) ([]Change, []Listed) {
	t.Helper()
	_, changes, err := Compare(kind, capture(t, oldRel), capture(t, newRel))
	if err != nil {
		t.Fatal(err)
	}
	at := captureDate(t, newRel)
	fs := Assess(kind, changes, NewResolver(registry(t), nil), at)
	return changes, Alerts(Source{Name: string(kind), Kind: kind}, fs, "test", at)
}

func alertFor(ls []Listed, vendor string, cat trust.Category) *Listed {
	for i := range ls {
		if ls[i].Alert.Category == cat && slices.Contains(ls[i].Alert.VendorNames(), vendor) {
			return &ls[i]
		}
	}
	return nil
}

func TestOFACIntellexaCytrox(t *testing.T) {
	changes, ls := diffAlerts(t, KindOFACSDN, "ofac-sdn/2024-03-04-sdn.csv", "ofac-sdn/2024-03-05-sdn.csv")
	var added, removed []string
	for _, c := range changes {
		switch c.Op {
		case Added:
			added = append(added, c.Key)
		case Removed:
			removed = append(removed, c.Key)
		}
	}
	if want := []string{"48059", "48060", "48061", "48064", "48067", "48069", "48076"}; !slices.Equal(added, want) {
		t.Errorf("added = %v, want %v", added, want)
	}
	if want := []string{"23306"}; !slices.Equal(removed, want) {
		t.Errorf("removed = %v, want %v", removed, want)
	}

	// Intellexa and Cytrox, its member that OFAC lists apart, are two
	// registry vendors: each sanction names its own companies.
	a := alertFor(ls, "Intellexa", trust.CategorySanctions)
	if a == nil {
		t.Fatalf("no sanctions alert for Intellexa in %v", titles(ls))
	}
	for _, n := range []string{"INTELLEXA S.A.", "INTELLEXA LIMITED", "CYBER2"} {
		if !strings.Contains(a.Alert.Title+a.Item.Text, n) {
			t.Errorf("Intellexa alert does not name %q:\n%s\n%s", n, a.Alert.Title, a.Item.Text)
		}
	}
	c := alertFor(ls, "Cytrox", trust.CategorySanctions)
	if c == nil {
		t.Fatalf("no sanctions alert for Cytrox in %v", titles(ls))
	}
	for _, n := range []string{"CYTROX AD", "CYTROX HOLDINGS ZARTKORUEN MUKODO RESZVENYTARSASAG"} {
		if !strings.Contains(c.Alert.Title+c.Item.Text, n) {
			t.Errorf("Cytrox alert does not name %q:\n%s\n%s", n, c.Alert.Title, c.Item.Text)
		}
	}
	if !strings.Contains(a.Item.Text, HowLegal) {
		t.Errorf("the alert does not say how the legal names matched:\n%s", a.Item.Text)
	}
	// Thalestris, in no registry, is still a CYBER2 designation.
	if alertFor(ls, "THALESTRIS LIMITED", trust.CategorySanctions) == nil {
		t.Errorf("no alert for THALESTRIS LIMITED (CYBER2, unmatched) in %v", titles(ls))
	}
	// People are not vendors, and the GLOMAG removal is not a trust event.
	for _, l := range ls {
		for _, bad := range []string{"DILIAN", "HAMOU", "RONDON"} {
			if strings.Contains(l.Alert.Title, bad) {
				t.Errorf("alert %q names %s", l.Alert.Title, bad)
			}
		}
	}
	if len(ls) != 3 {
		t.Errorf("got %d alerts, want 3 (Intellexa, Cytrox, Thalestris): %v", len(ls), titles(ls))
	}
}

func titles(ls []Listed) []string {
	var out []string
	for _, l := range ls {
		out = append(out, l.Alert.Title)
	}
	return out
}

func TestNSSEntrustDistrustAfter(t *testing.T) {
	changes, ls := diffAlerts(t, KindNSS, "mozilla-nss-certdata/2024-08-23-certdata.txt", "mozilla-nss-certdata/2024-11-15-certdata.txt")
	var entrust int
	for _, c := range changes {
		if c.Op == Changed && strings.Contains(c.New.Org, "Entrust") && c.New.Get("server_distrust_after") == "2024-11-30T23:59:59Z" {
			entrust++
		}
	}
	if entrust != 4 {
		t.Errorf("%d Entrust roots got distrust-after 2024-11-30, want 4", entrust)
	}
	a := alertFor(ls, "Entrust", trust.CategoryDistrust)
	if a == nil {
		t.Fatalf("no distrust alert for Entrust in %v", titles(ls))
	}
	if !strings.Contains(a.Alert.Title, "2024-11-30") || !strings.Contains(a.Item.Text, "Entrust Root Certification Authority - G2") {
		t.Errorf("Entrust alert lacks the date or the root:\n%s\n%s", a.Alert.Title, a.Item.Text)
	}
	// AffirmTrust is Entrust's brand (an alias in the registry): its roots
	// are in Entrust's alert, not one of their own.
	if !strings.Contains(a.Item.Text, "AffirmTrust") || len(ls) != 1 {
		t.Errorf("AffirmTrust roots not in Entrust's one alert: %v\n%s", titles(ls), a.Item.Text)
	}
}

func TestNSSSymantecAndChunghwa(t *testing.T) {
	_, ls := diffAlerts(t, KindNSS, "mozilla-nss-certdata/2020-05-27T2135Z-certdata.txt", "mozilla-nss-certdata/2020-05-27T2148Z-certdata.txt")
	// The Symantec roots carry VeriSign, GeoTrust and thawte names; GeoTrust
	// and Thawte are aliases of Symantec in the registry.
	if alertFor(ls, "Symantec", trust.CategoryDistrust) == nil {
		t.Errorf("no distrust alert for Symantec in %v", titles(ls))
	}
	_, ls = diffAlerts(t, KindNSS, "mozilla-nss-certdata/2025-04-16-certdata.txt", "mozilla-nss-certdata/2025-06-12-certdata.txt")
	a := alertFor(ls, "Chunghwa Telecom", trust.CategoryDistrust)
	if a == nil || !strings.Contains(a.Alert.Title, "website trust turned off") {
		t.Errorf("no website-trust-off alert for Chunghwa Telecom in %v", titles(ls))
	}
}

func TestCertifiTrustCorRemoval(t *testing.T) {
	_, ls := diffAlerts(t, KindPEM, "mozilla-roots-certifi/2022-09-24-cacert.pem", "mozilla-roots-certifi/2022-12-07-cacert.pem")
	var tc *Listed
	for i := range ls {
		if strings.HasPrefix(ls[i].Alert.Vendors[0].Name, "TrustCor") {
			tc = &ls[i]
		}
	}
	if tc == nil {
		t.Fatalf("no TrustCor alert in %v", titles(ls))
	}
	if tc.Alert.Category != trust.CategoryDistrust || !strings.Contains(tc.Alert.Title, "3 root(s) removed") {
		t.Errorf("TrustCor alert = %s %q, want distrust of 3 removed roots", tc.Alert.Category, tc.Alert.Title)
	}
	// Staat der Nederlanden EV expired the next day: housekeeping.
	for _, l := range ls {
		if strings.Contains(l.Alert.Title, "Staat der Nederlanden") {
			t.Errorf("expiring root's removal alerted: %q", l.Alert.Title)
		}
	}
	_, ls = diffAlerts(t, KindPEM, "mozilla-roots-certifi/2025-11-12-cacert.pem", "mozilla-roots-certifi/2026-01-04-cacert.pem")
	if alertFor(ls, "Entrust", trust.CategoryDistrust) == nil {
		t.Errorf("no Entrust removal in %v", titles(ls))
	}
}

func TestChromeConstrainedAndRemoved(t *testing.T) {
	changes, ls := diffAlerts(t, KindChrome, "chrome-root-store/version-17-root_store.md", "chrome-root-store/version-21-root_store.md")
	var removed, constrained, added int
	for _, c := range changes {
		switch {
		case c.Op == Removed:
			removed++
		case c.Op == Added:
			added++
		case c.Op == Changed && c.New.Get("server_trust") == "constrained":
			constrained++
		}
	}
	if removed != 17 || constrained != 10 || added != 1 {
		t.Errorf("removed %d, constrained %d, added %d; want 17, 10, 1 (README of the captures)", removed, constrained, added)
	}
	e := alertFor(ls, "Entrust", trust.CategoryDistrust)
	if e == nil || !strings.Contains(e.Alert.Title, "moved to the constrained roots") || !strings.Contains(e.Item.Text, "Entrust.net Certification Authority (2048)") {
		t.Errorf("Entrust alert should hold the constrained roots and the removed Entrust.net root: %v", titles(ls))
	}
	if a := alertFor(ls, "Chunghwa Telecom", trust.CategoryDistrust); a == nil {
		t.Errorf("no Chunghwa alert in %v", titles(ls))
	}
	if a := alertFor(ls, "e-commerce monitoring GmbH", trust.CategoryDistrust); a == nil {
		t.Errorf("no GLOBALTRUST 2020 (e-commerce monitoring GmbH) alert in %v", titles(ls))
	}
	if a := alertFor(ls, "GlobalSign nv-sa", trust.CategoryDistrust); a == nil {
		t.Errorf("no alert for the removed GlobalSign Root CA in %v", titles(ls))
	}
}

func TestCISASolarWinds(t *testing.T) {
	_, ls := diffAlerts(t, KindCISA, "cisa-directives/2020-09-18-directives-index.md", "cisa-directives/2020-12-14-directives-index.md")
	if len(ls) != 1 {
		t.Fatalf("got %v, want one alert (ED 21-01)", titles(ls))
	}
	a := ls[0].Alert
	if a.Category != trust.CategoryDirective || a.Vendors[0].Name != "SolarWinds" || !strings.Contains(a.Title, "ED 21-01") {
		t.Errorf("alert = %s %v %q, want a directive naming SolarWinds, ED 21-01", a.Category, a.VendorNames(), a.Title)
	}
	// ED 21-02 (Exchange vulnerabilities) is not a trust event; ED 22-01
	// (known exploited vulnerabilities) names no vendor.
	_, ls = diffAlerts(t, KindCISA, "cisa-directives/2020-12-14-directives-index.md", "cisa-directives/2021-11-03-directives-index.md")
	if len(ls) != 0 {
		t.Errorf("vulnerability directives alerted: %v", titles(ls))
	}
	// The 2018 page wrote numbers without "BOD": the same directives.
	_, changes, err := Compare(KindCISA, capture(t, "cisa-directives/2018-06-20-directives-index.md"), capture(t, "cisa-directives/2020-09-18-directives-index.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range changes {
		if c.Op == Removed {
			t.Errorf("2018 → 2020 removes %s: keys of the two eras do not agree", c.Key)
		}
	}
}

// TestBaseline: the first read of every capture is its baseline and
// yields no change, so no alert.
func TestBaseline(t *testing.T) {
	dirs := map[string]Kind{"ofac-sdn": KindOFACSDN, "mozilla-nss-certdata": KindNSS, "mozilla-roots-certifi": KindPEM,
		"chrome-root-store": KindChrome, "cisa-directives": KindCISA}
	for dir, kind := range dirs {
		files, err := filepath.Glob(filepath.Join(shareddir.OrSkip(t, "lists", dir), "*"))
		if err != nil || len(files) == 0 {
			t.Fatalf("%s: %v", dir, err)
		}
		for _, f := range files {
			if strings.Contains(f, "bod-17-01") {
				continue // a directive's own page, not the index
			}
			t.Run(filepath.Base(f), func(t *testing.T) {
				data, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				snap, changes, err := Compare(kind, nil, data)
				if err != nil {
					t.Fatal(err)
				}
				if len(changes) != 0 || len(snap.Entries) == 0 {
					t.Errorf("first read: %d changes, %d entries; want 0 changes and some entries", len(changes), len(snap.Entries))
				}
				// Reading it again changes nothing either.
				if _, again, err := Compare(kind, data, data); err != nil || len(again) != 0 {
					t.Errorf("same capture twice: %d changes, err %v", len(again), err)
				}
			})
		}
	}
}

var testTime = time.Date(2024, 3, 5, 18, 43, 24, 0, time.UTC)
