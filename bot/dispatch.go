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

// dispatch delivers outbox rows until ctx is done, at most Workers sends
// at once and never two for the same channel, so that order holds per
// channel and a slow or rate-limited channel holds up no other.
//
// Channels with due rows wait in a queue and take turns, one message a
// turn, round-robin: a burst of alerts to many channels reaches every
// channel once before any gets its second. That matters under Discord's
// per-channel limit (5 messages per 5 s), whose window opens at a
// channel's first message: depth-first, the last channel's window opened
// only after everyone else's backlog, and the whole burst took that much
// longer. The queue is refilled from PendingOutbox when something new may
// be due (Notify, the interval, a retry falling due); after its turn a
// channel goes to the back of the queue, and its next row is read then
// (NextOutbox, one indexed lookup), so a row changed meanwhile (dropped
// by /unsubscribe, say) is never sent from a stale copy. A channel whose
// rate limit is spent leaves the queue until the limit resets, rather
// than holding a worker asleep in discordgo.
func (b *Bot) dispatch(ctx context.Context) {
	tick := time.NewTicker(b.opts.DispatchInterval)
	defer tick.Stop()
	var ready []turn                  // channels waiting for a worker, in turn order
	queued := map[string]bool{}       // channels in ready
	busy := map[string]bool{}         // channels a worker has
	cooling := map[string]time.Time{} // channels whose rate limit is spent → reset
	cooled := make(chan struct{}, 1)  // a cooling channel's reset has come
	finished := make(chan turnEnd, b.opts.Workers)
	running := 0
	defer func() {
		for ; running > 0; running-- {
			<-finished
		}
	}()
	push := func(t turn) {
		if !busy[t.channel] && !queued[t.channel] && cooling[t.channel].IsZero() {
			queued[t.channel] = true
			ready = append(ready, t)
		}
	}

	refill := true
	var round int64 // the round last begun
	idle := false   // it closed no digest and found no row due
	for {
		if refill {
			// Counted before the clock is read: a round begun after a
			// test's change sees the change's time too.
			round = b.rounds.begun.Add(1)
		}
		now := b.opts.Now()
		for ch, until := range cooling {
			if !now.Before(until) {
				delete(cooling, ch)
				push(turn{channel: ch})
			}
		}
		if refill {
			refill = false
			// Digests due now join the outbox before it is read.
			closed := b.closeDigests(ctx, now)
			// Enough rows to get past the channels already queued, busy or
			// cooling, which still head the answer.
			limit := b.opts.Workers*4 + maxQueued + len(queued) + len(busy) + len(cooling)
			rows, err := b.opts.Store.PendingOutbox(ctx, now, limit)
			if err != nil && ctx.Err() == nil {
				b.log.Error("read outbox", "error", err)
			}
			idle = !closed && err == nil && len(rows) == 0
			for _, row := range rows {
				if len(ready) >= maxQueued {
					break
				}
				push(turn{channel: row.ChannelID, row: &row})
			}
		}
		for running < b.opts.Workers && len(ready) > 0 {
			t := ready[0]
			ready = ready[1:]
			delete(queued, t.channel)
			busy[t.channel] = true
			running++
			go func() { finished <- b.channelTurn(ctx, t) }()
		}
		if b.opts.Events != nil && running < b.opts.Workers {
			edits, err := b.opts.Events.PendingEdits(ctx, now, b.opts.EditInterval, b.opts.Workers*4)
			if err != nil && ctx.Err() == nil {
				b.log.Error("read event edits", "error", err)
			}
			for _, ed := range edits {
				if running >= b.opts.Workers {
					break
				}
				if busy[ed.ChannelID] || !cooling[ed.ChannelID].IsZero() {
					continue
				}
				busy[ed.ChannelID] = true
				running++
				// more: rows of the channel skipped while it was busy
				// with the edit get their turn after it.
				go func() { b.editEvent(ctx, ed); finished <- turnEnd{channel: ed.ChannelID, more: ctx.Err() == nil} }()
			}
		}
		if idle && running == 0 && len(ready) == 0 && len(cooling) == 0 {
			b.rounds.settled.Store(round)
		}
		select {
		case <-ctx.Done():
			return
		case end := <-finished:
			delete(busy, end.channel)
			running--
			switch {
			case !end.cooldown.IsZero():
				cooling[end.channel] = end.cooldown
				time.AfterFunc(time.Until(end.cooldown), func() {
					select {
					case cooled <- struct{}{}:
					default:
					}
				})
			case end.more:
				push(turn{channel: end.channel})
			}
		case <-cooled:
		case <-b.wake:
			refill = true
		case <-tick.C:
			refill = true
		}
	}
}

