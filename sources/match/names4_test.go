package match

import (
	"slices"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

// TestNames4 holds the matcher to testdata/names4.tsv: alerts whose title
// holds a word that is no name (a participle, an ordinal, a phrasal verb's
// particle, a badge word, a platform credited as the source, a kind of
// thing) while the lead names the package, against look-alikes where the
// odd word really is the package's name (floors: today's 32/40 right and
// 32/40 strict over the three batches, less a margin).
func TestNames4(t *testing.T) {
	testHeadlines(t, "testdata/names4.tsv", 0.70)
	strictNames(t, "testdata/names4.tsv", 0.70)
}

// TestNonNameWord reads single words of a title as the headline's grammar
// or as a name.
func TestNonNameWord(t *testing.T) {
	for _, c := range []struct {
		title, word string
		want        bool
	}{
		{"Go module repo taken over, tagged release carries reverse shell", "taken", true},
		{"Second widely used npm package compromised", "Second", true},
		{"Now 'rc' too: third npm package hijacked", "third", true},
		{"Extensions with 'Featured' badges turned into hijackers", "Featured", true},
		{"Trusted browser extensions turned into spyware", "Trusted", true},
		{"Add-ons quietly turned into spyware", "quietly", true},
		{"Cryptominers in images rack up 2 million pulls", "rack", true},
		{"Hijacked package racks up 40,000 downloads", "racks", true},
		// Packages named like English words stay names.
		{"Now 'rc' too: third npm package hijacked", "rc", false},
		{"npm package 'is' hijacked after account takeover", "is", false},
		{"chalk and debug hijacked in supply chain attack", "chalk", false},
		{"chalk and debug hijacked in supply chain attack", "debug", false},
		{"Python library ctx hijacked to steal AWS keys", "ctx", false},
		{"Hijacked npm package colors prints gibberish", "colors", false},
		// A capitalised word past the first is a name, even in -ed.
		{"Backdoor found in Zorbified firmware", "Zorbified", false},
		{"Library 'Unified' hijacked on npm", "Unified", false},
	} {
		words := headline(titleWords(c.title))
		s, _ := findName(words, c.word)
		if s < 0 {
			t.Fatalf("%q not in %q", c.word, c.title)
		}
		if got := nonNameWord(words, s); got != c.want {
			t.Errorf("nonNameWord(%q in %q) = %v, want %v", c.word, c.title, got, c.want)
		}
	}
}

// TestNames4Leads reads the package or product a lead names.
func TestNames4Leads(t *testing.T) {
	for _, c := range []struct{ lead, avoid, want string }{
		{"Attackers who gained control of the zorbtunnel GitHub repository published v1.4.2.", "taken", "zorbtunnel"},
		{"Versions 2.0.3 and 2.1.1 of the coa package were published with a trojan.", "Second", "coa"},
		{"Among them is Geco Colorpick, a color picker with 100,000 installs.", "Featured", "Geco Colorpick"},
		{"The add-ons, including 'Quux Dark Reader' and 'Zorb Tab Saver', were sold.", "quietly", "Quux Dark Reader"},
		{"The attacker phished a maintainer of zorbparse and published 2.8.1.", "racks", "zorbparse"},
		{"The crate quux_term was republished by an attacker.", "taken", "quux_term"},
		{"Attackers breached Quuxmetrics' build system and signed a trojanized agent.", "analytics", "Quuxmetrics"},
		{"Attackers injected malicious JavaScript into Safe{Wallet}'s web interface.", "machine", "Safe{Wallet}"},
		{"Someone used a password reset to publish zorbmail 4.2.0 with a backdoor.", "taken", "zorbmail"},
		{"A compromised account added code to quuxhooks that forwarded headers.", "GitHub", "quuxhooks"},
		// Nothing specific: no name.
		{"The attacker published version 2.0 with a stealer.", "taken", ""},
		{"Someone added a step to the workflow that leaked tokens.", "taken", ""},
		{"A self-spreading payload in the command-line tool stole tokens.", "taken", ""},
		{"The images were uploaded by accounts created last month.", "rack", ""},
		{"Researchers said the campaign is ongoing.", "second", ""},
	} {
		if got := leadNamed4(titleWords(c.lead), c.lead, c.avoid); got != c.want {
			t.Errorf("leadNamed4(%q) = %q, want %q", c.lead, got, c.want)
		}
	}
}

// TestCredited tells a platform a title credits ("GitHub: ...") from a
// vendor that opens a title with a colon of its own.
func TestCredited(t *testing.T) {
	for _, c := range []struct {
		title, name string
		want        bool
	}{
		{"GitHub: 26 open-source projects were quietly backdoored", "GitHub", true},
		{"CISA: analytics vendor's agent shipped malware", "CISA", true},
		{"Microsoft: analytics vendor's update pushed malware", "Microsoft", true},
		{"Notepad++: update server hijacked to push malware", "Notepad++", false},
		{"Zorbsoft: our installer was trojanized", "Zorbsoft", false},
		{"GitHub Actions workflow of zorb-cli poisoned", "GitHub", false},
	} {
		words := headline(titleWords(c.title))
		if got := credited(words, trust.VendorHit{Name: c.name, Term: c.name}); got != c.want {
			t.Errorf("credited(%q, %q) = %v, want %v", c.title, c.name, got, c.want)
		}
	}
}

// TestNames4Variants are further headlines in each shape, not tuned on:
// who the alert names, or that it names nothing and posts nothing.
func TestNames4Variants(t *testing.T) {
	m := defaultMatcher(t)
	for _, c := range []struct{ title, lead, want string }{
		{"Go module repo taken over, tagged release carries reverse shell", "The attacker took over the GitHub repository of go-quuxutil and tagged v2.3.0 with a reverse shell.", "go-quuxutil"},
		{"Now 'rc' too: second widely used npm package compromised", "", "rc"},
		{"Firefox add-ons with 'Recommended' badges turned into browser hijackers", "The add-ons, among them Zorb Translate, were sold and updated to redirect searches.", "Zorb Translate"},
		{"Trusted browser extensions with 2 million users turned into spyware", "The extensions, including 'Quux Screenshot' and 'Zorb Notes', were updated to send browsing history to a remote server.", "Quux Screenshot"},
		{"GitHub: 26 open-source projects were quietly backdoored", "The compromised projects include zorb-cli, a command-line tool with 50,000 stars.", "zorb-cli"},
		{"Third popular PyPI library hijacked this year steals cloud keys", "The attacker published version 4.1.0 of quuxhttp with a credential stealer.", "quuxhttp"},
		{"Popular Rust crate taken over, ships SSH key stealer", "The crate quux_term was republished by an attacker.", "quux_term"},
		{"Nx Console VS Code extension briefly pushed malicious version", "", "Nx Console"},
		{"Featured Chrome extensions turned into data stealers after sale", "Koi Security says QuuxTab and 17 other extensions with the Featured badge were updated to exfiltrate cookies.", "QuuxTab"},
		{"Maintainer account taken over: popular Ruby gem ships credential stealer", "", "Ruby"}, // the registry as written
		// Only a grammar word, no lead, no registry: nothing to post under.
		{"Trusted add-ons quietly turned into spyware after ownership change", "", ""},
		{"Second widely used library compromised within a week", "", ""},
		{"Hijacked package racks up 40,000 malicious downloads before takedown", "", ""},
	} {
		a, ok := m.Match(c.title, c.lead)
		if c.want == "" {
			if ok {
				t.Errorf("%q: names %v, want no alert [%s]", c.title, a.VendorNames(), a.Why())
			}
			continue
		}
		if !ok {
			t.Errorf("%q: no alert, want %q", c.title, c.want)
			continue
		}
		if !slices.Contains(a.VendorNames(), c.want) {
			t.Errorf("%q: names %v, want %q [%s]", c.title, a.VendorNames(), c.want, a.Why())
		}
	}
}

// TestTitleCodeName reads a package a title writes like code, not the
// payload it says the attack used nor a hyphenated English word.
func TestTitleCodeName(t *testing.T) {
	for _, c := range []struct{ title, want string }{
		{"Now ua-parser-js: popular npm library hijacked to drop cryptominer", "ua-parser-js"},
		{"Solana web3.js library backdoored to steal keys", "web3.js"},
		{"40+ npm packages compromised in supply chain attack using bundle.js to steal credentials", ""},
		{"Trusted add-ons quietly turned into spyware", ""},
		{"Hijacked npm package exploited as zero-day dropper", ""},
		{"Third-party package racks up downloads", ""},
	} {
		if got := titleCodeName(headline(titleWords(c.title))); got != c.want {
			t.Errorf("titleCodeName(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}
