-- items_link serves /explain's fallback: an article whose raw link (with
-- tracking parameters, say) is what the user pasted. Where the raw link is
-- the canonical link, items_canonical_link finds the article already, so
-- the index keeps only the others: most articles no longer pay an insert
-- into a second index of random URLs, which was a growing share of a full
-- ingest cycle's storage time as the table grew.
DROP INDEX items_link;
CREATE INDEX items_link ON items (link) WHERE link IS NOT canonical_link;
