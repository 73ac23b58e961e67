-- Creates one node's schema (ducha_<code>) and its least-privilege user (ducha_<code>).
-- Run as an administrator, once per node, with the node code and the user's password set:
--
--   mysql -u root -p -e "SET @node_code='441704', @app_password='…', @app_host='10.%'; SOURCE create-user.sql"
--
-- @app_host is where the node connects from ('%' for anywhere, '10.1.2.%', a host name).
-- The node's Flyway migrations (node-core/src/main/resources/db/migration) use CREATE TABLE,
-- ALTER TABLE (including MODIFY COLUMN and ADD UNIQUE KEY), CREATE INDEX, a FOREIGN KEY … REFERENCES
-- and INSERT; the node itself SELECTs, INSERTs, UPDATEs and DELETEs (SELECT … FOR UPDATE takes row
-- locks, which needs no LOCK TABLES). No migration creates views, triggers, routines, events or
-- temporary tables, and nothing runs LOCK TABLES, so those privileges are not granted. DROP is
-- granted for a future migration that replaces or removes a table (none does yet); revoke it and
-- grant it for the upgrade only if you prefer. Flyway's clean stays off (Spring Boot's default).
-- The schema is created here, so the node's JDBC URL needs no createDatabaseIfNotExist.

SET @schema_name = CONCAT('ducha_', @node_code);
SET @user_name = CONCAT('ducha_', @node_code);

SET @ddl = CONCAT('CREATE DATABASE IF NOT EXISTS `', @schema_name,
    '` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
PREPARE statement FROM @ddl;
EXECUTE statement;
DEALLOCATE PREPARE statement;

SET @ddl = CONCAT('CREATE USER IF NOT EXISTS ', QUOTE(@user_name), '@', QUOTE(@app_host),
    ' IDENTIFIED BY ', QUOTE(@app_password), ' PASSWORD EXPIRE NEVER');
PREPARE statement FROM @ddl;
EXECUTE statement;
DEALLOCATE PREPARE statement;

SET @ddl = CONCAT('GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, INDEX, DROP, REFERENCES ON `',
    @schema_name, '`.* TO ', QUOTE(@user_name), '@', QUOTE(@app_host));
PREPARE statement FROM @ddl;
EXECUTE statement;
DEALLOCATE PREPARE statement;

SHOW GRANTS FOR CURRENT_USER();
SELECT @schema_name AS created_schema, @user_name AS created_user, @app_host AS from_host;
