#!/bin/sh
# Sets up the clinic's PostgreSQL database for CareKiosk: the schema (numbered
# migrations, each applied once, in one transaction), one login role per
# kiosk that can only add requests, and login roles for the front desk.
#
#   carekiosk-server-setup.sh migrate
#   carekiosk-server-setup.sh add-kiosk NAME      # password: one line on stdin
#   carekiosk-server-setup.sh add-desk NAME       # password: one line on stdin
#
# It connects with psql as the database's owner, with the usual libpq
# variables (PGHOST, PGPORT, PGDATABASE, PGUSER), e.g. on the server:
#   sudo -u postgres createdb carekiosk
#   sudo -u postgres env PGDATABASE=carekiosk ./carekiosk-server-setup.sh migrate
# A kiosk's role name is the kiosk's id on the server (shown at the desk):
# name it after its place, e.g. waldorf_lobby.
set -eu

here=$(dirname "$0")
psql=${CAREKIOSK_PSQL:-psql}

usage() {
    echo "usage: $0 migrate | add-kiosk NAME | add-desk NAME" >&2
    exit 1
}

run_psql() {
    "$psql" -X -q -v ON_ERROR_STOP=1 "$@"
}

migrate() {
    run_psql -c "SET client_min_messages = warning" -c "CREATE TABLE IF NOT EXISTS carekiosk_schema_migrations (
                     version integer PRIMARY KEY, applied_utc timestamptz NOT NULL DEFAULT now())"
    applied=0
    for file in "$here"/migrations/[0-9][0-9][0-9]_*.sql; do
        version=$(basename "$file" | cut -c1-3 | sed 's/^0*//')
        done_already=$(run_psql -At -c "SELECT count(*) FROM carekiosk_schema_migrations WHERE version = $version")
        [ "$done_already" = 0 ] || continue
        # The migration and its bookkeeping commit together or not at all.
        { cat "$file"; echo "INSERT INTO carekiosk_schema_migrations (version) VALUES ($version);"; } \
            | run_psql --single-transaction -f -
        echo "applied migration $version ($(basename "$file"))"
        applied=$((applied + 1))
    done
    [ "$applied" -gt 0 ] || echo "the schema is up to date"
}

add_role() {
    group=$1
    name=$2
    # A role name is also the kiosk's id on the server: plain words only.
    if ! printf '%s' "$name" | grep -Eq '^[a-z][a-z0-9_]{0,62}$'; then
        echo "$0: '$name' is not a valid name: lower-case letters, digits and _, starting with a letter" >&2
        exit 1
    fi
    IFS= read -r password || true
    if [ ${#password} -lt 12 ]; then
        echo "$0: the password (one line on stdin) must have at least 12 characters" >&2
        exit 1
    fi
    # Through the environment and \getenv, never on a command line that ps shows.
    CAREKIOSK_ROLE_PASSWORD=$password run_psql -v name="$name" -v grp="$group" -f - <<'SQL'
\getenv password CAREKIOSK_ROLE_PASSWORD
SELECT NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'name') AS is_new \gset
\if :is_new
CREATE ROLE :"name" LOGIN PASSWORD :'password' IN ROLE :"grp";
\else
ALTER ROLE :"name" LOGIN PASSWORD :'password';
GRANT :"grp" TO :"name";
\endif
SQL
    echo "role $name is ready ($group)"
}

[ $# -ge 1 ] || usage
case $1 in
    migrate) [ $# -eq 1 ] || usage; migrate ;;
    add-kiosk) [ $# -eq 2 ] || usage; add_role carekiosk_kiosk "$2" ;;
    add-desk) [ $# -eq 2 ] || usage; add_role carekiosk_desk "$2" ;;
    *) usage ;;
esac
