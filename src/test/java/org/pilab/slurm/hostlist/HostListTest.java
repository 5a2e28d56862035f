package org.pilab.slurm.hostlist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostListTest {

    @Test
    void expandsRangesListsAndPlainNames() {
        assertEquals(List.of("pi01", "pi02", "pi03", "pi04"), HostList.expand("pi[01-04]"));
        assertEquals(List.of("pi01", "pi03", "pi04"), HostList.expand("pi[01,03-04]"));
        assertEquals(List.of("pi01", "pi02"), HostList.expand("pi01,pi02"));
        assertEquals(List.of("localhost"), HostList.expand("localhost"));
        assertEquals(List.of(), HostList.expand(""));
    }

    @Test
    void paddingFollowsTheLowEndOfARange() {
        assertEquals(List.of("pi9", "pi10"), HostList.expand("pi[9-10]"));
        assertEquals(List.of("pi08", "pi09", "pi10"), HostList.expand("pi[08-10]"));
        assertEquals(List.of("n001", "n002"), HostList.expand("n[001-002]"));
    }

    @Test
    void expandsSeveralBracketGroupsAndMixedTerms() {
        assertEquals(List.of("r1-pi1", "r1-pi2", "r2-pi1", "r2-pi2"),
                HostList.expand("r[1-2]-pi[1-2]"));
        assertEquals(List.of("head", "pi01", "pi02", "zero1"),
                HostList.expand("head,pi[01-02] zero1"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "pi01,pi02,pi03,pi04 | pi[01-04]",
        "pi01,pi03,pi04      | pi[01,03-04]",
        "pi01                | pi01",
        "pi01,pi03           | pi[01,03]",
        "pi9,pi10            | pi[9-10]",
        "pi1,pi02            | pi[1,02]",
        "head,pi01,pi02      | head,pi[01-02]",
        "pi01,zero1,pi02     | pi01,zero1,pi02",
        "a1,a2,b1,b2         | a[1-2],b[1-2]",
        "localhost           | localhost",
    })
    void compressesLikeSlurm(String hosts, String expected) {
        assertEquals(expected, HostList.compress(List.of(hosts.split(","))));
    }

    /** Expected values are what scontrol show hostlistsorted (SLURM 22.05.8) printed. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "pi03,pi01,pi02                   | pi[01-03]",
        "pi10,pi2                         | pi[2,10]",
        "pi1,pi2,pi2                      | pi[1-2,2]",
        "pi01,zero1,pi02                  | pi[01-02],zero1",
        "zero072,zero74,zero75,zero79,zero80 | zero[74-75,79-80,072]",
        "n113,n114,head,head              | head,head,n[113-114]",
        "pi44,pi45,pi47,pi43,pi44,pi45    | pi[43-44,44-45,45,47]",
        "n006,n007,n13,head,head          | head,head,n[13,006-007]",
    })
    void compressSortedMatchesScontrolHostlistsorted(String hosts, String expected) {
        assertEquals(expected, HostList.compressSorted(List.of(hosts.split(","))));
    }

    /** Expected values are what scontrol show hostlist (SLURM 22.05.8) printed. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "pi03,pi01,pi02                   | pi[03,01-02]",
        "pi099,pi100                      | pi[099-100]",
        "pi08,pi09,pi10,pi11              | pi[08-11]",
        "node98,node102,node98,node99,node100,node101 | node[98,102,98-101]",
    })
    void compressMatchesScontrolHostlist(String hosts, String expected) {
        assertEquals(expected, HostList.compress(List.of(hosts.split(","))));
    }

    @Test
    void badExpressionsSayWhatIsWrong() {
        HostListException open = assertThrows(HostListException.class,
                () -> HostList.expand("pi[01-04"));
        assertTrue(open.getMessage().contains("unmatched '['"), open.getMessage());
        HostListException backwards = assertThrows(HostListException.class,
                () -> HostList.expand("pi[04-01]"));
        assertTrue(backwards.getMessage().startsWith("Invalid range: `04-01'"),
                backwards.getMessage());
        HostListException letters = assertThrows(HostListException.class,
                () -> HostList.expand("pi[a-b]"));
        assertTrue(letters.getMessage().startsWith("Invalid range: `a-b'"), letters.getMessage());
        HostListException suffix = assertThrows(HostListException.class,
                () -> HostList.expand("pi[01-02]-eth0"));
        assertTrue(suffix.getMessage().startsWith("Invalid hostlist: pi[01-02]-eth0"),
                suffix.getMessage());
        assertThrows(HostListException.class, () -> HostList.expand("pi]01["));
        assertThrows(HostListException.class, () -> HostList.expand("pi[1-9999999]"));
        assertThrows(HostListException.class, () -> HostList.compress(List.of("pi01", "a,b")));
    }

    @Test
    void expandOfCompressIsIdentityForRandomHostSequences() {
        SplittableRandom rng = new SplittableRandom(2024);
        String[] prefixes = {"pi", "node", "zero", "n", "rack1-pi", ""};
        for (int round = 0; round < 2_000; round++) {
            List<String> hosts = new ArrayList<>();
            int n = 1 + rng.nextInt(30);
            long next = rng.nextInt(120);
            String prefix = prefixes[rng.nextInt(prefixes.length)];
            int width = 1 + rng.nextInt(3);
            for (int i = 0; i < n; i++) {
                if (rng.nextInt(5) == 0) {
                    prefix = prefixes[rng.nextInt(prefixes.length)];
                    width = 1 + rng.nextInt(3);
                }
                if (rng.nextInt(4) == 0) {
                    next += 1 + rng.nextInt(5); // gaps
                }
                if (rng.nextInt(10) == 0) {
                    next = rng.nextInt(120); // jump back: out of order and duplicates
                }
                String host = prefix.isEmpty() && rng.nextInt(3) == 0
                        ? "head" + (char) ('a' + rng.nextInt(3))
                        : prefix + String.format("%0" + width + "d", next);
                hosts.add(host);
                next++;
            }
            String compressed = HostList.compress(hosts);
            assertEquals(hosts, HostList.expand(compressed), "via " + compressed);
        }
    }

    @Test
    void compressedFormIsNoLongerThanTheCommaList() {
        SplittableRandom rng = new SplittableRandom(5);
        for (int round = 0; round < 500; round++) {
            List<String> hosts = new ArrayList<>();
            int count = 1 + rng.nextInt(40);
            for (int i = 1; i <= count; i++) {
                if (rng.nextInt(3) > 0) {
                    hosts.add(String.format("pi%02d", i));
                }
            }
            if (hosts.isEmpty()) {
                continue;
            }
            assertTrue(HostList.compress(hosts).length() <= String.join(",", hosts).length());
        }
    }
}
