-- 0004: job ads, the demand aggregates counted on them, and occupation
-- profiles (tools.DemandStore). job_ads is the reference; the aggregate
-- tables are a read model that AddAds updates in the same transaction
-- as the ads it inserts, so that rankings, trends and scopes read a few
-- thousand cells instead of scanning the ads. Text compared or sorted is
-- COLLATE "C", ordered byte by byte as Go orders strings.

CREATE TABLE job_ads (
    -- Insertion order, for Fingerprints. AddAds runs under an advisory
    -- lock, so seq order is also commit order.
    seq         bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    id          text COLLATE "C" PRIMARY KEY,
    region      text COLLATE "C" NOT NULL, -- '' when unknown, as in tools.Ad
    sector      text COLLATE "C" NOT NULL,
    contract    text COLLATE "C" NOT NULL,
    occupation  text COLLATE "C" NOT NULL,
    month       text COLLATE "C" NOT NULL, -- tools.Ad.Month()
    day         text COLLATE "C" NOT NULL, -- tools.Ad.Day(): YYYY-MM-DD or ''
    source_site text COLLATE "C" NOT NULL,
    city        text NOT NULL,
    employer    text NOT NULL,
    skills      text[] COLLATE "C" NOT NULL,
    -- ' ' || lang.Normalize(title || ' ' || employer) || ' ': a query
    -- word w matches when ' ' || w occurs in it (a word prefix).
    words       text NOT NULL,
    signature   bytea,
    vector      bytea,
    -- The ad as JSON without Signature and Vector (kept above once).
    ad          json NOT NULL
);

-- search_job_ads lists the newest matching ads: walk the newest first and
-- stop at the limit, the whole table or one occupation.
CREATE INDEX job_ads_newest ON job_ads (day DESC, id);
CREATE INDEX job_ads_occupation_newest ON job_ads (occupation, day DESC, id);

-- Ads per month × region × sector × occupation × site. '' stands for an
-- unknown value, as in tools.Ad; every stored ad is in exactly one cell.
CREATE TABLE demand_ads_monthly (
    month       text COLLATE "C" NOT NULL,
    region      text COLLATE "C" NOT NULL,
    sector      text COLLATE "C" NOT NULL,
    occupation  text COLLATE "C" NOT NULL,
    source_site text COLLATE "C" NOT NULL,
    ads         bigint NOT NULL,
    -- occupation first: occupation_profile and skills_in_demand ask for
    -- one occupation; the others read most cells anyway.
    PRIMARY KEY (occupation, month, region, sector, source_site)
);

-- Ads asking for a skill, per the same cells and the skill.
CREATE TABLE demand_skills_monthly (
    month       text COLLATE "C" NOT NULL,
    region      text COLLATE "C" NOT NULL,
    sector      text COLLATE "C" NOT NULL,
    occupation  text COLLATE "C" NOT NULL,
    source_site text COLLATE "C" NOT NULL,
    skill       text COLLATE "C" NOT NULL,
    ads         bigint NOT NULL,
    PRIMARY KEY (occupation, month, region, sector, source_site, skill)
);
-- top_occupations for one skill.
CREATE INDEX demand_skills_monthly_skill ON demand_skills_monthly (skill, month);

-- The non-empty values present among stored ads, per field: the
-- DemandCatalog, read as a few hundred rows.
CREATE TABLE demand_values (
    dim   text COLLATE "C" NOT NULL
        CHECK (dim IN ('occupation', 'region', 'sector', 'skill', 'contract', 'site', 'month')),
    value text COLLATE "C" NOT NULL,
    PRIMARY KEY (dim, value)
);

-- One row: the number of stored ads.
CREATE TABLE demand_totals (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    ads       bigint NOT NULL
);
INSERT INTO demand_totals (ads) VALUES (0);

CREATE TABLE occupation_profiles (
    id      text COLLATE "C" PRIMARY KEY,
    code    text COLLATE "C" NOT NULL,
    -- The profile as encoding/json wrote it, kept verbatim (json, not
    -- jsonb) so that PutProfiles compares versions byte by byte.
    profile json NOT NULL
);
CREATE INDEX occupation_profiles_code ON occupation_profiles (code, id);
