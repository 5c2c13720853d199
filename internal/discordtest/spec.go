package discordtest

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/vendorwatch/vendorwatch/internal/shareddir"

	"github.com/pb33f/libopenapi"
	validator "github.com/pb33f/libopenapi-validator"
	"github.com/pb33f/libopenapi-validator/config"
)

// specOps are the operations the fake serves, by path and method. The spec
// is pruned to them, without their response schemas, and to the components
// they reference, before the validator is built: the validator compiles
// every schema up front, which takes about 9 s of CPU for the full 1.2 MB
// description. Requests to anything else are refused by the fake anyway.
// The same pruning makes trimmedSpec.
var specOps = map[string][]string{
	"/gateway":                        {"get"},
	"/gateway/bot":                    {"get"},
	"/users/@me":                      {"get"},
	"/applications/@me":               {"get"},
	"/oauth2/applications/@me":        {"get"},
	"/channels/{channel_id}":          {"get"},
	"/channels/{channel_id}/messages": {"get", "post"},
	"/channels/{channel_id}/messages/{message_id}":                           {"get", "patch", "delete"},
	"/applications/{application_id}/commands":                                {"get", "put", "post"},
	"/applications/{application_id}/commands/{command_id}":                   {"get", "delete"},
	"/applications/{application_id}/guilds/{guild_id}/commands":              {"get", "put", "post"},
	"/applications/{application_id}/guilds/{guild_id}/commands/{command_id}": {"get", "delete"},
	"/interactions/{interaction_id}/{interaction_token}/callback":            {"post"},
	"/webhooks/{webhook_id}/{webhook_token}":                                 {"post"},
	"/webhooks/{webhook_id}/{webhook_token}/messages/@original":              {"get", "patch", "delete"},
	"/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}":           {"get", "patch", "delete"},
}

// trimmedSpec is Discord's description pruned as buildValidator prunes it,
// for a clone without ../shared: validating against it is validating
// against the full description. TestTrimmedSpec holds it to ../shared's
// copy and rewrites it with -update; the folder holds its MIT licence.
//
//go:embed testdata/discord-api-spec/openapi.json
var trimmedSpec []byte

// trimmedSpecName names trimmedSpec in SpecStatus.
const trimmedSpecName = "the trimmed copy in internal/discordtest/testdata/discord-api-spec"

// spec is one OpenAPI description turned into a validator. It is shared by
// every Fake of the process that uses the same description, because
// building it costs seconds and the result never changes.
type spec struct {
	name  string // the file, or trimmedSpecName
	once  sync.Once
	ready chan struct{}

	// Set once by build, read-only after ready is closed.
	v         validator.Validator
	err       error
	buildTime time.Duration

	// The validator's caches are not documented as safe for concurrent
	// use, and requests to a fake are few: serialise them.
	mu sync.Mutex
}

var (
	specsMu sync.Mutex
	specs   = map[string]*spec{}
)

// defaultSpec returns the spec for ../shared/discord-api-spec/openapi.json
// when it is there, else for trimmedSpec.
func defaultSpec() *spec {
	if path, err := findSpec(); err == nil {
		if _, err := statFile(path); err == nil {
			return loadSpecFile(path)
		}
	}
	return loadSpec(trimmedSpecName, func() ([]byte, error) { return trimmedSpec, nil })
}

// loadSpecFile is loadSpec for the file at path.
func loadSpecFile(path string) *spec {
	return loadSpec(path, func() ([]byte, error) { return os.ReadFile(path) })
}

// loadSpec returns the process-wide spec of that name and starts building
// it from read's bytes in the background the first time.
func loadSpec(name string, read func() ([]byte, error)) *spec {
	specsMu.Lock()
	defer specsMu.Unlock()
	s, ok := specs[name]
	if !ok {
		s = &spec{name: name, ready: make(chan struct{})}
		specs[name] = s
	}
	s.once.Do(func() {
		go func() {
			defer close(s.ready)
			start := time.Now()
			raw, err := read()
			if err != nil {
				s.err = fmt.Errorf("read spec: %w", err)
				return
			}
			s.v, s.err = buildValidator(name, raw)
			s.buildTime = time.Since(start)
		}()
	})
	return s
}

// wait blocks until the validator is built and reports whether it can be used.
func (s *spec) wait() bool {
	<-s.ready
	return s.err == nil
}

// buildValidator builds a validator for the description raw, which name
// names in errors.
func buildValidator(name string, raw []byte) (validator.Validator, error) {
	pruned, err := pruneSpec(raw, specOps)
	if err != nil {
		return nil, fmt.Errorf("prune spec %s: %w", name, err)
	}
	doc, err := libopenapi.NewDocument(pruned)
	if err != nil {
		return nil, fmt.Errorf("parse spec %s: %w", name, err)
	}
	v, errs := validator.NewValidator(doc, config.WithBodyDecoder("multipart/form-data", multipartDecoder()))
	if len(errs) > 0 {
		return nil, fmt.Errorf("build validator for %s: %w", name, errors.Join(errs...))
	}
	return v, nil
}

