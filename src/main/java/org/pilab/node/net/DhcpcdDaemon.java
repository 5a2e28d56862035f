package org.pilab.node.net;

import java.util.Optional;

import org.pilab.node.Host;
import org.pilab.node.service.ServiceBehaviour;
import org.pilab.node.service.ServiceContext;
import org.pilab.node.service.StartDecision;

/**
 * dhcpcd (Bullseye and older): reads /etc/dhcpcd.conf when it starts, so an edited file takes
 * effect on {@code systemctl restart dhcpcd} or a reboot, not before. Lines it cannot read are
 * logged and skipped; an interface without a valid static address asks the DHCP server.
 * The file ships with {@code persistent}, so stopping dhcpcd leaves addresses in place.
 */
public final class DhcpcdDaemon implements ServiceBehaviour {

    static final String VERSION = "8.1.2";

    /** The configuration the running dhcpcd loaded (empty when it is not running). */
    public static Optional<DhcpcdConf> loaded(Host host) {
        return host.attachment(DhcpcdConf.class);
    }

    @Override
    public StartDecision start(ServiceContext ctx) {
        Host host = ctx.host();
        DhcpcdConf conf = DhcpcdConf.parse(host.fs().readOr(DhcpcdConf.PATH, ""));
        host.removeAttachment(DhcpcdConf.class);
        host.attachment(DhcpcdConf.class, () -> conf);
        ctx.log("dhcpcd-" + VERSION + " starting");
        for (DhcpcdConf.Warning w : conf.warnings()) {
            ctx.log(w.message());
        }
        NetworkSetup.configure(host);
        for (NetInterface i : host.interfaces()) {
            if (i.kind() != InterfaceKind.ETHERNET || !i.carrier() || i.address() == null) {
                continue;
            }
            if (i.method() == AddressMethod.STATIC) {
                ctx.log(i.name() + ": using static address " + i.address() + "/" + i.prefix());
                if (i.gateway() != null) {
                    ctx.log(i.name() + ": adding default route via " + i.gateway());
                }
            } else {
                ctx.log(i.name() + ": leased " + i.address() + " for 86400 seconds");
            }
        }
        ctx.log("forked to background, child pid " + (ctx.pid() + 1));
        return StartDecision.running();
    }

    @Override
    public void stop(ServiceContext ctx) {
        ctx.host().removeAttachment(DhcpcdConf.class);
    }
}
