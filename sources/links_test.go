package sources

import (
	"net/url"
	"testing"
)

func TestCanonicalLink(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"not a url", ""},
		{"/relative/path", ""},
		{"mailto:a@example.org", ""},
		{"ftp://example.org/x", ""},
		{"http://[::1", ""},
		{"HTTPS://WWW.Example.COM:443/Path/Case?b=2&a=1#frag", "https://www.example.com/Path/Case?a=1&b=2"},
		{"http://example.com:80", "http://example.com/"},
		{"http://example.com:8080/x", "http://example.com:8080/x"},
		{"https://example.com/a?utm_source=rss&utm_medium=feed&id=7&fbclid=x&gclid=y&mc_cid=1&mc_eid=2&ref=hn", "https://example.com/a?id=7"},
		{"https://example.com/a?UTM_Campaign=x", "https://example.com/a"},
		{"  https://user:pw@example.com./a  ", "https://example.com/a"},
		{"https://[2001:db8::1]:443/x", "https://[2001:db8::1]/x"},
		{"https://example.com/caf%C3%A9", "https://example.com/caf%C3%A9"},
	}
	for _, tt := range tests {
		if got := CanonicalLink(tt.in); got != tt.want {
			t.Errorf("CanonicalLink(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzCanonicalLink(f *testing.F) {
	for _, s := range []string{"https://Example.com:443/a?utm_source=x&b=1#f", "http://[::1]:80/", "http://a/%zz", "https://x/?a=%", "http://h/p;q?x=1&x=2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := CanonicalLink(in)
		if out == "" {
			return
		}
		u, err := url.Parse(out)
		if err != nil {
			t.Fatalf("CanonicalLink(%q) = %q, which does not parse: %v", in, out, err)
		}
		if u.Fragment != "" || u.User != nil {
			t.Fatalf("CanonicalLink(%q) = %q keeps a fragment or user info", in, out)
		}
		if again := CanonicalLink(out); again != out {
			t.Fatalf("not idempotent: %q -> %q -> %q", in, out, again)
		}
	})
}
