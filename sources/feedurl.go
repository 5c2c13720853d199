package sources

import (
	"errors"
	"net"
	"net/url"
	"strings"
)

// Reasons FeedURL refuses an address, in words for the user who gave it.
var (
	ErrFeedInvalid = errors.New("the address is not a valid link")
	ErrFeedScheme  = errors.New("the address is not an http or https link")
	ErrFeedHost    = errors.New("the address has no host name")
	ErrFeedUser    = errors.New("the address carries a user name or password, which the bot does not keep")
)

// FeedURL checks a feed address a user gave (/sources add) and returns it
// in the one form under which the feed is stored, however many servers
// add it: scheme and host lower-cased, the default port and the fragment
// dropped, an empty path made "/". The query is kept as given: a feed's
// parameters may matter to its server. Where the address leads (not to
// a private network) is checked after DNS resolution, when the feed is
// fetched (FetcherOptions.BlockPrivate).
func FeedURL(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "", ErrFeedInvalid
	}
	scheme := strings.ToLower(u.Scheme)
	if scheme != "http" && scheme != "https" || u.Opaque != "" {
		return "", ErrFeedScheme
	}
	if u.User != nil {
		return "", ErrFeedUser
	}
	host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	if host == "" {
		return "", ErrFeedHost
	}
	port := u.Port()
	if port == "80" && scheme == "http" || port == "443" && scheme == "https" {
		port = ""
	}
	switch {
	case port != "":
		host = net.JoinHostPort(host, port)
	case strings.Contains(host, ":"):
		host = "[" + host + "]" // IPv6 literal
	}
	out := url.URL{Scheme: scheme, Host: host, Path: u.Path, RawPath: u.RawPath, RawQuery: u.RawQuery}
	if out.Path == "" {
		out.Path, out.RawPath = "/", ""
	}
	return out.String(), nil
}
