package org.pilab.shell.session;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

import org.pilab.node.Host;
import org.pilab.node.fs.FsCredentials;
import org.pilab.node.fs.PathNames;
import org.pilab.node.shell.Session;
import org.pilab.node.shell.ShellResult;
import org.pilab.node.shell.TerminalText;
import org.pilab.shell.CommandOutcome;
import org.pilab.shell.FullScreenRequest;
import org.pilab.shell.Interrupt;
import org.pilab.shell.PromptState;
import org.pilab.shell.ShellSession;
import org.pilab.slurm.ctl.SlurmTimes;
import org.pilab.slurm.lab.Lab;

/**
 * The learner at the laptop of a {@link Lab}: a stack of shell sessions (the laptop, then one
 * per ssh hop), each line run by the current host's shell. {@code nano FILE} and {@code top}
 * come back as full-screen requests; {@code clock 10x|1x|pause} sets how fast the virtual clock
 * follows real time in the interactive shell.
 *
 * <p>The host shells write stdout and stderr to one terminal; the outcome keeps their order and
 * which stream each piece went to. The tutor's words after a line go to stdout.</p>
 */
public final class LabSession implements ShellSession {

    /** Exit status of a command that failed inside the simulator itself (EX_SOFTWARE). */
    private static final int INTERNAL_ERROR = 70;

    private Lab lab;
    private final Deque<Session> sessions = new ArrayDeque<>();
    private SessionHooks hooks = SessionHooks.NONE;
    private List<String> scenarioNames = List.of();
    private Function<String, Lab> scenarioFactory;
    /** Set when a line replaced the lab under the session (the tutor's lesson N or reset). */
    private boolean switched;
    private final ClockSpeed speed = new ClockSpeed();
    private int lastStatus;
    private boolean finished;

    public LabSession(Lab lab) {
        this.lab = lab;
        sessions.push(lab.learnerSession());
    }

    public Lab lab() {
        return lab;
    }

    /** Lets {@code hooks} speak after each line and on the status line. */
    public LabSession withHooks(SessionHooks hooks) {
        this.hooks = hooks;
        return this;
    }

    /**
     * Moves the learner to a new lab (a lesson's start state): back at its laptop, every ssh hop
     * of the old lab gone. Safe to call while a line of the old lab is running.
     */
    public void switchTo(Lab newLab) {
        lab = newLab;
        sessions.clear();
        sessions.push(newLab.learnerSession());
        finished = false;
        switched = true;
    }

    /**
     * Starts the learner already logged in to {@code host} over ssh (the laptop stays below, so
     * {@code exit} returns there), as someone who sits down at a ready cluster would be.
     *
     * @throws IllegalArgumentException when the laptop cannot ssh there, with ssh's own words
     */
    public LabSession startOn(String host) {
        ShellResult r = current().run("ssh " + host);
        Session entered = r.entered().orElseThrow(() -> new IllegalArgumentException(
                "cannot start on " + host + ": " + r.output().strip()));
        sessions.push(entered);
        return this;
    }

    /** The shell session the next line runs in. */
    public Session current() {
        return sessions.peek();
    }

    @Override
    public PromptState prompt() {
        Session s = current();
        String home = s.variable("HOME").orElse("");
        String cwd = s.cwd();
        String shown = cwd.equals(home) ? "~"
                : !home.equals("/") && cwd.startsWith(home + "/") ? "~" + cwd.substring(home.length()) : cwd;
        return new PromptState(s.user(), s.host().hostname(), shown, s.isRoot(), sessions.size() - 1);
    }

    @Override
    public CommandOutcome execute(String line, Interrupt interrupt) {
        if (finished) {
            return CommandOutcome.of("", "", lastStatus);
        }
        List<String> words = List.of(line.trim().split("\\s+"));
        String first = words.get(0);
        if (first.equals("clock")) {
            return clock(words);
        }
        if (first.equals("scenario")) {
            return scenario(words);
        }
        boolean sudo = first.equals("sudo") && words.size() > 1;
        String program = sudo ? words.get(1) : first;
        if (program.equals("nano") && !compound(line)) {
            return nano(words.subList(sudo ? 2 : 1, words.size()), sudo);
        }
        if (program.equals("top") && words.size() == (sudo ? 2 : 1)) {
            lastStatus = 0;
            return new CommandOutcome("", "", 0, new FullScreenRequest.Dashboard(new LabDashboard(lab, 0)));
        }
        Session s = current();
        switched = false;
        ShellResult r;
        try {
            r = s.run(line);
        } catch (RuntimeException e) {
            // A fault in the simulated system must not end the learner's session: report it as bash
            // reports a crashed program, and carry on.
            lastStatus = INTERNAL_ERROR;
            return CommandOutcome.of("", s.shellName() + ": internal error: " + e + "\n", INTERNAL_ERROR);
        }
        lab.slurm().sync();
        lastStatus = r.status();
        if (!switched) {
            r.entered().ifPresent(sessions::push);
            if (r.exited() && r.entered().isEmpty()) {
                leave(s);
            }
            dropDeadHops();
        }
        String said = hooks.afterLine(line).orElse("");
        TerminalText shown = r.terminal();
        if (!said.isEmpty() && !r.output().isEmpty() && !r.output().endsWith("\n")) {
            // the tutor speaks from the start of a line; the newline goes with the text it ends
            TerminalText.Stream lastStream = shown.pieces().get(shown.pieces().size() - 1).stream();
            shown = shown.plus(lastStream, "\n");
        }
        return new CommandOutcome(shown.plus(TerminalText.Stream.STDOUT, said), r.status(), null);
    }

