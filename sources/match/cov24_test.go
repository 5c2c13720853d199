package match

import (
	"strings"
	"testing"
)

var cov24Vendors = []string{"Huawei", "Kaspersky", "TikTok", "Hikvision", "ZTE", "DJI", "SolarWinds", "3CX"}

// fill writes v for every %s of form.
func fill(form, v string) string { return strings.ReplaceAll(form, "%s", v) }

// TestLeadBackgroundGrid holds leadBackground: a title telling other news
// of the vendor, with an action the lead places in the past, is coverage;
// the same leads under a title that tells the action, and leads telling
// the action as news under a title that describes the vendor, alert as
// before.
func TestLeadBackgroundGrid(t *testing.T) {
	m := defaultMatcher(t)
	o := newOffGrid(m, &cov24Off)
	background := []string{
		"The US government banned %s from federal networks in 2019 over national security concerns.",
		"Washington added %s to the Entity List in May 2019, cutting it off from American suppliers.",
		"Federal agencies were ordered to remove %s products from their networks two years ago.",
		"Hackers pushed a trojanized %s update to thousands of customers last year.",
		"Since 2020, %s has been barred from government contracts over its ties to Beijing.",
	}
	for _, v := range cov24Vendors {
		for _, form := range []string{"%s to cut 10%% of jobs", "%s opens new research centre in Europe",
			"%s reports higher quarterly profit", "%s launches new flagship phone",
			"%s names new chief executive"} {
			for _, lf := range background {
				o.silent(fill(strings.ReplaceAll(form, "%%", "%"), v), fill(lf, v), []string{form, lf}, form)
			}
		}
		for _, form := range []string{"US bans %s from federal networks", "Commerce adds %s to Entity List",
			"Hackers hijack %s updates to push malware", "FCC adds %s to Covered List"} {
			for _, lf := range background {
				o.news(fill(form, v), fill(lf, v), []string{form, lf}, v, form)
			}
		}
		for _, form := range []string{"FCC adds Chinese telecom firm to national security list", "Commerce blacklists Chinese tech company",
			"Agencies told to rip out Russian antivirus"} {
			for _, lf := range []string{"The FCC added %s to its Covered List on Tuesday.", "The Commerce Department added %s to its Entity List on Friday, citing national security.",
				"The Department of Homeland Security ordered civilian agencies to remove %s products within 90 days."} {
				o.news(form, fill(lf, v), []string{form, lf}, v, form)
			}
		}
	}
	o.hold(t, "leadBackground", "background lead", 9, 100)
}

// TestGenreFormGrid holds genreForm: a genre's label before a colon
// (with its modifiers only), a ranked list of happenings and a look back
// are coverage; the same clauses with no label or a news label ("Exclusive:",
// "Report:", a speaker) alert as before.
func TestGenreFormGrid(t *testing.T) {
	m := defaultMatcher(t)
	o := newOffGrid(m, &cov24Off)
	clauses := []string{"%s banned from government devices", "hackers compromised %s updates to push malware",
		"Commerce adds %s to Entity List", "backdoor found in %s firmware"}
	leads := []string{"", "Federal agencies have been ordered to stop using %s products.",
		"Attackers pushed malware to customers through a trojanized %s update."}
	for _, v := range cov24Vendors {
		for _, c := range clauses {
			for _, lf := range leads {
				for _, label := range []string{"Video", "Watch", "Upcoming webinar", "Live webinar", "Editor's picks", "Today's headlines",
					"Most-read stories of the month", "Top cybersecurity stories of 2023", "Guest post", "Podcast highlights"} {
					o.silent(label+": "+fill(c, v), fill(lf, v), []string{label, c, lf}, label)
				}
				for _, label := range []string{"", "Exclusive: ", "Report: ", "Breaking: ", "Update: "} {
					title := fill(c, v)
					if label == "" {
						title = strings.ToUpper(title[:1]) + title[1:]
					}
					o.news(label+title, fill(lf, v), []string{label, c, lf}, v, label)
				}
			}
		}
		for _, form := range []string{"The 10 biggest supply chain attacks of 2023, from %s to MOVEit", "Biggest hacks of the year, from %s to Okta",
			"Top 5 bans of 2023: %s, WeChat and more", "The worst breaches of all time include %s",
			"A look back at the %s backdoor scandal", "Revisiting the %s supply chain attack", "The legacy of the %s ban"} {
			for _, lf := range leads {
				o.silent(fill(form, v), fill(lf, v), []string{form, lf}, form)
			}
		}
	}
	o.hold(t, "genreForm", "genre form", 6, 100)
}

