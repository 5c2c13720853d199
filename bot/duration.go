package bot

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// The bounds of a mute; ParseMuteDuration's error states them in words.
const (
	muteMin = time.Minute
	muteMax = 365 * 24 * time.Hour
)

const durationDay = 24 * time.Hour

// durationUnits are the unit words a Discord user may type, in lower case.
var durationUnits = map[string]time.Duration{
	"s": time.Second, "sec": time.Second, "secs": time.Second, "second": time.Second, "seconds": time.Second,
	"m": time.Minute, "min": time.Minute, "mins": time.Minute, "minute": time.Minute, "minutes": time.Minute,
	"h": time.Hour, "hr": time.Hour, "hrs": time.Hour, "hour": time.Hour, "hours": time.Hour,
	"d": durationDay, "day": durationDay, "days": durationDay,
	"w": 7 * durationDay, "wk": 7 * durationDay, "wks": 7 * durationDay, "week": 7 * durationDay, "weeks": 7 * durationDay,
	"y": 365 * durationDay, "yr": 365 * durationDay, "year": 365 * durationDay, "years": 365 * durationDay,
}

// ParseMuteDuration reads a duration as people type it: "30m", "2h",
// "1d12h", "1.5h", "90 min", "2 hours", "1 day and 12 hours" (any case).
// It must be between 1 minute and 365 days.
func ParseMuteDuration(s string) (time.Duration, error) {
	usage := fmt.Errorf("bad duration %q: use e.g. 30m, 2h, 3d or 1w", s)
	in := strings.ToLower(strings.TrimSpace(s))
	if in == "" {
		return 0, usage
	}
	var total float64 // in nanoseconds; a float so that huge numbers cannot wrap
	for in != "" {
		in = strings.TrimLeft(in, " \t,")
		if rest, ok := strings.CutPrefix(in, "and "); ok && total > 0 {
			in = strings.TrimLeft(rest, " \t")
		}
		i := strings.IndexFunc(in, func(r rune) bool { return (r < '0' || r > '9') && r != '.' })
		if i == 0 {
			return 0, usage
		}
		if i < 0 {
			return 0, fmt.Errorf("bad duration %q: add a unit, e.g. %sm, %sh or %sd", s, in, in, in)
		}
		n, err := strconv.ParseFloat(in[:i], 64)
		if err != nil {
			return 0, usage
		}
		in = strings.TrimLeft(in[i:], " \t")
		j := strings.IndexFunc(in, func(r rune) bool { return r < 'a' || r > 'z' })
		if j < 0 {
			j = len(in)
		}
		unit, ok := durationUnits[in[:j]]
		if !ok {
			if j == 0 {
				return 0, usage
			}
			return 0, fmt.Errorf("bad duration %q: unknown unit %q (use min, h, d or w, e.g. 30m, 2h, 3d or 1w)", s, in[:j])
		}
		total += n * float64(unit)
		in = in[j:]
	}
	if total < float64(muteMin) || total > float64(muteMax) {
		return 0, fmt.Errorf("bad duration %q: the duration must be between 1 minute and 365 days", s)
	}
	return time.Duration(total).Round(time.Second), nil
}

// HumanDuration writes d for people: "45 min", "2 h", "3 days",
// "1 day 12 h". It rounds to the minute; under a minute it gives seconds,
// and a negative d gives "0 s".
func HumanDuration(d time.Duration) string {
	if d < time.Minute-time.Second/2 {
		return fmt.Sprintf("%d s", max(d, 0).Round(time.Second)/time.Second)
	}
	d = d.Round(time.Minute)
	days, h, m := d/durationDay, d%durationDay/time.Hour, d%time.Hour/time.Minute
	var parts []string
	switch {
	case days == 1:
		parts = append(parts, "1 day")
	case days > 1:
		parts = append(parts, fmt.Sprintf("%d days", days))
	}
	if h > 0 {
		parts = append(parts, fmt.Sprintf("%d h", h))
	}
	if m > 0 {
		parts = append(parts, fmt.Sprintf("%d min", m))
	}
	return strings.Join(parts, " ")
}
