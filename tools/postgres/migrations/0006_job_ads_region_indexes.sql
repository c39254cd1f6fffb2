-- 0006: search_job_ads by region walked the newest-first index of the
-- whole table, filtering the region on the way: a region with few ads
-- (or none) read most of the table (p99 123 ms at 100k ads). With this
-- index the walk reads only the region's ads. A search by occupation and
-- region still walks the occupation's ads, a small share of the table.
CREATE INDEX job_ads_region_newest ON job_ads (region, day DESC, id);
