#!/bin/bash
# shellcheck source-path=SCRIPTDIR
# Run on YOUR computer (the one with the SSH key): copies the head node's munge key to every
# other node through an SSH pipe, so the key is never written to disk on the way, and
# restarts munge and slurmd there. Then checks that each node accepts the head's credentials.
#
# Usage: bash bootstrap/copy-munge-key.sh
set -euo pipefail
BUNDLE_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../cluster.env
source "$BUNDLE_DIR/cluster.env"

SSH=(ssh -o BatchMode=yes -o ConnectTimeout=10)
# Runs on each node: the key arrives on stdin and is written owner munge, mode 0400.
# shellcheck disable=SC2016  # expanded by the remote shell
install_key='umask 077 && cat >/etc/munge/munge.key.new && chown munge:munge /etc/munge/munge.key.new && chmod 0400 /etc/munge/munge.key.new && mv -f /etc/munge/munge.key.new /etc/munge/munge.key && systemctl restart munge && (systemctl restart slurmd || true)'

failed=0
for i in "${!NODE_NAMES[@]}"; do
  node="${NODE_NAMES[$i]}"
  addr="${NODE_ADDRS[$i]}"
  [[ "$node" != "$HEAD_NAME" ]] || continue
  printf 'copy-munge-key: %s (%s)\n' "$node" "$addr" >&2
  if ! "${SSH[@]}" "$CLUSTER_USER@$HEAD_ADDR" sudo cat /etc/munge/munge.key |
    "${SSH[@]}" "$CLUSTER_USER@$addr" sudo sh -c "$(printf '%q' "$install_key")"; then
    printf 'copy-munge-key: failed for %s: check that "ssh %s@%s true" works without a password\n' \
      "$node" "$CLUSTER_USER" "$addr" >&2
    failed=1
    continue
  fi
  if "${SSH[@]}" "$CLUSTER_USER@$HEAD_ADDR" munge -n | "${SSH[@]}" "$CLUSTER_USER@$addr" unmunge >/dev/null; then
    printf 'copy-munge-key: %s accepts credentials from %s\n' "$node" "$HEAD_NAME" >&2
  else
    printf 'copy-munge-key: %s rejects credentials from %s: check the clocks (chronyc tracking)\n' \
      "$node" "$HEAD_NAME" >&2
    failed=1
  fi
done
exit "$failed"
