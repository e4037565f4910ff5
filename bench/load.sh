#!/usr/bin/env bash
# The referral load benchmark of issue 7 (docs/PERFORMANCE.md): builds Joldama, the CLI, baseline (b) and the driver
# (Release), then runs bench/Joldama.LoadBench, which starts and stops the servers it needs on 127.0.0.1.
#   bench/load.sh --server "Host=127.0.0.1;Port=5432;Username=postgres"            # 1,000,000 cases, 3 rounds
#   bench/load.sh --quick --server "Host=127.0.0.1;Port=5432;Username=postgres"    # 10,000 cases, short phases
# The server (or JOLDAMA_BENCH_POSTGRES) is a PostgreSQL connection string without a database: the benchmark creates
# joldama_bench (joldama_bench_quick), generates the cases once (joldama demo generate) and reuses them later.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
for project in src/Joldama.Web src/Joldama.Cli bench/Joldama.Bench.MinimalApi bench/Joldama.LoadBench; do
  dotnet build "$project" -c Release -v q -nologo -tl:off >/dev/null
done
exec dotnet bench/Joldama.LoadBench/bin/Release/net10.0/Joldama.LoadBench.dll "$@"
