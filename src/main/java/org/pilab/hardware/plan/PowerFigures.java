package org.pilab.hardware.plan;

/**
 * Electrical draw of the whole planned cluster.
 *
 * @param nodes      number of nodes
 * @param nodeIdleW  one node idle, in watts
 * @param nodeLoadW  one node with every core busy, in watts
 * @param switchW    the switch, in watts (0 on Wi-Fi)
 */
public record PowerFigures(int nodes, double nodeIdleW, double nodeLoadW, double switchW) {

    public double idleW() {
        return nodes * nodeIdleW + switchW;
    }

    public double loadW() {
        return nodes * nodeLoadW + switchW;
    }
}
