package web

import (
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/marsad/marsad/ingest"
)

// handleIngest answers POST /api/ingest?kind=KIND&name=NAME, whose body is
// the file itself, or a multipart/form-data form whose "file" part is the
// file (its filename then names it). It needs the admin token, and answers
// the IngestFunc's summary as JSON.
func (s *Server) handleIngest(c *gin.Context) {
	if err := s.authorizeThrottled(c); err != nil {
		s.fail(c, err, "")
		return
	}
	if s.cfg.Ingest == nil && s.cfg.Jobs == nil {
		s.fail(c, fmt.Errorf("%w: no ingestion configured", errIngestDisabled), "")
		return
	}
	// The pipeline reads the upload as it stores it, which takes longer
	// than readTimeout allows a request; the admin token is checked, so
	// the connection is not a stranger's to hold.
	_ = http.NewResponseController(c.Writer).SetReadDeadline(time.Now().Add(ingestReadTimeout))
	c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, s.cfg.MaxIngestBytes)
	name, body, err := uploadedFile(c.Request)
	if err != nil {
		s.fail(c, uploadError(err), "")
		return
	}
	if s.cfg.Jobs != nil {
		s.enqueueIngest(c, name, body)
		return
	}
	summary, err := s.cfg.Ingest(c.Request.Context(), c.Query("kind"), name, body)
	if err != nil {
		s.fail(c, uploadError(err), "")
		return
	}
	c.JSON(http.StatusOK, summary)
}

// enqueueIngest keeps the upload as a job of Config.Jobs and answers 202
// with the job, and its address in Location.
func (s *Server) enqueueIngest(c *gin.Context, name string, body io.Reader) {
	j, err := s.cfg.Jobs.Enqueue(c.Request.Context(), c.Query("kind"), name, body)
	if err != nil {
		s.fail(c, uploadError(err), "")
		return
	}
	c.Header("Location", "/api/ingest/"+j.ID)
	c.JSON(http.StatusAccepted, j)
}

// handleIngestJob answers GET /api/ingest/:id with the job: its state,
// progress, result or error. It needs the admin token; without a queue
// (no PostgreSQL) every upload was answered at once, and there is no job.
func (s *Server) handleIngestJob(c *gin.Context) {
	if err := s.authorizeThrottled(c); err != nil {
		s.fail(c, err, "")
		return
	}
	if s.cfg.Jobs == nil {
		s.fail(c, fmt.Errorf("%w: uploads are ingested in the request (no PostgreSQL)", ingest.ErrNoJob), "")
		return
	}
	j, err := s.cfg.Jobs.Job(c.Request.Context(), c.Param("id"))
	if err != nil {
		s.fail(c, err, "")
		return
	}
	c.JSON(http.StatusOK, j)
}

// ingestReadTimeout bounds reading an authorised upload, instead of
// readTimeout: DefaultMaxIngestBytes at 150 kB/s.
const ingestReadTimeout = 30 * time.Minute

// uploadError turns a read past the upload limit into errUploadTooLarge
// (413), a read past ingestReadTimeout into errBodyTimeout (408), and
// leaves any other error as it is.
func uploadError(err error) error {
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		return fmt.Errorf("%w: over %d bytes", errUploadTooLarge, tooBig.Limit)
	case isTimeout(err):
		return fmt.Errorf("%w: %w", errBodyTimeout, err)
	}
	return err
}

// authorize checks the bearer token in constant time. It returns
// errIngestDisabled when no token is configured and errUnauthorized when
// the request's token is missing or wrong.
func (s *Server) authorize(r *http.Request) error {
	if s.cfg.AdminToken == "" {
		return fmt.Errorf("%w: no admin token configured", errIngestDisabled)
	}
	scheme, token, ok := strings.Cut(r.Header.Get("Authorization"), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return errUnauthorized
	}
	got := sha256.Sum256([]byte(strings.TrimSpace(token)))
	want := sha256.Sum256([]byte(s.cfg.AdminToken))
	if subtle.ConstantTimeCompare(got[:], want[:]) != 1 {
		return errUnauthorized
	}
	return nil
}

// uploadedFile returns the uploaded file's name and content: the "file"
// part of a multipart form, or else the body named by ?name=.
func uploadedFile(r *http.Request) (string, io.Reader, error) {
	mediaType, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mediaType != "multipart/form-data" {
		return r.URL.Query().Get("name"), r.Body, nil
	}
	mr, err := r.MultipartReader()
	if err != nil {
		return "", nil, fmt.Errorf("%w: %w", ErrBadRequest, err)
	}
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			return "", nil, fmt.Errorf("%w: no \"file\" part in the form", ErrBadRequest)
		}
		if err != nil {
			return "", nil, fmt.Errorf("%w: %w", ErrBadRequest, err)
		}
		if part.FormName() == "file" {
			name := part.FileName()
			if q := r.URL.Query().Get("name"); q != "" {
				name = q
			}
			return name, part, nil
		}
	}
}
