package poller

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/vendorwatch/vendorwatch/config"
	"github.com/vendorwatch/vendorwatch/lists"
	"github.com/vendorwatch/vendorwatch/sources"
	"github.com/vendorwatch/vendorwatch/storage"
	"github.com/vendorwatch/vendorwatch/trust"
)

// newsVendorWindow is how far back a vendor first seen in the news (in no
// registry) is remembered for matching a list's names.
const newsVendorWindow = 90 * 24 * time.Hour

// scheduleLists registers every enabled [[list]] with sched, as Serve does
// the feeds, and returns their jobs and names.
func (d *Poller) scheduleLists(ctx context.Context, cfg *config.Config, sched *cron.Cron) ([]func(), []string, error) {
	var jobs []func()
	var names []string
	for _, l := range cfg.EnabledLists() {
		st, err := d.db.EnsureList(ctx, l.Name, l.URL)
		if err != nil {
			return nil, nil, fmt.Errorf("register list %s: %w", l.Name, err)
		}
		spec := l.Schedule
		if spec == "" {
			spec = cfg.Schedule
		}
		inner, err := config.ParseSchedule(spec)
		if err != nil { // Validate has checked it
			return nil, nil, fmt.Errorf("list %s: schedule %q: %w", l.Name, spec, err)
		}
		job := d.ListJob(ctx, l, st.ID)
		sched.Schedule(jittered{inner, jitterFor(l.Name, cfg.Jitter.D())}, cron.FuncJob(job))
		jobs = append(jobs, job)
		names = append(names, l.Name)
	}
	return jobs, names, nil
}

// ListJob is a list's scheduled job: a poll, skipped while the previous
// one still runs (see PollJob).
func (d *Poller) ListJob(ctx context.Context, l config.ListConfig, id int64) func() {
	return d.oneAtATime(l.Name, func() { d.PollList(ctx, l, id) })
}

// PollList fetches a watched list with the feeds' fetcher (body cap,
// address guard, conditional GET), diffs it against the last capture and
// stores the changes and the alerts of those that are trust events.
// Failures back off and count towards the source's health as a feed's
// do. The first capture is the baseline: stored, never alerted.
func (d *Poller) PollList(ctx context.Context, l config.ListConfig, id int64) {
	if ctx.Err() != nil {
		return
	}
	release, ok := d.slot(ctx)
	if !ok {
		return
	}
	defer release()
	st, err := d.db.Source(ctx, id)
	if err != nil {
		d.log.Error("read list state", "list", l.Name, "error", err)
		return
	}
	start := d.now()
	if start.Before(st.NextPoll) {
		return
	}
	src := trust.Source{Name: l.Name, URL: l.URL, Primary: true}
	resp, err := d.pipe.fetcher.Fetch(ctx, l.URL, sources.Validators{ETag: st.ETag, LastModified: st.LastModified})
	if err != nil {
		if ctx.Err() == nil {
			d.fail(ctx, src, st, err)
		}
		return
	}
	next := start.Add(resp.MinInterval)
	if resp.NotModified {
		d.Metrics.Polls.WithLabelValues("not_modified").Inc()
		d.recovered(src, id)
		if _, err := d.db.RecordNotModified(ctx, id, start, next); err != nil {
			d.log.Error("record poll", "list", l.Name, "error", err)
			return
		}
		d.backUp(src, st, start)
		return
	}
	if err := d.storeList(ctx, l, st, resp, start, next); err != nil {
		if ctx.Err() == nil {
			d.fail(ctx, src, st, err)
		}
		return
	}
	d.Metrics.Polls.WithLabelValues("ok").Inc()
	d.recovered(src, id)
	d.backUp(src, st, start)
}

// storeList diffs and stores one fetched capture. The order makes a crash
// at any point harmless: the alerts first (their items' keys are unique
// to the capture, so saving them again is a no-op), then the capture and
// its changes, then the poll's success with the validators (without
// them the next poll fetches in full and diffs again).
func (d *Poller) storeList(ctx context.Context, l config.ListConfig, st storage.SourceState, resp *sources.Response, start, next time.Time) error {
	kind := lists.Kind(l.Format)
	sum := sha256.Sum256(resp.Body)
	version := hex.EncodeToString(sum[:])
	ok := &storage.PollSuccess{ETag: resp.Validators.ETag, LastModified: resp.Validators.LastModified, At: start, Next: next}

	prev, have, err := d.db.ListSnapshot(ctx, st.ID)
	if err != nil {
		return err
	}
	if have && (prev.URL != l.URL || prev.Format != l.Format) {
		have = false // another list now: a new baseline
	}
	if have && prev.Version == version {
		_, err := d.db.SaveFeed(ctx, st.ID, nil, nil, ok)
		return err
	}
	var prevBody []byte
	if have {
		prevBody = prev.Body
	}
	snap, changes, err := lists.Compare(kind, prevBody, resp.Body)
	if err != nil {
		return &sources.ParseError{Source: l.Name, Err: err}
	}
	at := changedAt(resp, start)
	if len(changes) > 0 {
		news, err := d.db.NewsVendors(ctx, start.Add(-newsVendorWindow))
		if err != nil {
			return err
		}
		guild, err := d.db.GuildVendors(ctx, "")
		if err != nil {
			return err
		}
		r := lists.NewResolver(append(append([]trust.Vendor(nil), d.pipe.global...), guild...), news)
		listed := lists.Alerts(lists.Source{Name: l.Name, Kind: kind, URL: l.URL}, lists.Assess(kind, changes, r, at), version, at)
		if err := d.saveListed(ctx, st.ID, listed); err != nil {
			return err
		}
		d.log.Info("list changed", "list", l.Name, "changes", len(changes), "events", len(listed))
	} else if !have {
		d.log.Info("list baseline stored", "list", l.Name, "entries", len(snap.Entries))
	}
	rows := make([]storage.ListChange, len(changes))
	for i := range changes {
		c := &changes[i]
		rows[i] = storage.ListChange{Op: string(c.Op), Key: c.Key, Name: c.Entry().Name, Detail: c.Describe(), At: at}
	}
	body := resp.Body
	resp.Body = nil
	if err := d.db.SaveListSnapshot(ctx, st.ID, storage.ListCapture{
		URL: l.URL, Format: l.Format, Version: version, Body: body, Entries: len(snap.Entries), TakenAt: start,
	}, rows); err != nil {
		return err
	}
	_, err = d.db.SaveFeed(ctx, st.ID, nil, nil, ok)
	return err
}

// saveListed stores the alerts of a list change with their items, and
// emits the ones that are new.
func (d *Poller) saveListed(ctx context.Context, sourceID int64, listed []lists.Listed) error {
	if len(listed) == 0 {
		return nil
	}
	items := make([]trust.Item, len(listed))
	alerts := make([]*trust.Alert, len(listed))
	for i := range listed {
		items[i] = listed[i].Item
		alerts[i] = &listed[i].Alert
	}
	res, err := d.db.SaveFeed(ctx, sourceID, items, alerts, nil)
	if err != nil {
		return err
	}
	d.saved(res, alerts)
	return nil
}

// changedAt is when the list changed, as well as the poll can tell: the
// server's Last-Modified when it is sane, else the poll's start.
func changedAt(resp *sources.Response, start time.Time) time.Time {
	if t, err := http.ParseTime(resp.Validators.LastModified); err == nil && !t.After(start) && t.After(start.Add(-7*24*time.Hour)) {
		return t.UTC()
	}
	return start.UTC()
}
