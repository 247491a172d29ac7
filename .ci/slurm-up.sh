#!/usr/bin/env bash
# Brings up a one-node Slurm cluster on this machine for Tests/Integration/SlurmClusterTests.cs:
# Debian's slurmctld, slurmd, slurm-client and munge, the node at 127.0.0.1, no cgroups and no
# accounting. The cluster is named "ci", as in the shared recipe, since slurmctld refuses state
# saved under another name. Needs root and no systemd (it starts the daemons itself). Safe to
# run twice: daemons already up are left alone. Adapted from the recipe in ../shared/slurm/.
set -euo pipefail

if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v sbatch >/dev/null || ! command -v munged >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends slurmctld slurmd slurm-client munge >/dev/null
fi

# munge authenticates the daemons and the clients to each other with one shared key.
if [ ! -s /etc/munge/munge.key ]; then
  mungekey --create --keyfile=/etc/munge/munge.key
fi
chown munge:munge /etc/munge/munge.key
chmod 400 /etc/munge/munge.key
mkdir -p /run/munge /var/spool/slurmctld /var/spool/slurmd /var/log/slurm
chown munge:munge /run/munge

# running PIDFILE NAME: the pid file names a live process called NAME (a stale file is not enough).
running() {
  local pid
  pid=$(cat "$1" 2>/dev/null) || return 1
  [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = "$2" ]
}

node=$(hostname -s)
if ! running /run/slurmctld.pid slurmctld; then
  # The node line comes from slurmd -C, which reports this machine's real cores and memory.
  cat > /etc/slurm/slurm.conf <<CONF
ClusterName=ci
SlurmctldHost=${node}(127.0.0.1)
SlurmUser=root
AuthType=auth/munge
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldPidFile=/run/slurmctld.pid
SlurmdPidFile=/run/slurmd.pid
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
MpiDefault=none
MailProg=/bin/true
ReturnToService=2
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
JobAcctGatherType=jobacct_gather/none
$(slurmd -C | head -n 1) NodeAddr=127.0.0.1 State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
fi

running /run/munge/munged.pid munged || runuser -u munge -- /usr/sbin/munged
running /run/slurmctld.pid slurmctld || slurmctld -c
running /run/slurmd.pid slurmd || slurmd -N "$node"

for _ in $(seq 60); do
  if [ "$(sinfo -h -n "$node" -o %T 2>/dev/null)" = idle ]; then
    sinfo
    exit 0
  fi
  sleep 1
done
echo "slurm-up: node $node is not idle after 60 s" >&2
sinfo >&2 || true
tail -n 30 /var/log/slurm/slurmctld.log /var/log/slurm/slurmd.log >&2 || true
exit 1
