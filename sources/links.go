package sources

import (
	"net"
	"net/url"
	"strings"
)

// trackingParams are query parameters that identify a campaign or a
// referrer, not a document. Parameters starting with "utm_" are removed too.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "gclsrc": true, "msclkid": true,
	"yclid": true, "twclid": true, "igshid": true, "mc_cid": true, "mc_eid": true,
	"ref": true, "ref_src": true, "ref_url": true, "referrer": true,
	"_hsenc": true, "_hsmi": true, "mkt_tok": true, "s_cid": true, "cmpid": true,
	"ncid": true, "ocid": true, "sr_share": true, "spm": true, "guccounter": true,
	"__twitter_impression": true, "at_medium": true, "at_campaign": true,
	"at_custom1": true, "at_custom2": true, "at_custom3": true, "at_custom4": true,
	"wt.mc_id": true, "wt_mc_id": true, "icid": true, "itm_source": true,
	"itm_medium": true, "itm_campaign": true, "oly_enc_id": true, "oly_anon_id": true,
	"vero_id": true, "vero_conv": true,
}

func isTrackingParam(name string) bool {
	n := strings.ToLower(name)
	return strings.HasPrefix(n, "utm_") || trackingParams[n]
}

// maxLinkBytes caps a link: a longer one is dropped rather than cut, which
// would break it. Real article links are well under a kilobyte; Discord
// takes embed URLs of up to 2,048.
const maxLinkBytes = 4096

// webLink returns raw as an absolute http(s) URL without user info,
// resolved against base when relative (base may be nil), or "" when it is
// anything else: a javascript:, data:, file: or mailto: link, a relative
// link without a base, one that does not parse, one longer than
// maxLinkBytes. Every item link goes through it, so that a feed cannot put
// a script or a password into an embed.
func webLink(raw string, base *url.URL) string {
	raw = strings.TrimSpace(raw)
	if raw == "" || len(raw) > maxLinkBytes {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	if !u.IsAbs() {
		if base == nil {
			return ""
		}
		u = base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Opaque != "" || u.Hostname() == "" {
		return ""
	}
	u.User = nil
	if s := u.String(); len(s) <= maxLinkBytes {
		return s
	}
	return ""
}

// CanonicalLink returns raw in a form that two feeds linking the same
// article agree on: http(s) only, scheme and host lower-cased, default port,
// user info, fragment and tracking parameters (utm_*, fbclid, gclid, mc_cid,
// mc_eid, ref...) removed, remaining parameters sorted. It returns "" when
// raw is not an absolute http(s) URL.
func CanonicalLink(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return ""
	}
	scheme := strings.ToLower(u.Scheme)
	if scheme != "http" && scheme != "https" || u.Opaque != "" {
		return ""
	}
	host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	if host == "" {
		return ""
	}
	port := u.Port()
	if port == "80" && scheme == "http" || port == "443" && scheme == "https" {
		port = ""
	}
	if port != "" {
		host = net.JoinHostPort(host, port)
	} else if strings.Contains(host, ":") {
		host = "[" + host + "]" // IPv6 literal
	}
	out := url.URL{Scheme: scheme, Host: host, Path: u.Path, RawPath: u.RawPath}
	if out.Path == "" {
		out.Path = "/"
		out.RawPath = ""
	}
	if u.RawQuery != "" {
		q, err := url.ParseQuery(u.RawQuery)
		if err != nil {
			// A query we cannot split is kept whole rather than guessed at.
			out.RawQuery = u.RawQuery
		} else {
			for k := range q {
				if isTrackingParam(k) {
					delete(q, k)
				}
			}
			out.RawQuery = q.Encode()
		}
	}
	s := out.String()
	// Re-parse so that CanonicalLink(CanonicalLink(x)) == CanonicalLink(x)
	// holds even for paths that url.URL re-escapes.
	if _, err := url.Parse(s); err != nil {
		return ""
	}
	return s
}
