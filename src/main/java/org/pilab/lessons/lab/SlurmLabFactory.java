package org.pilab.lessons.lab;

import java.util.Set;
import java.util.function.Consumer;
import org.pilab.node.Host;
import org.pilab.node.Network;
import org.pilab.slurm.lab.Lab;
import org.pilab.slurm.lab.Scenarios;

/** Labs from the SLURM layer's {@link Scenarios}: fresh, networked and slurm-ready, with daemons wired. */
public final class SlurmLabFactory implements LabFactory {

    private final long seed;
    private final Consumer<Lab> fitOut;

    public SlurmLabFactory(long seed) {
        this(seed, lab -> { });
    }

    /**
     * @param fitOut called on every new lab before use: the app layer lends the lab what only it
     *               can build (e.g. {@code pilab job run} inside virtual jobs)
     */
    public SlurmLabFactory(long seed, Consumer<Lab> fitOut) {
        this.seed = seed;
        this.fitOut = fitOut;
    }

    @Override
    public LessonLab build(String scenario) {
        if (!Scenarios.NAMES.contains(scenario)) {
            throw new UnsupportedScenarioException("unknown scenario " + scenario + ": the lab builds "
                    + String.join(", ", Scenarios.NAMES));
        }
        Lab lab = Scenarios.build(scenario, seed);
        fitOut.accept(lab);
        return new SlurmLessonLab(lab);
    }

    @Override
    public Set<String> scenarios() {
        return Set.copyOf(Scenarios.NAMES);
    }

    /** A lesson lab over the SLURM layer's {@link Lab}; {@link #lab()} gives the shell the whole lab. */
    public record SlurmLessonLab(Lab lab) implements LessonLab {
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
