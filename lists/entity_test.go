package lists

import (
	"slices"
	"strings"
	"testing"

	"github.com/vendorwatch/vendorwatch/config"
	"github.com/vendorwatch/vendorwatch/trust"
)

func TestResolverEntity(t *testing.T) {
	vendors := []trust.Vendor{
		{Name: "Intellexa", Aliases: []string{"Cytrox"}},
		{Name: "Entrust", Aliases: []string{"Entrust Datacard"}},
		{Name: "Kaspersky", Aliases: []string{"Kaspersky Lab", "AO Kaspersky Lab"}},
		{Name: "ZTE"},
	}
	r := NewResolver(vendors, []string{"Positive Technologies"})
	tests := []struct {
		listed, vendor, how string
		news                bool
	}{
		{"INTELLEXA S.A.", "Intellexa", HowLegal, false},
		{"CYTROX HOLDINGS ZARTKORUEN MUKODO RESZVENYTARSASAG", "Intellexa", HowLegal, false},
		{"Cytrox Holdings Zártkörűen Működő Részvénytársaság", "Intellexa", HowLegal, false},
		{"Entrust Root Certification Authority - G2", "Entrust", HowPrefix, false},
		{"Entrust, Inc.", "Entrust", HowLegal, false},
		{"Kaspersky Lab", "Kaspersky", HowName, false},
		{"АО Лаборатория Касперского", "", "", false}, // transliterated, but "kasperskogo" is a declension: no stemming
		{"AO KASPERSKY LAB", "Kaspersky", HowName, false},
		{"LIMITED LIABILITY COMPANY POSITIVE TECHNOLOGIES", "Positive Technologies", HowLegal, true},
		{"ZTE KFT", "ZTE", HowLegal, false},
		{"ZTEX TRADING", "", "", false},
		{"ENTRUSTED HOLDINGS", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.listed, func(t *testing.T) {
			m, ok := r.Entity(tt.listed)
			if tt.vendor == "" {
				if ok {
					t.Errorf("matched %q (%s), want no match", m.Name, m.How)
				}
				return
			}
			if !ok || m.Name != tt.vendor || m.How != tt.how || m.News != tt.news {
				t.Errorf("got %q how %q news %v ok %v; want %q how %q news %v", m.Name, m.How, m.News, ok, tt.vendor, tt.how, tt.news)
			}
			if x := m.Explain(); !strings.Contains(x, tt.listed) || !strings.Contains(x, tt.how) {
				t.Errorf("Explain() = %q, want the listed name and how", x)
			}
		})
	}
}

func TestWordsTransliterate(t *testing.T) {
	if got, want := Words("Касперский Лаб"), []string{"kasperskii", "lab"}; !slices.Equal(got, want) {
		t.Errorf("Words = %v, want %v", got, want)
	}
	if got, want := Core(Words("TrustCor Systems S. de R.L.")), []string{"trustcor", "systems"}; !slices.Equal(got, want) {
		t.Errorf("Core = %v, want %v", got, want)
	}
}

func TestMentions(t *testing.T) {
	r := NewResolver([]trust.Vendor{{Name: "SolarWinds", Aliases: []string{"SolarWinds Orion"}}, {Name: "Kaspersky"}}, nil)
	got := r.Mentions("Removal of Kaspersky-branded Products; SolarWinds Orion")
	var names []string
	for _, m := range got {
		names = append(names, m.Name+"/"+m.Term)
	}
	if want := []string{"SolarWinds/SolarWinds Orion", "Kaspersky/Kaspersky"}; !slices.Equal(names, want) {
		t.Errorf("Mentions = %v, want %v", names, want)
	}
}

