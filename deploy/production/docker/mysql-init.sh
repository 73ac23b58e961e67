#!/bin/bash
# Run by the mysql image on the first start only (/docker-entrypoint-initdb.d): creates the node's
# schema and least-privilege user with ../mysql/create-user.sql.
set -euo pipefail
[[ "${NODE_CODE:-}" =~ ^[0-9]{6}$ ]] || { echo "NODE_CODE must be six digits" >&2; exit 1; }
[[ -n "${NODE_DB_PASSWORD:-}" && "$NODE_DB_PASSWORD" != *"'"* && "$NODE_DB_PASSWORD" != *"\\"* ]] \
  || { echo "NODE_DB_PASSWORD must be set, without quotes or backslashes" >&2; exit 1; }
mysql --protocol=socket -uroot -p"${MYSQL_ROOT_PASSWORD}" -e \
  "SET @node_code='${NODE_CODE}', @app_password='${NODE_DB_PASSWORD}', @app_host='%'; SOURCE /opt/ducha-sql/create-user.sql"
