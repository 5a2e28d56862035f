package org.pilab.slurm.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * jobcomp/filetxt and {@code sacct -c} against the testbed recordings in
 * src/test/resources/testbed/jobcomp: the same bundle slurm.conf (JobCompLoc changed to the
 * testbed's), the same jobs in the same order, then the lines and sacct's output compared with
 * the real ones, every date replaced by {@code TIME}. Raw ids of array tasks are compared as
 * {@code N}: the real slurmctld numbers tasks as they split off the array record (tasks 0-2 of
 * job 3 became 6, 7 and 3), the virtual one when the array is submitted.
 */
class JobCompFileTxtTest {

    private static final Path DIR = Path.of("src/test/resources/testbed/jobcomp");
    private static final String LOC = "/tmp/jc-lab/log/jobcomp.txt";

    private VirtualCluster vc;

    @BeforeEach
    void runTheTestbedJobs() throws IOException {
        String conf = read("slurm.conf").replace("JobCompLoc=/var/log/slurm/jobcomp.log", "JobCompLoc=" + LOC);
        vc = VirtualCluster.fromConfText(conf, 1);
        vc.as("root", 0, "/tmp/jc-jobs");
        vc.run("sbatch --wrap 'echo hi'");
        vc.run("sbatch -J failer --wrap 'exit 3'");
        vc.run("sbatch --array=0-2 -J arr --wrap 'echo $SLURM_ARRAY_TASK_ID'");
        String toCancel = vc.run("sbatch --parsable -J tocancel --wrap 'sleep 300'").stdout().trim();
        vc.run("sbatch -J slow -t 1 --wrap 'sleep 90'");
        vc.run("sleep 13");
        vc.run("scancel " + toCancel);
        vc.run("sleep 120");
    }

    private static String read(String name) throws IOException {
        return Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
    }

    private static String timeless(String text) {
        return text.replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d", "TIME");
    }

    /** Lines keyed by job name and array task id, raw ids made {@code N}, dates {@code TIME}. */
    private static Map<String, String> byJob(String text) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            Map<String, String> f = SacctCompletion.fields(line);
            m.put(f.get("Name") + "/" + f.getOrDefault("ArrayTaskId", "-"),
                    timeless(line).replaceFirst("^JobId=\\d+ ", "JobId=N "));
        }
        return m;
    }

    @Test
    void eachFinishedJobAppendsTheRealLine() throws IOException {
        String written = vc.readFile(LOC);
        assertNotNull(written, "jobcomp/filetxt wrote no " + LOC);
        Map<String, String> real = byJob(read("jobcomp.txt"));
        Map<String, String> ours = byJob(written);
        assertEquals(7, ours.size(), written);
        for (Map.Entry<String, String> e : ours.entrySet()) {
            assertEquals(real.get(e.getKey()), e.getValue(), "line of " + e.getKey());
        }
        assertTrue(written.endsWith(" \n"), "every line ends in a space");
    }

    @Test
    void heldCancelledMultiNodeAndOtherUsersJobsAsRecorded() throws IOException {
        String held = vc.run("sbatch --parsable -H -J held --wrap true").stdout().trim();
        vc.run("sbatch -N 2 -J two --wrap true");
        vc.as("nobody", 65534, "/tmp/jc-jobs");
        vc.run("sbatch -J nob --wrap true");
        vc.as("root", 0, "/tmp/jc-jobs");
        vc.run("sleep 1");
        vc.run("scancel " + held);
        vc.run("sleep 3");
        Map<String, String> real = byJob(read("jobcomp.txt"));
        Map<String, String> ours = byJob(vc.readFile(LOC));
        assertEquals(real.get("held/-"), ours.get("held/-"));
        assertEquals(real.get("two/-"), ours.get("two/-"));
        // Groups are not modelled: nobody's group is named after the user, not nogroup.
        assertEquals(real.get("nob/-").replace("GroupId=nogroup(", "GroupId=nobody("), ours.get("nob/-"));
    }

    @Test
    void sacctCompletionPrintsTheFileLikeRealSacct() throws IOException {
        CommandResult r = vc.run("sacct -c");
        assertEquals(0, r.exitCode());
        List<String> realRows = rowsOf(read("sacct-c.out"), List.of("1", "2", "3", "4", "5", "6", "7"));
        List<String> ourRows = rowsOf(r.stdout(), List.of("1", "2", "3", "4", "5", "6", "7"));
        assertEquals(realRows.subList(0, 2), ourRows.subList(0, 2), "header");
        assertEquals(sorted(realRows.subList(2, realRows.size())), sorted(ourRows.subList(2, ourRows.size())));
        // Three array tasks, two "Unknown type" errors each, as real sacct reports them.
        assertEquals(6, r.stderr().lines().filter(l -> l.startsWith("sacct: error: Unknown type Array")).count());
        assertEquals(List.of(), r.stderr().lines().filter(l -> !l.startsWith("sacct: error: Unknown type Array")).toList());
    }

    @Test
    void sacctCompletionWithJobAndFormat() throws IOException {
        assertEquals(timeless(read("sacct-c-j2.out")), timeless(vc.run("sacct -c -j 2").stdout()));
        assertEquals("", vc.run("sacct -c -j 2").stderr());
        List<String> real = rowsOf(read("sacct-c-o.out"), List.of("1", "2", "3", "4", "5", "6", "7"));
        List<String> ours = rowsOf(vc.run("sacct --completion -o JobID,JobName,State,ExitCode").stdout(),
                List.of("1", "2", "3", "4", "5", "6", "7"));
        assertEquals(real.subList(0, 2), ours.subList(0, 2));
        assertEquals(sorted(real.subList(2, real.size())), sorted(ours.subList(2, ours.size())));
    }

    @Test
    void withoutJobCompletionSacctCSaysSo() throws IOException {
        String conf = read("slurm.conf").replace("JobCompType=jobcomp/filetxt", "JobCompType=jobcomp/none");
        CommandResult r = VirtualCluster.fromConfText(conf, 1).run("sacct -c");
        assertEquals(read("sacct-c-jobcomp-none.err"), r.stderr());
        assertEquals("", r.stdout());
        assertEquals(1, r.exitCode());
    }

    @Test
    void plainSacctStillNeedsAccountingStorage() {
        CommandResult r = vc.run("sacct");
        assertEquals("Slurm accounting storage is disabled\n", r.stderr());
        assertEquals(1, r.exitCode());
    }

    /** Header lines plus the rows whose first column is one of {@code ids}, ids made N, dates TIME. */
    private static List<String> rowsOf(String out, List<String> ids) {
        List<String> rows = new ArrayList<>();
        String[] lines = timeless(out).split("\n");
        rows.add(lines[0]);
        rows.add(lines[1]);
        for (int i = 2; i < lines.length; i++) {
            String id = lines[i].split(" ")[0];
            if (ids.contains(id)) {
                rows.add("N" + " ".repeat(id.length() - 1) + lines[i].substring(id.length()));
            }
        }
        return rows;
    }

    private static List<String> sorted(List<String> rows) {
        return rows.stream().sorted().toList();
    }
}
