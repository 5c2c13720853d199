package bot

import (
	"context"
	"errors"
	"time"
)

// errRegistering is CommandsErr's answer before the first registration
// has ended.
var errRegistering = errors.New("commands not registered yet")

// register registers the slash commands in the background, again and
// again with backoff until it works or ctx ends, while the dispatcher
// delivers: a registration Discord refuses (a 500, a 400 from a server
// that rejects a field) leaves the commands missing, not the alerts
// undelivered. CommandsErr says why meanwhile, for /healthz. The waits
// double from MinBackoff up to MaxBackoff (5 minutes by default: a server
// that keeps refusing is asked a dozen times an hour).
func (b *Bot) register(ctx context.Context) {
	b.setCommandsErr(errRegistering)
	b.wg.Add(1)
	go func() {
		defer b.wg.Done()
		for attempt := 0; ; attempt++ {
			err := b.registerCommands(ctx)
			if ctx.Err() != nil {
				return
			}
			b.setCommandsErr(err)
			if err == nil {
				return
			}
			wait := b.backoff(attempt)
			b.log.Error("register commands; will retry", "attempt", attempt+1, "retry_in", wait.String(), "error", err)
			t := time.NewTimer(wait)
			select {
			case <-ctx.Done():
				t.Stop()
				return
			case <-t.C:
			}
		}
	}()
}

// CommandsErr is nil once the slash commands are registered; until then,
// why they are not (the last registration's error).
func (b *Bot) CommandsErr() error {
	p := b.cmdErr.Load()
	if p == nil {
		return nil
	}
	return *p
}

func (b *Bot) setCommandsErr(err error) {
	if err == nil {
		b.cmdErr.Store(nil)
		return
	}
	b.cmdErr.Store(&err)
}
