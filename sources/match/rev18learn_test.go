package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestReversalDetector: an alert of a hold whose title tells the hold
// undone in words no shape reads is a reversal at medium at most; a hold
// kept, put back or newly made stays what it is.
func TestReversalDetector(t *testing.T) {
	m := defaultMatcher(t)
	off, err := m.WithReversal(nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		title, lead string
		vendor      string
		rulesCat    trust.Category // the rules' category, without the detector
		want        trust.Category
	}{
		{"Judge blocks U.S. from placing Xiaomi on military-linked blacklist",
			"A federal judge issued a preliminary injunction against the Defense Department's designation of the smartphone maker as a Communist Chinese military company.",
			"Xiaomi", trust.CategorySanctions, trust.CategoryReversal},
		{"Judge halts Commerce order that would have pulled WeChat from US app stores",
			"US Magistrate Judge Laurel Beeler granted a preliminary injunction sought by WeChat users.",
			"WeChat", trust.CategoryDelisting, trust.CategoryReversal},
		{"Hikvision back on banned list after court ruling", "", "Hikvision", trust.CategoryBan, trust.CategoryBan},
		{"Commerce Department restores export ban on ZTE", "", "ZTE", trust.CategorySanctions, trust.CategorySanctions},
		{"Pentagon drops Kaspersky from list of approved suppliers", "A spokesperson said Kaspersky had been told of the decision.", "Kaspersky", trust.CategoryDelisting, trust.CategoryDelisting},
		{"Appeals court lifts injunction against Texas TikTok ban", "", "TikTok", trust.CategoryBan, trust.CategoryBan},
		{"Senate votes to ban TikTok on government devices", "", "TikTok", trust.CategoryBan, trust.CategoryBan},
		{"US adds DJI to Entity List", "", "DJI", trust.CategorySanctions, trust.CategorySanctions},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			if b, ok := off.Match(tt.title, tt.lead); !ok || b.Category != tt.rulesCat {
				t.Fatalf("rules alone: %v %s, want an alert of %s (the case no longer tests the detector)", ok, b.Category, tt.rulesCat)
			}
			a, ok := expectAlert(t, m, tt.title, tt.lead, tt.vendor, tt.want)
			if ok && a.Category == trust.CategoryReversal && a.Severity > trust.SeverityMedium {
				t.Errorf("severity %v, want medium at most", a.Severity)
			}
		})
	}
}

func TestRV18Kept(t *testing.T) {
	tests := []struct {
		title string
		want  bool
	}{
		{"Court upholds ban on Huawei", true},
		{"Commerce restores export ban on ZTE", true},
		{"Judge refuses to block Montana TikTok ban", true},
		{"US will not lift sanctions on Huawei", true},
		{"Hikvision back on banned list after court ruling", true},
		{"Huawei phones back on sale after US reprieve", false},
		{"Court blocks Montana TikTok ban", false},
		{"Lithuania reinstates Kaspersky on approved software list", false},
		{"US will lift sanctions on ZTE", false},
		{"Appeals court lifts injunction against Texas TikTok ban", true},
		{"Pentagon drops Kaspersky from list of approved suppliers", true},
		{"Judge blocks Texas law, Biden bans TikTok", true},
		{"Court blocks Texas ban, TikTok says", false},
		{"Ban on TikTok stays after appeal, curfew lifted", true},
		{"Huawei: US lifts sanctions after review", false},
		{"Commerce takes Inspur off Entity List", false},
		{"US drops plan to buy DJI drones", true},
		{"Kaspersky struck from Pentagon procurement list", true},
		{"Pentagon drops Tenmark Systems from list of approved suppliers", true},
		{"Brazil scraps plan to ban Huawei from 5G network", false},
		{"Lithuania lifts ban on using Kaspersky", false},
		{"Commerce revokes licences for Hytera suppliers", true},
		{"US grants Huawei temporary reprieve from export blacklist", false},
	}
	for _, tt := range tests {
		if got := rv18Kept(tt.title); got != tt.want {
			t.Errorf("rv18Kept(%q) = %v, want %v", tt.title, got, tt.want)
		}
	}
}
