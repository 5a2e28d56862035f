package org.pilab.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pilab.node.Host;
import org.pilab.node.fs.FsCredentials;
import org.pilab.node.fs.FsException;
import org.pilab.node.fs.PathNames;
import org.pilab.node.fs.VirtualFileSystem;

/**
 * This very program, run in-process for a {@code pilab ...} typed in the virtual lab (at the
 * laptop's prompt, or in a job on a Pi): the real picocli command runs, with the virtual files
 * it names mirrored to a real scratch folder and what it writes mirrored back.
 *
 * <p>Inputs: {@code --results DIR} is copied out whole; any other argument naming a virtual
 * file is used as is when the same relative file (same bytes) exists here, else the file and
 * its sibling files (a sweep's base spec) are copied out. Outputs ({@code --out}, {@code --report},
 * {@code --json}) are written to scratch and copied into the virtual folder as the user, missing
 * parent folders created as the real command creates them; what the output already holds is
 * copied out first, and {@code cluster init} without {@code --out} writes its default folder
 * in the virtual working folder, never here. Scratch paths in the
 * command's messages are shown as the virtual paths.</p>
 */
final class LabPilab {

    /** What ran: the text the command printed and its exit status. */
    record Outcome(String out, String err, int status) {
    }

    private static final Set<String> OUTPUTS = Set.of("--out", "--report", "--json");
    private static final Set<String> INPUT_DIRS = Set.of("--results");
    /** {@code pilab cluster init}'s folder when no --out is given. */
    private static final String CLUSTER_INIT_DEFAULT_OUT = "cluster-bundle";

    private final VirtualFileSystem fs;
    private final FsCredentials creds;
    private final String cwd;
    private final Path scratch;
    /** Virtual output path to its scratch path, copied back after the run. */
    private final Map<String, Path> outputs = new LinkedHashMap<>();
    /** Scratch path text to the virtual path it stands for, for the messages. */
    private final Map<String, String> shown = new LinkedHashMap<>();
    private int counter;

    private LabPilab(VirtualFileSystem fs, FsCredentials creds, String cwd, Path scratch) {
        this.fs = fs;
        this.creds = creds;
        this.cwd = cwd;
        this.scratch = scratch;
    }

    /** Runs {@code pilab ARGS} on {@code host} as {@code creds} in the virtual folder {@code cwd}. */
    static Outcome run(Host host, FsCredentials creds, String cwd, List<String> args) {
        String refusal = refusal(args);
        if (refusal != null) {
            return new Outcome("", refusal + "\n", 2);
        }
        Path scratch;
        try {
            scratch = Files.createTempDirectory("pilab-lab-run");
        } catch (IOException e) {
            return new Outcome("", "pilab: no scratch folder for the virtual lab: " + e.getMessage() + "\n", 1);
        }
        try {
            return new LabPilab(host.fs(), creds, cwd, scratch).runMapped(args);
        } catch (IOException | FsException e) {
            return new Outcome("", "pilab: " + e.getMessage() + "\n", 1);
        } finally {
            VirtualFolders.delete(scratch);
        }
    }

    /**
     * Only commands that finish on their own and touch nothing outside their arguments run
     * inside the lab: no nested shell, no real cluster, no questions on the terminal.
     */
    private static String refusal(List<String> args) {
        if (args.isEmpty()) {
            return "pilab: in the virtual lab give a command: plan, sweep, backtest, cluster init (see pilab --help)";
        }
        String first = args.get(0);
        if (Set.of("--help", "-h", "--version", "-V", "help", "plan", "sweep", "backtest").contains(first)) {
            return null;
        }
        if (first.equals("cluster") && args.size() > 1 && args.get(1).equals("init")) {
            if (!args.contains("--non-interactive") && !args.contains("--help")) {
                return "pilab cluster init: in the virtual lab answer the questions as flags, with --non-interactive";
            }
            return null;
        }
        return "pilab: `pilab " + first + "` does not run inside the virtual lab (there: plan, sweep, backtest, "
                + "cluster init)";
    }

