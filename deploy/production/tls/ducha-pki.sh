#!/usr/bin/env bash
# The federation's certificates for mutual TLS on links, with openssl (1.1.1 or 3.x).
#
#   ducha-pki.sh ca                      creates ca/ca.crt and ca/ca.key (once per federation)
#   ducha-pki.sh node <code> [dns ...]   issues nodes/<code>/<code>.crt and <code>.key
#
# Environment: PKI_DIR (default ./ducha-pki), CA_DAYS (default 3650), NODE_DAYS (default 825).
#
# What a node expects (org.ducha.node.pki.NodeCertificates, federation.grpc.NodeTrustManager):
# - the peer's certificate chains to the CA named by ducha.node.tls.ca;
# - it names the node in a URI SAN urn:ducha:node:<code> (that is what identifies the peer;
#   its Hello and, with Keycloak, its node token must name the same code); the subject is
#   CN=<code>,O=Ducha like the development certificates;
# - host names are not checked, but DNS names given here are added (useful for other tools);
# - serverAuth and clientAuth: every node is a client of its parent and a server of its children;
# - the private key is a PEM PKCS#8 file ("BEGIN PRIVATE KEY"), as ducha.node.tls.private-key
#   requires; keys are EC P-256, like the generated ones.
# Keep ca.key offline (not on any node). Each node gets ca.crt, its <code>.crt and <code>.key.
set -euo pipefail

pki_dir="${PKI_DIR:-./ducha-pki}"
ca_dir="$pki_dir/ca"
umask 077

new_key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1"; }

create_ca() {
  mkdir -p "$ca_dir"
  if [[ -f "$ca_dir/ca.crt" ]]; then
    echo "$ca_dir/ca.crt exists; not replacing it" >&2
    return 0
  fi
  new_key "$ca_dir/ca.key"
  openssl req -x509 -new -key "$ca_dir/ca.key" -sha256 -days "${CA_DAYS:-3650}" \
    -subj "/O=Ducha/CN=Ducha federation CA" \
    -addext "basicConstraints=critical,CA:TRUE,pathlen:0" \
    -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -addext "subjectKeyIdentifier=hash" \
    -out "$ca_dir/ca.crt"
  chmod 644 "$ca_dir/ca.crt"
  echo "created $ca_dir/ca.crt (keep $ca_dir/ca.key offline)"
}

issue_node() {
  local code="$1"
  shift
  [[ "$code" =~ ^[0-9]{6}$ ]] || { echo "a node code is six digits (GB/T 2260): $code" >&2; exit 2; }
  [[ -f "$ca_dir/ca.crt" && -f "$ca_dir/ca.key" ]] || { echo "no CA in $ca_dir: run '$0 ca' first" >&2; exit 1; }
  local dir="$pki_dir/nodes/$code"
  mkdir -p "$dir"
  local san="URI:urn:ducha:node:$code"
  local dns
  for dns in "$@"; do
    san="$san,DNS:$dns"
  done
  local ext="$dir/$code.ext"
  cat > "$ext" <<EXT
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment, keyAgreement
extendedKeyUsage = serverAuth, clientAuth
subjectAltName = $san
authorityKeyIdentifier = keyid
subjectKeyIdentifier = hash
EXT
  new_key "$dir/$code.key"
  openssl req -new -key "$dir/$code.key" -subj "/O=Ducha/CN=$code" -out "$dir/$code.csr"
  openssl x509 -req -in "$dir/$code.csr" -CA "$ca_dir/ca.crt" -CAkey "$ca_dir/ca.key" \
    -set_serial "0x$(openssl rand -hex 16)" -days "${NODE_DAYS:-825}" -sha256 \
    -extfile "$ext" -out "$dir/$code.crt"
  rm -f "$dir/$code.csr" "$ext"
  cp "$ca_dir/ca.crt" "$dir/ca.crt"
  chmod 644 "$dir/$code.crt" "$dir/ca.crt"
  openssl verify -CAfile "$ca_dir/ca.crt" "$dir/$code.crt"
  echo "issued $dir/$code.crt for node $code ($san)"
}

case "${1:-}" in
  ca) create_ca ;;
  node) shift; issue_node "${1:?usage: $0 node <code> [dns ...]}" "${@:2}" ;;
  *) echo "usage: $0 ca | node <code> [dns ...]" >&2; exit 2 ;;
esac
