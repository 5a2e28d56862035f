package org.pilab.lessons.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.pilab.lessons.model.Check;
import org.pilab.lessons.model.ConfRequirement;
import org.pilab.lessons.model.OutputCondition;
import org.pilab.slurm.hostlist.HostList;
import org.pilab.slurm.hostlist.HostListException;

/** Reads one entry of {@code steps[].checks}: its type picks the record and the allowed keys. */
final class CheckParser {

    private static final Pattern HOST_NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern MODE = Pattern.compile("0?[0-7]{3,4}");
    private static final List<String> CONDITIONS = List.of("contains", "not_contains", "regex", "equals", "matches_host");

    /** The keys each check type accepts besides {@code type} and {@code why}. */
    static final Map<String, Set<String>> KEYS = Map.ofEntries(
            Map.entry("command_output", Set.of("host", "run", "user", "contains", "not_contains", "regex", "equals", "matches_host")),
            Map.entry("exit_status", Set.of("host", "run", "user", "status")),
            Map.entry("file_contains", Set.of("host", "path", "regex")),
            Map.entry("file_mode", Set.of("host", "path", "mode", "owner", "group")),
            Map.entry("service_active", Set.of("hosts", "unit")),
            Map.entry("package_installed", Set.of("hosts", "package")),
            Map.entry("node_state", Set.of("nodes", "state")),
            Map.entry("job", Set.of("name", "array", "state", "min_count", "partition")),
            Map.entry("command_run", Set.of("regex", "host", "succeeded")),
            Map.entry("slurm_conf", Set.of("host", "path", "setting", "controller", "nodes", "cpus", "default_partition")),
            Map.entry("any_of", Set.of("checks")),
            Map.entry("file_exists_local", Set.of("path")));

    private CheckParser() {
    }

    /** The check, or empty when it has problems (they are added to the reader's list). */
    static Optional<Check> parse(ObjectReader r) {
        if (!r.isObject()) {
            return Optional.empty();
        }
        String type = r.requiredString("type");
        Set<String> keys = KEYS.get(type);
        if (keys == null) {
            if (r.has("type")) {
                r.problem(r.member("type").orElseThrow(), "unknown check type \"" + type + "\": use one of "
                        + String.join(", ", new java.util.TreeSet<>(KEYS.keySet())));
            }
            return Optional.empty();
        }
        Set<String> allowed = new java.util.HashSet<>(keys);
        allowed.add("type");
        allowed.add("why");
        r.onlyKeys(allowed);
        String why = r.requiredString("why");
        Check c = switch (type) {
            case "command_output" -> new Check.CommandOutput(host(r, "host"), r.requiredString("run"),
                    r.optionalString("user"), condition(r), why);
            case "exit_status" -> new Check.ExitStatus(host(r, "host"), r.requiredString("run"), r.optionalString("user"),
                    r.requiredInt("status"), why);
            case "file_contains" -> new Check.FileContains(host(r, "host"), path(r), regex(r, "regex", true), why);
            case "file_mode" -> fileMode(r, why);
            case "service_active" -> new Check.ServiceActive(hosts(r, "hosts"), r.requiredString("unit"), why);
            case "package_installed" -> new Check.PackageInstalled(hosts(r, "hosts"), r.requiredString("package"), why);
            case "node_state" -> new Check.NodeState(hosts(r, "nodes"), states(r), why);
            case "job" -> job(r, why);
            case "command_run" -> new Check.CommandRun(regex(r, "regex", false),
                    r.has("host") ? Optional.of(host(r, "host")) : Optional.empty(),
                    r.optionalBoolean("succeeded").orElse(false), why);
            case "slurm_conf" -> slurmConf(r, why);
            case "any_of" -> anyOf(r, why);
            case "file_exists_local" -> new Check.FileExistsLocal(r.requiredString("path"), why);
            default -> throw new IllegalStateException(type);
        };
        return Optional.of(c);
    }

    private static String path(ObjectReader r) {
        String p = r.requiredString("path");
        if (!p.isEmpty() && !p.startsWith("/") && !p.startsWith("~")) {
            r.problem(r.member("path").orElseThrow(), "\"path\" must be absolute (/...) or start at ~");
        }
        return p;
    }

    private static OutputCondition condition(ObjectReader r) {
        List<String> given = CONDITIONS.stream().filter(r::has).toList();
        if (given.size() != 1) {
            r.problem(r.node(), "a command_output check needs exactly one of " + String.join(", ", CONDITIONS)
                    + (given.isEmpty() ? ": add one" : ", found " + String.join(" and ", given)));
            return new OutputCondition.Contains("");
        }
        String key = given.get(0);
        return switch (key) {
            case "contains" -> new OutputCondition.Contains(rawString(r, key));
            case "not_contains" -> new OutputCondition.NotContains(rawString(r, key));
            case "equals" -> new OutputCondition.Equals(rawString(r, key));
            case "regex" -> new OutputCondition.Regex(regex(r, key, true));
            default -> new OutputCondition.MatchesHost(host(r, key));
        };
    }

    /** A string that may be empty ({@code "equals": ""} means no output). */
    private static String rawString(ObjectReader r, String key) {
        JsonNode v = r.member(key).orElseThrow();
        if (!v.isString()) {
            r.problem(v, "\"" + key + "\" must be a string, found " + v.kind());
            return "";
        }
        return (String) v.value();
    }

    private static Pattern regex(ObjectReader r, String key, boolean multiline) {
        String text = r.requiredString(key);
        try {
            return Pattern.compile(text, multiline ? Pattern.MULTILINE : 0);
        } catch (PatternSyntaxException e) {
            r.problem(r.member(key).orElse(r.node()), "\"" + key + "\" is not a valid regular expression: "
                    + e.getDescription() + " near index " + e.getIndex());
            return Pattern.compile("");
        }
    }

