package org.pilab.slurm.ctl;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs a small batch script in virtual time: {@code hostname}, {@code sleep N}, {@code echo},
 * {@code exit N}, {@code true}, {@code false}, {@code date}, {@code srun CMD} and any command a
 * higher layer registered. Lines of #SBATCH directives and comments are skipped; {@code $VAR}
 * and {@code ${VAR}} expand from the job's environment. The exit code is the last command's,
 * as with {@code /bin/sh}.
 */
public final class ScriptPayload implements JobPayload {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss 'UTC' yyyy",
            Locale.ROOT);

    private final String script;
    private final Map<String, ExternalCommand> external;

    public ScriptPayload(String script, Map<String, ExternalCommand> external) {
        this.script = script;
        this.external = Map.copyOf(external);
    }

    @Override
    public PayloadResult run(JobEnvironment env) {
        Run run = new Run(env);
        String[] lines = script.split("\n", -1);
        for (int i = 0; i < lines.length && !run.exited; i++) {
            String line = lines[i].trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            for (String stmt : line.split(";")) {
                if (run.exited) {
                    break;
                }
                List<String> argv = words(expand(stmt.trim(), env));
                if (!argv.isEmpty()) {
                    run.exec(argv, i + 1, env.batchHost());
                }
            }
        }
        return new PayloadResult(run.out, run.status, run.clock);
    }

    /** Mutable state of one script run. */
    private final class Run {
        final JobEnvironment env;
        final List<OutputLine> out = new ArrayList<>();
        long clock;
        int status;
        boolean exited;

        Run(JobEnvironment env) {
            this.env = env;
        }

        void exec(List<String> argv, int lineNo, String host) {
            String cmd = argv.get(0);
            switch (cmd) {
                case "hostname" -> print(host);
                case "true", ":" -> status = 0;
                case "false" -> status = 1;
                case "echo" -> echo(argv);
                case "date" -> print(date());
                case "sleep" -> sleep(argv, lineNo);
                case "exit" -> {
                    status = argv.size() > 1 ? parseExit(argv.get(1)) : status;
                    exited = true;
                }
                case "srun" -> srun(argv, lineNo);
                default -> external(argv, lineNo, host);
            }
        }

        private void print(String text) {
            out.add(new OutputLine(clock, false, text + "\n"));
            status = 0;
        }

        private void echo(List<String> argv) {
            boolean newline = true;
            int from = 1;
            if (argv.size() > 1 && argv.get(1).equals("-n")) {
                newline = false;
                from = 2;
            }
            String text = String.join(" ", argv.subList(from, argv.size()));
            out.add(new OutputLine(clock, false, newline ? text + "\n" : text));
            status = 0;
        }

        private String date() {
            long epoch = Long.parseLong(env.variables().getOrDefault("PILAB_NOW", "0")) + clock;
            String d = Instant.ofEpochSecond(epoch).atZone(ZoneOffset.UTC).format(DATE);
            // date(1) pads the day of month to two columns: "Thu Jan  1 10:00:00 UTC 2026".
            String[] p = d.split(" ");
            return p[0] + " " + p[1] + " " + (p[2].length() == 1 ? " " + p[2] : p[2]) + " " + p[3] + " " + p[4]
                    + " " + p[5];
        }

        private void sleep(List<String> argv, int lineNo) {
            if (argv.size() < 2) {
                error("sleep: missing operand");
                status = 1;
                return;
            }
            try {
                clock += (long) Math.ceil(Double.parseDouble(argv.get(1)));
                status = 0;
            } catch (NumberFormatException e) {
                error("sleep: invalid time interval '" + argv.get(1) + "'");
                status = 1;
            }
        }

        /**
         * {@code srun [-N n] [-n m] CMD}: runs CMD once per task of the job's allocation (or of
         * the first n nodes / first m task slots asked for), each on its node, in parallel.
         */
        private void srun(List<String> argv, int lineNo) {
            int i = 1;
            int nodesWanted = 0;
            int tasksWanted = 0;
            while (i < argv.size() && argv.get(i).startsWith("-")) {
                String opt = argv.get(i);
                String value = null;
                if ((opt.equals("-N") || opt.equals("-n") || opt.equals("--nodes") || opt.equals("--ntasks"))
                        && i + 1 < argv.size()) {
                    value = argv.get(++i);
                } else if (opt.startsWith("--nodes=") || opt.startsWith("--ntasks=")) {
                    value = opt.substring(opt.indexOf('=') + 1);
                    opt = opt.substring(0, opt.indexOf('='));
                } else if (opt.matches("-[Nn][0-9]+")) {
                    value = opt.substring(2);
                    opt = opt.substring(0, 2);
                }
                if (value != null && value.matches("[0-9]+")) {
                    if (opt.equals("-N") || opt.equals("--nodes")) {
                        nodesWanted = Integer.parseInt(value);
                    } else {
                        tasksWanted = Integer.parseInt(value);
                    }
                }
                i++;
            }
            if (i >= argv.size()) {
                error("srun: fatal: No command given to execute.");
                status = 1;
                return;
            }
            List<String> inner = argv.subList(i, argv.size());
            List<String> slots = new ArrayList<>();
            int[] tpn = env.tasksPerNode();
            int nodeCount = nodesWanted > 0 ? Math.min(nodesWanted, env.nodes().size()) : env.nodes().size();
            for (int n = 0; n < nodeCount; n++) {
                int perNode = nodesWanted > 0 && tasksWanted == 0 ? 1 : tpn[n];
                for (int t = 0; t < perNode; t++) {
                    slots.add(env.nodes().get(n));
                }
            }
            if (tasksWanted > 0 && tasksWanted < slots.size()) {
                slots = slots.subList(0, tasksWanted);
            }
            long start = clock;
            long longest = 0;
            int worst = 0;
            for (String host : slots) {
                clock = start;
                exec(inner, lineNo, host);
                longest = Math.max(longest, clock - start);
                worst = Math.max(worst, status);
                exited = false;
            }
            clock = start + longest;
            status = worst;
        }

        private void external(List<String> argv, int lineNo, String host) {
            ExternalCommand hook = external.get(argv.get(0));
            if (hook == null) {
                error(scriptPath() + ": line " + lineNo + ": " + argv.get(0) + ": command not found");
                status = 127;
                return;
            }
            // An srun task runs on its own node: the command sees that node as its host.
            JobEnvironment where = host.equals(env.batchHost()) ? env
                    : new JobEnvironment(env.variables(), host, env.nodes(), env.ntasks(), env.tasksPerNode());
            PayloadResult r = hook.run(argv, where);
            for (OutputLine l : r.output()) {
                out.add(new OutputLine(clock + l.atSecond(), l.stderr(), l.text()));
            }
            clock += r.durationSeconds();
            status = r.exitCode();
        }

        private void error(String text) {
            out.add(new OutputLine(clock, true, text + "\n"));
        }

        private String scriptPath() {
            return String.format("/var/spool/slurmd/job%05d/slurm_script",
                    Long.parseLong(env.variables().getOrDefault("SLURM_JOB_ID", "0")));
        }
    }

    private static int parseExit(String s) {
        try {
            return Integer.parseInt(s) & 0xff;
        } catch (NumberFormatException e) {
            return 2;
        }
    }

    /** Expands $VAR and ${VAR} outside single quotes. */
    static String expand(String text, JobEnvironment env) {
        StringBuilder sb = new StringBuilder();
        boolean single = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                single = !single;
                sb.append(c);
            } else if (c == '$' && !single && i + 1 < text.length() && text.charAt(i + 1) == '(') {
                // Command substitution of the built-ins that print: $(hostname), $(date), $(echo ...).
                int close = text.indexOf(')', i);
                if (close < 0) {
                    sb.append(c);
                    continue;
                }
                sb.append(substitute(text.substring(i + 2, close).trim(), env));
                i = close;
            } else if (c == '$' && !single && i + 1 < text.length()) {
                int j = i + 1;
                String name;
                if (text.charAt(j) == '{') {
                    int close = text.indexOf('}', j);
                    if (close < 0) {
                        sb.append(c);
                        continue;
                    }
                    name = text.substring(j + 1, close);
                    i = close;
                } else {
                    while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
                        j++;
                    }
                    if (j == i + 1) {
                        sb.append(c);
                        continue;
                    }
                    name = text.substring(i + 1, j);
                    i = j - 1;
                }
                sb.append(env.variables().getOrDefault(name, ""));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String substitute(String command, JobEnvironment env) {
        List<String> argv = words(expand(command, env));
        if (argv.isEmpty()) {
            return "";
        }
        return switch (argv.get(0)) {
            case "hostname" -> env.batchHost();
            case "echo" -> String.join(" ", argv.subList(1, argv.size()));
            case "date" -> new ScriptPayload("date", Map.of()).run(env).output().get(0).text().strip();
            default -> "";
        };
    }

    /** Splits a command line into words, honouring single and double quotes. */
    public static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    cur.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    out.add(cur.toString());
                    cur.setLength(0);
                    inWord = false;
                }
            } else {
                cur.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            out.add(cur.toString());
        }
        return out;
    }
}
