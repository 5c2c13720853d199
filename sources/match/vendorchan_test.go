package match

import "testing"

// TestVendorChannel holds the matcher to testdata/vendorchan.tsv: a
// named vendor's own channel (updates, installer, download site, hosted
// script or SDK, build, signing key) turned to deliver malware, and
// backdoors, remote access or hidden data flows found in its product,
// against exploited flaws, weak passwords, fake sites, malvertising,
// vendor breaches that shipped nothing, demos and aftermath (floor:
// 0.795 on the first batch less a margin).
func TestVendorChannel(t *testing.T) {
	testHeadlines(t, "testdata/vendorchan.tsv", 0.75)
}
