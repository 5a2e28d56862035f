# shellcheck shell=bash source-path=SCRIPTDIR
# Shared functions of head.sh and node.sh. Sourced, never run. Every step checks before it
# changes anything, so running a script twice changes nothing the second time.

BUNDLE_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly BUNDLE_DIR
# shellcheck source=../cluster.env
source "$BUNDLE_DIR/cluster.env"

HOSTS_BEGIN="# BEGIN pilab cluster $CLUSTER_NAME"
HOSTS_END="# END pilab cluster $CLUSTER_NAME"
readonly HOSTS_BEGIN HOSTS_END

say() {
  printf 'bootstrap: %s\n' "$*" >&2
}

die() {
  printf 'bootstrap: error: %s\n' "$*" >&2
  exit 1
}

require_root() {
  [[ "$(id -u)" == 0 ]] || die "run me as root: sudo bash $0 $*"
}

# The static address of a node named in cluster.env.
node_address() {
  local name="$1" i
  for i in "${!NODE_NAMES[@]}"; do
    if [[ "${NODE_NAMES[$i]}" == "$name" ]]; then
      printf '%s\n' "${NODE_ADDRS[$i]}"
      return 0
    fi
  done
  return 1
}

# Installs only the packages that are missing (apt-get update once, and only then).
install_packages() {
  local missing=() p
  for p in "$@"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  if ((${#missing[@]} == 0)); then
    say "packages already installed: $*"
    return 0
  fi
  say "installing: ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
}

# Sets the host name (cloud-init and custom.toml do it at first boot; this repairs a drift).
ensure_hostname() {
  local name="$1"
  if [[ "$(hostname)" != "$name" ]]; then
    say "setting host name $name"
    hostnamectl set-hostname "$name"
  fi
}

# Keeps the cluster's lines in /etc/hosts between two marker lines, replacing an older block.
ensure_hosts_block() {
  local block="$BUNDLE_DIR/hosts" tmp
  tmp="$(mktemp)"
  awk -v b="$HOSTS_BEGIN" -v e="$HOSTS_END" '
    $0 == b { skip = 1; next }
    $0 == e { skip = 0; next }
    !skip { print }' /etc/hosts >"$tmp"
  {
    printf '%s\n' "$HOSTS_BEGIN"
    cat "$block"
    printf '%s\n' "$HOSTS_END"
  } >>"$tmp"
  if cmp -s "$tmp" /etc/hosts; then
    say "/etc/hosts already lists the cluster"
    rm -f "$tmp"
  else
    say "updating /etc/hosts"
    cat "$tmp" >/etc/hosts
    rm -f "$tmp"
  fi
}

# Bookworm: the address goes into NetworkManager's profile and takes effect at the reboot that
# the memory cgroups need anyway (changing it now would cut this SSH session).
# Cloud-init systems got their address from network-config at first boot.
ensure_static_address() {
  local address="$1" con="Wired connection 1" current
  if [[ "$OS_RELEASE" != bookworm ]]; then
    say "static address $address comes from network-config (cloud-init)"
    return 0
  fi
  command -v nmcli >/dev/null 2>&1 || die "nmcli not found: is NetworkManager installed?"
  nmcli -t -f NAME con show | grep -qxF "$con" ||
    die "no NetworkManager connection named '$con'; set $address/$PREFIX_LENGTH by hand (see README.md)"
  current="$(nmcli -g ipv4.addresses con show "$con")"
  if [[ "$current" == "$address/$PREFIX_LENGTH" ]]; then
    say "static address $address already set"
    return 0
  fi
  say "setting static address $address/$PREFIX_LENGTH (active after the reboot)"
  nmcli con mod "$con" ipv4.addresses "$address/$PREFIX_LENGTH" ipv4.gateway "$GATEWAY" \
    ipv4.dns "$GATEWAY" ipv4.method manual
}

# The Pi kernel boots with memory cgroups off; SLURM's cgroup plugins need them.
ensure_memory_cgroups() {
  local cmdline=/boot/firmware/cmdline.txt
  if [[ ! -f "$cmdline" ]]; then
    say "no $cmdline: add 'cgroup_enable=memory cgroup_memory=1' to the kernel command line by hand"
    return 0
  fi
  if grep -q 'cgroup_memory=1' "$cmdline"; then
    say "memory cgroups already enabled in $cmdline"
    return 0
  fi
  say "enabling memory cgroups in $cmdline (active after the reboot)"
  # cmdline.txt is ONE line: append to it, never add a second line.
  sed -i '1 s/$/ cgroup_enable=memory cgroup_memory=1/' "$cmdline"
}

# Copies a bundle file into place only when it differs; prints "changed" when it did.
install_file() {
  local src="$1" dest="$2" mode="$3"
  if [[ -f "$dest" ]] && cmp -s "$src" "$dest"; then
    return 0
  fi
  install -D -m "$mode" "$src" "$dest"
  echo changed
}

# Sets SLURM_CONFIG_CHANGED (read by head.sh and node.sh) to 1 when a file was replaced.
# shellcheck disable=SC2034
ensure_slurm_config() {
  local changed=""
  changed+="$(install_file "$BUNDLE_DIR/slurm.conf" /etc/slurm/slurm.conf 0644)"
  changed+="$(install_file "$BUNDLE_DIR/cgroup.conf" /etc/slurm/cgroup.conf 0644)"
  if [[ -n "$changed" ]]; then
    say "installed /etc/slurm/slurm.conf and cgroup.conf"
    SLURM_CONFIG_CHANGED=1
  else
    say "/etc/slurm/slurm.conf and cgroup.conf are up to date"
    SLURM_CONFIG_CHANGED=0
  fi
}

ensure_chrony() {
  local conf="$1" changed
  changed="$(install_file "$conf" /etc/chrony/conf.d/pilab.conf 0644)"
  if [[ -n "$changed" ]]; then
    say "time sync configured; restarting chrony"
    systemctl restart chrony
  fi
  systemctl enable --now chrony >/dev/null 2>&1 || systemctl enable --now chronyd
}

# Enables a unit and (re)starts it when it is not running or its configuration changed.
ensure_service() {
  local unit="$1" restart="$2"
  systemctl enable "$unit" >/dev/null 2>&1 || die "cannot enable $unit"
  if [[ "$restart" == 1 ]] || ! systemctl is-active --quiet "$unit"; then
    say "starting $unit"
    systemctl restart "$unit" || say "$unit did not start: systemctl status $unit; journalctl -u $unit"
  else
    say "$unit is running"
  fi
}
