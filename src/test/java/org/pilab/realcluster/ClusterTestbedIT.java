package org.pilab.realcluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pilab.jobs.spec.BacktestSpecReader;
import org.pilab.jobs.sweep.SweepRunner;
import org.pilab.jobs.sweep.SweepSpec;
import org.pilab.jobs.sweep.SweepSpecReader;
import org.pilab.jobs.sweep.TaskResultFile;
import org.pilab.jobs.sweep.VariantResult;
import org.pilab.realcluster.exec.CommandResult;
import org.pilab.realcluster.exec.ProcessRunner;
import org.pilab.realcluster.testbed.TestbedScripts;

/**
 * Real SLURM end to end, through the shaded jar as a user runs it: a bundle from
 * {@code pilab cluster init}, the testbed started from its slurm.conf, a 12-task sweep array
 * submitted with {@code pilab cluster submit}, one node's power pulled while its tasks run
 * (SLURM marks it DOWN and the tasks run again elsewhere), results equal to the same sweep run
 * here, and a clean stop. Needs root and slurm-wlm + munge; without them it is skipped, except
 * under CI=true, where that is a failure.
 */
class ClusterTestbedIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path JAR = PROJECT.resolve("target/pilab.jar");
    private static final Path SCRIPTS = PROJECT.resolve("cluster-mode/testbed");
    private static final int TASKS = 12;
    /** Each task sleeps this long before its backtest, so a power-off catches tasks running. */
    private static final int PRE_SLEEP_SECONDS = 20;

    private static Path work;
    private static Path lab;
    private static boolean labUp;
    private static final ProcessRunner HOST = new ProcessRunner();

    @BeforeAll
    static void prerequisites() throws IOException {
        List<String> missing = new ArrayList<>();
        if (!HOST.run(List.of("id", "-u"), "", Duration.ofSeconds(10)).stdout().strip().equals("0")) {
            missing.add("root (the testbed creates network namespaces)");
        }
        List<String> programs = TestbedScripts.missingPrograms(System.getenv());
        if (!programs.isEmpty()) {
            missing.add("programs " + programs + " (apt-get install -y slurm-wlm munge)");
        }
        if (!Files.isRegularFile(JAR)) {
            missing.add(JAR + " (run mvn verify: it builds the jar before the integration tests)");
        }
        if (!Files.isExecutable(SCRIPTS.resolve("up"))) {
            missing.add(SCRIPTS + "/up");
        }
        if (!missing.isEmpty()) {
            String why = "the real-SLURM testbed needs " + String.join(", ", missing);
            if (TestKeys.underCi()) {
                throw new AssertionError("CI=true, but " + why);
            }
            Assumptions.abort(why);
        }
        if (Files.exists(Path.of("/sys/class/net/pilab0"))) {
            throw new AssertionError("a testbed is already up on this machine (link pilab0); stop it with its down first");
        }
        work = Files.createTempDirectory(Path.of("/tmp"), "pilab-it-");
        lab = work.resolve("lab");
    }

    @AfterAll
    static void stopTheTestbed() {
        if (labUp) {
            HOST.run(List.of(SCRIPTS.resolve("down").toString(), "--lab", lab.toString()), "", Duration.ofMinutes(2));
        }
    }

    private static CommandResult pilab(Map<String, String> env, String... args) {
        List<String> argv = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        argv.addAll(List.of(args));
        return new ProcessRunner(env).run(argv, "", Duration.ofMinutes(3));
    }

    private static void waitFor(String what, Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + limit.toSeconds() + " s: " + what);
            }
            Thread.sleep(500);
        }
    }

    @Test
    void aSweepArrayRunsOnRealSlurmSurvivesAPowerOffAndMatchesTheLocalSweep() throws Exception {
        long t0 = System.nanoTime();
        // ---- the bundle, as a user makes it
        Path key = Files.writeString(work.resolve("id_ed25519.pub"), TestKeys.ed25519PublicLine("ci@pilab") + "\n");
        Path bundle = work.resolve("bundle");
        CommandResult init = pilab(Map.of(), "cluster", "init", "--non-interactive", "--nodes", "4", "--model",
                "pi4-4gb", "--ssh-key", key.toString(), "--out", bundle.toString());
        assertEquals(0, init.exitCode(), init.stderr());

        // ---- the testbed from the bundle's slurm.conf
        CommandResult up = pilab(Map.of(), "cluster", "testbed", "up", "--conf", bundle.resolve("slurm.conf").toString(),
                "--lab", lab.toString(), "--scripts", SCRIPTS.toString());
        labUp = true;
        assertEquals(0, up.exitCode(), up.stdout() + up.stderr());
        String slurmConf = TestbedScripts.slurmConf(up.stdout()).orElseThrow(() -> new AssertionError(up.stdout()));
        Map<String, String> env = Map.of("SLURM_CONF", slurmConf);
        ProcessRunner slurm = new ProcessRunner(env);
        Map<String, String> nodeStates = new TreeMap<>();
        for (String line : slurm.run(List.of("sinfo", "-h", "-N", "-o", "%N %t"), "", Duration.ofSeconds(30))
                .stdout().lines().toList()) {
            String[] f = line.trim().split("\\s+");
            nodeStates.put(f[0], f[1]);
        }
        assertEquals(Map.of("pi01", "idle", "pi02", "idle", "pi03", "idle", "pi04", "idle"), nodeStates);

        // ---- the sweep, submitted as a user submits it
        Path shared = Files.createDirectories(work.resolve("shared"));
        Files.copy(JAR, shared.resolve("pilab.jar"));
        Path spec = writeSweep(work.resolve("specs"));
        Path state = work.resolve("state/submissions.json");
        CommandResult submit = pilab(env, "cluster", "submit", spec.toString(), "--shared", shared.toString(),
                "--state", state.toString(), "--throttle", Integer.toString(TASKS), "--time", "10:00",
                "--pre-command", "sleep " + PRE_SLEEP_SECONDS);
        assertEquals(0, submit.exitCode(), submit.stderr());
        Matcher m = Pattern.compile("Submitted batch job (\\d+)").matcher(submit.stdout());
        assertTrue(m.find(), submit.stdout());
        String job = m.group(1);

        // ---- spread: every task running, over at least three nodes
        Map<Integer, String> where = new TreeMap<>();
        waitFor("all " + TASKS + " tasks running", Duration.ofSeconds(60), () -> {
            where.clear();
            where.putAll(running(slurm, job));
            return where.size() == TASKS;
        });
        Set<String> nodesUsed = new TreeSet<>(where.values());
        assertTrue(nodesUsed.size() >= 3, "tasks ran on " + nodesUsed);

        // ---- pull the power of a node with running tasks
        String victim = where.get(TASKS - 1);
        List<Integer> victimTasks = where.entrySet().stream().filter(e -> e.getValue().equals(victim))
                .map(Map.Entry::getKey).toList();
        CommandResult off = HOST.run(List.of(SCRIPTS.resolve("power-off").toString(), "--lab", lab.toString(), victim),
                "", Duration.ofSeconds(60));
        assertEquals(0, off.exitCode(), off.stderr());
        long tOff = System.nanoTime();
        waitFor(victim + " DOWN in sinfo", Duration.ofSeconds(90), () -> slurm.run(
                List.of("sinfo", "-h", "-n", victim, "-o", "%t"), "", Duration.ofSeconds(30)).stdout().strip()
                .startsWith("down"));
        double downSeconds = (System.nanoTime() - tOff) / 1e9;

        // ---- a half-finished array: the other tasks' results are there, the victim's are missing
        Path results = Path.of(runDir(state)).resolve("results");
        waitFor("the tasks on the other nodes finish", Duration.ofSeconds(90),
                () -> resultFiles(results) == TASKS - victimTasks.size());
        CommandResult partial = pilab(env, "cluster", "results", job, "--state", state.toString());
        assertEquals(0, partial.exitCode(), partial.stderr());
        assertTrue(partial.stdout().contains("Missing results for tasks: "), partial.stdout());
        assertTrue(partial.stdout().contains("with a result: " + (TASKS - victimTasks.size()) + " of " + TASKS),
                partial.stdout());
        for (int t : victimTasks) {
            assertTrue(partial.stdout().contains("task " + t + ": "), "task " + t + " listed in\n" + partial.stdout());
        }

        // ---- requeued and completed elsewhere
        waitFor("job " + job + " leaves the queue", Duration.ofSeconds(180),
                () -> slurm.run(List.of("squeue", "-h", "-j", job), "", Duration.ofSeconds(30)).stdout().isBlank());
        double requeueDoneSeconds = (System.nanoTime() - tOff) / 1e9;
        assertEquals(TASKS, resultFiles(results));
        Path logs = Path.of(runDir(state)).resolve("logs");
        for (int t : victimTasks) {
            List<String> starts = Files.readAllLines(logs.resolve(job + "_" + t + ".out")).stream()
                    .filter(l -> l.startsWith("pilab: start ")).toList();
            assertEquals(2, starts.size(), "task " + t + " started twice: " + starts);
            assertTrue(starts.get(0).contains(" on " + victim + " "), starts.get(0));
            assertFalse(starts.get(1).contains(" on " + victim + " "), "requeued elsewhere: " + starts.get(1));
        }

        // ---- the same numbers as the sweep run here, and the same ranked table
        SweepSpec sweep = new SweepSpecReader().read(spec, false);
        List<VariantResult> local = new SweepRunner(new BacktestSpecReader(), Optional.of(spec.getParent()))
                .prepare(sweep, IntStream.range(0, TASKS).boxed().toList()).stream()
                .map(p -> SweepRunner.runOne(p, SweepRunner.loadPrices(List.of(p)).get(p.spec().dataDir()))).toList();
        List<VariantResult> remote = new ArrayList<>(TaskResultFile.gather(results, sweep.fingerprint()).results());
        remote.sort(Comparator.comparingInt(VariantResult::task));
        assertEquals(TASKS, remote.size());
        for (int t = 0; t < TASKS; t++) {
            assertEquals(local.get(t).params(), remote.get(t).params(), "task " + t);
            assertEquals(local.get(t).sharpe(), remote.get(t).sharpe(), 0.0, "task " + t);
            assertEquals(local.get(t).finalEquity(), remote.get(t).finalEquity(), 0.0, "task " + t);
            assertArrayEquals(local.get(t).dailyReturns(), remote.get(t).dailyReturns(), 0.0, "task " + t);
        }
        CommandResult clusterTable = pilab(env, "cluster", "results", job, "--state", state.toString());
        CommandResult localTable = pilab(Map.of(), "sweep", spec.toString());
        assertEquals(0, clusterTable.exitCode(), clusterTable.stderr());
        assertEquals(localTable.stdout(), clusterTable.stdout());
        CommandResult status = pilab(env, "cluster", "status", job, "--state", state.toString());
        assertEquals(0, status.exitCode(), status.stderr());
        assertTrue(status.stdout().contains("with a result: " + TASKS + " of " + TASKS), status.stdout());
        assertTrue(status.stdout().contains(victim), "sinfo shows the dead node: " + status.stdout());

        // ---- the same sweep through --via ssh: a stand-in ssh on PATH runs the remote command
        // line with a local sh, so the quoting, the file transfer over stdin and the result
        // fetching are exercised without contacting any host.
        Path fakeBin = Files.createDirectories(work.resolve("fake-ssh"));
        Path sshLog = work.resolve("ssh-commands.log");
        Path fakeSsh = Files.writeString(fakeBin.resolve("ssh"), "#!/bin/sh\n"
                + "while [ \"$1\" != \"--\" ]; do shift; done\n"
                + "printf '%s %s\\n' \"$2\" \"$3\" >>" + sshLog + "\n"
                + "exec sh -c \"$3\"\n");
        Files.setPosixFilePermissions(fakeSsh, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Map<String, String> sshEnv = Map.of("SLURM_CONF", slurmConf, "PATH", fakeBin + ":" + System.getenv("PATH"));
        Path sshState = work.resolve("state/ssh-submissions.json");
        CommandResult viaSsh = pilab(sshEnv, "cluster", "submit", spec.toString(), "--via", "ssh", "pi@pi01",
                "--shared", shared.toString(), "--state", sshState.toString());
        assertEquals(0, viaSsh.exitCode(), viaSsh.stderr());
        Matcher sm = Pattern.compile("Submitted batch job (\\d+)").matcher(viaSsh.stdout());
        assertTrue(sm.find(), viaSsh.stdout());
        String sshJob = sm.group(1);
        assertTrue(Files.readString(sshLog).contains("pi@pi01 sbatch --parsable "), Files.readString(sshLog));
        Path sshResults = Path.of(runDir(sshState)).resolve("results");
        waitFor("the ssh-submitted sweep finishes", Duration.ofSeconds(120),
                () -> resultFiles(sshResults) == TASKS);
        CommandResult sshTable = pilab(sshEnv, "cluster", "results", sshJob, "--state", sshState.toString(),
                "--cache", work.resolve("ssh-cache").toString());
        assertEquals(0, sshTable.exitCode(), sshTable.stderr());
        assertEquals(localTable.stdout(), sshTable.stdout());
        assertEquals(TASKS, resultFiles(work.resolve("ssh-cache")), "results copied through ssh");

        // ---- stop: no process, namespace or link of the lab is left
        CommandResult down = pilab(Map.of(), "cluster", "testbed", "down", "--lab", lab.toString(), "--scripts",
                SCRIPTS.toString());
        assertEquals(0, down.exitCode(), down.stderr());
        labUp = false;
        String netns = HOST.run(List.of("ip", "netns", "list"), "", Duration.ofSeconds(10)).stdout();
        assertFalse(netns.contains("pilab-"), netns);
        assertFalse(Files.exists(Path.of("/sys/class/net/pilab0")));
        assertEquals(List.of(), processesMentioning(lab.toString()));
        System.out.printf("ClusterTestbedIT: node down after %.1f s, requeued tasks done %.1f s after the power-off,"
                + " whole test %.1f s%n", downSeconds, requeueDoneSeconds, (System.nanoTime() - t0) / 1e9);
        // Passed: the lab's logs are not needed (a failure leaves them in /tmp/pilab-it-* to read).
        deleteTree(work);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** A 12-variant sweep of 60/40-style portfolios on the data bundled in the jar. */
    private static Path writeSweep(Path dir) throws IOException {
        Files.createDirectories(dir);
        String json = """
                {
                  "version": 1,
                  "base": {
                    "version": 1,
                    "title": "Equity weight and rebalancing",
                    "data_dir": "datasets/market",
                    "start": "2010-01-04",
                    "end": "2012-12-31",
                    "initial_cash": 1000000,
                    "universe": ["SPY", "AGG"],
                    "alpha": {"type": "fixed", "weights": {"SPY": 0.6, "AGG": 0.4}},
                    "rebalance": {"frequency": "end_of_month"},
                    "sizing": {"type": "long_only", "cash_buffer": 0.01},
                    "fees": {"type": "zero"}
                  },
                  "grid": {
                    "alpha.weights.SPY": [0.2, 0.4, 0.6, 0.8],
                    "rebalance.frequency": ["end_of_month", "weekly", "daily"]
                  }
                }
                """;
        return Files.writeString(dir.resolve("weights_sweep.json"), json);
    }

    /** Running array tasks of {@code job} and their nodes, from real squeue. */
    private static Map<Integer, String> running(ProcessRunner slurm, String job) {
        Map<Integer, String> out = new LinkedHashMap<>();
        String text = slurm.run(List.of("squeue", "-h", "-r", "-j", job, "-t", "RUNNING", "-o", "%i %N"), "",
                Duration.ofSeconds(30)).stdout();
        for (String line : text.lines().toList()) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 2 && f[0].startsWith(job + "_")) {
                out.put(Integer.parseInt(f[0].substring(job.length() + 1)), f[1]);
            }
        }
        return out;
    }

    private static String runDir(Path state) throws IOException {
        Matcher m = Pattern.compile("\"run_dir\" : \"([^\"]+)\"").matcher(Files.readString(state));
        assertTrue(m.find(), "run_dir recorded in " + state);
        return m.group(1);
    }

    private static long resultFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches("task-\\d+\\.json")).count();
        } catch (IOException e) {
            return -1;
        }
    }

    private static List<String> processesMentioning(String text) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String cmd = new String(Files.readAllBytes(p.resolve("cmdline"))).replace('\0', ' ');
                    if (cmd.contains(text + "/")) {
                        found.add(p.getFileName() + " " + cmd);
                    }
                } catch (IOException gone) {
                    // The process ended while we looked.
                }
            }
        }
        return found;
    }
}
