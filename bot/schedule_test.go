package bot

import (
	"strings"
	"testing"
	"time"
)

func utcTime(y int, mo time.Month, d, h, m int) time.Time {
	return time.Date(y, mo, d, h, m, 0, 0, time.UTC)
}

func TestDigestScheduleNext(t *testing.T) {
	for _, z := range []string{"Europe/Berlin", "America/New_York"} {
		if _, err := time.LoadLocation(z); err != nil {
			t.Skipf("time zone data for %s not available: %v", z, err)
		}
	}
	tests := []struct {
		name, expr, zone string
		after            time.Time
		want             []time.Time // successive fires
	}{
		{"weekdays in Berlin, Friday to Monday", "0 8 * * 1-5", "Europe/Berlin", utcTime(2026, 11, 27, 10, 0),
			[]time.Time{utcTime(2026, 11, 30, 7, 0), utcTime(2026, 12, 1, 7, 0)}},
		{"weekdays in Berlin, same day", "0 8 * * 1-5", "Europe/Berlin", utcTime(2026, 11, 27, 6, 59),
			[]time.Time{utcTime(2026, 11, 27, 7, 0), utcTime(2026, 11, 30, 7, 0)}},
		{"strictly after a fire", "0 8 * * 1-5", "Europe/Berlin", utcTime(2026, 11, 27, 7, 0),
			[]time.Time{utcTime(2026, 11, 30, 7, 0)}},
		{"a second before a fire", "0 8 * * 1-5", "Europe/Berlin", utcTime(2026, 11, 27, 7, 0).Add(-time.Second / 2),
			[]time.Time{utcTime(2026, 11, 27, 7, 0)}},
		{"weekdays by name", "0 8 * * mon-fri", "Europe/Berlin", utcTime(2026, 11, 28, 12, 0),
			[]time.Time{utcTime(2026, 11, 30, 7, 0)}},
		{"summer in Berlin", "0 8 * * *", "Europe/Berlin", utcTime(2026, 6, 10, 12, 0),
			[]time.Time{utcTime(2026, 6, 11, 6, 0)}},
		{"UTC by default", "30 9 * * *", "", utcTime(2026, 6, 10, 12, 0),
			[]time.Time{utcTime(2026, 6, 11, 9, 30)}},
		{"New York, summer time starts", "0 8 * * *", "America/New_York", utcTime(2026, 3, 6, 14, 0),
			[]time.Time{utcTime(2026, 3, 7, 13, 0), utcTime(2026, 3, 8, 12, 0), utcTime(2026, 3, 9, 12, 0)}},
		{"New York, summer time ends", "0 8 * * *", "America/New_York", utcTime(2026, 10, 30, 14, 0),
			[]time.Time{utcTime(2026, 10, 31, 12, 0), utcTime(2026, 11, 1, 13, 0), utcTime(2026, 11, 2, 13, 0)}},
		// 2026-03-08 02:00 EST jumps to 03:00 EDT (07:00 UTC): 02:30 fires at the jump.
		{"New York, time in the skipped hour", "30 2 * * *", "America/New_York", utcTime(2026, 3, 7, 12, 0),
			[]time.Time{utcTime(2026, 3, 8, 7, 0), utcTime(2026, 3, 9, 6, 30)}},
		// 2026-11-01 02:00 EDT goes back to 01:00 EST (06:00 UTC): 01:30 fires once.
		{"New York, time in the repeated hour", "30 1 * * *", "America/New_York", utcTime(2026, 10, 31, 12, 0),
			[]time.Time{utcTime(2026, 11, 1, 5, 30), utcTime(2026, 11, 2, 6, 30)}},
		{"New York, hourly over the repeated hour", "@hourly", "America/New_York", utcTime(2026, 11, 1, 4, 30),
			[]time.Time{utcTime(2026, 11, 1, 5, 0), utcTime(2026, 11, 1, 7, 0), utcTime(2026, 11, 1, 8, 0)}},
		{"New York, hourly over the skipped hour", "@hourly", "America/New_York", utcTime(2026, 3, 8, 5, 30),
			[]time.Time{utcTime(2026, 3, 8, 6, 0), utcTime(2026, 3, 8, 7, 0), utcTime(2026, 3, 8, 8, 0)}},
		// 2026-03-29 02:00 CET jumps to 03:00 CEST (01:00 UTC).
		{"Berlin, time in the skipped hour", "30 2 * * *", "Europe/Berlin", utcTime(2026, 3, 28, 12, 0),
			[]time.Time{utcTime(2026, 3, 29, 1, 0), utcTime(2026, 3, 30, 0, 30)}},
		{"Berlin, skipped hour on another day", "30 2 * * 1", "Europe/Berlin", utcTime(2026, 3, 28, 12, 0),
			[]time.Time{utcTime(2026, 3, 30, 0, 30)}},
		{"Berlin, time in the repeated hour", "30 2 * * *", "Europe/Berlin", utcTime(2026, 10, 24, 12, 0),
			[]time.Time{utcTime(2026, 10, 25, 0, 30), utcTime(2026, 10, 26, 1, 30)}},
		{"@daily", "@daily", "", utcTime(2026, 6, 10, 12, 0), []time.Time{utcTime(2026, 6, 11, 0, 0)}},
		{"@midnight in Berlin", "@midnight", "Europe/Berlin", utcTime(2026, 6, 10, 12, 0), []time.Time{utcTime(2026, 6, 10, 22, 0)}},
		{"@hourly", "@hourly", "", utcTime(2026, 6, 10, 12, 0), []time.Time{utcTime(2026, 6, 10, 13, 0), utcTime(2026, 6, 10, 14, 0)}},
		{"@weekly is Sunday", "@weekly", "", utcTime(2026, 6, 10, 12, 0), []time.Time{utcTime(2026, 6, 14, 0, 0)}},
		{"@monthly", "@monthly", "", utcTime(2026, 6, 10, 12, 0), []time.Time{utcTime(2026, 7, 1, 0, 0)}},
		{"@yearly", "@yearly", "", utcTime(2026, 6, 10, 12, 0), []time.Time{utcTime(2027, 1, 1, 0, 0)}},
		{"@annually in upper case", "@ANNUALLY", "", utcTime(2026, 6, 10, 12, 0), []time.Time{utcTime(2027, 1, 1, 0, 0)}},
		{"every 15 minutes", "*/15 * * * *", "", utcTime(2026, 6, 10, 12, 50), []time.Time{utcTime(2026, 6, 10, 13, 0), utcTime(2026, 6, 10, 13, 15)}},
		{"29 February", "0 0 29 2 *", "", utcTime(2026, 6, 10, 12, 0), []time.Time{utcTime(2028, 2, 29, 0, 0), utcTime(2032, 2, 29, 0, 0)}},
		{"day of month or day of week", "0 8 13 * 5", "", utcTime(2026, 11, 10, 12, 0),
			[]time.Time{utcTime(2026, 11, 13, 8, 0), utcTime(2026, 11, 20, 8, 0), utcTime(2026, 11, 27, 8, 0), utcTime(2026, 12, 4, 8, 0)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ParseDigestSchedule(tt.expr, tt.zone)
			if err != nil {
				t.Fatalf("ParseDigestSchedule(%q, %q): %v", tt.expr, tt.zone, err)
			}
			after := tt.after
			for i, want := range tt.want {
				got := d.Next(after)
				if !got.Equal(want) {
					t.Fatalf("fire %d after %s: got %s, want %s", i+1, after, got.UTC(), want)
				}
				if got.Location() != after.Location() {
					t.Errorf("got a time in %s, want %s", got.Location(), after.Location())
				}
				after = got
			}
		})
	}
}

