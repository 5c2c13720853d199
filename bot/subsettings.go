package bot

import (
	"fmt"
	"strings"

	"github.com/vendorwatch/vendorwatch/trust"
)

// subSettings are /subscribe's delivery options as given: nil or false
// for an option left out, which keeps the subscription's setting.
type subSettings struct {
	any        bool // some setting was given
	minSev     *trust.Severity
	mode       string
	schedule   *string
	zone       *string
	pingRole   *string
	pingMin    *trust.Severity
	noPing     bool
	quietOff   bool
	quiet      *[2]int // start, end
	quietBelow *trust.Severity
	scope      string
	oss        *bool
	note       string // said after the description, e.g. a role that cannot be mentioned
}

// subscribeOptions are /subscribe's delivery options as plain values: nil
// (or false) for an option left out, and what parseSubSettings needs to
// know of the guild and of the ping role.
type subscribeOptions struct {
	minSeverity *string
	mode        *string
	schedule    *string
	tz          *string
	pingRole    *string // the role's ID; "" when the option is not a role
	pingMin     *string
	noPing      bool
	quiet       *string
	quietBelow  *string
	scope       *string
	oss         *bool

	guildID string // also the ID of the guild's @everyone role
	// roleResolved says that Discord sent the ping role with the
	// command; roleManaged and roleMentionable are then its flags.
	roleResolved    bool
	roleManaged     bool
	roleMentionable bool
}

// parseSubSettings reads and checks /subscribe's delivery options on their
// own; apply checks them against the subscription they change. The error
// is a sentence for the user.
func parseSubSettings(o subscribeOptions) (subSettings, error) {
	var set subSettings
	fail := func(format string, args ...any) (subSettings, error) {
		return subSettings{}, fmt.Errorf(format, args...)
	}
	severity := func(v *string) (*trust.Severity, bool) {
		if v == nil {
			return nil, true
		}
		s, err := trust.ParseSeverity(*v)
		return &s, err == nil
	}
	var ok bool
	if set.minSev, ok = severity(o.minSeverity); !ok {
		return fail("The minimum severity must be low, medium, high or critical.")
	}
	if set.pingMin, ok = severity(o.pingMin); !ok {
		return fail("ping_min must be low, medium, high or critical.")
	}
	if set.quietBelow, ok = severity(o.quietBelow); !ok {
		return fail("quiet_below must be medium, high or critical.")
	}
	if set.quietBelow != nil && *set.quietBelow <= trust.SeverityLow {
		return fail("quiet_below:low would hold nothing back (it holds alerts *below* it); pick medium, high or critical.")
	}
	if o.mode != nil {
		switch m := strings.ToLower(strings.TrimSpace(*o.mode)); m {
		case trust.ModeInstant, trust.ModeDigest:
			set.mode = m
		default:
			return fail("The mode must be instant or digest.")
		}
	}
	if o.schedule != nil {
		v := strings.TrimSpace(*o.schedule)
		if v == "" {
			return fail(`The schedule is empty; use a cron expression such as "0 8 * * 1-5" (08:00 on weekdays) or @daily.`)
		}
		set.schedule = &v
	}
	if o.tz != nil {
		v := *o.tz
		loc, err := trust.LoadZone(v)
		if err != nil || strings.TrimSpace(v) == "" {
			return fail("Unknown time zone %q: use an IANA name such as Europe/Berlin, America/New_York or UTC.", Truncate(v, 64))
		}
		zone := loc.String()
		set.zone = &zone
	}
	if o.pingRole != nil {
		id := *o.pingRole
		switch {
		case !snowflake(id):
			return fail("The ping_role option is not a role.")
		case id == o.guildID:
			return fail("vendorwatch never pings @everyone; pick or create a role for these alerts.")
		case o.roleResolved && o.roleManaged:
			return fail("<@&%s> belongs to an integration or bot and can't be a ping role; pick or create another role.", id)
		case o.roleResolved && !o.roleMentionable:
			set.note = "\nNote: <@&" + id + "> is not mentionable; unless vendorwatch may mention all roles, the mention will not notify anyone."
		}
		set.pingRole = &id
	}
	if o.noPing {
		if set.pingRole != nil || set.pingMin != nil {
			return fail("no_ping turns pings off; leave out ping_role and ping_min with it.")
		}
		set.noPing = true
	}
	if o.quiet != nil {
		v := *o.quiet
		switch strings.ToLower(strings.TrimSpace(v)) {
		case "off", "none", "no":
			if set.quietBelow != nil {
				return fail("quiet:off turns quiet hours off; leave out quiet_below with it.")
			}
			set.quietOff = true
		default:
			start, end, err := trust.ParseQuietHours(v)
			if err != nil {
				return fail("%s; or quiet:off to turn quiet hours off.", capitalise(err.Error()))
			}
			set.quiet = &[2]int{start, end}
		}
	}
	if o.scope != nil {
		switch v := strings.ToLower(strings.TrimSpace(*o.scope)); v {
		case trust.ScopeWatchlist, trust.ScopeAny:
			set.scope = v
		default:
			return fail("The scope must be watchlist or any.")
		}
	}
	set.oss = o.oss
	set.any = set.minSev != nil || set.mode != "" || set.schedule != nil || set.zone != nil || set.pingRole != nil ||
		set.pingMin != nil || set.noPing || set.quietOff || set.quiet != nil || set.quietBelow != nil ||
		set.scope != "" || set.oss != nil
	return set, nil
}

