package bot

import (
	"net/http"
	"strings"

	"golang.org/x/time/rate"
)

// DefaultGlobalRate is Discord's global limit for a bot: 50 REST requests
// a second. Larger bots can ask Discord for more.
const DefaultGlobalRate = 50

// pacedTransport keeps the bot under Discord's global rate limit instead of
// finding it with 429s, which also count toward the 10,000 failed requests
// in 10 minutes that get an IP banned. discordgo only reacts to a global
// 429 after the fact, and with several workers sending to different
// channels (each within its own bucket) the bot would otherwise send
// several times the global limit.
//
// Interaction callbacks and follow-ups (/interactions/..., /webhooks/...)
// are not bound by the global limit, and a command answer must not wait
// behind a backlog of alerts, so they pass unpaced.
type pacedTransport struct {
	limiter *rate.Limiter
	next    http.RoundTripper
}

// newPacedTransport paces at nine tenths of perSecond with a burst of one:
// at most perSecond requests can then arrive within any one second even
// when some are delayed on the way by up to a tenth of a second.
func newPacedTransport(perSecond int, next http.RoundTripper) *pacedTransport {
	return &pacedTransport{limiter: rate.NewLimiter(rate.Limit(float64(perSecond)*0.9), 1), next: next}
}

func (t *pacedTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if !unpacedRoute(req.URL.Path) {
		if err := t.limiter.Wait(req.Context()); err != nil {
			if req.Body != nil {
				req.Body.Close()
			}
			return nil, err
		}
	}
	return t.next.RoundTrip(req)
}

// unpacedRoute reports the interaction routes Discord exempts from the
// global limit.
func unpacedRoute(path string) bool {
	_, rest, ok := strings.Cut(path, "/api/v")
	if !ok {
		return false
	}
	_, rest, _ = strings.Cut(rest, "/")
	return strings.HasPrefix(rest, "interactions/") || strings.HasPrefix(rest, "webhooks/")
}
