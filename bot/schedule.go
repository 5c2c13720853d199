package bot

import (
	"fmt"
	"strings"
	"time"

	"github.com/robfig/cron/v3"
	"github.com/vendorwatch/vendorwatch/trust"
)

// digestMinGap is the shortest time allowed between two digests.
const digestMinGap = 15 * time.Minute

var digestParser = cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)

// digestFields name the five cron fields and say what each accepts.
var digestFields = [5]struct{ name, accepts string }{
	{"minute", "0-59, e.g. 0, 0,30 or */15"},
	{"hour", "0-23, e.g. 8, 8-18 or */2"},
	{"day-of-month", "1-31, e.g. 1 or 1,15"},
	{"month", "1-12 or jan-dec, e.g. 1-6"},
	{"day-of-week", "0-6 or sun-sat with 0 for Sunday, e.g. 1-5 or mon-fri"},
}

// DigestSchedule says when a channel's digest is posted: a cron expression
// read in a time zone. The zero value never fires.
type DigestSchedule struct {
	expr string
	zone string
	loc  *time.Location
	spec *cron.SpecSchedule
}

// ParseDigestSchedule reads a standard 5-field cron expression ("0 8 * *
// 1-5": 08:00 on weekdays) or a descriptor (@hourly, @daily, @midnight,
// @weekly, @monthly, @yearly, @annually) in the IANA time zone zone (""
// means UTC). It refuses @every and a CRON_TZ= or TZ= prefix (the zone is
// an option of its own), schedules that never fire, and schedules that
// fire more often than every 15 minutes.
func ParseDigestSchedule(expr, zone string) (DigestSchedule, error) {
	bad := func(format string, args ...any) (DigestSchedule, error) {
		return DigestSchedule{}, fmt.Errorf("bad schedule %q: "+format, append([]any{expr}, args...)...)
	}
	e := strings.Join(strings.Fields(expr), " ")
	upper := strings.ToUpper(e)
	switch {
	case e == "":
		return bad(`use a cron expression such as "0 8 * * 1-5" (08:00 on weekdays) or @daily`)
	case strings.HasPrefix(upper, "CRON_TZ=") || strings.HasPrefix(upper, "TZ="):
		return bad(`leave the time zone out and set it with the zone option, e.g. "0 8 * * 1-5"`)
	case strings.HasPrefix(e, "@"):
		e = strings.ToLower(e)
		if strings.HasPrefix(e, "@every") {
			return bad(`@every is not supported; use a cron expression such as "0 */2 * * *" or @hourly, @daily, @weekly`)
		}
		switch e {
		case "@hourly", "@daily", "@midnight", "@weekly", "@monthly", "@yearly", "@annually":
		default:
			return bad("unknown shortcut (use @hourly, @daily, @weekly, @monthly or @yearly)")
		}
	default:
		fields := strings.Fields(e)
		if len(fields) != 5 {
			return bad(`expected 5 fields (minute hour day-of-month month day-of-week), e.g. "0 8 * * 1-5"`)
		}
		// Each field alone, so that the error can name the bad one.
		for i, f := range fields {
			probe := []string{"*", "*", "*", "*", "*"}
			probe[i] = f
			if _, err := digestParser.Parse(strings.Join(probe, " ")); err != nil {
				return bad("the %s field %q is not valid: use %s", digestFields[i].name, f, digestFields[i].accepts)
			}
		}
	}
	parsed, err := digestParser.Parse(e)
	spec, ok := parsed.(*cron.SpecSchedule)
	if err != nil || !ok {
		return bad(`not a cron expression; use e.g. "0 8 * * 1-5"`)
	}
	loc, err := trust.LoadZone(zone)
	if err != nil {
		return DigestSchedule{}, err
	}
	c := *spec // the parser's schedule is ours to change, but copy to be sure
	c.Location = loc
	d := DigestSchedule{expr: e, zone: loc.String(), loc: loc, spec: &c}

	// From a fixed start, so that a schedule is accepted or refused the
	// same way every day of the year.
	prev := d.Next(time.Date(2026, 1, 1, 0, 0, 0, 0, loc))
	if prev.IsZero() {
		return bad(`it never fires (is the date real?); e.g. "0 8 1 * *" is 08:00 on the 1st of each month`)
	}
	for range 100 {
		next := d.Next(prev)
		if next.IsZero() {
			break
		}
		if gap := next.Sub(prev); gap < digestMinGap {
			return bad(`it fires %s apart; vendorwatch sends a digest at most every 15 minutes, e.g. "*/15 * * * *" or @hourly`, HumanDuration(gap))
		}
		prev = next
	}
	return d, nil
}

