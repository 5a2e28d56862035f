package org.pilab.slurm.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pilab.hardware.Cooling;

/** Scenario files: the planner's format with base and faults. */
class ScenarioFileTest {

    @Test
    void readsNodesBaseAndFaults() {
        ScenarioFileReader.Spec spec = ScenarioFileReader.parse("""
                {"version": 1, "base": "networked",
                 "nodes": [{"name": "pi01", "model": "pi4-4gb", "cooling": "fan", "network": "ethernet"},
                           {"name": "pi02", "model": "pi5-8gb", "cooling": "none", "network": "wifi"}],
                 "faults": ["nfs-mount@pi02"]}
                """, "rack.json");
        assertEquals("networked", spec.base());
        assertEquals(List.of(new NodePlan("pi01", "pi4-4gb", Cooling.FAN, true),
                new NodePlan("pi02", "pi5-8gb", Cooling.NONE, false)), spec.nodes());
        assertEquals(List.of(new Fault("nfs-mount", "pi02")), spec.faults());
    }

    @Test
    void badFieldsAreNamed() {
        IllegalArgumentException model = assertThrows(IllegalArgumentException.class, () -> ScenarioFileReader.parse(
                "{\"version\":1,\"nodes\":[{\"name\":\"pi01\",\"model\":\"pi9\",\"cooling\":\"fan\",\"network\":\"ethernet\"}]}",
                "rack.json"));
        assertTrue(model.getMessage().startsWith("rack.json: nodes[0].model \"pi9\" is not in the hardware catalogue"),
                model.getMessage());
        IllegalArgumentException version = assertThrows(IllegalArgumentException.class,
                () -> ScenarioFileReader.parse("{\"version\":2,\"nodes\":[]}", "rack.json"));
        assertTrue(version.getMessage().contains("\"version\" must be 1"));
        IllegalArgumentException fault = assertThrows(IllegalArgumentException.class, () -> ScenarioFileReader.parse(
                "{\"version\":1,\"nodes\":[{\"name\":\"pi01\",\"model\":\"pi4-4gb\",\"cooling\":\"fan\","
                        + "\"network\":\"ethernet\"}],\"faults\":[\"gremlins\"]}", "rack.json"));
        assertTrue(fault.getMessage().contains("unknown fault \"gremlins\""), fault.getMessage());
    }

    @Test
    void aMixedSlurmReadyRackDescribesEachBoardAsSlurmdDoes() {
        ScenarioFileReader.Spec spec = ScenarioFileReader.parse("""
                {"version": 1,
                 "nodes": [{"name": "pi01", "model": "pi4-4gb", "cooling": "fan", "network": "ethernet"},
                           {"name": "pi02", "model": "pi5-8gb", "cooling": "fan", "network": "ethernet"}]}
                """, "rack.json");
        Lab lab = ScenarioFileReader.build(spec, "rack.json", 41);
        LabTranscript t = new LabTranscript(lab);
        assertEquals("pi01 4 idle\npi02 4 idle\n", t.run("ssh pi01 \"sinfo -h -N -o '%N %c %t'\""));
        String mem = t.run("ssh pi01 scontrol show node pi02");
        assertTrue(t.run("ssh pi02 /usr/sbin/slurmd -C").contains(mem.replaceAll("(?s).*(RealMemory=\\d+).*", "$1")), mem);
    }
}
