package match

import (
	"fmt"
	"testing"
)

// TestStaffRuleOnAlertGrid holds staffRuleOnAlert: a company's rule for
// its own staff, told through the company's voice or with the staff in
// the lead, never alerts; the same vendors and leads with a public body
// ruling for its staff alert as before (a public body's staff rule is an
// event).
func TestStaffRuleOnAlertGrid(t *testing.T) {
	m := defaultMatcher(t)
	o := newOffGrid(m, &cov23cOff)
	leads := []string{
		"The company told employees to stop using %s on work devices, citing data security concerns.",
		"In an internal memo, the firm barred staff from installing %s.",
		"The bank's employees were told that %s is no longer allowed on their phones.",
	}
	for _, v := range []string{"Zoom", "DeepSeek", "TikTok", "WeChat", "Kaspersky"} {
		for _, c := range []string{"SpaceX", "JPMorgan", "Samsung", "Goldman Sachs", "Deutsche Bank"} {
			for _, form := range []string{"%s bans %s over security concerns", "%s bans %s over 'significant privacy and security concerns'",
				"%s president says employees barred from using %s app", "%s CEO says staff banned from using %s"} {
				for _, lf := range leads {
					title, lead := fmt.Sprintf(form, c, v), fmt.Sprintf(lf, v)
					o.silent(title, lead, []string{c, form, lf}, form)
				}
			}
		}
		for _, body := range []string{"NASA", "Pentagon", "US Navy", "Interior ministry", "Texas", "Nepal", "India"} {
			for _, form := range []string{"%s bans %s over security concerns", "%s official says employees barred from using %s app",
				"%s bans staff from using %s"} {
				for _, lf := range append(leads, "The agency told government employees to remove %s from official devices.") {
					title, lead := fmt.Sprintf(form, body, v), fmt.Sprintf(lf, v)
					o.news(title, lead, []string{body, form, lf}, v, form)
				}
			}
		}
	}
	o.hold(t, "staffRuleOnAlert", "company staff rule", 4, 50)
}

// TestVendorPromisesGrid holds vendorPromises: the vendor's own statement
// or promise is coverage at most; the same vendors' events told through
// their own voice ("X says hackers compromised its update server") and
// another's promise about the vendor alert as before.
func TestVendorPromisesGrid(t *testing.T) {
	m := defaultMatcher(t)
	o := newOffGrid(m, &cov23cOff)
	leads := []string{
		"The company said affected users would be compensated and that it was still investigating.",
		"In a rare interview, the company's founder insisted that the law does not oblige %s to install backdoors.",
		"%s has faced accusations of ties to the Chinese state for years.",
	}
	for _, v := range []string{"Huawei", "Kaspersky", "TikTok", "Trust Wallet", "Hikvision", "ZTE"} {
		for _, form := range []string{"%s says it will reimburse users hit by extension hack", "%s says it would never spy for Beijing",
			"Founder: %s would rather shut down than spy for Beijing", "%s pledges to move user data to Switzerland",
			"%s promises to compensate customers", "%s said it will cooperate with investigators"} {
			for _, lf := range leads {
				title, lead := fmt.Sprintf(form, v), fmt.Sprintf(lf, v)
				o.silent(title, lead, []string{v, form, lf}, form)
			}
		}
		for _, form := range []string{"%s says hackers compromised its update server", "%s says it was added to Entity List",
			"FCC bans %s, says it will revoke existing approvals", "US bans %s; Commerce says it will enforce the rule",
			"Commerce adds %s to Entity List"} {
			for _, lf := range leads {
				title, lead := fmt.Sprintf(form, v), fmt.Sprintf(lf, v)
				o.news(title, lead, []string{v, form, lf}, v, form)
			}
		}
	}
	o.hold(t, "vendorPromises", "vendor promise", 6, 20)
}

// TestVendorSellsGrid holds vendorSells: the vendor selling one of its
// businesses with no hold named never alerts; a sale an authority orders
// or forces, and the same vendors' holds, alert as before.
func TestVendorSellsGrid(t *testing.T) {
	m := defaultMatcher(t)
	o := newOffGrid(m, &cov23cOff)
	leads := []string{
		"The deal follows browser makers' decision to stop trusting certificates issued by %s.",
		"%s said the sale would let it focus on its core products.",
		"",
	}
	for _, v := range []string{"Entrust", "Kaspersky", "Symantec", "Hikvision", "TikTok"} {
		for _, form := range []string{"%s sells public certificate business to Sectigo", "%s to sell consumer unit to private equity firm",
			"%s agrees to sell cloud division to rival", "%s sold its European operations to local investors"} {
			for _, lf := range leads {
				title, lead := fmt.Sprintf(form, v), fmt.Sprintf(lf, v)
				o.silent(title, lead, []string{v, form, lf}, form)
			}
		}
		for _, form := range []string{"%s ordered to sell US business under national security law", "%s forced to sell public certificate business after ban",
			"Chrome to distrust %s certificates", "US bans %s software sales", "Commerce adds %s to Entity List"} {
			for _, lf := range leads {
				title, lead := fmt.Sprintf(form, v), fmt.Sprintf(lf, v)
				o.news(title, lead, []string{v, form, lf}, v, form)
			}
		}
	}
	o.hold(t, "vendorSells", "vendor sale", 6, 20)
}