// pruneSpec keeps only the given operations and the transitive closure of
// the components they reference.
func pruneSpec(raw []byte, keep map[string][]string) ([]byte, error) {
	var doc map[string]any
	if err := json.Unmarshal(raw, &doc); err != nil {
		return nil, err
	}
	paths, _ := doc["paths"].(map[string]any)
	comps, _ := doc["components"].(map[string]any)
	if paths == nil || comps == nil {
		return nil, errors.New("no paths or components")
	}
	keptPaths := map[string]any{}
	for p, methods := range keep {
		item, ok := paths[p].(map[string]any)
		if !ok {
			continue
		}
		kept := map[string]any{}
		if params, ok := item["parameters"]; ok {
			kept["parameters"] = params
		}
		for _, m := range methods {
			op, ok := item[m].(map[string]any)
			if !ok {
				continue
			}
			// Only requests are validated.
			op["responses"] = map[string]any{"default": map[string]any{"description": "not checked by discordtest"}}
			kept[m] = op
		}
		keptPaths[p] = kept
	}
	keptComps := map[string]map[string]any{}
	// securitySchemes are referenced by name, not by $ref.
	if ss, ok := comps["securitySchemes"].(map[string]any); ok {
		keptComps["securitySchemes"] = ss
	}
	var queue []any
	queue = append(queue, keptPaths)
	if sec, ok := doc["security"]; ok {
		queue = append(queue, sec)
	}
	for len(queue) > 0 {
		n := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		switch v := n.(type) {
		case map[string]any:
			for k, child := range v {
				ref, isStr := child.(string)
				if k != "$ref" || !isStr {
					queue = append(queue, child)
					continue
				}
				kind, name, ok := strings.Cut(strings.TrimPrefix(ref, "#/components/"), "/")
				if !ok || !strings.HasPrefix(ref, "#/components/") {
					continue
				}
				section, _ := comps[kind].(map[string]any)
				target, ok := section[name]
				if !ok {
					continue
				}
				if keptComps[kind] == nil {
					keptComps[kind] = map[string]any{}
				}
				if _, seen := keptComps[kind][name]; !seen {
					keptComps[kind][name] = target
					queue = append(queue, target)
				}
			}
		case []any:
			queue = append(queue, v...)
		}
	}
	doc["paths"] = keptPaths
	doc["components"] = keptComps
	return json.Marshal(doc)
}

// validate checks one request against the spec after turning it into the
// v10 request Discord documents. It returns one line per problem.
func (s *spec) validate(method, apiPath, rawQuery, contentType string, body []byte) []string {
	if !s.wait() {
		return nil
	}
	u := "https://discord.com/api/v10" + apiPath
	if rawQuery != "" {
		u += "?" + rawQuery
	}
	var rd *bytes.Reader
	if body != nil {
		rd = bytes.NewReader(normaliseBody(apiPath, body))
	} else {
		rd = bytes.NewReader(nil)
	}
	req, err := http.NewRequest(method, u, rd)
	if err != nil {
		return []string{fmt.Sprintf("build request for validation: %v", err)}
	}
	if body != nil {
		if contentType == "" {
			contentType = "application/json"
		}
		req.Header.Set("Content-Type", contentType)
	}
	// The spec's security requirement is checked by the fake itself.
	req.Header.Set("Authorization", "Bot validation")

	s.mu.Lock()
	ok, verrs := s.v.ValidateHttpRequestSync(req)
	s.mu.Unlock()
	if ok {
		return nil
	}
	var out []string
	for _, e := range verrs {
		if len(e.SchemaValidationErrors) == 0 {
			out = append(out, strings.TrimSpace(e.Message+": "+e.Reason))
			continue
		}
		for _, se := range e.SchemaValidationErrors {
			out = append(out, fmt.Sprintf("schema: %s: %s", se.FieldPath, se.Reason))
		}
	}
	if len(out) == 0 {
		out = append(out, "schema: request rejected without detail")
	}
	return out
}

// normaliseBody fixes the one known error of the spec: it types
// default_member_permissions as an integer, while Discord documents and
// discordgo sends a string.
func normaliseBody(apiPath string, body []byte) []byte {
	if !strings.Contains(apiPath, "/commands") || !bytes.Contains(body, []byte("default_member_permissions")) {
		return body
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return body
	}
	fix := func(m map[string]any) {
		s, ok := m["default_member_permissions"].(string)
		if !ok {
			return
		}
		if _, err := strconv.ParseUint(s, 10, 64); err == nil {
			m["default_member_permissions"] = json.Number(s)
		}
	}
	switch t := v.(type) {
	case map[string]any:
		fix(t)
	case []any:
		for _, e := range t {
			if m, ok := e.(map[string]any); ok {
				fix(m)
			}
		}
	}
	out, err := json.Marshal(v)
	if err != nil {
		return body
	}
	return out
}

// findSpec returns ../shared/discord-api-spec/openapi.json beside the
// module root.
func findSpec() (string, error) {
	dir, err := shareddir.Find()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "discord-api-spec", "openapi.json"), nil
}