// apply returns s with the settings changed, or an error for the user
// when they do not fit together or with what s keeps: a digest needs a
// schedule, and pings and quiet hours are for instant alerts.
func (set subSettings) apply(s Subscription) (Subscription, error) {
	fail := func(format string, args ...any) (Subscription, error) {
		return Subscription{}, fmt.Errorf(format, args...)
	}
	if set.minSev != nil {
		s.MinSeverity = *set.minSev
	}
	if set.scope != "" {
		s.Scope = set.scope
	}
	if set.oss != nil {
		s.OSS = *set.oss
	}
	if set.zone != nil {
		s.Zone = *set.zone
	}
	mode := s.Mode
	switch {
	case set.mode != "":
		mode = set.mode
	case set.schedule != nil:
		mode = trust.ModeDigest // a schedule asks for a digest
	case mode == "":
		mode = trust.ModeInstant
	}
	if mode == trust.ModeDigest {
		switch {
		case set.pingRole != nil || set.pingMin != nil:
			return fail("Digests never ping a role: pings are for instant alerts (add mode:instant to switch).")
		case set.quiet != nil || set.quietBelow != nil:
			return fail("Quiet hours are for instant alerts; a digest already waits for its schedule (add mode:instant to switch).")
		}
		if set.schedule != nil {
			s.Schedule = *set.schedule
		}
		if s.Schedule == "" {
			return fail(`A digest needs a schedule, e.g. schedule:"0 8 * * 1-5" (08:00 on weekdays) with tz:Europe/Berlin.`)
		}
		sched, err := ParseDigestSchedule(s.Schedule, s.Zone)
		if err != nil {
			return fail("%s.", capitalise(err.Error()))
		}
		s.Schedule = sched.Expr()
		// A digest is one quiet message: no role ping, no quiet hours.
		s.PingRole, s.PingMin, s.Quiet = "", 0, trust.QuietHours{}
	} else {
		if set.schedule != nil {
			return fail("A schedule is for mode:digest; leave it out for instant alerts, or use mode:digest.")
		}
		s.Schedule = ""
		if set.noPing {
			s.PingRole, s.PingMin = "", 0
		}
		if set.pingRole != nil {
			if s.PingRole == "" {
				s.PingMin = trust.SeverityHigh
			}
			s.PingRole = *set.pingRole
		}
		if set.pingMin != nil {
			if s.PingRole == "" {
				return fail("ping_min says which alerts ping a role; name the role with ping_role.")
			}
			s.PingMin = *set.pingMin
		}
		if set.quietOff {
			s.Quiet = trust.QuietHours{}
		}
		if set.quiet != nil {
			if !s.Quiet.Set() {
				s.Quiet.Below = trust.SeverityHigh
			}
			s.Quiet.Start, s.Quiet.End = set.quiet[0], set.quiet[1]
		}
		if set.quietBelow != nil {
			if !s.Quiet.Set() {
				return fail(`quiet_below says which alerts wait out quiet hours; set them with quiet, e.g. quiet:"22:00-07:00".`)
			}
			s.Quiet.Below = *set.quietBelow
		}
		if s.Quiet.Set() && s.Quiet.Below <= trust.SeverityLow {
			s.Quiet.Below = trust.SeverityHigh
		}
		if set.zone != nil && !s.Quiet.Set() {
			return fail("tz is the time zone of a digest's schedule or of quiet hours, and this subscription has neither.")
		}
	}
	s.Mode = mode
	s.Quiet.Zone = s.Zone
	return s, nil
}

