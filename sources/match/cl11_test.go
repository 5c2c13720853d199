package match

import "testing"

// TestCl11Headlines holds the matcher to testdata/cl11.tsv: class actions
// told by any authority, in any voice, with the class's kind beyond the
// class heads, and their look-alikes.
func TestCl11Headlines(t *testing.T) {
	testBatchFP(t, "testdata/cl11.tsv", 0.85, 0.08)
}

// TestCl11Untouched holds the matcher to testdata/cl11_u.tsv, written
// before any change and never tuned on (its header has the figures).
func TestCl11Untouched(t *testing.T) {
	testBatchFP(t, "testdata/cl11_u.tsv", 0.8, 0.1)
}

// TestCl11Shapes pins cl11Read's evidence: the authority before an active
// verb or anywhere for a passive (the lead's speaker included), the class
// after an active verb, and the refusals.
func TestCl11Shapes(t *testing.T) {
	for _, c := range []struct {
		title, lead string
		want        bool
	}{
		{"City council votes to scrap Chinese-made police drones", "Members voted to retire the fleet.", true},
		{"Hospitals barred from buying Chinese patient monitors", "The health ministry said public hospitals may no longer purchase them.", true},
		{"No more Chinese cellular modules in federal contracts, says GSA", "", true},
		{"Chinese-made wind turbines shut out of offshore tenders", "The government will exclude turbines from Chinese manufacturers.", true},
		{"Government phones to be wiped of foreign messaging apps", "", true},
		{"Victoria pulls Chinese-made cameras from government sites", "", true},
		{"Putin bans foreign software at critical infrastructure from 2025", "", true},
		{"Government devices to be cleansed of apps from 'foreign adversaries' under new Virginia law", "", true},
		// a passive with no authority in the title or the lead
		{"Chinese-made drones grounded after crash", "The aircraft hit a power line.", false},
		// an active verb with no authority before it: a company's policy
		{"Utility drops Chinese-made drones from its inspection fleet", "The power company said it would switch.", false},
		{"Apple pulls Quran app in China at government request", "", false},
		// the class before an active verb is its subject, not its object
		{"Chinese regulator tells operators to stop buying US memory chips", "", false},
		// an object that is no product before the class
		{"Commission drops investigation into Chinese apps", "", false},
		// an existing ban talked about
		{"Minister says ban on Chinese drones is working", "Officials defended the policy in parliament.", false},
		{"Kremlin orders officials to dump foreign smartphones", "", true},
		// talk, a noun talked about, a bill, a veto, exports, trade
		{"Q&A: former CISA director on the ban of Chinese routers", "An interview.", false},
		{"Polls show voters back ban on Chinese apps", "", false},
		{"Bill to ban Chinese-made port cranes introduced in House", "", false},
		{"Governor vetoes bill that would have banned Chinese drones", "", false},
		{"China bans exports of drone parts to the US", "", false},
		{"EU imposes duties on Chinese electric cars after subsidy probe", "Brussels set countervailing tariffs.", false},
	} {
		if _, got := cl11Read(c.title, c.lead); got != c.want {
			t.Errorf("cl11Read(%q) = %v, want %v", c.title, got, c.want)
		}
	}
}

// TestCl11Warnings pins the warning's widenings in cl10Warned: addressees
// the lists lack before the preposition, and a kind's data said to flow
// to a state; flaws and attackers stay threat reports.
func TestCl11Warnings(t *testing.T) {
	for _, c := range []struct {
		title, lead string
		want        bool
	}{
		{"CISA and FBI warn critical infrastructure about Chinese-made drones", "New guidance says the drones could give Beijing access to sensitive data.", true},
		{"FBI warns state police about Chinese-built drones", "The bureau said the aircraft could expose sensitive data.", true},
		{"DHS warns Chinese-made drones may be sending data to China", "An alert said the devices share information.", true},
		{"FBI warns critical infrastructure about flaws in Chinese-made cameras", "Attackers exploit unpatched cameras.", false},
		{"CISA warns hospitals about hackers targeting Chinese-made patient monitors", "A group scans for exposed devices.", false},
		{"Taiwan warns that Chinese apps harvest data", "The bureau tested five apps.", false},
	} {
		if _, got := class10ReadWords(c.title, c.lead); got != c.want {
			t.Errorf("class10ReadWords(%q) = %v, want %v", c.title, got, c.want)
		}
	}
}

// TestCl11Vetoed pins the veto of a class alert no authority gives: the
// class's own country word is no actor.
func TestCl11Vetoed(t *testing.T) {
	m := defaultMatcher(t)
	for _, c := range []struct {
		title, lead string
		want        bool
	}{
		{"Chinese phone makers banned from sponsoring football league", "The league said sponsorship rules changed.", false},
		{"Chinese-made wind turbines shut out of offshore tenders", "The government will exclude turbines from Chinese manufacturers.", true},
		{"Chinese surveillance tech to be banned from UK government sites", "The Cabinet Office said departments must stop deploying the cameras.", true},
	} {
		if _, got := m.Match(c.title, c.lead); got != c.want {
			t.Errorf("Match(%q) = %v, want %v", c.title, got, c.want)
		}
	}
}
