package org.pilab.lessons.lab;

import java.util.Set;
import org.pilab.node.Host;
import org.pilab.node.Network;
import org.pilab.node.OsRelease;
import org.pilab.node.scenario.Lab;
import org.pilab.node.scenario.Scenarios;

/**
 * Labs from the node layer's scenarios alone ({@code fresh}, {@code networked}): no SLURM
 * daemons, so {@code slurm-ready} is not offered.
 */
public final class NodeLabFactory implements LabFactory {

    private final long seed;

    public NodeLabFactory(long seed) {
        this.seed = seed;
    }

    @Override
    public LessonLab build(String scenario) {
        Lab lab = switch (scenario) {
            case "fresh" -> Scenarios.fresh(seed);
            case "networked" -> Scenarios.networked(seed, OsRelease.BOOKWORM);
            default -> throw new UnsupportedScenarioException("scenario " + scenario
                    + " needs the SLURM lab; the node layer builds only fresh and networked");
        };
        return new NodeLab(lab);
    }

    @Override
    public Set<String> scenarios() {
        return Set.of("fresh", "networked");
    }

    private record NodeLab(Lab lab) implements LessonLab {
        @Override
        public Network network() {
            return lab.network();
        }

        @Override
        public Host laptop() {
            return lab.laptop();
        }

        @Override
        public String learner() {
            return lab.learner();
        }
    }
}
