package org.pilab.slurm.conf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pilab.slurm.hostlist.HostList;
import org.pilab.slurm.hostlist.HostListException;
import org.pilab.slurm.time.SlurmDuration;

/**
 * Reads slurm.conf the way slurmctld 22.05 does and reports problems in its words.
 *
 * <p>Line rules (parse_config.c): '#' starts a comment unless escaped as {@code \#}; a line
 * ending in a backslash continues on the next; keys ignore case; a value is one word or a
 * double-quoted string. Outside NodeName and PartitionName lines SLURM reads one Key=Value per
 * line and reports anything left over as a parse error. {@code Include file} lines are kept but
 * their files are not read.</p>
 */
public final class SlurmConfParser {

    /** Where Debian and Raspberry Pi OS keep the file; used in messages by default. */
    public static final String DEFAULT_FILE = "/etc/slurm/slurm.conf";

    /** The key=value pattern of parse_config.c (keyvalue_pattern). */
    private static final Pattern KEY_VALUE = Pattern.compile(
            "\\s*([A-Za-z0-9_.]+)\\s*([-*+/]?)=\\s*(?:\"([^\"]*)\"|(\\S+))(?=\\s|$)");

    private static final Pattern CONTROLLER = Pattern.compile("([^()\\s]+)(?:\\(([^()\\s]+)\\))?");

    private final String file;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<Setting> settings = new ArrayList<>();
    private final List<Integer> settingLines = new ArrayList<>();
    private final List<ControllerHost> controllers = new ArrayList<>();
    private final List<NodeLine> nodeLines = new ArrayList<>();
    private final List<Integer> nodeLineNumbers = new ArrayList<>();
    private final List<PartitionLine> partitionLines = new ArrayList<>();
    private final List<Integer> partitionLineNumbers = new ArrayList<>();
    private final Map<String, Integer> seenGlobal = new LinkedHashMap<>();

    private SlurmConfParser(String file) {
        this.file = file;
    }

    /** Parses text as if it were {@value #DEFAULT_FILE}. */
    public static ParseResult parse(String content) {
        return parse(content, DEFAULT_FILE);
    }

    /** Parses text; {@code fileName} appears in messages as slurmctld would print it. */
    public static ParseResult parse(String content, String fileName) {
        SlurmConfParser parser = new SlurmConfParser(fileName);
        List<LogicalLine> lines = LogicalLine.split(content);
        for (LogicalLine line : lines) {
            parser.parseLine(line);
        }
        SlurmConfig config = new SlurmConfig(parser.settings, parser.controllers,
                parser.nodeLines, parser.partitionLines);
        boolean parseErrors = parser.diagnostics.stream()
                .anyMatch(d -> d.severity() == Severity.ERROR);
        if (!parseErrors) {
            new SlurmConfValidator(fileName, LogicalLine.physicalLineCount(content),
                    parser.diagnostics).validate(config, parser.settings, parser.settingLines,
                    parser.nodeLineNumbers, parser.partitionLineNumbers);
        }
        return new ParseResult(config, parser.diagnostics);
    }

    /** Reads and parses a file; messages name it by its path. */
    public static ParseResult parse(Path path) throws IOException {
        return parse(Files.readString(path, StandardCharsets.UTF_8), path.toString());
    }

    /** Parses and throws {@link ConfParseException} if slurmctld would refuse the file. */
    public static SlurmConfig parseOrThrow(String content) {
        return parse(content).orThrow();
    }

    // ---- one line --------------------------------------------------------------------

