package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/vendorwatch/vendorwatch/config"
	"github.com/vendorwatch/vendorwatch/internal/shareddir"
	"github.com/vendorwatch/vendorwatch/lists"
	"github.com/vendorwatch/vendorwatch/trust"
)

func TestNormalise(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Entrust, Inc.", "Entrust"},
		{"Chunghwa Telecom Co., Ltd.", "Chunghwa Telecom"},
		{"INTELLEXA S.A.", "Intellexa"},
		{"CYTROX HOLDINGS ZARTKORUEN MUKODO RESZVENYTARSASAG", "Cytrox"},
		{"COMODO CA Limited", "COMODO"},
		{"AC Camerfirma SA CIF A82743287", "Camerfirma"},
		{"Actalis S.p.A./03358520967", "Actalis"},
		{"Buypass AS-983163327", "Buypass"},
		{"GoDaddy.com, Inc.", "GoDaddy"},
		{"TrustCor Systems S. de R.L.", "TrustCor"},
		{"GlobalSign nv-sa", "GlobalSign"},
		{"Agencia Catalana de Certificacio (NIF Q-0801176-I)", "Agencia Catalana de Certificacio"},
		{"E-Tu..ra EBG Bili..im Teknolojileri ve Hizmetleri A....", ""},
		{"TORNADO CASH", "Tornado Cash"},
		{"GCH FINLAND OY", "GCH Finland"},
		{"E-Tugra EBG A.S.", "E-Tugra"},
		{"Deutsche Telekom Security GmbH", "Deutsche Telekom Security"},
		{"NPP PT OKEANOS", "NPP PT Okeanos"},
	} {
		if got := Normalise(c.in); got != c.want {
			t.Errorf("Normalise(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestOrgsCurrent regenerates config/orgs.txt from ../shared/lists and
// holds the committed file to it.
func TestOrgsCurrent(t *testing.T) {
	shared, err := shareddir.Find()
	if err == nil {
		_, err = os.Stat(filepath.Join(shared, "lists", "README.md"))
	}
	if err != nil {
		t.Skipf("no ../shared/lists (%v): config/orgs.txt not compared with the captures", err)
	}
	cfg, err := config.Default()
	if err != nil {
		t.Fatal(err)
	}
	names, left, err := Build(filepath.Join(shared, "lists"), lists.NewResolver(cfg.Watchlist(), nil))
	if err != nil {
		t.Fatal(err)
	}
	have, err := os.ReadFile(filepath.Join("..", "..", "config", "orgs.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if got := Format(names); !bytes.Equal(got, have) {
		t.Errorf("config/orgs.txt differs from what the captures give (%d names): run go run ./cmd/vendorwatch-orgs", len(names))
	}
	for _, l := range left {
		if l.Why == "" {
			t.Errorf("%s %q left out with no reason", l.Source, l.Name)
		}
	}
}

func TestAKAs(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Website unijet.ru; Tax ID No. 7703711949 (Russia); a.k.a. 'UNIJET COMPANY LIMITED'; Linked To: PRIGOZHIN, Yevgeniy Viktorovich.",
			[]string{"UNIJET COMPANY LIMITED"}},
		{"Additional Sanctions Information - Subject to Secondary Sanctions; a.k.a. 'IT SECURITY & PENETRATION TESTING TEAM'; a.k.a. 'POOYA DIGITAL SECURITY GROUP'.",
			[]string{"IT SECURITY & PENETRATION TESTING TEAM", "POOYA DIGITAL SECURITY GROUP"}},
		{"f.k.a. 'OLD NAME LLC'; n.k.a. 'NEW NAME LLC'", []string{"OLD NAME LLC", "NEW NAME LLC"}},
		{"Linked To: FEDERAL SECURITY SERVICE.", nil},
		{"", nil},
	} {
		if got := AKAs(c.in); !slices.Equal(got, c.want) {
			t.Errorf("AKAs(%.40q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestBuildAKAs: an OFAC entry's other names join the tier with it (a
// transliteration's English name, an entry whose own name is too plain),
// and go with it when it goes (an intelligence service's initials); a
// name E-Tugra's captures write with its initials is written without.
func TestBuildAKAs(t *testing.T) {
	shared, err := shareddir.Find()
	if err == nil {
		_, err = os.Stat(filepath.Join(shared, "lists", "README.md"))
	}
	if err != nil {
		t.Skipf("no ../shared/lists (%v)", err)
	}
	cfg, err := config.Default()
	if err != nil {
		t.Fatal(err)
	}
	names, _, err := Build(filepath.Join(shared, "lists"), lists.NewResolver(cfg.Watchlist(), nil))
	if err != nil {
		t.Fatal(err)
	}
	has := func(source, name string) bool { return slices.Contains(names, Name{source, name}) }
	for _, n := range []Name{{trust.OrgSDN, "Unijet"}, {trust.OrgSDN, "Yunidzhet"}, {trust.OrgSDN, "Dsec"},
		{trust.OrgSDN, "Pooya Digital Security"}, {trust.OrgCA, "E-Tugra"}} {
		if !has(n.Source, n.Name) {
			t.Errorf("%s %q not in the tier", n.Source, n.Name)
		}
	}
	for _, n := range []Name{{trust.OrgSDN, "FSB"}, {trust.OrgSDN, "Vevak"}, {trust.OrgSDN, "Genesis Marketplace"},
		{trust.OrgSDN, "Solange"}, {trust.OrgSDN, "Digital Security"}, {trust.OrgCA, "E-Tugra EBG"}} {
		if has(n.Source, n.Name) {
			t.Errorf("%s %q in the tier", n.Source, n.Name)
		}
	}
}
