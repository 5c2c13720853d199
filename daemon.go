package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"hash/fnv"
	"io"
	"log/slog"
	"os"
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/vendorwatch/vendorwatch/bot"

	"github.com/vendorwatch/vendorwatch/config"
	"github.com/vendorwatch/vendorwatch/sources"
	"github.com/vendorwatch/vendorwatch/storage"
	"github.com/vendorwatch/vendorwatch/trust"
)

// stopGrace bounds how long run waits for in-flight polls on shutdown, so
// that the whole stop stays within Docker's 10 s.
const stopGrace = 7 * time.Second

// setMemoryLimit is debug.SetMemoryLimit; the tests, which run `run` in
// their own process, record the call instead.
var setMemoryLimit = debug.SetMemoryLimit

func cmdRun(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfgPath := fs.String("config", "", "config file (default: $VENDORWATCH_CONFIG, else built-in defaults)")
	if err := fs.Parse(args); err != nil {
		return exitError{code: 2}
	}
	if fs.NArg() > 0 {
		return usageError("run: unexpected argument %q", fs.Arg(0))
	}
	cfg, note, err := loadConfig(*cfgPath, getenv)
	if err != nil {
		return err
	}
	// JSON logs are a machine-readable stream (a container's): they go to
	// stdout with the alerts, each one JSON line, through one lock so that
	// lines never interleave. Text logs go to stderr, for a person.
	out := &lockedWriter{w: stdout}
	jsonLogs := resolveLogFormat(cfg.LogFormat, stderr) == "json"
	var logger *slog.Logger
	if jsonLogs {
		logger = slog.New(slog.NewJSONHandler(out, nil))
	} else {
		logger = slog.New(slog.NewTextHandler(stderr, nil))
	}
	if note != "" {
		logger.Info(note)
	}
	// The runtime reads GOMEMLIMIT itself; the config's limit applies
	// only without it.
	if lim := int64(cfg.MemoryLimit); lim > 0 && os.Getenv("GOMEMLIMIT") == "" {
		prev := setMemoryLimit(lim)
		defer setMemoryLimit(prev)
	}

	db, err := storage.Open(ctx, cfg.Database)
	if err != nil {
		return fmt.Errorf("open database: %w", err)
	}
	defer db.Close()

	p, err := newPipeline(cfg, time.Now)
	if err != nil {
		return err
	}
	d := newDaemon(cfg, db, p, logger, time.Now)
	if cfg.HTTPAddr != "" {
		stopHTTP, err := serveHTTP(cfg.HTTPAddr, d.health, d.metrics, logger)
		if err != nil {
			return exitError{code: 2, msg: err.Error()}
		}
		defer stopHTTP()
	}
	if cfg.Token == "" {
		// Feed-health notices wait in the outbox like alerts; the log's
		// "source down" and "source back up" lines tell the operator.
		logger.Info("running without Discord: no DISCORD_TOKEN; new alerts are printed to stdout")
		d.emit = func(a *trust.Alert, _ int) {
			if jsonLogs {
				writeJSON(out, a)
			} else {
				writeTextNote(out, a, eventNote(ctx, db, a))
			}
		}
		return d.serve(ctx, cfg)
	}

	watchlist := cfg.Watchlist()
	b, err := bot.New(bot.Options{
		Token:                    cfg.Token,
		APIBase:                  cfg.Discord.APIBase,
		GuildID:                  cfg.GuildID,
		Store:                    db,
		Watchlist:                func() []trust.Vendor { return watchlist },
		Logger:                   logger.With("component", "discord"),
		MaxSubscriptionsPerGuild: cfg.Discord.MaxSubscriptionsPerGuild,
		GlobalRate:               cfg.Discord.GlobalRateLimit,
		Observer:                 d.metrics,
		Events:                   db,
		EditInterval:             cfg.Events.EditInterval.D(),
		Explain: func(ctx context.Context, link, guildID string) (bot.Explanation, error) {
			return explain(ctx, db, p, cfg, link, guildID)
		},
	})
	if err != nil {
		return err
	}
	d.health.discord = b.Connected
	d.notify = b.Notify
	d.emit = func(_ *trust.Alert, outbox int) {
		if outbox > 0 {
			b.Notify()
		}
	}
	// The bot and the poller share one life: if Discord cannot be reached
	// at start (bad token, no network), run fails rather than poll for
	// nobody.
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	botErr := make(chan error, 1)
	go func() {
		err := b.Run(ctx)
		cancel()
		botErr <- err
	}()
	serr := d.serve(ctx, cfg)
	// serve returns before ctx ends only when the poller failed to start.
	// The bot must stop then too: waiting for it, which delivers until
	// stopped, hung the process silently after "registered commands".
	startFailed := ctx.Err() == nil
	cancel()
	berr := <-botErr
	if startFailed {
		return serr
	}
	if berr != nil {
		return fmt.Errorf("discord: %w", berr)
	}
	return serr
}

