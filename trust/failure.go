package trust

// Failure is why a source's last poll failed, as values: the poller builds
// it from the typed error, the fetch_errors metric counts its Kind, and
// /sources and the feed-health notices put it into words, so that nothing
// reads an error's text back. It never holds the feed's URL, which may
// carry a secret.
type Failure struct {
	// Kind is a sources.ErrorKind (timeout, network, status, too_large,
	// cloudflare, rate_limited, file), "parse" or "store"; "" when none.
	Kind   string
	Status int    // the HTTP status, 0 when none
	Cap    int64  // too_large: the size limit in bytes the feed went over; 0 when unknown
	Detail string // the cause without the URL (a network or parse error...); "" when unknown
}
