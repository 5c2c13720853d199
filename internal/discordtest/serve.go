package discordtest

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// statusWriter remembers the status for the request log.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

type ctxKey int

const arrivalKey ctxKey = 0

func arrival(r *http.Request) time.Time {
	if t, ok := r.Context().Value(arrivalKey).(time.Time); ok {
		return t
	}
	return time.Now()
}

func (f *Fake) serveHTTP(w http.ResponseWriter, r *http.Request) {
	now := time.Now()
	if r.URL.Path == "/" && websocket.IsWebSocketUpgrade(r) {
		f.serveGateway(w, r)
		return
	}
	if strings.HasPrefix(r.URL.Path, "/attachments/") {
		f.serveCDN(w, r)
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, 16<<20))
	if err != nil {
		http.Error(w, "read body", http.StatusBadRequest)
		return
	}
	if len(body) == 0 {
		body = nil
	}
	r = r.WithContext(context.WithValue(r.Context(), arrivalKey, now))
	sw := &statusWriter{ResponseWriter: w}
	defer func() {
		f.mu.Lock()
		f.requests = append(f.requests, Request{Method: r.Method, Path: r.URL.Path, Query: r.URL.RawQuery, Body: body, Status: sw.status, Time: now})
		f.mu.Unlock()
		f.opts.Logf("discordtest: %s %s -> %d", r.Method, r.URL.Path, sw.status)
	}()

	f.mu.Lock()
	latency, answerDelay := f.latency, f.answerDelay
	f.mu.Unlock()
	if latency > 0 {
		t := time.NewTimer(latency)
		select {
		case <-t.C:
		case <-f.done:
			t.Stop()
		}
	}

	version, apiPath, ok := splitAPIPath(r.URL.Path)
	if !ok || (version != "v9" && version != "v10") {
		f.violation(r, "route not implemented by discordtest")
		writeError(sw, http.StatusNotFound, 0, "404: Not Found")
		return
	}
	if !tokenRoute(apiPath) && r.Header.Get("Authorization") != f.opts.Token {
		f.violation(r, "missing or wrong Authorization header")
		writeError(sw, http.StatusUnauthorized, 0, "401: Unauthorized")
		return
	}
	if f.globalLimited(sw, apiPath) {
		return
	}
	if done := f.callbackArrived(apiPath, now); done != nil {
		defer done()
	}
	ct := r.Header.Get("Content-Type")
	var upload *multipartBody
	if boundary, ok := isMultipart(ct); ok {
		var problems []string
		if upload, problems = parseMultipart(boundary, body); len(problems) > 0 {
			f.invalid(sw, r, problems)
			return
		}
	}
	if f.spec != nil {
		if problems := f.spec.validate(r.Method, apiPath, r.URL.RawQuery, ct, body); len(problems) > 0 {
			f.invalid(sw, r, problems)
			return
		}
	}
	if upload != nil {
		// The handlers read the message from payload_json, as Discord does.
		body = upload.payload
		r = withFiles(r, upload.files)
	}
	if answerDelay <= 0 {
		f.route(sw, r, apiPath, body)
		return
	}
	held := &heldWriter{header: sw.Header()}
	f.route(held, r, apiPath, body)
	t := time.NewTimer(answerDelay)
	select {
	case <-t.C:
	case <-f.done:
		t.Stop()
	}
	held.flush(sw)
}

// heldWriter keeps an answer until flush, for SetAnswerDelay.
type heldWriter struct {
	header http.Header
	status int
	body   []byte
}

func (w *heldWriter) Header() http.Header { return w.header }

func (w *heldWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
}

func (w *heldWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	w.body = append(w.body, b...)
	return len(b), nil
}

func (w *heldWriter) flush(to http.ResponseWriter) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	to.WriteHeader(w.status)
	_, _ = to.Write(w.body)
}

// splitAPIPath turns /api/v9/channels/1 into ("v9", "/channels/1").
func splitAPIPath(p string) (version, rest string, ok bool) {
	after, found := strings.CutPrefix(p, "/api/")
	if !found {
		return "", "", false
	}
	version, rest, _ = strings.Cut(after, "/")
	return version, "/" + rest, true
}

// tokenRoute reports routes authorised by a token in the path (or not at all).
func tokenRoute(apiPath string) bool {
	return strings.HasPrefix(apiPath, "/interactions/") || strings.HasPrefix(apiPath, "/webhooks/") ||
		apiPath == "/gateway"
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(b)
}

