package org.pilab.slurm.conf;

import java.util.List;
import java.util.Map;

/**
 * Renders a {@link SlurmConfig} as slurm.conf text in the conventional order: global settings
 * (see SettingOrder), SlurmctldHost lines right after ClusterName, NodeName lines, then
 * PartitionName lines. Parsing the output gives back an equal config. Comments are not part
 * of the model and are not written, except an optional header.
 */
public final class SlurmConfWriter {

    private SlurmConfWriter() {
    }

    public static String write(SlurmConfig config) {
        return write(config, List.of());
    }

    /** Writes with {@code headerLines} as '#' comments at the top (e.g. who generated it). */
    public static String write(SlurmConfig config, List<String> headerLines) {
        StringBuilder out = new StringBuilder();
        for (String h : headerLines) {
            out.append(h.isEmpty() ? "#" : "# " + h).append('\n');
        }
        boolean controllersWritten = false;
        for (Setting s : config.settings()) {
            if (!controllersWritten && !s.key().equals("ClusterName")) {
                writeControllers(config, out);
                controllersWritten = true;
            }
            if (s.key().equals("Include")) {
                out.append("Include ").append(s.value()).append('\n');
            } else if (isOtherLine(s.key())) {
                out.append(s.key()).append('=').append(s.value()).append('\n');
            } else {
                out.append(s.key()).append('=').append(quote(s.value())).append('\n');
            }
        }
        if (!controllersWritten) {
            writeControllers(config, out);
        }
        for (NodeLine n : config.nodeLines()) {
            out.append("NodeName=").append(quote(n.names()));
            appendFields(out, LineFields.fromNode(n));
            out.append('\n');
        }
        for (PartitionLine p : config.partitionLines()) {
            out.append("PartitionName=").append(quote(p.name()));
            appendFields(out, LineFields.fromPartition(p));
            out.append('\n');
        }
        return out.toString();
    }

    private static void writeControllers(SlurmConfig config, StringBuilder out) {
        for (ControllerHost c : config.controllers()) {
            out.append("SlurmctldHost=").append(c.render()).append('\n');
        }
    }

    private static boolean isOtherLine(String key) {
        return SlurmConfKeys.global(key).map(k -> k.type() == ValueType.OTHER_LINE).orElse(false);
    }

    private static void appendFields(StringBuilder out, Map<String, String> fields) {
        for (Map.Entry<String, String> e : fields.entrySet()) {
            out.append(' ').append(e.getKey()).append('=').append(quote(e.getValue()));
        }
    }

    /**
     * Quotes values with blanks (SLURM reads "a b" as one value) and escapes '#' and '\',
     * which its reader would otherwise take as a comment or an escape.
     */
    static String quote(String value) {
        String escaped = value.replace("\\", "\\\\").replace("#", "\\#");
        boolean blank = escaped.isEmpty() || escaped.chars().anyMatch(Character::isWhitespace);
        return blank ? "\"" + escaped + "\"" : escaped;
    }
}
