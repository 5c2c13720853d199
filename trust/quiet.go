package trust

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
)

// zones caches loaded locations by name: time.LoadLocation reads and
// parses a zoneinfo file on every call. Only successes of names in IANA's
// spelling (zoneName) are cached, so that names typed by users cannot
// grow the cache without bound: read from a zoneinfo directory,
// "Europe//Berlin" and "Europe/./Berlin" load too, each a new spelling.
var zones sync.Map // string -> *time.Location

// zoneName reports whether name is spelled as IANA zone names are:
// slash-separated parts of letters, digits, '_', '-' and '+' ("Etc/GMT+5",
// "America/Port-au-Prince", "America/Argentina/Buenos_Aires").
func zoneName(name string) bool {
	for part := range strings.SplitSeq(name, "/") {
		if part == "" {
			return false
		}
		for _, r := range part {
			ok := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-' || r == '+'
			if !ok {
				return false
			}
		}
	}
	return true
}

// LoadZone returns the IANA time zone name, e.g. "Europe/Berlin"; ""
// means UTC. "Local" is refused: the server's zone means nothing to a
// Discord user and changes when the bot moves.
func LoadZone(name string) (*time.Location, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return time.UTC, nil
	}
	if l, ok := zones.Load(name); ok {
		return l.(*time.Location), nil
	}
	if strings.EqualFold(name, "Local") || !zoneName(name) {
		return nil, zoneError(name)
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, zoneError(name)
	}
	zones.Store(name, loc)
	return loc, nil
}

func zoneError(name string) error {
	return fmt.Errorf("unknown time zone %q (use an IANA name such as Europe/Berlin or America/New_York)", name)
}

// QuietHours is a daily period, in a time zone's wall-clock time, during
// which alerts below a severity are held. Start == End means no quiet
// hours. A period may cross midnight (22:00-07:00); Start is inclusive
// and End exclusive.
//
// On days when summer time starts or ends the wall clock decides: a
// quiet period whose end falls in the skipped hour ends when the clock
// jumps past it, and an hour that occurs twice is quiet both times if
// its wall-clock time is.
type QuietHours struct {
	Start, End int      // minutes after local midnight, 0..1439
	Below      Severity // alerts below this severity are held
	Zone       string   // IANA time zone name; "" means UTC
}

// Set reports whether quiet hours are configured, i.e. Start != End.
func (q QuietHours) Set() bool { return q.Start != q.End }

// ParseQuietHours reads a daily period such as "22:00-07:00", "22-7",
// "22:00–07:00" (en dash) or "10pm-7am" and returns its start and end in
// minutes after midnight.
func ParseQuietHours(spec string) (start, end int, err error) {
	bad := func(why string) (int, int, error) {
		return 0, 0, fmt.Errorf("bad quiet hours %q: %s", spec, why)
	}
	s := strings.TrimSpace(spec)
	if s == "" {
		return bad("use HH:MM-HH:MM, e.g. 22:00-07:00")
	}
	var a, b string
	var ok bool
	for _, sep := range []string{"-", "–", "—"} {
		if a, b, ok = strings.Cut(s, sep); ok {
			break
		}
	}
	if !ok {
		return bad("use HH:MM-HH:MM, e.g. 22:00-07:00")
	}
	if start, err = parseClock(a); err != nil {
		return bad(err.Error())
	}
	if end, err = parseClock(b); err != nil {
		return bad(err.Error())
	}
	if start == end {
		return 0, 0, fmt.Errorf("bad quiet hours %q: quiet hours must not start and end at the same time", spec)
	}
	return start, end, nil
}

