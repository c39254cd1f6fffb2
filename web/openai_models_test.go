package web

import (
	"net/http"
	"testing"
)

func TestModels(t *testing.T) {
	ts := newTestServer(t, Config{}, scripted())
	resp, b := mustGet(t, ts.URL+"/v1/models")
	var got struct {
		Object string
		Data   []model
	}
	mustDecode(t, b, &got)
	if resp.StatusCode != http.StatusOK || got.Object != "list" || len(got.Data) != 1 ||
		got.Data[0].ID != "marsad" || got.Data[0].Object != "model" || got.Data[0].Created == 0 {
		t.Errorf("status %d: %s, want a list of the model marsad", resp.StatusCode, b)
	}
}
