package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/vendorwatch/vendorwatch/trust"
)

// reply is a command's answer.
type reply struct {
	content   string
	embeds    []*discordgo.MessageEmbed
	ephemeral bool
}

// userError is a reply of one clear sentence, only for the user.
func userError(format string, args ...any) reply {
	return reply{content: Truncate(fmt.Sprintf(format, args...), maxContent), ephemeral: true}
}

var errGeneric = userError("Something went wrong on my side; please try again in a minute.")

// commandTimeout bounds a command's store work; the interaction token
// itself stays valid for 15 minutes.
const commandTimeout = 30 * time.Second

func (b *Bot) onInteraction(i *discordgo.InteractionCreate) {
	if i == nil || i.Interaction == nil {
		return
	}
	b.mu.Lock()
	if b.closing || b.runCtx == nil {
		b.mu.Unlock()
		return
	}
	ctx := b.runCtx
	b.wg.Add(1)
	b.mu.Unlock()
	defer b.wg.Done()

	switch i.Type {
	case discordgo.InteractionApplicationCommandAutocomplete:
		b.autocomplete(ctx, i.Interaction)
	case discordgo.InteractionApplicationCommand:
		b.command(ctx, i.Interaction)
	}
}

// command runs one slash command and answers it in time: when the work
// takes longer than DeferAfter, the answer is deferred (type 5) and the
// result edited in afterwards.
func (b *Bot) command(ctx context.Context, i *discordgo.Interaction) {
	data := i.ApplicationCommandData()
	log := b.log.With("command", data.Name, "guild_id", i.GuildID, "interaction_id", i.ID)
	if i.GuildID == "" || i.Member == nil {
		b.respond(ctx, log, i, userError("This command works only in a server."))
		return
	}
	work, ephemeral := b.handler(i, data)
	if work == nil {
		b.respond(ctx, log, i, userError("I don't know that command."))
		return
	}

	wctx, cancel := context.WithTimeout(ctx, commandTimeout)
	defer cancel()
	done := make(chan reply, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				log.Error("command panicked", "panic", fmt.Sprint(p))
				done <- errGeneric
			}
		}()
		done <- work(wctx, log)
	}()

	t := time.NewTimer(b.opts.DeferAfter)
	defer t.Stop()
	select {
	case r := <-done:
		b.respond(ctx, log, i, r)
		return
	case <-t.C:
	}

	var flags discordgo.MessageFlags
	if ephemeral {
		flags = discordgo.MessageFlagsEphemeral
	}
	deferErr := b.answerRespond(ctx, i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Flags: flags, AllowedMentions: noMentions()},
	})
	if deferErr != nil {
		log.Warn("defer interaction", "error", deferErr)
	}
	r := <-done
	if deferErr != nil {
		return
	}
	if r.ephemeral && !ephemeral {
		// The deferred answer is public but this one (an error) is for the
		// user only: replace the placeholder with an ephemeral followup.
		if err := b.answerDelete(ctx, i); err != nil {
			log.Warn("delete deferred answer", "error", err)
		}
		err := b.answerFollowup(ctx, i, &discordgo.WebhookParams{
			Content:         r.content,
			Embeds:          r.embeds,
			Flags:           discordgo.MessageFlagsEphemeral,
			AllowedMentions: noMentions(),
		})
		if err != nil {
			log.Warn("send followup", "error", err)
		}
		return
	}
	content := r.content
	embeds := r.embeds
	if embeds == nil {
		embeds = []*discordgo.MessageEmbed{}
	}
	err := b.answerEdit(ctx, i, &discordgo.WebhookEdit{
		Content:         &content,
		Embeds:          &embeds,
		AllowedMentions: noMentions(),
	})
	if err != nil {
		log.Warn("edit deferred answer", "error", err)
	}
}

// rest runs one REST call with the request deadline.
func (b *Bot) rest(ctx context.Context, call func(discordgo.RequestOption) error) error {
	rctx, cancel := context.WithTimeout(ctx, b.opts.RequestTimeout)
	defer cancel()
	return call(discordgo.WithContext(rctx))
}

func (b *Bot) respond(ctx context.Context, log *slog.Logger, i *discordgo.Interaction, r reply) {
	data := &discordgo.InteractionResponseData{
		Content:         r.content,
		Embeds:          r.embeds,
		AllowedMentions: noMentions(),
	}
	if r.ephemeral {
		data.Flags = discordgo.MessageFlagsEphemeral
	}
	err := b.answerRespond(ctx, i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: data,
	})
	if err != nil {
		log.Warn("answer interaction", "error", err)
	}
}

