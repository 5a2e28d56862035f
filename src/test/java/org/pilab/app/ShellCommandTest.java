package org.pilab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pilab shell} with a piped stdin: bash -s behaviour over the virtual lab. */
class ShellCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final InputStream realIn = System.in;

    @TempDir
    Path tmp;

    private record Run(int status, String out, String err) {
    }

    private static Run shell(String script, String... args) {
        System.setIn(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] argv = new String[args.length + 1];
        argv[0] = "shell";
        System.arraycopy(args, 0, argv, 1, args.length);
        int status = Main.run(argv, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    @AfterEach
    void restoreStdin() {
        System.setIn(realIn);
    }

    @Test
    void slurmReadyIsFourIdlePisAndOnlyTheCommandsOutputIsPrinted() {
        Run r = shell("sinfo\nsrun --nodes=4 hostname\n");
        assertEquals(0, r.status(), r.err());
        assertEquals("""
                PARTITION AVAIL  TIMELIMIT  NODES  STATE NODELIST
                main*        up   infinite      4   idle pi[01-04]
                pi01
                pi02
                pi03
                pi04
                """, r.out());
    }

    @Test
    void errorsGoToStderrAndOutputToStdoutAsBashDashSWritesThem() {
        Run r = shell("""
                echo start
                ls /nope
                nosuchtool
                ls /nope 2>&1 | wc -l
                ls /nope 2>/dev/null
                sbatch /nope.sh
                echo end
                """);
        assertEquals(0, r.status(), r.err());
        assertEquals("start\n1\nend\n", r.out());
        assertEquals("""
                ls: cannot access '/nope': No such file or directory
                -bash: nosuchtool: command not found
                sbatch: error: Unable to open file /nope.sh
                """, r.err());
    }

    @Test
    void aQuotedStringOrAHereDocumentGoesOnAcrossLines() {
        Run r = shell("""
                echo "two
                lines"
                cat <<EOF
                here $USER
                EOF
                echo one \\
                  line
                """);
        assertEquals("", r.err());
        assertEquals("two\nlines\nhere pi\none line\n", r.out());
    }

    @Test
    void theLaptopHasNoSlurmClientAndTheStatusIsTheLastCommands() {
        Run r = shell("sinfo\n", "--on", "laptop");
        assertEquals(127, r.status());
        assertTrue((r.out() + r.err()).contains("sinfo: command not found"), r.out());
        assertEquals(1, shell("ssh pi01 true\nssh pi01 false\n", "--on", "laptop").status());
        assertEquals(0, shell("ssh pi01 false\nssh pi01 true\n", "--on", "laptop").status());
    }

    @Test
    void sleepMovesTheVirtualClockAndJobsFinishInIt() {
        Run r = shell("""
                ssh pi01
                cd /clusterfs
                sbatch --output=/clusterfs/sleepy-%j.out --wrap='sleep 120; hostname'
                squeue -h -o %T
                sleep 121
                squeue -h -o %T
                cat /clusterfs/sleepy-1.out
                exit
                """);
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        int submitted = lines.indexOf("Submitted batch job 1");
        assertTrue(submitted >= 0, r.out());
        assertEquals("RUNNING", lines.get(submitted + 1));
        assertEquals("pi01", lines.get(submitted + 2), "the queue is empty after the job; its output names its node");
    }

    @Test
    void theSameSeedGivesTheSameTranscript() {
        String script = "ssh pi02 sudo md5sum /etc/munge/munge.key\nssh pi01 \"sbatch --wrap='sleep 30'\"\nssh pi01 squeue\nsleep 45\n"
                + "ssh pi01 sacct -X -o JobID,State,Elapsed\nssh pi03 date\n";
        Run a = shell(script, "--seed", "7");
        Run b = shell(script, "--seed", "7");
        assertEquals(a.out(), b.out());
        assertEquals(a.err(), b.err());
        assertTrue(a.out().contains("COMPLETED"), a.out());
    }

    @Test
    void aRealSlurmConfBuildsItsNodesAndPartitions() {
        Run r = shell("ssh pi01 sinfo\nssh pi01 scontrol show partition long\n", "--slurm-conf",
                "src/test/resources/testbed/pi4-cluster.slurm.conf");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("""
                PARTITION AVAIL  TIMELIMIT  NODES  STATE NODELIST
                short*       up      30:00      4   idle pi[01-04]
                long         up 1-00:00:00      4   idle pi[01-04]
                """), r.out());
        assertTrue(r.out().contains("MaxTime=1-00:00:00"), r.out());
    }

    @Test
    void lessonSixRunsTheJarFromClusterfsInsideJobsOnceJavaIsInstalled() {
        Run r = shell("""
                ssh pi01 mkdir -p /clusterfs/pilab/results
                scp ~/pilab.jar pi01:/clusterfs/pilab/
                ssh pi01
                cd /clusterfs/pilab
                sbatch --output=/clusterfs/pilab/nojava-%j.out --wrap='java -jar /clusterfs/pilab/pilab.jar --version'
                sleep 5
                cat nojava-1.out
                sudo apt install -y openjdk-17-jre-headless > /dev/null
                sbatch --output=/clusterfs/pilab/bt-%j.out --wrap='java -Xmx512m -jar /clusterfs/pilab/pilab.jar backtest datasets/examples/sixty_forty.json'
                sbatch --output=/clusterfs/pilab/jr-%j.out --wrap='java -jar /clusterfs/pilab/pilab.jar job run datasets/examples/sixty_forty.json --out /clusterfs/pilab/results'
                sleep 60
                head -n 1 bt-2.out
                cat jr-3.out
                grep -c final_equity results/result.json
                exit
                """, "--on", "laptop");
        assertTrue(r.out().contains("java: command not found"), r.out());
        assertTrue(r.out().contains("60/40 US equities and bonds\n/clusterfs/pilab/results/result.json\n2\n"), r.out());
    }

    @Test
    void unknownScenarioIsAUsageError() {
        Run r = shell("", "--scenario", "moon-base");
        assertTrue(r.status() != 0);
        assertTrue(r.err().contains("unknown scenario \"moon-base\""), r.err());
    }

    @Test
    void aJobArrayOfPilabJobRunWritesTaskFilesTheSweepCanRank() throws IOException {
        ObjectNode base = (ObjectNode) JSON.readTree(Path.of("datasets/examples/sixty_forty.json").toFile());
        base.put("data_dir", Path.of("datasets/market").toAbsolutePath().toString());
        ObjectNode sweep = JSON.createObjectNode();
        sweep.set("base", base);
        ObjectNode grid = sweep.putObject("grid");
        grid.putArray("sizing.cash_buffer").add(0.01).add(0.2);
        grid.putArray("rebalance.frequency").add("end_of_month").add("weekly");
        Path spec = tmp.resolve("sweep.json");
        Files.writeString(spec, JSON.writeValueAsString(sweep));

        Run r = shell("""
                ssh pi01
                mkdir -p /clusterfs/sweep/results /clusterfs/sweep/logs
                cd /clusterfs/sweep
                sbatch --array=0-3%2 --output=/clusterfs/sweep/logs/%A_%a.out --wrap='pilab job run SPEC --out /clusterfs/sweep/results'
                sleep 600
                ls /clusterfs/sweep/results | wc -l
                sacct -X -n -o State | sort | uniq -c
                cat /clusterfs/sweep/results/task-000000.json
                cat /clusterfs/sweep/results/task-000001.json
                cat /clusterfs/sweep/results/task-000002.json
                cat /clusterfs/sweep/results/task-000003.json
                exit
                """.replace("SPEC", spec.toString()));
        assertEquals(0, r.status(), r.err() + r.out());
        assertTrue(r.out().contains("\n4\n      4  COMPLETED"), r.out().substring(0, Math.min(2000, r.out().length())));
        Path results = Files.createDirectories(tmp.resolve("results"));
        List<String> lines = r.out().lines().filter(l -> l.startsWith("{")).toList();
        assertEquals(4, lines.size(), r.out());
        for (String line : lines) {
            JsonNode task = JSON.readTree(line);
            Files.writeString(results.resolve(String.format("task-%06d.json", task.get("task").asInt())), line + "\n");
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path ranked = tmp.resolve("ranked.json");
        int status = Main.run(new String[] {"sweep", spec.toString(), "--results", results.toString(), "--json",
            ranked.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, status, err.toString());
        assertEquals(4, JSON.readTree(ranked.toFile()).get("results").size());
    }

    @Test
    void theScenarioCommandStartsOverInANamedLabWithFaults() {
        Run r = shell("scenario\nscenario moon\nscenario slurm-ready munge-key@pi02\nhostname\nssh pi01 \"sinfo -h -o '%t %N'\"\n",
                "--scenario", "fresh");
        assertTrue(r.out().startsWith("scenarios: fresh, networked, slurm-ready"), r.out());
        assertTrue((r.out() + r.err()).contains("unknown scenario \"moon\""), r.out() + r.err());
        assertTrue(r.out().contains("laptop\n"), r.out());
        assertTrue(r.out().contains("idle* pi02"), r.out());
    }
}
