-- 0010: ingestion shared by replicas (issue 19, item 6). Uploads are
-- jobs any replica runs (ingest/postgres.Queue), and what ingestion
-- remembers between runs, each input's checkpoint and the quarantined
-- records, is kept here rather than in one replica's data folder.

CREATE TABLE ingest_jobs (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind        text NOT NULL,  -- as asked: '' lets the content tell
    name        text NOT NULL,
    state       text NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed')),
    attempts    integer NOT NULL DEFAULT 0,
    worker      text,           -- the replica's worker that holds or held it
    -- A running job whose heartbeat is older than the queue's lease lost
    -- its worker (a replica crashed): another takes it again.
    heartbeat   timestamptz,
    progress    jsonb,          -- ingest.Progress, as last reported
    result      jsonb,          -- the summary, once done
    error       text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    started_at  timestamptz,
    finished_at timestamptz
);
-- Workers look for the oldest job to take among the few not finished.
CREATE INDEX ingest_jobs_open ON ingest_jobs (id) WHERE state IN ('queued', 'running');

-- The upload of a job, in pieces of at most 1 MiB, deleted when the job
-- ends.
CREATE TABLE ingest_job_chunks (
    job_id bigint NOT NULL REFERENCES ingest_jobs (id) ON DELETE CASCADE,
    n      integer NOT NULL,
    data   bytea NOT NULL,
    PRIMARY KEY (job_id, n)
);

-- How far the ingestion of each input content went (ingest.Checkpoint),
-- by the SHA-256 of the content.
CREATE TABLE ingest_checkpoints (
    sha256     text COLLATE "C" PRIMARY KEY,
    checkpoint jsonb NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- Records that could not be loaded (ingest.QuarantineEntry).
CREATE TABLE ingest_quarantine (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    file        text NOT NULL,
    line        integer NOT NULL,
    reason      text NOT NULL,
    raw         text NOT NULL,
    file_sha256 text COLLATE "C" NOT NULL,
    at          timestamptz NOT NULL
);
CREATE INDEX ingest_quarantine_file ON ingest_quarantine (file_sha256, line);

-- The replicas serving from this database (cmd/marsad: replica.go):
-- each holds an advisory lock while it runs, shared, or exclusive when it
-- keeps its own embedded vector store; this table says who they are.
CREATE TABLE serving_replicas (
    backend_pid integer PRIMARY KEY, -- pg_backend_pid() of the lock's connection
    host        text NOT NULL,
    pid         integer NOT NULL,
    addr        text NOT NULL,
    vectors     text NOT NULL,       -- 'qdrant' or 'embedded'
    started_at  timestamptz NOT NULL DEFAULT now()
);
