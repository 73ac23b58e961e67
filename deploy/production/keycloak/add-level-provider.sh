#!/usr/bin/env bash
# Adds a level's own sign-in (统一身份认证) to the ducha realm through Keycloak's admin API.
# Usage: KC=https://id.example.gov.cn ADMIN_USER=… ADMIN_PASSWORD=… \
#        ALIAS=yangjiang DISPLAY='阳江市统一身份认证' LEVEL_REGEX='^(441700|441702|441704|441721|441781)$' \
#        ISSUER=https://sso.yangjiang.gov.cn/realms/unified CLIENT_ID=ducha-broker CLIENT_SECRET=… \
#        UNITS=units.txt ./add-level-provider.sh
# UNITS: one line per group the level's people may land in: "<unit_code claim> <group path>", e.g.
#   441700 /440000/441700
#   441700:jyj /440000/441700/jyj
# LEVEL_REGEX lists the level's node codes (a node's place in the tree is configuration, never read
# from the digits of its code). Needs curl and jq. Idempotent only for the mappers' names; run it once
# per provider. Run by hand against Keycloak 26.5.6 on 2026-12-07 (docs/security.md §1.7); not run in CI.
set -euo pipefail
: "${KC:?}" "${ADMIN_USER:?}" "${ADMIN_PASSWORD:?}" "${ALIAS:?}" "${DISPLAY:?}" "${LEVEL_REGEX:?}"
: "${ISSUER:?}" "${CLIENT_ID:?}" "${CLIENT_SECRET:?}" "${UNITS:?}"
REALM=${REALM:-ducha}
API="$KC/admin/realms/$REALM"

token() {
	curl -fsS -d grant_type=password -d client_id=admin-cli --data-urlencode "username=$ADMIN_USER" \
		--data-urlencode "password=$ADMIN_PASSWORD" "$KC/realms/master/protocol/openid-connect/token" | jq -r .access_token
}
TOKEN=$(token)
api() { # method path [json]
	curl -fsS -X "$1" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
		${3:+--data-binary "$3"} "$API$2"
}
enc() { jq -rn --arg v "$1" '$v|@uri'; }

# 1. the flows: first sign-in creates the account; every sign-in refused outside the level
FIRST="ducha first broker login"
POST="ducha post broker login $ALIAS"
OUTSIDE="$POST outside"
if ! api GET "/authentication/flows" | jq -e --arg a "$FIRST" 'any(.[]; .alias == $a)' >/dev/null; then
	api POST /authentication/flows "$(jq -n --arg a "$FIRST" \
		'{alias:$a, providerId:"basic-flow", topLevel:true, builtIn:false, description:"First sign-in through a level provider: creates the account"}')"
	api POST "/authentication/flows/$(enc "$FIRST")/executions/execution" '{"provider":"idp-create-user-if-unique"}'
	id=$(api GET "/authentication/flows/$(enc "$FIRST")/executions" | jq -r '.[0].id')
	api PUT "/authentication/flows/$(enc "$FIRST")/executions" "{\"id\":\"$id\",\"requirement\":\"REQUIRED\"}"
fi
api POST /authentication/flows "$(jq -n --arg a "$POST" \
	'{alias:$a, providerId:"basic-flow", topLevel:true, builtIn:false, description:"Refused unless the account sits in the level"}')"
api POST "/authentication/flows/$(enc "$POST")/executions/flow" "$(jq -n --arg a "$OUTSIDE" '{alias:$a, type:"basic-flow", description:"No group of the level: access denied"}')"
api POST "/authentication/flows/$(enc "$POST")/executions/execution" '{"provider":"allow-access-authenticator"}'
api POST "/authentication/flows/$(enc "$OUTSIDE")/executions/execution" '{"provider":"conditional-user-attribute"}'
api POST "/authentication/flows/$(enc "$OUTSIDE")/executions/execution" '{"provider":"deny-access-authenticator"}'
executions=$(api GET "/authentication/flows/$(enc "$POST")/executions")
set_requirement() { # flow-alias execution-json requirement
	api PUT "/authentication/flows/$(enc "$1")/executions" "$(jq -c --arg r "$3" '.requirement = $r' <<<"$2")"
}
set_requirement "$POST" "$(jq -c --arg a "$OUTSIDE" '.[] | select(.displayName == $a)' <<<"$executions")" CONDITIONAL
set_requirement "$POST" "$(jq -c '.[] | select(.providerId == "allow-access-authenticator")' <<<"$executions")" REQUIRED
for provider in conditional-user-attribute deny-access-authenticator; do
	set_requirement "$POST" "$(jq -c --arg p "$provider" '.[] | select(.providerId == $p)' <<<"$executions")" REQUIRED
