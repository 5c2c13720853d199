package bot

import (
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/trust"
)

func TestSupplierCSVRoundTrip(t *testing.T) {
	own := []trust.Vendor{
		{Name: `Acme "Routers", Inc.`, Aliases: []string{"Acme", "ACME Corp, Ltd."}, Country: "China", Categories: []string{"routers", "IoT modules"}},
		{Name: "Ünïcode GmbH", Country: "Germany"},
		{Name: "Plain"},
		{Name: "Dash-first", Aliases: []string{"-minus"}, Categories: []string{"a b"}},
	}
	data, err := exportCSV(own)
	if err != nil {
		t.Fatal(err)
	}
	rows, refused, err := parseSupplierCSV(data)
	if err != nil || len(refused) != 0 {
		t.Fatalf("parse of an export: %v, refused %+v\n%s", err, refused, data)
	}
	var got []trust.Vendor
	for _, r := range rows {
		got = append(got, r.v)
	}
	if !reflect.DeepEqual(got, own) {
		t.Errorf("round trip:\n%+v\nwant\n%+v", got, own)
	}
	p := planImport(rows, refused, own, nil)
	if p.unchanged != len(own) || len(p.writes()) != 0 {
		t.Errorf("plan of an export against itself: %+v", p)
	}
}

func TestParseSupplierCSV(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		rows     int
		refused  []string // reasons, in order
		fileErr  string
		aliases0 []string
	}{
		{name: "columns in any order and case, BOM, CRLF", in: "\uFEFFCountry,NAME\r\nUS,Acme\r\n", rows: 1},
		{name: "blank lines skipped", in: "name\n\nAcme\n\nBeta\n", rows: 2},
		{name: "alias equal to name dropped, spaces collapsed", in: "name,aliases\nAcme,\"acme; Acme  Corp ;;\"\n", rows: 1, aliases0: []string{"Acme Corp"}},
		{name: "short row", in: "name,aliases,country\nAcme\n", rows: 1},
		{name: "bad rows", in: "name,country\n,US\n+cmd,\nAcme,\nacme,\n", rows: 1, refused: []string{"no name", "spreadsheet formula", "the same name as row 4"}},
		{name: "unknown column", in: "name,colour\nAcme,red\n", fileErr: "unknown column"},
		{name: "column twice", in: "name,Name\nA,B\n", fileErr: "twice"},
		{name: "empty", in: "", fileErr: "empty"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rows, refused, err := parseSupplierCSV([]byte(tc.in))
			var fe *errFile
			if tc.fileErr != "" {
				if !errors.As(err, &fe) || !strings.Contains(fe.msg, tc.fileErr) {
					t.Fatalf("error %v, want a file error about %q", err, tc.fileErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) != tc.rows {
				t.Errorf("%d rows, want %d: %+v", len(rows), tc.rows, rows)
			}
			var reasons []string
			for _, r := range refused {
				reasons = append(reasons, r.Reason)
			}
			if len(reasons) != len(tc.refused) {
				t.Fatalf("refused %q, want %q", reasons, tc.refused)
			}
			for k := range reasons {
				if !strings.Contains(reasons[k], tc.refused[k]) {
					t.Errorf("refusal %d: %q, want %q", k, reasons[k], tc.refused[k])
				}
			}
			if tc.aliases0 != nil && !reflect.DeepEqual(rows[0].v.Aliases, tc.aliases0) {
				t.Errorf("aliases %q, want %q", rows[0].v.Aliases, tc.aliases0)
			}
		})
	}
}

// FuzzSupplierCSV: any input parses without panicking, and the vendors
// it yields export and parse back to themselves.
func FuzzSupplierCSV(f *testing.F) {
	if data, err := os.ReadFile("testdata/suppliers.csv"); err == nil {
		f.Add(data)
	}
	f.Add([]byte("name,aliases\n\"a\"\"b\",\"x;y\"\n"))
	f.Add([]byte("country,name\n,\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		rows, _, err := parseSupplierCSV(data)
		if err != nil || len(rows) == 0 {
			return // an export of no vendors is a header alone, which import refuses
		}
		var vs []trust.Vendor
		for _, r := range rows {
			vs = append(vs, r.v)
		}
		out, err := exportCSV(vs)
		if err != nil {
			t.Fatal(err)
		}
		again, refused, err := parseSupplierCSV(out)
		if err != nil || len(refused) != 0 || len(again) != len(rows) {
			t.Fatalf("export of %d parsed vendors does not parse back: %v, refused %+v", len(rows), err, refused)
		}
		for k := range again {
			if !reflect.DeepEqual(again[k].v, vs[k]) {
				t.Fatalf("vendor %d: %+v, then %+v", k, vs[k], again[k].v)
			}
		}
	})
}
