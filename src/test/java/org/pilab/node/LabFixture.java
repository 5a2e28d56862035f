package org.pilab.node;

import org.pilab.node.account.Sha512Crypt;
import org.pilab.node.shell.Session;

/** Small helpers shared by the node tests. */
final class LabFixture {

    static final String PI_PASSWORD = "raspberry-lab";
    static final String PI_HASH = Sha512Crypt.hash(PI_PASSWORD, "fixedsalt");

    private LabFixture() {
    }

    static Network network() {
        return new Network(42L);
    }

    static Session laptopSession(Network net) {
        Host laptop = net.addLaptop("laptop", "learner", PI_HASH);
        return laptop.login("learner");
    }
}
