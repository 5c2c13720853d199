package discordtest

// DeleteMessage deletes a channel's message as a moderator would, outside
// the API; it reports whether the message was there. Later requests for it
// get 404 Unknown Message (10008).
func (f *Fake) DeleteMessage(channelID, messageID string) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	c := f.channels[channelID]
	if c == nil {
		return false
	}
	for i, m := range c.msgs {
		if m.ID == messageID {
			c.msgs = append(c.msgs[:i:i], c.msgs[i+1:]...)
			return true
		}
	}
	return false
}

// RefuseEdits makes every later edit of a channel's message fail with
// status and Discord code, as Discord refuses an edit it will not make
// (400 and 30046 when a message older than an hour has had too many
// edits); it reports whether the message was there.
func (f *Fake) RefuseEdits(channelID, messageID string, status, code int) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	c := f.channels[channelID]
	if c == nil {
		return false
	}
	for _, m := range c.msgs {
		if m.ID == messageID {
			if c.refuse == nil {
				c.refuse = map[string][2]int{}
			}
			c.refuse[m.ID] = [2]int{status, code}
			return true
		}
	}
	return false
}
