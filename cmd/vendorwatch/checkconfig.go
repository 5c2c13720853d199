package main

import (
	"fmt"
	"io"
	"time"

	"github.com/vendorwatch/vendorwatch/config"
	"github.com/vendorwatch/vendorwatch/poller"
)

// cmdCheckConfig validates a config file as run does before it starts:
// config.Load (with config.Validate) and the pipeline's matcher, which
// refuses terms Validate cannot judge. A file that passes here, run
// accepts too; only the environment (the token, the VENDORWATCH_
// overrides) and what starting shows (a port in use, a database that
// cannot be opened) can still stop it.
func cmdCheckConfig(args []string, stdout io.Writer) error {
	if len(args) != 1 {
		return usageError("usage: vendorwatch check-config FILE")
	}
	cfg, err := config.Load(args[0])
	if err != nil {
		return exitError{code: 2, msg: err.Error()}
	}
	if _, err := poller.NewPipeline(cfg, time.Now); err != nil {
		return exitError{code: 2, msg: fmt.Sprintf("%s: %v", args[0], err)}
	}
	terms := 0
	for _, g := range cfg.Matching.Signals {
		terms += len(g.Terms)
	}
	fmt.Fprintf(stdout, "%s: ok (%d sources, %d vendors, %d signal terms)\n",
		args[0], len(cfg.EnabledSources()), len(cfg.Watchlist()), terms)
	return nil
}
