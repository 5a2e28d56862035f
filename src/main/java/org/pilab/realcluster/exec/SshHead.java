package org.pilab.realcluster.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.pilab.jobs.output.AtomicFiles;
import org.pilab.jobs.sweep.TaskResultFile;

/**
 * The head behind ssh. ssh joins its command words with blanks and hands the line to the
 * remote user's shell, so each word is quoted here ({@link ShellQuote}) and the remote shell
 * gets back exactly the words pilab meant, whatever they contain. BatchMode stops ssh from
 * ever waiting for a password prompt.
 */
public final class SshHead implements Head {

    /** ssh itself failed (no route, refused, authentication): the remote command never ran. */
    public static final int SSH_FAILED = 255;
    /** How many result files one {@code cat} fetches (well below any command-line limit). */
    private static final int FETCH_BATCH = 200;

    private final CommandRunner runner;
    private final SshTarget target;
    private final Duration timeout;

    public SshHead(CommandRunner runner, SshTarget target, Duration timeout) {
        this.runner = runner;
        this.target = target;
        this.timeout = timeout;
    }

    /** The local argument array that runs {@code remote} on the head. */
    public List<String> sshArgv(List<String> remote) {
        List<String> argv = new ArrayList<>(List.of("ssh", "-o", "BatchMode=yes", "-o", "ConnectTimeout=10",
                "-o", "ServerAliveInterval=15", "--", target.toString()));
        argv.add(ShellQuote.join(remote));
        return argv;
    }

    @Override
    public CommandResult run(List<String> argv, String stdin) {
        CommandResult r = runner.run(sshArgv(argv), stdin, timeout);
        if (r.exitCode() == SSH_FAILED) {
            throw new ClusterException("cannot reach the head node " + target + " over ssh (exit 255):\n  "
                    + r.message().replace("\n", "\n  ") + "\nWhat to do: check that the head node is on and on the"
                    + " network (ping " + target.host() + "), and that 'ssh " + target + " true' logs in without a"
                    + " password prompt (pilab never types passwords: put your public key in the head's"
                    + " ~/.ssh/authorized_keys).");
        }
        return new CommandResult(argv, r.exitCode(), r.stdout(), r.stderr());
    }

    @Override
    public boolean isReadableFile(String path) {
        return run("test", "-f", path, "-a", "-r", path).ok();
    }

    @Override
    public void createDirectories(String path) {
        CommandResult r = run("mkdir", "-p", "--", path);
        if (!r.ok()) {
            throw new ClusterException("cannot create " + path + " on " + target + ":\n  " + r.message()
                    + "\nWhat to do: check that the shared folder exists there and your user may write to it.");
        }
    }

    @Override
    public void writeFile(String path, String content) {
        String temp = path + ".tmp";
        CommandResult r = run(List.of("dd", "of=" + temp, "status=none"), content);
        if (r.ok()) {
            r = run("mv", "-f", "--", temp, path);
        }
        if (!r.ok()) {
            throw new ClusterException("cannot write " + path + " on " + target + ":\n  " + r.message());
        }
    }

    /** Copies the task-*.json files (one JSON document per line each) into {@code cache}. */
    @Override
    public Path resultsHere(String dir, Path cache) {
        CommandResult list = run("find", dir, "-maxdepth", "1", "-name", "task-*.json", "-type", "f");
        if (!list.ok()) {
            throw new ClusterException("cannot list " + dir + " on " + target + ":\n  " + list.message());
        }
        List<String> files = list.stdout().lines().filter(l -> !l.isBlank()).sorted().toList();
        ObjectMapper json = new ObjectMapper();
        try {
            Files.createDirectories(cache);
            for (int i = 0; i < files.size(); i += FETCH_BATCH) {
                List<String> argv = new ArrayList<>(List.of("cat", "--"));
                argv.addAll(files.subList(i, Math.min(files.size(), i + FETCH_BATCH)));
                CommandResult cat = run(argv, "");
                for (String line : cat.stdout().lines().filter(l -> !l.isBlank()).toList()) {
                    JsonNode node;
                    try {
                        node = json.readTree(line);
                    } catch (IOException torn) {
                        // A file written while we read it: skipped here, listed as missing.
                        continue;
                    }
                    if (node.has("task") && node.get("task").canConvertToInt()) {
                        AtomicFiles.writeString(TaskResultFile.path(cache, node.get("task").asInt()), line + "\n");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy results from " + target + ":" + dir + " to " + cache, e);
        }
        return cache;
    }

    @Override
    public String describe() {
        return target.toString();
    }
}
