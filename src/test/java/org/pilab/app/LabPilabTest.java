package org.pilab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pilab} and {@code java -jar} typed inside the virtual lab run this program on the virtual files. */
class LabPilabTest {

    private final InputStream realIn = System.in;

    @TempDir
    Path tmp;

    private record Run(int status, String out, String err) {
    }

    private Run shell(String script, String... scenario) {
        System.setIn(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] argv = new String[3 + scenario.length];
        argv[0] = "shell";
        argv[1] = "--progress";
        argv[2] = tmp.resolve("progress.json").toString();
        System.arraycopy(scenario, 0, argv, 3, scenario.length);
        int status = Main.run(argv, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    @AfterEach
    void restoreStdin() {
        System.setIn(realIn);
    }

    @Test
    void planAtTheLaptopPrintsWhatTheRealCommandPrintsAndWritesTheVirtualFile() throws IOException {
        StringWriter real = new StringWriter();
        Main.run(new String[] {"plan", "--nodes", "4", "--model", "pi4-4gb", "--cooling", "none"},
                new PrintWriter(real, true), new PrintWriter(new StringWriter(), true));
        Run r = shell("pilab plan --nodes 4 --model pi4-4gb --cooling none\n", "--scenario", "fresh");
        assertEquals(0, r.status(), r.err());
        assertEquals(real.toString(), r.out());

        Run json = shell("pilab plan --nodes 2 --model pi4-4gb --cooling fan --json ~/plan.json >/dev/null\n"
                + "cat ~/plan.json\n", "--scenario", "fresh");
        assertEquals(0, json.status(), json.err());
        JsonNode plan = new ObjectMapper().readTree(json.out());
        assertEquals(2, plan.path("bill_of_materials").path(0).path("qty").asInt(), json.out());
    }

    @Test
    void anOutputIntoAMissingVirtualFolderCreatesItAndTheMessageNamesTheVirtualPath() {
        Run r = shell("pilab plan --nodes 2 --model pi4-4gb --json /home/learner/new/plan.json | tail -1\n"
                + "ls /home/learner/new\n", "--scenario", "fresh");
        assertEquals(0, r.status(), r.out() + r.err());
        assertEquals("Wrote the plan as JSON to /home/learner/new/plan.json\nplan.json\n", r.out());
    }

    @Test
    void javaDashJarOfAMissingFileFailsAsTheJvmDoes() {
        Run r = shell("sudo apt-get install -y openjdk-17-jre-headless >/dev/null 2>&1\n"
                + "java -jar /clusterfs/pilab/pilab.jar --version\necho status $?\n");
        // the JVM says so on stderr, as a real java does
        assertTrue(r.err().contains("Error: Unable to access jarfile /clusterfs/pilab/pilab.jar\n"), r.err());
        assertTrue(r.out().contains("status 1\n"), r.out());
    }

    @Test
    void clusterInitWritesTheBundleIntoTheVirtualFolder() {
        Run r = shell("ssh-keygen -t ed25519 -f ~/.ssh/id_ed25519 -N '' >/dev/null\n"
                + "pilab cluster init --non-interactive --name pilab --nodes 4 --model pi4-4gb --head pi01 "
                + "--subnet 10.0.0.0/24 --user pi --ssh-key ~/.ssh/id_ed25519.pub --os bookworm --out my-cluster "
                + ">/dev/null\n"
                + "grep -c '^NodeName' my-cluster/slurm.conf\nls my-cluster/bootstrap\n", "--scenario", "fresh");
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().startsWith("4\n"), r.out());
        assertTrue(r.out().contains("head.sh"), r.out());
    }

    @Test
    void aSweepRankingJobReadsAndWritesTheSharedFolder() {
        Run r = shell("""
                mkdir -p /clusterfs/s/results
                sbatch --job-name=one --array=0-2 --output=/clusterfs/s/%a.out --wrap='java -jar /clusterfs/pilab.jar job run datasets/examples/momentum_sweep.json --out /clusterfs/s/results'
                sleep 120
                sbatch --job-name=rank --output=/clusterfs/s/rank.out --wrap='java -jar /clusterfs/pilab.jar sweep datasets/examples/momentum_sweep.json --results /clusterfs/s/results --report /clusterfs/s/report'
                sleep 60
                sacct -n -X --name=rank -o state
                ls /clusterfs/s/report
                cat /clusterfs/s/rank.out
                """.replace("mkdir -p", "echo PK > /clusterfs/pilab.jar; sudo apt-get install -y openjdk-17-jre-headless >/dev/null 2>&1; mkdir -p"));
        assertTrue(r.out().contains("Missing results for tasks: 3-119"), r.out());
        assertTrue(r.out().contains("COMPLETED"), r.out());
        assertTrue(r.out().contains("sweep.json"), r.out());
    }

    @Test
    void clusterInitWithoutOutWritesItsDefaultFolderInTheVirtualFolderOnly() {
        boolean before = java.nio.file.Files.exists(Path.of("cluster-bundle"));
        Run r = shell("ssh-keygen -t ed25519 -f ~/.ssh/id_ed25519 -N '' >/dev/null\n"
                + "pilab cluster init --non-interactive --name pilab --nodes 2 --model pi4-4gb --head pi01 "
                + "--subnet 10.0.0.0/24 --user pi --ssh-key ~/.ssh/id_ed25519.pub --os bookworm >/dev/null\n"
                + "ls ~/cluster-bundle/slurm.conf\n", "--scenario", "fresh");
        assertEquals(0, r.status(), r.out() + r.err());
        assertEquals("/home/learner/cluster-bundle/slurm.conf\n", r.out());
        assertEquals(before, java.nio.file.Files.exists(Path.of("cluster-bundle")), "nothing written to the real disk");
    }
}
