package org.pilab.slurm.ctl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScriptPayloadTest {

    private static final JobEnvironment ENV = new JobEnvironment(
            Map.of("SLURM_JOB_ID", "12", "SLURM_ARRAY_TASK_ID", "3", "PILAB_NOW", "1767258000"),
            "pi02", List.of("pi02", "pi03"), 3, new int[] {2, 1});

    private static String text(PayloadResult r) {
        StringBuilder sb = new StringBuilder();
        r.output().forEach(l -> sb.append(l.stderr() ? "E:" : "").append(l.text()));
        return sb.toString();
    }

    @Test
    void builtinsPrintAndTakeVirtualTime() {
        PayloadResult r = new ScriptPayload("#!/bin/bash\n#SBATCH -N 2\nhostname\nsleep 30\necho \"task $SLURM_ARRAY_TASK_ID\"\n"
                + "date\n", Map.of()).run(ENV);
        assertEquals("pi02\ntask 3\nThu Jan  1 09:00:30 UTC 2026\n", text(r));
        assertEquals(30, r.durationSeconds());
        assertEquals(0, r.exitCode());
    }

    @Test
    void exitCodeIsTheLastCommandsAndExitStops() {
        assertEquals(1, new ScriptPayload("#!/bin/sh\ntrue\nfalse\n", Map.of()).run(ENV).exitCode());
        PayloadResult r = new ScriptPayload("#!/bin/sh\nexit 4\necho never\n", Map.of()).run(ENV);
        assertEquals(4, r.exitCode());
        assertEquals("", text(r));
    }

    @Test
    void unknownCommandsFailLikeBash() {
        PayloadResult r = new ScriptPayload("#!/bin/bash\nfoo\n", Map.of()).run(ENV);
        assertEquals(127, r.exitCode());
        assertEquals("E:/var/spool/slurmd/job00012/slurm_script: line 2: foo: command not found\n", text(r));
    }

    @Test
    void srunRunsOncePerTaskOnItsNode() {
        PayloadResult r = new ScriptPayload("#!/bin/bash\nsrun hostname\n", Map.of()).run(ENV);
        assertEquals("pi02\npi02\npi03\n", text(r));
    }

    @Test
    void srunOptionsPickNodesAndTasks() {
        assertEquals("pi02\npi03\n", text(new ScriptPayload("#!/bin/bash\nsrun -N 2 hostname\n", Map.of()).run(ENV)));
        assertEquals("pi02\n", text(new ScriptPayload("#!/bin/bash\nsrun --ntasks=1 hostname\n", Map.of()).run(ENV)));
    }

    @Test
    void registeredCommandsRunThroughTheHook() {
        ExternalCommand job = (argv, env) -> new PayloadResult(
                List.of(new OutputLine(5, false, "ran " + String.join(" ", argv.subList(1, argv.size())) + "\n")), 0, 42);
        PayloadResult r = new ScriptPayload("#!/bin/bash\nsleep 3\npilab job run spec.json\n", Map.of("pilab", job))
                .run(ENV);
        assertEquals("ran job run spec.json\n", text(r));
        assertEquals(45, r.durationSeconds());
        assertEquals(8, r.output().get(0).atSecond());
    }
}
