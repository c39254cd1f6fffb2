-- 0007: the period forms of the administrative figures
-- (../shared/data/README.md): an interval of months whose figure is
-- cumulated over it (2022-01/2022-07) and a date, a stock counted on that
-- day (2021-04-30). tools.ValidPeriod is the rule (it also checks that the
-- date exists and that the interval runs forward); this check only keeps
-- any other text out. period_start already reads both right: their first
-- month sits at characters 6-7, as a month's does.
ALTER TABLE indicators DROP CONSTRAINT indicators_period_check;
ALTER TABLE indicators ADD CONSTRAINT indicators_period_check CHECK (period ~
    '^(19|20)[0-9]{2}(-Q[1-4]|-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01])|/(19|20)[0-9]{2}-(0[1-9]|1[0-2]))?)?$');

-- frequency said "monthly" for any period of seven characters or more: an
-- interval is not a month, nor a date. A generated column's expression
-- cannot be altered before PostgreSQL 17, and no index uses it.
ALTER TABLE indicators DROP COLUMN frequency;
ALTER TABLE indicators ADD COLUMN frequency text NOT NULL GENERATED ALWAYS AS (
    CASE
        WHEN length(period) = 4 THEN 'annual'
        WHEN substr(period, 6, 1) = 'Q' THEN 'quarterly'
        WHEN length(period) = 7 THEN 'monthly'
        WHEN length(period) = 10 THEN 'date'
        ELSE 'interval'
    END) STORED;
