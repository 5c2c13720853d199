package lists

import (
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Roots of every store are keyed by the SHA-256 of the certificate, in
// lower-case hex, so one root has one key in NSS, in a PEM bundle and in
// Chrome's store. Their fields:
//
//	server_trust          "trusted", "must-verify" or "distrusted" (NSS); "trusted" or "constrained" (Chrome)
//	server_distrust_after the date after which new TLS certificates are not trusted (NSS), RFC 3339
//	email_trust, email_distrust_after  as above for S/MIME (NSS)
//	not_after             the root's own expiry (YYYY-MM-DD), when known
//
// not_after is not compared: it never changes for a given certificate.

// nssObject is one object of certdata.txt as read so far.
type nssObject struct {
	class, label         string
	issuer, serial       string // octal text, to pair a trust object with its certificate
	value                []byte // CKA_VALUE: the certificate's DER
	serverTrust          string
	emailTrust           string
	serverAfter, emAfter string
	subject, notAfter    string // from the comment block before a certificate
	line                 int
}

// parseNSS reads Mozilla's certdata.txt: certificate objects and the
// trust objects that follow them, paired by issuer and serial number.
func parseNSS(data []byte) ([]Entry, error) {
	var certs, trusts []*nssObject
	var cur *nssObject
	var subject, notAfter string
	var octal *string // the attribute a MULTILINE_OCTAL block is read into
	var buf strings.Builder
	var valueFor *nssObject
	for n, line := range lines(data) {
		s := string(line)
		if octal != nil || valueFor != nil {
			if s == "END" {
				if octal != nil {
					*octal = buf.String()
				} else {
					der, err := unoctal(buf.String())
					if err != nil {
						return nil, fmt.Errorf("line %d: %w", n, err)
					}
					valueFor.value = der
				}
				octal, valueFor = nil, nil
				buf.Reset()
				continue
			}
			buf.WriteString(s)
			continue
		}
		if strings.HasPrefix(s, "#") {
			switch {
			case strings.HasPrefix(s, "# Subject: "):
				subject = strings.TrimPrefix(s, "# Subject: ")
			case strings.HasPrefix(s, "# Not Valid After : "):
				notAfter = strings.TrimPrefix(s, "# Not Valid After : ")
			case strings.HasPrefix(s, "# Certificate \""):
				subject, notAfter = "", ""
			}
			continue
		}
		attr, rest, _ := strings.Cut(s, " ")
		typ, val, _ := strings.Cut(rest, " ")
		if attr == "CKA_CLASS" {
			cur = &nssObject{class: val, line: n}
			switch val {
			case "CKO_CERTIFICATE":
				cur.subject, cur.notAfter = subject, notAfter
				certs = append(certs, cur)
			case "CKO_NSS_TRUST":
				trusts = append(trusts, cur)
			}
			continue
		}
		if cur == nil {
			continue
		}
		var dst *string
		switch attr {
		case "CKA_LABEL":
			uq, err := strconv.Unquote(val)
			if err != nil {
				uq = strings.Trim(val, `"`)
			}
			cur.label = uq
		case "CKA_ISSUER":
			dst = &cur.issuer
		case "CKA_SERIAL_NUMBER":
			dst = &cur.serial
		case "CKA_TRUST_SERVER_AUTH":
			cur.serverTrust = trustLevel(val)
		case "CKA_TRUST_EMAIL_PROTECTION":
			cur.emailTrust = trustLevel(val)
		case "CKA_NSS_SERVER_DISTRUST_AFTER":
			dst = &cur.serverAfter
		case "CKA_NSS_EMAIL_DISTRUST_AFTER":
			dst = &cur.emAfter
		case "CKA_VALUE":
			if typ == "MULTILINE_OCTAL" && cur.class == "CKO_CERTIFICATE" {
				valueFor = cur
				continue
			}
		}
		if typ == "MULTILINE_OCTAL" {
			if dst == nil {
				var skip string
				dst = &skip
			}
			octal = dst
		}
	}
	if octal != nil || valueFor != nil {
		return nil, fmt.Errorf("file ends inside a MULTILINE_OCTAL block (no END)")
	}
	byID := make(map[string]*nssObject, len(trusts))
	for _, t := range trusts {
		byID[t.issuer+"|"+t.serial] = t
	}
	out := make([]Entry, 0, len(certs))
	for _, c := range certs {
		if len(c.value) == 0 {
			return nil, fmt.Errorf("line %d: certificate %q has no CKA_VALUE", c.line, c.label)
		}
		sum := sha256.Sum256(c.value)
		e := Entry{Key: hex.EncodeToString(sum[:]), Name: c.label, Org: dnOrg(c.subject, ','), Type: "root"}
		server, email := "", ""
		var serverAfter, emailAfter string
		if t := byID[c.issuer+"|"+c.serial]; t != nil {
			server, email = t.serverTrust, t.emailTrust
		}
		var err error
		if serverAfter, err = distrustAfter(c.serverAfter); err != nil {
			return nil, fmt.Errorf("line %d: %q server distrust-after: %w", c.line, c.label, err)
		}
		if emailAfter, err = distrustAfter(c.emAfter); err != nil {
			return nil, fmt.Errorf("line %d: %q email distrust-after: %w", c.line, c.label, err)
		}
		if e.Org == "" {
			e.Org = certOrg(c.value)
		}
		e.Fields = []Field{
			{"server_trust", server},
			{"server_distrust_after", serverAfter},
			{"email_trust", email},
			{"email_distrust_after", emailAfter},
			{"not_after", nssDate(c.notAfter, c.value)},
		}
		out = append(out, e)
	}
	return out, nil
}

func trustLevel(v string) string {
	switch strings.TrimPrefix(v, "CK_TRUST ") {
	case "CKT_NSS_TRUSTED_DELEGATOR":
		return "trusted"
	case "CKT_NSS_MUST_VERIFY_TRUST":
		return "must-verify"
	case "CKT_NSS_NOT_TRUSTED":
		return "distrusted"
	}
	return strings.TrimPrefix(v, "CK_TRUST ")
}

// unoctal decodes certdata.txt's "\060\202..." text.
func unoctal(s string) ([]byte, error) {
	out := make([]byte, 0, len(s)/4)
	for i := 0; i < len(s); {
		if s[i] != '\\' || i+4 > len(s) {
			return nil, fmt.Errorf("bad octal text at %q", clipShort(s[i:]))
		}
		v, err := strconv.ParseUint(s[i+1:i+4], 8, 8)
		if err != nil {
			return nil, fmt.Errorf("bad octal byte %q", s[i:i+4])
		}
		out = append(out, byte(v))
		i += 4
	}
	return out, nil
}

func clipShort(s string) string {
	if len(s) > 12 {
		return s[:12]
	}
	return s
}

// distrustAfter reads a CKA_NSS_*_DISTRUST_AFTER value: empty (the
// attribute was CK_BBOOL CK_FALSE) or a UTCTime "YYMMDDHHMMSSZ" as octal.
func distrustAfter(octal string) (string, error) {
	if octal == "" {
		return "", nil
	}
	b, err := unoctal(octal)
	if err != nil {
		return "", err
	}
	t, err := time.Parse("060102150405Z", string(b))
	if err != nil {
		return "", fmt.Errorf("date %q: %w", b, err)
	}
	return t.UTC().Format(time.RFC3339), nil
}

// nssDate reads "Sat Dec 07 17:55:54 2030"; without it, the certificate.
func nssDate(comment string, der []byte) string {
	if t, err := time.Parse("Mon Jan 02 15:04:05 2006", strings.TrimSpace(comment)); err == nil {
		return t.Format(time.DateOnly)
	}
	if c, err := x509.ParseCertificate(der); err == nil {
		return c.NotAfter.UTC().Format(time.DateOnly)
	}
	return ""
}

func certOrg(der []byte) string {
	if c, err := x509.ParseCertificate(der); err == nil && len(c.Subject.Organization) > 0 {
		return c.Subject.Organization[0]
	}
	return ""
}

// dnOrg returns the O= value of a distinguished name as the stores print
// it: sep-separated, values quoted ("O=\"Entrust, Inc.\"") or with
// escaped separators ("O=Entrust\, Inc."). certifi separates with spaces
// and neither quotes nor escapes, so there a value runs to the next
// " XX=" attribute.
func dnOrg(dn string, sep byte) string {
	for i := 0; i < len(dn); {
		j := i
		// the attribute name
		for j < len(dn) && dn[j] != '=' && dn[j] != sep {
			j++
		}
		if j >= len(dn) || dn[j] != '=' {
			return ""
		}
		name := strings.TrimSpace(dn[i:j])
		if k := strings.LastIndexByte(name, '+'); k >= 0 {
			name = name[k+1:]
		}
		j++
		var val strings.Builder
		if sep == ' ' {
			end := nextSpacedAttr(dn, j)
			val.WriteString(dn[j:end])
			j = end
		} else if j < len(dn) && dn[j] == '"' {
			j++
			for j < len(dn) && dn[j] != '"' {
				val.WriteByte(dn[j])
				j++
			}
			j++ // the closing quote
			for j < len(dn) && dn[j] != sep {
				j++
			}
		} else {
			for j < len(dn) && dn[j] != sep {
				if dn[j] == '\\' && j+1 < len(dn) {
					j++
				}
				val.WriteByte(dn[j])
				j++
			}
		}
		if name == "O" {
			return strings.TrimSpace(val.String())
		}
		i = j + 1
	}
	return ""
}

// nextSpacedAttr finds where a value of a space-separated DN ends: at the
// next " NAME=" whose NAME is an attribute type (letters, digits, dots).
func nextSpacedAttr(dn string, from int) int {
	for i := from; i < len(dn); i++ {
		if dn[i] != ' ' {
			continue
		}
		k := i + 1
		for k < len(dn) && (dn[k] >= 'A' && dn[k] <= 'Z' || dn[k] >= 'a' && dn[k] <= 'z' || dn[k] >= '0' && dn[k] <= '9' || dn[k] == '.') {
			k++
		}
		if k > i+1 && k < len(dn) && dn[k] == '=' {
			return i
		}
	}
	return len(dn)
}

// parsePEM reads a PEM bundle as certifi ships Mozilla's roots: each
// certificate preceded by "# Label:", "# Subject:" and fingerprint
// comments. Every root in it is trusted for TLS; the key is the SHA-256
// of the certificate itself, so a wrong fingerprint comment cannot
// mislead the diff.
func parsePEM(data []byte) ([]Entry, error) {
	var out []Entry
	var label, subject string
	var body strings.Builder
	in, start := false, 0
	for n, line := range lines(data) {
		s := strings.TrimSpace(string(line))
		switch {
		case in && s == "-----END CERTIFICATE-----":
			in = false
			der, err := base64.StdEncoding.DecodeString(body.String())
			if err != nil {
				return nil, fmt.Errorf("line %d: certificate %q: %w", start, label, err)
			}
			sum := sha256.Sum256(der)
			e := Entry{Key: hex.EncodeToString(sum[:]), Name: label, Org: dnOrg(subject, ' '), Type: "root"}
			if e.Org == "" {
				e.Org = certOrg(der)
			}
			if e.Name == "" {
				e.Name = e.Org
			}
			na := ""
			if c, err := x509.ParseCertificate(der); err == nil {
				na = c.NotAfter.UTC().Format(time.DateOnly)
			}
			e.Fields = []Field{{"server_trust", "trusted"}, {"not_after", na}}
			out = append(out, e)
			label, subject = "", ""
			body.Reset()
		case in:
			body.WriteString(s)
		case s == "-----BEGIN CERTIFICATE-----":
			in, start = true, n
		case strings.HasPrefix(s, "# Label: "):
			label = strings.Trim(strings.TrimPrefix(s, "# Label: "), `"`)
		case strings.HasPrefix(s, "# Subject: "):
			subject = strings.TrimPrefix(s, "# Subject: ")
		}
	}
	if in {
		return nil, fmt.Errorf("line %d: certificate %q has no END line", start, label)
	}
	return out, nil
}

// parseChrome reads Chrome's root_store.md: "## <section>" headings, then
// table rows "sha256 | subject | not before | not after". A root under
// "Constrained Roots" is trusted only within constraints.
func parseChrome(data []byte) ([]Entry, error) {
	var out []Entry
	section := "Trusted Roots" // early versions have one table and no heading
	for n, line := range lines(data) {
		s := strings.TrimSpace(string(line))
		if h, ok := strings.CutPrefix(s, "## "); ok {
			section = strings.TrimSpace(h)
			continue
		}
		cells := strings.Split(s, " | ")
		if len(cells) != 4 {
			continue
		}
		hash := strings.ToLower(strings.TrimSpace(cells[0]))
		if hash == "sha 256 hash" {
			continue
		}
		if len(hash) != 64 || strings.Trim(hash, "0123456789abcdef") != "" {
			return nil, fmt.Errorf("line %d: %q is not a SHA-256 hash", n, clipShort(hash))
		}
		trust := "trusted"
		if strings.Contains(strings.ToLower(section), "constrained") {
			trust = "constrained"
		} else if !strings.Contains(strings.ToLower(section), "trusted") {
			trust = strings.ToLower(section)
		}
		subject := strings.TrimSpace(cells[1])
		e := Entry{Key: hash, Name: dnName(subject), Org: dnOrg(subject, ','), Type: "root"}
		e.Fields = []Field{{"server_trust", trust}, {"not_after", strings.TrimSpace(cells[3])}}
		out = append(out, e)
	}
	return out, nil
}

// dnName is the CN= of a comma-separated DN, else its first OU=, else the
// DN itself.
func dnName(dn string) string {
	var ou string
	for _, part := range splitDN(dn) {
		k, v, _ := strings.Cut(part, "=")
		switch k {
		case "CN":
			return v
		case "OU":
			if ou == "" {
				ou = v
			}
		}
	}
	if ou != "" {
		return ou
	}
	return dn
}

func splitDN(dn string) []string {
	var parts []string
	var b strings.Builder
	for i := 0; i < len(dn); i++ {
		switch {
		case dn[i] == '\\' && i+1 < len(dn):
			i++
			b.WriteByte(dn[i])
		case dn[i] == ',' || dn[i] == '+':
			parts = append(parts, b.String())
			b.Reset()
		default:
			b.WriteByte(dn[i])
		}
	}
	return append(parts, b.String())
}
