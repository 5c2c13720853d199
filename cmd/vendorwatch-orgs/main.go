// Command vendorwatch-orgs writes config/orgs.txt, the registry's
// names-only tier: organisations official lists name, so that the
// matcher knows them as vendors' names when the news writes them, with
// no watchlist entry of their own. It reads the dated captures in
// ../shared/lists (README.md there):
//
//   - the operators of certificate authorities: the O= of every root in
//     the Mozilla (certdata.txt and certifi's bundle) and Chrome root
//     stores, every capture, so that roots since removed (TrustCor,
//     DigiNotar) stay known;
//   - the entities (not individuals, vessels or aircraft) OFAC lists
//     under a cyber-related program (CYBER, CYBER2, ...), with the other
//     names the list gives each (its remarks' "a.k.a.": "Yunidzhet" is
//     also "Unijet").
//
// Each name is normalised to what the press writes: legal forms, tax
// numbers, a trailing ".com" or " CA" and initials after a name dropped
// ("Entrust, Inc." is Entrust, "COMODO CA Limited" Comodo, "INTELLEXA
// S.A." Intellexa, "E-Tugra EBG A.S." E-Tugra), names
// a registry vendor already has are left to the registry, and the names
// in dropped (governments, threat actors) and plain (ordinary words,
// generic phrases) are left out with their reason.
//
//	go run ./cmd/vendorwatch-orgs          # write config/orgs.txt
//	go run ./cmd/vendorwatch-orgs -check   # fail unless config/orgs.txt holds what a run writes
//	go run ./cmd/vendorwatch-orgs -dropped # print the names left out and why
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"unicode"

	"github.com/vendorwatch/vendorwatch/config"
	"github.com/vendorwatch/vendorwatch/internal/shareddir"
	"github.com/vendorwatch/vendorwatch/lists"
	"github.com/vendorwatch/vendorwatch/trust"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "vendorwatch-orgs:", err)
		os.Exit(1)
	}
}

func run(_ context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("vendorwatch-orgs", flag.ContinueOnError)
	fs.SetOutput(stderr)
	check := fs.Bool("check", false, "fail unless config/orgs.txt holds what a run writes")
	showDropped := fs.Bool("dropped", false, "print the names left out and why")
	if err := fs.Parse(args); err != nil {
		return err
	}
	root, err := shareddir.ModuleRoot()
	if err != nil {
		return err
	}
	shared, err := shareddir.Find()
	if err != nil {
		return err
	}
	cfg, err := config.Default()
	if err != nil {
		return err
	}
	names, left, err := Build(filepath.Join(shared, "lists"), lists.NewResolver(cfg.Watchlist(), nil))
	if err != nil {
		return err
	}
	if *showDropped {
		for _, d := range left {
			fmt.Fprintf(stdout, "%s\t%s\t%s\n", d.Source, d.Name, d.Why)
		}
	}
	out := Format(names)
	path := filepath.Join(root, "config", "orgs.txt")
	if *check {
		have, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if !bytes.Equal(have, out) {
			return errors.New("config/orgs.txt differs from what the captures give: run go run ./cmd/vendorwatch-orgs")
		}
		return nil
	}
	return os.WriteFile(path, out, 0o644)
}

// Name is one organisation and the list that names it.
type Name struct {
	Source string // trust.OrgCA or trust.OrgSDN
	Name   string
}

// listed is a name as a capture gives it, with the other names the list
// gives the same entry (OFAC's "a.k.a.").
type listed struct {
	Name
	akas []string
}

// Left is a name left out and why.
type Left struct {
	Source, Name, Why string
}

