package trust

import (
	"strings"
	"testing"
	"time"
)

func mustZone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Skipf("time zone data for %s not available: %v", name, err)
	}
	return loc
}

func TestLoadZone(t *testing.T) {
	mustZone(t, "Europe/Berlin")
	tests := []struct {
		name    string
		want    string // location name; "" when an error is expected
		wantErr string
	}{
		{"", "UTC", ""},
		{"  ", "UTC", ""},
		{"UTC", "UTC", ""},
		{"Europe/Berlin", "Europe/Berlin", ""},
		{" America/New_York ", "America/New_York", ""},
		{"Local", "", `unknown time zone "Local" (use an IANA name such as Europe/Berlin or America/New_York)`},
		{"local", "", `unknown time zone "local"`},
		{"Europe/Berln", "", `unknown time zone "Europe/Berln" (use an IANA name such as Europe/Berlin or America/New_York)`},
		{"../../etc/passwd", "", "unknown time zone"},
		{"/etc/localtime", "", "unknown time zone"},
		{"CEST", "", "unknown time zone"},
		// Other spellings of Europe/Berlin, which a zoneinfo directory
		// would load, each a new cache entry.
		{"Europe//Berlin", "", "unknown time zone"},
		{"Europe/./Berlin", "", "unknown time zone"},
		{"./Europe/Berlin", "", "unknown time zone"},
		{"Europe/Berlin/", "", "unknown time zone"},
		{"Etc/GMT+5", "Etc/GMT+5", ""},
		{"America/Port-au-Prince", "America/Port-au-Prince", ""},
		{"America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for range 2 { // the second time from the cache
				loc, err := LoadZone(tt.name)
				if tt.wantErr != "" {
					if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
						t.Fatalf("got %v, %v; want error containing %q", loc, err, tt.wantErr)
					}
					continue
				}
				if err != nil {
					t.Fatalf("got error %v", err)
				}
				if loc.String() != tt.want {
					t.Errorf("got %s, want %s", loc, tt.want)
				}
			}
		})
	}
}

func TestParseQuietHours(t *testing.T) {
	tests := []struct {
		spec       string
		start, end int
		wantErr    string
	}{
		{"22:00-07:00", 22 * 60, 7 * 60, ""},
		{"22-7", 22 * 60, 7 * 60, ""},
		{"22:00–07:00", 22 * 60, 7 * 60, ""},
		{"22:00—07:00", 22 * 60, 7 * 60, ""},
		{"  22:00 - 07:00  ", 22 * 60, 7 * 60, ""},
		{"9:30-17:45", 9*60 + 30, 17*60 + 45, ""},
		{"00:00-06:00", 0, 6 * 60, ""},
		{"23:59-00:00", 1439, 0, ""},
		{"10pm-7am", 22 * 60, 7 * 60, ""},
		{"10:30 PM - 6 AM", 22*60 + 30, 6 * 60, ""},
		{"12am-12pm", 0, 12 * 60, ""},
		{"22:00-22:00", 0, 0, `bad quiet hours "22:00-22:00": quiet hours must not start and end at the same time`},
		{"0-0:00", 0, 0, "must not start and end at the same time"},
		{"", 0, 0, `bad quiet hours "": use HH:MM-HH:MM, e.g. 22:00-07:00`},
		{"22:00", 0, 0, `bad quiet hours "22:00": use HH:MM-HH:MM, e.g. 22:00-07:00`},
		{"22:00 to 07:00", 0, 0, `use HH:MM-HH:MM, e.g. 22:00-07:00`},
		{"-07:00", 0, 0, "a time is missing"},
		{"22:00-", 0, 0, "a time is missing"},
		{"24:00-07:00", 0, 0, "hour 24 is out of range (0-23; write midnight as 00:00)"},
		{"22:00-25:00", 0, 0, `bad quiet hours "22:00-25:00": hour 25 is out of range (0-23)`},
		{"22:60-07:00", 0, 0, "minute 60 in \"22:60\" is out of range (0-59)"},
		{"22:0-07:00", 0, 0, `"22:0" is not a time of day (use HH:MM, e.g. 22:00-07:00)`},
		{"ab-cd", 0, 0, `"ab" is not a time of day`},
		{"123-7", 0, 0, "is not a time of day"},
		{"+1-7", 0, 0, "is not a time of day"},
		{"22:00-07:00-08:00", 0, 0, "is not a time of day"},
		{"13pm-7am", 0, 0, "hour 13 is out of range with pm (1-12)"},
		{"0am-7am", 0, 0, "hour 0 is out of range with am (1-12)"},
	}
	for _, tt := range tests {
		t.Run(tt.spec, func(t *testing.T) {
			start, end, err := ParseQuietHours(tt.spec)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("got %d, %d, %v; want error containing %q", start, end, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("got error %v", err)
			}
			if start != tt.start || end != tt.end {
				t.Errorf("got %d-%d, want %d-%d", start, end, tt.start, tt.end)
			}
		})
	}
}

