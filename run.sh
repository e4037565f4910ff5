#!/usr/bin/env bash
# Joldama — THE run command: starts the web app (Release) on http://127.0.0.1:${JOLDAMA_PORT:-5080}.
# Runs from the repo root, so the SQLite database lands in the git-ignored .data/ folder.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
url="http://127.0.0.1:${JOLDAMA_PORT:-5080}"
echo "Joldama: starting on $url (demo data is seeded into .data/ on first start; Ctrl-C to stop)"
# `dotnet run` starts the app in its project folder: give it absolute paths under the repo's .data/.
export Database__SqlitePath="${Database__SqlitePath:-$PWD/.data/joldama.db}"
export Sms__SinkPath="${Sms__SinkPath:-$PWD/.data/sms-outbox.log}"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Demo}"  # the demo accounts of README; Production refuses them
exec dotnet run --project src/Joldama.Web -c Release --no-launch-profile -- --urls "$url"
