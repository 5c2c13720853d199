package poller

import (
	"context"
	"sort"
	"sync"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/vendorwatch/vendorwatch/sources"
	"github.com/vendorwatch/vendorwatch/storage"
	"github.com/vendorwatch/vendorwatch/trust"
)

// readTimeout bounds the one read of a feed a server is adding: the user
// waits for it (behind a deferred answer).
const readTimeout = 15 * time.Second

// ReadServerFeed reads a feed a server is adding, once, through the
// guarded fetcher, and says what is in it: its normalised URL, title,
// number of items and newest three. Every reason it cannot be read is a
// *trust.FeedUnreadable.
func (p *Pipeline) ReadServerFeed(ctx context.Context, raw string) (trust.FeedPreview, error) {
	u, err := sources.FeedURL(raw)
	if err != nil {
		return trust.FeedPreview{}, &trust.FeedUnreadable{Reason: err.Error()}
	}
	ctx, cancel := context.WithTimeout(ctx, readTimeout)
	defer cancel()
	r := p.Fetch(ctx, trust.Source{Name: u, URL: u, Server: true}, sources.Validators{})
	if r.Err != nil {
		return trust.FeedPreview{}, &trust.FeedUnreadable{Failure: failureOf(r.Err)}
	}
	if r.Resp.NotModified { // no validators were sent: a broken server
		return trust.FeedPreview{}, &trust.FeedUnreadable{Reason: "the server answered 304 Not Modified to a first request"}
	}
	items := append([]trust.Item(nil), r.Feed.Items...)
	sort.SliceStable(items, func(i, j int) bool { return items[i].Published.After(items[j].Published) })
	return trust.FeedPreview{URL: u, Title: r.Feed.Title, Items: len(items), Newest: items[:min(3, len(items))]}, nil
}

// resyncEvery is how often the poller looks for feeds servers added or
// removed without being told (ServerFeedsChanged tells it at once).
const resyncEvery = time.Minute

// ServerFeedsChanged tells the poller that a server added or removed a
// feed, so that it polls the new one now rather than within a minute.
func (d *Poller) ServerFeedsChanged() {
	select {
	case d.feedsChanged <- struct{}{}:
	default:
	}
}

// serveServerFeeds keeps one job per server-added feed in sched, with the
// schedule and jitter of the config's sources (spec, spread), and polls a
// new one at once; skip are the config's sources, polled already. It
// returns when ctx ends, after the first polls it started.
func (d *Poller) serveServerFeeds(ctx context.Context, sched *cron.Cron, spec cron.Schedule, spread time.Duration, skip []int64) {
	var first sync.WaitGroup
	defer first.Wait()
	jobs := map[int64]cron.EntryID{}
	tick := time.NewTicker(resyncEvery)
	defer tick.Stop()
	var lastErr string
	for {
		feeds, err := d.db.PolledServerFeeds(ctx, skip)
		switch {
		case err != nil && ctx.Err() == nil:
			if err.Error() != lastErr {
				d.log.Error("read server feeds", "error", err)
			}
			lastErr = err.Error()
		case err == nil:
			lastErr = ""
			d.syncServerFeeds(ctx, sched, spec, spread, jobs, feeds, &first)
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		case <-d.feedsChanged:
		}
	}
}

func (d *Poller) syncServerFeeds(ctx context.Context, sched *cron.Cron, spec cron.Schedule, spread time.Duration,
	jobs map[int64]cron.EntryID, feeds []storage.SourceState, first *sync.WaitGroup) {
	keep := make(map[int64]bool, len(feeds))
	for _, f := range feeds {
		keep[f.ID] = true
		if _, ok := jobs[f.ID]; ok {
			continue
		}
		name := f.Name
		if f.Server && f.Title != "" {
			name = f.Title
		}
		job := d.PollJob(ctx, trust.Source{Name: name, URL: f.URL, Server: f.Server}, f.ID)
		jobs[f.ID] = sched.Schedule(jittered{spec, jitterFor(f.Name, spread)}, cron.FuncJob(job))
		d.log.Info("server feed scheduled", "source", name)
		first.Add(1)
		go func() { defer first.Done(); job() }()
	}
	for id, entry := range jobs {
		if !keep[id] {
			sched.Remove(entry)
			delete(jobs, id)
		}
	}
}