// Next returns the first time the digest fires strictly after after, in
// after's location; the zero time when it never does (within five years)
// or for the zero DigestSchedule. Fire times are wall-clock times in the
// schedule's zone. When summer time starts, a time in the skipped hour
// (02:30 in a zone that jumps from 02:00 to 03:00) fires at the jump
// instead of being skipped for the day; when it ends, a time in the hour
// that comes twice fires only the first time.
func (d DigestSchedule) Next(after time.Time) time.Time {
	if d.spec == nil {
		return time.Time{}
	}
	r := d.spec.Next(after)
	for !r.IsZero() && repeatedWallClock(r.In(d.loc)) {
		r = d.spec.Next(r)
	}
	if r.IsZero() {
		return r
	}
	// robfig/cron finds no wall-clock time in a gap left by the clock
	// jumping forward; look for one in every jump before r.
	for z := after.In(d.loc); ; {
		_, end := z.ZoneBounds()
		if end.IsZero() || !end.Before(r) {
			break
		}
		if d.firesInGap(end) {
			return end.In(after.Location())
		}
		z = end
	}
	return r
}

// repeatedWallClock reports whether t's wall-clock time came before, in
// the hour repeated when the clock went back.
func repeatedWallClock(t time.Time) bool {
	start, _ := t.ZoneBounds()
	if start.IsZero() {
		return false
	}
	_, now := t.Zone()
	_, before := start.Add(-time.Second).Zone()
	back := time.Duration(before-now) * time.Second
	return back > 0 && t.Sub(start) < back
}

// firesInGap reports whether the schedule has a wall-clock time skipped
// by the change of offset at instant change, if the clock jumps forward
// there.
func (d DigestSchedule) firesInGap(change time.Time) bool {
	_, after := change.In(d.loc).Zone()
	_, before := change.Add(-time.Second).In(d.loc).Zone()
	if after <= before {
		return false
	}
	// The skipped wall-clock times, read in the old offset.
	w := change.In(time.FixedZone("", before))
	for m := time.Duration(0); m < time.Duration(after-before)*time.Second; m += time.Minute {
		if d.matches(w.Add(m)) {
			return true
		}
	}
	return false
}

// cronStar is robfig/cron's flag for a field written as * or ?.
const cronStar = 1 << 63

// matches reports whether the wall-clock minute of t is in the schedule,
// with cron's rule that a restricted day of month and day of week match
// either.
func (d DigestSchedule) matches(t time.Time) bool {
	s := d.spec
	if 1<<uint(t.Minute())&s.Minute == 0 || 1<<uint(t.Hour())&s.Hour == 0 || 1<<uint(t.Month())&s.Month == 0 {
		return false
	}
	dom := 1<<uint(t.Day())&s.Dom != 0
	dow := 1<<uint(t.Weekday())&s.Dow != 0
	if s.Dom&cronStar != 0 || s.Dow&cronStar != 0 {
		return dom && dow
	}
	return dom || dow
}

// Expr returns the schedule's expression, with spaces normalised and a
// descriptor in lower case.
func (d DigestSchedule) Expr() string { return d.expr }

// Zone returns the name of the schedule's time zone ("UTC" for "").
func (d DigestSchedule) Zone() string { return d.zone }

// String returns the expression and the zone, e.g. "0 8 * * 1-5 in
// Europe/Berlin".
func (d DigestSchedule) String() string {
	if d.spec == nil {
		return "never"
	}
	return d.expr + " in " + d.zone
}
