package discordtest

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
)

// Limits Discord enforces but its OpenAPI description does not state.
const (
	maxContent          = 2000
	maxEmbeds           = 10
	maxEmbedTitle       = 256
	maxEmbedDescription = 4096
	maxEmbedFields      = 25
	maxFieldName        = 256
	maxFieldValue       = 1024
	maxFooterText       = 2048
	maxAuthorName       = 256
	maxEmbedTotal       = 6000
	maxNonce            = 25
	maxChoices          = 25
	maxChoiceName       = 100
	maxChoiceValue      = 100
	maxCommandOptions   = 25
	maxCommandDesc      = 100
	maxGlobalCommands   = 100
)

// commandName is Discord's documented pattern; RE2 spells the scripts
// \p{Devanagari} and \p{Thai} instead of \p{sc=Deva} and \p{sc=Thai}.
var commandName = regexp.MustCompile(`^[-_'\p{L}\p{N}\p{Devanagari}\p{Thai}]{1,32}$`)

// messageBody is the part of a message create/edit, webhook execute or
// interaction response body the fake looks at.
type messageBody struct {
	Content         *string                  `json:"content"`
	Embeds          []discordgo.MessageEmbed `json:"embeds"`
	AllowedMentions json.RawMessage          `json:"allowed_mentions"`
	Nonce           json.RawMessage          `json:"nonce"`
	EnforceNonce    bool                     `json:"enforce_nonce"`
	Flags           int                      `json:"flags"`
	Components      json.RawMessage          `json:"components"`
	StickerIDs      json.RawMessage          `json:"sticker_ids"`
	Poll            json.RawMessage          `json:"poll"`
	Attachments     json.RawMessage          `json:"attachments"`
	files           []File                   // multipart files[n]
}

func present(raw json.RawMessage) bool {
	s := strings.TrimSpace(string(raw))
	return s != "" && s != "null" && s != "[]" && s != "{}"
}

// nonce returns the nonce as a string; Discord accepts a string or an integer.
func (b *messageBody) nonce() string {
	if !present(b.Nonce) {
		return ""
	}
	var s string
	if err := json.Unmarshal(b.Nonce, &s); err == nil {
		return s
	}
	return string(b.Nonce)
}

func (b *messageBody) empty() bool {
	return (b.Content == nil || *b.Content == "") && len(b.Embeds) == 0 &&
		!present(b.Components) && !present(b.StickerIDs) && !present(b.Poll) && !present(b.Attachments) && len(b.files) == 0
}

func runes(s string) int { return utf8.RuneCountInString(s) }

// checkMessage returns the limit violations of a message body.
func checkMessage(b *messageBody) []string {
	var out []string
	bad := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	if b.Content != nil && runes(*b.Content) > maxContent {
		bad("content: must be %d or fewer in length (got %d)", maxContent, runes(*b.Content))
	}
	if n := runes(b.nonce()); n > maxNonce {
		bad("nonce: must be %d or fewer in length (got %d)", maxNonce, n)
	}
	if len(b.Embeds) > maxEmbeds {
		bad("embeds: must be %d or fewer in length (got %d)", maxEmbeds, len(b.Embeds))
	}
	total := 0
	count := func(s string) int { n := runes(strings.TrimSpace(s)); total += n; return runes(s) }
	for i, e := range b.Embeds {
		if n := count(e.Title); n > maxEmbedTitle {
			bad("embeds[%d].title: must be %d or fewer in length (got %d)", i, maxEmbedTitle, n)
		}
		if n := count(e.Description); n > maxEmbedDescription {
			bad("embeds[%d].description: must be %d or fewer in length (got %d)", i, maxEmbedDescription, n)
		}
		if len(e.Fields) > maxEmbedFields {
			bad("embeds[%d].fields: must be %d or fewer in length (got %d)", i, maxEmbedFields, len(e.Fields))
		}
		for j, f := range e.Fields {
			if f == nil {
				continue
			}
			if n := count(f.Name); n == 0 || n > maxFieldName {
				bad("embeds[%d].fields[%d].name: must be 1 to %d in length (got %d)", i, j, maxFieldName, n)
			}
			if n := count(f.Value); n == 0 || n > maxFieldValue {
				bad("embeds[%d].fields[%d].value: must be 1 to %d in length (got %d)", i, j, maxFieldValue, n)
			}
		}
		if e.Footer != nil {
			if n := count(e.Footer.Text); n > maxFooterText {
				bad("embeds[%d].footer.text: must be %d or fewer in length (got %d)", i, maxFooterText, n)
			}
		}
		if e.Author != nil {
			if n := count(e.Author.Name); n > maxAuthorName {
				bad("embeds[%d].author.name: must be %d or fewer in length (got %d)", i, maxAuthorName, n)
			}
		}
	}
	if total > maxEmbedTotal {
		bad("embeds: total text must be %d or fewer in length (got %d)", maxEmbedTotal, total)
	}
	return out
}

