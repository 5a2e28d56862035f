package org.pilab.slurm.conf;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The keys SLURM 22.05 accepts in slurm.conf (slurm_conf_options, _nodename_options and
 * _partition_options in src/common/read_config.c), with the value check its parser applies.
 * A learner's real config may use any of them, so all are known even though the virtual
 * cluster models only some; lookups ignore case, as SLURM's do.
 */
final class SlurmConfKeys {

    private static final Map<String, KeySpec> GLOBAL = index(
            spec("AccountingStorageTRES", ValueType.STRING),
            spec("AccountingStorageEnforce", ValueType.STRING),
            spec("AccountingStorageExternalHost", ValueType.STRING),
            spec("AccountingStorageHost", ValueType.STRING),
            spec("AccountingStorageBackupHost", ValueType.STRING),
            spec("AccountingStorageLoc", ValueType.STRING),
            spec("AccountingStorageParameters", ValueType.STRING),
            spec("AccountingStoragePass", ValueType.STRING),
            spec("AccountingStoragePort", ValueType.UINT16),
            spec("AccountingStorageType", ValueType.STRING),
            spec("AccountingStorageUser", ValueType.STRING),
            spec("AccountingStoreFlags", ValueType.STRING),
            spec("AccountingStoreJobComment", ValueType.BOOLEAN),
            spec("AcctGatherEnergyType", ValueType.STRING),
            spec("AcctGatherNodeFreq", ValueType.UINT16),
            spec("AcctGatherProfileType", ValueType.STRING),
            spec("AcctGatherInterconnectType", ValueType.STRING),
            spec("AcctGatherInfinibandType", ValueType.STRING),
            spec("AcctGatherFilesystemType", ValueType.STRING),
            spec("AllowSpecResourcesUsage", ValueType.BOOLEAN),
            spec("AuthAltTypes", ValueType.STRING),
            spec("AuthAltParameters", ValueType.STRING),
            spec("AuthInfo", ValueType.STRING),
            spec("AuthType", ValueType.STRING),
            spec("BackupAddr", ValueType.STRING),
            spec("BackupController", ValueType.STRING),
            spec("BatchStartTimeout", ValueType.UINT16),
            spec("BcastExclude", ValueType.STRING),
            spec("BcastParameters", ValueType.STRING),
            spec("BurstBufferParameters", ValueType.STRING),
            spec("BurstBufferType", ValueType.STRING),
            spec("CoreSpecPlugin", ValueType.STRING),
            spec("CliFilterPlugins", ValueType.STRING),
            spec("ClusterName", ValueType.STRING),
            spec("CommunicationParameters", ValueType.STRING),
            spec("CompleteWait", ValueType.UINT16),
            spec("ControlAddr", ValueType.STRING),
            spec("ControlMachine", ValueType.STRING),
            spec("CpuFreqDef", ValueType.STRING),
            spec("CpuFreqGovernors", ValueType.STRING),
            spec("CredType", ValueType.STRING),
            spec("CryptoType", ValueType.STRING),
            spec("DebugFlags", ValueType.STRING),
            spec("DefCPUPerGPU", ValueType.UINT64),
            spec("DefMemPerCPU", ValueType.UINT64),
            spec("DefMemPerGPU", ValueType.UINT64),
            spec("DefMemPerNode", ValueType.UINT64),
            spec("DependencyParameters", ValueType.STRING),
            spec("DisableRootJobs", ValueType.BOOLEAN),
            spec("EioTimeout", ValueType.UINT16),
            spec("EnforcePartLimits", ValueType.STRING),
            spec("Epilog", ValueType.STRING),
            spec("EpilogMsgTime", ValueType.UINT32),
            spec("EpilogSlurmctld", ValueType.STRING),
            spec("ExtSensorsType", ValueType.STRING),
            spec("ExtSensorsFreq", ValueType.UINT16),
            spec("FairShareDampeningFactor", ValueType.UINT16),
            spec("FastSchedule", ValueType.UINT16),
            spec("FederationParameters", ValueType.STRING),
            spec("FirstJobId", ValueType.UINT32),
            spec("GetEnvTimeout", ValueType.UINT16),
            spec("GresTypes", ValueType.STRING),
            spec("GroupUpdateForce", ValueType.UINT16),
            spec("GroupUpdateTime", ValueType.UINT16),
            spec("GpuFreqDef", ValueType.STRING),
            spec("HealthCheckInterval", ValueType.UINT16),
            spec("HealthCheckNodeState", ValueType.STRING),
            spec("HealthCheckProgram", ValueType.STRING),
            spec("InteractiveStepOptions", ValueType.STRING),
            spec("InactiveLimit", ValueType.UINT16),
            spec("JobAcctGatherType", ValueType.STRING),
            spec("JobAcctGatherFrequency", ValueType.STRING),
            spec("JobAcctGatherParams", ValueType.STRING),
            spec("JobCompHost", ValueType.STRING),
            spec("JobCompLoc", ValueType.STRING),
            spec("JobCompParams", ValueType.STRING),
            spec("JobCompPass", ValueType.STRING),
            spec("JobCompPort", ValueType.UINT32),
            spec("JobCompType", ValueType.STRING),
            spec("JobContainerType", ValueType.STRING),
            spec("JobCompUser", ValueType.STRING),
            spec("JobCredentialPrivateKey", ValueType.STRING),
            spec("JobCredentialPublicCertificate", ValueType.STRING),
            spec("JobFileAppend", ValueType.UINT16),
            spec("JobRequeue", ValueType.UINT16),
            spec("JobSubmitPlugins", ValueType.STRING),
            spec("KeepAliveTime", ValueType.UINT32),
            spec("KillOnBadExit", ValueType.UINT16),
            spec("KillWait", ValueType.UINT16),
            spec("LaunchParameters", ValueType.STRING),
            spec("LaunchType", ValueType.STRING),
            spec("Licenses", ValueType.STRING),
            spec("LogTimeFormat", ValueType.STRING),
            spec("MailDomain", ValueType.STRING),
            spec("MailProg", ValueType.STRING),
            spec("MaxArraySize", ValueType.UINT32),
            spec("MaxDBDMsgs", ValueType.UINT32),
            spec("MaxJobCount", ValueType.UINT32),
            spec("MaxNodeCount", ValueType.UINT32),
            spec("MaxJobId", ValueType.UINT32),
            spec("MaxMemPerCPU", ValueType.UINT64),
            spec("MaxMemPerNode", ValueType.UINT64),
            spec("MaxStepCount", ValueType.UINT32),
            spec("MaxTasksPerNode", ValueType.UINT16),
            spec("MCSParameters", ValueType.STRING),
            spec("MCSPlugin", ValueType.STRING),
            spec("MessageTimeout", ValueType.UINT16),
            spec("MinJobAge", ValueType.UINT32),
            spec("MpiDefault", ValueType.STRING),
            spec("MpiParams", ValueType.STRING),
            spec("NodeFeaturesPlugins", ValueType.STRING),
            spec("OverTimeLimit", ValueType.UINT16),
            spec("PluginDir", ValueType.STRING),
            spec("PlugStackConfig", ValueType.STRING),
            spec("PowerParameters", ValueType.STRING),
            spec("PowerPlugin", ValueType.STRING),
            spec("PreemptMode", ValueType.STRING),
            spec("PreemptType", ValueType.STRING),
            spec("PreemptExemptTime", ValueType.STRING),
            spec("PrEpParameters", ValueType.STRING),
            spec("PrEpPlugins", ValueType.STRING),
            spec("PriorityDecayHalfLife", ValueType.STRING),
            spec("PriorityCalcPeriod", ValueType.STRING),
            spec("PriorityFavorSmall", ValueType.BOOLEAN),
            spec("PriorityMaxAge", ValueType.STRING),
            spec("PriorityParameters", ValueType.STRING),
            spec("PriorityUsageResetPeriod", ValueType.STRING),
            spec("PriorityType", ValueType.STRING),
            spec("PriorityFlags", ValueType.STRING),
            spec("PrioritySiteFactorParameters", ValueType.STRING),
            spec("PrioritySiteFactorPlugin", ValueType.STRING),
            spec("PriorityWeightAge", ValueType.UINT32),
            spec("PriorityWeightAssoc", ValueType.UINT32),
            spec("PriorityWeightFairshare", ValueType.UINT32),
            spec("PriorityWeightJobSize", ValueType.UINT32),
            spec("PriorityWeightPartition", ValueType.UINT32),
            spec("PriorityWeightQOS", ValueType.UINT32),
            spec("PriorityWeightTRES", ValueType.STRING),
            spec("PrivateData", ValueType.STRING),
            spec("ProctrackType", ValueType.STRING),
            spec("Prolog", ValueType.STRING),
            spec("PrologSlurmctld", ValueType.STRING),
            spec("PrologEpilogTimeout", ValueType.UINT16),
            spec("PrologFlags", ValueType.STRING),
            spec("PropagatePrioProcess", ValueType.UINT16),
            spec("PropagateResourceLimitsExcept", ValueType.STRING),
            spec("PropagateResourceLimits", ValueType.STRING),
            spec("RebootProgram", ValueType.STRING),
            spec("ReconfigFlags", ValueType.STRING),
            spec("RequeueExit", ValueType.STRING),
            spec("RequeueExitHold", ValueType.STRING),
            spec("ResumeFailProgram", ValueType.STRING),
            spec("ResumeProgram", ValueType.STRING),
            spec("ResumeRate", ValueType.UINT16),
            spec("ResumeTimeout", ValueType.UINT16),
            spec("ResvEpilog", ValueType.STRING),
            spec("ResvOverRun", ValueType.UINT16),
            spec("ResvProlog", ValueType.STRING),
            spec("ReturnToService", ValueType.UINT16),
            spec("RoutePlugin", ValueType.STRING),
            spec("SallocDefaultCommand", ValueType.STRING),
            spec("SbcastParameters", ValueType.STRING),
            spec("SchedulerAuth", ValueType.DEFUNCT),
            spec("SchedulerParameters", ValueType.STRING),
            spec("SchedulerTimeSlice", ValueType.UINT16),
            spec("SchedulerType", ValueType.STRING),
            spec("ScronParameters", ValueType.STRING),
            spec("SelectType", ValueType.STRING),
            spec("SelectTypeParameters", ValueType.STRING),
            spec("SlurmUser", ValueType.STRING),
            spec("SlurmdUser", ValueType.STRING),
            spec("SlurmctldAddr", ValueType.STRING),
            spec("SlurmctldDebug", ValueType.STRING),
            spec("SlurmctldLogFile", ValueType.STRING),
            spec("SlurmctldPidFile", ValueType.STRING),
            spec("SlurmctldPlugstack", ValueType.STRING),
            spec("SlurmctldPort", ValueType.STRING),
            spec("SlurmctldPrimaryOffProg", ValueType.STRING),
            spec("SlurmctldPrimaryOnProg", ValueType.STRING),
            spec("SlurmctldSyslogDebug", ValueType.STRING),
            spec("SlurmctldTimeout", ValueType.UINT16),
            spec("SlurmctldParameters", ValueType.STRING),
            spec("SlurmdDebug", ValueType.STRING),
            spec("SlurmdLogFile", ValueType.STRING),
            spec("SlurmdParameters", ValueType.STRING),
            spec("SlurmdPidFile", ValueType.STRING),
            spec("SlurmdPort", ValueType.UINT32),
            spec("SlurmdSpoolDir", ValueType.STRING),
            spec("SlurmdSyslogDebug", ValueType.STRING),
            spec("SlurmdTimeout", ValueType.UINT16),
            spec("SlurmSchedLogFile", ValueType.STRING),
            spec("SlurmSchedLogLevel", ValueType.UINT16),
            spec("SrunEpilog", ValueType.STRING),
            spec("SrunProlog", ValueType.STRING),
            spec("SrunPortRange", ValueType.STRING),
            spec("StateSaveLocation", ValueType.STRING),
            spec("SuspendExcNodes", ValueType.STRING),
            spec("SuspendExcParts", ValueType.STRING),
            spec("SuspendProgram", ValueType.STRING),
            spec("SuspendRate", ValueType.UINT16),
            spec("SuspendTime", ValueType.STRING),
            spec("SuspendTimeout", ValueType.UINT16),
            spec("SwitchParameters", ValueType.STRING),
            spec("SwitchType", ValueType.STRING),
            spec("TaskEpilog", ValueType.STRING),
            spec("TaskProlog", ValueType.STRING),
            spec("TaskPlugin", ValueType.STRING),
            spec("TaskPluginParam", ValueType.STRING),
            spec("TCPTimeout", ValueType.UINT16),
            spec("TmpFS", ValueType.STRING),
            spec("TopologyParam", ValueType.STRING),
            spec("TopologyPlugin", ValueType.STRING),
            spec("TrackWCKey", ValueType.BOOLEAN),
            spec("TreeWidth", ValueType.UINT16),
            spec("UnkillableStepProgram", ValueType.STRING),
            spec("UnkillableStepTimeout", ValueType.UINT16),
            spec("UsePAM", ValueType.BOOLEAN),
            spec("VSizeFactor", ValueType.UINT16),
            spec("WaitTime", ValueType.UINT16),
            spec("X11Parameters", ValueType.STRING),
            spec("DownNodes", ValueType.OTHER_LINE),
            spec("FrontendName", ValueType.OTHER_LINE),
            spec("NodeName", ValueType.NODE_LINE),
            spec("NodeSet", ValueType.OTHER_LINE),
            spec("PartitionName", ValueType.PARTITION_LINE),
            spec("SlurmctldHost", ValueType.CONTROLLER_HOST));

