# shellcheck shell=bash
# shellcheck disable=SC2034  # constants and paths are used by the scripts that source this
# Shared functions of the testbed scripts (up, down, status, power-off, power-on).
# Sourced, never run. Every script sets `set -euo pipefail` before sourcing this file.

# Exit codes shared by every script (README.md lists them per script).
readonly EXIT_OK=0
readonly EXIT_FAILED=1       # something was tried and did not work (cleaned up where it applies)
readonly EXIT_USAGE=2        # bad or missing arguments, unknown node
readonly EXIT_ENV=3          # not root, a program is missing, the address range is taken
readonly EXIT_CONFLICT=4     # a testbed is already up (this lab or another one)
readonly EXIT_BAD_CONF=5     # the bundle's slurm.conf cannot be turned into a testbed config
readonly EXIT_NOT_UP=6       # power-off/power-on on a lab that is not running

# The testbed's private network. Nothing outside these addresses is ever contacted:
# the bridge lives inside the controller namespace, and no namespace gets a default route.
readonly NET_PREFIX="10.77.0"
readonly NET_CIDR="${NET_PREFIX}.0/24"
readonly CTL_ADDR="${NET_PREFIX}.1"
readonly HOST_ADDR="${NET_PREFIX}.254"
readonly FIRST_NODE_OCTET=11
readonly MAX_NODES=64
readonly CTL_HOSTNAME="slurmctl"
# Names of what the testbed creates on the machine. One testbed per machine: the
# 10.77.0.0/24 route in the root namespace can only point at one of them.
readonly NS_PREFIX="pilab-"
readonly CTL_NS="${NS_PREFIX}slurmctl"
readonly HOST_LINK="pilab0"
readonly BRIDGE="br0"

# Failures inside $(...) must stop the script too, not just the substitution.
shopt -s inherit_errexit

TESTBED_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly TESTBED_DIR

# TESTBED_LOG_TIME=1 stamps each message with the time of day (to see where time goes).
log() {
  if [[ "${TESTBED_LOG_TIME:-0}" == 1 ]]; then
    printf 'testbed: %(%T)T.%s %s\n' -1 "${EPOCHREALTIME#*.}" "$*" >&2
  else
    printf 'testbed: %s\n' "$*" >&2
  fi
}

die() {
  local code="$1"
  shift
  printf 'testbed: error: %s\n' "$*" >&2
  exit "$code"
}

require_root() {
  [[ "$(id -u)" == 0 ]] || die "$EXIT_ENV" "must run as root (it creates network namespaces and starts daemons); run it with sudo"
}

