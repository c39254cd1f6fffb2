// Package forecast projects monthly or quarterly series a few periods ahead
// and says how much the projection can be trusted.
//
// The contract, in the order Forecast applies it:
//
//  1. A Series must hold at least MinLength periods: two full seasons, so
//     that Holt-Winters has a seasonal profile and a trend to start from,
//     plus the backtest window (one season). Monthly series therefore need
//     36 months, quarterly ones 12 quarters. A shorter series gets no
//     forecast: the error is a *TooShortError (errors.Is ErrTooShort) with
//     the length found and needed.
//  2. Every candidate method (seasonal naive, naive, drift, damped additive
//     Holt-Winters, and Holt-Winters on log(1+y) for counts) is backtested
//     from rolling origins over the final periods (what is left after two
//     seasons, at least one season and at most two): each origin is one
//     period later than the previous, each method is refitted on the data
//     before the origin and forecasts horizons 1..Season.
//  3. MASE is the mean absolute backtest error divided by the in-sample
//     mean absolute error of the one-season-back forecast on the data
//     before the window; sMAPE is the mean of 200|e|/(|y|+|ŷ|), in percent.
//  4. The method with the lowest MASE is used only if its MASE is below 1;
//     otherwise seasonal naive is used and Result.Fallback says so.
//  5. The 80 % interval of horizon h is the point forecast plus the 10th and
//     90th percentiles of the chosen method's backtest errors at h (pooled
//     with shorter horizons, scaled by √(h/h′), when fewer than twelve). For
//     counts neither bound nor the point is negative.
//
// Everything is deterministic: the same series gives the same result. The
// package imports nothing of Marsad.
package forecast