// dropped are names the lists give of what is no vendor (a threat
// actor, an intelligence service, a state, a person) or that the news
// names in most stories, keyed by their normalised words; the entry's
// other names (AKAs) go with it.
var dropped = map[string]string{
	"amazon":    "an ordinary word (a river) and a retailer named in most news",
	"microsoft": "named in most technology news, a root operator only on the side",
	"government root certification authority":       "generic: any government's root",
	"staat der nederlanden":                         "a state, not a vendor",
	"evil":                                          "a criminal group: a threat actor, never a vendor",
	"hydra market":                                  "a criminal market: a threat actor, never a vendor",
	"genesis market":                                "a criminal market: a threat actor, never a vendor",
	"main intelligence directorate":                 "an intelligence service: no vendor",
	"federal security service":                      "an intelligence service: no vendor",
	"iranian ministry of intelligence and security": "a ministry: no vendor",
	"internet research agency":                      "an influence operation: no vendor",
	"polyanin evgenii igorevich ip":                 "a person (an individual entrepreneur)",
}

// plain are names too plain to name anyone in the news (ordinary words,
// generic phrases, a city, a given name), keyed by their normalised
// words: the name is left out, the entry's other names are read ("DSEC"
// of Digital Security).
var plain = map[string]string{
	"baltimore":                  "a city",
	"certainly":                  "an ordinary word",
	"ssl":                        "a protocol's name",
	"network solutions":          "generic words",
	"e-commerce monitoring":      "generic words",
	"digital signature trust":    "generic words",
	"japan certification":        "generic words",
	"special technology center":  "generic words",
	"digital security":           "generic words",
	"economy today":              "generic words",
	"federal news agency":        "generic words",
	"usa really":                 "ordinary words",
	"optima":                     "an ordinary word",
	"ast":                        "an acronym of many things (a syntax tree, a time zone)",
	"like wise":                  "ordinary words",
	"fresh air farm house":       "ordinary words",
	"m finans":                   "a letter and a word: generic",
	"m invest":                   "a letter and a word: generic",
	"united world international": "generic words",
	"solange":                    "a given name (a singer's)",
}

// trailing are words dropped from a name's end after its legal form,
// when a word remains: a root operator's "CA", a tax-number label.
var trailing = []string{"ca", "cif", "oyj", "ou", "sia", "systems", "technologies", "services"}

// leading are words dropped from a name's start: "AC Camerfirma" is the
// Spanish "Autoridad de Certificación".
var leading = []string{"ac"}