func TestDigestScheduleNextInAfterLocation(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skip(err)
	}
	d, err := ParseDigestSchedule("0 8 * * *", "Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	got := d.Next(time.Date(2026, 6, 10, 9, 0, 0, 0, berlin))
	if want := time.Date(2026, 6, 11, 8, 0, 0, 0, berlin); !got.Equal(want) || got.Location() != berlin {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestDigestScheduleString(t *testing.T) {
	tests := []struct {
		expr, zone, want, wantExpr, wantZone string
	}{
		{"0 8 * * 1-5", "Europe/Berlin", "0 8 * * 1-5 in Europe/Berlin", "0 8 * * 1-5", "Europe/Berlin"},
		{"  0   8 *  * 1-5 ", "", "0 8 * * 1-5 in UTC", "0 8 * * 1-5", "UTC"},
		{"@Daily", "America/New_York", "@daily in America/New_York", "@daily", "America/New_York"},
	}
	for _, tt := range tests {
		d, err := ParseDigestSchedule(tt.expr, tt.zone)
		if err != nil {
			t.Fatalf("ParseDigestSchedule(%q, %q): %v", tt.expr, tt.zone, err)
		}
		if d.String() != tt.want || d.Expr() != tt.wantExpr || d.Zone() != tt.wantZone {
			t.Errorf("%q %q: got %q, %q, %q; want %q, %q, %q", tt.expr, tt.zone, d, d.Expr(), d.Zone(), tt.want, tt.wantExpr, tt.wantZone)
		}
	}
	var zero DigestSchedule
	if zero.String() != "never" || !zero.Next(time.Now()).IsZero() {
		t.Errorf("zero DigestSchedule: %q, next %s; want never, zero", zero, zero.Next(time.Now()))
	}
}

func TestDigestScheduleRejects(t *testing.T) {
	tests := []struct {
		expr, zone, wantErr string
	}{
		{"0 8 * *", "", `bad schedule "0 8 * *": expected 5 fields (minute hour day-of-month month day-of-week), e.g. "0 8 * * 1-5"`},
		{"0 0 8 * * 1-5", "", "expected 5 fields"},
		{"", "", `bad schedule "": use a cron expression such as "0 8 * * 1-5" (08:00 on weekdays) or @daily`},
		{"   ", "", "use a cron expression such as"},
		{"@every 1h", "", `bad schedule "@every 1h": @every is not supported; use a cron expression such as "0 */2 * * *" or @hourly, @daily, @weekly`},
		{"@every 20m", "", "@every is not supported"},
		{"@EVERY 1h", "", "@every is not supported"},
		{"CRON_TZ=Europe/Berlin 0 8 * * *", "", `bad schedule "CRON_TZ=Europe/Berlin 0 8 * * *": leave the time zone out and set it with the zone option, e.g. "0 8 * * 1-5"`},
		{"TZ=UTC 0 8 * * *", "", "leave the time zone out"},
		{"tz=UTC 0 8 * * *", "", "leave the time zone out"},
		{"TZ=UTC", "", "leave the time zone out"},
		{"@fortnightly", "", `bad schedule "@fortnightly": unknown shortcut (use @hourly, @daily, @weekly, @monthly or @yearly)`},
		{"@reboot", "", "unknown shortcut"},
		{"@", "", "unknown shortcut"},
		{"61 8 * * *", "", `bad schedule "61 8 * * *": the minute field "61" is not valid: use 0-59, e.g. 0, 0,30 or */15`},
		{"0 24 * * *", "", `the hour field "24" is not valid: use 0-23`},
		{"0 8 0 * *", "", `the day-of-month field "0" is not valid: use 1-31`},
		{"0 8 32 * *", "", `the day-of-month field "32" is not valid`},
		{"0 8 * 13 *", "", `the month field "13" is not valid: use 1-12 or jan-dec`},
		{"0 8 * * 7", "", `the day-of-week field "7" is not valid: use 0-6 or sun-sat with 0 for Sunday, e.g. 1-5 or mon-fri`},
		{"0 8 * * mon-fry", "", `the day-of-week field "mon-fry" is not valid`},
		{"a b c d e", "", `the minute field "a" is not valid`},
		{"*/0 * * * *", "", `the minute field "*/0" is not valid`},
		{"5-1 * * * *", "", `the minute field "5-1" is not valid`},
		{"-1 * * * *", "", `the minute field "-1" is not valid`},
		{"1-2-3 * * * *", "", `the minute field "1-2-3" is not valid`},
		{"0 0 30 2 *", "", `bad schedule "0 0 30 2 *": it never fires (is the date real?); e.g. "0 8 1 * *" is 08:00 on the 1st of each month`},
		{"0 0 31 4,6 *", "", "it never fires"},
		{"* * * * *", "", `bad schedule "* * * * *": it fires 1 min apart; vendorwatch sends a digest at most every 15 minutes, e.g. "*/15 * * * *" or @hourly`},
		{"*/5 * * * *", "", "it fires 5 min apart; vendorwatch sends a digest at most every 15 minutes"},
		{"*/14 * * * *", "", "a digest at most every 15 minutes"},
		{"0,10 8 * * *", "", "it fires 10 min apart"},
		{"* 8 1 1 *", "", "it fires 1 min apart"},
		{"*/5 * * 12 *", "", "it fires 5 min apart"},
		{"0,55 0,23 * * *", "", "it fires 5 min apart"}, // 23:55, then 00:00
		{"@daily", "Europe/Berln", `unknown time zone "Europe/Berln" (use an IANA name such as Europe/Berlin or America/New_York)`},
		{"@daily", "Local", `unknown time zone "Local"`},
		{"61 8 * * *", "Europe/Berln", `the minute field "61" is not valid`},
	}
	for _, tt := range tests {
		t.Run(tt.expr, func(t *testing.T) {
			d, err := ParseDigestSchedule(tt.expr, tt.zone)
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("ParseDigestSchedule(%q, %q) = %v, %v; want error containing %q", tt.expr, tt.zone, d, err, tt.wantErr)
			}
		})
	}
}
