#!/usr/bin/env bash
# `buf lint` and `buf breaking` (against the committed baseline image buf-baseline.binpb) of
# the federation contract, run by `./mvnw verify` in this module. Skipped with a message
# when buf is not installed, unless DUCHA_REQUIRE_BUF=true (as .ci/run sets it).
# buf is looked up as $BUF, on PATH, then in ../.ci/tools and ./node_modules (npm installs).
set -euo pipefail
cd "$(dirname "$0")"

buf="${BUF:-}"
if [[ -z "$buf" ]]; then
	if command -v buf > /dev/null 2>&1; then
		buf=buf
	elif [[ -x ../.ci/tools/node_modules/.bin/buf ]]; then
		buf=../.ci/tools/node_modules/.bin/buf
	elif [[ -x node_modules/.bin/buf ]]; then
		buf=node_modules/.bin/buf
	fi
fi
if [[ -z "$buf" ]]; then
	if [[ "${DUCHA_REQUIRE_BUF:-false}" == "true" ]]; then
		echo "[buf] ERROR: buf is required (DUCHA_REQUIRE_BUF=true) but not installed" >&2
		exit 1
	fi
	echo "[buf] SKIPPED: buf is not installed, so buf lint and buf breaking did not run."
	echo "[buf]          Install it with: npm install --prefix .ci/tools @bufbuild/buf (.ci/run does)"
	exit 0
fi

echo "[buf] buf $("$buf" --version): lint (STANDARD)"
"$buf" lint
echo "[buf] breaking (WIRE_JSON) against buf-baseline.binpb"
"$buf" breaking --against buf-baseline.binpb
echo "[buf] OK"
