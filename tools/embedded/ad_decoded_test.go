package embedded

import (
	"context"
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/toolstest"
)

// cloneAd copies every field of tools.Ad that refers to memory: a field
// added to tools.Ad that cloneAd does not copy is shared, and fails here.
func TestCloneAdSharesNothing(t *testing.T) {
	var a tools.Ad
	v := reflect.ValueOf(&a).Elem()
	for i := range v.NumField() {
		f := v.Field(i)
		switch f.Kind() {
		case reflect.Slice:
			f.Set(reflect.MakeSlice(f.Type(), 1, 1))
		case reflect.Map:
			f.Set(reflect.MakeMap(f.Type()))
			f.SetMapIndex(reflect.Zero(f.Type().Key()), reflect.Zero(f.Type().Elem()))
		case reflect.Pointer:
			f.Set(reflect.New(f.Type().Elem()))
		case reflect.Interface, reflect.Chan, reflect.Func:
			t.Fatalf("tools.Ad.%s is a %s: cloneAd does not know it", v.Type().Field(i).Name, f.Kind())
		}
	}
	c := cloneAd(a)
	w := reflect.ValueOf(c)
	for i := range v.NumField() {
		f, g := v.Field(i), w.Field(i)
		switch f.Kind() {
		case reflect.Slice, reflect.Map, reflect.Pointer:
			if f.UnsafePointer() == g.UnsafePointer() {
				t.Errorf("tools.Ad.%s is shared by the clone", v.Type().Field(i).Name)
			}
		}
	}
	if d := cmp.Diff(a, c); d != "" {
		t.Errorf("clone differs (-ad +clone):\n%s", d)
	}
}

// An ad a search returned and its caller changed is found unchanged by
// the next search, which reads it from the ads decoded once.
func TestSearchAdsGivesAdsOfTheirOwn(t *testing.T) {
	ctx := context.Background()
	s, err := OpenJobMarket("")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.AddAds(ctx, toolstest.AdFixture()); err != nil {
		t.Fatal(err)
	}
	first, err := s.SearchAds(ctx, tools.AdQuery{})
	if err != nil || len(first) == 0 {
		t.Fatalf("search: %d ads, %v", len(first), err)
	}
	want, _ := s.SearchAds(ctx, tools.AdQuery{})
	for i := range first {
		first[i].Title = "changed"
		for k := range first[i].Skills {
			first[i].Skills[k] = "changed"
		}
		for k := range first[i].Meta {
			first[i].Meta[k] = "changed"
		}
	}
	again, err := s.SearchAds(ctx, tools.AdQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(want, again); d != "" {
		t.Errorf("a caller's change reached the store (-before +after):\n%s", d)
	}
}
