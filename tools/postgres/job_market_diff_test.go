package postgres

import (
	"context"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/marsad/marsad/retrieval"
	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/embedded"
)

// Small value spaces, so that random ads share cells, words and days.
var (
	diffOccupations = []string{"", "2512", "7212", "4222", "3221", "5223"}
	diffRegions     = []string{"", "MA-01", "MA-04", "MA-06", "MA-07"}
	diffSectors     = []string{"", "services", "industry", "construction"}
	diffContracts   = []string{"", "cdi", "cdd", "stage"}
	diffSites       = []string{"", "rekrute.com", "emploi.ma", "anapec.org"}
	diffSkills      = []string{"java", "sql", "python", "welding", "french", "english", "driving_licence"}
	diffTitles      = []string{"Développeur Java", "Soudeur TIG qualifié", "Infirmier polyvalent", "Commercial terrain",
		"Comptable confirmé", "مهندس برمجيات", "Technicien de maintenance", "Chauffeur poids lourd"}
	diffEmployers = []string{"", "Société Générale", "OCP", "Marjane", "شركة الأطلس"}
	diffWords     = []string{"dev", "soud", "INFIRMIER", "tig", "مهندس", "societe", "ocp", "chauffeur poids", "xyz", "techn de"}
)

// diffVectors are a few 4-dimension unit directions: ads share them, so
// that need ranking meets ties.
var diffVectors = [][]float32{{1, 0, 0, 0}, {0.8, 0.6, 0, 0}, {0, 1, 0, 0}, {0.6, 0, 0.8, 0}, {0, 0, 0.6, 0.8}}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// randomDay returns a day between 2024-11 and 2025-06, or "" sometimes.
func randomDay(r *rand.Rand) string {
	if r.IntN(8) == 0 {
		return ""
	}
	m := 11 + r.IntN(8)
	return fmt.Sprintf("%04d-%02d-%02d", 2024+(m-1)/12, (m-1)%12+1, 1+r.IntN(28))
}

func randomAd(r *rand.Rand) tools.Ad {
	ad := tools.Ad{ID: fmt.Sprintf("ad%03d", r.IntN(400)), Title: pick(r, diffTitles), Employer: pick(r, diffEmployers),
		Occupation: pick(r, diffOccupations), Region: pick(r, diffRegions), Sector: pick(r, diffSectors),
		Contract: pick(r, diffContracts), SourceSite: pick(r, diffSites), Posted: randomDay(r), City: "Casablanca",
		Signature: []byte{byte(r.IntN(256)), 1, 2}}
	if ad.Posted == "" {
		ad.Seen = randomDay(r)
	}
	for _, s := range diffSkills {
		if r.IntN(4) == 0 {
			ad.Skills = append(ad.Skills, s)
		}
	}
	slices.Sort(ad.Skills)
	if r.IntN(4) != 0 {
		ad.Vector = retrieval.QuantizeInt8(pick(r, diffVectors))
	}
	if r.IntN(3) == 0 {
		n := r.IntN(5)
		ad.ExperienceMin, ad.SalaryMin, ad.SalaryMax = &n, 4000, 6000
		ad.Meta = map[string]string{"line": "x.csv:" + fmt.Sprint(r.IntN(100))}
	}
	return ad
}

func randomAdCountQuery(r *rand.Rand) tools.AdCountQuery {
	var q tools.AdCountQuery
	if r.IntN(3) == 0 {
		q.Occupations = []string{pick(r, diffOccupations[1:]), pick(r, diffOccupations)}
	}
	if r.IntN(2) == 0 {
		q.Region = pick(r, append([]string{"MA", "MA-12"}, diffRegions[1:]...))
	}
	if r.IntN(3) == 0 {
		q.Sector = pick(r, append([]string{"fishing"}, diffSectors[1:]...))
	}
	if r.IntN(3) == 0 {
		q.Skill = pick(r, append([]string{"cobol"}, diffSkills...))
	}
	months := []string{"2024-10", "2024-12", "2025-01", "2025-03", "2025-06", "2025-08"}
	if r.IntN(3) == 0 {
		q.From = pick(r, months)
	}
	if r.IntN(3) == 0 {
		q.To = pick(r, months)
	}
	return q
}

