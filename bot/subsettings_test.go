package bot

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

const (
	testGuild = "1100000000000000001"
	testRole  = "1200000000000000001"
)

func TestParseSubSettings(t *testing.T) {
	for _, c := range []struct {
		name string
		in   subscribeOptions
		want subSettings
	}{
		{"nothing given", subscribeOptions{guildID: testGuild}, subSettings{}},
		{"min severity", subscribeOptions{minSeverity: new(" High ")}, subSettings{any: true, minSev: new(trust.SeverityHigh)}},
		{"mode", subscribeOptions{mode: new(" Digest ")}, subSettings{any: true, mode: trust.ModeDigest}},
		{"schedule trimmed", subscribeOptions{schedule: new(" 0 8 * * 1-5 ")}, subSettings{any: true, schedule: new("0 8 * * 1-5")}},
		{"time zone", subscribeOptions{tz: new("Europe/Berlin")}, subSettings{any: true, zone: new("Europe/Berlin")}},
		{
			"ping role and minimum",
			subscribeOptions{guildID: testGuild, pingRole: new(testRole), pingMin: new("critical")},
			subSettings{any: true, pingRole: new(testRole), pingMin: new(trust.SeverityCritical)},
		},
		{
			"ping role Discord sent, mentionable",
			subscribeOptions{guildID: testGuild, pingRole: new(testRole), roleResolved: true, roleMentionable: true},
			subSettings{any: true, pingRole: new(testRole)},
		},
		{
			"ping role Discord sent, not mentionable",
			subscribeOptions{guildID: testGuild, pingRole: new(testRole), roleResolved: true},
			subSettings{any: true, pingRole: new(testRole),
				note: "\nNote: <@&" + testRole + "> is not mentionable; unless vendorwatch may mention all roles, the mention will not notify anyone."},
		},
		{"no ping", subscribeOptions{noPing: true}, subSettings{any: true, noPing: true}},
		{"scope any", subscribeOptions{scope: new(" Any ")}, subSettings{any: true, scope: trust.ScopeAny}},
		{"open-source opt-in", subscribeOptions{oss: new(true)}, subSettings{any: true, oss: new(true)}},
		{"open-source opt-out", subscribeOptions{oss: new(false)}, subSettings{any: true, oss: new(false)}},
		{
			"quiet hours",
			subscribeOptions{quiet: new("22:00-07:00"), quietBelow: new("medium")},
			subSettings{any: true, quiet: &[2]int{22 * 60, 7 * 60}, quietBelow: new(trust.SeverityMedium)},
		},
		{"quiet off", subscribeOptions{quiet: new(" OFF ")}, subSettings{any: true, quietOff: true}},
		{"quiet none", subscribeOptions{quiet: new("none")}, subSettings{any: true, quietOff: true}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := parseSubSettings(c.in)
			if err != nil {
				t.Fatalf("error %q, want none", err)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %s, want %s", describeSettings(got), describeSettings(c.want))
			}
		})
	}
}

