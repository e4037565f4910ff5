#!/usr/bin/env bash
# Joldama — THE test command.
#
#   ./test.sh                            build (Release) and run every test project
#   ./test.sh --filter "Category!=E2E"   any arguments are passed through to `dotnet test`
#                                        (e.g. --filter "FullyQualifiedName~Payroll")
#
# What it does:
#   1. installs missing Debian packages (postgresql, chromium, python3-aiosmtpd, poppler-utils,
#      fonts-dejavu-core) with apt-get;
#   2. starts a throw-away PostgreSQL (trust auth, 127.0.0.1 only, free port from 55432 up,
#      fsync off) in a temp dir, stopped and removed on exit whatever happens;
#   3. exports for the tests:
#        JOLDAMA_TEST_POSTGRES     Npgsql connection string of that server, no database
#                                  (tests create their own databases)
#        JOLDAMA_CHROMIUM          /usr/bin/chromium (Playwright executable path)
#        JOLDAMA_TEST_RESULTS_DIR  this run's results dir: TestResults/<timestamp>
#   4. dotnet build Joldama.slnx -c Release, then dotnet test --no-build with a TRX logger
#      into TestResults/<timestamp>/;
#   5. sums the TRX files, lists failed tests, and prints as its LAST line
#      "N passed, N failed" (", N skipped" appended when tests were skipped).
# Exit 0 only if the build succeeded, nothing failed and at least one test passed.
#
# Env knobs: JOLDAMA_TEST_TIMEOUT (default 75m; also 90s/2h/seconds) limits the whole
# `dotnet test` (then it is killed and counted as a failure), JOLDAMA_PG_PORT_START (55432).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
if [[ -z "${HOME:-}" ]]; then HOME="$(getent passwd "$(id -un)" | cut -d: -f6)"; export HOME; fi

log() { printf '==> %s\n' "$*"; }
# Fatal error before tests could run: keep the summary line contract.
die() { printf 'ERROR: %s\n' "$*" >&2; echo "0 passed, 1 failed"; exit 1; }

as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo -n "$@"; fi; }

# ---------------------------------------------------------------- 1. packages
PACKAGES=(postgresql chromium python3-aiosmtpd poppler-utils fonts-dejavu-core)
missing=()
for p in "${PACKAGES[@]}"; do
  if [[ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)" != "install ok installed" ]]; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  command -v apt-get >/dev/null || die "missing packages (${missing[*]}) and no apt-get"
  log "installing: ${missing[*]}"
  aptlog="$(mktemp)"
  if ! { as_root apt-get update -qq &&
         as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
       } >"$aptlog" 2>&1; then
    cat "$aptlog" >&2; rm -f "$aptlog"
    die "apt-get install failed"
  fi
  grep -Ei '^(E|W):' "$aptlog" >&2 || true
  rm -f "$aptlog"
fi

# ---------------------------------------------------------------- 2. PostgreSQL
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)"
[[ -x "$PG_BIN/pg_ctl" ]] || die "PostgreSQL binaries not found under /usr/lib/postgresql/*/bin"

PG_TMP="$(mktemp -d /tmp/joldama-test.XXXXXX)"
PGDATA="$PG_TMP/data"
PG_SOCK="$PG_TMP/sock"
PG_LOG="$PG_TMP/postgres.log"

# Run a PostgreSQL tool as the postgres system user (it refuses to run as root).
as_pg() {
  if [[ $(id -u) -eq 0 ]]; then
    (cd "$PG_TMP" && runuser -u postgres -- "$@")
  else
    (cd "$PG_TMP" && "$@")
  fi
}

# Is this process alive (and not a zombie)? Uses /proc only (no procps on minimal Debian).
alive() { local st; st="$(sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1 || true)"; [[ -n "$st" && "$st" != Z ]]; }

# PostgreSQL runs as a direct child of this script (not daemonized by pg_ctl), so that
# the script reaps it and no orphan/zombie postgres survives it.
PG_JOB=""
stop_pg() {
  if [[ -f "$PGDATA/postmaster.pid" ]]; then
    as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" stop -m fast -w -t 30 >/dev/null 2>&1 ||
      as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" stop -m immediate -w -t 30 >/dev/null 2>&1 || true
  fi
  if [[ -n "$PG_JOB" ]]; then
    for _ in $(seq 1 100); do alive "$PG_JOB" || break; sleep 0.1; done
    if alive "$PG_JOB"; then kill -KILL "$PG_JOB" 2>/dev/null || true; fi
    wait "$PG_JOB" 2>/dev/null || true
    PG_JOB=""
  fi
}

