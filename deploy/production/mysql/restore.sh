#!/usr/bin/env bash
# Restores a node's MariaDB server from a backup of backup.sh and replays its binary logs up to
# a moment or to the last transaction (point-in-time restore), in two steps:
#
#   restore.sh files  <backup-dir>        # the node and the server stopped
#   (start the server)
#   restore.sh replay <backup-dir> <binlog-dir> [--stop-datetime 'YYYY-MM-DD HH:MM:SS' | --stop-position N]
#   (start the node)
#
# "files" moves the server's data directory aside (to <datadir>.before-restore-<time>) and copies
# the backup's files in; the server then stands where the backup was taken. "replay" replays every
# binary log from the backup's position on: the server's own log_bin folder when it survived (on
# another disk than the data), or the archive of backup.sh; without --stop-… to the last
# transaction written. Skip "replay" to restore the backup only.
#
# Environment:
#   DATADIR          the server's data directory (default /var/lib/mysql)
#   MYSQL_USER       the owner of the data files (default mysql; empty: left as copied)
#   MYSQL_DEFAULTS   a client option file of an administrator (replaying needs SUPER or
#                    BINLOG_REPLAY), default /etc/ducha/restore.cnf
#   CONFIRM=yes      required by "files": the data directory is replaced
#
# --stop-datetime is the server's time zone (my.cnf: UTC) and excludes the event at that time;
# find the first unwanted transaction with
#   mariadb-binlog --base64-output=DECODE-ROWS -vv DIR/binlog.000042 | less
# and pass its "# at <position>" as --stop-position (of the last file replayed).
set -euo pipefail

step="${1:?usage: restore.sh files <backup-dir> | replay <backup-dir> <binlog-dir> [--stop-datetime T | --stop-position N]}"
backup="${2:?the backup directory}"
[[ -f "$backup/xtrabackup_binlog_info" ]] || { echo "not a prepared backup of backup.sh: $backup" >&2; exit 2; }

case "$step" in
  files)
    [[ "${CONFIRM:-}" == "yes" ]] || { echo "set CONFIRM=yes: the data directory will be replaced" >&2; exit 2; }
    datadir="${DATADIR:-/var/lib/mysql}"
    owner="${MYSQL_USER-mysql}"
    if [[ -d "$datadir" ]] && [[ -n "$(ls -A "$datadir")" ]]; then
      aside="$datadir.before-restore-$(date -u +%Y%m%dT%H%M%SZ)"
      mv "$datadir" "$aside"
      echo "moved the data directory aside to $aside"
    fi
    mkdir -p "$datadir"
    mariadb-backup --copy-back --target-dir="$backup" --datadir="$datadir" > "$datadir.restore.log" 2>&1 \
      || { echo "mariadb-backup --copy-back failed, see $datadir.restore.log" >&2; exit 1; }
    [[ -n "$owner" ]] && chown -R "$owner:$owner" "$datadir"
    echo "restored the files of $backup ($(cut -f1,2 "$backup/xtrabackup_binlog_info" | tr '\t' ':')); start the server"
    ;;
  replay)
    binlogs="${3:?the binary log directory}"
    shift 3
    stop=()
    while (($#)); do
      case "$1" in
        --stop-datetime) stop=(--stop-datetime="$2"); shift 2 ;;
        --stop-position) stop=(--stop-position="$2"); shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
      esac
    done
    defaults="${MYSQL_DEFAULTS:-/etc/ducha/restore.cnf}"
    read -r start_file start_pos _ < "$backup/xtrabackup_binlog_info"
    # the file the restored server began at its start: it and those after it hold what the
    # server wrote since (the replay itself), never what is to be replayed
    current="$(mariadb --defaults-extra-file="$defaults" --batch --skip-column-names -e 'SHOW MASTER STATUS' | cut -f1)"
    # the files from the backup's on, in order (binlog.000009 before binlog.000010)
    mapfile -t files < <(find "$binlogs" -maxdepth 1 -type f -name "${start_file%.*}.[0-9]*" | sort \
      | awk -v first="$binlogs/$start_file" -v restarted="$binlogs/${current:-~}" '$0 >= first && $0 < restarted')
    ((${#files[@]})) || { echo "no binary log from $start_file on in $binlogs" >&2; exit 1; }
    echo "replaying ${#files[@]} binary log file(s) from $start_file:$start_pos ${stop[*]:-to the last transaction}"
    # one client session for every file: a transaction spanning a rotation stays whole
    mariadb-binlog --start-position="$start_pos" "${stop[@]}" "${files[@]}" \
      | mariadb --defaults-extra-file="$defaults" --binary-mode
    echo "replayed the binary logs; start the node: its links tell its neighbours it was restored"
    ;;
  *) echo "unknown step $step (files or replay)" >&2; exit 2 ;;
esac