// TestUsedBySpiesGrid holds usedBySpies: the vendor's product used by
// hackers or in a campaign is no espionage or state-links alert; a
// state's intelligence using it, a warning that it could be used for
// espionage and a distribution channel used to spread malware alert as
// before.
func TestUsedBySpiesGrid(t *testing.T) {
	m := defaultMatcher(t)
	o := newOffGrid(m, &cov24Off)
	leads := []string{"", "Researchers said the attackers exploited known flaws in %s devices to reach their targets.",
		"The operation has been linked to Chinese espionage, investigators said."}
	for _, v := range cov24Vendors {
		for _, form := range []string{"%s routers used in Chinese espionage campaign", "%s devices used in state-sponsored espionage campaign",
			"%s cameras used by Iranian hackers to spy on Israel", "%s phones used by hackers to spy on journalists",
			"Hackers used %s servers to spy on dissidents", "%s devices abused in espionage campaign against diplomats"} {
			for _, lf := range leads {
				o.silent(fill(form, v), fill(lf, v), []string{form, lf}, form)
			}
		}
		for _, form := range []string{"%s software used by Russian intelligence to steal NSA data", "Dutch intelligence warns %s cameras could be used for espionage",
			"%s scanners could be used to spy for Beijing, EU report says", "%s update server used to spread malware in espionage campaign",
			"US says %s equipment used by Chinese military for espionage"} {
			for _, lf := range leads {
				o.news(fill(form, v), fill(lf, v), []string{form, lf}, v, form)
			}
		}
	}
	o.hold(t, "usedBySpies", "product used by attackers", 8, 40)
}

// TestReporterVoiceGrid holds reporterVoice: a vendor, or its
// researchers, reporting what others did is no espionage or state-links
// alert on the vendor; an authority's or a report's finding about the
// vendor, and the vendor reporting on itself, alert as before.
func TestReporterVoiceGrid(t *testing.T) {
	m := defaultMatcher(t)
	o := newOffGrid(m, &cov24Off)
	leads := []string{"", "The company's threat intelligence team published the findings on Tuesday.",
		"The report says the group has targeted governments across Asia."}
	for _, v := range cov24Vendors {
		for _, form := range []string{"%s reveals Chinese state hackers spied on telecoms", "%s researchers link spyware to Middle East government",
			"%s exposes spyware vendor selling to governments", "%s uncovers hackers spying on diplomats",
			"%s threat team says Russian hackers spied on ministries"} {
			for _, lf := range leads {
				o.silent(fill(form, v), fill(lf, v), []string{form, lf}, form)
			}
		}
		for _, form := range []string{"FBI says %s has ties to Russian intelligence", "Pentagon says %s works for China's military",
			"Report reveals %s sent user data to China", "Dutch intelligence says %s is tied to state espionage",
			"Study finds %s employees have links to Chinese intelligence"} {
			for _, lf := range leads {
				o.news(fill(form, v), fill(lf, v), []string{form, lf}, v, form)
			}
		}
	}
	o.hold(t, "reporterVoice", "vendor reporting", 8, 40)
}

// TestActionTrendGrid holds actionTrend: a trend of calls or steps is
// coverage; a step taken, told alone or after the trend, alerts as
// before.
func TestActionTrendGrid(t *testing.T) {
	m := defaultMatcher(t)
	o := newOffGrid(m, &cov24Off)
	leads := []string{"", "At least 14 states have passed bans on %s on government-issued devices in recent weeks.",
		"Lawmakers in several countries have moved to restrict %s over security concerns."}
	for _, v := range cov24Vendors {
		for _, form := range []string{"Bans on %s gain momentum in Washington and States", "Pressure mounts to ban %s",
			"Calls grow to ban %s on government devices", "Push to sanction %s gathers pace", "Momentum builds for %s ban in Congress",
			"%s ban picks up steam in statehouses", "Restrictions on %s gain momentum in Europe", "Bans on %s gather pace across states",
			"Curbs on %s gain steam in Congress"} {
			for _, lf := range leads {
				o.silent(fill(form, v), fill(lf, v), []string{form, lf}, form)
			}
		}
		for _, form := range []string{"Pressure mounts on %s as UK bans its gear", "US bans %s on government devices",
			"Senate passes bill to ban %s", "Texas bans %s on state devices after calls grow"} {
			for _, lf := range leads {
				o.news(fill(form, v), fill(lf, v), []string{form, lf}, v, form)
			}
		}
	}
	o.hold(t, "actionTrend", "action trend", 14, 40)
}

// TestCov24Parts holds the parts the readers share.
func TestCov24Parts(t *testing.T) {
	for _, c := range []struct {
		label string
		want  bool
	}{
		{"video", true}, {"upcoming webinar", true}, {"top cybersecurity stories of 2023", true},
		{"editor's picks", true}, {"apple watch", false}, {"exclusive", false}, {"microsoft", false}, {"", false},
	} {
		if got := genreLabel(c.label); got != c.want {
			t.Errorf("genreLabel(%q) = %v, want %v", c.label, got, c.want)
		}
	}
	for _, c := range []struct {
		s, w string
		want bool
	}{
		{"huawei to cut jobs", "huawei", true}, {"huaweis", "huawei", false}, {"the 3cx app", "3cx", true}, {"zte's phones", "zte", true},
	} {
		if got := containsWord(c.s, c.w); got != c.want {
			t.Errorf("containsWord(%q, %q) = %v, want %v", c.s, c.w, got, c.want)
		}
	}
}
