package postgres_test

import (
	"context"
	"testing"
	"time"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/assistant/feedbacktest"
	"github.com/marsad/marsad/tools/postgres/pgtest"
)

func TestFeedback(t *testing.T) {
	feedbacktest.TestFeedback(t, func(t *testing.T) assistant.FeedbackStore { return mustOpen(t, pgtest.NewSchema(t)).Feedback() })
}

// Feedback is kept by the database, not the process: a store opened later
// (another replica, a restart) lists it.
func TestFeedbackOutlivesTheStore(t *testing.T) {
	dsn := pgtest.NewSchema(t)
	first := mustOpen(t, dsn)
	fb := assistant.Feedback{SessionID: "s", Turn: 3, Rating: "down", Comment: "الرقم ناقص", Time: time.Now().UTC().Truncate(time.Microsecond)}
	feedbacktest.MustPut(t, first.Feedback(), fb)
	first.Close()
	got, err := mustOpen(t, dsn).Feedback().List(context.Background(), "s")
	if err != nil || len(got) != 1 || got[0].Comment != fb.Comment || !got[0].Time.Equal(fb.Time) {
		t.Errorf("List from a new store = %+v, %v; want %+v", got, err, fb)
	}
}