// handler picks the work for a command and whether its answer (when
// deferred) is ephemeral.
func (b *Bot) handler(i *discordgo.Interaction, data discordgo.ApplicationCommandInteractionData) (func(context.Context, *slog.Logger) reply, bool) {
	opts := optionMap(data.Options)
	switch data.Name {
	case "subscribe":
		return func(ctx context.Context, log *slog.Logger) reply { return b.subscribe(ctx, log, i, data, opts) }, true
	case "unsubscribe":
		return func(ctx context.Context, log *slog.Logger) reply { return b.unsubscribe(ctx, log, i, data, opts) }, true
	case "subscriptions":
		return func(ctx context.Context, log *slog.Logger) reply { return b.subscriptions(ctx, log, i) }, true
	case "vendor":
		private := false
		if o, ok := opts["private"]; ok && o.Type == discordgo.ApplicationCommandOptionBoolean {
			private = o.BoolValue()
		}
		return func(ctx context.Context, log *slog.Logger) reply { return b.vendor(ctx, log, i, opts, private) }, private
	case "vendors":
		return func(ctx context.Context, log *slog.Logger) reply { return b.vendors(ctx, log, i, opts) }, false
	case "sources":
		off, ok := opts["notify_off"]
		if _, set := opts["notify"]; set || ok && off.Type == discordgo.ApplicationCommandOptionBoolean && off.BoolValue() {
			return func(ctx context.Context, log *slog.Logger) reply { return b.setHealthChannel(ctx, log, i, data, opts) }, true
		}
		return func(ctx context.Context, log *slog.Logger) reply { return b.sources(ctx, log, i) }, false
	case "explain":
		return func(ctx context.Context, log *slog.Logger) reply { return b.explain(ctx, log, i, opts) }, true
	case "mute":
		return func(ctx context.Context, log *slog.Logger) reply { return b.mute(ctx, log, i, data, opts) }, true
	case "unmute":
		return func(ctx context.Context, log *slog.Logger) reply { return b.unmute(ctx, log, i, data, opts) }, true
	case "mutes":
		return func(ctx context.Context, log *slog.Logger) reply { return b.mutes(ctx, log, i) }, true
	case "watch":
		if len(data.Options) != 1 || data.Options[0].Type != discordgo.ApplicationCommandOptionSubCommand {
			return nil, true
		}
		sub := data.Options[0]
		subOpts := optionMap(sub.Options)
		switch sub.Name {
		case "add":
			return func(ctx context.Context, log *slog.Logger) reply { return b.watchAdd(ctx, log, i, subOpts) }, true
		case "remove":
			return func(ctx context.Context, log *slog.Logger) reply { return b.watchRemove(ctx, log, i, subOpts) }, true
		case "list":
			return func(ctx context.Context, log *slog.Logger) reply { return b.watchList(ctx, log, i) }, true
		}
	}
	return nil, true
}

func optionMap(opts []*discordgo.ApplicationCommandInteractionDataOption) map[string]*discordgo.ApplicationCommandInteractionDataOption {
	m := make(map[string]*discordgo.ApplicationCommandInteractionDataOption, len(opts))
	for _, o := range opts {
		if o != nil {
			m[o.Name] = o
		}
	}
	return m
}

// stringOpt returns a string option's value and whether it was given.
func stringOpt(opts map[string]*discordgo.ApplicationCommandInteractionDataOption, name string) (string, bool) {
	o, ok := opts[name]
	if !ok || o.Type != discordgo.ApplicationCommandOptionString {
		return "", false
	}
	s, _ := o.Value.(string)
	return s, true
}

// guildVendors returns the vendors a guild sees: the global watchlist and
// its own.
func (b *Bot) guildVendors(ctx context.Context, guildID string) ([]trust.Vendor, error) {
	out := append([]trust.Vendor(nil), b.opts.Watchlist()...)
	own, err := b.opts.Store.GuildVendors(ctx, guildID)
	if err != nil {
		return nil, fmt.Errorf("guild vendors: %w", err)
	}
	for _, v := range own {
		if v.Guild == "" {
			v.Guild = guildID
		}
		out = append(out, v)
	}
	return out, nil
}

// findVendor resolves a name or alias, ignoring case, to a vendor.
func findVendor(vendors []trust.Vendor, name string) (trust.Vendor, bool) {
	name = strings.TrimSpace(name)
	for _, v := range vendors {
		if strings.EqualFold(v.Name, name) {
			return v, true
		}
	}
	for _, v := range vendors {
		for _, a := range v.Aliases {
			if strings.EqualFold(a, name) {
				return v, true
			}
		}
	}
	return trust.Vendor{}, false
}

// checkVendorName rejects an empty or over-long vendor name.
func checkVendorName(name string) (reply, bool) {
	if strings.TrimSpace(name) == "" {
		return userError("The vendor name is empty."), false
	}
	if runes(name) > maxVendorName {
		return userError("A vendor name can be at most %d characters long.", maxVendorName), false
	}
	return reply{}, true
}

