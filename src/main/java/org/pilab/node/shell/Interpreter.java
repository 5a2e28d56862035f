package org.pilab.node.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pilab.node.fs.FileStat;
import org.pilab.node.fs.FsException;
import org.pilab.node.fs.PathNames;
import org.pilab.node.shell.Syntax.CommandLine;
import org.pilab.node.shell.Syntax.Connector;
import org.pilab.node.shell.Syntax.Pipeline;
import org.pilab.node.shell.Syntax.Redirect;
import org.pilab.node.shell.Syntax.SimpleCommand;
import org.pilab.node.shell.Syntax.Step;

/**
 * Runs parsed command lines: sequences and && / || lists, pipes (each stage's stdout is the next
 * stage's stdin), redirections (opened with the SESSION's rights, which is why
 * {@code sudo echo x > /etc/hosts} is refused), loops and if ({@link CompoundRunner}), builtins
 * and registered programs.
 */
public final class Interpreter {

    /** Status bash returns for a command it cannot find. */
    public static final int NOT_FOUND = 127;
    /** Status of a command that failed inside the simulator itself (EX_SOFTWARE). */
    public static final int INTERNAL_ERROR = 70;
    private static final String DEV_NULL = "/dev/null";

    private Interpreter() {
    }

    static ShellResult run(Session session, String line, TerminalBuffer terminal) {
        return run(session, line, terminal, "");
    }

    static ShellResult run(Session session, String line, TerminalBuffer terminal, String stdin) {
        Output term = new Output(terminal, TerminalText.Stream.STDOUT);
        Output termErr = new Output(terminal, TerminalText.Stream.STDERR);
        CommandLine parsed;
        try {
            parsed = ShellParser.parse(line);
        } catch (ShellSyntaxException e) {
            termErr.println(session.shellName() + ": " + e.getMessage());
            session.lastStatus(2);
            return new ShellResult(terminal.snapshot(), 2, Optional.empty(), false);
        }
        int status = parsed.steps().isEmpty() ? session.lastStatus() : runList(session, parsed, stdin, term, termErr);
        Session entered = session.takeEntered();
        return new ShellResult(terminal.snapshot(), status, Optional.ofNullable(entered), session.exitRequested());
    }

    /**
     * Runs a list (a whole line, or the body of a loop): each pipeline in turn, skipping those
     * an && / || rules out, setting $? after each, until the list ends, the shell exits or a
     * break / continue leaves it. {@code stdin} goes to the first pipeline. Returns the status
     * of the last pipeline run.
     */
    static int runList(Session session, CommandLine list, String stdin, Output out, Output err) {
        int status = session.lastStatus();
        String input = stdin;
        for (Step step : list.steps()) {
            if (session.exitRequested() || session.loops().interrupted()) {
                break;
            }
            if ((step.connector() == Connector.AND && status != 0) || (step.connector() == Connector.OR && status == 0)) {
                continue;
            }
            status = runPipeline(session, step.pipeline(), input, out, err);
            input = "";
            session.lastStatus(status);
            session.host().settle();
        }
        return status;
    }

    /** Runs a line inside another (for $(...)), returning its stdout; its stderr stays on the terminal. */
    static String capture(Session session, String line) {
        CommandLine parsed = ShellParser.parse(line);
        Output out = new Output();
        Output err = new Output(session.terminal(), TerminalText.Stream.STDERR);
        // $? inside the substitution follows its own commands; the line around it keeps its own
        int saved = session.lastStatus();
        try {
            runList(session, parsed, "", out, err);
        } finally {
            session.lastStatus(saved);
        }
        return out.text();
    }

    private static int runPipeline(Session session, Pipeline pipeline, String firstInput, Output finalOut, Output err) {
        String input = firstInput;
        int status = 0;
        List<SimpleCommand> commands = pipeline.commands();
        for (int i = 0; i < commands.size(); i++) {
            boolean last = i == commands.size() - 1;
            Output stageOut = last ? finalOut : new Output();
            SimpleCommand stage = commands.get(i);
            status = stage.isCompound() ? runCompound(session, stage, input, stageOut, err)
                    : runSimple(session, stage, input, stageOut, err);
            input = last ? "" : stageOut.text();
        }
        if (pipeline.negated()) {
            return status == 0 ? 1 : 0;
        }
        return status;
    }