    /** A line with pipes, lists or redirections goes to the host's shell whole. */
    private static boolean compound(String line) {
        return line.chars().anyMatch(ch -> ch == '|' || ch == ';' || ch == '&' || ch == '>' || ch == '<');
    }

    private void leave(Session s) {
        sessions.remove(s);
        if (sessions.isEmpty()) {
            finished = true;
            sessions.push(s); // the prompt still has somewhere to point
        }
    }

    /** Sessions on hosts that went down under the learner (poweroff, reboot) end, as ssh does. */
    private void dropDeadHops() {
        while (sessions.size() > 1 && !current().host().isUp()) {
            sessions.pop();
        }
    }

    private CommandOutcome nano(List<String> args, boolean sudo) {
        List<String> files = args.stream().filter(a -> !a.startsWith("-")).toList();
        if (files.isEmpty()) {
            lastStatus = 1;
            return CommandOutcome.of("", "nano: a file name is needed in the lab shell: nano FILE\n", 1);
        }
        Session s = current();
        Host host = s.host();
        String home = s.variable("HOME").orElse("/");
        String name = files.get(0);
        String path = PathNames.absolute(s.cwd(), name.startsWith("~/") ? home + name.substring(1) : name);
        if (sudo && !host.accounts().inGroup(s.user(), "sudo") && !s.isRoot()) {
            lastStatus = 1;
            return CommandOutcome.of("", s.user() + " is not in the sudoers file.  This incident will be reported.\n", 1);
        }
        FsCredentials creds = sudo ? FsCredentials.ROOT : s.credentials();
        lastStatus = 0;
        return new CommandOutcome("", "", 0, new FullScreenRequest.Edit(new VfsEditableFile(host, path, creds)));
    }

    /**
     * Lets the {@code scenario} command build labs: the application knows how to fit a lab out
     * (the engine for virtual jobs, the example specs, the tutor's commands).
     */
    public LabSession withScenarios(List<String> names, Function<String, Lab> factory) {
        this.scenarioNames = List.copyOf(names);
        this.scenarioFactory = factory;
        return this;
    }

    /** {@code scenario}: lists the scenarios; {@code scenario NAME [FAULT...]} starts over in one. */
    private CommandOutcome scenario(List<String> words) {
        if (scenarioFactory == null) {
            lastStatus = 1;
            return CommandOutcome.of("", "scenario: this shell cannot change its lab\n", 1);
        }
        if (words.size() == 1) {
            lastStatus = 0;
            return CommandOutcome.of("scenarios: " + String.join(", ", scenarioNames)
                    + "\nusage: scenario NAME [FAULT[@NODE]...]  (starts over at the laptop; faults as in lesson 11)\n",
                    "", 0);
        }
        Lab next;
        try {
            next = scenarioFactory.apply(String.join(" ", words.subList(1, words.size())));
        } catch (IllegalArgumentException e) {
            lastStatus = 2;
            return CommandOutcome.of("", "scenario: " + e.getMessage() + "\n", 2);
        }
        switchTo(next);
        lastStatus = 0;
        return CommandOutcome.of("Scenario " + words.get(1) + ": a new lab; you are at the laptop.\n", "", 0);
    }

    private CommandOutcome clock(List<String> words) {
        if (words.size() == 1) {
            lastStatus = 0;
            return CommandOutcome.of("clock " + speed.describe() + "\n", "", 0);
        }
        String error = speed.set(words.get(1));
        lastStatus = error == null ? 0 : 2;
        return error == null ? CommandOutcome.of("clock " + speed.describe() + "\n", "", 0)
                : CommandOutcome.of("", error + "\n", 2);
    }

    @Override
    public List<String> complete(String line, int cursor) {
        List<String> hosts = lab.network().hosts().stream().map(Host::hostname).sorted().toList();
        return Completion.complete(current(), hosts, line, cursor);
    }

    @Override
    public String statusLine() {
        String time = SlurmTimes.date(Math.floorDiv(lab.network().nowMillis(), 1000)).replace('T', ' ');
        String prefix = hooks.statusPrefix();
        return (prefix.isEmpty() ? "" : " " + prefix + "  |") + " " + time + " UTC   clock " + speed.describe();
    }

    @Override
    public void advanceRealTime(long realMillis) {
        long virtual = speed.scale(Math.max(0, realMillis));
        if (virtual > 0) {
            lab.advance(virtual);
            dropDeadHops();
        }
    }

    @Override
    public boolean finished() {
        return finished;
    }

    /** The exit status of the last line ($?). */
    public int lastStatus() {
        return lastStatus;
    }
}
