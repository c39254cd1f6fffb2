// Package needrank ranks a window of job ads by a need as
// retrieval.DotInt8 scores them, with the same result as scoring every
// ad so, at a fraction of the cost: the embedded store and the
// PostgreSQL store's mirror of ad vectors both rank with it.
//
// The need is quantised to int16 codes once per search and every row is
// first scored by an integer dot product of those codes with the row's
// int8 codes (AVX2 on amd64). That estimate differs from DotInt8's float
// result by less than a bound computed per row (the need's rounding
// error and the float sum's own rounding); only the rows whose bound
// overlaps the limit-th best estimate are scored again with DotInt8 and
// sorted. The result is the exact ranking, ties included, whatever the
// vectors: the bound only decides how many rows are scored twice
// (about the limit on embedder or random vectors).
package needrank
