-- 0003: compare_indicator across geos reads a dozen rows that sit on a
-- dozen heap pages, one per series. With the columns it returns included,
-- the index answers alone (an index-only scan once VACUUM has marked the
-- pages all-visible, which autovacuum does after a Load).
DROP INDEX indicators_compare_geo;
CREATE INDEX indicators_compare_geo
    ON indicators (indicator, period, area, sex, age, diploma, geo)
    INCLUDE (value, unit, publisher, reported_by, source_url);