    private static final Map<String, KeySpec> NODE = index(
            spec("BcastAddr", ValueType.STRING),
            spec("Boards", ValueType.UINT16),
            spec("CoreSpecCount", ValueType.UINT16),
            spec("CoresPerSocket", ValueType.UINT16),
            spec("CPUs", ValueType.UINT16),
            spec("CPUSpecList", ValueType.STRING),
            spec("CpuBind", ValueType.STRING),
            spec("Feature", ValueType.STRING),
            spec("Features", ValueType.STRING),
            spec("Gres", ValueType.STRING),
            spec("MemSpecLimit", ValueType.UINT64),
            spec("NodeAddr", ValueType.STRING),
            spec("NodeHostname", ValueType.STRING),
            spec("Port", ValueType.STRING),
            spec("Procs", ValueType.UINT16),
            spec("RealMemory", ValueType.UINT64),
            spec("Reason", ValueType.STRING),
            spec("Sockets", ValueType.UINT16),
            spec("SocketsPerBoard", ValueType.UINT16),
            spec("State", ValueType.STRING),
            spec("ThreadsPerCore", ValueType.UINT16),
            spec("TmpDisk", ValueType.UINT32),
            spec("TRESWeights", ValueType.STRING),
            spec("Weight", ValueType.UINT32));