type commandBody struct {
	Name        string              `json:"name"`
	Type        int                 `json:"type"`
	Description string              `json:"description"`
	Options     []commandOptionBody `json:"options"`
}

type commandOptionBody struct {
	Type         int                 `json:"type"`
	Name         string              `json:"name"`
	Description  string              `json:"description"`
	Required     bool                `json:"required"`
	Autocomplete bool                `json:"autocomplete"`
	Choices      []choiceBody        `json:"choices"`
	Options      []commandOptionBody `json:"options"`
}

type choiceBody struct {
	Name  string          `json:"name"`
	Value json.RawMessage `json:"value"`
}

// checkCommands returns the limit violations of a list of commands (a bulk
// overwrite, or a single create as a list of one).
func checkCommands(cmds []commandBody) []string {
	var out []string
	bad := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	seen := map[string]bool{}
	chat := 0
	for i, c := range cmds {
		p := fmt.Sprintf("[%d]", i)
		key := fmt.Sprintf("%d/%s", c.Type, c.Name)
		if seen[key] {
			bad("%s.name: duplicate command name %q", p, c.Name)
		}
		seen[key] = true
		if c.Type == 0 || c.Type == int(discordgo.ChatApplicationCommand) {
			chat++
			out = append(out, checkName(p+".name", c.Name)...)
			out = append(out, checkDescription(p+".description", c.Description)...)
			out = append(out, checkOptions(p+".options", c.Options)...)
			continue
		}
		if n := runes(c.Name); n < 1 || n > 32 {
			bad("%s.name: must be 1 to 32 in length (got %d)", p, n)
		}
		if c.Description != "" {
			bad("%s.description: must be empty for user and message commands", p)
		}
	}
	if chat > maxGlobalCommands {
		bad("commands: at most %d chat input commands (got %d)", maxGlobalCommands, chat)
	}
	return out
}

func checkName(path, name string) []string {
	if !commandName.MatchString(name) {
		return []string{fmt.Sprintf("%s: %q does not match %s", path, name, commandName)}
	}
	if strings.ToLower(name) != name {
		return []string{fmt.Sprintf("%s: %q must be lowercase", path, name)}
	}
	return nil
}

func checkDescription(path, d string) []string {
	if n := runes(d); n < 1 || n > maxCommandDesc {
		return []string{fmt.Sprintf("%s: must be 1 to %d in length (got %d)", path, maxCommandDesc, n)}
	}
	return nil
}

func checkOptions(path string, opts []commandOptionBody) []string {
	var out []string
	if len(opts) > maxCommandOptions {
		out = append(out, fmt.Sprintf("%s: must be %d or fewer in length (got %d)", path, maxCommandOptions, len(opts)))
	}
	optional := false
	for i, o := range opts {
		p := fmt.Sprintf("%s[%d]", path, i)
		out = append(out, checkName(p+".name", o.Name)...)
		out = append(out, checkDescription(p+".description", o.Description)...)
		sub := o.Type == int(discordgo.ApplicationCommandOptionSubCommand) ||
			o.Type == int(discordgo.ApplicationCommandOptionSubCommandGroup)
		if !sub {
			if o.Required && optional {
				out = append(out, fmt.Sprintf("%s.required: required options must be placed before non-required options", p))
			}
			if !o.Required {
				optional = true
			}
		}
		if o.Autocomplete && len(o.Choices) > 0 {
			out = append(out, fmt.Sprintf("%s: autocomplete and choices are mutually exclusive", p))
		}
		out = append(out, checkChoices(p+".choices", o.Choices)...)
		out = append(out, checkOptions(p+".options", o.Options)...)
	}
	return out
}

func checkChoices(path string, choices []choiceBody) []string {
	var out []string
	if len(choices) > maxChoices {
		out = append(out, fmt.Sprintf("%s: must be %d or fewer in length (got %d)", path, maxChoices, len(choices)))
	}
	for i, c := range choices {
		if n := runes(c.Name); n < 1 || n > maxChoiceName {
			out = append(out, fmt.Sprintf("%s[%d].name: must be 1 to %d in length (got %d)", path, i, maxChoiceName, n))
		}
		var s string
		if err := json.Unmarshal(c.Value, &s); err == nil && runes(s) > maxChoiceValue {
			out = append(out, fmt.Sprintf("%s[%d].value: must be %d or fewer in length (got %d)", path, i, maxChoiceValue, runes(s)))
		}
	}
	return out
}
