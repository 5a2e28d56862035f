package org.pilab.realcluster.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pilab.jobs.sweep.SweepSpec;
import org.pilab.jobs.sweep.SweepSpecReader;

class SpecPreparerTest {

    @TempDir
    Path tmp;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aSweepWithABaseFileBecomesOneSelfContainedFileWithTheSameFingerprint() throws IOException {
        Path examples = Path.of("datasets/examples");
        Path sweepFile = examples.resolve("momentum_sweep.json");
        SweepSpec original = new SweepSpecReader().read(sweepFile, false);
        PreparedSpec p = SpecPreparer.prepare(sweepFile, "/clusterfs/pilab");
        assertEquals("momentum_sweep", p.name());
        assertEquals(original.fingerprint(), p.fingerprint());
        assertEquals(original.size(), (long) p.tasks().orElseThrow());
        // Read from a folder where no base file exists: it needs nothing else.
        Path copy = Files.writeString(tmp.resolve("spec.json"), p.json());
        SweepSpec reread = new SweepSpecReader().read(copy, false);
        assertEquals(original.fingerprint(), reread.fingerprint());
        assertEquals(original.variant(7).spec(), reread.variant(7).spec());
    }

    @Test
    void aBacktestIsASingleJob() {
        PreparedSpec p = SpecPreparer.prepare(Path.of("datasets/examples/sixty_forty.json"), "/clusterfs/pilab");
        assertTrue(p.tasks().isEmpty());
        assertEquals(12, p.fingerprint().length());
    }

    @Test
    void dataOnlyThisMachineCanSeeIsRefusedWithWhatToDo() throws IOException {
        ObjectNode spec = (ObjectNode) JSON.readTree(Path.of("datasets/examples/sixty_forty.json").toFile());
        spec.put("data_dir", Path.of("datasets/market").toAbsolutePath().toString());
        Path file = tmp.resolve("local.json");
        Files.writeString(file, spec.toString());
        SubmitException e = assertThrows(SubmitException.class, () -> SpecPreparer.prepare(file, "/clusterfs/pilab"));
        assertTrue(e.getMessage().contains("nodes cannot read") && e.getMessage().contains("/clusterfs/pilab/data"),
                e.getMessage());
        // The same folder is fine when it is on the shared path.
        String shared = Path.of("datasets").toAbsolutePath().toString();
        assertEquals(1, SpecPreparer.prepare(file, shared).json().lines().filter(l -> l.contains("data_dir")).count());
    }
}
