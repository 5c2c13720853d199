package bot

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/vendorwatch/vendorwatch/trust"
)

// outboxMessage is a channel message with the idempotency fields
// discordgo.MessageSend lacks in v0.29.0: with enforce_nonce, Discord
// answers a repeated nonce (a resend after a crash or a lost answer) with
// the message it already created.
type outboxMessage struct {
	discordgo.MessageSend
	Nonce        string `json:"nonce"`
	EnforceNonce bool   `json:"enforce_nonce"`
}

// dispatch delivers outbox rows until ctx is done: on every wake-up (Notify,
// a finished send, or the interval) it takes the due rows, the oldest per
// channel, and sends each in its own goroutine, at most Workers at once and
// never two for the same channel, so that order holds per channel and a slow
// or rate-limited channel holds up no other.
func (b *Bot) dispatch(ctx context.Context) {
	tick := time.NewTicker(b.opts.DispatchInterval)
	defer tick.Stop()
	busy := map[string]bool{}
	finished := make(chan string, b.opts.Workers)
	running := 0
	defer func() {
		for ; running > 0; running-- {
			<-finished
		}
	}()

	for {
		if running < b.opts.Workers {
			rows, err := b.opts.Store.PendingOutbox(ctx, b.opts.Now(), b.opts.Workers*4)
			if err != nil && ctx.Err() == nil {
				b.log.Error("read outbox", "error", err)
			}
			for _, row := range rows {
				if running >= b.opts.Workers {
					break
				}
				if busy[row.ChannelID] {
					continue
				}
				busy[row.ChannelID] = true
				running++
				go func(row OutboxEntry) {
					b.deliver(ctx, row)
					finished <- row.ChannelID
				}(row)
			}
			if b.opts.Events != nil && running < b.opts.Workers {
				edits, err := b.opts.Events.PendingEdits(ctx, b.opts.Now(), b.opts.EditInterval, b.opts.Workers*4)
				if err != nil && ctx.Err() == nil {
					b.log.Error("read event edits", "error", err)
				}
				for _, ed := range edits {
					if running >= b.opts.Workers {
						break
					}
					if busy[ed.ChannelID] {
						continue
					}
					busy[ed.ChannelID] = true
					running++
					go func(ed trust.EventEdit) {
						b.editEvent(ctx, ed)
						finished <- ed.ChannelID
					}(ed)
				}
			}
		}
		select {
		case <-ctx.Done():
			return
		case ch := <-finished:
			delete(busy, ch)
			running--
		case <-b.wake:
		case <-tick.C:
		}
	}
}

// deliver sends one row and records the outcome.
func (b *Bot) deliver(ctx context.Context, row OutboxEntry) {
	log := b.log.With("outbox_id", row.ID, "channel_id", row.ChannelID, "alert_id", row.Alert.ID)
	msgID, err := b.send(ctx, row)
	// A posted message is recorded even while shutting down, so that the
	// restart does not lean on Discord's nonce memory.
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), b.opts.RequestTimeout)
	defer cancel()
	if err == nil {
		b.observe.Delivered("sent")
		if err := b.opts.Store.MarkSent(sctx, row.ID, msgID); err != nil {
			log.Error("mark outbox row sent", "error", err)
		}
		return
	}
	if ctx.Err() != nil {
		// Shutting down mid-send: the row stays pending and goes out after
		// the restart, at most once thanks to its nonce.
		return
	}
	b.observeFailure(err)

	now := b.opts.Now()
	var rl *discordgo.RateLimitError
	var rest *discordgo.RESTError
	switch {
	case errors.As(err, &rl):
		wait := rl.RetryAfter
		if wait <= 0 {
			wait = time.Second
		}
		log.Info("rate limited; channel waits", "retry_after", wait)
		b.retry(sctx, log, row, now.Add(wait), "rate limited", false)
	case errors.As(err, &rest) && rest.Response != nil && permanent(rest):
		reason := disableReason(rest)
		n, err := b.opts.Store.DisableChannel(sctx, row.ChannelID, reason)
		if err != nil {
			log.Error("disable channel", "error", err)
			return
		}
		// The subscriptions are now disabled, so this is logged once.
		log.Warn("channel disabled", "reason", reason, "subscriptions", n)
		b.observe.Delivered("disabled")
	case errors.As(err, &rest) && rest.Response != nil && rest.Response.StatusCode < 500 &&
		rest.Response.StatusCode != http.StatusTooManyRequests && rest.Response.StatusCode != http.StatusUnauthorized:
		// Any other 4xx means this message itself is wrong: sending it
		// again cannot help.
		reason := "rejected by discord: " + restSummary(rest)
		log.Error("outbox row dropped", "reason", reason)
		b.observe.Delivered("dropped")
		if err := b.opts.Store.MarkDropped(sctx, row.ID, reason); err != nil {
			log.Error("mark outbox row dropped", "error", err)
		}
	default:
		b.retry(sctx, log, row, now.Add(b.backoff(row.Attempts)), errText(err), true)
	}
}

