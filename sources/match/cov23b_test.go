package match

import (
	"fmt"
	"testing"
)

// TestWeighedOnAlertGrid holds weighedOnAlert: a title whose step is only
// weighed or threatened never alerts, whichever of title or lead names the vendor; the
// same authorities, vendors and leads with the step taken alert as
// before. With cov23b off, some weighed cells alerted (the lead's vendor
// or the rescue): the test fails if the reader stops reading them.
func TestWeighedOnAlertGrid(t *testing.T) {
	m := defaultMatcher(t)
	o := newOffGrid(m, &cov23bOff)
	vendors := []string{"Hikvision", "DJI", "TP-Link", "Kaspersky", "CXMT"}
	leads := []string{
		"The administration is considering limiting %s's ability to buy American technology, people familiar with the deliberations said.",
		"Officials are looking at restricting sales to %s, according to people familiar with the matter; no decision has been made.",
		"%s has been accused of ties to the Chinese state.",
	}
	for _, v := range vendors {
		for _, who := range []string{"U.S.", "Commerce", "Treasury", "EU", "White House"} {
			for _, weigh := range []string{"weighs blacklisting", "considers sanctioning", "mulls restricting", "weighs sanctions on", "eyes ban on",
				"threatens to ban", "threatens to blacklist", "threatened to sanction"} {
				for _, obj := range []string{"Chinese surveillance firms", "Chinese tech companies over Xinjiang", "Chinese chipmakers", v} {
					for _, lf := range leads {
						title := who + " " + weigh + " " + obj
						lead := fmt.Sprintf(lf, v)
						o.silent(title, lead, []string{who, weigh, obj}, weigh)
					}
				}
			}
		}
		for _, news := range []string{"US blacklists %s over Xinjiang", "Treasury sanctions %s", "Commerce adds %s to Entity List",
			"FCC bans new %s equipment approvals", "EU bans %s from member states' networks",
			"Backdoor in %s firmware threatens to expose millions of networks", "US bans %s after threatening to do so for months"} {
			for _, lf := range leads {
				title, lead := fmt.Sprintf(news, v), fmt.Sprintf(lf, v)
				o.news(title, lead, []string{news, lf}, v, news)
			}
		}
	}
	o.hold(t, "weighedOnAlert", "weighed", 5, 50)
}

// TestAheadOfHoldGrid holds aheadOfHold: a move made ahead of a hold, in
// anticipation of it or bracing for it is no news of the hold (coverage
// at most); an authority's or a store's act ahead of an occasion, and a
// removal ahead of a ban, alert as before.
func TestAheadOfHoldGrid(t *testing.T) {
	m := defaultMatcher(t)
	o := newOffGrid(m, &cov23bOff)
	leads := []string{
		"",
		"Companies placed large orders for %s products before the rules take effect.",
		"%s has been on the Entity List since 2019.",
	}
	for _, v := range []string{"Nvidia", "Huawei", "DJI", "Hikvision", "TikTok"} {
		for _, move := range []string{"Chinese buyers rush to stock %s chips", "%s stockpiles components", "Retailers cut prices on %s gear",
			"%s moves production to Vietnam", "Users download %s in record numbers", "%s shares fall"} {
			for _, hold := range []string{"ahead of new export curbs", "ahead of US ban", "in anticipation of US sanctions",
				"in preparation for a ban", "ahead of Commerce restrictions", "in the run-up to tariffs"} {
				for _, lf := range leads {
					title := fmt.Sprintf(move, v) + " " + hold
					lead := fmt.Sprintf(lf, v)
					o.silent(title, lead, []string{move, hold}, hold)
				}
			}
		}
		for _, who := range []string{"%s", "%s users", "Retailers selling %s"} {
			for _, brace := range []string{" braces for US ban", " brace for new sanctions", " prepares for export curbs"} {
				title := fmt.Sprintf(who, v) + brace
				o.silent(title, "", []string{who, brace}, brace)
			}
		}
		for _, news := range []string{"US adds %s to Entity List ahead of trade talks", "Amazon pulls %s products ahead of US ban",
			"Swedish court suspends %s exclusion ahead of 5G auction", "Commerce bans %s ahead of election",
			"Treasury sanctions %s ahead of summit", "FCC bans new %s equipment ahead of deadline"} {
			for _, lf := range leads {
				title, lead := fmt.Sprintf(news, v), fmt.Sprintf(lf, v)
				o.news(title, lead, []string{news, lf}, v, news)
			}
		}
	}
	o.hold(t, "aheadOfHold", "ahead-of", 10, 40)
}