func TestQuietActive(t *testing.T) {
	berlin := mustZone(t, "Europe/Berlin")
	night := QuietHours{Start: 22 * 60, End: 7 * 60, Zone: "Europe/Berlin"}
	day := QuietHours{Start: 9 * 60, End: 17 * 60}
	at := func(loc *time.Location, h, m, s int) time.Time { return time.Date(2026, 6, 10, h, m, s, 0, loc) }
	tests := []struct {
		name string
		q    QuietHours
		t    time.Time
		want bool
	}{
		{"night before start", night, at(berlin, 21, 59, 59), false},
		{"night at start", night, at(berlin, 22, 0, 0), true},
		{"night before midnight", night, at(berlin, 23, 59, 59), true},
		{"night at midnight", night, at(berlin, 0, 0, 0), true},
		{"night before end", night, at(berlin, 6, 59, 59), true},
		{"night at end", night, at(berlin, 7, 0, 0), false},
		{"night midday", night, at(berlin, 12, 0, 0), false},
		{"night in Berlin, t in UTC", night, at(time.UTC, 20, 30, 0), true}, // 22:30 CEST
		{"night in Berlin, t in UTC before", night, at(time.UTC, 19, 59, 0), false},
		{"day in UTC at start", day, at(time.UTC, 9, 0, 0), true},
		{"day in UTC at end", day, at(time.UTC, 17, 0, 0), false},
		{"day in UTC before start", day, at(time.UTC, 8, 59, 0), false},
		{"day zone is UTC for a Berlin t", day, at(berlin, 11, 30, 0), true},         // 09:30 UTC
		{"day zone is UTC for a Berlin t, before", day, at(berlin, 10, 0, 0), false}, // 08:00 UTC
		{"day zone is UTC for a Berlin t 2", day, at(berlin, 19, 30, 0), false},      // 17:30 UTC
		{"not set", QuietHours{Start: 60, End: 60}, at(time.UTC, 1, 0, 0), false},
		{"whole day but a minute", QuietHours{Start: 0, End: 1439}, at(time.UTC, 23, 58, 0), true},
		{"whole day but a minute, last", QuietHours{Start: 0, End: 1439}, at(time.UTC, 23, 59, 0), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.q.Active(tt.t)
			if err != nil {
				t.Fatalf("got error %v", err)
			}
			if got != tt.want {
				t.Errorf("Active(%s) = %v, want %v", tt.t, got, tt.want)
			}
		})
	}
}

func TestQuietErrors(t *testing.T) {
	now := time.Date(2026, 6, 10, 23, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		q       QuietHours
		wantErr string
	}{
		{"bad zone", QuietHours{Start: 0, End: 60, Below: SeverityHigh, Zone: "Mars/Olympus"}, `unknown time zone "Mars/Olympus"`},
		{"local zone", QuietHours{Start: 0, End: 60, Below: SeverityHigh, Zone: "Local"}, `unknown time zone "Local"`},
		{"start out of range", QuietHours{Start: 1440, End: 60, Below: SeverityHigh}, "quiet hours 1440-60 out of range (minutes after midnight, 0-1439)"},
		{"end negative", QuietHours{Start: 0, End: -1, Below: SeverityHigh}, "out of range"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := tt.q.Active(now); err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("Active: got %v, want error containing %q", err, tt.wantErr)
			}
			if _, err := tt.q.EndAfter(now); err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("EndAfter: got %v, want error containing %q", err, tt.wantErr)
			}
			if _, err := tt.q.Holds(SeverityLow, now); err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("Holds: got %v, want error containing %q", err, tt.wantErr)
			}
		})
	}
}