// alertChannel returns the channel a command targets and checks that the
// bot can post alerts there (a text or announcement channel of this guild).
func (b *Bot) alertChannel(ctx context.Context, i *discordgo.Interaction, data discordgo.ApplicationCommandInteractionData, opts map[string]*discordgo.ApplicationCommandInteractionDataOption) (string, reply, bool) {
	id := i.ChannelID
	var ch *discordgo.Channel
	if o, ok := opts["channel"]; ok {
		if o.Type != discordgo.ApplicationCommandOptionChannel {
			return "", userError("The channel option is not a channel."), false
		}
		id, _ = o.Value.(string)
		if data.Resolved != nil {
			ch = data.Resolved.Channels[id]
		}
	}
	if id == "" {
		return "", userError("I can't tell which channel you mean."), false
	}
	if ch == nil {
		err := b.rest(ctx, func(opt discordgo.RequestOption) error {
			var err error
			ch, err = b.session.Channel(id, opt)
			return err
		})
		if err != nil {
			return "", userError("I can't see <#%s>; check that I have the View Channel permission there.", id), false
		}
	}
	if ch.GuildID != "" && ch.GuildID != i.GuildID {
		return "", userError("That channel is not in this server."), false
	}
	if ch.Type != discordgo.ChannelTypeGuildText && ch.Type != discordgo.ChannelTypeGuildNews {
		return "", userError("Alerts can only go to a text or announcement channel, and <#%s> is neither.", id), false
	}
	return id, reply{}, true
}

// subscribe answers /subscribe: a new subscription for the channel and
// vendor, with the delivery settings given (instant or digest, role ping,
// quiet hours); or, when the channel has that subscription already, those
// settings changed. Every option is checked before anything is stored.
func (b *Bot) subscribe(ctx context.Context, log *slog.Logger, i *discordgo.Interaction, data discordgo.ApplicationCommandInteractionData, opts map[string]*discordgo.ApplicationCommandInteractionDataOption) reply {
	vendorName, hasVendor := stringOpt(opts, "vendor")
	if hasVendor {
		if r, ok := checkVendorName(vendorName); !ok {
			return r
		}
	}
	set, r, ok := parseSubSettings(i, opts)
	if !ok {
		return r
	}
	channelID, r, ok := b.alertChannel(ctx, i, data, opts)
	if !ok {
		return r
	}
	canonical := ""
	if hasVendor {
		vendors, err := b.guildVendors(ctx, i.GuildID)
		if err != nil {
			log.Error("subscribe", "error", err)
			return errGeneric
		}
		v, found := findVendor(vendors, vendorName)
		if !found {
			return userError("I don't watch a vendor called %q; see /vendors, or add it with /watch add.", Truncate(vendorName, maxVendorName))
		}
		canonical = v.Name
	}
	subs, err := b.opts.Store.Subscriptions(ctx, i.GuildID)
	if err != nil {
		log.Error("subscribe", "error", err)
		return errGeneric
	}
	for _, old := range subs {
		if old.ChannelID == channelID && strings.EqualFold(old.Vendor, canonical) && !old.Disabled {
			if !set.any {
				return userError("<#%s> already has that subscription; see /subscriptions.", channelID)
			}
			return b.updateSubscription(ctx, log, old, set)
		}
	}

	want, r, ok := set.apply(Subscription{
		GuildID:     i.GuildID,
		ChannelID:   channelID,
		Vendor:      canonical,
		MinSeverity: trust.SeverityLow,
		Mode:        trust.ModeInstant,
		CreatedAt:   b.opts.Now(),
	})
	if !ok {
		return r
	}
	sub, err := b.opts.Store.AddSubscription(ctx, want, b.opts.MaxSubscriptionsPerGuild)
	switch {
	case errors.Is(err, ErrExists):
		return userError("<#%s> already has that subscription; see /subscriptions.", channelID)
	case errors.Is(err, ErrLimit):
		return userError("This server already has the maximum of %d subscriptions; remove one with /unsubscribe first.", b.opts.MaxSubscriptionsPerGuild)
	case err != nil:
		log.Error("subscribe", "error", err)
		return errGeneric
	}
	if sub.ChannelID == "" {
		sub = want
	}
	minSev := sub.MinSeverity

	e := &discordgo.MessageEmbed{
		Title:       "Subscribed",
		Description: "<#" + channelID + "> will get " + describeSubscription(sub) + "." + set.note,
		Color:       severityColour(minSev),
	}
	if next := b.nextDigest(sub); next != "" {
		e.Description += "\nFirst digest: " + next + "."
	}
	recent, err := b.opts.Store.RecentAlerts(ctx, AlertQuery{Vendor: canonical, Guild: i.GuildID, MinSeverity: minSev, Limit: 3})
	if err != nil {
		log.Warn("subscribe preview", "error", err)
	}
	value := "No matching alerts yet."
	if len(recent) > 0 {
		lines := make([]string, 0, len(recent))
		for k := range recent {
			lines = append(lines, alertLine(&recent[k]))
		}
		value = fitLines(lines, maxFieldValue)
	}
	e.Fields = []*discordgo.MessageEmbedField{{Name: "Latest alerts it would have posted", Value: value}}
	return reply{embeds: []*discordgo.MessageEmbed{e}, ephemeral: true}
}

