package bot

import (
	"strings"
	"testing"
	"time"
)

func TestParseMuteDuration(t *testing.T) {
	const (
		d = 24 * time.Hour
		w = 7 * d
	)
	tests := []struct {
		in      string
		want    time.Duration
		wantErr string
	}{
		{"30m", 30 * time.Minute, ""},
		{"2h", 2 * time.Hour, ""},
		{"1d", d, ""},
		{"1w", w, ""},
		{"1d12h", d + 12*time.Hour, ""},
		{"1w2d3h4m", w + 2*d + 3*time.Hour + 4*time.Minute, ""},
		{"90 min", 90 * time.Minute, ""},
		{"2 hours", 2 * time.Hour, ""},
		{"3 days", 3 * d, ""},
		{"1 day", d, ""},
		{"1 hour 30 minutes", 90 * time.Minute, ""},
		{"1 day and 12 hours", d + 12*time.Hour, ""},
		{"1d, 12h", d + 12*time.Hour, ""},
		{"  2H  ", 2 * time.Hour, ""},
		{"3 DAYS", 3 * d, ""},
		{"2 Weeks", 2 * w, ""},
		{"1.5h", 90 * time.Minute, ""},
		{".5d", 12 * time.Hour, ""},
		{"90s", 90 * time.Second, ""},
		{"60 seconds", time.Minute, ""},
		{"1m", time.Minute, ""},
		{"365d", 365 * d, ""},
		{"1y", 365 * d, ""},
		{"52w", 52 * w, ""},
		{"2 hrs", 2 * time.Hour, ""},

		{"", 0, `bad duration "": use e.g. 30m, 2h, 3d or 1w`},
		{"abc", 0, `bad duration "abc": use e.g. 30m, 2h, 3d or 1w`},
		{"-5m", 0, `bad duration "-5m": use e.g. 30m, 2h, 3d or 1w`},
		{"h", 0, "use e.g. 30m, 2h, 3d or 1w"},
		{"5 µs", 0, "use e.g. 30m, 2h, 3d or 1w"},
		{"1.2.3h", 0, "use e.g. 30m, 2h, 3d or 1w"},
		{".h", 0, "use e.g. 30m, 2h, 3d or 1w"},
		{"30", 0, `bad duration "30": add a unit, e.g. 30m, 30h or 30d`},
		{"1h30", 0, `bad duration "1h30": add a unit, e.g. 30m, 30h or 30d`},
		{"3 months", 0, `bad duration "3 months": unknown unit "months" (use min, h, d or w, e.g. 30m, 2h, 3d or 1w)`},
		{"2 fortnights", 0, `unknown unit "fortnights"`},
		{"and 5m", 0, "use e.g. 30m, 2h, 3d or 1w"},
		{"30s", 0, `bad duration "30s": the duration must be between 1 minute and 365 days`},
		{"0m", 0, "the duration must be between 1 minute and 365 days"},
		{"366d", 0, "the duration must be between 1 minute and 365 days"},
		{"53w", 0, "the duration must be between 1 minute and 365 days"},
		{"2y", 0, "the duration must be between 1 minute and 365 days"},
		{"99999999999999999999999d", 0, "the duration must be between 1 minute and 365 days"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseMuteDuration(tt.in)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("got %s, %v; want error containing %q", got, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("got error %v", err)
			}
			if got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func TestMuteDurationHuman(t *testing.T) {
	tests := []struct {
		d    time.Duration
		want string
	}{
		{45 * time.Minute, "45 min"},
		{2 * time.Hour, "2 h"},
		{3 * 24 * time.Hour, "3 days"},
		{36 * time.Hour, "1 day 12 h"},
		{24 * time.Hour, "1 day"},
		{7 * 24 * time.Hour, "7 days"},
		{90 * time.Minute, "1 h 30 min"},
		{25*time.Hour + 5*time.Minute, "1 day 1 h 5 min"},
		{2*24*time.Hour + 10*time.Minute, "2 days 10 min"},
		{365 * 24 * time.Hour, "365 days"},
		{time.Minute, "1 min"},
		{89 * time.Second, "1 min"},
		{90 * time.Second, "2 min"},
		{59*time.Second + 600*time.Millisecond, "1 min"},
		{2*time.Hour - 20*time.Second, "2 h"},
		{30 * time.Second, "30 s"},
		{0, "0 s"},
		{-5 * time.Minute, "0 s"},
	}
	for _, tt := range tests {
		if got := HumanDuration(tt.d); got != tt.want {
			t.Errorf("HumanDuration(%s) = %q, want %q", tt.d, got, tt.want)
		}
	}
}

// Whatever ParseMuteDuration accepts, HumanDuration can say.
func TestMuteDurationRoundTrip(t *testing.T) {
	for _, in := range []string{"30m", "2h", "1d", "1w", "1d12h", "90 min", "365d"} {
		d, err := ParseMuteDuration(in)
		if err != nil {
			t.Fatalf("%s: %v", in, err)
		}
		back, err := ParseMuteDuration(HumanDuration(d))
		if err != nil || back != d {
			t.Errorf("%s: HumanDuration %q parses as %s, %v; want %s", in, HumanDuration(d), back, err, d)
		}
	}
}