    /** A loop or if, its redirections applying to everything inside: {@code for ...; done > hosts.txt}. */
    private static int runCompound(Session session, SimpleCommand command, String pipedInput, Output out, Output err) {
        Streams streams = openRedirects(session, command.redirects(), pipedInput, out, err);
        if (streams == null) {
            return 1;
        }
        int status = CompoundRunner.run(session, command.compound(), streams.input(), streams.out(), streams.err());
        streams.afterRun().forEach(Runnable::run);
        return status;
    }

    private static int runSimple(Session session, SimpleCommand command, String pipedInput, Output out, Output err) {
        List<String> argv;
        try {
            argv = new WordExpander(session).expandAll(command.words());
        } catch (ShellSyntaxException e) {
            err.println(session.shellName() + ": " + e.getMessage());
            return 1;
        }
        Streams streams = openRedirects(session, command.redirects(), pipedInput, out, err);
        if (streams == null) {
            return 1;
        }
        int status = 0;
        if (!argv.isEmpty()) {
            status = assignmentsOnly(session, argv) ? 0
                    : runWithPrefixAssignments(session, argv, streams.input(), streams.out(), streams.err());
        }
        streams.afterRun().forEach(Runnable::run);
        return status;
    }

    /**
     * Where a command's streams go once its redirections are applied, and what to do after
     * it ran (write the captured text into the redirected files).
     */
    private record Streams(Output out, Output err, String input, List<Runnable> afterRun) {
    }

    /**
     * Opens {@code redirects} in order, before the command runs as bash does; null (after bash's
     * error message) when one cannot be opened, and then the command must not run.
     */
    private static Streams openRedirects(Session session, List<Redirect> redirects, String pipedInput, Output out, Output err) {
        Output cmdOut = out;
        Output cmdErr = err;
        String input = pipedInput;
        List<Runnable> afterRun = new ArrayList<>();
        for (Redirect r : redirects) {
            if (r.kind() == Syntax.RedirectKind.HEREDOC) {
                Syntax.Part body = r.target().parts().get(0);
                input = body.quoted() ? body.text() : new WordExpander(session).expandText(body.text());
                continue;
            }
            String target;
            try {
                target = r.target() == null ? null : new WordExpander(session).expandOne(r.target());
            } catch (ShellSyntaxException e) {
                err.println(session.shellName() + ": " + e.getMessage());
                return null;
            }
            try {
                switch (r.kind()) {
                    case IN -> input = readForRedirect(session, target);
                    // "2>&1" makes fd 2 a copy of fd 1 as it is at that point: order matters, as in bash
                    case ERR_TO_OUT -> cmdErr = cmdOut;
                    case OUT_TO_ERR -> cmdOut = cmdErr;
                    case OUT, APPEND, ERR, ERR_APPEND, BOTH, BOTH_APPEND -> {
                        boolean append = r.kind() == Syntax.RedirectKind.APPEND || r.kind() == Syntax.RedirectKind.ERR_APPEND
                                || r.kind() == Syntax.RedirectKind.BOTH_APPEND;
                        Output file = openForRedirect(session, target, append, afterRun);
                        if (r.kind() == Syntax.RedirectKind.ERR || r.kind() == Syntax.RedirectKind.ERR_APPEND) {
                            cmdErr = file;
                        } else if (r.kind() == Syntax.RedirectKind.BOTH || r.kind() == Syntax.RedirectKind.BOTH_APPEND) {
                            cmdOut = file;
                            cmdErr = file;
                        } else {
                            cmdOut = file;
                        }
                    }
                    default -> throw new IllegalStateException(r.kind().toString());
                }
            } catch (FsException e) {
                err.println(session.shellName() + ": " + target + ": " + e.reason());
                return null;
            }
        }
        return new Streams(cmdOut, cmdErr, input, afterRun);
    }

    /** {@code NAME=value cmd}: the variables hold for that one command only. */
    private static int runWithPrefixAssignments(Session session, List<String> argv, String input, Output out, Output err) {
        int first = 0;
        while (first < argv.size() && argv.get(first).matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
            first++;
        }
        if (first == 0) {
            return runArgv(session, argv, input, out, err);
        }
        Map<String, Optional<String>> saved = new LinkedHashMap<>();
        for (String a : argv.subList(0, first)) {
            int eq = a.indexOf('=');
            String name = a.substring(0, eq);
            saved.putIfAbsent(name, session.variable(name));
            session.setVariable(name, a.substring(eq + 1));
        }
        try {
            return runArgv(session, argv.subList(first, argv.size()), input, out, err);
        } finally {
            saved.forEach((name, old) -> {
                if (old.isPresent()) {
                    session.setVariable(name, old.get());
                } else {
                    session.unsetVariable(name);
                }
            });
        }
    }

