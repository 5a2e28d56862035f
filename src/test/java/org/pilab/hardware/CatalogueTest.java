package org.pilab.hardware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    private final Catalogue catalogue = Catalogue.load();

    @Test
    void containsTheTenSupportedModels() {
        List<String> ids = catalogue.models().stream().map(PiModel::id).toList();
        for (String id : List.of("pi3bplus", "pi4-1gb", "pi4-2gb", "pi4-4gb", "pi4-8gb",
                "pi5-2gb", "pi5-4gb", "pi5-8gb", "pi5-16gb", "zero2w")) {
            assertTrue(ids.contains(id), id);
        }
        assertEquals(10, ids.size());
    }

    @Test
    void everyFigureGroupHasASourceAndEstimatesAreMarked() {
        for (PiModel m : catalogue.models()) {
            for (String field : PiModel.SOURCED_FIELDS) {
                assertFalse(m.sources().getOrDefault(field, "").isBlank(), m.id() + " " + field);
            }
            String realMemorySource = m.sources().get("realMemoryMb");
            // RealMemory is measured only for the Pi 4 4 GB; all others must say "estimate".
            assertEquals(!m.id().equals("pi4-4gb"), m.isEstimate("realMemoryMb"), m.id());
            if (m.isEstimate("realMemoryMb")) {
                assertTrue(realMemorySource.startsWith("estimate"), m.id() + ": " + realMemorySource);
            }
        }
        for (Accessory a : catalogue.accessories()) {
            assertFalse(a.price().note().isBlank(), a.id());
            assertFalse(a.price().date().isBlank(), a.id());
        }
    }

    @Test
    void figuresFromTheFactsFile() {
        PiModel pi4 = catalogue.model("pi4-4gb");
        assertEquals(4, pi4.cores());
        assertEquals(3794, pi4.realMemoryMb());
        assertEquals(939.0, pi4.network().ethernetMbps());
        assertEquals(108.0, pi4.network().wifiMbps());
        assertEquals(55.0, pi4.launchPrice().usd());
        assertEquals(List.of(1000, 750, 600), pi4.thermal().throttleStepsMhz());
        assertEquals(85.0, pi4.thermal().hardLimitC());
        PiModel pi3 = catalogue.model("pi3bplus");
        assertEquals(60.0, pi3.thermal().softLimitC());
        assertEquals(1200, pi3.thermal().softLimitClockMhz());
        assertEquals(253.0, pi3.network().ethernetMbps());
        assertEquals(1500, catalogue.model("pi5-8gb").thermal().minClockMhz());
        assertFalse(catalogue.model("zero2w").network().hasEthernet());
        assertEquals(5.0, catalogue.accessory("switch-8port-gigabit").powerW());
        assertFalse(catalogue.accessory("poe-plus-hat").fits(BoardFamily.PI5));
    }

    @Test
    void realMemoryIsBelowNominalRamAndGrowsWithIt() {
        for (PiModel m : catalogue.models()) {
            assertTrue(m.realMemoryMb() < m.ramMb(), m.id());
            assertTrue(m.realMemoryMb() > m.ramMb() * 0.75, m.id());
        }
        assertTrue(catalogue.model("pi4-8gb").realMemoryMb()
                > catalogue.model("pi4-4gb").realMemoryMb());
    }

    @Test
    void unknownIdListsTheValidOnes() {
        CatalogueException e = assertThrows(CatalogueException.class,
                () -> catalogue.model("pi4"));
        assertTrue(e.getMessage().contains("unknown Pi model 'pi4'"), e.getMessage());
        assertTrue(e.getMessage().contains("pi4-4gb") && e.getMessage().contains("zero2w"));
    }

    @Test
    void slurmdLineMatchesWhatATestbedNodeUses() {
        assertEquals("NodeName=pi01 CPUs=4 Boards=1 SocketsPerBoard=1 CoresPerSocket=4"
                + " ThreadsPerCore=1 RealMemory=3794",
                catalogue.model("pi4-4gb").slurmdConfigLine("pi01"));
    }

    @Test
    void slurmdMinusCPrintsTheNodeLineAndUptime() {
        assertEquals("NodeName=pi02 CPUs=4 Boards=1 SocketsPerBoard=1 CoresPerSocket=4"
                + " ThreadsPerCore=1 RealMemory=906\nUpTime=0-00:31:51\n",
                catalogue.model("pi3bplus").slurmdC("pi02", 31 * 60 + 51));
        assertTrue(catalogue.model("pi5-8gb").slurmdC("pi03", 2 * 86_400 + 5)
                .endsWith("UpTime=2-00:00:05\n"));
    }

    @Test
    void aModelWithoutSourcesIsRejected() {
        String json = "{\"schema\":1,\"about\":\"x\",\"accessories\":[],\"models\":[{\"id\":\"x\","
                + "\"displayName\":\"X\",\"family\":\"PI4\",\"cpu\":{\"name\":\"a\",\"arch\":\"b\","
                + "\"cores\":4,\"maxClockMhz\":1500},\"ramMb\":1024,\"realMemoryMb\":900,"
                + "\"speedFactor\":1,\"power\":{\"idleW\":1,\"loadW\":2},\"thermal\":{\"idleC\":"
                + "{\"NONE\":1,\"HEATSINK\":1,\"FAN\":1},\"loadC\":{\"NONE\":1,\"HEATSINK\":1,"
                + "\"FAN\":1},\"tauSeconds\":{\"NONE\":1,\"HEATSINK\":1,\"FAN\":1},"
                + "\"softLimitC\":null,\"softLimitClockMhz\":null,\"throttleStartC\":80,"
                + "\"throttleStepsMhz\":[],\"hardLimitC\":85,\"minClockMhz\":600},"
                + "\"network\":{\"ethernetMbps\":1,\"wifiMbps\":1,\"wifi\":\"n\"},"
                + "\"prices\":[{\"usd\":1,\"date\":\"2020\",\"note\":\"n\",\"estimate\":false}],"
                + "\"psu\":\"p\",\"sources\":{\"cpu\":\"s\"},\"estimates\":[]}]}";
        CatalogueException e = assertThrows(CatalogueException.class, () -> Catalogue.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json"));
        assertTrue(e.getMessage().contains("model x has no source for ramMb"), e.getMessage());
    }
}