func randomAdQuery(r *rand.Rand) tools.AdQuery {
	d := randomAdCountQuery(r)
	q := tools.AdQuery{Occupations: d.Occupations, Region: d.Region, Sector: d.Sector, From: d.From, To: d.To, Limit: r.IntN(40)}
	if d.Skill != "" {
		q.Skills = []string{d.Skill}
		if r.IntN(2) == 0 {
			q.Skills = append(q.Skills, pick(r, diffSkills))
		}
	}
	if r.IntN(3) == 0 {
		q.Contract = pick(r, diffContracts[1:])
	}
	if r.IntN(3) == 0 {
		q.Words = []string{pick(r, diffWords)}
	}
	if r.IntN(2) == 0 {
		q.Need = pick(r, diffVectors)
	}
	return q
}

// TestJobMarketSameAnswersAsEmbedded loads the same random batches (IDs
// repeat within and across batches) into the embedded reference store and
// into PostgreSQL, and compares the answers to random queries.
func TestJobMarketSameAnswersAsEmbedded(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	compareJobMarketStores(t, r, func(*rand.Rand, int) tools.Ad { return randomAd(r) })
}

// TestJobMarketUpdatesSameAnswersAsEmbedded does the same with ads of
// sites that give source ids or addresses, read again in later batches
// and within a batch: unchanged (from another line), edited, or
// rewritten under another ID, which may be stored under another source.
func TestJobMarketUpdatesSameAnswersAsEmbedded(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	var read []tools.Ad // the sourced ads generated so far
	sum := compareJobMarketStores(t, r, func(r *rand.Rand, _ int) tools.Ad {
		var ad tools.Ad
		switch k := r.IntN(3); {
		case k == 0 || (k == 2 && len(read) == 0):
			return randomAd(r)
		case k == 1:
			ad = randomSourcedAd(r)
		default:
			ad = readAgain(r, pick(r, read))
		}
		read = append(read, ad)
		return ad
	})
	if sum.Updated < 40 || sum.Existing < 40 {
		t.Fatalf("AddAds summed %+v: the generator no longer reads ads again", sum)
	}
}

// randomSourcedAd is a random ad with a source key from a small space: a
// site's id mostly, else an address.
func randomSourcedAd(r *rand.Rand) tools.Ad {
	ad := randomAd(r)
	if r.IntN(4) == 0 {
		ad.URL = fmt.Sprintf("https://jobs.example/%d", r.IntN(40))
		return ad
	}
	meta := map[string]string{"source_id": fmt.Sprintf("S-%d", r.IntN(60))}
	maps.Copy(meta, ad.Meta)
	ad.Meta = meta
	return ad
}

// readAgain returns ad as a later export gives it: the same ad from
// another line (the same version), or with a salary, an occupation and
// skills, or an ID of its own changed.
func readAgain(r *rand.Rand, ad tools.Ad) tools.Ad {
	ad.Meta = maps.Clone(ad.Meta)
	switch r.IntN(4) {
	case 0:
		if ad.Meta == nil {
			ad.Meta = map[string]string{}
		}
		ad.Meta["line"] = fmt.Sprintf("y.csv:%d", r.IntN(100))
	case 1:
		ad.SalaryText = fmt.Sprintf("%d DH", 3000+1000*r.IntN(3))
	case 2:
		ad.Occupation, ad.Skills = pick(r, diffOccupations), []string{pick(r, diffSkills)}
	default:
		ad.ID = fmt.Sprintf("ad%03d", r.IntN(400))
	}
	return ad
}

