package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/vendorwatch/vendorwatch/explain"
	"github.com/vendorwatch/vendorwatch/poller"
	"github.com/vendorwatch/vendorwatch/storage"
)

// cmdExplain prints what the daemon's database knows about an article.
func cmdExplain(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	fs := flag.NewFlagSet("explain", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfgPath := fs.String("config", "", "config file (default: $VENDORWATCH_CONFIG, else built-in defaults)")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return exitError{code: 2}
	}
	if len(pos) != 1 {
		return usageError("explain: want one article URL")
	}
	cfg, _, err := loadConfig(*cfgPath, getenv)
	if err != nil {
		return err
	}
	// Explaining must not create an empty database where the daemon's is
	// missing: that would only ever say "not seen".
	if _, err := os.Stat(cfg.Database); err != nil {
		return exitError{code: 2, msg: fmt.Sprintf("explain: no database at %s (run the daemon first, or --config)", cfg.Database)}
	}
	db, err := storage.Open(ctx, cfg.Database)
	if err != nil {
		return fmt.Errorf("open database: %w", err)
	}
	defer db.Close()
	p, err := poller.NewPipeline(cfg, time.Now)
	if err != nil {
		return exitError{code: 2, msg: err.Error()}
	}
	if gv, err := db.GuildVendors(ctx, ""); err == nil {
		p.SetGuildVendors(gv)
	}
	ex, err := explain.Explain(ctx, db, p, cfg, pos[0], "")
	if err != nil {
		return err
	}
	if ex.Seen {
		fmt.Fprintf(stdout, "%s\n  %s\n", clean(ex.Title), clean(ex.Link))
	}
	for _, l := range ex.Lines {
		fmt.Fprintf(stdout, "  %s\n", clean(l))
	}
	return nil
}
