package bot

import (
	"strings"
	"testing"
)

// The failures are the values the poller stores for real errors (see
// poller.failureOf): sources.Fetcher.Fetch's against an httptest.Server,
// sources.Parse's and the store's. Detail is the error's cause, without
// the feed's URL.
func TestSourceProblem(t *testing.T) {
	tests := []struct {
		name string
		f    Failure
		want string
	}{
		{"cloudflare", Failure{Kind: "cloudflare", Status: 403, Detail: "blocked by a Cloudflare challenge"}, "blocked by a Cloudflare challenge (the site wants a browser, not a bot)"},
		{"404", Failure{Kind: "status", Status: 404, Detail: "not found"}, "the feed's address is gone (HTTP 404 Not Found)"},
		{"410", Failure{Kind: "status", Status: 410, Detail: "gone"}, "the feed's address is gone (HTTP 410 Gone)"},
		{"401", Failure{Kind: "status", Status: 401, Detail: "unauthorized"}, "the server wants a login (HTTP 401)"},
		{"403", Failure{Kind: "status", Status: 403, Detail: "forbidden"}, "the server refused access (HTTP 403)"},
		{"400", Failure{Kind: "status", Status: 400, Detail: "bad request"}, "the server rejected the request (HTTP 400 Bad Request)"},
		{"499", Failure{Kind: "status", Status: 499}, "the server rejected the request (HTTP 499)"},
		{"500", Failure{Kind: "status", Status: 500, Detail: "internal server error"}, "the server had an error (HTTP 500)"},
		{"503", Failure{Kind: "status", Status: 503, Detail: "service unavailable"}, "the server had an error (HTTP 503)"},
		{"500 with retry after", Failure{Kind: "status", Status: 500, Detail: "internal server error"}, "the server had an error (HTTP 500)"},
		{"429 without Retry-After", Failure{Kind: "status", Status: 429, Detail: "too many requests"}, "the site asked us to slow down (HTTP 429)"},
		{"300", Failure{Kind: "status", Status: 300, Detail: "multiple choices"}, "the server answered HTTP 300 instead of the feed"},
		{"status without a code", Failure{Kind: "status", Detail: "something else"}, "the server answered with an error"},
		{"429", Failure{Kind: "rate_limited", Status: 429, Detail: "Too Many Requests"}, "the site asked us to slow down (HTTP 429)"},
		{"503 with Retry-After", Failure{Kind: "rate_limited", Status: 503, Detail: "Service Unavailable"}, "the site is overloaded and asked us to come back later (HTTP 503)"},
		{"rate limited without a code", Failure{Kind: "rate_limited"}, "the site asked us to slow down"},
		{"timeout", Failure{Kind: "timeout", Detail: "context deadline exceeded"}, "timed out: the server did not answer in time"},
		{"too large", Failure{Kind: "too_large", Status: 200, Cap: 8388608, Detail: "body over the 8388608-byte cap"}, "the feed is too large (over the 8 MiB limit)"},
		{"too large by length", Failure{Kind: "too_large", Status: 200, Cap: 102400, Detail: "content length 9999999 over the 102400-byte cap"}, "the feed is too large (over the 100 KiB limit)"},
		{"too large decompressed", Failure{Kind: "too_large", Status: 200, Cap: 1000, Detail: "decompressed body too large (over 1000 bytes)"}, "the feed is too large (over the 1000 bytes limit)"},
		{"too large file", Failure{Kind: "too_large", Cap: 8388608, Detail: "file of 9000000 bytes over the 8388608-byte cap"}, "the feed is too large (over the 8 MiB limit)"},
		{"too large, no cap", Failure{Kind: "too_large"}, "the feed is too large"},
		{"dns", Failure{Kind: "network", Detail: "dial tcp: lookup nonexistent.invalid on 10.255.255.53:53: no such host"}, "could not connect (DNS lookup failed)"},
		{"refused", Failure{Kind: "network", Detail: "dial tcp 127.0.0.1:1: connect: connection refused"}, "could not connect (connection refused)"},
		{"tls unknown authority", Failure{Kind: "network", Detail: "tls: failed to verify certificate: x509: certificate signed by unknown authority"}, "could not connect (TLS certificate problem)"},
		{"tls expired", Failure{Kind: "network", Detail: "tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2026-11-27T14:18:45Z is after 2026-01-01T00:00:00Z"}, "could not connect (TLS certificate problem)"},
		{"tls handshake", Failure{Kind: "network", Detail: "remote error: tls: handshake failure"}, "could not connect (the secure connection failed)"},
		{"unreachable", Failure{Kind: "network", Detail: "dial tcp 203.0.113.9:443: connect: network is unreachable"}, "could not connect (the server is unreachable)"},
		{"reset", Failure{Kind: "network", Status: 200, Detail: "read body: read tcp 10.0.0.2:5555->203.0.113.9:443: read: connection reset by peer"}, "the connection was cut off (connection reset)"},
		{"private", Failure{Kind: "network", Detail: "dial tcp 127.0.0.1:42655: refusing to connect to a private, loopback or link-local address"}, "the address points to a private network, which is not allowed"},
		{"redirects", Failure{Kind: "network", Detail: "stopped after 10 redirects"}, "too many redirects (the site sends us round in circles)"},
		{"scheme", Failure{Kind: "network", Detail: `unsupported scheme "ftp"`}, "the address is not an http or https link"},
		{"unparsable URL", Failure{Kind: "network", Detail: "invalid URL"}, "the feed's address is not a valid link"},
		{"canceled", Failure{Kind: "network", Detail: "context canceled"}, "the check was interrupted because the bot was stopping"},
		{"i/o timeout", Failure{Kind: "network", Detail: "dial tcp 203.0.113.9:443: i/o timeout"}, "timed out: the server did not answer in time"},
		{"bad gzip", Failure{Kind: "network", Status: 200, Detail: "gzip: unexpected EOF"}, "the feed's compressed data is damaged"},
		{"eof", Failure{Kind: "network", Detail: "EOF"}, "the server closed the connection before sending the feed"},
		{"network other", Failure{Kind: "network", Detail: "something odd"}, "a network error stopped the download"},
		{"file missing", Failure{Kind: "file", Detail: "no such file or directory"}, "the feed file does not exist"},
		{"file is dir", Failure{Kind: "file", Detail: "is a directory"}, "the feed path is a folder, not a file"},
		{"file permission", Failure{Kind: "file", Detail: "permission denied"}, "the feed file cannot be read (permission denied)"},
		{"file gzip", Failure{Kind: "file", Detail: "gzip: invalid header"}, "the feed file's compressed data is damaged"},
		{"file other", Failure{Kind: "file", Detail: "input/output error"}, "the feed file could not be read"},
		{"html page", Failure{Kind: "parse", Detail: "not a feed: an HTML page"}, "the address shows a web page, not a feed"},
		{"empty body", Failure{Kind: "parse", Detail: "not a feed: empty body"}, "the server sent an empty page instead of a feed"},
		{"json array", Failure{Kind: "parse", Detail: "not a feed: a JSON array"}, "the feed could not be read as RSS, Atom or JSON Feed"},
		{"no root", Failure{Kind: "parse", Detail: "not a feed: XML without an rss, rdf or feed root element"}, "the feed could not be read as RSS, Atom or JSON Feed"},
		{"bad json feed", Failure{Kind: "parse", Detail: "parse feed: json: cannot unmarshal number into Go struct field .alias.items of type []*json.Item"}, "the feed could not be read as RSS, Atom or JSON Feed"},
		{"xml syntax", Failure{Kind: "parse", Detail: "parse feed: XML syntax error on line 12: unexpected EOF"}, "the feed could not be read as RSS, Atom or JSON Feed"},
		{"list", Failure{Kind: "parse", Detail: "parse ofac-sdn: record on line 3: wrong number of fields"}, "the list could not be read in its format (a watched list, not a feed)"},
		{"store busy", Failure{Kind: "store", Detail: "known keys: known keys of source 3: database is locked (5) (SQLITE_BUSY)"}, "could not save the news: the bot's database was busy (not the feed's fault)"},
		{"store full", Failure{Kind: "store", Detail: "save items: database or disk is full (13) (SQLITE_FULL)"}, "could not save the news: the bot's disk is full (not the feed's fault)"},
		{"store other", Failure{Kind: "store", Detail: "save items: empty key"}, "could not save the news: a problem in the bot's database (not the feed's fault)"},
		{"unknown kind", Failure{Kind: "martian", Detail: "?"}, "the last check failed (the bot's log has the details)"},
		{"no failure", Failure{}, ""},

		// The status and the cap are values: read from their fields, not
		// from the cause.
		{"status without a cause", Failure{Kind: "status", Status: 404}, "the feed's address is gone (HTTP 404 Not Found)"},
		{"status not in the cause", Failure{Kind: "status", Detail: "status (status 404): not found"}, "the server answered with an error"},
		{"rate limited without a cause", Failure{Kind: "rate_limited", Status: 503}, "the site is overloaded and asked us to come back later (HTTP 503)"},
		{"cap without a cause", Failure{Kind: "too_large", Cap: 1 << 20}, "the feed is too large (over the 1 MiB limit)"},
		{"cap not in the cause", Failure{Kind: "too_large", Cap: 102400, Detail: "body over the 8388608-byte cap"}, "the feed is too large (over the 100 KiB limit)"},

		// A cause that repeats the address still shows none of it.
		{"cause with a URL", Failure{Kind: "network", Detail: `Get "https://feeds.example.com/rss?token=SECRET": dial tcp 127.0.0.1:1: connect: connection refused`},
			"could not connect (connection refused)"},
		{"store cause with a URL", Failure{Kind: "store", Detail: "save items: https://feeds.example.com/rss?token=SECRET"},
			"could not save the news: a problem in the bot's database (not the feed's fault)"},

		// Failures stored before status, cap and cause were kept: the
		// kind's general sentence.
		{"old cloudflare", Failure{Kind: "cloudflare"}, "blocked by a Cloudflare challenge (the site wants a browser, not a bot)"},
		{"old status", Failure{Kind: "status"}, "the server answered with an error"},
		{"old rate limited", Failure{Kind: "rate_limited"}, "the site asked us to slow down"},
		{"old timeout", Failure{Kind: "timeout"}, "timed out: the server did not answer in time"},
		{"old too large", Failure{Kind: "too_large"}, "the feed is too large"},
		{"old network", Failure{Kind: "network"}, "a network error stopped the download"},
		{"old file", Failure{Kind: "file"}, "the feed file could not be read"},
		{"old parse", Failure{Kind: "parse"}, "the feed could not be read as RSS, Atom or JSON Feed"},
		{"old store", Failure{Kind: "store"}, "could not save the news: a problem in the bot's database (not the feed's fault)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := SourceProblem(tt.f)
			if got != tt.want {
				t.Errorf("SourceProblem(%+v)\n got %q\nwant %q", tt.f, got, tt.want)
			}
			if len(got) >= 120 {
				t.Errorf("%q is %d bytes, want under 120", got, len(got))
			}
			for _, leak := range []string{"http", "example", "127.0.0.1", "SECRET", "token", "/srv", "/tmp"} {
				if strings.Contains(got, leak) && !strings.Contains(tt.want, leak) {
					t.Errorf("%q contains %q from the cause", got, leak)
				}
			}
		})
	}
}
