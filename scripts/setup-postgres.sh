#!/usr/bin/env bash
# A PostgreSQL server on loopback for the store's tests: installed (as root) when absent, its cluster started,
# and a role and database for the tests created. Idempotent. Prints the database URL on its last line.
set -euo pipefail

ROLE="${SANDBOX_PG_ROLE:-sandbox}"
PASSWORD="${SANDBOX_PG_PASSWORD:-sandbox}"
DATABASE="${SANDBOX_PG_DATABASE:-sandbox_test}"

say() { echo "[setup-postgres] $*" >&2; }

if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
    [ "$(id -u)" -eq 0 ] || { say "PostgreSQL is not installed and installing it needs root"; exit 1; }
    say "apt-get install postgresql"
    DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2
fi

read -r VERSION CLUSTER PORT STATUS _ < <(pg_lsclusters -h | head -n 1)
if [ "$STATUS" != "online" ]; then
    say "starting cluster $VERSION/$CLUSTER"
    pg_ctlcluster "$VERSION" "$CLUSTER" start >&2
fi

as_postgres() { su postgres -c "$*"; }
if [ "$(as_postgres "psql -p $PORT -tAc \"SELECT 1 FROM pg_roles WHERE rolname='$ROLE'\"")" != "1" ]; then
    say "creating role $ROLE"
    as_postgres "psql -p $PORT -c \"CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD' CREATEDB\"" >&2
fi
if [ "$(as_postgres "psql -p $PORT -tAc \"SELECT 1 FROM pg_database WHERE datname='$DATABASE'\"")" != "1" ]; then
    say "creating database $DATABASE"
    as_postgres "createdb -p $PORT -O $ROLE $DATABASE" >&2
fi
echo "postgresql+psycopg://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DATABASE"
