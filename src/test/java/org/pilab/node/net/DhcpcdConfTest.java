package org.pilab.node.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pilab.node.net.NetworkSetup.StaticConfig;

class DhcpcdConfTest {

    @Test
    void theShippedFileHasNoStaticAddressAndNoWarnings() {
        DhcpcdConf conf = DhcpcdConf.parse(DhcpcdConf.STOCK);
        assertTrue(conf.statics().isEmpty());
        assertEquals(List.of(), conf.warnings());
    }

    @Test
    void staticOptionsBelongToTheInterfaceBlockTheyFollow() {
        DhcpcdConf conf = DhcpcdConf.parse("hostname\ninterface wlan0\nstatic ip_address=10.0.0.50/24\n"
                + "interface eth0\nstatic ip_address=10.0.0.11/24\nstatic routers=10.0.0.1\n"
                + "static domain_name_servers=10.0.0.1 8.8.8.8 fd51:42f8:caae:d92e::1\n");
        assertEquals(new StaticConfig("10.0.0.11", 24, "10.0.0.1", List.of("10.0.0.1", "8.8.8.8")),
                conf.staticFor("eth0").orElseThrow());
        assertEquals("10.0.0.50", conf.staticFor("wlan0").orElseThrow().address());
    }

    @Test
    void aProfileBlockIsNotAnInterfaceAndGlobalStaticsApplyToNone() {
        DhcpcdConf conf = DhcpcdConf.parse("static ip_address=10.0.0.9/24\nprofile static_eth0\n"
                + "static ip_address=192.168.1.23/24\ninterface eth0\nfallback static_eth0\n");
        assertTrue(conf.statics().isEmpty(), conf.statics().toString());
    }

    @Test
    void aMissingPrefixComesFromTheAddressClass() {
        assertEquals(8, DhcpcdConf.parse("interface eth0\nstatic ip_address=10.0.0.11\n").staticFor("eth0").orElseThrow().prefix());
        assertEquals(24, DhcpcdConf.parse("interface eth0\nstatic ip_address=192.168.1.5\n").staticFor("eth0").orElseThrow().prefix());
    }

    @Test
    void badLinesAreSkippedWithTheirLineNumbers() {
        DhcpcdConf conf = DhcpcdConf.parse("# comment\ninterface eth0\nstatic ip_adress=10.0.0.11/24\n"
                + "staticip_address=10.0.0.11/24\nstatic ip_address=10.0.0.11/33\nstatic routers=10.0.0.1\n");
        assertEquals(List.of(new DhcpcdConf.Warning(3, "unknown option: ip_adress"),
                new DhcpcdConf.Warning(4, "unknown option: staticip_address"),
                new DhcpcdConf.Warning(5, "failed to convert 10.0.0.11/33")), conf.warnings());
        assertTrue(conf.staticFor("eth0").isEmpty());
    }
}
