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

func TestGuildVendors(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	acme := trust.Vendor{
		Name: "Acme", Aliases: []string{"Acme Corp", "ACME Inc"}, Guild: "g1",
		Timeline: []trust.TimelineEntry{{Date: time.Date(2024, 6, 20, 0, 0, 0, 0, time.UTC), Text: "Banned", URL: "https://x.example/"}},
	}
	tests := []struct {
		name string
		v    trust.Vendor
		want error
	}{
		{"new", acme, nil},
		{"same name, other case", trust.Vendor{Name: "ACME", Guild: "g1"}, ErrExists},
		{"same name, other guild", trust.Vendor{Name: "Acme", Guild: "g2"}, nil},
		{"no aliases", trust.Vendor{Name: "Zeta", Guild: "g1"}, nil},
		{"no guild", trust.Vendor{Name: "Zeta"}, nil}, // any error
	}
	for _, tc := range tests {
		err := db.AddGuildVendor(ctx, tc.v)
		if tc.v.Guild == "" {
			if err == nil {
				t.Errorf("%s: no error", tc.name)
			}
			continue
		}
		if !errors.Is(err, tc.want) {
			t.Errorf("%s: error = %v, want %v", tc.name, err, tc.want)
		}
	}

	got, err := db.GuildVendors(ctx, "g1")
	if err != nil {
		t.Fatal(err)
	}
	if want := []trust.Vendor{acme, {Name: "Zeta", Guild: "g1"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("GuildVendors(g1) =\n%+v\nwant\n%+v", got, want)
	}
	all, err := db.GuildVendors(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 3 || all[2].Guild != "g2" {
		t.Errorf("GuildVendors(\"\") = %+v, want g1's two then g2's one", all)
	}

	if err := db.RemoveGuildVendor(ctx, "g1", "acme"); err != nil {
		t.Errorf("RemoveGuildVendor(acme): %v", err)
	}
	if err := db.RemoveGuildVendor(ctx, "g1", "acme"); !errors.Is(err, ErrNotFound) {
		t.Errorf("RemoveGuildVendor(acme) again: error = %v, want ErrNotFound", err)
	}
}

func TestGuildVendorLimit(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	for i := range MaxGuildVendors {
		if err := db.AddGuildVendor(ctx, trust.Vendor{Name: fmt.Sprintf("v%d", i), Guild: "g"}); err != nil {
			t.Fatalf("vendor %d: %v", i, err)
		}
	}
	tests := []struct {
		v    trust.Vendor
		want error
	}{
		{trust.Vendor{Name: "one too many", Guild: "g"}, ErrLimit},
		{trust.Vendor{Name: "v0", Guild: "g"}, ErrExists},
		{trust.Vendor{Name: "other guild", Guild: "h"}, nil},
	}
	for _, tc := range tests {
		if err := db.AddGuildVendor(ctx, tc.v); !errors.Is(err, tc.want) {
			t.Errorf("add %s to %s: error = %v, want %v", tc.v.Name, tc.v.Guild, err, tc.want)
		}
	}
	if vs, _ := db.GuildVendors(ctx, "g"); len(vs) != MaxGuildVendors {
		t.Errorf("g has %d vendors, want %d", len(vs), MaxGuildVendors)
	}
	// Removing one makes room.
	if err := db.RemoveGuildVendor(ctx, "g", "v0"); err != nil {
		t.Fatal(err)
	}
	if err := db.AddGuildVendor(ctx, trust.Vendor{Name: "one too many", Guild: "g"}); err != nil {
		t.Errorf("add after a removal: %v", err)
	}
}
