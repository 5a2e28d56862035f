package org.pilab.realcluster.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pilab.hardware.Catalogue;
import org.pilab.realcluster.TestKeys;

class ClusterPlanTest {

    static ClusterPlan plan(int nodes, String head, String subnet, OsRelease os) {
        return new ClusterPlan("pilab", nodes, Catalogue.load().model("pi4-4gb"), head, Ipv4Subnet.parse(subnet), "pi",
                SshPublicKey.parse(TestKeys.ed25519PublicLine("me@laptop"), "k.pub"), os);
    }

    @Test
    void nodesAreNumberedFromTheHeadsSeriesWithAddressesFromHostEleven() {
        ClusterPlan p = plan(4, "pi02", "10.0.0.0/24", OsRelease.BOOKWORM);
        List<ClusterNode> nodes = p.nodes();
        assertEquals(List.of("pi01", "pi02", "pi03", "pi04"), nodes.stream().map(ClusterNode::name).toList());
        assertEquals(List.of("10.0.0.11", "10.0.0.12", "10.0.0.13", "10.0.0.14"),
                nodes.stream().map(ClusterNode::address).toList());
        assertEquals("pi02", p.headNode().name());
        assertEquals("10.0.0.1", p.gateway());
        assertEquals("pi[01-04]", p.hostList());
    }

    @Test
    void aHeadOutsideTheSeriesOrUnpaddedIsRefused() {
        assertThrows(BundleException.class, () -> plan(4, "pi05", "10.0.0.0/24", OsRelease.BOOKWORM));
        BundleException e = assertThrows(BundleException.class, () -> plan(4, "pi1", "10.0.0.0/24", OsRelease.BOOKWORM));
        assertTrue(e.getMessage().contains("pi01"), e.getMessage());
    }

    @Test
    void aSubnetTooSmallForTheNodesIsRefused() {
        // /28 has hosts 1..14: pi04 would need host 14, pi05 host 15.
        plan(4, "pi01", "192.168.1.0/28", OsRelease.BOOKWORM);
        BundleException e = assertThrows(BundleException.class,
                () -> plan(5, "pi01", "192.168.1.0/28", OsRelease.BOOKWORM));
        assertTrue(e.getMessage().contains("larger subnet"), e.getMessage());
    }

    @Test
    void subnetsAreCheckedAndCounted() {
        assertEquals("10.1.2.0/24", Ipv4Subnet.parse("10.1.2.0/24").toString());
        assertEquals(254, Ipv4Subnet.parse("10.1.2.0/24").hostCount());
        assertEquals("255.255.255.0", Ipv4Subnet.parse("10.1.2.0/24").netmask());
        BundleException e = assertThrows(BundleException.class, () -> Ipv4Subnet.parse("10.1.2.5/24"));
        assertTrue(e.getMessage().contains("10.1.2.0/24"), e.getMessage());
        assertThrows(BundleException.class, () -> Ipv4Subnet.parse("10.1.2.0"));
        assertThrows(BundleException.class, () -> Ipv4Subnet.parse("10.1.256.0/24"));
        assertThrows(BundleException.class, () -> Ipv4Subnet.parse("10.1.2.0/31"));
    }

    @Test
    void badNamesAndUsersAreRefused() {
        var model = Catalogue.load().model("pi4-4gb");
        var key = SshPublicKey.parse(TestKeys.ed25519PublicLine(""), "k.pub");
        var net = Ipv4Subnet.parse("10.0.0.0/24");
        assertThrows(BundleException.class, () -> new ClusterPlan("My Cluster", 4, model, "pi01", net, "pi", key,
                OsRelease.BOOKWORM));
        assertThrows(BundleException.class, () -> new ClusterPlan("pilab", 4, model, "pi01", net, "root", key,
                OsRelease.BOOKWORM));
        assertThrows(BundleException.class, () -> new ClusterPlan("pilab", 4, model, "pi01", net, "pi; rm -rf /", key,
                OsRelease.BOOKWORM));
        assertThrows(BundleException.class, () -> new ClusterPlan("pilab", 0, model, "pi01", net, "pi", key,
                OsRelease.BOOKWORM));
    }
}
