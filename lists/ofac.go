package lists

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

// sdnColumns are the columns of OFAC's legacy sdn.csv, which has no
// header row.
var sdnColumns = [...]string{"ent_num", "name", "type", "programs", "title", "call_sign",
	"vessel_type", "tonnage", "grt", "vessel_flag", "vessel_owner", "remarks"}

// parseSDN reads sdn.csv: one row per entity number, "-0- " for an empty
// field, CRLF line ends and a trailing 0x1A (DOS end of file) byte as
// OFAC ships it. encoding/csv does the quoting; a row of the wrong width
// is an error naming its line.
func parseSDN(data []byte) ([]Entry, error) {
	data = bytes.TrimRight(data, "\x1a\r\n\t ")
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = len(sdnColumns)
	r.ReuseRecord = true
	entries := make([]Entry, 0, bytes.Count(data, []byte{'\n'})+1)
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err // csv.ParseError names the line
		}
		num := strings.TrimSpace(rec[0])
		if num == "" || strings.Trim(num, "0123456789") != "" {
			line, _ := r.FieldPos(0)
			return nil, fmt.Errorf("line %d: entity number %q is not a number", line, rec[0])
		}
		e := Entry{Key: num, Name: clip(sdnValue(rec[1])), Type: sdnType(sdnValue(rec[2]))}
		e.Fields = make([]Field, 0, len(sdnColumns)-3)
		for i := 3; i < len(sdnColumns); i++ {
			v := sdnValue(rec[i])
			if i == 3 && strings.Contains(v, "]") {
				v = strings.Join(Programs(v), " ")
			}
			e.Fields = append(e.Fields, Field{Name: sdnColumns[i], Value: clip(v)})
		}
		entries = append(entries, e)
	}
	return entries, nil
}

// sdnValue reads a field: "-0-" (with or without its trailing space)
// is empty.
func sdnValue(s string) string {
	s = strings.TrimSpace(s)
	if s == "-0-" {
		return ""
	}
	return s
}

func sdnType(s string) string {
	if s == "" {
		return "entity"
	}
	return strings.ToLower(s)
}

// Programs splits an SDN program field ("UKRAINE-EO13661] [CYBER2", the
// CSV's way of writing "[UKRAINE-EO13661] [CYBER2]") into its programs.
func Programs(field string) []string {
	var out []string
	for _, p := range strings.Split(field, "] [") {
		p = strings.TrimSpace(strings.Trim(strings.TrimSpace(p), "[]"))
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// CyberProgram reports whether an OFAC program is one of the cyber-related
// ones (CYBER, CYBER2, CYBER3...: Executive Orders 13694 and 14144 and
// their successors): a designation under one is a vendor-trust event for
// any company it names.
func CyberProgram(p string) bool {
	if !strings.HasPrefix(p, "CYBER") {
		return false
	}
	return strings.Trim(p[len("CYBER"):], "0123456789") == ""
}