// updateSubscription applies /subscribe's settings to the channel's
// existing subscription and says what changed.
func (b *Bot) updateSubscription(ctx context.Context, log *slog.Logger, old Subscription, set subSettings) reply {
	want, r, ok := set.apply(old)
	if !ok {
		return r
	}
	changes := subscriptionChanges(old, want)
	if len(changes) == 0 {
		return reply{content: "Nothing to change: <#" + old.ChannelID + "> already gets " + describeSubscription(old) + ".", ephemeral: true}
	}
	sub, err := b.opts.Store.UpdateSubscription(ctx, want)
	switch {
	case errors.Is(err, ErrNotFound):
		return userError("That subscription was removed meanwhile; run /subscribe again.")
	case err != nil:
		log.Error("update subscription", "error", err)
		return errGeneric
	}
	desc := "<#" + sub.ChannelID + "> now gets " + describeSubscription(sub) + "." + set.note
	if next := b.nextDigest(sub); next != "" && old.Mode != trust.ModeDigest {
		desc += "\nFirst digest: " + next + "."
	}
	return reply{embeds: []*discordgo.MessageEmbed{{
		Title:       "Subscription updated",
		Description: desc,
		Color:       severityColour(sub.MinSeverity),
		Fields:      []*discordgo.MessageEmbedField{{Name: "Changed", Value: fitLines(changes, maxFieldValue)}},
	}}, ephemeral: true}
}

// nextDigest is when a digest subscription's first digest comes, as a
// Discord timestamp; "" for an instant subscription.
func (b *Bot) nextDigest(s Subscription) string {
	if s.Mode != trust.ModeDigest {
		return ""
	}
	sched, err := ParseDigestSchedule(s.Schedule, s.Zone)
	if err != nil {
		return ""
	}
	next := sched.Next(b.opts.Now())
	if next.IsZero() {
		return ""
	}
	return discordTime(next)
}

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
	note       string // said after the description, e.g. a role that cannot be mentioned
}

