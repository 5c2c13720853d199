package bot

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/bwmarrin/discordgo"
)

// reply is a command's answer.
type reply struct {
	content    string
	embeds     []*discordgo.MessageEmbed
	ephemeral  bool
	files      []*discordgo.File            // attachments: a chart, an export
	components []discordgo.MessageComponent // buttons
}

// userError is a reply of one clear sentence, only for the user.
func userError(format string, args ...any) reply {
	return reply{content: Truncate(fmt.Sprintf(format, args...), maxContent), ephemeral: true}
}

var errGeneric = userError("Something went wrong on my side; please try again in a minute.")

// commandTimeout bounds a command's store work; the interaction token
// itself stays valid for 15 minutes.
const commandTimeout = 30 * time.Second

func (b *Bot) onInteraction(i *discordgo.InteractionCreate) {
	if i == nil || i.Interaction == nil {
		return
	}
	b.mu.Lock()
	if b.closing || b.runCtx == nil {
		b.mu.Unlock()
		return
	}
	ctx := b.runCtx
	b.wg.Add(1)
	b.mu.Unlock()
	defer b.wg.Done()

	switch i.Type {
	case discordgo.InteractionApplicationCommandAutocomplete:
		b.autocomplete(ctx, i.Interaction)
	case discordgo.InteractionApplicationCommand:
		b.command(ctx, i.Interaction)
	case discordgo.InteractionMessageComponent:
		b.component(ctx, i.Interaction)
	}
}

// command runs one slash command and answers it in time: when the work
// takes longer than DeferAfter, the answer is deferred (type 5) and the
// result edited in afterwards.
func (b *Bot) command(ctx context.Context, i *discordgo.Interaction) {
	data := i.ApplicationCommandData()
	log := b.log.With("command", data.Name, "guild_id", i.GuildID, "interaction_id", i.ID)
	if i.GuildID == "" || i.Member == nil {
		b.respond(ctx, log, i, userError("This command works only in a server."))
		return
	}
	work, ephemeral := b.lookup(i, data)
	if work == nil {
		b.respond(ctx, log, i, userError("I don't know that command."))
		return
	}

	wctx, cancel := context.WithTimeout(ctx, commandTimeout)
	defer cancel()
	done := make(chan reply, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				log.Error("command panicked", "panic", fmt.Sprint(p))
				done <- errGeneric
			}
		}()
		done <- work(wctx, log)
	}()

	t := time.NewTimer(b.opts.DeferAfter)
	defer t.Stop()
	select {
	case r := <-done:
		b.respond(ctx, log, i, r)
		return
	case <-t.C:
	}

	var flags discordgo.MessageFlags
	if ephemeral {
		flags = discordgo.MessageFlagsEphemeral
	}
	deferErr := b.answerRespond(ctx, i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Flags: flags, AllowedMentions: noMentions()},
	})
	if deferErr != nil {
		log.Warn("defer interaction", "error", deferErr)
	}
	r := <-done
	if deferErr != nil {
		return
	}
	if r.ephemeral && !ephemeral {
		// The deferred answer is public but this one (an error) is for the
		// user only: replace the placeholder with an ephemeral followup.
		if err := b.answerDelete(ctx, i); err != nil {
			log.Warn("delete deferred answer", "error", err)
		}
		err := b.answerFollowup(ctx, i, &discordgo.WebhookParams{
			Content:         r.content,
			Embeds:          r.embeds,
			Flags:           discordgo.MessageFlagsEphemeral,
			AllowedMentions: noMentions(),
			Files:           r.files,
			Components:      r.components,
		})
		if err != nil {
			log.Warn("send followup", "error", err)
		}
		return
	}
	content := r.content
	embeds := r.embeds
	if embeds == nil {
		embeds = []*discordgo.MessageEmbed{}
	}
	edit := &discordgo.WebhookEdit{
		Content:         &content,
		Embeds:          &embeds,
		AllowedMentions: noMentions(),
		Files:           r.files,
	}
	if r.components != nil {
		edit.Components = &r.components
	}
	err := b.answerEdit(ctx, i, edit)
	if err != nil {
		log.Warn("edit deferred answer", "error", err)
	}
}

// rest runs one REST call with the request deadline.
func (b *Bot) rest(ctx context.Context, do func(discordgo.RequestOption) error) error {
	rctx, cancel := context.WithTimeout(ctx, b.opts.RequestTimeout)
	defer cancel()
	return b.onServer(do(discordgo.WithContext(rctx)))
}

func (b *Bot) respond(ctx context.Context, log *slog.Logger, i *discordgo.Interaction, r reply) {
	data := &discordgo.InteractionResponseData{
		Content:         r.content,
		Embeds:          r.embeds,
		AllowedMentions: noMentions(),
		Files:           r.files,
		Components:      r.components,
	}
	if r.ephemeral {
		data.Flags = discordgo.MessageFlagsEphemeral
	}
	err := b.answerRespond(ctx, i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: data,
	})
	if err != nil {
		log.Warn("answer interaction", "error", err)
	}
}
