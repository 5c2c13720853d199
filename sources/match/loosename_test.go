package match

import "testing"

// TestLooseName holds the counts' name comparison to one name spelled
// two ways, and to short names that only look alike once folded.
func TestLooseName(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Solana Web3.js", "@solana/web3.js", true},
		{"Laravel Lang", "laravel-lang", true},
		{"Open VSX", "OpenVSX", true},
		{"LottieFiles Lottie-Player", "@lottiefiles/lottie-player", true},
		{"ua-parser-js", "UA Parser", false}, // folded, one inside the other
		{"quux.js", "plain-quux-js", false},
		{"Kaspersky", "Kaspersky Lab", true},
		{"A.I.", "Mailchimp", false},
		{"X", "Xiaomi", true}, // as before: one holds the other unfolded
		{"Z.T.E.", "ZTE", true},
		{"N.P.M.", "npm-run-all", false},
		{"Huawei", "ZTE", false},
		{"Web3.js", "Solana", false},
		{"华为", "Huawei", false},
	} {
		if got := looseName(c.a, c.b); got != c.want {
			t.Errorf("looseName(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
