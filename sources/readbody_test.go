package sources

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

// TestReadBody reads the whole body, whatever the length the server
// announced, and no more than the limit.
func TestReadBody(t *testing.T) {
	body := strings.Repeat("feed ", 1000) // 5,000 bytes
	for _, tc := range []struct {
		name         string
		size, limit  int64
		want         int
		oneByteReads bool
	}{
		{"length announced", 5000, 1 << 20, 5000, false},
		{"length announced, read a byte at a time", 5000, 1 << 20, 5000, true},
		{"unknown length", -1, 1 << 20, 5000, false},
		{"announced shorter than it is", 10, 1 << 20, 5000, false},
		{"announced longer than it is", 9000, 1 << 20, 5000, false},
		{"empty announced", 0, 1 << 20, 5000, false},
		{"over the limit, announced", 5000, 4001, 4001, false},
		{"over the limit, unknown length", -1, 4001, 4001, false},
		{"over the limit, announced short", 100, 4001, 4001, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var r io.Reader = bytes.NewReader([]byte(body))
			if tc.oneByteReads {
				r = iotest.OneByteReader(r)
			}
			got, err := readBody(r, tc.size, tc.limit)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != tc.want || string(got) != body[:tc.want] {
				t.Errorf("read %d bytes, want the body's first %d", len(got), tc.want)
			}
		})
	}
}
