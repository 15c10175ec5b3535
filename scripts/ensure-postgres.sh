#!/usr/bin/env bash
# Makes sure a PostgreSQL server is reachable for the test suite and prints
# the base URL the tests should use. Starts the local cluster if it is
# stopped, installs PostgreSQL through apt when it is missing, and removes
# databases left behind by earlier test runs.
set -euo pipefail

url="${VIZPOST_TEST_POSTGRES:-postgres://postgres@127.0.0.1:5432}"

reachable() { psql "$1/postgres" -Atqc 'select 1' >/dev/null 2>&1; }

if ! reachable "$url"; then
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    echo "PostgreSQL is not installed; installing it with apt-get" >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  fi
  version="$(ls /etc/postgresql | sort -V | tail -1)"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start >&2 || true
  for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p 5432 && break
    sleep 1
  done
  if ! reachable "$url"; then
    # A fresh Debian cluster asks for a password on TCP: give the postgres
    # role one for the tests.
    su postgres -c "psql -qc \"ALTER USER postgres PASSWORD 'postgres'\"" >&2
    url="postgres://postgres:postgres@127.0.0.1:5432"
  fi
fi

if ! reachable "$url"; then
  echo "error: PostgreSQL is still not reachable at $url" >&2
  exit 1
fi

for db in $(psql "$url/postgres" -Atqc "select datname from pg_database where datname like 'vizpost_test_%'"); do
  psql "$url/postgres" -qc "drop database if exists $db" >/dev/null 2>&1 || true
done
echo "$url"
