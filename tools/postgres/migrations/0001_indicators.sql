-- 0001: indicator tables in long format, their sources, definitions,
-- the log of corrected values and the catalogue of dimension values.
-- Text columns compared or sorted use COLLATE "C" so that PostgreSQL
-- orders them byte by byte, as Go's strings.Compare does.

CREATE TABLE sources (
    source_url    text COLLATE "C" PRIMARY KEY,
    publisher     text NOT NULL,
    reported_by   text NOT NULL DEFAULT '',
    title         text,
    published_on  date,
    first_seen_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE indicator_definitions (
    id          text COLLATE "C" PRIMARY KEY,
    name_fr     text NOT NULL,
    name_ar     text NOT NULL,
    name_en     text NOT NULL,
    unit        text NOT NULL,
    description text NOT NULL
);

CREATE TABLE indicators (
    indicator    text COLLATE "C" NOT NULL,
    geo          text COLLATE "C" NOT NULL,
    area         text COLLATE "C" NOT NULL,
    sex          text COLLATE "C" NOT NULL,
    age          text COLLATE "C" NOT NULL,
    diploma      text COLLATE "C" NOT NULL,
    period       text COLLATE "C" NOT NULL
        CHECK (period ~ '^(19|20)[0-9]{2}(-Q[1-4]|-(0[1-9]|1[0-2]))?$'),
    -- first month of the period as year*12 + month-1: with period it
    -- orders periods as tools.ComparePeriods does.
    period_start integer NOT NULL GENERATED ALWAYS AS (
        substr(period, 1, 4)::integer * 12 + CASE
            WHEN length(period) = 4 THEN 0
            WHEN substr(period, 6, 1) = 'Q' THEN (substr(period, 7, 1)::integer - 1) * 3
            ELSE substr(period, 6, 2)::integer - 1
        END) STORED,
    frequency    text NOT NULL GENERATED ALWAYS AS (
        CASE
            WHEN length(period) = 4 THEN 'annual'
            WHEN substr(period, 6, 1) = 'Q' THEN 'quarterly'
            ELSE 'monthly'
        END) STORED,
    value        double precision NOT NULL,
    unit         text NOT NULL,
    publisher    text NOT NULL,
    reported_by  text NOT NULL,
    source_url   text COLLATE "C" REFERENCES sources (source_url), -- NULL: none given
    loaded_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (indicator, geo, area, sex, age, diploma, period)
);

-- compare_indicator across geos: every other dimension and the period
-- fixed (PostgreSQL 15 has no skip scan, so period comes before geo).
CREATE INDEX indicators_compare_geo
    ON indicators (indicator, period, area, sex, age, diploma, geo);
-- compare_indicator across areas, sexes, ages or diplomas.
CREATE INDEX indicators_compare_group
    ON indicators (indicator, period, geo, diploma, age, area, sex);

CREATE TABLE indicator_changes (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    indicator  text NOT NULL,
    geo        text NOT NULL,
    area       text NOT NULL,
    sex        text NOT NULL,
    age        text NOT NULL,
    diploma    text NOT NULL,
    period     text NOT NULL,
    old_value  double precision NOT NULL,
    new_value  double precision NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now()
);

-- Every value present in indicators, per dimension, kept by Load so that
-- Dimensions reads a few hundred rows instead of scanning the table.
-- sort_key is period_start for periods and 0 otherwise.
CREATE TABLE indicator_dimensions (
    dim      text COLLATE "C" NOT NULL
        CHECK (dim IN ('indicator', 'geo', 'area', 'sex', 'age', 'diploma', 'period')),
    value    text COLLATE "C" NOT NULL,
    sort_key integer NOT NULL DEFAULT 0,
    PRIMARY KEY (dim, value)
);

-- One row; version grows whenever indicator_dimensions gains a value, so
-- that a store can keep its copy and check it with one small read.
CREATE TABLE indicator_catalog (
    singleton          boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    dimensions_version bigint NOT NULL
);
INSERT INTO indicator_catalog (dimensions_version) VALUES (0);
