package org.pilab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pilab.lessons.lab.LessonLab;
import org.pilab.node.Host;
import org.pilab.node.shell.Invocation;
import org.pilab.node.shell.Output;
import org.pilab.realcluster.exec.ClusterException;
import org.pilab.realcluster.exec.CommandResult;
import org.pilab.realcluster.exec.SshTarget;

/** The virtual cluster's head node as {@code pilab cluster} reaches it from the learner's laptop. */
class LabHeadTest {

    @TempDir
    Path scratch;

    private LessonLab lab;
    private Invocation typed;

    @BeforeEach
    void slurmReadyLab() {
        lab = LessonLabs.factory().build("slurm-ready");
        typed = new Invocation("pilab", List.of(), lab.laptop().login(lab.learner()), "", new Output(), new Output());
    }

    private LabHead head() {
        return new LabHead(typed, Optional.of(SshTarget.parse("pi@pi01")), scratch);
    }

    private Host pi01() {
        return lab.host("pi01").orElseThrow();
    }

    @Test
    void programsRunOnTheHeadAsTheSshUserWithTheirArgumentsKeptWhole() {
        LabHead head = head();
        assertEquals("pi01", head.run("hostname").stdout().strip());
        assertEquals("pi", head.run("whoami").stdout().strip());
        CommandResult echo = head.run("echo", "a  b; hostname");
        assertEquals(0, echo.exitCode());
        assertEquals("a  b; hostname", echo.stdout().strip(), "one argument, not a shell line");
        assertEquals("pi@pi01", head.describe());
    }

    @Test
    void aFailingProgramReportsItsStatusAndStderrApart() {
        CommandResult r = head().run("ls", "/no/such/folder");
        assertTrue(r.exitCode() != 0);
        assertEquals("", r.stdout());
        assertTrue(r.stderr().contains("/no/such/folder"), r.stderr());
    }

    @Test
    void writtenFilesAppearWholeWithTheUsersOwnershipAndNoTemporaryLeft() {
        LabHead head = head();
        head.createDirectories("/home/pi/a/b");
        head.writeFile("/home/pi/a/b/spec.json", "{\"x\": 1}\n");
        assertEquals("{\"x\": 1}\n", pi01().fs().read("/home/pi/a/b/spec.json"));
        assertEquals(List.of("spec.json"), pi01().fs().listOrEmpty("/home/pi/a/b"));
        int piUid = pi01().accounts().user("pi").orElseThrow().uid();
        assertEquals(piUid, pi01().fs().statIfExists("/home/pi/a/b/spec.json").orElseThrow().uid());
        assertTrue(head.isReadableFile("/home/pi/a/b/spec.json"));
    }

    @Test
    void readabilityFollowsTheUsersRights() {
        pi01().fs().install("/root-only.txt", "secret", 0, 0, 0600);
        LabHead head = head();
        assertFalse(head.isReadableFile("/root-only.txt"));
        assertFalse(head.isReadableFile("/no/such/file"));
        assertFalse(head.isReadableFile("/etc"), "a folder is not a readable file");
        assertTrue(head.isReadableFile("/etc/hostname"));
    }

    @Test
    void aFolderTheUserMayNotCreateIsAClusterErrorNamingIt() {
        ClusterException e = assertThrows(ClusterException.class, () -> head().createDirectories("/opt/pilab/runs"));
        assertTrue(e.getMessage().contains("/opt/pilab"), e.getMessage());
        assertTrue(e.getMessage().contains("pi@pi01"), e.getMessage());
    }

    @Test
    void resultsAreCopiedOutTaskFilesOnly() throws IOException {
        LabHead head = head();
        head.createDirectories("/home/pi/r");
        head.writeFile("/home/pi/r/task-000003.json", "{\"task\":3}\n");
        head.writeFile("/home/pi/r/notes.txt", "not a result\n");
        Path here = head.resultsHere("/home/pi/r", scratch.resolve("unused-cache"));
        try (var files = Files.list(here)) {
            assertEquals(List.of("task-000003.json"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals("{\"task\":3}\n", Files.readString(here.resolve("task-000003.json")));
        assertFalse(Files.exists(scratch.resolve("unused-cache")), "the real cache is not used in the lab");
        assertFalse(Files.exists(head.resultsHere("/home/pi/none", scratch)), "no folder yet: nothing to read");
    }

    @Test
    void anUnreachableHeadIsAClusterErrorWithSshsWords() {
        LabHead head = new LabHead(typed, Optional.of(SshTarget.parse("pi@nosuchhost")), scratch);
        ClusterException e = assertThrows(ClusterException.class, () -> head.run("hostname"));
        assertTrue(e.getMessage().contains("cannot reach the head node pi@nosuchhost"), e.getMessage());
        assertTrue(e.getMessage().contains("Could not resolve hostname nosuchhost"), e.getMessage());
    }

    @Test
    void withoutATargetTheHeadIsTheHostTheCommandWasTypedOn() {
        LabHead here = new LabHead(typed, Optional.empty(), scratch);
        assertEquals("laptop", here.run("hostname").stdout().strip());
        assertEquals("this machine", here.describe());
    }
}
