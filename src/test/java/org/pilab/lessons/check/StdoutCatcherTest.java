package org.pilab.lessons.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StdoutCatcherTest {

    @Test
    void aPipelineSendsItsLastStdoutToTheFile() {
        assertEquals(Optional.of("munge -n | ssh pi02 unmunge > /tmp/x"), StdoutCatcher.redirect("munge -n | ssh pi02 unmunge", "/tmp/x"));
    }

    @Test
    void aTrailingErrToOutKeepsStderrInTheFile() {
        assertEquals(Optional.of("ssh pi01 true > /tmp/x 2>&1"), StdoutCatcher.redirect("ssh pi01 true 2>&1", "/tmp/x"));
    }

    @Test
    void listsAndOwnRedirectionsAreLeftAlone() {
        assertEquals(Optional.empty(), StdoutCatcher.redirect("true && hostname", "/tmp/x"));
        assertEquals(Optional.empty(), StdoutCatcher.redirect("hostname > /tmp/y", "/tmp/x"));
        assertEquals(Optional.empty(), StdoutCatcher.redirect("echo 'unclosed", "/tmp/x"));
    }
}
