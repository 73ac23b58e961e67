#!/usr/bin/env bash
# Makes the production realm out of the realm as code (deploy/keycloak/ducha-realm.json) and a
# fresh secret for every confidential client, written both into the realm to import and into
# the configuration of the node (or gateway) that uses it. Run once per installation, on the
# machine of the realm's administrator; hand each env file to its node's administrators only.
#
#   generate-node-secrets.sh <ducha-realm.json> <out-dir> <gateway redirect URI>
#     e.g. generate-node-secrets.sh deploy/keycloak/ducha-realm.json /secure/ducha-realm \
#            https://ducha.gd.example.gov.cn/login/oauth2/code/keycloak
#
# Writes, in <out-dir> (created 0700):
#   ducha-realm-production.json  the realm to import: no demo people, passwords or one-time-code
#                                secrets (only the nodes' service accounts stay), no password-grant
#                                client ducha-cli, TLS required everywhere, the given redirect URI,
#                                the SMTP server of SMTP_HOST/SMTP_PORT/SMTP_FROM (else none), a
#                                fresh secret per client
#   node-<code>.env              NODE_CLIENT_SECRET=… for node <code> (systemd EnvironmentFile, 0600)
#   gateway.env                  GATEWAY_CLIENT_SECRET=…
# Needs only a JDK 17+ and the launcher jar (./mvnw -pl deploy -am package -DskipTests, or
# DUCHA_LAUNCHER_JAR=<path>); the secrets are 256 random bits each (SecureRandom).
set -euo pipefail
umask 077

if (( $# != 3 )); then
	sed -n '2,20p' "$0" >&2
	exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
jar=${DUCHA_LAUNCHER_JAR:-$(ls "$here"/../../target/ducha-deploy-*-launcher.jar 2>/dev/null | head -n 1 || true)}
if [[ -z "$jar" || ! -r "$jar" ]]; then
	echo "the launcher jar is missing: build it (./mvnw -pl deploy -am package -DskipTests) or set DUCHA_LAUNCHER_JAR" >&2
	exit 1
fi
exec java -jar "$jar" production-realm "$@"
