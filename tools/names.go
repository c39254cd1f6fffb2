package tools

// The names of the tools, as a model calls them and as Result.Tool, the
// websocket events, the eval sets and the saved sessions spell them. They
// are part of Marsad's contract with clients: renaming one breaks saved
// conversations and question sets, so a constant changes only with them.
const (
	NameIndicatorSeries   = "indicator_series"
	NameCompareIndicator  = "compare_indicator"
	NameTopOccupations    = "top_occupations"
	NameSkillsInDemand    = "skills_in_demand"
	NameOccupationProfile = "occupation_profile"
	NameTrainingPaths     = "training_paths"
	NameSearchJobAds      = "search_job_ads"
	NameSearchDocuments   = "search_documents"
	NameMatchProfile      = "match_profile"
	NameForecastDemand    = "forecast_demand"
)