func TestParseSubSettingsRefuses(t *testing.T) {
	for _, c := range []struct {
		name string
		in   subscribeOptions
		want string
	}{
		{"unknown min severity", subscribeOptions{minSeverity: new("urgent")},
			"The minimum severity must be low, medium, high or critical."},
		{"unknown ping minimum", subscribeOptions{pingMin: new("")},
			"ping_min must be low, medium, high or critical."},
		{"unknown quiet_below", subscribeOptions{quietBelow: new("loud")},
			"quiet_below must be medium, high or critical."},
		{"quiet_below low", subscribeOptions{quiet: new("22:00-07:00"), quietBelow: new("low")},
			"quiet_below:low would hold nothing back (it holds alerts *below* it); pick medium, high or critical."},
		{"unknown mode", subscribeOptions{mode: new("weekly")},
			"The mode must be instant or digest."},
		{"unknown scope", subscribeOptions{scope: new("everything")},
			"The scope must be watchlist or any."},
		{"empty schedule", subscribeOptions{schedule: new("  ")},
			`The schedule is empty; use a cron expression such as "0 8 * * 1-5" (08:00 on weekdays) or @daily.`},
		{"unknown time zone", subscribeOptions{tz: new("Mars/Olympus")},
			`Unknown time zone "Mars/Olympus": use an IANA name such as Europe/Berlin, America/New_York or UTC.`},
		{"empty time zone", subscribeOptions{tz: new(" ")},
			`Unknown time zone " ": use an IANA name such as Europe/Berlin, America/New_York or UTC.`},
		{"ping role not a role", subscribeOptions{guildID: testGuild, pingRole: new("")},
			"The ping_role option is not a role."},
		{"ping role a mention", subscribeOptions{guildID: testGuild, pingRole: new("<@&" + testRole + ">")},
			"The ping_role option is not a role."},
		{"ping role @everyone", subscribeOptions{guildID: testGuild, pingRole: new(testGuild)},
			"vendorwatch never pings @everyone; pick or create a role for these alerts."},
		{"ping role managed", subscribeOptions{guildID: testGuild, pingRole: new(testRole), roleResolved: true, roleManaged: true, roleMentionable: true},
			"<@&" + testRole + "> belongs to an integration or bot and can't be a ping role; pick or create another role."},
		{"no ping with a role", subscribeOptions{guildID: testGuild, pingRole: new(testRole), noPing: true},
			"no_ping turns pings off; leave out ping_role and ping_min with it."},
		{"no ping with a minimum", subscribeOptions{pingMin: new("high"), noPing: true},
			"no_ping turns pings off; leave out ping_role and ping_min with it."},
		{"quiet off with quiet_below", subscribeOptions{quiet: new("off"), quietBelow: new("high")},
			"quiet:off turns quiet hours off; leave out quiet_below with it."},
		{"quiet hours out of range", subscribeOptions{quiet: new("22:00-24:00")},
			`Bad quiet hours "22:00-24:00": hour 24 is out of range (0-23; write midnight as 00:00); or quiet:off to turn quiet hours off.`},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := parseSubSettings(c.in)
			if err == nil {
				t.Fatalf("got %s, want error %q", describeSettings(got), c.want)
			}
			if err.Error() != c.want {
				t.Errorf("error %q, want %q", err, c.want)
			}
		})
	}
}

