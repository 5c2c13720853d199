package storage

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/vendorwatch/vendorwatch/trust"
)

func TestImportGuildVendors(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	tl := []trust.TimelineEntry{{Date: time.Date(2024, 6, 20, 0, 0, 0, 0, time.UTC), Text: "Banned"}}
	if err := db.AddGuildVendor(ctx, trust.Vendor{Name: "Acme", Aliases: []string{"Acme Corp"}, Guild: "g", Timeline: tl}); err != nil {
		t.Fatal(err)
	}
	if err := db.AddGuildVendor(ctx, trust.Vendor{Name: "Kept", Guild: "g"}); err != nil {
		t.Fatal(err)
	}
	in := []trust.Vendor{
		{Name: "ACME", Aliases: []string{"Acme Inc"}, Country: "US", Categories: []string{"routers", "cameras"}},
		{Name: "Beta", Country: "China", Categories: []string{"drones"}},
	}
	if err := db.ImportGuildVendors(ctx, "g", in); err != nil {
		t.Fatal(err)
	}
	got, err := db.GuildVendors(ctx, "g")
	if err != nil {
		t.Fatal(err)
	}
	want := []trust.Vendor{
		// The stored spelling and the timeline stay; the rest is replaced.
		{Name: "Acme", Aliases: []string{"Acme Inc"}, Guild: "g", Timeline: tl, Country: "US", Categories: []string{"routers", "cameras"}},
		{Name: "Beta", Guild: "g", Country: "China", Categories: []string{"drones"}},
		{Name: "Kept", Guild: "g"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("after import:\n%+v\nwant\n%+v", got, want)
	}

	// Over the cap: nothing of the import is stored.
	var many []trust.Vendor
	for i := range MaxGuildVendors - 2 {
		many = append(many, trust.Vendor{Name: fmt.Sprintf("v%04d", i)})
	}
	many = append(many, trust.Vendor{Name: "Beta", Country: "Taiwan"})
	if err := db.ImportGuildVendors(ctx, "g", many); !errors.Is(err, ErrLimit) {
		t.Fatalf("import of %d more: error = %v, want ErrLimit", len(many), err)
	}
	if after, _ := db.GuildVendors(ctx, "g"); !reflect.DeepEqual(after, want) {
		t.Errorf("a refused import changed the list:\n%+v", after)
	}
	// Exactly at the cap is fine.
	if err := db.ImportGuildVendors(ctx, "g", many[:MaxGuildVendors-3]); err != nil {
		t.Errorf("import up to the cap: %v", err)
	}
	if err := db.ImportGuildVendors(ctx, "", in); err == nil {
		t.Error("import without a guild: no error")
	}
}

func TestAlertMonths(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	src := ensureSource(t, db, "a")
	fixtures := []struct {
		published time.Time
		cat       trust.Category
		vendors   []trust.VendorHit
	}{
		{time.Date(2026, 1, 3, 0, 0, 0, 0, time.UTC), trust.CategoryBan, []trust.VendorHit{global("Acme")}},
		{time.Date(2026, 1, 31, 23, 0, 0, 0, time.UTC), trust.CategoryBan, []trust.VendorHit{global("Acme"), guildHit("Acme", "g1")}},
		{time.Date(2026, 1, 20, 0, 0, 0, 0, time.UTC), trust.CategorySanctions, []trust.VendorHit{global("Acme")}},
		{time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC), trust.CategoryBan, []trust.VendorHit{guildHit("Acme", "g2")}},
		{time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), trust.CategoryBan, []trust.VendorHit{global("Acme")}},
		{time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC), trust.CategoryBan, []trust.VendorHit{global("Other")}},
	}
	for i, f := range fixtures {
		it := item(fmt.Sprintf("guid:%d", i), fmt.Sprintf("t%d", i))
		it.Published = f.published
		a := alertFor(it, trust.SeverityHigh, f.vendors...)
		a.Category = f.cat
		if _, err := db.SaveItem(ctx, src, it, a); err != nil {
			t.Fatal(err)
		}
	}
	jan, feb := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		q    AlertQuery
		want []trust.MonthCount
	}{
		{"g1", AlertQuery{Vendor: "acme", Guild: "g1", Since: jan}, []trust.MonthCount{
			{Month: jan, Category: trust.CategoryBan, Count: 2}, {Month: jan, Category: trust.CategorySanctions, Count: 1}}},
		{"g2", AlertQuery{Vendor: "Acme", Guild: "g2", Since: jan}, []trust.MonthCount{
			{Month: jan, Category: trust.CategoryBan, Count: 2}, {Month: jan, Category: trust.CategorySanctions, Count: 1},
			{Month: feb, Category: trust.CategoryBan, Count: 1}}},
		{"none", AlertQuery{Vendor: "Nobody", Since: jan}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := db.AlertMonths(ctx, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("AlertMonths = %+v, want %+v", got, tc.want)
			}
		})
	}
}
