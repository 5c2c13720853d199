// Package poller is the daemon's engine: it polls each source on its
// schedule (robfig/cron, with a per-source jitter and a skip while the
// previous poll still runs), fetches and parses it, matches the new items,
// and stores items, alerts and the poll's outcome in one transaction.
// Failures back off and feed the source-health notices.
//
// The order of a poll: Poller.poll → Pipeline.Fetch (sources.Fetcher,
// sources.Parse) → storage.SavePoll, which finds the new items and calls
// Pipeline.Analyse (match.Matcher) on them → Poller.Emit.
package poller

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/vendorwatch/vendorwatch/config"
	"github.com/vendorwatch/vendorwatch/ops"
	"github.com/vendorwatch/vendorwatch/sources"
	"github.com/vendorwatch/vendorwatch/storage"
	"github.com/vendorwatch/vendorwatch/trust"
)

// stopGrace bounds how long Serve waits for in-flight polls on shutdown,
// so that the whole stop stays within Docker's 10 s.
const stopGrace = 7 * time.Second

// Poller polls sources on their schedules and stores what it finds.
type Poller struct {
	db       *storage.DB
	pipe     *Pipeline
	log      *slog.Logger
	backfill time.Duration
	now      func() time.Time
	Emit     func(a *trust.Alert, outbox int) // once per new alert, after it and its outbox rows are stored
	Metrics  *ops.Metrics
	Health   *ops.Health
	// feedHealth says when a failing source is down, for the operators'
	// channels; Notify wakes the bot when a notice was queued.
	feedHealth storage.HealthPolicy
	Notify     func()

	// fetching bounds the polls fetching (fetch.max_conns), busy those
	// reading and parsing a body, storing the parsed feeds waiting to be
	// stored (half as many as busy: they share one writer and its
	// commits). A poll moves from one to the next, so that the next feeds
	// are fetched and parsed while the database's single writer stores
	// this one; it takes its parse slot once the answer's headers are in
	// and before the body is read (Fetcher.FetchGated), so that no more
	// bodies than parse slots are held (reading them first, a thousand
	// polls starting at once fetched every body and then queued for the
	// CPU holding them all), and an unchanged feed's poll (a 304) never
	// takes one. With one bound over fetching and parsing, the 304s of
	// slow servers held the parse slots through their round trips, and an
	// unchanged cycle over 5,000 feeds took 1.4 times as long. With one
	// bound over parsing and storing, polls waiting for the writer held
	// the slots and a fifth of the cores sat idle during a full cycle.
	fetching, busy, storing chan struct{}

	// feedsChanged wakes the loop that schedules the feeds servers add.
	feedsChanged chan struct{}

	mu     sync.Mutex
	failed map[int64]string // last error logged per source, so a failing feed logs once

	// ahead holds source states the first round read in chunks before
	// starting their polls; a poll takes its own (once) or reads it.
	aheadMu sync.Mutex
	ahead   map[int64]storage.SourceState
}

// aheadChunk is how many sources' states the first round reads in one
// query: one SELECT per poll cost a third of an unchanged cycle's CPU,
// since every group commit drops the readers' page caches, and a chunk
// keeps at most this many states in memory at once.
const aheadChunk = 256

