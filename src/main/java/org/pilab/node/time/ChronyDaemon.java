package org.pilab.node.time;

import java.util.Locale;

import org.pilab.node.Host;
import org.pilab.node.service.ServiceBehaviour;
import org.pilab.node.service.ServiceContext;
import org.pilab.node.service.StartDecision;

/**
 * chronyd: a few seconds after start ({@code iburst}) it has stepped the clock
 * ({@code makestep 1 3}) and the host reports "System clock synchronized: yes".
 */
public final class ChronyDaemon implements ServiceBehaviour {

    /** Time from start to the first step of the clock. */
    public static final long SYNC_AFTER_MILLIS = 4_000;

    @Override
    public StartDecision start(ServiceContext ctx) {
        Host host = ctx.host();
        ctx.log("chronyd version " + host.packages().installedVersion("chrony").orElse("4.3").replaceAll("-.*", "")
                + " starting (+CMDMON +NTP +REFCLOCK +RTC +PRIVDROP +SCFILTER +SIGND +ASYNCDNS +NTS +SECHASH +IPV6 -DEBUG)");
        int pid = ctx.pid();
        host.network().simulator().scheduleIn(SYNC_AFTER_MILLIS, () -> {
            if (host.isUp() && host.services().runtime("chrony").mainPid() == pid && host.services().isActive("chrony")) {
                long offset = host.clockOffsetMillis();
                if (Math.abs(offset) > 1000) {
                    ctx.log(String.format(Locale.ROOT, "System clock wrong by %.6f seconds", -offset / 1000.0));
                    ctx.log(String.format(Locale.ROOT, "System clock was stepped by %.6f seconds", -offset / 1000.0));
                }
                ctx.log("Selected source 10.0.0.1 (2.debian.pool.ntp.org)");
                host.synchronizeClock();
            }
        });
        return StartDecision.running();
    }

    @Override
    public void stop(ServiceContext ctx) {
        ctx.host().clockUnsynchronized();
    }
}
