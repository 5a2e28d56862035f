package org.pilab.node.shell;

import java.util.List;
import java.util.Optional;

import org.pilab.node.Host;
import org.pilab.node.fs.FsCredentials;
import org.pilab.node.fs.PathNames;
import org.pilab.node.fs.VirtualFileSystem;

/**
 * One run of a command: its arguments, the session it runs in (user, cwd, variables),
 * its stdin text and its two output streams.
 */
public final class Invocation {

    private final String name;
    private final List<String> args;
    private final Session session;
    private final String stdin;
    private final Output out;
    private final Output err;

    public Invocation(String name, List<String> args, Session session, String stdin, Output out, Output err) {
        this.name = name;
        this.args = List.copyOf(args);
        this.session = session;
        this.stdin = stdin;
        this.out = out;
        this.err = err;
    }

    /** The command name as typed (argv[0] without its directory). */
    public String name() {
        return name;
    }

    /** The arguments after the command name. */
    public List<String> args() {
        return args;
    }

    public Session session() {
        return session;
    }

    public Host host() {
        return session.host();
    }

    public VirtualFileSystem fs() {
        return session.host().fs();
    }

    public FsCredentials creds() {
        return session.credentials();
    }

    public String user() {
        return session.user();
    }

    /** Text piped or redirected into the command; empty when it reads the terminal. */
    public String stdin() {
        return stdin;
    }

    public Output out() {
        return out;
    }

    public Output err() {
        return err;
    }

    /** {@code path} made absolute against the session's working directory. */
    public String abs(String path) {
        return PathNames.absolute(session.cwd(), path);
    }

    /** Prints {@code name: message} on stderr, the way most tools report errors. */
    public void error(String message) {
        err.println(name + ": " + message);
    }

    /** Asks the user on the terminal; the prompt (and a non-secret answer) are echoed there. */
    public Optional<String> ask(PromptResponder.Kind kind, String prompt) {
        return session.ask(kind, prompt);
    }

    /** Runs another argv in the same session (sudo, ssh's remote command, xargs-like tools). */
    public int runArgv(Session in, List<String> argv, String input, Output o, Output e) {
        return Interpreter.runArgv(in, argv, input, o, e);
    }
}
