package bot

import (
	"errors"
	"net/url"
	"strings"
)

// onServer makes a transport error name the server the request went to.
// discordgo builds every URL on DefaultAPIBase and the rewriteTransport
// sends it to APIBase, but http.Client reports the URL it was given: with
// api_base set, a refused connection still read
// `Get "https://discord.com/api/v9/gateway"`. The *url.Error is the call's
// own, so its URL is changed in place.
func (b *Bot) onServer(err error) error {
	base := strings.TrimRight(b.opts.APIBase, "/")
	if err == nil || base == "" || base == DefaultAPIBase {
		return err
	}
	var ue *url.Error
	if errors.As(err, &ue) && strings.HasPrefix(ue.URL, DefaultAPIBase+"/") {
		ue.URL = base + strings.TrimPrefix(ue.URL, DefaultAPIBase)
	}
	return err
}