func TestQuietEndAfter(t *testing.T) {
	berlin := mustZone(t, "Europe/Berlin")
	ny := mustZone(t, "America/New_York")
	utc := func(y int, mo time.Month, d, h, m int) time.Time { return time.Date(y, mo, d, h, m, 0, 0, time.UTC) }
	q := func(spec, zone string) QuietHours {
		s, e, err := ParseQuietHours(spec)
		if err != nil {
			t.Fatal(err)
		}
		return QuietHours{Start: s, End: e, Below: SeverityHigh, Zone: zone}
	}
	tests := []struct {
		name string
		q    QuietHours
		t    time.Time
		want time.Time
	}{
		{"before midnight", q("22:00-07:00", "Europe/Berlin"), time.Date(2026, 6, 10, 23, 15, 0, 0, berlin), time.Date(2026, 6, 11, 7, 0, 0, 0, berlin)},
		{"after midnight", q("22:00-07:00", "Europe/Berlin"), time.Date(2026, 6, 11, 3, 0, 0, 0, berlin), time.Date(2026, 6, 11, 7, 0, 0, 0, berlin)},
		{"at start", q("22:00-07:00", "Europe/Berlin"), time.Date(2026, 6, 10, 22, 0, 0, 0, berlin), time.Date(2026, 6, 11, 7, 0, 0, 0, berlin)},
		{"seconds before end", q("22:00-07:00", "Europe/Berlin"), time.Date(2026, 6, 11, 6, 59, 59, 500, berlin), time.Date(2026, 6, 11, 7, 0, 0, 0, berlin)},
		{"not quiet returns t", q("22:00-07:00", "Europe/Berlin"), time.Date(2026, 6, 11, 7, 0, 0, 0, berlin), time.Date(2026, 6, 11, 7, 0, 0, 0, berlin)},
		{"same day period", q("09:00-17:30", ""), utc(2026, 6, 10, 9, 0), utc(2026, 6, 10, 17, 30)},
		{"across the end of a month and year", q("23:00-01:00", ""), utc(2026, 12, 31, 23, 30), utc(2027, 1, 1, 1, 0)},
		{"t in another zone", q("22:00-07:00", "Europe/Berlin"), utc(2026, 6, 10, 21, 0), utc(2026, 6, 11, 5, 0)},
		{"not set returns t", QuietHours{Start: 5, End: 5}, utc(2026, 6, 10, 0, 0), utc(2026, 6, 10, 0, 0)},

		// Europe/Berlin, 2026-03-29: 02:00 CET becomes 03:00 CEST (01:00 UTC).
		{"spring, end after the gap", q("22:00-07:00", "Europe/Berlin"), utc(2026, 3, 28, 22, 0), time.Date(2026, 3, 29, 7, 0, 0, 0, berlin)},
		{"spring, end after the gap is 5 UTC", q("22:00-07:00", "Europe/Berlin"), utc(2026, 3, 28, 22, 0), utc(2026, 3, 29, 5, 0)},
		{"spring, end in the gap", q("22:00-02:30", "Europe/Berlin"), utc(2026, 3, 28, 23, 10), utc(2026, 3, 29, 1, 0)},
		{"spring, end at the gap's start", q("22:00-02:00", "Europe/Berlin"), utc(2026, 3, 28, 23, 10), utc(2026, 3, 29, 1, 0)},
		{"spring, end at the gap's end", q("22:00-03:00", "Europe/Berlin"), utc(2026, 3, 28, 23, 10), utc(2026, 3, 29, 1, 0)},
		{"spring, end after the gap by 15 min", q("22:00-03:15", "Europe/Berlin"), utc(2026, 3, 28, 23, 10), utc(2026, 3, 29, 1, 15)},
		// Europe/Berlin, 2026-10-25: 03:00 CEST becomes 02:00 CET (01:00 UTC),
		// so 02:00-03:00 comes twice: 00:00-01:00 UTC and 01:00-02:00 UTC.
		{"autumn, end after the repeat", q("22:00-07:00", "Europe/Berlin"), utc(2026, 10, 24, 21, 0), utc(2026, 10, 25, 6, 0)},
		{"autumn, end in the repeat, first time", q("22:00-02:30", "Europe/Berlin"), utc(2026, 10, 24, 23, 0), utc(2026, 10, 25, 0, 30)},
		{"autumn, end in the repeat, second time", q("02:00-02:30", "Europe/Berlin"), utc(2026, 10, 25, 1, 10), utc(2026, 10, 25, 1, 30)},
		{"autumn, period spans the repeat", q("02:00-03:00", "Europe/Berlin"), utc(2026, 10, 25, 0, 30), utc(2026, 10, 25, 2, 0)},
		// America/New_York, 2026-03-08 02:00 EST -> 03:00 EDT (07:00 UTC);
		// 2026-11-01 02:00 EDT -> 01:00 EST (06:00 UTC).
		{"New York spring, end in the gap", q("23:00-02:30", "America/New_York"), time.Date(2026, 3, 7, 23, 30, 0, 0, ny), utc(2026, 3, 8, 7, 0)},
		{"New York autumn, end in the repeat, first time", q("23:00-01:30", "America/New_York"), time.Date(2026, 10, 31, 23, 30, 0, 0, ny), utc(2026, 11, 1, 5, 30)},
		{"New York autumn, end in the repeat, second time", q("01:00-01:30", "America/New_York"), utc(2026, 11, 1, 6, 10), utc(2026, 11, 1, 6, 30)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.q.EndAfter(tt.t)
			if err != nil {
				t.Fatalf("got error %v", err)
			}
			if !got.Equal(tt.want) {
				t.Errorf("EndAfter(%s) = %s, want %s", tt.t.UTC(), got.UTC(), tt.want.UTC())
			}
			if active, _ := tt.q.Active(got); active {
				t.Errorf("Active(EndAfter(t)) = true at %s", got.UTC())
			}
			// Every minute from t until the end is quiet.
			for u := tt.t; u.Before(got); u = u.Add(time.Minute) {
				if active, _ := tt.q.Active(u); !active {
					t.Fatalf("not quiet at %s, before the end %s", u.UTC(), got.UTC())
				}
			}
		})
	}
}