// TestBillUnpassedGrid holds billUnpassed: a bill introduced, unveiled or
// moved by a committee never alerts, whatever the step it carries; the
// same bills passed by a chamber or signed alert as before.
func TestBillUnpassedGrid(t *testing.T) {
	m := defaultMatcher(t)
	o := newOffGrid(m, &cov23bOff)
	steps := []string{"to ban %s on government devices", "to put %s on FCC's Covered List", "to add %s to the Entity List",
		"to bar federal agencies from buying %s products", "that would ban %s nationwide"}
	for _, v := range []string{"DJI", "TikTok", "TP-Link", "DeepSeek", "Hikvision"} {
		for _, step := range steps {
			what := fmt.Sprintf(step, v)
			for _, f := range []string{"Senators introduce bill %s", "Lawmakers unveil bill %s", "House panel advances bill %s",
				"Senate committee approves bill %s", "Bill %s introduced in Congress", "Republicans file legislation %s",
				"House subcommittee backs legislation %s", "Rubio reintroduces bill %s"} {
				title := fmt.Sprintf(f, what)
				o.silent(title, "", []string{f, step}, f)
			}
			for _, f := range []string{"House passes bill %s", "Senate passes bill %s", "Biden signs bill %s",
				"Senate passes bill introduced by Rubio %s"} {
				title := fmt.Sprintf(f, what)
				o.news(title, "", []string{f, step}, v, f)
			}
		}
	}
	o.hold(t, "billUnpassed", "unpassed-bill", 5, 40)
}

// TestHeardOnAlertGrid holds heardOnAlert: a hearing or testimony about a
// compromise or a hold is coverage at most, whatever the category; the
// same vendors' compromises and holds as news alert as before.
func TestHeardOnAlertGrid(t *testing.T) {
	m := defaultMatcher(t)
	o := newOffGrid(m, &cov23bOff)
	for _, v := range []string{"SolarWinds", "CrowdStrike", "3CX", "Kaseya", "Huawei", "TikTok"} {
		for _, f := range []string{"%s executives testify before Senate Intelligence Committee on supply chain hack",
			"Senate hearing on %s backdoor: executives testify", "Lawmakers grill %s executives over trojanized update",
			"%s CEO testifies before House panel on compromised software update", "House hearing examines %s supply chain attack",
			"%s chief tells lawmakers malware was shipped through its update server", "Senators grill %s over ban on federal devices"} {
			title := fmt.Sprintf(f, v)
			o.silent(title, "", []string{f}, f)
		}
		for _, news := range []string{"%s update server hacked to push malware to customers", "Backdoor found in %s software update",
			"Hackers trojanized %s installer in supply chain attack", "US bans %s on federal devices", "House passes bill to ban %s after hearing"} {
			title := fmt.Sprintf(news, v)
			o.news(title, "", []string{news}, v, news)
		}
	}
	o.hold(t, "heardOnAlert", "hearing", 5, 15)
}

// TestVendorChallengesGrid holds vendorChallenges: a vendor's own
// challenge of a hold never alerts; the hold itself, an authority suing
// the vendor, a vendor winning its appeal and a court's ruling alert as
// before.
func TestVendorChallengesGrid(t *testing.T) {
	m := defaultMatcher(t)
	o := newOffGrid(m, &cov23bOff)
	holds := []string{"Canada's wind-up order", "FCC's Covered List ruling", "US ban on its products", "Commerce sanctions",
		"Pentagon's Chinese military company designation", "Sweden's 5G exclusion"}
	for _, v := range []string{"Hikvision", "Huawei", "DJI", "TikTok", "Kaspersky", "ZTE"} {
		for _, h := range holds {
			for _, f := range []string{"%s to challenge %s in court", "%s says it will challenge %s", "%s appeals %s",
				"%s sues over %s", "%s vows to fight %s", "%s contests %s"} {
				title := fmt.Sprintf(f, v, h)
				o.silent(title, "", []string{f, h}, f)
			}
		}
		for _, news := range []string{"Canada orders %s to wind up Canadian operations", "Texas sues %s, alleging ties to Chinese government",
			"%s wins appeal against Swedish 5G ban", "Court overturns ban on %s", "US bans %s over national security risks",
			"Commerce adds %s to Entity List"} {
			title := fmt.Sprintf(news, v)
			o.news(title, "", []string{news}, v, news)
		}
	}
	o.hold(t, "vendorChallenges", "challenge", 10, 20)
}
