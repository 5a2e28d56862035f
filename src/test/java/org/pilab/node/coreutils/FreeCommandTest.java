package org.pilab.node.coreutils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilab.node.Host;
import org.pilab.node.scenario.Scenarios;
import org.pilab.node.shell.Session;
import org.pilab.node.shell.ShellResult;

class FreeCommandTest {

    private Host host;
    private Session pi;

    @BeforeEach
    void setUp() {
        host = Scenarios.networked(2L).host("pi01").orElseThrow();
        pi = host.login("pi");
    }

    private List<String> memFields(String options) {
        String mem = pi.run("free " + options).output().lines().filter(l -> l.startsWith("Mem:")).findFirst().orElseThrow();
        return List.of(mem.trim().split("\\s+"));
    }

    @Test
    void unitsFollowTheOption() {
        long mib = host.hardware().memoryMb();
        assertEquals(Long.toString(mib * 1024), memFields("").get(1));
        assertEquals(memFields(""), memFields("-k"));
        assertEquals(Long.toString(mib), memFields("-m").get(1));
        assertEquals(memFields("-m"), memFields("--mebi"));
        assertEquals(Long.toString(mib / 1024), memFields("-g").get(1));
        assertEquals(Long.toString(mib * 1024 * 1024), memFields("-b").get(1));
        assertEquals(Long.toString(mib * 1024 * 1024 / 1_000_000), memFields("--mega").get(1));
        assertEquals(Long.toString(mib * 1024 * 1024 / 1_000_000_000), memFields("--giga").get(1));
    }

    @Test
    void humanSizesUseTheShortestUnitThatFits() {
        long mib = host.hardware().memoryMb();
        String expected = String.format(java.util.Locale.ROOT, "%.1fGi", mib / 1024.0);
        List<String> human = memFields("-h");
        assertEquals(expected.length() <= 5 ? expected : (mib / 1024) + "Gi", human.get(1));
        for (String f : human.subList(1, human.size())) {
            assertTrue(f.matches("\\d+(\\.\\d)?[KMG]i|\\d{1,3}B"), f);
        }
    }

    @Test
    void columnsLineUpUnderTheHeader() {
        ShellResult r = pi.run("free -m");
        List<String> lines = r.output().lines().toList();
        assertEquals("               total        used        free      shared  buff/cache   available", lines.get(0));
        int totalEnd = lines.get(0).indexOf("total") + "total".length();
        String mem = lines.get(1);
        assertEquals(Long.toString(host.hardware().memoryMb()), mem.substring(8, totalEnd).trim());
        assertEquals(' ', mem.charAt(8));
        assertEquals(lines.get(0).length(), mem.length());
        assertTrue(lines.get(2).startsWith("Swap:   "), lines.get(2));
        assertEquals(0, r.status());
    }

    @Test
    void wideAndTotalAddColumnsAndARow() {
        List<String> lines = pi.run("free -w -t").output().lines().toList();
        assertEquals("               total        used        free      shared     buffers       cache   available", lines.get(0));
        assertEquals(8, memFields("-w").size());
        assertTrue(lines.get(3).startsWith("Total:  "), lines.get(3));
        assertEquals(pi.run("free -w -t").output(), pi.run("free -wt").output(), "short options combine");
        assertTrue(pi.run("free -mz").output().startsWith("free: invalid option -- 'z'\n"));
        ShellResult bad = pi.run("free -z");
        assertTrue(bad.output().startsWith("free: invalid option -- 'z'\n"), bad.output());
        assertEquals(1, bad.status());
    }
}