// Guard the fit between the database and what the bot needs from it.
var (
	_ bot.Store  = (*storage.DB)(nil)
	_ bot.Events = (*storage.DB)(nil)
)

// loadConfig reads the config named by --config, else by
// VENDORWATCH_CONFIG, then the environment. A file named only by the
// environment may be missing (a container without a mounted config runs on
// the embedded defaults); note says so.
func loadConfig(flagPath string, getenv func(string) string) (cfg *config.Config, note string, err error) {
	path := flagPath
	if path == "" {
		path = getenv("VENDORWATCH_CONFIG")
		if path != "" {
			if _, serr := os.Stat(path); errors.Is(serr, os.ErrNotExist) {
				note = "no config file at " + path + " (VENDORWATCH_CONFIG): using the built-in defaults"
				path = ""
			}
		}
	}
	cfg, err = config.Load(path)
	if err != nil {
		return nil, "", exitError{code: 2, msg: err.Error()}
	}
	if err := cfg.FromEnv(getenv); err != nil {
		return nil, "", exitError{code: 2, msg: err.Error()}
	}
	return cfg, note, nil
}

// daemon polls sources on their schedules and stores what it finds.
type daemon struct {
	db       *storage.DB
	pipe     *pipeline
	log      *slog.Logger
	backfill time.Duration
	now      func() time.Time
	emit     func(a *trust.Alert, outbox int) // once per new alert, after it and its outbox rows are stored
	metrics  *metrics
	health   *health
	// feedHealth says when a failing source is down, for the operators'
	// channels; notify wakes the bot when a notice was queued.
	feedHealth storage.HealthPolicy
	notify     func()

	// busy bounds the polls fetching and parsing: the fetcher's own limit
	// covers only the HTTP part, so a thousand polls starting at once
	// fetched every body and then queued for the CPU holding them all.
	// storing bounds the parsed feeds waiting to be stored (half as many:
	// they share one writer and its commits): a poll moves from one to the
	// other, so that the next feeds are parsed while the database's single
	// writer stores this one. With one bound over both, polls waiting for
	// the writer held the slots and a fifth of the cores sat idle during a
	// full cycle.
	busy, storing chan struct{}

	mu     sync.Mutex
	failed map[int64]string // last error logged per source, so a failing feed logs once
}

// serve registers every source with the scheduler, polls each once at
// start, and runs until ctx ends.
func (d *daemon) serve(ctx context.Context, cfg *config.Config) error {
	sched := cron.New(cron.WithLogger(cron.DiscardLogger))
	var jobs []func()
	for _, src := range cfg.EnabledSources() {
		st, err := d.db.EnsureSource(ctx, src.Name, src.URL)
		if err != nil {
			return fmt.Errorf("register source %s: %w", src.Name, err)
		}
		spec := src.Schedule
		if spec == "" {
			spec = cfg.Schedule
		}
		inner, err := config.ParseSchedule(spec)
		if err != nil { // Validate has checked it
			return fmt.Errorf("source %s: schedule %q: %w", src.Name, spec, err)
		}
		job := d.pollJob(ctx, src, st.ID)
		sched.Schedule(jittered{inner, jitterFor(src.Name, cfg.Jitter.D())}, cron.FuncJob(job))
		jobs = append(jobs, job)
	}
	var primary []string
	for _, src := range cfg.EnabledSources() {
		if src.Primary {
			primary = append(primary, src.Name)
		}
	}
	if err := d.db.SetPrimarySources(ctx, primary); err != nil {
		return err
	}
	if err := d.db.SetEventWindow(ctx, cfg.Events.Window.D()); err != nil {
		return err
	}
	// The config's operator channel is guild "" among the health
	// channels; unset, its row goes.
	if err := d.db.SetHealthChannel(ctx, "", cfg.Health.Channel); err != nil {
		return err
	}
	d.log.Info("vendorwatch started", "sources", len(jobs), "database", cfg.Database)
	sched.Start()
	d.health.scheduled.Store(true)

	var first sync.WaitGroup
	for _, job := range jobs {
		first.Add(1)
		go func() { defer first.Done(); job() }()
	}

	<-ctx.Done()
	d.log.Info("stopping")
	d.health.scheduled.Store(false)
	stopped := sched.Stop()
	done := make(chan struct{})
	go func() { first.Wait(); <-stopped.Done(); close(done) }()
	select {
	case <-done:
	case <-time.After(stopGrace):
		d.log.Warn("polls still running at shutdown; their items will be fetched again next time")
	}
	return nil
}

