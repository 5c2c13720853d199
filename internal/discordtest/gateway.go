package discordtest

import (
	"context"
	"encoding/json"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// Identify is one IDENTIFY or RESUME the gateway received.
type Identify struct {
	Resume    bool
	SessionID string
	Intents   discordgo.Intent
	Shard     *[2]int
	Time      time.Time
	// Refused is the close code the fake answered an IDENTIFY with (4008
	// too fast for its bucket, 4010 invalid shard, 4011 sharding
	// required); 0 when it was accepted.
	Refused int
}

// gwSession outlives a connection so that a RESUME on a new connection
// continues its sequence.
type gwSession struct {
	id    string
	seq   atomic.Int64
	shard *[2]int
}

type gwConn struct {
	f   *Fake
	ws  *websocket.Conn
	wmu sync.Mutex // gorilla allows one concurrent writer
	// opening is held from the moment the connection counts as ready
	// until READY (or RESUMED) and the GUILD_CREATEs are written, so that
	// an event sent by the fake (event) comes after them. Marking the
	// connection ready only after writing them let a client that had read
	// READY, and so returned from Open, find the fake not yet ready.
	opening sync.Mutex

	mu    sync.Mutex
	sess  *gwSession
	ready bool
}

type frame struct {
	Op int     `json:"op"`
	D  any     `json:"d"`
	S  *int64  `json:"s"`
	T  *string `json:"t"`
}

func (c *gwConn) write(op int, d any, seq *int64, t *string) error {
	b, err := json.Marshal(frame{Op: op, D: d, S: seq, T: t})
	if err != nil {
		return err
	}
	_ = c.ws.SetWriteDeadline(time.Now().Add(5 * time.Second))
	return c.ws.WriteMessage(websocket.TextMessage, b)
}

func (c *gwConn) send(op int, d any) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	return c.write(op, d, nil, nil)
}

// dispatch sends an op 0 event with the session's next sequence number.
func (c *gwConn) dispatch(t string, d any) error {
	c.mu.Lock()
	sess := c.sess
	c.mu.Unlock()
	c.wmu.Lock()
	defer c.wmu.Unlock()
	var seq int64
	if sess != nil {
		seq = sess.seq.Add(1)
	}
	return c.write(0, d, &seq, &t)
}

// event dispatches an event the fake sends on its own (not as part of
// the opening sequence); it waits for that sequence to be written.
func (c *gwConn) event(t string, d any) error {
	c.opening.Lock()
	defer c.opening.Unlock()
	return c.dispatch(t, d)
}

func (c *gwConn) isReady() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.ready
}

func (c *gwConn) session() *gwSession {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.sess
}

func (f *Fake) notifyLocked() {
	close(f.changed)
	f.changed = make(chan struct{})
}

func (f *Fake) serveGateway(w http.ResponseWriter, r *http.Request) {
	ws, err := f.upgrader.Upgrade(w, r, nil)
	if err != nil {
		return // the upgrader has answered
	}
	c := &gwConn{f: f, ws: ws}
	f.mu.Lock()
	if f.closed {
		f.mu.Unlock()
		ws.Close()
		return
	}
	// Added under f.mu before Close can start waiting.
	f.wg.Add(1)
	f.conns[c] = true
	f.mu.Unlock()
	defer f.wg.Done()
	defer func() {
		ws.Close()
		f.mu.Lock()
		delete(f.conns, c)
		f.notifyLocked()
		f.mu.Unlock()
	}()
	c.run()
}

func (c *gwConn) run() {
	f := c.f
	if err := c.send(10, map[string]any{"heartbeat_interval": f.opts.HeartbeatInterval.Milliseconds()}); err != nil {
		return
	}
	for {
		_, msg, err := c.ws.ReadMessage()
		if err != nil {
			return
		}
		var p struct {
			Op int             `json:"op"`
			D  json.RawMessage `json:"d"`
		}
		if err := json.Unmarshal(msg, &p); err != nil {
			c.close(4002, "Error while decoding payload.")
			return
		}
		switch p.Op {
		case 1:
			if c.send(11, nil) != nil {
				return
			}
		case 2:
			if !c.identify(p.D) {
				return
			}
		case 6:
			if !c.resume(p.D) {
				return
			}
		}
	}
}

func (c *gwConn) close(code int, text string) {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	_ = c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, text), time.Now().Add(time.Second))
}

