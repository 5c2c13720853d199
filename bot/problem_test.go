package bot

import (
	"strings"
	"testing"
)

// The error texts are real ones, from sources.Fetcher.Fetch against an
// httptest.Server and from sources.Parse, with the poller's "parse NAME: "
// prefix.
func TestSourceProblem(t *testing.T) {
	const u = "https://feeds.example.com/rss?token=REDACTED"
	tests := []struct {
		name, kind, lastError, want string
	}{
		{"cloudflare", "cloudflare", "fetch " + u + ": cloudflare (status 403): blocked by a Cloudflare challenge",
			"blocked by a Cloudflare challenge (the site wants a browser, not a bot)"},
		{"404", "status", "fetch " + u + ": status (status 404): not found", "the feed's address is gone (HTTP 404 Not Found)"},
		{"410", "status", "fetch " + u + ": status (status 410): gone", "the feed's address is gone (HTTP 410 Gone)"},
		{"401", "status", "fetch " + u + ": status (status 401): unauthorized", "the server wants a login (HTTP 401)"},
		{"403", "status", "fetch " + u + ": status (status 403): forbidden", "the server refused access (HTTP 403)"},
		{"400", "status", "fetch " + u + ": status (status 400): bad request", "the server rejected the request (HTTP 400 Bad Request)"},
		{"499", "status", "fetch " + u + ": status (status 499): ", "the server rejected the request (HTTP 499)"},
		{"500", "status", "fetch " + u + ": status (status 500): internal server error", "the server had an error (HTTP 500)"},
		{"503", "status", "fetch " + u + ": status (status 503): service unavailable", "the server had an error (HTTP 503)"},
		{"500 with retry after", "status", "fetch " + u + ": status (status 500), retry after 30s: internal server error", "the server had an error (HTTP 500)"},
		{"429 without Retry-After", "status", "fetch " + u + ": status (status 429): too many requests", "the site asked us to slow down (HTTP 429)"},
		{"300", "status", "fetch " + u + ": status (status 300): multiple choices", "the server answered HTTP 300 instead of the feed"},
		{"status without a code", "status", "something else", "the server answered with an error"},
		{"429", "rate_limited", "fetch " + u + ": rate_limited (status 429), retry after 1h0m0s: Too Many Requests", "the site asked us to slow down (HTTP 429)"},
		{"503 with Retry-After", "rate_limited", "fetch " + u + ": rate_limited (status 503), retry after 2m0s: Service Unavailable",
			"the site is overloaded and asked us to come back later (HTTP 503)"},
		{"rate limited without a code", "rate_limited", "", "the site asked us to slow down"},
		{"timeout", "timeout", "fetch " + u + ": timeout: context deadline exceeded", "timed out: the server did not answer in time"},
		{"too large", "too_large", "fetch " + u + ": too_large (status 200): body over the 8388608-byte cap", "the feed is too large (over the 8 MiB limit)"},
		{"too large by length", "too_large", "fetch " + u + ": too_large (status 200): content length 9999999 over the 102400-byte cap", "the feed is too large (over the 100 KiB limit)"},
		{"too large decompressed", "too_large", "fetch " + u + ": too_large (status 200): decompressed body too large (over 1000 bytes)", "the feed is too large (over the 1000 bytes limit)"},
		{"too large file", "too_large", "fetch /srv/feed.xml: too_large: file of 9000000 bytes over the 8388608-byte cap", "the feed is too large (over the 8 MiB limit)"},
		{"too large, no cap", "too_large", "", "the feed is too large"},
		{"dns", "network", "fetch https://nonexistent.invalid/feed: network: dial tcp: lookup nonexistent.invalid on 10.255.255.53:53: no such host", "could not connect (DNS lookup failed)"},
		{"refused", "network", "fetch http://127.0.0.1:1/feed: network: dial tcp 127.0.0.1:1: connect: connection refused", "could not connect (connection refused)"},
		{"tls unknown authority", "network", "fetch https://127.0.0.1:42599: network: tls: failed to verify certificate: x509: certificate signed by unknown authority", "could not connect (TLS certificate problem)"},
		{"tls expired", "network", "fetch " + u + ": network: tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2026-11-27T14:18:45Z is after 2026-01-01T00:00:00Z", "could not connect (TLS certificate problem)"},
		{"tls handshake", "network", "fetch " + u + ": network: remote error: tls: handshake failure", "could not connect (the secure connection failed)"},
		{"unreachable", "network", "fetch " + u + ": network: dial tcp 203.0.113.9:443: connect: network is unreachable", "could not connect (the server is unreachable)"},
		{"reset", "network", "fetch " + u + ": network (status 200): read body: read tcp 10.0.0.2:5555->203.0.113.9:443: read: connection reset by peer", "the connection was cut off (connection reset)"},
		{"private", "network", "fetch http://127.0.0.1:42655: network: dial tcp 127.0.0.1:42655: refusing to connect to a private, loopback or link-local address", "the address points to a private network, which is not allowed"},
		{"redirects", "network", "fetch " + u + ": network: stopped after 10 redirects", "too many redirects (the site sends us round in circles)"},
		{"scheme", "network", `fetch ftp://x/feed: network: unsupported scheme "ftp"`, "the address is not an http or https link"},
		{"unparsable URL", "network", "fetch (unparsable URL): network: invalid URL", "the feed's address is not a valid link"},
		{"canceled", "network", "fetch " + u + ": network: context canceled", "the check was interrupted because the bot was stopping"},
		{"i/o timeout", "network", "fetch " + u + ": network: dial tcp 203.0.113.9:443: i/o timeout", "timed out: the server did not answer in time"},
		{"bad gzip", "network", "fetch " + u + ": network (status 200): gzip: unexpected EOF", "the feed's compressed data is damaged"},
		{"eof", "network", "fetch " + u + ": network: EOF", "the server closed the connection before sending the feed"},
		{"network other", "network", "fetch " + u + ": network: something odd", "a network error stopped the download"},
		{"file missing", "file", "fetch /nonexistent/feed.xml: file: no such file or directory", "the feed file does not exist"},
		{"file is dir", "file", "fetch /tmp: file: is a directory", "the feed path is a folder, not a file"},
		{"file permission", "file", "fetch /root/feed.xml: file: permission denied", "the feed file cannot be read (permission denied)"},
		{"file gzip", "file", "fetch /srv/feed.xml.gz: file: gzip: invalid header", "the feed file's compressed data is damaged"},
		{"file other", "file", "fetch /srv/feed.xml: file: input/output error", "the feed file could not be read"},
		{"html page", "parse", "parse CISA advisories: not a feed: an HTML page", "the address shows a web page, not a feed"},
		{"empty body", "parse", "parse CISA advisories: not a feed: empty body", "the server sent an empty page instead of a feed"},
		{"json array", "parse", "parse CISA advisories: not a feed: a JSON array", "the feed could not be read as RSS, Atom or JSON Feed"},
		{"no root", "parse", "parse CISA advisories: not a feed: XML without an rss, rdf or feed root element", "the feed could not be read as RSS, Atom or JSON Feed"},
		{"bad json feed", "parse", "parse CISA advisories: parse feed: json: cannot unmarshal number into Go struct field .alias.items of type []*json.Item", "the feed could not be read as RSS, Atom or JSON Feed"},
		{"xml syntax", "parse", "parse CISA advisories: parse feed: XML syntax error on line 12: unexpected EOF", "the feed could not be read as RSS, Atom or JSON Feed"},
		{"store busy", "store", "known keys: known keys of source 3: database is locked (5) (SQLITE_BUSY)", "could not save the news: the bot's database was busy (not the feed's fault)"},
		{"store full", "store", "save items: database or disk is full (13) (SQLITE_FULL)", "could not save the news: the bot's disk is full (not the feed's fault)"},
		{"store other", "store", "save items: empty key", "could not save the news: a problem in the bot's database (not the feed's fault)"},
		{"kind in upper case", " Cloudflare ", "", "blocked by a Cloudflare challenge (the site wants a browser, not a bot)"},
		{"unknown kind", "martian", "fetch " + u + ": martian: ?", "the last check failed (the bot's log has the details)"},
		{"no failure", "", "", ""},

		// Older rows: no kind, inferred from the text.
		{"infer cloudflare", "", "fetch " + u + ": cloudflare (status 403): blocked by a Cloudflare challenge",
			"blocked by a Cloudflare challenge (the site wants a browser, not a bot)"},
		{"infer 404", "", "fetch " + u + ": status (status 404): not found", "the feed's address is gone (HTTP 404 Not Found)"},
		{"infer rate limit", "", "fetch " + u + ": rate_limited (status 429), retry after 1h0m0s: Too Many Requests", "the site asked us to slow down (HTTP 429)"},
		{"infer timeout", "", "fetch " + u + ": timeout: context deadline exceeded", "timed out: the server did not answer in time"},
		{"infer dns", "", "fetch https://nonexistent.invalid/feed: network: dial tcp: lookup nonexistent.invalid on 10.255.255.53:53: no such host", "could not connect (DNS lookup failed)"},
		{"infer too large", "", "fetch " + u + ": too_large (status 200): body over the 8388608-byte cap", "the feed is too large (over the 8 MiB limit)"},
		{"infer file", "", "fetch /nonexistent/feed.xml: file: no such file or directory", "the feed file does not exist"},
		{"infer from a file path with a colon", "", "fetch /srv/a: b/feed.xml: file: no such file or directory", "the feed file does not exist"},
		{"infer parse", "", "parse CISA advisories: not a feed: an HTML page", "the address shows a web page, not a feed"},
		{"infer store", "", "known keys: known keys of source 3: database is locked (5) (SQLITE_BUSY)", "could not save the news: the bot's database was busy (not the feed's fault)"},
		{"infer cut short", "", "fetch https://feeds.example.com/a/very/long/path: status (status 503): serv", "the server had an error (HTTP 503)"},
		{"infer nothing", "", "something went wrong", "the last check failed (the bot's log has the details)"},
		{"infer does not read the URL", "", "fetch https://tls.example/x509/no-such-host: status (status 403): forbidden", "the server refused access (HTTP 403)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := SourceProblem(tt.kind, tt.lastError)
			if got != tt.want {
				t.Errorf("SourceProblem(%q, %q)\n got %q\nwant %q", tt.kind, tt.lastError, got, tt.want)
			}
			if len(got) >= 120 {
				t.Errorf("%q is %d bytes, want under 120", got, len(got))
			}
			for _, leak := range []string{"http", "example", "127.0.0.1", "/srv", "/tmp", "REDACTED"} {
				if strings.Contains(got, leak) && !strings.Contains(tt.want, leak) {
					t.Errorf("%q contains %q from the error text", got, leak)
				}
			}
		})
	}
}
