package org.pilab.slurm.cmd;

import java.util.ArrayList;
import java.util.List;
import org.pilab.slurm.ctl.Controller;
import org.pilab.slurm.ctl.JobRequest;
import org.pilab.slurm.ctl.ScriptPayload;
import org.pilab.slurm.ctl.SubmitException;

/**
 * sbatch: reads the script's #SBATCH directives (command-line options win), or wraps
 * {@code --wrap} in a /bin/sh script, and submits. Prints {@code Submitted batch job N}
 * ({@code N} with --parsable) or SLURM's error lines.
 */
public final class Sbatch {

    private Sbatch() {
    }

    public static CommandResult run(Controller c, Caller who, List<String> args) {
        try {
            return submit(c, who, args);
        } catch (UsageException e) {
            return e.result();
        }
    }

    private static CommandResult submit(Controller c, Caller who, List<String> args) throws UsageException {
        Getopt.Parsed cli = Getopt.parse("sbatch", args, JobOptions.OPTS, true);
        if (cli.has("help") || cli.has("usage")) {
            return CommandResult.ok("Usage: sbatch [OPTIONS(0)...] [ : [OPTIONS(N)...]] script(0) [args(0)...]\n");
        }
        if (cli.has("version")) {
            return CommandResult.ok("slurm 22.05.8\n");
        }
        String script;
        String command;
        String name;
        if (cli.value("wrap") != null) {
            if (!cli.positional().isEmpty()) {
                throw new UsageException("sbatch: error: Script arguments not permitted with --wrap option\n", 1);
            }
            script = "#!/bin/sh\n# This script was created by sbatch --wrap.\n\n" + cli.value("wrap") + "\n";
            command = "(null)";
            name = "wrap";
        } else {
            if (cli.positional().isEmpty()) {
                throw new UsageException("sbatch: error: Batch script is empty!\n", 1);
            }
            String path = cli.positional().get(0);
            script = who.read(path);
            if (script == null) {
                throw new UsageException("sbatch: error: Unable to open file " + path + "\n", 1);
            }
            if (script.isBlank()) {
                throw new UsageException("sbatch: error: Batch script is empty!\n", 1);
            }
            if (!script.startsWith("#!")) {
                throw new UsageException("sbatch: error: This does not look like a batch script.  The first\n"
                        + "sbatch: error: line must start with #! followed by the path to an interpreter.\n"
                        + "sbatch: error: For instance: #!/bin/sh\n", 1);
            }
            command = path.startsWith("/") ? path : (who.cwd().endsWith("/") ? who.cwd() : who.cwd() + "/") + path;
            int slash = path.lastIndexOf('/');
            name = path.substring(slash + 1);
        }
        JobRequest r = new JobRequest().name(name).user(who.user(), who.uid()).workDir(who.cwd()).submitHost(who.host())
                .script(script).command(command);
        Getopt.Parsed directives = Getopt.parse("sbatch", directives(script), JobOptions.OPTS, false);
        JobOptions.apply("sbatch", directives, r, c.settings().maxArraySize(), c.now());
        JobOptions.apply("sbatch", cli, r, c.settings().maxArraySize(), c.now());
        if (r.partition() != null && c.partition(r.partition()) == null) {
            return CommandResult.error("sbatch: error: invalid partition specified: " + r.partition() + "\n"
                    + "sbatch: error: Batch job submission failed: Invalid partition name specified\n", 1);
        }
        long id;
        try {
            id = c.submit(r);
        } catch (SubmitException e) {
            String detail = e.detail().isEmpty() ? "" : "sbatch: error: " + e.detail() + "\n";
            return CommandResult.error(detail + "sbatch: error: Batch job submission failed: " + e.getMessage() + "\n", 1);
        }
        if (cli.has("parsable")) {
            return CommandResult.ok(id + "\n");
        }
        return CommandResult.ok("Submitted batch job " + id + "\n");
    }

    /** #SBATCH lines before the first command, split into words as sbatch does. */
    static List<String> directives(String script) {
        List<String> out = new ArrayList<>();
        String[] lines = script.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (i == 0 && line.startsWith("#!")) {
                continue;
            }
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#SBATCH")) {
                String rest = line.substring("#SBATCH".length()).trim();
                int hash = rest.indexOf(" #");
                if (hash >= 0) {
                    rest = rest.substring(0, hash);
                }
                out.addAll(ScriptPayload.words(rest));
            } else if (!line.startsWith("#")) {
                break; // sbatch stops reading directives at the first command
            }
        }
        return out;
    }
}
