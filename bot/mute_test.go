package bot_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/vendorwatch/vendorwatch/internal/discordtest"
	"github.com/vendorwatch/vendorwatch/trust"
)

func huaweiAlert(a *trust.Alert) {
	a.Title = "FCC adds Huawei to the Covered List"
	a.Vendors = []trust.VendorHit{{Name: "Huawei", Term: "Huawei"}}
}

func TestMuteHoldsAndExpires(t *testing.T) {
	clock := &routeClock{}
	e := setupClock(t, clock, time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC))
	e.subscribe(guildA, chanA1, "", trust.SeverityLow)
	e.subscribe(guildA, chanA2, "", trust.SeverityLow)

	_, text := e.run(discordtest.Interaction{Name: "mute", Options: []*discordgo.ApplicationCommandInteractionDataOption{
		str("duration", "2h"), str("vendor", "hisilicon"),
	}})
	if !strings.Contains(text, "**Huawei** are muted in <#"+chanA1+"> for 2 h") {
		t.Errorf("/mute answer: %q", text)
	}
	_, text = e.run(discordtest.Interaction{Name: "mutes"})
	if !strings.Contains(text, "<#"+chanA1+"> — **Huawei** until <t:") {
		t.Errorf("/mutes: %q", text)
	}

	// Muted in A1 only: Huawei reaches A2, Kaspersky reaches both.
	e.alert(huaweiAlert)
	e.alert(nil)
	e.waitFor("2 messages in A2", func() bool { return len(e.messages(chanA2)) == 2 })
	e.settled(chanA1, 1)
	if m := e.messages(chanA1); len(m) != 1 || strings.Contains(m[0].Embeds[0].Title, "Huawei") {
		t.Fatalf("A1 got %d messages; want only the Kaspersky one", len(m))
	}

	// The mute ends by itself: two hours later Huawei alerts post again,
	// and the one that came during the mute is not posted late.
	clock.set(time.Date(2026, 11, 27, 14, 0, 1, 0, time.UTC))
	e.alert(func(a *trust.Alert) { huaweiAlert(a); a.Title = "Huawei banned again" })
	e.waitFor("the Huawei alert after the mute", func() bool { return len(e.messages(chanA1)) == 2 })
	e.settled(chanA1, 2)
	if got := e.messages(chanA1)[1].Embeds[0].Title; got != "Huawei banned again" {
		t.Errorf("after the mute, A1 got %q", got)
	}
	_, text = e.run(discordtest.Interaction{Name: "mutes"})
	if !strings.Contains(text, "Nothing is muted") {
		t.Errorf("/mutes after expiry: %q", text)
	}
}

func TestSnoozeAndUnmute(t *testing.T) {
	clock := &routeClock{}
	e := setupClock(t, clock, time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC))
	e.subscribe(guildA, chanA1, "", trust.SeverityLow)

	_, text := e.run(discordtest.Interaction{Name: "mute", Options: []*discordgo.ApplicationCommandInteractionDataOption{str("duration", "1 day")}})
	if !strings.Contains(text, "All alerts are snoozed in <#"+chanA1+"> for 1 day") {
		t.Errorf("/mute answer: %q", text)
	}
	e.alert(nil)
	e.alert(huaweiAlert)
	if recs := e.settled(chanA1, 0); len(recs) != 0 {
		t.Fatalf("snoozed channel has outbox rows %+v", recs)
	}

	_, text = e.run(discordtest.Interaction{Name: "unmute"})
	if !strings.Contains(text, "The snooze in <#"+chanA1+"> has ended") {
		t.Errorf("/unmute answer: %q", text)
	}
	e.alert(nil)
	e.waitFor("the alert after the unmute", func() bool { return len(e.messages(chanA1)) == 1 })
	e.wantError(discordtest.Interaction{Name: "unmute"}, "is not snoozed")
	e.wantError(discordtest.Interaction{Name: "unmute", Options: []*discordgo.ApplicationCommandInteractionDataOption{str("vendor", "Huawei")}}, "**Huawei** is not muted")
}

func TestMuteBadInputStoresNothing(t *testing.T) {
	e := setup(t, nil)
	for _, c := range []struct {
		opts []*discordgo.ApplicationCommandInteractionDataOption
		want string
	}{
		{[]*discordgo.ApplicationCommandInteractionDataOption{str("duration", "soon")}, `Bad duration "soon": use e.g. 30m`},
		{[]*discordgo.ApplicationCommandInteractionDataOption{str("duration", "0m")}, "between 1 minute and 365 days"},
		{[]*discordgo.ApplicationCommandInteractionDataOption{str("duration", "400d")}, "between 1 minute and 365 days"},
		{[]*discordgo.ApplicationCommandInteractionDataOption{str("duration", "1h"), str("vendor", "Nobody Inc")}, `I don't watch a vendor called "Nobody Inc"`},
		{[]*discordgo.ApplicationCommandInteractionDataOption{str("duration", "1h"), str("vendor", " ")}, "vendor name is empty"},
		{[]*discordgo.ApplicationCommandInteractionDataOption{str("duration", "1h"), channelOpt(chanVoic)}, "text or announcement channel"},
		{[]*discordgo.ApplicationCommandInteractionDataOption{str("duration", "1h"), channelOpt(chanB1)}, "not in this server"},
	} {
		e.wantError(discordtest.Interaction{Name: "mute", Options: c.opts}, c.want)
	}
	ms, err := e.store.Mutes(context.Background(), guildA, time.Now())
	if err != nil || len(ms) != 0 {
		t.Errorf("bad /mute stored %+v (%v)", ms, err)
	}
}