// parseSubSettings reads and checks /subscribe's delivery options on their
// own; apply checks them against the subscription they change.
func parseSubSettings(i *discordgo.Interaction, opts map[string]*discordgo.ApplicationCommandInteractionDataOption) (subSettings, reply, bool) {
	var set subSettings
	fail := func(format string, args ...any) (subSettings, reply, bool) {
		return subSettings{}, userError(format, args...), false
	}
	severity := func(name string) (*trust.Severity, bool) {
		v, ok := stringOpt(opts, name)
		if !ok {
			return nil, true
		}
		s, err := trust.ParseSeverity(v)
		return &s, err == nil
	}
	var ok bool
	if set.minSev, ok = severity("min_severity"); !ok {
		return fail("The minimum severity must be low, medium, high or critical.")
	}
	if set.pingMin, ok = severity("ping_min"); !ok {
		return fail("ping_min must be low, medium, high or critical.")
	}
	if set.quietBelow, ok = severity("quiet_below"); !ok {
		return fail("quiet_below must be medium, high or critical.")
	}
	if set.quietBelow != nil && *set.quietBelow <= trust.SeverityLow {
		return fail("quiet_below:low would hold nothing back (it holds alerts *below* it); pick medium, high or critical.")
	}
	if m, given := stringOpt(opts, "mode"); given {
		switch m = strings.ToLower(strings.TrimSpace(m)); m {
		case trust.ModeInstant, trust.ModeDigest:
			set.mode = m
		default:
			return fail("The mode must be instant or digest.")
		}
	}
	if v, given := stringOpt(opts, "schedule"); given {
		v = strings.TrimSpace(v)
		if v == "" {
			return fail(`The schedule is empty; use a cron expression such as "0 8 * * 1-5" (08:00 on weekdays) or @daily.`)
		}
		set.schedule = &v
	}
	if v, given := stringOpt(opts, "tz"); given {
		loc, err := trust.LoadZone(v)
		if err != nil || strings.TrimSpace(v) == "" {
			return fail("Unknown time zone %q: use an IANA name such as Europe/Berlin, America/New_York or UTC.", Truncate(v, 64))
		}
		zone := loc.String()
		set.zone = &zone
	}
	if o, given := opts["ping_role"]; given {
		id, _ := o.Value.(string)
		switch {
		case o.Type != discordgo.ApplicationCommandOptionRole || !snowflake(id):
			return fail("The ping_role option is not a role.")
		case id == i.GuildID:
			return fail("vendorwatch never pings @everyone; pick or create a role for these alerts.")
		}
		set.pingRole = &id
		if data := i.ApplicationCommandData(); data.Resolved != nil {
			if role := data.Resolved.Roles[id]; role != nil && role.Managed {
				return fail("<@&%s> belongs to an integration or bot and can't be a ping role; pick or create another role.", id)
			} else if role != nil && !role.Mentionable {
				set.note = "\nNote: <@&" + id + "> is not mentionable; unless vendorwatch may mention all roles, the mention will not notify anyone."
			}
		}
	}
	if o, given := opts["no_ping"]; given && o.Type == discordgo.ApplicationCommandOptionBoolean && o.BoolValue() {
		if set.pingRole != nil || set.pingMin != nil {
			return fail("no_ping turns pings off; leave out ping_role and ping_min with it.")
		}
		set.noPing = true
	}
	if v, given := stringOpt(opts, "quiet"); given {
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
	set.any = set.minSev != nil || set.mode != "" || set.schedule != nil || set.zone != nil || set.pingRole != nil ||
		set.pingMin != nil || set.noPing || set.quietOff || set.quiet != nil || set.quietBelow != nil
	return set, reply{}, true
}

// apply returns s with the settings changed, or a clear error when they do
// not fit together or with what s keeps: a digest needs a schedule, and
// pings and quiet hours are for instant alerts.
func (set subSettings) apply(s Subscription) (Subscription, reply, bool) {
	fail := func(format string, args ...any) (Subscription, reply, bool) {
		return Subscription{}, userError(format, args...), false
	}
	if set.minSev != nil {
		s.MinSeverity = *set.minSev
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
	return s, reply{}, true
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

func describeSubscription(s Subscription) string {
	who := "alerts for every watched vendor"
	if s.Vendor != "" {
		who = "alerts for **" + Escape(s.Vendor) + "**"
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

func (b *Bot) unsubscribe(ctx context.Context, log *slog.Logger, i *discordgo.Interaction, data discordgo.ApplicationCommandInteractionData, opts map[string]*discordgo.ApplicationCommandInteractionDataOption) reply {
	channelID := i.ChannelID
	if o, ok := opts["channel"]; ok {
		channelID, _ = o.Value.(string)
	}
	if channelID == "" {
		return userError("I can't tell which channel you mean.")
	}
	vendorName, hasVendor := stringOpt(opts, "vendor")
	canonical := ""
	if hasVendor {
		if r, ok := checkVendorName(vendorName); !ok {
			return r
		}
		canonical = strings.TrimSpace(vendorName)
		if vendors, err := b.guildVendors(ctx, i.GuildID); err == nil {
			if v, ok := findVendor(vendors, vendorName); ok {
				canonical = v.Name
			}
		}
	}
	n, err := b.opts.Store.RemoveSubscriptions(ctx, i.GuildID, channelID, canonical)
	if err != nil && !errors.Is(err, ErrNotFound) {
		log.Error("unsubscribe", "error", err)
		return errGeneric
	}
	if n == 0 {
		return userError("<#%s> has no such subscription; see /subscriptions.", channelID)
	}
	what := "all its subscriptions"
	if canonical != "" {
		what = "its subscription to **" + Escape(canonical) + "**"
	}
	return reply{content: "Removed " + what + " from <#" + channelID + ">.", ephemeral: true}
}

func (b *Bot) subscriptions(ctx context.Context, log *slog.Logger, i *discordgo.Interaction) reply {
	subs, err := b.opts.Store.Subscriptions(ctx, i.GuildID)
	if err != nil {
		log.Error("subscriptions", "error", err)
		return errGeneric
	}
	if len(subs) == 0 {
		return reply{content: "This server has no subscriptions; add one with /subscribe.", ephemeral: true}
	}
	lines := make([]string, 0, len(subs))
	for _, s := range subs {
		l := "<#" + s.ChannelID + "> — " + describeSubscription(s)
		if s.Disabled {
			reason := s.DisabledReason
			if reason == "" {
				reason = "unknown reason"
			}
			l = "~~" + l + "~~ — **disabled**: " + EscapeTrunc(oneLine(reason), 200)
		}
		lines = append(lines, l)
	}
	return reply{embeds: []*discordgo.MessageEmbed{{
		Title:       "Subscriptions (" + strconv.Itoa(len(subs)) + ")",
		Description: fitLines(lines, maxDescription),
	}}, ephemeral: true}
}

func (b *Bot) vendor(ctx context.Context, log *slog.Logger, i *discordgo.Interaction, opts map[string]*discordgo.ApplicationCommandInteractionDataOption, private bool) reply {
	name, _ := stringOpt(opts, "name")
	if r, ok := checkVendorName(name); !ok {
		return r
	}
	vendors, err := b.guildVendors(ctx, i.GuildID)
	if err != nil {
		log.Error("vendor", "error", err)
		return errGeneric
	}
	v, ok := findVendor(vendors, name)
	if !ok {
		return userError("I don't watch a vendor called %q; see /vendors.", Truncate(name, maxVendorName))
	}
	now := b.opts.Now()
	recent, err := b.opts.Store.RecentAlerts(ctx, AlertQuery{Vendor: v.Name, Guild: i.GuildID, Limit: 10})
	if err != nil {
		log.Error("vendor alerts", "error", err)
		return errGeneric
	}
	count, err := b.opts.Store.CountAlerts(ctx, AlertQuery{Vendor: v.Name, Guild: i.GuildID, Since: now.Add(-30 * 24 * time.Hour)})
	if err != nil {
		log.Error("vendor count", "error", err)
		return errGeneric
	}
	e := &discordgo.MessageEmbed{Title: EscapeTrunc(v.Name, maxTitle)}
	var desc []string
	if len(v.Aliases) > 0 {
		desc = append(desc, "Also known as: "+EscapeTrunc(strings.Join(v.Aliases, ", "), 500))
	}
	if v.Guild != "" {
		desc = append(desc, "Watched by this server (/watch).")
	}
	desc = append(desc, "**"+strconv.Itoa(count)+"** alert(s) in the last 30 days.")
	e.Description = fitLines(desc, maxDescription)
	if len(recent) > 0 {
		lines := make([]string, 0, len(recent))
		for k := range recent {
			lines = append(lines, alertLine(&recent[k]))
		}
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "Recent alerts", Value: fitLines(lines, maxFieldValue)})
		e.Color = severityColour(recent[0].Severity)
	} else {
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "Recent alerts", Value: "None stored yet."})
	}
	// The timeline: the config's known events and every event the bot has
	// seen, newest first.
	tl := append([]trust.TimelineEntry(nil), v.Timeline...)
	if b.opts.Events != nil {
		evs, err := b.opts.Events.VendorEvents(ctx, v.Name, 25)
		if err != nil {
			log.Error("vendor events", "error", err)
			return errGeneric
		}
		for _, ev := range evs {
			tl = append(tl, timelineEntry(ev))
		}
	}
	if len(tl) > 0 {
		sort.SliceStable(tl, func(a, b int) bool { return tl[a].Date.After(tl[b].Date) })
		lines := make([]string, 0, len(tl))
		for _, t := range tl {
			text := EscapeTrunc(oneLine(t.Text), 300)
			if u := safeURL(t.URL); u != "" {
				text = "[" + text + "](" + u + ")"
			}
			lines = append(lines, "`"+dateText(t.Date)+"` "+text)
		}
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "Trust timeline", Value: fitLines(lines, maxFieldValue)})
	}
	return reply{embeds: []*discordgo.MessageEmbed{e}, ephemeral: private}
}