    private void parseLine(LogicalLine line) {
        String text = line.text();
        if (text.isBlank()) {
            return;
        }
        if (isInclude(text)) {
            parseInclude(line);
            return;
        }
        Matcher m = KEY_VALUE.matcher(text);
        if (!m.lookingAt()) {
            parseError(line, null, text, "write settings as Key=Value, e.g. ClusterName=pilab");
            return;
        }
        String key = m.group(1);
        String value = value(m);
        Optional<KeySpec> spec = SlurmConfKeys.global(key);
        if (spec.isEmpty()) {
            unknownGlobalKey(line, key);
            return;
        }
        KeySpec s = spec.get();
        int end = m.end();
        switch (s.type()) {
            case NODE_LINE -> parseNodeLine(line, value, end);
            case PARTITION_LINE -> parsePartitionLine(line, value, end);
            case CONTROLLER_HOST -> {
                // Each SlurmctldHost line adds a controller (the first is the primary).
                if (requireNothingLeft(line, s.name(), end)) {
                    parseController(line, value);
                }
            }
            case OTHER_LINE -> {
                settings.add(new Setting(s.name(), value + text.substring(end)));
                settingLines.add(line.number());
            }
            case DEFUNCT -> {
                add(Severity.WARNING, line.number(), s.name(),
                        List.of("error: The option \"" + s.name()
                                + "\" is defunct, see man slurm.conf."),
                        "delete the " + s.name() + " line: SLURM no longer uses it");
                requireNothingLeft(line, s.name(), end);
            }
            case UINT16, UINT32, UINT64, BOOLEAN -> {
                try {
                    ConfNumbers.parse(s, value);
                } catch (ConfNumbers.BadValue e) {
                    add(Severity.ERROR, line.number(), s.name(), List.of("error: " + e.getMessage(),
                            ParseResult.FATAL_UNABLE), valueHint(s));
                    return;
                }
                if (requireNothingLeft(line, s.name(), end)) {
                    record(line, s.name(), value);
                }
            }
            default -> {
                if (requireNothingLeft(line, s.name(), end)) {
                    record(line, s.name(), value);
                }
            }
        }
    }

    private void record(LogicalLine line, String key, String value) {
        Integer earlier = seenGlobal.put(key.toLowerCase(Locale.ROOT), line.number());
        if (earlier != null) {
            // The "1" is in slurmctld 22.05's own message.
            add(Severity.WARNING, line.number(), key, List.of("error: " + key
                    + " 1 specified more than once, latest value used"), key
                    + " is also set on line " + earlier
                    + "; SLURM uses this later value - delete one of the two lines");
        }
        settings.add(new Setting(key, value));
        settingLines.add(line.number());
    }

    private static boolean isInclude(String text) {
        String t = text.stripLeading();
        return t.length() > 7 && t.substring(0, 7).equalsIgnoreCase("include")
                && Character.isWhitespace(t.charAt(7));
    }

    private void parseInclude(LogicalLine line) {
        String rest = line.text().stripLeading().substring(7).strip();
        String[] words = rest.split("\\s+", 2);
        if (words.length > 1) {
            parseError(line, "Include", " " + words[1], "name one file per Include line");
            return;
        }
        settings.add(new Setting("Include", words[0]));
        settingLines.add(line.number());
        add(Severity.NOTICE, line.number(), "Include", List.of(), "the virtual cluster keeps"
                + " this Include line but does not read " + words[0]
                + "; put its settings in slurm.conf to have them checked");
    }

    private void parseController(LogicalLine line, String value) {
        Matcher m = CONTROLLER.matcher(value);
        if (!m.matches()) {
            add(Severity.ERROR, line.number(), "SlurmctldHost",
                    List.of("error: Bad value \"" + value + "\" for SlurmctldHost",
                            "error: No SlurmctldHost defined.", ParseResult.FATAL_UNABLE),
                    "write SlurmctldHost=hostname or SlurmctldHost=hostname(address),"
                            + " e.g. SlurmctldHost=pi01(10.0.0.11)");
            return;
        }
        controllers.add(new ControllerHost(m.group(1), m.group(2)));
    }

    // ---- NodeName and PartitionName lines -------------------------------------------

