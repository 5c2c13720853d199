package bot

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/vendorwatch/vendorwatch/trust"
)

// A supplier list is a CSV file, one vendor a row, with a header naming
// the columns (any order, any case):
//
//	name,aliases,country,categories
//	Acme Routers,Acme; AcmeCorp,China,routers; cameras
//
// name is required; aliases and categories hold several values separated
// by semicolons. /watch export writes this format and /watch import reads
// it, so an export imports again unchanged.

// Limits of an import. MaxImportBytes bounds the file (a 1,000-vendor list
// with aliases is about 100 KiB); MaxGuildVendors bounds what a server
// watches of its own, however added.
const (
	MaxImportBytes  = 256 << 10
	MaxGuildVendors = trust.MaxGuildVendors
	maxCountry      = 64
	maxCategories   = 20
	maxCategory     = 64
)

// listSep separates the values of a multi-valued cell.
const listSep = ";"

var csvColumns = []string{"name", "aliases", "country", "categories"}

// refusal is a row an import leaves out, and why. Row counts the file's
// lines from 1, the header included, as a spreadsheet shows them.
type refusal struct {
	Row    int
	Name   string
	Reason string
}

// csvRow is a well-formed row of a supplier list.
type csvRow struct {
	line int
	v    trust.Vendor
}

// errFile is a whole file refused: nothing of it is stored.
type errFile struct{ msg string }

func (e *errFile) Error() string { return e.msg }

func fileError(format string, args ...any) error {
	return &errFile{fmt.Sprintf(format, args...)}
}

// parseSupplierCSV reads a supplier list. Rows with a problem of their own
// are refused one by one; a file that is not such a list at all (not
// UTF-8, broken quoting, no name column, too many rows) is an *errFile.
func parseSupplierCSV(data []byte) ([]csvRow, []refusal, error) {
	if len(data) > MaxImportBytes {
		return nil, nil, fileError("the file is larger than %d KiB", MaxImportBytes>>10)
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF")) // spreadsheets write a BOM
	if !utf8.Valid(data) {
		return nil, nil, fileError("the file is not UTF-8 text (save it as \"CSV UTF-8\")")
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if errors.Is(err, io.EOF) {
		return nil, nil, fileError("the file is empty")
	}
	if err != nil {
		return nil, nil, csvFileError(err)
	}
	col := map[string]int{}
	for k, h := range header {
		h = strings.ToLower(strings.TrimSpace(h))
		if !slices.Contains(csvColumns, h) {
			return nil, nil, fileError("the header has an unknown column %q (the columns are %s)", truncRunes(h, 40), strings.Join(csvColumns, ", "))
		}
		if _, dup := col[h]; dup {
			return nil, nil, fileError("the header names the column %q twice", h)
		}
		col[h] = k
	}
	if _, ok := col["name"]; !ok {
		return nil, nil, fileError("the first row must be a header with a name column (the columns are %s)", strings.Join(csvColumns, ", "))
	}
	cell := func(rec []string, name string) string {
		if k, ok := col[name]; ok && k < len(rec) {
			return rec[k]
		}
		return ""
	}
	var rows []csvRow
	var refused []refusal
	seen := map[string]int{}
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, nil, csvFileError(err)
		}
		line, _ := r.FieldPos(0)
		if len(rows)+len(refused) >= MaxGuildVendors {
			return nil, nil, fileError("the file has more than %d rows, the most a server can watch", MaxGuildVendors)
		}
		name := oneLine(cell(rec, "name"))
		refuse := func(format string, args ...any) {
			refused = append(refused, refusal{Row: line, Name: name, Reason: fmt.Sprintf(format, args...)})
		}
		if len(rec) > len(header) {
			refuse("%d cells, but the header has %d columns", len(rec), len(header))
			continue
		}
		v, reason := rowVendor(name, cell(rec, "aliases"), cell(rec, "country"), cell(rec, "categories"))
		if reason != "" {
			refuse("%s", reason)
			continue
		}
		key := strings.ToLower(v.Name)
		if first, dup := seen[key]; dup {
			refuse("the same name as row %d", first)
			continue
		}
		seen[key] = line
		rows = append(rows, csvRow{line: line, v: v})
	}
	if len(rows)+len(refused) == 0 {
		return nil, nil, fileError("the file has a header but no vendors")
	}
	return rows, refused, nil
}

func csvFileError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return fileError("row %d is not valid CSV: %v", pe.Line, pe.Err)
	}
	return fileError("the file is not valid CSV: %v", err)
}

