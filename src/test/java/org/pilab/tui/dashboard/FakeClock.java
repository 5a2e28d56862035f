package org.pilab.tui.dashboard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A refresh clock whose sleeps pass at once, with actions due at chosen clock readings. */
final class FakeClock implements RefreshClock {

    private long nanos;
    private final List<Long> dueAt = new ArrayList<>();
    private final List<Runnable> actions = new ArrayList<>();

    @Override
    public long nanoTime() {
        return nanos;
    }

    @Override
    public void sleep(Duration duration) {
        nanos += duration.toNanos();
        for (int i = 0; i < dueAt.size(); i++) {
            if (dueAt.get(i) <= nanos) {
                dueAt.remove(i);
                actions.remove(i).run();
                i--;
            }
        }
    }

    /** Runs the action once the clock has passed this reading. */
    FakeClock at(Duration reading, Runnable action) {
        dueAt.add(reading.toNanos());
        actions.add(action);
        return this;
    }
}
