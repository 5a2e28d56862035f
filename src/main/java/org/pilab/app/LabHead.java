package org.pilab.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.pilab.jobs.output.AtomicFiles;
import org.pilab.node.fs.FsCredentials;
import org.pilab.node.fs.FsException;
import org.pilab.node.fs.PathNames;
import org.pilab.node.fs.VirtualFileSystem;
import org.pilab.node.shell.Invocation;
import org.pilab.node.shell.Output;
import org.pilab.node.shell.Session;
import org.pilab.node.ssh.SshClient;
import org.pilab.realcluster.exec.ClusterException;
import org.pilab.realcluster.exec.CommandResult;
import org.pilab.realcluster.exec.Head;
import org.pilab.realcluster.exec.SshHead;
import org.pilab.realcluster.exec.SshTarget;

/**
 * The head node of the virtual cluster, for {@code pilab cluster ...} typed in the lab: the host
 * the lab's own ssh reaches from the learner's session (~/.ssh/config, known_hosts and keys
 * apply, with {@code BatchMode=yes} as the real {@link SshHead} uses), or, without a target, the
 * host the learner typed the command on. Programs run there as an argument array in that
 * login session, so sbatch, squeue and sacct are the lab's own; files are read and written in
 * that host's virtual file system with the remote user's rights.
 *
 * <p>The ssh login happens once, at the first use, like the one connection a learner would
 * open; a failed login is a {@link ClusterException} carrying ssh's own words.</p>
 */
final class LabHead implements Head {

    /** The task result files {@code pilab job run} writes. */
    private static final String TASK_FILE = "task-\\d+\\.json";

    private final Invocation from;
    private final Optional<SshTarget> target;
    private final Path scratch;
    private Session session;
    private int copies;

    /**
     * @param from the learner's {@code pilab} command (its session is where ssh starts)
     * @param target the head over ssh, or empty for the host {@code from} runs on
     * @param scratch a real folder of this run where result files are copied for reading
     */
    LabHead(Invocation from, Optional<SshTarget> target, Path scratch) {
        this.from = from;
        this.target = target;
        this.scratch = scratch;
    }

    @Override
    public CommandResult run(List<String> argv, String stdin) {
        Output out = new Output();
        Output err = new Output();
        int status = from.runArgv(session(), argv, stdin, out, err);
        return new CommandResult(argv, status, out.text(), err.text());
    }

    @Override
    public boolean isReadableFile(String path) {
        try {
            if (!fs().stat(path, creds()).isFile()) {
                return false;
            }
            fs().read(path, creds()); // throws when the user may not read it
            return true;
        } catch (FsException e) {
            return false;
        }
    }

    @Override
    public void createDirectories(String path) {
        try {
            fs().mkdirs(path, creds(), 0755);
        } catch (FsException e) {
            throw new ClusterException("cannot create " + path + " on " + describe() + ": mkdir: cannot create directory '"
                    + e.path() + "': " + e.reason() + "\nWhat to do: check that the shared folder exists there and"
                    + " your user may write to it.", e);
        }
    }

    /** Written under a temporary name beside the file, then renamed: readers see all of it or none. */
    @Override
    public void writeFile(String path, String content) {
        String temp = path + ".tmp";
        try {
            fs().write(temp, content, creds(), 0644);
            fs().rename(temp, path, creds());
        } catch (FsException e) {
            throw new ClusterException("cannot write " + path + " on " + describe() + ": " + e.path() + ": " + e.reason(), e);
        }
    }

    /**
     * Copies the task files of {@code dir} into a new folder of this run's scratch space.
     * {@code cache} is not used: job ids start again with every lab, so a kept copy could mix
     * another lab's results into this one.
     */
    @Override
    public Path resultsHere(String dir, Path cache) {
        Path copy = scratch.resolve("results-" + (++copies));
        if (!fs().exists(dir, creds()) || !fs().isDirectory(dir)) {
            return copy; // not created: the caller reports "no results folder yet"
        }
        try {
            Files.createDirectories(copy);
            for (String name : fs().list(dir, creds())) {
                String file = PathNames.join(dir, name);
                if (name.matches(TASK_FILE) && !fs().isDirectory(file)) {
                    AtomicFiles.writeString(copy.resolve(name), fs().read(file, creds()));
                }
            }
        } catch (FsException e) {
            throw new ClusterException("cannot read " + dir + " on " + describe() + ": " + e.path() + ": " + e.reason(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the results of " + dir + " to " + copy, e);
        }
        return copy;
    }

    @Override
    public String describe() {
        return target.map(SshTarget::toString).orElse("this machine");
    }

    private VirtualFileSystem fs() {
        return session().host().fs();
    }

    private FsCredentials creds() {
        return session().credentials();
    }

    private Session session() {
        if (session == null) {
            session = target.isEmpty() ? from.session() : login(target.get());
        }
        return session;
    }

    private Session login(SshTarget t) {
        Output said = new Output();
        Invocation ssh = new Invocation("ssh", List.of(), from.session(), "", new Output(), said);
        SshClient.Destination d = SshClient.destination(ssh, t.toString(), null, List.of("BatchMode=yes"), null);
        return SshClient.connect(ssh, d, SshClient.AuthMode.BATCH, "ssh", false)
                .map(SshClient.Connection::session)
                .orElseThrow(() -> new ClusterException("cannot reach the head node " + t + " over ssh (exit "
                        + SshHead.SSH_FAILED + "):\n  " + said.text().strip().replace("\n", "\n  ")
                        + "\nWhat to do: check that the head node is on and on the network (ping " + t.host()
                        + "), and that 'ssh " + t + " true' logs in without a password prompt (pilab never types"
                        + " passwords: put your public key in the head's ~/.ssh/authorized_keys)."));
    }
}