// TestApplySubSettings: settings that parse on their own, applied to a new
// or an existing subscription; some do not fit it.
func TestApplySubSettings(t *testing.T) {
	with := func(s Subscription, change func(*Subscription)) Subscription {
		change(&s)
		return s
	}
	instant := Subscription{GuildID: testGuild, ChannelID: "1300000000000000001", MinSeverity: trust.SeverityLow, Mode: trust.ModeInstant}
	pinged := with(instant, func(s *Subscription) { s.PingRole, s.PingMin = testRole, trust.SeverityCritical })
	quiet := with(instant, func(s *Subscription) {
		s.Zone = "Europe/Berlin"
		s.Quiet = trust.QuietHours{Start: 22 * 60, End: 7 * 60, Below: trust.SeverityHigh, Zone: "Europe/Berlin"}
	})
	digest := with(instant, func(s *Subscription) { s.Mode, s.Schedule = trust.ModeDigest, "0 8 * * 1-5" })
	for _, c := range []struct {
		name string
		from Subscription
		in   subscribeOptions
		want Subscription
		err  string
	}{
		{name: "nothing given", from: instant, want: instant},
		{name: "no mode yet is instant", from: with(instant, func(s *Subscription) { s.Mode = "" }), want: instant},
		{name: "min severity", from: instant, in: subscribeOptions{minSeverity: new("high")},
			want: with(instant, func(s *Subscription) { s.MinSeverity = trust.SeverityHigh })},
		{name: "a role pings at high", from: instant, in: subscribeOptions{pingRole: new(testRole)},
			want: with(instant, func(s *Subscription) { s.PingRole, s.PingMin = testRole, trust.SeverityHigh })},
		{name: "a new role keeps the minimum", from: pinged, in: subscribeOptions{pingRole: new("1200000000000000002")},
			want: with(pinged, func(s *Subscription) { s.PingRole = "1200000000000000002" })},
		{name: "no ping", from: pinged, in: subscribeOptions{noPing: true}, want: instant},
		{name: "quiet hours hold below high", from: instant, in: subscribeOptions{quiet: new("22:00-07:00"), tz: new("Europe/Berlin")}, want: quiet},
		{name: "quiet_below", from: quiet, in: subscribeOptions{quietBelow: new("critical")},
			want: with(quiet, func(s *Subscription) { s.Quiet.Below = trust.SeverityCritical })},
		{name: "quiet off", from: quiet, in: subscribeOptions{quiet: new("off")},
			want: with(quiet, func(s *Subscription) { s.Quiet = trust.QuietHours{Zone: "Europe/Berlin"} })},
		{name: "a schedule asks for a digest", from: pinged, in: subscribeOptions{schedule: new("0  8 * * 1-5")}, want: digest},
		{name: "a digest drops quiet hours", from: quiet, in: subscribeOptions{mode: new("digest"), schedule: new("@daily")},
			want: with(quiet, func(s *Subscription) {
				s.Mode, s.Schedule, s.Quiet = trust.ModeDigest, "@daily", trust.QuietHours{Zone: "Europe/Berlin"}
			})},
		{name: "back to instant", from: digest, in: subscribeOptions{mode: new("instant")}, want: instant},

		{name: "digest without a schedule", from: instant, in: subscribeOptions{mode: new("digest")},
			err: `A digest needs a schedule, e.g. schedule:"0 8 * * 1-5" (08:00 on weekdays) with tz:Europe/Berlin.`},
		{name: "digest with a ping", from: digest, in: subscribeOptions{pingMin: new("low")},
			err: "Digests never ping a role: pings are for instant alerts (add mode:instant to switch)."},
		{name: "digest with quiet hours", from: instant, in: subscribeOptions{schedule: new("@daily"), quiet: new("22:00-07:00")},
			err: "Quiet hours are for instant alerts; a digest already waits for its schedule (add mode:instant to switch)."},
		{name: "bad schedule", from: instant, in: subscribeOptions{schedule: new("0 8 * *")},
			err: `Bad schedule "0 8 * *": expected 5 fields (minute hour day-of-month month day-of-week), e.g. "0 8 * * 1-5".`},
		{name: "schedule for instant alerts", from: instant, in: subscribeOptions{mode: new("instant"), schedule: new("@daily")},
			err: "A schedule is for mode:digest; leave it out for instant alerts, or use mode:digest."},
		{name: "ping minimum without a role", from: instant, in: subscribeOptions{pingMin: new("critical")},
			err: "ping_min says which alerts ping a role; name the role with ping_role."},
		{name: "quiet_below without quiet hours", from: instant, in: subscribeOptions{quietBelow: new("high")},
			err: `quiet_below says which alerts wait out quiet hours; set them with quiet, e.g. quiet:"22:00-07:00".`},
		{name: "time zone of nothing", from: instant, in: subscribeOptions{tz: new("Europe/Berlin")},
			err: "tz is the time zone of a digest's schedule or of quiet hours, and this subscription has neither."},
	} {
		t.Run(c.name, func(t *testing.T) {
			set, err := parseSubSettings(c.in)
			if err != nil {
				t.Fatalf("parse: %v", err)
			}
			got, err := set.apply(c.from)
			switch {
			case c.err != "" && err == nil:
				t.Fatalf("got %+v, want error %q", got, c.err)
			case c.err != "" && err.Error() != c.err:
				t.Errorf("error %q, want %q", err, c.err)
			case c.err == "" && err != nil:
				t.Fatalf("error %q, want %+v", err, c.want)
			case c.err == "" && got != c.want:
				t.Errorf("got  %+v\nwant %+v", got, c.want)
			}
		})
	}
}

// describeSettings shows settings with their pointers followed.
func describeSettings(s subSettings) string {
	show := func(p any) any {
		v := reflect.ValueOf(p)
		if v.IsNil() {
			return "nil"
		}
		return v.Elem().Interface()
	}
	return fmt.Sprintf("{any:%v minSev:%v mode:%q schedule:%v zone:%v pingRole:%v pingMin:%v noPing:%v quietOff:%v quiet:%v quietBelow:%v note:%q}",
		s.any, show(s.minSev), s.mode, show(s.schedule), show(s.zone), show(s.pingRole), show(s.pingMin),
		s.noPing, s.quietOff, show(s.quiet), show(s.quietBelow), s.note)
}
