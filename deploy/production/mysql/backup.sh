#!/usr/bin/env bash
# Backs up a node's MariaDB server with mariadb-backup and archives its binary logs, for a
# point-in-time restore (restore.sh). Runs on the database machine: mariadb-backup copies the
# server's data files, so the backup holds every schema of that server (one server per node, as
# deploy/production/config names them: db-<code>).
#
#   backup.sh <node-code> [full | binlogs-only]
#
# Environment:
#   BACKUP_DIR      where backups and binary logs go (default /var/backups/ducha)
#   MYSQL_DEFAULTS  a client option file with the socket or host/port, user (ducha_backup) and
#                   password in its [client] group and nothing else (mariadb-binlog refuses options
#                   such as default-character-set there), mode 0600 (default /etc/ducha/backup.cnf);
#                   no password on the command line
#   KEEP_DAYS       backups older than this are deleted (default 35)
#
# A full backup is consistent without locking the node out (InnoDB pages are copied while it
# writes, then its redo log is applied by --prepare, here at once so that a restore only copies
# files back). mariadb-backup records the binary log file, position and GTID of that moment in
# <backup>/xtrabackup_binlog_info; restore.sh replays the binary logs from there. Schedule it
# daily and the binary log archiving more often ("backup.sh <code> binlogs-only", every 15
# minutes), which bounds what a lost machine loses to that interval; keep log_bin on another disk
# than the data (my.cnf) and a restore reaches the last transaction.
set -euo pipefail

code="${1:?usage: backup.sh <node-code> [full|binlogs-only]}"
mode="${2:-full}"
[[ "$code" =~ ^[0-9]{6}$ ]] || { echo "node code must be six digits: $code" >&2; exit 2; }
backup_dir="${BACKUP_DIR:-/var/backups/ducha}"
defaults="${MYSQL_DEFAULTS:-/etc/ducha/backup.cnf}"
keep_days="${KEEP_DAYS:-35}"
binlog_dir="${backup_dir}/binlogs"
base_dir="${backup_dir}/ducha_${code}"
mkdir -p "$binlog_dir" "$base_dir"
umask 077

client() { mariadb --defaults-extra-file="$defaults" --batch --skip-column-names "$@"; }

archive_binlogs() {
  # every binary log but the one being written, fetched over the replication protocol; a file
  # is fetched again until it is closed
  local current files file
  client -e 'FLUSH BINARY LOGS'
  mapfile -t files < <(client -e 'SHOW BINARY LOGS' | awk '{print $1}')
  current="${files[-1]}"
  for file in "${files[@]}"; do
    [[ "$file" == "$current" ]] && continue
    [[ -s "$binlog_dir/$file" ]] && continue
    mariadb-binlog --defaults-extra-file="$defaults" --read-from-remote-server --raw \
      --result-file="$binlog_dir/" "$file"
    echo "archived $file"
  done
}

if [[ "$mode" == "full" ]]; then
  stamp="$(date -u +%Y%m%dT%H%M%S%3NZ)"
  target="$base_dir/$stamp"
  mariadb-backup --defaults-extra-file="$defaults" --backup --target-dir="$target.partial" \
    > "$base_dir/$stamp.log" 2>&1 || { echo "mariadb-backup --backup failed, see $base_dir/$stamp.log" >&2; exit 1; }
  mariadb-backup --prepare --target-dir="$target.partial" \
    >> "$base_dir/$stamp.log" 2>&1 || { echo "mariadb-backup --prepare failed, see $base_dir/$stamp.log" >&2; exit 1; }
  mv "$target.partial" "$target"
  mv "$base_dir/$stamp.log" "$target/backup.log"
  echo "backed up the server of $code to $target ($(cut -f1,2 "$target/xtrabackup_binlog_info" | tr '\t' ':'))"
  find "$base_dir" -mindepth 1 -maxdepth 1 -mtime +"$keep_days" -exec rm -rf {} +
elif [[ "$mode" != "binlogs-only" ]]; then
  echo "unknown mode $mode" >&2; exit 2
fi

archive_binlogs