// newDaemon wires a poller as run uses it (the bench too): the pipeline,
// metrics, health and the poll slots. run adds emit and the bot.
func newDaemon(cfg *config.Config, db *storage.DB, p *pipeline, log *slog.Logger, now func() time.Time) *daemon {
	slots := pollSlots(cfg.Fetch.MaxConns)
	return &daemon{
		db:       db,
		pipe:     p,
		log:      log,
		backfill: cfg.Backfill.D(),
		now:      now,
		metrics:  newMetrics(db.OutboxDepth),
		health:   &health{ping: db.Ping},
		failed:   map[int64]string{},
		busy:     make(chan struct{}, slots),
		storing:  make(chan struct{}, max(1, slots/2)),

		// Failures is at least 1 (Validate), so the notices are on; they
		// go nowhere until a health channel is set.
		feedHealth: storage.HealthPolicy{Failures: cfg.Health.Failures, After: cfg.Health.After.D()},
	}
}

// pollJob is a source's scheduled job: a poll, skipped while the
// source's previous poll still runs. robfig/cron starts every run in a
// goroutine of its own whatever the last one is doing, so a source whose
// poll outlasts its interval (a slow server, polls queued for a slot)
// would fetch the same feed twice at once and pile up waiting goroutines.
func (d *daemon) pollJob(ctx context.Context, src trust.Source, id int64) func() {
	var running atomic.Bool
	return func() {
		if !running.CompareAndSwap(false, true) {
			d.log.Debug("poll skipped: the previous one still runs", "source", src.Name)
			d.metrics.polls.WithLabelValues("skipped").Inc()
			return
		}
		defer running.Store(false)
		d.poll(ctx, src, id)
	}
}