// rowVendor checks and normalises one row's cells as /watch add does its
// options; the reason is "" when the row is good.
func rowVendor(name, aliases, country, categories string) (trust.Vendor, string) {
	switch {
	case name == "":
		return trust.Vendor{}, "no name"
	case runes(name) > maxVendorName:
		return trust.Vendor{}, fmt.Sprintf("the name is longer than %d characters", maxVendorName)
	case formula(name):
		return trust.Vendor{}, "the name starts with =, + or @ (a spreadsheet formula)"
	}
	v := trust.Vendor{Name: name, Country: oneLine(country)}
	for _, a := range splitList(aliases) {
		if strings.EqualFold(a, name) {
			continue
		}
		if runes(a) > maxVendorName {
			return v, fmt.Sprintf("an alias is longer than %d characters", maxVendorName)
		}
		if formula(a) {
			return v, "an alias starts with =, + or @ (a spreadsheet formula)"
		}
		v.Aliases = append(v.Aliases, a)
	}
	if len(v.Aliases) > maxAliases {
		return v, fmt.Sprintf("%d aliases, at most %d", len(v.Aliases), maxAliases)
	}
	if runes(v.Country) > maxCountry {
		return v, fmt.Sprintf("the country is longer than %d characters", maxCountry)
	}
	if formula(v.Country) {
		return v, "the country starts with =, + or @ (a spreadsheet formula)"
	}
	v.Categories = splitList(categories)
	if len(v.Categories) > maxCategories {
		return v, fmt.Sprintf("%d categories, at most %d", len(v.Categories), maxCategories)
	}
	for _, c := range v.Categories {
		if runes(c) > maxCategory {
			return v, fmt.Sprintf("a category is longer than %d characters", maxCategory)
		}
		if formula(c) {
			return v, "a category starts with =, + or @ (a spreadsheet formula)"
		}
	}
	return v, ""
}

// formula reports a cell a spreadsheet would run as a formula when the
// list is opened again (CSV injection).
func formula(s string) bool {
	return s != "" && strings.ContainsRune("=+@", rune(s[0]))
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, listSep) {
		if p = oneLine(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func truncRunes(s string, n int) string {
	if runes(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

// importPlan is what an import would change, for the preview and the
// confirm button.
type importPlan struct {
	added, updated []trust.Vendor
	unchanged      int
	refused        []refusal
}

// writes are the vendors the store adds or updates.
func (p importPlan) writes() []trust.Vendor { return append(slices.Clip(p.added), p.updated...) }

// planImport compares the file's rows with the server's own vendors (by
// name, ignoring case) and the global watchlist. Rows past what the
// server may still add are refused.
func planImport(rows []csvRow, refused []refusal, own, global []trust.Vendor) importPlan {
	p := importPlan{refused: refused}
	have := map[string]trust.Vendor{}
	for _, v := range own {
		have[strings.ToLower(v.Name)] = v
	}
	room := MaxGuildVendors - len(own)
	for _, r := range rows {
		if g, ok := findVendor(global, r.v.Name); ok {
			p.refused = append(p.refused, refusal{Row: r.line, Name: r.v.Name, Reason: fmt.Sprintf("already on the global watchlist (as %s)", Escape(g.Name))})
			continue
		}
		old, ok := have[strings.ToLower(r.v.Name)]
		switch {
		case !ok && room <= 0:
			p.refused = append(p.refused, refusal{Row: r.line, Name: r.v.Name, Reason: fmt.Sprintf("the server would watch more than %d vendors of its own", MaxGuildVendors)})
		case !ok:
			room--
			p.added = append(p.added, r.v)
		case sameFields(old, r.v):
			p.unchanged++
		default:
			p.updated = append(p.updated, r.v)
		}
	}
	slices.SortFunc(p.refused, func(a, b refusal) int { return a.Row - b.Row })
	return p
}

func sameFields(a, b trust.Vendor) bool {
	return slices.Equal(a.Aliases, b.Aliases) && a.Country == b.Country && slices.Equal(a.Categories, b.Categories)
}

// exportCSV writes a server's own vendors as a supplier list.
func exportCSV(own []trust.Vendor) ([]byte, error) {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	if err := w.Write(csvColumns); err != nil {
		return nil, err
	}
	for _, v := range own {
		if err := w.Write([]string{v.Name, strings.Join(v.Aliases, listSep+" "), v.Country, strings.Join(v.Categories, listSep+" ")}); err != nil {
			return nil, err
		}
	}
	w.Flush()
	return buf.Bytes(), w.Error()
}

// planSummary is the preview's text: counts, then the refused rows with
// their reasons, as many as fit.
func planSummary(p importPlan, applied bool) string {
	head := fmt.Sprintf("Would add **%d**, update **%d**, leave **%d** unchanged; **%d** row(s) refused.",
		len(p.added), len(p.updated), p.unchanged, len(p.refused))
	if applied {
		head = fmt.Sprintf("Added **%d**, updated **%d**, left **%d** unchanged; **%d** row(s) refused.",
			len(p.added), len(p.updated), p.unchanged, len(p.refused))
	}
	lines := []string{head}
	for _, r := range p.refused {
		l := "Row " + strconv.Itoa(r.Row)
		if r.Name != "" {
			l += " (" + EscapeTrunc(r.Name, 60) + ")"
		}
		lines = append(lines, l+": "+r.Reason) // the reasons are the bot's own words
	}
	return fitLines(lines, maxDescription)
}
