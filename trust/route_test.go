package trust

import (
	"testing"
	"time"
)

func TestDeliver(t *testing.T) {
	now := time.Date(2026, 12, 4, 23, 0, 0, 0, time.UTC)
	alert := func(sev Severity, cat Category, vs ...VendorHit) *Alert {
		return &Alert{Severity: sev, Category: cat, Vendors: vs}
	}
	huawei := VendorHit{Name: "Huawei", Term: "Huawei"}
	acme := VendorHit{Name: "Acme", Term: "Acme", Guild: "g2"}
	zorb := VendorHit{Name: "Zorblax", Term: "Zorblax", Unlisted: true}
	pkg := VendorHit{Name: "ctx", Term: "ctx", Unlisted: true}
	base := Subscription{GuildID: "g1", ChannelID: "c", MinSeverity: SeverityMedium, Mode: ModeInstant}
	with := func(f func(*Subscription)) Subscription { s := base; f(&s); return s }
	mutedHuawei := func(v string) bool { return v == "Huawei" }
	for _, tc := range []struct {
		name  string
		sub   Subscription
		a     *Alert
		muted func(string) bool
		want  Delivery
	}{
		{"post", base, alert(SeverityHigh, CategoryBan, huawei), nil, Delivery{Receives: true, Vendors: []string{"Huawei"}}},
		{"disabled", with(func(s *Subscription) { s.Disabled = true }), alert(SeverityHigh, CategoryBan, huawei), nil, Delivery{Why: "disabled"}},
		{"below severity", base, alert(SeverityLow, CategoryBan, huawei), nil, Delivery{Why: "severity"}},
		{"another guild's vendor", base, alert(SeverityHigh, CategoryBan, acme), nil, Delivery{Why: "guild"}},
		{"vendor filter, any case", with(func(s *Subscription) { s.Vendor = "huawei" }), alert(SeverityHigh, CategoryBan, huawei), nil, Delivery{Receives: true, Vendors: []string{"Huawei"}}},
		{"vendor filter, other", with(func(s *Subscription) { s.Vendor = "ZTE" }), alert(SeverityHigh, CategoryBan, huawei), nil, Delivery{Why: "vendor"}},
		{"unlisted, watchlist scope", base, alert(SeverityHigh, CategorySanctions, zorb), nil, Delivery{Why: "scope"}},
		{"unlisted, any scope", with(func(s *Subscription) { s.Scope = ScopeAny }), alert(SeverityHigh, CategorySanctions, zorb), nil, Delivery{Receives: true, Vendors: []string{"Zorblax"}}},
		{"package, not opted in", with(func(s *Subscription) { s.Scope = ScopeAny }), alert(SeverityHigh, CategoryOSS, pkg), nil, Delivery{Why: "oss"}},
		{"package, opted in", with(func(s *Subscription) { s.OSS = true }), alert(SeverityHigh, CategoryOSS, pkg), nil, Delivery{Receives: true, Vendors: []string{"ctx"}}},
		{"muted", base, alert(SeverityHigh, CategoryBan, huawei), mutedHuawei, Delivery{Why: "muted"}},
		{"one of two muted", with(func(s *Subscription) { s.Scope = ScopeAny }), alert(SeverityHigh, CategoryBan, huawei, zorb), mutedHuawei, Delivery{Receives: true, Vendors: []string{"Zorblax"}}},
		{"digest", with(func(s *Subscription) { s.Mode = ModeDigest }), alert(SeverityHigh, CategoryBan, huawei), nil, Delivery{Receives: true, Held: "digest", Vendors: []string{"Huawei"}}},
		{"quiet", with(func(s *Subscription) { s.Quiet = QuietHours{Start: 22 * 60, End: 7 * 60, Below: SeverityCritical} }), alert(SeverityHigh, CategoryBan, huawei), nil, Delivery{Receives: true, Held: "quiet", Vendors: []string{"Huawei"}}},
		{"quiet, severe enough", with(func(s *Subscription) { s.Quiet = QuietHours{Start: 22 * 60, End: 7 * 60, Below: SeverityHigh} }), alert(SeverityHigh, CategoryBan, huawei), nil, Delivery{Receives: true, Vendors: []string{"Huawei"}}},
		{"ping", with(func(s *Subscription) { s.PingRole, s.PingMin = "r", SeverityHigh }), alert(SeverityHigh, CategoryBan, huawei), nil, Delivery{Receives: true, Ping: true, Vendors: []string{"Huawei"}}},
		{"no ping below", with(func(s *Subscription) { s.PingRole, s.PingMin = "r", SeverityCritical }), alert(SeverityHigh, CategoryBan, huawei), nil, Delivery{Receives: true, Vendors: []string{"Huawei"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := tc.sub.Deliver(tc.a, now, tc.muted)
			if got.Receives != tc.want.Receives || got.Why != tc.want.Why || got.Held != tc.want.Held || got.Ping != tc.want.Ping ||
				len(got.Vendors) != len(tc.want.Vendors) || len(got.Vendors) > 0 && got.Vendors[0] != tc.want.Vendors[0] {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}