func writeError(w http.ResponseWriter, status, code int, msg string) {
	writeJSON(w, status, map[string]any{"message": msg, "code": code})
}

// invalid answers 400 Invalid Form Body and records the problems. The
// errors object is flat (one key per problem path) rather than Discord's
// nested one: tests read Violations, not this body.
func (f *Fake) invalid(w http.ResponseWriter, r *http.Request, problems []string) {
	f.violation(r, problems...)
	errs := map[string]any{}
	for _, p := range problems {
		key, msg, _ := strings.Cut(p, ": ")
		errs[key] = map[string]any{"_errors": []map[string]string{{"code": "BASE_TYPE_INVALID", "message": msg}}}
	}
	writeJSON(w, http.StatusBadRequest, map[string]any{"message": "Invalid Form Body", "code": discordgo.ErrCodeInvalidFormBody, "errors": errs})
}

// route dispatches an authorised, schema-valid API request.
func (f *Fake) route(w http.ResponseWriter, r *http.Request, apiPath string, body []byte) {
	seg := strings.Split(strings.Trim(apiPath, "/"), "/")
	m := r.Method
	match := func(method string, pattern ...string) bool {
		if m != method || len(seg) != len(pattern) {
			return false
		}
		for i, p := range pattern {
			if p != "*" && p != seg[i] {
				return false
			}
		}
		return true
	}
	genericHeaders(w, apiPath)
	switch {
	case match("GET", "gateway"):
		writeJSON(w, 200, map[string]any{"url": f.GatewayURL()})
	case match("GET", "gateway", "bot"):
		writeJSON(w, 200, f.gatewayBot())
	case match("GET", "users", "@me"):
		writeJSON(w, 200, f.botUser())
	case match("GET", "applications", "@me"), match("GET", "oauth2", "applications", "@me"):
		writeJSON(w, 200, map[string]any{"id": f.opts.ApplicationID, "name": f.opts.BotUsername, "description": "",
			"bot_public": false, "bot_require_code_grant": false, "verify_key": "0", "flags": 0, "bot": f.botUser()})
	case match("GET", "channels", "*"):
		f.getChannel(w, r, seg[1])
	case match("POST", "channels", "*", "messages"):
		f.createMessage(w, r, seg[1], body)
	case match("GET", "channels", "*", "messages"):
		f.listMessages(w, r, seg[1])
	case match("GET", "channels", "*", "messages", "*"), match("PATCH", "channels", "*", "messages", "*"),
		match("DELETE", "channels", "*", "messages", "*"):
		f.channelMessage(w, r, seg[1], seg[3], body)
	case seg[0] == "applications" && len(seg) >= 3 && seg[2] == "commands":
		f.commandsRoute(w, r, seg[1], "", seg[3:], body)
	case seg[0] == "applications" && len(seg) >= 5 && seg[2] == "guilds" && seg[4] == "commands":
		f.commandsRoute(w, r, seg[1], seg[3], seg[5:], body)
	case match("POST", "interactions", "*", "*", "callback"):
		f.callback(w, r, seg[1], seg[2], body)
	case match("POST", "webhooks", "*", "*"):
		f.followup(w, r, seg[1], seg[2], body)
	case match("GET", "webhooks", "*", "*", "messages", "*"), match("PATCH", "webhooks", "*", "*", "messages", "*"),
		match("DELETE", "webhooks", "*", "*", "messages", "*"):
		f.webhookMessage(w, r, seg[1], seg[2], seg[4], body)
	default:
		f.violation(r, "route not implemented by discordtest")
		writeError(w, http.StatusNotFound, 0, "404: Not Found")
	}
}

// genericHeaders gives every answer rate-limit headers with room to spare;
// message creates overwrite them with their channel's real state.
func genericHeaders(w http.ResponseWriter, apiPath string) {
	h := w.Header()
	h.Set("X-RateLimit-Limit", "50")
	h.Set("X-RateLimit-Remaining", "49")
	h.Set("X-RateLimit-Reset", fmt.Sprintf("%.3f", float64(time.Now().Add(time.Second).UnixMilli())/1000))
	h.Set("X-RateLimit-Reset-After", "1.000")
	h.Set("X-RateLimit-Bucket", bucketHash(apiPath))
}

func bucketHash(s string) string {
	var h uint64 = 14695981039346656037
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return strconv.FormatUint(h, 16)
}
