package main

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestScheduleCommand(t *testing.T) {
	friday := func() time.Time { return time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC) }
	var out, errOut bytes.Buffer
	if err := cmdSchedule([]string{"--tz", "Europe/Berlin", "-n", "2", "0 8 * * 1-5"}, &out, &errOut, friday); err != nil {
		t.Fatalf("schedule: %v\n%s", err, errOut.String())
	}
	want := "0 8 * * 1-5 in Europe/Berlin: next 2 digests\n" +
		"  Mon 2026-11-30 08:00 CET  (2026-11-30 07:00 UTC)\n" +
		"  Tue 2026-12-01 08:00 CET  (2026-12-01 07:00 UTC)\n"
	if out.String() != want {
		t.Errorf("schedule printed\n%s\nwant\n%s", out.String(), want)
	}

	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--tz", "Europe/Berln", "0 8 * * 1-5"}, `unknown time zone "Europe/Berln"`},
		{[]string{"0 8 * *"}, "expected 5 fields"},
		{[]string{"* * * * *"}, "15 minutes"},
		{[]string{}, "want one cron expression"},
		{[]string{"-n", "0", "@daily"}, "between 1 and 100"},
	} {
		out.Reset()
		err := cmdSchedule(c.args, &out, &errOut, friday)
		var ex exitError
		if !errors.As(err, &ex) || ex.code != 2 || !strings.Contains(ex.msg, c.want) {
			t.Errorf("schedule %q: %v, want exit 2 mentioning %q", c.args, err, c.want)
		}
	}
}
