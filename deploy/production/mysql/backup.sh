#!/usr/bin/env bash
# Backs up one node's schema and archives the server's binary logs, for point-in-time restore.
#
#   backup.sh <node-code>
#
# Environment:
#   BACKUP_DIR         where dumps and binary logs go (default /var/backups/ducha)
#   MYSQL_DEFAULTS     a client option file with host, port, user (ducha_backup) and password,
#                      mode 0600 (default /etc/ducha/backup.cnf); no password on the command line
#   KEEP_DAYS          dumps older than this are deleted (default 35)
#
# The dump is consistent without locking the node out: --single-transaction reads one InnoDB
# snapshot; --source-data=2 writes the binary log file and position of that snapshot as a comment
# (restore.sh replays the binary logs from there). Schedule it daily (cron or a systemd timer) and
# run the binary log archiving more often (every 15 minutes: "backup.sh <code> binlogs-only"),
# which bounds what a lost server can lose to that interval.
set -euo pipefail

code="${1:?usage: backup.sh <node-code> [binlogs-only]}"
mode="${2:-full}"
[[ "$code" =~ ^[0-9]{6}$ ]] || { echo "node code must be six digits: $code" >&2; exit 2; }
schema="ducha_${code}"
backup_dir="${BACKUP_DIR:-/var/backups/ducha}"
defaults="${MYSQL_DEFAULTS:-/etc/ducha/backup.cnf}"
keep_days="${KEEP_DAYS:-35}"
binlog_dir="${backup_dir}/binlogs"
dump_dir="${backup_dir}/${schema}"
mkdir -p "$binlog_dir" "$dump_dir"
umask 077

mysql_cmd() { mysql --defaults-extra-file="$defaults" --batch --skip-column-names "$@"; }

archive_binlogs() {
  # every binary log but the one being written, fetched over the replication protocol (so the
  # database may be on another machine); a file is fetched again until it is closed
  local current files file
  mysql_cmd -e 'FLUSH BINARY LOGS'
  mapfile -t files < <(mysql_cmd -e 'SHOW BINARY LOGS' | awk '{print $1}')
  current="${files[-1]}"
  for file in "${files[@]}"; do
    [[ "$file" == "$current" ]] && continue
    [[ -s "$binlog_dir/$file" ]] && continue
    mysqlbinlog --defaults-extra-file="$defaults" --read-from-remote-server --raw \
      --result-file="$binlog_dir/" "$file"
    echo "archived $file"
  done
}

if [[ "$mode" != "binlogs-only" ]]; then
  stamp="$(date -u +%Y%m%dT%H%M%SZ)"
  out="$dump_dir/${schema}-${stamp}.sql.gz"
  # --source-data needs MySQL 8.0.26+; on older servers and MariaDB the option is --master-data
  mysqldump --defaults-extra-file="$defaults" \
    --single-transaction --quick --source-data=2 --set-gtid-purged=COMMENTED \
    --routines --triggers --events --hex-blob --default-character-set=utf8mb4 \
    --databases "$schema" | gzip -9 > "$out.partial"
  mv "$out.partial" "$out"
  sha256sum "$out" > "$out.sha256"
  echo "dumped $schema to $out"
  find "$dump_dir" -name "${schema}-*.sql.gz*" -mtime +"$keep_days" -delete
fi

archive_binlogs