// parseClock reads "7", "07:30", "7pm" or "7:30 am" as minutes after
// midnight.
func parseClock(s string) (int, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	want := fmt.Errorf("%q is not a time of day (use HH:MM, e.g. 22:00-07:00)", s)
	if s == "" {
		return 0, fmt.Errorf("a time is missing (use HH:MM, e.g. 22:00-07:00)")
	}
	ampm := ""
	if t, ok := strings.CutSuffix(s, "am"); ok {
		s, ampm = strings.TrimSpace(t), "am"
	} else if t, ok := strings.CutSuffix(s, "pm"); ok {
		s, ampm = strings.TrimSpace(t), "pm"
	}
	hs, ms, hasMin := strings.Cut(s, ":")
	if !digits(hs, 1, 2) || hasMin && !digits(ms, 2, 2) {
		return 0, want
	}
	h, _ := strconv.Atoi(hs)
	m := 0
	if hasMin {
		m, _ = strconv.Atoi(ms)
	}
	if m > 59 {
		return 0, fmt.Errorf("minute %d in %q is out of range (0-59)", m, s)
	}
	switch {
	case ampm != "":
		if h < 1 || h > 12 {
			return 0, fmt.Errorf("hour %d is out of range with %s (1-12)", h, ampm)
		}
		h %= 12
		if ampm == "pm" {
			h += 12
		}
	case h == 24 && m == 0:
		return 0, fmt.Errorf("hour 24 is out of range (0-23; write midnight as 00:00)")
	case h > 23:
		return 0, fmt.Errorf("hour %d is out of range (0-23)", h)
	}
	return h*60 + m, nil
}

func digits(s string, min, max int) bool {
	if len(s) < min || len(s) > max {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// check loads q's zone and checks its bounds.
func (q QuietHours) check() (*time.Location, error) {
	if q.Start < 0 || q.Start > 1439 || q.End < 0 || q.End > 1439 {
		return nil, fmt.Errorf("quiet hours %d-%d out of range (minutes after midnight, 0-1439)", q.Start, q.End)
	}
	return LoadZone(q.Zone)
}

// active reports whether t's wall-clock minute in loc is in the period.
func (q QuietHours) active(t time.Time, loc *time.Location) bool {
	if !q.Set() {
		return false
	}
	l := t.In(loc)
	m := l.Hour()*60 + l.Minute()
	if q.Start < q.End {
		return q.Start <= m && m < q.End
	}
	return m >= q.Start || m < q.End
}

// Active reports whether t falls in the quiet period, by the wall clock
// of q.Zone. It is false when quiet hours are not set.
func (q QuietHours) Active(t time.Time) (bool, error) {
	if !q.Set() {
		return false, nil
	}
	loc, err := q.check()
	if err != nil {
		return false, err
	}
	return q.active(t, loc), nil
}

// EndAfter returns when the quiet period containing t ends: the first
// instant at or after t that is not in quiet hours. That is the wall-clock
// End on the right day, except around changes of summer time: when End is
// skipped (Europe/Berlin, 2026-03-29, End 02:30) the period ends as the
// clock jumps to 03:00; when End occurs twice (2026-10-25, End 02:30) it is
// the first occurrence at or after t, and as 02:00-02:30 comes round a
// second time the period starts again. EndAfter returns t when t is not
// in quiet hours. time.Date is not used for the end: which of two
// occurrences of a wall-clock time it picks depends on the zone.
func (q QuietHours) EndAfter(t time.Time) (time.Time, error) {
	if !q.Set() {
		return t, nil
	}
	loc, err := q.check()
	if err != nil {
		return time.Time{}, err
	}
	u := t
	// Each step jumps to the wall-clock end as if the offset stayed the
	// same, or to the next offset change if that comes first, and looks
	// again; it moves forward every time, and within two days there are
	// at most a few offset changes.
	for q.active(u, loc) {
		l := u.In(loc)
		left := (q.End - (l.Hour()*60 + l.Minute()) + 1440) % 1440
		next := u.Truncate(time.Minute).Add(time.Duration(left) * time.Minute)
		if _, zend := l.ZoneBounds(); !zend.IsZero() && zend.After(u) && zend.Before(next) {
			next = zend
		}
		u = next
	}
	return u, nil
}

// Holds reports whether an alert of severity s arriving at t is held:
// quiet hours are set, t is in them, and s is below q.Below.
func (q QuietHours) Holds(s Severity, t time.Time) (bool, error) {
	if !q.Set() || s >= q.Below {
		return false, nil
	}
	return q.Active(t)
}

// String describes q, e.g. "22:00–07:00 Europe/Berlin, below high", or
// "off" when quiet hours are not set.
func (q QuietHours) String() string {
	if !q.Set() {
		return "off"
	}
	zone := q.Zone
	if zone == "" {
		zone = "UTC"
	}
	return fmt.Sprintf("%02d:%02d–%02d:%02d %s, below %s", q.Start/60, q.Start%60, q.End/60, q.End%60, zone, q.Below)
}