func (c *gwConn) identify(raw json.RawMessage) bool {
	f := c.f
	var id struct {
		Token   string           `json:"token"`
		Intents discordgo.Intent `json:"intents"`
		Shard   *[2]int          `json:"shard"`
	}
	if json.Unmarshal(raw, &id) != nil {
		c.close(4002, "Error while decoding payload.")
		return false
	}
	if id.Token != f.opts.Token {
		f.opts.Logf("discordtest: gateway IDENTIFY with wrong token")
		c.close(4004, "Authentication failed.")
		return false
	}
	sess := &gwSession{id: randomToken(16), shard: id.Shard}
	f.mu.Lock()
	if code, text := f.admitIdentifyLocked(id.Shard, time.Now()); code != 0 {
		f.identifies = append(f.identifies, Identify{Intents: id.Intents, Shard: id.Shard, Time: time.Now(), Refused: code})
		f.mu.Unlock()
		f.opts.Logf("discordtest: gateway IDENTIFY shard %v refused: %d %s", id.Shard, code, text)
		c.close(code, text)
		return false
	}
	f.sessions[sess.id] = sess
	f.identifies = append(f.identifies, Identify{SessionID: sess.id, Intents: id.Intents, Shard: id.Shard, Time: time.Now()})
	guilds := []any{}
	var creates []map[string]any
	for _, gid := range f.guildOrder {
		if !serves(id.Shard, gid) {
			continue
		}
		guilds = append(guilds, map[string]any{"id": gid, "unavailable": true})
		creates = append(creates, f.guildCreateLocked(gid))
	}
	f.mu.Unlock()

	c.mu.Lock()
	c.sess = sess
	c.mu.Unlock()
	ready := map[string]any{
		"v": 9, "user": f.botUser(), "session_id": sess.id, "resume_gateway_url": f.GatewayURL(),
		"application": map[string]any{"id": f.opts.ApplicationID, "flags": 0},
		"guilds":      guilds, "private_channels": []any{}, "relationships": []any{},
	}
	if id.Shard != nil {
		ready["shard"] = id.Shard
	}
	c.opening.Lock()
	defer c.opening.Unlock()
	c.setReady()
	if c.dispatch("READY", ready) != nil {
		return false
	}
	for _, g := range creates {
		if c.dispatch("GUILD_CREATE", g) != nil {
			return false
		}
	}
	return true
}

func (c *gwConn) resume(raw json.RawMessage) bool {
	f := c.f
	var rs struct {
		Token     string `json:"token"`
		SessionID string `json:"session_id"`
		Seq       int64  `json:"seq"`
	}
	if json.Unmarshal(raw, &rs) != nil {
		c.close(4002, "Error while decoding payload.")
		return false
	}
	if rs.Token != f.opts.Token {
		c.close(4004, "Authentication failed.")
		return false
	}
	f.mu.Lock()
	sess := f.sessions[rs.SessionID]
	if sess != nil {
		f.identifies = append(f.identifies, Identify{Resume: true, SessionID: sess.id, Shard: sess.shard, Time: time.Now()})
		// The session lives on this connection now, as on Discord: one
		// it left (after op 7, or dropped but not yet read to its end)
		// is no longer ready, so no event goes to it and WaitConnected
		// waits for this one. Done with the RESUME's record, under the
		// same lock, so that no reader sees the RESUME and the old
		// connection still ready.
		for o := range f.conns {
			if o == c {
				continue
			}
			o.mu.Lock()
			if o.sess == sess {
				o.ready = false
			}
			o.mu.Unlock()
		}
	}
	f.mu.Unlock()
	if sess == nil {
		// Invalid session, not resumable: the client identifies again.
		return c.send(9, false) == nil
	}
	c.mu.Lock()
	c.sess = sess
	c.mu.Unlock()
	c.opening.Lock()
	defer c.opening.Unlock()
	c.setReady()
	return c.dispatch("RESUMED", map[string]any{}) == nil
}

func (c *gwConn) setReady() {
	c.mu.Lock()
	c.ready = true
	c.mu.Unlock()
	c.f.mu.Lock()
	c.f.notifyLocked()
	c.f.mu.Unlock()
}

func (f *Fake) readyConns() []*gwConn {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []*gwConn
	for c := range f.conns {
		if c.isReady() {
			out = append(out, c)
		}
	}
	return out
}

// Connected is the number of gateway connections that got READY or RESUMED.
func (f *Fake) Connected() int { return len(f.readyConns()) }

// WaitConnected waits until at least n connections are ready.
func (f *Fake) WaitConnected(ctx context.Context, n int) error {
	for {
		f.mu.Lock()
		count := 0
		for c := range f.conns {
			if c.isReady() {
				count++
			}
		}
		changed := f.changed
		f.mu.Unlock()
		if count >= n {
			return nil
		}
		select {
		case <-changed:
		case <-ctx.Done():
			return ctx.Err()
		case <-f.done:
			return ErrClosed
		}
	}
}

// Identifies returns every IDENTIFY and successful RESUME, oldest first.
func (f *Fake) Identifies() []Identify {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]Identify(nil), f.identifies...)
}

// SendReconnect sends op 7 RECONNECT to every connection, as Discord does
// before moving a session; the client should close and RESUME.
func (f *Fake) SendReconnect() {
	f.mu.Lock()
	conns := make([]*gwConn, 0, len(f.conns))
	for c := range f.conns {
		conns = append(conns, c)
	}
	f.mu.Unlock()
	for _, c := range conns {
		_ = c.send(7, nil)
	}
}

// DropConnections closes every gateway connection without a close frame,
// like a network failure.
func (f *Fake) DropConnections() {
	f.mu.Lock()
	conns := make([]*gwConn, 0, len(f.conns))
	for c := range f.conns {
		conns = append(conns, c)
	}
	f.mu.Unlock()
	for _, c := range conns {
		c.ws.NetConn().Close()
	}
}

// connFor picks the ready connection whose shard serves the guild.
func (f *Fake) connFor(guildID string) *gwConn {
	conns := f.readyConns()
	if len(conns) == 0 {
		return nil
	}
	for _, c := range conns {
		if s := c.session(); s != nil && serves(s.shard, guildID) {
			return c
		}
	}
	return nil
}