    private Outcome runMapped(List<String> args) throws IOException {
        int commandWords = args.size() > 1 && args.get(0).equals("cluster") ? 2 : 1;
        List<String> mapped = new ArrayList<>(args.subList(0, Math.min(commandWords, args.size())));
        String pendingOption = null;
        for (String a : args.subList(mapped.size(), args.size())) {
            if (pendingOption != null) {
                mapped.add(mapValue(pendingOption, a));
                pendingOption = null;
            } else if (a.startsWith("--") && a.contains("=")) {
                String option = a.substring(0, a.indexOf('='));
                mapped.add(option + "=" + mapValue(option, a.substring(a.indexOf('=') + 1)));
            } else if (a.startsWith("-")) {
                mapped.add(a);
                pendingOption = takesPath(a) ? a : null;
            } else {
                mapped.add(mapValue("", a));
            }
        }
        boolean clusterInit = args.size() > 1 && args.get(0).equals("cluster") && args.get(1).equals("init");
        if (clusterInit && args.stream().noneMatch(a -> a.equals("--out") || a.startsWith("--out="))
                && !args.contains("--help")) {
            // its default folder is relative to where it runs: here, the virtual folder
            mapped.add("--out");
            mapped.add(mapValue("--out", CLUSTER_INIT_DEFAULT_OUT));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(mapped.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        for (Map.Entry<String, Path> o : outputs.entrySet()) {
            if (Files.exists(o.getValue())) {
                VirtualFolders.toVirtual(o.getValue(), fs, o.getKey(), creds);
            }
        }
        return new Outcome(virtualText(out.toString()), virtualText(err.toString()), status);
    }

    /** Options whose value may be a path; flags such as --non-interactive take none. */
    private static boolean takesPath(String option) {
        return option.startsWith("--") && !Set.of("--non-interactive", "--help", "--version", "--no-color")
                .contains(option);
    }

    private String mapValue(String option, String value) throws IOException {
        String virtual = PathNames.absolute(cwd, value);
        if (OUTPUTS.contains(option)) {
            // the real command creates missing parent folders; the copy back does the same
            Path real = scratch.resolve("out-" + (++counter)).resolve(PathNames.baseName(virtual));
            Files.createDirectories(real.getParent());
            if (fs.exists(virtual)) {
                // what is there already counts (a non-empty --out folder needs --force)
                VirtualFolders.toReal(fs, virtual, creds, real);
            }
            outputs.put(virtual, real);
            shown.put(real.toString(), virtual);
            return real.toString();
        }
        if (INPUT_DIRS.contains(option) && fs.isDirectory(virtual)) {
            Path real = scratch.resolve("in-" + (++counter));
            VirtualFolders.toReal(fs, virtual, creds, real);
            shown.put(real.toString(), virtual);
            return real.toString();
        }
        if (!fs.exists(virtual) || fs.isDirectory(virtual)) {
            return value;
        }
        Path same = Path.of(value);
        if (!same.isAbsolute() && Files.isRegularFile(same)
                && Files.readString(same, StandardCharsets.UTF_8).equals(fs.read(virtual, creds))) {
            return value;
        }
        Path dir = scratch.resolve("in-" + (++counter));
        Files.createDirectories(dir);
        String parent = PathNames.parent(virtual);
        for (String name : fs.list(parent, creds)) {
            String sibling = PathNames.join(parent, name);
            if (!fs.isDirectory(sibling) && (sibling.equals(virtual) || name.endsWith(".json"))) {
                Files.writeString(dir.resolve(name), fs.read(sibling, creds), StandardCharsets.UTF_8);
            }
        }
        Path real = dir.resolve(PathNames.baseName(virtual));
        shown.put(real.toString(), virtual);
        return real.toString();
    }

    private String virtualText(String text) {
        String t = text;
        for (Map.Entry<String, String> e : shown.entrySet()) {
            t = t.replace(e.getKey(), e.getValue());
        }
        return t.replace(scratch.toString(), cwd);
    }
}
