package main

import (
	"fmt"
	"io"

	"github.com/vendorwatch/vendorwatch/config"
)

func cmdCheckConfig(args []string, stdout io.Writer) error {
	if len(args) != 1 {
		return usageError("usage: vendorwatch check-config FILE")
	}
	cfg, err := config.Load(args[0])
	if err != nil {
		return exitError{code: 2, msg: err.Error()}
	}
	terms := 0
	for _, g := range cfg.Matching.Signals {
		terms += len(g.Terms)
	}
	fmt.Fprintf(stdout, "%s: ok (%d sources, %d vendors, %d signal terms)\n",
		args[0], len(cfg.EnabledSources()), len(cfg.Watchlist()), terms)
	return nil
}
