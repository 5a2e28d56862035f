package org.pilab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pilab.lessons.catalogue.Catalogue;
import org.pilab.lessons.lab.LearnerTerminal;
import org.pilab.lessons.lab.LessonLab;
import org.pilab.lessons.lab.StartStates;
import org.pilab.node.Host;
import org.pilab.node.shell.ShellResult;

/**
 * {@code pilab cluster submit|status|results} typed at the virtual laptop: the same commands as
 * on a real cluster, against the virtual one (Java and the engine on /clusterfs/pilab, as lesson
 * 07 leaves it), with the submissions kept in the learner's virtual home.
 */
class LabClusterCommandsTest {

    private static final String SPEC = "/home/learner/mini_sweep.json";
    private static LessonLab lab;
    private static LearnerTerminal terminal;

    /** A two-variant sweep, its base inline so the laptop's copy stands alone. */
    @BeforeAll
    static void afterLessonSeven() throws IOException {
        Catalogue catalogue = Catalogue.load(Path.of("lessons"));
        lab = new StartStates(catalogue, LessonLabs.factory()).lessonStart(catalogue.lesson(8).orElseThrow());
        terminal = new LearnerTerminal(lab);
        ObjectMapper json = new ObjectMapper();
        ObjectNode sweep = json.createObjectNode();
        sweep.put("version", 1);
        sweep.set("base", json.readTree(Files.readString(Path.of("datasets/examples/momentum_taa.json"))));
        sweep.putObject("grid").putArray("alpha.top_n").add(1).add(2);
        Host laptop = lab.laptop();
        laptop.fs().write(SPEC, json.writeValueAsString(sweep), laptop.accounts().credentials(lab.learner()), 0644);
    }

    private static ShellResult type(String line) {
        return terminal.type(line);
    }

    @Test
    void aSweepSubmittedThroughSshRunsOnTheVirtualClusterAndRanksLikeTheLocalSweep() {
        Path realState = Path.of(System.getProperty("user.home"), ".local/state/pilab/submissions.json");
        boolean realStateBefore = Files.exists(realState);
        ShellResult submit = type("pilab cluster submit mini_sweep.json --via ssh pi@pi01 --shared /clusterfs/pilab");
        assertEquals(0, submit.status(), submit.output());
        Matcher m = Pattern.compile("Submitted batch job (\\d+)").matcher(submit.output());
        assertTrue(m.find(), submit.output());
        String job = m.group(1);
        assertTrue(submit.output().contains("array of 2 tasks, run folder /clusterfs/pilab/runs/mini_sweep-"),
                submit.output());

        String recorded = type("cat ~/.local/state/pilab/submissions.json").output();
        assertTrue(recorded.contains("\"job_id\" : \"" + job + "\""), recorded);
        assertTrue(recorded.contains("\"via\" : \"pi@pi01\""), recorded);
        assertEquals(realStateBefore, Files.exists(realState), "nothing recorded on the real disk");

        assertTrue(type("ssh pi01 squeue -h -r -j " + job).output().contains("pilab-mi"), "queued on the virtual cluster");
        type("sleep 120");
        ShellResult status = type("pilab cluster status " + job);
        assertEquals(0, status.status(), status.output());
        assertTrue(status.output().contains("with a result: 2 of 2"), status.output());

        ShellResult results = type("pilab cluster results");
        ShellResult local = type("pilab sweep mini_sweep.json");
        assertEquals(0, results.status(), results.output());
        assertEquals(local.output(), results.output(), "the same table as the sweep run on the laptop");
        assertTrue(type("ssh pi01 cat '/clusterfs/pilab/runs/mini_sweep-*/logs/" + job + "_1.out'").output()
                .startsWith("pilab: start task 1 of job "), "the task's log starts with the node's line");
    }

    @Test
    void withoutViaTheLaptopHasNoEngineOnASharedFolderAndNothingIsSubmitted() {
        ShellResult r = type("pilab cluster submit mini_sweep.json --shared /clusterfs/pilab");
        assertEquals(1, r.status(), r.output());
        assertTrue(r.output().contains("the engine jar /clusterfs/pilab/pilab.jar is not on this machine"), r.output());
    }

    @Test
    void statusOnALaptopWithoutSlurmSuggestsVia() {
        ShellResult r = type("pilab cluster status");
        assertEquals(1, r.status(), r.output());
        assertTrue(r.output().contains("exit 127"), r.output());
        assertTrue(r.output().contains("--via ssh USER@HEAD"), r.output());
        assertFalse(r.output().contains("read SLURM's message above"), r.output());
    }

    @Test
    void theTestbedDoesNotRunInTheVirtualLab() {
        ShellResult r = type("pilab cluster testbed up --conf my-cluster/slurm.conf");
        assertEquals(2, r.status());
        assertTrue(r.output().contains("does not run inside the virtual lab"), r.output());
    }
}
