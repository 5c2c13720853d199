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
