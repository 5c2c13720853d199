-- vendorwatch schema, version 5: a source's last failure as values, so that
-- /sources and the health notices put it into words without reading the
-- error's text back. status is the HTTP status (0 = none), cap the size
-- limit in bytes a too_large feed went over (0 = none), detail the cause
-- without the feed's URL. Failures stored before this version keep 0 and
-- '': they are told by their kind alone.
ALTER TABLE sources ADD COLUMN last_error_status INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sources ADD COLUMN last_error_cap INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sources ADD COLUMN last_error_detail TEXT NOT NULL DEFAULT '';

-- A health event keeps the values of the failure it tells, like its kind.
ALTER TABLE health_events ADD COLUMN error_status INTEGER NOT NULL DEFAULT 0;
ALTER TABLE health_events ADD COLUMN error_cap INTEGER NOT NULL DEFAULT 0;
ALTER TABLE health_events ADD COLUMN error_detail TEXT NOT NULL DEFAULT '';