# Kill dotnet test's whole process group (see section 4): TERM, then KILL after 10 s.
TEST_PGID=""
kill_test_group() {
  [[ -n "$TEST_PGID" ]] || return 0
  if kill -0 -- "-$TEST_PGID" 2>/dev/null; then
    kill -TERM -- "-$TEST_PGID" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 -- "-$TEST_PGID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$TEST_PGID" 2>/dev/null || true
  fi
  wait "$TEST_PGID" 2>/dev/null || true
  TEST_PGID=""
  return 0
}

# "75m" / "2h" / "90s" / "300" -> seconds
to_seconds() {
  local v=$1
  case "$v" in
    *h) echo $(( ${v%h} * 3600 )) ;;
    *m) echo $(( ${v%m} * 60 )) ;;
    *s) echo $(( ${v%s} )) ;;
    *)  echo $(( v )) ;;
  esac
}

cleanup() {
  local rc=$?
  set +e
  trap - EXIT INT TERM HUP
  # (prints nothing: the summary line must stay the last line)
  kill_test_group
  stop_pg
  rm -rf "$PG_TMP"
  # Don't leave compiler/MSBuild servers running after a CI run.
  if [[ -n "${CI:-}" ]] && command -v dotnet >/dev/null; then
    timeout 60 dotnet build-server shutdown >/dev/null 2>&1
  fi
  return $rc
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

port_in_use() {
  local p=$1
  if command -v ss >/dev/null && [[ -n "$(ss -Htln "sport = :$p" 2>/dev/null)" ]]; then return 0; fi
  (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null && return 0
  return 1
}
next_free_port() {
  local p=$1
  while ((p < 65000)); do
    port_in_use "$p" || { echo "$p"; return 0; }
    p=$((p + 1))
  done
  return 1
}

mkdir -p "$PGDATA" "$PG_SOCK"
if [[ $(id -u) -eq 0 ]]; then
  id postgres >/dev/null 2>&1 || die "no 'postgres' system user (is the postgresql package installed?)"
  chown -R postgres: "$PG_TMP"
fi
chmod 700 "$PG_TMP" "$PGDATA"

log "initdb ($PG_BIN)"
initdb_args=(-D "$PGDATA" --auth=trust --username=postgres --encoding=UTF8 --no-sync)
if ! as_pg "$PG_BIN/initdb" "${initdb_args[@]}" --locale=C.UTF-8 >"$PG_TMP/initdb.log" 2>&1; then
  rm -rf "${PGDATA:?}"/* 2>/dev/null || true
  as_pg "$PG_BIN/initdb" "${initdb_args[@]}" --no-locale >"$PG_TMP/initdb.log" 2>&1 ||
    { cat "$PG_TMP/initdb.log" >&2; die "initdb failed"; }
fi

cat >>"$PGDATA/postgresql.conf" <<EOF

# --- joldama test.sh: throw-away test server ---
listen_addresses = '127.0.0.1'
unix_socket_directories = '$PG_SOCK'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 300
EOF

PG_PORT=""
port="${JOLDAMA_PG_PORT_START:-55432}"
for attempt in 1 2 3 4 5; do
  port="$(next_free_port "$port")" || die "no free TCP port found"
  as_pg "$PG_BIN/postgres" -D "$PGDATA" -p "$port" </dev/null >>"$PG_LOG" 2>&1 &
  PG_JOB=$!
  for _ in $(seq 1 120); do
    alive "$PG_JOB" || break
    # our own unix socket first (a port-race winner could answer on TCP), then TCP
    if "$PG_BIN/pg_isready" -q -h "$PG_SOCK" -p "$port" -U postgres &&
       "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres; then PG_PORT=$port; break; fi
    sleep 0.5
  done
  [[ -n "$PG_PORT" ]] && break
  # Lost a race for the port (or something else failed): try the next one.
  stop_pg
  port=$((port + 1))
done
[[ -n "$PG_PORT" ]] || { cat "$PG_LOG" >&2 2>/dev/null || true; die "PostgreSQL did not start"; }

"$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres ||
  { cat "$PG_LOG" >&2; die "PostgreSQL is not answering on 127.0.0.1:$PG_PORT"; }
log "PostgreSQL $("$PG_BIN/postgres" -V | awk '{print $3}') ready on 127.0.0.1:$PG_PORT"

export JOLDAMA_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=unused;Include Error Detail=true"
export JOLDAMA_CHROMIUM=/usr/bin/chromium

# ---------------------------------------------------------------- 3. build
log "dotnet build Joldama.slnx -c Release"
if ! dotnet build Joldama.slnx -c Release -nologo -v q; then
  echo "BUILD FAILED" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

# ---------------------------------------------------------------- 4. test
RESULTS_DIR="$ROOT/TestResults/$(date +%Y%m%d-%H%M%S)"
[[ -e "$RESULTS_DIR" ]] && RESULTS_DIR="$RESULTS_DIR-$$"
mkdir -p "$RESULTS_DIR"
export JOLDAMA_TEST_RESULTS_DIR="$RESULTS_DIR"

log "dotnet test (results: ${RESULTS_DIR#"$ROOT"/})"
# dotnet test runs in its own session/process group (setsid), so that the cleanup can kill
# everything it started (testhosts, web servers, chromium) on timeout, Ctrl-C, or if
# something lingers after it exits; the script polls it, so Ctrl-C is handled within 1 s.
test_rc=0
timeout_s="$(to_seconds "${JOLDAMA_TEST_TIMEOUT:-75m}")"
# -m:1: one test assembly at a time. On 2 cores the browser scenarios (a server, Chromium) starved while the
# in-process web tests ran beside them, and waits timed out; one at a time costs a few minutes, not flakiness.
setsid dotnet test Joldama.slnx -c Release --no-build --nologo -m:1 \
  --logger "trx" --results-directory "$RESULTS_DIR" "$@" </dev/null &
TEST_PGID=$!
started=$SECONDS
while alive "$TEST_PGID"; do
  if ((SECONDS - started > timeout_s)); then
    echo "ERROR: dotnet test still running after ${JOLDAMA_TEST_TIMEOUT:-75m}: killing it" >&2
    kill_test_group
    test_rc=124
    break
  fi
  sleep 1
done
if ((test_rc == 0)); then wait "$TEST_PGID" || test_rc=$?; fi
kill_test_group   # leftovers (e.g. a server or browser a test did not stop)

# ---------------------------------------------------------------- 5. summary
command -v python3 >/dev/null || die "python3 is needed to read the TRX files"
summary_rc=0
python3 - "$RESULTS_DIR" "$test_rc" <<'PY' || summary_rc=$?
import glob, os, sys
import xml.etree.ElementTree as ET

results_dir, test_rc = sys.argv[1], int(sys.argv[2])
passed = failed = skipped = 0
failed_names = []
problems = []
FAIL_OUTCOMES = {"Failed", "Error", "Timeout", "Aborted"}

trx_files = sorted(glob.glob(os.path.join(results_dir, "**", "*.trx"), recursive=True))
for path in trx_files:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        problems.append(f"unreadable TRX {os.path.basename(path)}: {e}")
        continue
    c = root.find(".//{*}ResultSummary/{*}Counters")
    if c is not None:
        n = lambda k: int(c.get(k, "0") or 0)
        passed += n("passed")
        failed += n("failed") + n("error") + n("timeout") + n("aborted")
        # xunit's skipped tests are counted in total but not in executed (notExecuted stays 0)
        skipped += max(n("notExecuted"), n("total") - n("executed"))
    for r in root.iter():
        if r.tag.endswith("UnitTestResult") and r.get("outcome") in FAIL_OUTCOMES:
            failed_names.append(r.get("testName", "?"))

if test_rc == 124:
    problems.append("dotnet test timed out (JOLDAMA_TEST_TIMEOUT) and was killed")
elif test_rc != 0 and failed == 0:
    problems.append(f"dotnet test exited with code {test_rc} without failed tests in the TRX (test run aborted / crashed?)")
if not trx_files:
    problems.append("no TRX file was written")

if failed_names:
    print(f"Failed tests ({len(failed_names)}):")
    for name in failed_names[:50]:
        print(f"  FAILED {name}")
    if len(failed_names) > 50:
        print(f"  ... and {len(failed_names) - 50} more")
for p in problems:
    print(f"  PROBLEM {p}")
if problems and (failed == 0 or test_rc == 124):
    failed += 1

line = f"{passed} passed, {failed} failed"
if skipped:
    line += f", {skipped} skipped"
print(line)
sys.exit(0 if failed == 0 and passed > 0 else 1)
PY
exit "$summary_rc"
