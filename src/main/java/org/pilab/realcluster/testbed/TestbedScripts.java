package org.pilab.realcluster.testbed;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pilab.realcluster.exec.ClusterException;
import org.pilab.realcluster.exec.CommandResult;
import org.pilab.realcluster.exec.CommandRunner;

/**
 * The testbed scripts of cluster-mode/testbed (up, down, status, power-off, power-on): found,
 * checked for what they need (root, SLURM, munge), and run with argument arrays. The scripts'
 * own messages (lines starting "testbed:") are passed on as they are.
 */
public final class TestbedScripts {

    /** Programs the testbed cannot work without (Debian packages slurm-wlm and munge). */
    public static final List<String> REQUIRED_PROGRAMS = List.of("slurmctld", "slurmd", "sbatch", "sinfo",
            "munged", "ip", "nsenter", "unshare");

    private final Path dir;
    private final CommandRunner runner;

    public TestbedScripts(Path dir, CommandRunner runner) {
        this.dir = dir;
        this.runner = runner;
    }

    public Path dir() {
        return dir;
    }

    /**
     * Finds the scripts: {@code --scripts DIR} if given, else cluster-mode/testbed in the
     * project the jar was built in (the jar sits in PROJECT/target/), else in the current folder
     * or one of its parents.
     */
    public static Path locate(Optional<Path> given, Optional<Path> jar, Path workingDir) {
        if (given.isPresent()) {
            Path d = given.get();
            if (!Files.isExecutable(d.resolve("up"))) {
                throw new ClusterException("--scripts " + d + " has no executable 'up': give the cluster-mode/testbed"
                        + " folder of a pilab checkout");
            }
            return d;
        }
        List<Path> tried = new ArrayList<>();
        List<Path> starts = new ArrayList<>();
        jar.map(Path::toAbsolutePath).map(Path::getParent).ifPresent(starts::add);
        starts.add(workingDir.toAbsolutePath());
        for (Path start : starts) {
            for (Path p = start; p != null; p = p.getParent()) {
                Path candidate = p.resolve("cluster-mode").resolve("testbed");
                tried.add(candidate);
                if (Files.isExecutable(candidate.resolve("up"))) {
                    return candidate;
                }
            }
        }
        throw new ClusterException("cannot find the testbed scripts (cluster-mode/testbed); looked in "
                + tried.stream().limit(6).map(Path::toString).toList()
                + ". Run pilab from its checkout, or give the folder with --scripts DIR.");
    }

    /** Programs from REQUIRED_PROGRAMS missing on the PATH (plus /usr/sbin and /sbin, where Debian puts daemons). */
    public static List<String> missingPrograms(Map<String, String> env) {
        String path = env.getOrDefault("PATH", "") + File.pathSeparator + "/usr/sbin" + File.pathSeparator + "/sbin";
        List<String> missing = new ArrayList<>();
        for (String program : REQUIRED_PROGRAMS) {
            boolean found = false;
            for (String d : path.split(File.pathSeparator)) {
                if (!d.isEmpty() && Files.isExecutable(Path.of(d, program))) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                missing.add(program);
            }
        }
        return missing;
    }

    /** Whether this process runs as root (the scripts create namespaces and start daemons). */
    public boolean isRoot() {
        CommandResult r = runner.run(List.of("id", "-u"), "", Duration.ofSeconds(10));
        return r.ok() && r.stdout().strip().equals("0");
    }

    /** Fails with what to do unless this machine can run a testbed at all. */
    public void requireUsable(Map<String, String> env, boolean needsRoot) {
        List<String> missing = missingPrograms(env);
        if (!missing.isEmpty()) {
            throw new ClusterException("SLURM is not installed here (missing: " + String.join(", ", missing)
                    + "). Install it with: sudo apt-get install -y slurm-wlm munge");
        }
        if (needsRoot && !isRoot()) {
            throw new ClusterException("the testbed needs root (it creates network namespaces and starts the"
                    + " SLURM daemons); run it with sudo");
        }
    }

    public CommandResult up(Path conf, Path lab, Optional<Integer> nodes, boolean accounting) {
        List<String> argv = new ArrayList<>(List.of(script("up"), "--conf", conf.toString(), "--lab", lab.toString()));
        nodes.ifPresent(n -> argv.addAll(List.of("--nodes", Integer.toString(n))));
        if (accounting) {
            argv.add("--accounting");
        }
        return runner.run(argv, "", Duration.ofMinutes(3));
    }

    public CommandResult down(Path lab) {
        return runner.run(List.of(script("down"), "--lab", lab.toString()), "", Duration.ofMinutes(2));
    }

    public CommandResult status(Path lab, boolean json) {
        List<String> argv = new ArrayList<>(List.of(script("status"), "--lab", lab.toString()));
        if (json) {
            argv.add("--json");
        }
        return runner.run(argv, "", Duration.ofMinutes(1));
    }

    public CommandResult powerOff(Path lab, String node) {
        return runner.run(List.of(script("power-off"), "--lab", lab.toString(), node), "", Duration.ofMinutes(1));
    }

    public CommandResult powerOn(Path lab, String node, int waitSeconds) {
        return runner.run(List.of(script("power-on"), "--lab", lab.toString(), node, "--wait",
                Integer.toString(waitSeconds)), "", Duration.ofSeconds(waitSeconds + 60L));
    }

    /** The SLURM_CONF value from the line {@code up} prints ({@code export SLURM_CONF=...}). */
    public static Optional<String> slurmConf(String upStdout) {
        for (String line : upStdout.lines().toList()) {
            if (line.startsWith("export SLURM_CONF=")) {
                return Optional.of(line.substring("export SLURM_CONF=".length()).strip());
            }
        }
        return Optional.empty();
    }

    private String script(String name) {
        return dir.resolve(name).toString();
    }
}