    private void parseNodeLine(LogicalLine line, String names, int start) {
        Map<String, String> fields = subKeys(line, start, SlurmConfKeys::node,
                SlurmConfKeys.nodeKeys(), "NodeName");
        if (fields == null) {
            return;
        }
        if (names.equalsIgnoreCase("ALL")) {
            add(Severity.ERROR, line.number(), "NodeName", List.of(
                    "fatal: 'ALL' is a reserved word disallowed for use with NodeName"),
                    "ALL means every node on a PartitionName line; name the nodes, e.g."
                            + " NodeName=pi[01-04]");
            return;
        }
        boolean isDefault = names.equalsIgnoreCase("DEFAULT");
        if (isDefault) {
            for (String forbidden : new String[] {"NodeHostname", "BcastAddr", "NodeAddr"}) {
                if (fields.containsKey(forbidden)) {
                    add(Severity.ERROR, line.number(), forbidden, List.of("error: " + forbidden
                            + " not allowed with NodeName=DEFAULT", ParseResult.FATAL_UNABLE),
                            "move " + forbidden + "= to the line of each node");
                    return;
                }
            }
        } else if (!validHostList(line, "NodeName", names, nodeListFatal("NodeName", names))
                || !validHostList(line, "NodeAddr", fields.get("NodeAddr"),
                        nodeListFatal("NodeAddr", fields.get("NodeAddr")))
                || !validHostList(line, "NodeHostname", fields.get("NodeHostname"),
                        nodeListFatal("NodeHostname", fields.get("NodeHostname")))) {
            return;
        }
        nodeLines.add(LineFields.toNode(isDefault ? "DEFAULT" : names, fields));
        nodeLineNumbers.add(line.number());
    }

    private void parsePartitionLine(LogicalLine line, String name, int start) {
        Map<String, String> fields = subKeys(line, start, SlurmConfKeys::partition,
                SlurmConfKeys.partitionKeys(), "PartitionName");
        if (fields == null) {
            return;
        }
        for (String timeKey : new String[] {"MaxTime", "DefaultTime"}) {
            String t = fields.get(timeKey);
            if (t != null && !SlurmDuration.isValid(t)) {
                badPartitionValue(line, timeKey, t, timeKey + " takes minutes, hours:minutes:"
                        + "seconds, days-hours or INFINITE, e.g. " + timeKey + "=1-00:00:00");
                return;
            }
        }
        String state = fields.get("State");
        if (state != null && LineFields.partitionState(state) == null) {
            badPartitionValue(line, "State", state, "State is UP, DOWN, DRAIN or INACTIVE");
            return;
        }
        String over = fields.containsKey("OverSubscribe") ? fields.get("OverSubscribe")
                : fields.get("Shared");
        if (over != null && !LineFields.validOverSubscribe(over)) {
            badPartitionValue(line, "OverSubscribe", over,
                    "OverSubscribe is NO, YES, YES:n, FORCE, FORCE:n or EXCLUSIVE");
            return;
        }
        String nodes = fields.get("Nodes");
        if (nodes != null && !nodes.equalsIgnoreCase("ALL") && !validHostList(line, "Nodes", nodes,
                "fatal: Invalid node names in partition " + name)) {
            return;
        }
        boolean isDefault = name.equalsIgnoreCase("DEFAULT");
        partitionLines.add(LineFields.toPartition(isDefault ? "DEFAULT" : name, fields));
        partitionLineNumbers.add(line.number());
    }

    /**
     * Reads the Key=Value pairs after NodeName=/PartitionName=. On a problem it reports what
     * slurmctld reports (the error, then the rest of the line from the bad pair) and returns
     * null.
     */
    private Map<String, String> subKeys(LogicalLine line, int start,
            Function<String, Optional<KeySpec>> lookup, Collection<KeySpec> known,
            String lineKind) {
        String text = line.text();
        Map<String, String> fields = new LinkedHashMap<>();
        int pos = start;
        Matcher m = KEY_VALUE.matcher(text);
        while (pos < text.length()) {
            m.region(pos, text.length());
            if (!m.lookingAt()) {
                break;
            }
            String key = m.group(1);
            String value = value(m);
            Optional<KeySpec> spec = lookup.apply(key);
            if (spec.isEmpty()) {
                String hint = SlurmConfKeys.closest(key, known)
                        .map(k -> "did you mean " + k + "? ").orElse("")
                        + key + " is not a " + lineKind + " key: check man slurm.conf";
                add(Severity.ERROR, line.number(), key, List.of(
                        "error: Parsing error at unrecognized key: " + key,
                        parseErrorLine(line, text.substring(pos)), ParseResult.FATAL_UNABLE),
                        hint);
                return null;
            }
            KeySpec s = spec.get();
            if (s.type() != ValueType.STRING) {
                try {
                    ConfNumbers.parse(s, value);
                } catch (ConfNumbers.BadValue e) {
                    add(Severity.ERROR, line.number(), s.name(), List.of("error: " + e.getMessage(),
                            parseErrorLine(line, text.substring(pos)), ParseResult.FATAL_UNABLE),
                            valueHint(s));
                    return null;
                }
            }
            fields.put(s.name(), value);
            pos = m.end();
        }
        String leftover = text.substring(pos);
        if (!leftover.isBlank()) {
            parseError(line, lineKind, leftover, "write every setting on a " + lineKind
                    + " line as Key=Value, separated by spaces");
            return null;
        }
        return fields;
    }

