package discordtest

import (
	"bytes"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/textproto"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

// multipartBody builds a message upload part by part: name, filename
// ("" for none) and content.
func buildMultipart(t *testing.T, parts ...[3]string) (string, []byte) {
	t.Helper()
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	for _, p := range parts {
		h := textproto.MIMEHeader{}
		cd := fmt.Sprintf(`form-data; name=%q`, p[0])
		if p[1] != "" {
			cd += fmt.Sprintf(`; filename=%q`, p[1])
		}
		h.Set("Content-Disposition", cd)
		pw, err := w.CreatePart(h)
		if err != nil {
			t.Fatal(err)
		}
		pw.Write([]byte(p[2]))
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return w.FormDataContentType(), buf.Bytes()
}

// TestMultipartUploads sends discordgo's own multipart uploads, which the
// fake checks against the spec's multipart/form-data schemas, and broken
// ones it must refuse.
func TestMultipartUploads(t *testing.T) {
	f := newFake(t, Options{})
	s := openSession(t, f, false)
	if !f.SpecAvailable() {
		t.Log(f.SpecStatus())
	}
	png := []byte("\x89PNG\r\n\x1a\nnot really")
	m, err := s.ChannelMessageSendComplex(testChannel, &discordgo.MessageSend{
		Content: "chart",
		Files:   []*discordgo.File{{Name: "trend.png", ContentType: "image/png", Reader: bytes.NewReader(png)}, {Name: "list.csv", ContentType: "text/csv", Reader: strings.NewReader("name\nAcme\n")}},
	})
	if err != nil {
		t.Fatalf("discordgo's upload: %v (violations %q)", err, f.Violations())
	}
	msgs := f.Messages(testChannel)
	if len(msgs) != 1 || msgs[0].ID != m.ID || msgs[0].Content != "chart" {
		t.Fatalf("messages %+v", msgs)
	}
	if got := msgs[0].Files; len(got) != 2 || got[0].Name != "trend.png" || !bytes.Equal(got[0].Data, png) || got[1].ContentType != "text/csv" {
		t.Errorf("files %+v", got)
	}
	// Files alone make a message.
	if _, err := s.ChannelMessageSendComplex(testChannel, &discordgo.MessageSend{
		Files: []*discordgo.File{{Name: "a.csv", Reader: strings.NewReader("x")}},
	}); err != nil {
		t.Errorf("files without content: %v", err)
	}

	tests := []struct {
		name  string
		parts [][3]string
		want  string
	}{
		{"unknown part", [][3]string{{"payload_json", "", `{"content":"x"}`}, {"file", "a.txt", "x"}}, `unexpected part "file"`},
		{"eleventh file", [][3]string{{"payload_json", "", `{"content":"x"}`}, {"files[10]", "a.txt", "x"}}, "at most 10 files"},
		{"no filename", [][3]string{{"payload_json", "", `{"content":"x"}`}, {"files[0]", "", "x"}}, "no filename"},
		{"bad JSON", [][3]string{{"payload_json", "", `{"content":`}}, "payload_json: invalid JSON"},
		{"payload twice", [][3]string{{"payload_json", "", `{}`}, {"payload_json", "", `{}`}}, "given twice"},
		{"empty", nil, "neither payload_json nor files"},
		{"content too long", [][3]string{{"payload_json", "", `{"content":"` + strings.Repeat("x", 2001) + `"}`}}, "2000"},
	}
	if f.SpecAvailable() {
		tests = append(tests, struct {
			name  string
			parts [][3]string
			want  string
		}{"schema in payload_json", [][3]string{{"payload_json", "", `{"content":5}`}, {"files[0]", "a.txt", "x"}}, "schema"})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ct, body := buildMultipart(t, tt.parts...)
			before := len(f.Violations())
			_, err := s.RequestRaw(http.MethodPost, discordgo.EndpointChannelMessages(testChannel), ct, body, "x", 0)
			status, code := restCode(t, err)
			if status != http.StatusBadRequest || code != discordgo.ErrCodeInvalidFormBody {
				t.Errorf("got %d code %d, want 400 code 50035", status, code)
			}
			if v := f.Violations(); len(v) <= before || !strings.Contains(strings.Join(v[before:], "\n"), tt.want) {
				t.Errorf("violations %q, want one containing %q", v[before:], tt.want)
			}
		})
	}
}
