package org.pilab.realcluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pilab.hardware.Catalogue;
import org.pilab.realcluster.bundle.BundleSlurmConf;
import org.pilab.realcluster.bundle.ClusterPlan;
import org.pilab.realcluster.bundle.Ipv4Subnet;
import org.pilab.realcluster.bundle.OsRelease;
import org.pilab.realcluster.bundle.SshPublicKey;
import org.pilab.realcluster.exec.CommandResult;
import org.pilab.realcluster.exec.ProcessRunner;
import org.pilab.realcluster.testbed.TestbedScripts;
import org.pilab.slurm.ctl.ClusterSpecs;
import org.pilab.slurm.ctl.ScriptPayload;
import org.pilab.slurm.cmd.VirtualCluster;

/**
 * Differential fidelity: one workload of what learners do runs once on the real SLURM 22.05
 * testbed (with accounting) and once on the virtual cluster built from the same slurm.conf; the
 * output of every command, after {@link FidelityNormaliser}, must be the same.
 *
 * <p>The workload is a list of lines. {@code @at N} waits until N seconds after the first
 * submission: the real side sleeps, the virtual clock is advanced to the same second, so both
 * are probed at matching moments. {@code @file NAME} compares a job's output file;
 * {@code @conf LINE} appends a line to slurm.conf and runs {@code scontrol reconfigure} on both
 * sides; {@code ?CMD} runs a command on the real side only and keeps its output in
 * target/fidelity/real-diagnostics.txt (the planned starts and nodes that explain a difference).
 * Every other line is a command whose stdout, stderr and non-zero exit status are compared.
 * Both testbed and virtual cluster start with job id 1, so job ids match without mapping.
 */
class VirtualClusterFidelityIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path SCRIPTS = PROJECT.resolve("cluster-mode/testbed");
    private static final ProcessRunner HOST = new ProcessRunner();
    private static final Path REPORT = PROJECT.resolve("target/fidelity");

    private static final String PROBE_QUEUE = "squeue -r -o \"%i %P %j %t %D %C %N %r\"";
    private static final String PROBE_NODES = "sinfo -N -o \"%N %P %t %T %C %m\"";

    /**
     * The workload (4 nodes x 4 cores, DefMemPerCPU=948; partitions short, 1 h, default, and
     * long, 1 day). Comments say what each line is for and where it should land.
     */
    static final List<String> WORKLOAD = List.of(
            "sbatch -J done --wrap \"true\"",                          // 1 COMPLETED
            "sbatch -J fails --wrap \"exit 3\"",                       // 2 FAILED 3:0
            "sbatch -J tmo -t 1 --wrap \"sleep 300\"",                 // 3 TIMEOUT after 1 min
            "sbatch -J big -p long -c 4 --wrap \"sleep 600\"",         // 4 a whole node, cancelled later
            "sbatch -J big -p long -c 4 --wrap \"sleep 600\"",         // 5 a whole node
            "sbatch -J arr --array=0-9%2 --wrap \"sleep 600\"",        // 6 two tasks at a time
            "@at 3",
            "sbatch -J wide -N 2 -c 4 --wrap \"sleep 60\"",            // Resources
            "sbatch -J wide2 -N 2 -c 4 --wrap \"sleep 60\"",           // Priority
            "sbatch -J aok -d afterok:4 --wrap \"true\"",              // Dependency, never once 4 is cancelled
            "sbatch -J aany -t 5 -d afterany:3 --wrap \"true\"",       // Dependency until 3 times out
            "sbatch -J toolong -t 2:00:00 --wrap \"true\"",            // PartitionTimeLimit
            "sbatch -J later -t 5 --begin=now+40 --wrap \"true\"",     // BeginTime, then backfilled
            "sbatch -J held -H --wrap \"true\"",                       // JobHeldUser
            "sbatch --array=x --wrap \"true\"",
            "sbatch -p nosuch --wrap \"true\"",
            "sbatch --mem=100000 --wrap \"true\"",
            "sbatch -c 5 --wrap \"true\"",
            "sbatch -t abc --wrap \"true\"",
            "@at 12",
            "squeue",
            PROBE_QUEUE,
            "sinfo",
            "sinfo -s",
            "sinfo -l",
            PROBE_NODES,
            "scontrol show partition",
            "scontrol show node pi02",
            "scontrol show job 13",
            "scontrol show job 5",
            "scontrol show job 2",
            "scontrol show job 6",
            "sprio",
            "scancel 999",
            "scontrol update nodename=pi04 state=drain reason=\"fidelity check\"",
            "sbatch -J pinned -t 5 -w pi04 --wrap \"true\"",           // ReqNodeNotAvail
            "scancel 6_[5-7]",
            "scancel 4",
            "?squeue --start",
            "?scontrol show job 9",
            "@at 20",
            "?squeue --start",
            "squeue",
            PROBE_QUEUE,
            "sinfo",
            "sinfo -R",
            "sinfo -s",
            "sinfo -l",
            "scontrol show node pi04",
            "@file slurm-2.out",
            "@file slurm-4.out",
            "@at 50",
            PROBE_QUEUE,
            "?squeue --start",
            "?sacct -X -o JobID,NodeList,Start,End,Eligible",
            "@at 100",
            "squeue",
            PROBE_QUEUE,
            "@file slurm-3.out",
            "sacct -X -o JobID,JobName,Partition,State,ExitCode",
            // pi04 drains out; wide takes pi[01-02] (pi04 still drained, so no race with the
            // COMPLETING state that the virtual cluster does not have).
            "scancel 6",
            "@at 104",
            PROBE_QUEUE,
            "scontrol update nodename=pi04 state=resume",              // '*' until pi04 answers a ping
            "@at 112",                                                 // pinned has run on pi04 by now
            PROBE_QUEUE,
            "sinfo",
            "sacct -X -o JobID,JobName,Partition,State,ExitCode",
            "?sacct -X -o JobID,NodeList,Start,End,Eligible",
            "sacct -X -j 6 -o JobID,JobName,Partition,State,ExitCode",
            "sacct -X -j 11,15 -o JobID,JobName,Partition,State,ExitCode",
            "scontrol show job 9",
            "scontrol update nodename=pi04 state=down reason=\"fidelity down\"",
            "sinfo",
            "sinfo -R",
            "scontrol show node pi04",
            "sbatch -N 5 --wrap \"true\"",
            "sbatch -w pi09 --wrap \"true\"",
            "sbatch -t 5 -d afterok:999 --wrap \"true\"",
            "sbatch -c 0 --wrap \"true\"",
            "sbatch --mem=abc --wrap \"true\"",
            "sbatch --begin=soon --wrap \"true\"",
            "sbatch -p long -t 2-00:00:00 --wrap \"true\"",
            "@conf EnforcePartLimits=ALL",
            "sbatch -t 2:00:00 --wrap \"true\"",
            "sbatch -p long -t 2-00:00:00 --wrap \"true\"",
            "squeue");

    private static Path work;
    private static Path lab;
    private static boolean labUp;

    @BeforeAll
    static void prerequisites() throws IOException {
        List<String> missing = new ArrayList<>();
        if (!HOST.run(List.of("id", "-u"), "", Duration.ofSeconds(10)).stdout().strip().equals("0")) {
            missing.add("root");
        }
        List<String> programs = new ArrayList<>(TestbedScripts.missingPrograms(System.getenv()));
        // sacct is compared, so the testbed runs with --accounting (MariaDB and slurmdbd).
        for (String program : List.of("mariadbd", "slurmdbd", "sacct")) {
            if (Stream.of("/usr/sbin", "/usr/bin", "/sbin", "/bin").noneMatch(d -> Files.isExecutable(Path.of(d, program)))) {
                programs.add(program);
            }
        }
        if (!programs.isEmpty()) {
            missing.add("programs " + programs);
        }
        if (!missing.isEmpty()) {
            String why = "the real-SLURM testbed needs " + String.join(", ", missing);
            if (TestKeys.underCi()) {
                throw new AssertionError("CI=true, but " + why);
            }
            Assumptions.abort(why);
        }
        if (Files.exists(Path.of("/sys/class/net/pilab0"))) {
            throw new AssertionError("a testbed is already up on this machine (link pilab0); stop it first");
        }
        work = Files.createTempDirectory(Path.of("/tmp"), "pilab-fidelity-");
        lab = work.resolve("lab");
    }

    @AfterAll
    static void stop() throws IOException {
        if (labUp) {
            HOST.run(List.of(SCRIPTS.resolve("down").toString(), "--lab", lab.toString()), "", Duration.ofMinutes(2));
        }
    }

    @Test
    void realAndVirtualSlurmAgreeOnALearnersWorkload() throws Exception {
        ClusterPlan plan = new ClusterPlan("pilab", 4, Catalogue.load().model("pi4-4gb"), "pi01",
                Ipv4Subnet.parse("10.0.0.0/24"), "pi", SshPublicKey.parse(TestKeys.ed25519PublicLine(""), "k.pub"),
                OsRelease.BOOKWORM);
        Path confFile = Files.writeString(work.resolve("slurm.conf"), BundleSlurmConf.render(plan));
        CommandResult up = HOST.run(List.of(SCRIPTS.resolve("up").toString(), "--conf", confFile.toString(), "--lab",
                lab.toString(), "--accounting"), "", Duration.ofMinutes(3));
        labUp = true;
        assertEquals(0, up.exitCode(), up.stderr());
        Path labConf = lab.resolve("slurm.conf");
        ProcessRunner slurm = new ProcessRunner(Map.of("SLURM_CONF", labConf.toString()));
        Path jobDir = Files.createDirectories(work.resolve("jobs"));
        // The virtual cluster reads the slurm.conf the daemons run: the bundle's, with the
        // testbed's changes (among them bf_interval=5, which decides when backfill looks).
        VirtualCluster virtual = VirtualCluster.fromConfText(Files.readString(labConf), 1);
        virtual.as("root", 0, jobDir.toString());
        StringBuilder realOut = new StringBuilder();
        StringBuilder virtualOut = new StringBuilder();
        StringBuilder diagnostics = new StringBuilder();
        long t0 = System.nanoTime();
        long v0 = virtual.controller().now();
        for (String line : WORKLOAD) {
            if (line.startsWith("@at ")) {
                long at = Long.parseLong(line.substring(4));
                long waitMs = at * 1000 - (System.nanoTime() - t0) / 1_000_000;
                if (waitMs > 0) {
                    Thread.sleep(waitMs);
                }
                virtual.controller().advanceTo(v0 + at);
                continue;
            }
            String real;
            String virt;
            if (line.startsWith("?")) {
                // A look at the real side only, kept for whoever reads a difference.
                diagnostics.append("$ ").append(line.substring(1)).append("  # at ")
                        .append((System.nanoTime() - t0) / 1_000_000_000L).append(" s\n")
                        .append(real(slurm, jobDir, line.substring(1)));
                continue;
            }
            if (line.startsWith("@file ")) {
                String name = line.substring(6);
                Path file = jobDir.resolve(name);
                real = Files.exists(file) ? Files.readString(file) : "(no file)\n";
                String v = virtual.readFile(name);
                virt = v == null ? "(no file)\n" : v;
            } else if (line.startsWith("@conf ")) {
                String conf = Files.readString(labConf) + line.substring(6) + "\n";
                Files.writeString(labConf, conf);
                real = real(slurm, jobDir, "scontrol reconfigure");
                Thread.sleep(1000);
                virtual.controller().reconfigure(ClusterSpecs.fromText(conf));
                virt = virtual.run("scontrol reconfigure").stdout();
            } else {
                real = real(slurm, jobDir, line);
                var v = virtual.run(line);
                virt = v.stdout() + v.stderr() + (v.exitCode() == 0 ? "" : "[exit " + v.exitCode() + "]\n");
            }
            realOut.append("$ ").append(line).append('\n').append(FidelityNormaliser.normalise(line, real));
            virtualOut.append("$ ").append(line).append('\n').append(FidelityNormaliser.normalise(line, virt));
        }
        labUp = !HOST.run(List.of(SCRIPTS.resolve("down").toString(), "--lab", lab.toString()), "",
                Duration.ofMinutes(2)).ok();
        // Both transcripts stay in target/fidelity for a side-by-side diff when they differ.
        Files.createDirectories(REPORT);
        Files.writeString(REPORT.resolve("real.txt"), realOut);
        Files.writeString(REPORT.resolve("virtual.txt"), virtualOut);
        Files.writeString(REPORT.resolve("real-diagnostics.txt"), diagnostics);
        assertEquals(realOut.toString(), virtualOut.toString(),
                "real SLURM (expected) and the virtual cluster (actual) differ; see target/fidelity/");
        deleteTree(work);
    }

    /** Runs one command line for real: the words as a shell would split them. */
    private static String real(ProcessRunner slurm, Path dir, String line) {
        List<String> argv = new ArrayList<>(ScriptPayload.words(line));
        if (argv.get(0).equals("sbatch")) {
            argv.add(1, "--chdir=" + dir);
        }
        CommandResult r = slurm.run(argv, "", Duration.ofSeconds(30));
        return r.stdout() + r.stderr() + (r.exitCode() == 0 ? "" : "[exit " + r.exitCode() + "]\n");
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