    /**
     * Checks a host list. slurmctld 22.05 itself turns an unclosed bracket into an odd node
     * name and only fails later on a name lookup; the virtual one stops at the list instead, in
     * slurmctld's words: a parse error naming file, line and list, then the fatal line
     * slurmctld prints when it cannot build that list ({@code fatalLine}).
     */
    private boolean validHostList(LogicalLine line, String key, String value, String fatalLine) {
        if (value == null) {
            return true;
        }
        try {
            HostList.expand(value);
            return true;
        } catch (HostListException e) {
            add(Severity.ERROR, line.number(), key, List.of("error: Parse error in file " + file
                    + " line " + line.number() + ": " + key + "=" + value + ": " + e.getMessage(),
                    fatalLine), e.getMessage());
            return false;
        }
    }

    /** read_config.c's words when a NodeName line's list cannot be built. */
    private static String nodeListFatal(String key, String value) {
        return "fatal: Unable to create " + key + " list from " + value;
    }

    private void badPartitionValue(LogicalLine line, String key, String value, String hint) {
        add(Severity.ERROR, line.number(), key, List.of(
                "error: Bad value \"" + value + "\" for " + key, ParseResult.FATAL_UNABLE), hint);
    }

    // ---- errors ----------------------------------------------------------------------

    private void unknownGlobalKey(LogicalLine line, String key) {
        String hint;
        if (SlurmConfKeys.node(key).isPresent() && SlurmConfKeys.global(key).isEmpty()) {
            hint = key + " belongs on a NodeName line, e.g. NodeName=pi01 " + key + "=...";
        } else if (SlurmConfKeys.partition(key).isPresent()) {
            hint = key + " belongs on a PartitionName line, e.g. PartitionName=main " + key
                    + "=...";
        } else {
            hint = SlurmConfKeys.closest(key, SlurmConfKeys.globalKeys())
                    .map(k -> "did you mean " + k + "? ").orElse("")
                    + "slurmctld stops at any key it does not know: fix or delete the line";
        }
        add(Severity.ERROR, line.number(), key, List.of(
                "error: _parse_next_key: Parsing error at unrecognized key: " + key,
                ParseResult.FATAL_UNABLE), hint);
    }

    private boolean requireNothingLeft(LogicalLine line, String key, int end) {
        String leftover = line.text().substring(end);
        if (leftover.isBlank()) {
            return true;
        }
        parseError(line, key, leftover, "put one Key=Value per line (only NodeName and"
                + " PartitionName lines take several)");
        return false;
    }

    private void parseError(LogicalLine line, String key, String leftover, String hint) {
        add(Severity.ERROR, line.number(), key,
                List.of(parseErrorLine(line, leftover), ParseResult.FATAL_UNABLE), hint);
    }

    private String parseErrorLine(LogicalLine line, String leftover) {
        return "error: Parse error in file " + file + " line " + line.number() + ": \""
                + leftover.stripTrailing() + "\"";
    }

    private static String valueHint(KeySpec s) {
        return s.type() == ValueType.BOOLEAN ? s.name() + " takes YES or NO"
                : s.name() + " takes a whole number, e.g. " + s.name() + "=4";
    }

    private static String value(Matcher m) {
        return m.group(3) != null ? m.group(3) : m.group(4);
    }

    private void add(Severity severity, int line, String key, List<String> log, String hint) {
        diagnostics.add(new Diagnostic(severity, file, line, key, log, hint));
    }
}
