package main

import (
	"context"

	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/postgres"
)

func openPostgres(ctx context.Context, url string) (tools.IndicatorStore, error) {
	return postgres.Open(ctx, url)
}
