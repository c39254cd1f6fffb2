-- 0008: a version of the occupation profiles, raised by every PutProfiles
-- that inserts or changes one, so that a replica reads one number to know
-- whether the profiles it keeps are still those stored, instead of reading
-- and decoding every profile on each tool call.
CREATE TABLE profile_catalog (
    version bigint NOT NULL
);
INSERT INTO profile_catalog (version) VALUES (0);
