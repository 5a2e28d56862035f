package org.pilab.slurm.ctl;

import java.util.ArrayList;
import java.util.List;

/**
 * A node as slurmctld tracks it: configured size, what is allocated, and the state flags from
 * which sinfo's state word is derived (down, drain, not responding).
 */
public final class Node {

    /** Changes only by reconfigure: a NodeName line's new CPUs or RealMemory. */
    private NodeSpec spec;
    private final int index;
    final List<String> partitions = new ArrayList<>();
    int allocCpus;
    long allocMem;
    boolean down;
    boolean drain;
    boolean notResponding;
    /** Down because slurmd stopped answering (cleared by ReturnToService when it answers again). */
    boolean downForNoResponse;
    String reason;
    String reasonUser;
    long reasonTime;
    long notRespondingSince;
    long bootTime;

    Node(NodeSpec spec, int index) {
        this.spec = spec;
        this.index = index;
    }

    void respec(NodeSpec newSpec) {
        this.spec = newSpec;
    }

    public String name() {
        return spec.name();
    }

    public NodeSpec spec() {
        return spec;
    }

    public int index() {
        return index;
    }

    public int cpus() {
        return spec.cpus();
    }

    public long realMemory() {
        return spec.realMemoryMb();
    }

    public int allocCpus() {
        return allocCpus;
    }

    public long allocMem() {
        return allocMem;
    }

    public int freeCpus() {
        return spec.cpus() - allocCpus;
    }

    public List<String> partitions() {
        return List.copyOf(partitions);
    }

    public String reason() {
        return reason;
    }

    public String reasonUser() {
        return reasonUser;
    }

    public long reasonTime() {
        return reasonTime;
    }

    public long bootTime() {
        return bootTime;
    }

    public boolean isDown() {
        return down;
    }

    public boolean isDrain() {
        return drain;
    }

    public boolean isNotResponding() {
        return notResponding;
    }

    /** True when new work may be placed here. */
    public boolean usable() {
        return !down && !drain && !notResponding;
    }

    /** sinfo's compact state ({@code idle}, {@code mix}, {@code drng}, {@code down*}, ...). */
    public String compactState() {
        return base(true) + (notResponding ? "*" : "");
    }

    /** sinfo's long state ({@code idle}, {@code mixed}, {@code draining}, ...). */
    public String longState() {
        return base(false) + (notResponding ? "*" : "");
    }

    /** scontrol's State= value ({@code IDLE}, {@code MIXED+DRAIN}, {@code DOWN+NOT_RESPONDING}, ...). */
    public String scontrolState() {
        StringBuilder sb = new StringBuilder();
        if (down) {
            sb.append("DOWN");
        } else if (allocCpus == 0) {
            sb.append("IDLE");
        } else if (allocCpus >= spec.cpus()) {
            sb.append("ALLOCATED");
        } else {
            sb.append("MIXED");
        }
        if (drain) {
            sb.append("+DRAIN");
        }
        if (notResponding) {
            sb.append("+NOT_RESPONDING");
        }
        return sb.toString();
    }

    private String base(boolean compact) {
        if (down) {
            return drain ? "drain" : "down";
        }
        if (drain) {
            if (allocCpus > 0) {
                return compact ? "drng" : "draining";
            }
            return compact ? "drain" : "drained";
        }
        if (allocCpus == 0) {
            return "idle";
        }
        if (allocCpus >= spec.cpus()) {
            return compact ? "alloc" : "allocated";
        }
        return compact ? "mix" : "mixed";
    }

    // State changes (the controller decides when; the node knows what each one means).

    void markDrain(String why, String user, long now) {
        drain = true;
        setReason(why, user, now);
    }

    void markDown(String why, String user, long now, boolean noResponse) {
        down = true;
        downForNoResponse = noResponse;
        setReason(why, user, now);
    }

    /** RESUME clears DOWN and DRAIN; a node that still does not answer stays down. */
    void markResumed(long now) {
        down = false;
        drain = false;
        downForNoResponse = false;
        setReason(null, null, 0);
        if (notResponding) {
            markDown("Not responding", "slurm", now, true);
        }
    }

    void markUndrained() {
        drain = false;
        if (!down) {
            setReason(null, null, reasonTime);
        }
    }

    /** @return false if it had already stopped answering */
    boolean markNotResponding(long now) {
        if (notResponding) {
            return false;
        }
        notResponding = true;
        notRespondingSince = now;
        return true;
    }

    /** slurmd answers again (a reboot): with ReturnToService 1 or 2 a node DOWN for not responding comes back. */
    void markResponding(long now, int returnToService) {
        notResponding = false;
        bootTime = now;
        if (down && downForNoResponse && returnToService >= 1) {
            down = false;
            downForNoResponse = false;
            if (!drain) {
                setReason(null, null, reasonTime);
            }
        }
    }

    private void setReason(String why, String user, long time) {
        reason = why;
        reasonUser = user;
        reasonTime = time;
    }

    /** How sinfo buckets nodes: idle/alloc/other for NODES(A/I/O/T). */
    public char aiotBucket() {
        if (down || drain || notResponding) {
            return allocCpus > 0 && !down ? 'A' : 'O';
        }
        return allocCpus > 0 ? 'A' : 'I';
    }
}
