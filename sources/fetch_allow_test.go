package sources

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// AllowHosts lets exactly the named host:port through BlockPrivate: the
// same address on another port, or a redirect from it to another local
// server, is still refused.
func TestFetchAllowHosts(t *testing.T) {
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "secret") }))
	defer other.Close()
	allowed := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/redirect" {
			http.Redirect(w, r, other.URL, http.StatusFound)
			return
		}
		fmt.Fprint(w, smallRSS)
	}))
	defer allowed.Close()
	host := strings.TrimPrefix(allowed.URL, "http://")
	f := NewFetcher(FetcherOptions{BlockPrivate: true, AllowHosts: []string{host}})
	ctx := context.Background()

	resp, err := f.Fetch(ctx, allowed.URL, Validators{})
	if err != nil {
		t.Fatalf("allowed host: %v", err)
	}
	if string(resp.Body) != smallRSS {
		t.Errorf("allowed host: body %q", resp.Body)
	}
	for _, u := range []string{other.URL, allowed.URL + "/redirect"} {
		_, err := f.Fetch(ctx, u, Validators{})
		if fe := asFetchError(t, err, KindNetwork); !errors.Is(fe, errPrivateAddress) {
			t.Errorf("%s: got %v, want the private-address refusal", u, err)
		}
	}
}