const vendorsPerPage = 20

func (b *Bot) vendors(ctx context.Context, log *slog.Logger, i *discordgo.Interaction, opts map[string]*discordgo.ApplicationCommandInteractionDataOption) reply {
	page := 1
	if o, ok := opts["page"]; ok && o.Type == discordgo.ApplicationCommandOptionInteger {
		page = int(o.IntValue())
	}
	vendors, err := b.guildVendors(ctx, i.GuildID)
	if err != nil {
		log.Error("vendors", "error", err)
		return errGeneric
	}
	if len(vendors) == 0 {
		return reply{content: "The watchlist is empty; add a vendor with /watch add."}
	}
	sort.SliceStable(vendors, func(a, b int) bool { return strings.ToLower(vendors[a].Name) < strings.ToLower(vendors[b].Name) })
	pages := (len(vendors) + vendorsPerPage - 1) / vendorsPerPage
	if page < 1 || page > pages {
		return userError("There are %d page(s); pick a page from 1 to %d.", pages, pages)
	}
	var lines []string
	for _, v := range vendors[(page-1)*vendorsPerPage : min(page*vendorsPerPage, len(vendors))] {
		l := "**" + EscapeTrunc(v.Name, maxVendorName) + "**"
		if len(v.Aliases) > 0 {
			l += " — " + EscapeTrunc(strings.Join(v.Aliases, ", "), 120)
		}
		if v.Guild != "" {
			l += " (this server)"
		}
		lines = append(lines, l)
	}
	return reply{embeds: []*discordgo.MessageEmbed{{
		Title:       "Watched vendors (" + strconv.Itoa(len(vendors)) + ")",
		Description: fitLines(lines, maxDescription),
		Footer:      &discordgo.MessageEmbedFooter{Text: "Page " + strconv.Itoa(page) + " of " + strconv.Itoa(pages)},
	}}}
}