func TestParseBadInput(t *testing.T) {
	tests := []struct {
		kind Kind
		data string
		want string
	}{
		{KindOFACSDN, "", "no entries"},
		{KindOFACSDN, "1,\"A\",-0- ,\"CYBER2\"\r\n", "wrong number of fields"},
		{KindOFACSDN, "x1,\"A\",-0- ,\"CYBER2\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n", "not a number"},
		{KindOFACSDN, "1,\"A,-0- \r\n", "extraneous or missing"},
		{KindNSS, "CKA_CLASS CK_OBJECT_CLASS CKO_CERTIFICATE\nCKA_VALUE MULTILINE_OCTAL\n\\060\\202\n", "no END"},
		{KindNSS, "CKA_CLASS CK_OBJECT_CLASS CKO_CERTIFICATE\nCKA_VALUE MULTILINE_OCTAL\n\\09x\nEND\n", "bad octal"},
		{KindNSS, "CKA_CLASS CK_OBJECT_CLASS CKO_CERTIFICATE\nCKA_LABEL UTF8 \"x\"\n", "no CKA_VALUE"},
		{KindPEM, "# Label: \"x\"\n-----BEGIN CERTIFICATE-----\nMII!!\n-----END CERTIFICATE-----\n", "illegal base64"},
		{KindPEM, "-----BEGIN CERTIFICATE-----\nMIIB\n", "no END line"},
		{KindChrome, "## Trusted Roots\nzz | CN=x | 2020-01-01 | 2030-01-01\n", "not a SHA-256"},
		{KindCISA, "* [99-99](/x/) - Title\n", "neither an emergency"},
		{KindCISA, "hello\n", "no entries"},
		{"rss", "x", "unknown list format"},
	}
	for _, tt := range tests {
		t.Run(string(tt.kind)+"/"+tt.want, func(t *testing.T) {
			_, err := Parse(tt.kind, []byte(tt.data))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Parse error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestSDNChangedPrograms(t *testing.T) {
	row := func(prog string) string {
		return "7,\"ACME SOFTWARE LLC\",-0- ,\"" + prog + "\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\x1a"
	}
	r := NewResolver(nil, nil)
	for _, tt := range []struct {
		old, new string
		cat      trust.Category
	}{
		{"RUSSIA-EO14024", "RUSSIA-EO14024] [CYBER2", trust.CategorySanctions},
		{"CYBER2", "RUSSIA-EO14024", trust.CategoryReversal},
		{"RUSSIA-EO14024", "SDGT] [RUSSIA-EO14024", ""},
	} {
		_, ch, err := Compare(KindOFACSDN, []byte(row(tt.old)), []byte(row(tt.new)))
		if err != nil {
			t.Fatal(err)
		}
		fs := Assess(KindOFACSDN, ch, r, testTime)
		switch {
		case tt.cat == "" && len(fs) != 0:
			t.Errorf("%s → %s: %d findings, want none", tt.old, tt.new, len(fs))
		case tt.cat != "" && (len(fs) != 1 || fs[0].Category != tt.cat):
			t.Errorf("%s → %s: findings %+v, want one %s", tt.old, tt.new, fs, tt.cat)
		}
	}
}

func TestKindsAreConfigFormats(t *testing.T) {
	var kinds []string
	for _, k := range Kinds {
		kinds = append(kinds, string(k))
	}
	if !slices.Equal(kinds, config.ListFormats) {
		t.Errorf("lists.Kinds = %v, config.ListFormats = %v: they must agree", kinds, config.ListFormats)
	}
}

// TestDuplicateKeys: two CISA lines with one number keep both entries,
// the second suffixed, in file order.
func TestDuplicateKeys(t *testing.T) {
	s, err := Parse(KindCISA, []byte("* [ED 21-01](/ed/21-01/) - First\n* [BOD 17-01](/bod/17-01/) - K\n* [ED 21-01](/ed/21-01/) - Second\n"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range s.Entries {
		got = append(got, e.Key+"="+e.Name)
	}
	if want := []string{"BOD 17-01=K", "ED 21-01=First", "ED 21-01 #2=Second"}; !slices.Equal(got, want) {
		t.Errorf("entries %v, want %v", got, want)
	}
}

// TestSDNNewsPrefixIsWeak: outside the cyber programs, a news name that
// only begins a listed name does not make the listing an event; a firm
// match (the legal name) does.
func TestSDNNewsPrefixIsWeak(t *testing.T) {
	row := "9,\"APEX TRADING LLC\",-0- ,\"SDNTK\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
	base := "1,\"X\",-0- ,\"SDNTK\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
	_, ch, err := Compare(KindOFACSDN, []byte(base), []byte(base+row))
	if err != nil {
		t.Fatal(err)
	}
	if fs := Assess(KindOFACSDN, ch, NewResolver(nil, []string{"Apex"}), testTime); len(fs) != 0 {
		t.Errorf("news prefix made %d findings, want none", len(fs))
	}
	if fs := Assess(KindOFACSDN, ch, NewResolver(nil, []string{"Apex Trading"}), testTime); len(fs) != 1 || fs[0].Vendor.Name != "Apex Trading" {
		t.Errorf("news legal-name match: %+v, want one finding for Apex Trading", fs)
	}
}
