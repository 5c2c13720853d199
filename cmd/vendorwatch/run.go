package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime/debug"
	"sync"
	"time"

	"github.com/vendorwatch/vendorwatch/bot"
	"github.com/vendorwatch/vendorwatch/config"
	"github.com/vendorwatch/vendorwatch/explain"
	"github.com/vendorwatch/vendorwatch/ops"
	"github.com/vendorwatch/vendorwatch/poller"
	"github.com/vendorwatch/vendorwatch/storage"
	"github.com/vendorwatch/vendorwatch/trust"
)

// setMemoryLimit is debug.SetMemoryLimit; the tests, which run `run` in
// their own process, record the call instead.
var setMemoryLimit = debug.SetMemoryLimit

// cmdRun runs the daemon until ctx ends. A daemon stopped while it starts
// (opening or migrating the database, setting the print mark, registering
// its sources) ends as cleanly as one stopped while it runs: the step
// that saw ctx end is no failure.
func cmdRun(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	err := runDaemon(ctx, args, stdout, stderr, getenv)
	if err != nil && ctx.Err() != nil && errors.Is(err, ctx.Err()) {
		return nil
	}
	return err
}

func runDaemon(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
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

	// One daemon per database: a second would post every alert again.
	db, err := storage.OpenDaemon(ctx, cfg.Database, "vendorwatch run")
	if errors.Is(err, storage.ErrInUse) {
		return err
	}
	if err != nil {
		return fmt.Errorf("open database: %w", err)
	}
	defer db.Close()

	p, err := poller.NewPipeline(cfg, time.Now)
	if err != nil {
		return err
	}
	d := poller.New(cfg, db, p, logger, time.Now)
	if cfg.HTTPAddr != "" {
		stopHTTP, err := ops.Serve(cfg.HTTPAddr, d.Health, d.Metrics, logger)
		if err != nil {
			return exitError{code: 2, msg: err.Error()}
		}
		defer stopHTTP()
	}
	if cfg.Token == "" {
		// Feed-health notices wait in the outbox like alerts; the log's
		// "source down" and "source back up" lines tell the operator.
		logger.Info("running without Discord: no DISCORD_TOKEN; new alerts are printed to stdout")
		pr := &alertPrinter{db: db, log: logger, print: func(a *trust.Alert) {
			if jsonLogs {
				writeJSON(out, a)
			} else {
				writeTextNote(out, a, eventNote(ctx, db, a))
			}
		}}
		if err := pr.start(ctx); err != nil {
			return err
		}
		d.Emit = func(a *trust.Alert, _ int) { pr.emit(ctx, a) }
		return d.Serve(ctx, cfg)
	}

	// With Discord the outbox delivers; a later token-less start prints
	// only what is stored after it.
	if err := db.ForgetPrinted(ctx); err != nil {
		return err
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
		Observer:                 d.Metrics,
		Events:                   db,
		EditInterval:             cfg.Events.EditInterval.D(),
		Explain: func(ctx context.Context, link, guildID string) (bot.Explanation, error) {
			return explain.Explain(ctx, db, p, cfg, link, guildID)
		},
		FetchAttachment:  fetchAttachment(cfg),
		ReadFeed:         p.ReadServerFeed,
		FeedsChanged:     d.ServerFeedsChanged,
		MaxFeedsPerGuild: feedCap(cfg.Discord.MaxFeedsPerGuild),
	})
	if err != nil {
		return err
	}
	d.Health.DiscordProblems = b.Problems
	d.Health.Discord = b.Connected
	d.Health.Commands = b.CommandsErr
	d.Notify = b.Notify
	d.Emit = func(_ *trust.Alert, outbox int) {
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
	serr := d.Serve(ctx, cfg)
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

// feedCap is the config's max_feeds_per_guild as bot.Options takes it:
// the config's 0 turns /sources add off.
func feedCap(n int) int {
	if n == 0 {
		return -1
	}
	return n
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
