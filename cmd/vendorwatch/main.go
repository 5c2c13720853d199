// Command vendorwatch watches security news for vendor-trust events (a
// watched vendor named together with a ban, sanction, backdoor, distrust...)
// and posts them to Discord.
//
// main wires the parts: config → sources (fetch, parse, match) → storage
// (SQLite) → bot (Discord), and owns the scheduler that drives them.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr, os.Getenv)
	stop()
	if err != nil {
		var ex exitError
		if errors.As(err, &ex) {
			if ex.msg != "" {
				fmt.Fprintln(os.Stderr, "vendorwatch:", ex.msg)
			}
			os.Exit(ex.code)
		}
		fmt.Fprintln(os.Stderr, "vendorwatch:", err)
		os.Exit(1)
	}
}

// exitError carries an exit status other than 1 (2 for usage and config
// errors, 1 when some sources failed in scan).
type exitError struct {
	code int
	msg  string
}

func (e exitError) Error() string { return e.msg }

func usageError(format string, args ...any) error {
	return exitError{code: 2, msg: fmt.Sprintf(format, args...)}
}

const usage = `vendorwatch watches security news for vendor-trust events.

Usage:
  vendorwatch scan [--json] [--since DURATION] [--config FILE] [SOURCE...]
        fetch once and print every alert (SOURCE: URLs or feed files;
        default: the configured sources)
  vendorwatch scan --list LIST [--at DATE] [--json] OLD NEW
        diff two captures of a watched list (LIST: a [[list]] name or a
        format: ofac-sdn, nss-certdata, pem-bundle, chrome-root-store,
        cisa-directives) and print the events the change would post
  vendorwatch run [--config FILE]
        the daemon: poll on schedule, remember in SQLite, post to Discord
        (DISCORD_TOKEN) or print to stdout without a token
  vendorwatch explain [--config FILE] URL
        what the daemon did with an article: sources, alert and why (or
        why not), its event, and the subscriptions it went to or not
  vendorwatch check-config FILE
        validate a config file
  vendorwatch schedule [--tz ZONE] [-n N] CRON
        print a digest schedule's next fire times (as /subscribe
        mode:digest would use them)
  vendorwatch healthcheck
        exit 0 when the running daemon's /healthz (http_addr) says ready;
        the Docker image's HEALTHCHECK
  vendorwatch version
`

// run is the whole program; main only maps its error to an exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitError{code: 2}
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "scan":
		return cmdScan(ctx, rest, stdout, stderr)
	case "run":
		return cmdRun(ctx, rest, stdout, stderr, getenv)
	case "check-config":
		return cmdCheckConfig(rest, stdout)
	case "explain":
		return cmdExplain(ctx, rest, stdout, stderr, getenv)
	case "schedule":
		return cmdSchedule(rest, stdout, stderr, time.Now)
	case "healthcheck":
		cfg, _, err := loadConfig("", getenv)
		if err != nil {
			return err
		}
		return cmdHealthcheck(ctx, cfg.HTTPAddr, stdout)
	case "version", "--version":
		fmt.Fprintln(stdout, "vendorwatch", version)
		return nil
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprint(stderr, usage)
	return usageError("unknown command %q", cmd)
}

var version = "dev"
