package lists

import (
	"strings"
	"testing"
)

// FuzzParse: any bytes, any format: an error or a snapshot whose keys are
// sorted and unique; never a panic. Diff of a snapshot with itself is
// empty.
func FuzzParse(f *testing.F) {
	f.Add(uint8(0), []byte("48059,\"INTELLEXA S.A.\",-0- ,\"CYBER2\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\x1a"))
	f.Add(uint8(1), []byte("CKA_CLASS CK_OBJECT_CLASS CKO_CERTIFICATE\nCKA_LABEL UTF8 \"x\"\nCKA_VALUE MULTILINE_OCTAL\n\\060\\003\nEND\nCKA_NSS_SERVER_DISTRUST_AFTER MULTILINE_OCTAL\n\\062\\064\\061\\061\\063\\060\\062\\063\\065\\071\\065\\071\\132\nEND\n"))
	f.Add(uint8(2), []byte("# Label: \"x\"\n# Subject: CN=x O=Org Inc OU=y\n-----BEGIN CERTIFICATE-----\nMAMCAQA=\n-----END CERTIFICATE-----\n"))
	f.Add(uint8(3), []byte("## Constrained Roots\n"+strings.Repeat("a", 64)+" | CN=x,O=Y\\, Inc.,C=US | 2020-01-01 | 2030-01-01\n"))
	f.Add(uint8(4), []byte("* [ED 21-01]({{ site.baseurl }}/ed/21-01/) - Mitigate SolarWinds Orion Code Compromise\n"))
	f.Fuzz(func(t *testing.T, k uint8, data []byte) {
		kind := Kinds[int(k)%len(Kinds)]
		s, err := Parse(kind, data)
		if err != nil {
			return
		}
		for i := 1; i < len(s.Entries); i++ {
			if s.Entries[i-1].Key >= s.Entries[i].Key {
				t.Fatalf("keys not sorted and unique: %q then %q", s.Entries[i-1].Key, s.Entries[i].Key)
			}
		}
		if d := Diff(s, s); len(d) != 0 {
			t.Fatalf("a snapshot differs from itself: %v", d[0].Describe())
		}
	})
}

// FuzzWords: normalising a name never panics, and the core of a
// non-empty name keeps at least one word.
func FuzzWords(f *testing.F) {
	for _, s := range []string{"INTELLEXA S.A.", "Cytrox Holdings Zártkörűen Működő Részvénytársaság", "АО Лаборатория Касперского", "S.A.", "Limited Liability Company"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		w := Words(s)
		if len(w) > 0 && len(Core(w)) == 0 {
			t.Fatalf("Core(%q) is empty", w)
		}
		_, _ = NewResolver(nil, []string{s}).Entity(s)
	})
}