    private static String host(ObjectReader r, String key) {
        String h = r.requiredString(key);
        if (!h.isEmpty() && !HOST_NAME.matcher(h).matches()) {
            r.problem(r.member(key).orElseThrow(), "\"" + key + "\" must be one host name such as pi01 or laptop, found \""
                    + h + "\"");
        }
        return h;
    }

    /** A host list: {@code "pi[01-04]"}, {@code "pi01,pi03"} or {@code ["pi01", "pi02"]}. */
    private static List<String> hosts(ObjectReader r, String key) {
        Optional<JsonNode> v = r.member(key);
        if (v.isEmpty()) {
            r.missing(key);
            return List.of();
        }
        List<JsonNode> parts = v.get().isArray() ? v.get().array() : List.of(v.get());
        List<String> out = new ArrayList<>();
        for (JsonNode part : parts) {
            if (!part.isString()) {
                r.problem(part, "\"" + key + "\" must be a host list such as \"pi[01-04]\" or an array of host names, found "
                        + part.kind());
                continue;
            }
            try {
                for (String h : HostList.expand((String) part.value())) {
                    if (!HOST_NAME.matcher(h).matches()) {
                        r.problem(part, "\"" + key + "\" names \"" + h + "\", which is not a host name");
                    }
                    out.add(h);
                }
            } catch (HostListException e) {
                r.problem(part, "\"" + key + "\" is not a valid host list: " + e.getMessage());
            }
        }
        if (out.isEmpty() && parts.isEmpty()) {
            r.problem(v.get(), "\"" + key + "\" names no hosts");
        }
        return out;
    }

    private static List<String> states(ObjectReader r) {
        Optional<JsonNode> v = r.member("state");
        if (v.isEmpty()) {
            r.missing("state");
            return List.of();
        }
        return v.get().isArray() ? r.stringList("state", true) : List.of(r.requiredString("state"));
    }

    private static Check fileMode(ObjectReader r, String why) {
        Optional<Integer> mode = Optional.empty();
        Optional<String> text = r.optionalString("mode");
        if (text.isPresent()) {
            if (MODE.matcher(text.get()).matches()) {
                mode = Optional.of(Integer.parseInt(text.get(), 8));
            } else {
                r.problem(r.member("mode").orElseThrow(), "\"mode\" must be octal like \"0400\", found \"" + text.get() + "\"");
            }
        }
        if (!r.has("mode") && !r.has("owner") && !r.has("group")) {
            r.problem(r.node(), "a file_mode check needs at least one of mode, owner, group");
        }
        return new Check.FileMode(host(r, "host"), path(r), mode, r.optionalString("owner"), r.optionalString("group"), why);
    }

    private static Check anyOf(ObjectReader r, String why) {
        List<JsonNode> nodes = r.objectList("checks", true);
        List<Check> alternatives = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            parse(r.child("alternative " + (i + 1) + " of any_of", nodes.get(i))).ifPresent(alternatives::add);
        }
        if (nodes.size() < 2 && r.has("checks")) {
            r.problem(r.member("checks").orElseThrow(), "an any_of check needs at least two alternatives in \"checks\"");
        }
        return new Check.AnyOf(alternatives, why);
    }

    private static final List<String> CONF_REQUIREMENTS = List.of("setting", "controller", "nodes", "default_partition");

    private static Check slurmConf(ObjectReader r, String why) {
        String path = r.has("path") ? path(r) : Check.SlurmConf.DEFAULT_PATH;
        String host = host(r, "host");
        List<String> given = CONF_REQUIREMENTS.stream().filter(r::has).toList();
        if (given.size() != 1) {
            r.problem(r.node(), "a slurm_conf check needs exactly one of " + String.join(", ", CONF_REQUIREMENTS)
                    + (given.isEmpty() ? ": add one" : ", found " + String.join(" and ", given)));
            return new Check.SlurmConf(host, path, new ConfRequirement.DefaultPartition(), why);
        }
        if (r.has("cpus") && !given.get(0).equals("nodes")) {
            r.problem(r.member("cpus").orElseThrow(), "\"cpus\" goes with \"nodes\" in a slurm_conf check");
        }
        ConfRequirement req = switch (given.get(0)) {
            case "setting" -> new ConfRequirement.Setting(r.requiredString("setting"));
            case "controller" -> new ConfRequirement.Controller(host(r, "controller"));
            case "nodes" -> new ConfRequirement.Nodes(hosts(r, "nodes"), r.optionalInt("cpus"));
            default -> {
                if (!r.optionalBoolean("default_partition").orElse(false)) {
                    r.problem(r.member("default_partition").orElseThrow(), "\"default_partition\" can only be true");
                }
                yield new ConfRequirement.DefaultPartition();
            }
        };
        return new Check.SlurmConf(host, path, req, why);
    }

    private static Check job(ObjectReader r, String why) {
        boolean byName = r.has("name");
        boolean byArray = r.has("array");
        if (byName == byArray) {
            r.problem(r.node(), "a job check needs exactly one of \"name\" and \"array\"");
        }
        String name = byArray ? r.requiredString("array") : r.requiredString("name");
        int min = r.optionalInt("min_count").orElse(1);
        if (min < 1) {
            r.problem(r.member("min_count").orElseThrow(), "\"min_count\" must be 1 or more");
        }
        return new Check.Job(name, byArray, r.requiredString("state"), min, r.optionalString("partition"), why);
    }
}
