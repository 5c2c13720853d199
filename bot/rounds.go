package bot

import "sync/atomic"

// dispatchRounds counts the dispatcher's rounds (each closes the digests
// due and reads the outbox) and remembers the last one after which it had
// nothing left to do, so that tests can wait for the dispatcher to catch
// up with what they changed rather than sleep: once a round begun after
// the change has settled, every message the change made due has been
// sent.
type dispatchRounds struct {
	begun   atomic.Int64 // rounds begun
	settled atomic.Int64 // the last round that closed no digest, found no row due, and after which no turn was left
}