func (b *Bot) sources(ctx context.Context, log *slog.Logger, i *discordgo.Interaction) reply {
	srcs, err := b.opts.Store.Sources(ctx)
	if err != nil {
		log.Error("sources", "error", err)
		return errGeneric
	}
	if len(srcs) == 0 {
		return reply{content: "No sources are configured."}
	}
	notify, err := b.opts.Store.HealthChannel(ctx, i.GuildID)
	if err != nil {
		log.Error("sources: health channel", "error", err)
		return errGeneric
	}
	now := b.opts.Now()
	// The health channel first: a long list is cut at its end.
	lines := make([]string, 0, len(srcs)+1)
	lines = append(lines, healthChannelLine(notify))
	for _, s := range srcs {
		lines = append(lines, healthLine(s, now))
	}
	return reply{embeds: []*discordgo.MessageEmbed{{
		Title:       "Sources (" + strconv.Itoa(len(srcs)) + ")",
		Description: fitLines(lines, maxDescription),
		Footer:      &discordgo.MessageEmbedFooter{Text: healthLegend},
	}}}
}

// ago says how long before now t was, roughly.
func ago(now, t time.Time) string {
	if t.IsZero() {
		return "never"
	}
	d := now.Sub(t)
	switch {
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		return strconv.Itoa(int(d/time.Minute)) + " min ago"
	case d < 48*time.Hour:
		return strconv.Itoa(int(d/time.Hour)) + " h ago"
	}
	return strconv.Itoa(int(d/(24*time.Hour))) + " days ago"
}

const maxAliases = 20

func (b *Bot) watchAdd(ctx context.Context, log *slog.Logger, i *discordgo.Interaction, opts map[string]*discordgo.ApplicationCommandInteractionDataOption) reply {
	name, _ := stringOpt(opts, "name")
	if r, ok := checkVendorName(name); !ok {
		return r
	}
	name = oneLine(name)
	var aliases []string
	if raw, ok := stringOpt(opts, "aliases"); ok {
		for _, a := range strings.Split(raw, ",") {
			a = oneLine(a)
			if a == "" || strings.EqualFold(a, name) {
				continue
			}
			if runes(a) > maxVendorName {
				return userError("An alias can be at most %d characters long.", maxVendorName)
			}
			aliases = append(aliases, a)
		}
		if len(aliases) > maxAliases {
			return userError("A vendor can have at most %d aliases.", maxAliases)
		}
	}
	if _, found := findVendor(b.opts.Watchlist(), name); found {
		return userError("%q is already on the global watchlist.", name)
	}
	err := b.opts.Store.AddGuildVendor(ctx, trust.Vendor{Name: name, Aliases: aliases, Guild: i.GuildID})
	switch {
	case errors.Is(err, ErrExists):
		return userError("%q is already on this server's watchlist.", name)
	case errors.Is(err, ErrLimit):
		return userError("This server already watches the maximum number of its own vendors; remove one with /watch remove first.")
	case err != nil:
		log.Error("watch add", "error", err)
		return errGeneric
	}
	msg := "This server now watches **" + Escape(name) + "**"
	if len(aliases) > 0 {
		msg += " (also: " + Escape(strings.Join(aliases, ", ")) + ")"
	}
	return reply{content: Truncate(msg+"; matching starts with the next poll. Subscribe with /subscribe.", maxContent), ephemeral: true}
}

func (b *Bot) watchRemove(ctx context.Context, log *slog.Logger, i *discordgo.Interaction, opts map[string]*discordgo.ApplicationCommandInteractionDataOption) reply {
	name, _ := stringOpt(opts, "name")
	if r, ok := checkVendorName(name); !ok {
		return r
	}
	own, err := b.opts.Store.GuildVendors(ctx, i.GuildID)
	if err != nil {
		log.Error("watch remove", "error", err)
		return errGeneric
	}
	canonical := oneLine(name)
	if v, ok := findVendor(own, name); ok {
		canonical = v.Name
	}
	err = b.opts.Store.RemoveGuildVendor(ctx, i.GuildID, canonical)
	switch {
	case errors.Is(err, ErrNotFound):
		return userError("This server doesn't watch a vendor called %q of its own; see /watch list.", Truncate(name, maxVendorName))
	case err != nil:
		log.Error("watch remove", "error", err)
		return errGeneric
	}
	return reply{content: "This server no longer watches **" + Escape(canonical) + "**.", ephemeral: true}
}

