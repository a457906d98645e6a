#!/usr/bin/env bash
# Install and start the services detente's tests need: PostgreSQL (storage suite on both backends),
# headless Chromium (browser tests) and wrk (the API benchmark). Debian packages only.
# Idempotent: safe to run when everything is already installed and running.
#
# After it, tests read DETENTE_TEST_PG (printed at the end; default below).
set -euo pipefail

PG_USER="${DETENTE_PG_USER:-detente}"
PG_PASS="${DETENTE_PG_PASS:-detente}"
PG_DB="${DETENTE_PG_DB:-detente_test}"

need=()
command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v wrk >/dev/null 2>&1 || need+=(wrk)
if [ "${#need[@]}" -gt 0 ]; then
    echo "setup-services: installing ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# --- PostgreSQL: start the first cluster (create one if none) ------------------------------------
if ! pg_lsclusters -h 2>/dev/null | grep -q .; then
    ver="$(ls /usr/lib/postgresql | sort -n | tail -1)"
    pg_createcluster "$ver" main >/dev/null
fi
read -r ver name port status _ < <(pg_lsclusters -h | head -1)
if [ "$status" != "online" ]; then
    pg_ctlcluster "$ver" "$name" start
fi
for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p "$port" && break
    sleep 0.5
done

psql_su() { su postgres -c "psql -p $port -v ON_ERROR_STOP=1 -qtA $*"; }
if [ "$(psql_su "-c \"SELECT 1 FROM pg_roles WHERE rolname = '$PG_USER'\"")" != "1" ]; then
    psql_su "-c \"CREATE ROLE $PG_USER LOGIN PASSWORD '$PG_PASS' CREATEDB\""
fi
if [ "$(psql_su "-c \"SELECT 1 FROM pg_database WHERE datname = '$PG_DB'\"")" != "1" ]; then
    psql_su "-c \"CREATE DATABASE $PG_DB OWNER $PG_USER\""
fi

echo "setup-services: postgres $ver/$name on port $port, chromium $( [ -x /usr/bin/chromium ] && echo ok ), wrk $(command -v wrk >/dev/null && echo ok)"
echo "DETENTE_TEST_PG=postgresql://$PG_USER:$PG_PASS@127.0.0.1:$port/$PG_DB"
