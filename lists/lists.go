// Package lists watches the lists that authorities publish — the OFAC SDN
// list, Mozilla's and Chrome's root stores, CISA's directives — and turns
// their changes into vendor-trust alerts from the primary source.
//
// Steps:
//
//  1. Parse reads one capture of a list (Kind says its format) into a
//     Snapshot: its entries sorted by Key, each with the fields a change
//     is judged on.
//  2. Diff compares two snapshots entry by entry: added, removed, changed
//     (with the fields that changed).
//  3. Resolver matches the names a list writes ("INTELLEXA S.A.", a
//     root's organisation) to the vendor registry and to vendors first
//     seen in the news, saying how each match was made.
//  4. Assess keeps the changes that are trust events (a CYBER
//     designation, a distrusted root, a directive naming a vendor) and
//     Alert turns each into a trust.Alert whose source is the list.
//
// The first read of a list is its baseline: the caller stores it and
// alerts nothing.
package lists

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
)

// Kind is a list's format.
type Kind string

// The list formats.
const (
	KindOFACSDN Kind = "ofac-sdn"          // OFAC sdn.csv
	KindNSS     Kind = "nss-certdata"      // Mozilla NSS certdata.txt
	KindPEM     Kind = "pem-bundle"        // Mozilla roots as a PEM bundle (certifi cacert.pem)
	KindChrome  Kind = "chrome-root-store" // Chrome Root Store root_store.md
	KindCISA    Kind = "cisa-directives"   // CISA directives index (Markdown list)
)

// maxEntryField bounds a field's length: no list needs more to judge a
// change, and a hostile capture cannot make one entry huge.
const maxEntryField = 4096

// Kinds lists every format.
var Kinds = []Kind{KindOFACSDN, KindNSS, KindPEM, KindChrome, KindCISA}

// Valid reports whether k is one of Kinds.
func (k Kind) Valid() bool { return slices.Contains(Kinds, k) }

// Entry is one entry of a list.
type Entry struct {
	Key  string // identity within the list: OFAC entity number, root fingerprint or label, directive number
	Name string // as the list writes it
	Org  string // a root's organisation (O= of its subject); "" for other lists
	Type string // "entity", "individual", "vessel", "aircraft" (OFAC); "root"; "directive"
	// Fields are what a change is judged on, in a fixed order per kind.
	Fields []Field
}

// Field is one named value of an entry.
type Field struct {
	Name, Value string
}

// Get returns the value of the named field, "" when absent.
func (e *Entry) Get(name string) string {
	for _, f := range e.Fields {
		if f.Name == name {
			return f.Value
		}
	}
	return ""
}

// Snapshot is a list as read at one time.
type Snapshot struct {
	Kind    Kind
	Entries []Entry // sorted by Key, keys unique
}

// Parse reads a capture of a list of the given kind. An error says what
// was wrong and where (line number); nothing is guessed.
func Parse(kind Kind, data []byte) (*Snapshot, error) {
	var entries []Entry
	var err error
	switch kind {
	case KindOFACSDN:
		entries, err = parseSDN(data)
	case KindNSS:
		entries, err = parseNSS(data)
	case KindPEM:
		entries, err = parsePEM(data)
	case KindChrome:
		entries, err = parseChrome(data)
	case KindCISA:
		entries, err = parseCISA(data)
	default:
		return nil, fmt.Errorf("unknown list format %q (want one of %s)", kind, kindNames())
	}
	if err != nil {
		return nil, fmt.Errorf("parse %s: %w", kind, err)
	}
	if len(entries) == 0 {
		return nil, fmt.Errorf("parse %s: no entries (not a %s file, or empty)", kind, kind)
	}
	less := func(a, b Entry) int { return strings.Compare(a.Key, b.Key) }
	if !slices.IsSortedFunc(entries, less) {
		slices.SortStableFunc(entries, less)
	}
	// A key seen twice (two roots with one label) gets a suffix in file
	// order (the sort is stable), so that each entry keeps an identity.
	renamed := false
	for i := 1; i < len(entries); i++ {
		if entries[i].Key != entries[i-1].Key {
			continue
		}
		base, n := entries[i].Key, 2
		for j := i; j < len(entries) && entries[j].Key == base; j++ {
			entries[j].Key = fmt.Sprintf("%s #%d", base, n)
			n++
		}
		renamed = true
	}
	if renamed {
		slices.SortStableFunc(entries, less)
	}
	return &Snapshot{Kind: kind, Entries: entries}, nil
}

func kindNames() string {
	s := make([]string, len(Kinds))
	for i, k := range Kinds {
		s[i] = string(k)
	}
	return strings.Join(s, ", ")
}

// Op is what happened to an entry.
type Op string

// The operations of a diff.
const (
	Added   Op = "added"
	Removed Op = "removed"
	Changed Op = "changed"
)

