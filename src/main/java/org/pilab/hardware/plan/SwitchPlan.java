package org.pilab.hardware.plan;

import java.util.List;
import java.util.Optional;

/**
 * How many switches of which kind give every node a port plus one uplink. Switches are
 * cascaded when one is too small: each link between two switches uses a port on both, so k
 * switches of p ports offer k(p - 2) + 2 usable ports. The cheapest arrangement wins, and
 * between equal prices the one with fewer boxes.
 *
 * @param model  the switch
 * @param count  how many of it
 */
public record SwitchPlan(SwitchFigures model, int count) {

    public double watts() {
        return count * model.watts();
    }

    /** Cables between switches: one fewer than the switches. */
    public int interSwitchCables() {
        return count - 1;
    }

    /** The cheapest arrangement with at least {@code ports} usable ports, PoE-capable if asked. */
    static Optional<SwitchPlan> cheapest(List<SwitchFigures> switches, int ports, boolean poe) {
        SwitchPlan best = null;
        for (SwitchFigures sw : switches) {
            if ((poe && !sw.poe()) || sw.ports() < 3) {
                continue;
            }
            int count = sw.ports() >= ports ? 1 : (ports - 2 + sw.ports() - 3) / (sw.ports() - 2);
            SwitchPlan candidate = new SwitchPlan(sw, count);
            if (best == null || candidate.cost().compareTo(best.cost()) < 0
                    || (candidate.cost().compareTo(best.cost()) == 0 && count < best.count())) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    java.math.BigDecimal cost() {
        return model.item().usd().multiply(java.math.BigDecimal.valueOf(count));
    }
}
