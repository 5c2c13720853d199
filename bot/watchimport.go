package bot

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"log/slog"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// importTTL is how long a previewed import waits for its confirm button.
const importTTL = 10 * time.Minute

// cdnHosts serve the attachments of interactions.
var cdnHosts = map[string]bool{"cdn.discordapp.com": true, "media.discordapp.net": true}

// importBook holds each guild's previewed import until it is confirmed,
// cancelled, replaced by a newer preview or expired: at most one a guild.
type importBook struct {
	mu      sync.Mutex
	pending map[string]*pendingImport // by guild
}

type pendingImport struct {
	id      string // in the buttons' custom IDs, so an old preview's buttons do nothing
	userID  string
	plan    importPlan
	expires time.Time
}

// put stores p for guild and drops expired previews of other guilds.
func (ib *importBook) put(guild string, p *pendingImport, now time.Time) {
	ib.mu.Lock()
	defer ib.mu.Unlock()
	if ib.pending == nil {
		ib.pending = map[string]*pendingImport{}
	}
	for g, q := range ib.pending {
		if now.After(q.expires) {
			delete(ib.pending, g)
		}
	}
	ib.pending[guild] = p
}

// take removes and returns guild's preview when its id matches.
func (ib *importBook) take(guild, id string) *pendingImport {
	ib.mu.Lock()
	defer ib.mu.Unlock()
	p := ib.pending[guild]
	if p == nil || p.id != id {
		return nil
	}
	delete(ib.pending, guild)
	return p
}

// Custom IDs of the preview's buttons: prefix, action, preview id.
const importButton = "watch-import"

func (b *Bot) watchImport(ctx context.Context, log *slog.Logger, c call) reply {
	if !canManage(c.i) {
		return needManage("Importing vendors", "/watch export gives this server's vendors as CSV.")
	}
	if b.opts.FetchAttachment == nil {
		return userError("Importing is not set up on this bot.")
	}
	o, ok := c.opts["file"]
	if !ok || o.Type != discordgo.ApplicationCommandOptionAttachment {
		return userError("Attach the supplier list as a CSV file.")
	}
	id, _ := o.Value.(string)
	var att *discordgo.MessageAttachment
	if c.data.Resolved != nil {
		att = c.data.Resolved.Attachments[id]
	}
	if att == nil {
		return userError("I can't see the attached file; please attach it again.")
	}
	if att.Size > MaxImportBytes {
		return userError("The file is %d KiB; a supplier list can be at most %d KiB.", (att.Size+1023)>>10, MaxImportBytes>>10)
	}
	if !b.attachmentURL(att.URL) {
		log.Warn("watch import: attachment URL not on Discord's CDN", "host", hostOf(att.URL))
		return userError("I can only read files uploaded to Discord.")
	}
	data, err := b.opts.FetchAttachment(ctx, att.URL)
	if err != nil {
		log.Warn("watch import: fetch attachment", "error", err)
		return userError("I couldn't read the attached file (at most %d KiB); please try again.", MaxImportBytes>>10)
	}
	rows, refused, err := parseSupplierCSV(data)
	var fe *errFile
	if errors.As(err, &fe) {
		return userError("Nothing was imported: %s. The first row must be the header name,aliases,country,categories; see /watch export for an example.", fe.msg)
	}
	if err != nil {
		log.Error("watch import", "error", err)
		return errGeneric
	}
	own, err := b.opts.Store.GuildVendors(ctx, c.i.GuildID)
	if err != nil {
		log.Error("watch import", "error", err)
		return errGeneric
	}
	plan := planImport(rows, refused, own, b.opts.Watchlist())
	e := &discordgo.MessageEmbed{Title: "Import " + EscapeTrunc(att.Filename, 100) + ": preview", Description: planSummary(plan, false)}
	if len(plan.writes()) == 0 {
		e.Footer = &discordgo.MessageEmbedFooter{Text: "Nothing to change."}
		return reply{embeds: []*discordgo.MessageEmbed{e}, ephemeral: true}
	}
	pid := newImportID()
	b.imports.put(c.i.GuildID, &pendingImport{id: pid, userID: userID(c.i), plan: plan, expires: b.opts.Now().Add(importTTL)}, b.opts.Now())
	e.Footer = &discordgo.MessageEmbedFooter{Text: "Nothing is stored until you press Import (within 10 minutes)."}
	return reply{embeds: []*discordgo.MessageEmbed{e}, ephemeral: true, components: []discordgo.MessageComponent{
		discordgo.ActionsRow{Components: []discordgo.MessageComponent{
			discordgo.Button{Label: "Import", Style: discordgo.SuccessButton, CustomID: importButton + ":apply:" + pid},
			discordgo.Button{Label: "Cancel", Style: discordgo.SecondaryButton, CustomID: importButton + ":cancel:" + pid},
		}},
	}}
}

// attachmentURL reports whether u is on Discord's CDN (https), or on the
// configured API base's host (a fake Discord or a compatible server).
func (b *Bot) attachmentURL(u string) bool {
	p, err := url.Parse(u)
	if err != nil || p.User != nil {
		return false
	}
	if p.Scheme == "https" && cdnHosts[strings.ToLower(p.Hostname())] && p.Port() == "" {
		return true
	}
	if b.opts.APIBase == "" {
		return false
	}
	base, err := url.Parse(b.opts.APIBase)
	return err == nil && base.Host != "" && p.Scheme == base.Scheme && p.Host == base.Host
}

func hostOf(u string) string {
	if p, err := url.Parse(u); err == nil {
		return p.Host
	}
	return ""
}

func newImportID() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