// retry reschedules a row, or drops it once it has had MaxAttempts sends.
func (b *Bot) retry(ctx context.Context, log interface {
	Warn(string, ...any)
	Error(string, ...any)
}, row OutboxEntry, at time.Time, why string, counts bool) {
	if row.Attempts+1 >= b.opts.MaxAttempts {
		reason := "gave up after " + strconv.Itoa(row.Attempts+1) + " attempts: " + why
		log.Error("outbox row dropped", "reason", reason)
		b.observe.Delivered("dropped")
		if err := b.opts.Store.MarkDropped(ctx, row.ID, reason); err != nil {
			log.Error("mark outbox row dropped", "error", err)
		}
		return
	}
	b.observe.Delivered("retry")
	if counts {
		log.Warn("send failed; will retry", "attempt", row.Attempts+1, "error", why, "not_before", at)
	}
	if err := b.opts.Store.MarkRetry(ctx, row.ID, at, why); err != nil {
		log.Error("mark outbox row for retry", "error", err)
		return
	}
	// Wake the dispatcher when the row is due rather than at the next
	// tick: a rate-limited channel resumes the moment Discord allows it.
	time.AfterFunc(time.Until(at), b.Notify)
}

// backoff is MinBackoff doubled per attempt, capped at MaxBackoff; the cap
// stays within the minutes Discord remembers a nonce.
func (b *Bot) backoff(attempts int) time.Duration {
	d := b.opts.MinBackoff
	for k := 0; k < attempts && d < b.opts.MaxBackoff; k++ {
		d *= 2
	}
	return min(d, b.opts.MaxBackoff)
}

// send posts one alert (or its event) and returns the message id.
func (b *Bot) send(ctx context.Context, row OutboxEntry) (string, error) {
	// Discord accepted a message without an id in its answer: the row is
	// still sent.
	return b.post(ctx, row.ChannelID, outboxMessage{
		MessageSend: discordgo.MessageSend{
			Embeds:          []*discordgo.MessageEmbed{b.postEmbed(ctx, row)},
			AllowedMentions: noMentions(),
		},
		Nonce:        row.Nonce,
		EnforceNonce: row.Nonce != "",
	})
}

// Observer hears how each send ended, for metrics.
type Observer interface {
	Delivered(result string)         // sent, edited, retry, dropped or disabled
	DeliveryFailed(status, code int) // HTTP status and Discord code; 0, 0 for a network error
}

type noObserver struct{}

func (noObserver) Delivered(string)        {}
func (noObserver) DeliveryFailed(int, int) {}

func (b *Bot) observeFailure(err error) {
	var rl *discordgo.RateLimitError
	var rest *discordgo.RESTError
	switch {
	case errors.As(err, &rl):
		b.observe.DeliveryFailed(http.StatusTooManyRequests, 0)
	case errors.As(err, &rest) && rest.Response != nil:
		code := 0
		if rest.Message != nil {
			code = rest.Message.Code
		}
		b.observe.DeliveryFailed(rest.Response.StatusCode, code)
	default:
		b.observe.DeliveryFailed(0, 0)
	}
}

// permanent reports whether an error means the bot cannot post to the
// channel at all: it is gone, or the bot lacks access or permission.
func permanent(e *discordgo.RESTError) bool {
	code := 0
	if e.Message != nil {
		code = e.Message.Code
	}
	switch {
	case code == discordgo.ErrCodeUnknownChannel,
		code == discordgo.ErrCodeMissingAccess,
		code == discordgo.ErrCodeMissingPermissions:
		return true
	case e.Response.StatusCode == http.StatusNotFound, e.Response.StatusCode == http.StatusForbidden:
		return true
	}
	return false
}

func disableReason(e *discordgo.RESTError) string {
	code := 0
	if e.Message != nil {
		code = e.Message.Code
	}
	switch code {
	case discordgo.ErrCodeUnknownChannel:
		return "the channel no longer exists (Discord error 10003)"
	case discordgo.ErrCodeMissingAccess:
		return "the bot has no access to the channel (Discord error 50001)"
	case discordgo.ErrCodeMissingPermissions:
		return "the bot lacks permission to post there (Discord error 50013)"
	}
	return "Discord refused the channel: " + restSummary(e)
}

func restSummary(e *discordgo.RESTError) string {
	s := "HTTP " + strconv.Itoa(e.Response.StatusCode)
	if e.Message != nil {
		if e.Message.Code != 0 {
			s += " code " + strconv.Itoa(e.Message.Code)
		}
		if e.Message.Message != "" {
			s += ": " + Truncate(e.Message.Message, 200)
		}
	}
	return s
}

// errText is an error for the outbox's last_error column: short, and
// without the response body's detail for REST errors.
func errText(err error) string {
	var rest *discordgo.RESTError
	if errors.As(err, &rest) && rest.Response != nil {
		return restSummary(rest)
	}
	return Truncate(err.Error(), 300)
}
