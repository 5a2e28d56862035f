package org.pilab.lessons.check;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where checks run: the lab (through its silent shell), the command-log index at which the
 * current step started (for {@code command_run}) and the learner's real working folder (for
 * {@code file_exists_local}; empty where there is none, e.g. in verify).
 */
public record CheckContext(SilentShell shell, int stepLogStart, Optional<Path> localDir) {
}