// Change is one entry's difference between two snapshots. Old is nil for
// an addition, New for a removal.
type Change struct {
	Op       Op
	Key      string
	Old, New *Entry
	Fields   []string // the fields that differ (Changed only)
}

// Entry returns the entry as it is now, or as it was when removed.
func (c *Change) Entry() *Entry {
	if c.New != nil {
		return c.New
	}
	return c.Old
}

// Diff compares two snapshots of one list, in key order. Both are sorted
// by key (Parse does it), so it is one merge pass.
func Diff(old, cur *Snapshot) []Change {
	var out []Change
	i, j := 0, 0
	for i < len(old.Entries) || j < len(cur.Entries) {
		switch {
		case j >= len(cur.Entries) || i < len(old.Entries) && old.Entries[i].Key < cur.Entries[j].Key:
			out = append(out, Change{Op: Removed, Key: old.Entries[i].Key, Old: &old.Entries[i]})
			i++
		case i >= len(old.Entries) || cur.Entries[j].Key < old.Entries[i].Key:
			out = append(out, Change{Op: Added, Key: cur.Entries[j].Key, New: &cur.Entries[j]})
			j++
		default:
			o, n := &old.Entries[i], &cur.Entries[j]
			if fs := changedFields(o, n); len(fs) > 0 {
				out = append(out, Change{Op: Changed, Key: n.Key, Old: o, New: n, Fields: fs})
			}
			i++
			j++
		}
	}
	return out
}

func changedFields(o, n *Entry) []string {
	var fs []string
	if o.Name != n.Name {
		fs = append(fs, "name")
	}
	if o.Org != n.Org {
		fs = append(fs, "org")
	}
	// One kind writes its fields in one order: compare by position, and
	// by name only when the two differ in shape.
	same := len(o.Fields) == len(n.Fields)
	for i := 0; same && i < len(o.Fields); i++ {
		same = o.Fields[i].Name == n.Fields[i].Name
	}
	if same {
		for i := range o.Fields {
			if o.Fields[i].Value != n.Fields[i].Value {
				fs = append(fs, o.Fields[i].Name)
			}
		}
		return fs
	}
	for _, f := range o.Fields {
		if n.Get(f.Name) != f.Value {
			fs = append(fs, f.Name)
		}
	}
	for _, f := range n.Fields {
		if o.Get(f.Name) == "" && f.Value != "" && !slices.Contains(fs, f.Name) {
			fs = append(fs, f.Name)
		}
	}
	return fs
}

// Describe is a one-line description of a change, for scan and /explain:
// `added 48059 "INTELLEXA S.A." programs=CYBER2`.
func (c *Change) Describe() string {
	var b strings.Builder
	e := c.Entry()
	fmt.Fprintf(&b, "%s %s %q", c.Op, c.Key, e.Name)
	if e.Org != "" && e.Org != e.Name {
		fmt.Fprintf(&b, " (%s)", e.Org)
	}
	switch c.Op {
	case Changed:
		for _, f := range c.Fields {
			switch f {
			case "name":
				fmt.Fprintf(&b, "; name %q → %q", c.Old.Name, c.New.Name)
				continue
			case "org":
				fmt.Fprintf(&b, "; organisation %q → %q", c.Old.Org, c.New.Org)
				continue
			}
			fmt.Fprintf(&b, "; %s %s → %s", f, show(c.Old.Get(f)), show(c.New.Get(f)))
		}
	default:
		for _, f := range e.Fields {
			if f.Value != "" && f.Name != "remarks" {
				fmt.Fprintf(&b, "; %s=%s", f.Name, f.Value)
			}
		}
	}
	return b.String()
}

func show(v string) string {
	if v == "" {
		return "(none)"
	}
	if len(v) > 80 {
		return v[:77] + "..."
	}
	return v
}

// lines splits data into lines without their line ending (LF or CRLF).
func lines(data []byte) func(yield func(int, []byte) bool) {
	return func(yield func(int, []byte) bool) {
		n := 0
		for len(data) > 0 {
			n++
			var line []byte
			if i := bytes.IndexByte(data, '\n'); i >= 0 {
				line, data = data[:i], data[i+1:]
			} else {
				line, data = data, nil
			}
			line = bytes.TrimSuffix(line, []byte{'\r'})
			if !yield(n, line) {
				return
			}
		}
	}
}

func clip(s string) string {
	if len(s) > maxEntryField {
		return s[:maxEntryField]
	}
	return s
}

// Compare parses cur and diffs it against prev, the last capture stored.
// prev nil is the first read: the baseline, with no changes, so that
// watching a list never alerts its whole content.
func Compare(kind Kind, prev, cur []byte) (*Snapshot, []Change, error) {
	now, err := Parse(kind, cur)
	if err != nil {
		return nil, nil, err
	}
	if prev == nil {
		return now, nil, nil
	}
	was, err := Parse(kind, prev)
	if err != nil {
		return nil, nil, fmt.Errorf("previous capture: %w", err)
	}
	return now, Diff(was, now), nil
}