// Serve registers every source with the scheduler, polls each once at
// start, and runs until ctx ends.
func (d *Poller) Serve(ctx context.Context, cfg *config.Config) error {
	sched := cron.New(cron.WithLogger(cron.DiscardLogger))
	var jobs []func()
	var configIDs []int64
	enabled := cfg.EnabledSources()
	states, err := d.db.EnsureSources(ctx, enabled)
	if err != nil {
		if ctx.Err() != nil {
			return nil // stopped while starting: not a failure
		}
		return fmt.Errorf("register sources: %w", err)
	}
	for i, src := range enabled {
		id := states[i].ID
		spec := src.Schedule
		if spec == "" {
			spec = cfg.Schedule
		}
		inner, err := config.ParseSchedule(spec)
		if err != nil { // Validate has checked it
			return fmt.Errorf("source %s: schedule %q: %w", src.Name, spec, err)
		}
		job := d.PollJob(ctx, src, id)
		sched.Schedule(jittered{inner, jitterFor(src.Name, cfg.Jitter.D())}, cron.FuncJob(job))
		jobs = append(jobs, job)
		configIDs = append(configIDs, id)
	}
	serverSpec, err := config.ParseSchedule(cfg.Schedule)
	if err != nil { // Validate has checked it
		return fmt.Errorf("schedule %q: %w", cfg.Schedule, err)
	}
	listJobs, primary, err := d.scheduleLists(ctx, cfg, sched)
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	ids := append([]int64(nil), configIDs...) // jobs[i]'s source, 0 for a list
	jobs = append(jobs, listJobs...)
	ids = append(ids, make([]int64, len(listJobs))...)
	for _, src := range cfg.EnabledSources() {
		if src.Primary {
			primary = append(primary, src.Name)
		}
	}
	if err := d.db.SetPrimarySources(ctx, primary); err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	if err := d.db.SetEventWindow(ctx, cfg.Events.Window.D()); err != nil {
		return err
	}
	if err := d.db.SetPostsPerPoll(ctx, cfg.Discord.PostsPerPoll); err != nil {
		return err
	}
	// The config's operator channel is guild "" among the health
	// channels; unset, its row goes.
	if err := d.db.SetHealthChannel(ctx, "", cfg.Health.Channel); err != nil {
		return err
	}
	d.log.Info("vendorwatch started", "sources", len(jobs), "database", cfg.Database)
	sched.Start()
	d.Health.Scheduled.Store(true)

	// The first round starts each poll only when one of the poll slots
	// is free, rather than all at once: thousands of goroutines parked on
	// the slots cost a stack each, a working set that grew with the number
	// of sources and that a soft memory limit then fought over.
	var first sync.WaitGroup
	first.Go(func() { d.firstRound(ctx, jobs, ids) })
	// The feeds servers add come and go while the daemon runs.
	first.Go(func() { d.serveServerFeeds(ctx, sched, serverSpec, cfg.Jitter.D(), configIDs) })

	<-ctx.Done()
	d.log.Info("stopping")
	d.Health.Scheduled.Store(false)
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

// firstRound runs every job once, as many at a time as the poll slots
// (fetching, parsing, then storing) hold. A goroutine each, not a few
// workers: a worker kept the stack it grew deep into SQLite, and with
// 22 of them a 2,000-feed full cycle peaked about 4 MB higher (67 MB
// against 63), for a twentieth less CPU in an unchanged cycle.
//
// ids[i] is jobs[i]'s source (0 for a list): before starting each chunk
// of polls it reads their states in one query (see aheadChunk).
func (d *Poller) firstRound(ctx context.Context, jobs []func(), ids []int64) {
	sem := make(chan struct{}, max(1, cap(d.fetching)+cap(d.busy)+cap(d.storing)))
	var wg sync.WaitGroup
	defer wg.Wait()
	for i, job := range jobs {
		if i%aheadChunk == 0 && i < len(ids) {
			d.readAhead(ctx, ids[i:min(i+aheadChunk, len(ids))])
		}
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			return
		}
		wg.Go(func() { defer func() { <-sem }(); job() })
	}
}

// readAhead reads the states of ids (0s skipped) for their polls to take.
// On an error the polls read their own.
func (d *Poller) readAhead(ctx context.Context, ids []int64) {
	want := make([]int64, 0, len(ids))
	for _, id := range ids {
		if id != 0 {
			want = append(want, id)
		}
	}
	states, err := d.db.SourcesByID(ctx, want)
	if err != nil {
		if ctx.Err() == nil {
			d.log.Warn("read source states ahead; each poll reads its own", "error", err)
		}
		return
	}
	d.aheadMu.Lock()
	defer d.aheadMu.Unlock()
	if d.ahead == nil {
		d.ahead = make(map[int64]storage.SourceState, aheadChunk)
	}
	for _, st := range states {
		d.ahead[st.ID] = st
	}
}

// source is a poll's state: the one read ahead for it, once, else its
// own read. Only the source's own polls change its state, one at a time
// (oneAtATime), and the first to run takes the state read ahead; a
// scheduled poll that ran between the read and the first round's poll
// would leave it behind by that poll (its validators, its next time),
// which at worst fetches the feed in full once, its items deduplicated.
func (d *Poller) source(ctx context.Context, id int64) (storage.SourceState, error) {
	d.aheadMu.Lock()
	st, ok := d.ahead[id]
	if ok {
		delete(d.ahead, id)
	}
	d.aheadMu.Unlock()
	if ok {
		return st, nil
	}
	return d.db.Source(ctx, id)
}

