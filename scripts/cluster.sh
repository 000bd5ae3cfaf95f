#!/usr/bin/env bash
# The local cluster for development and CI: one PostgreSQL and two Scrapyd
# nodes, all on 127.0.0.1, all under output/cluster/.
#
#   scripts/cluster.sh up     start them (if not running), deploy the project,
#                             write output/cluster/env
#   scripts/cluster.sh down   stop what `up` started
#
# PostgreSQL is Debian's (installed with apt-get when missing and we are
# root); initdb refuses to run as root, so the server then runs as the
# postgres user. Ports are free ones picked at start.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
CLUSTER=$ROOT/output/cluster
PY=$ROOT/.venv/bin/python
ENV_FILE=$CLUSTER/env
NODES=${CLUSTER_NODES:-2}
NODE_SLOTS=${CLUSTER_NODE_SLOTS:-2}

free_port() {
  "$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

as_pg() {   # run a PostgreSQL tool as the postgres user when we are root
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do [ -x "$dir/initdb" ] && { echo "$dir"; return; }; done
  command -v initdb >/dev/null && dirname "$(command -v initdb)" && return
  return 1
}

install_postgres() {
  pg_bin >/dev/null && return
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing PostgreSQL (Debian package)"
    apt-get update -qq || echo "apt-get update failed; trying the package lists we have"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql
    # Debian's package starts its own main cluster: ours lives under output/cluster only.
    command -v pg_ctlcluster >/dev/null && pg_ctlcluster --skip-systemctl-redirect 15 main stop 2>/dev/null || true
  else
    echo "cluster: PostgreSQL is not installed and we are not root to install it" >&2
    exit 1
  fi
}

start_postgres() {
  local bin data port
  bin=$(pg_bin)
  data=$CLUSTER/pg/data
  if [ "$(id -u)" = 0 ]; then install -d -o postgres "$CLUSTER/pg"; else mkdir -p "$CLUSTER/pg"; fi
  if [ ! -f "$data/PG_VERSION" ]; then
    as_pg "$bin/initdb" -D "$data" -A trust -U postgres >"$CLUSTER/pg/initdb.log"
  fi
  if as_pg "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    port=$(cat "$CLUSTER/pg/port")
  else
    port=$(free_port)
    as_pg "$bin/pg_ctl" -D "$data" -l "$CLUSTER/pg/server.log" -w -t 30 \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$CLUSTER/pg -c max_connections=200" start >/dev/null
    echo "$port" >"$CLUSTER/pg/port"
  fi
  "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'matra'" \
    | grep -q 1 || "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres matra
  echo "postgresql://postgres@127.0.0.1:$port/matra"
}

start_node() {   # start_node N -> the node's URL
  local dir=$CLUSTER/node$1 port
  mkdir -p "$dir"
  if [ -f "$dir/pid" ] && kill -0 "$(cat "$dir/pid")" 2>/dev/null; then
    port=$(cat "$dir/port")
  else
    # A node started again (after a crash) keeps its port: the env file stays true.
    port=$(cat "$dir/port" 2>/dev/null || free_port)
    # items_dir empty: a job's items go to the project's own feeds, not Scrapyd's.
    # logs_dir empty: a job's log goes where the nightly says (LOG_FILE), beside its stats.
    cat >"$dir/scrapyd.conf" <<CONF
[scrapyd]
bind_address = 127.0.0.1
http_port = $port
eggs_dir = $dir/eggs
logs_dir =
dbs_dir = $dir/dbs
items_dir =
max_proc = $NODE_SLOTS
poll_interval = 1.0
jobs_to_keep = 50
finished_to_keep = 200
CONF
    (cd "$dir" && exec "$ROOT/.venv/bin/scrapyd" --nodaemon --logfile="$dir/scrapyd.log" ) \
      </dev/null >/dev/null 2>&1 &
    echo $! >"$dir/pid"
    echo "$port" >"$dir/port"
  fi
  for _ in $(seq 100); do
    curl -sf "http://127.0.0.1:$port/daemonstatus.json" >/dev/null && break
    sleep 0.1
  done
  curl -sf "http://127.0.0.1:$port/daemonstatus.json" >/dev/null \
    || { echo "cluster: Scrapyd node $1 did not start (see $dir/scrapyd.log)" >&2; exit 1; }
  echo "http://127.0.0.1:$port"
}

up() {
  install_postgres
  mkdir -p "$CLUSTER"
  local state_url urls=() n
  state_url=$(start_postgres)
  for n in $(seq "$NODES"); do urls+=("$(start_node "$n")"); done
  local joined
  joined=$(IFS=,; echo "${urls[*]}")
  "$PY" -m matra_crawler deploy "$joined"
  printf 'MATRA_STATE_URL=%s\nMATRA_SCRAPYD_URLS=%s\n' "$state_url" "$joined" >"$ENV_FILE"
  echo "cluster up: $(tr '\n' ' ' <"$ENV_FILE")"
}

down() {
  local dir bin
  for dir in "$CLUSTER"/node*; do
    [ -f "$dir/pid" ] || continue
    kill "$(cat "$dir/pid")" 2>/dev/null || true
    rm -f "$dir/pid" "$dir/port"
  done
  if [ -f "$CLUSTER/pg/data/PG_VERSION" ] && bin=$(pg_bin); then
    as_pg "$bin/pg_ctl" -D "$CLUSTER/pg/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -f "$ENV_FILE"
  echo "cluster down"
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  *) echo "usage: $0 up|down" >&2; exit 2 ;;
esac
