package bot_test

import (
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/vendorwatch/vendorwatch/internal/discordtest"
	"github.com/vendorwatch/vendorwatch/trust"
)

// TestSubscribeScopes: /subscribe scope:any gets alerts about vendors the
// news named outside the registry, a subscription made as before
// (watchlist) does not, oss:True opts into package compromises, and
// /vendor answers for a vendor first seen in the news. Every request the
// bot sends is checked against Discord's OpenAPI description by the fake.
func TestSubscribeScopes(t *testing.T) {
	e := setup(t, nil)
	if _, text := e.run(subscribeCmd(channelOpt(chanA1))); !strings.Contains(text, "every watched vendor") {
		t.Fatalf("/subscribe: %q", text)
	}
	if _, text := e.run(subscribeCmd(channelOpt(chanA2), str("scope", "any"))); !strings.Contains(text, "every vendor in the news") {
		t.Fatalf("/subscribe scope:any: %q", text)
	}
	if _, text := e.run(subscribeCmd(channelOpt(chanA3), boolOpt("oss", true))); !strings.Contains(text, "open-source package compromises") {
		t.Fatalf("/subscribe oss:True: %q", text)
	}
	zorb := trust.VendorHit{Name: "Zorblax Networks", Term: "Zorblax Networks", Unlisted: true}
	e.alert(func(a *trust.Alert) {
		a.Title, a.Vendors = "Commerce adds Zorblax Networks to Entity List", []trust.VendorHit{zorb}
	})
	e.alert(func(a *trust.Alert) {
		a.Title, a.Category = "Hijacked left-pad release ships a stealer", trust.CategoryOSS
		a.Vendors = []trust.VendorHit{{Name: "left-pad", Term: "left-pad", Unlisted: true}}
	})
	e.alert(nil) // Kaspersky, in the registry: every channel
	e.waitFor("the registry alert in every channel", func() bool {
		return len(e.messages(chanA1)) >= 1 && len(e.messages(chanA2)) >= 2 && len(e.messages(chanA3)) >= 2
	})
	titles := func(ch string) string {
		e.settled(ch, map[string]int{chanA1: 1, chanA2: 2, chanA3: 2}[ch])
		var out []string
		for _, m := range e.messages(ch) {
			for _, em := range m.Embeds {
				out = append(out, em.Title+" "+em.Description)
			}
		}
		return strings.Join(out, " | ")
	}
	if got := titles(chanA1); strings.Contains(got, "Zorblax") || strings.Contains(got, "Hijacked left") {
		t.Errorf("watchlist channel got %q", got)
	}
	if got := titles(chanA2); !strings.Contains(got, "Zorblax") || strings.Contains(got, "Hijacked left") {
		t.Errorf("scope:any channel got %q, want Zorblax and no package", got)
	}
	if got := titles(chanA3); !strings.Contains(got, "Hijacked left") || strings.Contains(got, "Zorblax") {
		t.Errorf("oss channel got %q, want the package and not Zorblax", got)
	}
	vendorCmd := func(name string) discordtest.Interaction {
		return discordtest.Interaction{Name: "vendor", Options: []*discordgo.ApplicationCommandInteractionDataOption{str("name", name)}}
	}
	_, text := e.run(vendorCmd("zorblax networks"))
	if !strings.Contains(text, "Zorblax Networks") || !strings.Contains(text, "Not in the registry") {
		t.Errorf("/vendor for a vendor first seen in the news: %q", text)
	}
	e.wantError(vendorCmd("Nobody Ever"), "no alert has named it")
}
