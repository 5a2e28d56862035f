package org.pilab.node.service;

import java.util.List;
import java.util.Locale;

/**
 * The parts of a {@code .service} file the model uses.
 *
 * @param name                 unit name without {@code .service}
 * @param description          Description=
 * @param type                 Type=
 * @param execStart            ExecStart= command line as printed in status
 * @param processName          the daemon's process name (status "Main PID: 812 (munged)")
 * @param conditionPathExists  ConditionPathExists=, or null
 * @param docs                 Documentation= entries
 * @param hasSysvScript        whether /etc/init.d has a script too (enable prints the sysv sync lines)
 * @param tasks                threads a running daemon shows
 * @param aliases              other names (ssh.service is also sshd.service)
 */
public record UnitFile(String name, String description, UnitType type, String execStart, String processName,
                       String conditionPathExists, List<String> docs, boolean hasSysvScript, int tasks,
                       List<String> aliases) {

    public UnitFile {
        docs = List.copyOf(docs);
        aliases = List.copyOf(aliases);
    }

    public String fullName() {
        return name + ".service";
    }

    /** The daemon binary (first word of ExecStart without a leading '-' or '@'). */
    public String binary() {
        String first = execStart.split(" ")[0];
        return first.startsWith("-") ? first.substring(1) : first;
    }

    /** Text of the unit file written under the release's unit directory. */
    public String render() {
        StringBuilder sb = new StringBuilder("[Unit]\nDescription=").append(description).append('\n');
        if (!docs.isEmpty()) {
            sb.append("Documentation=").append(String.join(" ", docs)).append('\n');
        }
        sb.append("After=network-online.target\n");
        if (conditionPathExists != null) {
            sb.append("ConditionPathExists=").append(conditionPathExists).append('\n');
        }
        sb.append("\n[Service]\nType=").append(type.name().toLowerCase(Locale.ROOT)).append('\n');
        sb.append("ExecStart=").append(execStart).append('\n');
        sb.append("\n[Install]\nWantedBy=multi-user.target\n");
        for (String alias : aliases) {
            sb.append("Alias=").append(alias).append(".service\n");
        }
        return sb.toString();
    }
}