// compareJobMarketStores adds 8 batches of 60 ads made by next to both
// stores, comparing their summaries, catalogues, fingerprints and read
// model, then compares the answers to random queries. It returns the
// summaries' sum.
func compareJobMarketStores(t *testing.T, r *rand.Rand, next func(*rand.Rand, int) tools.Ad) tools.AddSummary {
	dsn := newSchema(t)
	pg := mustOpen(t, dsn)
	ref, err := embedded.OpenJobMarket("")
	if err != nil {
		t.Fatal(err)
	}
	defer ref.Close()
	ctx := context.Background()
	var sum tools.AddSummary
	for i := range 8 {
		batch := make([]tools.Ad, 60)
		for j := range batch {
			batch[j] = next(r, j)
		}
		want, _ := ref.AddAds(ctx, batch)
		got, err := pg.AddAds(ctx, batch)
		if err != nil || got != want {
			t.Fatalf("batch %d: AddAds = %+v, %v; embedded %+v", i, got, err, want)
		}
		sum.Inserted, sum.Existing, sum.Updated = sum.Inserted+got.Inserted, sum.Existing+got.Existing, sum.Updated+got.Updated
	}
	checkReadModel(t, dsn)
	if d := cmp.Diff(fingerprints(t, ref), fingerprints(t, pg)); d != "" {
		t.Fatalf("Fingerprints (-embedded +postgres):\n%s", d)
	}
	wantCat, _ := ref.Catalog(ctx)
	gotCat, err := pg.Catalog(ctx)
	if d := cmp.Diff(wantCat, gotCat, cmpopts.EquateEmpty()); err != nil || d != "" {
		t.Fatalf("Catalog (-embedded +postgres), err %v:\n%s", err, d)
	}
	var found, ranked int // queries that found ads: the comparison is not of empty answers
	for i := range 300 {
		q, limit := randomAdCountQuery(r), r.IntN(4)
		compareAnswer(t, fmt.Sprintf("%d TopOccupations(%+v, %d)", i, q, limit), ref.TopOccupations, pg.TopOccupations, q, limit)
		compareAnswer(t, fmt.Sprintf("%d SkillsInDemand(%+v, %d)", i, q, limit), ref.SkillsInDemand, pg.SkillsInDemand, q, limit)
		trend := func(ctx context.Context, q tools.AdCountQuery, _ int) (tools.Ranking, error) {
			return ref.Trend(ctx, q)
		}
		pgTrend := func(ctx context.Context, q tools.AdCountQuery, _ int) (tools.Ranking, error) { return pg.Trend(ctx, q) }
		compareAnswer(t, fmt.Sprintf("%d Trend(%+v)", i, q), trend, pgTrend, q, 0)
		aq := randomAdQuery(r)
		want, _ := ref.SearchAds(ctx, aq)
		got, err := pg.SearchAds(ctx, aq)
		if len(got) > 1 {
			found++
			if aq.Need != nil {
				ranked++
			}
		}
		if d := cmp.Diff(want, got); err != nil || d != "" {
			t.Fatalf("%d SearchAds(%+v), err %v (-embedded +postgres):\n%s", i, aq, err, d)
		}
	}
	if found < 50 || ranked < 25 {
		t.Fatalf("only %d searches found several ads (%d ranked by need): the generator no longer exercises the stores", found, ranked)
	}
	t.Logf("%d of 300 searches found several ads, %d of them ranked by need; AddAds summed %+v", found, ranked, sum)
	return sum
}

func compareAnswer[Q any](t *testing.T, what string, ref, pg func(context.Context, Q, int) (tools.Ranking, error), q Q, limit int) {
	t.Helper()
	want, _ := ref(context.Background(), q, limit)
	got, err := pg(context.Background(), q, limit)
	if d := cmp.Diff(want, got); err != nil || d != "" {
		t.Fatalf("%s, err %v (-embedded +postgres):\n%s", what, err, d)
	}
}
