package cluster

import (
	"slices"
	"testing"
)

func FuzzSign(f *testing.F) {
	f.Add("US bans Kaspersky antivirus sales", "The Commerce Department said Kaspersky will be barred.")
	f.Add("U.S. and U.K. — Huawei’s 5G ban", "")
	f.Add("\xff\xfe.a.b.", "'s 's s' ...")
	f.Add("", "the of and")
	f.Fuzz(func(t *testing.T, title, evidence string) {
		s := Sign(title, evidence)
		if again := Sign(title, evidence); !equalSig(s, again) {
			t.Fatalf("Sign(%q, %q) is not deterministic", title, evidence)
		}
		if !slices.IsSorted(s.places) {
			t.Fatalf("places %v not sorted", s.places)
		}
		if len(s.units) > 3 {
			t.Fatalf("Sign made %d units, want at most 3", len(s.units))
		}
		for _, u := range s.units {
			if len(u) == 0 || len(u) > maxFeatures || !slices.IsSorted(u) || len(slices.Compact(slices.Clone(u))) != len(u) {
				t.Fatalf("unit %v: want 1 to %d sorted distinct features", u, maxFeatures)
			}
		}
		if sim := Similarity(s, s); !s.Empty() && sim != 1 || s.Empty() && sim != 0 {
			t.Fatalf("Similarity(s, s) = %v for %d units", sim, len(s.units))
		}
		b, err := s.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var back Signature
		if err := back.UnmarshalBinary(b); err != nil {
			t.Fatalf("UnmarshalBinary of MarshalBinary: %v", err)
		}
		if !equalSig(s, back) {
			t.Fatalf("binary round trip changed %+v to %+v", s, back)
		}
	})
}

// FuzzUnmarshal checks that any bytes decode to an error or a signature
// that compares without panicking.
func FuzzUnmarshal(f *testing.F) {
	b, _ := Sign("US bans Kaspersky antivirus sales", "Commerce").MarshalBinary()
	f.Add(b)
	f.Add([]byte{1, 1, 2, 5, 6})
	f.Fuzz(func(t *testing.T, b []byte) {
		var s Signature
		if err := s.UnmarshalBinary(b); err != nil {
			return
		}
		_ = Similarity(s, s)
		if _, err := s.MarshalBinary(); err != nil {
			t.Fatal(err)
		}
	})
}

func equalSig(a, b Signature) bool {
	return slices.EqualFunc(a.units, b.units, slices.Equal) && slices.Equal(a.places, b.places)
}
