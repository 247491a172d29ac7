#!/usr/bin/env bash
# Stops the daemons .ci/slurm-up.sh started: only the processes named in their pid files, each
# checked by name first, and waits (up to 10 s each) for them to exit. Does nothing when none runs.
stopped=()
for daemon in slurmd:/run/slurmd.pid slurmctld:/run/slurmctld.pid munged:/run/munge/munged.pid; do
  name=${daemon%%:*}
  pid=$(cat "${daemon#*:}" 2>/dev/null) || continue
  if [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = "$name" ] && kill "$pid"; then
    stopped+=("$pid")
  fi
done
for pid in "${stopped[@]}"; do
  timeout 10 tail --pid="$pid" -f /dev/null || true
done
