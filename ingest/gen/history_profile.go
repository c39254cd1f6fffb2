package gen

// sectorDynamics is how ads of one sector move over the years: all
// invented for the demo, in orders of magnitude a reader of Moroccan
// labour news would find plausible.
type sectorDynamics struct {
	growth   float64     // yearly growth of the level, 0.05 = +5 %
	season   [12]float64 // multiplier of each month, January first; mean about 1
	covid    float64     // depth of the 2020 trough: 0.8 = ads down 80 %; negative = up
	recovery float64     // months for the remaining gap to halve once the trough passes
	ramadan  float64     // share of hiring lost in a month spent wholly in Ramadan
}

// Seasonal profiles, January to December.
var (
	flat = [12]float64{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}
	// Tourism and hotels recruit before the summer season and again before
	// the year-end holidays.
	tourismSeason = [12]float64{0.85, 0.9, 1.05, 1.25, 1.35, 1.25, 0.95, 0.8, 0.9, 1.0, 0.85, 0.85}
	// Farms hire at harvest: citrus and early vegetables of the Souss from
	// November to March, cereals in May and June, olives in the autumn;
	// the summer is dead.
	harvestSeason = [12]float64{1.25, 1.25, 1.15, 0.95, 1.05, 1.1, 0.7, 0.65, 0.8, 1.0, 1.15, 1.25}
	// Packing follows the harvest, a month later and flatter.
	packingSeason = [12]float64{1.1, 1.2, 1.2, 1.05, 0.95, 1.0, 0.95, 0.8, 0.8, 0.9, 1.0, 1.05}
	// Schools recruit for the September start.
	schoolSeason = [12]float64{0.85, 0.8, 0.8, 0.8, 0.8, 0.85, 1.05, 1.45, 1.6, 1.0, 0.85, 0.75}
	// Building slows in the winter rains and picks up in spring (Ramadan
	// comes on top as a moving effect).
	buildSeason = [12]float64{0.8, 0.85, 1.05, 1.1, 1.15, 1.1, 1.05, 0.95, 1.05, 1.05, 0.95, 0.8}
	// Offices and factories: a January and September restart, an August lull.
	officeSeason  = [12]float64{1.1, 1.05, 1.05, 1.0, 1.0, 0.95, 0.9, 0.75, 1.15, 1.05, 1.0, 0.95}
	factorySeason = [12]float64{1.05, 1.05, 1.05, 1.0, 1.0, 0.95, 0.95, 0.7, 1.15, 1.05, 1.05, 1.0}
	// Shops and deliveries: the year-end peak and the summer of the
	// Moroccans abroad coming home.
	shopSeason = [12]float64{0.95, 0.9, 0.95, 0.95, 0.95, 1.05, 1.1, 1.0, 0.95, 1.0, 1.1, 1.2}
	// Beauty: weddings in summer.
	beautySeason = [12]float64{0.85, 0.85, 0.9, 0.95, 1.05, 1.2, 1.3, 1.2, 0.95, 0.9, 0.85, 0.9}
	// Fishing stops for the biological rest of the octopus (spring, autumn).
	fishSeason = [12]float64{1.15, 1.1, 1.0, 0.75, 0.7, 1.05, 1.15, 1.15, 1.1, 0.85, 0.9, 1.1}
	// Call centres hire all year round.
	callSeason = [12]float64{1.02, 1.0, 1.0, 1.0, 0.98, 1.0, 1.0, 0.97, 1.03, 1.0, 1.0, 1.0}
)

// dynamics by the sector keys of occ_*.go; a sector missing here uses
// defaultDynamics (the history test checks that none is missing).
var dynamics = map[string]sectorDynamics{
	"offshoring":      {0.06, callSeason, 0.2, 2, 0.05},
	"it":              {0.12, officeSeason, 0.3, 3, 0.05},
	"marketing":       {0.08, officeSeason, 0.4, 4, 0.05},
	"finance":         {0.02, officeSeason, 0.35, 3, 0.05},
	"banque":          {0.01, officeSeason, 0.35, 3, 0.05},
	"admin":           {0.0, officeSeason, 0.4, 4, 0.05},
	"sante":           {0.05, flat, -0.3, 4, 0.05},
	"enseignement":    {0.02, schoolSeason, 0.45, 3, 0.05},
	"services":        {0.02, flat, 0.4, 4, 0.1},
	"commerce":        {0.02, shopSeason, 0.45, 3, 0.05},
	"logistique":      {0.07, shopSeason, 0.15, 2, 0.05},
	"automobile":      {0.08, factorySeason, 0.6, 3, 0.05},
	"aeronautique":    {0.10, factorySeason, 0.7, 10, 0.05},
	"textile":         {-0.03, factorySeason, 0.5, 4, 0.05},
	"industrie":       {0.03, factorySeason, 0.45, 3, 0.05},
	"agroalimentaire": {0.03, packingSeason, 0.1, 2, 0.05},
	"auto-service":    {0.01, flat, 0.45, 3, 0.05},
	"btp":             {0.03, buildSeason, 0.5, 3, 0.25},
	"energie":         {0.20, buildSeason, 0.4, 3, 0.2},
	"hotellerie":      {0.04, tourismSeason, 0.85, 9, 0.1},
	"tourisme":        {0.05, tourismSeason, 0.9, 10, 0.1},
	"securite":        {0.03, flat, 0.3, 3, 0.05},
	"beaute":          {0.02, beautySeason, 0.6, 3, 0.1},
	"agriculture":     {-0.02, harvestSeason, 0.1, 2, 0.1},
	"peche":           {-0.01, fishSeason, 0.2, 2, 0.05},
}

var defaultDynamics = sectorDynamics{0.02, flat, 0.4, 3, 0.05}

// ramadanStarts gives the first day of Ramadan in Morocco, each lasting 30
// days (a day either way does not matter at a monthly grain).
var ramadanStarts = map[int][2]int{ // year: month, day
	2019: {5, 6}, 2020: {4, 24}, 2021: {4, 13}, 2022: {4, 2},
	2023: {3, 23}, 2024: {3, 11}, 2025: {3, 1},
}
