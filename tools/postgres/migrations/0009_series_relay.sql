-- 0009: each figure records the series it belongs to (the labour survey
-- before or after its 2017 reform, before HCP's 2019 revision, a census:
-- tools.SeriesIDs) and, when source_url is the publisher's own page, the
-- relay's page it was also read on. Rows stored before carry neither ('':
-- the answer falls back on tools.SeriesByRule); tools.ValidateObservation
-- is the rule for the values, this check only keeps other text out.
ALTER TABLE indicators ADD COLUMN series text COLLATE "C" NOT NULL DEFAULT ''
    CHECK (series ~ '^[a-z0-9_]{0,32}$');
ALTER TABLE indicators ADD COLUMN relay_url text COLLATE "C" NOT NULL DEFAULT '';
