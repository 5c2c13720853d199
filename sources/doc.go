// Package sources turns feed URLs into normalised items. A poll of one
// source goes through these steps, each in its own file:
//
//  1. fetch.go: a polite HTTP GET (conditional, gzip, size cap, timeout,
//     bounded concurrency overall and per host, Retry-After and max-age
//     honoured) or a read of a local file;
//  2. encoding.go: the body is un-gzipped when needed and re-encoded to
//     UTF-8 where gofeed cannot do it itself (UTF-16/32, false declarations,
//     undeclared Latin-1);
//  3. limit.go: the document is cut after its first 500 entries, and
//     refused when its shape is past any real feed's, so that memory stays
//     bounded for any body within the cap;
//  4. parse.go: RSS and Atom are read by own readers (rss.go, atom.go)
//     that build what gofeed builds of the fields used, held to gofeed's
//     output, and leave to gofeed what they cannot match exactly; gofeed
//     reads JSON Feed; every entry becomes a trust.Item with a stable key,
//     a date and plain text;
//  5. text.go and links.go: HTML to plain text, and canonical links so the
//     same article from two feeds can be recognised.
//
// Matching the items against the watchlist lives in sources/match.
package sources
