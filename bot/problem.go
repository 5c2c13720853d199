package bot

import (
	"fmt"
	"net/http"
	"strings"
)

// SourceProblem puts a source's last failure into words for people who do
// not read HTTP, from its values: the kind, the HTTP status, the size cap
// and the cause. The result is one short sentence; it never repeats the
// cause, so no address or secret reaches Discord. It is "" when there is
// no failure at all. A failure stored before status, cap and cause were
// kept gets its kind's general sentence.
func SourceProblem(f Failure) string {
	if f == (Failure{}) {
		return ""
	}
	// has tells causes of one kind apart (DNS from TLS, a missing file
	// from a folder) by words the cause contains.
	has := func(words ...string) bool {
		l := strings.ToLower(f.Detail)
		for _, w := range words {
			if strings.Contains(l, strings.ToLower(w)) {
				return true
			}
		}
		return false
	}

	switch f.Kind {
	case "cloudflare":
		return "blocked by a Cloudflare challenge (the site wants a browser, not a bot)"
	case "timeout":
		return "timed out: the server did not answer in time"
	case "rate_limited":
		if f.Status == http.StatusServiceUnavailable {
			return "the site is overloaded and asked us to come back later (HTTP 503)"
		}
		if f.Status != 0 {
			return fmt.Sprintf("the site asked us to slow down (HTTP %d)", f.Status)
		}
		return "the site asked us to slow down"
	case "status":
		return statusProblem(f.Status)
	case "too_large":
		if f.Cap > 0 {
			return "the feed is too large (over the " + capSize(f.Cap) + " limit)"
		}
		return "the feed is too large"
	case "network":
		switch {
		case has("refusing to connect to a private"):
			return "the address points to a private network, which is not allowed"
		case has("no such host", "lookup ", "server misbehaving"):
			return "could not connect (DNS lookup failed)"
		case has("connection refused"):
			return "could not connect (connection refused)"
		case has("x509:", "certificate"):
			return "could not connect (TLS certificate problem)"
		case has("tls:", "handshake"):
			return "could not connect (the secure connection failed)"
		case has("network is unreachable", "no route to host"):
			return "could not connect (the server is unreachable)"
		case has("connection reset", "broken pipe"):
			return "the connection was cut off (connection reset)"
		case has("redirects"):
			return "too many redirects (the site sends us round in circles)"
		case has("unsupported scheme"):
			return "the address is not an http or https link"
		case has("invalid url", "invalid request"):
			return "the feed's address is not a valid link"
		case has("context canceled"):
			return "the check was interrupted because the bot was stopping"
		case has("deadline exceeded", "timeout"):
			return "timed out: the server did not answer in time"
		case has("gzip:"):
			return "the feed's compressed data is damaged"
		case has("eof"):
			return "the server closed the connection before sending the feed"
		}
		return "a network error stopped the download"
	case "file":
		switch {
		case has("no such file", "not exist"):
			return "the feed file does not exist"
		case has("permission denied"):
			return "the feed file cannot be read (permission denied)"
		case has("is a directory"):
			return "the feed path is a folder, not a file"
		case has("gzip:"):
			return "the feed file's compressed data is damaged"
		}
		return "the feed file could not be read"
	case "parse":
		switch {
		case has("not a feed: an html page"):
			return "the address shows a web page, not a feed"
		case has("not a feed: empty body"):
			return "the server sent an empty page instead of a feed"
		case has("parse ofac-sdn:", "parse nss-certdata:", "parse pem-bundle:", "parse chrome-root-store:", "parse cisa-directives:"):
			return "the list could not be read in its format (a watched list, not a feed)"
		}
		return "the feed could not be read as RSS, Atom or JSON Feed"
	case "store":
		switch {
		case has("database is locked", "sqlite_busy"):
			return "could not save the news: the bot's database was busy (not the feed's fault)"
		case has("disk is full", "sqlite_full", "no space left"):
			return "could not save the news: the bot's disk is full (not the feed's fault)"
		}
		return "could not save the news: a problem in the bot's database (not the feed's fault)"
	}
	return "the last check failed (the bot's log has the details)"
}

// statusProblem explains an HTTP status other than 2xx and 304.
func statusProblem(code int) string {
	name := http.StatusText(code)
	switch {
	case code == 0:
		return "the server answered with an error"
	case code == http.StatusNotFound || code == http.StatusGone:
		return fmt.Sprintf("the feed's address is gone (HTTP %d %s)", code, name)
	case code == http.StatusUnauthorized:
		return "the server wants a login (HTTP 401)"
	case code == http.StatusForbidden:
		return "the server refused access (HTTP 403)"
	case code == http.StatusTooManyRequests:
		return "the site asked us to slow down (HTTP 429)"
	case code >= 500:
		return fmt.Sprintf("the server had an error (HTTP %d)", code)
	case code >= 400 && name != "":
		return fmt.Sprintf("the server rejected the request (HTTP %d %s)", code, name)
	case code >= 400:
		return fmt.Sprintf("the server rejected the request (HTTP %d)", code)
	}
	return fmt.Sprintf("the server answered HTTP %d instead of the feed", code)
}

// capSize writes n bytes as "8 MiB", "512 KiB" or "1000 bytes".
func capSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
