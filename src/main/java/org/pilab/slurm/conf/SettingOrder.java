package org.pilab.slurm.conf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The conventional order of global keys in a slurm.conf (cluster, controller, users, auth,
 * paths, plugins, scheduling, priority, timeouts), the order SlurmConfWriter writes and
 * SlurmConfig keeps. Keys not listed follow in their original relative order. SLURM itself
 * ignores the order of global keys, so sorting changes nothing it does.
 */
final class SettingOrder {

    private static final List<String> ORDER = List.of("ClusterName", "ControlMachine",
            "ControlAddr", "BackupController", "BackupAddr", "SlurmUser", "SlurmdUser",
            "SlurmctldPort", "SlurmdPort", "AuthType", "AuthAltTypes", "CredType", "AuthInfo",
            "StateSaveLocation", "SlurmdSpoolDir", "SlurmctldPidFile", "SlurmdPidFile",
            "SlurmctldLogFile", "SlurmdLogFile", "SlurmctldDebug", "SlurmdDebug",
            "ProctrackType", "TaskPlugin", "TaskPluginParam", "JobAcctGatherType",
            "JobAcctGatherFrequency", "AccountingStorageType", "AccountingStorageHost",
            "AccountingStoragePort", "AccountingStoragePass", "AccountingStorageUser",
            "AccountingStorageEnforce", "JobCompType", "JobCompLoc", "SchedulerType",
            "SchedulerParameters", "SelectType", "SelectTypeParameters", "DefMemPerCPU",
            "PriorityType", "PriorityDecayHalfLife", "PriorityMaxAge", "PriorityWeightAge",
            "PriorityWeightFairshare", "PriorityWeightJobSize", "PriorityWeightPartition",
            "PriorityWeightQOS", "PriorityWeightAssoc", "PriorityWeightTRES", "MpiDefault",
            "MailProg", "SlurmdTimeout", "SlurmctldTimeout", "InactiveLimit", "KillWait",
            "MinJobAge", "WaitTime", "ReturnToService", "MaxArraySize", "EnforcePartLimits",
            "JobRequeue", "SlurmdParameters");

    private static final Map<String, Integer> RANK = new HashMap<>();

    static {
        for (int i = 0; i < ORDER.size(); i++) {
            RANK.put(ORDER.get(i).toLowerCase(Locale.ROOT), i);
        }
    }

    private SettingOrder() {
    }

    /** Stable sort: repeated keys keep their order, so "the latest value wins" survives. */
    static List<Setting> sort(List<Setting> settings) {
        List<Setting> sorted = new ArrayList<>(settings.size());
        for (Setting s : settings) {
            sorted.add(new Setting(canonical(s.key()), s.value()));
        }
        sorted.sort(Comparator.comparingInt(SettingOrder::rank));
        return sorted;
    }

    private static int rank(Setting s) {
        String key = s.key().toLowerCase(Locale.ROOT);
        // Include and the node-set style lines go last, just before the node lines.
        if (key.equals("include") || key.equals("downnodes") || key.equals("nodeset")
                || key.equals("frontendname")) {
            return ORDER.size() + 1;
        }
        return RANK.getOrDefault(key, ORDER.size());
    }

    private static String canonical(String key) {
        if (key.equalsIgnoreCase("Include")) {
            return "Include";
        }
        return SlurmConfKeys.global(key).map(KeySpec::name).orElse(key);
    }
}
