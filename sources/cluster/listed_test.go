package cluster

import (
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestListedAnchors: a list's change shares no wording with the news of
// it, so it joins on vendor, category and time; two press stories with
// the same wording gap stay apart.
func TestListedAnchors(t *testing.T) {
	at := time.Date(2024, 3, 5, 18, 0, 0, 0, time.UTC)
	list := Sign("US Treasury (OFAC) sanctions Intellexa: INTELLEXA S.A., CYTROX AD designated under CYBER2", "")
	news := Sign("Predator spyware maker hit by Washington", "")
	opts := Options{Window: 72 * time.Hour}
	vendors := []string{"Intellexa"}

	e, _ := Join(opts, nil, vendors, trust.CategorySanctions, at, news)
	e.ID = 1
	open := []Event{e}
	if _, i := Join(opts, open, vendors, trust.CategorySanctions, at.Add(time.Hour), list); i != -1 {
		t.Fatalf("without Listed the two wordings joined (similarity %.2f): the test no longer shows the anchor", similarity(news, list, nil))
	}
	opts.Listed = true
	got, i := Join(opts, open, vendors, trust.CategorySanctions, at.Add(time.Hour), list)
	if i != 0 || !got.Listed {
		t.Fatalf("listed alert: index %d, listed %v; want the news event, now listed", i, got.Listed)
	}
	// Later news joins the listed event whatever its wording...
	open[0] = got
	opts.Listed = false
	if _, i := Join(opts, open, vendors, trust.CategorySanctions, at.Add(5*time.Hour), Sign("Greek spyware firm penalised", "")); i != 0 {
		t.Errorf("later news did not join the listed event")
	}
	// ...but not one of another category, another vendor or out of the window.
	for name, tt := range map[string]struct {
		vendors []string
		cat     trust.Category
		at      time.Time
	}{
		"category": {vendors, trust.CategoryBan, at},
		"vendor":   {[]string{"NSO Group"}, trust.CategorySanctions, at},
		"window":   {vendors, trust.CategorySanctions, at.Add(10 * 24 * time.Hour)},
	} {
		if _, i := Join(opts, open, tt.vendors, tt.cat, tt.at, news); i != -1 {
			t.Errorf("%s: joined the listed event", name)
		}
	}
}
