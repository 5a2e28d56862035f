package org.pilab.lessons.lab;

import java.util.Comparator;
import java.util.Optional;
import org.pilab.node.Host;
import org.pilab.node.Network;

/**
 * A virtual lab a lesson runs in: the network with its hosts, the learner's laptop and account.
 * The lessons layer needs nothing more; {@link LabFactory} builds one from a scenario name.
 */
public interface LessonLab {

    /** The Pi user of the images ({@code pi}): the lesson user on every Pi. */
    String PI_USER = "pi";

    Network network();

    Host laptop();

    /** The learner's account on the laptop. */
    String learner();

    /** The host that runs slurmctld and answers sinfo/sacct for checks. */
    default String headNode() {
        return "pi01";
    }

    /**
     * The host a lesson means by {@code name}: an up host with that hostname first (a re-imaged
     * board changes its name), then any host with that hostname or id.
     */
    default Optional<Host> host(String name) {
        return network().hosts().stream()
                .filter(h -> h.hostname().equals(name) || h.id().equals(name))
                .min(Comparator.comparing((Host h) -> !h.hostname().equals(name)).thenComparing(h -> !h.isUp()));
    }

    /** Who a check runs as on {@code host} when it names no user: the learner on the laptop, pi elsewhere. */
    default String lessonUser(Host host) {
        return host == laptop() ? learner() : PI_USER;
    }
}