// New wires a poller as run uses it (the bench too): the pipeline,
// metrics, health and the poll slots. run adds Emit and the bot.
func New(cfg *config.Config, db *storage.DB, p *Pipeline, log *slog.Logger, now func() time.Time) *Poller {
	slots := pollSlots(cfg.Fetch.MaxConns)
	return &Poller{
		db:       db,
		pipe:     p,
		log:      log,
		backfill: cfg.Backfill.D(),
		now:      now,
		Metrics:  ops.NewMetrics(db.OutboxDepth),
		Health:   &ops.Health{Ping: db.Ping},
		failed:   map[int64]string{},

		feedsChanged: make(chan struct{}, 1),
		fetching:     make(chan struct{}, max(1, cfg.Fetch.MaxConns)),
		busy:         make(chan struct{}, slots),
		storing:      make(chan struct{}, max(1, slots/2)),

		// Failures is at least 1 (Validate), so the notices are on; they
		// go nowhere until a health channel is set.
		feedHealth: storage.HealthPolicy{Failures: cfg.Health.Failures, After: cfg.Health.After.D()},
	}
}

// PollJob is a source's scheduled job: a poll, skipped while the
// source's previous poll still runs. robfig/cron starts every run in a
// goroutine of its own whatever the last one is doing, so a source whose
// poll outlasts its interval (a slow server, polls queued for a slot)
// would fetch the same feed twice at once and pile up waiting goroutines.
func (d *Poller) PollJob(ctx context.Context, src trust.Source, id int64) func() {
	return d.oneAtATime(src.Name, func() { d.Poll(ctx, src, id) })
}

// oneAtATime returns a job that runs poll unless the previous run of the
// same job is still going, which it counts as skipped.
func (d *Poller) oneAtATime(name string, poll func()) func() {
	var running atomic.Bool
	return func() {
		if !running.CompareAndSwap(false, true) {
			d.log.Debug("poll skipped: the previous one still runs", "source", name)
			d.Metrics.Polls.WithLabelValues("skipped").Inc()
			return
		}
		defer running.Store(false)
		poll()
	}
}

// slot waits for one of the parse slots (busy) and returns the function
// that gives it back; ok is false when ctx ended first.
func (d *Poller) slot(ctx context.Context) (release func(), ok bool) {
	return take(ctx, d.busy)
}

// take waits for one of slots and returns the function that gives it
// back (a no-op without slots); ok is false when ctx ended first.
func take(ctx context.Context, slots chan struct{}) (release func(), ok bool) {
	if slots == nil {
		return func() {}, true
	}
	select {
	case slots <- struct{}{}:
		return func() { <-slots }, true
	case <-ctx.Done():
		return nil, false
	}
}

