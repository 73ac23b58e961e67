#!/usr/bin/env bash
# Restores one node's schema from a dump of backup.sh and, optionally, replays the archived
# binary logs up to a moment (point-in-time restore). Stop the node first.
#
#   restore.sh <node-code> <dump.sql.gz> [--binlogs DIR] [--stop-datetime 'YYYY-MM-DD HH:MM:SS' | --stop-position N]
#
# Environment:
#   MYSQL_DEFAULTS   a client option file of an administrator (replaying binary logs needs
#                    BINLOG_ADMIN or REPLICATION_APPLIER, dropping the schema needs DROP)
#   CONFIRM=yes      required: the schema ducha_<code> is dropped and re-created
#
# --stop-datetime is the server's time zone (the my.cnf of this folder: UTC) and excludes the
# event at that time; find the first unwanted transaction with
#   mysqlbinlog --base64-output=DECODE-ROWS -vv DIR/binlog.000042 | less
# and pass its "# at <position>" as --stop-position.
set -euo pipefail

code="${1:?usage: restore.sh <node-code> <dump.sql.gz> [--binlogs DIR] [--stop-datetime T | --stop-position N]}"
dump="${2:?the dump file}"
shift 2
binlogs=""
stop=()
while (($#)); do
  case "$1" in
    --binlogs) binlogs="$2"; shift 2 ;;
    --stop-datetime) stop=(--stop-datetime="$2"); shift 2 ;;
    --stop-position) stop=(--stop-position="$2"); shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[[ "$code" =~ ^[0-9]{6}$ ]] || { echo "node code must be six digits: $code" >&2; exit 2; }
[[ "${CONFIRM:-}" == "yes" ]] || { echo "set CONFIRM=yes: ducha_${code} will be dropped" >&2; exit 2; }
schema="ducha_${code}"
defaults="${MYSQL_DEFAULTS:-/etc/ducha/restore.cnf}"
mysql_cmd() { mysql --defaults-extra-file="$defaults" "$@"; }

if [[ -f "$dump.sha256" ]]; then
  sha256sum --check --status "$dump.sha256" || { echo "checksum mismatch: $dump" >&2; exit 1; }
fi

# where the dump's snapshot stands in the binary log:
# -- CHANGE REPLICATION SOURCE TO SOURCE_LOG_FILE='binlog.000042', SOURCE_LOG_POS=157;
# (older servers write CHANGE MASTER TO MASTER_LOG_FILE=…, MASTER_LOG_POS=…)
coordinates="$(zcat "$dump" | head -n 100 | grep -m1 -E "CHANGE (REPLICATION SOURCE|MASTER) TO" || true)"
start_file="$(sed -nE "s/.*_LOG_FILE='([^']+)'.*/\1/p" <<<"$coordinates")"
start_pos="$(sed -nE "s/.*_LOG_POS=([0-9]+).*/\1/p" <<<"$coordinates")"

echo "dropping and restoring $schema from $dump"
mysql_cmd -e "DROP DATABASE IF EXISTS \`$schema\`"
zcat "$dump" | mysql_cmd
echo "restored the dump (binary log position ${start_file:-?}:${start_pos:-?})"

if [[ -n "$binlogs" ]]; then
  [[ -n "$start_file" && -n "$start_pos" ]] || { echo "the dump names no binary log position" >&2; exit 1; }
  mapfile -t files < <(find "$binlogs" -maxdepth 1 -type f -name "${start_file%.*}.[0-9]*" | sort \
    | awk -v first="$binlogs/$start_file" '$0 >= first')
  ((${#files[@]})) || { echo "no archived binary log from $start_file on in $binlogs" >&2; exit 1; }
  echo "replaying ${#files[@]} binary log file(s) from $start_file:$start_pos ${stop[*]:-to the end}"
  # --skip-gtids: the replayed transactions get new GTIDs; without it a server that has executed
  # them already (restoring onto the same server) would silently skip them all.
  # --database: only this node's schema (row events are filtered by their table's schema).
  mysqlbinlog --skip-gtids --database="$schema" --start-position="$start_pos" "${stop[@]}" "${files[@]}" \
    | mysql_cmd
  echo "replayed the binary logs"
fi
echo "done: start the node; its links detect the restored (older) log and ask for a re-sync"
