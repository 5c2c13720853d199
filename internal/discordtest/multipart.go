package discordtest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"regexp"
	"strconv"

	"github.com/pb33f/libopenapi-validator/content"
)

// Discord's upload limits for a bot message: ten files, 10 MiB each
// without server boosts.
const (
	maxFiles    = 10
	maxFileSize = 10 << 20
)

// File is a file uploaded with a message (multipart files[n]) or offered
// as an interaction's attachment (AddAttachment).
type File struct {
	Name        string
	ContentType string
	Data        []byte
	part        string // files[n]
}

// filesPart names a file part: files[0] to files[9].
var filesPart = regexp.MustCompile(`^files\[(\d+)\]$`)

// multipartBody is a multipart/form-data request as Discord reads it: the
// JSON of payload_json and the files[n] parts.
type multipartBody struct {
	payload []byte
	files   []File
}

// isMultipart reports whether a Content-Type is multipart/form-data and
// returns its boundary.
func isMultipart(contentType string) (string, bool) {
	mt, params, err := mime.ParseMediaType(contentType)
	if err != nil || mt != "multipart/form-data" {
		return "", false
	}
	return params["boundary"], true
}

// parseMultipart reads a message upload the way Discord does and returns
// one line per problem: every part is payload_json (JSON, at most once) or
// files[n] with a file name, n below 10, each at most maxFileSize.
func parseMultipart(boundary string, body []byte) (*multipartBody, []string) {
	if boundary == "" {
		return nil, []string{"multipart: no boundary"}
	}
	var out multipartBody
	var problems []string
	seen := map[string]bool{}
	rd := multipart.NewReader(bytes.NewReader(body), boundary)
	for {
		part, err := rd.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, append(problems, "multipart: "+err.Error())
		}
		name := part.FormName()
		data, err := io.ReadAll(io.LimitReader(part, maxFileSize+1))
		part.Close()
		if err != nil {
			return nil, append(problems, "multipart: "+err.Error())
		}
		if seen[name] {
			problems = append(problems, fmt.Sprintf("multipart: part %q given twice", name))
			continue
		}
		seen[name] = true
		if name == "payload_json" {
			if !json.Valid(data) {
				problems = append(problems, "payload_json: invalid JSON")
			}
			out.payload = data
			continue
		}
		m := filesPart.FindStringSubmatch(name)
		if m == nil {
			problems = append(problems, fmt.Sprintf("multipart: unexpected part %q (want payload_json or files[n])", name))
			continue
		}
		if n, _ := strconv.Atoi(m[1]); n >= maxFiles {
			problems = append(problems, fmt.Sprintf("%s: at most %d files", name, maxFiles))
		}
		if part.FileName() == "" {
			problems = append(problems, name+": no filename in Content-Disposition")
		}
		if len(data) > maxFileSize {
			problems = append(problems, fmt.Sprintf("%s: larger than %d bytes", name, maxFileSize))
		}
		out.files = append(out.files, File{Name: part.FileName(), ContentType: part.Header.Get("Content-Type"), Data: data, part: name})
	}
	if out.payload == nil && len(out.files) == 0 {
		problems = append(problems, "multipart: neither payload_json nor files")
	}
	return &out, problems
}

// multipartDecoder turns a multipart body into the object the spec's
// multipart/form-data schemas describe: payload_json's fields at the top
// level beside a string for each files[n] part, as Discord reads it.
func multipartDecoder() content.Decoder {
	return content.DecoderFunc(func(in *content.DecodeInput) (any, error) {
		raw, err := io.ReadAll(in.Body)
		if err != nil {
			return nil, err
		}
		mb, problems := parseMultipart(in.Parameters["boundary"], raw)
		if mb == nil {
			return nil, errors.New(problems[0])
		}
		obj := map[string]any{}
		if mb.payload != nil {
			if err := json.Unmarshal(mb.payload, &obj); err != nil {
				return nil, fmt.Errorf("payload_json: %w", err)
			}
		}
		for _, f := range mb.files {
			obj[f.part] = string(f.Data)
		}
		return obj, nil
	})
}

type filesKey struct{}

// withFiles passes a request's uploaded files to the route handlers.
func withFiles(r *http.Request, files []File) *http.Request {
	return r.WithContext(context.WithValue(r.Context(), filesKey{}, files))
}

func filesOf(r *http.Request) []File {
	fs, _ := r.Context().Value(filesKey{}).([]File)
	return fs
}

func cloneFiles(fs []File) []File {
	if fs == nil {
		return nil
	}
	out := make([]File, len(fs))
	for i, f := range fs {
		out[i] = File{Name: f.Name, ContentType: f.ContentType, Data: append([]byte(nil), f.Data...), part: f.part}
	}
	return out
}
