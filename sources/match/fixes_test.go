package match

import (
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestFixes holds rows for detection bugs reported by other helpers; each
// fix reads a shape, so each has made-up names and a look-alike.
func TestFixes(t *testing.T) {
	m := defaultMatcher(t)
	checkShapes(t, m, []shapeCase{
		// A past-tense verb after the channel is no package name; with
		// no name given the registry is named, as for any unnamed
		// package takeover (countedTakeover, registry.go).
		{name: "verb after channel names nothing", title: "Compromise of popular npm package exposed secrets", vendor: "npm", category: trust.CategoryOSS},
		{name: "verb after channel, made-up", title: "Hijack of widely used PyPI package leaked cloud tokens", vendor: "PyPI", category: trust.CategoryOSS},
		{name: "name after channel still read", title: "Compromise of npm package zorbfetch exposes secrets", vendor: "zorbfetch", category: trust.CategoryOSS},
		// A comma starts another clause: its verb is not the name's, so
		// the name is not a reporter acting.
		{name: "clause after ban", title: "US bans Kaspersky software, adds units to Entity List", vendor: "Kaspersky", category: trust.CategorySanctions},
		{name: "clause after ban, other authority", title: "FCC bans Huawei gear, adds carriers to covered list", vendor: "Huawei", category: trust.CategorySanctions},
		{name: "clause after ban, made-up", title: "Commerce bans Hikvision cameras, adds firms to Entity List", vendor: "Hikvision", category: trust.CategorySanctions},
		{name: "vendor adds, one clause", title: "Kaspersky software adds protection against new ransomware"},
		// A vendor changing its own channel after a past breach is
		// aftermath; the channel broken into is still news.
		{name: "rewrite after breach", title: "Codecov rewrites its Bash Uploader after breach"},
		{name: "rebuild after hack, made-up", title: "Zorbsoft rebuilds its update server after hack"},
		{name: "retire following breach, made-up", title: "Quuxlabs retires its browser extension following breach"},
		{name: "channel breached is news", title: "Codecov Bash Uploader breached", vendor: "Codecov", category: trust.CategoryCompromise},
		{name: "channel hacked is news, made-up", title: "Zorbsoft update server hacked to push malware", vendor: "Zorbsoft", category: trust.CategoryCompromise},
		// A CA revoking its own certificates is routine; distrust needs
		// a root program acting or the CA as its object.
		{name: "CA revokes its certificates", title: "Sectigo revokes certificates"},
		{name: "CA revokes after bug", title: "Sectigo revokes certificates after validation bug"},
		{name: "CA revokes, made-up", title: "Zorbsign revokes 40,000 TLS certificates"},
		{name: "browser distrusts CA", title: "Google Chrome to distrust Entrust certificates", vendor: "Entrust", category: trust.CategoryDistrust},
		{name: "root program removes CA", title: "Mozilla removes Zorbtrust root certificates", vendor: "Zorbtrust", category: trust.CategoryDistrust},
		{name: "root program revokes and distrusts", title: "Google revokes certificates, distrusts Zorbsign", vendor: "Zorbsign", category: trust.CategoryDistrust},
	})
}