// Build reads the captures under dir and returns the names, sorted and
// unique by their normalised words, and the names left out.
func Build(dir string, registry *lists.Resolver) ([]Name, []Left, error) {
	type capture struct {
		glob string
		kind lists.Kind
	}
	var raw []listed
	for _, c := range []capture{
		{"mozilla-nss-certdata/*-certdata.txt", lists.KindNSS},
		{"mozilla-roots-certifi/*-cacert.pem", lists.KindPEM},
		{"chrome-root-store/*-root_store.md", lists.KindChrome},
		{"ofac-sdn/*-sdn.csv", lists.KindOFACSDN},
	} {
		files, err := filepath.Glob(filepath.Join(dir, c.glob))
		if err != nil {
			return nil, nil, err
		}
		if len(files) == 0 {
			return nil, nil, fmt.Errorf("no capture %s under %s", c.glob, dir)
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				return nil, nil, err
			}
			snap, err := lists.Parse(c.kind, data)
			if err != nil {
				return nil, nil, fmt.Errorf("%s: %w", f, err)
			}
			for _, e := range snap.Entries {
				switch {
				case c.kind == lists.KindOFACSDN:
					if e.Type == "entity" && slices.ContainsFunc(strings.Fields(e.Get("programs")), lists.CyberProgram) {
						raw = append(raw, listed{Name{trust.OrgSDN, e.Name}, AKAs(e.Get("remarks"))})
					}
				case e.Org != "":
					raw = append(raw, listed{Name: Name{trust.OrgCA, e.Org}})
				}
			}
		}
	}
	drop, plainKey := map[string]string{}, map[string]bool{}
	for k, why := range dropped {
		drop[strings.Join(lists.Words(k), " ")] = why
	}
	for k, why := range plain {
		drop[strings.Join(lists.Words(k), " ")] = why
		plainKey[strings.Join(lists.Words(k), " ")] = true
	}
	seen := map[string]bool{}
	var names []Name
	var left []Left
	// keep adds a name unless it is dropped or the registry's, and
	// reports whether it is (or was, read before) added.
	kept := map[string]bool{}
	keep := func(source, n string) bool {
		key := source + strings.Join(lists.Words(n), " ")
		if n == "" || seen[key] {
			return kept[key]
		}
		seen[key] = true
		if why, ok := drop[key[len(source):]]; ok {
			left = append(left, Left{source, n, why})
			return false
		}
		if m, ok := registry.Entity(n); ok {
			left = append(left, Left{source, n, "the registry's " + m.Name})
			return false
		}
		names = append(names, Name{source, n})
		kept[key] = true
		return true
	}
	for _, r := range raw {
		n := Normalise(r.Name.Name)
		if !keep(r.Source, n) && !plainKey[strings.Join(lists.Words(n), " ")] {
			// Another name of an entry left out names what it names (a
			// threat actor's, an intelligence service's).
			for _, a := range r.akas {
				if a := Normalise(a); a != "" && n != "" && !seen[r.Source+strings.Join(lists.Words(a), " ")] {
					seen[r.Source+strings.Join(lists.Words(a), " ")] = true
					left = append(left, Left{r.Source, a, "another name of " + n + ", left out"})
				}
			}
			continue
		}
		// The list's other names of the entry (the entry's own name kept
		// or too plain) are how the news may write it: a transliteration
		// ("Yunidzhet" a.k.a. "Unijet"), an English name beside a Persian
		// or Russian one.
		for _, a := range r.akas {
			keep(r.Source, Normalise(a))
		}
	}
	// A name that is another of its source's with words added goes: "E-Tugra
	// EBG Bilisim Teknolojileri" is E-Tugra, "eMudhra Technologies" eMudhra.
	var out []Name
	for _, n := range names {
		w := lists.Words(n.Name)
		if slices.ContainsFunc(names, func(o Name) bool {
			ow := lists.Words(o.Name)
			return o.Source == n.Source && len(ow) < len(w) && slices.Equal(w[:len(ow)], ow)
		}) {
			left = append(left, Left{n.Source, n.Name, "a longer form of another name"})
			continue
		}
		out = append(out, n)
	}
	slices.SortFunc(out, func(a, b Name) int {
		return strings.Compare(a.Source+"\t"+strings.ToLower(a.Name), b.Source+"\t"+strings.ToLower(b.Name))
	})
	slices.SortFunc(left, func(a, b Left) int {
		return strings.Compare(a.Source+"\t"+strings.ToLower(a.Name), b.Source+"\t"+strings.ToLower(b.Name))
	})
	return out, left, nil
}

// AKAs are the other names an OFAC entry's remarks give it: "a.k.a.",
// "f.k.a." and "n.k.a." (also known, formerly known, now known as), each
// quoted ("a.k.a. 'UNIJET COMPANY LIMITED'").
func AKAs(remarks string) []string {
	var out []string
	for _, part := range strings.Split(remarks, ";") {
		part = strings.TrimSpace(part)
		for _, p := range []string{"a.k.a. '", "f.k.a. '", "n.k.a. '"} {
			if rest, ok := strings.CutPrefix(part, p); ok {
				if name, ok := strings.CutSuffix(strings.TrimRight(rest, "."), "'"); ok && name != "" {
					out = append(out, name)
				}
			}
		}
	}
	return out
}

