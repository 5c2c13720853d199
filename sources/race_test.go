//go:build race

package sources

// raceEnabled lets the corpus test sample the real-world feeds (every
// fifth of the 200, none over 300 KB) under the race detector, which makes
// single-goroutine parsing about ten times slower and finds nothing there;
// the plain `go test` run parses every file.
const raceEnabled = true
