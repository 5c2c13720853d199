package cluster

import (
	"fmt"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/trust"
)

// benchEvents makes n open events with the development set's wordings,
// each merged from three alerts. With spread, they fall on 100 vendors and
// all categories, as a busy week would; without, they all share the
// alert's vendor, category and week, the worst case where every event is
// compared.
func benchEvents(b *testing.B, n int, spread bool) []Event {
	alerts := loadDevset(b)
	events := make([]Event, n)
	for i := range events {
		a := alerts[i%len(alerts)]
		sig := Sign(a.title, a.evidence).
			Merge(Sign(alerts[(i+1)%len(alerts)].title, "")).
			Merge(Sign(alerts[(i+2)%len(alerts)].title, ""))
		e := Event{ID: int64(i + 1), Vendors: []string{"Kaspersky"}, Category: trust.CategoryBan, First: t0, Last: t0, Sig: sig}
		if spread {
			e.Vendors = []string{fmt.Sprintf("Vendor%d", i%100)}
			e.Category = trust.Categories[i%len(trust.Categories)]
			e.Last = t0.Add(-time.Duration(i%200) * time.Hour)
		}
		events[i] = e
	}
	return events
}

func BenchmarkAssign(b *testing.B) {
	sig := Sign("US bans Kaspersky antivirus sales", "The Commerce Department said Kaspersky will be barred from selling its antivirus software in the US.")
	for _, spread := range []bool{true, false} {
		name := "1000-spread"
		vendors := []string{"Vendor7"}
		if !spread {
			name, vendors = "1000-same-vendor", []string{"Kaspersky"}
		}
		b.Run(name, func(b *testing.B) {
			open := benchEvents(b, 1000, spread)
			b.ReportAllocs()
			for b.Loop() {
				Assign(Options{}, open, vendors, trust.CategoryBan, t0, sig)
			}
		})
	}
}

func BenchmarkSign(b *testing.B) {
	title := "Commerce Department prohibits sales of Kaspersky software in the US"
	evidence := "The Biden administration will prohibit the sale of Kaspersky antivirus software in the United States, citing Russian influence over the company."
	b.SetBytes(int64(len(title) + len(evidence)))
	b.ReportAllocs()
	for b.Loop() {
		Sign(title, evidence)
	}
}