func (b *Bot) watchList(ctx context.Context, log *slog.Logger, i *discordgo.Interaction) reply {
	own, err := b.opts.Store.GuildVendors(ctx, i.GuildID)
	if err != nil {
		log.Error("watch list", "error", err)
		return errGeneric
	}
	if len(own) == 0 {
		return reply{content: "This server watches no vendors of its own; add one with /watch add.", ephemeral: true}
	}
	lines := make([]string, 0, len(own))
	for _, v := range own {
		l := "**" + EscapeTrunc(v.Name, maxVendorName) + "**"
		if len(v.Aliases) > 0 {
			l += " — " + EscapeTrunc(strings.Join(v.Aliases, ", "), 300)
		}
		lines = append(lines, l)
	}
	return reply{embeds: []*discordgo.MessageEmbed{{
		Title:       "This server's vendors (" + strconv.Itoa(len(own)) + ")",
		Description: fitLines(lines, maxDescription),
	}}, ephemeral: true}
}

// autocomplete suggests vendors for the focused option: names and aliases
// of the global and this guild's vendors (only the guild's own for
// /watch remove), at most 25.
func (b *Bot) autocomplete(ctx context.Context, i *discordgo.Interaction) {
	data := i.ApplicationCommandData()
	log := b.log.With("command", data.Name, "guild_id", i.GuildID, "interaction_id", i.ID)
	opts := data.Options
	ownOnly := false
	if data.Name == "watch" && len(opts) == 1 && opts[0].Type == discordgo.ApplicationCommandOptionSubCommand {
		ownOnly = opts[0].Name == "remove"
		opts = opts[0].Options
	}
	typed := ""
	for _, o := range opts {
		if o != nil && o.Focused {
			typed, _ = o.Value.(string)
		}
	}
	choices := []*discordgo.ApplicationCommandOptionChoice{}
	if i.GuildID != "" {
		sctx, cancel := context.WithTimeout(ctx, b.opts.DeferAfter)
		var vendors []trust.Vendor
		var err error
		if ownOnly {
			vendors, err = b.opts.Store.GuildVendors(sctx, i.GuildID)
		} else {
			vendors, err = b.guildVendors(sctx, i.GuildID)
		}
		cancel()
		if err != nil {
			log.Warn("autocomplete", "error", err)
			if !ownOnly {
				// The global list needs no database: offer it rather
				// than nothing when the guild's own vendors are slow.
				vendors = b.opts.Watchlist()
			}
		}
		choices = vendorChoices(vendors, typed)
	}
	err := b.answerRespond(ctx, i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: choices},
	})
	if err != nil {
		log.Warn("answer autocomplete", "error", err)
	}
}

// vendorChoices ranks vendors against what the user typed: name prefix,
// alias prefix, then substring anywhere; at most 25, names sorted within a
// rank.
func vendorChoices(vendors []trust.Vendor, typed string) []*discordgo.ApplicationCommandOptionChoice {
	q := strings.ToLower(strings.TrimSpace(typed))
	type cand struct {
		rank  int
		label string
		value string
	}
	var cands []cand
	seen := map[string]bool{}
	for _, v := range vendors {
		key := strings.ToLower(v.Name)
		if v.Name == "" || seen[key] || runes(v.Name) > maxChoiceValue {
			continue
		}
		rank, alias := -1, ""
		name := strings.ToLower(v.Name)
		switch {
		case q == "" || strings.HasPrefix(name, q):
			rank = 0
		default:
			for _, a := range v.Aliases {
				la := strings.ToLower(a)
				if strings.HasPrefix(la, q) {
					rank, alias = 1, a
					break
				}
				if rank < 0 && strings.Contains(la, q) {
					rank, alias = 3, a
				}
			}
			if rank != 1 && strings.Contains(name, q) {
				rank, alias = 2, ""
			}
		}
		if rank < 0 {
			continue
		}
		seen[key] = true
		label := v.Name
		if alias != "" {
			label += " (" + alias + ")"
		}
		cands = append(cands, cand{rank, Truncate(label, maxChoiceName), v.Name})
	}
	sort.SliceStable(cands, func(a, b int) bool {
		if cands[a].rank != cands[b].rank {
			return cands[a].rank < cands[b].rank
		}
		return strings.ToLower(cands[a].label) < strings.ToLower(cands[b].label)
	})
	out := []*discordgo.ApplicationCommandOptionChoice{}
	for _, c := range cands {
		if len(out) == maxChoices {
			break
		}
		out = append(out, &discordgo.ApplicationCommandOptionChoice{Name: c.label, Value: c.value})
	}
	return out
}
