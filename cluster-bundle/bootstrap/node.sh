#!/bin/bash
# shellcheck source-path=SCRIPTDIR
# Sets up one compute node: packages, /etc/hosts, static address, memory cgroups, time from
# the head node, the shared folder over NFS, slurm.conf and slurmd. The munge key arrives
# from the head through copy-munge-key.sh. Safe to run again.
#
# Usage: sudo bash bootstrap/node.sh NODE      (e.g. pi02)
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

require_root "$@"
(($# == 1)) || die "usage: sudo bash $0 NODE (one of: ${NODE_NAMES[*]})"
NODE="$1"
ADDR="$(node_address "$NODE")" || die "no node '$NODE' in this cluster (nodes: ${NODE_NAMES[*]})"
[[ "$NODE" != "$HEAD_NAME" ]] || die "$NODE is the head node: run bootstrap/head.sh there"

install_packages slurmd slurm-client munge chrony nfs-common "$JAVA_PACKAGE"
ensure_hostname "$NODE"
ensure_hosts_block
ensure_static_address "$ADDR"
ensure_memory_cgroups
ensure_chrony "$BUNDLE_DIR/chrony-node.conf"

# The shared folder from the head node, mounted on first use once the network is up.
mkdir -p "$SHARED_DIR"
fstab_line="$(grep -v '^#' "$BUNDLE_DIR/fstab")"
if grep -qxF "$fstab_line" /etc/fstab; then
  say "/etc/fstab already mounts $SHARED_DIR"
else
  say "adding $SHARED_DIR to /etc/fstab"
  printf '%s\n' "$fstab_line" >>/etc/fstab
  systemctl daemon-reload
fi
if ! mountpoint -q "$SHARED_DIR"; then
  mount "$SHARED_DIR" || say "cannot mount $SHARED_DIR yet; is $HEAD_NAME up and exporting it?"
fi

ensure_service munge 0
ensure_slurm_config
install -d -o slurm -g slurm /var/lib/slurm/slurmd /var/log/slurm
ensure_service slurmd "$SLURM_CONFIG_CHANGED"

say "node $NODE done. Reboot once if memory cgroups or the address were just set;"
say "then run copy-munge-key.sh on your computer so every node shares the head's key."
