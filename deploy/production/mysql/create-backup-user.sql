-- The backup user of backup.sh (one per database server, not per node):
--   mysql -u root -p -e "SET @backup_password='…', @backup_host='localhost'; SOURCE create-backup-user.sql"
-- mysqldump --single-transaction --source-data needs SELECT, RELOAD (a brief FLUSH TABLES WITH READ
-- LOCK to read the binary log position), REPLICATION CLIENT (SHOW BINARY LOG STATUS / SHOW BINARY LOGS)
-- and PROCESS; archiving the binary logs with mysqlbinlog --read-from-remote-server needs
-- REPLICATION SLAVE. SHOW VIEW, TRIGGER and EVENT let the dump stay complete if such objects appear.
SET @ddl = CONCAT('CREATE USER IF NOT EXISTS ''ducha_backup''@', QUOTE(@backup_host),
    ' IDENTIFIED BY ', QUOTE(@backup_password));
PREPARE statement FROM @ddl;
EXECUTE statement;
DEALLOCATE PREPARE statement;

SET @ddl = CONCAT('GRANT SELECT, SHOW VIEW, TRIGGER, EVENT, LOCK TABLES, RELOAD, PROCESS, ',
    'REPLICATION CLIENT, REPLICATION SLAVE ON *.* TO ''ducha_backup''@', QUOTE(@backup_host));
PREPARE statement FROM @ddl;
EXECUTE statement;
DEALLOCATE PREPARE statement;
