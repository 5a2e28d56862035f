package org.pilab.shell.interactive;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.jline.terminal.Terminal;

/**
 * What the interactive shell runs with besides the session and the terminal; tests swap the
 * parts that would need a real console, a real home folder or real time.
 *
 * @param history     where commands are kept between runs
 * @param fullScreen  builds the runner of full-screen programs for the terminal
 * @param nanoClock   the monotonic clock the virtual clock follows
 * @param tickPeriod  how often real time is reported, or null to never report it on a timer
 */
record ShellSettings(HistoryFile history, Function<Terminal, FullScreenRunner> fullScreen,
                     LongSupplier nanoClock, Duration tickPeriod) {

    ShellSettings {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(fullScreen, "fullScreen");
        Objects.requireNonNull(nanoClock, "nanoClock");
    }

    /** ~/.pilab/history, the real editor and dashboard, the machine's clock every 200 ms. */
    static ShellSettings defaults() {
        return new ShellSettings(HistoryFile.inHome(), LanternaScreens::new, System::nanoTime,
                RealTimeTicker.DEFAULT_PERIOD);
    }
}