done
condition=$(jq -r '.[] | select(.providerId == "conditional-user-attribute") | .id' <<<"$executions")
deny=$(jq -r '.[] | select(.providerId == "deny-access-authenticator") | .id' <<<"$executions")
api POST "/authentication/executions/$condition/config" "$(jq -n --arg a "ducha outside $ALIAS" --arg r "$LEVEL_REGEX" \
	'{alias:$a, config:{attribute_name:"orgCode", attribute_expected_value:$r, regex:"true", include_group_attributes:"true", not:"true"}}')"
api POST "/authentication/executions/$deny/config" "$(jq -n --arg a "ducha deny outside $ALIAS" \
	'{alias:$a, config:{denyErrorMessage:"duchaBrokerUnitOutside"}}')"

# 2. the provider (discovery gives its endpoints)
discovery=$(curl -fsS "$ISSUER/.well-known/openid-configuration")
api POST /identity-provider/instances "$(jq -n --argjson d "$discovery" --arg alias "$ALIAS" --arg display "$DISPLAY" \
	--arg id "$CLIENT_ID" --arg secret "$CLIENT_SECRET" --arg first "$FIRST" --arg post "$POST" '{
	alias:$alias, displayName:$display, providerId:"oidc", enabled:true, trustEmail:true, storeToken:false,
	firstBrokerLoginFlowAlias:$first, postBrokerLoginFlowAlias:$post,
	config:{issuer:$d.issuer, authorizationUrl:$d.authorization_endpoint, tokenUrl:$d.token_endpoint,
		userInfoUrl:$d.userinfo_endpoint, jwksUrl:$d.jwks_uri, logoutUrl:($d.end_session_endpoint // ""),
		useJwksUrl:"true", validateSignature:"true", clientId:$id, clientSecret:$secret,
		clientAuthMethod:"client_secret_post", defaultScope:"openid profile email",
		pkceEnabled:"true", pkceMethod:"S256", syncMode:"FORCE"}}')"

# 3. its mappers: groups of the level only, business roles only (never sysadmin/secadmin/auditor/node)
while read -r unit path; do
	[ -z "$unit" ] && continue
	case "$unit" in \#*) continue ;; esac
	api POST "/identity-provider/instances/$ALIAS/mappers" "$(jq -n --arg alias "$ALIAS" --arg unit "$unit" --arg path "$path" '{
		name:("group " + $unit), identityProviderAlias:$alias, identityProviderMapper:"oidc-advanced-group-idp-mapper",
		config:{syncMode:"INHERIT", claims:([{key:"unit_code", value:$unit}] | tojson), "are.claim.values.regex":"false", group:$path}}')"
done <"$UNITS"
for role in supervisor leader handler unit-head observer; do
	api POST "/identity-provider/instances/$ALIAS/mappers" "$(jq -n --arg alias "$ALIAS" --arg role "$role" '{
		name:("role " + $role), identityProviderAlias:$alias, identityProviderMapper:"oidc-role-idp-mapper",
		config:{syncMode:"INHERIT", claim:"ducha_roles", "claim.value":$role, role:$role}}')"
done

# 4. the messages (the realm file carries them already; kept here for a realm made without it)
put_text() { curl -fsS -X PUT -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/plain; charset=utf-8' \
	--data-binary "$3" "$API/localization/$1/$2"; }
refused='拒绝登录：统一身份认证给出的单位不在其所属行政区域内，不能通过它登录本系统，请使用本系统账号或联系上级系统管理员。 Sign-in refused: the unit named by this sign-in provider is outside its area; sign in with a Ducha account or ask the system administrator of the level above.'
down='统一身份认证暂时无法使用，登录未完成；请稍后再试，或使用本系统账号登录。 The sign-in provider is unavailable and the sign-in did not complete; try again later or sign in with a Ducha account.'
for locale in zh-CN en; do
	put_text "$locale" duchaBrokerUnitOutside "$refused"
	put_text "$locale" identityProviderUnexpectedErrorMessage "$down"
done
echo "provider $ALIAS added; its client must allow the redirect URI $KC/realms/$REALM/broker/$ALIAS/endpoint"
