package match

import (
	"slices"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// The grids of round 22's readings (left22.go): each shape over vendors,
// verbs, tenses and orders, beside look-alikes built from the same parts.

// lf22Supply judges a cell right when it alerts (not coverage) as a
// package or a compromise naming want.
func lf22Supply(want string) func(trust.Alert, bool) bool {
	return func(a trust.Alert, ok bool) bool {
		return ok && !a.Coverage && (a.Category == trust.CategoryOSS || a.Category == trust.CategoryCompromise) && namesLoosely(a, want)
	}
}

// lf22Fill writes a pattern's slots.
func lf22Fill(p string, kv ...string) string { return strings.NewReplacer(kv...).Replace(p) }

// TestLeft22NoticeGrid: a vendor's own notice to its users about its
// compromised channel is the channel's compromise; a notice about an
// update, a fake, a phishing wave or a flaw is none.
func TestLeft22NoticeGrid(t *testing.T) {
	m := defaultMatcher(t)
	g, look := newProbeGrid(m), newProbeGrid(m)
	for _, v := range []string{"Trust Wallet", "MetaMask", "Ledger", "Zoom", "Exodus Wallet"} {
		for _, verb := range []string{"urges", "warns", "tells", "asks", "urged", "advises"} {
			for _, aud := range []string{"users", "customers"} {
				for _, p := range []string{
					"{V} {W} {A} to update extension after hijack",
					"{V} {W} {A} to uninstall hijacked extension",
					"{V} {W} {A} to remove compromised app",
					"{V} {W} {A} to disable browser extension after malicious update",
					"{V} {W} {A} to update after extension hijacked",
				} {
					title := lf22Fill(p, "{V}", v, "{W}", verb, "{A}", aud)
					axes := []string{"event=" + p, "verb=" + verb}
					g.check(title, "", axes, lf22Supply(v), axes...)
				}
				for _, p := range []string{
					"{V} {W} {A} to update app",
					"{V} {W} {A} to enable two-factor authentication",
					"{V} {W} {A} to beware of fake extension",
					"{V} {W} {A} to remove fake extensions after phishing wave",
					"{V} {W} {A} to update after bug",
					"{V} {W} {A} to check accounts after hijack attempts",
				} {
					title := lf22Fill(p, "{V}", v, "{W}", verb, "{A}", aud)
					axes := []string{"look=" + p, "verb=" + verb}
					look.check(title, "", axes, gridSilent, axes...)
				}
			}
		}
	}
	g.holdWithLookalikes(t, look, "notices", 0.9)
}

// TestLeft22SuspendGrid: a vendor suspending downloads in one state
// does so on that state's order: a ban. A suspension with no state, or
// of something other than downloads, is the vendor's own.
func TestLeft22SuspendGrid(t *testing.T) {
	m := defaultMatcher(t)
	g, look := newProbeGrid(m), newProbeGrid(m)
	for _, v := range []string{"DeepSeek", "TikTok", "Zoom", "Temu"} {
		for _, verb := range []string{"suspends", "halts", "pauses", "suspended", "halted"} {
			for _, place := range []string{"South Korea", "Italy", "India", "Germany"} {
				for _, p := range []string{"{V} {W} new downloads in {P}", "{V} {W} downloads in {P}", "{V} {W} new downloads in {P} amid privacy probe", "{V} {W} app downloads in {P}"} {
					title := lf22Fill(p, "{V}", v, "{W}", verb, "{P}", place)
					axes := []string{"event=" + p, "verb=" + verb}
					g.check(title, "", axes, gridAlerts(trust.CategoryBan, v), axes...)
				}
			}
			for _, p := range []string{
				"{V} {W} new sign-ups after cyberattack", "{V} {W} new downloads for maintenance",
				"{V} {W} downloads of old app version", "{V} {W} new downloads in beta program",
			} {
				title := lf22Fill(p, "{V}", v, "{W}", verb)
				axes := []string{"look=" + p, "verb=" + verb}
				look.check(title, "", axes, gridSilent, axes...)
			}
		}
	}
	g.holdWithLookalikes(t, look, "suspensions", 0.9)
}

// TestLeft22PackageObjectGrid: bare lower-case names a hijack takes, with
// a registry or a maintainer in the title or the lead, are packages; the
// accounts, machines and sessions a hijack takes are not.
func TestLeft22PackageObjectGrid(t *testing.T) {
	m := defaultMatcher(t)
	g, look := newProbeGrid(m), newProbeGrid(m)
	lists := [][2]string{{"chalk and debug", "chalk"}, {"chalk, debug", "chalk"}, {"colors and faker", "colors"}, {"ua-parser-js and coa", "ua-parser-js"}}
	for _, who := range []string{"Attackers", "Hackers"} {
		for _, verb := range []string{"hijack", "hijacked", "compromise", "backdoor"} {
			for _, l := range lists {
				for _, tail := range []string{" in npm attack", " in npm supply chain attack"} {
					title := who + " " + verb + " " + l[0] + tail
					axes := []string{"event=active", "verb=" + verb}
					g.check(title, "", axes, lf22Supply(l[1]), axes...)
				}
				title := who + " " + verb + " " + l[0]
				g.check(title, "Malicious versions of the npm packages were published after a maintainer was phished.",
					[]string{"event=lead", "verb=" + verb}, lf22Supply(l[1]), "event=lead", "verb="+verb)
			}
			for _, obj := range []string{"routers and cameras", "accounts and servers", "sessions and cookies", "browsers", "search results"} {
				for _, tail := range []string{" in npm attack", ""} {
					title := who + " " + verb + " " + obj + tail
					axes := []string{"look=" + obj, "verb=" + verb}
					look.check(title, "", axes, gridSilent, axes...)
				}
			}
		}
	}
	for _, l := range lists[2:] {
		for _, p := range []string{"{L} sabotaged by their developer", "Maintainer sabotages {L}", "{L} hijacked in npm attack"} {
			title := lf22Fill(p, "{L}", l[0])
			g.check(title, "", []string{"event=" + p}, lf22Supply(l[1]), "event="+p)
		}
	}
	for _, p := range []string{"Sessions and cookies hijacked in npm attack", "Accounts and servers sabotaged by their developer"} {
		look.check(p, "", []string{"look=passive"}, gridSilent, "look=passive")
	}
	g.holdWithLookalikes(t, look, "package objects", 0.9)
}

// TestLeft22CompoundGrid: an English compound ("anti-war", "malware-laced")
// before the malware's noun is never the package an alert names.
func TestLeft22CompoundGrid(t *testing.T) {
	m := defaultMatcher(t)
	g := newProbeGrid(m)
	for _, c := range []string{"anti-war", "malware-laced", "self-replicating", "credential-stealing", "self-spreading"} {
		for _, noun := range []string{"protestware", "worm", "payload", "code"} {
			for _, pkg := range []string{"node-ipc", "es5-ext", "event-stream"} {
				for _, r := range [][2]string{
					{"npm packages hijacked", "The {C} {N} was added to {P}."},
					{"Popular npm package hijacked", "Attackers added {C} {N} to {P}, which has millions of downloads."},
					{"{C} {N} compromises npm packages", "The {N} spread through {P}."},
				} {
					title := lf22Fill(r[0], "{C}", c, "{N}", noun, "{P}", pkg)
					lead := lf22Fill(r[1], "{C}", c, "{N}", noun, "{P}", pkg)
					axes := []string{"compound=" + c, "shape=" + r[0]}
					g.check(title, lead, axes, func(a trust.Alert, ok bool) bool {
						return ok && !a.Coverage && !slices.ContainsFunc(a.VendorNames(), func(n string) bool { return strings.EqualFold(n, c) })
					}, axes...)
				}
			}
		}
	}
	g.holdWithLookalikes(t, newProbeGrid(m), "compounds", 1)
}

// TestLeft22OriginGrid: another state's action on US technology is a
// class action as on foreign technology, named as written; the pronoun
// "us" and a title with no action are none.
func TestLeft22OriginGrid(t *testing.T) {
	m := defaultMatcher(t)
	g, look := newProbeGrid(m), newProbeGrid(m)
	for _, actor := range []string{"Kremlin", "Russia", "China", "Beijing", "Iran"} {
		for _, origin := range []string{"US", "American", "U.S."} {
			for _, kind := range []string{"software", "chips", "tech", "apps"} {
				for _, p := range []string{
					"{A} orders state firms to drop {O} {K}", "{A} bans {O} {K} at state companies",
					"{A} orders agencies to stop using {O} {K}", "{A} bans {O} {K} on government devices",
				} {
					title := lf22Fill(p, "{A}", actor, "{O}", origin, "{K}", kind)
					axes := []string{"event=" + p, "origin=" + origin}
					g.check(title, "", axes, gridBanOrDirective(origin+" "+kind), axes...)
				}
				for _, p := range []string{"{A} says {O} {K} are better", "{A} firms keep using {O} {K}", "{A} asks us to drop {K}", "Tell us: will {A} drop {K}"} {
					title := lf22Fill(p, "{A}", actor, "{O}", origin, "{K}", kind)
					axes := []string{"look=" + p}
					look.check(title, "", axes, gridSilent, axes...)
				}
			}
		}
	}
	g.holdWithLookalikes(t, look, "origins", 0.9)
}

// TestLeft22OnlyTrustedGrid: a rule that admits only trusted vendors
// bars the untrusted (a class action reaching no registry vendor);
// advice to buy from trusted sources is no rule.
func TestLeft22OnlyTrustedGrid(t *testing.T) {
	m := defaultMatcher(t)
	g, look := newProbeGrid(m), newProbeGrid(m)
	for _, subj := range []string{"Agencies", "Federal agencies", "Telecoms", "Operators", "Contractors"} {
		for _, modal := range []string{"may", "must", "will"} {
			for _, verb := range []string{"buy", "use", "procure"} {
				for _, p := range []string{"{S} {M} {V} only from trusted vendors", "{S} {M} {V} only trusted equipment", "{S} {M} {V} drones only from trusted suppliers"} {
					title := lf22Fill(p, "{S}", subj, "{M}", modal, "{V}", verb)
					axes := []string{"event=" + p, "modal=" + modal}
					g.check(title, "", axes, gridBanOrDirective("untrusted"), axes...)
				}
			}
		}
	}
	for _, subj := range []string{"Users", "Shoppers", "Consumers", "Gamers"} {
		for _, modal := range []string{"should", "may", "must"} {
			for _, p := range []string{"{S} {M} download apps only from trusted sources", "{S} {M} buy only from trusted stores", "{S} {M} use only trusted vendors, experts say"} {
				title := lf22Fill(p, "{S}", subj, "{M}", modal)
				look.check(title, "", []string{"look=" + p}, gridSilent, "look="+p)
			}
		}
	}
	g.holdWithLookalikes(t, look, "only trusted", 0.9)
}

// TestLeft22ExportGrid: a restriction on sales or exports of a kind of
// goods to states is an export control, no trust event; beside it, the
// same verbs on a vendor (the buyer listed, its own products banned)
// stay events.
func TestLeft22ExportGrid(t *testing.T) {
	m := defaultMatcher(t)
	g, look := newProbeGrid(m), newProbeGrid(m)
	for _, actor := range []string{"Government", "US", "Commerce", "Netherlands", "Japan"} {
		for _, verb := range []string{"bars", "bans", "restricts", "curbs"} {
			for _, goods := range []string{"sales", "exports"} {
				for _, kind := range []string{"chipmaking tools", "surveillance tech", "spyware", "advanced chips", "drones"} {
					for _, dest := range []string{"hostile states", "China", "Russia", "authoritarian regimes", "adversary nations"} {
						title := actor + " " + verb + " " + goods + " of " + kind + " to " + dest
						axes := []string{"look=" + verb, "dest=" + dest}
						look.check(title, "", axes, gridSilent, axes...)
					}
				}
			}
			banOrSanctions := func(v string) func(trust.Alert, bool) bool {
				return func(a trust.Alert, ok bool) bool {
					return ok && !a.Coverage && (a.Category == trust.CategoryBan || a.Category == trust.CategorySanctions) && namesLoosely(a, v)
				}
			}
			for _, v := range []string{"Huawei", "SMIC", "ZTE"} {
				g.check(actor+" "+verb+" sales of chips to "+v, "", []string{"event=buyer"}, banOrSanctions(v), "event=buyer")
			}
		}
	}
	for _, v := range []string{"Kaspersky", "Huawei"} {
		for _, p := range []string{"US bans sale of {V} software citing ties to Russia", "US restricts exports to China's top chipmaker {V}"} {
			title := lf22Fill(p, "{V}", v)
			want := func(a trust.Alert, ok bool) bool {
				return ok && !a.Coverage && namesLoosely(a, v)
			}
			g.check(title, "", []string{"event=" + p}, want, "event="+p)
		}
	}
	g.holdWithLookalikes(t, look, "export controls", 0.9)
}

// TestLeft22StaffGrid: a public body's rule for its staff is a ban in
// every phrasing (restricts for staff, staff devices, plural bodies); a
// firm's rule, or a private association's for its members, is none.
func TestLeft22StaffGrid(t *testing.T) {
	m := defaultMatcher(t)
	g, look := newProbeGrid(m), newProbeGrid(m)
	products := []string{"TikTok", "Zoom", "DeepSeek", "WhatsApp"}
	for _, v := range products {
		for _, body := range []string{"TSA", "NHS", "Home Office", "NYPD", "Cabinet Office", "Met Police"} {
			for _, p := range []string{"{B} restricts {V} for staff", "{B} restricts {V} on staff devices", "{B} restricts {V} for officers"} {
				title := lf22Fill(p, "{B}", body, "{V}", v)
				axes := []string{"event=" + p, "body=" + body}
				g.check(title, "", axes, gridBanOrDirective(v), axes...)
			}
		}
		for _, body := range []string{"NHS trusts", "Police forces", "Health services"} {
			title := body + " ban staff from using " + v
			g.check(title, "", []string{"event=plural", "body=" + body}, gridBanOrDirective(v), "event=plural")
		}
		for _, firm := range []string{"IBM", "HSBC", "KPMG"} {
			title := firm + " restricts " + v + " for staff"
			look.check(title, "", []string{"look=firm", firm}, gridSilent, "look=firm")
		}
		for _, assoc := range []string{"Police union", "Teachers union", "Golf club", "Bar association", "Rotary Club", "Chess society"} {
			for _, p := range []string{"{B} bans members from using {V}", "{B} bars members from using {V}", "{B} bans {V}", "{B} tells members to delete {V}"} {
				title := lf22Fill(p, "{B}", assoc, "{V}", v)
				axes := []string{"look=" + p, "assoc=" + assoc}
				look.check(title, "", axes, gridSilent, axes...)
			}
		}
	}
	g.holdWithLookalikes(t, look, "staff rules", 0.9)
}

// TestLeft22DescribedReversalGrid: a description before a name in a
// reversal is dropped; a person described by a role is no vendor.
func TestLeft22DescribedReversalGrid(t *testing.T) {
	m := defaultMatcher(t)
	g, look := newProbeGrid(m), newProbeGrid(m)
	for _, lift := range []string{"Treasury lifts sanctions on", "US lifts sanctions on", "Court strikes down sanctions on", "Treasury removes sanctions on", "OFAC drops sanctions against"} {
		for _, desc := range []string{"crypto mixer", "cryptocurrency mixer", "mixer", "crypto service", "privacy tool", "Ethereum mixing service"} {
			title := lift + " " + desc + " Tornado Cash"
			axes := []string{"desc=" + desc, "lift=" + lift}
			g.check(title, "", axes, gridAlerts(trust.CategoryReversal, "Tornado Cash"), axes...)
		}
		for _, d := range [][2]string{{"spyware maker", "Intellexa"}, {"spyware vendor", "NSO Group"}, {"drone maker", "DJI"}} {
			title := lift + " " + d[0] + " " + d[1]
			g.check(title, "", []string{"desc=" + d[0]}, gridAlerts(trust.CategoryReversal, d[1]), "desc="+d[0])
		}
		for _, p := range []string{"crypto mixer founder Roman Semenov", "Russian oligarch Oleg Deripaska", "mixer co-founder Roman Storm", "crypto mixer developers", "crypto mixer"} {
			title := lift + " " + p
			look.check(title, "", []string{"look=" + p}, gridSilent, "look="+p)
		}
	}
	g.holdWithLookalikes(t, look, "described reversals", 0.9)
}