// poll fetches one source and stores what is new. Errors are recorded in
// the source's state and logged when they change, not on every poll.
func (d *daemon) poll(ctx context.Context, src trust.Source, id int64) {
	if ctx.Err() != nil {
		return
	}
	// The slot first, then anything else: at start-up every source's poll
	// begins at once, and a thousand goroutines that had each read their
	// state (deep in SQLite) before queueing held grown stacks, megabytes
	// of them, while they waited.
	release := func() {}
	if d.busy != nil {
		select {
		case d.busy <- struct{}{}:
			release = func() { <-d.busy }
		case <-ctx.Done():
			return
		}
	}
	defer func() { release() }()
	st, err := d.db.Source(ctx, id)
	if err != nil {
		d.log.Error("read source state", "source", src.Name, "error", err)
		return
	}
	start := d.now()
	if start.Before(st.NextPoll) {
		return // backing off after errors, or the server asked us to wait
	}
	defer func() { d.metrics.pollDuration.Observe(time.Since(start).Seconds()) }()
	if gv, err := d.db.GuildVendors(ctx, ""); err != nil {
		d.log.Error("read guild watchlists", "error", err)
	} else if err := d.pipe.setGuildVendors(gv); err != nil {
		d.log.Error("guild watchlists", "error", err)
	}

	r := d.pipe.fetch(ctx, src, sources.Validators{ETag: st.ETag, LastModified: st.LastModified})
	if r.err != nil {
		if ctx.Err() != nil {
			return
		}
		d.fail(ctx, src, st, r.err)
		return
	}
	next := start.Add(r.resp.MinInterval)
	if r.resp.NotModified {
		d.metrics.polls.WithLabelValues("not_modified").Inc()
		d.recovered(src, id)
		if _, err := d.db.RecordNotModified(ctx, id, start, next); err != nil {
			d.log.Error("record poll", "source", src.Name, "error", err)
			return
		}
		d.backUp(src, st, start)
		return
	}
	if r.feed.TTL > r.resp.MinInterval {
		next = start.Add(r.feed.TTL)
	}
	if d.storing != nil {
		select {
		case d.storing <- struct{}{}:
			defer func() { <-d.storing }()
		case <-ctx.Done():
			return
		}
	}
	release()
	release = func() {}
	// The validators go in the items' own transaction: a crash before it
	// commits means the next poll fetches the feed again in full.
	ok := &storage.PollSuccess{ETag: r.resp.Validators.ETag, LastModified: r.resp.Validators.LastModified, At: start, Next: next}
	if err := d.store(ctx, src, st, r.feed, ok); err != nil {
		if ctx.Err() == nil {
			d.fail(ctx, src, st, err)
		}
		return
	}
	d.metrics.polls.WithLabelValues("ok").Inc()
	d.recovered(src, id)
	// SaveFeed queued the recovery notices, if any, with the success.
	d.backUp(src, st, start)
}

// backUp logs that a source reported down works again (st is its state
// before the poll) and wakes the bot for the recovery notices the success
// queued with it.
func (d *daemon) backUp(src trust.Source, st storage.SourceState, at time.Time) {
	if !st.Down {
		return
	}
	d.log.Info("source back up", "source", src.Name, "down_for", at.Sub(st.FailingSince).Round(time.Second).String())
	if d.notify != nil {
		d.notify()
	}
}

// store saves the feed's new items with their alerts, and the poll's
// success, in one transaction, and emits the alerts that were new.
func (d *daemon) store(ctx context.Context, src trust.Source, st storage.SourceState, feed *sources.Feed, ok *storage.PollSuccess) error {
	keys := make([]string, len(feed.Items))
	for i, it := range feed.Items {
		keys[i] = it.Key
	}
	known, err := d.db.KnownKeys(ctx, st.ID, keys)
	if err != nil {
		return fmt.Errorf("known keys: %w", err)
	}
	cut := d.now().Add(-d.backfill)
	var items []trust.Item
	var alerts []*trust.Alert
	for _, it := range feed.Items {
		if known[it.Key] {
			continue
		}
		var alert *trust.Alert
		// First sight of a source: store everything, alert only what is
		// recent, so that subscribing never floods a channel.
		backfilling := !st.Seeded && (!it.DateKnown || it.Published.Before(cut))
		if a, ok := d.pipe.analyse(src, it); ok && !backfilling {
			alert = &a
		}
		items = append(items, it)
		alerts = append(alerts, alert)
	}
	// One transaction for the whole feed: a commit per item was most of a
	// full cycle's storage time.
	res, err := d.db.SaveFeed(ctx, st.ID, items, alerts, ok)
	if err != nil {
		return err
	}
	for i, r := range res {
		if r.New {
			d.metrics.items.Inc()
		}
		if r.New && r.AlertID != 0 {
			alerts[i].ID = r.AlertID
			d.metrics.alerts.WithLabelValues(alerts[i].Severity.String()).Inc()
			d.emit(alerts[i], r.Outbox)
		}
	}
	return nil
}

