package org.pilab.node.shell;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pilab.node.CommandRecord;
import org.pilab.node.Host;
import org.pilab.node.account.Account;
import org.pilab.node.fs.FsCredentials;

/**
 * A logged-in shell on a host: user, working directory, variables, last status and history.
 * The shell layer reads lines from the learner and calls {@link #run(String)}.
 */
public final class Session {

    private final Host host;
    private final String user;
    private final Session origin;
    private final Map<String, String> variables = new LinkedHashMap<>();
    private final List<String> history = new ArrayList<>();
    private final LoopControl loops = new LoopControl();
    /** How much of its stdin the last {@code read} used, for the loop that feeds it line by line. */
    private int consumedInput;
    private PromptResponder responder;
    private String cwd;
    private int lastStatus;
    private TerminalBuffer terminal = new TerminalBuffer();
    private Session entered;
    private String exitMessage = "";
    private boolean exitRequested;
    /** Set for a shell running a script ({@code bash FILE}, {@code bash -c}): how its errors name it. */
    private String scriptName;
    private int scriptLine;
    /** False for a shell started from another one ({@code bash} at a prompt): its exit says "exit", not "logout". */
    private boolean login = true;

    /**
     * A login session (home directory, login environment) for {@code user} on {@code host},
     * opened from {@code origin} (null for the learner's own laptop session).
     */
    public Session(Host host, String user, PromptResponder responder, Session origin) {
        this.host = host;
        this.user = user;
        this.origin = origin;
        this.responder = responder;
        Account a = host.accounts().user(user)
                .orElseThrow(() -> new IllegalArgumentException("no user " + user + " on " + host.hostname()));
        this.cwd = host.fs().isDirectory(a.home()) ? a.home() : "/";
        variables.put("HOME", a.home());
        variables.put("USER", user);
        variables.put("LOGNAME", user);
        variables.put("SHELL", a.shell());
        variables.put("PATH", host.os().path(a.uid() == 0));
        variables.put("LANG", "en_GB.UTF-8");
        variables.put("TERM", "xterm-256color");
        variables.put("PWD", cwd);
    }

    public Session(Host host, String user) {
        this(host, user, PromptResponder.SCRIPTED, null);
    }

    /** Runs one command line and returns what the terminal shows. */
    public ShellResult run(String line) {
        terminal = new TerminalBuffer();
        if (!line.isBlank()) {
            history.add(line);
        }
        if (!host.isUp() && origin != null && origin.host() != host) {
            // the machine behind this ssh session lost power or rebooted: the connection is gone
            requestExit();
            return new ShellResult(TerminalText.of(TerminalText.Stream.STDERR, "client_loop: send disconnect: Broken pipe\n"),
                    255, Optional.empty(), true);
        }
        ShellResult result = Interpreter.run(this, line, terminal);
        if (!line.isBlank()) {
            host.network().record(new CommandRecord(host.network().simulator().now(), host.id(), host.hostname(), user, line,
                    result.status()));
        }
        return result;
    }

    /**
     * Runs a line whose first command reads {@code stdin} (a remote command fed by a local
     * pipe: {@code munge -n | ssh pi02 unmunge}).
     */
    public ShellResult run(String line, String stdin) {
        TerminalBuffer saved = terminal;
        terminal = new TerminalBuffer();
        try {
            ShellResult result = Interpreter.run(this, line, terminal, stdin);
            host.network().record(new CommandRecord(host.network().simulator().now(), host.id(), host.hostname(), user, line,
                    result.status()));
            return result;
        } finally {
            terminal = saved;
        }
    }

    /** Runs a line inside a running one (scripts), sharing this session's state. */
    ShellResult runNested(String line) {
        TerminalBuffer saved = terminal;
        terminal = new TerminalBuffer();
        try {
            return Interpreter.run(this, line, terminal);
        } finally {
            terminal = saved;
        }
    }

    /**
     * A login session for {@code targetUser} on {@code target}, opened from this one without
     * any authentication: the ssh command authenticates first, tests and lesson set-up may
     * call this directly.
     */
    public Session openOn(Host target, String targetUser) {
        return new Session(target, targetUser, responder, this);
    }

    /** Same as {@link #openOn}: the session an authenticated {@code ssh user@target} lands in. */
    public Session ssh(Host target, String targetUser) {
        return openOn(target, targetUser);
    }

    /** The same user's view as root ({@code sudo}): same directory and responder. */
    public Session asRoot() {
        return asUser("root");
    }

    /** {@code sudo -u USER}: that user's rights, this session's directory and terminal. */
    public Session asUser(String otherUser) {
        Session s = new Session(host, otherUser, responder, this);
        s.terminal = terminal; // sudo's prompts (apt's question) appear on the same terminal
        s.cwd = cwd;
        s.variables.put("PWD", cwd);
        return s;
    }

    /**
     * A child shell for a script ({@code bash FILE}, {@code ./FILE}, {@code bash -c}): it starts
     * with a copy of this shell's variables and directory, and nothing it changes (cd, variables,
     * exit) comes back to this one.
     *
     * @param name how bash names the script in its errors ({@code hello.sh: line 3: ...})
     */
    Session child(String name) {
        Session s = new Session(host, user, responder, this);
        s.variables.clear();
        s.variables.putAll(variables);
        s.cwd = cwd;
        s.lastStatus = lastStatus;
        s.scriptName = name;
        s.login = false;
        return s;
    }

