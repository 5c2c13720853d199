package trust

import (
	"reflect"
	"testing"
)

func TestGuildOnly(t *testing.T) {
	hits := []VendorHit{
		{Name: "Huawei", Term: "Huawei"},
		{Name: "huawei", Term: "HiSilicon"}, // the same vendor again: one hit
		{Name: "Acme", Term: "Acme", Guild: "g2"},
		{Name: "Zorblax", Term: "Zorblax", Unlisted: true},
	}
	for _, tc := range []struct {
		name   string
		guilds []string
		want   []VendorHit
	}{
		{"none", nil, nil},
		{"one", []string{"g1"}, []VendorHit{
			{Name: "Huawei", Term: "Huawei", Guild: "g1"}, {Name: "Zorblax", Term: "Zorblax", Guild: "g1", Unlisted: true}}},
		{"two", []string{"g1", "g2"}, []VendorHit{
			{Name: "Huawei", Term: "Huawei", Guild: "g1"}, {Name: "Zorblax", Term: "Zorblax", Guild: "g1", Unlisted: true},
			{Name: "Huawei", Term: "Huawei", Guild: "g2"}, {Name: "Acme", Term: "Acme", Guild: "g2"},
			{Name: "Zorblax", Term: "Zorblax", Guild: "g2", Unlisted: true}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := GuildOnly(hits, tc.guilds)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("GuildOnly(%v) =\n%+v\nwant\n%+v", tc.guilds, got, tc.want)
			}
			// Deliver agrees: a subscription of another guild gets nothing.
			a := &Alert{Severity: SeverityHigh, Category: CategorySanctions, Vendors: got}
			if d := (Subscription{GuildID: "g3", Scope: ScopeAny}).Deliver(a, a.Published, nil); d.Receives {
				t.Errorf("guild g3 receives an alert kept to %v", tc.guilds)
			}
		})
	}
}
