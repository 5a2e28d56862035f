package org.pilab.shell.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.pilab.node.Host;
import org.pilab.node.fs.FsException;
import org.pilab.node.fs.PathNames;
import org.pilab.node.shell.CommandRegistry;
import org.pilab.node.shell.Session;

/**
 * Tab completion on a virtual host: the first word from the programs installed there (and the
 * lab shell's own words), host names after ssh/scp, common flags of the SLURM tools, and
 * otherwise paths the user may list.
 */
final class Completion {

    private static final List<String> SHELL_WORDS = List.of("cd", "exit", "logout", "export", "unset", "history",
            "source", "type", "clock", "nano", "top");
    private static final Map<String, List<String>> FLAGS = Map.of(
            "sbatch", List.of("--array=", "--cpus-per-task=", "--dependency=", "--error=", "--job-name=", "--mem=",
                    "--nodelist=", "--nodes=", "--ntasks=", "--output=", "--partition=", "--time=", "--wrap="),
            "srun", List.of("--cpus-per-task=", "--mem=", "--nodelist=", "--nodes=", "--ntasks=", "--partition=",
                    "--time="),
            "squeue", List.of("--array", "--format=", "--jobs=", "--long", "--me", "--noheader", "--partition=",
                    "--start", "--states=", "--user="),
            "sinfo", List.of("--Node", "--format=", "--list-reasons", "--long", "--noheader", "--partition=",
                    "--summarize"),
            "scancel", List.of("--name=", "--partition=", "--state=", "--user="),
            "sacct", List.of("--allusers", "--brief", "--endtime=", "--format=", "--jobs=", "--starttime=",
                    "--state="));

    private Completion() {
    }

    static List<String> complete(Session session, List<String> hostNames, String line, int cursor) {
        int at = Math.max(0, Math.min(cursor, line.length()));
        String before = line.substring(0, at);
        int start = before.lastIndexOf(' ') + 1;
        String word = before.substring(start);
        List<String> previous = List.of(before.substring(0, start).trim().split("\\s+"));
        boolean first = before.substring(0, start).isBlank()
                || previous.get(previous.size() - 1).matches("\\||&&|;|\\|\\||sudo");
        TreeSet<String> out = new TreeSet<>();
        if (first) {
            commands(session, word, out);
        } else {
            String cmd = previous.get(0).equals("sudo") && previous.size() > 1 ? previous.get(1) : previous.get(0);
            if (word.startsWith("-") && FLAGS.containsKey(cmd)) {
                FLAGS.get(cmd).stream().filter(f -> f.startsWith(word)).forEach(out::add);
            } else if ((cmd.equals("ssh") || cmd.equals("ping") || cmd.equals("ssh-copy-id")) && !word.contains("/")) {
                String prefix = word.contains("@") ? word.substring(0, word.indexOf('@') + 1) : "";
                String rest = word.substring(prefix.length());
                hostNames.stream().filter(h -> h.startsWith(rest)).forEach(h -> out.add(prefix + h));
            } else {
                paths(session, word, out);
            }
        }
        return new ArrayList<>(out);
    }

    private static void commands(Session session, String word, TreeSet<String> out) {
        Host host = session.host();
        for (CommandRegistry.Entry e : host.commands().entries().values()) {
            if (e.name().startsWith(word) && (e.binaryPath() == null || host.fs().exists(e.binaryPath()))) {
                out.add(e.name());
            }
        }
        SHELL_WORDS.stream().filter(w -> w.startsWith(word)).forEach(out::add);
    }

    private static void paths(Session session, String word, TreeSet<String> out) {
        String home = session.variable("HOME").orElse("/");
        String typed = word.startsWith("~/") ? home + word.substring(1) : word;
        int slash = typed.lastIndexOf('/');
        String dirPart = slash < 0 ? "" : typed.substring(0, slash + 1);
        String namePart = typed.substring(slash + 1);
        String dir = PathNames.absolute(session.cwd(), dirPart.isEmpty() ? "." : dirPart);
        List<String> names;
        try {
            names = session.host().fs().list(dir, session.credentials());
        } catch (FsException e) {
            return;
        }
        String shownDir = word.startsWith("~/") ? "~/" + dirPart.substring(home.length() + 1) : dirPart;
        for (String n : names) {
            if (n.startsWith(namePart) && (!n.startsWith(".") || namePart.startsWith("."))) {
                boolean isDir = session.host().fs().isDirectory(PathNames.join(dir, n));
                out.add(shownDir + n + (isDir ? "/" : ""));
            }
        }
    }
}
