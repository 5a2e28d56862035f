package org.pilab.realcluster.submit;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.pilab.realcluster.exec.CommandResult;
import org.pilab.realcluster.exec.Head;

/**
 * Submits a backtest or a sweep to real SLURM: checks the spec and the engine jar on the shared
 * folder first, writes the run folder (self-contained spec, batch script, logs/, results/),
 * runs {@code sbatch --parsable} on the head and records the submission.
 */
public final class Submitter {

    /**
     * @param sharedDir the shared folder as the nodes see it, e.g. /clusterfs/pilab
     * @param jar the engine jar as the nodes see it; null for {@code sharedDir/pilab.jar}
     * @param throttle at most this many array tasks at once; null for no cap
     */
    public record Request(Path specFile, String sharedDir, String jar, String partition, String time,
            Integer throttle, int cpusPerTask, String javaHeap, String preCommand) {

        public String jarPath() {
            return jar != null ? jar : stripSlash(sharedDir) + "/pilab.jar";
        }
    }

    private final Head head;
    private final SubmissionStore store;
    private final String via;

    /** @param via "local" or the ssh target, as recorded */
    public Submitter(Head head, SubmissionStore store, String via) {
        this.head = head;
        this.store = store;
        this.via = via;
    }

    /**
     * @param stamp a time stamp for the run folder's name (e.g. 20261125-183000)
     * @param submitted the ISO-8601 time recorded
     */
    public Submission submit(Request r, String stamp, String submitted) {
        String shared = stripSlash(r.sharedDir());
        if (!shared.startsWith("/")) {
            throw new SubmitException("--shared " + r.sharedDir() + ": give the shared folder's absolute path as the"
                    + " nodes see it, e.g. /clusterfs/pilab");
        }
        PreparedSpec spec = SpecPreparer.prepare(r.specFile(), shared);
        String runDir = shared + "/runs/" + spec.name() + "-" + stamp;
        SbatchScript script;
        try {
            script = new SbatchScript("pilab-" + spec.name(), r.partition(), r.time(), spec.tasks(),
                    Optional.ofNullable(r.throttle()), r.cpusPerTask(), r.javaHeap(), r.jarPath(),
                    runDir + "/spec.json", runDir + "/results", runDir + "/logs", runDir, r.preCommand());
        } catch (IllegalArgumentException e) {
            throw new SubmitException(e.getMessage(), e);
        }
        if (!head.isReadableFile(r.jarPath())) {
            throw new SubmitException("the engine jar " + r.jarPath() + " is not on " + head.describe()
                    + ", so no node could run the job. Copy it to the shared folder first, e.g. "
                    + ("this machine".equals(head.describe())
                            ? "cp target/pilab.jar " + r.jarPath()
                            : "scp target/pilab.jar " + head.describe() + ":" + r.jarPath())
                    + " (or give its place with --jar). Nothing was submitted.");
        }
        head.createDirectories(runDir + "/results");
        head.createDirectories(runDir + "/logs");
        head.writeFile(runDir + "/spec.json", spec.json());
        head.writeFile(runDir + "/job.sbatch", script.render());
        CommandResult sb = head.run(List.of("sbatch", "--parsable", runDir + "/job.sbatch"), "");
        if (!sb.ok()) {
            throw new SubmitException(SbatchErrors.explain(sb.exitCode(), sb.message(), head.describe())
                    + "\nThe run folder " + runDir + " stays for a look; nothing was queued.");
        }
        String jobId = parseJobId(sb.stdout());
        Submission s = new Submission(jobId, via, r.specFile().toString(), spec.fingerprint(),
                spec.tasks().orElse(0), runDir, submitted);
        store.add(s);
        head.writeFile(runDir + "/submission.json", SubmissionStore.toJsonText(s));
        return s;
    }

    /** {@code sbatch --parsable} prints {@code 42} or {@code 42;cluster}. */
    static String parseJobId(String stdout) {
        String line = stdout.strip().lines().reduce((a, b) -> b).orElse("");
        String id = line.contains(";") ? line.substring(0, line.indexOf(';')) : line;
        if (!id.matches("[0-9]+")) {
            throw new SubmitException("sbatch --parsable printed \"" + stdout.strip() + "\", not a job id; check"
                    + " squeue to see whether the job was queued");
        }
        return id;
    }

    private static String stripSlash(String p) {
        String s = p;
        while (s.length() > 1 && s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
