# The bearer token the ops scripts call Tierless with: TIERLESS_TOKEN when set, else a password grant at the local
# demo realm ($realm) for TIERLESS_ADMIN_USER (default: the user named as the first argument), password
# TIERLESS_ADMIN_PASSWORD (default demo). Source it, then: access=$(staff_token platform.admin || true)
staff_token() {
  if [ -n "${TIERLESS_TOKEN:-}" ]; then echo "$TIERLESS_TOKEN"; return; fi
  curl -sf -d grant_type=password -d client_id=tierless-cli -d "username=${TIERLESS_ADMIN_USER:-$1}" \
    -d "password=${TIERLESS_ADMIN_PASSWORD:-demo}" "$realm/protocol/openid-connect/token" \
    | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}