// maxQueued bounds the channels waiting in the dispatcher's queue; more
// wait in the database until there is room.
const maxQueued = 1000

// turn is a channel's turn with a worker: row is its next row when the
// dispatcher has just read it, nil to read it at the start of the turn.
type turn struct {
	channel string
	row     *OutboxEntry
}

// turnEnd is a worker's report on a turn.
type turnEnd struct {
	channel  string
	cooldown time.Time // the channel's rate limit is spent until then
	more     bool      // the channel may have more due rows
}

// channelTurn sends the channel's next due row, unless its rate limit is
// spent.
func (b *Bot) channelTurn(ctx context.Context, t turn) turnEnd {
	end := turnEnd{channel: t.channel}
	if wait := b.channelWait(t.channel); wait > 0 {
		end.cooldown = b.opts.Now().Add(wait + resetMargin)
		return end
	}
	row := t.row
	if row == nil {
		next, ok, err := b.opts.Store.NextOutbox(ctx, t.channel, b.opts.Now())
		if err != nil && ctx.Err() == nil {
			b.log.Error("read outbox", "channel_id", t.channel, "error", err)
		}
		if !ok || err != nil {
			return end
		}
		row = &next
	}
	b.deliver(ctx, *row)
	// Whatever became of the row (sent, dropped, held back for a retry),
	// the channel's next turn reads what is due then.
	end.more = ctx.Err() == nil
	return end
}

// resetMargin is added to a spent channel limit's reset before the
// channel's next turn. discordgo truncates X-RateLimit-Reset-After to whole
// milliseconds (and 0.999 s to 998 ms in float arithmetic), so its reset
// can come up to 2 ms before Discord's; on a fast link the next message
// then arrives early and gets a 429, whose Retry-After costs a second.
const resetMargin = 25 * time.Millisecond

// channelWait is how long discordgo would sleep before its next message to
// the channel: the rate-limit headers of the last answer said the limit
// was spent. A worker hands the channel back instead of sleeping there.
func (b *Bot) channelWait(channelID string) time.Duration {
	rl := b.session.Ratelimiter
	bk := rl.GetBucket(discordgo.EndpointChannelMessages(channelID))
	bk.Lock()
	defer bk.Unlock()
	return rl.GetWaitTime(bk, 1)
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
			return
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
	case errors.Is(err, ErrNotFound):
		// What the row renders (a digest, a health event) is gone from the
		// database: no later attempt can find it.
		reason := "nothing to send: " + Truncate(err.Error(), 200)
		log.Error("outbox row dropped", "reason", reason)
		b.observe.Delivered("dropped")
		if err := b.opts.Store.MarkDropped(sctx, row.ID, reason); err != nil {
			log.Error("mark outbox row dropped", "error", err)
		}
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

// send posts one outbox row (an alert or its event, a flood summary, a
// digest's part, a feed-health notice) and returns the message id.
func (b *Bot) send(ctx context.Context, row OutboxEntry) (string, error) {
	var msg discordgo.MessageSend
	switch row.Kind {
	case trust.OutboxDigest:
		m, err := b.digestMessage(ctx, row)
		if err != nil {
			return "", err
		}
		msg = m
	case trust.OutboxHealth:
		m, err := b.healthMessage(ctx, row)
		if err != nil {
			return "", err
		}
		msg = m
	case trust.OutboxAlert:
		if row.RefID != 0 {
			m, err := b.floodMessage(ctx, row)
			if err != nil {
				return "", err
			}
			msg = m
			break
		}
		fallthrough
	default:
		msg = discordgo.MessageSend{
			Embeds:          []*discordgo.MessageEmbed{b.postEmbed(ctx, row)},
			AllowedMentions: noMentions(),
		}
		if row.PingRole != "" {
			// The role is the only mention allowed: feed text in the
			// embed cannot ping anyone (embeds never ping), and parse
			// stays empty so that no @everyone or user mention works.
			msg.Content = "<@&" + row.PingRole + ">"
			msg.AllowedMentions = &discordgo.MessageAllowedMentions{
				Parse: []discordgo.AllowedMentionType{}, Roles: []string{row.PingRole},
			}
		}
	}
	// Discord accepted a message without an id in its answer: the row is
	// still sent.
	return b.post(ctx, row.ChannelID, outboxMessage{MessageSend: msg, Nonce: row.Nonce, EnforceNonce: row.Nonce != ""})
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
