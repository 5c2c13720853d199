package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/vendorwatch/vendorwatch/config"
	"github.com/vendorwatch/vendorwatch/internal/shareddir"
	"github.com/vendorwatch/vendorwatch/lists"
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
