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
# Needs bash, jq and openssl. The secrets are 256 random bits each (openssl rand).
set -euo pipefail
umask 077

if (( $# != 3 )); then
	sed -n '2,20p' "$0" >&2
	exit 2
fi
realm="$1" out="$2" redirect="$3"
[[ -r "$realm" ]] || { echo "cannot read $realm" >&2; exit 1; }
command -v jq > /dev/null || { echo "jq is needed (apt-get install jq)" >&2; exit 1; }
command -v openssl > /dev/null || { echo "openssl is needed" >&2; exit 1; }
mkdir -p "$out"
chmod 0700 "$out"

secret() { openssl rand -hex 32; }

# one secret per confidential client of the realm, decided here once
secrets='{}'
while IFS= read -r client; do
	secrets=$(jq --arg c "$client" --arg s "$(secret)" '. + {($c): $s}' <<< "$secrets")
done < <(jq -r '.clients[] | select(.publicClient != true and .secret != null) | .clientId' "$realm")

jq --argjson secrets "$secrets" --arg redirect "$redirect" \
	--arg smtpHost "${SMTP_HOST:-}" --arg smtpPort "${SMTP_PORT:-25}" --arg smtpFrom "${SMTP_FROM:-}" '
	.users |= map(select(.serviceAccountClientId != null) | del(.credentials))
	| .clients |= map(select(.clientId != "ducha-cli"))
	| .clients |= map(if $secrets[.clientId] then .secret = $secrets[.clientId] else . end)
	| (.clients[] | select(.clientId == "ducha-gateway")).redirectUris = [$redirect]
	| .sslRequired = "all"
	| .displayNameHtml = .displayName
	| if $smtpHost == "" then del(.smtpServer)
	  else .smtpServer = {host: $smtpHost, port: $smtpPort, from: $smtpFrom, starttls: "true"} end
	' "$realm" > "$out/ducha-realm-production.json"

for client in $(jq -r 'keys[]' <<< "$secrets"); do
	value=$(jq -r --arg c "$client" '.[$c]' <<< "$secrets")
	case "$client" in
		node-*) printf 'NODE_CLIENT_SECRET=%s\n' "$value" > "$out/${client}.env" ;;
		ducha-gateway) printf 'GATEWAY_CLIENT_SECRET=%s\n' "$value" > "$out/gateway.env" ;;
		*) printf 'CLIENT_SECRET=%s\n' "$value" > "$out/${client}.env" ;;
	esac
done
chmod 0600 "$out"/*.env "$out/ducha-realm-production.json"
echo "wrote $out/ducha-realm-production.json and $(jq 'length' <<< "$secrets") secrets ($out/*.env)"
