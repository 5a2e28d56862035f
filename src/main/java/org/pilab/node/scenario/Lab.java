package org.pilab.node.scenario;

import java.util.List;
import java.util.Optional;

import org.pilab.node.Host;
import org.pilab.node.Network;
import org.pilab.node.imaging.SdCard;
import org.pilab.node.shell.Session;

/**
 * A scenario's result: the network, the learner's laptop, the boards (in rack order) and any
 * blank cards on the desk.
 */
public record Lab(Network network, Host laptop, String learner, List<Host> boards, List<SdCard> blankCards) {

    public Lab {
        boards = List.copyOf(boards);
        blankCards = List.copyOf(blankCards);
    }

    /** A terminal on the laptop as the learner. */
    public Session learnerSession() {
        return laptop.login(learner);
    }

    /** A host by its current hostname (or board id). */
    public Optional<Host> host(String name) {
        return network.hosts().stream().filter(h -> h.hostname().equals(name) || h.id().equals(name)).findFirst();
    }
}