require_commands() {
  local missing=() c
  for c in "$@"; do
    command -v "$c" >/dev/null 2>&1 || missing+=("$c")
  done
  if ((${#missing[@]} > 0)); then
    die "$EXIT_ENV" "missing programs: ${missing[*]} (Debian/Ubuntu: apt-get install -y slurm-wlm munge iproute2 util-linux)"
  fi
}

# Absolute path of a lab directory (it may not exist yet).
abs_path() {
  local p="$1"
  if [[ "$p" != /* ]]; then p="$PWD/$p"; fi
  printf '%s\n' "$p"
}

# Paths inside a lab directory. LAB must be set.
lab_paths() {
  CONF="$LAB/slurm.conf"
  PIDS="$LAB/pids"
  NODES_FILE="$LAB/nodes"
  NETNS_FILE="$LAB/netns"
  POWER_DIR="$LAB/power-off"
  MUNGE_SOCK="$LAB/munge-sock/munge.socket"
}

# Serialise scripts working on the same lab (up racing down, two power-offs...).
lock_lab() {
  mkdir -p "$LAB"
  exec 9>"$LAB/.lock"
  flock -w 60 9 || die "$EXIT_CONFLICT" "another testbed script is working on $LAB"
}

# ---------------------------------------------------------------- process records
# $LAB/pids has one line per process the scripts started:
#   PID <tab> START_TICKS <tab> ROLE <tab> COMMAND LINE
# START_TICKS (field 22 of /proc/PID/stat) and the command line together tell a process we
# started from an unrelated one that later got the same PID.

proc_start_ticks() {
  local stat
  stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
  # Fields after the command name, which sits in parentheses and may contain spaces.
  stat="${stat##*) }"
  local -a f
  read -ra f <<<"$stat"
  printf '%s\n' "${f[19]}"
}

proc_cmdline() {
  [[ -r "/proc/$1/cmdline" ]] || return 1
  local c
  c="$(tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null)" || return 1
  c="${c% }"
  [[ -n "$c" ]] || return 1   # zombies and kernel threads have no command line
  printf '%s\n' "$c"
}

record_pid() {
  local pid="$1" role="$2" ticks cmd
  ticks="$(proc_start_ticks "$pid")" || return 1
  cmd="$(proc_cmdline "$pid")" || return 1
  printf '%s\t%s\t%s\t%s\n' "$pid" "$ticks" "$role" "$cmd" >>"$PIDS"
}

# True if the recorded process still runs (same PID, same start time, same command line).
record_alive() {
  local pid="$1" ticks="$2" cmd="$3" now_ticks now_cmd
  now_ticks="$(proc_start_ticks "$pid")" || return 1
  now_cmd="$(proc_cmdline "$pid")" || return 1
  [[ "$now_ticks" == "$ticks" && "$now_cmd" == "$cmd" ]]
}

# Latest record of a role: prints "PID<tab>TICKS<tab>ROLE<tab>CMD", or nothing.
latest_record() {
  local role="$1"
  [[ -f "$PIDS" ]] || return 0
  awk -F'\t' -v r="$role" '$3 == r { line = $0 } END { if (line != "") print line }' "$PIDS"
}

role_pid_if_alive() {
  local line pid ticks role cmd
  line="$(latest_record "$1")"
  [[ -n "$line" ]] || return 1
  IFS=$'\t' read -r pid ticks role cmd <<<"$line"
  record_alive "$pid" "$ticks" "$cmd" || return 1
  printf '%s\n' "$pid"
}

# Stop one recorded process: SIGTERM, wait, SIGKILL after the timeout.
stop_record() {
  local pid="$1" ticks="$2" role="$3" cmd="$4" timeout="${5:-10}" waited=0
  record_alive "$pid" "$ticks" "$cmd" || return 0
  log "stopping $role (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  while record_alive "$pid" "$ticks" "$cmd"; do
    if ((waited >= timeout * 10)); then
      log "$role (pid $pid) still runs after ${timeout}s: SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      waited=0
      timeout=5
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
}

# Stop every recorded process whose role matches the pattern (bash glob), newest first.
stop_roles() {
  local pattern="$1" timeout="${2:-10}" pid ticks role cmd
  [[ -f "$PIDS" ]] || return 0
  while IFS=$'\t' read -r pid ticks role cmd; do
    # shellcheck disable=SC2053  # the pattern is a glob on purpose
    [[ "$role" == $pattern ]] || continue
    stop_record "$pid" "$ticks" "$role" "$cmd" "$timeout"
  done < <(tac "$PIDS")
}

# ---------------------------------------------------------------- namespaces
ns_exists() { [[ -e "/run/netns/$1" ]]; }

# Kill every process whose network namespace is NAME: slurmd, its slurmstepd and the jobs
# they started. Processes in a namespace this lab created are the lab's by construction.
kill_ns_processes() {
  local ns="$1" round pids
  ns_exists "$ns" || return 0
  for round in 1 2 3 4 5 6 7 8 9 10; do
    pids="$(ip netns pids "$ns" 2>/dev/null || true)"
    [[ -n "$pids" ]] || return 0
    # shellcheck disable=SC2086  # a list of numeric PIDs
    kill -KILL $pids 2>/dev/null || true
    sleep 0.2
  done
  pids="$(ip netns pids "$ns" 2>/dev/null || true)"
  [[ -z "$pids" ]] || log "processes still in $ns after SIGKILL: $pids"
}

# Nodes of a lab, as written by `up`: NAME ADDRESS NAMESPACE per line.
read_nodes() {
  NODE_NAMES=()
  NODE_ADDRS=()
  NODE_NS=()
  [[ -f "$NODES_FILE" ]] || return 0
  local name addr ns
  while read -r name addr ns; do
    [[ -n "$name" ]] || continue
    NODE_NAMES+=("$name")
    NODE_ADDRS+=("$addr")
    NODE_NS+=("$ns")
  done <"$NODES_FILE"
}

node_index() {
  local i
  for i in "${!NODE_NAMES[@]}"; do
    if [[ "${NODE_NAMES[$i]}" == "$1" ]]; then
      printf '%s\n' "$i"
      return 0
    fi
  done
  return 1
}

# ---------------------------------------------------------------- starting daemons
# Start a daemon in the foreground inside a namespace and record its PID once it has
# exec'd the daemon binary. Arguments: ROLE NETNS(or -) HOSTNAME(or -) CGROUP(0|1) LOG -- CMD...
# The chain setsid -> nsenter -> unshare -> ns-init -> daemon is all exec, so $! is the
# daemon's PID. setsid and the redirections detach it from the caller's terminal and pipes
# (a Java caller reading our stdout must see EOF when `up` ends).
start_daemon() {
  local role="$1" ns="$2" host="$3" cgroup="$4" logfile="$5"
  shift 5
  [[ "$1" == "--" ]] && shift
  local binary
  binary="$(readlink -f "$(command -v "$1")")"
  local -a chain=(setsid)
  if [[ "$ns" != "-" ]]; then
    chain+=(nsenter "--net=/run/netns/$ns" --)
  fi
  if [[ "$host" != "-" ]]; then
    chain+=(unshare --uts --mount --propagation private -- "$TESTBED_DIR/ns-init" "$host" "$cgroup" --)
  fi
  # 9>&- : the lab's lock (fd 9) must not live on in the daemon.
  "${chain[@]}" "$@" </dev/null >>"$logfile" 2>&1 9>&- &
  local pid=$! i exe
  for ((i = 0; i < 100; i++)); do
    if ! kill -0 "$pid" 2>/dev/null; then
      log "$role exited at start; last lines of $logfile:"
      tail -n 15 "$logfile" >&2 || true
      return 1
    fi
    exe="$(readlink "/proc/$pid/exe" 2>/dev/null || true)"
    if [[ "$exe" == "$binary" ]]; then
      record_pid "$pid" "$role"
      STARTED_PID="$pid"
      return 0
    fi
    sleep 0.05
  done
  log "$role did not start within 5 s"
  return 1
}

# ---------------------------------------------------------------- slurm clients
# Clients always get SLURM_CONF: without it they look the controller up in DNS.
slurm_client() {
  SLURM_CONF="$CONF" timeout 10 "$@"
}

# Prints "NODE STATE" per node (STATE as sinfo's %t: idle, alloc, down*, ...).
node_states() {
  slurm_client sinfo -h -N -o '%N %t' 2>/dev/null | sort -u
}

# ---------------------------------------------------------------- JSON
json_str() {
  local s="$1"
  s="${s//\\/\\\\}"
  s="${s//\"/\\\"}"
  s="${s//$'\n'/\\n}"
  s="${s//$'\t'/\\t}"
  s="${s//$'\r'/\\r}"
  printf '"%s"' "$s"
}

# ---------------------------------------------------------------- created resources
# $LAB/netns lists what `up` created on the machine, one per line, as soon as it exists:
#   netns NAME INODE     (INODE of /run/netns/NAME: tells our namespace from a later one
#                         that happens to have the same name)
#   link NAME            (the root-namespace end of the uplink; its alias names the lab)
ns_inode() { stat -L -c %i "/run/netns/$1" 2>/dev/null; }

record_netns() {
  printf 'netns %s %s\n' "$1" "$(ns_inode "$1")" >>"$NETNS_FILE"
}

# True if namespace NAME exists and is the one recorded with INODE.
ns_is_ours() {
  local name="$1" inode="$2" now
  now="$(ns_inode "$name")" || return 1
  [[ "$now" == "$inode" ]]
}

link_alias() { cat "/sys/class/net/$1/ifalias" 2>/dev/null || true; }

lab_link_alias() { printf 'pilab testbed %s\n' "$LAB"; }

# Processes recorded and still alive; prints their count.
live_record_count() {
  local n=0 pid ticks role cmd
  if [[ -f "$PIDS" ]]; then
    while IFS=$'\t' read -r pid ticks role cmd; do
      if record_alive "$pid" "$ticks" "$cmd"; then n=$((n + 1)); fi
    done <"$PIDS"
  fi
  printf '%s\n' "$n"
}

# A stopped daemon stays a zombie until its parent (init, once `up` has exited) reaps it.
# Wait up to SECONDS for the recorded processes to be gone from /proc altogether, so that a
# caller checking the process table right after `down` finds nothing.
wait_reaped() {
  local limit=$(($1 * 10)) n pid ticks role cmd now
  [[ -f "$PIDS" ]] || return 0
  for ((n = 0; n < limit; n++)); do
    local left=0
    while IFS=$'\t' read -r pid ticks role cmd; do
      now="$(proc_start_ticks "$pid" || true)"
      if [[ "$now" == "$ticks" ]]; then left=1; fi
    done <"$PIDS"
    ((left)) || return 0
    sleep 0.1
  done
  log "some stopped processes are not reaped yet (<defunct>); their parent has to reap them"
}

# Stop everything a lab started and delete what it created. Safe to run at any point:
# after a full up, after a failed up, twice.
teardown() {
  # Nodes first, while the controller still answers: a slurmd that has messages for a
  # controller that is gone retries for seconds before it exits. (`up` wipes the
  # controller's state, so nodes it sees vanish leave nothing behind.)
  stop_roles 'slurmd:*' 10
  stop_roles 'slurmctld' 15
  stop_roles 'slurmdbd' 15
  stop_roles 'mariadb' 30
  # Jobs and slurmstepd outlive slurmd; everything left in our namespaces goes.
  local kind name inode
  if [[ -f "$NETNS_FILE" ]]; then
    while read -r kind name inode; do
      if [[ "$kind" == netns ]] && ns_is_ours "$name" "$inode"; then kill_ns_processes "$name"; fi
    done <"$NETNS_FILE"
  fi
  stop_roles 'munged' 10
  if [[ -f "$NETNS_FILE" ]]; then
    local -a left=()
    while read -r kind name inode; do
      case "$kind" in
        link)
          if [[ -e "/sys/class/net/$name" && "$(link_alias "$name")" == "$(lab_link_alias)" ]]; then
            ip link delete "$name" 2>/dev/null || true
            [[ ! -e "/sys/class/net/$name" ]] || left+=("$kind $name")
          fi
          ;;
        netns)
          if ns_is_ours "$name" "$inode"; then
            ip netns delete "$name" || log "could not delete namespace $name"
            ! ns_is_ours "$name" "$inode" || left+=("$kind $name $inode")
          fi
          ;;
      esac
    done < <(tac "$NETNS_FILE")
    if ((${#left[@]} > 0)); then
      printf '%s\n' "${left[@]}" >"$NETNS_FILE"
    else
      rm -f "$NETNS_FILE"
    fi
  fi
  wait_reaped 5
  if [[ -f "$PIDS" ]]; then
    if [[ "$(live_record_count)" == 0 ]]; then
      mv -f "$PIDS" "$PIDS.last"
    else
      log "some recorded processes are still alive, keeping $PIDS"
    fi
  fi
  rm -rf "$POWER_DIR"
}

# ---------------------------------------------------------------- nodes
# Start the slurmd of node index I (from read_nodes) in its namespace, as host NAME.
start_slurmd() {
  local i="$1" name="${NODE_NAMES[$1]}"
  mkdir -p "$LAB/spool/$name"
  start_daemon "slurmd:$name" "${NODE_NS[$i]}" "$name" 1 "$LAB/log/slurmd-$name.stderr" -- \
    slurmd -D -N "$name" -f "$CONF"
}
