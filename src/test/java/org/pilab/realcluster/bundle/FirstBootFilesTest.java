package org.pilab.realcluster.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FirstBootFilesTest {

    private static Map<String, String> files(ClusterPlan plan, int node) {
        return FirstBootFiles.forNode(plan, plan.nodes().get(node)).stream()
                .collect(Collectors.toMap(BundleFile::path, BundleFile::content));
    }

    @Test
    void bookwormGetsCustomTomlWithHostnameUserKeyAndNoPasswordLogins() {
        ClusterPlan plan = ClusterPlanTest.plan(4, "pi01", "10.0.0.0/24", OsRelease.BOOKWORM);
        Map<String, String> f = files(plan, 2);
        assertEquals(List.of("boot/pi03/custom.toml"), List.copyOf(f.keySet()));
        String toml = f.get("boot/pi03/custom.toml");
        assertTrue(toml.contains("config_version = 1"));
        assertTrue(toml.contains("hostname = \"pi03\""), toml);
        assertTrue(toml.contains("name = \"pi\""), toml);
        assertTrue(toml.contains("password_authentication = false"), toml);
        assertTrue(toml.contains("\"" + plan.key().line() + "\""), toml);
        assertTrue(!toml.contains("\npassword ") && !toml.contains("password_encrypted"), "no password is set");
    }

    @Test
    void trixieAndUbuntuGetCloudInitWithAStaticAddress() {
        for (OsRelease os : List.of(OsRelease.TRIXIE, OsRelease.UBUNTU)) {
            ClusterPlan plan = ClusterPlanTest.plan(4, "pi01", "192.168.50.0/24", os);
            Map<String, String> f = files(plan, 1);
            assertEquals(3, f.size(), f.keySet().toString());
            String userData = f.get("boot/pi02/user-data");
            assertTrue(userData.startsWith("#cloud-config\n"), userData);
            assertTrue(userData.contains("hostname: \"pi02\""), userData);
            assertTrue(userData.contains("ssh_pwauth: false"), userData);
            assertTrue(userData.contains("lock_passwd: true"), userData);
            assertTrue(userData.contains("- \"" + plan.key().line() + "\""), userData);
            assertTrue(f.get("boot/pi02/meta-data").contains("local-hostname: \"pi02\""));
            String net = f.get("boot/pi02/network-config");
            assertTrue(net.contains("version: 2"), net);
            assertTrue(net.contains("addresses: [192.168.50.12/24]"), net);
            assertTrue(net.contains("via: 192.168.50.1"), net);
        }
    }

    @Test
    void quotingKeepsValuesInsideTheirStrings() {
        assertEquals("\"a\\\"b\\\\c\"", FirstBootFiles.toml("a\"b\\c"));
        assertEquals("\"a\\\"b\\\\c\"", FirstBootFiles.yaml("a\"b\\c"));
    }
}