    private static final Map<String, KeySpec> PARTITION = index(
            spec("AllocNodes", ValueType.STRING),
            spec("AllowAccounts", ValueType.STRING),
            spec("AllowGroups", ValueType.STRING),
            spec("AllowQos", ValueType.STRING),
            spec("Alternate", ValueType.STRING),
            spec("CpuBind", ValueType.STRING),
            spec("DefCPUPerGPU", ValueType.UINT64),
            spec("DefMemPerCPU", ValueType.UINT64),
            spec("DefMemPerGPU", ValueType.UINT64),
            spec("DefMemPerNode", ValueType.UINT64),
            spec("Default", ValueType.BOOLEAN),
            spec("DefaultTime", ValueType.STRING),
            spec("DenyAccounts", ValueType.STRING),
            spec("DenyQos", ValueType.STRING),
            spec("DisableRootJobs", ValueType.BOOLEAN),
            spec("ExclusiveUser", ValueType.BOOLEAN),
            spec("GraceTime", ValueType.UINT32),
            spec("Hidden", ValueType.BOOLEAN),
            spec("LLN", ValueType.BOOLEAN),
            spec("MaxCPUsPerNode", ValueType.UINT32),
            spec("MaxCPUsPerSocket", ValueType.UINT32),
            spec("MaxMemPerCPU", ValueType.UINT64),
            spec("MaxMemPerNode", ValueType.UINT64),
            spec("MaxTime", ValueType.STRING),
            spec("MaxNodes", ValueType.UINT32),
            spec("MinNodes", ValueType.UINT32),
            spec("Nodes", ValueType.STRING),
            spec("OverSubscribe", ValueType.STRING),
            spec("OverTimeLimit", ValueType.STRING),
            spec("PreemptMode", ValueType.STRING),
            spec("Priority", ValueType.UINT16),
            spec("PriorityJobFactor", ValueType.UINT16),
            spec("PriorityTier", ValueType.UINT16),
            spec("QOS", ValueType.STRING),
            spec("RootOnly", ValueType.BOOLEAN),
            spec("ReqResv", ValueType.BOOLEAN),
            spec("ResumeTimeout", ValueType.UINT16),
            spec("SelectTypeParameters", ValueType.STRING),
            spec("Shared", ValueType.STRING),
            spec("State", ValueType.STRING),
            spec("SuspendTime", ValueType.UINT32),
            spec("SuspendTimeout", ValueType.UINT16),
            spec("TRESBillingWeights", ValueType.STRING));

