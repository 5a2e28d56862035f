package org.pilab.shell.interactive;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.pilab.shell.CommandOutcome;
import org.pilab.shell.Interrupt;
import org.pilab.shell.PromptState;
import org.pilab.shell.ShellSession;

/**
 * A session that records what the front end asked of it. Unknown commands print "ran LINE";
 * {@code exit} leaves one ssh hop or, at the top, finishes ({@code exit N} sets the status).
 */
final class FakeSession implements ShellSession {

    final List<String> executed = new CopyOnWriteArrayList<>();
    final List<String> completions = new CopyOnWriteArrayList<>();
    final AtomicLong advancedMillis = new AtomicLong();
    final java.util.concurrent.atomic.AtomicInteger statusAsked = new java.util.concurrent.atomic.AtomicInteger();
    final Set<String> callingThreads = ConcurrentHashMap.newKeySet();
    final Map<String, Function<Interrupt, CommandOutcome>> commands = new ConcurrentHashMap<>();
    volatile List<String> candidates = List.of();
    volatile String status = "Lesson 1 step 1/3 | 00:00:00 | clock 1x";
    private volatile int depth;
    private volatile boolean finished;
    private final List<String> hosts;

    /** @param hosts the hosts from the top (index 0) down to where the learner starts */
    FakeSession(String... hosts) {
        this.hosts = Collections.unmodifiableList(new ArrayList<>(List.of(hosts)));
        this.depth = hosts.length - 1;
    }

    private void note() {
        callingThreads.add(Thread.currentThread().getName());
    }

    @Override
    public PromptState prompt() {
        note();
        return new PromptState("ada", hosts.get(depth), "~", false, depth);
    }

    @Override
    public CommandOutcome execute(String line, Interrupt interrupt) {
        note();
        executed.add(line);
        String word = line.strip().split("\\s+")[0];
        if (word.equals("exit")) {
            return exit(line);
        }
        Function<Interrupt, CommandOutcome> command = commands.get(word);
        if (command != null) {
            return command.apply(interrupt);
        }
        return CommandOutcome.of("ran " + line + "\n", "", 0);
    }

    private CommandOutcome exit(String line) {
        String[] words = line.strip().split("\\s+");
        int status = words.length > 1 ? Integer.parseInt(words[1]) : 0;
        if (depth > 0) {
            depth--;
            return CommandOutcome.of("logout\nConnection to " + hosts.get(depth + 1) + " closed.\n", "", status);
        }
        finished = true;
        return CommandOutcome.of("", "", status);
    }

    @Override
    public List<String> complete(String line, int cursor) {
        note();
        completions.add(line + "|" + cursor);
        return candidates;
    }

    @Override
    public String statusLine() {
        note();
        statusAsked.incrementAndGet();
        return status;
    }

    @Override
    public void advanceRealTime(long realMillis) {
        note();
        advancedMillis.addAndGet(realMillis);
    }

    @Override
    public boolean finished() {
        note();
        return finished;
    }
}
