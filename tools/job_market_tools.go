package tools

import "github.com/marsad/marsad/retrieval"

// JobMarketTools returns the tools that read job-ad demand and occupation
// profiles from s: top_occupations, skills_in_demand, occupation_profile,
// training_paths and search_job_ads. emb, when not nil, is the embedder
// that gave the stored ads their vectors (see JobAdsTool.Embedder).
// search_documents needs a DocumentSearcher and is built on its own
// (DocumentsTool). match_profile comes last, by pointer (it keeps its
// matcher).
func JobMarketTools(s JobMarketStore, emb retrieval.Embedder) []Tool {
	return []Tool{TopOccupationsTool{Store: s}, SkillsTool{Store: s}, ProfileTool{Store: s}, TrainingTool{Store: s},
		JobAdsTool{Store: s, Embedder: emb},
		&MatchTool{Store: s},
	}
}