func TestQuietHolds(t *testing.T) {
	mustZone(t, "Europe/Berlin")
	q := QuietHours{Start: 22 * 60, End: 7 * 60, Below: SeverityHigh, Zone: "Europe/Berlin"}
	in := time.Date(2026, 6, 10, 21, 0, 0, 0, time.UTC)  // 23:00 CEST
	out := time.Date(2026, 6, 10, 12, 0, 0, 0, time.UTC) // 14:00 CEST
	tests := []struct {
		name string
		q    QuietHours
		s    Severity
		t    time.Time
		want bool
	}{
		{"low in quiet", q, SeverityLow, in, true},
		{"medium in quiet", q, SeverityMedium, in, true},
		{"unknown in quiet", q, 0, in, true},
		{"high in quiet", q, SeverityHigh, in, false},
		{"critical in quiet", q, SeverityCritical, in, false},
		{"low outside", q, SeverityLow, out, false},
		{"not set", QuietHours{Start: 60, End: 60, Below: SeverityCritical}, SeverityLow, in, false},
		{"below unknown holds nothing", QuietHours{Start: 22 * 60, End: 7 * 60}, SeverityLow, in, false},
		{"below critical", QuietHours{Start: 20 * 60, End: 23 * 60, Below: SeverityCritical}, SeverityHigh, in, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.q.Holds(tt.s, tt.t)
			if err != nil {
				t.Fatalf("got error %v", err)
			}
			if got != tt.want {
				t.Errorf("Holds(%s, %s) = %v, want %v", tt.s, tt.t, got, tt.want)
			}
		})
	}
}

func TestQuietString(t *testing.T) {
	tests := []struct {
		q    QuietHours
		want string
	}{
		{QuietHours{Start: 22 * 60, End: 7 * 60, Below: SeverityHigh, Zone: "Europe/Berlin"}, "22:00–07:00 Europe/Berlin, below high"},
		{QuietHours{Start: 9*60 + 5, End: 17*60 + 30, Below: SeverityCritical}, "09:05–17:30 UTC, below critical"},
		{QuietHours{Start: 0, End: 1439, Below: SeverityMedium, Zone: "Asia/Tokyo"}, "00:00–23:59 Asia/Tokyo, below medium"},
		{QuietHours{}, "off"},
		{QuietHours{Start: 60, End: 60, Below: SeverityHigh}, "off"},
	}
	for _, tt := range tests {
		if got := tt.q.String(); got != tt.want {
			t.Errorf("%+v: got %q, want %q", tt.q, got, tt.want)
		}
	}
}
