package match

import (
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestLead22Grid: a title acting on a vendor it describes by kind and a
// lead naming it as its subject, in apposition of the kind or beside the
// kind; the look-alikes are built from the same parts with the lead
// naming a reporter, a victim, a government, a person or the title's own
// actor, and titles that only comment or propose.
func TestLead22Grid(t *testing.T) {
	m := defaultMatcher(t)
	g, look := newProbeGrid(m), newProbeGrid(m)
	kinds := []string{"hosting provider", "drone maker", "chip firm", "software company", "VPN provider", "e-commerce giant"}
	countries := []string{"Russian", "Chinese", "Iranian", ""}
	titles := []string{
		"US sanctions %s",
		"EU sanctions %s accused of aiding cyberattacks",
		"Treasury adds %s to sanctions list",
	}
	leads := []struct{ shape, lead string }{
		{"subject", "Zorvex, based in Kazan, provided servers to ransomware crews, officials said."},
		{"subject-bare", "Zorvex supplied infrastructure to state-backed groups for years, the department said."},
		{"apposition", "The move hits Zorvex, a %s that officials say aided the attacks."},
		{"beside", "Officials said the %s Zorvex had helped the groups for years."},
		{"with-owners", "Zorvex and its owners Ivan Petrov and Oleg Sidorov were listed under the regime."},
	}
	lookLeads := []struct{ shape, lead string }{
		{"reporter", "Researchers at Zorvex said the firm helped the groups for years."},
		{"reporter-says", "Zorvex says the firm provided servers to ransomware crews."},
		{"victim", "Zorvex lost customer data after the firm's servers were breached."},
		{"government", "Treasury said the firm provided servers to ransomware crews."},
		{"person", "John Petrov, a spokesman, said the firm had not been told."},
		{"reporter-beside", "Security firm Zorvex found the servers were used by ransomware crews."},
		{"report-by", "A report by the security firm Zorvex traced the servers to ransomware crews."},
	}
	for _, k := range kinds {
		noun := k[strings.LastIndex(k, " ")+1:]
		for _, c := range countries {
			desc := strings.TrimSpace(c + " " + k)
			for _, tt := range titles {
				title := strings.Replace(tt, "%s", desc, 1)
				for _, l := range leads {
					lead := strings.Replace(l.lead, "%s", k, 1)
					_ = noun
					g.check(title, lead, []string{l.shape, k, tt}, func(a trust.Alert, ok bool) bool {
						return gridAlerts(trust.CategorySanctions, "Zorvex")(a, ok) && strings.Contains(a.Why(), "named by the lead")
					}, l.shape, k, tt)
				}
				for _, l := range lookLeads {
					look.check(title, l.lead, []string{l.shape, k, tt}, func(a trust.Alert, ok bool) bool {
						return !namesLoosely(a, "Zorvex") && !namesLoosely(a, "John Petrov") || !ok
					}, l.shape)
				}
			}
			// Commentary and proposals about the kind: no alert for the lead's name.
			for _, tt := range []string{"Why the %s matters", "Lawmakers propose sanctions on %s", "What we know about the %s"} {
				title := strings.Replace(tt, "%s", desc, 1)
				for _, l := range leads {
					lead := strings.Replace(l.lead, "%s", k, 1)
					look.check(title, lead, []string{"commentary", k, tt}, func(a trust.Alert, ok bool) bool {
						return gridSilent(a, ok)
					}, "commentary")
				}
			}
			// The title's actor is what the lead's subject names.
			title := "Zorvex drops " + desc
			look.check(title, leads[1].lead, []string{"actor", k}, func(a trust.Alert, ok bool) bool {
				return !ok || a.Coverage || !strings.Contains(a.Why(), "named by the lead")
			}, "actor")
		}
	}
	g.stat.log(t, "%s: %d/%d")
	look.stat.log(t, "look %s: %d/%d")
	g.holdWithLookalikes(t, look, "lead22", 0.8)
}
