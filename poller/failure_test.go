package poller

import (
	"errors"
	"fmt"
	"testing"

	"github.com/vendorwatch/vendorwatch/sources"
	"github.com/vendorwatch/vendorwatch/storage"
)

// TestFailureOf: the metric's label and the stored failure come from the
// error's type, however it is wrapped; what is neither a fetch's nor a
// parse's failure is the store's.
func TestFailureOf(t *testing.T) {
	fetch := &sources.FetchError{Kind: sources.KindTooLarge, URL: "https://x.example/feed?token=REDACTED", Status: 200, Cap: 8 << 20,
		Err: errors.New("body over the 8388608-byte cap")}
	parse := &sources.ParseError{Source: "Example", Err: errors.New("not a feed: empty body")}
	tests := []struct {
		name string
		err  error
		want storage.Failure
	}{
		{"fetch", fetch, storage.Failure{Kind: "too_large", Status: 200, Cap: 8 << 20, Detail: "body over the 8388608-byte cap"}},
		{"wrapped fetch", fmt.Errorf("poll: %w", fetch), storage.Failure{Kind: "too_large", Status: 200, Cap: 8 << 20, Detail: "body over the 8388608-byte cap"}},
		{"parse", parse, storage.Failure{Kind: "parse", Detail: "not a feed: empty body"}},
		{"store", errors.New("save items: database is locked (5) (SQLITE_BUSY)"), storage.Failure{Kind: "store", Detail: "save items: database is locked (5) (SQLITE_BUSY)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := failureOf(tt.err); got != tt.want {
				t.Errorf("failureOf(%v) = %+v, want %+v", tt.err, got, tt.want)
			}
		})
	}
}