    private SlurmConfKeys() {
    }

    static Optional<KeySpec> global(String key) {
        return Optional.ofNullable(GLOBAL.get(key.toLowerCase(Locale.ROOT)));
    }

    static Optional<KeySpec> node(String key) {
        return Optional.ofNullable(NODE.get(key.toLowerCase(Locale.ROOT)));
    }

    static Optional<KeySpec> partition(String key) {
        return Optional.ofNullable(PARTITION.get(key.toLowerCase(Locale.ROOT)));
    }

    static Collection<KeySpec> globalKeys() {
        return GLOBAL.values();
    }

    static Collection<KeySpec> nodeKeys() {
        return NODE.values();
    }

    static Collection<KeySpec> partitionKeys() {
        return PARTITION.values();
    }

    /** The known key closest to a misspelt one, for "did you mean" hints. */
    static Optional<String> closest(String key, Collection<KeySpec> candidates) {
        String lower = key.toLowerCase(Locale.ROOT);
        if (lower.length() >= 4) {
            for (KeySpec spec : candidates) {
                // A cut-short key (RealMem for RealMemory) is a typo too.
                if (spec.name().toLowerCase(Locale.ROOT).startsWith(lower)) {
                    return Optional.of(spec.name());
                }
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (KeySpec spec : candidates) {
            int d = LevenshteinDistance.getDefaultInstance().apply(lower, spec.name().toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = spec.name();
            }
        }
        // More than a third of the letters wrong is no longer a typo.
        return bestDistance <= Math.max(2, key.length() / 3) ? Optional.ofNullable(best)
                : Optional.empty();
    }

    private static KeySpec spec(String name, ValueType type) {
        return new KeySpec(name, type);
    }

    private static Map<String, KeySpec> index(KeySpec... specs) {
        Map<String, KeySpec> map = new LinkedHashMap<>();
        for (KeySpec s : specs) {
            map.put(s.name().toLowerCase(Locale.ROOT), s);
        }
        return Collections.unmodifiableMap(map);
    }
}
