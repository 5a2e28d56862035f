package org.pilab.slurm.conf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.pilab.slurm.time.SlurmDuration;

/** parse(write(c)) equals c, for hand-written and for seeded random configs. */
class RoundTripTest {

    private static final String[] STRING_KEYS = {"ClusterName", "AuthType", "AuthInfo",
        "StateSaveLocation", "SlurmdSpoolDir", "SlurmctldLogFile", "ProctrackType", "TaskPlugin",
        "SchedulerType", "SchedulerParameters", "SelectType", "SelectTypeParameters",
        "PriorityType", "MailProg", "SlurmUser", "SlurmdParameters", "JobCompLoc",
        "EnforcePartLimits", "PriorityDecayHalfLife", "AccountingStorageType"};
    private static final String[] NUMBER_KEYS = {"SlurmdTimeout", "ReturnToService",
        "MaxArraySize", "JobRequeue", "DefMemPerCPU", "PriorityWeightAge",
        "PriorityWeightFairshare", "KillWait", "MinJobAge"};
    private static final String[] WORDS = {"pilab", "auth/munge", "/var/spool/slurmd",
        "socket=/run/munge/munge.socket.2,cred_expire=30", "bf_interval=5,batch_sched_delay=0",
        "CR_Core_Memory", "a value with spaces", "tag#1", "back\\slash", "", "7-0", "ALL"};

    @Test
    void handBuiltConfigForRealPisSurvivesWriteThenParse() {
        SlurmConfig c = new SlurmConfig(
                List.of(new Setting("ClusterName", "pilab"),
                        new Setting("SelectType", "select/cons_tres"),
                        new Setting("SelectTypeParameters", "CR_Core_Memory"),
                        new Setting("DefMemPerCPU", "512"),
                        new Setting("SchedulerParameters", "bf_interval=30")),
                List.of(new ControllerHost("pi01", "192.168.1.101")),
                List.of(new NodeLine("DEFAULT", null, null, 4, 1, 1, 4, 1, 3794L, "UNKNOWN",
                                null, null, Map.of()),
                        NodeLine.of("pi[01-04]", "192.168.1.[101-104]", 4, 3794)),
                List.of(PartitionLine.of("main", "ALL", true, SlurmDuration.INFINITE),
                        new PartitionLine("short", "pi[02-04]", false, 30L, 10L, 2L, 2, "NO",
                                "UP", 3000L, 256L, Map.of("AllowGroups", "students"))));
        String text = SlurmConfWriter.write(c, List.of("slurm.conf for pilab", ""));
        ParseResult parsed = SlurmConfParser.parse(text);
        assertFalse(parsed.hasErrors(), () -> text + parsed.diagnostics());
        assertEquals(c, parsed.config());
        assertEquals(text.substring(text.indexOf("ClusterName")),
                SlurmConfWriter.write(parsed.config()), "writing is stable");
    }

    @Test
    void randomConfigsSurviveWriteThenParse() {
        SplittableRandom rng = new SplittableRandom(20261125);
        for (int round = 0; round < 500; round++) {
            SlurmConfig c = randomConfig(rng);
            String text = SlurmConfWriter.write(c);
            SlurmConfig back = SlurmConfParser.parse(text).config();
            assertEquals(c, back, text);
        }
    }

    private static SlurmConfig randomConfig(SplittableRandom rng) {
        List<Setting> settings = new ArrayList<>();
        int n = rng.nextInt(12);
        for (int i = 0; i < n; i++) {
            if (rng.nextBoolean()) {
                settings.add(new Setting(pick(rng, STRING_KEYS), pick(rng, WORDS)));
            } else {
                settings.add(new Setting(pick(rng, NUMBER_KEYS), Integer.toString(rng.nextInt(5000))));
            }
        }
        if (rng.nextInt(4) == 0) {
            settings.add(new Setting("Include", "/etc/slurm/extra.conf"));
        }
        List<ControllerHost> controllers = new ArrayList<>();
        for (int i = rng.nextInt(3); i > 0; i--) {
            controllers.add(new ControllerHost("ctl" + i, rng.nextBoolean() ? "10.0.0." + i : null));
        }
        List<NodeLine> nodes = new ArrayList<>();
        for (int i = rng.nextInt(5); i > 0; i--) {
            boolean isDefault = rng.nextInt(4) == 0;
            Map<String, String> extras = new LinkedHashMap<>();
            if (rng.nextBoolean()) {
                extras.put("Gres", "gpu:" + rng.nextInt(3));
            }
            if (rng.nextBoolean()) {
                extras.put("Reason", "being repaired #" + i);
            }
            nodes.add(new NodeLine(isDefault ? "DEFAULT" : "pi[0" + i + "-1" + i + "]",
                    isDefault || rng.nextBoolean() ? null : "10.1.0.[1" + i + "-2" + i + "]",
                    null, maybe(rng, 1 + rng.nextInt(8)), maybe(rng, 1), maybe(rng, 1),
                    maybe(rng, 4), maybe(rng, 1),
                    rng.nextBoolean() ? (long) rng.nextInt(16_000) : null,
                    rng.nextBoolean() ? "UNKNOWN" : null,
                    rng.nextBoolean() ? (long) rng.nextInt(100) : null,
                    rng.nextBoolean() ? "pi4,arm64" : null, extras));
        }
        List<PartitionLine> partitions = new ArrayList<>();
        String[] states = {"UP", "DOWN", "DRAIN", "INACTIVE"};
        String[] over = {"NO", "YES", "YES:4", "FORCE", "EXCLUSIVE"};
        for (int i = rng.nextInt(4); i > 0; i--) {
            boolean isDefault = rng.nextInt(5) == 0;
            partitions.add(new PartitionLine(isDefault ? "DEFAULT" : "p" + i,
                    rng.nextBoolean() ? "ALL" : "pi[01-03]",
                    rng.nextBoolean() ? rng.nextBoolean() : null,
                    rng.nextBoolean() ? (rng.nextBoolean() ? SlurmDuration.INFINITE
                            : (long) rng.nextInt(100_000)) : null,
                    rng.nextBoolean() ? (long) rng.nextInt(600) : null,
                    rng.nextBoolean() ? (rng.nextBoolean() ? SlurmDuration.INFINITE
                            : (long) rng.nextInt(64)) : null,
                    rng.nextBoolean() ? rng.nextInt(10) : null,
                    rng.nextBoolean() ? pick(rng, over) : null,
                    rng.nextBoolean() ? pick(rng, states) : null,
                    rng.nextBoolean() ? (long) rng.nextInt(8000) : null,
                    rng.nextBoolean() ? (long) rng.nextInt(2000) : null,
                    rng.nextBoolean() ? Map.of("AllowGroups", "lab users") : Map.of()));
        }
        return new SlurmConfig(settings, controllers, nodes, partitions);
    }

    private static Integer maybe(SplittableRandom rng, int value) {
        return rng.nextBoolean() ? value : null;
    }

    private static String pick(SplittableRandom rng, String[] values) {
        return values[rng.nextInt(values.length)];
    }
}
