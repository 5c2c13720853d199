package discordtest

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// AddAttachment stores a file as Discord stores a user's upload to an
// attachment option, and returns the attachment for Interaction.Resolved.
// Its URL is the fake's CDN: URL()+"/attachments/CHANNEL/ID/NAME".
func (f *Fake) AddAttachment(channelID, filename, contentType string, data []byte) *discordgo.MessageAttachment {
	id := f.newID()
	u := f.URL() + "/attachments/" + channelID + "/" + id + "/" + url.PathEscape(filename)
	f.mu.Lock()
	if f.cdn == nil {
		f.cdn = map[string]File{}
	}
	f.cdn[strings.TrimPrefix(u, f.URL())] = File{Name: filename, ContentType: contentType, Data: append([]byte(nil), data...)}
	f.mu.Unlock()
	return &discordgo.MessageAttachment{
		ID: id, URL: u, ProxyURL: u, Filename: filename, ContentType: contentType, Size: len(data),
	}
}

// serveCDN answers GET for an attachment's URL, 404 for anything else.
func (f *Fake) serveCDN(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	file, ok := f.cdn[r.URL.EscapedPath()]
	f.mu.Unlock()
	if !ok || (r.Method != http.MethodGet && r.Method != http.MethodHead) {
		http.NotFound(w, r)
		return
	}
	ct := file.ContentType
	if ct == "" {
		ct = "application/octet-stream"
	}
	w.Header().Set("Content-Type", ct)
	w.Header().Set("Content-Length", strconv.Itoa(len(file.Data)))
	w.WriteHeader(http.StatusOK)
	if r.Method == http.MethodGet {
		_, _ = w.Write(file.Data)
	}
}
