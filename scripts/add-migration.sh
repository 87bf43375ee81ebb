#!/usr/bin/env bash
# Adds a migration with the same name to both migration sets (SQLite and SQL Server).
# Every model change needs both: a test fails while either set is behind the model.
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh <MigrationName>}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer; do
  project=src/IntegrityPortal.Migrations.$provider
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" --output-dir Migrations
done