// Normalise turns a listed organisation into the name the press writes:
// the part before a "/" or "(" (a tax number), tokens with digits gone,
// legal forms and the trailing and leading words above dropped, a name in
// capitals in Title Case except a short acronym ("ACCV"). "" when the
// list wrote garbled text ("E-Tu..ra", an escaped "\u011f").
func Normalise(s string) string {
	if i := strings.IndexAny(s, "/("); i > 0 {
		s = s[:i]
	}
	if strings.Contains(s, "..") || strings.Contains(s, `\u`) {
		return ""
	}
	var toks []string
	for _, t := range strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == ',' }) {
		if strings.IndexFunc(t, unicode.IsDigit) < 0 && t != "-" {
			toks = append(toks, t)
		}
	}
	for {
		core := lists.Core(lists.Words(strings.Join(toks, " ")))
		i, j := span(toks, core)
		if i < 0 {
			return ""
		}
		toks = toks[i:j]
		cut := false
		for _, tld := range []string{".com", ".net"} {
			if t := toks[len(toks)-1]; strings.HasSuffix(strings.ToLower(t), tld) && len(t) > len(tld) {
				toks[len(toks)-1], cut = t[:len(t)-len(tld)], true
			}
		}
		if n := len(toks); n > 1 && slices.Contains(trailing, strings.ToLower(toks[n-1])) {
			toks, cut = toks[:n-1], true
		}
		if len(toks) > 1 && slices.Contains(leading, strings.ToLower(toks[0])) {
			toks, cut = toks[1:], true
		}
		if !cut {
			break
		}
	}
	caps := strings.ToUpper(s) == s
	// A short acronym after a name in mixed case is the company's words
	// initialled ("E-Tugra EBG", "Elektronik Bilgi Güvenliği"): the press
	// writes the name alone. In a name written in capitals every word
	// looks like one, so none is cut.
	if n := len(toks); n > 1 && !caps && acronym(toks[n-1]) && !acronym(toks[n-2]) {
		toks = toks[:n-1]
	}
	for i, t := range toks {
		t = strings.TrimRight(t, ".")
		if caps {
			t = titleCase(t)
		}
		toks[i] = t
	}
	return strings.Join(toks, " ")
}

// acronym reports whether a token is two or three capitals.
func acronym(t string) bool {
	if len(t) < 2 || len(t) > 3 {
		return false
	}
	for _, r := range t {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// span finds the tokens whose words are core, in order.
func span(toks, core []string) (int, int) {
	for i := range toks {
		var w []string
		for j := i; j < len(toks); j++ {
			w = append(w, lists.Words(toks[j])...)
			if slices.Equal(w, core) {
				return i, j + 1
			}
			if len(w) >= len(core) {
				break
			}
		}
	}
	return -1, -1
}

// titleCase writes a word of a name in capitals as the press does
// (INTELLEXA: Intellexa; AND: and), each part of a hyphenated word on its
// own, keeping an acronym: a part of up to three letters or with no vowel
// (GCH, FNMT).
func titleCase(t string) string {
	switch l := strings.ToLower(t); l {
	case "and", "of", "for", "de", "ve":
		return l
	}
	parts := strings.Split(t, "-")
	for i, p := range parts {
		if r := []rune(p); len(r) > 3 && strings.ContainsAny(strings.ToLower(p), "aeiouy") {
			parts[i] = string(r[0]) + strings.ToLower(string(r[1:]))
		}
	}
	return strings.Join(parts, "-")
}

// Format writes the names as config/orgs.txt: a header, then one
// "source<TAB>name" line each.
func Format(names []Name) []byte {
	var b bytes.Buffer
	b.WriteString("# Organisations official lists name: the registry's names-only tier.\n")
	b.WriteString("# Written by go run ./cmd/vendorwatch-orgs from ../shared/lists; do not edit.\n")
	b.WriteString("# ca: operators of roots in the Mozilla and Chrome root stores; sdn: OFAC entities under a cyber program.\n")
	for _, n := range names {
		b.WriteString(n.Source + "\t" + n.Name + "\n")
	}
	return b.Bytes()
}
