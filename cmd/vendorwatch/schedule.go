package main

import (
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/vendorwatch/vendorwatch/bot"
)

// cmdSchedule prints a digest schedule's next fire times, so that a user
// can check a cron expression and zone before putting them in /subscribe.
// It is the same parser and clock arithmetic the bot uses.
func cmdSchedule(args []string, stdout, stderr io.Writer, now func() time.Time) error {
	fs := flag.NewFlagSet("schedule", flag.ContinueOnError)
	fs.SetOutput(stderr)
	zone := fs.String("tz", "", "IANA time zone, e.g. Europe/Berlin (default: UTC)")
	count := fs.Int("n", 5, "how many fire times to print")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return exitError{code: 2}
	}
	if len(pos) != 1 {
		return usageError(`schedule: want one cron expression, e.g. vendorwatch schedule --tz Europe/Berlin "0 8 * * 1-5"`)
	}
	if *count < 1 || *count > 100 {
		return usageError("schedule: -n must be between 1 and 100")
	}
	s, err := bot.ParseDigestSchedule(pos[0], *zone)
	if err != nil {
		return exitError{code: 2, msg: "schedule: " + err.Error()}
	}
	loc := time.UTC
	if z := s.Zone(); z != "" {
		if loc, err = time.LoadLocation(z); err != nil {
			return exitError{code: 2, msg: "schedule: " + err.Error()}
		}
	}
	fmt.Fprintf(stdout, "%s: next %d digests\n", s, *count)
	t := now()
	for range *count {
		t = s.Next(t)
		fmt.Fprintf(stdout, "  %s  (%s UTC)\n", t.In(loc).Format("Mon 2006-01-02 15:04 MST"), t.UTC().Format("2006-01-02 15:04"))
	}
	return nil
}