// Poll fetches one source and stores what is new. Errors are recorded in
// the source's state and logged when they change, not on every poll.
func (d *Poller) Poll(ctx context.Context, src trust.Source, id int64) {
	if ctx.Err() != nil {
		return
	}
	// A fetch slot first, then anything else: at start-up every source's
	// poll begins at once, and a thousand goroutines that had each read
	// their state (deep in SQLite) before queueing held grown stacks,
	// megabytes of them, while they waited.
	release, got := take(ctx, d.fetching)
	if !got {
		return
	}
	defer func() { release() }()
	st, err := d.source(ctx, id)
	if err != nil {
		d.log.Error("read source state", "source", src.Name, "error", err)
		return
	}
	start := d.now()
	if start.Before(st.NextPoll) {
		return // backing off after errors, or the server asked us to wait
	}
	defer d.Metrics.PollDuration.UpdateDuration(start)
	// A body to read and parse: a parse slot before its bytes are read,
	// and the fetch slot goes to the next poll.
	var parsing func()
	gate := func(ctx context.Context) error {
		rel, got := d.slot(ctx)
		if !got {
			return ctx.Err()
		}
		parsing = rel
		return nil
	}
	r := d.pipe.Get(ctx, src, sources.Validators{ETag: st.ETag, LastModified: st.LastModified}, gate)
	if parsing != nil {
		release()
		release = parsing
	}
	r = d.pipe.Parse(r)
	if r.Err != nil {
		if ctx.Err() != nil {
			return
		}
		d.fail(ctx, src, st, r.Err)
		return
	}
	next := start.Add(r.Resp.MinInterval)
	if r.Resp.NotModified {
		d.Metrics.Polls.WithLabelValues("not_modified").Inc()
		d.recovered(src, id)
		if _, err := d.db.RecordNotModified(ctx, id, start, next); err != nil {
			d.log.Error("record poll", "source", src.Name, "error", err)
			return
		}
		d.backUp(src, st, start)
		return
	}
	// The guilds' watchlists only for a feed with something to match: an
	// unchanged feed's poll reads its state and writes it back, no more.
	if gv, err := d.db.GuildVendors(ctx, ""); err != nil {
		d.log.Error("read guild watchlists", "error", err)
	} else if err := d.pipe.SetGuildVendors(gv); err != nil {
		d.log.Error("guild watchlists", "error", err)
	}
	if r.Feed.TTL > r.Resp.MinInterval {
		next = start.Add(r.Feed.TTL)
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
	ok := &storage.PollSuccess{ETag: r.Resp.Validators.ETag, LastModified: r.Resp.Validators.LastModified, At: start, Next: next}
	if err := d.store(ctx, src, st, r.Feed, ok); err != nil {
		if ctx.Err() == nil {
			d.fail(ctx, src, st, err)
		}
		return
	}
	d.Metrics.Polls.WithLabelValues("ok").Inc()
	d.recovered(src, id)
	// SaveFeed queued the recovery notices, if any, with the success.
	d.backUp(src, st, start)
}

// backUp logs that a source reported down works again (st is its state
// before the poll) and wakes the bot for the recovery notices the success
// queued with it.
func (d *Poller) backUp(src trust.Source, st storage.SourceState, at time.Time) {
	if !st.Down {
		return
	}
	d.log.Info("source back up", "source", src.Name, "down_for", at.Sub(st.FailingSince).Round(time.Second).String())
	if d.Notify != nil {
		d.Notify()
	}
}

// store saves the feed's new items with their alerts, and the poll's
// success, in one transaction, and emits the alerts that were new. Which
// items are new is read in that transaction, which runs the matcher on
// those only.
func (d *Poller) store(ctx context.Context, src trust.Source, st storage.SourceState, feed *sources.Feed, ok *storage.PollSuccess) error {
	cut := d.now().Add(-d.backfill)
	alerts := make([]*trust.Alert, len(feed.Items))
	alertFor := func(i int) *trust.Alert {
		it := feed.Items[i]
		// First sight of a source: store everything, alert only what is
		// recent, so that subscribing never floods a channel.
		if !st.Seeded && (!it.DateKnown || it.Published.Before(cut)) {
			return nil
		}
		if a, ok := d.pipe.Analyse(src, it); ok {
			alerts[i] = &a
		}
		return alerts[i]
	}
	res, err := d.db.SavePoll(ctx, st.ID, feed.Items, alertFor, ok)
	if err != nil {
		return err
	}
	d.saved(res, alerts)
	return nil
}

// saved counts the new items of a save and the new alerts among them
// (alerts[i] is item i's, or nil), gives each new alert its ID and emits
// it.
func (d *Poller) saved(res []storage.SaveResult, alerts []*trust.Alert) {
	for i, r := range res {
		if r.New {
			d.Metrics.Items.Inc()
		}
		if r.New && r.AlertID != 0 {
			alerts[i].ID = r.AlertID
			d.Metrics.Alerts.WithLabelValues(alerts[i].Severity.String()).Inc()
			if d.Emit != nil {
				d.Emit(alerts[i], r.Outbox)
			}
		}
	}
}

func (d *Poller) fail(ctx context.Context, src trust.Source, st storage.SourceState, err error) {
	f := failureOf(err)
	d.Metrics.Polls.WithLabelValues("error").Inc()
	d.Metrics.FetchErrors.WithLabelValues(f.Kind).Inc()
	now := d.now()
	next := now.Add(backoff(st.Failures + 1))
	var fe *sources.FetchError
	if errors.As(err, &fe) && fe.RetryAfter > 0 && now.Add(fe.RetryAfter).After(next) {
		next = now.Add(fe.RetryAfter)
	}
	policy := d.feedHealth
	if f.Kind == "store" {
		// Our database failed, not the feed: the source is not down.
		policy = storage.HealthPolicy{}
	}
	c, rerr := d.db.RecordFailure(ctx, st.ID, f, err.Error(), now, next, policy)
	if rerr != nil {
		d.log.Error("record poll", "source", src.Name, "error", rerr)
	}
	if c.Notices > 0 && d.Notify != nil {
		d.Notify()
	}
	// Marked down just now: once per outage, so logged whatever the
	// failure's text (and the only word of it without Discord).
	if c.Down {
		d.log.Warn("source down", "source", src.Name, "failures", c.Failures,
			"failing_since", c.Since.UTC().Format(time.RFC3339), "kind", f.Kind, "notices", c.Notices)
	}
	d.mu.Lock()
	same := d.failed[st.ID] == err.Error()
	d.failed[st.ID] = err.Error()
	d.mu.Unlock()
	if !same {
		d.log.Warn("source failed", "source", src.Name, "failures", st.Failures+1, "retry_at", next.UTC().Format(time.RFC3339), "error", err)
	}
}

func (d *Poller) recovered(src trust.Source, id int64) {
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

// pollSlots is how many polls run at once: enough to overlap network waits
// with parsing, few enough that the bodies and parse trees in flight stay
// within a small container's memory.
func pollSlots(maxConns int) int {
	return max(2, min(maxConns, 2*runtime.GOMAXPROCS(0)))
}