    /** {@code bash} typed at a prompt: an interactive, non-login child shell. */
    Session interactiveChild() {
        Session s = child(null);
        s.scriptName = null;
        return s;
    }

    /** Whether this is a login shell (ssh, console, {@code sudo -i}) rather than one started from a shell. */
    boolean isLogin() {
        return login;
    }

    /** Whether this shell runs a script (its {@code exit} ends the script, not a login). */
    boolean isScript() {
        return scriptName != null;
    }

    void scriptLine(int line) {
        this.scriptLine = line;
    }

    Optional<String> ask(PromptResponder.Kind kind, String prompt) {
        // apt and ssh-keygen ask on stdout; ssh's host-key and password questions and sudo's
        // password go to the tty, which for a script is where its errors go
        TerminalText.Stream stream = kind == PromptResponder.Kind.CONFIRM_YES_NO || kind == PromptResponder.Kind.FILE_NAME
                ? TerminalText.Stream.STDOUT : TerminalText.Stream.STDERR;
        terminal.append(stream, prompt);
        Optional<String> answer = responder.answer(kind, prompt);
        boolean secret = kind == PromptResponder.Kind.PASSWORD || kind == PromptResponder.Kind.PASSPHRASE;
        if (!secret) {
            answer.ifPresent(a -> terminal.append(stream, a));
        }
        terminal.append(stream, "\n");
        return answer;
    }

    /** The prompt bash would show: {@code pi@pi01:~ $ } on Pi OS, {@code learner@laptop:~$ } on Ubuntu. */
    public String prompt() {
        String home = variables.getOrDefault("HOME", "");
        String shown = cwd.equals(home) ? "~" : cwd.startsWith(home + "/") && !home.equals("/") ? "~" + cwd.substring(home.length()) : cwd;
        String sign = isRoot() ? "#" : "$";
        String gap = host.os().spaceBeforePromptSign() && !isRoot() ? " " : "";
        return user + "@" + host.hostname() + ":" + shown + gap + sign + " ";
    }

    /**
     * How bash names itself in errors: {@code bash} in the laptop's terminal window,
     * {@code -bash} in a login shell (a Pi's console, ssh, {@code sudo -i}).
     */
    public String shellName() {
        if (scriptName != null) {
            return scriptName + ": line " + scriptLine;
        }
        if (!login) {
            return "bash";
        }
        return origin == null && !host.hardware().isRaspberryPi() ? "bash" : "-bash";
    }

    public Host host() {
        return host;
    }

    public String user() {
        return user;
    }

    public boolean isRoot() {
        return "root".equals(user);
    }

    public FsCredentials credentials() {
        return host.accounts().credentials(user);
    }

    public String cwd() {
        return cwd;
    }

    public void cwd(String dir) {
        this.cwd = dir;
        variables.put("PWD", dir);
    }

    /** $1 .. $N, each whole (what "$@" and a bare {@code for NAME; do} walk). */
    List<String> positionalArguments() {
        int count = Integer.parseInt(variable("#").orElse("0"));
        List<String> args = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            args.add(variable(Integer.toString(i)).orElse(""));
        }
        return args;
    }

    public Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name));
    }

    public void setVariable(String name, String value) {
        variables.put(name, value);
    }

    public void unsetVariable(String name) {
        variables.remove(name);
    }

    public Map<String, String> variables() {
        return Collections.unmodifiableMap(variables);
    }

    public int lastStatus() {
        return lastStatus;
    }

    void lastStatus(int status) {
        this.lastStatus = status;
    }

    public List<String> history() {
        return List.copyOf(history);
    }

    /** The session this one was opened from (the laptop for {@code ssh pi01}), if any. */
    public Optional<Session> origin() {
        return Optional.ofNullable(origin);
    }

    public PromptResponder responder() {
        return responder;
    }

    public void responder(PromptResponder newResponder) {
        this.responder = newResponder;
    }

    TerminalBuffer terminal() {
        return terminal;
    }

    /** Called by a command that opens an interactive session (ssh without a command, sudo -i). */
    public void enter(Session session) {
        this.entered = session;
    }

    /** Text printed after "logout" when this session ends ("Connection to pi01 closed."). */
    public void exitMessage(String message) {
        this.exitMessage = message;
    }

    public String exitMessage() {
        return exitMessage;
    }

    /** Called by exit/logout. */
    public void requestExit() {
        this.exitRequested = true;
    }

    void consumedInput(int chars) {
        consumedInput = chars;
    }

    /** What {@code read} used of its input since the last call; 0 if it did not run. */
    int takeConsumedInput() {
        int c = consumedInput;
        consumedInput = 0;
        return c;
    }

    /** The loops this shell is running, for break and continue. */
    LoopControl loops() {
        return loops;
    }

    boolean exitRequested() {
        return exitRequested;
    }

    Session takeEntered() {
        Session s = entered;
        entered = null;
        return s;
    }
}
