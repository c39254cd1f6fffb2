-- 0002: a read model of indicators for indicator_series. Each row holds a
-- whole series (one indicator in one cell) encoded by the Go store as one
-- value (see series.go), so that a series of hundreds of periods is one
-- index probe and one row on the wire instead of hundreds. Load rewrites
-- the series it touches in the same transaction as indicators; the long
-- table stays the reference.
CREATE TABLE indicator_series (
    indicator text COLLATE "C" NOT NULL,
    geo       text COLLATE "C" NOT NULL,
    area      text COLLATE "C" NOT NULL,
    sex       text COLLATE "C" NOT NULL,
    age       text COLLATE "C" NOT NULL,
    diploma   text COLLATE "C" NOT NULL,
    payload   bytea NOT NULL,
    PRIMARY KEY (indicator, geo, area, sex, age, diploma)
);
-- Stored out of line when large but not compressed: reading it back must
-- cost a copy, not a decompression.
ALTER TABLE indicator_series ALTER COLUMN payload SET STORAGE EXTERNAL;
