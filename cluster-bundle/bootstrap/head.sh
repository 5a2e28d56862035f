#!/bin/bash
# shellcheck source-path=SCRIPTDIR
# Sets up the head node: packages, /etc/hosts, static address, memory cgroups, time server,
# the NFS export of the shared folder, the munge key (created here, on the head, and never
# written into the bundle), slurm.conf, and the daemons (slurmctld, and slurmd because the
# head computes too). Safe to run again: each step checks before it changes anything.
#
# Usage: sudo bash bootstrap/head.sh
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

require_root "$@"
(($# == 0)) || die "usage: sudo bash $0 (the head node is $HEAD_NAME)"
if [[ "$(hostname)" != "$HEAD_NAME" ]]; then
  say "note: this machine is called $(hostname); it becomes $HEAD_NAME"
fi

install_packages slurm-wlm munge chrony nfs-kernel-server "$JAVA_PACKAGE"
ensure_hostname "$HEAD_NAME"
ensure_hosts_block
ensure_static_address "$HEAD_ADDR"
ensure_memory_cgroups
ensure_chrony "$BUNDLE_DIR/chrony-head.conf"

# The shared folder: the engine jar, specs and results live here for every node.
if [[ ! -d "$SHARED_DIR" ]]; then
  say "creating $SHARED_DIR (mount a USB drive there first if you have one)"
  mkdir -p "$SHARED_DIR"
fi
mkdir -p "$SHARED_DIR/pilab"
chown "$CLUSTER_USER:$CLUSTER_USER" "$SHARED_DIR/pilab"
if [[ -n "$(install_file "$BUNDLE_DIR/exports" /etc/exports.d/pilab.exports 0644)" ]]; then
  say "exporting $SHARED_DIR to $SUBNET"
fi
exportfs -ra
ensure_service nfs-kernel-server 0

# munge: the package made a random key on install. Keep it (it is the cluster's key);
# create one only if it is missing. copy-munge-key.sh copies it to the other nodes over SSH.
key=/etc/munge/munge.key
if [[ ! -s "$key" ]]; then
  say "creating the munge key"
  mungekey --create --keyfile="$key"
fi
chown munge:munge "$key"
chmod 0400 "$key"
ensure_service munge 0

ensure_slurm_config
install -d -o slurm -g slurm /var/lib/slurm/slurmctld /var/log/slurm
ensure_service slurmctld "$SLURM_CONFIG_CHANGED"
ensure_service slurmd "$SLURM_CONFIG_CHANGED"

say "head node $HEAD_NAME done. Reboot once if memory cgroups or the address were just set."