func userID(i *discordgo.Interaction) string {
	if i.Member != nil && i.Member.User != nil {
		return i.Member.User.ID
	}
	if i.User != nil {
		return i.User.ID
	}
	return ""
}

// importClick applies or cancels a previewed import. Its answer replaces
// the preview, unless aside: a message of its own for someone else's
// click.
func (b *Bot) importClick(ctx context.Context, log *slog.Logger, i *discordgo.Interaction, action, id string) (r reply, aside bool) {
	b.imports.mu.Lock()
	p := b.imports.pending[i.GuildID]
	b.imports.mu.Unlock()
	if p == nil || p.id != id || b.opts.Now().After(p.expires) {
		return reply{content: "This preview has expired or was replaced; run /watch import again."}, false
	}
	if p.userID != userID(i) {
		return userError("Only the person who started this import can confirm it."), true
	}
	if b.imports.take(i.GuildID, id) == nil {
		return reply{content: "This import was already confirmed or cancelled."}, false
	}
	if action == "cancel" {
		return reply{content: "Import cancelled; nothing was stored."}, false
	}
	err := b.opts.Store.ImportGuildVendors(ctx, i.GuildID, p.plan.writes())
	switch {
	case errors.Is(err, ErrLimit):
		return reply{content: "Nothing was imported: this server's list would go over " + strconv.Itoa(MaxGuildVendors) + " vendors (it changed since the preview). Remove some with /watch remove, then import again."}, false
	case err != nil:
		log.Error("watch import apply", "error", err)
		return reply{content: "Something went wrong on my side and nothing was imported; please run /watch import again."}, false
	}
	return reply{embeds: []*discordgo.MessageEmbed{{Title: "Imported", Description: planSummary(p.plan, true) +
		"\nMatching starts with the next poll. Subscribe with /subscribe."}}}, false
}

func (b *Bot) watchExport(ctx context.Context, log *slog.Logger, c call) reply {
	own, err := b.opts.Store.GuildVendors(ctx, c.i.GuildID)
	if err != nil {
		log.Error("watch export", "error", err)
		return errGeneric
	}
	if len(own) == 0 {
		return reply{content: "This server watches no vendors of its own; add one with /watch add or /watch import.", ephemeral: true}
	}
	data, err := exportCSV(own)
	if err != nil {
		log.Error("watch export", "error", err)
		return errGeneric
	}
	return reply{
		content:   "This server's " + strconv.Itoa(len(own)) + " vendor(s). Edit the file and /watch import it to change them.",
		ephemeral: true,
		files:     []*discordgo.File{{Name: "vendors.csv", ContentType: "text/csv; charset=utf-8", Reader: bytes.NewReader(data)}},
	}
}

// component answers a button: the only ones are an import preview's.
func (b *Bot) component(ctx context.Context, i *discordgo.Interaction) {
	data := i.MessageComponentData()
	log := b.log.With("component", data.CustomID, "guild_id", i.GuildID, "interaction_id", i.ID)
	prefix, rest, _ := strings.Cut(data.CustomID, ":")
	action, id, _ := strings.Cut(rest, ":")
	if i.GuildID == "" || prefix != importButton || (action != "apply" && action != "cancel") {
		b.respond(ctx, log, i, userError("I don't know that button."))
		return
	}
	if action == "apply" && !canManage(i) {
		b.respond(ctx, log, i, needManage("Importing vendors", "/watch export gives this server's vendors as CSV."))
		return
	}
	wctx, cancel := context.WithTimeout(ctx, commandTimeout)
	defer cancel()
	type result struct {
		r     reply
		aside bool
	}
	done := make(chan result, 1)
	go func() {
		r, aside := b.importClick(wctx, log, i, action, id)
		done <- result{r, aside}
	}()
	t := time.NewTimer(b.opts.DeferAfter)
	defer t.Stop()
	select {
	case res := <-done:
		if res.aside {
			b.respond(ctx, log, i, res.r)
		} else {
			b.update(ctx, log, i, res.r)
		}
		return
	case <-t.C:
	}
	if err := b.answerRespond(ctx, i, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate}); err != nil {
		log.Warn("defer button", "error", err)
		<-done
		return
	}
	res := <-done
	r := res.r
	if res.aside {
		// Deferred as an update: the aside becomes a follow-up.
		if err := b.answerFollowup(ctx, i, &discordgo.WebhookParams{Content: r.content, Flags: discordgo.MessageFlagsEphemeral, AllowedMentions: noMentions()}); err != nil {
			log.Warn("button followup", "error", err)
		}
		return
	}
	content, embeds, comps := r.content, r.embeds, []discordgo.MessageComponent{}
	if embeds == nil {
		embeds = []*discordgo.MessageEmbed{}
	}
	if err := b.answerEdit(ctx, i, &discordgo.WebhookEdit{Content: &content, Embeds: &embeds, Components: &comps, AllowedMentions: noMentions()}); err != nil {
		log.Warn("edit after button", "error", err)
	}
}

// update replaces the message a button was on with r, without buttons.
func (b *Bot) update(ctx context.Context, log *slog.Logger, i *discordgo.Interaction, r reply) {
	embeds := r.embeds
	if embeds == nil {
		embeds = []*discordgo.MessageEmbed{}
	}
	err := b.answerRespond(ctx, i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseUpdateMessage,
		Data: &discordgo.InteractionResponseData{
			Content: r.content, Embeds: embeds, Components: []discordgo.MessageComponent{}, AllowedMentions: noMentions(),
		},
	})
	if err != nil {
		log.Warn("update after button", "error", err)
	}
}