    private static boolean assignmentsOnly(Session session, List<String> argv) {
        for (String a : argv) {
            if (!a.matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
                return false;
            }
        }
        for (String a : argv) {
            int eq = a.indexOf('=');
            session.setVariable(a.substring(0, eq), a.substring(eq + 1));
        }
        return true;
    }

    private static String readForRedirect(Session session, String target) {
        String path = PathNames.absolute(session.cwd(), target);
        if (path.equals(DEV_NULL)) {
            return "";
        }
        return session.host().fs().read(path, session.credentials());
    }

    private static Output openForRedirect(Session session, String target, boolean append, List<Runnable> afterRun) {
        String path = PathNames.absolute(session.cwd(), target);
        Output file = new Output();
        if (path.equals(DEV_NULL)) {
            return file;
        }
        var fs = session.host().fs();
        var creds = session.credentials();
        // Open now, as bash does, so a refused redirect stops the command before it runs.
        if (append) {
            fs.append(path, "", creds);
        } else {
            fs.write(path, "", creds);
        }
        afterRun.add(() -> fs.append(path, file.text(), creds));
        return file;
    }

    /**
     * Runs an already-expanded argv: builtins, then programs found on the PATH (or by path).
     * Used by sudo and by ssh's remote commands.
     */
    public static int runArgv(Session session, List<String> argv, String input, Output out, Output err) {
        String name = argv.get(0);
        List<String> args = argv.subList(1, argv.size());
        Optional<Command> builtin = Builtins.find(name);
        if (builtin.isPresent()) {
            return builtin.get().run(new Invocation(name, args, session, input, out, err));
        }
        Resolution found = resolve(session, name);
        if (found.command() == null) {
            err.println(found.error());
            return found.status();
        }
        try {
            return found.command().run(new Invocation(PathNames.baseName(name), args, session, input, out, err));
        } catch (FsException e) {
            err.println(PathNames.baseName(name) + ": " + e.path() + ": " + e.reason());
            return 1;
        } catch (IllegalArgumentException | IllegalStateException e) {
            // a model refusing bad input (say, an unreadable custom.toml) must not end the learner's shell
            err.println(PathNames.baseName(name) + ": " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            // a defect in a command must not end the learner's shell either; it stays visible
            err.println(PathNames.baseName(name) + ": internal error: " + e);
            return INTERNAL_ERROR;
        }
    }

    /** What a name resolves to on a host for a session: the command, or bash's error and status. */
    public record Resolution(Command command, String path, String error, int status) {
    }

    /** The program {@code name} names for this session, following PATH as bash does. */
    public static Resolution resolve(Session session, String name) {
        CommandRegistry registry = session.host().commands();
        var fs = session.host().fs();
        if (name.contains("/")) {
            String path = PathNames.absolute(session.cwd(), name);
            Optional<FileStat> stat = fs.statIfExists(path);
            if (stat.isEmpty()) {
                return new Resolution(null, null, session.shellName() + ": " + name + ": No such file or directory", NOT_FOUND);
            }
            if (stat.get().isDirectory()) {
                return new Resolution(null, null, session.shellName() + ": " + name + ": Is a directory", 126);
            }
            if ((stat.get().mode() & 0111) == 0) {
                return new Resolution(null, null, session.shellName() + ": " + name + ": Permission denied", 126);
            }
            Optional<CommandRegistry.Entry> byPath = registry.byPath(path);
            if (byPath.isPresent()) {
                return new Resolution(byPath.get().command(), path, null, 0);
            }
            return new Resolution(new ScriptRunner(path), path, null, 0);
        }
        Optional<CommandRegistry.Entry> entry = registry.entry(name);
        if (entry.isPresent() && entry.get().binaryPath() == null) {
            return new Resolution(entry.get().command(), null, null, 0);
        }
        if (entry.isPresent()) {
            String dir = PathNames.parent(entry.get().binaryPath());
            String pathVar = session.variable("PATH").orElse("");
            for (String p : pathVar.split(":")) {
                if (p.equals(dir) || (p.equals("/bin") && dir.equals("/usr/bin")) || (p.equals("/sbin") && dir.equals("/usr/sbin"))) {
                    if (fs.exists(entry.get().binaryPath())) {
                        return new Resolution(entry.get().command(), entry.get().binaryPath(), null, 0);
                    }
                }
            }
        }
        return new Resolution(null, null, session.shellName() + ": " + name + ": command not found", NOT_FOUND);
    }
}