// snowflake reports whether s looks like a Discord ID.
func snowflake(s string) bool {
	if s == "" || len(s) > 20 {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// subscriptionChanges lists what differs between two versions of a
// subscription, one line each, e.g. "Pings: off → <@&1> at high or above".
func subscriptionChanges(old, new Subscription) []string {
	var out []string
	add := func(what, a, b string) {
		if a != b {
			out = append(out, what+": "+a+" → "+b)
		}
	}
	add("Minimum severity", old.MinSeverity.String(), new.MinSeverity.String())
	add("Vendors", scopeText(old), scopeText(new))
	add("Delivery", deliveryText(old), deliveryText(new))
	add("Pings", pingText(old), pingText(new))
	add("Quiet hours", quietText(old), quietText(new))
	return out
}

// zoneText is a subscription's time zone for a reader.
func zoneText(zone string) string {
	if zone == "" {
		return "UTC"
	}
	return Escape(zone)
}

func deliveryText(s Subscription) string {
	if s.Mode != trust.ModeDigest {
		return "each alert at once"
	}
	return "a digest at `" + s.Schedule + "` (" + zoneText(s.Zone) + ")"
}

func pingText(s Subscription) string {
	if s.PingRole == "" || s.Mode == trust.ModeDigest {
		return "off"
	}
	return "<@&" + s.PingRole + "> at " + s.PingMin.String() + " or above"
}

func quietText(s Subscription) string {
	q := s.Quiet
	if !q.Set() || s.Mode == trust.ModeDigest {
		return "off"
	}
	return fmt.Sprintf("%02d:%02d–%02d:%02d (%s), holding alerts below %s", q.Start/60, q.Start%60, q.End/60, q.End%60, zoneText(s.Zone), q.Below)
}

// scopeText says which vendors a subscription covers.
func scopeText(s Subscription) string {
	who := "every watched vendor"
	if s.Scope == trust.ScopeAny {
		who = "every vendor in the news"
	}
	if s.OSS {
		who += " and open-source package compromises"
	}
	return who
}

func describeSubscription(s Subscription) string {
	who := "alerts for " + scopeText(s)
	if s.Vendor != "" {
		who = "alerts for **" + Escape(s.Vendor) + "**"
		if s.OSS {
			who += " and open-source package compromises"
		}
	}
	d := who + " at severity " + s.MinSeverity.String() + " or above"
	if s.Mode == trust.ModeDigest {
		return d + ", as " + deliveryText(s)
	}
	if p := pingText(s); p != "off" {
		d += ", mentioning " + p
	}
	if q := quietText(s); q != "off" {
		d += ", with quiet hours " + q
	}
	return d
}