func (d *daemon) fail(ctx context.Context, src trust.Source, st storage.SourceState, err error) {
	d.metrics.polls.WithLabelValues("error").Inc()
	d.metrics.fetchErrors.WithLabelValues(fetchErrorKind(err)).Inc()
	now := d.now()
	next := now.Add(backoff(st.Failures + 1))
	var fe *sources.FetchError
	if errors.As(err, &fe) && fe.RetryAfter > 0 && now.Add(fe.RetryAfter).After(next) {
		next = now.Add(fe.RetryAfter)
	}
	kind, policy := fetchErrorKind(err), d.feedHealth
	if kind == "store" {
		// Our database failed, not the feed: the source is not down.
		policy = storage.HealthPolicy{}
	}
	c, rerr := d.db.RecordFailure(ctx, st.ID, kind, err.Error(), now, next, policy)
	if rerr != nil {
		d.log.Error("record poll", "source", src.Name, "error", rerr)
	}
	if c.Notices > 0 && d.notify != nil {
		d.notify()
	}
	// Marked down just now: once per outage, so logged whatever the
	// failure's text (and the only word of it without Discord).
	if c.Down {
		d.log.Warn("source down", "source", src.Name, "failures", c.Failures,
			"failing_since", c.Since.UTC().Format(time.RFC3339), "kind", kind, "notices", c.Notices)
	}
	d.mu.Lock()
	same := d.failed[st.ID] == err.Error()
	d.failed[st.ID] = err.Error()
	d.mu.Unlock()
	if !same {
		d.log.Warn("source failed", "source", src.Name, "failures", st.Failures+1, "retry_at", next.UTC().Format(time.RFC3339), "error", err)
	}
}

func (d *daemon) recovered(src trust.Source, id int64) {
	d.mu.Lock()
	_, was := d.failed[id]
	delete(d.failed, id)
	d.mu.Unlock()
	if was {
		d.log.Info("source recovered", "source", src.Name)
	}
}

// backoff is the wait after the n-th consecutive failure: 1 min doubling
// up to 6 h, so a dead feed costs four requests a day, not 96.
func backoff(n int) time.Duration {
	d := time.Minute
	for i := 1; i < n && d < 6*time.Hour; i++ {
		d *= 2
	}
	return min(d, 6*time.Hour)
}

// jittered shifts a schedule by a fixed offset so that sources sharing a
// schedule do not all fire in the same second.
type jittered struct {
	inner  cron.Schedule
	offset time.Duration
}

func (j jittered) Next(t time.Time) time.Time {
	if c, ok := j.inner.(cron.ConstantDelaySchedule); ok {
		// @every runs relative to start, so sources started together
		// would stay together: put each on its own slot of a grid.
		off := j.offset % c.Delay
		return t.Add(-off).Truncate(c.Delay).Add(c.Delay + off)
	}
	return j.inner.Next(t.Add(-j.offset)).Add(j.offset)
}

// jitterFor derives a source's offset from its name: stable across
// restarts, spread across sources.
func jitterFor(name string, spread time.Duration) time.Duration {
	if spread <= 0 {
		return 0
	}
	h := fnv.New64a()
	h.Write([]byte(name))
	return time.Duration(h.Sum64() % uint64(spread))
}

// resolveLogFormat turns "auto" into text on a terminal and JSON
// otherwise (containers).
func resolveLogFormat(format string, w io.Writer) string {
	if format != "auto" {
		return format
	}
	if f, ok := w.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			return "text"
		}
	}
	return "json"
}

// lockedWriter serialises whole writes: each log record and each printed
// alert is one Write.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// pollSlots is how many polls run at once: enough to overlap network waits
// with parsing, few enough that the bodies and parse trees in flight stay
// within a small container's memory.
func pollSlots(maxConns int) int {
	return max(2, min(maxConns, 2*runtime.GOMAXPROCS(0)))
}

// eventNote says, for the token-less printout, when an alert joined an
// event already reported: with Discord the bot would edit that event's
// message rather than post again. "" for an event's first report.
func eventNote(ctx context.Context, db *storage.DB, a *trust.Alert) string {
	if a.EventID == 0 {
		return ""
	}
	ev, alerts, err := db.Event(ctx, a.EventID)
	if err != nil {
		return ""
	}
	// The event's first report is the alert stored first, whatever the
	// dates say; a report stored meanwhile by another poll changes nothing.
	first := a.ID
	for _, x := range alerts {
		first = min(first, x.ID)
	}
	if first == a.ID {
		return ""
	}
	return fmt.Sprintf("event:  joins event %d, now %d reports from %d sources (on Discord its message is edited, not posted again)",
		ev.ID, ev.Alerts, ev.Sources)
}
