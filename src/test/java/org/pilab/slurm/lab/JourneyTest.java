package org.pilab.slurm.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * From {@code fresh} to a working four-node cluster with only the commands of lessons 01-04's
 * solutions (lessons-01-04.txt, one step per "//" header), checking what a learner sees on the way.
 *
 * <p>Two lines differ from the lessons: ~/.ssh/config names each host's {@code HostName
 * piNN.local} (the lab's ssh does not expand the {@code %h} token yet), and {@code slurmd -C}
 * is called by its path (a non-root PATH has no /usr/sbin).</p>
 */
class JourneyTest {

    private static Map<String, List<String>> steps() throws IOException {
        Map<String, List<String>> steps = new LinkedHashMap<>();
        try (InputStream in = JourneyTest.class.getResourceAsStream("lessons-01-04.txt")) {
            String step = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("// ")) {
                    step = line.substring(3);
                    steps.put(step, new java.util.ArrayList<>());
                } else if (!line.isBlank()) {
                    steps.get(step).add(line);
                }
            }
        }
        return steps;
    }

    @Test
    void freshToAWorkingClusterWithTheLessonsCommands() throws IOException {
        Lab lab = Scenarios.build("fresh", 5);
        LabTranscript t = new LabTranscript(lab);
        Map<String, String> seen = new LinkedHashMap<>();
        for (var step : steps().entrySet()) {
            StringBuilder out = new StringBuilder();
            for (String line : step.getValue()) {
                out.append(t.run(line));
            }
            seen.put(step.getKey(), out.toString());
            if (step.getKey().endsWith("flash-the-rest")) {
                String ping = t.run("ping -c 1 pi04.local");
                assertTrue(ping.contains("1 received"), seen + ping);
            }
            if (step.getKey().endsWith("export-clusterfs")) {
                assertTrue(t.run("ssh pi01 sinfo").endsWith("bash: sinfo: command not found\n"), "no SLURM yet");
            }
        }
        assertTrue(seen.get("04-install-slurm / one-munge-key").contains("STATUS:          Success (0)"),
                seen.get("04-install-slurm / one-munge-key"));
        assertTrue(seen.get("04-install-slurm / slurmd-C").contains(
                "NodeName=pi02 CPUs=4 Boards=1 SocketsPerBoard=1 CoresPerSocket=4 ThreadsPerCore=1 RealMemory=3794"));
        assertTrue(seen.get("04-install-slurm / start-daemons").endsWith("""
                PARTITION AVAIL  TIMELIMIT  NODES  STATE NODELIST
                main*        up   infinite      4   idle pi[01-04]
                """), seen.get("04-install-slurm / start-daemons"));
        assertTrue(seen.get("04-install-slurm / first-srun").contains("pi01\npi02\npi03\npi04\n"),
                seen.get("04-install-slurm / first-srun"));
        assertTrue(t.run("ssh pi01 ls -l /clusterfs").contains("hello-from-pi04"));
    }
}
